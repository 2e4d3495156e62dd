"""Derive, don't ask (issue 12): what the sources make derivable is never in missing_facts."""

from tests.eligibility.case_helpers import run

THIS_YEAR = "2025-06-01"  # application date in case_helpers: 2026-01-15


def test_recognised_this_year_at_41_was_not_a_minor_at_the_asylum_application():
    """ "indien deze vreemdeling op het moment van de indiening van zijn asielaanvraag minder
    dan 18 jaar oud was" (seed 002): 41 now, recognised this year -> derived false."""
    r = run(relationship="parent", sponsor={"age": 41, "recognition_date": THIS_YEAR})
    assert "sponsor.minor_at_asylum_application" not in r["missing_facts"]
    assert r["derived_facts"]["sponsor.minor_at_asylum_application"] is False
    assert r["route"] == "humanitarian_visa"


def test_recognised_this_year_at_38_was_not_a_minor_either():
    r = run(relationship="parent", sponsor={"age": 38, "recognition_date": THIS_YEAR})
    assert "sponsor.minor_at_asylum_application" not in r["missing_facts"]


def test_recognised_this_year_at_19_is_still_asked_whether_minor_at_the_asylum_application():
    r = run(relationship="parent", sponsor={"age": 19, "recognition_date": THIS_YEAR})
    assert r["missing_facts"] == ["sponsor.minor_at_asylum_application"]
    assert "sponsor.minor_at_asylum_application" not in r["derived_facts"]


def test_the_plausibility_bound_is_a_parameter_and_both_sides_are_tested():
    from eligibility.parameters import MAX_ASYLUM_PROCEDURE_YEARS

    years = MAX_ASYLUM_PROCEDURE_YEARS.value
    assert "geen wetsregel" in MAX_ASYLUM_PROCEDURE_YEARS.reference
    # Born on 2026-01-15 minus (18 + years + 1) years: 18 or older at the earliest possible
    # asylum application (recognition 2025-06-01 minus `years` years).
    old_enough = run(
        relationship="parent", sponsor={"age": 18 + years + 1, "recognition_date": THIS_YEAR}
    )
    just_young = run(
        relationship="parent", sponsor={"age": 18 + years - 1, "recognition_date": THIS_YEAR}
    )
    assert old_enough["derived_facts"].get("sponsor.minor_at_asylum_application") is False
    assert "sponsor.minor_at_asylum_application" in just_young["missing_facts"]


def test_a_given_fact_is_never_overwritten_by_a_derivation():
    r = run(
        relationship="parent",
        sponsor={"age": 41, "recognition_date": THIS_YEAR, "minor_at_asylum_application": True},
    )
    assert "sponsor.minor_at_asylum_application" not in r["derived_facts"]


def test_a_sponsor_adult_at_the_asylum_application_was_no_unaccompanied_minor():
    """ "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (seed 001)."""
    r = run(relationship="sibling", sponsor={"age": 30, "recognition_date": THIS_YEAR})
    assert "sponsor.unaccompanied_minor" not in r["missing_facts"]
    assert r["derived_facts"]["sponsor.unaccompanied_minor"] is False


def test_adult_child_too_old_to_have_been_minor_at_the_asylum_application_is_not_asked():
    """ "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    aanvraag om internationale bescherming ... heeft ingediend" (seed 003)."""
    r = run(
        relationship="child",
        age=35,
        disabled=False,
        sponsor={"age": 60, "recognition_date": THIS_YEAR},
    )
    assert "applicant.minor_when_sponsor_applied_for_asylum" not in r["missing_facts"]
    assert r["derived_facts"]["applicant.minor_when_sponsor_applied_for_asylum"] is False
    assert r["route"] == "humanitarian_visa"


def test_adult_child_of_19_is_still_asked_whether_minor_at_the_asylum_application():
    r = run(
        relationship="child",
        age=19,
        disabled=False,
        sponsor={"age": 45, "recognition_date": THIS_YEAR},
    )
    assert "applicant.minor_when_sponsor_applied_for_asylum" in r["missing_facts"]


