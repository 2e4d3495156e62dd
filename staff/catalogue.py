"""What the staff pages take from domain.yml: the bot's responses, intents and entities."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def domain_path() -> Path:
    return Path(os.environ.get("SAMEN_DOMAIN") or ROOT / "domain.yml")


@lru_cache(maxsize=1)
def domain() -> dict[str, Any]:
    with domain_path().open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def responses() -> dict[str, Any]:
    return domain().get("responses") or {}


def _names(items: list[Any]) -> list[str]:
    return [next(iter(item)) if isinstance(item, dict) else str(item) for item in items or []]


def intents() -> list[str]:
    """The intents a message can be corrected to (Rasa's own nlu_fallback excluded)."""
    return sorted(n for n in _names(domain().get("intents")) if n != "nlu_fallback")


def entities() -> list[str]:
    """Entity names, and "name:role" for each role domain.yml gives (e.g. "age:sponsor")."""
    found = []
    for item in domain().get("entities") or []:
        name = next(iter(item)) if isinstance(item, dict) else str(item)
        found.append(name)
        roles = (item.get(name) or {}).get("roles") if isinstance(item, dict) else None
        found += [f"{name}:{role}" for role in roles or []]
    return sorted(found)


def label(name: str, fallback: str) -> str:
    """A response's text as a short label ("je kind" -> "kind"), or `fallback`."""
    variants = responses().get(name) or []
    text = str(variants[0].get("text", "")) if variants else ""
    return text.removeprefix("je ") if text else fallback
