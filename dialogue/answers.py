"""The answer, short first, and the details asked for afterwards.

The first answer fits one phone screen: per relative the route in one sentence, then the
three things that matter most (deadline date, fee, next step) and buttons for the details
(documents, conditions, costs, deadline, summary, a person). Details are built from the
eligibility result of each relative, with the legal source beside every line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from dialogue import words as W
from dialogue.asking import (
    PROTECTED,
    assessment,
    assessment_once_old_enough,
    plain_reader,
    reader_for,
)
from dialogue.texts import capitalise, dutch_date, euro
from eligibility import messages as M
from eligibility import parameters as P
from eligibility import sources as SOURCES
from eligibility.deadlines import AGE_LIMIT_DEADLINES
from eligibility.reader import Reader, Voice

FAVOURABLE_END = "favourable_conditions_end"
PARENTS_END = "parents_request_end"
ADULT_CHILD_END = "adult_child_request_end"
# situations whose own summary opens the answer instead of the route's sentence
# the 12 months of C-279/20 are past and force majeure is claimed (seed 003)
C279_FORCE_MAJEURE = "summary.adult_during_procedure_force_majeure"
# an EU citizen's family: "waarschijnlijk recht ... onze informatie gaat daar niet over", not
# "Goed nieuws ... moet België het visum geven" (panel 29, b2)
EU_FAMILY = "summary.eu_citizen_fr"
SITUATION_FIRST = {
    "summary.asylum_seeker",
    "summary.asylum_seeker_no_right_later",  # (panel 32, d4)
    "summary.temporary_stay",
    "summary.marriage_to_check",  # the marriage's kind not known (panel 33)
    "summary.polygamy_another_spouse",  # one spouse only, said first (panel 41, g1)
    "summary.belgian_descendant_no_custody",  # why there is no right (panel 68, g4)
    "summary.child_married",  # (panel 69, g1)
    "summary.eu_citizen_other",  # art. 40bis, in no seed: no "geen recht" (panel 71, g3)
    C279_FORCE_MAJEURE,
    EU_FAMILY,
}
# said once of the whole family
FAMILY_SITUATIONS = {"summary.asylum_seeker", "summary.temporary_stay", EU_FAMILY}
NEAR_DAYS = 30
POSSIBLE = ("family_reunification", "humanitarian_visa")
# advice the first answer cannot leave out (seed 000: "Dit kan nagegaan worden aan de hand van
# de wetgeving van dit land")
FIRST_ANSWER_ADVICE = (
    "shared_custody_no_consent",  # what would give the right (seed 003; panel 27, b5)
    "shared_custody_consent_open",  # what the right waits on (seed 003; panel 46, h4)
    "apply_with_parent_humanitarian",  # a minor goes with her parent (seed 000; panel 47, g4)
    "stepchild_if_marriage_official",  # (seed 000; panel 27, a2)
    "religious_marriage_check_law",
    "religious_marriage_check_law_age",  # and the age it still needs (seed 001; panel 103, y4)
    "religious_marriage_valid_late",  # then the classic conditions (seed 002; panel 14, a2)
    "apply_before_sponsor_turns_18",
    "apply_before_child_turns_18",
    "spouse_age_rule",  # why a young spouse has no right yet (seed 001)
    "dependency_from_21_soon",  # a Belgian's child of 20 (seed 004; panel 64, h2)
    "parents_3_months_passed",  # why the parents of a sponsor who turned 18 have none (seed 002)
    # a partner without a marriage: the visa to marry or register first (seed 001, "of via een
    # visum met het oog op een huwelijk of een wettelijke samenwoning"; panel 3 round 4, h5)
    "marriage_visa_alternative",
    "married_or_registered_right",  # then a right (seed 001; panel 55, d1)
    "common_child_strengthens",  # a partner's child together (seed 000; panel 33, b3)
    # a foreign guardianship: ratified by a Belgian court, a right (seed 000; panel 6, l3)
    "adoption_get_recognition",
    # a sibling's humanitarian visa goes with the parents' request (seed 000 "gelijktijdig";
    # panel 5, i3 and j4)
    "apply_with_parents",
    # the family of a minor in Belgium: "in het hoger belang van het kind" (seed 001; panel 10,
    # t4: the grandmother who raised an orphaned refugee of 16)
    "family_of_a_child",
    # no seed gives the disabled adult child the 12 months' exemption (seeds 001-003; panel
    # 37, h3: "Vrijgesteld" said of a son of 25)
    "favourable_period_not_for_disabled_adult",
    # an EU citizen's stepchild: the other parent's consent of the other families (seeds 001,
    # 004), to be confirmed by a lawyer (panel 37, g5)
    "eu_custody_consent",
)
AGE_LIMIT_ADVICE = ("apply_before_sponsor_turns_18", "apply_before_child_turns_18")
CASE_INTENTS = ("ask_deadline", "ask_costs", "ask_documents", "ask_conditions", "ask_summary")
# asked while the bot still asks about the family: answered for this family after the questions
CASE_PENDING = ("ask_documents", "ask_conditions", "ask_summary", "ask_humanitarian_visa")


def retention_text(texts: Any) -> str:
    return texts.settings.get("retention") or texts.text("utter_label_retention_default")


def contact_response(texts: Any, name: str) -> str:
    """`name`, or its `_website` variant when the deployment set no phone number
    (SAMEN_NGO_PHONE): then the bot sends people to the website that shows the chat, never
    to a number it does not have."""
    configured = bool((texts.settings.get("ngo") or {}).get("phone"))
    return name if configured else texts.first(f"{name}_website", name)


def ngo_contact(texts: Any) -> dict[str, str]:
    ngo = texts.settings.get("ngo") or {}
    return {
        key: ngo.get(key) or texts.text(f"utter_label_ngo_{key}")
        for key in ("name", "phone", "hours", "address")
    }


def _deadline(result: dict[str, Any]) -> dt.date | None:
    for item in result.get("deadlines") or []:
        if item.get("id") == FAVOURABLE_END and item.get("date"):
            return dt.date.fromisoformat(item["date"])
    return None


def _first_of(
    results: list[dict[str, Any]], deadline_id: str, passed: bool = False
) -> dt.date | None:
    """The earliest deadline `deadline_id` still ahead (or, with `passed`, already past) among
    these results."""
    days = [
        dt.date.fromisoformat(item["date"])
        for result in results
        for item in result.get("deadlines") or []
        if item.get("id") == deadline_id and item.get("date")
        and bool(item.get("passed")) == passed
    ]  # fmt: skip
    return min(days, default=None)


def _age_limit_day(results: list[dict[str, Any]]) -> tuple[dt.date, dict[str, Any]] | None:
    """The day before a minor's 18th birthday (the user gave it), when it comes before every
    other deadline of these results and is still ahead."""
    found = [  # each result's first deadline still ahead (panel 64, i1: the 12 months over,
        (dt.date.fromisoformat(item["date"]), item)  # his 18th birthday was not said)
        for result in results
        for item in [d for d in result.get("deadlines") or [] if not d.get("passed")][:1]
        if item.get("id") in AGE_LIMIT_DEADLINES
    ]
    return min(found, key=lambda pair: pair[0], default=None)


def _results(turn: Any, people: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    return [(entry, assessment(turn.state, entry, turn.today)) for entry in people]


def parents_label(turn: Any) -> str:
    """ "de ouders", or the one parent who applies ("je moeder"; panel 14, a4: the father
    had died)."""
    parents = [p for p in turn.state["people"] if p["relationship"] == "parent"]
    parents = [p for p in parents if not p.get("self")]
    if len(parents) == 1:
        return turn.texts.label(turn.state, parents[0])
    return turn.texts.text("utter_label_parents")


def has_advice(result: dict[str, Any], advice_id: str) -> bool:
    return any(a.get("id") == advice_id for a in result.get("advice") or [])


def _right_ends_line(turn: Any, rights: list[dict[str, Any]]) -> str | None:
    """A day that ends the right itself, before or with the 12 months: the parents' 3 months
    (seed 002), an 18th birthday the user gave (seeds 001, 003), C-279/20's 12 months."""
    parents_day = _fee_free_until([(None, r) for r in rights])
    if parents_day:  # the 3 months end the parents' right before the 12 months (seed 002)
        if turn.calendar is None:
            turn.calendar, turn.calendar_kind = parents_day, "parents_request_end"
        return turn.texts.text(
            "utter_answer_deadline_parents",
            date=dutch_date(parents_day),
            months=P.PARENT_FEE_EXEMPTION_MONTHS.value,
            parents=parents_label(turn),
            source=SOURCES.CJEU_C550_16,  # the lapse; seed 002's art. 1/1 is the fee (h2)
        )
    age_limit = _age_limit_day(rights)
    if age_limit:  # the 18th birthday ends the right before the 12 months (seeds 001, 003)
        day, item = age_limit
        turn.age_limit_days_said += [r for r in rights if item in (r.get("deadlines") or [])]
        if turn.calendar is None:
            turn.calendar, turn.calendar_kind = day, item["id"]
        return turn.texts.text(
            "utter_answer_deadline_age_limit", date=dutch_date(day), why=_with_source(item)
        )
    adult_day = _first_of(rights, ADULT_CHILD_END)
    if adult_day:  # C-279/20: the 12 months end the adult child's right itself (seed 003)
        if turn.calendar is None:
            turn.calendar, turn.calendar_kind = adult_day, ADULT_CHILD_END
        return turn.texts.text("utter_answer_deadline_adult_child", date=dutch_date(adult_day))
    return None


