"""Synthetic conversations in the tracker store's own format, for the tests and the bench.

Writes what PrivateTrackerStore writes (rows of `events` with redacted event JSON, one row
of `samen_conversations`) through privacy.store_schema, so the staff application reads
them exactly as it reads real ones. Not used by the application itself.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from dialogue import state as S
from privacy.reference import reference_for
from privacy.store_schema import CONVERSATIONS, EVENTS, utc

RELATIONS = ("spouse", "child", "parent", "sibling", "partner")
WORDS = {
    "spouse": "vrouw",
    "child": "zoon",
    "parent": "moeder",
    "sibling": "broer",
    "partner": "vriendin",
}
STATUSES = ("refugee", "subsidiary_protection", "belgian", "third_country_national")
ROUTES = ("family_reunification", "humanitarian_visa", "not_possible")
QUESTIONS = ("ask_costs", "ask_documents", "ask_deadline", "ask_dna_test", "ask_housing")


def user(
    text: str, intent: str, at: float, confidence: float = 0.93, entities: list | None = None
) -> dict[str, Any]:
    return {
        "event": "user",
        "timestamp": at,
        "text": text,
        "parse_data": {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "entities": entities or [],
        },
    }


def bot(text: str, at: float) -> dict[str, Any]:
    return {"event": "bot", "timestamp": at, "text": text, "data": {}}


def slot(name: str, value: Any, at: float) -> dict[str, Any]:
    return {"event": "slot", "timestamp": at, "name": name, "value": value}


def action(name: str, at: float) -> dict[str, Any]:
    return {"event": "action", "timestamp": at, "name": name}


def case_state(relationship: str, status: str, route: str | None = None) -> dict[str, Any]:
    """A `case` slot value as the dialogue keeps it (dialogue.state)."""
    state = S.new_state()
    state.update(consent="given", notice_shown=True, writer="sponsor")
    state["sponsor"] = {"status": status, "recognition_date": "2026-03-01", "age": 34}
    entry = S.new_person(state, relationship, WORDS.get(relationship))
    entry["age"] = 30 if relationship in ("spouse", "partner") else 8
    if relationship == "spouse":
        entry["facts"] = {"marriage": "official"}
    entry["route"] = route
    return state


def random_conversation(rng: random.Random, at: float) -> list[dict[str, Any]]:
    relationship, status = rng.choice(RELATIONS), rng.choice(STATUSES)
    route = rng.choice(ROUTES)
    events = [
        action("action_session_start", at),
        user("akkoord", "affirm", at + 1),
        slot("consent", True, at + 2),
        user(
            f"mijn {WORDS[relationship]} wil naar belgie komen, ik ben {status}",
            "inform",
            at + 3,
            entities=[{"entity": "relationship", "value": relationship, "start": 5, "end": 10}],
        ),
        slot("case", case_state(relationship, status, route), at + 4),
        slot("relationship", relationship, at + 4),
        slot("sponsor_status", status, at + 4),
        slot("route", route, at + 4),
        bot("Dit is wat ik begrijp ...", at + 5),
    ]
    if rng.random() < 0.3:
        events.append(user("wat kost dat", rng.choice(QUESTIONS), at + 6))
    if rng.random() < 0.1:
        events += [
            user("blablabla qwerty", "nlu_fallback", at + 7, 0.2),
            action("action_default_fallback", at + 7),
        ]
    if rng.random() < 0.2:
        events.append(slot("feedback", rng.choice(("useful", "not_useful")), at + 8))
    if rng.random() < 0.05:
        events += [
            user("ik wil met iemand praten", "request_human", at + 9),
            slot("handoff_requested", True, at + 9),
        ]
    return events


def event_rows(sender_id: str, events: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for event in events:
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        yield {
            "sender_id": sender_id,
            "type_name": event["event"],
            "timestamp": event.get("timestamp"),
            "intent_name": intent,
            "action_name": event.get("name"),
            "data": json.dumps(event),
        }


def store(conn: sa.engine.Connection, key: bytes, sender_id: str, events: list[dict]) -> str:
    """Store one conversation (consent given) as the tracker store does; its reference."""
    reference = reference_for(sender_id, key)
    stamps = [e["timestamp"] for e in events]
    conn.execute(EVENTS.insert(), list(event_rows(sender_id, events)))
    conn.execute(
        CONVERSATIONS.insert().values(
            reference=reference,
            sender_id=sender_id,
            first_event_at=utc(min(stamps)),
            last_event_at=utc(max(stamps)),
            consent="given",
        )
    )
    return reference


def generate(
    conn: sa.engine.Connection, key: bytes, count: int, seed: int = 15, days: int = 365
) -> None:
    """`count` random conversations spread over the last `days` days, in one transaction."""
    rng = random.Random(seed)
    now = time.time()
    events_batch, conversations_batch = [], []
    for number in range(count):
        sender_id = f"bench-{seed}-{number:07d}"
        at = now - rng.random() * days * 86400
        events = random_conversation(rng, at)
        events_batch += list(event_rows(sender_id, events))
        conversations_batch.append(
            {
                "reference": reference_for(sender_id, key),
                "sender_id": sender_id,
                "first_event_at": utc(at),
                "last_event_at": utc(at + 9),
                "consent": "given",
            }
        )
        if len(conversations_batch) >= 2000:
            conn.execute(EVENTS.insert(), events_batch)
            conn.execute(CONVERSATIONS.insert(), conversations_batch)
            events_batch, conversations_batch = [], []
    if conversations_batch:
        conn.execute(EVENTS.insert(), events_batch)
        conn.execute(CONVERSATIONS.insert(), conversations_batch)
