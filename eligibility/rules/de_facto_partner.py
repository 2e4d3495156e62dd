"""De facto partner, fiancé(e), boyfriend or girlfriend: humanitarian visa only."""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, humanitarian


def assess_de_facto_partner(f: Facts) -> Outcome:
    """Feitelijke partners (seed 000 and seed 001).

    "Uw feitelijke partner zal zich slechts in bepaalde bijzondere omstandigheden met u kunnen
    herenigen in België via een tijdelijke verblijfsvergunning uitgereikt op grond van de
    artikelen 9 en 13 (humanitair visum) of via een visum met het oog op een huwelijk of een
    wettelijke samenwoning." (seed 001)
    "De slaagkansen zijn nog onzekerder als er helemaal geen huwelijk is (bijvoorbeeld enkel een
    verloving) of als er geen gemeenschappelijke kinderen zijn." "Hierbij vormt het bestaan van
    gemeenschappelijke kinderen vaak een cruciaal element." "Verder zijn er ook situaties
    waarbij het niet mogelijk was om een huwelijk af te sluiten. Denk maar aan situaties waarbij
    de familie in het herkomstland het koppel verboden heeft te huwen of LGBTIQ+-koppels ...
    Hierbij is het van belang om deze onmogelijkheid aan te tonen aan de hand van de lokale
    wetgeving of praktijk." (seed 000)
    """
    common = f.applicant("common_child")
    impossible = f.applicant("impossible_to_marry")
    lgbtiq = f.applicant("lgbtiq")
    missing = []
    if common is None:
        missing.append("applicant.common_child")
    if common is not True and impossible is None and lgbtiq is not True:
        missing.append("applicant.impossible_to_marry")
    strengthened = common is True or impossible is True or lgbtiq is True
    docs = ["relationship_evidence"]
    advice = ["marriage_visa_alternative", "common_children_crucial"]
    if not common and f.status != "eu_citizen":  # no seed for an EU citizen's partner: the
        advice[0] = "married_or_registered_right"  # visa to marry, then the right (seed 001)
    if common:
        # "ofwel dat u een gemeenschappelijk kind hebt" (seed 001, the registered partner's
        # stable relationship, art. 10, §1, 5°)
        advice[1:] = ["common_child_strengthens", "common_child_registered_partnership"]
        docs.append("common_child_birth_certificate")
    if impossible or lgbtiq:
        docs.append("impossibility_to_marry_proof")
        advice.append("impossible_to_marry")
    if lgbtiq and f.protected:
        advice.append("lgbtiq_persecution_ground")
    if f.protected:
        # "Ook het feit dat het gezinsleven enkel werd stopgezet door de gedwongen vlucht en dat
        # het gezinsleven niet verdergezet kan worden in het herkomstland is van belang." (000)
        docs.append("asylum_file_statements")
        lived_together = f.applicant("cohabitation_months") != 0  # "we hebben nooit
        # samengewoond": no shared life the flight stopped (panel 61, h15)
        advice += ["partner_forced_flight"] if lived_together else []
        advice.append("asylum_file_statements")
    return humanitarian(
        "de_facto_partner",
        "de_facto_partner_strengthened" if strengthened else "de_facto_partner",
        "summary.de_facto_partner",
        advice=advice,
        documents=docs,
        missing=missing,
    )
