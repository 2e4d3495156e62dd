"""Slots <-> eligibility case: which slot holds which fact, and reading facts from a message."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Tracker

from samen_rasa.nlu.dutch_dates import MONTH_WORDS, month_number, parse_date
from samen_rasa.nlu.folding import fold

logger = logging.getLogger(__name__)

LOCAL_TIME = ZoneInfo("Europe/Brussels")

# eligibility input path -> slot name (only facts the bot can ask about)
FACT_TO_SLOT: dict[str, str] = {
    "sponsor.status": "sponsor_status",
    "sponsor.age": "sponsor_age",
    "sponsor.recognition_date": "recognition_date",
    "sponsor.arrival_date": "arrival_date",
    "sponsor.asylum_application_date": "asylum_application_date",
    "sponsor.minor_at_asylum_application": "minor_at_asylum_application",
    "sponsor.unaccompanied_minor": "unaccompanied_minor",
    "applicant.relationship": "relationship",
    "applicant.age": "applicant_age",
    "applicant.married": "married",
    "applicant.disabled": "disabled",
    "applicant.custody": "custody",
    "applicant.other_parent_consent": "other_parent_consent",
    "applicant.marriage": "marriage_type",
    "applicant.relationship_predates_arrival": "relationship_predates_arrival",
    "applicant.other_spouse_already_in_belgium": "other_spouse_already_in_belgium",
    "applicant.partnership": "partnership",
    "applicant.stable_relationship_proven": "stable_relationship_proven",
    "applicant.common_child": "common_child",
    "applicant.dependent": "dependent",
    "applicant.minor_when_sponsor_applied_for_asylum": "minor_when_sponsor_applied_for_asylum",
    "applicant.parents_also_applying": "parents_also_applying",
    "applicant.parents_deceased_or_missing": "parents_deceased_or_missing",
    "applicant.legal_bond_recognised": "legal_bond_recognised",
    "applicant.cohabited_one_year_before_arrival": "cohabited_one_year_before_arrival",
    "applicant.elderly": "elderly",
    "applicant.half_or_step_sibling": "half_or_step_sibling",
    "applicant.impossible_to_marry": "impossible_to_marry",
    "applicant.isolated": "isolated",
    "applicant.medical_needs": "medical_needs",
    "applicant.minor_siblings_applying": "minor_siblings_applying",
    "applicant.own_parent_applying": "own_parent_applying",
    "applicant.own_sufficient_means": "own_sufficient_means",
    "applicant.joins_alone": "joins_alone",
}
SLOT_TO_FACT = {slot: path for path, slot in FACT_TO_SLOT.items()}

SPONSOR_SLOTS = [s for p, s in FACT_TO_SLOT.items() if p.startswith("sponsor.")]
APPLICANT_SLOTS = [s for p, s in FACT_TO_SLOT.items() if p.startswith("applicant.")]
FAMILY_FACT_SLOTS = (
    SPONSOR_SLOTS
    + APPLICANT_SLOTS
    + [
        "relationship_label",
        "recognition_date_approximate",
        "clarification",
        "country",
        "pending_relatives",
    ]
)
# what the bot derives from the facts; stale as soon as a fact changes
RESULT_SLOTS = ["route"]

AGE_SLOTS = ("applicant_age", "sponsor_age")
DATE_SLOTS = ("recognition_date", "arrival_date", "asylum_application_date")
BOOL_SLOTS = (
    "minor_at_asylum_application",
    "unaccompanied_minor",
    "married",
    "disabled",
    "other_parent_consent",
    "relationship_predates_arrival",
    "other_spouse_already_in_belgium",
    "stable_relationship_proven",
    "common_child",
    "dependent",
    "minor_when_sponsor_applied_for_asylum",
    "parents_also_applying",
    "parents_deceased_or_missing",
    "legal_bond_recognised",
    "cohabited_one_year_before_arrival",
    "elderly",
    "half_or_step_sibling",
    "impossible_to_marry",
    "isolated",
    "medical_needs",
    "minor_siblings_applying",
    "own_parent_applying",
    "own_sufficient_means",
    "joins_alone",
)
# yes/no answers for enum facts asked as a yes/no question
YES_NO_ENUMS = {"partnership": ("legally_registered", "none")}
ENTITY_SLOTS = {  # entity -> slot, for entities whose canonical value is the slot value
    "sponsor_status": "sponsor_status",
    "marriage_type": "marriage_type",
    "custody": "custody",
    "country": "country",
}
MAX_AGE = 130


def slots_to_case(slots: dict[str, Any]) -> dict[str, Any]:
    """The eligibility input for the facts known in `slots` (unknown facts left out)."""
    case: dict[str, dict[str, Any]] = {"sponsor": {}, "applicant": {}}
    for path, slot in FACT_TO_SLOT.items():
        value = slots.get(slot)
        if value is None:
            continue
        if slot in AGE_SLOTS:
            value = int(value)
        part, key = path.split(".", 1)
        case[part][key] = value
    return case


def message_date(tracker: Tracker) -> dt.date:
    """Local date of the latest user message (the application date of the assessment)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user" and event.get("timestamp"):
            return dt.datetime.fromtimestamp(event["timestamp"], LOCAL_TIME).date()
    return dt.datetime.now(LOCAL_TIME).date()


