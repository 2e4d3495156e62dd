"""Fixtures for action unit tests: the real domain and real rasa_sdk Tracker objects."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parents[2]

# 2026-11-22 12:00 in Brussels
NOW = 1795345200.0


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """domain.yml as Rasa sends it to the action server."""
    return Domain.load(str(ROOT / "domain.yml")).as_dict()


def initial_slots(domain: dict[str, Any]) -> dict[str, Any]:
    return {name: spec.get("initial_value") for name, spec in domain["slots"].items()}


def user_event(
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    timestamp: float = NOW,
) -> dict[str, Any]:
    parse = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
        "intent_ranking": [{"name": intent}],
    }
    return {"event": "user", "text": text, "parse_data": parse, "timestamp": timestamp}


def make_tracker(
    domain: dict[str, Any],
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    latest_action: str = "action_listen",
    active_loop: str | None = None,
) -> Tracker:
    values = initial_slots(domain)
    values.update(slots or {})
    events = list(events if events is not None else [user_event()])
    latest = next((e["parse_data"] for e in reversed(events) if e["event"] == "user"), {})
    return Tracker(
        sender_id="test",
        slots=values,
        latest_message=latest,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name=latest_action,
    )


def run(action: Any, tracker: Tracker, domain: dict[str, Any]):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return dispatcher, events


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("response") for m in dispatcher.messages if m.get("response")]


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("text") for m in dispatcher.messages if m.get("text")]


def entity(
    name: str,
    value: Any,
    text: str | None = None,
    start: int = 0,
    role: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    found = {
        "entity": name,
        "value": value,
        "text": text or str(value),
        "start": start,
        "end": start + len(text or str(value)),
    }
    if role:
        found["role"] = role
    found.update(extra)
    return found


__all__ = [
    "time",
    "make_tracker",
    "run",
    "user_event",
    "slot_events",
    "responses",
    "texts",
    "entity",
    "NOW",
]
