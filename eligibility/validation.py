"""Input validation: the facts a case may hold, their types and values.

`FIELDS` lists every accepted fact as a dotted path, in the order a caseworker would ask them.
The same order sorts `missing_facts` in the output. Contract fields (CONTRACT.md section 4)
come first within each group; project extras are documented in eligibility/README.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from eligibility.dates import parse_iso_date
from eligibility.parameters import MAX_PLAUSIBLE_AGE

# the statuses the NLU tags (`sponsor_status` entity values)
NLU_SPONSOR_STATUSES = (
    "refugee",
    "subsidiary_protection",
    "third_country_national",
    "belgian",
    "eu_citizen",
    "asylum_seeker",
)
# and a temporary stay (a student), read from the user's words by the dialogue
SPONSOR_STATUSES = (*NLU_SPONSOR_STATUSES, "temporary_stay")
RELATIONSHIPS = (
    "spouse",
    "registered_partner",
    "partner",
    "child",
    "stepchild",
    "parent",
    "sibling",
    "grandchild",
    "grandparent",
    "adopted_child",
    "foster_child",
    "other_relative",
)
MARRIAGES = ("official", "religious_or_customary", "none")
PARTNERSHIPS = ("equivalent_to_marriage", "legally_registered", "none")
CUSTODIES = ("sole", "shared", "none")


class ValidationError(ValueError):
    """Invalid input; `field` is the dotted path of the offending fact."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Field:
    path: str
    kind: str  # enum | bool | age | date | count | money | text
    values: tuple[str, ...] = ()
    maximum: int = 0


def _f(path: str, kind: str, values: tuple[str, ...] = (), maximum: int = 0) -> Field:
    return Field(path, kind, values, maximum)


FIELDS: tuple[Field, ...] = (
    _f("application_date", "date"),
    # Route: who is in Belgium, who wants to come, how old.
    _f("sponsor.status", "enum", SPONSOR_STATUSES),
    _f("applicant.relationship", "enum", RELATIONSHIPS),
    _f("applicant.age", "age"),
    _f("sponsor.recognition_date", "date"),
    _f("sponsor.age", "age"),
    _f("sponsor.unaccompanied_minor", "bool"),
    _f("sponsor.minor_at_asylum_application", "bool"),
    _f("sponsor.adult_at_recognition", "bool"),
    # The day a minor turns 18 ("ik word 18 op 3 januari"): the age limit's last day.
    _f("sponsor.majority_date", "date"),
    _f("applicant.majority_date", "date"),
    # The bond itself.
    _f("applicant.marriage", "enum", MARRIAGES),
    _f("applicant.partnership", "enum", PARTNERSHIPS),
    _f("applicant.partnership_country", "text"),
    _f("applicant.legal_bond_recognised", "bool"),
    _f("applicant.disabled", "bool"),
    _f("applicant.minor_when_sponsor_applied_for_asylum", "bool"),
    _f("applicant.adult_before_sponsor_recognition", "bool"),
    _f("applicant.parent_is_de_facto_partner", "bool"),
    _f("applicant.parent_married_religiously", "bool"),
    _f("applicant.another_spouse_applying", "bool"),
    _f("applicant.force_majeure", "bool"),
    _f("applicant.relationship_predates_arrival", "bool"),
    _f("applicant.cohabited_one_year_before_arrival", "bool"),
    _f("applicant.dependent", "bool"),
    _f("applicant.common_child", "bool"),
    _f("applicant.marriage_proof_lost", "bool"),
    _f("applicant.custody", "enum", CUSTODIES),
    _f("applicant.other_parent_consent", "bool"),
    _f("applicant.custody_judgment", "bool"),
    _f("applicant.married", "bool"),
    _f("applicant.other_spouse_already_in_belgium", "bool"),
    _f("applicant.other_parent_stays", "bool"),
    # Siblings of an unaccompanied minor.
    _f("applicant.parents_also_applying", "bool"),
    _f("applicant.half_or_step_sibling", "bool"),
    _f("applicant.own_parent_applying", "bool"),
    _f("applicant.parents_deceased_or_missing", "bool"),
    _f("applicant.parents_alive_not_coming", "bool"),
    # Partners.
    _f("applicant.impossible_to_marry", "bool"),
    _f("applicant.lgbtiq", "bool"),
    _f("applicant.stable_relationship_proven", "bool"),
    _f("applicant.cohabitation_months", "count", maximum=1200),
    _f("applicant.known_months", "count", maximum=1200),
    _f("applicant.regular_contact", "bool"),
    _f("applicant.meetings_count", "count", maximum=1000),
    _f("applicant.meetings_total_days", "count", maximum=1000),
    _f("applicant.other_lasting_relationship", "bool"),
    _f("sponsor.married", "bool"),
    _f("sponsor.widowed", "bool"),  # the partner, the children's other parent, died
    # What strengthens a humanitarian file.
    _f("applicant.minor_siblings_applying", "bool"),
    _f("applicant.elderly", "bool"),
    _f("applicant.isolated", "bool"),
    _f("applicant.medical_needs", "bool"),
    _f("applicant.widowed", "bool"),  # her partner died: his death certificate shows it
    _f("applicant.other_parent_deceased", "bool"),  # a child's other parent died (custody)
    _f("applicant.own_sufficient_means", "bool"),
    # Material conditions and fee.
    _f("applicant.joins_alone", "bool"),
    _f("sponsor.sufficient_means", "bool"),
    _f("sponsor.monthly_income", "money"),
    _f("sponsor.adequate_housing", "bool"),
    _f("sponsor.health_insurance", "bool"),
    # Documents.
    _f("applicant.will_live_together", "bool"),
    _f("applicant.lives_with_sponsor", "bool"),
    _f("applicant.has_travel_document", "bool"),
    _f("applicant.official_documents_available", "bool"),
    # Dates kept for the record (the contract's input; not needed by any rule yet).
    _f("sponsor.arrival_date", "date"),
    _f("sponsor.asylum_application_date", "date"),
)