def parse_age(value: Any) -> float | None:
    try:
        age = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    if age != age or age < 0 or age > MAX_AGE:  # NaN or out of range
        return None
    return float(int(age))


def _entities(message: dict[str, Any], name: str, role: Any = "any") -> list[dict[str, Any]]:
    found = [e for e in message.get("entities") or [] if e.get("entity") == name]
    if role != "any":
        found = [e for e in found if e.get("role") == role]
    return sorted(found, key=lambda e: e.get("start") or 0)


def _own_word(entity: dict[str, Any], message: dict[str, Any]) -> str | None:
    """The user's own word for the relative ("vrouw"), as written in the message."""
    text = str(message.get("text") or "")
    start, end = entity.get("start"), entity.get("end")
    written = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
    word = str(written or entity.get("text") or "").strip().lower()
    return word if word.isalpha() else None


def _date_behind_age(
    message: dict[str, Any], age: dict[str, Any], today: dt.date | None
) -> dict[str, Any] | None:
    """A date the NLU split into an "age" and a month ("sinds 1 december 2025").

    Returns a date entity (normalized + flags, span) when the age is the day of a date,
    else None. Parsed with the project's own Dutch date parser.
    """
    text = str(message.get("text") or "")
    start = age.get("start")
    if today is None or not isinstance(start, int):
        return None
    words = text[start:].split()
    if len(words) < 2 or month_number(words[1].strip(",.;:!?")) is None:
        return None
    count = 3 if len(words) > 2 and words[2].strip(",.;:!?").isdigit() else 2
    phrase = " ".join(words[:count]).strip(",.;:!?")
    parsed = parse_date(phrase, now=today)
    if parsed.iso is None and not parsed.flags & {"future", "ambiguous"}:
        return None
    return {
        "entity": "recognition_date",
        "value": phrase,
        "start": start,
        "end": start + len(phrase),
        "normalized": parsed.iso,
        "flags": parsed.flag_list(),
    }


_PUNCTUATION = ",.;:!?()"


def _untagged_date(message: dict[str, Any], today: dt.date | None) -> dict[str, Any] | None:
    """A full date ("3 maart 2026") in the message that the NLU did not tag, or None.

    Only a day + month word (+ year) or month word + 4-digit year counts, parsed with the
    project's own Dutch date parser.
    """
    if today is None:
        return None
    words = [w.strip(_PUNCTUATION) for w in str(message.get("text") or "").split()]
    for i, word in enumerate(words):
        if fold(word) not in MONTH_WORDS:
            continue
        day = words[i - 1] if i > 0 and words[i - 1].isdigit() and len(words[i - 1]) <= 2 else None
        year = (
            words[i + 1]
            if i + 1 < len(words) and words[i + 1].isdigit() and len(words[i + 1]) == 4
            else None
        )
        if not day and not year:
            continue
        phrase = " ".join(w for w in (day, word, year) if w)
        parsed = parse_date(phrase, now=today)
        if parsed.iso or parsed.flags & {"future", "ambiguous"}:
            return {
                "entity": "recognition_date",
                "value": phrase,
                "normalized": parsed.iso,
                "flags": parsed.flag_list(),
            }
    return None


