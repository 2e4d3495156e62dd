"""Find and replace personal identifiers in chat text before anything is stored.

Pure Python (no Rasa import): the tracker store, the loggers and the event
broker all call `redact_value` / `redact_text` on what they write.

What is redacted, and how it is found
-------------------------------------
- telefoonnummer: `phonenumbers.PhoneNumberMatcher` (region BE, leniency VALID)
  over the whole message: Belgian numbers with spaces, dots, slashes, dashes,
  +32, 0032, "+32 (0)470 ..."; international numbers written with + or 00.
  Also Dutch/French national numbers ("06 12345678") that phonenumbers
  validates for NL or FR; any "+" followed by 8-15 digits; and, after a phone
  cue ("gsm", "bel me op", "mon numéro", "phone"), any run of 8-13 digits.
- e-mail: address shape (also "naam (at) gmail punt com" style).
- iban: `stdnum.iban` on every "CC99 ..." candidate; old Belgian account
  numbers (3-7-2 digits) after an account cue.
- rijksregisternummer: `stdnum.be.nn` and `stdnum.be.bis` on every 11-digit
  candidate in the 2-2-2-3-2 layout (dots, dashes, spaces or none).
- paspoortnummer (passport, eID card, residence card): `stdnum.be.eid` on
  12-digit candidates; after a document cue ("paspoort", "kaartnummer",
  "passport", "titre de séjour") the first token with 5+ digits; and bare
  passport shapes (1-2 capitals + 6-8 digits, "EH123456").
- paspoortnummer also: Belgian residence cards written "B 1234567 89".
- naam: only after a cue (word lists in privacy/name_words.py): "ik heet",
  "kheet", "mijn naam is", "mijn vrouw heet", "naam:", "op naam van",
  "je m'appelle", "my name is" (also in lowercase), and, for Capitalised words
  not in the list of nationalities/statuses/places, "ik ben", "I am",
  "je suis", "mijn zoon Adam", "de zus van X", "getrouwd met X", titles
  ("mevrouw Peeters"), "kinderen: Adam (7), Sara (5)", "Ahmed hier",
  sign-offs ("Groeten, Ahmed") and a name written right before a phone number
  or e-mail ("Ayaan Mohamed, 0032..."). Lowercase after "ik ben" only when a
  family role follows ("ik ben joseph de man van esther"). "ik ben 34",
  "ik ben vluchteling", "ik ben erkend", "ik ben Belg" stay.
- adres: street name + house number (privacy/address_words.py): Dutch street
  endings ("Kerkstraat 12 bus 3"), French/English street types ("rue de la Loi
  16", "12 Baker Street"), and after an address cue ("mijn adres is Meir 34").
  Postal code and city stay ("1000 Brussel").

What stays (the legal assessment needs it): dates in any writing (3/3/2025,
03-03-2025, 12.05.2024), ages, amounts ("1555 euro", "€ 1.555,09"), legal
references ("art. 10", "artikel 40ter §2"), years, durations, times, postal
codes, countries and cities, and file/case numbers after a case cue
("dossiernummer 8.123.456", "OV 1234567", "ref 2024/123456") and enterprise
numbers ("ondernemingsnummer 0123.456.789") even when phonenumbers thinks they
could be a phone number (cue list in privacy/cue_words.py).

Mistyped identifiers (decision)
-------------------------------
A mistyped identifier is still personal data, so:
- a number in the exact national-number layout ("85.07.30-033.27", or 6+3+2
  digits with separators) whose nn/bis check fails is redacted as
  [rijksregisternummer]; a bare 11-digit string with a failing check is
  redacted only after a national-number cue ("rijksregisternummer", "INSZ",
  "numéro national") up to 90 characters before it, otherwise it is left to the
  phone detector;
- an IBAN-shaped string whose country and length are right but whose check
  digits fail ("BE00 0961 2345 6769") is redacted as [iban]; after an account
  cue any "BE" + 12-16 digits is;
- a 12-digit card number in the 3-7-2 layout with dashes is redacted as
  [paspoortnummer] (or [iban] after an account cue) whatever its check;
- a phone-shaped run (8-13 digits) that phonenumbers rejects is redacted
  only after a phone cue, or when it starts with "+";
- a bare digit string with no layout and no cue is not redacted.

Robustness
----------
Zero-width characters, bidi marks, BOM, soft hyphens and control characters
(NUL) are ignored for matching; fullwidth and other Unicode digits count as
digits; the spans are mapped back to the original text. Every pattern is
linear or bounded by a window. If anything raises, ONE log line names the
exception (never the text) and a conservative redaction is used: every
e-mail-like token and every run of 6+ digits (with separators) is replaced.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers
from stdnum import iban as std_iban
from stdnum.be import bis as std_bis
from stdnum.be import eid as std_eid
from stdnum.be import nn as std_nn

from privacy import address_words, cue_words, name_words

log = logging.getLogger(__name__)

KINDS = (
    "telefoonnummer",
    "e-mail",
    "iban",
    "rijksregisternummer",
    "paspoortnummer",
    "naam",
    "adres",
)


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


# ---------------------------------------------------------------------------
# normalisation: same text for matching, with a map back to the original
# ---------------------------------------------------------------------------

_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_NOT_PLAIN = re.compile(r"[^\x20-\x7e\t\n\r]")


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Text for matching and, when it differs, the original index of each char."""
    if not _NOT_PLAIN.search(text):
        return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        o = ord(ch)
        if 0x20 <= o < 0x7F or ch in "\t\n\r":
            out.append(ch)
            index.append(i)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Cc", "Cs"):
            continue  # zero-width, bidi marks, BOM, soft hyphen, NUL, lone surrogates
        if ch in _APOSTROPHES:
            ch = "'"
        elif ch in _DASHES:
            ch = "-"
        else:
            digit = unicodedata.decimal(ch, None)
            if digit is not None:
                ch = str(digit)
            elif cat.startswith("Z"):
                ch = " "
            elif 0xFF01 <= o <= 0xFF5E:
                ch = chr(o - 0xFEE0)  # fullwidth ASCII
        out.append(ch)
        index.append(i)
    return "".join(out), index


