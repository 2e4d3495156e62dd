"""The administrative fee (retributie, art. 1/1 Vreemdelingenwet) and its exemptions."""

from __future__ import annotations

from eligibility.outcome import FAMILY_REUNIFICATION, Facts, Outcome


def fee_exempt(f: Facts, outcome: Outcome) -> bool:
    """Art. 1/1, §2, 3° (seed 002) and the soft procedure of seed 000.

    "De volgende personen betalen geen retributie: de echtgenoot, de gelijkgestelde of
    wettelijke partner en de minderjarige kinderen van een vreemdeling aan wie België de
    vluchtelingenstatus of subsidiaire bescherming heeft toegekend; de vader en de moeder van
    een vreemdeling aan wie België de vluchtelingenstatus of subsidiaire bescherming heeft
    toegekend, indien deze vreemdeling op het moment van de indiening van zijn asielaanvraag
    minder dan 18 jaar oud was. Deze vrijstelling is ook van toepassing indien [hij] in de loop
    van de asielprocedure meerderjarig is geworden en de visumaanvraag binnen de drie maanden
    na de erkenning ... wordt ingediend." "De andere familieleden ... moeten een retributie
    betalen. Het gaat met name om zijn meerderjarige kinderen, de meerderjarige broers en zussen
    van een minderjarige beschermde vreemdeling of de vader of de moeder van een meerderjarige
    beschermde vreemdeling." (seed 002)
    Religious marriage, protected sponsor: "Er moet geen administratieve bijdrage voor het
    humanitair visum betaald worden." (seed 000)

    The parents' route (rules/parents.py) already requires the 3-month limit for a sponsor who
    became adult during the procedure, so a decided parents' route is always exempt.
    """
    if outcome.soft_procedure:
        return True
    own_minor = f.protected and f.relationship == "child" and f.applicant_minor() is True
    if own_minor and outcome.second_order_humanitarian:
        return True  # "de minderjarige kinderen van een vreemdeling aan wie België de
        # vluchtelingenstatus ... heeft toegekend", in a family reunification request with a
        # humanitarian visa in second order (seed 000); panel 27, b5: a fee for the refugee's
        # daughter of 15 whose other parent does not consent
    if (
        f.protected
        and f.relationship in ("spouse", "registered_partner")
        and (f.applicant("marriage") in (None, "official"))
    ):
        return True  # "de echtgenoot, de gelijkgestelde of wettelijke partner ... van een
        # vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend" (seed 002),
        # also on a humanitarian visa for now, before both are 21 (rounds 121-122, u4)
    if not (f.protected and outcome.art10 and outcome.route == FAMILY_REUNIFICATION):
        return False
    return outcome.fee_category in ("exempt_family", "parents_of_minor")