def _passed_line(turn: Any, rights: list[dict[str, Any]], day: dt.date) -> str:
    """The favourable period is over: the right stays, the classic conditions come (seed 002);
    a child alone needs no income (seed 003); a month only is no sure day ("maart of april
    denk ik"; panel 30, b5)."""
    roughly = turn.state.get("approximate_date")
    written = dutch_date(day, approximate=roughly if roughly == "year" else bool(roughly))
    only_child = all(has_advice(r, "late_request_only_child") for r in rights)
    suffix = "_only_child" if only_child else ""  # "Inkomen niet" whatever the day's precision
    if roughly:  # a month before this one is over, whatever its day (the CGVS's date)
        over = roughly != "relative" and (day.year, day.month) < (turn.today.year, turn.today.month)
        name = (
            "utter_answer_deadline_passed_year"  # "erkend sinds 2019" (panel 72, h3)
            if roughly == "year"
            else "utter_answer_deadline_passed_month"
            if over
            else "utter_answer_deadline_passed_approximate"
        )
        return turn.texts.text(name + suffix, date=written)  # (panel 117, z5)
    return turn.texts.text("utter_answer_deadline_passed" + suffix, date=written)


def deadline_line(turn: Any, results: list[tuple[dict, dict]]) -> str | None:
    """The favourable-conditions deadline, only for relatives with a right (art. 10): a
    humanitarian visa has no such period (seed 001: "geen recht op gezinshereniging")."""
    rights = [r for _, r in results if r.get("route") == "family_reunification"]
    late = [r for r in rights if r.get("summary_id") == C279_FORCE_MAJEURE]
    passed = _first_of(late, ADULT_CHILD_END, passed=True)
    if passed:  # force majeure claimed (panel 26, m3): the right stays only if it is shown
        # (seed 003), not seed 002's "het recht blijft" of the others' favourable period
        line = turn.texts.text("utter_answer_deadline_adult_child_passed", date=dutch_date(passed))
        others = [(e, r) for e, r in results if r not in late]
        rest = deadline_line(turn, others) if others else None
        return "\n".join(filter(None, [line, rest]))
    ending = _right_ends_line(turn, rights)
    dates = sorted({d for r in rights if (d := _deadline(r))})
    passed = dates and dates[0] < turn.today
    if ending:  # the 12 months over beside a birthday still ahead: both (panel 64, i1)
        return f"{ending}\n{_passed_line(turn, rights, dates[0])}" if passed else ending
    if _age_limit_first(results):  # the parents of a minor: no 12 months (panel 66, k5)
        return _age_limit_line(turn)
    if not dates:
        return None
    day = dates[0]
    if passed:
        return _passed_line(turn, rights, day)
    roughly = turn.state.get("approximate_date")
    if turn.calendar is None and not roughly and not _age_limit_first(results):
        # a calendar file only for a day that is sure to be the last
        turn.calendar, turn.calendar_kind = day, "favourable_conditions_end"
    if roughly in ("letter", "card", "card_month"):  # the letter's or the card's day: the
        # decision's is earlier, a few days or weeks (panel 109, m1; panels 111 and 113, u1, u3)
        name = "letter_day" if roughly == "letter" else "card_day"
        written = dutch_date(day, approximate=roughly == "card_month")
        return turn.texts.text(f"utter_answer_deadline_{name}", date=written)
    if roughly:  # the day on the decision is not known; after a letter, not even the month
        months = P.FAVOURABLE_PERIOD_MONTHS.value
        if roughly == "relative":
            return turn.texts.text("utter_answer_deadline_unknown_day", months=months)
        written = dutch_date(day, approximate=True)
        return turn.texts.text("utter_answer_deadline_approximate", date=written, months=months)
    return _open_deadline_line(turn, results, day)


def _open_deadline_line(turn: Any, results, day: dt.date) -> str:
    """The 12 months' last day ahead."""
    name = (
        "utter_answer_deadline_near"
        if (day - turn.today).days <= NEAR_DAYS
        else "utter_answer_deadline"
    )
    return turn.texts.text(name, date=dutch_date(day), days=(day - turn.today).days)


def _age_limit_line(turn: Any) -> str:
    """A minor sponsor's 18th birthday that ends the parents' right (seed 001: "Op voorwaarde
    dat de NBMV jonger is dan achttien jaar"), not told as a day: said as the limit, with his
    birthday asked when he is 17 (panel 46, g2: "2 oktober 2027" was the only date on the
    screen, 29 June the real one). The parents have no 12 months: they need no income, home
    or insurance at all (art. 10, §2; panel 66, k5)."""
    name = "utter_answer_deadline_after_age_limit"
    other = turn.state.get("writer") in ("applicant", "helper")
    if other:  # his daughter's birthday, not the father's who writes (panel 21, o1)
        name += "_other"
    turn.age_limit_said = True  # the line says the right lapses: no second line for it
    line = turn.texts.text(name, sp=turn.texts.sponsor_label(turn.state))
    return " ".join([line, *sponsors_birthday_asked(turn)])


def sponsors_birthday_asked(turn: Any) -> list[str]:
    """A sponsor of 17 whose birthday is not told: it is his parents' last day, asked; the date
    answered next is his (facts._birthday_answer)."""
    if turn.state["sponsor"].get("age") != P.MAJORITY_AGE.value - 1:
        return []
    other = turn.state.get("writer") in ("applicant", "helper")
    name = "utter_answer_ask_sponsor_birthday" + ("_other" if other else "")
    turn.state["birthday_asked"] = True
    return [turn.texts.text(name, sp=turn.texts.sponsor_label(turn.state))]


