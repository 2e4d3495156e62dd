"""The favourable-conditions deadline as an .ics calendar file for the web chat."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_text import favourable_deadline
from actions.assessment_call import assess_slots
from actions.case_facts import message_date
from actions.safety import SafeAction
from actions.texts import response_text

FILENAME = "samen-deadline.ics"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 line folding at 75 octets."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not parts else 74
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return [parts[0]] + [" " + p for p in parts[1:]]


def build_ics(day: dt.date, title: str, description: str, stamp: dt.datetime) -> str:
    """An all-day VEVENT on `day` with a reminder 14 days before."""
    uid = hashlib.sha256(f"{day.isoformat()}|{title}".encode()).hexdigest()[:24]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Samen//Gezinshereniging//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@samen",
        f"DTSTAMP:{stamp.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_escape(title)}",
        f"DESCRIPTION:{_escape(description)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-P14D",
        f"DESCRIPTION:{_escape(title)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded: list[str] = []
    for line in lines:
        folded.extend(_fold(line))
    return "\r\n".join(folded) + "\r\n"


def calendar_message(domain: DomainDict, deadline: dt.date, stamp: dt.datetime) -> dict[str, Any]:
    content = build_ics(
        deadline,
        response_text(domain, "utter_ics_title"),
        response_text(domain, "utter_ics_description"),
        stamp,
    )
    return {"type": "calendar", "filename": FILENAME, "content": content}


def current_deadline(tracker: Tracker) -> dt.date | None:
    slots = tracker.current_slot_values()
    if slots.get("route") != "family_reunification":
        return None
    today = message_date(tracker)
    deadline = favourable_deadline(assess_slots(slots, today))
    return deadline if deadline and deadline >= today else None


class ActionSendCalendar(SafeAction):
    """Sends the deadline as a calendar file when there is one still ahead (else nothing)."""

    def name(self) -> str:
        return "action_send_calendar"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        deadline = current_deadline(tracker)
        if deadline:
            stamp = dt.datetime.now(dt.timezone.utc)
            dispatcher.utter_message(response="utter_ics_sent")
            dispatcher.utter_message(json_message=calendar_message(domain, deadline, stamp))
        return []
