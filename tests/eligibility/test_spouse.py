"""Spouse (seed 001 'Uw echtgenoot of echtgenote', seed 000 religious marriage, polygamy)."""

from tests.eligibility.case_helpers import RECOGNISED, advice_ids, condition, doc_ids, run


def spouse(age=30, sponsor_age=34, status="refugee", **facts):
    sponsor = {**RECOGNISED, "age": sponsor_age}
    facts.setdefault("marriage", "official")
    facts.setdefault("relationship_predates_arrival", True)
    return run(status, "spouse", sponsor=sponsor, age=age, **facts)


def test_spouse_both_21__21_year_old_spouse_married_after_arrival_is_eligible():
    r = spouse(age=21, relationship_predates_arrival=False)
    assert r["route"] == "family_reunification"
    assert r["legal_basis"] == ["art. 10, §1, 4°, Vreemdelingenwet 15.12.1980"]
    assert condition(r, "spouse_age")["met"] is True


def test_spouse_must_be_21__20_year_old_spouse_married_after_arrival_is_not_eligible():
    r = spouse(age=20, relationship_predates_arrival=False)
    assert r["route"] == "humanitarian_visa"
    assert condition(r, "spouse_age")["met"] is False
    assert r["second_order_humanitarian"] is True
    assert "second_order_humanitarian" in advice_ids(r)
    assert r["humanitarian_chance"] == "low"


def test_spouse_must_be_21__20_year_old_sponsor_married_after_arrival_is_not_eligible():
    r = spouse(age=30, sponsor_age=20, relationship_predates_arrival=False)
    assert r["route"] == "humanitarian_visa"


def test_age_reduced_to_18_when_marriage_predates_arrival__18_year_old_spouse_is_eligible():
    r = spouse(age=18, relationship_predates_arrival=True)
    assert r["route"] == "family_reunification"


def test_age_reduced_to_18_when_marriage_predates_arrival__17_year_old_spouse_is_not():
    r = spouse(age=17, relationship_predates_arrival=True)
    assert r["route"] == "humanitarian_visa"
    assert r["second_order_humanitarian"] is True


def test_spouse_under_21_with_unknown_marriage_date__asks_whether_marriage_predates_arrival():
    r = spouse(age=19, relationship_predates_arrival=None)
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.relationship_predates_arrival"]


def test_spouse_ages_both_needed__unknown_sponsor_age_is_asked():
    r = run(
        "refugee", "spouse", sponsor={"recognition_date": "2025-03-03"}, age=25, marriage="official"
    )
    assert r["route"] == "unknown"
    assert "sponsor.age" in r["missing_facts"]


def test_spouse_marriage_type_unknown__route_unknown_asks_marriage_after_age():
    r = run("refugee", "spouse", sponsor=RECOGNISED)
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.age", "applicant.marriage"]


def test_sponsor_must_be_adult__17_year_old_sponsor_cannot_bring_spouse():
    r = spouse(age=18, sponsor_age=17)
    assert r["route"] != "family_reunification"


def test_spouse_comes_to_live_together__condition_listed():
    r = spouse(will_live_together=True)
    assert condition(r, "living_together")["met"] is True
    assert condition(spouse(), "living_together")["met"] is None


def test_polygamy__only_one_spouse_may_come_second_spouse_not_possible():
    r = spouse(other_spouse_already_in_belgium=True)
    assert r["route"] == "not_possible"
    assert "polygamy_one_spouse" in advice_ids(r)
    assert "polygamy_children_keep_right" in advice_ids(r)


def test_polygamy__first_spouse_without_other_spouse_in_belgium_is_eligible():
    r = spouse(other_spouse_already_in_belgium=False)
    assert r["route"] == "family_reunification"
    assert condition(r, "one_spouse_only")["met"] is True


def test_religious_marriage_not_valid_where_concluded__refugee_spouse_soft_procedure():
    r = spouse(marriage="religious_or_customary")
    assert r["route"] == "humanitarian_visa"
    assert r["fee_exempt"] is True
    assert r["processing_office"] == "family_reunification"
    assert r["visa_code"] == "B17"
    assert "b17_renewal" in advice_ids(r)
    assert "fee_payment_proof" not in doc_ids(r)
    assert r["humanitarian_chance"] == "unstated"  # seed 000 grades no soft procedure


