"""Entity span repair after DIET (pure: no Rasa import).

DIET tags tokens; on multi-word entities it sometimes returns a fragment ("september" of
"september 2024", "vluchtling" of "erkend vluchtling") or two adjacent pieces ("september" +
"2024"). These functions bring predicted spans to the annotation conventions of the project
(`tests/nlu/README.md`, `docs/ARCHITECTURE.md`):

- `recognition_date`: the date words only (no "sinds"/"op"/"in"/"vanaf"); adjacent date
  pieces are merged, a month is extended over a following year and a preceding day number,
  "jaar geleden" over its amount ("een jaar geleden"), a period word over its modifier
  ("begin", "eind", "midden", "half"). A span that is only a unit word ("maand", "week") is
  no date and is dropped.
- `relationship`: the kinship word with the adjectives directly before it ("mijn [oudste
  zoon]", "mijn [meerderjarige dochter]"), without possessives or articles.
- `disability`: the words naming the disability with their modifiers ("[verstandelijk
  gehandicapt]", "[half verlamd]").
- categorical entities: a span that is part of a longer known spelling of the same value
  (from the canonical tables, e.g. "erkend vluchtling", "protection subsidiaire") is extended
  to that spelling; an unknown span that ends in a known spelling is cut to it ("nog [in
  procedure]"). A marriage type is only extended to the left ("[in de moskee]", never over
  "getrouwd").

Values of categorical entities are kept; a date's `value` becomes its new text (the date is
"as written"). Every function is linear in the number of entities and looks at a bounded
window of words, so odd or very long input stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from samen_rasa.nlu.dutch_dates import MONTH_WORDS
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.vocabulary import ARTICLES_AS_NUMBERS, DETERMINERS

__all__ = ["REL_ADJECTIVES", "SPONSOR_STATUS", "repair_spans"]

DATE = "recognition_date"
RELATIONSHIP = "relationship"
MARRIAGE_TYPE = "marriage_type"
DISABILITY = "disability"
SPONSOR_STATUS = "sponsor_status"
# words that belong inside a disability span when directly before it ("[verstandelijk
# gehandicapt]", "[ernstige beperking]", "[half verlamd]"): the words naming the disability
DISABILITY_MODIFIERS = frozenset(
    {
        "verstandelijk", "verstandelijke", "mentaal", "mentale", "lichamelijk", "lichamelijke",
        "fysiek", "fysieke", "psychisch", "psychische", "motorisch", "motorische", "ernstig",
        "ernstige", "zwaar", "zware", "licht", "lichte", "half", "halfzijdig", "volledig",
        "volledige", "gedeeltelijk", "gedeeltelijke", "meervoudig", "meervoudige", "blijvend",
        "blijvende", "permanent", "permanente", "chronisch", "chronische", "totaal", "zwaarst",
        "geestelijk", "geestelijke", "cognitief", "cognitieve", "visueel", "visuele",
        "auditief", "auditieve", "zwaarlijvig", "mentally", "physically", "severely",
    }
)  # fmt: skip
# entities whose convention is the whole known phrase ("erkend als vluchteling", "co ouderschap");
# not relationship (adjective rule), marriage_type (qualifying word only) or country
LEXICON_ENTITIES = frozenset({"sponsor_status", "custody", "disability"})
_TRAILING_PUNCTUATION = frozenset(".,;:!?")
# "a kaart", "a-kaart": the letter is the card's kind, not the article "a"
_CARD_LETTER = re.compile(r"^[a-z] kaart\b")
_PLACE_PREPOSITIONS = frozenset({"in", "bij", "op", "voor", "volgens", "a", "au", "at"})
_MARRIAGE_TAIL = re.compile(r"\s+(?:getrouwd|gehuwd|huwelijk|trouw|married)$", re.IGNORECASE)

# adjectives that belong inside a relationship span when directly before the kinship word
REL_ADJECTIVES = frozenset(
    {
        "oudste",
        "jongste",
        "middelste",
        "kleinste",
        "grootste",
        "oudere",
        "jongere",
        "kleine",
        "grote",
        "klein",
        "groot",
        "meerderjarige",
        "minderjarige",
        "volwassen",
        "volwassene",
        "eerste",
        "tweede",
        "derde",
        "enige",
        "lieve",
        "zieke",
        "gehandicapte",
        "andere",
        "overleden",
        "vorige",
        "nieuwe",
        "wettige",
        "biologische",
        "echte",
        "eigen",
    }
)

_UNIT_ONLY = frozenset(
    {
        "dag",
        "dagen",
        "week",
        "weken",
        "maand",
        "maanden",
        "maandje",
        "jaar",
        "jaren",
        "jaartje",
        "tijd",
        "geleden",
    }
)
_DATE_UNITS = r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|jaartje|maandje)"
_AMOUNT = (
    r"(?:\d+|een|één|1|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
    r"anderhalf|anderhalve|paar|enkele|half|halve)"
)
_MODIFIER = r"(?:begin|eind|einde|midden|half|halverwege|medio|eind)"
_MONTH = "(?:" + "|".join(sorted((re.escape(w) for w in MONTH_WORDS), key=len, reverse=True)) + ")"

_RIGHT_YEAR = re.compile(r"\s{1,3}(?:\d{4}|'\d{2})(?!\w)")
_LEFT_DAY = re.compile(r"(?<!\w)\d{1,2}(?:ste|de|e|er)?\s{1,3}$")
# "de 15de van [juni]", "den 1ste van [augustus]", "de 3e van [deze maand]"
_LEFT_DAY_OF = re.compile(r"(?<!\w)\d{1,2}(?:ste|de|e|er)\s{1,3}van\s{1,3}$", re.IGNORECASE)
# "een [paar maanden geleden]", "een [jaar of 2 geleden]"
_LEFT_EEN = re.compile(r"(?<!\w)(?:een|n)\s{1,3}$", re.IGNORECASE)
_STARTS_VAGUE = re.compile(r"^(?:paar|jaar|maand|week|tijdje)\b", re.IGNORECASE)
# "[zomer] van 2025", "[voorjaar] van vorig jaar"
_SEASON = r"(?:zomer|winter|lente|herfst|najaar|voorjaar)"
_ENDS_SEASON = re.compile(r"\b" + _SEASON + r"$", re.IGNORECASE)
_RIGHT_OF_YEAR = re.compile(
    r"\s{1,3}van\s{1,3}(?:\d{4}|vorig\s{1,3}jaar|dit\s{1,3}jaar|verleden\s{1,3}jaar)(?!\w)",
    re.IGNORECASE,
)
# "[8 maanden geleden] als vluchteling": a date span ends at "als"
_TRAILING_ALS = re.compile(r"\s+als\b.*$", re.IGNORECASE | re.DOTALL)
_LEFT_AMOUNT = re.compile(r"(?<!\w)" + _AMOUNT + r"\s{1,3}$", re.IGNORECASE)
_LEFT_MODIFIER = re.compile(r"(?<!\w)" + _MODIFIER + r"\s{1,3}$", re.IGNORECASE)
_RIGHT_AGO = re.compile(r"\s{1,3}(?:geleden|terug)(?!\w)", re.IGNORECASE)
_STARTS_UNIT = re.compile(r"^" + _DATE_UNITS + r"\b", re.IGNORECASE)
_ENDS_UNIT = re.compile(r"\b" + _DATE_UNITS + r"$", re.IGNORECASE)
_STARTS_MONTH = re.compile(r"^" + _MONTH + r"\b", re.IGNORECASE)
_ENDS_MONTH = re.compile(r"\b" + _MONTH + r"$", re.IGNORECASE)
_PERIOD_START = re.compile(
    r"^(?:" + _MONTH + r"|dit|deze|vorig|vorige|verleden|vorig jaar|\d{4})\b", re.IGNORECASE
)
_ENDS_RELATIVE = re.compile(
    r"\b(?:vorig|vorige|verleden|dit|deze|begin|eind|einde|midden|half|afgelopen)$", re.IGNORECASE
)
_RIGHT_PERIOD = re.compile(
    r"\s{1,3}(?:jaar|maand|week|zomer|winter|lente|herfst|najaar|voorjaar|" + _MONTH[3:-1] + r")\b",
    re.IGNORECASE,
)
_DATE_GAP = re.compile(r"\s{1,3}(?:(?:in|van)\s{1,3})?", re.IGNORECASE)
_RIGHT_IN_MONTH = re.compile(r"\s{1,3}in\s{1,3}" + _MONTH + r"\b", re.IGNORECASE)
# left out of a date span: prepositions, articles and hedges ("in de [zomer van 2025]",
# "ongeveer [7 maand geleden]", "pas sinds [dinsdag]")
# "[statuut van] vluchteling", "[status van] vluchteling", "[statut de] refugie"
_STATUS_NOUN_PREFIX = re.compile(
    r"(?:statuut|statuten|status|statut)\s+(?:(?:van|als|de|d')\s*)?(?=\w)", re.IGNORECASE
)
_DATE_PREPOSITIONS = frozenset(
    {"sinds", "sedert", "op", "in", "vanaf", "van", "rond", "omstreeks", "depuis", "since", "le",
     "de", "den", "het", "the", "ongeveer", "ong", "pas", "bijna", "circa", "ca", "ergens",
     "zowat", "plusminus", "al", "about", "around", "environ", "vers"}
)  # fmt: skip
_WORD = re.compile(r"\w[\w'\-]*")

MAX_WINDOW_WORDS = 4


def _span(entity: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    start, end = entity.get("start"), entity.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def _extend_date(start: int, end: int, text: str) -> tuple[int, int]:
    for _ in range(3):  # a few passes: "begin" + "3" + "maart" + "2025"
        before, old = text[max(0, start - 40) : start], (start, end)
        piece = text[start:end]
        if _ENDS_MONTH.search(piece) or re.search(r"\b\d{1,2}\s+" + _MONTH + "$", piece, re.I):
            m = _RIGHT_YEAR.match(text, end)
            if m:
                end = m.end()
        if _STARTS_MONTH.match(piece) or re.match(r"^(?:deze|dit|vorige)\s+maand\b", piece, re.I):
            m = _LEFT_DAY.search(before) or _LEFT_DAY_OF.search(before)
            if m:
                start -= len(m.group(0))
        if _STARTS_VAGUE.match(text[start:end]):
            m = _LEFT_EEN.search(text[max(0, start - 8) : start])
            if m:
                start -= len(m.group(0))
        if _ENDS_SEASON.search(text[start:end]):
            m = _RIGHT_OF_YEAR.match(text, end)
            if m:
                end = m.end()
        if _STARTS_UNIT.match(text[start:end]):
            m = _LEFT_AMOUNT.search(text[max(0, start - 40) : start])
            if m:
                start -= len(m.group(0))
        if _ENDS_UNIT.search(text[start:end]):
            m = _RIGHT_AGO.match(text, end)
            if m:
                end = m.end()
        m = _ENDS_RELATIVE.search(text[start:end]) and _RIGHT_PERIOD.match(text, end)
        if m:
            end = m.end()
        if _PERIOD_START.match(text[start:end]):
            m = _LEFT_MODIFIER.search(text[max(0, start - 40) : start])
            if m:
                start -= len(m.group(0))
        if re.search(r"\bjaar$", text[start:end], re.I):
            m = _RIGHT_IN_MONTH.match(text, end)
            if m:
                end = m.end()
        if (start, end) == old:
            break
    return start, end


def _trim_left(start: int, end: int, text: str, words: frozenset[str]) -> int:
    """New start: leading `words` (folded) dropped, as long as one word is left."""
    for _ in range(3):
        m = re.match(r"(\S+)(\s+)\S", text[start:end])
        if not m or fold(m.group(1)) not in words:
            break
        start += len(m.group(1)) + len(m.group(2))
    return start


def _extend_relationship(
    start: int, end: int, text: str, words: frozenset[str] = REL_ADJECTIVES
) -> int:
    """New start: over up to two adjectives (`words`) directly before the kinship word."""
    for _ in range(2):
        before = text[max(0, start - 40) : start]
        m = re.search(r"(\S+)(\s{1,3})$", before)
        if not m or fold(m.group(1)) not in words:
            break
        start -= len(m.group(0))
    return start


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start() + lo, m.end() + lo) for m in _WORD.finditer(text[lo:hi])]


def _phrase(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip(" ,.;:!?")


def _shrink_lexicon(start: int, end: int, text: str, table: Mapping[str, str]) -> int:
    """New start: an unknown span that ends in a known spelling is cut to it ("nog [in
    procedure]", "in de [asielprocedure]"); a known span stays as it is."""
    if _phrase(text[start:end]) in table:
        return start
    for s, _ in _words(text, start, end)[1:3]:
        if _phrase(text[s:end]) in table:
            return s
    return start


