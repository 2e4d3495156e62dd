"""Asking one fact, and reading back what the bot understood ("Klopt dat?").

A question names the person it is about from the reader's position: the sponsor writing
reads "Hoe oud is je zoon?", the relative abroad reads "Hoe oud ben je?" and "Wat is de
verblijfsstatus van je man?", a social worker reads "... van je cliënt". Variants are domain
responses `utter_ask_<fact>_self` (the writer is the person asked about) and
`utter_ask_<fact>_other` (the sponsor is someone else than the writer).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dialogue import state as S
from dialogue.asking import next_question, question_name
from dialogue.texts import capitalise, dutch_date


def _partner(state: dict[str, Any]) -> dict[str, Any] | None:
    return next(
        (
            p
            for p in state["people"]
            if p["relationship"] in ("spouse", "partner", "registered_partner")
        ),
        None,
    )


def _candidates(state: dict[str, Any], name: str, base: list[str], partner_writes: bool):
    """The responses to try, by who writes. The sponsor's partner abroad is a parent herself:
    "een kind van jou en je man", custody of her own child "Alleen ik" (panel 23, s4)."""
    candidates = [f"{c}{suffix}" for c in base for suffix in _writer_suffixes(state)]
    if partner_writes and name in ("common_child", "custody"):
        candidates = [
            c for c in candidates
            if not c.endswith("_other") and not c.startswith(f"utter_ask_{name}_stepchild")
        ]  # fmt: skip
    return candidates


def _writer_suffixes(state: dict[str, Any]) -> list[str]:
    """Response variants by who writes: a social worker (`_helper`), anyone but the sponsor
    (`_other`: the sponsor is named, not "je"), then the sponsor's own wording."""
    return {"helper": ["_helper", "_other", ""], "applicant": ["_other", ""]}.get(
        state.get("writer") or "", [""]
    )


def ask(turn: Any, question: dict[str, Any], again: bool = False, explain: bool = False) -> None:
    state, texts = turn.state, turn.texts
    fact = question["fact"]
    name = question_name(fact)
    entry = S.person(state, question.get("person"))
    params: dict[str, Any] = {"sp": texts.sponsor_label(state)}
    params["Sp"] = capitalise(params["sp"])
    base = [f"utter_ask_{name}"]
    partner_writes = False
    if entry is not None:
        params["rel"] = texts.label(state, entry)
        params["Rel"] = capitalise(params["rel"])
        partner = _partner(state)
        partner_writes = partner is not None and bool(partner.get("self"))
        if partner_writes:  # the applicant writes: her partner is the one in Belgium
            params["partner"] = texts.sponsor_label(state)
        else:
            params["partner"] = (
                texts.label(state, partner) if partner else texts.text("utter_label_other_parent")
            )
        base.insert(0, f"utter_ask_{name}_{entry['relationship']}")
    his_own = bool(entry and entry.get("of_sponsor"))  # "de dochter van je man": custody is
    candidates = _candidates(state, name, base, partner_writes and not his_own)  # his (b5)
    if entry is not None and name == "common_child" and _partner(state) is None:
        # no partner told: whether the parents are together, not "een kind van jou en de
        # andere ouder" (always so; panel 40, h4: custody and consent waived); a partner who
        # died: a child of the two, not "nog samen, als koppel?" (panel 42, g3)
        kind = "_widowed" if state["sponsor"].get("widowed") else "_no_partner"
        candidates = [f"{c}{kind}" for c in candidates] + candidates
    if state.get("expecting"):  # a baby on the way is no child yet (panel 13, y4)
        candidates = [f"{c}_expecting" for c in candidates] + candidates
    pronoun = (entry or {}).get("pronoun")
    if pronoun in ("hij", "zij"):  # "Is je zus een halfzus of stiefzus?", not "halfbroer,
        candidates = [f"{c}_{pronoun}" for c in candidates] + candidates  # halfzus, ..." (b1)
    if entry is not None and entry.get("self"):
        candidates.insert(0, f"utter_ask_{name}_self")
    if explain and texts.has(f"utter_explain_{name}"):
        turn.say(f"utter_explain_{name}")
    response = texts.first(*candidates)
    state["question_response"] = response  # its buttons' titles, typed, are its payloads
    key = f"{question.get('person') or 'sponsor'}.{fact}"
    if key not in state["asked"]:
        state["asked"].append(key)
    turn.say(response, **params)


