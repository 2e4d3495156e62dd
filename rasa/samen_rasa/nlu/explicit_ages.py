"""Ages the statistical model missed in the two clearest forms (pure: no Rasa import).

- "[dochter] van 9", "mijn [zoon] van zeventien jaar": a number right after a kinship word
  and "van" is that relative's age (no role);
- "ik ben 40", "ik ben 40 jaar", "kben 35 jaar oud": the writer's own age (role `sponsor`)
  when a number follows "ik ben" directly. A bare "ik ben 16" from a relative abroad is
  rare and the dialogue confirms every age before it is used.

Counts and amounts are not matched ("van 2 kinderen", "ik ben 3 maanden hier"): the number
must not be followed by a unit or a plural noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samen_rasa.nlu.dutch_numbers import parse_age

__all__ = ["AgeSpan", "age_after_relative", "own_age"]

_NUMBER = r"(\d{1,3}|[a-z]+(?:en[a-z]+)?)"
_AFTER_RELATIVE = re.compile(rf"^\s{{1,3}}(?:van|vn)\s{{1,3}}{_NUMBER}(?=\W|$)", re.IGNORECASE)
_OWN = re.compile(
    rf"(?<!\w)(?:ik\s+ben|kben|k\s+ben|i\s+am|je\s+suis)\s+{_NUMBER}(?=\W|$)", re.IGNORECASE
)
_NOT_AN_AGE_AFTER = re.compile(
    r"^\s*(?:maand|maanden|week|weken|dag|dagen|keer|kinderen|kids|euro|eur|%|uur|km|jaar\s+(?:in|hier|geleden|getrouwd|samen|weg))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AgeSpan:
    start: int
    end: int
    value: int


def _age(text: str, match: re.Match[str]) -> AgeSpan | None:
    if _NOT_AN_AGE_AFTER.match(text[match.end(1) : match.end(1) + 20]):
        return None
    value = parse_age(match.group(1))
    if value is None:
        return None
    return AgeSpan(match.start(1), match.end(1), value)


def age_after_relative(text: str, relative_end: int) -> AgeSpan | None:
    """The age in "<kinship word> van <number>" right after `relative_end`, or None."""
    match = _AFTER_RELATIVE.match(text[relative_end : relative_end + 40])
    if match is None:
        return None
    found = _age(text[relative_end:], match)
    if found is None:
        return None
    return AgeSpan(found.start + relative_end, found.end + relative_end, found.value)


def own_age(text: str) -> AgeSpan | None:
    """The writer's age in "ik ben <number> (jaar)", or None."""
    for match in _OWN.finditer(text[:2000]):
        found = _age(text, match)
        if found is not None:
            return found
    return None