def material_to_prove_lines(turn: Any, results: list[tuple[dict, dict]]) -> list[str]:
    """A sponsor without international protection (a Belgian, a third-country national) always
    proves income, housing and insurance for a right: said in the first answer (panel 6, l5:
    "recht op gezinshereniging" with no condition)."""
    status = turn.state["sponsor"].get("status")
    rights = [e for e, r in results if r.get("route") == "family_reunification"]
    if status in PROTECTED or status in (None, "eu_citizen", "asylum_seeker") or not rights:
        return []
    alone = all(_child_alone_exempt(r) for _, r in results)
    key = "material_to_prove_child_alone" if alone else "material_to_prove"
    message = M.lookup(M.SIDE, key, (status,))
    voice = Voice(reader_for(turn.state, rights[0]), rights[0]["relationship"])
    lines = [f"{M.text(message, voice)} ({message.source})"]
    for _, result in results:  # a Belgian's descendant of 21 or more: "ten laste" (seed 004;
        for condition in result.get("conditions") or []:  # panel 7, m5)
            if condition.get("id") == "belgian_descendant_dependent":  # to prove, not a
                lines.append(condition_line(turn, condition))  # fact (panel 34, d2)
    return lines


def _child_alone_exempt(result: dict[str, Any]) -> bool:
    """The income waived because a minor child comes alone (seed 003)."""
    return any(
        c.get("id") == "means_of_subsistence" and c.get("why_id") == "child_joining_alone"
        for c in result.get("conditions") or []
    )


def bond_after_arrival_lines(turn: Any, case: list[tuple[dict, dict]]) -> list[str]:
    """Seed 003: children born after the sponsor's arrival never had the exemption of the
    favourable period, while others in the family may: said once, for all of them."""
    if turn.state["sponsor"].get("status") not in PROTECTED:
        return []
    after = [
        entry
        for entry, result in case
        if (entry.get("facts") or {}).get("relationship_predates_arrival") is False
        and result.get("route") in ("family_reunification", "unknown")
    ]
    if len(after) == 1:
        voice = Voice(reader_for(turn.state, after[0]), after[0]["relationship"])
        return [M.text(M.SIDE["income_bond_after_arrival"], voice)]
    if not after:
        return []
    names = turn.texts.and_list([object_label(turn.texts, turn.state, e) for e in after])
    sponsor = turn.texts.sponsor_label(turn.state)
    return [turn.texts.text("utter_answer_bond_after_arrival_many", names=names, sp=sponsor)]


def fee_line(turn: Any, results: list[tuple[dict, dict]], first: bool = False) -> str | None:
    line = _fee_line_of(turn, results)
    wives = [r.get("route") for e, r in results if e["relationship"] == "spouse"]
    # seed 001: one spouse by family reunification; the other's humanitarian visa pays (seed
    # 002, "De andere familieleden"; panel 93, o1: "Voor de anderen niet")
    if line and len(wives) > 1 and "family_reunification" in wives:
        line += " " + turn.texts.text("utter_answer_fee_second_spouse")
    clear = [a for _, r in results for a in r.get("advice") or []
             if a.get("id") == "parents_fee_due_after_3_months"]  # fmt: skip
    if line and clear:  # 18 during the procedure, 3 months passed: they pay (panel 47, g4)
        line += " " + _with_source(clear[0])
    elif line and any(has_advice(r, "parents_3_months_passed") for _, r in results):
        unclear = "utter_answer_fee_parents_unclear" + ("_short" if first else "")
        others = [(e, r) for e, r in results if not has_advice(r, "parents_3_months_passed")]
        line = _fee_line_of(turn, others) if others else None  # not "je moeder ... betalen
        # elk een bijdrage" and then "niet zeker" of her (panel 84, i4)
        line = f"{line} {turn.texts.text(unclear)}" if line else turn.texts.text(unclear)
    return line


def _fee_line_of(turn: Any, results: list[tuple[dict, dict]]) -> str | None:
    texts = turn.texts
    results = [(e, r) for e, r in results if r.get("route") in POSSIBLE or _adult_pays(e, r)]
    if not results:
        return None  # no fee for a request that cannot be made
    eu = [e for e, r in results if r.get("summary_id") == EU_FAMILY]
    if eu:  # not in the seeds (panel 36, h5)
        return _fee_line_eu(turn, results, eu)
    due = [e for e, r in results if not r.get("fee_exempt")]
    until = _fee_free_until(results)
    if not due and until:
        months = P.PARENT_FEE_EXEMPTION_MONTHS.value
        return texts.text("utter_answer_fee_exempt_until", date=dutch_date(until), months=months)
    if not due:  # seed 000's practice for the soft procedure (B17), else art. 1/1, §2, 3°
        soft = [e for e, r in results if r.get("visa_code") == "B17"]
        if soft and len(soft) < len(results):
            names = _named_together(texts, [object_label(texts, turn.state, e) for e in soft])
            return texts.text("utter_answer_fee_exempt_mixed", names=names)
        return texts.text(
            "utter_answer_fee_exempt_soft_procedure" if soft else "utter_answer_fee_exempt"
        )
    source = fee_source(turn)
    if len(due) == len(results) == 1:
        return texts.text("utter_answer_fee_due", fee_source=source)
    if len(due) == len(results):  # "moet ik betalen voor allebei?" (panel 47, g3)
        names = _named_together(texts, [texts.label(turn.state, e) for e in due])  # "jij en
        return texts.text("utter_answer_fee_due_each", names=names, fee_source=source)  # je
        # zoon betalen" (99, v1)
    names = _named_together(texts, [object_label(texts, turn.state, e) for e in due])  # "jou"
    line = texts.text("utter_answer_fee_some", names=names)
    if until:  # the parents' exemption holds only within the 3 months (seed 002)
        line += " " + texts.text(
            "utter_answer_fee_free_until_note", date=dutch_date(until), parents=parents_label(turn)
        )
    return line


def fee_source(turn: Any) -> str:
    """Art. 1/1 for a protected person's family (seed 002), the practice for the others."""
    protected = turn.state["sponsor"].get("status") in PROTECTED
    return turn.texts.text("utter_fee_source_law" if protected else "utter_fee_source_practice")


def _adult_pays(entry: dict[str, Any], result: dict[str, Any]) -> bool:
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name
    om zijn meerderjarige kinderen, de meerderjarige broers en zussen": an adult son pays
    whether his route is known yet or not (panel 91, m3: "Voor Grace en voor Patrick apart?"
    told "er is geen bijdrage")."""
    adult = (entry.get("age") or 0) >= P.MAJORITY_AGE.value
    kin = entry["relationship"] in ("child", "adopted_child", "stepchild", "sibling")
    return result.get("route") == "unknown" and adult and kin and not result.get("fee_exempt")


def _fee_line_eu(turn: Any, results: list[tuple[dict, dict]], eu: list[dict]) -> str:
    """An EU citizen's family on art. 40bis: no seed says whether they pay; the others' fee
    beside it ("voor je broer is er een administratieve bijdrage ...")."""
    texts = turn.texts
    others = [(e, r) for e, r in results if all(e is not x for x in eu)]
    if not others:
        return texts.text("utter_answer_fee_eu")
    line = fee_line(turn, others) or ""
    if not any(r.get("fee_exempt") for _, r in others):  # "voor je broer is er ..."
        names = _named_together(texts, [object_label(texts, turn.state, e) for e, _ in others])
        line = texts.text("utter_answer_fee_due_for", names=names, fee_source=fee_source(turn))
    names = _named_together(texts, [object_label(texts, turn.state, e) for e in eu])
    return f"{line} " + texts.text("utter_answer_fee_eu_beside", names=names)


def _age_limit_first(results: list[tuple[dict, dict]]) -> bool:
    """The right ends when the minor sponsor turns 18, maybe before the 12-month date."""
    return any(
        item.get("id") == "apply_before_sponsor_turns_18"
        for _, result in results
        for item in result.get("advice") or []
    )


def _fee_free_until(results: list[tuple[dict, dict]]) -> dt.date | None:
    """Seed 002: the parents' exemption when the minor turned 18 during the procedure holds
    only "binnen de drie maanden na de erkenning": that last day, while it is ahead."""
    for _, result in results:
        for item in result.get("deadlines") or []:
            if item.get("id") == PARENTS_END and item.get("date") and not item.get("passed"):
                return dt.date.fromisoformat(item["date"])
    return None


def _family_situation(turn: Any, summary_id: str) -> str | None:
    """The situation's text said of the family ("Een humanitair visum kan je familie wel nu
    al vragen"), not of the first relative only."""
    writer = turn.state.get("writer") or "sponsor"
    if writer == "applicant" or summary_id not in FAMILY_SITUATIONS:
        return None  # a relative writes: the text as the assessment wrote it for them
    voice = Voice(plain_reader(turn.state, relative=turn.texts.text("utter_label_family")), None)
    return M.text(M.SUMMARIES[summary_id], voice)


