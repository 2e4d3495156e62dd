"""The case summary staff read at a hand-off, computed from the conversation's `case` slot.

Never retyped: the state is read with dialogue.state, assessed with eligibility.assess
(dialogue.asking.assessment) and written by the bot's own renderers (dialogue.answers.DETAILS:
summary with facts, routes, deadline and sources; conditions with met / not met / exempt /
to prove; costs; deadline; documents), with the texts of domain.yml. So staff read exactly
what the user was told, as of the date of the last message.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from dialogue import state as S
from dialogue.answers import (
    DETAILS,
    route_label,  # the bot's own wording
)
from dialogue.asking import assessment
from dialogue.questions import fact_lines
from dialogue.texts import Texts, capitalise
from dialogue.turn import Turn
from staff.catalogue import responses

LOCAL_TIME = ZoneInfo("Europe/Brussels")
SECTIONS = (
    ("ask_summary", "Samenvatting"),
    ("ask_conditions", "Voorwaarden"),
    ("ask_costs", "Kosten"),
    ("ask_deadline", "Termijn"),
    ("ask_documents", "Documenten"),
)


@dataclass(frozen=True)
class Section:
    title: str
    text: str


@dataclass(frozen=True)
class CaseSummary:
    day: dt.date
    facts: list[str]
    routes: list[tuple[str, str]]  # (relative, route label)
    route_codes: list[str]
    sections: list[Section]


def last_case(events: list[dict[str, Any]]) -> tuple[Any, dt.date | None]:
    """The last value of the slot `case` and the local date of the last user message."""
    value, day = None, None
    for event in events:
        if event.get("event") == "slot" and event.get("name") == "case":
            value = event.get("value")
        elif event.get("event") == "user" and isinstance(event.get("timestamp"), int | float):
            day = dt.datetime.fromtimestamp(event["timestamp"], LOCAL_TIME).date()
    return value, day


def case_summary(events: list[dict[str, Any]]) -> CaseSummary | None:
    """The summary of the conversation's case; None when no relative was assessed yet."""
    value, day = last_case(events)
    state = S.load(value)
    day = day or dt.date.today()
    texts = Texts(responses())
    people = [p for p in state["people"] if p.get("route")]
    turn = Turn(copy.deepcopy(state), texts, day)
    facts = fact_lines(turn)
    if not people:
        return CaseSummary(day, facts, [], [], []) if facts else None
    results = [(entry, assessment(state, entry, day)) for entry in people]
    routes = [(capitalise(texts.label(state, e)), route_label(turn, r)) for e, r in results]
    sections = []
    for intent, title in SECTIONS:
        turn = Turn(copy.deepcopy(state), texts, day)
        DETAILS[intent](turn, results)
        sections.append(Section(title, "\n".join(r["text"] for r in turn.replies)))
    codes = [str(r.get("route") or "unknown") for _, r in results]
    return CaseSummary(day, facts, routes, codes, sections)
