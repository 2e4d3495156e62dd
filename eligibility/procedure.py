"""Procedure: where to apply, which DVZ office decides, which visa code, procedural advice."""

from __future__ import annotations

from eligibility.dates import in_time
from eligibility.documents import evidence_of
from eligibility.outcome import FAMILY_REUNIFICATION, HUMANITARIAN_VISA, Facts, Outcome

HUMANITARIAN_ADVICE = [
    "humanitarian_is_favour",
    "humanitarian_long_stay_office",
    "humanitarian_tick_form",
    "humanitarian_no_deadline",
    "humanitarian_dependency",
    "humanitarian_no_other_carer",
    "humanitarian_reports",
    "humanitarian_individual_situation",
    "humanitarian_fundamental_rights",
]


# the advice that says what each humanitarian evidence document proves
EVIDENCE_ADVICE = {
    "humanitarian_dependency": "dependency_evidence",
    "humanitarian_no_other_carer": "no_other_carer_proof",
    "humanitarian_reports": "international_organisation_report",
    "humanitarian_individual_situation": "individual_situation_evidence",
}


def humanitarian_advice(outcome: Outcome) -> list[str]:
    """HUMANITARIAN_ADVICE, without the advice on evidence this situation does not ask."""
    evidence = set(evidence_of(outcome))
    return [
        a for a in HUMANITARIAN_ADVICE if a not in EVIDENCE_ADVICE or EVIDENCE_ADVICE[a] in evidence
    ]


def processing_office(outcome: Outcome) -> str | None:
    """ "Het is het bureau Lang Verblijf van de Dienst Vreemdelingenzaken die dergelijke
    aanvragen behandelt (in tegenstelling tot de dienst Gezinshereniging die de gewone
    gezinsherenigingsaanvragen behandelt)." (seed 001) Soft procedure: "De aanvraag zal
    behandeld worden door het bureau gezinshereniging van de DVZ." (seed 000)
    """
    if outcome.route == FAMILY_REUNIFICATION or outcome.soft_procedure:
        return "family_reunification"
    if outcome.route == HUMANITARIAN_VISA:
        return "long_stay"
    return None


def visa_code(outcome: Outcome) -> str | None:
    """ "Op het visum zal de visumcode B17 vermeld staan in plaats van de visumcode B11."
    (seed 000). Only these two codes are in the sources: B11 for an art. 10 family
    reunification visa, B17 for the soft procedure. Other routes: not stated (None).
    """
    if outcome.soft_procedure:
        return "B17"
    if outcome.route == FAMILY_REUNIFICATION and outcome.art10:
        return "B11"
    return None


def procedural_advice(f: Facts, outcome: Outcome, fee_exempt: bool) -> list[str]:
    """Advice ids on how to apply, from seeds 001 and 002."""
    advice: list[str] = []
    protected_request = f.protected and (
        outcome.route == FAMILY_REUNIFICATION and outcome.art10 or outcome.soft_procedure
    )
    if protected_request:
        advice += ["any_belgian_post", "external_service_provider"]
        end = f.favourable_end()
        if end is None or in_time(f.application_date, end):
            advice.append("incomplete_file_accepted")
    if outcome.route == HUMANITARIAN_VISA and not outcome.soft_procedure:
        advice += humanitarian_advice(outcome)
    elif outcome.route == HUMANITARIAN_VISA or outcome.kind == "asylum_seeker_sponsor":
        advice.append("humanitarian_no_deadline")
    if f.applicant("has_travel_document") is False:
        if f.protected:
            advice += ["laissez_passer", "fingerprints"]
        else:
            advice.append("fingerprints")
    if f.belgian and outcome.route == FAMILY_REUNIFICATION:
        advice.append("administrative_fine")
    if f.applicant("official_documents_available") is False and f.protected:
        advice.append("dna_test")  # seed 002's "Bijzondere bepaling": a protected sponsor only
    if outcome.route in (HUMANITARIAN_VISA, "not_possible"):
        advice.append("see_lawyer")
    return advice