def test_adult_child_who_was_12_at_the_known_asylum_application_keeps_the_right():
    r = run(
        relationship="child",
        age=19,
        disabled=False,
        married=False,
        sponsor={
            "age": 45,
            "recognition_date": THIS_YEAR,
            "asylum_application_date": "2019-03-01",
        },
    )
    assert r["derived_facts"]["applicant.minor_when_sponsor_applied_for_asylum"] is True
    assert r["route"] == "family_reunification"


def test_partnership_that_did_not_exist_before_arrival_means_no_cohabitation_before_arrival():
    """ "wanneer u kunt bewijzen dat uw samenwoning al bestond één jaar voor de aankomst in
    België" (seed 001)."""
    r = run(
        relationship="registered_partner",
        partnership="legally_registered",
        age=19,
        relationship_predates_arrival=False,
        sponsor={"age": 30, "recognition_date": THIS_YEAR},
    )
    assert "applicant.cohabited_one_year_before_arrival" not in r["missing_facts"]
    assert r["derived_facts"]["applicant.cohabited_one_year_before_arrival"] is False
    assert r["route"] == "humanitarian_visa"


def test_partnership_that_existed_before_arrival_still_asks_the_cohabitation_year():
    r = run(
        relationship="registered_partner",
        partnership="legally_registered",
        age=19,
        relationship_predates_arrival=True,
        sponsor={"age": 30, "recognition_date": THIS_YEAR},
    )
    assert "applicant.cohabited_one_year_before_arrival" in r["missing_facts"]


def test_common_child_of_the_couple_needs_no_custody_nor_consent():
    """ "Kinderen enkel van één echtgenoot/echtgenote of partner" need custody (seed 001);
    "Indien de ouders van de aanvrager gescheiden zijn" (seed 003)."""
    r = run(relationship="child", age=9, common_child=True, sponsor={"age": 38})
    assert "applicant.custody" not in r["missing_facts"]
    assert "applicant.other_parent_consent" not in r["missing_facts"]
    assert not {"custody_proof", "other_parent_consent_proof"} & {d["id"] for d in r["documents"]}


def test_child_not_of_the_couple_is_asked_custody():
    r = run(relationship="child", age=9, common_child=False, sponsor={"age": 38})
    assert "applicant.custody" in r["missing_facts"]


def test_common_child_of_a_belgian_needs_no_custody_question():
    r = run("belgian", relationship="child", age=9, common_child=True, sponsor={"age": 38})
    assert "applicant.custody" not in r["missing_facts"]


def test_unknown_whether_common_child_asks_that_before_custody():
    r = run(relationship="child", age=9, sponsor={"age": 38})
    missing = r["missing_facts"]
    assert missing.index("applicant.common_child") < missing.index("applicant.custody")


def test_recognition_date_not_asked_for_a_humanitarian_visa_grandmother():
    r = run(
        relationship="grandparent", sponsor={"age": 40}, elderly=True, own_sufficient_means=False
    )
    assert "sponsor.recognition_date" not in r["missing_facts"]


def test_recognition_date_asked_when_it_decides_the_favourable_period():
    r = run(
        relationship="spouse",
        marriage="official",
        age=30,
        relationship_predates_arrival=True,
        sponsor={"age": 32},
    )
    assert "sponsor.recognition_date" in r["missing_facts"]


def test_child_born_after_the_sponsors_arrival_has_no_filiation_before_arrival():
    """ "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld"
    (seed 003)."""
    r = run(
        relationship="child",
        age=1,
        common_child=True,
        sponsor={"age": 30, "recognition_date": THIS_YEAR, "arrival_date": "2023-01-01"},
    )
    assert r["derived_facts"]["applicant.relationship_predates_arrival"] is False
    assert "applicant.relationship_predates_arrival" not in r["missing_facts"]


def test_child_born_before_the_arrival_is_not_derived_and_still_asked():
    r = run(
        relationship="child",
        age=9,
        common_child=True,
        sponsor={"age": 30, "recognition_date": THIS_YEAR, "arrival_date": "2023-01-01"},
    )
    assert "applicant.relationship_predates_arrival" not in r["derived_facts"]
