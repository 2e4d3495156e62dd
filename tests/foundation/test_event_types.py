"""`samen_rasa.event_types`: Rasa's `Event.resolve_by_type` from a table, the same answers."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from samen_rasa import event_types


@pytest.fixture()
def installed():
    event_types.install()
    try:
        yield
    finally:
        event_types.uninstall()


def rasas(type_name: str, default=None):
    return event_types._ORIGINAL.__func__(type_name, default)


def test_every_event_type_resolves_to_rasas_class(installed) -> None:
    assert event_types.installed()
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) >= 20
    for name in names:
        assert Event.resolve_by_type(name) is rasas(name)


def test_unknown_names_topic_and_default_are_rasas(installed) -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


def test_a_subclass_defined_later_is_found(installed) -> None:
    event_types.table()  # built before the class exists

    class SamenTestEvent(ActionExecuted):
        type_name = "samen_test_event"

    assert Event.resolve_by_type("samen_test_event") is SamenTestEvent
    assert Event.resolve_by_type("samen_test_event") is rasas("samen_test_event")


def test_a_tracker_deserialises_to_the_same_events(installed) -> None:
    events = [
        ActionExecuted("action_listen", timestamp=1.0),
        UserUttered("hallo", {"name": "greet", "confidence": 0.9}, timestamp=2.0),
        SlotSet("consent", True, timestamp=3.0),
        ActionExecuted("action_samen_turn", timestamp=4.0),
    ]
    dumped = [e.as_dict() for e in events]
    with_table = DialogueStateTracker.from_dict("s", dumped, []).events
    event_types.uninstall()
    assert not event_types.installed()
    without = DialogueStateTracker.from_dict("s", dumped, []).events
    assert list(with_table) == list(without) == events
