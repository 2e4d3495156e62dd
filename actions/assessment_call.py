"""The one place that calls the eligibility module."""

from __future__ import annotations

import datetime as dt
from typing import Any

from actions.case_facts import FACT_TO_SLOT, slots_to_case
from eligibility import assess


def assess_slots(slots: dict[str, Any], application_date: dt.date) -> dict[str, Any]:
    """Run the eligibility assessment on the facts held in `slots`."""
    return assess(slots_to_case(slots), application_date=application_date)


def missing_slots(result: dict[str, Any]) -> list[str]:
    """Slots to ask for, in the module's (caseworker) order; facts we cannot ask are skipped."""
    slots: list[str] = []
    for path in result.get("missing_facts") or []:
        slot = FACT_TO_SLOT.get(path)
        if slot and slot not in slots:
            slots.append(slot)
    return slots
