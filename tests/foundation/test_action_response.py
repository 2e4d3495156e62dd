"""The action server's answers are validated as Rasa 3.6 does, with a validator built once."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from samen_rasa import action_response

GOOD = {
    "events": [
        {"event": "slot", "name": "case", "value": {"people": []}, "timestamp": None},
        {"event": "action", "name": "action_listen"},
    ],
    "responses": [{"text": "Hallo", "buttons": [{"title": "Ja", "payload": "/affirm"}]}],
}
MALFORMED = [
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 3}]},
    {"events": [{"event": "no_such_event"}]},
    {"responses": ["a text, not an object"]},
    ["not", "an", "object"],
]


@pytest.fixture
def installed():
    action_response.install()
    yield RemoteAction("action_samen_turn", None)
    action_response.uninstall()


def rasa_error(result) -> ValidationError:
    action_response.uninstall()
    with pytest.raises(ValidationError) as caught:
        RemoteAction("action_samen_turn", None)._validate_action_result(result)
    return caught.value


def test_a_valid_answer_passes(installed):
    assert action_response.installed()
    assert installed._validate_action_result(GOOD) is True


@pytest.mark.parametrize("result", MALFORMED)
def test_a_malformed_answer_is_still_rejected_with_rasas_error(result):
    expected = rasa_error(result)
    action_response.install()
    try:
        with pytest.raises(ValidationError) as caught:
            RemoteAction("action_samen_turn", None)._validate_action_result(result)
    finally:
        action_response.uninstall()
    assert caught.value.message == expected.message
    assert list(caught.value.path) == list(expected.path)
    assert "Failed to validate Action server response" in caught.value.message


def test_the_schema_is_checked_once_and_the_validator_reused(installed, monkeypatch):
    calls = []
    monkeypatch.setattr(jsonschema.Draft202012Validator, "check_schema",
                        classmethod(lambda cls, schema: calls.append(schema)))  # fmt: skip
    action_response.response_validator.cache_clear()
    action_response.event_dispatch.cache_clear()
    for _ in range(3):
        installed._validate_action_result(GOOD)
    assert len(calls) == 1
    action_response.response_validator.cache_clear()
    action_response.event_dispatch.cache_clear()


def test_uninstall_restores_rasas_own_method():
    action_response.install()
    action_response.uninstall()
    assert not action_response.installed()
    assert RemoteAction._validate_action_result is action_response._ORIGINAL


def test_the_launcher_starts_rasa_with_the_override():
    from pathlib import Path

    from launcher.stack import Stack

    rasa = next(s for s in Stack(model=Path("m.tar.gz"))._servers() if s.name == "rasa")
    assert rasa.command[1:4] == ["-m", "launcher.rasa_server", "run"]


def test_the_rasa_server_entry_installs_the_override_before_rasa_runs(monkeypatch):
    import rasa.__main__

    from launcher import rasa_server

    seen = []
    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.append(action_response.installed()))
    try:
        rasa_server.main()
    finally:
        action_response.uninstall()
    assert seen == [True]


EVENT_NAMES = [
    "user", "action", "slot", "entities", "user_featurization", "cancel_reminder", "reminder",
    "action_execution_rejected", "form_validation", "loop_interrupted", "form", "active_loop",
    "reset_slots", "resume", "pause", "followup", "export", "restart", "undo", "rewind",
    "bot", "session_started", "agent", "no_such_event",
]  # fmt: skip
FIELDS = [
    "event", "timestamp", "metadata", "name", "value", "text", "parse_data", "entities",
    "policy", "confidence", "data", "intent", "validate", "is_interrupted", "date_time",
    "kill_on_user_msg", "action_text", "hide_rule_turn", "input_channel", "message_id",
]  # fmt: skip
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5),
    st.sampled_from(EVENT_NAMES), st.lists(st.integers(), max_size=2),
    st.fixed_dictionaries({}, optional={"name": st.sampled_from(["x", 3]),
                                        "intent": st.sampled_from([{}, 1])}),
)  # fmt: skip
EVENTS = st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=6) | st.builds(
    lambda name, rest: {"event": name, **rest},
    st.sampled_from(EVENT_NAMES),
    st.dictionaries(st.sampled_from(FIELDS[1:]), VALUES, max_size=4),
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.fixed_dictionaries(
            {"events": st.lists(EVENTS, max_size=4)},
            optional={"responses": st.lists(st.sampled_from([{}, "x", {"text": 1}]), max_size=2)},
        ),
        VALUES,
    )
)
def test_the_quick_check_gives_the_full_schemas_verdict(result):
    assert action_response.event_dispatch() is not None
    full = action_response.response_validator().is_valid(result)
    assert action_response.quickly_valid(result) == full


def test_a_valid_answer_is_accepted_quickly():
    assert action_response.quickly_valid(GOOD)
    assert not any(action_response.quickly_valid(bad) for bad in MALFORMED)