def relationship_change(message: dict[str, Any], slots: dict[str, Any]) -> dict[str, Any]:
    """Slot updates for relationships named in the message (new relative, correction, queue)."""
    entities = _entities(message, "relationship")
    values: list[str] = []
    for entity in entities:
        if entity.get("value") and entity["value"] not in values:
            values.append(entity["value"])
    if not values:
        return {}
    current = slots.get("relationship")
    answered = slots.get("route") is not None
    first = values[0]
    pending = [v for v in (slots.get("pending_relatives") or []) if v != first]
    if current is not None and first == current and not answered:
        return {}
    updates: dict[str, Any] = {}
    if current is not None:
        updates.update({slot: None for slot in APPLICANT_SLOTS})
        updates["route"] = None
    for extra in values[1:]:
        if extra not in pending and extra != first:
            pending.append(extra)
    updates["relationship"] = first
    updates["relationship_own_word"] = _own_word(entities[0], message)
    updates["pending_relatives"] = pending
    return updates


def facts_from_message(
    message: dict[str, Any], slots: dict[str, Any], today: dt.date | None = None
) -> dict[str, Any]:
    """Every family fact understood in one parsed user message, as slot updates.

    `message` is Rasa's parse data (intent, entities, text); `slots` the current slot
    values (for `requested_slot`, the current relative and whether an answer was given).
    A helper key `relationship_own_word` carries the user's own word for the relative.
    """
    requested = slots.get("requested_slot")
    intent = (message.get("intent") or {}).get("name")
    updates = relationship_change(message, slots)

    # a "day" the NLU took for an age ("sinds 1 december 2025") is part of a date
    split_dates, age_entities = [], []
    for entity in _entities(message, "age"):
        hidden = _date_behind_age(message, entity, today)
        if hidden:
            split_dates.append(hidden)
        else:
            age_entities.append(entity)

    # ages: role "sponsor" is the writer's own age; no role is the relative's age
    sponsor_ages = [parse_age(e.get("value")) for e in age_entities if e.get("role") == "sponsor"]
    relative_ages = [parse_age(e.get("value")) for e in age_entities if not e.get("role")]
    bare_number = str(message.get("text") or "").strip()
    if not relative_ages and requested in AGE_SLOTS and bare_number.isdigit():
        relative_ages = [parse_age(bare_number)]
    if requested == "sponsor_age" and not sponsor_ages:
        sponsor_ages, relative_ages = relative_ages, []
    for slot, ages in (("sponsor_age", sponsor_ages), ("applicant_age", relative_ages)):
        valid = [a for a in ages if a is not None]
        if valid:
            updates[slot] = valid[0]
        elif ages and requested == slot:
            updates[slot] = None
            updates["clarification"] = f"age|{slot}"

    for entity_name, slot in ENTITY_SLOTS.items():
        found = _entities(message, entity_name)
        if found and found[0].get("value"):
            updates[slot] = found[0]["value"]
    if _entities(message, "disability"):
        updates["disabled"] = True

    dates = split_dates or _entities(message, "recognition_date")
    if dates and "approximate" in (dates[0].get("flags") or []):
        # the NLU tagged only part of a full date ("1 [juni] 2025")
        fuller = _untagged_date(message, today)
        if fuller and fuller.get("normalized") and "approximate" not in fuller["flags"]:
            dates = [fuller]
    if not dates and _entities(message, "sponsor_status"):
        # "ik ben erkend vluchteling sinds 3 maart 2026" with the date left untagged
        found = _untagged_date(message, today)
        dates = [found] if found else []
    if not dates and requested in DATE_SLOTS and today is not None:
        # an answer to a date question that the NLU did not tag: parse it the same way
        parsed = parse_date(str(message.get("text") or ""), now=today)
        if "unparsed" not in parsed.flags:
            dates = [{"normalized": parsed.iso, "flags": parsed.flag_list()}]
    if dates:
        entity = dates[0]
        target = requested if requested in DATE_SLOTS else "recognition_date"
        flags = entity.get("flags") or []
        normalized = entity.get("normalized")
        problem = next((f for f in ("future", "ambiguous") if f in flags), None)
        if problem or not normalized:
            updates[target] = None
            updates["clarification"] = f"{problem or 'ambiguous'}|{target}"
        else:
            updates[target] = normalized
            if target == "recognition_date":
                updates["recognition_date_approximate"] = "approximate" in flags

    if requested in BOOL_SLOTS and intent in ("affirm", "deny"):
        updates[requested] = intent == "affirm"
    if requested in YES_NO_ENUMS and intent in ("affirm", "deny"):
        yes, no = YES_NO_ENUMS[requested]
        updates[requested] = yes if intent == "affirm" else no

    changed_fact = any(
        k in FACT_TO_SLOT.values() and slots.get(k) != v and k != "relationship"
        for k, v in updates.items()
    )
    if changed_fact and slots.get("route") is not None:
        updates["route"] = None
    return updates
