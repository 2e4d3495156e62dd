"""Registered partners (seed 001) and de facto partners (seeds 000 and 001)."""

import pytest

from eligibility.rules.registered_partner import known_long_enough, meetings_enough
from tests.eligibility.case_helpers import RECOGNISED, advice_ids, condition, doc_ids, run


def partner(age=30, sponsor_age=34, status="refugee", **facts):
    facts.setdefault("relationship_predates_arrival", True)
    return run(
        status, "registered_partner", sponsor={**RECOGNISED, "age": sponsor_age}, age=age, **facts
    )


@pytest.mark.parametrize(
    "country",
    [
        "Denemarken",
        "Duitsland",
        "Finland",
        "IJsland",
        "Noorwegen",
        "Verenigd Koninkrijk",
        "Zweden",
        "DK",
        "germany",
    ],
)
def test_partnership_registered_in_listed_country_is_equivalent_to_marriage(country):
    r = partner(partnership_country=country)
    assert r["route"] == "family_reunification"
    assert r["legal_basis"] == ["art. 10, §1, 4°, Vreemdelingenwet 15.12.1980"]
    assert condition(r, "partnership_equivalent")["met"] is True


def test_partnership_registered_in_other_country_is_a_legally_registered_partnership():
    r = partner(partnership_country="Nederland", stable_relationship_proven=True)
    assert r["legal_basis"] == ["art. 10, §1, 5°, Vreemdelingenwet 15.12.1980"]


def test_equivalent_partnership_follows_spouse_age_rule__20_year_old_after_arrival_not():
    r = partner(age=20, partnership="equivalent_to_marriage", relationship_predates_arrival=False)
    assert r["route"] == "humanitarian_visa"


def test_legal_partner_both_21__21_year_old_partner_is_eligible():
    r = partner(age=21, partnership="legally_registered", stable_relationship_proven=True)
    assert r["route"] == "family_reunification"
    assert condition(r, "partner_age")["met"] is True


def test_legal_partner_both_21__20_year_old_without_prior_cohabitation_is_not_eligible():
    r = partner(
        age=20,
        partnership="legally_registered",
        stable_relationship_proven=True,
        cohabited_one_year_before_arrival=False,
    )
    assert r["route"] == "humanitarian_visa"
    assert r["second_order_humanitarian"] is True


def test_legal_partner_age_18_when_cohabitation_existed_one_year_before_arrival():
    r = partner(
        age=18,
        partnership="legally_registered",
        stable_relationship_proven=True,
        cohabited_one_year_before_arrival=True,
    )
    assert r["route"] == "family_reunification"


def test_legal_partner_17_years_old_is_not_eligible_even_with_prior_cohabitation():
    r = partner(age=17, partnership="legally_registered", cohabited_one_year_before_arrival=True)
    assert r["route"] == "humanitarian_visa"


def test_legal_partner_under_21__prior_cohabitation_unknown_is_asked():
    r = partner(age=19, partnership="legally_registered")
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.cohabited_one_year_before_arrival"]


@pytest.mark.parametrize("months,met", [(11, None), (12, True)])
def test_stable_relationship__one_year_cohabitation(months, met):
    r = partner(partnership="legally_registered", cohabitation_months=months)
    assert condition(r, "stable_relationship")["met"] is met


@pytest.mark.parametrize(
    "known,meetings,days,met",
    [(24, 3, 45, True), (23, 3, 45, False), (24, 2, 45, False), (24, 3, 44, False)],
)
def test_stable_relationship__two_years_known_regular_contact_three_meetings_45_days(
    known, meetings, days, met
):
    r = partner(
        partnership="legally_registered",
        cohabitation_months=0,
        common_child=False,
        known_months=known,
        regular_contact=True,
        meetings_count=meetings,
        meetings_total_days=days,
    )
    assert condition(r, "stable_relationship")["met"] is met
    assert r["route"] == ("family_reunification" if met else "humanitarian_visa")


def test_stable_relationship__common_child_suffices():
    r = partner(partnership="legally_registered", common_child=True)
    assert condition(r, "stable_relationship")["met"] is True


def test_legal_partners_both_unmarried__married_partner_is_not_eligible():
    r = partner(partnership="legally_registered", stable_relationship_proven=True, married=True)
    assert r["route"] == "humanitarian_visa"
    assert condition(r, "partners_unmarried")["met"] is False


def test_legal_partners_no_lasting_relationship_with_another_person():
    r = partner(
        partnership="legally_registered",
        stable_relationship_proven=True,
        other_lasting_relationship=True,
    )
    assert condition(r, "partners_unmarried")["met"] is False


