"""Reading one stored conversation (redacted events) by its reference number."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.http import Http404

from privacy.reference import normalise_reference
from staff.models import RasaEvent, StoredConversation

RASA_TABLES = ("events", "samen_conversations")
_ready: list[bool] = []


def rasa_tables_ready() -> bool:
    """True once the tracker store has created its tables (the Rasa server may start later)."""
    if not _ready and set(RASA_TABLES) <= set(connection.introspection.table_names()):
        _ready.append(True)
    return bool(_ready)


def reference_or_404(text: str) -> str:
    try:
        return normalise_reference(text)
    except ValueError as error:
        raise Http404("geen geldig referentienummer") from error


def events_of(reference: str) -> list[dict[str, Any]]:
    """The conversation's events (each with its row id as `_id`), oldest first; [] if none."""
    if not rasa_tables_ready():
        return []
    sender_id = (
        StoredConversation.objects.filter(reference=reference)
        .values_list("sender_id", flat=True)
        .first()
    )
    if sender_id is None:
        return []
    rows = RasaEvent.objects.filter(sender_id=sender_id).order_by("id").values_list("id", "data")
    events = []
    for event_id, data in rows:
        try:
            event = json.loads(data or "{}")
        except ValueError:
            continue
        event["_id"] = event_id
        events.append(event)
    return events


@dataclass
class Line:
    """One line of the transcript."""

    kind: str  # "user" | "bot"
    text: str
    event_id: int
    at: float | None = None
    intent: str = ""
    confidence: float | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)


def transcript(events: list[dict[str, Any]]) -> list[Line]:
    lines: list[Line] = []
    for event in events:
        kind = event.get("event")
        if kind == "user":
            parse = event.get("parse_data") or {}
            intent = parse.get("intent") or {}
            lines.append(
                Line(
                    "user",
                    str(event.get("text") or ""),
                    event["_id"],
                    event.get("timestamp"),
                    str(intent.get("name") or ""),
                    intent.get("confidence"),
                    list(parse.get("entities") or []),
                )
            )
        elif kind == "bot" and (event.get("text") or (event.get("data") or {}).get("buttons")):
            buttons = [
                str(b.get("title", "")) for b in (event.get("data") or {}).get("buttons") or []
            ]
            lines.append(
                Line(
                    "bot",
                    str(event.get("text") or ""),
                    event["_id"],
                    event.get("timestamp"),
                    buttons=buttons,
                )
            )
    return lines


def user_message(events: list[dict[str, Any]], event_id: int) -> Line | None:
    return next(
        (x for x in transcript(events) if x.kind == "user" and x.event_id == event_id), None
    )
