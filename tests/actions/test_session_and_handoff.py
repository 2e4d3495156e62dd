"""Session start, restart (keeps consent), hand-off and the Dutch two-stage fallback."""

from actions.fallback import ActionDefaultAskAffirmation
from actions.handoff import ActionHandoff
from actions.session import ActionRestart, ActionSessionStart
from tests.actions.conftest import make_tracker, responses, run, slot_events, user_event


def test_first_session_starts_silently(domain):
    tracker = make_tracker(domain, events=[])
    dispatcher, events = run(ActionSessionStart(), tracker, domain)
    assert [e["event"] for e in events] == ["session_started", "action"]
    assert dispatcher.messages == []


def test_expired_session_gets_a_note(domain):
    tracker = make_tracker(domain, events=[user_event("hallo", "greet")])
    dispatcher, events = run(ActionSessionStart(), tracker, domain)
    assert responses(dispatcher) == ["utter_session_expired"]
    assert [e["event"] for e in events] == ["session_started", "action"]


def test_restart_clears_facts_but_keeps_consent(domain):
    tracker = make_tracker(
        domain,
        {
            "consent": True,
            "relationship": "spouse",
            "route": "family_reunification",
            "feedback": "useful",
        },
        active_loop="family_form",
    )
    dispatcher, events = run(ActionRestart(), tracker, domain)
    slots = slot_events(events)
    assert "consent" not in slots and "feedback" not in slots
    assert slots["relationship"] is None and slots["route"] is None
    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    assert responses(dispatcher) == ["utter_restarted"]


def test_handoff_marks_the_conversation(domain):
    dispatcher, events = run(ActionHandoff(), make_tracker(domain), domain)
    assert slot_events(events) == {"handoff_requested": True}
    assert responses(dispatcher) == ["utter_handoff"]


def test_fallback_asks_did_you_mean_in_dutch(domain):
    event = user_event("dna?", "nlu_fallback")
    event["parse_data"]["intent_ranking"] = [
        {"name": "nlu_fallback"},
        {"name": "out_of_scope"},
        {"name": "ask_dna_test"},
    ]
    dispatcher, _ = run(ActionDefaultAskAffirmation(), make_tracker(domain, events=[event]), domain)
    assert responses(dispatcher) == ["utter_ask_affirmation_ask_dna_test"]
    buttons = domain["responses"]["utter_ask_affirmation_ask_dna_test"][0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/ask_dna_test", "/out_of_scope"]


def test_fallback_without_a_guess_asks_to_rephrase(domain):
    event = user_event("???", "nlu_fallback")
    event["parse_data"]["intent_ranking"] = [{"name": "nlu_fallback"}, {"name": "greet"}]
    dispatcher, _ = run(ActionDefaultAskAffirmation(), make_tracker(domain, events=[event]), domain)
    assert responses(dispatcher) == ["utter_ask_rephrase"]
