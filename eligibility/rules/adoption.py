"""De facto adopted children, foreign guardianship or adoption."""

from __future__ import annotations

from eligibility.outcome import Condition, Facts, Outcome, humanitarian, unknown
from eligibility.rules import child


def assess_adoption(f: Facts) -> Outcome:
    """Feitelijk geadopteerde kinderen / kinderen onder buitenlandse voogdij of adoptie.

    "Wanneer je geen juridische band hebt met je ouder/voogd, is er geen recht op
    gezinshereniging." "Deze komen enkel in aanmerking voor gezinshereniging indien de
    buitenlandse voogdij bekrachtigd wordt door een Belgische rechtbank of indien de
    buitenlandse adoptie erkend wordt door de Federale Centrale Autoriteit (FCA) inzake
    adoptie." "In het geval van een feitelijke adoptie of een niet-erkende buitenlandse voogdij
    of adoptie-akte kan een humanitair visum enkel kans op slagen hebben mits een sterk dossier.
    DVZ past een hoge bewijslast toe." (seed 000)
    """
    recognised = f.applicant("legal_bond_recognised")
    if recognised is None:
        needed = ["applicant.age"] if f.applicant("age") is None else []
        return unknown(*needed, "applicant.legal_bond_recognised", kind="adoption")
    if recognised:
        outcome = child.assess_child(f, bond_document="adoption_recognition")
        outcome.conditions.insert(0, Condition("legal_bond_recognised", True))
        return outcome
    docs = ["foreign_guardianship_or_adoption_act", "family_ties_proof", "no_other_carer_proof"]
    advice = ["adoption_get_recognition", "adoption_strengthen"]
    if f.applicant_minor():
        advice.append("best_interests_child")
    return humanitarian(
        "adoption_not_recognised",
        "adoption_not_recognised",
        "summary.adoption_not_recognised",
        advice=advice,
        documents=docs,
        conditions=[Condition("legal_bond_recognised", False)],
    )