def test_legal_partner_documents__registration_and_stable_relationship_proof():
    r = partner(partnership="legally_registered", stable_relationship_proven=True)
    assert {
        "partnership_certificate",
        "stable_relationship_proof",
        "unmarried_proof_partners",
    } <= set(doc_ids(r))


def test_registered_partner_type_unknown__asks_partnership():
    r = partner(partnership=None)
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.partnership"]


def test_registered_partner_without_registration_is_a_de_facto_partner():
    r = partner(partnership="none")
    assert r["route"] == "humanitarian_visa"
    assert r["summary_id"] == "summary.de_facto_partner"


def defacto(status="refugee", **facts):
    return run(status, "partner", sponsor=RECOGNISED, **facts)


def test_de_facto_partner__humanitarian_only_with_marriage_visa_alternative():
    r = defacto(common_child=False, impossible_to_marry=False)
    assert r["route"] == "humanitarian_visa"
    assert r["legal_basis"] == ["art. 9 en 13, Vreemdelingenwet 15.12.1980"]
    visa = next(a for a in r["advice"] if a["id"] == "married_or_registered_right")
    assert "visum vragen om in België te trouwen of wettelijk samen te wonen" in visa["text"]
    assert r["favourable_conditions"] is False and r["exempt_from"] == []


def test_de_facto_partner_no_marriage_no_common_child__very_low_chance():
    assert defacto(common_child=False, impossible_to_marry=False)["humanitarian_chance"] == (
        "very_low"
    )


def test_de_facto_partner_with_common_child__low_chance_common_children_crucial():
    r = defacto(common_child=True)
    assert r["humanitarian_chance"] == "low"
    assert "common_child_birth_certificate" in doc_ids(r)


def test_de_facto_partner_who_could_not_marry__family_forbade__low_with_proof_of_impossibility():
    r = defacto(common_child=False, impossible_to_marry=True)
    assert r["humanitarian_chance"] == "low"
    assert "impossibility_to_marry_proof" in doc_ids(r)


def test_de_facto_partner_lgbtiq_couple__orientation_as_persecution_ground_for_protected():
    r = defacto(common_child=False, lgbtiq=True)
    assert r["humanitarian_chance"] == "low"
    assert "lgbtiq_persecution_ground" in advice_ids(r)


def test_de_facto_partner_of_protected_person__statements_in_asylum_file_matter():
    r = defacto(common_child=True)
    assert "asylum_file_statements" in doc_ids(r)
    assert "asylum_file_statements" in advice_ids(r)
    assert "asylum_file_statements" not in doc_ids(defacto("belgian", common_child=True))


def test_de_facto_partner_unknown_facts__common_child_then_impossibility_asked():
    r = defacto()
    assert r["route"] == "humanitarian_visa"
    assert r["missing_facts"] == ["applicant.common_child", "applicant.impossible_to_marry"]
    assert r["humanitarian_chance"] == "very_low"


def test_visum_met_het_oog_op_een_huwelijk__a_marriage_or_registration_then_gives_the_right():
    """ "via een visum met het oog op een huwelijk of een wettelijke samenwoning" (seed 001):
    the first answer says that the marriage or registration would give the right (panel 55,
    d1); with a child together the registration advice says it already."""
    r = defacto(common_child=False, impossible_to_marry=False)
    assert "married_or_registered_right" in advice_ids(r)
    assert "married_or_registered_right" not in advice_ids(defacto(common_child=True))
    belgian = defacto("belgian", common_child=False, impossible_to_marry=False)
    item = next(a for a in belgian["advice"] if a["id"] == "married_or_registered_right")
    assert "40ter" in item["source"] and "Na het huwelijk" in item["text"]


@pytest.mark.parametrize(
    ("meetings", "days", "enough"),
    [(3, 45, True), (3, 44, False), (2, 60, False), (4, 46, True)],
)
def test_minstens_3_keer_ontmoet_en_minstens_45_dagen(meetings, days, enough):
    """ "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt ontmoet
    en dat deze ontmoetingen minstens 45 dagen duurden" (seed 001): both sides of both
    bounds."""
    assert meetings_enough(meetings, days) is enough


@pytest.mark.parametrize(("months", "enough"), [(23, False), (24, True), (18, False), (30, True)])
def test_elkaar_al_minstens_2_jaar_kennen(months, enough):
    """ "ofwel dat u elkaar al minstens 2 jaar kent en dat u twee bewijzen levert" (seed 001):
    both sides of the 24 months (panel 63, h4: 18 months and 4 meetings called enough)."""
    assert known_long_enough(months) is enough