# ---------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------

_I = re.IGNORECASE
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(re.escape(k) for k in KINDS) + r")\]")

# Facts that stay.
_DATE = re.compile(
    r"(?<![\d.,/-])(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2})"
    r"(?![.,/-]?\d)"
)
_NUMBER = r"(?:\d{1,3}(?:[., ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_AMOUNT = re.compile(
    rf"(?:€|\beur\b|\beuro\b)\s?{_NUMBER}(?:\s?(?:€|eur|euro)\b)?|(?<![\d.,]){_NUMBER}\s?(?:€|eur\b|euros?\b)",
    _I,
)
_LEGAL = re.compile(
    r"(?:\b(?:art|artt|artikel|artikels|article|articles|al|alinea|alinéa|lid)\.?|§)\s*\d+"
    r"(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?"
    r"(?:\s*,?\s*(?:§|lid|al\.?|alinéa|°)\s*\d+)*",
    _I,
)
_TIME = re.compile(r"(?<![\d.])\d{1,2}\s?(?::|u|h)\s?\d{2}(?!\d)", _I)
_CASE = re.compile(
    cue_words.CASE_NUMBER
    + r"(?:\s*(?:nummer|nr\.?|no\.?|n°|number|num\.?|:|#|is|est|was|-|van|de|du|of))*"
    r"\s*[A-Za-z]{0,4}[ /.-]?\d(?:[ ./-]?\d)*",
    _I,
)

