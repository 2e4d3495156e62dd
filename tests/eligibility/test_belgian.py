"""Family of a Belgian (art. 40ter, seed 004), of an EU citizen (art. 40bis, not in the
seeds), and of an asylum seeker (no right yet)."""

from decimal import Decimal

import pytest

from eligibility.parameters import REFERENCE_INCOME_EUR_PER_MONTH
from tests.eligibility.case_helpers import advice_ids, condition, doc_ids, run


def belgian(relationship="child", **facts):
    return run("belgian", relationship, sponsor={"age": 45}, **facts)


@pytest.mark.parametrize("age,route", [(20, "family_reunification"), (21, "unknown")])
def test_descendant_of_belgian_under_21_has_a_right__21_needs_dependency(age, route):
    r = belgian(age=age)
    assert r["route"] == route
    if route == "unknown":
        assert r["missing_facts"] == ["applicant.dependent"]


def test_descendant_of_belgian_21_or_older_dependent__right_with_dependency_proofs():
    r = belgian(age=23, dependent=True)
    assert r["route"] == "family_reunification"
    assert {
        "bank_statements_6_months",
        "belgian_income_proof",
        "own_lack_of_means_proof",
        "diplomas",
    } <= set(doc_ids(r))


def test_descendant_of_belgian_21_or_older_not_dependent__humanitarian():
    r = belgian(age=23, dependent=False, minor_siblings_applying=False)
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"


def test_descendant_under_21_needs_no_dependency_proofs():
    r = belgian(age=19)
    assert "bank_statements_6_months" not in doc_ids(r)


def test_belgian_sponsor__means_housing_insurance_required_fee_due():
    r = belgian(age=10, custody="sole")
    assert r["favourable_conditions"] is False
    assert r["exempt_from"] == []
    assert r["fee_exempt"] is False
    assert {"means_proof", "housing_proof", "health_insurance_proof", "fee_payment_proof"} <= set(
        doc_ids(r)
    )


def test_reference_income_1555_09__income_at_reference_meets_means_condition():
    assert REFERENCE_INCOME_EUR_PER_MONTH.value == Decimal("1555.09")
    r = run("belgian", "child", sponsor={"age": 45, "monthly_income": 1555.09}, age=10)
    assert condition(r, "means_of_subsistence")["met"] is True
    assert "means_below_reference" not in advice_ids(r)


def test_income_below_reference__individual_needs_analysis_not_refusal():
    r = run("belgian", "child", sponsor={"age": 45, "monthly_income": 1555.08}, age=10)
    assert condition(r, "means_of_subsistence")["met"] is None
    assert "means_below_reference" in advice_ids(r)
    assert r["route"] == "family_reunification"


def test_means_insufficient__second_order_humanitarian_advised():
    r = run("belgian", "child", sponsor={"age": 45, "sufficient_means": False}, age=10)
    assert r["route"] == "family_reunification"
    assert r["second_order_humanitarian"] is True


def test_stepchild_of_belgian__marriage_or_partnership_act_of_parent_required():
    r = belgian("stepchild", age=10)
    assert "sponsor_marriage_or_partnership_certificate" in doc_ids(r)


@pytest.mark.parametrize("age", [15, 22])
def test_als_je_het_kind_bent_van_de_echtgenoot_of_partner_van_de_belg__only_with_that_act(age):
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je
    ook de huwelijksakte of de akte van het geregistreerd partnerschap tussen je (groot)ouder
    en de Belg voorleggen": without a marriage or a registered partnership there is no such
    act, and the partner's child has only a humanitarian visa (panel 98, t5); with it, the
    descendant's right (21 or older: when dependent)."""
    in_fact = belgian("stepchild", age=age, parent_is_de_facto_partner=True)
    assert in_fact["route"] == "humanitarian_visa"
    married = belgian("stepchild", age=age, custody="sole", dependent=True)
    assert married["route"] == "family_reunification"


def test_grandchild_of_belgian__descendant_right():
    r = belgian("grandchild", age=10)
    assert r["route"] == "family_reunification"


def test_minor_descendant_of_belgian__custody_proof_and_consent():
    r = belgian(age=10, custody="shared", other_parent_consent=True)
    assert "other_parent_consent_proof" in doc_ids(r)
    assert belgian(age=10, custody="none")["route"] == "humanitarian_visa"


