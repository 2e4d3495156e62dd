"""Condition states (issue 13): met, not met, exempt (with why) or still to prove."""

from tests.eligibility.case_helpers import RECOGNISED, condition, run

STATES = {"met", "not_met", "exempt", "to_prove"}


def _refugee_child(**facts):
    return run(relationship="child", age=10, common_child=True, sponsor=RECOGNISED, **facts)


def test_refugee_within_12_months_means_housing_insurance_exempt_with_why():
    """ "De gezinshereniger moet niet bewijzen dat hij over bestaansmiddelen beschikt wanneer
    ... binnen het jaar (12 maanden) na de erkenning" (seed 003)."""
    r = _refugee_child(relationship_predates_arrival=True, application_date="2026-03-03")
    for name in ("means_of_subsistence", "housing", "health_insurance"):
        c = condition(r, name)
        assert c["state"] == "exempt"
        assert c["why"] == (
            "Je hoeft dit niet te bewijzen, als de aanvraag binnen 12 maanden na de erkenning "
            "gebeurt."
        )


def test_refugee_after_12_months_means_housing_insurance_to_prove_never_met():
    r = run(
        relationship="child",
        age=10,
        common_child=True,
        relationship_predates_arrival=True,
        joins_alone=False,
        application_date="2026-03-04",
        sponsor={**RECOGNISED, "sufficient_means": True, "adequate_housing": True},
    )
    for name in ("means_of_subsistence", "housing", "health_insurance"):
        assert condition(r, name)["state"] == "to_prove"
        assert condition(r, name)["why"] is None


def test_material_condition_said_false_is_not_met():
    r = run(
        "third_country_national",
        "child",
        age=10,
        common_child=True,
        sponsor={"age": 40, "adequate_housing": False},
    )
    assert condition(r, "housing")["state"] == "not_met"


def test_checked_fact_is_met_unknown_is_to_prove():
    r = _refugee_child(married=False)
    assert condition(r, "child_under_18")["state"] == "met"
    assert condition(r, "child_unmarried")["state"] == "met"
    assert condition(r, "living_together")["state"] == "to_prove"


def test_common_child_custody_exempt_with_why():
    c = condition(_refugee_child(), "custody")
    assert c["state"] == "exempt" and c["why"]


def test_every_condition_has_a_state_and_a_why_key():
    for r in (_refugee_child(), run("belgian", "spouse", marriage="official", age=30)):
        for c in r["conditions"]:
            assert c["state"] in STATES
            assert (c["why"] is not None) == (c["state"] == "exempt")
