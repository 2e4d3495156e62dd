"""Reading response texts from the domain (all user-facing words live in domain.yml)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk.types import DomainDict


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def response_text(domain: DomainDict, name: str, **values: Any) -> str:
    """The first text variant of response `name`, with `{placeholders}` filled from values."""
    variants = domain.get("responses", {}).get(name) or []
    if not variants:
        raise KeyError(name)
    text = variants[0].get("text", "")
    return text.format_map(_Blank({k: v for k, v in values.items() if v is not None}))


def has_response(domain: DomainDict, name: str) -> bool:
    return bool(domain.get("responses", {}).get(name))


def dutch_date(domain: DomainDict, day: dt.date) -> str:
    """A date as Dutch text, e.g. "3 maart 2026" (month names from the domain)."""
    months = response_text(domain, "utter_label_months").split(",")
    return f"{day.day} {months[day.month - 1].strip()} {day.year}"


def dutch_month(domain: DomainDict, day: dt.date) -> str:
    """A month as Dutch text, e.g. "februari 2026" (for dates the user gave without a day)."""
    months = response_text(domain, "utter_label_months").split(",")
    return f"{months[day.month - 1].strip()} {day.year}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