def _situation_first(result: dict[str, Any]) -> bool:
    """The situation's own text says more than the route's (no right yet, a visa possible)."""
    route = result.get("route") or "unknown"
    own = route == "not_possible" or result.get("summary_id") in SITUATION_FIRST
    return own and bool(result.get("summary"))


def route_label(turn: Any, result: dict[str, Any], entry: dict[str, Any] | None = None) -> str:
    route = result.get("route") or "unknown"
    if result.get("summary_id") == "summary.polygamy_another_spouse":  # said below (g1)
        return turn.texts.text("utter_label_route_second_spouse")
    if route == "not_possible" and result.get("summary"):
        return str(result["summary"]).rstrip(".")
    label = turn.texts.text(f"utter_label_route_{route}")
    if result.get("summary_id") == C279_FORCE_MAJEURE:  # only with force majeure shown
        label = turn.texts.text("utter_label_route_family_reunification_force_majeure")
    if result.get("summary_id") == "summary.marriage_to_check":  # said below (panel 33)
        return turn.texts.text("utter_label_route_unknown_marriage")
    if result.get("summary_id") == "summary.temporary_stay":  # no seed says (review, b3)
        return turn.texts.text("utter_label_route_temporary_stay")
    if result.get("summary_id") == "summary.eu_citizen_fr":  # art. 40bis, in no seed: not
        return turn.texts.text("utter_label_route_eu_family")  # a fact (panel 37, g5)
    if route == "family_reunification" and _one_of_the_wives(turn, entry):  # seed 001: "mag
        label = turn.texts.text("utter_label_route_one_spouse")  # er maar één" (panel 27, a5)
    chance = result.get("humanitarian_chance")
    if route == "humanitarian_visa" and turn.texts.has(f"utter_label_chance_{chance}"):
        label += ", " + turn.texts.text(f"utter_label_chance_{chance}")  # seed 000's chances
    return label


def _route_sentence(turn: Any, entry: dict[str, Any], result: dict[str, Any]) -> str:
    texts = turn.texts
    route = result.get("route") or "unknown"
    rel = texts.label(turn.state, entry)
    if _situation_first(result):
        sentence = str(result["summary"])  # the situation's own text (an asylum seeker's)
    else:
        names = [f"utter_answer_route_{route}"]
        if entry.get("self"):
            names.insert(0, f"utter_answer_route_{route}_self")
        pronoun = {"hij": "Hij", "zij": "Zij"}.get(entry.get("pronoun") or "", capitalise(rel))
        sentence = texts.text(
            texts.first(*names), relative=rel, Relative=capitalise(rel), Pronoun=pronoun
        )
    chance = result.get("humanitarian_chance")
    if chance and texts.has(f"utter_answer_chance_{chance}"):
        sentence += " " + texts.text(f"utter_answer_chance_{chance}")
    return sentence


def answer_open(turn: Any, again: bool = False) -> None:
    """Answer every relative without an answer yet (all of them at the first answer)."""
    state, texts = turn.state, turn.texts
    people = [p for p in state["people"] if p.get("route") is None]
    results = _results(turn, people)
    lines: list[str] = []
    if len(results) == 1:
        entry, result = results[0]
        lines.append(_route_sentence(turn, entry, result))
    else:
        lines.append(texts.text("utter_answer_family_header"))
        lines += _route_lines(turn, results)
        # the situation's own text (an asylum seeker's) once for the family, not per person
        firsts = {r.get("summary_id"): str(r.get("summary")) for _, r in results[::-1]}
        lines += [_family_situation(turn, i) or firsts[i] for i in dict.fromkeys(
            r.get("summary_id") for _, r in results if _situation_first(r)
        )]  # fmt: skip
    for entry, result in results:
        entry["route"] = result.get("route")
        entry["answered_as"] = answer_print(result)
    deadline = deadline_line(turn, results)
    lines += _case_lines(turn, results)
    if deadline:
        lines.append(deadline)
    source = M.SIDE["income_bond_after_arrival"].source
    lines += [f"{line} ({source})" for line in bond_after_arrival_lines(turn, results)]
    lines += material_to_prove_lines(turn, results)
    fee = fee_line(turn, results, first=True)
    if fee:
        lines.append(fee)
    lines += next_step_lines(turn, results)
    lines.append(texts.text("utter_answer_disclaimer_short"))
    state["answered"] = True
    if people:
        state["focus"] = people[-1]["id"]
    # short on a phone: the law by its name; its date is in every detail (issue 13)
    turn.say_text(SOURCES.by_name("\n".join(lines)), buttons_of="utter_answer_menu")


