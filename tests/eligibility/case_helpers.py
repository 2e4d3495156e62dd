"""Builders for eligibility test cases (imported by the test files of this folder)."""

from __future__ import annotations

from typing import Any

from eligibility import assess

APPLICATION_DATE = "2026-01-15"


def case(
    status: str | None = "refugee",
    relationship: str | None = "child",
    application_date: str | None = APPLICATION_DATE,
    sponsor: dict[str, Any] | None = None,
    **applicant: Any,
) -> dict[str, Any]:
    """A case; keyword arguments are applicant facts, `sponsor` holds sponsor facts."""
    s: dict[str, Any] = {} if status is None else {"status": status}
    s.update(sponsor or {})
    a: dict[str, Any] = {} if relationship is None else {"relationship": relationship}
    a.update(applicant)
    result: dict[str, Any] = {"sponsor": s, "applicant": a}
    if application_date is not None:
        result["application_date"] = application_date
    return result


def run(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return assess(case(*args, **kwargs))


def condition(result: dict[str, Any], id_: str) -> dict[str, Any]:
    matches = [c for c in result["conditions"] if c["id"] == id_]
    assert matches, f"no condition {id_} in {[c['id'] for c in result['conditions']]}"
    return matches[0]


def doc_ids(result: dict[str, Any]) -> list[str]:
    return [d["id"] for d in result["documents"]]


def advice_ids(result: dict[str, Any]) -> list[str]:
    return [a["id"] for a in result["advice"]]


def deadline(result: dict[str, Any], id_: str) -> dict[str, Any]:
    matches = [d for d in result["deadlines"] if d["id"] == id_]
    assert matches, f"no deadline {id_}"
    return matches[0]


# A protected sponsor recognised on 2025-03-03, adult, facts usually known.
RECOGNISED = {"age": 34, "recognition_date": "2025-03-03"}