def test_is_er_een_gedeeld_recht_van_bewaring_dan_moet_de_andere_ouder_toestemmen():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen":
    said while the consent is not known (panel 46, h4), not once it is given."""
    open_consent = belgian("stepchild", age=9, custody="shared")
    given = belgian("stepchild", age=9, custody="shared", other_parent_consent=True)
    assert "shared_custody_consent_open" in advice_ids(open_consent)
    assert "shared_custody_consent_open" not in advice_ids(given)


def test_family_cell__proof_only_when_not_living_together():
    assert "family_cell_proof" in doc_ids(belgian(age=10))
    assert "family_cell_proof" not in doc_ids(belgian(age=10, lives_with_sponsor=True))


def test_identity_without_valid_passport__alternatives_and_200_euro_fine():
    r = belgian(age=10, has_travel_document=False)
    assert "identity_alternative_proof" in doc_ids(r)
    fine = [a for a in r["advice"] if a["id"] == "administrative_fine"][0]
    assert "200 euro" in fine["text"]


def test_belgian_spouse_official_marriage__art_40ter_both_21():
    r = belgian("spouse", marriage="official", age=21)
    assert r["route"] == "family_reunification"
    assert r["visa_code"] is None
    r20 = belgian("spouse", marriage="official", age=20, relationship_predates_arrival=True)
    assert r20["route"] == "humanitarian_visa"


def test_eu_citizen__cautious_answer_citing_art_40bis_and_lawyer():
    r = run("eu_citizen", "spouse", marriage="official")
    assert r["route"] == "family_reunification"
    assert r["legal_basis"] == ["art. 40bis, §2, 1°, Vreemdelingenwet 15.12.1980"]
    assert {"eu_citizen_not_in_sources", "see_lawyer"} <= set(advice_ids(r))
    assert condition(r, "eu_conditions_to_check")["met"] is None


def test_eu_citizen_other_relative__humanitarian_with_lawyer_advice():
    r = run("eu_citizen", "sibling", age=30)
    assert r["route"] == "humanitarian_visa"
    assert "eu_citizen_not_in_sources" in advice_ids(r)


def test_eu_citizen_descendant_over_21_dependency_asked():
    assert run("eu_citizen", "child", age=22)["missing_facts"] == ["applicant.dependent"]


@pytest.mark.parametrize("relationship", ["spouse", "child", "parent", "sibling", "partner"])
def test_asylum_seeker_sponsor__no_right_yet_until_recognised(relationship):
    """No right before the status; "Uiteraard kunnen ook familieleden van andere derdelanders
    ... in aanmerking komen voor een humanitair visum." (seed 000), "slechts uitzonderlijk"
    (seed 001)."""
    r = run("asylum_seeker", relationship, age=10)
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"
    assert "asylum_seeker_humanitarian_exception" in advice_ids(r)
    # a parent's right after the recognition hangs on the sponsor's age (seed 001, "als u een
    # niet-begeleide minderjarige vreemdeling (NBMV) bent"): asked (panel 33, a5)
    assert r["missing_facts"] == (["sponsor.age"] if relationship == "parent" else [])
    # the wait for the recognition only where it would give a right: "Meerderjarige kinderen,
    # kleinkinderen, ouders, neven, feitelijke partners en andere familieleden kunnen u niet
    # ... vervoegen via gezinshereniging" (seed 001; panel 32, d4)
    later = relationship in ("spouse", "child", "parent")
    assert ("asylum_seeker_wait" in advice_ids(r)) is later, relationship


@pytest.mark.parametrize("relationship", ["spouse", "child", "partner"])
def test_uiteraard_familieleden_van_andere_derdelanders__a_temporary_stay(relationship):
    """ "Uiteraard kunnen ook familieleden van andere derdelanders ... in aanmerking komen voor
    een humanitair visum." (seed 000); no seed gives the family of a student a right (panel 27,
    b3). The other side: a resident third-country national's child has the art. 10 route."""
    r = run("temporary_stay", relationship, age=2)
    assert r["route"] == "humanitarian_visa" and r["humanitarian_chance"] == "low"
    assert "temporary_stay_not_in_sources" in advice_ids(r)
    resident = run("third_country_national", "child", age=2, custody="sole")
    assert resident["route"] == "family_reunification"


@pytest.mark.parametrize("age, disabled", [(19, False), (19, None), (17, None), (19, True)])
def test_geen_recht_als_meerderjarige_zoon_van_een_derdelands_ouder__a_temporary_stay(
    age, disabled
):
    """ "Is dit niet het geval dan heb je als meerderjarige dochter of zoon van een derdelands
    ouder geen recht op gezinshereniging. Wel kan je een humanitair visum aanvragen." (seed 000)
    holds whatever the parent's stay (round 118, t1: temporary protection); both sides of 18,
    and a handicap leaves it to the sources that do not say."""
    extra = {} if disabled is None else {"disabled": disabled}
    r = run("temporary_stay", "child", age=age, **extra)
    assert r["route"] == "humanitarian_visa"
    adult_no_right = age >= 18 and disabled is not True
    assert (r["summary_id"] == "summary.adult_child_humanitarian") is adult_no_right, r
    assert ("temporary_stay_not_in_sources" in advice_ids(r)) is not adult_no_right


def test_als_je_het_kleinkind_bent_van_de_echtgenoot__the_marriage_act_only_then():
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je
    ook de huwelijksakte ... voorleggen." The Belgian's own grandson needs no marriage act
    (panel 29, b5); her husband's son does."""
    own = run("belgian", "grandchild", age=15, custody="sole")
    assert "sponsor_marriage_or_partnership_certificate" not in [d["id"] for d in own["documents"]]
    step = run("belgian", "stepchild", age=15, custody="sole")
    assert "sponsor_marriage_or_partnership_certificate" in [d["id"] for d in step["documents"]]


@pytest.mark.parametrize(("age", "said"), [(19, False), (20, True), (21, False)])
def test_ben_je_21_jaar_of_ouder_dan_ten_laste__said_ahead_to_a_child_of_20(age, said):
    """ "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen dat je ten
    laste bent van de Belg" (seed 004): a child of 20 hears it ahead, with the proofs to keep;
    19 and 21 (dependent) do not (panel 64, h2)."""
    r = belgian(age=age, dependent=True)
    assert ("dependency_from_21_soon" in advice_ids(r)) is said
