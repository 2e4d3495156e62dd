"""Favourable conditions and deadlines (seeds 002, 003) and calendar arithmetic."""

from datetime import date

import pytest

from eligibility.dates import add_months, in_time
from tests.eligibility.case_helpers import advice_ids, condition, deadline, doc_ids, run


def spouse(recognition="2025-03-03", application="2026-03-03", status="refugee", **facts):
    facts.setdefault("relationship_predates_arrival", True)
    return run(
        status,
        "spouse",
        application_date=application,
        sponsor={"age": 30, "recognition_date": recognition},
        age=30,
        marriage="official",
        **facts,
    )


def test_add_months_clamps_29_february__plus_12_months_is_28_february():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_add_months_clamps_31_january__plus_1_month_is_28_february():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)


def test_request_on_deadline_day_in_time__day_after_late():
    assert in_time(date(2026, 3, 3), date(2026, 3, 3))
    assert not in_time(date(2026, 3, 4), date(2026, 3, 3))


@pytest.mark.parametrize(
    "application,favourable", [("2026-03-02", True), ("2026-03-03", True), ("2026-03-04", False)]
)
def test_no_proof_of_means_housing_insurance_within_12_months_of_recognition(
    application, favourable
):
    r = spouse(application=application)
    assert r["favourable_conditions"] is favourable
    assert deadline(r, "favourable_conditions_end")["date"] == "2026-03-03"
    if favourable:
        assert r["exempt_from"] == ["means_of_subsistence", "housing", "health_insurance"]
        assert condition(r, "housing")["waived"] is True
        assert condition(r, "housing")["met"] is True
        assert not {"means_proof", "housing_proof", "health_insurance_proof"} & set(doc_ids(r))
    else:
        assert r["exempt_from"] == []
        assert {"means_proof", "housing_proof", "health_insurance_proof"} <= set(doc_ids(r))


def test_recognition_29_february__favourable_period_ends_28_february_next_year():
    r = spouse(recognition="2024-02-29", application="2025-02-28")
    assert deadline(r, "favourable_conditions_end")["date"] == "2025-02-28"
    assert r["favourable_conditions"] is True
    assert spouse(recognition="2024-02-29", application="2025-03-01")["favourable_conditions"] is (
        False
    )


def test_late_request_keeps_the_right_but_classic_conditions_and_explain_reasons():
    r = spouse(application="2026-03-04")
    assert r["route"] == "family_reunification"
    assert "late_request" in advice_ids(r)
    assert condition(r, "means_of_subsistence")["met"] is None


@pytest.mark.parametrize("predates,late", [(True, True), (False, False)])
def test_te_late_indiening_only_for_a_bond_that_had_the_12_months(predates, late):
    """Seed 002 "Te late indiening ... na het verstrijken van de termijn van één jaar": a
    marriage after the arrival never had the 12 months, so a request after them is not late
    and needs no reasons (panel 74, h3: "Leg uit waarom de aanvraag niet op tijd kon")."""
    r = spouse(application="2026-03-04", relationship_predates_arrival=predates)
    assert ("late_request" in advice_ids(r)) is late


def test_bond_must_predate_arrival__marriage_after_arrival_no_favourable_conditions():
    r = spouse(relationship_predates_arrival=False)
    assert r["route"] == "family_reunification"
    assert r["favourable_conditions"] is False


def test_bond_predating_arrival_unknown__route_kept_fact_listed():
    r = spouse(relationship_predates_arrival=None)
    assert r["route"] == "family_reunification"
    assert r["missing_facts"] == ["applicant.relationship_predates_arrival"]


def test_recognition_date_unknown__route_kept_fact_listed_no_deadline():
    r = run(
        "refugee",
        "spouse",
        sponsor={"age": 30},
        age=30,
        marriage="official",
        relationship_predates_arrival=True,
    )
    assert r["route"] == "family_reunification"
    assert r["missing_facts"] == ["sponsor.recognition_date"]
    assert r["deadlines"] == []
    assert r["favourable_conditions"] is False


def test_subsidiary_protection_sponsor_has_the_same_favourable_conditions():
    assert spouse(status="subsidiary_protection")["favourable_conditions"] is True


def test_third_country_national_never_has_favourable_conditions_or_deadline():
    r = run("third_country_national", "spouse", sponsor={"age": 30}, age=30, marriage="official")
    assert r["favourable_conditions"] is False
    assert r["deadlines"] == []


def test_deadline_given_whenever_protected_sponsor_recognition_date_known_even_humanitarian():
    r = run("refugee", "sibling", sponsor={"recognition_date": "2025-03-03"}, age=30)
    assert deadline(r, "favourable_conditions_end")["date"] == "2026-03-03"


def test_minor_child_joining_alone_before_18__no_means_even_after_12_months():
    r = run(
        "refugee",
        "child",
        application_date="2026-06-01",
        sponsor={"age": 40, "recognition_date": "2025-03-03"},
        age=10,
        custody="sole",
        relationship_predates_arrival=True,
        joins_alone=True,
    )
    assert r["favourable_conditions"] is False
    assert r["exempt_from"] == ["means_of_subsistence"]
    assert "means_proof" not in doc_ids(r)
    assert "housing_proof" in doc_ids(r)


def test_minor_child_late_not_alone__all_classic_conditions():
    r = run(
        "refugee",
        "child",
        application_date="2026-06-01",
        sponsor={"age": 40, "recognition_date": "2025-03-03"},
        age=10,
        custody="sole",
        relationship_predates_arrival=True,
        joins_alone=False,
    )
    assert r["exempt_from"] == []


def test_incomplete_file_accepted_with_4_documents_to_meet_the_deadline():
    r = spouse(application="2026-01-15")
    adv = [a for a in r["advice"] if a["id"] == "incomplete_file_accepted"]
    assert adv and "4 documenten" in adv[0]["text"]
    assert "incomplete_file_accepted" not in advice_ids(spouse(application="2026-03-04"))


def test_any_belgian_post_and_external_provider_for_protected_family():
    r = spouse()
    assert {"any_belgian_post", "external_service_provider"} <= set(advice_ids(r))


@pytest.mark.parametrize("predates", [True, False])
def test_afstamming_voor_aankomst_vastgesteld__no_favourable_deadline_for_a_bond_formed_after(
    predates,
):
    """Seed 003: "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd
    vastgesteld": a child born after the sponsor's arrival never had a favourable period, so
    no "last day without proof of income" is given for it; a child born before has one."""
    r = run(
        "refugee",
        "child",
        application_date="2026-12-01",
        sponsor={"age": 30, "recognition_date": "2026-09-01"},
        age=1,
        common_child=True,
        relationship_predates_arrival=predates,
    )
    ids = [d["id"] for d in r["deadlines"]]
    assert ("favourable_conditions_end" in ids) is predates
    assert r["favourable_conditions"] is predates
    proofs = {"means_proof", "housing_proof", "health_insurance_proof"}
    assert (proofs <= set(doc_ids(r))) is not predates
