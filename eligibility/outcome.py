"""The facts of a case as seen by the rules, and what a relationship rule decides.

`Facts` gives the rules read access to the validated case; `Outcome` is the answer of one
relationship rule (route, legal basis, conditions, documents, advice). Sponsor-level modules
(favourable conditions, fees, deadlines, documents) complete it into the contract output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eligibility import sources as S
from eligibility.dates import add_months
from eligibility.parameters import FAVOURABLE_PERIOD_MONTHS, MAJORITY_AGE

FAMILY_REUNIFICATION = "family_reunification"
HUMANITARIAN_VISA = "humanitarian_visa"
NOT_POSSIBLE = "not_possible"
UNKNOWN = "unknown"
ROUTES = (FAMILY_REUNIFICATION, HUMANITARIAN_VISA, NOT_POSSIBLE, UNKNOWN)
CHANCES = ("high", "medium", "low", "very_low", "unstated")
PROTECTED = ("refugee", "subsidiary_protection")


class Facts:
    """Read-only view on a validated case plus the application date."""

    def __init__(self, case: dict[str, Any], application_date: date) -> None:
        self.case = case
        self.application_date = application_date

    def sponsor(self, key: str) -> Any:
        return self.case["sponsor"].get(key)

    def applicant(self, key: str) -> Any:
        return self.case["applicant"].get(key)

    def fact(self, path: str) -> Any:
        """A fact by dotted path, e.g. `sponsor.age`."""
        section, key = path.split(".", 1)
        return self.case[section].get(key)

    def sponsor_adult(self) -> bool | None:
        """The sponsor is 18 or older: from the age, or because the sponsor was already an
        adult at the asylum application (which lies in the past)."""
        age = self.sponsor("age")
        if age is not None:
            return age >= MAJORITY_AGE.value
        if self.sponsor("minor_at_asylum_application") is False:
            return True
        return None

    @property
    def status(self) -> str | None:
        return self.sponsor("status")

    @property
    def relationship(self) -> str | None:
        return self.applicant("relationship")

    @property
    def protected(self) -> bool:
        """The sponsor is a recognised refugee or has subsidiary protection."""
        return self.status in PROTECTED

    @property
    def belgian(self) -> bool:
        return self.status == "belgian"

    @property
    def recognition_date(self) -> date | None:
        return self.sponsor("recognition_date")

    def months_after_recognition(self, months: int) -> date | None:
        day = self.recognition_date
        return None if day is None else add_months(day, months)

    def favourable_end(self) -> date | None:
        return self.months_after_recognition(FAVOURABLE_PERIOD_MONTHS.value)

    def applicant_minor(self) -> bool | None:
        age = self.applicant("age")
        return None if age is None else age < MAJORITY_AGE.value


@dataclass
class Condition:
    id: str
    met: bool | None
    waived: bool = False
    # Why a waived condition need not be proven: a key of messages.EXEMPTION_WHY.
    why: str | None = None


@dataclass
class Outcome:
    """What one relationship rule decides for a case."""

    route: str
    kind: str
    summary: str
    legal_basis: list[str] = field(default_factory=list)
    chance_situation: str | None = None
    conditions: list[Condition] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    second_order_humanitarian: bool = False
    # Art. 10 right: favourable conditions and art. 10 procedure rules can apply.
    art10: bool = False
    # Means, housing and health insurance are conditions of this right.
    material_conditions: bool = False
    # Whether the family bond existed before the sponsor's arrival (None: not known).
    bond_predates_arrival: bool | None = None
    # Fee category: "exempt_family" (art. 1/1, §2, 3°, first indent), "parents_of_minor"
    # (second indent), "soft_procedure" (seed 000) or None (fee due).
    fee_category: str | None = None
    soft_procedure: bool = False
    minor_child_joining: bool = False
    # The humanitarian file's evidence (documents.HUMANITARIAN_EVIDENCE when None): a
    # situation whose seed asks other elements names its own (siblings of an NBMV, seed 000).
    humanitarian_evidence: list[str] | None = None


def unknown(*paths: str, kind: str = "unknown", summary: str = "summary.unknown") -> Outcome:
    """The route cannot be decided: these facts are still needed."""
    return Outcome(route=UNKNOWN, kind=kind, summary=summary, missing=list(paths))


def humanitarian(
    kind: str,
    situation: str,
    summary: str,
    advice: list[str] | None = None,
    documents: list[str] | None = None,
    conditions: list[Condition] | None = None,
    missing: list[str] | None = None,
    second_order: bool = False,
) -> Outcome:
    """A humanitarian visa (art. 9 and 13): a favour, never a right."""
    return Outcome(
        route=HUMANITARIAN_VISA,
        kind=kind,
        summary=summary,
        legal_basis=[S.ART_9_13],
        chance_situation=situation,
        conditions=conditions or [],
        documents=documents or [],
        advice=advice or [],
        missing=missing or [],
        second_order_humanitarian=second_order,
    )


def not_possible(kind: str, summary: str, advice: list[str], legal_basis: list[str]) -> Outcome:
    return Outcome(
        route=NOT_POSSIBLE, kind=kind, summary=summary, advice=advice, legal_basis=legal_basis
    )
