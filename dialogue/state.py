"""The conversation's state: the family as a list of people, each with their own facts.

Kept as plain JSON-able dicts (it lives in one Rasa slot, `case`). The sponsor's facts
(status, dates, age) are shared by all relatives; each person holds their own facts under
the eligibility module's applicant names.
"""

from __future__ import annotations

import copy
from typing import Any

from dialogue import words as W

CHILDREN = ("child", "stepchild", "adopted_child", "foster_child")

VERSION = 1


def new_state() -> dict[str, Any]:
    return {
        "v": VERSION,
        "consent": None,  # None | "given" | "refused"
        "notice_shown": False,
        "story_waiting": False,  # a family story was told before consent
        "writer": None,  # None | "sponsor" | "applicant" | "helper"
        "sponsor": {},  # eligibility sponsor facts
        "sponsor_word": None,  # the applicant's word for the person in Belgium ("man")
        # the first name a helper gives the one she writes for ("ik schrijf voor mijn vrouw
        # Ana"): "Ana is zijn mama" names her again, no one new (panel 117, q2)
        "sponsor_name": None,
        "approximate_date": False,
        "people": [],
        "focus": None,
        "question": None,  # {"person": id | None, "fact": "applicant.age" | "sponsor.status"}
        "pending": None,  # "confirm" | "restart" | "consent" | "correction"
        "answered": False,
        "given": [],  # facts the user gave: "sponsor.status", "p1.age", ...
        "asked": [],  # facts the bot asked
        "tries": {},  # question key -> times asked without an answer
        "unknown": [],  # question keys the user does not know ("dat weet ik niet")
        "context": {},  # "relationship:word" -> sponsor | deceased: people who are no applicant
        "turns": 0,
        # the young sponsor's 21st birthday told ("20, word 21 op 3 mei"), ISO: the day a
        # couple's age rule is met (seed 001; panel 59, h6)
        "sponsor_turns_21": None,
        # the partner's 21st birthday told ("ze wordt 21 op 2 maart 2027"), ISO: the day the
        # couple's age rule is met when the sponsor is 21 too (panel 108, m4)
        "partner_turns_21": None,
        # the bot asked the minor sponsor's 18th birthday: a date told next is his (panel 69, h1)
        "birthday_asked": False,
        "handoff": False,
        "contact_offered": False,  # the bot offered a call back and waits for a number
        "language_noted": False,  # told once that the answers are in Dutch (an English writer)
    }


def load(value: Any) -> dict[str, Any]:
    """The state from the slot (a fresh one when missing or from an older version)."""
    if isinstance(value, dict) and value.get("v") == VERSION:
        state = copy.deepcopy(value)
        for key, default in new_state().items():
            state.setdefault(key, default)
        return state
    return new_state()


def person(state: dict[str, Any], person_id: str | None) -> dict[str, Any] | None:
    return next((p for p in state["people"] if p["id"] == person_id), None)


def new_person(state: dict[str, Any], relationship: str, word: str | None) -> dict[str, Any]:
    number = 1 + max((int(p["id"][1:]) for p in state["people"]), default=0)
    entry = {
        "id": f"p{number}",
        "relationship": relationship,
        # "kafala" names the bond, not the child ("je kafala"; panel 28, b5)
        # no word from a button ("Mijn man of vrouw": ""), so "mijn vrouw" names her later
        # (panel 47, h4: "Je man of vrouw" to the end)
        "word": None if not word or word in W.BOND_WORDS or word == W.A_FIRST_NAME else word,
        "pronoun": pronoun_for(word),
        "age": None,
        "months": None,
        "facts": {},
        "route": None,
        "self": False,
    }
    state["people"].append(entry)
    if state["focus"] is None:
        state["focus"] = entry["id"]
    return entry


def writer_is_partner(state: dict[str, Any]) -> bool:
    """The relative abroad who writes is the sponsor's spouse or partner: the sponsor's
    stepchild is then her own child ("je dochter")."""
    me = next((p for p in state["people"] if p.get("self")), None)
    return me is not None and me["relationship"] in ("spouse", "partner", "registered_partner")


def pronoun_for(word: str | None) -> str | None:
    if not word:
        return None
    if word in W.MALE_WORDS:
        return "hij"
    if word in W.FEMALE_WORDS:
        return "zij"
    return None


def mark_given(state: dict[str, Any], key: str) -> None:
    if key not in state["given"]:
        state["given"].append(key)


def question_key(question: dict[str, Any]) -> str:
    """ "sponsor.status" for a shared fact, "p2:applicant.age" for a person's."""
    fact = question["fact"]
    if fact.startswith("sponsor."):
        return fact
    return f"{question.get('person')}:{fact}"


def _the_couples_one_child(state: dict[str, Any], entry: dict[str, Any]) -> bool:
    couples = _couples(state)
    children = [p for p in state["people"] if p["relationship"] == "child" and not p.get("self")]
    told = len(couples) == 1 and couples[0]["facts"].get("common_child") is True
    return told and children == [entry]


