"""Which "/..." messages may reach Rasa as commands.

Rasa reads a message that starts with "/" as an intent with entities
("/inform{"relationship": "spouse"}"), skipping NLU. Users must not be able to
inject intents or entities that way. A "/" message is kept as a command only when
it is exactly a button payload that the bot itself offers in domain.yml (what a
click would send anyway); any other text loses its leading slashes and goes
through NLU like every other message.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

COMMAND_PREFIX = "/"


def button_payloads(domain: dict[str, Any]) -> frozenset[str]:
    """All "/..." button payloads of the domain's responses."""
    payloads: set[str] = set()
    for variants in (domain.get("responses") or {}).values():
        for variant in variants or []:
            for button in (variant or {}).get("buttons") or []:
                payload = str(button.get("payload", ""))
                if payload.startswith(COMMAND_PREFIX):
                    payloads.add(_canonical(payload))
    return frozenset(payloads)


def load_button_payloads(domain_path: Path) -> frozenset[str]:
    try:
        domain = yaml.safe_load(domain_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    return button_payloads(domain)


def _canonical(payload: str) -> str:
    """Payload as a client sends it: domain.yml doubles braces ("{{") so that Rasa's
    response interpolation leaves them alone and renders single ones."""
    return "".join(payload.split()).replace("{{", "{").replace("}}", "}")


def guard_text(text: str | None, allowed: Iterable[str]) -> str | None:
    """The text Rasa should see for a message a user sent."""
    if not text:
        return text
    stripped = text.strip()
    if not stripped.startswith(COMMAND_PREFIX):
        return text
    allowed_set = allowed if isinstance(allowed, (set, frozenset)) else set(allowed)
    if _canonical(stripped) in allowed_set:
        return stripped
    return stripped.lstrip(COMMAND_PREFIX).strip()
