"""Deadlines as absolute dates, counted from the recognition of the sponsor's status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eligibility.dates import in_time
from eligibility.outcome import Facts, Outcome
from eligibility.parameters import (
    ADULT_CHILD_REQUEST_MONTHS,
    FAVOURABLE_PERIOD_MONTHS,
    MAJORITY_AGE,
    PARENT_FEE_EXEMPTION_MONTHS,
    Parameter,
)


@dataclass(frozen=True)
class Deadline:
    id: str
    date: date
    passed: bool
    source: str


def _deadline(f: Facts, id_: str, period: Parameter[int]) -> Deadline | None:
    end = f.months_after_recognition(period.value)
    if end is None:
        return None
    return Deadline(id_, end, not in_time(f.application_date, end), period.reference)


def deadlines(f: Facts, outcome: Outcome) -> list[Deadline]:
    """Deadlines that matter for this case.

    - favourable_conditions_end: "binnen het jaar (12 maanden) na de erkenning van de
      vluchtelingenstatus of de toekenning van subsidiaire bescherming" (seed 003); given
      for a protected sponsor whose recognition date is known, unless the bond did not exist
      before the arrival ("wanneer de afstamming van de aanvrager vóór zijn aankomst in
      België werd vastgesteld", seed 003): then there is no favourable period to run out.
    - adult_child_request_end: "binnen 12 maanden na de erkenning" (seed 003, C-279/20).
    - parents_request_end: "binnen de drie maanden na de erkenning" (seed 002, art. 1/1).
    """
    if not f.protected:
        return []
    found = []
    predates = outcome.bond_predates_arrival
    if predates is None:
        predates = f.applicant("relationship_predates_arrival")
    if predates is not False:
        found.append(_deadline(f, "favourable_conditions_end", FAVOURABLE_PERIOD_MONTHS))
    # The C-279/20 deadline ends the right itself, so it comes first.
    if f.relationship in ("child", "stepchild", "adopted_child", "foster_child") and (
        f.applicant("minor_when_sponsor_applied_for_asylum") is True
        and (f.applicant_minor() is False)
    ):
        found.insert(0, _deadline(f, "adult_child_request_end", ADULT_CHILD_REQUEST_MONTHS))
    if (
        f.relationship == "parent"
        and f.sponsor("minor_at_asylum_application") is True
        and f.sponsor("unaccompanied_minor") is not False
        and (f.sponsor("age") is None or f.sponsor("age") >= MAJORITY_AGE.value)
    ):
        # the 3 months end the parents' right first (rules/parents.py), so they come first
        found.insert(0, _deadline(f, "parents_request_end", PARENT_FEE_EXEMPTION_MONTHS))
    return [d for d in found if d is not None]
