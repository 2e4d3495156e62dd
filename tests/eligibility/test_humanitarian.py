"""Humanitarian visa guidance (seeds 000, 001) and the chance scale."""

import pytest

from eligibility.chances import SITUATIONS
from tests.eligibility.case_helpers import advice_ids, run

REC = {"age": 40, "recognition_date": "2025-03-03"}


def other(relationship="other_relative", status="refugee", **facts):
    return run(status, relationship, sponsor=REC, **facts)


def test_humanitarian_visa_is_a_favour_not_a_right_no_conditions_discretionary():
    r = other()
    assert r["route"] == "humanitarian_visa"
    assert "humanitarian_is_favour" in advice_ids(r)
    assert r["legal_basis"] == ["art. 9 en 13, Vreemdelingenwet 15.12.1980"]


def test_handled_by_long_stay_office_tick_humanitarian_on_form_no_decision_deadline():
    r = other()
    assert r["processing_office"] == "long_stay"
    assert {
        "humanitarian_long_stay_office",
        "humanitarian_tick_form",
        "humanitarian_no_deadline",
    } <= set(advice_ids(r))
    text = [a for a in r["advice"] if a["id"] == "humanitarian_no_deadline"][0]["text"]
    assert "een jaar of langer" in text


def test_evidence_that_strengthens__dependency_money_transfers_no_other_carer_reports():
    ids = set(advice_ids(other()))
    assert {
        "humanitarian_dependency",
        "humanitarian_no_other_carer",
        "humanitarian_reports",
        "humanitarian_individual_situation",
    } <= ids


def test_echr_8_and_3_and_best_interests_respected():
    r = other()
    assert "art. 8 EVRM; art. 3 EVRM" in r["citations"]


def test_advice_to_see_lawyer_or_specialised_social_worker():
    assert "see_lawyer" in advice_ids(other())
    assert "advocaat" in other()["disclaimer"]


@pytest.mark.parametrize("relationship", ["grandchild", "other_relative"])
def test_grandchildren_and_other_relatives__humanitarian_only_exceptionally(relationship):
    r = other(relationship)
    assert r["humanitarian_chance"] == "low"
    assert "other_relative_specific_situation" in advice_ids(r)


def test_other_relative_of_minor_sponsor__best_interests_of_child_exception():
    r = run("refugee", "other_relative", sponsor={**REC, "age": 15})
    assert "best_interests_child" in advice_ids(r)


def test_chance_only_for_humanitarian_route():
    assert run("refugee", "child", sponsor=REC, age=10, custody="sole")["humanitarian_chance"] is (
        None
    )


def test_chance_scale_mapping_quotes_the_sources():
    levels = {"high", "medium", "low", "very_low", "unstated"}
    for name, rule in SITUATIONS.items():
        assert rule.level in levels, name
        assert rule.quote and rule.why and rule.seed in {"000", "001", "002", "003", "004"}
    assert "veel kans op slagen" in SITUATIONS["sibling_minor_parents_applying"].quote
    assert "bijzonder moeilijk" in SITUATIONS["sibling_parents_alive_not_coming"].quote
    assert "hoge bewijslast" in SITUATIONS["adoption_not_recognised"].quote


def test_chance_reported_with_quote_and_source():
    r = other()
    assert r["chance"]["quote"] and r["chance"]["source"]


def test_second_order_humanitarian__age_condition_not_met():
    r = run(
        "refugee",
        "spouse",
        sponsor=REC,
        age=19,
        marriage="official",
        relationship_predates_arrival=False,
    )
    assert r["second_order_humanitarian"] is True
    assert "second_order_humanitarian" in advice_ids(r)


def test_second_order_humanitarian__insufficient_means_after_12_months():
    r = run(
        "refugee",
        "spouse",
        application_date="2026-06-01",
        sponsor={**REC, "sufficient_means": False},
        age=30,
        marriage="official",
        relationship_predates_arrival=True,
    )
    assert r["route"] == "family_reunification"
    assert r["second_order_humanitarian"] is True


def test_no_second_order_when_all_conditions_can_be_met():
    r = run(
        "refugee", "child", sponsor=REC, age=10, custody="sole", relationship_predates_arrival=True
    )
    assert r["second_order_humanitarian"] is False