FIELD_BY_PATH = {f.path: f for f in FIELDS}
ORDER = {f.path: i for i, f in enumerate(FIELDS)}
SECTIONS = ("sponsor", "applicant")


def _check(field: Field, value: Any) -> Any:
    kind = field.kind
    if kind == "enum":
        if not isinstance(value, str) or value not in field.values:
            raise ValidationError(field.path, "must be one of " + ", ".join(field.values))
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValidationError(field.path, "must be true or false")
        return value
    if kind in ("age", "count"):
        top = MAX_PLAUSIBLE_AGE.value if kind == "age" else field.maximum
        ok = not isinstance(value, bool) and (
            isinstance(value, int)
            or (isinstance(value, float) and math.isfinite(value) and value.is_integer())
        )
        if not ok or not 0 <= value <= top:
            raise ValidationError(field.path, f"must be a whole number between 0 and {top}")
        return int(value)
    if kind == "money":
        ok = not isinstance(value, bool) and isinstance(value, (int, float, Decimal))
        if not ok or not math.isfinite(value) or value < 0 or value > 10_000_000:
            raise ValidationError(field.path, "must be an amount in euro between 0 and 10000000")
        return Decimal(str(value))
    if kind == "date":
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if not isinstance(value, str):
            raise ValidationError(field.path, "must be a date written as YYYY-MM-DD")
        try:
            return parse_iso_date(value)
        except ValueError as error:
            raise ValidationError(field.path, str(error)) from None
    # text
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise ValidationError(field.path, "must be a non-empty text of at most 100 characters")
    return value.strip()


def validate_case(case: Any) -> dict[str, Any]:
    """Check a case and return a normalised copy (dates as `datetime.date`).

    Unknown keys, unknown enum values, impossible dates, negative/non-integer/absurd ages and
    wrong types raise `ValidationError` naming the dotted field. Unknown facts are left out.
    """
    if not isinstance(case, dict):
        raise ValidationError("input", "must be a JSON object")
    result: dict[str, Any] = {"sponsor": {}, "applicant": {}}
    for key, value in case.items():
        if key in SECTIONS:
            if value is None:
                continue
            if not isinstance(value, dict):
                raise ValidationError(key, "must be an object")
            for sub, subvalue in value.items():
                path = f"{key}.{sub}"
                field = FIELD_BY_PATH.get(path)
                if field is None:
                    raise ValidationError(path, "unknown field")
                if subvalue is None:
                    continue  # null means: not known
                result[key][sub] = _check(field, subvalue)
        elif key == "application_date":
            if value is not None:
                result[key] = _check(FIELD_BY_PATH[key], value)
        else:
            raise ValidationError(str(key), "unknown field")
    _check_consistency(result)
    return result


def _check_consistency(case: dict[str, Any]) -> None:
    applicant = case["applicant"]
    if applicant.get("parents_alive_not_coming") is True and (
        applicant.get("parents_also_applying") is True
        or applicant.get("parents_deceased_or_missing") is True
    ):
        raise ValidationError(
            "applicant.parents_alive_not_coming",
            "contradicts parents_also_applying or parents_deceased_or_missing",
        )


def check_dates_against(case: dict[str, Any], application_date: date) -> None:
    """Dates of the past cannot lie after the application date."""
    for sub in ("recognition_date", "arrival_date", "asylum_application_date"):
        day = case["sponsor"].get(sub)
        if day is not None and day > application_date:
            raise ValidationError(f"sponsor.{sub}", "must not be after the application date")
