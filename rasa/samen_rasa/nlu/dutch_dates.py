"""Dutch (Belgian and Netherlands) date phrases to ISO dates against a reference date (pure).

    >>> parse_date("3 maart 2025", now=date(2026, 11, 22)).iso
    '2025-03-03'

Conventions (the dialogue relies on them; they are those of tests/nlu/normalisation_cases.yml):

- Numeric dates are day first (Belgian): "3/4/25" is 3 April 2025; month and day are never
  swapped to rescue a date ("12/25/2024" is invalid). Two-digit years are 20yy.
- A period without a day ("maart 2025", "sinds januari", "vorige maand") -> the first day of
  that period (Monday for "vorige week") and flag `approximate`: the earliest possible day gives
  the earliest deadline, so the bot never promises time the user may not have.
- No year ("3 maart", "december", "5/6"): the most recent occurrence that has begun and is not
  after `now` (a recognition lies in the past); no extra flag.
- Relative amounts ("8 maanden geleden", "sinds 2 jaar", "anderhalf jaar geleden"): calendar
  arithmetic from `now` (months keep the day and clamp to the month's end); weeks, months and
  years add `approximate`, days ("gisteren", "3 dagen geleden") are exact.
- A date after `now` is never guessed: `iso` None, flag `future` ("morgen", "volgende maand",
  "over 3 maanden", "3/3/27").
- Too vague for a month -> `iso` None, flag `ambiguous` (with `approximate`): a year alone
  ("2025", "vorig jaar", "begin dit jaar"), seasons ("vorige zomer"), "lang geleden",
  "een paar maanden geleden", "maart 25" (day 25 or 2025?), "12/25" (MM/YY?).
- An impossible date ("31 februari 2025", "13/13/2025", "0/3/2025") -> `iso` None, `invalid`.
- Text that is not a date at all -> `iso` None, flag `unparsed`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from samen_rasa.nlu.dutch_numbers import parse_number
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.fuzzy import best_match

__all__ = [
    "APPROXIMATE",
    "FUTURE",
    "AMBIGUOUS",
    "INVALID",
    "UNPARSED",
    "DateParse",
    "MONTH_WORDS",
    "month_number",
    "parse_date",
]

APPROXIMATE = "approximate"
FUTURE = "future"
AMBIGUOUS = "ambiguous"
INVALID = "invalid"
UNPARSED = "unparsed"

MAX_TEXT = 200  # a date phrase longer than this is not looked at (linear, bounded work)

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januari", "jan", "janv", "janvier", "january", "januarie", "janaury", "janurai"),
    2: (
        "februari",
        "feb",
        "febr",
        "fevrier",
        "fev",
        "february",
        "febuari",
        "feburari",
        "februarie",
        "febrari",
        "febuary",
    ),
    3: ("maart", "mrt", "mars", "march", "maar t"),
    4: ("april", "apr", "avril", "aprl", "aprill"),
    5: ("mei", "mai", "may"),
    6: ("juni", "jun", "juin", "june"),
    7: ("juli", "jul", "juillet", "july", "juil"),
    8: ("augustus", "aug", "aout", "august", "augstus", "agustus", "augusts", "ogustus"),
    9: ("september", "sep", "sept", "septembre", "setember", "septemer", "spetember"),
    10: ("oktober", "okt", "oct", "octobre", "october", "oktobre", "oktobr"),
    11: ("november", "nov", "novembre", "novemver", "nowember"),
    12: ("december", "dec", "decembre", "desember", "decmber"),
}
MONTH_WORDS: dict[str, int] = {w: m for m, words in _MONTHS.items() for w in words if " " not in w}
# full names only are used for fuzzy matching (abbreviations are too short to be safe)
_FUZZY_MONTHS = {w: str(m) for w, m in MONTH_WORDS.items() if len(w) >= 5}

_SEASONS = {
    "lente": 4,
    "voorjaar": 4,
    "zomer": 7,
    "zomers": 7,
    "herfst": 10,
    "najaar": 10,
    "winter": 1,
}
_ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
    "zestiende": 16,
    "zeventiende": 17,
    "achttiende": 18,
    "negentiende": 19,
    "twintigste": 20,
    "dertigste": 30,
}
_PAST_MARKERS = {
    "sinds",
    "sedert",
    "afgelopen",
    "vorige",
    "vorig",
    "verleden",
    "geleden",
    "terug",
    "laatste",
    "al",
}
_APPROX_MARKERS = {
    "ongeveer",
    "ong",
    "rond",
    "rondom",
    "omstreeks",
    "circa",
    "ca",
    "ergens",
    "plusminus",
    "zowat",
    "bijna",
}
_VAGUE = {"paar", "enkele", "aantal", "lang", "tijdje", "tijd", "heel", "veel", "meerdere"}
_PREVIOUS = {"vorig", "vorige", "verleden", "afgelopen", "laatste", "voorbije", "voorbij"}
_THIS = {"dit", "deze", "huidige"}
_NEXT = {"volgend", "volgende", "komend", "komende", "aanstaande", "eerstvolgende"}

# English and French words of relative dates, read as their Dutch equivalent
# ("8 months ago", "il y a 8 mois", "last year", "le mois dernier", "depuis janvier")
_FOREIGN = {
    "ago": "geleden", "since": "sinds", "depuis": "sinds", "last": "vorig", "past": "vorig",
    "this": "dit", "ce": "dit", "cette": "dit", "next": "volgend", "about": "ongeveer",
    "around": "ongeveer", "environ": "ongeveer",
    "yesterday": "gisteren", "today": "vandaag", "tomorrow": "morgen", "demain": "morgen",
    "year": "jaar", "years": "jaar", "an": "jaar", "ans": "jaar", "annee": "jaar",
    "annees": "jaar", "month": "maand", "months": "maanden", "mois": "maand",
    "week": "week", "weeks": "weken", "semaine": "week", "semaines": "weken",
    "day": "dag", "days": "dagen", "jour": "dag", "jours": "dagen",
}  # fmt: skip
# French "previous"/"next" come after the unit: "le mois dernier", "l'annee prochaine"
_AFTER_UNIT = {
    "dernier": "vorig", "derniere": "vorig", "passe": "vorig", "passee": "vorig",
    "prochain": "volgend", "prochaine": "volgend",
}  # fmt: skip
_WEEKDAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_DAY_OF = {"van", "de", "of"}  # "de 15de van juni", "le 3 de mars" (day, word, month)
_SPACED_DMY = re.compile(r"^\s*(\d{1,2})\s+(\d{1,2})\s+(\d{4})\s*$")

_TOKEN = re.compile(r"\d+|[a-z]+|'\d{2}")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?!\d)")
_MY = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/\-]\s*(\d{4})(?!\d)")
_DM = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-])")
_ORD_SUFFIX = re.compile(r"(?<=\d)(ste|de|e|er)\b")

_UNITS = {
    "dag": "d",
    "dagen": "d",
    "dagje": "d",
    "week": "w",
    "weken": "w",
    "weekjes": "w",
    "wk": "w",
    "maand": "m",
    "maanden": "m",
    "maandjes": "m",
    "mnd": "m",
    "mnden": "m",
    "mndn": "m",
    "jaar": "y",
    "jaren": "y",
    "jr": "y",
    "j": "y",
    "jaartjes": "y",
}


@dataclass(frozen=True)
class DateParse:
    """Result of `parse_date`: ISO date (or None) and flags (see the module doc)."""

    text: str
    iso: str | None
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def date(self) -> date | None:
        return date.fromisoformat(self.iso) if self.iso else None

    def flag_list(self) -> list[str]:
        return sorted(self.flags)


def month_number(word: str) -> int | None:
    """Month of a (folded) Dutch, French or English month word or common typo, else None."""
    w = fold(word).strip(".")
    if w in MONTH_WORDS:
        return MONTH_WORDS[w]
    hit = best_match(w, _FUZZY_MONTHS)
    return int(hit) if hit else None


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _year_from_two_digits(yy: int, now: date) -> int:
    return 2000 + yy  # D2: always 20yy (a later year is then flagged future)


def _finish(text: str, d: date | None, flags: set[str], now: date) -> DateParse:
    if d is not None and d > now:
        flags.add(FUTURE)
        flags.discard(AMBIGUOUS)
        return DateParse(text, None, frozenset(flags))
    return DateParse(text, d.isoformat() if d else None, frozenset(flags))


def _make(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= year <= 9999):
        return None
    if not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def _resolve_no_year(month: int, day: int | None, now: date, past_marker: bool, flags: set[str]):
    """Most recent occurrence of (month, day) not after `now` (see module conventions)."""
    day_or_1 = day or 1
    this_year = _make(now.year, month, day_or_1)
    if this_year is None:
        # 29 February in a non-leap year: the most recent leap year
        year = now.year
        while _make(year, month, day_or_1) is None and year > now.year - 8:
            year -= 1
        found = _make(year, month, day_or_1)
        if found is None:
            flags.add(INVALID)
            return None
        return found
    if this_year <= now:
        return this_year
    year = now.year - 1
    found = _make(year, month, day_or_1)
    while found is None and year > now.year - 8:  # 29 February
        year -= 1
        found = _make(year, month, day_or_1)
    return found


def _numeric(text: str, now: date, flags: set[str], past: bool) -> tuple[bool, date | None]:
    """Numeric forms; returns (matched, date)."""
    m = _ISO.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        res = _make(y, mo, d)
        if res is None:
            flags.add(INVALID)
        return True, res
    m = _DMY.search(text)
    if m:
        d, mo, y = m.group(1), m.group(2), m.group(3)
        year = int(y) if len(y) == 4 else _year_from_two_digits(int(y), now)
        res = _make(year, int(mo), int(d))
        if res is None:
            flags.add(INVALID)
        return True, res
    m = _SPACED_DMY.match(text)
    if m:
        res = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if res is None:
            flags.add(INVALID)
        return True, res
    m = _MY.search(text)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        flags.add(APPROXIMATE)
        res = _make(y, mo, 1)
        if res is None:
            flags.add(INVALID)
        return True, res
    m = _DM.search(text)
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 12 and mo > 12 and len(m.group(2)) == 2:
            # "12/25": day 12 of month 25 cannot be; month 12 of (20)25 could be
            flags.add(AMBIGUOUS)
            return True, None
        if not (1 <= mo <= 12) or not (1 <= d <= 31):
            flags.add(INVALID)
            return True, None
        res = _resolve_no_year(mo, d, now, past, flags)
        if res is None:
            flags.add(INVALID)
        return True, res
    return False, None


def _amount(tokens: list[str], i: int) -> tuple[float | None, bool]:
    """Amount word(s) before the unit at index i: (value, vague)."""
    if i == 0:
        return 1.0, False  # "sinds maand" is not a date; handled by caller via unit only
    prev = tokens[i - 1]
    if prev in _VAGUE or (i >= 2 and tokens[i - 2] in _VAGUE):
        return None, True
    if prev in ("half", "halve"):
        if i >= 2 and tokens[i - 2] in ("een", "n", "1"):
            return 0.5, False
        return 0.5, False
    if prev in ("anderhalf", "anderhalve"):
        return 1.5, False
    value = parse_number(prev)
    if value is None:
        return None, False
    # "2 en een half jaar": value 2 then "en een half" handled loosely
    return float(value), False


def _relative_amount(tokens: list[str], now: date, flags: set[str]):
    """ "8 maanden geleden", "sinds 2 jaar", "twee weken terug". Returns (matched, date)."""
    for i, tok in enumerate(tokens):
        unit = _UNITS.get(tok)
        if unit is None or i == 0:
            continue
        value, vague = _amount(tokens, i)
        if vague:
            flags.update({APPROXIMATE, AMBIGUOUS})
            return True, None
        if value is None:
            continue
        # "een jaar of 2 geleden", "een maand of 3": about that many
        if (
            tokens[i - 1] in ("een", "n")
            and i + 2 < len(tokens)
            and tokens[i + 1] == "of"
            and parse_number(tokens[i + 2]) is not None
        ):
            value = float(parse_number(tokens[i + 2]))
        # "2 en een half jaar"
        if i >= 4 and tokens[i - 1] == "half" and tokens[i - 3] == "en":
            base = parse_number(tokens[i - 4])
            if base is not None:
                value = base + 0.5
        if unit == "d":
            return True, now - timedelta(days=int(value))
        flags.add(APPROXIMATE)
        if unit == "w":
            return True, now - timedelta(days=int(round(value * 7)))
        months = int(round(value * (12 if unit == "y" else 1)))
        return True, _shift_months(now, months)
    return False, None


def _position_month(tokens: list[str]) -> int | None:
    """Month implied by "begin/midden/eind" of a year."""
    if "begin" in tokens or "start" in tokens or "aanvang" in tokens:
        return 1
    if "midden" in tokens or "half" in tokens or "halfweg" in tokens:
        return 7
    if "eind" in tokens or "einde" in tokens or "eide" in tokens or "laat" in tokens:
        return 12
    return None


def _dutch_tokens(tokens: list[str]) -> list[str]:
    """English/French date words as Dutch ones; a French "dernier" moved before its unit."""
    out = [_FOREIGN.get(t, t) for t in tokens]
    for i in range(1, len(out)):
        if out[i] in _AFTER_UNIT:
            out[i - 1], out[i] = _AFTER_UNIT[out[i]], out[i - 1]
    return out


def _day_before_of(tokens: list[str], i: int) -> int | None:
    """The day in "<day> van <tokens[i]> ...": "3 van deze maand" (ordinal suffix stripped)."""
    if i >= 2 and tokens[i - 1] in _DAY_OF:
        day = tokens[i - 2]
        if day.isdigit() and len(day) <= 2:
            return int(day)
        return _ORDINALS.get(day)
    return None


def _weekday(tokens: list[str], now: date) -> date | None:
    """ "dinsdag", "afgelopen vrijdag": the most recent such day (today counts, unless
    "vorige"/"afgelopen"); "vorige week dinsdag": that day of the week before."""
    days = [_WEEKDAYS[t] for t in tokens if t in _WEEKDAYS]
    if not days or any(t.isdigit() or (len(t) >= 3 and month_number(t)) for t in tokens):
        return None  # "dinsdag 3 maart": the date is in the other words
    wanted = days[0]
    if "week" in tokens and set(tokens) & _PREVIOUS:
        monday = now - timedelta(days=now.weekday() + 7)
        return monday + timedelta(days=wanted)
    back = (now.weekday() - wanted) % 7
    if back == 0 and set(tokens) & _PREVIOUS:
        back = 7
    return now - timedelta(days=back)


def parse_date(text: str, now: date) -> DateParse:
    """Parse a Dutch date phrase relative to `now` (see the module doc for the conventions)."""
    raw = "" if text is None else str(text)
    if not raw.strip() or len(raw) > MAX_TEXT:
        return DateParse(raw, None, frozenset({UNPARSED}))
    folded = fold(raw)
    flags: set[str] = set()
    tokens_all = _dutch_tokens(_TOKEN.findall(_ORD_SUFFIX.sub(" ", folded)))
    token_set = set(tokens_all)
    past = bool(token_set & _PAST_MARKERS)
    if token_set & _APPROX_MARKERS:
        flags.add(APPROXIMATE)

    matched, d = _numeric(folded, now, flags, past)
    if matched:
        if d is None:
            if AMBIGUOUS not in flags:
                flags.add(INVALID)
            flags.discard(APPROXIMATE)
            return DateParse(raw, None, frozenset(flags))
        return _finish(raw, d, flags, now)

    tokens = tokens_all
    # exact relative days
    if "eergisteren" in token_set:
        return _finish(raw, now - timedelta(days=2), flags, now)
    if "gisteren" in token_set or "gister" in token_set:
        return _finish(raw, now - timedelta(days=1), flags, now)
    if "vandaag" in token_set or tokens == ["nu"] or "vanmorgen" in token_set:
        return _finish(raw, now, flags, now)
    if "morgen" in token_set or "overmorgen" in token_set:
        flags.add(FUTURE)
        return DateParse(raw, None, frozenset(flags))
    weekday = _weekday(tokens, now)
    if weekday is not None:
        return _finish(raw, weekday, flags, now)

    # month words, seasons, years
    month: int | None = None
    month_idx = -1
    season = False
    for i, tok in enumerate(tokens):
        if tok.isdigit() or len(tok) < 3:
            continue
        if tok in _SEASONS:
            month, month_idx, season = _SEASONS[tok], i, True
            break
        m = month_number(tok)
        if m is not None:
            month, month_idx = m, i
            break

    year: int | None = None
    for tok in tokens:
        if tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2100:
            year = int(tok)
            break
        if tok.startswith("'") and tok[1:].isdigit():
            year = _year_from_two_digits(int(tok[1:]), now)
            break
    if year is None and month is not None and month_idx + 1 < len(tokens):
        nxt = tokens[month_idx + 1]
        if nxt.isdigit() and len(nxt) == 2:
            year = _year_from_two_digits(int(nxt), now)

    # relative year phrases: "vorig jaar", "dit jaar", "twee jaar geleden"
    year_offset: int | None = None
    for i, tok in enumerate(tokens):
        if tok in ("jaar", "jaartje") and i > 0:
            prev = tokens[i - 1]
            if prev in _PREVIOUS:
                year_offset = 1
            elif prev in _THIS:
                year_offset = 0
            elif prev in ("voorvorig", "voorvorige"):
                year_offset = 2
            elif (
                month is not None
                and i + 1 < len(tokens)
                and tokens[i + 1]
                in (
                    "geleden",
                    "terug",
                )
            ):
                n = parse_number(prev)
                if n is not None:
                    year_offset = n
        elif tok in ("vorigjaar", "verledenjaar"):
            year_offset = 1
    if year is None and year_offset is not None:
        year = now.year - year_offset

    if month is not None and season:
        flags.update({APPROXIMATE, AMBIGUOUS})
        return DateParse(raw, None, frozenset(flags))

    if month is not None:
        # "maart 25": day 25 or the year 2025?
        if (
            month_idx + 1 < len(tokens)
            and tokens[month_idx + 1].isdigit()
            and len(tokens[month_idx + 1]) <= 2
            and 1 <= int(tokens[month_idx + 1]) <= 31
            and not (month_idx > 0 and tokens[month_idx - 1].isdigit())
            and not any(t.startswith("'") for t in tokens)
        ):
            flags.update({AMBIGUOUS})
            return DateParse(raw, None, frozenset(flags))
        day: int | None = None
        if not season and month_idx > 0:
            prev = tokens[month_idx - 1]
            if prev.isdigit() and len(prev) <= 2:
                day = int(prev)
            elif prev in _ORDINALS:
                day = _ORDINALS[prev]
            elif (
                prev in _DAY_OF
                and month_idx > 1
                and tokens[month_idx - 2].isdigit()
                and len(tokens[month_idx - 2]) <= 2
            ):
                day = int(tokens[month_idx - 2])  # "de 15de van juni"
            else:
                n = parse_number(prev)
                if n is not None and 1 <= n <= 31 and prev not in ("een",):
                    day = n
        if day is None:
            flags.add(APPROXIMATE)
        day_for_make = day if day is not None else 1
        if day is not None and not (1 <= day <= 31):
            flags.add(INVALID)
            return DateParse(raw, None, frozenset(flags))
        if year is not None:
            d = _make(year, month, day_for_make)
            if d is None:
                flags.add(INVALID)
                flags.discard(APPROXIMATE)
                return DateParse(raw, None, frozenset(flags))
            return _finish(raw, d, flags, now)
        if tokens and tokens[0] in _THIS:
            d = _make(now.year, month, day_for_make)
            return _finish(raw, d, flags, now)
        d = _resolve_no_year(month, day_for_make, now, past, flags)
        if d is None:
            flags.discard(APPROXIMATE)
            return DateParse(raw, None, frozenset(flags))
        return _finish(raw, d, flags, now)

    # relative amounts ("8 maanden geleden", "sinds 2 jaar"); "over 3 maanden" is future
    if tokens and tokens[0] in ("over", "binnen", "nog") and any(t in _UNITS for t in tokens):
        flags.add(FUTURE)
        return DateParse(raw, None, frozenset(flags))
    matched, d = _relative_amount(tokens, now, flags)
    if matched:
        return _finish(raw, d, flags, now)

    # "vorige maand", "deze maand", "vorige week"
    for i, tok in enumerate(tokens):
        if i == 0:
            continue
        prev = tokens[i - 1]
        if tok in ("maand", "mnd") and (prev in _PREVIOUS or prev in _THIS):
            first = now.replace(day=1)
            first = _shift_months(first, 1) if prev in _PREVIOUS else first
            day = _day_before_of(tokens, i - 1)
            if day is not None:  # "de 3e van deze maand", "15 van vorige maand"
                d = _make(first.year, first.month, day)
                if d is None:
                    flags.add(INVALID)
                    return DateParse(raw, None, frozenset(flags))
                return _finish(raw, d, flags, now)
            flags.add(APPROXIMATE)
            return _finish(raw, first, flags, now)
        if tok == "week" and (prev in _PREVIOUS or prev in _THIS):
            flags.add(APPROXIMATE)
            monday = now - timedelta(days=now.weekday())
            return _finish(
                raw, monday - timedelta(days=7) if prev in _PREVIOUS else monday, flags, now
            )
        if tok in ("maand", "mnd", "week", "jaar") and prev in _NEXT:
            flags.add(FUTURE)
            return DateParse(raw, None, frozenset(flags))

    # a year alone: "in 2024", "vorig jaar", "begin dit jaar", "eind 2023": too vague
    if year is not None:
        if year > now.year:
            flags.add(FUTURE)
        else:
            flags.update({APPROXIMATE, AMBIGUOUS})
        return DateParse(raw, None, frozenset(flags))

    if token_set & _VAGUE:
        flags.update({APPROXIMATE, AMBIGUOUS})
        return DateParse(raw, None, frozenset(flags))
    flags.discard(APPROXIMATE)
    flags.add(UNPARSED)
    return DateParse(raw, None, frozenset(flags))
