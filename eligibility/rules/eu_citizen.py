"""Family members of an EU citizen (art. 40bis): NOT covered by the seed texts.

The five source texts say nothing about EU citizens. This rule gives a cautious answer from
art. 40bis (spouse/partner, descendants under 21 or dependent, dependent ascendants), sets every
condition to "not known" and always advises a lawyer. See README.
"""

from __future__ import annotations

from eligibility import sources as S
from eligibility.outcome import (
    FAMILY_REUNIFICATION,
    Condition,
    Facts,
    Outcome,
    humanitarian,
    unknown,
)
from eligibility.parameters import BELGIAN_DESCENDANT_AGE_LIMIT
from eligibility.rules import de_facto_partner

_ADVICE = ["eu_citizen_not_in_sources", "see_lawyer"]


def assess_eu_family_member(f: Facts) -> Outcome:
    """Art. 40bis, §2: echtgenoot/partner, afstammelingen jonger dan 21 jaar of ten laste,
    bloedverwanten in opgaande lijn ten laste. (Not in the seeds.)"""
    rel = f.relationship
    basis = None
    if rel == "spouse":
        if f.applicant("marriage") is None:
            return unknown("applicant.marriage", kind="eu_family_member")
        if f.applicant("marriage") == "official":
            basis = S.ART_40BIS_2_1
    elif rel == "registered_partner":
        if f.applicant("partnership") is None and f.applicant("partnership_country") is None:
            return unknown("applicant.partnership", kind="eu_family_member")
        if f.applicant("partnership") != "none":
            basis = S.ART_40BIS_2_2
    elif rel in ("child", "stepchild", "grandchild", "adopted_child", "foster_child"):
        if rel in ("adopted_child", "foster_child") and not f.applicant("legal_bond_recognised"):
            if f.applicant("legal_bond_recognised") is None:
                return unknown("applicant.legal_bond_recognised", kind="eu_family_member")
        else:
            age = f.applicant("age")
            if age is None:
                return unknown("applicant.age", kind="eu_family_member")
            dependent = f.applicant("dependent")
            if age >= BELGIAN_DESCENDANT_AGE_LIMIT.value and dependent is None:
                return unknown("applicant.dependent", kind="eu_family_member")
            if age < BELGIAN_DESCENDANT_AGE_LIMIT.value or dependent:
                basis = S.ART_40BIS_2_3
    elif rel in ("parent", "grandparent"):
        dependent = f.applicant("dependent")
        if dependent is None:
            return unknown("applicant.dependent", kind="eu_family_member")
        if dependent:
            basis = S.ART_40BIS_2_4
    if (
        rel == "partner"
        or (rel == "spouse" and f.applicant("marriage") == "none")
        or (rel == "registered_partner" and f.applicant("partnership") == "none")
    ):
        outcome = de_facto_partner.assess_de_facto_partner(f)
        outcome.advice = _ADVICE + outcome.advice
        return outcome
    if basis is None:
        return humanitarian(
            "eu_other_relative",
            "other_relative",
            "summary.eu_citizen_other",
            advice=list(_ADVICE),
            documents=["family_link_proof"],
        )
    # a child of one partner: the other parent's consent, as the seeds say it for other
    # families, to be confirmed for an EU citizen's (panel 37, g5)
    consent = ["eu_custody_consent"] if _child_of_one_partner(f) else []
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="eu_family_member",
        summary="summary.eu_citizen_fr",
        legal_basis=[basis],
        conditions=[Condition("eu_conditions_to_check", None)],
        documents=["family_link_proof"],
        advice=consent + list(_ADVICE),
    )


def _child_of_one_partner(f: Facts) -> bool:
    """A minor stepchild, or a minor child whose custody is shared or told (seed 001: "Kinderen
    enkel van één echtgenoot/echtgenote of partner")."""
    if f.applicant_minor() is not True:
        return False
    return f.relationship == "stepchild" or f.applicant("custody") is not None
