"""What to ask next: the first fact the eligibility module still needs, for the first relative.

Shared facts (the sponsor's status, dates, age) live once in the state, so they are asked once
for the whole family. A fact the user already gave is never asked again; a fact the module
derives from others is never in `missing_facts` (eligibility's own derivations).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from dialogue import state as S
from dialogue import words as W
from eligibility import Reader, ValidationError, assess
from eligibility.favourable_conditions import NONE_ASKED
from eligibility.reader import RELATIVE_NOUNS, RELATIVE_WITH_AGE

# eligibility fact path -> the name used in the question's response (utter_ask_<name>)
QUESTION_NAMES: dict[str, str] = {
    "sponsor.status": "sponsor_status",
    "sponsor.age": "sponsor_age",
    "sponsor.recognition_date": "recognition_date",
    "sponsor.arrival_date": "arrival_date",
    "sponsor.asylum_application_date": "asylum_application_date",
    "sponsor.minor_at_asylum_application": "minor_at_asylum_application",
    "sponsor.unaccompanied_minor": "unaccompanied_minor",
    "applicant.age": "applicant_age",
    "applicant.marriage": "marriage_type",
    "sponsor.recognition_day": "recognition_day",
}
# the exact day of a recognition date known only roughly ("sinds mei", "gisteren de brief")
DAY_QUESTION = "sponsor.recognition_day"
PROTECTED = ("refugee", "subsidiary_protection")


def question_name(fact: str) -> str:
    return QUESTION_NAMES.get(fact, fact.split(".", 1)[1])


def plain_reader(state: dict[str, Any], **words: str | None) -> Reader:
    """The reader of a text about no one relative: the sponsor, or a helper with her own word
    for him ("het eigen inkomen van je pa", "Je werknemer is nog asielzoeker", not "je cliënt"
    to a son or an employer; panels 111, v3 and v4; 116, v5)."""
    if state.get("writer") == "helper":
        return Reader(role="helper", sponsor=state.get("sponsor_word"), **words)
    return Reader(role="sponsor", **words)


def reader_for(state: dict[str, Any], entry: dict[str, Any]) -> Reader:
    """Who reads the answer about `entry`: the sponsor, the relative herself or a helper."""
    if entry.get("self"):
        return Reader(role="applicant", sponsor=state.get("sponsor_word"))
    if state.get("writer") == "applicant":  # the sponsor's mother about his father
        kind = entry.get("writer_relationship") or entry["relationship"]
        word = entry.get("word") or RELATIVE_NOUNS.get(kind, ("",))[0]
        return Reader(
            "relative", word or None, entry.get("pronoun"), state.get("sponsor_word"),
            reader_is_partner=S.writer_is_partner(state),
            relative_of_sponsor=bool(entry.get("of_sponsor")), parent=one_parent(state),
        )  # fmt: skip
    role = "helper" if state.get("writer") == "helper" else "sponsor"
    partner = next((p.get("word") for p in state["people"] if p["relationship"] == "spouse"), None)
    sponsor = state.get("sponsor_word") if role == "helper" else None  # "je broer" (h3)
    writers = role == "helper" and bool(entry.get("writer_relationship"))  # "je zus" (y2)
    return Reader(
        role, _distinct_word(state, entry), entry.get("pronoun"), sponsor, partner=partner,
        parent=one_parent(state), relative_of_writer=writers,
    )  # fmt: skip


def _distinct_word(state: dict[str, Any], entry: dict[str, Any]) -> str | None:
    """The reader's word for `entry`, with the age when another relative has the same word."""
    word, age = _noun(entry), entry.get("age")
    twins = [
        p for p in state["people"]
        if p is not entry and p["relationship"] == entry["relationship"]
        and _noun(p) == word and not p.get("self")
    ]  # fmt: skip
    if twins and age and all(p.get("age") != age for p in twins):
        return RELATIVE_WITH_AGE.format(word=word, age=age)
    return entry.get("word")


def _noun(entry: dict[str, Any]) -> str:
    """The word the texts use for `entry`: the user's, else the noun of its relationship."""
    nouns = RELATIVE_NOUNS.get(entry["relationship"], RELATIVE_NOUNS[None])
    return entry.get("word") or nouns[{"hij": 1, "zij": 2}.get(entry.get("pronoun"), 0)]


def one_parent(state: dict[str, Any]) -> str | None:
    """The word for the sponsor's only parent who applies ("moeder"), else None."""
    parents = [p for p in state["people"] if p["relationship"] == "parent"]
    if len(parents) == 1 and parents[0].get("self"):
        return SELF_PARENT  # the widowed mother who writes: "van jou" (panel 85, l4)
    parents = [p for p in parents if not p.get("self")]
    return (parents[0].get("word") or None) if len(parents) == 1 else None