def answer_print(result: dict[str, Any]) -> str:
    """A fingerprint of one relative's assessment: the same print, the same answer."""
    kept = {k: v for k, v in result.items() if k != "application_date"}
    return hashlib.sha1(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()[:16]


def same_answers(turn: Any, people: list[dict[str, Any]]) -> bool:
    """Every relative was answered before and a new fact leaves the assessment as it was
    (issue 13: "the whole block is re-sent"; panel 63, h4: "nooit samengewoond" read back and
    answered again, word for word)."""
    if not people:
        return False
    results = _results(turn, people)
    if any(not e.get("answered_as") or e["answered_as"] != answer_print(r) for e, r in results):
        return False
    for entry, result in results:
        entry["route"] = result.get("route")
    return True


def next_step_lines(turn: Any, results: list[tuple[dict, dict]]) -> list[str]:
    """The next step of the case: filing a right first, else the humanitarian file; seed 000's
    soft procedure (B17) named for those it is for."""
    texts, lines = turn.texts, []
    routes = {r.get("route") for _, r in results}
    step = "family_reunification" if "family_reunification" in routes else next(iter(routes))
    if routes == {"humanitarian_visa"} and all(r.get("visa_code") == "B17" for _, r in results):
        step = "soft_procedure"  # seed 000: religious marriage with a protected sponsor
    if all(r.get("summary_id") == "summary.temporary_stay" for _, r in results):
        step = "temporary_stay"  # the rules of his stay first (panel 77, g5)
    if texts.has(f"utter_answer_next_{step}"):
        lines.append(texts.text(f"utter_answer_next_{step}"))
    soft = [e for e, r in results if r.get("visa_code") == "B17"]
    if soft and step != "soft_procedure":  # seed 000's soft procedure beside the others
        names = texts.and_list([object_label(texts, turn.state, e) for e in soft])  # "voor jou"
        lines.append(texts.text("utter_answer_next_soft_procedure_for", names=names))
    return lines


def _route_lines(turn: Any, results: list[tuple[dict, dict]]) -> list[str]:
    """A line for each route, the relatives on the same route said together ("• Je vrouw en je
    zoon: recht op gezinshereniging"): a short first answer on a phone (issue 13)."""
    texts = turn.texts
    groups: dict[str, list[str]] = {}
    for entry, result in results:
        label = route_label(turn, result, entry)
        groups.setdefault(label, []).append(texts.label(turn.state, entry))
    everyone = [texts.label(turn.state, p) for p in turn.state["people"] if not p.get("self")]
    return [
        texts.text(
            "utter_line_person",
            who=capitalise(_named_together(texts, names, everyone)),
            facts=label,
        )
        for label, names in groups.items()
    ]


def _numbered_together(texts: Any, names: list[str], everyone: list[str]) -> list[str]:
    ordinals = "|".join(o.strip() for o in texts.text("utter_label_ordinals").split(","))
    # "de eerste ouder van je cliënt" too (panel 65, j5): "de ouders van je cliënt"
    numbered = re.compile(rf"^(?P<own>je|jouw|de) (?:{ordinals}) (?P<word>\w+)(?P<tail> van .+)?$")
    words = {
        m["word"]: m["own"] + "\0" + (m["tail"] or "") for m in map(numbered.match, names) if m
    }
    for word, own_tail in words.items():
        own, tail = own_tail.split("\0")
        same = [n for n in names if (m := numbered.match(n)) and m["word"] == word]
        of_word = [n for n in everyone if (m := numbered.match(n)) and m["word"] == word]
        if len(same) < 2 or sorted(same) != sorted(of_word) or word not in W.PLURAL_OF:
            continue
        at = names.index(same[0])
        names = [n for n in names if n not in same]
        names.insert(at, f"{own} {W.PLURAL_OF[word]}{tail}")
    return names


_AGED_LABEL = re.compile(r"^(?P<own>je|jouw) (?P<word>\w+) van (?P<age>\d+) jaar$")


def _named_together(texts: Any, names: list[str], everyone: list[str] | None = None) -> str:
    """ "je vrouw en je kinderen van 4, 9 en 17 jaar": relatives of one word told by their
    ages are named once with the plural, in the place of the first of them; "je eerste ouder
    en je tweede ouder" are "je ouders" when no other of that word is left out."""
    names = _numbered_together(texts, names, everyone or [])
    matches = [_AGED_LABEL.match(name) for name in names]
    ages: dict[str, list[str]] = {}
    for match in matches:
        if match and match["word"] in W.PLURAL_OF:
            ages.setdefault(match["word"], []).append(match["age"])
    named: list[str] = []
    said: set[str] = set()
    for name, match in zip(names, matches, strict=True):
        word = match["word"] if match else ""
        if len(ages.get(word, ())) < 2:
            named.append(name)
        elif word not in said:
            said.add(word)
            together = texts.and_list(ages[word])
            named.append(f"{match['own']} {W.PLURAL_OF[word]} van {together} jaar")
    return texts.and_list(named)


def _case_lines(turn: Any, results: list[tuple[dict, dict]]) -> list[str]:
    """What this case needs said at once: whether a religious marriage counts where it was
    concluded (seed 000), and the facts the user told that can strengthen a humanitarian
    request, as things to prove (seeds 000/001)."""
    from dialogue.side import noted_lines

    lines: list[str] = []
    together = {**_applications_together(turn, results), **_couple_turns_21(turn, results)}
    for entry, result in results:
        for item in result.get("advice") or []:
            line = together.get(item.get("id"), _with_source(item))
            if _first_answer_advice(turn, item, result) and line not in lines:
                lines.append(line)
        if result.get("route") == "humanitarian_visa":
            lines += noted_lines(turn, entry)
    return _polygamy_lines(turn, results) + lines


def _couple_turns_21(turn: Any, results: list[tuple[dict, dict]]) -> dict[str, str]:
    """The couple's age rule with the day told ("20, word 21 op 3 mei"): from that day the
    partner can ask (seed 001; art. 40ter for a Belgian; panel 59, h6: the day only when asked
    again after the answer)."""
    couples = [e for e, r in results if any(a.get("id") == "spouse_age_rule"
                                            for a in r.get("advice") or [])]  # fmt: skip
    key, day = _whose_21st(turn)
    if not day or not couples:
        return {}
    status = turn.state["sponsor"].get("status") or ""
    message = M.lookup(M.SIDE, key, (status,))
    voice = Voice(reader_for(turn.state, couples[0]), couples[0]["relationship"])
    text = M.text(message, voice, day=dutch_date(dt.date.fromisoformat(day)))
    return {"spouse_age_rule": f"{text} ({message.source})"}


def _whose_21st(turn: Any) -> tuple[str, str | None]:
    """The day the couple's age rule is met, and the sentence for it: the sponsor's own 21st
    birthday, or the partner's ("ze wordt 21 op 2 maart 2027"; panel 108, m4), with the sponsor
    21 already or of an age not told (then both must be)."""
    if turn.state.get("sponsor_turns_21"):
        return "age_21_on_day", turn.state["sponsor_turns_21"]
    day = turn.state.get("partner_turns_21")
    age = turn.state["sponsor"].get("age")
    if age is not None and age >= P.SPOUSE_MIN_AGE.value:
        return "partner_21_on_day", day
    return "partner_21_on_day_sponsor_unknown", day


def _first_answer_advice(turn: Any, item: dict[str, Any], result: dict[str, Any]) -> bool:
    """Advice the first answer gives, unless its "Termijn" line already says it (the right
    that lapses at the sponsor's 18th birthday: one line on a phone, not two; a daughter's
    18th birthday given as a day: panel 46, g1, "vóór je kind van 17 jaar 18 wordt" above
    "uiterlijk op 2 februari 2027 ... de dag voor je kind van 17 jaar 18 wordt")."""
    if _said_by_the_deadline(turn, item):
        return False
    if item.get("id") == "apply_before_child_turns_18" and any(
        result is said for said in turn.age_limit_days_said
    ):
        return False
    return item.get("id") in FIRST_ANSWER_ADVICE


def _applications_together(turn: Any, results: list[tuple[dict, dict]]) -> dict[str, str]:
    """Seed 000's "gelijktijdig" said once for the brothers and sisters ("Dien de aanvragen van
    je broertjes van 8 en 11 jaar in op hetzelfde moment als ..."), not once for each."""
    said = [
        (turn.texts.label(turn.state, entry), item)
        for entry, result in results
        for item in result.get("advice") or []
        if item.get("id") == "apply_with_parents"
    ]
    if len(said) < 2:
        return {}
    first_name, first = said[0]
    shape = str(first.get("text", "")).replace(first_name, "{}")
    if any(str(item.get("text", "")).replace(name, "{}") != shape for name, item in said):
        return {}
    names = _named_together(turn.texts, [name for name, _ in said])
    text = shape.replace("de aanvraag van {}", "de aanvragen van {}").replace("{}", names)
    return {"apply_with_parents": _with_source({**first, "text": text})}


def _one_of_the_wives(turn: Any, entry: dict[str, Any] | None) -> bool:
    """A spouse beside another spouse who may come: only one of them by family reunification."""
    if entry is None or entry.get("relationship") != "spouse":
        return False
    spouses = [e for e in turn.state["people"] if e["relationship"] == "spouse"]
    return len(spouses) > 1


def _polygamy_lines(turn: Any, results: list[tuple[dict, dict]]) -> list[str]:
    """Two wives or more told: only one by family reunification (seed 001), never a right
    said for each without it (panel 19, l5)."""
    spouses = [e for e in turn.state["people"] if e["relationship"] == "spouse"]
    answered = {e["id"] for e, r in results if r.get("route") == "family_reunification"}
    if len(spouses) < 2 or not answered & {e["id"] for e in spouses}:
        return []
    voice = Voice(reader_for(turn.state, spouses[0]), None)
    keys = ("polygamy_one_spouse", "polygamy_other_spouse")
    return [f"{M.text(M.ADVICE[k], voice)} ({M.ADVICE[k].source})" for k in keys]


# --- details on request --------------------------------------------------------------------------


# asked of one relative ("wat moet ik doen voor mijn broer?"): that relative's lines only
PER_PERSON_INTENTS = ("ask_documents", "ask_conditions", "ask_travel_document")


def side_question(
    turn: Any, intent: str, named: list[dict[str, Any]] | None = None, words: str = ""
) -> None:
    if intent == "ask_documents" and _documents_after_recognition(turn, words):
        return
    if intent == "ask_documents" and _documents_once_21(turn, words):
        return
    answered = [p for p in turn.state["people"] if p.get("route")]
    if intent in PER_PERSON_INTENTS:  # panel 18, j5: the whole family's documents
        answered = [p for p in answered if p in (named or ())] or answered
    if answered and intent in CASE_INTENTS:
        DETAILS[intent](turn, _results(turn, answered))
        return
    if answered and intent in CASE_ITEMS and _case_items(turn, answered, CASE_ITEMS[intent]):
        return
    if intent in CASE_PENDING and turn.state["people"] and turn.state.get("question"):
        turn.say("utter_case_after_questions")  # "wat moet ze bewijzen?" before the answer: hers
        return  # after the questions, not the general text to the wrong reader (panel 13, y2)
    name = faq_response(turn, f"utter_faq_{intent.removeprefix('ask_')}")
    favours = [r for _, r in _results(turn, answered) if r.get("route") == "humanitarian_visa"]
    later = [r for r in favours if has_advice(r, "spouse_age_rule")]  # a right at 21 (g5)
    alone = answered and len(favours) == len(answered) and not later
    if alone and turn.texts.has(f"{name}_humanitarian"):
        name += "_humanitarian"  # a Belgian's father: no art. 40ter rule (panel 70, h3)
    reference = euro(P.REFERENCE_INCOME_EUR_PER_MONTH.value)
    turn.say(name if turn.texts.has(name) else "utter_no_case_yet", reference=reference)


def faq_response(turn: Any, name: str) -> str:
    """The general text `name` for this sponsor's status and writer."""
    status = turn.state["sponsor"].get("status")
    if status == "asylum_seeker" and turn.texts.has(f"{name}_asylum_seeker"):
        name = f"{name}_asylum_seeker"  # now a humanitarian visa, later the 12 months (seed 003)
    elif status == "belgian" and turn.texts.has(f"{name}_belgian"):
        name = f"{name}_belgian"  # art. 40ter alone (panel 60, h6: art. 10, §2 to a Belgian)
    elif status == "eu_citizen" and turn.texts.has(f"{name}_eu_citizen"):
        name = f"{name}_eu_citizen"  # art. 40bis, in no seed (panel 66, j3: art. 10's housing)
    elif status and status not in PROTECTED and turn.texts.has(f"{name}_not_protected"):
        name = f"{name}_not_protected"  # the general text is about a protected sponsor's family
    if turn.state.get("writer") == "helper" and turn.texts.has(f"{name}_helper"):
        name = f"{name}_helper"  # "je cliënt", not "jij" (panel 43, g1; panel 46, h5)
    return name


TRAVEL_DOCUMENTS = ("travel_document", "travel_document_protected", "identity_other_evidence")
# a general question asked about the case: its own conditions and documents on that topic
CASE_ITEMS = {
    "ask_travel_document": TRAVEL_DOCUMENTS,
    "ask_housing": ("housing", "housing_proof"),
    "ask_health_insurance": ("health_insurance", "health_insurance_proof"),
}


def _case_items(turn: Any, answered: list[dict[str, Any]], ids: tuple[str, ...]) -> bool:
    """ "moet de baby ook een paspoort hebben?", "is mijn appartement groot genoeg?": the
    case's own lines on it (the refugee exception of seed 002 only for family of a protected
    sponsor; a Belgian's housing rule of seed 004), each condition with its mark."""
    lines: list[str] = []
    said: set[str] = set()
    same: list[str] = []  # relatives whose lines are the ones said for another (panel 14, a1)
    results = _results(turn, answered)
    # two relatives: both named in full ("moet de baby ook ...?"), but not two of one kind
    # ("mijn zoon heeft geen paspoort" of two sons: the same lines twice; panel 33)
    group = len(results) > 2 or len({e["relationship"] for e, _ in results}) == 1 < len(results)
    for entry, result in results:
        conditions = [condition_line(turn, c) for c in result.get("conditions") or []
                      if c.get("id") in ids]  # fmt: skip
        found = [d for d in result.get("documents") or [] if d.get("id") in ids]
        if group and found and not conditions and all(d["id"] in said for d in found):
            same.append(object_label(turn.texts, turn.state, entry))
            continue
        said |= {d["id"] for d in found}
        documents = [_with_source(d) for d in found]
        lines += [line for line in conditions + documents if line not in lines]
    if same:
        lines.append(
            turn.texts.text("utter_side_strengthen_same", relative=turn.texts.and_list(same))
        )
    if lines and ids == TRAVEL_DOCUMENTS and results:  # seed 002: "De aanvrager die geen
        voice = Voice(reader_for(turn.state, results[0][0]), None)  # reisdocument voorlegt
        rule = M.ADVICE["fingerprints"]  # ... moet zijn vingerafdrukken laten nemen" (b1, b2)
        lines.append(f"{M.text(rule, voice)} ({rule.source})")
        if turn.state["sponsor"].get("status") in PROTECTED:  # who judges (d1, a4)
            limits = M.SIDE["travel_document_limits"]
            lines.append(f"{M.text(limits, voice)} ({limits.source})")
    if lines:
        turn.say_text("\n".join(lines), "utter_answer_menu")
    return bool(lines)


def _with_source(item: dict[str, Any]) -> str:
    source = item.get("source")
    return f"{item.get('text', '')} ({source})" if source else str(item.get("text", ""))


def object_label(texts: Any, state: dict[str, Any], entry: dict[str, Any]) -> str:
    """The relative after "voor": "voor jou", not "voor jij"."""
    return texts.text("utter_label_self_object") if entry.get("self") else texts.label(state, entry)


def _per_person(turn: Any, results, header: str, lines_of) -> None:
    texts = turn.texts
    blocks: list[str] = []
    for entry, result in results:
        rel = object_label(texts, turn.state, entry)
        items = lines_of(result)
        if items:
            blocks.append("\n".join([texts.text(header, relative=rel)] + items))
    turn.say_text("\n\n".join(blocks) or texts.text("utter_answer_nothing"), "utter_answer_menu")


def _documents_after_recognition(turn: Any, words: str) -> bool:
    """An asylum seeker asks the papers for the family reunification after the recognition
    ("welke papers voor gezinshereniging na erkenning?"): those of a protected sponsor's
    family, not the humanitarian list with its fee (panel 43, h2; seed 002: the spouse and
    minor children "betalen geen retributie"). The sponsor's age, not asked of an asylum
    seeker, does not change the papers."""
    if turn.state["sponsor"].get("status") != "asylum_seeker":
        return False
    folded = f" {re.sub(r'[^a-z ]', ' ', words.lower())} "
    if not any(w in folded for w in W.AFTER_RECOGNITION_PAPERS):
        return False
    later = {**turn.state, "sponsor": {**turn.state["sponsor"], "status": "refugee"}}
    if later["sponsor"].get("age") is None:
        later["sponsor"]["age"] = P.MAJORITY_AGE.value + 3  # any adult: the papers are the same
    later["sponsor"]["recognition_date"] = turn.today.isoformat()  # within the 12 months
    people = [p for p in turn.state["people"] if not p.get("self")]
    spouses = [p for p in people if p["relationship"] == "spouse"]
    results = [
        (e, assessment(later, _bond_before_unless_told(e, len(spouses) == 1), turn.today))
        for e in people
    ]
    results = [(e, r) for e, r in results if r.get("route") == "family_reunification"]
    if not results:
        return False
    helper = "_helper" if turn.state.get("writer") == "helper" else ""
    intro = turn.texts.first(f"utter_answer_documents_after_recognition{helper}",
                             "utter_answer_documents_after_recognition")  # fmt: skip
    turn.say(intro, months=P.FAVOURABLE_PERIOD_MONTHS.value)
    _documents(turn, results)
    return True


def _documents_once_21(turn: Any, words: str) -> bool:
    """ "wat moet ik nu al klaar maken zodat we in maart direct gezinshereniging kunnen
    aanvragen?": a partner too young now asks the papers of the right she has once both are
    21 (seed 001 "U bent beiden ouder dan 21 jaar"), not the humanitarian visa's form (panel
    91, m5: "Duid aan dat het om een humanitaire aanvraag gaat")."""
    folded = f" {re.sub(r'[^a-z0-9 ]', ' ', words.lower())} "
    if " gezinshereniging " not in folded:
        return False
    results = results_once_21(turn)
    if not results:
        return False
    turn.say("utter_answer_documents_once_21", age=P.SPOUSE_MIN_AGE.value)
    _documents(turn, results)
    return True


def results_once_21(turn: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(person, assessment) of each partner who is too young now, as it will be once both are
    21 (seed 001 "U bent beiden ouder dan 21 jaar"): the right's papers and conditions."""
    adult = P.SPOUSE_MIN_AGE.value
    sponsor = turn.state["sponsor"]
    older = {
        p["id"]: {**p, "age": max(p.get("age") or 0, adult)}
        for p, r in _results(turn, [p for p in turn.state["people"] if p.get("route")])
        if r.get("route") == "humanitarian_visa" and has_advice(r, "spouse_age_rule")
    }
    later = {
        **turn.state,
        "sponsor": {**sponsor, "age": max(sponsor.get("age") or 0, adult)},
        "people": [older.get(p["id"], p) for p in turn.state["people"]],
    }
    results = [(entry, assessment(later, entry, turn.today)) for entry in older.values()]
    return [(e, r) for e, r in results if r.get("route") == "family_reunification"]


def _bond_before_unless_told(entry: dict[str, Any], one_spouse: bool = False) -> dict[str, Any]:
    """The relative as family before the arrival, unless told otherwise (the text says so);
    beside the one husband or wife who comes, "mijn man en dochter": the couple's child, no
    custody proof (seed 003 asks it "Indien de ouders van de aanvrager gescheiden zijn"; panel
    98, t2)."""
    facts = {"relationship_predates_arrival": True, **entry["facts"]}
    if one_spouse and entry["relationship"] == "child":
        facts = {"common_child": True, **facts}
    return {**entry, "facts": facts}


def _documents(turn: Any, results) -> None:
    """The first relative's documents in full; for the others only what is new, the rest
    named once ("dezelfde documenten (...)"); a document for the whole family once."""
    texts = turn.texts
    family = _family_documents(results)
    shown: set[str] = set()
    blocks: list[str] = []
    for entry, result in results:
        rel = object_label(texts, turn.state, entry)
        docs = [d for d in result.get("documents") or [] if not (shown and d["id"] in family)]
        same = [d for d in docs if d["id"] in shown]
        new = [f"- {_with_source(d)}" for d in docs if d["id"] not in shown]
        header = texts.text("utter_answer_documents_header", relative=rel)
        if same:
            names = "; ".join(_first_sentence(str(d.get("text") or "")) for d in same)
            name = "utter_answer_documents_same" if new else "utter_answer_documents_same_only"
            header = texts.text(name, relative=rel, names=names)
        if same or new:
            blocks.append("\n".join([header, *new]))
        shown |= {d["id"] for d in docs}
    turn.say_text("\n\n".join(blocks) or texts.text("utter_answer_nothing"), "utter_answer_menu")


def _family_documents(results) -> set[str]:
    """Documents with the same text for every relative (the sponsor's decision, the
    legalisation rule): said once for the family."""
    texts_by_id: dict[str, set[str]] = {}
    for _, result in results:
        for d in result.get("documents") or []:
            texts_by_id.setdefault(d["id"], set()).add(str(d.get("text")))
    counts = {i: sum(1 for _, r in results if i in {d["id"] for d in r.get("documents") or []})
              for i in texts_by_id}  # fmt: skip
    return {
        i for i, t in texts_by_id.items()
        if len(t) == 1 and counts[i] == len(results) and i not in EACH_OWN_DOCUMENTS
    }  # fmt: skip


# each request has its own form and proof of payment (seed 002: "Een aanvraag wordt dus
# aanvaard zodra de volgende documenten worden voorgelegd: een ingevuld, gedateerd en
# ondertekend aanvraagformulier; het bewijs van de betaling"; panel 51, h5, h7: not listed for
# the son)
EACH_OWN_DOCUMENTS = ("visa_application_form", "fee_payment_proof")


def _first_sentence(text: str) -> str:
    """ "Het paspoort van je kind (reisdocument). Het moet ..." -> "het paspoort van je kind
    (reisdocument)": a short name for a document already listed in full."""
    first = text.split(". ", 1)[0].rstrip(".")
    return first[:1].lower() + first[1:]


def condition_line(turn: Any, condition: dict[str, Any]) -> str:
    state = _state_of(condition)
    mark = turn.texts.text(f"utter_mark_{state}")
    why = f" {condition['why']}" if state == "exempt" and condition.get("why") else ""
    return f"{mark} {_with_source(condition)}{why}"


def _conditions(turn: Any, results) -> None:
    """Each relative's conditions; a line that is the same for every relative (the sponsor's
    status, the exemptions of the 12 months) once, for all, first (panel 40: 69-140 lines on
    a phone, three "Vrijgesteld" lines repeated for every relative)."""
    texts = turn.texts
    per = [(e, _condition_lines(turn, r) or _no_legal_conditions(turn, r)) for e, r in results]
    shared = set.intersection(*(set(lines) for _, lines in per)) if len(per) > 1 else set()
    blocks: list[str] = []
    if shared:
        common = [line for line in per[0][1] if line in shared]
        blocks.append("\n".join([texts.text("utter_answer_conditions_common"), *common]))
    for entry, lines in per:
        own = [line for line in lines if line not in shared]
        if own:
            rel = object_label(texts, turn.state, entry)
            blocks.append("\n".join([texts.text("utter_answer_conditions_header", relative=rel)]
                                    + own))  # fmt: skip
    turn.say_text("\n\n".join(blocks) or texts.text("utter_answer_nothing"), "utter_answer_menu")


def _condition_lines(turn: Any, result: dict[str, Any]) -> list[str]:
    """The conditions' lines; exemptions with the same reason and source in one line."""
    conditions = result.get("conditions") or []
    exempt = [c for c in conditions if _state_of(c) == "exempt" and c.get("why")]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for condition in exempt:
        groups.setdefault((str(condition["why"]), str(condition.get("source"))), []).append(
            condition
        )
    lines: list[str] = []
    for condition in conditions:
        group = groups.get((str(condition.get("why")), str(condition.get("source"))))
        if condition not in exempt or group is None or len(group) == 1:
            lines.append(condition_line(turn, condition))
        elif condition is group[0]:
            lines.append(_exempt_group_line(turn, group))
    return lines


MATERIAL_CONDITIONS = {"means_of_subsistence", "housing", "health_insurance"}


def _exempt_group_line(turn: Any, group: list[dict[str, Any]]) -> str:
    mark = turn.texts.text("utter_mark_exempt")
    said = " ".join(str(c.get("text", "")) for c in group)
    if {c.get("id") for c in group} == MATERIAL_CONDITIONS:  # "Hoeft niet bewezen te worden:
        # Je hebt een woning ..." read as "you have a home" (panel 85, k1): what, not a claim
        mark, said = turn.texts.text("utter_mark_exempt_material"), ""
    source = group[0].get("source")
    cited = f"{said} ({source})" if source else said
    return " ".join(part for part in (mark, cited.strip(), group[0]["why"]) if part)


def _state_of(condition: dict[str, Any]) -> str:
    return condition.get("state") or (
        "exempt" if condition.get("waived") else
        {True: "met", False: "not_met"}.get(condition.get("met"), "to_prove")
    )  # fmt: skip


def _no_legal_conditions(turn: Any, result: dict[str, Any]) -> list[str]:
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast die moeten worden vervuld om een dergelijk visum te verkrijgen."""
    if result.get("route") != "humanitarian_visa" or result.get("visa_code") == "B17":
        return []
    return [turn.texts.text("utter_answer_conditions_humanitarian")]


def _costs(turn: Any, results) -> None:
    """The fee line for the whole family (who pays and who does not), with its source; never
    one relative's own line beside it (it contradicted the others in a mixed family)."""
    line = fee_line(turn, results) or turn.texts.text("utter_answer_nothing")
    later = _fee_after_recognition(turn, results) + _fee_once_21(turn, results)
    turn.say_text("\n".join([line, *later]), "utter_answer_menu")


def _fee_once_21(turn: Any, results) -> list[str]:
    """A protected person's wife who pays for her humanitarian visa now (the couple is not yet
    21) pays nothing for the family reunification she can ask once both are 21 (seed 002: "De
    echtgenoot ... van een erkend vluchteling ... betalen geen retributie"; panel 108, m4: "ook
    as we de gewone gezinshereniging doen na 2 maart?" unanswered)."""
    young = [
        e for e, r in results
        if e["relationship"] == "spouse" and r.get("route") == POSSIBLE[1]
        and any(a.get("id") == "spouse_age_rule" for a in r.get("advice") or [])
    ]  # fmt: skip
    if len(young) != 1 or turn.state["sponsor"].get("status") not in PROTECTED:
        return []
    _, result = assessment_once_old_enough(turn.state, young[0], turn.today, P.SPOUSE_MIN_AGE.value)
    if result.get("route") != POSSIBLE[0] or result.get("fee_exempt") is not True:
        return []
    message = M.SIDE["fee_once_21"]
    voice = Voice(reader_for(turn.state, young[0]), young[0]["relationship"])
    return [f"{M.text(message, voice)} ({message.source})"]


def _fee_after_recognition(turn: Any, results) -> list[str]:
    """An asylum seeker's spouse and minor children: after the recognition they pay no fee
    (seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... en de
    minderjarige kinderen van een vreemdeling aan wie België de vluchtelingenstatus ...
    heeft toegekend"; panel 6, l2)."""
    if turn.state["sponsor"].get("status") != "asylum_seeker":
        return []
    family = [
        e for e, _ in results
        if e["relationship"] in ("spouse", "registered_partner")
        or (e["relationship"] in ("child", "stepchild") and (e.get("age") or 0) < 18)
    ]  # fmt: skip
    if not family:
        return []
    message = M.SIDE["fee_after_recognition"]
    return [f"{M.text(message, Voice(Reader(), None))} ({message.source})"]


def _deadlines(turn: Any, results) -> None:
    """The "Termijn" button: the age limit that may end a right first (seed 001 "jonger
    zijn dan 18 jaar"; panel 5, i3), then the date."""
    deadline = deadline_line(turn, results) or turn.texts.text("utter_answer_no_deadline")
    lines = [
        _with_source(item)
        for _, result in results
        for item in result.get("advice") or []
        if item.get("id") in AGE_LIMIT_ADVICE and not _said_by_the_deadline(turn, item)
    ]
    lines = list(dict.fromkeys(lines))
    lines.append(deadline)
    turn.say_text("\n".join(lines), "utter_answer_menu")


def _said_by_the_deadline(turn: Any, item: dict[str, Any]) -> bool:
    """The "Termijn" line said that the right ends at the sponsor's 18th birthday (his
    parents have no 12 months to say beside it): not said twice."""
    return item.get("id") == "apply_before_sponsor_turns_18" and turn.age_limit_said


# what a summary for the file keeps beside the routes: a right that may end, or that holds
# only with the other parent's consent (seed 003: "Indien de hoede gedeeld wordt, moet de andere
# houder van het hoederecht met de gezinshereniging instemmen"; panel 51, h5, h7)
# the age limit that may end a right first, the consent a right depends on, and the other way
# for an unmarried partner (seed 001 "of via een visum met het oog op een huwelijk of een
# wettelijke samenwoning"; panel 72, g3: the summary dropped it)
SUMMARY_ADVICE = (*AGE_LIMIT_ADVICE, "shared_custody_consent_open", "marriage_visa_alternative")


def _summary(turn: Any, results) -> None:
    from dialogue.questions import fact_lines

    texts = turn.texts
    header = (
        "utter_summary_header_helper"
        if turn.state.get("writer") == "helper"
        else ("utter_summary_header")
    )
    lines = [texts.text(header), *fact_lines(turn)]
    for entry, result in results:
        rel = capitalise(texts.label(turn.state, entry))
        lines.append(
            texts.text("utter_summary_route", Relative=rel, route=route_label(turn, result, entry))
        )
    deadline = deadline_line(turn, results)
    for _, result in results:  # the age limit that may end a right first (seed 001), the
        for item in result.get("advice") or []:  # consent a right depends on (panel 51, h5, h7)
            line = _with_source(item)
            wanted = item.get("id") in SUMMARY_ADVICE and not _said_by_the_deadline(turn, item)
            if wanted and line not in lines:
                lines.append(line)
    if deadline:
        lines.append(deadline)
    # a child born after the arrival: no favourable conditions (seed 003; panel 6, k1)
    source = M.SIDE["income_bond_after_arrival"].source
    lines += [f"{line} ({source})" for line in bond_after_arrival_lines(turn, results)]
    lines.append(texts.text("utter_summary_sources", sources="; ".join(_summary_sources(results))))
    turn.say_text("\n".join(lines), "utter_answer_menu")


def _summary_sources(results) -> list[str]:
    """The sources of what the summary says (each route, the chance, the fee, the
    favourable deadline), not every article the assessment looked at."""
    found: list[str] = []
    for _, result in results:
        found += list(result.get("legal_basis") or [])
        found += [
            (result.get("chance") or {}).get("source"),
            (result.get("fee") or {}).get("source"),
        ]
        if result.get("route") == "family_reunification" and _deadline(result):
            found += [d.get("source") for d in result["deadlines"] if d.get("id") == FAVOURABLE_END]
    return [source for source in dict.fromkeys(found) if source]


DETAILS = {
    "ask_documents": _documents,
    "ask_conditions": _conditions,
    "ask_costs": _costs,
    "ask_deadline": _deadlines,
    "ask_summary": _summary,
}
