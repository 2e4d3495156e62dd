"""action_validate_slot_mappings: facts kept only with consent."""

from actions.slot_extraction import ValidateSlotMappings, relationship_label
from tests.actions.conftest import entity, make_tracker, run, slot_events, user_event

STORY = user_event(
    "mijn vrouw en kinderen, ik ben erkend vluchteling",
    "inform",
    [
        entity("relationship", "spouse", "vrouw", 5),
        entity("relationship", "child", "kinderen", 15),
        entity("sponsor_status", "refugee", "vluchteling", 40),
    ],
)


def test_without_consent_no_family_fact_is_kept(domain):
    tracker = make_tracker(domain, {"consent": False}, [STORY])
    dispatcher, events = run(ValidateSlotMappings(), tracker, domain)
    assert events == [] and dispatcher.messages == []


def test_with_consent_facts_and_label_are_set(domain):
    tracker = make_tracker(domain, {"consent": True}, [STORY])
    _, events = run(ValidateSlotMappings(), tracker, domain)
    slots = slot_events(events)
    assert slots["relationship"] == "spouse"
    assert slots["relationship_label"] == "je vrouw"
    assert slots["sponsor_status"] == "refugee"
    assert slots["pending_relatives"] == ["child"]


def test_canonical_label_for_a_child(domain):
    assert relationship_label(domain, "child") == "je kind"
    assert relationship_label(domain, "unknown_value") == "je familielid"
    assert relationship_label(domain, None) is None


def test_failure_is_contained(domain, caplog):
    tracker = make_tracker(domain, {"consent": True}, [STORY])
    tracker.latest_message = {"entities": "not a list", "intent": {}}
    dispatcher, events = run(ValidateSlotMappings(), tracker, domain)
    assert events == []
    assert "action_validate_slot_mappings failed" in caplog.text


def test_own_word_only_for_one_person(domain):
    assert relationship_label(domain, "child", "dochter") == "je dochter"
    assert relationship_label(domain, "child", "kinderen") == "je kind"
