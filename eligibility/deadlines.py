"""Deadlines as absolute dates, counted from the recognition of the sponsor's status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from eligibility import sources as S
from eligibility.dates import in_time
from eligibility.outcome import FAMILY_REUNIFICATION, Facts, Outcome
from eligibility.parameters import (
    ADULT_CHILD_REQUEST_MONTHS,
    FAVOURABLE_PERIOD_MONTHS,
    FAVOURABLE_PERIOD_NOT_FOR,
    MAJORITY_AGE,
    PARENTS_OF_FORMER_MINOR_REQUEST_MONTHS,
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


CHILDREN = ("child", "stepchild", "adopted_child", "foster_child")
# the deadlines of `majority_deadlines`: an 18th birthday the user gave
AGE_LIMIT_DEADLINES = ("sponsor_turns_18", "child_turns_18")


def _day_before(f: Facts, id_: str, birthday: date | None, source: str) -> Deadline | None:
    if birthday is None:
        return None
    last = birthday - timedelta(days=1)
    return Deadline(id_, last, not in_time(f.application_date, last), source)


def majority_deadlines(f: Facts, outcome: Outcome) -> list[Deadline]:
    """The last day before a minor's 18th birthday, when the right depends on being a minor at
    the request and the user gave that birthday.

    - sponsor_turns_18: "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (seed 001,
      art. 10, §1, 7°), for the parents of an unaccompanied minor who is a minor today.
    - child_turns_18: "De aanvrager moet minder dan 18 jaar oud zijn." (seed 003, art. 10, §1,
      4°), for a minor child. Seed 003 keeps the right of a child "indien het meerderjarig
      geworden is tijdens het onderzoek van deze aanvraag" (the sponsor's asylum application):
      a child who is still a minor today turns 18 after that examination, so the day holds for
      a protected sponsor's child too.
    """
    if outcome.route != FAMILY_REUNIFICATION:
        return []
    found = []
    if f.relationship == "parent" and f.protected and f.sponsor_adult() is False:
        found.append(_day_before(f, "sponsor_turns_18", f.sponsor("majority_date"), S.ART_10_1_7))
    if f.relationship in CHILDREN and f.applicant_minor():
        found.append(_day_before(f, "child_turns_18", f.applicant("majority_date"), S.ART_10))
    return [d for d in found if d is not None]


def deadlines(f: Facts, outcome: Outcome) -> list[Deadline]:
    """Deadlines that matter for this case.

    - favourable_conditions_end: "binnen het jaar (12 maanden) na de erkenning van de
      vluchtelingenstatus of de toekenning van subsidiaire bescherming" (seed 003); given
      for a protected sponsor whose recognition date is known, unless the bond did not exist
      before the arrival ("wanneer de afstamming van de aanvrager vóór zijn aankomst in
      België werd vastgesteld", seed 003): then there is no favourable period to run out.
    - adult_child_request_end: "binnen 12 maanden na de erkenning" (seed 003, C-279/20).
    - parents_request_end: "binnen de drie maanden na de erkenning" (seed 002, art. 1/1, read
      with C-550/16 as the end of the parents' right: rules/parents.py).
    """
    found: list[Deadline | None] = list(majority_deadlines(f, outcome))
    if not f.protected:
        return [d for d in found if d is not None]
    predates = outcome.bond_predates_arrival
    if predates is None:
        predates = f.applicant("relationship_predates_arrival")
    if predates is not False and outcome.kind not in FAVOURABLE_PERIOD_NOT_FOR.value:
        found.append(_deadline(f, "favourable_conditions_end", FAVOURABLE_PERIOD_MONTHS))
    # The C-279/20 deadline ends the right itself, so it comes first.
    if f.relationship in CHILDREN and (
        f.applicant("minor_when_sponsor_applied_for_asylum") is True
        and (f.applicant_minor() is False)
        # 18 only after the recognition: not "meerderjarig geworden ... tijdens het onderzoek"
        # (seed 003; panel 118, q5: "Ja, dat telt" for a son of 22, 15 at the recognition)
        and f.applicant("adult_before_sponsor_recognition") is not False
    ):
        found.insert(0, _deadline(f, "adult_child_request_end", ADULT_CHILD_REQUEST_MONTHS))
    if (
        f.relationship == "parent"
        and f.sponsor("minor_at_asylum_application") is True
        and f.sponsor("unaccompanied_minor") is not False
        and (f.sponsor("age") is None or f.sponsor("age") >= MAJORITY_AGE.value)
    ):
        # the 3 months end the parents' right first (rules/parents.py), so they come first
        found.insert(0, _deadline(f, "parents_request_end", PARENTS_OF_FORMER_MINOR_REQUEST_MONTHS))
    # the earliest first: an age limit or the parents' 3 months end the right before the 12
    # months (a tie keeps the order above: the right's end before the favourable period's)
    return sorted((d for d in found if d is not None), key=lambda d: d.date)
