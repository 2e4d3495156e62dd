"""Facts the sources make derivable from the facts given: derived, never asked.

`derive(case, day)` returns a copy of the validated case in which unknown facts that follow
from known ones are filled in, and the list of derived paths. A fact the user gave is never
overwritten. Every derivation is certain (or bounded by an explicit validation parameter);
none guesses.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

from eligibility.dates import add_months
from eligibility.parameters import MAJORITY_AGE, MAX_ASYLUM_PROCEDURE_YEARS

CHILDREN = ("child", "stepchild", "adopted_child", "foster_child")


def _full_years(born: date, day: date) -> int:
    years = day.year - born.year
    return years - 1 if (day.month, day.day) < (born.month, born.day) else years


def _births(age_now: int, today: date) -> tuple[date, date]:
    """(earliest, latest) possible birth day of someone `age_now` years old `today`."""
    return add_months(today, -12 * (age_now + 1)) + timedelta(days=1), add_months(
        today, -12 * age_now
    )


def _age_range_at(age_now: int, today: date, day: date) -> tuple[int, int]:
    """(youngest, oldest) possible age on `day` of someone `age_now` years old `today`."""
    earliest_birth, latest_birth = _births(age_now, today)
    return _full_years(latest_birth, day), _full_years(earliest_birth, day)


def _asylum_window(sponsor: dict[str, Any], today: date) -> tuple[date | None, date]:
    """(earliest, latest) possible day of the sponsor's asylum application.

    The application precedes the recognition ("erkenning" follows the "aanvraag om
    internationale bescherming", seed 003); a procedure longer than
    MAX_ASYLUM_PROCEDURE_YEARS is not assumed (validation bound, not law).
    """
    applied = sponsor.get("asylum_application_date")
    if applied is not None:
        return applied, applied
    recognised = sponsor.get("recognition_date")
    if recognised is None:
        return None, today
    return add_months(recognised, -12 * MAX_ASYLUM_PROCEDURE_YEARS.value), recognised


def minor_at_asylum(age_now: int | None, sponsor: dict[str, Any], today: date) -> bool | None:
    """Was someone of `age_now` younger than 18 on the day of the sponsor's asylum application?

    True when even the oldest possible age on the latest possible day is under 18; False when
    even the youngest possible age on the earliest possible day is 18 or more; else None.
    """
    if age_now is None:
        return None
    earliest, latest = _asylum_window(sponsor, today)
    if _age_range_at(age_now, today, latest)[1] < MAJORITY_AGE.value:
        return True
    if earliest is not None and _age_range_at(age_now, today, earliest)[0] >= MAJORITY_AGE.value:
        return False
    return None


def _adult_on(age_now: int, today: date, day: date) -> bool | None:
    """Was someone of `age_now` today 18 or older on `day`? None when the age does not tell."""
    youngest, oldest = _age_range_at(age_now, today, day)
    if youngest >= MAJORITY_AGE.value:
        return True
    if oldest < MAJORITY_AGE.value:
        return False
    return None


def _born_before(age_now: int, today: date, day: date) -> bool | None:
    """True if someone `age_now` years old today was certainly born before `day`; False if
    certainly born after it; None when the age does not tell."""
    earliest_birth, latest_birth = _births(age_now, today)
    if latest_birth < day:
        return True
    if earliest_birth > day:
        return False
    return None


def _set(section: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and section.get(key) is None:
        section[key] = value


def _derive_sponsor(sponsor: dict[str, Any], today: date) -> None:
    minor_then = minor_at_asylum(sponsor.get("age"), sponsor, today)
    _set(sponsor, "minor_at_asylum_application", minor_then)
    age, recognised = sponsor.get("age"), sponsor.get("recognition_date")
    if age is not None and recognised is not None:
        # "in de loop van de asielprocedure meerderjarig is geworden" (seed 002): an adult on
        # the day of the recognition, after an application as a minor
        _set(sponsor, "adult_at_recognition", _adult_on(age, today, recognised))
    if sponsor.get("minor_at_asylum_application") is False:
        # "niet-begeleide minderjarige": whoever was an adult at the asylum application was
        # not an unaccompanied minor (art. 10, §1, 7°, seed 001).
        _set(sponsor, "unaccompanied_minor", False)


def _derive_child(case: dict[str, Any], today: date) -> None:
    sponsor, applicant = case["sponsor"], case["applicant"]
    age = applicant.get("age")
    minor_then = minor_at_asylum(age, sponsor, today)
    _set(applicant, "minor_when_sponsor_applied_for_asylum", minor_then)
    recognised = sponsor.get("recognition_date")
    if age is not None and age >= MAJORITY_AGE.value and recognised is not None:
        _set(applicant, "adult_before_sponsor_recognition", _adult_on(age, today, recognised))
    arrival = sponsor.get("arrival_date")
    if applicant.get("relationship") == "child" and age is not None and arrival is not None:
        # "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd
        # vastgesteld" (seed 003): a child born after the arrival cannot have it.
        if _born_before(age, today, arrival) is False:
            _set(applicant, "relationship_predates_arrival", False)


def _derive_partner(applicant: dict[str, Any]) -> None:
    # "wanneer u kunt bewijzen dat uw samenwoning al bestond één jaar voor de aankomst in
    # België" (seed 001): no relationship before the arrival, no cohabitation before it.
    if applicant.get("relationship_predates_arrival") is False:
        _set(applicant, "cohabited_one_year_before_arrival", False)
    if applicant.get("cohabited_one_year_before_arrival") is True:
        _set(applicant, "relationship_predates_arrival", True)


def derive(case: dict[str, Any], today: date) -> tuple[dict[str, Any], list[str]]:
    """Fill in what the given facts decide. Returns (new case, derived dotted paths)."""
    result = copy.deepcopy(case)
    before = {s: dict(result[s]) for s in ("sponsor", "applicant")}
    _derive_sponsor(result["sponsor"], today)
    if result["applicant"].get("relationship") in CHILDREN:
        _derive_child(result, today)
    if result["applicant"].get("relationship") in ("registered_partner", "partner", "spouse"):
        _derive_partner(result["applicant"])
    paths = [f"{s}.{k}" for s in ("sponsor", "applicant") for k in result[s] if k not in before[s]]
    return result, paths