# Structured identifiers.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])")
_TLD = r"(?:com|be|net|org|fr|nl|eu|de|uk|info|io|me|co|ma|tn|dz|tr|sy)"
_DOT = r"(?:\s*\.\s*|\s*\(dot\)\s*|\s*\[dot\]\s*|\s+dot\s+|\s+punt\s+|\s+point\s+)"
_EMAIL_SPOKEN = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:\s*\(at\)\s*|\s*\[at\]\s*|\s*\{at\}\s*|\s+at\s+|\s+apenstaartje\s+"
    rf"|\s+arobase\s+|\s*@\s+|\s+@\s*)[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}{_TLD}(?![\w])",
    _I,
)
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ ]?\d{2}(?:[ .-]?[A-Za-z0-9]){8,32}")
_IBAN_LOOSE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ ]?\d{2}(?:[ .-]?\d){8,16}(?!\d)")
_NN = re.compile(r"(?<![\d.,/+-])\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{3}[ .-]?\d{2}(?!\d|[.,/-]\d)")
_NN_LAYOUT = re.compile(r"^\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]\d{3}[ .-]\d{2}$")
_CARD = re.compile(r"(?<![\d.,/+-])\d{3}[ -]?\d{7}[ -]?\d{2}(?!\d|[.,/-]\d)")
_CARD_LAYOUT = re.compile(r"^\d{3}-\d{7}-\d{2}$")
_DOC_TOKEN = re.compile(
    r"(?<![\w])(?:[A-Z]{1,3}[ -]?|[A-Za-z]{1,3})?\d[\dA-Za-z]{2,}"
    r"(?:[ -][\dA-Za-z]*\d[\dA-Za-z]*)*(?![\w])"
)
# Belgian residence card (A/B/C/D/E/F/H/K/L/M/N card): letter, 7 digits, 2 check digits
_RESIDENCE_CARD = re.compile(
    r"(?<![\w/.-])[A-Z] \d{7} ?\d{2}(?![\w/-])|(?<![\w/.-])[A-Z]\d{7} \d{2}(?![\w/-])"
)
_PASSPORT_BARE = re.compile(r"(?<![\w/.-])([A-Z]{1,2})(\d{6,8})(?![\w/-])")
_PASSPORT_BARE_NOT = {"OV", "SP", "BE", "NL", "FR", "DE", "LU", "NR", "RV", "KB", "BS", "MB"}

_PHONE_CUE = re.compile(cue_words.PHONE, _I)
_PHONE_STRONG = re.compile(cue_words.PHONE_STRONG, _I)
_IBAN_CUE = re.compile(cue_words.IBAN, _I)
_NN_CUE = re.compile(cue_words.NATIONAL_NUMBER, _I)
_DOC_CUE = re.compile(cue_words.DOCUMENT, _I)
_NOT_AFTER = re.compile(r"\s*" + cue_words.NOT_AFTER, _I)
_PHONE_RUN = re.compile(r"(?<![\w+])(?:\+\s?|\(?0)\d(?:[ ./()-]{0,3}\d){6,14}(?!\d)")
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\s?\d(?:[ ./()-]{0,3}\d){7,14}(?!\d)")
_NATIONAL_10 = re.compile(r"(?<![\w+])0\d(?:[ ./-]?\d){8}(?!\d|[.,/-]\d)")

