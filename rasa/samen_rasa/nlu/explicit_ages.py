"""Ages the statistical model missed in the two clearest forms (pure: no Rasa import).

- "[dochter] van 9", "mijn [zoon] van zeventien jaar": a number right after a kinship word
  and "van" is that relative's age (no role);
- "mijn [broer] is 15", "mijn [zoon] is nu 17": the same after "is" (no role);
- "ik ben 40", "ik ben nu 17", "kben 35 jaar oud": the writer's own age (role `sponsor`)
  when a number follows "ik ben" (and "nu"/"al"/"bijna"). A bare "ik ben 16" from a relative
  abroad is rare and the dialogue confirms every age before it is used;
- "ik begeleid een jongen van 16": a social worker's client is the sponsor (role `sponsor`,
  as the annotation conventions say); without a social worker's words no role.

Counts and amounts are not matched ("van 2 kinderen", "ik ben 3 maanden hier"): the number
must not be followed by a unit or a plural noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samen_rasa.nlu.dutch_numbers import parse_age
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.negation import folded_words
from samen_rasa.nlu.vocabulary import ARTICLES_AS_NUMBERS, CLIENT_NOUNS

__all__ = ["AgeSpan", "age_after_relative", "client_age", "own_age"]

_NUMBER = r"(\d{1,3}|[a-z]+(?:en[a-z]+)?)"
_NOW = r"(?:(?:nu|al|bijna|pas|net|ongeveer)\s+)?"
_AFTER_RELATIVE = re.compile(
    rf"^\s{{1,3}}(?:van|vn|is|wordt|werd)\s{{1,3}}{_NOW}{_NUMBER}(?=\W|$)", re.IGNORECASE
)
_OWN = re.compile(
    rf"(?<!\w)(?:ik\s+ben|kben|k\s+ben|i\s+am|je\s+suis)\s+{_NOW}{_NUMBER}(?=\W|$)",
    re.IGNORECASE,
)
_CLIENT = re.compile(
    r"(?<!\w)(?:een|de|die|deze|nen)\s+(?:jongen|meisje|jongere|minderjarige|tiener|nbmv|"
    rf"client|cliënt|cliente|cliënte|jonge\s+man|jonge\s+vrouw)\s+van\s+{_NUMBER}(?=\W|$)",
    re.IGNORECASE,
)
# a social worker writes: one of these in the text, or a client noun (vocabulary.CLIENT_NOUNS)
SOCIAL_WORKER_CUES = (
    "begeleid", "volg ", "ik volg", "maatschappelijk", "sociaal werk", "assistent", "voogd",
    "ocmw", "cas ", "opvang",
)  # fmt: skip
_NOT_AN_AGE_AFTER = re.compile(
    r"^\s*(?:maand|maanden|week|weken|dag|dagen|keer|kinderen|kids|euro|eur|%|uur|km|jaar\s+(?:in|hier|geleden|getrouwd|gehuwd|samen|weg|vluchteling|belg|erkend|daar|op))",
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
    if fold(match.group(1)) in ARTICLES_AS_NUMBERS:
        return None  # "ik ben een erkende vluchteling": an article
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


def client_age(text: str) -> tuple[AgeSpan, bool] | None:
    """The age in "een jongen van 16" and whether a social worker writes (then the young
    person is the sponsor), or None."""
    for match in _CLIENT.finditer(text[:2000]):
        found = _age(text, match)
        if found is not None:
            lowered = text.lower()
            return found, any(cue in lowered for cue in SOCIAL_WORKER_CUES) or any(
                word in CLIENT_NOUNS for word in folded_words(text[:2000])
            )
    return None
