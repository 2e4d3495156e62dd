"""The age condition for couples: both 21, or 18 when the bond predates the arrival."""

from __future__ import annotations

from eligibility.outcome import Facts


def couple_age_met(
    f: Facts, min_age: int, reduced_age: int, reduction_fact: str | None
) -> tuple[bool | None, list[str]]:
    """Return (met, facts still needed) for "beiden ouder dan `min_age` jaar".

    The age drops to `reduced_age` when the applicant's fact `reduction_fact` is true
    (e.g. the marriage existed before the arrival in Belgium). Both ages must be known; an
    age under `reduced_age` fails whatever the other facts.
    """
    ages = {"applicant.age": f.applicant("age"), "sponsor.age": f.sponsor("age")}
    if any(a is not None and a < reduced_age for a in ages.values()):
        return False, []
    missing = [path for path, age in ages.items() if age is None]
    if missing:
        return None, missing
    if min(ages.values()) >= min_age:
        return True, []
    if reduction_fact is None:
        return False, []
    reduced = f.applicant(reduction_fact)
    if reduced is None:
        return None, [f"applicant.{reduction_fact}"]
    return reduced, []
