"""A sponsor who is still an asylum seeker: no right to family reunification yet, a
humanitarian visa is possible now."""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, humanitarian

# The proof of the bond for a partner (seed 000: a marriage, "concrete feitelijke bewijzen of
# bijvoorbeeld het bestaan van gemeenschappelijke kinderen"; seed 001: the registered
# partnership); other relatives show that they are family (birth certificates).
BOND_DOCUMENTS = {
    "spouse": "spouse_bond_proof",
    "registered_partner": "partnership_certificate",
    "partner": "relationship_evidence",
}


def assess_asylum_seeker(f: Facts) -> Outcome:
    """Reunification needs a recognised status.

    "Een meerderjarige vreemdeling aan wie België de vluchtelingenstatus of subsidiaire
    bescherming heeft toegekend kan, onder bepaalde voorwaarden, vervoegd worden door ..."
    (seed 002) and "De gezinshereniger moet in België over de status van beschermde vreemdeling
    beschikken en moet er legaal verblijven." (seed 003). An asylum seeker has neither yet. The
    family can apply once the status is granted; the 12-month period then starts. A humanitarian
    visa is possible for the family of other third-country nationals too: "Uiteraard kunnen ook
    familieleden van andere derdelanders of familieleden van Belgen in aanmerking komen voor een
    humanitair visum." (seed 000); "In de praktijk wordt slechts uitzonderlijk een humanitair
    visum toegekend." (seed 001)
    """
    return humanitarian(
        "asylum_seeker_sponsor",
        "family_of_asylum_seeker",
        "summary.asylum_seeker",
        advice=["asylum_seeker_wait", "asylum_seeker_humanitarian_exception", "see_lawyer"],
        documents=[BOND_DOCUMENTS.get(f.relationship, "family_link_proof")],
    )