def test_soepelere_procedure__its_chance_unstated_the_feitelijke_relatie_outside_it():
    """Seed 000: "Als je de echtgeno(o)t(e) bent van een erkend vluchteling of subsidiair
    beschermde wiens huwelijk niet geldt als officieel huwelijk, dan stellen we in de praktijk
    een soepelere procedure vast" and says nothing of its chance; "DVZ zal slechts
    uitzonderlijk een humanitair visum toekennen op basis van een bewezen feitelijke relatie"
    stands under "Feitelijke partners", who have no proof of the marriage bond. Inside the soft
    procedure the chance is not graded, outside it (a worker with a B card) it is "klein"
    (panels 85 to 92: "kans klein" of a refugee's church-married wife read as wrong). Both
    sides."""
    soft = spouse(marriage="religious_or_customary", common_child=True)
    assert soft["visa_code"] == "B17" and soft["humanitarian_chance"] == "unstated"
    none = spouse(marriage="religious_or_customary", common_child=False)
    assert none["visa_code"] == "B17" and none["humanitarian_chance"] == "unstated"
    worker = spouse(
        status="third_country_national", marriage="religious_or_customary", common_child=True
    )
    assert worker["visa_code"] is None and worker["humanitarian_chance"] == "low"


def test_religious_marriage__subsidiary_protection_sponsor_also_soft_procedure():
    r = spouse(status="subsidiary_protection", marriage="religious_or_customary")
    assert r["visa_code"] == "B17" and r["fee_exempt"] is True


def test_religious_marriage__third_country_sponsor_only_humanitarian_long_stay_with_fee():
    r = spouse(
        status="third_country_national", marriage="religious_or_customary", common_child=True
    )
    assert r["route"] == "humanitarian_visa"
    assert r["processing_office"] == "long_stay"
    assert r["fee_exempt"] is False
    assert r["visa_code"] is None
    assert r["humanitarian_chance"] == "low"


def test_religious_marriage_without_common_children__chance_very_low():
    r = spouse(
        status="third_country_national", marriage="religious_or_customary", common_child=False
    )
    assert r["humanitarian_chance"] == "very_low"


def test_religious_marriage_common_child_unknown__asked_as_it_changes_the_chance():
    r = spouse(status="belgian", marriage="religious_or_customary")
    assert "applicant.common_child" in r["missing_facts"]


def test_valid_marriage_certificate_not_recognisable__family_reunification_with_other_evidence():
    r = spouse(official_documents_available=False)
    assert r["route"] == "family_reunification"
    assert "other_valid_evidence" in doc_ids(r)
    assert "explanation_no_official_document" in doc_ids(r)
    assert "dna_test" in advice_ids(r)


def test_no_marriage_at_all__spouse_treated_as_de_facto_partner():
    r = spouse(marriage="none")
    assert r["route"] == "humanitarian_visa"
    assert r["summary_id"] == "summary.de_facto_partner"


def test_third_country_spouse__classic_conditions_and_fee():
    r = spouse(status="third_country_national")
    assert r["route"] == "family_reunification"
    assert r["favourable_conditions"] is False
    assert r["exempt_from"] == []
    assert r["fee_exempt"] is False
    assert {"means_proof", "housing_proof", "health_insurance_proof"} <= set(doc_ids(r))
    assert "sponsor_residence_permit" in doc_ids(r)


def test_beiden_ouder_dan_21_jaar__a_religious_marriage_checked_says_the_age_too():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België." A bride of 20, married after the
    arrival by the imam, is not told that an official marriage alone gives her the right
    (panel 103, y4); at 21 she is."""
    young = spouse(
        age=20, status="third_country_national", marriage="religious_or_customary",
        common_child=False, relationship_predates_arrival=False,
    )  # fmt: skip
    assert "religious_marriage_check_law_age" in advice_ids(young)
    assert "religious_marriage_check_law" not in advice_ids(young)
    of_age = spouse(
        age=21, status="third_country_national", marriage="religious_or_customary",
        common_child=False, relationship_predates_arrival=False,
    )  # fmt: skip
    assert "religious_marriage_check_law" in advice_ids(of_age)
    before = spouse(
        age=19, status="refugee", marriage="religious_or_customary", common_child=False,
        relationship_predates_arrival=True,
    )  # fmt: skip
    assert "religious_marriage_check_law" in advice_ids(before)