def _extend_lexicon(
    start: int, end: int, value: Any, text: str, table: Mapping[str, str], right: bool = True
) -> tuple[int, int]:
    """Longest known spelling (of the same value) covering [start, end), word-aligned."""
    left = _words(text, max(0, start - 80), start)[-MAX_WINDOW_WORDS:]
    right_words = _words(text, end, min(len(text), end + 80))[:MAX_WINDOW_WORDS] if right else []
    best = (start, end)
    if value is not None:
        value = table.get(_phrase(str(value)), value)  # DIET's raw "moskee" -> canonical
        if value not in table.values():
            value = None  # a raw value not known ("de moskee"): the phrase decides
    starts = [s for s, _ in left] + [start]
    ends = [end] + [e for _, e in right_words]
    for s in starts:
        for e in ends:
            if (s, e) == (start, end) or e - s <= best[1] - best[0]:
                continue
            phrase = re.sub(r"\s+", " ", fold(text[s:e])).strip(" ,.;:!?")
            if (
                s < start
                and phrase.split(" ", 1)[0] in DETERMINERS
                and not _CARD_LETTER.match(phrase)
            ):
                continue  # possessives and articles stay outside the span
            if not right and s < start and phrase.split(" ", 1)[0] not in _PLACE_PREPOSITIONS:
                continue  # a marriage type grows only over "in de", "bij de", "op het"
            hit = table.get(phrase)
            if hit is not None and (value is None or str(hit) == str(value)):
                best = (s, e)
    return best


