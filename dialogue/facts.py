"""Storing what a message says: each fact to the person it belongs to, or not at all.

Order of evidence: the answer to the question the bot asked fills that question's fact
first; then every fact whose person the sentence names (a relationship word, the writer's
"ik", a pronoun that points to one person, a corrected value that names the old one). What
has no such evidence is returned as `unplaced` and the dialogue asks about it: nothing is
stored on a guess. Every change of a value already known is returned in `changes`, so the
dialogue reads it back.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from dialogue import state as S
from dialogue import words as W
from dialogue.asking import DAY_QUESTION, mark_unknown
from dialogue.reading import (
    ADOPTABLE,
    DAY_21,
    DAY_21_LOOSE,
    MONTH_ALTERNATION,
    MY_GUARDIANSHIP,
    Age,
    Mention,
    Reading,
    birth_year_told,
    corrected_date_text,
    free_custody,
    free_marriage,
    free_status,
    marriage_day_told,
    only_the_flight,
    partners_21st_told,
    pronoun_in,
)
from eligibility.dates import add_months
from eligibility.parameters import (
    FAVOURABLE_PERIOD_MONTHS,
    MAJORITY_AGE,
    equivalent_partnership_country,
)
from eligibility.reader import RELATIVE_NOUNS
from samen_rasa.nlu.dutch_dates import MONTH_WORDS, parse_date
from samen_rasa.nlu.dutch_numbers import parse_age
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.vocabulary import CLIENT_NOUNS

# sponsors whom no recognition date concerns (a status day read for them is someone else's)
NOT_RECOGNISED = ("belgian", "eu_citizen", "third_country_national")
DATE_FACTS = ("sponsor.recognition_date", "sponsor.arrival_date", "sponsor.asylum_application_date")
ENUM_ANSWERS = {"applicant.custody", "applicant.marriage", "applicant.partnership"}
NUMBER_FACTS = ("applicant.age", "sponsor.age")
COUPLES = ("spouse", "partner", "registered_partner")
# plausibility of a sponsor's age (no law: a guard against another person's number)
PARENT_AGE_GAP = 12  # a parent is at least this much older than the child
YOUNGEST_PARTNER_AGE = 16  # a sponsor with a partner or spouse is at least this old
# answers where "allebei"/"beide" are the two parents ("wij allebei"), not the children
PARENTS_FACTS = ("applicant.custody", "applicant.other_parent_consent")
CHILDREN = S.CHILDREN
# who can be told "8 maanden" old: never the sponsor, a spouse or a parent
MONTHS_OLD = (*CHILDREN, "grandchild", "sibling", "other_relative")
# enum facts answered by an entity or free words: fact -> (Reading attribute, free-word reader)
FREE_ANSWERS = {
    "applicant.custody": ("custody", free_custody),
    "applicant.marriage": ("marriage", free_marriage),
}


@dataclass
class Update:
    changes: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)
    clarify: str | None = None  # "future" | "ambiguous" date problems
    answered: bool = False
    new_people: list[str] = field(default_factory=list)
    unknown: bool = False  # the user does not know the answer to the open question
    removed: list[str] = field(default_factory=list)  # words of people found to be in Belgium
    dropped: list[str] = field(default_factory=list)  # words of people not coming (an ex)
    deceased: list[str] = field(default_factory=list)  # words of people said to have died
    side_answered: bool = False  # a side question in the same message was answered

    @property
    def stored_anything(self) -> bool:
        return bool(
            self.changes or self.new_people or self.answered or self.dropped or self.deceased
        )


def _set(state: dict[str, Any], update: Update, who: str, fact: str, value: Any) -> None:
    """Set one fact of the sponsor ("sponsor") or of a person (their id)."""
    if who == "sponsor" and fact == "age" and not _possible_sponsor_age(state, value):
        return
    if who == "sponsor":
        old = state["sponsor"].get(fact)
        state["sponsor"][fact] = value
        key = f"sponsor.{fact}"
    else:
        entry = S.person(state, who)
        if entry is None:
            return
        if fact in ("age", "months"):
            old = entry.get(fact)
            entry[fact] = value
            state["last_aged"] = who  # "ja, mn zus is 16" then "sorry nee ze is 17" (e3)
        else:
            old = entry["facts"].get(fact)
            entry["facts"][fact] = value
        if old != value:  # the same fact said again ("de baby") keeps the answer
            if entry.get("route") is not None:
                state["reanswer"] = True  # a changed answer: the whole family again
            entry["route"] = None
        key = f"{who}.{fact}"
    S.mark_given(state, key)
    if old != value:
        update.changes.append((who, fact, old, value))
        state["answered"] = state["answered"] and old is None


def _possible_sponsor_age(state: dict[str, Any], age: int) -> bool:
    """An age that cannot be the sponsor's is someone else's: younger than 12 years more than
    his child or the writer who is his child, older than the writer who is his parent, under
    16 with a partner (panel 23: "mijn man zegt 9 maanden" made the husband 0; "de dochters
    van mijn vader zijn 14 en 10" made the father 14)."""
    me = next((p for p in state["people"] if p.get("self")), {})
    mine = me.get("age")
    if (
        mine is not None
        and me.get("relationship") in ("child", "stepchild")
        and age < mine + PARENT_AGE_GAP
    ):
        return False
    if mine is not None and me.get("relationship") == "parent" and age > mine - PARENT_AGE_GAP:
        return False
    children = [p["age"] for p in state["people"] if p["relationship"] == "child"
                and p.get("age") is not None and not p.get("self")
                and p["age"] != age]  # fmt: skip  # a child "of 45" is the misread sponsor's
    # age itself (panel 128, t5: "Hoe oud is je cliënt?" - "45" refused six times)
    if children and age < max(children) + PARENT_AGE_GAP:
        return False
    return age >= YOUNGEST_PARTNER_AGE or not any(
        p["relationship"] in COUPLES for p in state["people"]
    )


def apply(state: dict[str, Any], reading: Reading, today: dt.date) -> Update:
    update = Update()
    _ages_from_majority_year(reading, today)
    _ages_from_a_21st_birthday(reading, today)
    asked_here = _asked_partner_lives_here(state, reading)
    _writer(state, reading, update)
    _partners_child_by_name(state, reading, update)
    _own_child_is_a_stepchild(state, reading, update)
    _the_partner_is_married(state, reading, update)
    _the_spouse_is_a_partner(state, reading, update)
    _not_my_x_but_my_y(state, reading, update)
    _my_y_not_my_x(state, reading, update)
    _adopted_one_told_before(state, reading, update)
    _not_adopted_after_all(state, reading, update)
    _birthday_answer(state, reading, today, update)
    _question_answer(state, reading, today, update)
    _sponsor_facts(state, reading, today, update)
    _expected_baby(state, reading)
    _mentions(state, reading, update)
    _only_this_one_comes(state, reading, update)
    _ward_of_the_writer(state, reading, update)
    _named_partner_lives_here(state, reading, update)
    _partners_gender(state, reading)
    _pronoun_not_coming(state, reading, update)
    _pronoun_and_loose_ages(state, reading, update)
    _person_facts(state, reading, update)
    _registered_partnership(state, reading, update)
    _family_facts(state, reading, update)
    _children_of_an_ex(state, reading, update)
    _stepparent(state, reading, update)
    _other_parent_died(state, reading, update)
    _childrens_parent_missing(state, reading, update)
    _consent_not_yet_for_all(state, reading, update)
    _a_married_child(state, reading, update)
    _never_lived_together(state, reading, update)
    _couple_known_for(state, reading, update)
    _the_partners_own_child(state, update)
    _majority_date(state, reading, today, update)
    _sponsor_turns_21(state, reading, today)
    _birth_date(state, reading, today, update)
    _pronoun_minor_at_asylum(state, reading, update)
    _recognition_date_corrected(state, reading, today, update)
    if asked_here is not None:
        _partner_here(state, asked_here, update)
    return update


_LIVES_HERE = re.compile(
    r"\b(?:ze|zij|hij)\b (?:woont|is|zit|verblijft|leeft) (?:al |nu |ook |hier |al lang )*"
    r"(?:bij mij|bij ons|hier|in belgie|met mij)\b"
)


def _asked_partner_lives_here(state: dict[str, Any], reading: Reading) -> dict[str, Any] | None:
    """ "44. Ze woont al bij mij in België, ze heeft een verblijfskaart." asked "Hoe oud is je
    vrouw?": the spouse asked about lives here, the one the stepchild would join (panel 41, g5:
    she stayed an applicant, then "Je partner: wil naar België komen" three times)."""
    entry = S.person(state, (state.get("question") or {}).get("person"))
    if entry is None or entry["relationship"] not in COUPLES or entry.get("self"):
        return None
    if reading.mentions or "geboren" in fold(reading.text):
        return None  # someone named: the mentions say it ("ja een zoontje van 8 maand, hij is
        # hier bij mij in belgie geboren" is the son; panel 33, b3)
    folded = fold(reading.text)
    found = _LIVES_HERE.search(folded)
    here = found is not None and " niet " not in f" {folded[: found.end()]} "
    return entry if here and entry.get("pronoun") in (None, pronoun_in(folded)) else None


def _partner_here(state: dict[str, Any], entry: dict[str, Any], update: Update) -> None:
    if entry not in state["people"]:
        return
    _remove(state, entry)
    update.removed.append(entry.get("word") or entry["relationship"])
    state.setdefault("context", {})[f"{entry['relationship']}:{entry.get('word') or ''}"] = (
        "sponsor"
    )


# "het was 12 december 2025 niet januari": a whole date, then the month it replaces
_DATE_NOT_MONTH = re.compile(  # also "30 juli 2026, niet 3 augustus" (panel 38, g4)
    r"(\d{1,2}\s+[a-z]+\s+\d{4}),?\s+(?:en\s+)?niet\s+(?:in\s+|op\s+)?(?:\d{1,2}\s+)?([a-z]+)"
)


def _recognition_date_corrected(state: dict[str, Any], reading: Reading, today: dt.date, update):
    """ "wacht sorry, ik heb papa gevraagd, het was 12 december 2025 niet januari": the
    recognition date told before (in January) corrected, though no date was tagged (panel 30,
    a2: the deadline stayed a month late)."""
    told = state["sponsor"].get("recognition_date")
    match = _DATE_NOT_MONTH.search(fold(reading.text))
    if reading.date is not None or not told or not match:
        return
    if MONTH_WORDS.get(match.group(2)) != int(told[5:7]):
        return
    parsed = parse_date(match.group(1), now=today)
    if "unparsed" not in parsed.flags and parsed.iso:
        _store_date(state, update, "recognition_date", {"iso": parsed.iso, "flags": []})


def _pronoun_minor_at_asylum(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "hij was 17 toen ik asiel vroeg": the child asked about (or in focus), of that gender;
    "omar was 17 ...": the child whose age was told with that name (panel 58, g2)."""
    if reading.named_minor_at_asylum is not None:
        _named_minor_at_asylum(state, reading.named_minor_at_asylum, update)
    if reading.pronoun_minor_at_asylum is None:
        return
    pronoun, minor = reading.pronoun_minor_at_asylum
    asked = (state.get("question") or {}).get("person") or state.get("focus")
    entry = S.person(state, asked)
    if entry is None or entry["relationship"] not in CHILDREN or entry.get("self"):
        return
    if entry.get("pronoun") in (None, pronoun):
        _set(state, update, entry["id"], "minor_when_sponsor_applied_for_asylum", minor)


_CHILDREN_BORN = re.compile(
    r"\b(?:alle |de |mijn |onze )?kinderen\b[^.?!]{0,20}\bgeboren\b"
    # "de kinderen zijn ook van voor mijn vlucht" (panel 77, h3: asked per child)
    r"|\b(?:alle |de |mijn |onze )?kinderen (?:zijn )?(?:ook |allemaal )?van (?:voor|vóór)\b"
)


_NEVER_LIVED_TOGETHER = re.compile(r"\bnooit samen ?(?:ge)?woond\b|\bnog nooit samen\b")


def _never_lived_together(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "we hebben nooit samengewoond": the couple's cohabitation is none (panel 61, h15: the
    flight said to have stopped a life together)."""
    if not _NEVER_LIVED_TOGETHER.search(fold(reading.text)):
        return
    for entry in [p for p in state["people"] if p["relationship"] in COUPLES]:
        if "cohabitation_months" not in entry["facts"]:
            _set(state, update, entry["id"], "cohabitation_months", 0)


# "we kennen mekaar pas 18 maand", "we zijn 18 maand samen", "al anderhalf jaar een koppel"
_SPAN = r"(\d{1,2}|anderhalf)\s*(maand|maanden|maandjes|jaar)\b"
_KNOWN_FOR = re.compile(
    r"\bkennen (?:we )?(?:elkaar|mekaar|malkaar)\b[^.?!]{0,12}?\b(?:al |pas |nog maar |maar "
    rf"|sinds |nu )?{_SPAN}|\b{_SPAN}\s+(?:samen|een koppel|een relatie|bij elkaar)\b"
)


def _months_of(number: str, unit: str) -> int:
    amount = 1.5 if number == "anderhalf" else int(number)
    return int(amount * 12) if unit == "jaar" else int(amount)


def _couple_known_for(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "we kennen mekaar pas 18 maand": how long the couple know each other, seed 001's "dat u
    elkaar al minstens 2 jaar kent" (panel 63, h4: 4 meetings of 70 days called enough)."""
    if "?" in reading.text and re.search(r"\b(?:als|stel)\b", fold(reading.text)):
        return
    told = _KNOWN_FOR.search(fold(reading.text))
    if not told:
        return
    number, unit = (told.group(1), told.group(2)) if told.group(1) else told.group(3, 4)
    for entry in [p for p in state["people"] if p["relationship"] in COUPLES]:
        _set(state, update, entry["id"], "known_months", _months_of(number, unit))


def _children_born_before(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "alle kinderen geboren in syrie voor ik kwam": every child's bond predates the arrival
    (panel 58, g2: asked per child)."""
    folded = fold(reading.text)
    told = re.search(r"\b(?:geboren|de band)\b", folded) or _CHILDREN_BORN.search(folded)
    if not (reading.before_arrival and told):
        return
    children = [p for p in state["people"] if p["relationship"] == "child" and not p.get("self")]
    open_ones = [p for p in children if "relationship_predates_arrival" not in p["facts"]]
    wrong = [p for p in children if p["facts"].get("relationship_predates_arrival") is False]
    if _CHILDREN_BORN.search(folded):
        chosen = children  # "alle kinderen geboren in syrie voor ik kwam"
    elif len(children) == 1 and wrong:  # "sorry verkeerd gedrukt. abel was al geboren toen ik
        _set(state, update, children[0]["id"], "relationship_predates_arrival", True)  # ik
        return  # vluchtte" after a "Nee" pressed by mistake (panel 74, h4: four corrections)
    elif _BORN_AFTER_ARRIVAL.search(folded):  # "ali was al geboren. ... mariam 2 jaar, die is
        chosen = []  # geboren na dat ik gevlucht ben": not hers (panel 91, n2)
    else:  # "Noor is ook geboren voor hij naar belgie kwam": the one child (panel 58, h3)
        chosen = open_ones if len(open_ones) == 1 else []
    for entry in chosen:
        entry["facts"].setdefault("relationship_predates_arrival", True)


_OTHER_PARENT_DIED = re.compile(
    r"\b(?:vader|moeder|papa|mama|andere ouder)\b[^.?!]{0,40}\b(?:overleden|dood|gestorven)\b"
)


def _other_parent_died(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "De biologische vader van Rima is overleden in 2018" asked who has the custody: the
    child's other parent died; the death certificate shows the custody (panel 60, h12)."""
    question = state.get("question") or {}
    if question.get("fact") not in ("applicant.custody", "applicant.other_parent_consent"):
        return
    entry = S.person(state, question.get("person"))
    if entry is None or entry["relationship"] not in ("child", "stepchild"):
        return
    if _OTHER_PARENT_DIED.search(fold(reading.text)):
        _set(state, update, entry["id"], "other_parent_deceased", True)


# "papa van de kinderen is weg. niemand weet waar hij is" (panel 64, h3; the NLU tags no
# parent): the children's other parent is missing, not dead
_CHILDRENS_PARENT_MISSING = re.compile(
    r"\b(?:papa|vader|mama|moeder) van (?:de|mijn|onze|haar|zijn) (?:kinderen|kids|zoon|dochter)"
    r"\b[^.?!]{0,20}\b(?:is weg|is vermist|is verdwenen|vermist|verdwenen)\b"
    # "de papa is weg, niemand weet waar hij is" of a mother's daughter (panel 83, i5)
    r"|\b(?:de|haar|zijn) (?:papa|vader)\b[^.?!]{0,10}\b(?:is weg|is vermist|is verdwenen)\b"
    # "de papa heeft haar erkend maar ik weet niet waar hij is" (panel 126, z5)
    r"|\b(?:de|haar|zijn) (?:papa|vader|mama|moeder)\b[^.?!]{0,40}\b(?:ik |we |wij )?"
    r"(?:weet|weten) (?:niet|nie|ni) waar (?:hij|zij|ze) is\b"
)


# "hij is verdwenen, niemand weet waar hij is" of the parent whose consent is asked
_THE_PARENT_GONE = re.compile(
    r"\b(?:hij|zij|ze) is (?:verdwenen|vermist|weg)\b|\bniemand weet waar\b"
    r"|\b(?:weet|weten) (?:niet|nie|ni) waar (?:hij|zij|ze) is\b"
)


def _childrens_parent_missing(state: dict[str, Any], reading: Reading, update: Update) -> None:
    folded = fold(reading.text)
    asked = (state.get("question") or {}).get("fact") in (
        "applicant.custody", "applicant.other_parent_consent"
    )  # fmt: skip
    if _CHILDRENS_PARENT_MISSING.search(folded) or (asked and _THE_PARENT_GONE.search(folded)):
        state["other_parent_missing"] = True  # "ik weet het niet!! niemand weet waar hij is"
        # to the consent asked (panel 126, z5: asked again, then "geen recht")
    if not (state.get("other_parent_missing") or _CHILDRENS_PARENT_MISSING.search(folded)):
        return
    if _THE_PARENT_GONE.search(folded) or _CHILDRENS_PARENT_MISSING.search(folded):
        _consent_of_a_missing_parent(state, update)


# "vader heeft voor allebei kinderen nog niet getekend. hij zegt na nieuwjaar": a consent not
# given yet, for every child (panel 127, l3: one child refused, the other "recht")
_CONSENT_NOT_YET_FOR_ALL = re.compile(
    r"\b(?:allebei|beide|alle|voor de twee|voor de 2)\b[^.?!]{0,40}\bnog (?:niet|nie|ni) "
    r"(?:getekend|ondertekend|toegestemd|akkoord)\b"
    r"|\bnog (?:niet|nie|ni) (?:getekend|ondertekend)\b[^.?!]{0,20}\b(?:allebei|beide|alle)\b"
)


def _consent_not_yet_for_all(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """Seed 001: with shared custody "de toestemming van de andere ouder voorleggen"; not given
    yet is no refusal: still to obtain, for all the children alike."""
    if not _CONSENT_NOT_YET_FOR_ALL.search(fold(reading.text)):
        return
    for entry in state["people"]:
        if entry["relationship"] in CHILDREN and entry["facts"].get("custody") == "shared":
            entry["facts"].pop("other_parent_consent", None)
            entry["route"] = None
            mark_unknown(state, {"person": entry["id"], "fact": "applicant.other_parent_consent"})
    if (state.get("question") or {}).get("fact") == "applicant.other_parent_consent":
        mark_unknown(state, state["question"])
        update.answered = True


def _consent_of_a_missing_parent(state: dict[str, Any], update: Update) -> None:
    """A parent who cannot be found gives no consent and refuses none: the consent is unknown,
    the custody still to prove (seed 004: "Als de andere ouder verdwenen is moet je een attest
    hebben ... Of moet je de afwezigheid bewijzen met een rechterlijke beslissing"; panel 84,
    i5: "de papa zegt niet nee. hij is verdwenen" kept "geeft geen toestemming", and no right)."""
    for entry in state["people"]:
        if (
            entry["relationship"] in CHILDREN
            and entry["facts"].get("other_parent_consent") is False
        ):
            entry["facts"].pop("other_parent_consent")
            entry["route"] = None
            mark_unknown(state, {"person": entry["id"], "fact": "applicant.other_parent_consent"})
    question = state.get("question") or {}
    if question.get("fact") == "applicant.other_parent_consent":
        mark_unknown(state, question)
        update.answered = True


# "Fatima is 17. maar zij is vorig jaar getrouwd met een neef" (panel 67, l4: a right given)
_SHE_IS_MARRIED = re.compile(  # "Fatima is wel getrouwd" (panel 68, g1); not "en is niet
    r"\b(?:zij|ze|hij|van\s+(?P<num>\d{1,2})|(?!(?:en|die|dat|wie|het|er)\b)(?P<name>[a-z]+))"
    r"(?:\s*\(\d{1,2}\))?"
    r"\s+is\s+"  # getrouwd"; "Fatima (17) is vorig jaar getrouwd" (panel 69, g1)
    r"(?:(?!(?:niet|nie|nooit|nog)\b)\w+\s+){0,3}?(?:getrouwd|gehuwd)\b(?!\s+geweest)"
)


def _a_married_child(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """A child told to be married, by the age named in the message: seed 003 "De aanvrager moet
    ongehuwd zijn"."""
    folded = fold(reading.text)
    told = _SHE_IS_MARRIED.search(folded)
    if not told or _sentence_of(folded, told.start()).rstrip().endswith("?"):
        return  # "is ze getrouwd?" asks; "Fatima (17) is getrouwd ... Kan zij mee?" tells
    if _THE_COUPLES_OWN.match(folded[told.end() :]):
        return  # "Hij is getrouwd met een Congolese vrouw": the sponsor's own marriage
    aged_now = {who for who, fact, _, _ in update.changes if fact == "age"}  # "Fatima is 17"
    kids = [p for p in state["people"] if p["relationship"] in CHILDREN and not p.get("self")]
    children = [p for p in kids if p["id"] in aged_now]
    if len(children) != 1:  # "Fatima 17, Ali 14, Noor 9. Fatima is wel getrouwd" (panel 68,
        ages = _ages_told_with(folded, told)  # g1); "Fatima is 17 en getrouwd" of the child
        children = [p for p in (children or kids) if p["age"] in ages]  # known (panel 69, g1)
    if not children and told["name"]:  # "Fatima is vorig jaar getrouwd met een neef": the one
        children = [p for p in kids if (p["age"] or 0) >= MARRIAGEABLE]  # old enough (70, g1)
    if len(children) == 1:
        _set(state, update, children[0]["id"], "married", True)


_THE_COUPLES_OWN = re.compile(
    r"\s+met\s+(?:een\s+|de\s+|mijn\s+|zijn\s+|haar\s+)?(?:\w+\s+){0,2}?"
    r"(?:vrouw|man|echtgenote|echtgenoot|moeder|vader)\b"
)
# the youngest age at which a child told to be married by first name alone is taken to be the
# one meant, when only one child is that old (not a rule of law: a reading of the message)
MARRIAGEABLE = 15


_ABROAD_NOW = re.compile(
    r"\b(?:niet|nie|not) in (?:belgie|belgium)\b|\bwants? to come\b|\bwil (?:ook )?komen\b"
    r"|\bwoont (?:nog )?in (?!belgie)\w+|\b(?:is|zit|lives?) (?:nog |still )?in (?!belgie|belgium)"
    r"[a-z]+"
)


def _told_abroad(state: dict[str, Any], text: str, mention: Any) -> bool:
    """A relative once taken for the one in Belgium told abroad, or coming, by a writer who is
    the sponsor: "my mother is NOT in belgium, she is in cairo", "mijn moeder is in cairo"
    (panel 77, g3: the mother never put back after three corrections)."""
    writer_here = state.get("writer") in (None, "sponsor", "helper")
    sentence = _sentence_of(fold(text), mention.start)
    return writer_here and not mention.is_sponsor and bool(_ABROAD_NOW.search(sentence))


def _sentence_of(folded: str, at: int) -> str:
    start = max(folded.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (folded.find(c, at) for c in ".!?\n") if i >= 0]
    return folded[start : (min(ends) + 1 if ends else len(folded))]


def _ages_told_with(folded: str, told: re.Match) -> set[int]:
    """The ages told by the married one's name ("het kind van 17 is gehuwd"), else in her
    sentence ("Fatima is wel getrouwd (17j)"; panel 70, g1)."""
    if told["num"]:
        return {int(told["num"])}
    by_name = _age_by_name(folded, told["name"]) if told["name"] else None
    if by_name is not None:
        return {by_name}
    sentence = _sentence_of(folded, told.start())
    return {int(n) for n in re.findall(r"\b(\d{1,2})(?:\s*j(?:aar)?)?\b", sentence)}


def _age_by_name(folded: str, name: str) -> int | None:
    """The age told beside a name: "fatima 17", "fatima (17)", "fatima is 17"."""
    found = re.search(rf"\b{re.escape(name)}\s*(?:\(|,|is\s+)?\s*(\d{{1,2}})\b", folded)
    found = found or re.search(rf"\b{re.escape(name)}\b[^.]{{0,12}}\((\d{{1,2}})\)", folded)
    return int(found[1]) if found else None


def _named_minor_at_asylum(state: dict[str, Any], named: tuple, update: Update) -> None:
    _, minor, told_age = named
    children = [
        p for p in state["people"]
        if p["relationship"] in CHILDREN and not p.get("self") and p.get("age") == told_age
    ]  # fmt: skip
    if told_age is not None and len(children) == 1:
        _set(state, update, children[0]["id"], "minor_when_sponsor_applied_for_asylum", minor)


def _the_partners_own_child(state: dict[str, Any], update: Update) -> None:
    """The sponsor's partner abroad writes "nee niet van hem, van mijn ex": her son is the
    sponsor's stepchild, not his child (seed 003: "afstamt van de gezinshereniger, zijn
    echtgenoot of zijn partner"; panel 23, s4: "Je zoon: recht op gezinshereniging")."""
    me = next((p for p in state["people"] if p.get("self")), None)
    if state.get("writer") != "applicant" or me is None or me["relationship"] not in COUPLES:
        return
    for entry in state["people"]:
        if entry.get("of_sponsor"):
            continue  # "mijn man heeft een dochter bij zijn ex": his own (panel 27, b5)
        if entry["relationship"] == "child" and entry["facts"].get("common_child") is False:
            entry["relationship"], entry["route"] = "stepchild", None
            entry["facts"].pop("common_child")
            entry.setdefault("writer_relationship", "child")
            update.changes.append((entry["id"], "relationship", "child", "stepchild"))


def _majority_date(state: dict[str, Any], reading: Reading, today: dt.date, update) -> None:
    """ "ik word 18 op 3 januari", "ze wordt 18 op 9 januari": the day the one minor of 17
    turns 18 (the next such day from today), where an age limit can end a right first
    (eligibility.deadlines.majority_deadlines). "ik word" is the writer; "wordt" the one
    person of 17 in the conversation, told this turn if two are."""
    if len(reading.majority_days) != 1:
        return
    who = _seventeen(state, reading, update)
    if who is None:
        return
    day = _next_day(*reading.majority_days[0], today)
    facts = state["sponsor"] if who == "sponsor" else (S.person(state, who) or {}).get("facts")
    if facts is not None:  # kept quietly: no read-back; the deadline answer says the day
        facts["majority_date"] = day
        S.mark_given(state, f"{who}.majority_date")


def _birthday_answer(state: dict[str, Any], reading: Reading, today: dt.date, update) -> None:
    """ "15-03-2009" to "Wanneer word je 18? Schrijf de datum": his date of birth, the day he
    turns 18 from it, never a recognition date (panel 69, h1: "erkend ... sinds 15 maart
    2009"). `birthday_asked` is set where that question is asked (answers, side)."""
    if not state.pop("birthday_asked", False):
        return
    if reading.date is None:  # "20 mei 2009 geboren", no date tagged (panel 72, h1)
        parsed = parse_date(reading.text, now=today)
        if not parsed.iso or "approximate" in parsed.flags:
            return
        reading.date = {"iso": parsed.iso, "flags": parsed.flag_list()}
    day = dt.date.fromisoformat(reading.date["iso"])
    reading.date = None  # a birthday, never the recognition ("hij is al 18 geworden op
    if day.year > today.year - MAJORITY_AGE.value + 2:  # 12/04/2025"; panel 112, t4); "3
        return  # februari 2027": the 18th itself
    if _years_between(day, today) != MAJORITY_AGE.value - 1:
        return  # not the age of the minor asked about: nothing to keep, nothing stored
    turns_18 = _birthday_in(day, day.year + MAJORITY_AGE.value)
    state["sponsor"]["majority_date"] = turns_18.isoformat()
    S.mark_given(state, "sponsor.majority_date")
    reading.majority_days = [(turns_18.month, turns_18.day, turns_18.year)]  # its last day said


def _sponsor_turns_21(state: dict[str, Any], reading: Reading, today: dt.date) -> None:
    """ "20, word 21 op 3 mei": the writer's 21st birthday, the day a couple's age rule is met
    (seed 001 "U bent beiden ouder dan 21 jaar"), kept quietly for the first answer."""
    told = DAY_21.search(fold(reading.text))
    if not told and state.get("writer") == "applicant":
        told = DAY_21_LOOSE.search(fold(reading.text))  # "i am 20. 21 in march, 2 march 2027"
    if not told or state.get("writer") == "helper":
        return
    year = int(told["year"]) if told["year"] else None
    day = _next_day(MONTH_WORDS[told["month"]], int(told["day"]), year, today)
    # "ik word 21": the writer's own; "ze wordt 21", or the partner abroad who writes "ik word
    # 21": the partner's (panel 108, m4: the day her right begins, never told)
    writers = (
        told.groupdict().get("verb") == "word"
        and state.get("writer") != "applicant"
        and not partners_21st_told(fold(reading.text), told)
    )
    state["sponsor_turns_21" if writers else "partner_turns_21"] = day


def _ages_from_a_21st_birthday(reading: Reading, today: dt.date) -> None:
    """ "ze word 21 op 11 april 2028": 19 now, not the 20 of "wordt 21" (panel 114, u4: "Je
    vrouw: 20 jaar")."""
    told = DAY_21.search(fold(reading.text))
    if not told or not told["year"]:
        return
    born = dt.date(int(told["year"]) - 21, MONTH_WORDS[told["month"]], int(told["day"]))
    _turning_ages_now(reading, 21, _years_between(born, today))


def _ages_from_majority_year(reading: Reading, today: dt.date) -> None:
    """ "mijn cliënt wordt 18 in augustus 2028": 16 now, not the 17 of "wordt 18" (panel 50,
    g3: a client of 16 made 17). The year told gives the age of every "wordt 18" read."""
    if len(reading.majority_years) != 1:
        return
    month, year = reading.majority_years[0]
    if not today.year <= year <= today.year + MAJORITY_AGE.value:
        return
    now = _years_between(dt.date(year - MAJORITY_AGE.value, month, 1), today)
    _turning_ages_now(reading, MAJORITY_AGE.value, now)


def _turning_ages_now(reading: Reading, turning: int, now: int) -> None:
    """Every "wordt `turning`" read in the message is `now` years old today."""
    lists = [m.ages for m in reading.mentions]
    lists += [reading.writer_ages, reading.client_ages, reading.loose_ages, reading.sponsor_ages]
    for ages in lists:
        ages[:] = [replace(a, years=now) if a.turning == turning else a for a in ages]
    reading.pronoun_ages = [
        (pronoun, replace(a, years=now) if a.turning == turning else a)
        for pronoun, a in reading.pronoun_ages
    ]


def _birth_date(state: dict[str, Any], reading: Reading, today: dt.date, update) -> None:
    """ "hij is geboren op 20 januari 2009, dus hij is al 17": the 18th birthday of the one of
    17, where an age limit can end a right first (panel 27, a1: the parents of a client of 17
    were given the 12 months' day, 14 september 2027, not 19 januari 2027)."""
    minor = MAJORITY_AGE.value - 1
    for born in reading.birth_dates:
        if _years_between(born, today) != minor:
            continue
        who = _seventeen(state, reading, update)
        relatives = any(not m.is_sponsor for m in reading.mentions)  # "zijn zus ... geboren op"
        if (
            who is None
            and state.get("writer") != "sponsor"
            and not relatives
            and (state["sponsor"].get("age") == minor - 1)
        ):  # the client of 16 told with his birth date: 17 now
            _set(state, update, "sponsor", "age", minor)
            who = "sponsor"
        if who is None and not relatives and _writer_is_the_minor_sponsor(state):
            who = "sponsor"  # "geboren 14-03-2009" of the writer of 17 (panel 58, g4)
        if who is None:
            continue
        day = _birthday_in(born, born.year + MAJORITY_AGE.value)
        facts = state["sponsor"] if who == "sponsor" else (S.person(state, who) or {}).get("facts")
        if facts is not None:
            facts["majority_date"] = day.isoformat()
            S.mark_given(state, f"{who}.majority_date")


def _writer_is_the_minor_sponsor(state: dict[str, Any]) -> bool:
    minor = MAJORITY_AGE.value - 1
    others = [p for p in state["people"] if p["age"] == minor and not p.get("self")]
    writes = state.get("writer") in (None, "sponsor")
    return writes and state["sponsor"].get("age") == minor and not others


def _years_between(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _birthday_in(born: dt.date, year: int) -> dt.date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February: 1 March
        return dt.date(year, 3, 1)


def _seventeen(state: dict[str, Any], reading: Reading, update: Update) -> str | None:
    minor = MAJORITY_AGE.value - 1
    if re.search(r"\b(?:ik (?:word|wordt|ben)|wordt? ik) (?:18|achttien)\b", fold(reading.text)):
        me = next((p for p in state["people"] if p.get("self")), None)
        return me["id"] if me is not None else "sponsor"
    if state.get("writer") == "helper" and _the_client_turns_18(reading.text):
        return "sponsor"  # "cliënt wordt trouwens 18 op 2 maart 2027" (panel 24, h3)
    relatives = any(not m.is_sponsor for m in reading.mentions)
    he_turns = re.search(r"\b(?:hij|zij|ze) wordt (?:18|achttien)\b", fold(reading.text))
    minor_client = state["sponsor"].get("age") in (minor - 1, minor)
    if state.get("writer") == "helper" and he_turns and not relatives and minor_client:
        return "sponsor"  # a guardian's "16, zoals gezegd. hij wordt 18 op 15 mei 2027"
        # (panel 49, g4: the 12 months' day given, not the day before his birthday)
    candidates = [p["id"] for p in state["people"] if p["age"] == minor and not p.get("self")]
    if state["sponsor"].get("age") == minor and state.get("writer") != "sponsor":
        candidates.append("sponsor")  # "mijn zoon in België wordt 18 op ..." from abroad
    if len(candidates) > 1:
        told = {c[0] for c in update.changes if c[1] == "age" and c[3] == minor}
        candidates = [c for c in candidates if c in told]
    return candidates[0] if len(candidates) == 1 else None


def _the_client_turns_18(text: str) -> bool:
    """ "cliënt wordt 18 op ...", "mijn pupil wordt 18": the client named as the one."""
    nouns = "|".join(sorted(CLIENT_NOUNS | W.CLIENT_MINOR_WORDS))
    return bool(
        re.search(rf"\b(?:{nouns})\s+wordt\s+(?:trouwens\s+)?(?:18|achttien)\b", fold(text))
    )


def _next_day(month: int, day: int, told_year: int | None, today: dt.date) -> str:
    """The (month, day) in the year told, if it is one still to come ("hij wordt 18 op 14
    augustus 2028", panel 50, g3: 2027 said); else the next one on or after today, as ISO
    (29 February: 1 March)."""
    if told_year is not None and today.year <= told_year <= today.year + MAJORITY_AGE.value:
        try:
            return dt.date(told_year, month, day).isoformat()
        except ValueError:
            return dt.date(told_year, 3, 1).isoformat()
    for year in (today.year, today.year + 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = dt.date(year, 3, 1)
        if found >= today:
            return found.isoformat()
    return found.isoformat()


def _the_partner_is_married(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "wacht, we zijn wel traditioneel getrouwd", "het is geen vriendin maar mijn vrouw": the
    girlfriend stored is the wife, not a second person (panel 10, s4)."""
    partners = [p for p in state["people"] if p["relationship"] == "partner" and not p.get("self")]
    spouses = [p for p in state["people"] if p["relationship"] == "spouse"]
    told = [m for m in reading.applicants if m.relationship == "partner"]
    married = reading.marriage in ("official", "religious_or_customary") or any(
        m.relationship == "spouse" for m in reading.applicants
    )
    if len(partners) != 1 or spouses or told or not married:
        return
    entry = partners[0]
    entry["relationship"], entry["route"] = "spouse", None
    entry["word"] = {"hij": "man", "zij": "vrouw"}.get(entry.get("pronoun") or "", entry["word"])
    for fact in ("impossible_to_marry", "stable_relationship_proven"):
        entry["facts"].pop(fact, None)
    update.changes.append((entry["id"], "relationship", "partner", "spouse"))


def _the_spouse_is_a_partner(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "nee! niet getrouwd. ze is mijn vriendin, nog niet mijn vrouw": the wife stored is a
    girlfriend, her marriage dropped (panel 68, h3: "Je vrouw: officieel getrouwd" read back
    after four corrections)."""
    spouses = [p for p in state["people"] if p["relationship"] == "spouse"]
    if len(spouses) > 1:  # the writer abroad is one of a couple only with the one in Belgium
        spouses = [p for p in spouses if not p.get("self")]
    partners = [p for p in state["people"] if p["relationship"] == "partner"]
    if not reading.not_married or len(spouses) != 1 or partners:
        return
    if _a_named_other_not_married(state, reading):
        return  # "Noor is ook niet getrouwd" of the daughter (panel 88, l2: "Je vriendin")
    entry = spouses[0]
    entry["relationship"], entry["route"] = "partner", None
    entry["word"] = {"hij": "vriend", "zij": "vriendin"}.get(entry.get("pronoun") or "", "partner")
    entry["facts"].pop("marriage", None)
    update.changes.append((entry["id"], "relationship", "spouse", "partner"))


_SHE_IS_MY = re.compile(r"\b(?:ze|zij|hij|het)\s+is\s+(?:eigenlijk\s+)?(?:mijn|m'n|mn)\s*$")


def _my_y_not_my_x(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "Luis is mijn partner, niet echtgenoot": the husband stored is the partner (panel 113,
    s2: "Ik heb je man weggelaten", Luis lost)."""
    folded = fold(reading.text)
    for told, denied in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = folded[told.end : denied.start]
        if not re.fullmatch(
            r"\s*,?\s*(?:en\s+)?(?:niet|geen|ni|nie)\s+(?:mijn\s+|m'n\s+|de\s+)?", between
        ):
            continue
        if not re.search(
            r"\bis\s+(?:mijn|m'n|mn)\s*$", folded[max(0, told.start - 12) : told.start]
        ):
            continue
        stored = [p for p in state["people"] if p["relationship"] == denied.relationship]
        if len(stored) != 1 or told.relationship == denied.relationship:
            continue
        entry = stored[0]
        entry["relationship"], entry["word"], entry["route"] = told.relationship, told.word, None
        entry["facts"].pop("marriage", None)
        told.context = denied.context = "negated"
        update.changes.append((entry["id"], "relationship", denied.relationship, told.relationship))


def _not_my_x_but_my_y(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "eigenlijk is ze ni echt mijn zus he, ze is mijn nicht": the sister stored is the niece,
    no second girl (panel 108, n4: "Je zusje" and "Je nicht" read back for one Nadia)."""
    folded = fold(reading.text)
    denied = [m for m in reading.mentions if m.context == "negated" and m.owner == "writer"]
    for no in denied:
        stored = [
            p for p in state["people"]
            if not p.get("self") and fold(p.get("word") or "-").startswith(no.word)
        ]  # fmt: skip
        after = [m for m in reading.mentions if m.start > no.end and m.context is None
                 and m.relationship != no.relationship and m.start - no.end < 40
                 and _SHE_IS_MY.search(folded[max(0, m.start - 25) : m.start])]  # fmt: skip
        if len(stored) != 1 or not after:
            continue
        entry, told = stored[0], after[0]
        old = entry["relationship"]
        entry["relationship"], entry["word"], entry["route"] = told.relationship, told.word, None
        told.context = "negated"  # the same girl, told by her right word
        update.changes.append((entry["id"], "relationship", old, told.relationship))


def _adopted_one_told_before(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "papa heeft hem geadopteerd" of the nephew told before: he is the adopted child, the
    one in focus or the only relative who can be (stop 44, q4)."""
    if not reading.adopted_told:
        return
    candidates = [
        p for p in state["people"] if not p.get("self") and p["relationship"] in ADOPTABLE
    ]
    focus = [p for p in candidates if p["id"] == state.get("focus")]
    chosen = focus or (candidates if len(candidates) == 1 else [])
    if not chosen:
        return
    entry = chosen[0]
    old = entry["relationship"]
    entry["relationship"], entry["route"] = "adopted_child", None
    update.changes.append((entry["id"], "relationship", old, "adopted_child"))


def _not_adopted_after_all(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "het is eigenlijk geen adoptie, het zijn de kinderen van haar zus", "het zijn haar
    nichtje en neefje, de ouders zijn overleden": the children told as adopted are taken in de
    facto (seed 000: "Denk maar aan situaties waarbij kinderen de facto worden opgenomen in het
    gezin van een zus, tante, nonkel of ander familielid na het overlijden van de ouders"), the
    same children, no nephew besides them (panel 128, r5)."""
    adopted = [p for p in state["people"] if p["relationship"] in _TAKEN_IN]
    if not adopted:
        return
    nephews = [m for m in reading.mentions if m.word in W.HELPERS_SIBLINGS_CHILD]
    for mention in nephews:
        mention.context = "negated"
    if not (reading.not_adopted or nephews):
        return
    for entry in adopted:
        if entry["relationship"] == "adopted_child":
            entry["relationship"], entry["route"] = "foster_child", None
            update.changes.append((entry["id"], "relationship", "adopted_child", "foster_child"))


def _a_named_other_not_married(state: dict[str, Any], reading: Reading) -> bool:
    """ "niet getrouwd" said of a relative named by her first name who is no partner."""
    folded = fold(reading.text)
    others = [p.get("name") for p in state["people"]
              if p.get("name") and p["relationship"] not in COUPLES]  # fmt: skip
    if any(
        re.search(rf"\b{name}\b[^.?!]{{0,20}}\bniet (?:getrouwd|gehuwd)\b", folded)
        for name in others
    ):
        return True
    return _another_subject_not_married(state, folded)


_NEVER_MARRIED = re.compile(r"\b(?:niet|nooit) (?:getrouwd|gehuwd)\b")


def _another_subject_not_married(state: dict[str, Any], folded: str) -> bool:
    """ "en Sami is niet getrouwd nooit" beside "mijn vrouw Rima": a name or "hij" that is not
    the wife (panel 100, t4: "Ik heb het aangepast. • Je vriendin: 38 jaar")."""
    spouse = next((p for p in state["people"] if p["relationship"] == "spouse"), {})
    found = re.search(
        r"\b(\w+) (?:is |was )?(?:ook |nog |zeker |echt )*niet (?:getrouwd|gehuwd)", folded
    )
    said = [c for c in re.split(r"[.?!;]", folded) if _NEVER_MARRIED.search(c)]
    if said and spouse.get("pronoun") == "zij" and re.search(r"\b(?:hij|hem)\b", said[0]):
        return True  # "hij heeft altijd bij ons gewoond, nooit getrouwd" (panel 102, t4)
    if not found:
        return False
    subject = found.group(1)
    ours = {"we", "wij", "ze", "zij", "ik", "nee", "maar", "en", "zijn", "waren", "nog", "ook"}
    couple_words = {"vrouw", "man", "echtgenote", "echtgenoot", "partner", "vriendin", "vriend"}
    if subject in ours or subject == fold(spouse.get("name") or "") or subject in couple_words:
        return False
    return subject != "hij" or spouse.get("pronoun") == "zij"


_THE_PARTNER = r"(?:de|zijn|haar) (?:partner|vriendin|vriend)"


def _partners_child_by_name(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "Maricel heeft wel een zoon van 15 uit een eerdere relatie", "het is de zoon van Maricel
    alleen", "het is de zoon van de partner": the partner's child, by her name or as "the
    partner" of the person in Belgium, is a stepchild, also the son stored before (panel 98,
    t5: "De zoon van je cliënt" after four corrections, then his "recht op gezinshereniging")."""
    couple = [p for p in state["people"] if p["relationship"] in COUPLES]
    if not couple:
        return
    names = [re.escape(fold(p["name"])) for p in couple if p.get("name")]
    owners = "|".join([*names, _THE_PARTNER])
    folded = fold(reading.text)
    subjects = names + _partner_pronouns(state, couple)
    named_before = (
        rf"\b(?:{'|'.join(subjects)})\s+(?:heeft|had)\s+(?:\w+\s+){{0,3}}$" if subjects else None
    )
    for mention in reading.mentions:
        if mention.relationship != "child":
            continue
        after = re.match(rf"\s+van\s+(?:{owners})\b", folded[mention.end :])
        before = named_before and re.search(named_before, folded[: mention.start])
        if after or before:
            mention.relationship = "stepchild"
            mention.context = None if mention.context == "third_party" else mention.context
    said = re.search(rf"\b(?:zoon|dochter|kind|jongen|meisje) (?:is )?van (?:{owners})\b", folded)
    children = [p for p in state["people"] if p["relationship"] == "child" and not p.get("self")]
    if said and len(children) == 1 and children[0]["facts"].get("common_child") is not True:
        entry = children[0]
        entry["relationship"], entry["route"] = "stepchild", None
        update.changes.append((entry["id"], "relationship", "child", "stepchild"))
        for mention in reading.mentions:  # the same son, no second one
            if mention.relationship in ("child", "stepchild"):
                mention.relationship, mention.context = "stepchild", None


def _partner_pronouns(state: dict[str, Any], couple: list[dict[str, Any]]) -> list[str]:
    """ "maar ze heeft ook 2 kinderen" of the one wife, written by the sponsor himself: her
    children by the wife's word (panel 100, v5: "Wie heeft het hoederecht over je kind van 14
    jaar?" "t is haar zoon he, niet de mijne"); a helper's "ze" is the client."""
    if state.get("writer") not in (None, "sponsor") or len(couple) != 1:
        return []
    return {"zij": ["ze", "zij"], "hij": ["hij"]}.get(couple[0].get("pronoun") or "", [])


def _own_child_is_a_stepchild(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "het is niet mijn zoon, het is de zoon van mijn man": the son stored is a stepchild;
    "het is zijn eigen zoon": the stepchild stored is the couple's child (panel 15, c2)."""
    steps = [p for p in state["people"] if p["relationship"] == "stepchild"]
    children = [p for p in state["people"] if p["relationship"] == "child"]
    for entry in steps if reading.own_child and children else []:
        if entry["age"] is None:  # "geen stiefkind. het zijn MIJN kinderen en van mijn man
            _remove(state, entry)  # samen": no children beside the three (panel 20, n3)
            if "stiefkind" not in update.dropped:
                update.dropped.append("stiefkind")
    steps = [p for p in state["people"] if p["relationship"] == "stepchild"]
    if _another_childs_age(reading, steps):
        steps = []  # "ja, en de kleine van 4 ook van ons samen": the child of 4, not the
        # stepson of 15 (panel 24, h4)
    for entry in steps if reading.own_child and len(steps) == 1 else []:
        entry["relationship"], entry["route"] = "child", None
        entry["facts"]["common_child"] = True
        update.changes.append((entry["id"], "relationship", "stepchild", "child"))
    for entry in state["people"]:
        own = entry["relationship"] == "child" and entry.get("word") == reading.step_correction
        if reading.step_correction and own:
            entry["relationship"], entry["route"] = "stepchild", None
            update.changes.append((entry["id"], "relationship", "child", "stepchild"))


def _another_childs_age(reading: Reading, steps: list[dict[str, Any]]) -> bool:
    """The message gives an age that is no stepchild's: it is about another child."""
    told = {a.years for m in reading.mentions for a in m.ages}
    told |= {a.years for a in reading.loose_ages} | {a.years for _, a in reading.pronoun_ages}
    return bool(told) and not told & {p["age"] for p in steps}


def _stepparent(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "mijn man is niet de papa van mijn zoon, hij is zijn stiefvader": no parent of the
    sponsor (seed 002: "vervoegd worden door zijn vader en zijn moeder"), another relative
    (panel 5, j4)."""
    if not reading.stepparent:
        return
    for entry in state["people"]:
        partner_of_writer = entry.get("writer_relationship") in COUPLES
        step_word = str(entry.get("word") or "").startswith("stief")
        if entry["relationship"] == "parent" and (partner_of_writer or step_word):
            entry["relationship"], entry["route"] = "other_relative", None
            update.changes.append((entry["id"], "relationship", "parent", "other_relative"))
            state["reanswer"] = True


def _children_of_an_ex(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "van mij en mijn ex man, wij zijn gescheiden": with no partner coming or in Belgium,
    the children are no common children of the couple (their other parent is not coming), so
    custody and the other parent's consent are asked (seed 003: "Indien de ouders van de
    aanvrager gescheiden zijn ... moet de andere houder van het hoederecht ... instemmen")."""
    context = state.setdefault("context", {})
    alone = reading.alone and state.get("writer") in (None, "sponsor", "helper")
    if any(m.context == "ex" for m in reading.mentions) or reading.divorced or alone:
        context["ex_partner"] = "ex"
    couples = [p for p in state["people"] if p["relationship"] in COUPLES]
    if reading.divorced and len(couples) == 1:  # "ik ben gescheiden": the partner is the ex
        _remove(state, couples[0])
        update.dropped.append(couples[0].get("word") or couples[0]["relationship"])
        context[f"{couples[0]['relationship']}:{couples[0].get('word') or ''}"] = "ex"
    if not context.get("ex_partner"):
        return
    _no_partner_for_the_children(state, update)


def _no_partner_for_the_children(state: dict[str, Any], update: Update) -> None:
    """No spouse or partner coming or in Belgium: the children are "ten laste van jou", not
    "of van je partner" (seed 001: "Indien u of uw echtgenoot/echtgenote of partner"; panel 3
    round 3, f2), and no common children of a couple."""
    context = state.setdefault("context", {})
    partner_here = any(k.split(":")[0] in COUPLES and v == "sponsor" for k, v in context.items())
    if partner_here or any(p["relationship"] in COUPLES for p in state["people"]):
        return
    state["sponsor"]["married"] = False
    for entry in state["people"]:
        if entry["relationship"] == "child" and entry["facts"].get("common_child") is not False:
            _set(state, update, entry["id"], "common_child", False)


def _born_after_arrival_selected(state: dict[str, Any], reading: Reading, update) -> None:
    """ "de jongste is geboren na mijn aankomst": that child only (seed 003; panel 22, q1)."""
    if not reading.born_after_selector:
        return
    aged = sorted((p for p in state["people"] if p["relationship"] == "child"
                   and p["age"] is not None), key=lambda p: p["age"])  # fmt: skip
    if reading.born_after_selector.startswith("pronoun:"):  # "zij is geboren nadat ...": the
        pronoun = reading.born_after_selector.split(":")[1]  # child of that pronoun, the
        aged = [p for p in aged if p.get("pronoun") == pronoun][:1]  # youngest (105, k4)
    if aged:
        oldest = reading.born_after_selector in W.OLDEST_WORDS
        chosen = aged[-1] if oldest else aged[0]
        _set(state, update, chosen["id"], "relationship_predates_arrival", False)


def _marriage_proof_lost(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "het papier van de kerk is kwijt": no proof of the marriage at all (seed 000: "Als je
    geen enkel bewijs kan voorleggen van je reeds bestaande huwelijksband ... De slaagkansen
    zijn in dit geval veel onzekerder"; panels 37 and 38, h1: "kans redelijk")."""
    if not reading.marriage_proof_lost:
        return
    spouses = [p for p in state["people"] if p["relationship"] == "spouse" and not p.get("self")]
    asked = (state.get("question") or {}).get("person")
    if len(spouses) > 1:  # "26. ook bij imam getrouwd maar daar heb ik geen papier van": the
        spouses = [p for p in spouses if p["id"] == asked]  # wife asked about (panel 40, g1)
    for entry in spouses:
        _set(state, update, entry["id"], "marriage_proof_lost", True)


def _family_facts(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """Facts a message gives about the family as a whole: "mn ouders zijn dood" answers, for
    every sibling, whether the parents are deceased or missing; "ik betaal alles voor hem"
    makes the one relative spoken about dependent."""
    if any(m.relationship == "parent" and m.count > 1 and m.context == "deceased"
           for m in reading.mentions):  # fmt: skip
        state.setdefault("context", {})["parents"] = "deceased"
    _born_after_arrival_selected(state, reading, update)
    _marriage_proof_lost(state, reading, update)
    if reading.common_all and not any(m.relationship == "child" for m in reading.mentions):
        for entry in state["people"]:  # "ja natuurlijk, ze zijn allebei van ons twee"
            if entry["relationship"] == "child" and "common_child" not in entry["facts"]:
                _set(state, update, entry["id"], "common_child", True)
    context = state.get("context", {})
    if context.get("parents") == "deceased":  # the sister who writes has the same parents
        _set_unknown_for(state, update, "sibling", "parents_deceased_or_missing", True, True)
        # "Zijn ouders zijn in 2024 overleden" of a grandson (panel 59, g8)
        _set_unknown_for(state, update, "grandchild", "parents_deceased_or_missing", True)
    if any(k.startswith("spouse:") and v == "sponsor" for k, v in context.items()):
        # "mijn eerste vrouw is al hier": for another wife the other spouse is in Belgium
        _set_unknown_for(state, update, "spouse", "other_spouse_already_in_belgium", True)
    if reading.dependent:
        named = [p for p in state["people"] if p["id"] in update.new_people] or [
            p for p in [S.person(state, state.get("focus"))] if p
        ]
        if len(named) == 1:
            _set(state, update, named[0]["id"], "dependent", True)


def _set_unknown_for(
    state, update: Update, relationship: str, fact: str, value: Any, writer_too: bool = False
) -> None:
    """Set `fact` for every applicant of `relationship` who has no value for it yet."""
    for entry in state["people"]:
        if entry["relationship"] == relationship and (writer_too or not entry.get("self")):
            if fact not in entry["facts"]:
                _set(state, update, entry["id"], fact, value)


# --- who writes ------------------------------------------------------------------------------


def _writer(state: dict[str, Any], reading: Reading, update: Update) -> None:
    if reading.helper and not _own_wards_guardian(state, reading):
        state["writer"] = "helper"
        if reading.helper_word:  # "ik schrijf voor mijn broer": "je broer", not "je cliënt"
            state["sponsor_word"] = reading.helper_word  # (panel 58, h3)
            _sponsor_name(state, reading)
    elif reading.not_helper and state["writer"] == "helper" and _family_helper(state, reading):
        pass  # "Hij is geen cliënt, hij is mijn broer": still his sister writing for him
    elif reading.not_helper and state["writer"] == "helper":
        # "ik ben geen cliënt, het gaat over mij": the writer is the sponsor; read back
        state["writer"] = "sponsor"
        state["helper_before"] = True  # the client took the phone (panel 124, k1)
        update.changes.append(("sponsor", "writer", "helper", "sponsor"))
    elif (
        state.get("helper_before")
        and state["writer"] == "sponsor"
        and _HELPER_BACK.search(fold(reading.text))
    ):  # "Griet weer hier", "ik ben Griet he, niet Abdul" (panel 127, k1: "je kind van 6 jaar"
        state["writer"] = "helper"  # to the volunteer)
    if reading.applicant_writer and _may_be_the_applicant(state, reading):
        _applicant_writer(state, reading, update)
    for age in reading.sponsor_ages[:1]:  # "ik ben de oma van Dawit ... dawit is 16"
        _set(state, update, "sponsor", "age", age.years)
    if state["writer"] is None and (reading.status or reading.writer_ages or reading.mentions):
        state["writer"] = "sponsor"
    for age in reading.client_ages[:1]:
        _set(state, update, "sponsor", "age", age.years)
    _writer_age(state, reading, update)


# the helper takes the phone back from her client
_HELPER_BACK = re.compile(
    r"\b(?:weer|terug) (?:hier|aan de telefoon|aan het woord)\b"
    r"|\bik ben [a-z]{3,15}\s*(?:he|hé|hoor)?\s*,?\s*(?:niet|nie|ni) [a-z]{3,15}\b"
)


def _sponsor_name(state: dict[str, Any], reading: Reading) -> None:
    """ "ik schrijf voor mijn vrouw Ana": the name of the one the helper writes for."""
    for mention in reading.mentions:
        if mention.is_sponsor and mention.start in reading.names:
            state["sponsor_name"] = reading.names[mention.start]


def _the_sponsor_named(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """ "Ana is zijn mama" of the wife named Ana the helper writes for: her, no new parent."""
    names = [fold(n) for n in (state.get("sponsor_name"), state.get("sponsor_word")) if n]
    kinds = ("parent", "spouse", "partner", "grandparent")
    if not names or mention.relationship not in kinds:
        return False  # also "dus papa is haar opa" from his son (round 121, v4: "Is de opa van
    said = re.compile(  # je papa op hoge leeftijd?")
        rf"\b(?:{'|'.join(map(re.escape, names))})\s+is\s+(?:zijn|haar|z'n|hun|de)\s+"
        rf"{re.escape(mention.word)}\b"
    )
    return bool(said.search(fold(reading.text)))


def _family_helper(state: dict[str, Any], reading: Reading) -> bool:
    """The helper writes for her own relative and names him again by her word for him."""
    word = state.get("sponsor_word")
    return bool(word) and any(m.word == word for m in reading.mentions)


def _own_wards_guardian(state: dict[str, Any], reading: Reading) -> bool:
    """ "ik ben voogd" from a grandmother who told of "mijn kleinzoon": the guardian of her own
    relative, no helper writing for a client (panel 51, h8: "je cliënt" to the end)."""
    if state.get("writer") != "sponsor" or not state["people"]:
        return False
    folded = fold(reading.text)
    other_role = any(r in folded for r in W.HELPER_ROLES if r != "voogd")
    return "voogd" in folded and not other_role and "client" not in folded


def _writer_age(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """The writer's own age: an applicant's own, else the sponsor's (a social worker's only
    when no relative is named)."""
    for age in reading.writer_ages[:1]:
        if _answers_a_relatives_age(state, age):
            continue  # "9 jaar. ze zitten in Iran" asked of the sister (panel 19, k3)
        me = next((p for p in state["people"] if p.get("self")), None)
        if me is not None:
            _set(state, update, me["id"], "age", age.years)
        elif state["writer"] != "helper" or not (reading.mentions or state.get("sponsor_word")):
            _set(state, update, "sponsor", "age", age.years)  # not "ik ben 17" from the daughter
            # who types for her papa (round 122, u5: "Je papa: Belg, 17 jaar")


def _answers_a_relatives_age(state: dict[str, Any], age: Any) -> bool:
    """A bare number that opens the message answers the open question about a relative's age,
    whatever role the NLU gave it: never the writer's or the client's age."""
    question = state.get("question") or {}
    if question.get("fact") != "applicant.age" or age.start > 1:
        return False
    return not _writer_is_asked(state, question)


def _may_be_the_applicant(state: dict[str, Any], reading: Reading) -> bool:
    """Not yet known who writes, or taken for the sponsor on her age alone ("ik ben bibi gul,
    70 jaar, ik woon in kabul", then "ik wil zelf komen. mijn kleinzoon woont in belgie";
    panel 19, k4: "Jij: erkend vluchteling, 70 jaar")."""
    if state["writer"] in (None, "applicant"):
        return True
    sponsor = state["sponsor"]  # "ik wil naar mijn zoon komen" read as a sponsor's son, then
    # "ik ben in pakistan, mijn zoon is in belgie" (panel 20, m1)
    in_belgium = any(m.is_sponsor for m in reading.mentions)  # not "IK ben de vader" (b3)
    taken = state["writer"] == "sponsor" and not state["answered"]
    return taken and in_belgium and not sponsor.get("status")


def _applicant_writer(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """The relative abroad writes: she is a person of her own ("self"), the sponsor her word;
    an age taken for the sponsor's before she said so is her own."""
    sponsor_word, my_relationship = _sponsor_seen_by_the_writer(reading)
    own_age = state["sponsor"].pop("age", None) if state["writer"] == "sponsor" else None
    state["writer"] = "applicant"
    told = any(m.is_sponsor and not m.here_only for m in reading.mentions)  # not "ze woont
    # bij mij" from the mother abroad (panel 28, a3: the daughter made the one in Belgium)
    known = state.get("sponsor_word")
    if known and any(m.word == known for m in reading.mentions):
        told = False  # "de andere ouder is mijn vriend zelf": still "je vriend" (panel 23, s4)
    if told or not known:  # "hij woont in brussel" later: still "je broer";
        state["sponsor_word"] = sponsor_word  # "ik ben de moeder. en mijn dochter ook, zij is
        # 12" after "mijn zoon is in belgie": still her son (panel 20, m1)
    for entry in [p for p in state["people"] if not p.get("self")]:
        if told and entry.get("word") == state["sponsor_word"] and not entry.get("route"):
            _remove(state, entry)  # "mijn zoon" stored before she said he is the one
            # in Belgium (panel 20, m1: "Je zoon" asked about as an applicant)
    if not any(p.get("self") for p in state["people"]):
        role = reading.writer_role  # "ik ben de mama van Yonas": her own word, "mama"
        me = S.new_person(state, my_relationship, role.word if role is not None else None)
        me["self"] = True
        me["age"] = own_age
        update.new_people.append(me["id"])


def _sponsor_seen_by_the_writer(reading: Reading) -> tuple[str, str]:
    """(the writer's word for the person in Belgium, the writer's relationship to him): from
    her word for him ("mijn zoon is erkend"), or from her own role ("ik ben de oma van Dawit":
    her grandson, the word by his pronoun)."""
    sponsor = next((m for m in reading.mentions if m.is_sponsor), None)
    if sponsor is not None:
        return sponsor.word, W.INVERSE_RELATIONSHIP.get(sponsor.relationship, "other_relative")
    role = reading.writer_role
    mine = role.relationship if role is not None else "other_relative"
    his = W.INVERSE_RELATIONSHIP.get(mine, "other_relative")
    nouns = RELATIVE_NOUNS.get(his, RELATIVE_NOUNS[None])
    pronoun = pronoun_in(f" {fold(reading.text)} ")
    return {"hij": nouns[1], "zij": nouns[2]}.get(pronoun or "", nouns[0]), mine


# --- the answer to the question asked ------------------------------------------------------------


def _question_answer(state: dict[str, Any], reading: Reading, today: dt.date, update: Update):
    question = state.get("question")
    if not question or question["fact"] == "applicant.relationship":
        return
    fact = question["fact"]
    who = "sponsor" if fact.startswith("sponsor.") else question.get("person")
    name = fact.split(".", 1)[1]
    if fact == DAY_QUESTION and reading.unknown and not _a_day_in(reading):
        mark_unknown(state, question)  # "weet ik niet, ergens vorig jaar": unknown, not "welke
        update.unknown = True  # datum?" (panel 30, b5); "weet ik niet precies begin februari"
        # too, its month the one told (panel 84, i4: asked again)
    elif fact == DAY_QUESTION:
        _day_answer(state, reading, today, update)
    elif fact in DATE_FACTS:
        _date_answer(state, reading, today, update, name)
    elif not _date_correction(state, reading, today, update):
        _value_answer(state, reading, update, question, who)
    if fact == "sponsor.age" and state["sponsor"].get("age") is None:
        _leading_writers_age(state, reading, update)
    if not update.answered and reading.unknown and not reading.has_facts:
        mark_unknown(state, question)  # "dat weet ik niet": recorded, the bot goes on
        update.unknown = True


_LEADING_AGE = re.compile(r"\s*(\d{2})\s*(?:jaar)?\s*[.,]")


def _leading_writers_age(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "40. kinderen Omid 17 (wordt 18 op 2 januari), Sana 14, ..." asked "Hoe oud ben jij?":
    the number that opens the message is the writer's (panel 57, k1: asked again)."""
    found = _LEADING_AGE.match(reading.text)
    if found and not any(a.start == found.start(1) for a in reading.loose_ages):
        _set(state, update, "sponsor", "age", int(found.group(1)))


def _a_day_in(reading: Reading) -> bool:
    """The message names a day of a month ("12 december"), not only a year or a month."""
    return bool(re.search(r"\b\d{1,2}\s*(?:e|de|ste)?\s+[a-z]+", fold(reading.text)))


_BIRTHDAY_TALK = re.compile(
    r"\b(?:18|achttien) (?:in|op|worden|wordt|geworden)\b"
    r"|\b(?:word|wordt|werd|pas) (?:18|achttien)\b|\bjarig|\bverjaar"
    # "nee, hij is geboren in juni toen Ahmed al in België was" (panel 46, h5: "sinds juni")
    r"|\bgeboren\b|\bzwanger|\bbevallen\b"
)


# a residence card told ("mijn A-kaart", "verblijfskaart", "my A card"); with "papieren", the
# day it came ("12 februari 2026 ik krijg kaart", "papieren sinds januari")
_CARD = r"[ab][- ]?kaart\w*|verblijfskaart\w*|kaart\w*"
_CARD_WORD = re.compile(rf"\b(?:{_CARD}|cards?)\b")
_CARD_DAY = re.compile(rf"\b(?:{_CARD}|papieren|papiere)\b")
_DECISION_NAMED = re.compile(r"\b(?:beslis+ing|cgvs|rvv)\b")
_LETTER_ARRIVED = re.compile(
    r"\bbrief (?:kwam|is gekomen|aangekomen|ontvangen|gekregen)\b|\bkwam de brief\b"
    r"|\bontvangen op\b|\bin de (?:bus|brievenbus)\b"
)
_ARRIVAL = re.compile(r"\b(?:in belgie|hier) (?:sinds|vanaf)\b|\baangekomen\b|\baankomst\b")
_RECOGNITION = re.compile(r"\b(?:erkend|erkenning|status|beslis+ing|cgvs|rvv|bescherming)\b")


def _arrival_only(text: str) -> bool:
    folded = fold(text)
    return bool(_ARRIVAL.search(folded)) and not _RECOGNITION.search(folded)


def _date_correction(
    state: dict[str, Any], reading: Reading, today: dt.date, update: Update
) -> bool:
    """ "nee wacht, het was vorig jaar in maart" at another question: a correction of the
    recognition date given before, not a "nee" to the question asked."""
    known = state["sponsor"].get("recognition_date")
    if not (known and reading.correction) or reading.mentions or marriage_day_told(reading.text):
        return False
    said = _day_instead(reading.text, known)
    if not said and _BIRTHDAY_TALK.search(fold(reading.text)):  # "nee ze is nog 17! pas 18 in
        return False  # maart": a birthday, not the recognition (panel 23, v1)
    date = reading.date
    if date is None and (reading.other_day or _arrival_only(reading.text)):  # "nee, ik ben in
        return False  # belgie sinds oktober 2022": the arrival, no recognition (panel 108, m4)
    if date is None:
        if re.fullmatch(
            r"[\w\s,.!]*\b\d{1,2} jaar\b[\w\s,.!]*", fold(reading.text)
        ) and not re.search(
            r"\b(?:sinds|geleden|erkend|status)\b", fold(reading.text)
        ):  # "nee, 50 jaar. gezond" of the father asked about (panel 34, c3: "sinds 1976")
            return False
        parsed = parse_date(said or reading.text, now=today)
        if "unparsed" in parsed.flags or not parsed.iso:
            return False
        if not said and birth_year_told(reading.text, int(parsed.iso[:4])):
            return False  # "nee sorry 22. 15 maart 2004": his birth (round 120, q5)
        date = {"iso": parsed.iso, "flags": parsed.flag_list()}
    reading.date = None
    _store_date(state, update, "recognition_date", date, reading.text)
    return True


# "het was 17 december, ni 12 december": the day told instead of the one denied
_DAY_NOT_THE_OTHER = re.compile(
    rf"\b(\d{{1,2}} (?:{MONTH_ALTERNATION})(?: (?:19|20)\d\d)?)\s*,?\s*(?:en\s+)?"
    rf"(?:ni|niet|nie|not|geen)\s+(?:de\s+|op\s+)?\d{{1,2}}(?: (?:{MONTH_ALTERNATION}))?\b"
)


def _day_instead(text: str, known: str) -> str | None:
    """ "wacht, ana zegt het was 17 december, ni 12 december": the day told, in the year of the
    date it corrects when no year is given (panel 124, q2: "Sorry, dat begreep ik niet goed"
    and the 12th kept)."""
    match = _DAY_NOT_THE_OTHER.search(fold(text))
    if not match:
        return None
    day = match.group(1)
    return day if re.search(r"\d{4}$", day) else f"{day} {known[:4]}"


def _age_of_the_asked_word(state: dict[str, Any], reading: Reading, who: str | None) -> Any:
    """The one age told with the asked relative's own word ("haar zoon is 15" of "de zoon")."""
    asked = S.person(state, who) if who else None
    if asked is None:
        return None
    told = [m for m in reading.mentions if m.word == asked.get("word") and len(m.ages) == 1]
    return told[0].ages[0].years if len(told) == 1 else None


def _value_answer(state, reading: Reading, update: Update, question: dict, who: str | None):
    fact = question["fact"]
    name = fact.split(".", 1)[1]
    value = _answer_value(fact, reading, _writer_is_asked(state, question))
    if value is None and fact == "applicant.age":
        value = _age_of_the_asked_word(state, reading, who)  # "rosa is 60. mateo, haar zoon is
        # 15" asked the son's age (panel 79, h2)
    if value is None or who is None or _of_another_pronoun(state, reading, who):
        return
    apart = W.PARENTS_APART.search(fold(reading.text))
    if fact == "applicant.common_child" and (
        any(m.context == "ex" for m in reading.mentions) or apart
    ):  # "ja, van mij en mijn ex man"; "ja van mij en hun papa. we zijn niet getrouwd. hij
        value = False  # woont in guinee" (panel 40, h4): not a couple's child, custody asked
        if apart:
            state.setdefault("context", {})["ex_partner"] = "ex"
            _no_partner_for_the_children(state, update)
    _set(state, update, who, "age" if fact == "applicant.age" else name, value)
    update.answered = True
    if fact == "applicant.age":
        _pronoun_of_the_asked(state, reading, who)
    _asked_child_is_a_stepchild(state, reading, who)
    if fact.startswith("applicant.") and fact not in NUMBER_FACTS + PARENTS_FACTS:
        _same_for_all(state, reading, update, who, name, value)
    elif fact in PARENTS_FACTS and W.THE_CHILDRENS_PARENT.search(fold(reading.text)):
        # "wij samen, hun papa en ik": the children's custody, all of them (panel 40, h4)
        _same_for_all(state, reading, update, who, name, value)
    _one_bond_for_all(state, update, who, name, value)
    if fact in NUMBER_FACTS:
        lead_only = len(reading.loose_ages) == 1 and reading.loose_ages[0].start <= 1
        reading.loose_ages[:] = [  # "De zoon Karim is 24 ... Huda is 19": Huda's age stays
            a for a in reading.loose_ages if a.named and a.years != value and not lead_only
        ]  # (panel 102, x2: "Hoe oud is de dochter?" after it)
        reading.writer_ages.clear()
        if not lead_only:
            reading.pronoun_ages.clear()


def _one_bond_for_all(state, update: Update, who: str, name: str, value) -> None:
    """ "Is de adoptie of voogdij erkend in België?" - "Nee" of two children adopted together:
    the answer of both (panel 128, r5: the same question twice, as if "Nee" was not heard)."""
    asked = S.person(state, who)
    if name != "legal_bond_recognised" or asked is None:
        return
    for entry in state["people"]:
        if entry["relationship"] == asked["relationship"] and name not in entry["facts"]:
            _set(state, update, entry["id"], name, value)


def _of_another_pronoun(state: dict[str, Any], reading: Reading, who: str) -> bool:
    """ "hij wordt 18 op 3 februari" to "Hoe oud is de zus van je zoon?": about him, not her
    (panel 13, z1, once the parents of a minor were no longer asked his recognition date)."""
    entry = S.person(state, who)
    told = re.match(r"\s*(hij|zij|ze)\b", fold(reading.text))
    if entry is None or not told or entry.get("pronoun") is None:
        return False
    return ("zij" if told.group(1) == "ze" else told.group(1)) != entry["pronoun"]


def _pronoun_of_the_asked(state: dict[str, Any], reading: Reading, who: str) -> None:
    """ "hij is 24" to "Hoe oud is je man of vrouw?": he, "je man" from now on (panel 59, h6:
    "Je man of vrouw" to the end)."""
    entry = S.person(state, who)
    told = re.match(r"\s*(hij|zij|ze)\s+is\s+\d", fold(reading.text))
    if entry is None or not told or entry.get("pronoun") is not None or entry.get("word"):
        return
    pronoun = "zij" if told.group(1) == "ze" else told.group(1)
    entry["pronoun"] = pronoun
    words = _WORD_BY_PRONOUN.get(entry["relationship"])
    if words:
        entry["word"] = words[pronoun == "zij"]


# the word of a relative whose pronoun is told ("hij is 24" of "je man of vrouw")
_WORD_BY_PRONOUN = {"spouse": ("man", "vrouw"), "parent": ("vader", "moeder"),
                    "sibling": ("broer", "zus"), "child": ("zoon", "dochter")}  # fmt: skip


def _asked_child_is_a_stepchild(state: dict[str, Any], reading: Reading, who: str) -> None:
    """ "15 jaar, hij is van mijn vrouw uit haar eerste huwelijk", asked about a child: the
    partner's child, a stepchild (panel 7, n1)."""
    entry = S.person(state, who)
    folded = f" {fold(reading.text)} "
    partner = any(m.relationship in COUPLES for m in reading.mentions)
    if entry and entry["relationship"] == "child" and partner and _step_cue(folded):
        entry["relationship"], entry["route"] = "stepchild", None


def _step_cue(folded: str) -> bool:
    """ "uit haar eerste huwelijk": the partner's earlier relationship (not "mijn eerste vrouw",
    the writer's own ex: then the child is his; panel 8, p3)."""
    return any(f"{owner} {c}" in folded for c in W.STEP_CUES for owner in ("haar", "zijn"))


def _same_for_all(state, reading: Reading, update: Update, who: str, name: str, value) -> None:
    """ "ja ze waren allebei al geboren", "ja allebei van ons samen": the answer holds for
    every relative of the same kind (children, siblings) who has no answer yet."""
    words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(reading.text)))} "
    if not any(f" {w} " in words for w in W.ALL_OF_THEM + W.ALL_FOUR):
        return  # "ja alle 4 zijn van hem en zijn vrouw samen" too (panel 31, b1)
    asked = S.person(state, who)
    if asked is None:
        return
    group = CHILDREN if asked["relationship"] in CHILDREN else (asked["relationship"],)
    told = re.search(r" alle (\d+|twee|drie|vier|vijf|zes) ", words)
    size = sum(p["relationship"] in group and not p.get("self") for p in state["people"])
    if told and str(W.COUNT_WORDS.get(told.group(1), told.group(1))) != str(size):
        return  # "alle 4 ... de oudste is van zijn eerste vrouw" of five children
    if " kinderen " in words and name == "relationship_predates_arrival":
        group = (*group, *CHILDREN)  # "getrouwd in 2004, alle kinderen daar geboren" (t3)
    for entry in state["people"]:
        if entry["relationship"] in group and not entry.get("self") and name not in entry["facts"]:
            _set(state, update, entry["id"], name, value)


def _writer_is_asked(state: dict[str, Any], question: dict[str, Any]) -> bool:
    """The question is about the writer ("hoe oud ben je?"): "ik ben 30" answers it."""
    if question["fact"].startswith("sponsor."):
        return state.get("writer") in (None, "sponsor")
    return bool((S.person(state, question.get("person")) or {}).get("self"))


def _answer_value(fact: str, reading: Reading, writer_asked: bool = False) -> Any:
    """The value a message gives for the fact the bot asked, or None."""
    folded = fold(reading.text)
    if fact in NUMBER_FACTS:
        return _age_answer(reading, writer_asked)
    if fact == "applicant.partnership" and reading.partnership:
        return reading.partnership
    if fact == "sponsor.status":
        if reading.status_of_another:  # "ze heeft een F kaart, als familielid van mij": the
            return None  # wife's card, not the writer's (panel 80, h2)
        if reading.status == "belgian" and reading.helper and _WRITER_BELGIAN.search(folded):
            others = [s for s in reading.statuses if s != "belgian"]  # "ik zelf ben Belg hoor,
            return others[0] if others else None  # maar het gaat niet over mij" (109, q5)
        return reading.status or free_status(folded)
    if fact in FREE_ANSWERS:
        entity_value, free_words = FREE_ANSWERS[fact]
        return getattr(reading, entity_value) or free_words(folded)
    if fact == "applicant.partnership":
        if reading.yes_no is None:
            return None
        return "legally_registered" if reading.yes_no else "none"
    return _yes_no_answer(fact, reading)


def _age_answer(reading: Reading, writer_asked: bool) -> int | None:
    """An age answer; the writer's own when the question is hers."""
    if writer_asked and len(reading.writer_ages) == 1 and not reading.pronoun_ages:
        return reading.writer_ages[0].years
    if writer_asked and reading.loose_ages and all(a.named for a in reading.loose_ages):
        return None  # "daniel is 2" asked "Hoe oud ben je?": his (panel 117, z2)
    return _number_answer(reading)


def _yes_no_answer(fact: str, reading: Reading) -> bool | None:
    """A yes/no answer, or the words that say yes: a handicap named, a bond before leaving
    ("mijn zoon is 11. ja ze waren allebei al geboren toen ik weg ging")."""
    if reading.yes_no is False and reading.negated_numbers:
        return None  # "nee mijn vrouw is niet 2!! mijn tweede vrouw is 28": the "nee" corrects
        # an age, it answers no question (panel 41, g1: the bond "ontstond pas na de aankomst")
    if fact == "applicant.common_child" and _OURS_TOGETHER.search(fold(reading.text)):
        return True  # "nee nee. 2 april 2024 is papa erkend ... en ja berfin is van ons samen":
        # the "nee" corrects a date (panel 129, r2: a refugee's daughter left a stepchild)
    if reading.yes_no is not None:
        return reading.yes_no
    if fact == "applicant.disabled" and reading.disability:
        return True
    if fact == "applicant.other_parent_consent" and any(
        w in fold(reading.text) for w in W.CONSENT_GIVEN
    ):
        return not reading.consent_refused  # "ze wil wel tekenen" (panel 117, z5)
    if (
        fact == "applicant.relationship_predates_arrival"
        and _BORN_AFTER_ARRIVAL.search(fold(reading.text))
        and not only_the_flight(fold(reading.text))  # "geboren na dat ik weg was uit irak":
    ):  # the flight, not the arrival (panel 95, n2); "saron is geboren na ik in belgie kwam",
        return False  # "saron nog niet geboren" (panel 71, h2)
    if fact == "applicant.relationship_predates_arrival" and reading.before_arrival:
        return True
    return None


_OURS_TOGETHER = re.compile(
    r"\b(?:van ons (?:samen|beiden|twee|allebei)"
    r"|van (?:mij|mijn man|mijn vrouw) en (?:hem|haar|mij)"
    r"|(?:is|zijn) (?:van )?ons (?:samen|beiden))\b"
)
_BORN_AFTER_ARRIVAL = re.compile(
    r"\bgeboren\s+na\b|\bnog\s+niet\s+geboren\b|\bna\s+(?:mijn|zijn|haar)\s+aankomst\s+geboren\b"
)


def _number_answer(reading: Reading) -> int | None:
    """A bare number or a pronoun sentence ("ze is 78") answering an age question. Several
    numbers ("4 en 9") are no answer for one person: they are placed or asked about."""
    ages = reading.loose_ages + [a for _, a in reading.pronoun_ages]
    if len({a.years for a in ages}) == 1:
        ages = ages[:1]  # "34 ans, euh 34 jaar": one age said twice (panel 14, a5)
    lead = [a for a in reading.loose_ages if a.start <= 1]
    if len(ages) > 1 and len(lead) == 1 and len(reading.loose_ages) == 1:
        return lead[0].years  # "31, zij is 27": the 31 answers, "zij is 27" is hers (u4)
    if len(ages) > 1:
        return None
    if reading.mentions or not ages:
        # "35", "vijfendertig", "35 jaar oud", "Negen. En hoeveel kost het?": the number
        # is the whole message or its first sentence
        first_person = min(m.start for m in reading.mentions) if reading.mentions else 0
        named = len(ages) == 1 and ages[0].named and any(m.ages for m in reading.mentions)
        # "rosa is 60. mateo, haar zoon is 15" asked the son's age: not rosa's 60 (panel 79,
        # h2: "zoon: 60 jaar"); "mateo is 15. hij is de zoon van valeria" answers it
        if len(ages) == 1 and ages[0].start < first_person and not named:
            return ages[0].years  # "15 jaar, hij is van mijn vrouw ..." (panel 7, n1)
        if reading.mentions:
            return None
        first = re.split(r"[.!?,;]", reading.text.strip())[0]
        return parse_age(reading.text.strip(" .!?")) or parse_age(first.strip())
    return ages[-1].years


def _date_answer(state, reading: Reading, today: dt.date, update: Update, name: str) -> None:
    """The answer to a date question: the date the NLU tagged, else the whole message read as
    a date ("in juli vorig jaar, 21 juli"; its day is no age), unless it is about a person's
    age ("mijn zoon is 21", "hij is 8 maanden")."""
    date = _decision_day(reading, today) or _corrected_date(reading, today) or reading.date
    # "12 augustus denk ik. wacht nee het was 21 augustus" (panel 13, y1)
    if name == "recognition_date" and date is None and marriage_day_told(reading.text):
        date = _first_sentence_date(reading, today)  # "8 juli 2026. we zijn officieel
        if date is None:  # getrouwd in 2024": the first sentence's day (panel 27, b5)
            return
    if name == "recognition_date" and date is None and past_year_date(reading.text, today):
        date = past_year_date(reading.text, today)  # "het was in 2019, meer dan 5 jaar
        # geleden": the year, not 5 years before today (panel 72, h3: "sinds december 2021")
    looks_like_age = bool(reading.mentions or reading.pronoun_ages or reading.writer_ages)
    looks_like_age = (
        looks_like_age or bool(reading.client_ages) or bool(_IS_AN_AGE.search(fold(reading.text)))
    )  # "meneer Boureima is 45 jaar" (panel 128, t5: "sinds 1981")
    if (
        date is None
        and not looks_like_age
        and not any(w in fold(reading.text) for w in W.MONTH_UNITS if len(w) > 2)
    ):
        parsed = parse_date(reading.text, now=today)
        if "unparsed" not in parsed.flags and (parsed.iso or parsed.flags):
            date = {"iso": parsed.iso, "flags": parsed.flag_list()}
            reading.loose_ages.clear()
    date = date or _first_sentence_date(reading, today)
    if name == "recognition_date" and (date is None or not date.get("iso")):
        date = past_year_date((date or {}).get("text") or reading.text, today) or date
    if date is None:
        return
    _store_date(state, update, name, date, reading.text)
    update.answered = True
    reading.date = None


_IS_AN_AGE = re.compile(r"\b(?:is|ben|zijn|wordt) \d{1,3} (?:jaar|jaar oud)\b(?! geleden)")


def _first_sentence_date(reading: Reading, today: dt.date) -> dict[str, Any] | None:
    """ "8 juli 2026. we zijn officieel getrouwd ... mijn man heeft ook een dochter": a first
    sentence that is a whole date answers the date question, with more told after it (panel
    27, b5: the NLU tagged no date and the question came back)."""
    sentences = re.split(r"[.!?]\s+", reading.text.strip(), maxsplit=1)
    first = sentences[0].strip()
    if len(sentences) < 2 or not _WHOLE_DATE.fullmatch(fold(first)):
        return None
    parsed = parse_date(first, now=today)
    if "unparsed" in parsed.flags or not parsed.iso:
        return None
    return {"iso": parsed.iso, "flags": parsed.flag_list()}


_A_WHOLE_DATE = re.compile(r"\b\d{1,2}\s*(?:[a-z]+|[-/.]\s*\d{1,2}\s*[-/.])\s*(?:19|20)\d\d\b")
_DECISION_WORDS = re.compile(r"\b(?:beslis+ing|cgvs|rvv|erkend|erkenning)\b")


def _decision_day(reading: Reading, today: dt.date) -> dict[str, Any] | None:
    """A whole date in the sentence of the CGVS decision, tagged or not: "de beslising van het
    CGVS is van 19 januari 2026. De A-kaart kwam in maart" (panel 103, y1: the typo left the day
    untagged and the card's month was taken)."""
    for sentence in re.split(r"[.!?;\n]\s", fold(reading.text)):
        found = _A_WHOLE_DATE.search(sentence)
        if found and _DECISION_WORDS.search(sentence) and "kaart" not in sentence:
            parsed = parse_date(found.group(0), now=today)
            if "unparsed" not in parsed.flags and parsed.iso:
                return {"iso": parsed.iso, "flags": parsed.flag_list()}
    return None


# a day, a month (word or number) and a year, and nothing else
_WHOLE_DATE = re.compile(r"\s*\d{1,2}\s*(?:[a-z]+|[-/.]\s*\d{1,2}\s*[-/.])\s*(?:19|20)\d\d\s*")


_A_BIRTHDAY_DAY = re.compile(r"\b(?:geworden|jarig|geboren|verjaardag)\b(?: \w+)? op\b")


def _corrected_date(reading: Reading, today: dt.date) -> dict[str, Any] | None:
    """ "sinds maart, nee wacht april" with only "maart" tagged: the date after the cue; not
    "hij is al 18 geworden op 12/04/2025" (panel 112, t4: "sinds 12 april 2025")."""
    if marriage_day_told(reading.text) or _A_BIRTHDAY_DAY.search(fold(reading.text)):
        return None
    tail = corrected_date_text(reading.text) if reading.correction else None
    if not tail:
        return None
    parsed = parse_date(tail, now=today)
    if "unparsed" in parsed.flags or not parsed.iso:
        return None
    return {"iso": parsed.iso, "flags": parsed.flag_list()}


def _store_date(
    state: dict[str, Any], update: Update, name: str, date: dict[str, Any], text: str = ""
) -> None:
    flags = date.get("flags") or []
    problem = next((f for f in ("future", "ambiguous") if f in flags), None)
    if problem or not date.get("iso"):
        update.clarify = problem or "ambiguous"
        return
    iso, approximate = date["iso"], "year" if "year" in flags else "approximate" in flags
    if name == "recognition_date" and _rough_beside_exact(state, iso, approximate, text):
        return  # "ik ben pas 3 weken erkend" after "sinds 15 november" (panel 50, h5: the day
        # asked again)
    day = _day_of_month(text, int(iso[5:7])) if approximate else None
    if day is not None:  # "in februari van dit jaar, de 17de"
        iso, approximate = _on_day(iso, day) or iso, _on_day(iso, day) is None
    _set(state, update, "sponsor", name, iso)
    if name == "recognition_date":
        folded = f" {fold(text)} "
        relative = any(f" {w} " in folded for w in W.RELATIVE_DAY_WORDS)
        # "relative": the day of the letter or the message, maybe after the decision's month
        state["approximate_date"] = "relative" if relative and not approximate else approximate
        letter = _LETTER_ARRIVED.search(folded) and not _DECISION_NAMED.search(folded)
        if letter and not (approximate or relative):
            state["approximate_date"] = "letter"  # "brief kwam 16/12 vorig jaar": the letter's
            # day, a few days after the decision's (panel 109, m1: "uiterlijk op 16 december")
        card = _CARD_DAY.search(folded) and not _DECISION_NAMED.search(folded)
        if card and approximate is True and not (letter or relative):
            state["approximate_date"] = "card_month"  # "zijn papieren sinds januari": the
            # decision's day asked, the deadline "ruim vóór" (panel 113, u3)
        elif card and not (letter or approximate or relative):
            state["approximate_date"] = "card"  # "12 februari 2026 ik krijg kaart": weeks or
            # months after the decision (panel 111, u1 and u3: told as the day it counts from)


_BORN_ON = re.compile(
    r"\bgeboren (?:op |in )?(\d{1,2} [a-z]+ (?:19|20)\d\d|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)"
)


def _minor_sponsors_birth_date(state: dict[str, Any], reading: Reading, today: dt.date) -> None:
    """ "Amina is 16 (geboren 3 februari 2010)": a minor sponsor's birth date of the age told,
    kept as the day the parents' right ends (seed 001 "jonger is dan achttien jaar"; panel 73,
    g1: "vóór je cliënt 18 wordt" with no day, twice)."""
    age = state["sponsor"].get("age")
    told = _BORN_ON.search(fold(reading.text))
    if (
        age is None
        or age >= MAJORITY_AGE.value
        or not told
        or state["sponsor"].get("majority_date")
    ):
        return
    parsed = parse_date(told[1], now=today)
    if not parsed.iso or "approximate" in parsed.flags:
        return
    born = dt.date.fromisoformat(parsed.iso)
    if _years_between(born, today) == age:  # the sponsor's, not a child's
        state["sponsor"]["majority_date"] = _birthday_in(
            born, born.year + MAJORITY_AGE.value
        ).isoformat()


def _a_year_for_an_old_status(date: dict | None, reading: Reading, today: dt.date) -> dict | None:
    """ "ik ben erkend vluchteling sinds 2019": the year alone, tagged or not (panel 72, h3)."""
    told = _STATUS_SINCE_YEAR.search(fold(reading.text))
    if date is None and told:
        date = {"iso": None, "flags": [], "text": told[1]}
    if date and not date.get("iso"):
        return past_year_date(date.get("text") or "", today) or date
    return date


# "ik ben erkend vluchteling sinds 2019" with no date tagged (panel 72, h3)
_STATUS_SINCE_YEAR = re.compile(
    r"\b(?:erkend|status|bescherming|vluchteling)\b[^.?!]{0,25}\bsinds ((?:19|20)\d\d)\b"
)
# a year told of another event than the recognition
_OTHER_YEAR_EVENTS = re.compile(
    r"\b(?:trouw\w*|getrouwd|huwelijk|married|geboren|born|aangekomen|aankomst|arrived|"
    r"gevlucht|vertrokken|kwam|kwamen|asiel gevraagd)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def past_year_date(text: str, today: dt.date) -> dict[str, Any] | None:
    """ "erkend sinds 2019", "ergens in 2019, de dag weet ik niet": one year and no month, so
    long ago that its favourable period is over whatever the day: December of that year, with
    the flag "year" (said as "sinds 2019"; no day asked). None for a recent year (its month
    and day matter)."""
    folded = fold(text)
    years = {int(y) for y in _YEAR.findall(folded)}
    if len(years) != 1 or any(f" {w} " in f" {folded} " for w in MONTH_WORDS if len(w) > 3):
        return None
    if _OTHER_YEAR_EVENTS.search(folded):
        return None  # "we married in 2015 in Damascus", "ik kwam in 2019": not the status
    year = years.pop()
    last_end = add_months(dt.date(year, 12, 31), FAVOURABLE_PERIOD_MONTHS.value)
    if not 1950 <= year < today.year or last_end >= today:
        return None
    return {"iso": f"{year}-12-01", "flags": ["approximate", "year"]}


def _rough_beside_exact(state: dict[str, Any], iso: str, approximate: bool, text: str) -> bool:
    """A rough recognition date ("3 weken", "in november") near the exact day already told."""
    old = state["sponsor"].get("recognition_date")
    if not old or state.get("approximate_date"):
        return False
    folded = f" {fold(text)} "
    rough = approximate or any(f" {w} " in folded for w in W.RELATIVE_DAY_WORDS)
    gap = abs((dt.date.fromisoformat(iso) - dt.date.fromisoformat(old)).days)
    return rough and gap <= 62


_DAY_OF_MONTH = re.compile(r"\bde\s+(\d{1,2})\s*(?:ste|de|e)\b|^\s*(\d{1,2})\s*(?:ste|de|e)?\s*$")


_DAY_AND_MONTH = re.compile(r"\b(\d{1,2})\s+([a-z]+)\b")


def _day_of_month(text: str, month: int | None = None) -> int | None:
    """ "de 17de", "de 30ste", a bare "12", or with the month known "2 oktober" (panel 3 a5:
    "in oktober vorig jaar. 2 oktober 2025"): a day of the month, else None."""
    match = _DAY_OF_MONTH.search(fold(text))
    if match:
        day = int(match.group(1) or match.group(2))
        return day if 1 <= day <= 31 else None
    for day, word in _DAY_AND_MONTH.findall(fold(text)):
        if month is not None and MONTH_WORDS.get(word) == month and 1 <= int(day) <= 31:
            return int(day)
    return None


def _on_day(iso: str, day: int) -> str | None:
    try:
        return dt.date.fromisoformat(iso).replace(day=day).isoformat()
    except ValueError:
        return None


def _day_answer(state, reading: Reading, today: dt.date, update: Update) -> None:
    """The exact day of a recognition date known roughly: a whole date, or a day ("de 12de")."""
    known = state["sponsor"].get("recognition_date")
    day = _day_of_month(reading.text)
    if day is not None and known and _on_day(known, day):
        _set(state, update, "sponsor", "recognition_date", _on_day(known, day))
        state["approximate_date"] = False
        update.answered = True
        reading.loose_ages.clear()
        return
    _date_answer(state, reading, today, update, "recognition_date")


# --- the sponsor -------------------------------------------------------------------------------


def _still_waiting(state: dict[str, Any], reading: Reading) -> str | None:
    """ "k heb asiel gevraagd in februari en wacht nog", "wacht nog op zijn interview bij het
    CGVS": an asylum seeker, told without the NLU tagging a status (never over a known one,
    never with a word of recognition in the message)."""
    if state["sponsor"].get("status"):
        return None
    folded = f" {fold(reading.text)} "
    waiting = any(w in folded for w in W.STILL_WAITING) and any(
        w in folded for w in (" asiel", " cgvs", " interview")
    )
    recognised = any(w in folded for w in W.RECOGNISED_WORDS)
    return "asylum_seeker" if waiting and not recognised else None


def _studies_beside_protection(state: dict[str, Any], reading: Reading) -> bool:
    """Studies told by a sponsor already protected or Belgian, with no card or stay named."""
    known = state["sponsor"].get("status") in ("refugee", "subsidiary_protection", "belgian")
    card = any(w in fold(reading.text) for w in ("kaart", "verblijf", "visum", "tijdelijk"))
    return known and not card and not reading.correction


def _a_card_not_the_status(state: dict[str, Any], reading: Reading) -> bool:
    """ "en als mijn A-kaart over 2 jaar afloopt, wat gebeurt er dan?": the card asked about,
    no new status (panel 76, g5: "Jij: niet-EU-burger met verblijf"); "mijn oude
    verblijfskaart, ik had die tot 2021 als kind van mijn ma": the son's own card, not his
    Belgian mother's status (panel 110, n5)."""
    folded = fold(reading.text)
    if state.get("writer") == "applicant" and _MY_OWN_CARD.search(folded):
        return True
    return bool(state["sponsor"].get("status") and _CARD_ENDS.search(folded))


_MY_OWN_CARD = re.compile(
    r"\b(?:mijn|m'n|mn)\s+(?:oude\s+|vorige\s+|eigen\s+)?(?:verblijfs)?kaart\b"
    r"|\bik had (?:die|een|de) (?:verblijfs)?kaart\b"
)
_WRITER_BELGIAN = re.compile(
    r"\b(?:ik|ik zelf|zelf) ben (?:ik )?(?:zelf |ook |wel |zelf wel )?(?:een )?"
    r"belg(?:isch|ische)?\b"
)


_CARD_ENDS = re.compile(
    r"\b(?:als|wanneer|indien)\b[^?]{0,40}\b(?:afloopt|verloopt|vervalt|stopt)\b"
)


def _status_of_no_sponsor(state: dict[str, Any], reading: Reading) -> bool:
    """The status is told of a relative who is not the one in Belgium ("mijn nonkel ... is
    nederlander" from a girl writing for her papa), never of "mijn broer" who is (panel 24)."""
    context = state.get("context") or {}
    return bool(reading.status_of_a_relative) and all(
        context.get(f"{kind}:{word}") != "sponsor" and word != state.get("sponsor_word")
        for kind, word in reading.status_of_a_relative
    )


_WRITERS_OWN_STATUS = re.compile(
    r"\bik (?:heb|ben|zelf|als)\b[^.?!]{0,20}\b(?:[abcfkl][- ]?kaart|kaart|vluchteling|belg\w*|"
    r"eu-burger|student\w*|erkend)"
)


def _the_helpers_own_status(state: dict[str, Any], reading: Reading) -> bool:
    """A helper tells her own status once the sponsor's is known."""
    if state.get("writer") != "helper" or not state["sponsor"].get("status"):
        return False
    folded = fold(reading.text)
    return bool(_WRITERS_OWN_STATUS.search(folded)) and not re.search(
        r"\b(?:ze|zij|hij|je cli\w*|mijn (?:vrouw|man|papa|mama|vader|moeder))\b[^.?!]{0,15}"
        r"\b(?:is|heeft)\b[^.?!]{0,20}\b(?:kaart|vluchteling|belg|erkend|bescherming)",
        folded,
    )


def _told_status(state: dict[str, Any], reading: Reading) -> str | None:
    """The sponsor's status the message tells, unless a temporary stay is someone else's."""
    status = reading.status or _still_waiting(state, reading)
    if _a_card_not_the_status(state, reading):
        return None
    if status == "belgian" and state.get("writer") == "helper":
        if _WRITER_BELGIAN.search(fold(reading.text)):  # "IK ben Belg. Mijn BROER Karim ... is
            # erkend vluchteling": his sister's nationality, not her brother's (panel 58, h3);
            # "ik zelf ben Belg hoor ... Bij hem is het asiel nog bezig" (panel 109, q5)
            others = [s for s in reading.statuses if s != "belgian"]
            return others[0] if others else _still_waiting(state, reading)
    if _the_helpers_own_status(state, reading) or _the_protected_persons_past_or_card(
        state, reading, status
    ):  # "Ik heb B-kaart, ik ben geen vluchteling" from the husband who types for his
        return None  # recognised wife: his card (round 121, q2: "Je vrouw: niet-EU-burger")
    student_before = state["sponsor"].get("status") == "temporary_stay"
    if status == "third_country_national" and student_before and not reading.works:
        return None  # "ik heb toch een A kaart, ... voor mijn master" of a student: still her
        # student's stay (panel 94, p4: "Je man en je zoon: recht op gezinshereniging")
    if status != "temporary_stay":
        return status
    if state.get("writer") == "applicant" and not _TEMPORARY_PROTECTION_OF_ANOTHER.search(
        fold(reading.text)
    ):
        return None  # "ik ben 23, ik studeer" from the daughter abroad: her studies, not the
        # refugee mother's stay (panel 35, f4: "tijdelijk verblijf" for the mother); but "ze
        # heeft tijdelijke bescherming, geen erkenning" is hers (panel 112, t1)
    if state.get("sponsor_works") and not reading.student:
        return None  # "mijn verblijf is tijdelijk (A-kaart)" after "ik werk hier, met
        # arbeidskaart": a worker's card, not a student's (panel 34, c4: the right flip-flopped)
    if _studies_beside_protection(state, reading):
        return None  # "ik studeer nog, werk alleen weekend student job" of a recognised
        # refugee: his studies, not a student's card (panel 51, g6: "tijdelijk verblijf")
    return status


_TEMPORARY_PROTECTION_OF_ANOTHER = re.compile(
    r"\b(?:ze|zij|hij|mama|moeder|papa|vader|mijn man|mijn vrouw)\b[^.?!]{0,25}"
    r"\btijdelijke? (?:bescherming|beschermd)"
)
_NOT_PROTECTED = re.compile(r"\b(?:geen|niet) (?:erkend|vluchteling|subsidiair)|\bgeweigerd\b")


def _the_protected_persons_past_or_card(state, reading: Reading, status: str | None) -> bool:
    """ "Hij heeft trouwens asiel aangevraagd toen hij 16 was" (panel 104, z2: "Je cliënt:
    asielzoeker"), "De A-kaart kwam in maart" (panel 103, y1: "niet-EU-burger met verblijf")
    of a recognised refugee: his past and his card, not a new status."""
    if status == "asylum_seeker":
        return _asylum_told_as_history(state, reading)
    return status == "third_country_national" and _a_protected_persons_card(state, reading)


_BACK_IN_PROCEDURE = re.compile(
    r"\b(?:nog|nu|weer|opnieuw|terug)\b[^.?!]{0,20}\basiel|\bgeweigerd\b|\bingetrokken\b"
    r"|\bgeen (?:erkend|vluchteling|bescherming)\b|\bniet erkend\b"
)


def _asylum_told_as_history(state: dict[str, Any], reading: Reading) -> bool:
    """The asylum application of a sponsor already protected: his past, not a new status."""
    if state["sponsor"].get("status") not in ("refugee", "subsidiary_protection"):
        return False
    return not _BACK_IN_PROCEDURE.search(fold(reading.text))


def _a_protected_persons_card(state: dict[str, Any], reading: Reading) -> bool:
    """A card told beside a known protection status: the card refugees and the subsidiary
    protected get, not a worker's status (unless the message says the protection is not so)."""
    if state["sponsor"].get("status") not in ("refugee", "subsidiary_protection"):
        return False
    folded = fold(reading.text)
    work = re.search(r"\b(?:werk\w*|arbeid\w*|student\w*|studeer|nee|toch niet)\b", folded)
    return bool(_CARD_WORD.search(folded)) and not (_NOT_PROTECTED.search(folded) or work)


def _a_married_adult(state: dict[str, Any]) -> bool:
    """ "ik kwam alleen in belgie jan 2024" from a wife of 20 years: she came without her
    family, no unaccompanied minor (panel 109, m1: "alleen gekomen" in the summary)."""
    spouse = any(p["relationship"] in COUPLES and not p.get("self") for p in state["people"])
    return spouse or (state["sponsor"].get("age") or 0) >= 25


def _sponsor_facts(state: dict[str, Any], reading: Reading, today: dt.date, update: Update):
    if reading.works:  # "ik werk hier", "met arbeidskaart": kept for the conversation
        state["sponsor_works"] = True
    status = _told_status(state, reading)
    someone_elses = reading.status_of_another and (
        state.get("writer") == "sponsor" or _status_of_no_sponsor(state, reading)
    )

    if status and not (someone_elses and state["sponsor"].get("status")):
        _set(state, update, "sponsor", "status", status)  # not "ze is hier met een
        # verblijfskaart" about his first wife (panel 6, l4)
    helper_says = reading.uam_cue and state.get("writer") == "helper"  # "hij kwam alleen" (a4)
    if (
        (reading.unaccompanied or helper_says)
        and state["sponsor"].get("unaccompanied_minor") is None
        and not _a_married_adult(state)
    ):
        _set(state, update, "sponsor", "unaccompanied_minor", True)
    if reading.writer_minor_at_asylum is not None and state.get("writer") != "applicant":
        _set(
            state, update, "sponsor", "minor_at_asylum_application", reading.writer_minor_at_asylum
        )
    _writer_minor_at_the_sponsors_asylum(state, reading, update)
    date = (
        reading.date
        or _date_not_that(reading, today, state)
        or _letters_day_again(reading, today, state)
    )
    question = (state.get("question") or {}).get("fact")
    if someone_elses and state["sponsor"].get("recognition_date") and question not in DATE_FACTS:
        date = None  # "voor mijn neef: hij heeft subsidiaire bescherming sinds augustus": his
        # date, not the sponsor's (panel 25, j1)
    if date and question in _A_CHILDS_DAY and state["sponsor"].get("recognition_date"):
        date = None  # "ja 20 augustus" to "Werd je kind 18 vóór jij erkend werd?": his birthday
        # (panel 100, s1: "Ik heb het aangepast. • Jij: erkend vluchteling, sinds 20 augustus")
    if date and question not in DATE_FACTS and _a_month_beside_a_known_day(state, reading, date):
        date = None  # "de beslissing komt pas na april" (panel 44, h1: "sinds april 2026")
    if question not in DATE_FACTS and state["sponsor"].get("status") in NOT_RECOGNISED:
        date = None  # a Belgian has no recognition: "de beslissing komt pas na 14 april"
        # (panel 63, h2: "Jij: Belg, sinds 14 april 2026", his daughter's birthday)
    _minor_sponsors_birth_date(state, reading, today)
    date = _a_year_for_an_old_status(date, reading, today)
    date = _the_known_year(state, date)
    if date:
        name = question.split(".", 1)[1] if question in DATE_FACTS else "recognition_date"
        date = _corrected_date(reading, today) or date
        _store_date(state, update, name, date, reading.text)


# questions about a child's birthday, answered with its day beside the recognition told before
_A_CHILDS_DAY = ("applicant.adult_before_sponsor_recognition",)


def _writer_minor_at_the_sponsors_asylum(state, reading: Reading, update: Update) -> None:
    """ "Toen mijn vader op 6 mei 2024 asiel aanvroeg in België was ik dus al 18 jaar, niet
    17": the daughter who writes was no minor at her father's application (seed 003: "Een kind
    dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar aanvraag om
    internationale bescherming in België heeft ingediend"; panel 131, y2: "Ja, dat telt. Je
    was jonger dan 18")."""
    if reading.writer_minor_at_sponsors_asylum is None or state.get("writer") != "applicant":
        return
    me = next((p for p in state["people"] if p.get("self")), None)
    if me is not None and me["relationship"] in CHILDREN:
        fact = "minor_when_sponsor_applied_for_asylum"
        _set(state, update, me["id"], fact, reading.writer_minor_at_sponsors_asylum)


def _the_known_year(state: dict[str, Any], date: dict | None) -> dict | None:
    """ "weet ik niet precies, begin februari" after "februari 2025": the month told again,
    without its year, keeps the year told (panel 84, i4: "sinds februari 2026")."""
    known = state["sponsor"].get("recognition_date")
    if not date or not known or re.search(r"\b(?:19|20)\d\d\b", date.get("text") or ""):
        return date
    if date["iso"][5:7] != known[5:7] or date["iso"][:4] == known[:4]:
        return date
    return {**date, "iso": known[:4] + date["iso"][4:]}


def _a_month_beside_a_known_day(state: dict[str, Any], reading: Reading, date: dict) -> bool:
    """A month alone, in a message that does not speak of the status, does not replace a
    status day already told (the DVZ's decision, a birthday, a plan to apply)."""
    known = state["sponsor"].get("recognition_date")
    exact = known and not state.get("approximate_date")
    month_only = "approximate" in (date.get("flags") or [])
    words = f" {fold(reading.text)} "
    return bool(exact and month_only) and not any(w in words for w in W.STATUS_TALK)


_WHOLE_DAY = re.compile(rf"\b\d{{1,2}} (?:{MONTH_ALTERNATION}) (?:19|20)\d\d\b")
_ON_THE_LETTER = re.compile(r"\b(?:letter|brief|beslissing|decision|erkenning|erkend)\b")


def _letters_day_again(reading: Reading, today: dt.date, state: dict[str, Any]) -> dict | None:
    """ "WAIT. I check the letter now. it is 16 mei 2025, not this year" (no date tagged): the
    recognition date told before, corrected (panel 112, t2: "sinds juni 2026" kept)."""
    folded = fold(reading.text)
    found = _WHOLE_DAY.findall(folded)
    corrected = reading.correction or re.search(r"\b(?:not|niet|wait|wacht|sorry|fout)\b", folded)
    if not (corrected and state["sponsor"].get("recognition_date") and len(found) == 1):
        return None
    if not _ON_THE_LETTER.search(folded) or _OTHER_YEAR_EVENTS.search(folded):
        return None
    parsed = parse_date(found[0], now=today)
    if "unparsed" in parsed.flags or not parsed.iso:
        return None
    return {"iso": parsed.iso, "flags": parsed.flag_list()}


def _date_not_that(reading: Reading, today: dt.date, state: dict[str, Any]) -> dict | None:
    """ "de datum is 21 augustus niet 12" (no date tagged) corrects the recognition date told
    before (panel 13, y1)."""
    if not reading.date_instead or not state["sponsor"].get("recognition_date"):
        return None
    parsed = parse_date(reading.date_instead, now=today)
    if "unparsed" in parsed.flags or not parsed.iso:
        return None
    return {"iso": parsed.iso, "flags": parsed.flag_list()}


# --- relatives named in the message ----------------------------------------------------------


def _expected_baby(state: dict[str, Any], reading: Reading) -> None:
    """ "ze is zwanger" is remembered; then "de baby komt in maart" is the child on the way,
    no applicant of 0 (panel 13, y4). Kept in the state like every family fact, erased with
    the conversation."""
    if any(m.context == "unborn" for m in reading.mentions) or reading.unborn:
        state["expecting"] = True
    if not state.get("expecting"):
        return
    unborn_now = False
    for mention in reading.mentions:
        baby = mention.relationship == "child" and mention.word in W.BABY_WORDS
        if baby and not mention.ages and mention.context is None:
            mention.context = "unborn"
            unborn_now = True
    for mention in reading.mentions if unborn_now else []:  # "de baby ... telt die als mijn
        if mention.relationship == "child" and not mention.ages and mention.context is None:
            mention.context = "unborn"  # kind?": the same baby (panel 49, g2)


def _who_holds_custody(state: dict[str, Any], mention: Mention, text: str = "") -> bool:
    """A partner or parent named in the answer to "Wie heeft het hoederecht ...?", or a partner
    said to hold a stepchild's custody ("mijn vrouw valeria heeft alleen het hoederecht";
    panel 78, h2: the wife added as one who comes)."""
    asked = (state.get("question") or {}).get("fact") in PARENTS_FACTS
    if asked and mention.relationship in (*COUPLES, "parent") and not mention.coming:
        return True
    stepchild = any(p["relationship"] == "stepchild" for p in state["people"])
    holds = _HOLDS_CUSTODY.match(fold(text[mention.end :]))
    return stepchild and mention.relationship in COUPLES and bool(holds) and not mention.coming


_HOLDS_CUSTODY = re.compile(
    r"^(?:\s+[a-z]+)?\s+(?:heeft|had|krijgt)\s+(?:alleen\s+|zelf\s+)?(?:het\s+|de\s+)?"
    r"(?:alleen\s+)?(?:hoederecht|voogdij|gezag|ouderlijk gezag)\b"
)


def _mentions(state: dict[str, Any], reading: Reading, update: Update) -> None:
    previous: Mention | None = None
    for_sponsor = state.get("writer") in ("helper", "applicant")
    earlier = dict(state.get("context") or {})  # context from earlier messages
    for mention in reading.mentions:
        if mention.earns_only and _one_who_comes(state, mention):
            mention.is_sponsor = False  # her own income asked about, not a partner here
            # ("mijn vrouw heeft werk en eigen geld. is dat slecht?"; panel 77, g5)
        _the_partners_child_who_comes(state, mention)
        _the_helpers_word_again(state, mention)
        _the_applicants_partner(state, mention)
        if _who_holds_custody(state, mention, reading.text):
            continue  # "Mijn partner en de andere ouder samen" answers who has custody: no
            # partner who comes (panel 41, g5: "Je partner: wil naar België komen")
        _applicant_for_the_sponsor(state, reading, mention, for_sponsor)
        _coming_after_all(state, mention)
        _remembered_context(state, mention, earlier, reading.text)
        _the_common_child_here(state, mention)
        _siblings_of_the_asked(state, mention)
        if _the_asked_child(state, mention):
            pass
        elif mention.context == "same":
            _relabel_told_again(state, previous, mention)
        elif _context_mention(state, mention, update):
            pass
        elif mention.is_sponsor:
            _sponsor_mention(state, mention, update)
        elif _the_writer_again(state, mention) or _the_writer_asked_of(state, reading, mention):
            pass  # "zelfde mama en papa" written by the mama (panel 12, x1)
        elif not mention.context:
            _applicant_mention(state, reading, mention, previous, update)
        previous = mention


def _the_applicants_partner(state: dict[str, Any], mention: Mention) -> None:
    """The partner abroad who writes: her "partner", "man" or "vriend" is the one in Belgium,
    whatever word she used first ("Mijn man woont in Mechelen" ... "mijn partner Rahul is
    31"; panel 109, m3: "Je partner: 31 jaar" beside "Je man")."""
    me = next((p for p in state["people"] if p.get("self")), None)
    couple = me is not None and me["relationship"] in COUPLES
    if (
        state.get("writer") == "applicant"
        and couple
        and mention.relationship in COUPLES
        and mention.owner == "writer"
        and mention.context in (None, "third_party")
    ):
        mention.is_sponsor, mention.context = True, None


def _the_helpers_word_again(state: dict[str, Any], mention: Mention) -> None:
    """A family helper's own word for the one in Belgium, told again: "mijn MA heeft de
    bescherming" from her son is she (panel 108, n4: "Is de mama van je ma op hoge leeftijd?")."""
    again = (
        state.get("writer") == "helper"
        and mention.owner in ("writer", "bare")
        and mention.word == state.get("sponsor_word")
        and mention.context in (None, "third_party")
        and not (mention.another or mention.qualifier or mention.little)  # not "onze jongste
        # broer" (panel 58, h3)
    )
    if again:
        mention.is_sponsor, mention.context = True, None


def _the_partners_child_who_comes(state: dict[str, Any], mention: Mention) -> None:
    """ "39. Ze heeft ook een zoon, Mark, 14 jaar ... Hij moet ook mee komen" of the one wife
    who comes: her son comes too, the writer's stepson (panel 63, g3: "Over wie gaat 39, 14
    jaar?"), not a child of someone else."""
    if not (mention.context == "third_party" and mention.coming and mention.relationship
            == "child"):  # fmt: skip
        return
    partners = [p for p in state["people"] if p["relationship"] in COUPLES and not p.get("self")]
    others = [p for p in state["people"] if p["relationship"] not in (*COUPLES, *CHILDREN)]
    if len(partners) == 1 and not others:
        mention.context, mention.of_the_partner = None, True


def _relabel_told_again(state: dict[str, Any], previous: Mention | None, mention: Mention):
    """ "de grootmoeder van het meisje, dus de moeder van mijn cliënte": the one grandmother
    stored is the client's mother (a parent of the sponsor; panel 35, f2)."""
    if previous is None or (previous.relationship, mention.relationship) != (
        "grandparent",
        "parent",
    ):
        return
    same = [p for p in state["people"] if p["relationship"] == "grandparent" and not p.get("self")]
    if len(same) == 1:
        same[0]["relationship"], same[0]["word"] = "parent", mention.word


def _the_asked_child(state: dict[str, Any], mention: Mention) -> bool:
    """ "nee, dochter van mn eerste vrouw", asked "Is je kind van 9 jaar een kind van jou en je
    vrouw samen?": the child asked about, now with her word, not a stepchild more (panel 34,
    c1: a fifth, sixth and seventh child asked, then the four taken out)."""
    question = state.get("question") or {}
    asked = S.person(state, question.get("person"))
    if asked is None or asked.get("self") or asked["relationship"] not in CHILDREN:
        return False
    if mention.relationship not in CHILDREN or mention.ages or mention.context:
        return False
    own_child_told = (mention.relationship, asked["relationship"]) == ("stepchild", "child")
    if mention.relationship != asked["relationship"] and not own_child_told:
        return False  # "de jongen is mijn zoon" of a stepchild: relabelled (panel 6, l4)
    if mention.word in W.PLURAL_WORDS or question.get("fact") == "applicant.relationship":
        return False
    if mention.coming or mention.another or mention.owner == "writer":
        return False  # "ik heb ook nog een dochter in syrie, zij moet ook komen" (review)
    if asked.get("word") in (None, mention.word):
        asked["word"] = mention.word
        asked["pronoun"] = asked.get("pronoun") or S.pronoun_for(mention.word)
    return True


def _siblings_of_the_asked(state: dict[str, Any], mention: Mention) -> None:
    """ "ja zijn broertje en zusje, 4 en 11", asked whether the adult son's minor brothers or
    sisters apply: the writer's own children, no sisters of the writer (panel 33, b4)."""
    question = state.get("question") or {}
    asked = S.person(state, question.get("person"))
    if question.get("fact") != "applicant.minor_siblings_applying" or asked is None:
        return
    if mention.relationship == "sibling" and not asked.get("self") and mention.owner != "writer":
        mention.context = "negated"  # not "en mijn zus van 15 is ook alleen daar" (review)


_COMMON_CHILD_HERE = "child:common"


def _the_common_child_here(state: dict[str, Any], mention: Mention) -> None:
    """ "ja een zoontje van 8 maand, hij is hier bij mij in belgie geboren" of the partner's
    child: the common child lives here; later "we hebben toch een kind samen", "helpt het kind
    voor karim?" name that child, no applicant (panel 33, b3: asked its age and custody, given
    a deadline)."""
    if mention.relationship != "child" or mention.owner not in ("bare", "writer"):
        return
    if mention.context is not None or mention.word in W.PLURAL_WORDS:
        return  # "geen andere kinderen": no one (panel 33, b5)
    remembered = state.setdefault("context", {})
    partner = any(p["relationship"] in COUPLES and not p.get("self") for p in state["people"])
    if mention.is_sponsor and partner and not mention.another:
        remembered[_COMMON_CHILD_HERE] = "in_belgium"
        remembered[f"{_COMMON_CHILD_HERE}:word"] = mention.word
        return
    children = any(p["relationship"] in CHILDREN for p in state["people"])
    told_here = remembered.get(_COMMON_CHILD_HERE) == "in_belgium"
    same = mention.word in (remembered.get(f"{_COMMON_CHILD_HERE}:word"), *W.CHILD_GENERIC)
    if told_here and same and not children and not mention.ages and not mention.coming:
        mention.context = "in_belgium"  # not "mijn dochter is nog in libanon" (review)


def _someone_elses(state: dict, reading: Reading, mention: Mention) -> bool:
    """A helper's "haar/zijn <relative>" that is someone else's, not the client's: "Adam moet
    wel overkomen, samen met zijn moeder" (the client's wife; panel 87, i2); "De moeder is
    hertrouwd. Haar man ... en hun zoontje" (a minor client's mother's new family; panel 71,
    h5); "De vader blijft in Guinee, hij ... zorgt voor zijn eigen moeder" (panel 72, g2)."""
    return (
        _the_childs_parent(state, reading, mention)
        or _the_parents_new_family(state, mention)
        or _a_relatives_own(reading, mention)
        or _the_relative_just_named_has(reading, mention)
    )


_HE_OR_SHE_HAS = re.compile(r"\b(?:he|she|hij|zij|ze) (?:has|have|got|heeft)\b[^.?!]{0,25}$")


def _the_relative_just_named_has(reading: Reading, mention: Mention) -> bool:
    """ "we have uncle Khaled. He has wife and 6 children": the uncle's, named just before,
    not the client's (panel 128, u2: "Hoe oud is je vrouw?" to his sister)."""
    before = fold(reading.text[max(0, mention.start - 40) : mention.start])
    if not _HE_OR_SHE_HAS.search(before):
        return False
    earlier = [m for m in reading.mentions if m.end <= mention.start and m is not mention]
    return (
        bool(earlier) and earlier[0].relationship == "other_relative" and not earlier[0].is_sponsor
    )


def _applicant_for_the_sponsor(state: dict, reading: Reading, mention: Mention, for_sponsor: bool):
    """Someone else than the sponsor writes: the sponsor's relatives are applicants; the
    sponsor writes "haar zoon" of his wife: her son, his stepchild (panel 28, b2)."""
    if not for_sponsor and _the_partners_child(state, mention):
        mention.context, mention.relationship = None, "stepchild"
    if not for_sponsor and (
        _the_stepchilds_parent(state, reading, mention)
        or _the_childs_parent(state, reading, mention)
    ):
        mention.context = "negated"  # "moet die samen met zijn papa aanvragen": the partner
    elif not for_sponsor and _the_partners_parent(
        state, reading, mention
    ):  # "zijn mama (58) zit nu
        mention.context, mention.relationship = None, "other_relative"  # alleen in fes. kan
        mention.word = W.PARENT_IN_LAW[mention.word in W.FEMALE_WORDS]  # zij ook komen?" (b5)
    if _the_parents_other_child(state, mention):  # "ze woont samen met haar andere zoon
        mention.relationship, mention.owner = "sibling", "writer"  # Hassan" of the client's
        mention.word = W.PARENTS_OTHER_CHILD[mention.word in W.FEMALE_WORDS]  # mother (93, p2)
    if for_sponsor and mention.context == "third_party" and _someone_elses(state, reading, mention):
        mention.context = "negated"
    if for_sponsor and mention.context == "third_party":
        mention.context = None  # a social worker's (or the wife's) "zijn vrouw", "zijn
        # zusje": the client's (the sponsor's) relative, an applicant
    if mention.context == "other_parent" and _the_writers_partner(state, mention):
        mention.context = None  # "de papa is 49" from the refugee's mother (x1)
    if mention.context == "other_parent" and for_sponsor and _known_parent(state, mention):
        mention.context = _own_parent(mention)  # a social worker's "de mama is 45": the
        # client's mother (a4)
    if mention.context == "other_parent" and _the_clients_parent(state, mention):
        mention.context = _own_parent(mention)  # "de moeder van mijn cliënt wil ook komen"
        # (panel 19, k3)


def _own_parent(mention: Mention) -> str | None:
    """The client's own parent: an applicant, unless told of as staying (panel 72, g2) or
    named after "zonder" (panel 73, g1: "Kan de mama komen zonder de papa?" added him)."""
    if mention.stays_away:
        return "not_coming"
    return "negated" if mention.without else None


def _a_relatives_own(reading: Reading, mention: Mention) -> bool:
    """ "zijn eigen moeder" in a sentence that named the client's father before: his."""
    owner = {"zijn": "hij", "haar": "zij"}.get(mention.possessive or "")
    sentence_start = max(reading.text.rfind(c, 0, mention.start) for c in ".!?\n")
    return any(
        not m.is_sponsor and sentence_start < m.start < mention.start
        and S.pronoun_for(m.word) == owner
        for m in reading.mentions
    )  # fmt: skip


def _the_parents_other_child(state: dict[str, Any], mention: Mention) -> bool:
    """ "haar andere zoon" where "haar" is the one parent who comes (no partner of hers in the
    conversation): the sponsor's brother."""
    if mention.relationship != "child" or mention.owner != "third":
        return False
    if mention.qualifier not in ("andere", "ander"):
        return False
    pronoun = {"haar": "zij", "zijn": "hij"}.get(mention.possessive or "")
    parents = [
        p for p in state["people"] if p["relationship"] == "parent" and p.get("pronoun") == pronoun
    ]
    couples = [p for p in state["people"] if p["relationship"] in COUPLES]
    return len(parents) == 1 and not couples


def _the_parents_new_family(state: dict[str, Any], mention: Mention) -> bool:
    """A minor sponsor's "haar man", "hun zoontje" beside a parent who comes: the parent's
    partner and child, not the minor's own spouse or child."""
    minor = (state["sponsor"].get("age") or 99) < 18
    parents = any(p["relationship"] == "parent" for p in state["people"])
    return minor and parents and mention.relationship in ("spouse", "partner", "child")


def _the_clients_parent(state: dict[str, Any], mention: Mention) -> bool:
    """A social worker's "de moeder (van mijn cliënt)": the client's own parent, one who
    comes, not a child's other parent (no child of the client is in the conversation)."""
    if state.get("writer") != "helper" or mention.relationship != "parent":
        return False
    return not any(p["relationship"] in CHILDREN for p in state["people"])


def _known_parent(state: dict[str, Any], mention: Mention) -> bool:
    pronoun = S.pronoun_for(mention.word)
    return any(
        p["relationship"] == "parent" and p.get("pronoun") == pronoun and not p.get("self")
        for p in state["people"]
    )


def _selected_group(state: dict[str, Any], mention: Mention) -> None:
    """ "de kleine is 14 jaar en de grote 20", asked "Hoe oud is je eerste broer?": one of the
    group asked about, not a child (panel 20, n1: "Je kind: 14 jaar" beside two brothers)."""
    if not mention.selector or any(p["relationship"] == mention.relationship
                                   for p in state["people"]):  # fmt: skip
        return
    asked = S.person(state, (state.get("question") or {}).get("person"))
    groups = [asked["relationship"]] if asked else []
    groups += [p["relationship"] for p in state["people"] if not p.get("self")]
    for relationship in groups:
        if sum(p["relationship"] == relationship for p in state["people"]) > 1:
            mention.relationship = relationship
            return


def _the_partners_parent(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """ "zijn mama" from the sponsor whose one partner is a man: her mother-in-law, asked to
    come; not "mijn zoon ... zijn vader geeft toestemming" (the child's father; review)."""
    if mention.relationship != "parent" or mention.owner != "third":
        return False
    if any(
        m.relationship in CHILDREN
        and not (m.owner == "third" and m.possessive == mention.possessive)
        for m in reading.mentions
    ):  # but "haar mama Rosa (60) ... en haar zoon Mateo 15": both the wife's (panel 72, h5)
        return False
    asked = re.search(r"\b(?:komen|mee|aanvra\w*|visum)\b", fold(reading.text))
    return bool(asked) and _of_the_one_partner(state, mention)


def _the_stepchilds_parent(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """ "en omar? moet die samen met zijn papa aanvragen" of the partner's son: "zijn papa" is
    the partner, no father-in-law (panel 36, h2: "Je schoonvader" added, kept after two
    corrections). Not when the partner is named in the message ("mag mijn vrouw samen met haar
    mama komen?": her mother)."""
    if mention.relationship != "parent" or mention.owner != "third" or mention.ages:
        return False  # "kan hij samen met zijn papa komen? die is 70": the husband's father
    lead = fold(reading.text[: mention.end])
    if not re.search(r"\b(?:die|ze|zij|het kind|de jongen|het meisje) (?:\w+ )?(?:samen )?met"
                     r" (?:zijn|haar|z'n|zn) \w+$", lead):  # fmt: skip
        return False  # the child spoken of ("moet die samen met zijn papa"), not "hij"
    if any(m.relationship in COUPLES for m in reading.mentions):
        return False
    if not any(p["relationship"] == "stepchild" for p in state["people"]):
        return False
    couples = [p for p in state["people"] if p["relationship"] in COUPLES and not p.get("self")]
    parent_pronoun = "zij" if mention.word in W.FEMALE_WORDS else "hij"
    return len(couples) == 1 and couples[0].get("pronoun") == parent_pronoun


def _the_childs_parent(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """ "Mag Yazan alleen met zijn vader reizen?" from the mother: the boy's father, the
    husband who comes with him, no father-in-law (panel 42, h5: "Je schoonvader" added)."""
    if mention.relationship != "parent" or mention.owner != "third" or mention.ages:
        return False
    lead = fold(reading.text[: mention.end])
    if not re.search(r"\bmet (?:zijn|haar|z'n|zn|hun|hunne) \w+$", lead):
        return False  # "Lina en Yazan, die komen toch mee met hun moeder" (panel 116, u3)
    if any(m.relationship in COUPLES for m in reading.mentions):
        return False  # "mag mijn vrouw samen met haar mama komen?": her mother
    couples = [p for p in state["people"] if p["relationship"] in COUPLES and not p.get("self")]
    children = [p for p in state["people"] if p["relationship"] == "child"]
    parent_pronoun = "zij" if mention.word in W.FEMALE_WORDS else "hij"
    partner = len(couples) == 1 and couples[0].get("pronoun") == parent_pronoun
    travels = re.search(
        r"\b(?:reis|reiz|mee|samen met|indien|aanvra)", fold(reading.text)
    )  # "esther
    # moet die samen met haar mama indienen" (panel 84, j1: "Je schoonmoeder" added)
    return partner and bool(children) and bool(travels)


def _of_the_one_partner(state: dict[str, Any], mention: Mention) -> bool:
    if mention.context not in (None, "third_party"):
        return False
    couples = [p for p in state["people"] if p["relationship"] in COUPLES and not p.get("self")]
    couples = couples or _partners_in_belgium(state)
    if len(couples) != 1:
        return False
    pronoun = {"haar": "zij", "hare": "zij", "zijn": "hij", "z'n": "hij", "zn": "hij"}
    return pronoun.get(mention.possessive or "") == couples[0].get("pronoun")


def _partners_in_belgium(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The partner named only as living with the writer ("mijn vrouw ... woont al bij mij";
    panel 72, h5: then "haar mama" and "haar zoon" are hers)."""
    here = [key for key, where in (state.get("context") or {}).items() if where == "in_belgium"]
    words = [key.partition(":")[2] for key in here if key.partition(":")[0] in COUPLES]
    return [{"pronoun": S.pronoun_for(word)} for word in words if word]


def _the_partners_child(state: dict[str, Any], mention: Mention) -> bool:
    """ "haar zoon" from the sponsor whose one partner is a woman ("zijn" and a man)."""
    if mention.owner != "third" or mention.relationship not in ("child", "stepchild"):
        return False
    return _of_the_one_partner(state, mention)


# "waar moet paul de aanvraag indienen? mag dat ook in een ander land, mijn zus woont in
# Nigeria": a relative named as a place to file, no one who comes (panel 76, h5)
_A_POST_ASKED = re.compile(r"\b(?:indienen|aanvragen|ambassade|consulaat|ander land)\b")


def _named_for_a_place(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    if not state.get("answered") or mention.coming or "?" not in reading.text:
        return False
    known = any(p["relationship"] == mention.relationship for p in state["people"])
    where = re.search(r"\bwoont (?:nu )?in\b", fold(reading.text[mention.end : mention.end + 20]))
    return not known and bool(where) and bool(_A_POST_ASKED.search(fold(reading.text)))


def _applicant_mention(state, reading: Reading, mention: Mention, previous, update) -> None:
    if _named_for_a_place(state, reading, mention) or (
        _the_writers_other_parent(state, mention) and not _other_parent_comes(reading, mention)
    ):
        return
    if _a_bystander(state, reading, mention):
        return
    _selected_group(state, mention)
    own = _relationship(mention, previous)
    if own == "child" and _the_parents_children(state, mention):
        return
    if own == "parent" and _the_childrens_parent(state, mention):
        return  # "zijn zus lana 13 jaar. zij komt ook met mama": his wife (panel 124, z1)
    relationship = _from_the_sponsor(state, mention, own)
    mapped = relationship != own  # the writer's word for the sponsor's relative
    if _the_sponsors_own_parent(state, mention, relationship):
        mention.word = "oma" if mention.word in W.FEMALE_WORDS else "opa"  # "zijn papa (mijn
        own, mapped = "grandparent", True  # opa)" from his daughter: "je opa" (round 121, u5)
    if mention.of_an_ex and relationship == "child" and S.writer_is_partner(state):
        relationship = "stepchild"  # her daughter by her first husband: his stepdaughter (b3)
    if mention.of_the_partner and relationship == "child" and not S.writer_is_partner(state):
        relationship = "stepchild"  # "een zoon van de vrouw uit haar eerste huwelijk" (a2)
    if relationship == "stepchild":
        _a_known_child_is_the_stepchild(state, mention, update)
    _store_mention(state, reading, mention, relationship, update)
    _of_the_sponsor(state, mention, relationship)
    _of_the_sponsors_ex(state, mention, relationship, update)
    if mapped:  # labelled as the writer knows them: "je kind van 12"; not the partner's son
        _as_the_writer_knows_them(state, relationship, own)  # of a client (panel 103, y1)


def _as_the_writer_knows_them(state: dict[str, Any], relationship: str, own: str) -> None:
    """The writer's relationship beside the sponsor's, for the labels ("je zus", "je opa"); not
    for a relative told by the sponsor's own word ("haar kleindochter": round 120, s3, "Hoe
    oud is je kleindochter?" to her son)."""
    for entry in state["people"]:
        own_word = entry.get("word") in W.RELATIONSHIP_WORDS.get(relationship, ())
        if entry["relationship"] == relationship and not entry.get("self") and not own_word:
            entry.setdefault("writer_relationship", own)


_ANY_COMING = re.compile(r"\b(?:komen|komt|mee|meekomen|visum|aanvragen|aanvraag|halen)\b")


def _a_bystander(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """After the answer, someone new told of in passing, not as the writer's own, with no age
    and no word of coming in the message: "hij wil haar uithuwelijken aan een neef" (panel
    109, r1: "Je neef: wil naar België komen"), "tantes langs vaderskant willen Hawa laten
    besnijden" (q2); "kan oma ook mee?" still adds her."""
    told_before = any(p.get("route") for p in state["people"])
    known = any(p["relationship"] == mention.relationship for p in state["people"])
    elsewhere = _told_as_elsewhere(reading, mention) and not any(
        p.get("word") == mention.word for p in state["people"]
    )  # a new uncle beside the aunt who comes
    coming = (_COMES_TOO if elsewhere else _ANY_COMING).search(fold(reading.text))
    return (
        told_before
        and (elsewhere or (not known and mention.owner in ("bare", "third")))
        and not (mention.coming or mention.ages or mention.is_sponsor)
        and not coming
    )


_COMES_TOO = re.compile(r"\b(?:komen|komt|mee|meekomen|halen)\b")


# "mijn nonkel karwan woont in maastricht", "nonkel aso in erbil maar ... hij wil niet zorgen"
_ELSEWHERE = re.compile(
    r"^[^.?!]{0,25}?\b(?:woont|wonen|zit|leeft) (?:\w+ )?(?:in|bij)\b|^[^.?!]{0,40}?\b(?:wil|wilt|"
    r"kan) (?:niet|ni|nie)\b|^[^.?!]{0,45}?\bheeft \d+ kinderen\b"
)


def _told_as_elsewhere(reading: Reading, mention: Mention) -> bool:
    """The writer's own relative told of as living elsewhere or unwilling: no one who comes
    (panel 111, u5: "De nonkel van je papa: wil naar België komen")."""
    owned = mention.owner in ("writer", "bare")
    return owned and bool(_ELSEWHERE.search(fold(reading.text[mention.end :])))


def _the_parents_children(state: dict[str, Any], mention: Mention) -> bool:
    """ "alleen moeder en de kinderen" of a minor client whose parents come: the parents'
    children (his brothers and sisters), not children of the client (panel 27, a1: "Hoe oud is
    het eerste kind van je cliënt?" of a boy of 17)."""
    age = state["sponsor"].get("age")
    if state.get("writer") != "helper" or age is None:
        return False  # a parent abroad: her children are his brothers (_from_the_sponsor)
    parents = any(p["relationship"] == "parent" and not p.get("self") for p in state["people"])
    return age < MAJORITY_AGE.value and parents and mention.owner == "bare"


def _the_childrens_parent(state: dict[str, Any], mention: Mention) -> bool:
    """A bare "mama" from a sponsor whose partner and children are abroad: the children's
    mother, his partner, no parent of his who comes ("ja zijn zus lana 13 jaar. zij komt ook
    met mama"; panel 124, z1: "Is je mama op hoge leeftijd?" after "mijn moeder is dood")."""
    pronoun = W.CHILDRENS_PARENT_WORDS.get(mention.word or "")
    if mention.owner != "bare" or pronoun is None or state.get("writer") not in (None, "sponsor"):
        return False
    people = [p for p in state["people"] if not p.get("self")]
    partners = [p for p in people if p["relationship"] in COUPLES]
    children = [p for p in people if p["relationship"] in ("child", "stepchild")]
    the_partner = len(partners) == 1 and partners[0].get("pronoun") in (None, pronoun)
    # no partner told: the children's other parent ("vader heeft voor allebei kinderen nog niet
    # getekend" from their mother; panel 127, l3: "Is je vader op hoge leeftijd?")
    return (the_partner or not partners) and bool(children)


def _a_known_child_is_the_stepchild(state: dict[str, Any], mention: Mention, update) -> None:
    """ "de stiefzoon is 13" when a son of 13 is known and no stepchild: the same boy, now
    known as the partner's (panel 27, a2: a second boy of 13)."""
    if any(p["relationship"] == "stepchild" for p in state["people"]) or len(mention.ages) > 1:
        return
    years = mention.ages[0].years if mention.ages else None
    same = [p for p in state["people"] if p["relationship"] == "child" and not p.get("self")
            and (p.get("age") == years if years is not None
                 else p["facts"].get("common_child") is False)
            and not p["facts"].get("common_child")]  # fmt: skip
    if len(same) != 1:  # "het is de zoon van zijn vrouw uit haar eerste huwelijk" of the child
        return  # told not to be the couple's (panel 103, y1: a second boy of 15)
    entry = same[0]
    entry["relationship"], entry["route"] = "stepchild", None
    entry["facts"].pop("common_child", None)
    if mention.word in W.CHILD_WORDS_OWN and entry.get("word") not in W.CHILD_WORDS_OWN:
        entry["word"], entry["pronoun"] = mention.word, S.pronoun_for(mention.word)  # "zoon"
    update.changes.append((entry["id"], "relationship", "child", "stepchild"))


def _of_the_sponsors_ex(state: dict[str, Any], mention: Mention, relationship: str, update):
    """ "mijn man heeft ook een dochter van 15 bij zijn ex vrouw", from his wife abroad: his
    child, "de dochter van je man", not common (seed 001: custody or the other parent's
    consent; panel 27, b5)."""
    his = mention.of_the_sponsors_ex or mention.of_the_partner  # "de zoon van mijn man"
    if not (his and relationship in ("child", "stepchild")):
        return
    if not S.writer_is_partner(state):
        return
    for entry in state["people"]:
        if entry["relationship"] == relationship and entry.get("word") == mention.word:
            if entry["facts"].get("common_child") is None and not entry.get("self"):
                entry["relationship"], entry["of_sponsor"] = "child", True
                entry.pop("writer_relationship", None)
                _set(state, update, entry["id"], "common_child", False)


def _the_writers_partner(state: dict[str, Any], mention: Mention) -> bool:
    """The sponsor's mother writes "de papa": the sponsor's other parent, who comes too."""
    me = next((p for p in state["people"] if p.get("self")), {})
    mine = state.get("writer") == "applicant" and me.get("relationship") == "parent"
    return mine and mention.relationship == "parent" and mention.word != me.get("word")


def _the_writer_asked_of(state: dict[str, Any], reading: Reading, mention: Mention) -> bool:
    """ "een belg mag toch zijn moeder laten komen?" from the Belgian's mother: the writer in a
    question, no second mother (panel 34, c2: "De moeder van je zoon: wil naar België komen")."""
    me = next((p for p in state["people"] if p.get("self")), None)
    if me is None or mention.owner != "third" or "?" not in reading.text:
        return False
    if not re.search(r"\b(?:toch|een belg|een vluchteling|iemand)\b", fold(reading.text)):
        return False  # "kan ik met zijn vader komen?": the father, who comes too
    others = [p for p in state["people"] if p is not me and p["relationship"] == me["relationship"]]
    own_words = [me.get("word")] + [m.word for m in reading.mentions if m.context == "writer"]
    mine = next((S.pronoun_for(w) for w in own_words if S.pronoun_for(w)), None)
    if mine and mine != S.pronoun_for(mention.word):
        return False  # "kan ik en zijn papa komen?" from his mama (panel 10, s1)
    return me["relationship"] == mention.relationship and not others


def _the_writer_again(state: dict[str, Any], mention: Mention) -> bool:
    me = next((p for p in state["people"] if p.get("self")), None)
    same = me is not None and me.get("word") == mention.word and mention.owner != "writer"
    return same and me["relationship"] == mention.relationship


def _of_the_sponsor(state: dict[str, Any], mention: Mention, relationship: str) -> None:
    """The relative abroad writes "zijn papa", "de zus van yonas": the sponsor's relative,
    named "de papa van je zoon", never "je papa" (panel 10, s1)."""
    me = next((p for p in state["people"] if p.get("self")), {})
    if state.get("writer") != "applicant" or mention.owner == "writer":
        return
    own = W.WRITERS_OWN_BARE.get(me.get("relationship"), ())
    if mention.owner == "bare" and (own == "any" or mention.relationship in own):
        return  # "mama" from the son, "kleine zoon" from the mother, "meisje 11" from the wife
    for entry in state["people"]:
        same = entry["relationship"] == relationship and entry.get("word") == mention.word
        if same and not entry.get("self") and "writer_relationship" not in entry:
            entry["of_sponsor"] = True


def _context_mention(state: dict[str, Any], mention: Mention, update: Update) -> bool:
    """A mention that only says who someone is, or who is no applicant (any more)."""
    if mention.context == "writer":
        _writer_mention(state, mention, update)
    elif mention.context in ("ex", "not_coming"):
        _take_out(state, mention, update.dropped)  # "mijn ex man", "mijn vader komt niet"
    elif mention.context == "in_belgium" and mention.relationship in COUPLES:
        _take_out(state, mention, update.dropped)  # "mijn vrouw ... woont al bij mij" of an
        # EU citizen (panel 72, h5: the wife named first stayed an applicant)
    elif mention.missing and _partner_deceased(state, mention):  # missing, not dead: no
        _take_out_deceased(state, mention, update.deceased)  # widow, the custody asked (h13)
        state["other_parent_missing"] = True  # seed 004's attest (panel 64, h3)
    elif _partner_deceased(state, mention):
        state["sponsor"]["widowed"] = True  # the children's other parent (panel 42, g3)
        asked = _child_asked_together(state, mention)
        children = [asked] if asked is not None else _children_of_the_dead_parent(state, mention)
        for child in children:  # "de vader is overleden": their child (panel 43, g1)
            child["facts"].setdefault("common_child", True)
        for child in state["people"]:  # "Nee. Mijn man is overleden" to "nog samen, als
            if (child["id"], "common_child", None, False) in update.changes:  # koppel?": not
                child["facts"]["common_child"] = True  # apart, he died (panel 99, u4: the
                # custody and a judgment asked of a widow)
        _take_out_deceased(state, mention, update.deceased)
    elif mention.context == "deceased" and (
        mention.owner == "writer" or (mention.owner == "bare" and state.get("writer") == "helper")
    ):  # "mijn vader is overleden"; a guardian's "papa ... is verdwenen" (panel 23, s2)
        _take_out_deceased(state, mention, update.deceased)
    else:
        return False
    return True


def _partner_deceased(state: dict[str, Any], mention: Mention) -> bool:
    """ "mijn man is overleden"; a social worker's "haar overleden man", "Mariams man, is
    overleden": the sponsor's partner died (not a relative's, not someone who comes); "de
    vader is overleden in 2022" in answer to whether the child's parents are together
    (panel 43, g1: "Sorry, dat begreep ik niet goed")."""
    if mention.context != "deceased":
        return False
    if _child_asked_together(state, mention) is not None:
        return True
    if _children_of_the_dead_parent(state, mention):
        return True
    if mention.relationship not in COUPLES:
        return False
    if mention.qualifier in W.ORDINALS:
        return False  # "mijn eerste vrouw die dood is": an earlier wife (u2)
    helper = state.get("writer") == "helper"
    return mention.owner == "writer" or (helper and mention.owner in ("bare", "third"))


def _children_of_the_dead_parent(state: dict[str, Any], mention: Mention) -> list[dict]:
    """A social worker's "haar 2 kinderen ... De papa is gestorven in 2023": the children's
    other parent, with no partner told (panel 48, g2: custody asked of a widow's child)."""
    if mention.relationship != "parent" or mention.owner == "writer":
        return []
    # the mother's own "mijn dochter ... haar papa is dood" too (panel 50, g5)
    own = state.get("writer") in (None, "sponsor") and mention.possessive in ("haar", "zijn")
    if not (state.get("writer") == "helper" or own) or mention.word not in W.CHILDS_PARENT_WORDS:
        return []
    if any(p["relationship"] in COUPLES for p in state["people"]):
        return []
    return [p for p in state["people"] if p["relationship"] == "child"]


def _child_asked_together(state: dict[str, Any], mention: Mention) -> dict[str, Any] | None:
    """The child asked whether its parents are together, when the other parent is said to have
    died and no partner is told (not "haar moeder is overleden" of a first wife's child)."""
    question = state.get("question") or {}
    if mention.relationship != "parent" or question.get("fact") != "applicant.common_child":
        return None
    if mention.owner == "writer" or any(p["relationship"] in COUPLES for p in state["people"]):
        return None
    return S.person(state, question.get("person"))


# people taken out who stay out when named again without "mijn"
LEFT_OUT = ("not_coming", "deceased", "ex")


def _coming_after_all(state: dict[str, Any], mention: Mention) -> None:
    """ "kinderen zijn bij mijn broer", later "mijn broer zorgt voor de kinderen ... kan hij ook
    mee komen?": the host named before may come (panel 29, a2: "Je kind van 25 jaar")."""
    key = f"{mention.relationship}:{mention.qualifier or ''}{mention.word}"
    remembered = state.setdefault("context", {})
    if mention.supposed and remembered.get(key) == "not_coming":
        return  # "Stel dat de papa toch later wil komen, kan dat dan nog apart?": asked, he
        # still stays (panel 74, g1: "De papa van je cliënt: wil naar België komen")
    if mention.coming and remembered.get(key) in ("host", "not_coming"):
        remembered.pop(key)
    elif mention.coming and mention.context is None and remembered.get(key) == "ex":
        remembered.pop(key)  # "mijn vrouw wil ook komen" after an ex was taken for her
        # (panel 50, h5: four tries to put the wife back)


def _left_out_before(remembered: dict[str, Any], mention: Mention, key: str) -> bool:
    """A bare word for one left out stays out ("mijn zus wil niet komen", later "zus kan
    zorgen toch?"; panel 17, g2: re-added six times); a bare "de vader" who "komt niet mee" is
    remembered so (panel 72, g2: "toestemming van de vader" re-added him)."""
    if mention.owner == "bare" and mention.context is None and remembered.get(key) in LEFT_OUT:
        mention.context = remembered[key]
        return True
    if mention.stays_away and mention.context == "not_coming":
        remembered[key] = "not_coming"
        return True
    return False


def _remembered_context(
    state: dict[str, Any], mention: Mention, earlier: dict | None = None, text: str = ""
) -> None:
    """A person once named as context stays context: "mijn vrouw is al hier" and later
    "mn vrouw alleen" (who has custody) is the same wife in Belgium, no new applicant; the
    applicant's "mijn man" is always the sponsor."""
    remembered = state.setdefault("context", {})
    if (
        state.get("writer") == "applicant"
        and mention.here_only
        and not _the_sponsor_again(state, mention)
    ):  # "mijn broertje woont ook hier bij mij" from the daughter abroad (panel 23, v5)
        mention.is_sponsor = False
    key = f"{mention.relationship}:{mention.qualifier or ''}{mention.word}"
    if _left_out_before(remembered, mention, key):
        return
    if _the_sponsor_again(state, mention):
        mention.is_sponsor = True  # "papa stuurt elke maand 80 euro" from his daughter abroad
        return  # is the Belgian father, not his own father (panel 19, l4)
    if mention.owner != "writer" and not (mention.owner == "bare" and mention.qualifier):
        return  # "eerste vrouw woont al met mij in belgie": one of the writer's wives (l4)
    asked_who = (state.get("question") or {}).get("fact") == "applicant.relationship"
    if asked_who and key in (remembered if earlier is None else earlier):
        remembered.pop(key, None)  # named as the one who wants to come: an applicant (not
        # a host named twice in this message: "bij mijn zus ... mijn zus is ziek", l3)
    if mention.is_sponsor or mention.context in (
        "deceased",
        "in_belgium",
        "ex",
        "not_coming",
        "host",
    ):  # "bij mijn zus in Kabul ... mijn zus is ziek": the same host (panel 6, l3)
        remembered[key] = "sponsor" if mention.is_sponsor else mention.context
        if mention.context == "ex" and mention.qualifier not in W.ORDINALS:  # "mijn ex man",
            # later "mijn man": the same ex; not "gescheiden van eerste vrouw, nu getrouwd
            # met deze vrouw" (panel 28, a5: the wife taken out)
            remembered[f"{mention.relationship}:{mention.word}"] = "ex"
    else:
        _as_remembered(state, mention, key, text)


def _as_remembered(state: dict[str, Any], mention: Mention, key: str, text: str) -> None:
    """A mention that tells no context now: as it was remembered, unless told abroad now."""
    remembered = state["context"]
    if remembered.get(key) == "sponsor" and _told_abroad(state, text, mention):
        remembered.pop(key)  # "mijn moeder is in cairo, niet in belgie. please put her back"
    elif key in remembered and not _another_of_the_family(state, mention, remembered[key]):
        mention.is_sponsor = remembered[key] == "sponsor"
        mention.context = None if mention.is_sponsor else remembered[key]
    elif state.get("writer") == "applicant" and mention.word == state.get("sponsor_word"):
        mention.is_sponsor = not (mention.little or mention.another)  # "kleine zoon 12" (v2)
    elif _writes_for_her_parent(state) and mention.word == state.get("sponsor_word"):
        mention.is_sponsor = mention.owner in ("writer", "bare")  # "mama heeft papieren" (y2)
        mention.context = None if mention.is_sponsor else mention.context


def _another_of_the_family(state: dict[str, Any], mention: Mention, remembered: str) -> bool:
    """ "En onze jongste broer Bilal" from the sister who writes for "mijn broer": their other
    brother, who applies, not the one in Belgium (panel 58, h3: his age given to the sponsor)."""
    if remembered != "sponsor" or state.get("writer") != "helper":
        return False
    return mention.common or mention.little or mention.another


def _the_sponsor_again(state: dict[str, Any], mention: Mention) -> bool:
    """The applicant names the person in Belgium again, with the word she used for him or one
    for the same person ("papa" after "mijn vader"), "mijn" or none."""
    if state.get("writer") != "applicant" or mention.owner not in ("writer", "bare"):
        return False
    family = next((f for f in W.SAME_PERSON_WORDS if mention.word in f), {mention.word})
    younger = mention.little or mention.another  # "mijn kleine zoon" (panel 23, v2)
    return state.get("sponsor_word") in family and not mention.qualifier and not younger


def _writer_mention(state: dict[str, Any], mention: Mention, update: Update) -> None:
    """ "ik ben zijn zus, 35 jaar": the writer (the applicant) and her own age."""
    me = next((p for p in state["people"] if p.get("self")), None)
    if me is None:
        if state.get("writer") in (None, "sponsor") and mention.ages:  # "ik ben een oma van
            _set(state, update, "sponsor", "age", mention.ages[0].years)  # 61 jaar" (l3)
        return
    if me["relationship"] in ("other_relative", None):
        me["relationship"] = mention.relationship
    for age in mention.ages[:1]:
        _set(state, update, me["id"], "age", age.years)


def _sponsor_mention(state: dict[str, Any], mention: Mention, update: Update) -> None:
    """The person in Belgium: her age is the sponsor's when someone else writes ("mijn man
    van 35 woont in antwerpen"); a relative stored earlier as an applicant who is said to be
    in Belgium ("dat is mijn vrouw, zij is al in belgie") is taken out, and the bot says so."""
    one = mention.count == 1 and len(mention.ages) == 1  # not "De kinderen van mevrouw (17 en
    # 14) wonen hier" (panel 129, s5: "Je cliënt: Belg, 17 jaar")
    if one and state.get("writer") in ("applicant", "helper"):
        _set(state, update, "sponsor", "age", mention.ages[0].years)
    again = state.get("writer") in ("applicant", "helper") and mention.word == state.get(
        "sponsor_word"
    )  # "mijn MA heeft de bescherming" from her son: no grandmother taken out (108, n4)
    if mention.owner == "writer" and not again:  # "mijn broer Yonas is 17" from his sister:
        _take_out(state, mention, update.removed)  # him again, not their little brother (u1)


def _one_who_comes(state: dict[str, Any], mention: Mention) -> bool:
    """A relative of the mention's kind and word already stored as one who comes."""
    return any(
        p["relationship"] == mention.relationship and p.get("word") in (None, mention.word)
        for p in state["people"]
        if not p.get("self")
    )


def _take_out(state: dict[str, Any], mention: Mention, said: list[str]) -> None:
    """Take a stored applicant out (she is in Belgium, an ex, not coming) and note her word
    in `said`, so the bot says so once. An ex matches any partner word ("mijn ex")."""
    if (mention.owner == "third" and not mention.not_about) or (
        mention.qualifier in W.ORDINALS and (mention.is_sponsor or mention.context == "ex")
    ):  # "mijn eerste vrouw woont hier", "hij is van mijn eerste vrouw, we zijn gescheiden":
        return  # another wife than the one stored (l4, p3)
    if mention.context == "ex" and _an_earlier_ex_told(state, mention):
        return  # "mijn ex vrouw" after "gescheiden van eerste vrouw": that one (panel 28, a5)
    if mention.qualifier in W.ORDINALS and mention.context == "not_coming":
        _take_out_the_other(state, mention, said)
        return
    # "ik heb GEEN zusjes": the sisters stored as "zusje" (panel 33, b4: kept twice)
    pronoun = S.pronoun_for(W.PLURAL_SINGULAR.get(mention.word, mention.word))
    seen = _from_the_sponsor(state, mention, mention.relationship)  # "mama wil niet mee" of
    kinds = COUPLES if mention.context == "ex" else (mention.relationship, seen)  # his wife
    if mention.context == "ex" and mention.word not in W.EX_WORDS:  # "mijn ex vriendin wil
        kinds = (mention.relationship,)  # NIET komen": not the wife (panel 50, h5)
    for entry in list(state["people"]):
        any_pronoun = pronoun is None and mention.context == "ex"  # "mijn ex"
        same_word = entry.get("word") in (mention.word, W.PLURAL_SINGULAR.get(mention.word)) or (
            entry["relationship"] in kinds and (any_pronoun or entry["pronoun"] in (None, pronoun))
        )
        told_ages = {a.years for a in mention.ages}
        other_age = told_ages and entry.get("age") is not None and entry["age"] not in told_ages
        if other_age:
            continue  # "de zoon van 9 komt niet" beside Adam of 6: not Adam (panel 87, i2)
        if same_word and not entry.get("self") and entry["relationship"] in kinds:
            _remove(state, entry)
            said.append(entry.get("word") or mention.word)
            if mention.context in ("ex", "not_coming"):  # "niet mijn ex", later "mijn man"
                key = f"{entry['relationship']}:{entry.get('word') or ''}"
                state.setdefault("context", {})[key] = mention.context


# "Het gaat enkel om haar vader", "Enkel de vader van mevrouw zou willen komen", "De enige die
# wil komen is de vader", "alleen papa wil komen": who comes, and no one else (panel 128, s5 and
# r3: the client's husband in Genk and her children kept as applicants through four corrections)
_ONLY_THIS_ONE = re.compile(
    r"\b(?:gaat|gaan)\s+(?:het\s+)?(?:enkel|alleen|maar|uitsluitend)\s+(?:over|om)\s+"
    r"(?P<about>[^.?!,;]{1,40})"
    r"|\b(?:enkel|alleen|uitsluitend)\s+(?P<who>[^.?!,;]{1,40}?)\s+"
    r"(?:wil|willen|zou|zouden|komt|komen|moet)\b"
    r"|\bde enige die [^.?!]{0,20}\b(?:komen|komt)\b[^.?!]{0,10}?\bis\s+(?P<one>[^.?!,;]{1,40})"
)


def _only_this_one_comes(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "Het gaat enkel om haar vader": the relative named is the one who comes, every other
    relative stored goes (said once: "Ik heb ... weggelaten")."""
    folded = fold(reading.text)
    found = _ONLY_THIS_ONE.search(folded)
    if not found:
        return
    span = next(found.span(g) for g in ("about", "who", "one") if found.group(g))
    named = [m for m in reading.mentions if span[0] <= m.start < span[1] and not m.is_sponsor]
    if len(named) != 1:
        return
    kept = [p for p in state["people"] if not p.get("self") and _is_the_named(p, named[0])]
    if not kept:
        return
    for entry in [p for p in state["people"] if not p.get("self") and p not in kept]:
        _remove(state, entry)
        update.dropped.append(entry.get("word") or entry["relationship"])


def _is_the_named(entry: dict[str, Any], mention: Mention) -> bool:
    if entry["relationship"] != mention.relationship:
        return False
    return entry.get("word") in (None, mention.word) or mention.count > 1


def _take_out_the_other(state: dict[str, Any], mention: Mention, said: list[str]) -> None:
    """ "er is GEEN tweede vrouw": only a second wife goes (the one stored with that ordinal,
    else all but the first of that relationship), never the one wife (panel 37, g1: "Ik heb je
    vrouw weggelaten" and the wife's right gone from the summary)."""
    same = [
        p for p in state["people"]
        if p["relationship"] == mention.relationship and not p.get("self")
    ]  # fmt: skip
    rank = W.ORDINAL_RANK.get(mention.qualifier or "", 0)
    gone = [p for p in same if p.get("qualifier") == mention.qualifier]
    gone = gone or (same[rank - 1 :] if rank > 1 else [])  # "geen derde zoon" of two: none
    for entry in gone:
        _remove(state, entry)
        said.append(entry.get("word") or mention.word)


def _an_earlier_ex_told(state: dict[str, Any], mention: Mention) -> bool:
    """An ex told before with an ordinal ("eerste vrouw"), beside the partner stored."""
    told = (state.get("context") or {}).items()
    prefixes = tuple(f"{mention.relationship}:{o}" for o in W.ORDINALS)
    return any(key.startswith(prefixes) and value == "ex" for key, value in told)


def _take_out_deceased(state: dict[str, Any], mention: Mention, said: list[str]) -> None:
    """ "mijn vader is vorig jaar overleden" after "mijn ouders": the father stored as an
    applicant is taken out (panel 3 round 4, h4); of two parents named together ("mijn
    ouders"), one is taken out and the other is the remaining one ("moeder")."""
    same = [
        p for p in state["people"]
        if p["relationship"] == mention.relationship and not p.get("self")
    ]  # fmt: skip
    if mention.qualifier in W.ORDINALS and mention.relationship in COUPLES:
        # "mijn eerste vrouw die dood is": an earlier wife, not the one who comes (u2)
        same = [p for p in same if p.get("qualifier") == mention.qualifier]
    named = [p for p in same if p.get("word") == mention.word]
    unnamed = [p for p in same if p.get("word") is None]
    gone = named or unnamed[:1]
    for entry in gone:
        _remove(state, entry)
        said.append(mention.word)
    other_word = W.OTHER_PARENT_WORD.get(mention.word)
    if not named and gone and other_word and len(unnamed) == 2:
        unnamed[1]["word"], unnamed[1]["pronoun"] = other_word, S.pronoun_for(other_word)


_LIVES_HERE = re.compile(
    r"\b(?:woont|wonen|is|zit)\s+(?:al\s+)?(?:\d+\s+jaar\s+)?(?:hier|in belgie|bij mij|bij ons)\b"
    r"(?!\s+(?:geweest|op bezoek|gekomen|komen))"  # not "is in belgie geweest"
)


def _named_partner_lives_here(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "ploy is 48, maar zij woont al hier bij mij. het gaat over haar mama": the wife named by
    her first name lives in Belgium, no applicant, when someone else comes (panel 102, x5: her
    right and her fee told beside her mother's humanitarian visa)."""
    folded = fold(reading.text)
    others = [p for p in state["people"] if p["relationship"] not in COUPLES and not p.get("self")]
    for entry in [p for p in state["people"] if p["relationship"] in COUPLES and p.get("name")]:
        name = re.escape(fold(entry["name"]))
        sentence = next(
            (c for c in re.split(r"[.?!;]", folded) if re.search(rf"\b{name}\b", c)), ""
        )
        if others and _LIVES_HERE.search(sentence):
            _remove(state, entry)
            update.dropped.append(entry.get("word") or "partner")


def _remove(state: dict[str, Any], entry: dict[str, Any]) -> None:
    state["people"].remove(entry)
    if state.get("focus") == entry["id"]:
        state["focus"] = state["people"][0]["id"] if state["people"] else None
    if (state.get("question") or {}).get("person") == entry["id"]:
        state["question"] = None


def _from_the_sponsor(state: dict[str, Any], mention: Mention, relationship: str) -> str:
    """A relative abroad writes: "mijn man" of the sponsor's mother is his father
    (W.FROM_THE_SPONSOR); the sponsor's own people keep their relationship."""
    if _writes_for_her_parent(state) and mention.owner in ("writer", "bare"):
        if _the_writers_other_parent(state, mention):
            return "spouse"  # "mijn papa, broer en zus" for her mama: mama's man (111, v3)
        if mention.word in W.HELPERS_SIBLINGS_CHILD:  # "mijn nichtje amina" from his son: the
            return "grandchild"  # father's granddaughter (round 119, v4: "het nichtje van je papa")
        return W.FROM_THE_HELPERS_PARENT.get(relationship, relationship)  # "mijn zus" (y2)
    if _writes_for_his_partner(state) and mention.word in W.HELPERS_PARTNERS_CHILD:
        mention.word = W.HELPERS_PARTNERS_CHILD[mention.word]  # "mijn stiefzoon" from her
        return "child"  # husband: her son (panel 124, q2)
    if _writes_for_his_partner(state) and mention.owner == "bare" and relationship == "grandparent":
        mention.word = "moeder" if mention.word in W.FEMALE_WORDS else "vader"  # "en de oma?
        return "parent"  # diego kan ni alleen vliegen" from her husband: her mother (126, q2)
    me = next((p for p in state["people"] if p.get("self")), None)
    if state.get("writer") != "applicant" or me is None or mention.owner == "third":
        return relationship
    if mention.owner == "bare" and me["relationship"] == "parent" == relationship:
        return relationship  # "de papa is 49" from his mother: his father (panel 12, x1)
    return W.FROM_THE_SPONSOR.get(me["relationship"], {}).get(relationship, relationship)


def _writes_for_his_partner(state: dict[str, Any]) -> bool:
    """The writer helps his own partner, the one in Belgium ("ik schrijf voor mijn vrouw")."""
    return state.get("writer") == "helper" and state.get("sponsor_word") in W.HELPERS_PARTNER_WORDS


def _the_sponsors_own_parent(state: dict[str, Any], mention: Mention, relationship: str) -> bool:
    """ "zijn papa" of the father a daughter writes for: her grandfather, not "je papa"."""
    if not _writes_for_her_parent(state) or relationship != "parent" or mention.owner != "third":
        return False
    family = next((f for f in W.SAME_PERSON_WORDS if mention.word in f), {mention.word})
    sponsor = next((f for f in W.SAME_PERSON_WORDS if state.get("sponsor_word") in f), set())
    return bool(family & (sponsor | W.HELPERS_PARENT_WORDS))


def _the_writers_other_parent(state: dict[str, Any], mention: Mention) -> bool:
    """ "mijn zus haar papa is ook mijn papa, hij zit in mogadishu" from a son who writes for
    his mother: the other parent of her children, no one who comes (panel 104, y2: "Is de
    papa van je mama op hoge leeftijd?")."""
    if not _writes_for_her_parent(state) or mention.relationship != "parent":
        return False
    family = next((f for f in W.SAME_PERSON_WORDS if mention.word in f), {mention.word})
    return state.get("sponsor_word") not in family and mention.owner in ("writer", "bare")


def _other_parent_comes(reading: Reading, mention: Mention) -> bool:
    """ "Mijn papa, broer en zus zijn nog in Kilinochchi. Kunnen ze naar hier komen?", "Mijn
    papa (53) moet ook komen": the writer's other parent comes with the others (panel 111,
    v3: lost, then "papa ontbreekt!" unheard), unlike "mijn zus haar papa is ook mijn papa, hij
    zit in mogadishu" (panel 104, y2)."""
    listed = any(
        m is not mention and m.context is None and abs(m.start - mention.end) < 12
        for m in reading.mentions
    )
    sentence = next(
        (c for c in re.split(r"[.?!;]", fold(reading.text)) if fold(mention.word) in c), ""
    )
    coming = re.search(r"\b(?:moet|moeten|wil|wilt|willen) (?:ook )?(?:\w+ )?komen\b|\bontbreekt\b",
                       fold(reading.text))  # fmt: skip
    return (listed and "ook mijn" not in sentence) or bool(coming and mention.word in sentence)


def _writes_for_her_parent(state: dict[str, Any]) -> bool:
    """ "k schrijf voor mijn mama": a child writes for the parent in Belgium."""
    return state.get("writer") == "helper" and state.get("sponsor_word") in W.HELPERS_PARENT_WORDS


def _relationship(mention: Mention, previous: Mention | None) -> str:
    """ "mijn vrouw is al hier, het gaat over haar dochter": the wife's daughter is a stepchild."""
    partner_before = previous is not None and previous.relationship in COUPLES
    if mention.owner == "third" and mention.topic and partner_before and not mention.common:
        if mention.relationship == "child":
            return "stepchild"
    return mention.relationship


def _store_mention(state, reading: Reading, mention: Mention, relationship: str, update) -> None:
    if _the_sponsor_named(state, reading, mention):
        return
    if _a_header(state, reading, mention, relationship):
        return  # "de andere kinderen: een dochter van 16, een zoon van 12 en ...": the list
        # names them one by one (panel 31, b1: a fifth child)
    if _all_of_the_known(state, reading, mention, relationship) or _the_childs_own_family(
        state, reading, mention, relationship
    ):  # "allemaal volle broers en zussen" of the brother and sister told: them, not a third
        return  # (panel 31, a5); "zijn broertje van 12 en zijn moeder" of the client's son
        # (panel 37, g3)
    people = _people_for(state, mention, relationship, update, reading.negated_numbers)
    _store_ages(state, reading, mention, relationship, people, update)
    _store_name_and_minority(state, reading, mention, people, update)
    flags = {
        "disabled": mention.disabled,
        "common_child": mention.common and relationship == "child",
        "relationship_predates_arrival": reading.before_arrival and relationship in COUPLES,
    }
    for fact, present in flags.items():
        for entry in people if present else []:
            _set(state, update, entry["id"], fact, True)
    for entry in people if mention.of_an_ex and relationship == "child" else []:
        _set(state, update, entry["id"], "common_child", False)  # "van mijn eerste vrouw"
    if reading.born_after_arrival and relationship == "child":
        for entry in people:  # seed 003: no bond before the arrival, no favourable conditions
            _set(state, update, entry["id"], "relationship_predates_arrival", False)


def _store_name_and_minority(state, reading: Reading, mention: Mention, people, update) -> None:
    """The first name told right after the word ("mijn dochter esther": named later), and
    whether the one named was a minor at the sponsor's asylum application."""
    if len(people) == 1 and mention.start in reading.names:
        people[0]["name"] = reading.names[mention.start]
    if mention.minor_at_asylum is not None:
        for entry in people[:1]:
            _set(state, update, entry["id"], "minor_when_sponsor_applied_for_asylum",
                 mention.minor_at_asylum)  # fmt: skip


def _store_ages(state, reading: Reading, mention: Mention, relationship: str, people, update):
    """One age per person named; ages that do not pair up with the people are asked about."""
    ages = list(mention.ages)
    if relationship not in MONTHS_OLD:  # "mijn vrouw is zwanger, 4 maand": her pregnancy, not
        ages = [a for a in ages if a.months is None]  # her age (panel 21, p4)
    if reading.baby and not ages and mention.count == 1 and relationship == "child":
        people = [p for p in people if p["age"] is None]  # never over a known age
        ages = [Age(0)] if people else []  # a baby: under 1, the months unknown (never "0 maanden")
    if ages:
        people, ages = _with_later_ages(state, reading, mention, people, ages, update)
    shared = _one_age_for_all(reading.text)
    if len(ages) == 1 and len(people) > 1 and shared:
        ages = ages * len(people)  # twins share their age ("2 kinderen van 1 jaar, tweeling")
    _sexes(reading, people)
    if ages and len(ages) + _told_apart(reading, mention, relationship) == len(people):
        people = people[: len(ages)]  # "4 kinderen: 16, 12, 8 en de oudste zoon is 18": the
        # fourth is told of apart (panel 31, b1: "Over wie gaat 16, 12, 8 jaar?")
    if len(ages) == len(people):
        for entry, age in zip(people, ages, strict=True):
            _set(state, update, entry["id"], "age", age.years)
            if age.months is not None:
                entry["months"] = age.months
    elif ages:
        update.unplaced.extend(a.years for a in ages)


def _with_later_ages(state, reading: Reading, mention: Mention, people, ages, update: Update):
    """ "kinderen zijn Dawit 17, Ruth 13 en Lidia 8" after "3 kinderen": the 13 and 8 are the
    group's too, and "kinderen" with no number is the children told before, one more when
    "mijn kinderen" counted two as a guess (panels 53, h5 and 55, d2)."""
    if any(a.start < mention.start for a in ages):
        return people, ages  # "41. en kinderen zijn Dawit 17": the 41 is told before them
    later = [a for a in reading.loose_ages if a.start > mention.start]
    told = len(ages) + len(later)
    if mention.count_guessed and told > 1:
        unaged = _unaged_for(state, update, told, mention.relationship)
        # "kinderen Omid 17, Sana 14, Bilal 9 en Zahra baby": the first three of the four told
        # before, the baby named apart (panel 57, k1: "Over wie gaat 17, 14, 9 jaar?")
        people = unaged[:told] if len(unaged) >= told else people
    if len(people) > 1 and len(ages) + len(later) == len(people):
        ages = sorted(ages + later, key=lambda a: a.start)
    return people, ages


def _listed_after(reading: Reading, mention: Mention, relationship: str) -> list[Mention]:
    """The relatives of the group's kind told of after it, one by one with an age."""
    return [
        m for m in reading.mentions
        if m.start > mention.end and m.relationship == relationship and m.count == 1 and m.ages
    ]  # fmt: skip


def _told_apart(reading: Reading, mention: Mention, relationship: str) -> int:
    """How many of a group are told of after it, one by one with an age, in the message."""
    return len(_listed_after(reading, mention, relationship)) if mention.count > 1 else 0


def _a_header(state, reading: Reading, mention: Mention, relationship: str) -> bool:
    """ "de andere kinderen:" before the children told one by one with an age, when each of
    them is one told of before (of that age, or of no age yet); not after "mijn zoon is 10",
    "de andere kinderen: een dochter van 16 en een zoon van 12" (two more)."""
    colon = reading.text[mention.end : mention.end + 2].lstrip().startswith(":")
    listed = _listed_after(reading, mention, relationship)
    known = [p for p in state["people"] if p["relationship"] == relationship]
    ages = sorted(p["age"] for p in known if p["age"] is not None)
    unaged = sum(p["age"] is None for p in known)
    new = [m for m in listed if m.ages[0].years not in ages]
    told_before = len(new) <= unaged
    return mention.another and mention.count_guessed and colon and len(listed) > 1 and told_before


_ALL_OF_THEM = re.compile(r"\b(?:allemaal|alle|allebei|beide|volle|zelfde)\W+(?:\w+\W+){0,2}$")


def _all_of_the_known(state, reading: Reading, mention: Mention, relationship: str) -> bool:
    """A plural of no number after "allemaal", "volle" ("allemaal volle broers en zussen"):
    the ones told of before, when there are any."""
    before = fold(reading.text[max(0, mention.start - 25) : mention.start])
    known = any(p["relationship"] == relationship for p in state["people"])
    plural = mention.count_guessed and not mention.ages
    return known and plural and bool(_ALL_OF_THEM.search(before))


def _one_age_for_all(text: str) -> bool:
    """Twins ("onze tweeling, 1 jaar") or "allebei 1 jaar": one age for the whole group."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    twins = set(folded.split()) & set(W.TWIN_WORDS)
    return bool(twins) or bool(re.search(rf"\b(?:{'|'.join(W.ALL_OF_THEM)}) \d", folded))


_PARTNER_IS_A = re.compile(
    r"\b(?:partner|lief|geliefde)\s+(?:is|was)\s+(?:ook\s+)?(?:een\s+)?(man|vrouw|jongen|meisje)\b"
)


def _partners_gender(state: dict[str, Any], reading: Reading) -> None:
    """ "Mijn partner is een man": "hij", not "hij of zij" (panel 103, y3)."""
    told = _PARTNER_IS_A.search(fold(reading.text))
    partners = [p for p in state["people"] if p["relationship"] == "partner" and not p.get("self")]
    if told and len(partners) == 1 and partners[0].get("pronoun") is None:
        partners[0]["pronoun"] = "hij" if told.group(1) in ("man", "jongen") else "zij"


def _sexes(reading: Reading, people: list[dict[str, Any]]) -> None:
    """ "2 kinderen van 1 jaar, jongen en meisje": the son and the daughter, in that order."""
    words = [W.SEX_WORDS[w] for w in re.findall(r"\w+", fold(reading.text)) if w in W.SEX_WORDS]
    if len(people) > 1 and len(words) == len(people) and all(not p["word"] for p in people):
        for entry, word in zip(people, words, strict=True):
            entry["word"], entry["pronoun"] = word, S.pronoun_for(word)


def _the_childs_own_family(state, reading: Reading, mention: Mention, relationship: str) -> bool:
    """ "hij woont bij zijn moeder en broertje", "zijn broertje van 12 en zijn moeder vragen ook
    aan", said of the sponsor's son the question is about: his mother is the sponsor's partner
    and his little brother the sponsor's child of 12, both told before, no new relatives
    (panel 37, g3: "Is de moeder van je cliënt op hoge leeftijd?", "Het broertje van je
    cliënt"); "moet hij dezelfde dag indienen als moeder en broer?" names them too."""
    question = state.get("question") or {}
    child = S.person(state, question.get("person") or state.get("focus"))
    asked = mention.owner == "bare" and "?" in reading.text
    if not (mention.possessive in ("zijn", "haar") or asked) or child is None:
        return False
    if child["relationship"] not in ("child", "stepchild") or child.get("self"):
        return False
    if relationship == "parent":  # not "zijn moeder van 70 woont ook bij hen": the client's
        ages = {a.years for a in mention.ages}  # own mother (review); "ze is 70" too
        ages |= {a.years for pronoun, a in reading.pronoun_ages if pronoun in ("zij", "ze")}
        couples = [p for p in state["people"] if p["relationship"] in COUPLES]
        return any(not ages or p.get("age") in ages for p in couples)
    if relationship != "sibling":
        return False
    ages = {a.years for a in mention.ages}
    siblings = [
        p for p in state["people"]
        if p["relationship"] in ("child", "stepchild") and p is not child and not p.get("self")
    ]  # fmt: skip
    return any(not ages or p.get("age") in ages for p in siblings)


def _people_for(state, mention: Mention, relationship: str, update: Update, negated=()) -> list:
    same = [p for p in state["people"] if p["relationship"] == relationship and not p.get("self")]
    if not same and relationship == "partner" and not (mention.qualifier or mention.of_an_ex):
        same = [p for p in state["people"] if p["relationship"] in ("spouse", "registered_partner")
                and not p.get("self")]  # fmt: skip
        # "ik heb 'alleen mijn partner' aangeduid" of his wife: her, no second partner who
        # comes (panel 63, g3: "Je partner: wil naar België komen")
    same = same or _known_under_another_name(state, mention, relationship, update)
    corrected = [p for p in same if p["age"] is not None and p["age"] in negated]
    own = S.pronoun_for(W.PLURAL_SINGULAR.get(mention.word, mention.word))  # "mijn dochter is
    corrected = [p for p in corrected if p["pronoun"] in (None, own) or own is None]  # 15, niet
    if len(corrected) == 1 and len(mention.ages) == 1:  # 21": not the son of 21 (103, y5)
        return corrected  # "sorry 17 bedoel ik, ni 7. de oudste is 17": the one who was 7
    if mention.selector and same:
        return _selected(same, mention)
    pronoun = S.pronoun_for(W.PLURAL_SINGULAR.get(mention.word, mention.word))  # "zonen": hij
    everyone = _known_by_their_ages(same, mention)  # "zijn broertje en zusjes: Fatima (19),
    if everyone:  # Huda (15) en Ali (10)": the three known, no sister of 10 (panel 103, z2)
        return [p for p in everyone if p["pronoun"] in (None, pronoun)] or everyone
    if pronoun:
        same = [p for p in same if p["pronoun"] in (None, pronoun)] or []
    exact = _known_by_their_ages(same, mention)
    if exact:
        return exact  # "de 2 zonen van 15 en 9": the sons already known (panel 10, t3)
    ranked = _ranked_partner(state, mention, relationship, update, same)
    return ranked or _known_or_new(state, mention, relationship, update, same)


_TAKEN_IN = ("adopted_child", "foster_child")


def _known_under_another_name(state, mention: Mention, relationship: str, update) -> list:
    """Relatives told before under another relationship or word than the mention's."""
    if relationship in ("grandchild", "other_relative"):
        return _ward_named_again(state, mention)  # "mijn kleinzoon" once a ward (panel 54, a2)
    same = []
    if relationship == "child" and mention.owner == "writer":
        same = _own_after_all(state, mention, update)  # "haar zoon" ... "mijn zoon" (l4)
    if not same and relationship == "child" and mention.owner != "writer":
        same = S.siblings_meant_by_children(state["people"])  # "de drie kinderen hebben er
        # geen" beside the client's parents: his brother and sisters (panel 103, z2)
    if not same and relationship == "child" and mention.owner != "writer" and mention.count > 1:
        same = [p for p in state["people"] if p["relationship"] in _TAKEN_IN]  # "de kinderen
        # woonden al bij haar" of her two adopted ones (panel 128, r5: two more children)
    if not same and relationship in CHILDREN and mention.count == 1:
        # "kan de dochter komen?" after "haar dochter" (a stepchild): the same girl
        same = _same_child(state, mention)
    return same


def _ranked_partner(state, mention: Mention, relationship: str, update: Update, same) -> list:
    """The partner told before with this ordinal ("mijn tweede vrouw"), or a new one."""
    if relationship not in COUPLES or mention.qualifier not in W.ORDINALS:
        return []
    ranked = [p for p in same if p.get("qualifier") == mention.qualifier]
    if ranked or not _a_later_wife(same, mention, update):
        return ranked
    return _new_people(state, mention, relationship, update, 1)


def _a_later_wife(same: list[dict[str, Any]], mention: Mention, update: Update) -> bool:
    """ "er is ook amina, mijn tweede vrouw, 30 jaar" after a wife told before: a second
    wife, not the first one told again (panel 82, h3: the first wife's marriage made
    religious). Not when the wife stored is the other one of a wife who lives here (panel 6,
    l4: "eerste vrouw woont al met mij in belgie. tweede vrouw ...")."""
    rank = W.ORDINAL_RANK.get(mention.qualifier or "", 0)
    if rank < 2 or mention.context is not None or not same or len(same) >= rank:
        return False
    told_before = all(p["id"] not in update.new_people for p in same)
    here = any(p["facts"].get("other_spouse_already_in_belgium") for p in same)
    return told_before and not here


def _ward_named_again(state: dict[str, Any], mention: Mention) -> list[dict[str, Any]]:
    """The grandson made a child under the writer's guardianship, named by his word again."""
    return [p for p in state["people"]
            if p["relationship"] == "foster_child" and p.get("word") == mention.word]  # fmt: skip


def _the_youngest_little_one(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The one youngest child of 2 or under, for "de baby" said of it."""
    little = [p for p in state["people"] if p["relationship"] == "child" and not p.get("self")
              and p.get("age") is not None and p["age"] <= 2]  # fmt: skip
    youngest = sorted(little, key=lambda p: p["age"])
    return youngest[:1] if len(youngest) == 1 or (youngest and youngest[0]["age"] < 2) else []


def _age_distance(entry: dict[str, Any], told: set[int]) -> int:
    """0 for a child of no age or of a told age; else how far the age is from the told ones."""
    age = entry.get("age")
    return 0 if age is None else min(abs(age - years) for years in told)


def _known_or_new(state, mention: Mention, relationship: str, update: Update, same) -> list:
    """The one person the mention names among `same`, or `same` up to the count, and new
    people for the rest."""
    if mention.word in W.BABY_WORDS:  # "mijn zoon is 5 en mijn baby": two children; "de
        # baby" again is the baby already told, even of 1 (panel 14, b4)
        babies = [p for p in same if p.get("word") in W.BABY_WORDS]
        same = babies or [p for p in same if p["age"] in (None, 0)]
        if (
            not same and mention.owner == "bare" and not (mention.another or mention.ages)
        ):  # "de baby is ook
            same = _the_youngest_little_one(state)  # van abdi en mij" of the child of 2 told
            # as "2 jaar" (panel 61, g12: a fourth child "van een baby")
    told = {a.years for a in mention.ages}
    if told:  # "mijn zoon van 16 ... en mijn zoon van 4": two sons, not one corrected (a1);
        # "mijn zoon is 14, mijn zoon is 10, mijn zoon is 5": three (panel 23, s5)
        now = set(update.new_people) | {c[0] for c in update.changes if c[1] == "age"}
        same = [p for p in same if p["id"] not in now or p["age"] in (None, *told)]
    wanted = max(mention.count, len(mention.ages))
    if relationship == "parent" and wanted == 2 and _one_parent_only(state, same):
        wanted = 1  # "ik kon mijn ouders niet meenemen" of a widow: her, no second parent;
        # "De ouders zijn niet gescheiden" after "de vader komt niet" (panel 72, g2)
    if mention.only and len(same) > wanted:
        same = _only_these(state, same, wanted)  # "ik heb maar 1 kind" (panel 9)
    known = _known_one(state, same, mention) if wanted == 1 else None
    one_only = mention.word in W.ONE_OF_A_KIND  # "mama wil ook komen": the same mama (y1)
    if mention.another and known is not None and not _same_one(known, mention) and not one_only:
        known = None  # "ook nog een dochter van 15": a new child, unless told again
    if known is not None:
        _name_by(known, mention)
        return [known]
    if told and wanted > 1 and len(same) > wanted and not mention.another:
        same = sorted(same, key=lambda p: _age_distance(p, told))  # "kinderen van de tweede
        # zijn 4 en 2": the unknown and the nearest ones, not the first two (panel 27, a5)
    found = _open_ones(same, update)[:wanted] if mention.another else same[:wanted]
    for entry in found if mention.another else []:
        _name_by(entry, mention)  # "ik heb ook een zoon van 19": the guessed one is a son
    return found + _new_people(state, mention, relationship, update, wanted - len(found))


def _one_parent_only(state: dict[str, Any], same: list[dict[str, Any]]) -> bool:
    """One parent stored, the other one died or stays (told not to come)."""
    if len(same) != 1:
        return False
    other = "vader" if same[0].get("pronoun") == "zij" else "moeder"
    stays = (state.get("context") or {}).get(f"parent:{other}") in LEFT_OUT
    return stays or _widowed_parent(same)


def _widowed_parent(same: list[dict[str, Any]]) -> bool:
    """One parent stored, told to be widowed: the other one died (panel 68, h4: "Is je
    tweede ouder op hoge leeftijd?" after "sinds mijn vader vorig jaar gestorven is")."""
    return len(same) == 1 and same[0]["facts"].get("widowed") is True


def _open_ones(same: list[dict[str, Any]], update: Update) -> list[dict[str, Any]]:
    """The guessed ones, else the ones of a number told and still unknown: "mijn andere
    dochter is 8" after "3 kinderen" and two of them told is the third (panel 53, h5: a fourth
    child made up)."""
    now = set(update.new_people) | {c[0] for c in update.changes}
    unknown = [p for p in same if p["age"] is None and not p.get("word") and p["id"] not in now]
    return _guessed_ones(same) or unknown


def _guessed_ones(same: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "mijn kinderen" counted two as a guess; "nog 2 kinderen, meisje 11 en jongen 4" after
    the eldest is told: the guessed second one is one of them (panel 24, h4: four children)."""
    return [p for p in same if p.get("count_guessed") and p["age"] is None and not p.get("word")]


def _only_these(state: dict[str, Any], same: list[dict[str, Any]], count: int) -> list[dict]:
    """Keep `count` of them, those the user told most about (an age, a word); the others,
    counted from a plural ("mijn kinderen"), go."""
    ranked = sorted(same, key=lambda p: (p["age"] is None, p.get("word") is None))
    for entry in ranked[count:]:
        _remove(state, entry)
    return ranked[:count]


def _known_by_their_ages(same: list[dict[str, Any]], mention: Mention) -> list[dict]:
    """A group named with the ages of people already known, one each."""
    told = {a.years for a in mention.ages}
    exact = [p for p in same if p["age"] in told]
    count = max(mention.count, len(mention.ages))  # "zusjes: Fatima (19), Huda (15) en Ali (10)"
    return exact if count > 1 and len(exact) == len(mention.ages) == count else []


def _new_people(state, mention: Mention, relationship: str, update: Update, count: int) -> list:
    """`count` new people for the mention (none for a modifier: "de vader van het meisje")."""
    found = []
    for _ in range(0 if mention.modifier else max(0, count)):
        word = mention.word if mention.count == 1 else W.PLURAL_SINGULAR.get(mention.word)
        entry = S.new_person(state, relationship, word)  # "2 vrouwen": each "vrouw" (s5)
        if relationship in COUPLES and mention.qualifier in W.ORDINALS:
            entry["qualifier"] = mention.qualifier  # "mijn tweede vrouw" told again: her
        if mention.count_guessed:
            entry["count_guessed"] = True
        update.new_people.append(entry["id"])
        found.append(entry)
    return found


def _own_after_all(state: dict[str, Any], mention: Mention, update: Update) -> list[dict]:
    """A stepchild ("haar zoon") the writer now calls his own ("de jongen is mijn zoon"):
    the same boy, the writer's child (panel 6, l4)."""
    steps = [p for p in state["people"] if p["relationship"] == "stepchild"]
    same = [p for p in steps if p.get("word") == mention.word] or (steps if len(steps) == 1 else [])
    for entry in same[:1]:
        entry["relationship"], entry["route"] = "child", None
        update.changes.append((entry["id"], "relationship", "stepchild", "child"))
    return same[:1]


def _name_by(entry: dict[str, Any], mention: Mention) -> None:
    """ "mijn vrouw en kinderen ... mijn dochter is 18": the child known without a word is now
    "je dochter", not "je kind van 18 jaar" (panel 5, j5)."""
    pronoun = S.pronoun_for(mention.word)
    if entry.get("word") is None and mention.count == 1 and pronoun and not mention.modifier:
        entry["word"], entry["pronoun"] = mention.word, pronoun


def _same_child(state: dict[str, Any], mention: Mention) -> list[dict[str, Any]]:
    """The known child a child word names: the same word, or with a definite article ("het
    meisje", "de dochter") the only child known."""
    children = [p for p in state["people"] if p["relationship"] in CHILDREN]
    same_word = [p for p in children if p["word"] == mention.word]
    if same_word or mention.owner != "bare":
        return same_word
    return children if len(children) == 1 else []


def _known_one(state, same: list[dict], mention: Mention) -> dict[str, Any] | None:
    """The one person already known that a singular mention names, if any."""
    if mention.ages:
        exact = [p for p in same if p["age"] == mention.ages[0].years]
        if exact:
            return exact[0]
    if len(same) == 1:
        return same[0]
    nearly_adult = [p for p in same if _nearly_adult(p)]
    if mention.turning_adult and len(nearly_adult) == 1:
        return nearly_adult[0]  # "als mijn dochter 18 wordt": the girl of 17 (panel 46, g1)
    worded = [p for p in same if p.get("word") == mention.word]
    if len(worded) == 1 and not mention.ages:
        return worded[0]  # "mijn zoon is al 15" then "mijn zoon": the same boy, not the
        # child of 9 in focus (panel 46, g4)
    focus = S.person(state, state["focus"])
    unaged = [p for p in same if p["age"] is None]
    if focus in same and not (mention.ages and focus["age"] is not None and unaged):
        return focus  # an age for one of several: the one still without (panel 19, l2:
    return unaged[0] if unaged else None  # "zainab is 17 ... de kleine noor is 9")


def _named_as_the_one(entry: dict[str, Any], reading: Reading) -> bool:
    """ "zij komt niet mee ..., het gaat alleen over grâce": not Grâce (round 119, s3)."""
    name = fold(entry.get("name") or "")
    about = re.search(r"\bgaat (?:alleen |enkel |maar )?over ([a-z]+)\b", fold(reading.text))
    if about and not name:  # a name the bot may not know as hers: no one taken out
        return about.group(1) not in ("mij", "haar", "hem", "hen", "ons")
    if not name:
        return False
    return bool(
        re.search(rf"\b(?:over|alleen|enkel|only)\s+{re.escape(name)}\b", fold(reading.text))
    )


def _nearly_adult(entry: dict[str, Any]) -> bool:
    """17, or an 18th birthday told."""
    told = (entry.get("facts") or {}).get("majority_date")
    return entry["age"] == MAJORITY_AGE.value - 1 or bool(told)


def _same_one(entry: dict[str, Any], mention: Mention) -> bool:
    """The known person has this mention's word and age: the same one told again."""
    age = mention.ages[0].years if mention.ages else None
    return entry.get("word") == mention.word and age is not None and entry["age"] == age


def _selected(same: list[dict[str, Any]], mention: Mention) -> list[dict[str, Any]]:
    """ "de oudste", "mijn jongste": the oldest/youngest known one, else the next unaged."""
    if mention.ages:
        exact = [p for p in same if p["age"] == mention.ages[0].years]
        unaged = [p for p in same if p["age"] is None]
        if exact or unaged:
            return (exact or unaged)[:1]
    aged = sorted((p for p in same if p["age"] is not None), key=lambda p: p["age"])
    if aged:
        return [aged[-1] if mention.word == "oudste" else aged[0]]
    return same[:1]


def _pronoun_not_coming(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "hij moet niet komen" (asked about the husband): he is taken out. Not a relative the
    message names as coming ("alleen de kinderen"), nor anyone but a partner once an ex was
    named ("mijn ex man ... hij komt niet": the ex, who was never stored)."""
    if reading.not_coming_pronoun is None or any(
        m.context in ("ex", "not_coming") for m in reading.mentions
    ):  # "mijn man moet weg uit de lijst, hij komt niet": he, taken out already
        return
    if _of_the_child_here(state, reading):  # "hij is hier bij mij, hij moet nie komen ...
        return  # het kind": the child who lives here, not her partner (panel 33, b3)
    target = _pronoun_target(state, reading.not_coming_pronoun, [])
    if target is None or target.get("self") or _named_as_the_one(target, reading):
        return
    named = {m.relationship for m in reading.applicants}
    ex_named = state.get("context", {}).get("ex_partner")
    if target["relationship"] in named or (ex_named and target["relationship"] not in COUPLES):
        return
    _remove(state, target)
    update.dropped.append(target.get("word") or target["relationship"])
    key = f"{target['relationship']}:{target.get('word') or ''}"
    state.setdefault("context", {})[key] = "not_coming"


def _pronoun_ages(state: dict[str, Any], reading: Reading, update: Update) -> None:
    for pronoun, age in reading.pronoun_ages:
        if (
            age.turning
            and state.get("writer") == "helper"
            and (reading.majority_days or state["sponsor"].get("age") == age.years)
        ):  # "ze wordt 18 in feb 2028" of a client of 16 (panel 79, g1: the sister made 16)
            continue  # "hij wordt 18 op 2 maart 2027": the client's day, kept by
            # _majority_date; not the brother made 17 (panel 24, h3)
        # "hij is 17 niet 16" of the one in Belgium; "mijn dochter is in belgie, zij is 17"
        # written by her father abroad
        if _corrects_the_sponsor(state, reading) or _pronoun_is_the_sponsor(
            state, reading, pronoun, age.start
        ):
            if age.months is None:  # "hij zegt 12 maanden is bijna voorbij": a period, not
                _set(state, update, "sponsor", "age", age.years)  # his age (panel 20, n3)
            continue
        if _the_client_grew_older(state, reading, age.years):  # "dus hij is al 17" of a client of
            _set(state, update, "sponsor", "age", age.years)  # 16 (panel 27, a1: the brother
            continue  # of 19 was made 17)
        _place_pronoun_age(state, reading, update, pronoun, age)


def _place_pronoun_age(state, reading: Reading, update: Update, pronoun: str, age) -> None:
    """A pronoun's age ("ze is 17") for the relative it points to, or unplaced."""
    target = _pronoun_age_target(state, reading, update, pronoun, age)
    if target is _TOLD_AGAIN:
        return  # "nee hij is NU 17" of the one son of 17: nothing new (panel 44, h1)
    if target is not None and _older_than_a_child_can_be(state, target, age.years):
        target = None  # "Zij is 33 jaar, hij is 41": not his little son (panel 84, i2)
    if target is None and _the_helpers_client_by_pronoun(state, pronoun, age.years):
        _set(state, update, "sponsor", "age", age.years)  # the client; "Hij (Paul) is 31,
        return  # zij (Sarah) is 29" once her husband is "hij" (panel 85, k2)
    if target is None:
        update.unplaced.append(age.years)
    elif age.months is None or target["relationship"] in MONTHS_OLD:
        _set(state, update, target["id"], "age", age.years)
        _gendered_by(target, pronoun)


_TOLD_AGAIN: dict[str, Any] = {"told": "again"}


def _pronoun_age_target(state, reading: Reading, update: Update, pronoun: str, age):
    """The relative a pronoun's age is of: named before it in the message, the one just aged
    in a correction, else the one of that pronoun (not over a known age, unasked)."""
    target = _named_before(state, reading, update, pronoun, age.start)
    if target is None and _the_one_of_that_age(state, age.years, pronoun):
        return _TOLD_AGAIN
    if target is None and reading.correction:  # "sorry nee ze is 17": the one just aged
        target = _just_aged(state, pronoun, age.years)
    if target is None:
        target = _pronoun_target(state, pronoun, reading.negated_numbers, age.years)
        if target is not None and _a_known_age_unasked(state, reading, target, age.years):
            return None  # "Hij is 9" after "daar woont ook zijn andere zoon" of the boy of 6
            # who comes: someone else's age, not his corrected (panel 87, i2)
    return target


def _gendered_by(target: dict[str, Any], pronoun: str) -> None:
    """ "Hij (Paul) is 31" of "je man of vrouw": her man."""
    if target.get("pronoun") is None and target["relationship"] in COUPLES:
        target["pronoun"] = pronoun
        if target["relationship"] == "spouse" and target.get("word") is None:
            target["word"] = "man" if pronoun == "hij" else "vrouw"


def _a_known_age_unasked(state, reading: Reading, target: dict[str, Any], years: int) -> bool:
    """A bare pronoun's age that would change a known age, with no correction and no question
    about that age open."""
    question = state.get("question") or {}
    asked = question.get("person") == target["id"] and question.get("fact") == "applicant.age"
    known = target.get("age") is not None and target["age"] != years
    correcting = reading.correction or reading.negated_numbers or reading.yes_no is False
    # "ja hij is 79" of the one grandfather said to be 82, no one else in the story (panel
    # 111, u5: "Over wie gaat 79 jaar?")
    others = [v for v in (state.get("context") or {}).values() if v not in ("sponsor", "deceased")]
    alone = [p for p in state["people"] if not p.get("self")] == [target] and not others
    return known and not asked and not correcting and not alone and not _birthday_since(reading)


def _birthday_since(reading: Reading) -> bool:
    """ "hij is ondertussen 16", "hij is vorige maand 18 geworden": an age grown since."""
    return any(w in f" {fold(reading.text)} " for w in W.BIRTHDAY_SINCE)


def _the_helpers_client_by_pronoun(state: dict[str, Any], pronoun: str, years: int) -> bool:
    """A helper's pronoun that no relative fits (or only a child younger than that age can
    be), the client's age still open."""
    if state.get("writer") != "helper" or state["sponsor"].get("age") is not None:
        return False
    return not any(
        p.get("pronoun") in (None, pronoun) and not _older_than_a_child_can_be(state, p, years)
        for p in state["people"]
        if not p.get("self")
    )


def _older_than_a_child_can_be(state: dict[str, Any], entry: dict[str, Any], years: int) -> bool:
    """A child of the couple (or the partner's child) can be no older than the partner less
    12 years: such an age is someone else's."""
    own = entry["relationship"] == "child" and entry["facts"].get("common_child") is not False
    if not (own or entry["relationship"] == "stepchild"):
        return False
    partner_ages = [
        p["age"] for p in state["people"]
        if p["relationship"] in COUPLES and p.get("age") is not None and not p.get("self")
    ]  # fmt: skip
    return any(years > age - 12 for age in partner_ages)


def _the_one_of_that_age(state: dict[str, Any], years: int, pronoun: str) -> bool:
    aged = [p for p in state["people"] if p.get("age") == years and not p.get("self")]
    return len(aged) == 1 and aged[0].get("pronoun") in (None, pronoun)


def _pronoun_and_loose_ages(state: dict[str, Any], reading: Reading, update: Update) -> None:
    _pronoun_ages(state, reading, update)
    _lead_is_the_writers(state, reading, update)
    # "sorry 17 bedoel ik, ni 7. de oudste is 17": the loose 17 is the age just placed
    placed = {c[3] for c in update.changes if c[1] == "age"}
    then = (state.get("question") or {}).get("fact") == "sponsor.minor_at_asylum_application"
    loose = [
        a.years
        for a in reading.loose_ages
        if a.years not in placed and not (then and _said_of_then(reading.text, a))
    ]  # "ja was 16 kwam alleen in 2023": the writer's age then (panel 99, v2: "Je zusje: 16")
    if not reading.negated_numbers:  # "yassine is 19" of the one person of 19: nothing new
        loose = [y for y in loose if [p["age"] for p in state["people"]].count(y) != 1]
    if state.get("writer") != "sponsor":  # "YONAS is 17" of the one in Belgium, "16 zei ik
        was = {c[2] for c in update.changes if c[0] == "sponsor" and c[1] == "age"}  # toch" (x1)
        loose = [y for y in loose if y != state["sponsor"].get("age") and y not in was]
    if not loose:
        return
    if _leads_as_the_writers_age(state, reading):  # "41. en kinderen zijn Dawit 17 ..." asked
        _set(state, update, "sponsor", "age", loose.pop(0))  # "Hoe oud ben jij?" (55, d2)
    if not loose:
        return
    if reading.negated_numbers and len(loose) == 1:
        target = _by_old_value(state, reading.negated_numbers)
        if target is not None:
            _set(state, update, target["id"], "age", loose[0])
            return
        if state["sponsor"].get("age") in reading.negated_numbers:  # "'je cliënt' zoals ge zegt
            _set(state, update, "sponsor", "age", loose[0])  # is 19 jaar, niet 17" (112, t4)
            return
    _place_loose_ages(state, reading, update, loose)


def _said_of_then(text: str, age: Any) -> bool:
    return bool(
        re.search(r"\b(?:was|toen|als)\s*$", fold(text[max(0, age.start - 12) : age.start]))
    )


def _leads_as_the_writers_age(state: dict[str, Any], reading: Reading) -> bool:
    """A bare number that opens the message answers "Hoe oud ben jij?"."""
    question = state.get("question") or {}
    first = reading.loose_ages[0] if reading.loose_ages else None
    return question.get("fact") == "sponsor.age" and first is not None and first.start <= 1


def _place_loose_ages(state: dict[str, Any], reading: Reading, update: Update, loose: list[int]):
    """Ages no mention or pronoun holds: the relatives without an age, a birthday since, or
    asked about ("Over wie gaat 16 jaar?")."""
    if _ages_by_word(state, reading, update, loose):
        return
    left_over = _the_one_left_over(state, reading, loose)
    if left_over is not None:
        _set(state, update, left_over["id"], "age", loose[0])
        return
    unaged = _unaged_for(state, update, len(loose))
    told = {m.relationship for m in reading.mentions}
    if len(unaged) != len(loose) and told:  # "het zijn 4 kinderen. lina 17, omar 14, yusuf 10
        # en adam 5": the four children, not the wife without an age (panel 23, s5)
        unaged = [p for p in unaged if p["relationship"] in told]
    unaged = _of_the_asked_kind(state, unaged, len(loose))
    named = len(loose) == 1 and any(a.named for a in reading.loose_ages)
    if named and len(unaged) > 1:  # "karim is 11": not a parent of an 18-year-old (panel 42,
        unaged = [p for p in unaged if _plausible_age(state, p, loose[0])] or unaged  # g4)
    if len(unaged) == len(loose) and (len(loose) > 1 or named):  # "priya is 31": the one
        # relative without an age (panel 10, t2)
        _set_loose_ages(state, reading, update, _plausible_order(state, unaged, loose), loose)
        return
    if _of_the_child_here(state, reading):
        return  # "8 maand zei ik al ... ik vraag of het kind helpt" (panel 33, b3)
    asked = _the_asked_relative(state, reading, loose)
    if asked is not None:
        _set_loose_ages(state, reading, update, [asked], loose[:1])  # "beam is 14" (panel 101,
        return  # v5: "beam heeft nog geen paspoort" answered with the wife's passport)
    if _the_writer_about_himself(state, reading, loose):
        _set(state, update, "sponsor", "age", loose[0])
        return
    if len(loose) == 1 and _a_birthday_since(state, reading, update, loose[0]):
        return
    update.unplaced.extend(loose)


def _the_one_left_over(state: dict[str, Any], reading: Reading, loose: list[int]) -> dict | None:
    """ "De zussen zijn 17 en 15, en het broertje is 10" then "Fatima is 19, Huda is 15. Ali is
    10": the ages listed again, one of them new; the one relative of that group whose age is
    no longer listed had it wrong (panel 103, z2: a parent of 19 for a sponsor of 18)."""
    told = {a.years for a in reading.loose_ages}
    if len(loose) != 1 or len(told) < 3:
        return None
    others = [p for p in state["people"] if not p.get("self") and p.get("age") is not None]
    kept = {p["relationship"] for p in others if p["age"] in told}
    gone = [p for p in others if p["age"] not in told and p["relationship"] in kept]
    return gone[0] if len(gone) == 1 else None


def _set_loose_ages(state, reading: Reading, update: Update, people: list[dict], loose: list[int]):
    """Each age to its relative, with the first name told with it: "lina is 13. omar is net 18"
    names who "omar" is later (panel 98, s1: his passport answered as the husband's)."""
    names = {a.years: a.name for a in reading.loose_ages if a.name}
    for entry, years in zip(people, loose, strict=True):
        _set(state, update, entry["id"], "age", years)
        if names.get(years) and not entry.get("name"):
            entry["name"] = names[years]


def _of_the_asked_kind(state: dict[str, Any], unaged: list[dict], ages: int) -> list[dict]:
    """ "Youssif is 15, Adam is 12" to "Hoe oud is de eerste broer van je cliënt?": the two
    brothers without an age, not the parents (panel 65, j5: "Over wie gaat 15, 12 jaar?")."""
    question = state.get("question") or {}
    asked = (
        S.person(state, question.get("person")) if question.get("fact") == "applicant.age" else None
    )
    if asked is None or len(unaged) == ages:
        return unaged
    same = [p for p in unaged if p["relationship"] == asked["relationship"]]
    return same if len(same) == ages else unaged


_WORD_THEN_AGE = re.compile(r"\b([a-z]+)(?: is| was| wordt)? (\d{1,2})\b")


def _ages_by_word(state: dict[str, Any], reading: Reading, update: Update, loose: list[int]):
    """ "pa is 47 en ma 41": each age after the word of the one relative called so, not in
    the order the relatives were named (panel 42, g4: the father's 47 went to "ma")."""
    by_word: dict[str, list[dict[str, Any]]] = {}
    for entry in state["people"]:
        if entry.get("word") and not entry.get("self"):
            by_word.setdefault(entry["word"], []).append(entry)
    found = {
        int(m.group(2)): by_word[m.group(1)][0]
        for m in _WORD_THEN_AGE.finditer(fold(reading.text))
        if len(by_word.get(m.group(1), ())) == 1
    }
    if not loose or any(years not in found for years in loose):
        return False
    if len({found[years]["id"] for years in loose}) != len(loose):
        return False
    for years in loose:
        _set(state, update, found[years]["id"], "age", years)
    return True


def _the_asked_relative(state: dict[str, Any], reading: Reading, loose: list[int]):
    """ "70 jaar, ze is weduwe ..." in answer to "Is je mama op hoge leeftijd?": the one age,
    at the start of the answer, is the age of the relative asked about, when not known yet
    (panel 40, h5: "Over wie gaat 70 jaar?", then the question given up)."""
    question = state.get("question") or {}
    entry = S.person(state, question.get("person"))
    lead = len(reading.loose_ages) == 1 and reading.loose_ages[0].start <= 1
    if entry is None or entry.get("self") or entry.get("age") is not None:
        return None
    return entry if lead and len(loose) == 1 else None


def _the_writer_about_himself(state: dict[str, Any], reading: Reading, loose: list[int]) -> bool:
    """ "Ik ben Belg, gepensioneerd. 67 jaar.": a message about the writer only (no relative
    named), one age: the sponsor's own, when not known (panel 40, g4: "Over wie gaat 67?")."""
    folded = f" {fold(reading.text)} "
    about_me = folded.lstrip().startswith(("ik ben ", "k ben ", "ikzelf "))
    if not about_me or reading.mentions or len(loose) != 1 or reading.pronoun_ages:
        return False
    writer_is_sponsor = state.get("writer") in (None, "sponsor")
    return writer_is_sponsor and state["sponsor"].get("age") is None and loose[0] >= 16


def _a_birthday_since(state: dict[str, Any], reading: Reading, update: Update, years: int):
    """ "de jongen is ondertussen 16, hij verjaarde in november": the one relative who was a
    year younger had a birthday (panel 33, b2: "Over wie gaat 16 jaar?")."""
    words = f" {' '.join(re.findall(r'[a-z]+', fold(reading.text)))} "
    if not any(f" {w} " in words for w in W.BIRTHDAY_SINCE):
        return False
    younger = [p for p in state["people"] if p.get("age") == years - 1 and not p.get("self")]
    if len(younger) != 1:
        return False
    _set(state, update, younger[0]["id"], "age", years)
    return True


def _of_the_child_here(state: dict[str, Any], reading: Reading) -> bool:
    """The message names the couple's child who lives here: its age is no applicant's."""
    if (state.get("context") or {}).get(_COMMON_CHILD_HERE) != "in_belgium":
        return False
    return any(
        m.relationship == "child" and (m.context == "in_belgium" or m.is_sponsor)
        for m in reading.mentions
    )  # "een baby van 8 maand, ze is hier geboren ... zij moet niet komen" (panel 35, e1)


def _corrects_the_sponsor(state: dict[str, Any], reading: Reading) -> bool:
    """A relative abroad or a helper corrects the age of the person in Belgium: the number
    denied is his ("hij is 17 niet 16"; panel 11, u1), and no relative has it."""
    old = state["sponsor"].get("age")
    in_belgium = state.get("writer") in ("applicant", "helper")
    relatives = [p for p in state["people"] if p["age"] == old]
    return in_belgium and old is not None and old in reading.negated_numbers and not relatives


def _lead_is_the_writers(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "31, zij is 27": a bare number first, then "zij is ...": the writer's own age (the
    client's for a social worker; panel 11, u4)."""
    lead = [a for a in reading.loose_ages if a.start <= 1]
    if len(reading.loose_ages) != 1 or not lead or not reading.pronoun_ages:
        return
    known = {state["sponsor"].get("age")} | {p["age"] for p in state["people"]}
    known |= {c[2] for c in update.changes if c[1] == "age"}  # the age it had before
    if lead[0].years in known:
        return  # "16 zei ik toch. nee wacht hij is 17": his age said again (panel 12, x1)
    me = next((p for p in state["people"] if p.get("self")), None)
    _set(state, update, me["id"] if me is not None else "sponsor", "age", lead[0].years)
    reading.loose_ages.clear()


def _unaged_for(
    state: dict[str, Any], update: Update, ages: int, relationship: str | None = None
) -> list[dict[str, Any]]:
    """The people without an age (of the relationship, when given); "6 en 2 jaar" when "mijn
    kinderen" made two children as a guess: one child more (panel 7, n4). Never one more of
    another kind (panel 103, z2: a third parent for the sisters' ages)."""
    unaged = [p for p in state["people"] if p["age"] is None and not p.get("self")]
    if relationship is not None:
        unaged = [p for p in unaged if p["relationship"] == relationship]
    guessed = [p for p in unaged if p.get("count_guessed")]
    if ages > len(unaged) and guessed and len(guessed) == len(unaged):
        for _ in range(ages - len(unaged)):
            extra = S.new_person(state, guessed[0]["relationship"], None)
            update.new_people.append(extra["id"])
            unaged.append(extra)
    return unaged


def _by_old_value(state: dict[str, Any], numbers: list[int]) -> dict[str, Any] | None:
    matches = [p for p in state["people"] if p["age"] in numbers]
    return matches[0] if len(matches) == 1 else None


def _the_client_grew_older(state: dict[str, Any], reading: Reading, years: int) -> bool:
    """A minor in Belgium a year older than told, written of by a helper or a relative in a
    message that names no relative ("hij heeft ook een broer. hij is 17" is the brother), and
    no relative of that age less one."""
    told = state["sponsor"].get("age")
    if state.get("writer") not in ("applicant", "helper") or told is None:
        return False
    if any(not m.is_sponsor for m in reading.mentions):
        return False
    if told >= MAJORITY_AGE.value or years != told + 1:
        return False
    return not any(p.get("age") == told for p in state["people"] if not p.get("self"))


def _an_unaged_relative_is(state: dict[str, Any], pronoun: str) -> bool:
    """A partner of that pronoun whose age is still open: "Zij is 33, hij is 41 ... kreeg hij"
    of a male client's wife (panel 87, i2: the client made 33, then 41, the wife's age lost)."""
    return any(
        p["relationship"] in COUPLES and p.get("pronoun") == pronoun and p.get("age") is None
        for p in state["people"]
        if not p.get("self")
    )


def _pronoun_is_the_sponsor(
    state: dict[str, Any], reading: Reading, pronoun: str, at: int = 0
) -> bool:
    """A relative abroad or a helper writes, and the person in Belgium named in this message
    is the one the pronoun points back to."""
    sponsors = [m for m in reading.mentions if m.is_sponsor]
    if state.get("writer") not in ("applicant", "helper"):
        return False
    if not sponsors:  # "ik ben de mama van Yonas, ... hij is 16. ik en zijn vader ...", later
        # "hij is 17 nu": the writer abroad is "ik", so "hij" is her son in Belgium unless
        # this message named another "hij" before it (panel 11, v5, u1; panel 12, x1)
        before = [
            m for m in reading.mentions
            if m.start < at and m.context is None and S.pronoun_for(m.word) == pronoun
        ]  # fmt: skip
        if state.get("writer") == "helper":  # "mijn cliënt ... hij is erkend vluchteling,
            # 34 jaar. zijn vrouw (30) ...": the status told of him, no relative before (y2)
            return (
                bool(reading.status)
                and not [  # "zijn vrouw. hij heet Tesfaye, 31 jaar, ...
                    m  # hij is erkend": "hij" is not the wife named before (panel 77, h1)
                    for m in reading.mentions
                    if m.start < at and S.pronoun_for(m.word) in (pronoun, None)
                ]
                and not _an_unaged_relative_is(state, pronoun)
            )
        named = state.get("writer") == "applicant" and not before
        return named and S.pronoun_for(state.get("sponsor_word") or "") == pronoun
    earlier = [m for m in sponsors if m.start < at] or (sponsors if not at else [])
    # "hij is 16 ... de neef van m'n man": "hij" before the husband is named is not him
    # (panel 115, t10: "Je man: Belg, 16 jaar")
    return bool(earlier) and S.pronoun_for(earlier[-1].word) == pronoun


def _named_before(
    state: dict[str, Any], reading: Reading, update: Update, pronoun: str, at: int
) -> dict[str, Any] | None:
    """ "en zijn moeder? ze is weduwe, 68 jaar": the one person this message added before the
    pronoun, of its gender, is who "ze" is, not the relative in focus (panel 13, y2: the
    mother's age went to the client's wife)."""
    if reading.negated_numbers:
        return None
    starts = [m.start for m in reading.mentions if m.start < at]
    added = [S.person(state, pid) for pid in update.new_people]
    matching = [p for p in added if p is not None and p["pronoun"] in (pronoun, None)]
    matching = [p for p in matching if p["age"] is None or _a_baby_of_0(p)]
    if not added:  # "de moeder van mijn cliënt wil ook komen, zij is 41": the one named, known
        matching = _named_known(state, reading, pronoun, at)  # before (panel 19, k3)
    if len(matching) > 1:  # "mijn man Reza en mijn 3 kinderen. ook mijn broer Ali, hij is 16":
        last = [m for m in reading.mentions if m.start < at][-1:]  # the one named last before
        matching = [p for p in matching if last and p["relationship"] == last[0].relationship]
        # "hij" (panel 71, h4: "Je man: 16 jaar")
    if len(matching) != 1 or not starts:
        return None
    matching[0]["pronoun"] = pronoun  # "mijn baby, hij is 1 jaar" (panel 14, b4)
    if _a_baby_of_0(matching[0]):
        matching[0]["age"] = None  # the baby's age told now: no correction to read back
    return matching[0]


def _named_known(state: dict[str, Any], reading: Reading, pronoun: str, at: int) -> list[dict]:
    """The one known relative, without an age, that the only mention before the pronoun
    names (by relationship and word)."""
    before = [m for m in reading.mentions if m.start < at and not m.context]
    if len(before) > 1:  # "... mijn kinderen van 4 en 11. en de mama van mijn vrouw ..., zij
        # is 63": not those with their own age, nor the wife "van" names (panel 33, b4)
        before = [m for m in before if not m.modifier and not m.ages]
    if len(before) != 1:
        return []
    mention = before[0]
    return [
        p for p in state["people"]
        if p["relationship"] == mention.relationship and not p.get("self")
        and p.get("word") in (mention.word, None) and p["pronoun"] in (pronoun, None)
        and p["age"] is None
    ]  # fmt: skip


def _a_baby_of_0(entry: dict[str, Any]) -> bool:
    return entry.get("word") in W.BABY_WORDS and entry["age"] == 0 and not entry.get("months")


def _pronoun_target(
    state, pronoun: str, negated: list[int], years: int | None = None
) -> dict[str, Any] | None:
    if negated:
        found = _by_old_value(state, negated)
        if found is not None:
            return found
    question = state.get("question") or {}
    asked = S.person(state, question.get("person"))
    if asked is not None and asked.get("self"):
        asked = None  # the writer is "ik", never "hij" or "zij"
    fits = [p for p in (asked, S.person(state, state.get("focus"))) if p is not None]
    fits = [p for p in fits if p["pronoun"] in (None, pronoun) and not p.get("self")]
    fits = [p for p in fits if _possible_age(p, years)]
    candidates = [p for p in state["people"] if p["pronoun"] == pronoun and not p.get("self")]
    candidates = [p for p in candidates if _possible_age(p, years)]
    if fits and fits[0]["pronoun"] is None and len(candidates) == 1:
        return candidates[0]  # "ze is 22" of the one "zij", not the child in focus without a
        # pronoun (panel 49, g2: "Je kind: 22 jaar")
    if fits:
        return fits[0]
    return candidates[0] if len(candidates) == 1 else None


def _just_aged(state: dict[str, Any], pronoun: str, years: int) -> dict[str, Any] | None:
    """The relative whose age the previous message gave, when the pronoun fits."""
    entry = S.person(state, state.get("last_aged"))
    fits = entry is not None and entry.get("pronoun") in (None, pronoun) and not entry.get("self")
    return entry if fits and _possible_age(entry, years) else None


def _plausible_order(state: dict[str, Any], people: list[dict], ages: list[int]) -> list[dict]:
    """The people in the order told, unless an age fits no one there: "Maksym is 12. Oksana is
    36" with the wife asked first is the son's 12 (panel 54, b3: "Je vrouw: 12 jaar")."""
    orders = [people, *itertools.permutations(people)] if len(people) <= 4 else [people]
    for order in orders:
        if all(_plausible_age(state, e, y) for e, y in zip(order, ages, strict=True)):
            return list(order)
    return people


def _plausible_age(state: dict[str, Any], entry: dict[str, Any], years: int) -> bool:
    """A parent or grandparent is older than the sponsor; a partner is no child."""
    if entry["relationship"] in ("parent", "grandparent"):
        return years > (state["sponsor"].get("age") or 0) + 10
    return _possible_age(entry, years)


def _possible_age(entry: dict[str, Any], years: int | None) -> bool:
    """A partner is no child ("het meisje is geboren okt 2024, dus ze is 2" made the partner 2;
    panel 28, b4)."""
    return years is None or entry["relationship"] not in COUPLES or years >= YOUNGEST_PARTNER_AGE


def _registered_partnership(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "geregistreerd partnerschap", "wettelijk samenwonend", "samenlevingscontract": the
    partner is a registered partner (seed 001, art. 10 §1 4°/5°), never assessed as a de facto
    partner; the country of registration decides equivalent or legally registered."""
    if reading.partnership != "legally_registered" or reading.marriage:
        if reading.partnership == "none":
            for entry in _couple(state, ("partner", "registered_partner")):
                _set(state, update, entry["id"], "partnership", "none")
        return
    country = reading.partnership_country
    kind = (
        "equivalent_to_marriage"
        if country and equivalent_partnership_country(country)
        else "legally_registered"
    )
    for entry in _couple(state, COUPLES) or _writers_couple(state):
        if entry["relationship"] != "registered_partner":
            entry["relationship"] = "registered_partner"
            entry["route"] = None
        if entry.get("self") and state.get("sponsor_word") in W.SPOUSE_WORDS_OF_MARRIAGE:
            state["sponsor_word"] = "partner"  # "niet mijn man ... mi pareja" (panel 125, n2)
        _set(state, update, entry["id"], "partnership", kind)
        if country:
            _set(state, update, entry["id"], "partnership_country", country)


def _ward_of_the_writer(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "de rechtbank in Conakry heeft mij voogd gemaakt" after "mijn kleinzoon is 10": the
    grandson is a child under foreign guardianship, seed 000's "kinderen onder buitenlandse
    voogdij" (panel 53, h2: still a grandchild, without the guardianship in his documents)."""
    if not reading.writer_guardian:
        return
    if any(m.relationship in ("grandchild", "other_relative") for m in reading.applicants):
        return  # the message names the ward itself (reading._under_guardianship)
    belgian = state["sponsor"].get("status") == "belgian"  # seed 004: a Belgian's grandson
    kinds = ("other_relative",) if belgian else ("grandchild", "other_relative")  # (g8)
    wards = [
        p for p in state["people"]
        if p["relationship"] in kinds and not p.get("self")
        and (p.get("age") is None or p["age"] < MAJORITY_AGE.value)
    ]  # fmt: skip
    if len(wards) != 1 or state.get("writer") == "helper":
        return
    ward = wards[0]
    ward["relationship"] = "foster_child"
    ward["route"] = None
    update.changes.append((ward["id"], "relationship", None, "foster_child"))


def _writers_couple(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The partner abroad who writes herself ("niet mijn man. we zijn wettelijk samenwonend";
    panel 125, n2: "Jij: officieel getrouwd" and a humanitarian visa)."""
    return [p for p in state["people"] if p["relationship"] in COUPLES and p.get("self")][:1]


def _couple(state: dict[str, Any], relationships: tuple[str, ...]) -> list[dict[str, Any]]:
    found = [p for p in state["people"] if p["relationship"] in relationships and not p.get("self")]
    return found[:1]


def _disabled_person(
    state: dict[str, Any], reading: Reading, where: list[int]
) -> dict[str, Any] | None:
    """Whose handicap: the relative named last before it in its sentence ("Mijn vrouw en mijn
    dochter ... Mijn dochter heeft het syndroom van Down"), the only one named, or, with
    nobody named, the one the bot asked about, unless a relative already has one ("attest
    handicap van irakese dokter, mag dat?" is about her: panel 3, b4); several and unclear:
    nobody (asked later)."""
    named = reading.applicants
    if named and where:
        at = where[0]
        sentence_start = max(reading.text.rfind(c, 0, at) for c in ".!?\n") + 1
        before = [m for m in named if sentence_start <= m.start < at]
        if not before and (
            _no_relative_in_its_sentence(reading, at) or _a_pronoun_right_after(reading, at)
        ):
            return _by_the_next_pronoun(state, reading, at)  # "junior is gehandicapt ... hij
            # kan niks alleen, mijn vrouw zorgt voor hem" (panel 77, h3: the wife's handicap);
            # "junior heeft een zware mentale handicap, hij kan niks alleen, mijn vrouw ..." (80)
        named = before[-1:] or (named if len(named) == 1 else [])
    if not reading.applicants:
        if any(p["facts"].get("disabled") for p in state["people"]):
            return None
        return (
            _by_the_pronoun(state, reading, where)
            or _by_the_age_before(state, reading, where)
            or S.person(state, state.get("focus"))
        )
    if len(named) != 1:
        return None
    same = [p for p in state["people"] if p["relationship"] == named[0].relationship]
    same = [p for p in same if p.get("word") == named[0].word] or same  # "mijn zoon heeft
    return same[0] if len(same) == 1 else None  # geen handicap" beside a daughter (h1)


def _no_relative_in_its_sentence(reading: Reading, at: int) -> bool:
    start = max(reading.text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (reading.text.find(c, at) for c in ".!?\n") if i >= 0]
    end = min(ends) if ends else len(reading.text)
    return not [m for m in reading.mentions if start <= m.start < end]


_NEXT_PRONOUN = re.compile(r"^[^.!?\n]*?[.!?\n,]\s*(hij|zij|ze)\b")


def _a_pronoun_right_after(reading: Reading, at: int) -> bool:
    """The clause after the handicap opens with a pronoun ("..., hij kan niks alleen")."""
    return bool(_NEXT_PRONOUN.match(fold(reading.text[at:])))


def _by_the_next_pronoun(state: dict[str, Any], reading: Reading, at: int) -> dict | None:
    """The one relative of the pronoun that opens the next clause or sentence ("... heel
    zwaar. hij kan niks alleen"), else nobody (asked later)."""
    told = _NEXT_PRONOUN.match(fold(reading.text[at:]))
    pronoun = ("hij" if told.group(1) == "hij" else "zij") if told else None
    found = [p for p in state["people"] if pronoun and p.get("pronoun") == pronoun]
    return found[0] if len(found) == 1 else None


def _by_the_age_before(state: dict[str, Any], reading: Reading, where: list[int]) -> dict | None:
    """ "junior is 20 jaar. hij heeft een zware mentale handicap ... en grace is 16": the one
    relative of the age told last before it (panel 72, h3: the girl of 16 in focus got it)."""
    before = [a for a in reading.loose_ages if where and a.start < where[0]]
    if not before:
        return None
    found = [p for p in state["people"] if p.get("age") == before[-1].years and not p.get("self")]
    return found[0] if len(found) == 1 else None


def _by_the_pronoun(state: dict[str, Any], reading: Reading, where: list[int]) -> dict | None:
    """ "ze heeft een zware verstandelijke handicap": the one relative who is a "zij" (panel
    47, h1: the handicap went to the son in focus, and stayed)."""
    if not where:
        return None
    at = where[0]
    start = max(reading.text.rfind(c, 0, at) for c in ".!?\n") + 1
    pronoun = pronoun_in(f" {fold(reading.text[start : at + 1])} ")  # "hij is niet gehandicapt"
    found = [p for p in state["people"] if pronoun and p.get("pronoun") == pronoun]  # (92, m4)
    return found[0] if len(found) == 1 else None


# "ze wonen in Yaoundé bij hun papa, mijn ex-man", "ze woont bij haar papa, ze is niet alleen"
_WITH_THE_OTHER_PARENT = re.compile(
    r"\b(?:woont|wonen|leeft|leven|blijft|blijven)\b[^.?!]{0,25}\bbij (?:hun|haar|zijn|de) "
    r"(?P<parent>papa|vader|mama|moeder)\b|\b(?:ze|zij|hij) is niet alleen\b"
)


def _adult_children_with_a_parent(state: dict[str, Any], reading: Reading, update: Update):
    """Grown children told to live with their other parent, who stays: they do not stay behind
    "helemaal alleen en geïsoleerd" (seed 000; panel 73, h5: "kans redelijk" for a daughter of
    19 who lives with her father). Not when that parent is the partner who comes (panel 83,
    j1: "ze woont nog bij haar moeder" of the wife who comes: "die blijft")."""
    told = _WITH_THE_OTHER_PARENT.search(fold(reading.text))
    if not told:
        return
    partner_named = _the_partner_who_comes(state, told["parent"])
    for entry in state["people"]:
        adult = (entry.get("age") or 0) >= MAJORITY_AGE.value
        of_the_couple = (
            entry["relationship"] == "child" and entry["facts"].get("common_child") is not False
        )
        if partner_named and (of_the_couple or entry["relationship"] == "stepchild"):
            continue  # the child of the wife who comes lives with her
        if entry["relationship"] in ("child", "stepchild") and adult:
            _set(state, update, entry["id"], "isolated", False)


def _the_partner_who_comes(state: dict[str, Any], parent_word: str | None) -> bool:
    """The sponsor's partner, who comes, is the parent named ("bij haar moeder")."""
    pronoun = S.pronoun_for(parent_word) if parent_word else None
    return any(
        p["relationship"] in COUPLES and p.get("pronoun") in (None, pronoun) and not p.get("self")
        for p in state["people"]
    )


def _couple_before_or_after(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """The one couple's marriage told as before the arrival, or after it ("ik was al in
    belgie toen we trouwden"; panel 73, g2)."""
    couples = [p for p in state["people"] if p["relationship"] in COUPLES]
    if len(couples) != 1:
        return
    named = any(m.relationship in COUPLES for m in reading.applicants)
    married = reading.marriage or "getrouwd" in reading.text.lower()
    if reading.before_arrival and not named and married:
        _set(state, update, couples[0]["id"], "relationship_predates_arrival", True)
    if reading.married_after_arrival or _married_after_the_recognition(state, reading):
        _set(state, update, couples[0]["id"], "relationship_predates_arrival", False)


_MARRIAGE_YEAR = re.compile(r"\bgetrouwd\b[^.?!]{0,45}?\b((?:19|20)\d\d)\b")


def _married_after_the_recognition(state: dict[str, Any], reading: Reading) -> bool:
    """ "getrouwd zijn we in augustus dit jaar, 21 augustus 2026 in kigali" from a refugee
    recognised in January 2026: married after the recognition, so after the arrival (panel
    108, m4: "Sorry, dat begreep ik niet goed")."""
    known = state["sponsor"].get("recognition_date")
    folded = fold(reading.text)
    married = _MARRIAGE_YEAR.search(folded)
    if not (known and married):
        return False
    span = folded[married.start() : married.end()]
    month = max((n for w, n in MONTH_WORDS.items() if re.search(rf"\b{w}\b", span)), default=0)
    return f"{married.group(1)}-{month:02d}-00" > known if month else married.group(1) > known[:4]


def _person_facts(state: dict[str, Any], reading: Reading, update: Update) -> None:
    _couple_before_or_after(state, reading, update)
    _adult_children_with_a_parent(state, reading, update)
    _children_born_before(state, reading, update)
    if reading.lgbtiq:  # seed 000: "het feit dat geaardheid een grond voor vervolging was"
        for entry in [p for p in state["people"] if p["relationship"] in COUPLES]:
            _set(state, update, entry["id"], "lgbtiq", True)
    if reading.marriage:
        _marriage(state, reading, update)
    _partner_facts(state, reading, update)
    shared = [p for p in state["people"] if p["facts"].get("custody") == "shared"]
    if reading.consent_refused and len(shared) == 1:  # the consent told before is taken back
        _set(state, update, shared[0]["id"], "other_parent_consent", False)  # (panel 31, a2)
    if reading.custody and (state.get("question") or {}).get("fact") != "applicant.custody":
        children = [p for p in state["people"] if p["relationship"] in ("child", "stepchild")]
        untold = [p for p in children if p["facts"].get("custody") is None]
        if len(children) == 1 or (untold == children and not reading.applicants):
            # "wij hebben samen het gezag" of "hun" children, none named (panel 40, h4)
            for child in children:
                _set(state, update, child["id"], "custody", reading.custody)
    _no_custody_judgment(state, reading, update)
    _guardianship_told_again(state, reading, update)
    _disability(state, reading, update)


def _guardianship_told_again(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "maar ik heb toch het hoederecht! de rechtbank in douala heeft mij de tutelle gegeven"
    of the one grandchild stored without custody: the writer's, by a judgment (panel 80, g4:
    three corrections ignored, "Dat is nu niet zo")."""
    asked = (state.get("question") or {}).get("fact") == "applicant.custody"
    wards = [p for p in state["people"] if p["relationship"] in ("grandchild", "foster_child")]
    if asked or len(wards) != 1 or not MY_GUARDIANSHIP.search(fold(reading.text)):
        return
    if wards[0]["facts"].get("custody") in (None, "none"):
        _set(state, update, wards[0]["id"], "custody", "sole")


def _no_custody_judgment(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """ "er is geen vonnis of zo, de vader is onbekend": the one child not of the couple has
    no custody judgment (panel 33, a2: the judgment still asked among the documents)."""
    if not (reading.no_custody_judgment or reading.custody_judgment):
        return
    if "?" in reading.text and any(h in f" {fold(reading.text)} " for h in W.HYPOTHETICAL):
        return  # "wat als er geen vonnis is?" (review)
    children = [p for p in state["people"] if p["relationship"] in ("child", "stepchild")
                and not p["facts"].get("common_child") and not p.get("self")]  # fmt: skip
    if len(children) == 1:  # "er is een vonnis": told (panel 124, q2)
        _set(state, update, children[0]["id"], "custody_judgment", reading.custody_judgment)


def _partner_facts(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """The one partner's (not married) facts told in passing: still married to an ex (panel
    32, c2), a child together (panel 32, d3: "Hebben jullie samen een kind?" asked again)."""
    partners = [
        p for p in state["people"] if p["relationship"] in ("partner", "registered_partner")
    ]
    if len(partners) != 1:
        return
    if reading.not_yet_divorced:
        _set(state, update, partners[0]["id"], "married", True)
    child = any(m.relationship == "child" for m in reading.mentions)
    together = child and any(c in fold(reading.text) for c in W.COMMON_CHILD_CUES)
    if together and "common_child" not in partners[0]["facts"]:
        _set(state, update, partners[0]["id"], "common_child", True)


def _marriage(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """The marriage type for the wife it was told of: by the age named before it when there
    are two wives (panel 19, l5: the wives' marriages swapped), else the one spouse."""
    spouses = [p for p in state["people"] if p["relationship"] == "spouse"]
    by_age = [(p, value) for age, value in reading.marriages_by_age for p in spouses
              if p["age"] == age]  # fmt: skip
    if len(spouses) > 1 and by_age:
        for entry, value in by_age:
            _set(state, update, entry["id"], "marriage", value)
        return
    for entry in _the_wife_told_of(state, spouses, update, reading.correction)[:1]:
        if _asked_of_a_known_marriage(state, reading, entry):
            continue  # "onze nikah nama is van voor de taliban. kunnen we die nog laten
            # legaliseren?": the deed asked about, not a religious marriage (panel 34, d4)
        _set(state, update, entry["id"], "marriage", reading.marriage)


def _asked_of_a_known_marriage(state: dict[str, Any], reading: Reading, entry: dict) -> bool:
    """A question that names the marriage's kind of a marriage already told, no correction."""
    known = entry["facts"].get("marriage")
    asked = (state.get("question") or {}).get("fact") == "applicant.marriage"
    folded = fold(reading.text)
    deed = re.search(r"nikah ?nama|akte|certificaat", folded) and not re.search(
        r"\bgetrouwd|\btrouwden|\balleen religieus", folded
    )  # not "we zijn alleen religieus getrouwd ... is dat genoeg?" (review)
    return bool(known and deed) and "?" in reading.text and not reading.correction and not asked


def _the_wife_told_of(
    state: dict[str, Any], spouses: list, update: Update, correction: bool = False
) -> list:
    """Of two wives: the one added by this message ("hij heeft ook nog een tweede vrouw,
    religieus getrouwd"), else the one asked about (the marriage-type question), else the
    first (panel 28, a2: the first wife's official marriage made religious, twice)."""
    if len(spouses) < 2:
        return spouses
    new = [p for p in spouses if p["id"] in update.new_people]
    asked = S.person(state, (state.get("question") or {}).get("person"))
    untold = [p for p in spouses if not p["facts"].get("marriage")]
    if not (new or asked in spouses) and not correction:
        return untold  # "ons religieus huwelijk van amina, telt dat?" of two wives whose
        # marriages are known: no wife's marriage changed (panel 81, h3: the first wife's)
    return new or [p for p in spouses if p is asked] or spouses


def _disability(state: dict[str, Any], reading: Reading, update: Update) -> None:
    """A handicap named (True) or denied ("neef heeft geen handicap": False) for its person."""
    if reading.disability:
        target = _disabled_person(state, reading, reading.disability_at)
        if target is not None:
            _set(state, update, target["id"], "disabled", True)
    if reading.disability_denied_at:
        target = (  # "hij heeft geen handicap" of the one "hij" (panel 47, h1)
            _disabled_person(state, reading, reading.disability_denied_at)
            if reading.applicants
            else _by_the_pronoun(state, reading, reading.disability_denied_at)
        )
        if target is not None:
            _set(state, update, target["id"], "disabled", False)
