"""action_samen_turn answers the same whether Rasa sends the domain or not (selective domain)."""

from __future__ import annotations

import asyncio
import time

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import turn as turn_module
from actions.turn import ActionSamenTurn, domain_responses


def tracker(text: str, intent: str, case=None) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [
        {"event": "session_started", "timestamp": time.time()},
        {"event": "user", "text": text, "parse_data": message, "timestamp": time.time()},
    ]
    return Tracker("t-domain", {"case": case}, message, events, False, None, None, None)


def run(domain, text: str, intent: str, case=None):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSamenTurn().run(dispatcher, tracker(text, intent, case), domain))
    return dispatcher.messages, events


def test_without_the_domain_the_responses_come_from_domain_yml(domain):
    assert domain_responses({}) == domain["responses"]
    assert domain_responses(None) == domain["responses"]


def test_the_domain_sent_by_rasa_is_used_when_there_is_one():
    sent = {"responses": {"utter_x": [{"text": "x"}]}}
    assert domain_responses(sent) is sent["responses"]


def test_domain_yml_is_parsed_once(monkeypatch, domain):
    domain_responses({})
    calls = []
    original = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *a, **k: calls.append(1) or original(*a, **k))
    for _ in range(3):
        domain_responses({})
    assert calls == []


def test_a_changed_domain_file_is_read_again(monkeypatch, tmp_path):
    path = tmp_path / "domain.yml"
    path.write_text('responses:\n  utter_x:\n  - text: "een"\n', "utf-8")
    monkeypatch.setenv("SAMEN_DOMAIN", str(path))
    monkeypatch.setattr(turn_module, "_RESPONSES", {})
    assert domain_responses({})["utter_x"][0]["text"] == "een"
    path.write_text('responses:\n  utter_x:\n  - text: "twee, langer"\n', "utf-8")
    assert domain_responses({})["utter_x"][0]["text"] == "twee, langer"


@pytest.mark.parametrize(
    "text,intent",
    [("hallo", "greet"), ("akkoord", "affirm"), ("hoeveel kost het?", "ask_fee")],
)
def test_a_turn_without_the_domain_answers_as_with_it(domain, monkeypatch, text, intent):
    monkeypatch.setenv("SAMEN_SECRET_KEY", "test-key-for-the-action")
    with_domain = run(domain, text, intent)
    without = run({}, text, intent)
    assert without == with_domain
    assert without[0], "the action said nothing"
