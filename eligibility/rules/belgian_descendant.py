"""Descendants of a Belgian (art. 40ter): children, stepchildren, grandchildren."""

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
from eligibility.parameters import BELGIAN_DESCENDANT_AGE_LIMIT, MAJORITY_AGE
from eligibility.rules.custody import sole_custody_document


def _common_child(f: Facts) -> bool:
    """A child of the Belgian and his partner together: both parents are the couple, so there
    is no other parent whose custody or consent is needed ("Is er een gedeeld recht van
    bewaring? Dan moet de andere ouder toestemmen", seed 004; "Indien de ouders van de
    aanvrager gescheiden zijn", seed 003)."""
    return f.relationship == "child" and f.applicant("common_child") is True


def assess_belgian_descendant(f: Facts, bond_document: str = "birth_certificate") -> Outcome:
    """Kind of kleinkind van een Belg (seed 004).

    "De bloedverwantschap of aanverwantschap met de Belg bewijs je met een geboorte- of
    adoptieakte. Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je
    ook de huwelijksakte of de akte van het geregistreerd partnerschap tussen je (groot)ouder en
    de Belg voorleggen." "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die
    aantonen dat je ten laste bent van de Belg (en zijn echtgenoot of partner)." "Als je
    minderjarig bent moet je bewijzen dat de (groot)ouder die je komt vervoegen, het recht van
    bewaring over je heeft." (seed 004)
    """
    age = f.applicant("age")
    if age is None:
        return unknown("applicant.age", kind="belgian_descendant")
    under_limit = age < BELGIAN_DESCENDANT_AGE_LIMIT.value
    dependent = f.applicant("dependent")
    if not under_limit and dependent is None:
        return unknown("applicant.dependent", kind="belgian_descendant")
    if not under_limit and dependent is False:
        siblings = f.applicant("minor_siblings_applying")
        return humanitarian(
            "adult_child",
            "adult_child_with_minor_siblings" if siblings else "adult_child",
            "summary.belgian_descendant_not_dependent",
            advice=["adult_child_strengthen"],
            documents=[bond_document],
            conditions=[Condition("belgian_descendant_dependent", False)],
            missing=["applicant.minor_siblings_applying"] if siblings is None else [],
        )
    docs = [bond_document]
    if f.relationship == "grandchild":  # the chain of birth certificates (panel 61, g8: "Is de
        docs.append("grandchild_parent_birth_certificate")  # geboorteakte van mijn overleden
        # dochter ook nodig?")
    if f.relationship == "stepchild":  # not the Belgian's own grandchild (panel 29, b5: a
        docs.append("sponsor_marriage_or_partnership_certificate")  # widow's marriage act)
    conditions = [Condition("sponsor_belgian", True)]
    missing: list[str] = []
    advice: list[str] = []
    if under_limit:
        conditions.append(Condition("belgian_descendant_under_21", True))
        if age == BELGIAN_DESCENDANT_AGE_LIMIT.value - 1:  # 20: the proofs of being dependent
            advice.append("dependency_from_21_soon")  # soon (panel 64, h2: never said)
    else:
        conditions.append(Condition("belgian_descendant_dependent", True))
        docs += [
            "bank_statements_6_months",
            "belgian_income_proof",
            "own_lack_of_means_proof",
            "diplomas",
        ]
    if age < MAJORITY_AGE.value and _common_child(f):
        conditions.append(Condition("custody", True, waived=True, why="common_child"))
    elif age < MAJORITY_AGE.value:
        custody = f.applicant("custody")
        if custody is None:
            missing.append("applicant.custody")
            docs.append("custody_proof")
        elif custody == "shared":
            docs.append("other_parent_consent_proof")
        elif custody == "sole":
            docs.append(sole_custody_document(f))
            if f.applicant("parents_deceased_or_missing"):  # a grandchild whose parents died
                docs.append("grandchild_parents_death_certificates")  # (panel 59, g8)
        consent = f.applicant("other_parent_consent") if custody == "shared" else True
        met = None if custody is None else (custody != "none" and consent)
        if custody == "sole" and f.applicant("custody_judgment") is False:
            met = None  # seed 004's attest still to obtain (panel 38, g5: "✔" though the
            # father had disappeared and there was no judgment)
        conditions.append(Condition("custody", met))
        if custody == "shared" and consent is None:
            missing.append("applicant.other_parent_consent")
            # seed 004 "Dan moet de andere ouder toestemmen": said while not known (h4)
            advice.append("shared_custody_consent_open")
    lives_with = f.applicant("lives_with_sponsor")
    conditions.append(Condition("family_cell", True if lives_with else None))
    if not lives_with:
        docs.append("family_cell_proof")
    custody_failed = any(c.id == "custody" and c.met is False for c in conditions)
    if custody_failed:
        return humanitarian(
            "belgian_descendant",
            "second_order",
            "summary.belgian_descendant_no_custody",
            advice=["second_order_humanitarian"],
            documents=[bond_document],
            conditions=conditions,
            second_order=True,
        )
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="belgian_descendant",
        summary="summary.belgian_descendant_fr",
        legal_basis=[S.ART_40TER_2, S.ART_40BIS_2_3],
        conditions=conditions,
        documents=docs,
        missing=missing,
        advice=advice,
        material_conditions=True,
    )