# Names.
_CAP_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'][^\W\d_]+)*"
_GAP = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*")
_WORD = re.compile(r"[^\W\d_](?:[\w'-]*[^\W_])?")
_STRONG = re.compile("|".join(f"(?:{c})" for c in name_words.STRONG_CUES), _I | re.M)
_WEAK = re.compile("|".join(f"(?:{c})" for c in name_words.WEAK_CUES), _I)
_RELATION = "|".join(re.escape(r) for r in name_words.RELATIONS)
_POSSESSIVE = "|".join(re.escape(r) for r in name_words.POSSESSIVES)
_REL = re.compile(
    rf"\b(?:{_POSSESSIVE})\s+(?:{_RELATION})(?:\s+(?:is|est|was|heißt|se\s+nomme))?\b", _I
)
# "Ahmed hier", "Sara ici": a name that introduces itself at the start of a message
_NAME_HERE = re.compile(
    rf"(?:^|[.!?\n]\s*|\b(?i:hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond|bonjour|salut|"
    rf"hello|hi)\s*,?\s*)({_CAP_NAME}(?:\s+{_CAP_NAME}){{0,2}})\s+(?:hier|ici|here)\b",
    re.M,
)
# "de zus van Yasmine", "la femme de Alpha Sylla", "the wife of Omar"
_REL_OF = re.compile(rf"\b(?:de|het|la|le|the)\s+(?:{_RELATION})\s+(?:van|de|d'|of)\s*", _I)
# "kinderen: Adam (7), Sara (5) en Lina (2)"
_PLURAL_LIST = re.compile(
    r"\b(?:" + "|".join(re.escape(r) for r in name_words.PLURAL_RELATIONS) + r")\s*:", _I
)
_LIST_SEP = re.compile(
    r"\s*(?:\(\s*\d{1,2}[^()\n]{0,12}\))?\s*(?:,|;|\ben\b|\bet\b|\band\b|&)\s*", _I
)
# "Adam (7)": a Capitalised word with an age in brackets
_NAME_AGE = re.compile(
    rf"(?<![\w'-])({_CAP_NAME})\s*\(\s*\d{{1,2}}\s*(?:jaar|j|jr|ans|an|years?|yrs?|y)?\s*\)"
)
# "Farid's wife"
_REL_GENITIVE = re.compile(rf"(?<![\w'-])({_CAP_NAME})'s\s+(?:{_RELATION})\b")
# "Zainab is 28", "Ahmed is 33": a Capitalised word that has an age (panel 49: kept in clear)
_NAME_IS_AGE = re.compile(
    rf"(?<![\w'-])({_CAP_NAME})\s+is\s+(?:nu\s+|al\s+)?\d{{1,2}}(?![\d.,/-]\d|\s*[x×*])"
    r"(?:\s+jaar)?(?=[\s,.!?]|$)"
)  # not "Hoeveel is 3 x ...", "BIS-nummer is 70.28...", "Office is 8.123"
_NOT_BEFORE_A_NAME = {"mijn", "haar", "zijn", "onze", "the", "de", "het", "een", "my", "her", "his"}
# "(moeder van Amina zelf)": a family word and "van", no article, then a Capitalised name
_REL_OF_BARE = re.compile(rf"\b(?:{_RELATION})\s+van\s+(?={_CAP_NAME})", _I)
# lowercase after "ik ben" only when a family role or "van gisteren" follows
_SELF_LOWER = re.compile(
    r"\b(?:ik\s+ben|'?k\s*zen|je\s+suis|i\s+am|i'm)\s+([^\W\d_][\w'-]+)(?=\s*,?\s+"
    rf"(?:(?:de|het|la|le|the)\s+(?:{_RELATION})\b|van\s+gisteren|from\s+yesterday|d'hier))",
    _I,
)
# "..., niet Mohamed Alkhatib" right after a name
_NOT_THAT = re.compile(r"\s*,?\s*(?:niet|not|pas|et\s+non|en\s+niet)\s+", _I)
# a signature right before a phone number or e-mail: "Ayaan Mohamed, 0032..."
_SIGNATURE = re.compile(rf"(?:^|[.!?\n]\s*)({_CAP_NAME}(?:\s+{_CAP_NAME}){{1,3}})\s*[,:-]?\s*$")

# Addresses.
_SUFFIX = "|".join(re.escape(s) for s in sorted(address_words.STREET_SUFFIXES, key=len)[::-1])
_PREFIX = "|".join(re.escape(s) for s in sorted(address_words.STREET_PREFIXES, key=len)[::-1])
_TYPES_EN = "|".join(re.escape(s) for s in address_words.STREET_TYPES_EN)
_BOX = "|".join(re.escape(s) for s in address_words.BOX_WORDS)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'.-]*"
_HOUSE = (
    rf"\d{{1,4}}(?:\s?[a-zA-Z](?![\w]))?(?:/\d{{1,4}}[a-zA-Z]?)?"
    rf"(?:\s*,?\s*(?i:{_BOX})\.?\s*\d{{1,4}}[a-zA-Z]?)?(?!\d)"
)
_STREET = re.compile(
    # Dutch: Kerkstraat 12, Grote Markt 1, Koning Albert II-laan 26A
    rf"(?<![\w])(?:(?:{_CAP}\s+(?:en\s+)?){{1,3}}(?i:{_SUFFIX})"
    rf"|(?:{_CAP}\s+(?:en\s+)?){{0,3}}[\w'-]{{2,}}(?i:{_SUFFIX}))"
    rf"\s*,?\s*{_HOUSE}"
    # French: rue de la Loi 16, avenue Louise 54
    rf"|(?<![\w])(?i:{_PREFIX})\s+(?:[\w'.-]+\s+){{0,5}}?[\w'.-]+\s*,?\s*{_HOUSE}"
    # number first: 16, rue de la Loi / 12 Baker Street
    rf"|(?<![\w.,/-])\d{{1,4}}[a-z]?\s*,?\s*(?i:{_PREFIX})\s+(?:(?i:de|du|des|la|le|l'|d')\s*|{_CAP}\s*){{1,5}}"
    rf"|(?<![\w.,/-])\d{{1,4}}\s+(?:{_CAP}\s+){{1,3}}(?i:{_TYPES_EN})\b"
)
_ADDRESS_CUE = re.compile("|".join(f"(?:{c})" for c in address_words.CUES), _I | re.M)
_CUED_STREET = re.compile(
    rf"(?:(?i:in|op|aan|te|at|on|à|au)\s+)?(?:(?i:de|het|la|le|the)\s+)?((?:{_CAP}\s+){{1,4}}{_HOUSE})"
)

