"""The documents checklist of a case: only what this case needs.

"Moet je altijd alle documenten overmaken? Dat hangt af van de voorwaarden die op jou van
toepassing zijn. Als je vrijgesteld bent van een voorwaarde, dan moet je dat document niet
voorleggen." (seed 004)
"""

from __future__ import annotations

from eligibility.favourable_conditions import MaterialResult
from eligibility.outcome import FAMILY_REUNIFICATION, HUMANITARIAN_VISA, Facts, Outcome

# Foreign civil-status acts: they need legalisation/apostille and maybe a sworn translation.
CIVIL_ACTS = {
    "marriage_certificate",
    "spouse_bond_proof",
    "partnership_certificate",
    "birth_certificate",
    "adoption_recognition",
    "sponsor_birth_certificate",
    "sponsor_marriage_or_partnership_certificate",
    "foreign_guardianship_or_adoption_act",
    "family_link_proof",
    "common_child_birth_certificate",
    "religious_marriage_proof",
    "unmarried_proof",
    "unmarried_proof_partners",
    "custody_sole_judgment",
    "shared_custody_proof",
}

MATERIAL_DOCUMENTS = {
    "means_of_subsistence": "means_proof",
    "housing": "housing_proof",
    "health_insurance": "health_insurance_proof",
}

HUMANITARIAN_EVIDENCE = [
    "dependency_evidence",
    "no_other_carer_proof",
    "international_organisation_report",
    "individual_situation_evidence",
]


def evidence_of(outcome: Outcome) -> list[str]:
    """The humanitarian evidence of seed 001 ("bewijzen dat uw familielid afhankelijk van u is
    ... dat geen enkel ander familielid voor het betrokken familielid kan zorgen ... een rapport
    van een internationale organisatie"), unless the situation's own seed says what counts."""
    if outcome.humanitarian_evidence is None:
        return list(HUMANITARIAN_EVIDENCE)
    return list(outcome.humanitarian_evidence)


def identity_documents(f: Facts) -> list[str]:
    """Travel document or other proof of identity.

    Protected sponsor (seed 002): "Indien de aanvrager daadwerkelijk geen geldig reisdocument
    kan voorleggen kan hij zijn visumaanvraag indienen, maar hij moet zijn identiteit met andere
    bewijsmiddelen aantonen." Belgian sponsor (seed 004): "Maar je mag het bewijs van je
    identiteit ook leveren met: een vervallen paspoort ... enig ander bewijs van je identiteit".
    """
    has_document = f.applicant("has_travel_document")
    if has_document is False and f.protected:
        return ["identity_other_evidence"]
    if has_document is False and f.belgian:
        return ["identity_alternative_proof"]
    if f.protected:
        # "is de afwezigheid van een reisdocument geen onoverkomelijk obstakel" (seed 002)
        return ["travel_document_protected"]
    return ["travel_document"]


def sponsor_documents(f: Facts) -> list[str]:
    """ "De beslissing van het Commissariaat-generaal voor de vluchtelingen en de staatlozen of
    de Raad voor Vreemdelingenbetwistingen om de vluchtelingenstatus te erkennen of subsidiaire
    bescherming toe te kennen, voorleggen, evenals een kopie van de verblijfstitel." (seed 003)
    """
    if f.protected:
        return ["sponsor_protection_decision"]
    if f.status == "third_country_national":
        return ["sponsor_residence_permit"]
    return []


def checklist(f: Facts, outcome: Outcome, material: MaterialResult, fee_exempt: bool) -> list[str]:
    """Document ids for this case, in the order of a file."""
    if outcome.route not in (FAMILY_REUNIFICATION, HUMANITARIAN_VISA):
        return []
    humanitarian = outcome.route == HUMANITARIAN_VISA and not outcome.soft_procedure
    docs = ["visa_application_form_humanitarian" if humanitarian else "visa_application_form"]
    eu_family = f.status == "eu_citizen" and outcome.route == FAMILY_REUNIFICATION
    if not fee_exempt and not eu_family:  # whether they pay is in no seed (panel 36, h5)
        docs.append("fee_payment_proof")
    docs += identity_documents(f)
    docs += [
        f"{d}_humanitarian" if humanitarian and d == "sponsor_residence_permit" else d
        for d in sponsor_documents(f)
    ]
    docs += outcome.documents
    if f.applicant("official_documents_available") is False and (f.protected or f.belgian):
        docs += ["explanation_no_official_document", "other_valid_evidence"]
    for condition in material.conditions:
        if not condition.waived:
            docs.append(MATERIAL_DOCUMENTS[condition.id])
    if outcome.route == FAMILY_REUNIFICATION and outcome.art10 and f.relationship != "parent":
        # seed 003 asks it of "Het minderjarige kind"; no seed names it for the parents of an
        # unaccompanied minor (panel 127, n4: cited as art. 10 to the mother, C)
        docs.append("public_health_certificate")
    if humanitarian:
        docs += evidence_of(outcome)
    if any(d in CIVIL_ACTS for d in docs):
        docs.append("legalisation_and_translation")
    unique: list[str] = []
    for d in docs:
        if d not in unique:
            unique.append(d)
    return unique