def case_for(state: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    """The eligibility input for one relative (unknown facts left out)."""
    applicant: dict[str, Any] = {"relationship": entry["relationship"], **entry["facts"]}
    if entry.get("age") is not None:
        applicant["age"] = int(entry["age"])
    if any(p is not entry for p in state["people"]):
        # seed 003 "de enige is die zich bij de gezinshereniger komt voegen": with another
        # relative applying too, the child does not join alone (not asked), even after an
        # earlier "ja, alleen Valeria" (round 120, z5: the grandmother added later)
        applicant["joins_alone"] = False
    if entry["relationship"] == "sibling":
        _siblings_parents(state, applicant)
        if entry.get("writer_relationship") == "child" and _a_parent_writes(state):
            applicant.setdefault("own_parent_applying", True)  # the mother who writes about
            # her own son: never "Is je kind een halfbroer van je zoon?" (panel 85, l4)
    if entry["relationship"] in ("partner", "spouse") and any(
        p["relationship"] == "child" and p["facts"].get("common_child") for p in state["people"]
    ):  # "onze zoon van 2" beside the girlfriend: seed 000's "gemeenschappelijke kinderen"
        applicant.setdefault("common_child", True)  # for her chance (panel 9, r3); and for a
        # church-married wife's soft procedure (panel 86, k3: "Hebben jullie samen kinderen?")
    if entry["relationship"] == "spouse" and _another_wife_comes(state, entry):
        applicant.setdefault("another_spouse_applying", True)  # seed 001 (panel 28, a2)
    if entry["relationship"] == "stepchild" and _partner_in_fact_only(state):
        applicant.setdefault("parent_is_de_facto_partner", True)  # (panel 19, l3)
        if _couples(state)[0]["relationship"] == "spouse":  # a religious marriage: the right
            applicant.setdefault("parent_married_religiously", True)  # if it counts (a2)
    _child_facts(state, entry, applicant)
    return {"sponsor": dict(state["sponsor"]), "applicant": applicant}


def _child_facts(state: dict[str, Any], entry: dict[str, Any], applicant: dict[str, Any]):
    """What the rest of the family tells about a child: the couple's one child, a mother
    who cannot come, a mother who is only a girlfriend."""
    if entry["relationship"] == "child" and _the_couples_one_child(state, entry):
        applicant.setdefault("common_child", True)  # "Hebben jullie samen een kind?" "Ja",
        # of the one son told: not asked again of him (panel 59, g5)
    child = entry["relationship"] in ("child", "stepchild")
    if child and applicant.get("common_child") and _mother_cannot_come(state):
        applicant.setdefault("other_parent_stays", True)  # the second wife (panel 54, b5)
    if child and applicant.get("common_child") and _other_parent_is_a_de_facto_partner(state):
        # seed 001: "de kinderen die u kreeg met uw echtgenoot/echtgenote of partner" is a
        # spouse or registered partner; with a girlfriend the custody rules of seed 003 hold
        applicant["common_child"] = False  # (panel 7, n5)


def _couples(state: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in state["people"] if p["relationship"] in
            ("spouse", "registered_partner", "partner")]  # fmt: skip


def _mother_cannot_come(state: dict[str, Any]) -> bool:
    """The couple's other parent is a second spouse: another one already lives in Belgium."""
    return any(p["facts"].get("other_spouse_already_in_belgium") for p in _couples(state))


def _other_parent_is_a_de_facto_partner(state: dict[str, Any]) -> bool:
    couples = {p["relationship"] for p in _couples(state)}
    return couples == {"partner"}


def _another_wife_comes(state: dict[str, Any], entry: dict[str, Any]) -> bool:
    """Another spouse comes too ("mag er maar één echtgenote"): one married officially, or,
    of two wives married religiously, the one named first (panel 40, g1: both told they could
    apply as family reunification, without a fee)."""
    spouses = [p for p in state["people"] if p["relationship"] == "spouse" and not p.get("self")]
    earlier = spouses[: spouses.index(entry)] if entry in spouses else []
    return any(p is not entry and p["facts"].get("marriage") == "official" for p in spouses) or any(
        p["facts"].get("marriage") == "religious_or_customary" for p in earlier
    )


def _partner_in_fact_only(state: dict[str, Any]) -> bool:
    """The stepchild's parent is the sponsor's partner in fact only: a girlfriend, or a spouse
    by a religious or customary marriage (seed 000: "DVZ erkent in dat geval een 'feitelijke
    relatie'")."""
    couples = _couples(state)
    if len(couples) != 1:
        return False
    couple = couples[0]
    religious = couple["facts"].get("marriage") == "religious_or_customary"
    return couple["relationship"] == "partner" or (couple["relationship"] == "spouse" and religious)


SIBLINGS_PARENTS = ("parents_also_applying", "parents_deceased_or_missing")


def _a_parent_writes(state: dict[str, Any]) -> bool:
    return any(p.get("self") and p["relationship"] == "parent" for p in state["people"])


def _siblings_parents(state: dict[str, Any], applicant: dict[str, Any]) -> None:
    """The parents are the same for every sibling: what one sibling's answer said holds for
    all; parents among the relatives who want to come apply at the same time (seed 000:
    "waarbij de ouders van de niet-begeleide minderjarige tegelijkertijd gezinshereniging
    vragen"), so it is not asked."""
    if any(p["relationship"] == "parent" for p in state["people"]):
        applicant.setdefault("parents_also_applying", True)
        # a parent who applies is alive: never "Zijn je ouders overleden of vermist?" to the
        # mother who writes (panel 20, m1)
        applicant.setdefault("parents_deceased_or_missing", False)
    for other in state["people"]:
        if other["relationship"] == "sibling":
            for fact in SIBLINGS_PARENTS:
                if fact in other["facts"]:
                    applicant.setdefault(fact, other["facts"][fact])


def siblings_meant_by_children(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sponsor's brothers and sisters when "de kinderen" are told beside his parents who
    come and no child of his own is in the conversation ("de drie kinderen hebben er geen";
    panel 103, z2: three children added, the father's passport answered)."""
    others = [p for p in people if not p.get("self")]
    if any(p["relationship"] in CHILDREN for p in others):
        return []
    if not any(p["relationship"] == "parent" for p in others):
        return []
    return [p for p in others if p["relationship"] == "sibling"]