_FALLBACK = re.compile(r"[\w.+-]+@[\w.-]+|\+?\d(?:[ ./-]?\d){5,}")

_PRIORITY = {
    "e-mail": 0,
    "iban": 1,
    "rijksregisternummer": 2,
    "paspoortnummer": 3,
    "telefoonnummer": 4,
    "adres": 5,
    "naam": 6,
}


# ---------------------------------------------------------------------------
# detectors (all on the normalised text)
# ---------------------------------------------------------------------------


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# "mijn rijksregisternummer is 90.02.01-997.73 en compact 90020199773": the cue may stand a
# sentence's length before the second number (privacy check, stop 45: the compact one kept)
_NN_CUE_WINDOW = 90


def _cue_before(cue: re.Pattern[str], text: str, start: int, window: int = 45) -> bool:
    return cue.search(text, max(0, start - window), start) is not None


class _Mask:
    """Which characters of the text are taken (linear overlap tests)."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self.bits[start:end] = b"\x01" * (end - start)

    def hits(self, start: int, end: int) -> bool:
        return 1 in self.bits[start:end]


def _overlaps(start: int, end: int, zones: _Mask) -> bool:
    return zones.hits(start, end)


def _zones(text: str) -> tuple[_Mask, _Mask]:
    """(facts that stay: dates, amounts, legal refs, times, placeholders; case numbers)."""
    facts, cases = _Mask(len(text)), _Mask(len(text))
    for p in (_DATE, _AMOUNT, _LEGAL, _TIME, _PLACEHOLDER):
        for m in p.finditer(text):
            facts.add(*m.span())
    for m in _CASE.finditer(text):
        cases.add(*m.span())
    return facts, cases


def _emails(text: str, out: list[Span]) -> None:
    for pattern in (_EMAIL, _EMAIL_SPOKEN):
        for m in pattern.finditer(text):
            out.append(Span("e-mail", m.start(), m.end()))


def _ibans(text: str, out: list[Span]) -> None:
    for m in _IBAN.finditer(text):
        seg = m.group()
        pos = [i for i, c in enumerate(seg) if c.isalnum()]
        chars = "".join(seg[i] for i in pos).upper()
        for length in range(len(chars), 11, -1):
            end = pos[length - 1] + 1
            after = m.start() + end
            if after < len(text) and text[after].isalnum():
                continue
            cand = chars[:length]
            if not cand[2:4].isdigit():
                break
            ok = std_iban.is_valid(cand)
            if not ok:  # mistyped: right country and structure, wrong check digits
                fixed = cand[:2] + std_iban.calc_check_digits(cand) + cand[4:]
                ok = std_iban.is_valid(fixed, check_country=False)
            if ok:
                out.append(Span("iban", m.start(), after))
                break
    for m in _IBAN_LOOSE.finditer(text):
        if _cue_before(_IBAN_CUE, text, m.start()):
            out.append(Span("iban", m.start(), m.end()))


def _national_numbers(text: str, out: list[Span]) -> None:
    for m in _NN.finditer(text):
        number = _digits(m.group())
        if std_nn.is_valid(number) or std_bis.is_valid(number):
            out.append(Span("rijksregisternummer", m.start(), m.end()))
        elif _NN_LAYOUT.match(m.group()) or _cue_before(
            _NN_CUE, text, m.start(), window=_NN_CUE_WINDOW
        ):
            out.append(Span("rijksregisternummer", m.start(), m.end()))


def _cards(text: str, out: list[Span], facts: _Mask) -> None:
    for m in _CARD.finditer(text):
        number = _digits(m.group())
        account = _cue_before(_IBAN_CUE, text, m.start())
        if (
            std_eid.is_valid(number)
            or _CARD_LAYOUT.match(m.group())
            or account
            or _cue_before(_DOC_CUE, text, m.start())
        ):
            out.append(Span("iban" if account else "paspoortnummer", m.start(), m.end()))
    for cue in _DOC_CUE.finditer(text):
        window_end = min(len(text), cue.end() + 60)
        newline = text.find("\n", cue.end(), window_end)
        if newline != -1:
            window_end = newline
        for m in _DOC_TOKEN.finditer(text, cue.end(), window_end):
            if _PHONE_STRONG.search(text, cue.end(), m.start()) or _IBAN_CUE.search(
                text, cue.end(), m.start()
            ):
                break
            if len(_digits(m.group())) < 5 or _overlaps(m.start(), m.end(), facts):
                continue
            if m.group().startswith("00") and len(_digits(m.group())) >= 11:
                continue  # 00 + country code: a phone number
            out.append(Span("paspoortnummer", m.start(), m.end()))
    for m in _RESIDENCE_CARD.finditer(text):
        out.append(Span("paspoortnummer", m.start(), m.end()))
    for m in _PASSPORT_BARE.finditer(text):
        if m.group(1) in _PASSPORT_BARE_NOT:
            continue
        out.append(Span("paspoortnummer", m.start(), m.end()))


def _phones(text: str, out: list[Span], facts: _Mask) -> None:
    found: list[tuple[int, int]] = []
    matcher = phonenumbers.PhoneNumberMatcher(
        text, "BE", leniency=phonenumbers.Leniency.VALID, max_tries=sys.maxsize
    )
    for match in matcher:
        found.append((match.start, match.end))
    be = _Mask(len(text))
    for start, end in found:
        be.add(start, end)
    for m in _NATIONAL_10.finditer(text):
        if be.hits(*m.span()):
            continue
        for region in ("NL", "FR"):
            try:
                number = phonenumbers.parse(m.group(), region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                found.append(m.span())
                break
    for m in _INTERNATIONAL.finditer(text):
        found.append(m.span())
    for m in _PHONE_RUN.finditer(text):
        if _cue_before(_PHONE_CUE, text, m.start(), 35):
            found.append(m.span())
    for start, end in found:
        if _overlaps(start, end, facts) or _NOT_AFTER.match(text, end):
            continue
        out.append(Span("telefoonnummer", start, end))


def _is_not_name(word: str) -> bool:
    low = word.lower()
    return (
        low in name_words.NOT_NAMES
        or low in name_words.STOP_WORDS
        or low.endswith(name_words.NATIONALITY_SUFFIXES)
    )


def _name_at(text: str, pos: int, strong: bool) -> tuple[int, int] | None:
    """The name starting at `pos` (after a cue), or None."""
    limit = min(len(text), pos + 8)
    while pos < limit and text[pos] in " \t:\"'«»“”(":
        pos += 1
    m = _WORD.match(text, pos)
    if not m:
        return None
    first = m.group()
    caps = first[0].isupper()
    if strong:
        if first.lower() in name_words.STRONG_REJECT:
            return None
        if not caps and _is_not_name(first):
            return None
    elif not caps or _is_not_name(first):
        return None
    start, end, count = m.start(), m.end(), 1
    while count < 5:
        gap = end
        while gap < len(text) and gap - end < 2 and text[gap] == " ":
            gap += 1
        if gap == end:
            break
        nxt = _WORD.match(text, gap)
        if not nxt:
            break
        word = nxt.group()
        if caps:
            if word[0].isupper() and not _is_not_name(word):
                end, count = nxt.end(), count + 1
                continue
            if word.lower() in name_words.PARTICLES:
                # "van der Berg": particles count only when a Capitalised name follows
                probe, particles = nxt, 1
                while probe and probe.group().lower() in name_words.PARTICLES and particles < 4:
                    probe = _WORD.match(text, probe.end() + 1)
                    if probe and text[probe.start() - 1] != " ":
                        probe = None
                    particles += 1
                if probe and probe.group()[0].isupper() and not _is_not_name(probe.group()):
                    end, count = probe.end(), count + particles
                    continue
            break
        if count >= 3 or _is_not_name(word):
            break
        end, count = nxt.end(), count + 1
    return start, end


def _names(text: str, out: list[Span], structured: list[Span]) -> None:
    found: list[tuple[int, int]] = []
    for cue in _STRONG.finditer(text):
        span = _name_at(text, cue.end(), strong=True)
        if span:
            found.append(span)
    for cue in _REL_OF.finditer(text):
        span = _name_at(text, cue.end(), strong=True)
        if span:
            found.append(span)
    for pattern in (_WEAK, _REL):
        for cue in pattern.finditer(text):
            gap = _GAP.match(text, cue.end())
            if not gap.group() and text[cue.end() - 1] not in " \t\n,":
                continue
            span = _name_at(text, gap.end(), strong=False)
            if span:
                found.append(span)
    for m in _REL_GENITIVE.finditer(text):
        if not _is_not_name(m.group(1)):
            found.append(m.span(1))
    for cue in _PLURAL_LIST.finditer(text):
        pos = cue.end()
        for _ in range(12):
            span = _name_at(text, pos, strong=False)
            if not span:
                break
            found.append(span)
            sep = _LIST_SEP.match(text, span[1])
            if not sep or not sep.group().strip():
                break
            pos = sep.end()
    for m in _NAME_AGE.finditer(text):
        if not _is_not_name(m.group(1)):
            found.append(m.span(1))
    for m in _NAME_IS_AGE.finditer(text):
        before = text[: m.start()].split()[-1:]
        owned = [w.lower() for w in before] and before[0].lower() in _NOT_BEFORE_A_NAME
        if (
            not owned
            and not _is_not_name(m.group(1))
            and m.group(1).lower() not in (name_words.RELATIONS)
        ):
            found.append(m.span(1))
    for cue in _REL_OF_BARE.finditer(text):
        span = _name_at(text, cue.end(), strong=False)
        if span:
            found.append(span)
    for m in _NAME_HERE.finditer(text):
        if not any(_is_not_name(w) for w in m.group(1).split()):
            found.append(m.span(1))
    for m in _SELF_LOWER.finditer(text):
        if not _is_not_name(m.group(1)):
            found.append(m.span(1))
    for span in structured:
        if span.kind not in ("telefoonnummer", "e-mail"):
            continue
        m = _SIGNATURE.search(text, max(0, span.start - 60), span.start)
        if (
            m
            and not any(_is_not_name(w) for w in m.group(1).split())
            and not any(c.search(m.group(1)) for c in (_PHONE_CUE, _IBAN_CUE, _DOC_CUE, _CASE))
        ):
            found.append(m.span(1))
    for _start, end in list(found):
        m = _NOT_THAT.match(text, end)
        if m:
            span = _name_at(text, m.end(), strong=False)
            if span:
                found.append(span)
    out.extend(Span("naam", start, end) for start, end in found)


def _addresses(text: str, out: list[Span]) -> None:
    for m in _STREET.finditer(text):
        if m.group().lower().strip() in address_words.INSTITUTIONS:
            continue
        if any(m.group().lower().startswith(i) for i in address_words.INSTITUTIONS):
            continue
        if _NOT_AFTER.match(text, m.end()):
            continue
        out.append(Span("adres", m.start(), m.end()))
    for cue in _ADDRESS_CUE.finditer(text):
        window_end = min(len(text), cue.end() + 60)
        m = _CUED_STREET.match(text, cue.end() + (1 if text[cue.end() : cue.end() + 1] else 0))
        if not m:
            # "mijn adres is: Meir 34", "adres: Meir 34"
            m = _CUED_STREET.search(text, cue.end(), window_end)
            if not m or text[cue.end() : m.start()].strip(" :,-is") != "":
                continue
        if _NOT_AFTER.match(text, m.end(1)):
            continue
        out.append(Span("adres", m.start(1), m.end(1)))


def _find(text: str) -> list[Span]:
    norm, index = _normalise(text)
    facts, cases = _zones(norm)
    candidates: list[Span] = []
    _emails(norm, candidates)
    _ibans(norm, candidates)
    _national_numbers(norm, candidates)
    _cards(norm, candidates, facts)
    phones: list[Span] = []
    _phones(norm, phones, facts)
    candidates.extend(p for p in phones if not _overlaps(p.start, p.end, cases))
    candidates = [
        c
        for c in candidates
        if not (c.kind == "paspoortnummer" and _overlaps(c.start, c.end, cases))
        or c.end - c.start >= 12
    ]
    _addresses(norm, candidates)
    _names(norm, candidates, list(candidates))
    chosen: list[Span] = []
    taken = _Mask(len(norm))
    for m in _PLACEHOLDER.finditer(norm):
        taken.add(*m.span())
    for span in sorted(candidates, key=lambda s: (_PRIORITY[s.kind], s.start, -s.end)):
        if span.end <= span.start or taken.hits(span.start, span.end):
            continue
        chosen.append(span)
        taken.add(span.start, span.end)
    chosen.sort(key=lambda s: s.start)
    if index is None:
        return chosen
    return [Span(s.kind, index[s.start], index[s.end - 1] + 1) for s in chosen]


def _fallback(text: str) -> list[Span]:
    spans = []
    for m in _FALLBACK.finditer(text):
        kind = "e-mail" if "@" in m.group() else "telefoonnummer"
        spans.append(Span(kind, m.start(), m.end()))
    return spans


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


class _CleanTexts:
    """Keyed digests of texts in which the detector found no identifier, so that a text
    seen again (a catalogue question, the dialogue's state slot re-written every turn, a
    button title) is not searched again (bench/README.md, stop 30: about half of a save).

    Only a digest is kept, never the text: a 16-byte BLAKE2b keyed with a random key made
    for this process, so the set can neither be read back nor tested against guesses from
    outside the process. Bounded: emptied when it holds `limit` digests. A text with an
    identifier is not kept and is searched every time (rare, and redacted the same way).
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._key = b""
        self._digests: set[bytes] = set()

    def _digest(self, text: str) -> bytes:
        if not self._key:
            self._key = os.urandom(32)
        data = text.encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, key=self._key, digest_size=16).digest()

    def known(self, text: str) -> bool:
        return self._digest(text) in self._digests

    def add(self, text: str) -> None:
        if len(self._digests) >= self.limit:
            self._digests = set()
        self._digests.add(self._digest(text))


