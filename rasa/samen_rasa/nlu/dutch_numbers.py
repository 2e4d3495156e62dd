"""Dutch number words and age expressions to integers (pure).

`parse_number("vierendertig")` -> 34, `parse_age("17j")` -> 17, `parse_age("zeventien jaar")`
-> 17. Covers 0..130 as words (with or without diaeresis/accents, spaces or hyphens:
"tweeëntwintig", "tweeentwintig", "twee en twintig", "honderd-twee") and digits; ages 0..120.
"""

from __future__ import annotations

import re

from samen_rasa.nlu.folding import fold

__all__ = ["MAX_AGE", "number_words", "parse_number", "parse_age"]

MAX_AGE = 120  # tests/nlu/normalisation_cases.yml A4: above 120 is not an age
MAX_NUMBER = 130

_UNITS = {
    "nul": 0,
    "een": 1,
    "eén": 1,
    "eentje": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "achtien": 18,  # frequent typo
    "negentien": 19,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
_UNIT_WORDS = {k: v for k, v in _UNITS.items() if k not in ("eén", "eentje")}


def _build_table() -> dict[str, int]:
    table: dict[str, int] = {}
    table.update(_UNITS)
    table.update(_TEENS)
    table.update(_TENS)
    below_100 = dict(_UNITS)
    below_100.update(_TEENS)
    for tens_word, tens in _TENS.items():
        below_100[tens_word] = tens
        for unit_word, unit in _UNIT_WORDS.items():
            if unit == 0:
                continue
            # "eenentwintig", "tweeentwintig" (diaeresis is folded away), "drieentwintig"
            word = f"{unit_word}en{tens_word}"
            table[word] = tens + unit
            below_100[word] = tens + unit
    table.update(below_100)
    table["honderd"] = 100
    table["honderdd"] = 100
    for word, value in below_100.items():
        if 0 < value <= MAX_NUMBER - 100:
            table[f"honderd{word}"] = 100 + value
            table[f"honderden{word}"] = 100 + value
    return table


_TABLE = _build_table()
_SEPARATORS = re.compile(r"[\s\-‐‑–—_]+")
_DIGITS = re.compile(r"^\d{1,3}$")
_GLUED_JARIG = re.compile(r"^([a-z]+|\d+)-?jarig[e]?$")
_AGE_UNIT = re.compile(
    r"^(?P<num>.+?)\s*[-]?\s*"
    r"(?P<unit>jaar|jaren|jarig|jarige|jr|jrs|j|jaartjes|jaartje|yrs|yr|years|year|y|ans|an"
    r"|maand|maanden|mnd|maandjes|maandje|weken|week|wk)?"
    r"\s*(oud|old|oude)?\.?$"
)


def number_words() -> dict[str, int]:
    """A copy of the folded word -> value table (0..130)."""
    return dict(_TABLE)


def parse_number(text: str) -> int | None:
    """Digits or a Dutch number word (0..130) -> int, else None.

    "17" -> 17, "zeventien" -> 17, "één" -> 1, "tweeëntwintig" -> 22, "twee en twintig" -> 22,
    "honderd" -> 100. Anything else (fractions, "anderhalf", other words) -> None.
    """
    if text is None:
        return None
    folded = fold(str(text)).strip().strip(".")
    if not folded or len(folded) > 40:
        return None
    if _DIGITS.match(folded):
        return int(folded)
    compact = _SEPARATORS.sub("", folded)
    return _TABLE.get(compact)


def parse_age(text: str) -> int | None:
    """An age expression -> completed years (0..120), else None.

    "17" / "17j" / "17 jr" / "17jaar" / "17-jarige" / "zeventien" / "zeventien jaar oud" -> 17;
    "6 maanden" -> 0 (months and weeks are converted to whole years).
    """
    if text is None:
        return None
    folded = fold(str(text)).strip()
    if not folded or len(folded) > 60:
        return None
    glued = _GLUED_JARIG.match(folded)
    if glued:  # "zeventienjarige", "17jarig"
        folded = glued.group(1)
    match = _AGE_UNIT.match(folded)
    if not match:
        return None
    value = parse_number(match.group("num"))
    if value is None:
        return None
    unit = match.group("unit") or ""
    if unit.startswith(("maand", "mnd")):
        value = value // 12
    elif unit.startswith(("week", "wek", "wk")):
        value = value // 52
    if 0 <= value <= MAX_AGE:
        return value
    return None
