"""Consent, refusal and erasure."""

from actions.consent import ActionEraseData, ActionRefuseConsent, ActionStoreConsent
from tests.actions.conftest import entity, make_tracker, responses, run, slot_events, user_event

STORY = user_event(
    "mijn vrouw is in Turkije, ik ben erkend vluchteling",
    "inform",
    [
        entity("relationship", "spouse", "vrouw", 5),
        entity("sponsor_status", "refugee", "vluchteling", 40),
    ],
)
AKKOORD = user_event("/affirm", "affirm")


def test_consent_keeps_the_story_told_before(domain):
    tracker = make_tracker(domain, {}, [STORY, {"event": "bot", "text": "privacy"}, AKKOORD])
    dispatcher, events = run(ActionStoreConsent(), tracker, domain)
    slots = slot_events(events)
    assert slots["consent"] is True
    assert slots["relationship"] == "spouse" and slots["sponsor_status"] == "refugee"
    assert dispatcher.messages == []


def test_consent_after_a_greeting_keeps_nothing_else(domain):
    tracker = make_tracker(domain, {}, [user_event("hallo", "greet"), AKKOORD])
    _, events = run(ActionStoreConsent(), tracker, domain)
    assert slot_events(events) == {"consent": True}


def test_refusal(domain):
    tracker = make_tracker(domain, {}, [user_event("/deny", "deny")])
    dispatcher, events = run(ActionRefuseConsent(), tracker, domain)
    assert slot_events(events) == {"consent": False}
    assert responses(dispatcher) == ["utter_consent_refused"]


def test_erasure_clears_all_slots_and_marks_the_request(domain):
    tracker = make_tracker(
        domain, {"consent": True, "relationship": "spouse"}, active_loop="family_form"
    )
    dispatcher, events = run(ActionEraseData(), tracker, domain)
    kinds = [e["event"] for e in events]
    assert kinds[:2] == ["reset_slots", "active_loop"]
    assert slot_events(events) == {"consent": False, "erasure_requested": True}
    assert responses(dispatcher) == ["utter_erasure_done"]
