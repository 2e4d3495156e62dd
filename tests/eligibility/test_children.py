"""Minor children (seed 001 'Uw kinderen van minder dan 18 jaar', seed 003)."""

import pytest

from tests.eligibility.case_helpers import RECOGNISED, advice_ids, condition, doc_ids, run


def child(age=12, status="refugee", sponsor=None, **facts):
    facts.setdefault("relationship_predates_arrival", True)
    facts.setdefault("custody", "sole")
    return run(status, "child", sponsor={**RECOGNISED, **(sponsor or {})}, age=age, **facts)


def test_child_must_be_under_18__17_year_old_is_eligible_as_minor_child():
    r = child(age=17)
    assert r["route"] == "family_reunification"
    assert condition(r, "child_under_18")["met"] is True


def test_child_must_be_under_18__18_year_old_is_not_a_minor_child():
    r = child(age=18, disabled=False, minor_when_sponsor_applied_for_asylum=False)
    assert r["route"] == "humanitarian_visa"


def test_child_age_unknown__asked_first():
    r = run("refugee", "child", sponsor=RECOGNISED)
    assert r["route"] == "unknown"
    assert r["missing_facts"][0] == "applicant.age"


def test_child_must_be_unmarried__married_minor_is_not_eligible():
    r = child(married=True)
    assert r["route"] == "humanitarian_visa"
    assert condition(r, "child_unmarried")["met"] is False
    assert r["second_order_humanitarian"] is True


def test_sole_custody__copy_of_judgment_required():
    r = child(custody="sole")
    assert r["route"] == "family_reunification"
    assert "custody_sole_judgment" in doc_ids(r)


def test_shared_custody__consent_of_other_parent_required():
    r = child(custody="shared", other_parent_consent=True)
    assert r["route"] == "family_reunification"
    assert "other_parent_consent_proof" in doc_ids(r)


def test_shared_custody_without_consent_of_other_parent__not_eligible():
    r = child(custody="shared", other_parent_consent=False)
    assert r["route"] == "humanitarian_visa"
    assert condition(r, "custody")["met"] is False


def test_shared_custody_consent_unknown__asked():
    r = child(custody="shared")
    assert "applicant.other_parent_consent" in r["missing_facts"]


def test_indien_de_hoede_gedeeld_wordt_moet_de_andere_houder_instemmen__said_while_unknown():
    """Seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    gezinshereniging instemmen": with the consent not known yet, the right is said to wait on
    it; with the consent given, not."""
    open_consent = child(custody="shared")
    given = child(custody="shared", other_parent_consent=True)
    assert "shared_custody_consent_open" in advice_ids(open_consent)
    assert "shared_custody_consent_open" not in advice_ids(given)


def test_no_custody__not_eligible():
    assert child(custody="none")["route"] == "humanitarian_visa"


def test_common_child_of_the_couple__no_custody_proof_needed():
    r = child(custody=None, common_child=True)
    assert r["route"] == "family_reunification"
    assert condition(r, "custody")["met"] is True
    assert not {"custody_proof", "custody_sole_judgment"} & set(doc_ids(r))
    assert "applicant.custody" not in r["missing_facts"]


def test_custody_unknown_for_child_of_one_parent__asked():
    r = child(custody=None)
    assert "applicant.custody" in r["missing_facts"]


# seed 001: "de kinderen die u of uw echtgenoot/echtgenote of partner afzonderlijk kreeg";
# seed 000: a religious marriage that is no official marriage is a "feitelijke relatie"


@pytest.mark.parametrize("in_fact_only, route", [(True, "humanitarian_visa"),
                                                 (False, "family_reunification"),
                                                 (None, "family_reunification")])  # fmt: skip
def test_kinderen_die_uw_echtgenoot_afzonderlijk_kreeg__a_stepchild__not_of_a_partner_in_fact(
    in_fact_only, route
):
    r = run(
        "refugee",
        "stepchild",
        sponsor=RECOGNISED,
        age=10,
        custody="sole",
        relationship_predates_arrival=True,
        **({} if in_fact_only is None else {"parent_is_de_facto_partner": in_fact_only}),
    )
    assert r["route"] == route
    assert (r["summary_id"] == "summary.stepchild_de_facto") is bool(in_fact_only)


def test_child_must_be_dependent__condition_reported():
    assert condition(child(dependent=True), "child_dependent")["met"] is True
    assert condition(child(), "child_dependent")["met"] is None


def test_sponsor_must_be_adult__minor_sponsor_cannot_be_joined_by_children():
    r = child(sponsor={"age": 17})
    assert r["route"] == "humanitarian_visa"
    assert condition(r, "sponsor_adult")["met"] is False


def test_age_test_possible_when_age_in_doubt():
    assert "age_test" in advice_ids(child())


def test_best_interests_of_the_child_principle_advised():
    r = child()
    assert "best_interests_child" in advice_ids(r)
    assert any("22bis" in c for c in r["citations"])


def test_children_of_polygamous_marriage_keep_their_right__gwh_95_2008():
    r = child(other_spouse_already_in_belgium=True)
    assert r["route"] == "family_reunification"
    assert "polygamy_children_keep_right" in advice_ids(r)
    assert "GwH 26.6.2008, nr. 95/2008" in r["legal_basis"]


@pytest.mark.parametrize("status", ["refugee", "subsidiary_protection", "third_country_national"])
def test_minor_child_right_for_every_art_10_sponsor(status):
    assert child(status=status)["route"] == "family_reunification"


def test_filiation_proof__birth_certificate_and_legalisation():
    r = child()
    assert "birth_certificate" in doc_ids(r)
    assert "legalisation_and_translation" in doc_ids(r)


def test_no_authentic_act__explain_and_other_valid_evidence_then_dna_test():
    r = child(official_documents_available=False)
    assert {"explanation_no_official_document", "other_valid_evidence"} <= set(doc_ids(r))
    assert "dna_test" in advice_ids(r)


def _birth_certificate_text(status):
    r = child(age=11, status=status, custody=None, common_child=True)
    return next(d["text"] for d in r["documents"] if d["id"] == "birth_certificate")


def test_de_algemene_regel_is_dat_de_aanvrager_een_authentiek_document_moet_voorleggen():
    """Seed 002: "De algemene regel is dat de aanvrager een authentiek document moet
    voorleggen"; the other valid proofs are the "Bijzondere bepaling" of a protected sponsor's
    family (panel 47, h4: told to a worker with an A-card)."""
    worker = _birth_certificate_text("third_country_national")
    refugee = _birth_certificate_text("refugee")
    assert "andere geldige bewijzen" not in worker and "DNA-test" in worker
    assert "andere geldige bewijzen" in refugee