def repair_spans(
    entities: list[dict[str, Any]],
    text: str,
    tables: Mapping[str, Mapping[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """Copies of `entities` with repaired spans (see the module docstring)."""
    tables = tables or {}
    out: list[dict[str, Any]] = []
    for original in entities:
        entity = dict(original)
        span = _span(entity, text)
        if span is None:
            out.append(entity)
            continue
        start, end = span
        name = entity.get("entity")
        if name == DATE:
            cut = _TRAILING_ALS.search(text[start:end])
            if cut and cut.start() > 0:
                end = start + cut.start()
            start = _trim_left(start, end, text, _DATE_PREPOSITIONS)
            start, end = _extend_date(start, end, text)
            if fold(text[start:end]).strip() in _UNIT_ONLY:
                continue
        else:
            start = _trim_left(start, end, text, DETERMINERS)
        if name == RELATIONSHIP:
            start = _extend_relationship(start, end, text)
        elif name == MARRIAGE_TYPE:
            m = _MARRIAGE_TAIL.search(text[start:end])
            if m and m.start() > 0:
                end = start + m.start()
        if name in LEXICON_ENTITIES and name in tables:
            start = _shrink_lexicon(start, end, text, tables[name])
            start, end = _extend_lexicon(start, end, entity.get("value"), text, tables[name])
        if name == SPONSOR_STATUS:
            # the shortest phrase that carries the status: "het statuut van [vluchteling]"
            m = _STATUS_NOUN_PREFIX.match(text, start, end)
            if m and m.end() < end:
                start = m.end()
        elif name == MARRIAGE_TYPE and name in tables:
            # "in de [moskee]" -> "[in de moskee]"; never over "getrouwd" on the right
            start, end = _extend_lexicon(
                start, end, entity.get("value"), text, tables[name], right=False
            )
        if name != DATE:  # "ik ben [belg]." : the tokenizer sometimes keeps the full stop
            while end - start > 1 and text[end - 1] in _TRAILING_PUNCTUATION:
                end -= 1
        if name == DISABILITY:  # after the lexicon, which cuts unknown words on the left
            start = _extend_relationship(start, end, text, DISABILITY_MODIFIERS)
        if (start, end) != span:
            entity["start"], entity["end"] = start, end
            if name == DATE:
                entity["value"] = text[start:end]
        out.append(entity)
    return _drop_non_ages(_merge_stepchildren(_merge_dates(out, text), text), text)


AGE = "age"
# a number followed by these is a day, a count or an amount, not an age
_NOT_AGE_AFTER = re.compile(
    r"\s{0,3}(?:"
    + _MONTH[3:-1]
    + r"|keer|x|euro|eur|€|%|procent|kinderen|kids|kindjes|kinders|zonen|dochters|broers|zussen"
    + r"|jaar geleden|maanden geleden|weken geleden|dagen geleden"
    + r"|jaar (?:in|hier|getrouwd|samen|weg|belg|erkend))\b",
    re.IGNORECASE,
)
# a duration, not an age: "al [10] jaar in belgie", "sinds [2] jaar", "binnen [2] maanden"
_NOT_AGE_BEFORE = re.compile(
    r"(?<!\w)(?:sinds|sedert|binnen|over|depuis|since|for|il y a)\s{1,3}$", re.IGNORECASE
)
# "al 10 jaar in belgie" is a duration, "ze is al 19 (jaar)" an age
_DURATION_AL = re.compile(r"(?<!\w)(?<!is )(?<!ben )(?<!bent )(?<!zijn )(?<!zijt )al\s{1,3}$")
_UNIT_AFTER = re.compile(r"\s{1,3}(?:jaar|jaren|maand|maanden|weken|dagen|mois|ans)\b", re.I)
_AFTER_ARTICLE_AGE = re.compile(r"\s{1,3}(?:jaar|jaartje|an|year)\b", re.IGNORECASE)


def _drop_non_ages(entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Drop `age` entities inside a date, followed by a month, a unit, a count noun or an amount,
    after "al"/"sinds"/"binnen" (a duration) or that are an article ("een")."""
    dates = [(e["start"], e["end"]) for e in entities if e.get("entity") == DATE and _span(e, text)]
    out = []
    for e in entities:
        span = _span(e, text) if e.get("entity") == AGE else None
        if span is not None:
            start, end = span
            if any(s <= start and end <= d for s, d in dates) or _NOT_AGE_AFTER.match(text, end):
                continue
            before = text[max(0, start - 12) : start].lower()
            if _NOT_AGE_BEFORE.search(before) or (
                _DURATION_AL.search(before) and _UNIT_AFTER.match(text, end)
            ):
                continue
            if (
                fold(text[start:end]) in ARTICLES_AS_NUMBERS
                and text.strip() != text[start:end]
                and not _AFTER_ARTICLE_AGE.match(text, end)
            ):
                continue  # "ik ben [een] erkende vluchteling": an article (a bare "een" is 1)
        out.append(e)
    return out


_PARTNER_OF = re.compile(r"\s{1,3}van\s{1,3}(?:mijn|m'n|mn|me|mijne)\s{1,3}$", re.IGNORECASE)
_PARTNER_VALUES = frozenset({"spouse", "partner", "registered_partner"})


def _merge_stepchildren(entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """'[dochter] van mijn [vrouw]' -> one `stepchild` entity (the training convention)."""
    rels = [e for e in entities if e.get("entity") == RELATIONSHIP and _span(e, text)]
    if len(rels) < 2:
        return entities
    rels.sort(key=lambda e: e["start"])
    drop: set[int] = set()
    for child, partner in zip(rels, rels[1:], strict=False):
        if (
            str(child.get("value")) == "child"
            and str(partner.get("value")) in _PARTNER_VALUES
            and _PARTNER_OF.fullmatch(" " + text[child["end"] : partner["start"]])
        ):
            child["end"] = partner["end"]
            child["value"] = "stepchild"
            drop.add(id(partner))
    return [e for e in entities if id(e) not in drop]


def _merge_dates(entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Merge date pieces separated by whitespace only ("september" + "2024"); drop contained."""
    dates = sorted(
        (e for e in entities if e.get("entity") == DATE and _span(e, text)),
        key=lambda e: (e["start"], -e["end"]),
    )
    if len(dates) < 2:
        return entities
    merged: list[dict[str, Any]] = []
    for e in dates:
        if merged:
            last = merged[-1]
            gap = text[last["end"] : e["start"]]
            if e["start"] <= last["end"] or _DATE_GAP.fullmatch(gap):
                if e["end"] > last["end"]:
                    last["end"] = e["end"]
                    last["value"] = text[last["start"] : last["end"]]
                continue
        merged.append(dict(e))
    others = [e for e in entities if not (e.get("entity") == DATE and _span(e, text))]
    return sorted(others + merged, key=lambda e: e.get("start") or 0)