def _sponsor_line(turn: Any) -> str | None:
    state, texts = turn.state, turn.texts
    sponsor = state["sponsor"]
    parts: list[str] = []
    if sponsor.get("status"):
        parts.append(texts.text(f"utter_label_status_{sponsor['status']}"))
    if sponsor.get("recognition_date"):
        day = dt.date.fromisoformat(sponsor["recognition_date"])
        parts.append(
            texts.text("utter_label_since", date=dutch_date(day, state["approximate_date"]))
        )
    if sponsor.get("age") is not None:
        parts.append(texts.text("utter_label_age_years", age=sponsor["age"]))
    # what the parents' right rests on (seed 001, C-550/16; panel 65, j5: "In de samenvatting
    # staat niet dat hij 17 was bij de asielaanvraag")
    if sponsor.get("minor_at_asylum_application") and (sponsor.get("age") or 0) >= 18:
        parts.append(texts.text("utter_label_minor_at_asylum"))
    if sponsor.get("unaccompanied_minor"):
        parts.append(texts.text("utter_label_came_alone"))
    if not parts:
        return None
    who = capitalise(texts.sponsor_label(state))
    return texts.text("utter_line_person", who=who, facts=", ".join(parts))


def _person_line(turn: Any, entry: dict[str, Any]) -> str:
    texts = turn.texts
    parts: list[str] = []
    who = capitalise(texts.label(turn.state, entry))
    # "Je kind van 10 jaar": the label already says the age
    if entry.get("age") is not None and texts.age_text(entry) not in who:
        parts.append(texts.age_text(entry))
    marriage = entry["facts"].get("marriage")
    if marriage and texts.has(f"utter_label_marriage_{marriage}"):
        parts.append(texts.text(f"utter_label_marriage_{marriage}"))
    if entry["facts"].get("disabled"):
        parts.append(texts.text("utter_label_disabled"))
    if entry["facts"].get("married") and entry["relationship"] not in ("spouse", "partner"):
        parts.append(texts.text("utter_label_married"))  # a married child (panel 69, g1)
    if entry["facts"].get("other_parent_consent") is False:  # "haar ex wil nu toch niet
        parts.append(texts.text("utter_label_no_consent"))  # tekenen" (panel 31, a2)
    facts = ", ".join(parts) if parts else texts.text("utter_label_wants_to_come")
    return texts.text("utter_line_person", who=who, facts=facts)


def fact_lines(turn: Any, only: set[str] | None = None) -> list[str]:
    lines: list[str] = []
    if only is None or "sponsor" in only:
        sponsor = _sponsor_line(turn)
        if sponsor:
            lines.append(sponsor)
    for entry in turn.state["people"]:
        if only is None or entry["id"] in only:
            lines.append(_person_line(turn, entry))
    return lines


def reask(turn: Any) -> bool:
    """After a side step, ask the open question again (or the read-back); False when there is
    nothing open (or no consent, so no case)."""
    state = turn.state
    if state["consent"] != "given":
        return False
    if state["pending"] == "confirm" and not _waiting(state):
        state["pending"] = None  # the one read back was taken out: nothing to confirm (k1)
    if state["pending"] == "confirm":
        readback(turn)
        return True
    question = state["question"]
    if question and question.get("person") and S.person(state, question["person"]) is None:
        question = state["question"] = next_question(state, turn.today)  # its person taken
        # out: never "Hoe oud is {rel}?" (panel 108, n5)
    if question:
        ask(turn, question, again=True)
        return True
    return False


def _waiting(state: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in state["people"] if p.get("route") is None]


def readback(turn: Any) -> None:
    text = turn.texts.text("utter_confirm_facts", confirmation_text="\n".join(fact_lines(turn)))
    turn.replies.append({"text": text, "buttons": turn.texts.buttons("utter_confirm_facts")})