SELF_PARENT = "jij"


def assessment(state: dict[str, Any], entry: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The eligibility result for one relative; an invalid case is `{"invalid": field}`."""
    try:
        result = assess(
            S.case_for(state, entry), application_date=today, reader=reader_for(state, entry)
        )
    except ValidationError as error:
        return {"invalid": getattr(error, "field", str(error)), "missing_facts": []}
    return _without_a_period_for_none(result)


def assessment_once_old_enough(
    state: dict[str, Any], entry: dict[str, Any], today: dt.date, age: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(person, assessment) of a young couple's partner as it will be once both are `age`
    (seed 001: "U bent beiden ouder dan 21 jaar"); the state itself is left as it is."""
    older = copy.deepcopy(state)
    older["sponsor"]["age"] = max(older["sponsor"].get("age") or 0, age)
    partner = copy.deepcopy(entry)
    partner["age"] = max(partner.get("age") or 0, age)
    return partner, assessment(older, partner, today)


def _without_a_period_for_none(result: dict[str, Any]) -> dict[str, Any]:
    """The parents of an unaccompanied minor need no income, home or insurance at all (art.
    10, §2; the conditions' `why_id`): the 12 months' flag and last day, which the contract's
    output gives every protected sponsor's relative, are not told to them as a period that
    ends (panel 66, k5: "binnen 12 maanden" to the parents of a boy of 16)."""
    waived_for_good = any(c.get("why_id") == NONE_ASKED for c in result.get("conditions") or [])
    if not waived_for_good:
        return result
    deadlines = [d for d in result["deadlines"] if d.get("id") != "favourable_conditions_end"]
    return {**result, "deadlines": deadlines, "favourable_conditions": False}


def missing(state: dict[str, Any], entry: dict[str, Any], today: dt.date) -> list[str]:
    result = assessment(state, entry, today)
    facts = [f for f in result.get("missing_facts") or [] if f != "applicant.relationship"]
    if entry.get("self"):
        facts = [f for f in facts if f != "applicant.age"] + (
            ["applicant.age"] if "applicant.age" in facts else []
        )
    return facts


def next_question(state: dict[str, Any], today: dt.date) -> dict[str, Any] | None:
    """{"person": id, "fact": path} for the next thing to ask, or None when all is known."""
    people = state["people"]
    if not people:
        return {"person": None, "fact": "applicant.relationship"}
    if _day_unknown(state):
        return {"person": None, "fact": DAY_QUESTION}
    for entry in people:
        for fact in missing(state, entry, today):
            if fact.startswith("sponsor.") and fact in state["given"]:
                continue
            question = {
                # a shared fact is the sponsor's, whoever's case asks it
                "person": None if fact.startswith("sponsor.") else entry["id"],
                "fact": _common_child_first(state, entry, fact),
            }
            if S.question_key(question) not in state["unknown"]:
                return question
    return None


def _day_unknown(state: dict[str, Any]) -> bool:
    """The 12-month deadline needs the day on the decision; asked until given or unknown."""
    sponsor = state["sponsor"]
    return bool(
        # a year told only when its 12 months are surely over; a card's day told as the answer:
        # the decision's is earlier, told so with the deadline (panel 111, u1: asked in a loop)
        state.get("approximate_date") not in (False, None, "year", "card")
        and sponsor.get("recognition_date")
        and sponsor.get("status") in PROTECTED
        and DAY_QUESTION not in state.get("unknown", [])
    )


def give_up(state: dict[str, Any], question: dict[str, Any]) -> bool:
    """Count one more ask of `question` that got no answer; after W.MAX_ASKS the fact is
    recorded as unknown (True) and the dialogue goes on without it."""
    if question["fact"] == "applicant.relationship":
        return False  # without a relative there is nothing to go on with: asked with examples
    key = S.question_key(question)
    tries = state.setdefault("tries", {})
    tries[key] = tries.get(key, 0) + 1
    if tries[key] < W.MAX_ASKS:
        return False
    mark_unknown(state, question)
    return True


def mark_unknown(state: dict[str, Any], question: dict[str, Any]) -> None:
    key = S.question_key(question)
    if key not in state.setdefault("unknown", []):
        state["unknown"].append(key)


def _common_child_first(state: dict[str, Any], entry: dict[str, Any], fact: str) -> str:
    """Custody matters only for a child of one parent (seed 001 "Kinderen enkel van één
    echtgenoot/echtgenote of partner"); when the partner is in the family, ask that first."""
    couple = any(
        p["relationship"] in ("spouse", "partner", "registered_partner") for p in state["people"]
    )
    if (
        fact == "applicant.custody"
        and couple
        and entry["relationship"] == "child"
        and "common_child" not in entry["facts"]
    ):
        return "applicant.common_child"
    return fact
