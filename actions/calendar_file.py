"""A deadline as an .ics calendar file for the web chat."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from rasa_sdk.types import DomainDict

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


def _text(domain: DomainDict, name: str) -> str:
    return str(domain["responses"][name][0]["text"])


def _text_for(domain: DomainDict, name: str, kind: str | None) -> str:
    """The text for this deadline's kind ("utter_ics_title_adult_child_request_end"), else
    the favourable-conditions one."""
    specific = f"{name}_{kind}"
    return _text(domain, specific if kind and specific in domain["responses"] else name)


def calendar_message(
    domain: DomainDict, deadline: dt.date, stamp: dt.datetime, kind: str | None = None
) -> dict[str, Any]:
    """The .ics of one deadline; `kind` is the deadline's id in eligibility.messages.DEADLINES
    (C-279/20's end of the right, the parents' fee-free 3 months, or the favourable
    conditions' 12 months)."""
    title = _text_for(domain, "utter_ics_title", kind)
    content = build_ics(deadline, title, _text_for(domain, "utter_ics_description", kind), stamp)
    return {"type": "calendar", "filename": FILENAME, "content": content}
