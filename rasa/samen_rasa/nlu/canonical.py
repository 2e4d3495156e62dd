"""Mapping entity values to canonical values (pure: no Rasa import).

    >>> Canonicaliser.from_vocabulary().canonicalise("sponsor_status", "vluchtling")
    'refugee'

Order of attempts for a value: already canonical -> exact (folded) spelling -> the same after
stripping leading determiners ("mijn vrouw" -> "vrouw") and rewriting chat forms ("mn") ->
a conservative fuzzy match of the whole value (optimal-string-alignment distance <= 1 for
5-8 characters, <= 2 for 9+; a tie between two canonical values is no match). A value that
cannot be mapped gives None: the caller drops the entity (an unknown value never reaches the
dialogue).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from samen_rasa.nlu.folding import fold, normalise_text
from samen_rasa.nlu.fuzzy import best_match
from samen_rasa.nlu.vocabulary import AMBIGUOUS, CANONICAL, DETERMINERS

__all__ = ["Canonicaliser", "clean_value", "MAX_VALUE_CHARS"]

MAX_VALUE_CHARS = 80  # an entity value longer than this is not a value of a categorical entity

_PUNCT = re.compile(r"[^\w\s'\-]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def clean_value(value: object) -> str:
    """Folded value with punctuation (except ' and -) removed and spaces collapsed."""
    text = fold(str(value))[: MAX_VALUE_CHARS * 2]
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip(" -'")


def _strip_determiners(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i] in DETERMINERS:
        i += 1
    return words[i:]


_DIMINUTIVE = ("tjes", "tje", "jes", "je", "kes", "ke", "ske", "ken")


def _stems(word: str) -> list[str]:
    """Stems of a Dutch/Flemish diminutive ("kozijntje" -> "kozijn", "broerke" -> "broer")."""
    out = []
    for suffix in _DIMINUTIVE:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)])
    return out


class Canonicaliser:
    """Spelling tables per entity: folded spelling -> canonical value."""

    def __init__(self, tables: Mapping[str, Mapping[str, str]]) -> None:
        self.tables: dict[str, dict[str, str]] = {e: dict(t) for e, t in tables.items()}
        self.canonical_values: dict[str, set[str]] = {
            e: set(t.values()) for e, t in self.tables.items()
        }
        self._by_folded_canonical: dict[str, dict[str, str]] = {
            e: {fold(v): v for v in vals} for e, vals in self.canonical_values.items()
        }

    # ------------------------------------------------------------------ building
    @classmethod
    def from_vocabulary(
        cls,
        synonyms: Mapping[str, str] | None = None,
        annotated: Iterable[tuple[str, str, str]] | None = None,
    ) -> Canonicaliser:
        """Tables from `vocabulary.CANONICAL`, plus training data when given.

        `synonyms`: spelling -> canonical value (Rasa's `training_data.entity_synonyms`); a
        synonym is added to the entity whose canonical values contain its target (synonyms
        of other targets, e.g. ages, are ignored). `annotated`: (entity, text as written,
        value) of annotated examples; the written text becomes a spelling of the value when
        the value is canonical for that entity. For `country` a value annotated in the
        training data also becomes canonical (the country list is open).
        """
        tables: dict[str, dict[str, str]] = {}
        owner: dict[str, str] = {}
        for entity, values in CANONICAL.items():
            table = tables.setdefault(entity, {})
            for canonical, spellings in values.items():
                owner.setdefault(canonical, entity)
                table[clean_value(canonical)] = canonical
                table[clean_value(canonical.replace("_", " "))] = canonical
                for spelling in spellings:
                    table.setdefault(clean_value(spelling), canonical)
        annotated = list(annotated or [])
        for entity, _written, value in annotated:
            if entity == "country" and value and value not in owner:
                owner[value] = "country"
                tables["country"][clean_value(value)] = value
        for spelling, target in (synonyms or {}).items():
            entity = owner.get(str(target))
            if entity is not None:
                key = clean_value(spelling)
                if key:
                    tables[entity].setdefault(key, str(target))
        for entity, written, value in annotated:
            if entity in tables and owner.get(str(value)) == entity:
                key = clean_value(written)
                if key:
                    tables[entity].setdefault(key, str(value))
        return cls(tables)

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {e: dict(sorted(t.items())) for e, t in self.tables.items()}

    # ------------------------------------------------------------------ lookup
    def entities(self) -> set[str]:
        return set(self.tables)

    def canonicalise(self, entity: str, value: object) -> str | None:
        """Canonical value of `entity` for `value`, or None when it cannot be mapped."""
        table = self.tables.get(entity)
        if table is None or value is None:
            return None
        raw = str(value)
        if raw in self.canonical_values[entity]:
            return raw
        cleaned = clean_value(raw)
        if not cleaned or len(cleaned) > MAX_VALUE_CHARS:
            return None
        ambiguous = AMBIGUOUS.get(entity)
        if ambiguous and (
            cleaned in ambiguous
            or " ".join(_strip_determiners(clean_value(normalise_text(cleaned)).split(" ")))
            in ambiguous
        ):
            return None
        hit = self._by_folded_canonical[entity].get(cleaned) or table.get(cleaned)
        if hit:
            return hit
        candidates = []
        words = cleaned.split(" ")
        stripped = " ".join(_strip_determiners(words))
        candidates.append(stripped)
        chat = clean_value(normalise_text(cleaned))
        candidates.append(chat)
        candidates.append(" ".join(_strip_determiners(chat.split(" "))))
        for cand in candidates:
            if cand and cand in table:
                return table[cand]
        for cand in (stripped, candidates[-1]):
            if cand and len(cand) >= 5:
                hit = best_match(cand, table)
                if hit:
                    return hit
        # a short phrase ("mijn oudste zoon", "ons klein kozijntje"): the kinship noun is its
        # last word; try it and its diminutive stems
        chat_words = candidates[-1].split(" ")
        if 1 < len(chat_words) <= 4:
            last = chat_words[-1]
            for form in (last, *_stems(last)):
                if form in table and form not in DETERMINERS:
                    return table[form]
            if len(last) >= 5:
                return best_match(last, table)
        for form in _stems(cleaned):
            if form in table:
                return table[form]
        return None
