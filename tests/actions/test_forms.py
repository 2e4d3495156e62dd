"""validate_family_form: asks only what eligibility reports missing, clarifies bad input."""

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateFamilyForm
from tests.actions.conftest import make_tracker, responses, run, slot_events


def required(domain, slots):
    tracker = make_tracker(domain, slots, active_loop="family_form")
    return asyncio.run(
        ValidateFamilyForm().required_slots([], CollectingDispatcher(), tracker, domain)
    )


def test_without_relationship_asks_who_first(domain):
    assert required(domain, {}) == ["relationship"]


def test_wife_of_refugee_asks_only_missing_facts(domain):
    slots = {
        "relationship": "spouse",
        "sponsor_status": "refugee",
        "recognition_date": "2026-02-01",
    }
    assert required(domain, slots)[0] == "applicant_age"
    slots.update(
        applicant_age=27.0,
        marriage_type="official",
        sponsor_age=34.0,
        relationship_predates_arrival=True,
    )
    assert required(domain, slots) == []


def test_next_requested_slot_is_the_first_missing_fact(domain):
    tracker = make_tracker(
        domain,
        {
            "relationship": "child",
            "sponsor_status": "refugee",
            "recognition_date": "2026-02-01",
            "requested_slot": None,
        },
        active_loop="family_form",
    )
    _, events = run(ValidateFamilyForm(), tracker, domain)
    assert slot_events(events)["requested_slot"] == "applicant_age"


def test_every_slot_the_form_may_ask_has_a_question(domain):
    from actions.case_facts import FACT_TO_SLOT

    for slot in FACT_TO_SLOT.values():
        assert f"utter_ask_{slot}" in domain["responses"], slot
        assert slot in domain["forms"]["family_form"]["required_slots"], slot


def test_future_date_gets_a_clarification_not_a_guess(domain):
    tracker = make_tracker(
        domain,
        {
            "relationship": "spouse",
            "sponsor_status": "refugee",
            "clarification": "future|recognition_date",
            "requested_slot": "recognition_date",
        },
        active_loop="family_form",
    )
    dispatcher, events = run(ValidateFamilyForm(), tracker, domain)
    assert responses(dispatcher) == ["utter_date_future"]
    slots = slot_events(events)
    assert slots["clarification"] is None
    assert slots["requested_slot"] == "recognition_date"


def test_age_validation(domain):
    form = ValidateFamilyForm()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(domain)
    assert form.validate_applicant_age(17.0, dispatcher, tracker, domain) == {"applicant_age": 17.0}
    assert form.validate_sponsor_age(131, dispatcher, tracker, domain) == {"sponsor_age": None}
    assert responses(dispatcher) == ["utter_age_invalid"]


def test_failure_stops_the_form_with_an_apology(domain, monkeypatch):
    import actions.forms as forms

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(forms, "assess_slots", broken)
    tracker = make_tracker(domain, {"relationship": "spouse"}, active_loop="family_form")
    dispatcher, events = run(ValidateFamilyForm(), tracker, domain)
    assert responses(dispatcher) == ["utter_technical_problem"]
    assert slot_events(events) == {"requested_slot": None}