_CLEAN = _CleanTexts()


def find_identifiers(text: str) -> list[Span]:
    """Non-overlapping identifier spans in `text`, sorted by start."""
    if not isinstance(text, str) or not text:
        return []
    if _CLEAN.known(text):
        return []
    try:
        spans = _find(text)
    except Exception as exc:  # never the clear text: conservative fallback
        log.error(
            "privacy.redact: detector failed (%s), conservative redaction used",
            type(exc).__name__,
        )
        try:
            return _fallback(text)
        except Exception:
            return [Span("telefoonnummer", 0, len(text))]
    if not spans:
        _CLEAN.add(text)
    return spans


def redact_text(text: str) -> str:
    """`text` with every identifier replaced by its placeholder, e.g. "[telefoonnummer]"."""
    if not isinstance(text, str) or not text:
        return text
    parts: list[str] = []
    last = 0
    for span in find_identifiers(text):
        parts.append(text[last : span.start])
        parts.append(f"[{span.kind}]")
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def redacted_offset(spans: list[Span], position: int, end: bool = False) -> int:
    """Where `position` of the clear text lies in its redaction (`redact_text` with `spans`):
    an entity's offsets must still point at its words ("mevrouw H., ... Haar moeder": the
    mother's word read as "m" after "H" became "[naam]"; panel 27, b4). A position inside an
    identifier moves to its placeholder's start (or, for an `end`, its end)."""
    shift = 0
    for span in spans:
        placeholder = len(span.kind) + 2
        if span.end <= position:
            shift += placeholder - (span.end - span.start)
        elif span.start < position or (span.start == position and not end):
            return span.start + shift + (placeholder if end else 0)
        else:
            break
    return position + shift


def redact_entities(text: str, entities: list[Any]) -> list[Any]:
    """`entities` (already redacted) with their offsets moved into the redaction of `text`."""
    spans = find_identifiers(text) if isinstance(text, str) else []
    if not spans:
        return entities
    moved = []
    for entity in entities:
        if isinstance(entity, dict) and isinstance(entity.get("start"), int):
            entity = {
                **entity,
                "start": redacted_offset(spans, entity["start"]),
                "end": redacted_offset(spans, int(entity.get("end", entity["start"])), end=True),
            }
        moved.append(entity)
    return moved


def redact_value(value: Any, known: Mapping[str, str] | None = None) -> Any:
    """Redact every string inside dicts/lists/tuples (keys kept); other types unchanged.

    `known`: strings already redacted, each mapped to its `redact_text` (the store passes
    the domain's names: intents, entities, slots, actions), looked up instead of redacted
    again. The result is the same with or without it.
    """
    if isinstance(value, str):
        if known is not None:
            done = known.get(value)
            if done is not None:
                return done
        return redact_text(value)
    if isinstance(value, dict):
        return {key: redact_value(item, known) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_value(item, known) for item in value]
    if isinstance(value, tuple):
        return tuple(redact_value(item, known) for item in value)
    return value
