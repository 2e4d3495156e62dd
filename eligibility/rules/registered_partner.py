"""Registered partner: partnership equivalent to marriage, or legally registered partnership."""

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
from eligibility.parameters import (
    PARTNER_MIN_AGE,
    PARTNER_MIN_AGE_COHABITATION_BEFORE_ARRIVAL,
    STABLE_ACQUAINTANCE_MONTHS,
    STABLE_COHABITATION_MONTHS,
    STABLE_MEETINGS_MIN,
    STABLE_MEETINGS_TOTAL_DAYS,
    equivalent_partnership_country,
)
from eligibility.rules import de_facto_partner, spouse
from eligibility.rules.couple_age import couple_age_met
from eligibility.rules.sponsor_status import living_together_condition, status_condition


def partnership_kind(f: Facts) -> str | None:
    """Which partnership the applicant has.

    "Het partnerschap wordt gelijkgesteld met het huwelijk wanneer geregistreerd in een van de
    volgende landen: Denemarken, Duitsland, Finland, IJsland, Noorwegen, Verenigd Koninkrijk en
    Zweden (art. 12 van het KB van 17 mei 2007)." (seed 001)
    The country of registration, when known, decides between the two registered kinds.
    """
    partnership = f.applicant("partnership")
    country = f.applicant("partnership_country")
    if partnership == "none":
        return "none"
    if country is not None:
        if equivalent_partnership_country(country):
            return "equivalent_to_marriage"
        return "legally_registered"
    return partnership


def assess_registered_partner(f: Facts) -> Outcome:
    """ "Uw partner mag u enkel via gezinshereniging vervoegen indien uw partnerschap officieel
    geregistreerd is. De wet onderscheidt twee soorten geregistreerde partnerschappen: het
    partnerschap “gelijkgesteld met het huwelijk” en het “wettelijk geregistreerd
    partnerschap”." "Het gaat hier dus niet om een feitelijke partner." (seed 001)
    """
    kind = partnership_kind(f)
    if kind is None:
        needed = ["applicant.age"] if f.applicant("age") is None else []
        return unknown(*needed, "applicant.partnership", kind="registered_partner")
    if kind == "none":
        return de_facto_partner.assess_de_facto_partner(f)
    if kind == "equivalent_to_marriage":
        return spouse.assess_official_marriage(f, partnership=True)
    return assess_legally_registered_partner(f)


def stable_relationship(f: Facts) -> bool | None:
    """ "U hebt een "stabiele en duurzame" relatie": ofwel minstens 1 jaar onafgebroken
    samengewoond; ofwel elkaar al minstens 2 jaar kennen met regelmatig contact en in de twee
    jaar voorafgaand aan de aanvraag minstens 3 ontmoetingen die samen minstens 45 dagen
    duurden; ofwel een gemeenschappelijk kind. (seed 001)
    """
    a = f.applicant
    if a("stable_relationship_proven") is True or a("common_child") is True:
        return True
    cohabitation = a("cohabitation_months")
    if cohabitation is not None and cohabitation >= STABLE_COHABITATION_MONTHS.value:
        return True
    acquaintance = [
        None
        if a("known_months") is None
        else a("known_months") >= STABLE_ACQUAINTANCE_MONTHS.value,
        a("regular_contact"),
        None if a("meetings_count") is None else a("meetings_count") >= STABLE_MEETINGS_MIN.value,
        None
        if a("meetings_total_days") is None
        else a("meetings_total_days") >= STABLE_MEETINGS_TOTAL_DAYS.value,
    ]
    if all(acquaintance):
        return True
    cohabitation_fails = cohabitation is not None
    acquaintance_fails = any(x is False for x in acquaintance)
    common_fails = a("common_child") is False
    if a("stable_relationship_proven") is False or (
        cohabitation_fails and acquaintance_fails and common_fails
    ):
        return False
    return None


def meetings_enough(meetings: int, total_days: int) -> bool:
    """ "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt ontmoet
    en dat deze ontmoetingen minstens 45 dagen duurden" (seed 001)
    """
    return meetings >= STABLE_MEETINGS_MIN.value and total_days >= STABLE_MEETINGS_TOTAL_DAYS.value


def known_long_enough(known_months: int) -> bool:
    """ "ofwel dat u elkaar al minstens 2 jaar kent en dat u twee bewijzen levert" (seed 001),
    the way of the meetings and the contacts."""
    return known_months >= STABLE_ACQUAINTANCE_MONTHS.value


def unmarried_condition(f: Facts) -> Condition:
    """ "U moet beiden ongehuwd zijn en geen duurzame relatie met een andere persoon hebben."
    (seed 001)
    """
    facts = [
        f.applicant("married"),
        f.sponsor("married"),
        f.applicant("other_lasting_relationship"),
    ]
    if any(x is True for x in facts):
        return Condition("partners_unmarried", False)
    return Condition("partners_unmarried", None if None in facts else True)


def assess_legally_registered_partner(f: Facts) -> Outcome:
    """Wettelijk geregistreerd partnerschap (art. 10, §1, 5°).

    "Uw partnerschap moet wettelijk geregistreerd zijn. ... U bent beiden ouder dan 21 jaar.
    Deze leeftijd wordt teruggebracht tot 18 jaar wanneer u kunt bewijzen dat uw samenwoning al
    bestond één jaar voor de aankomst in België. ... Uw partner komt met u samenleven onder
    hetzelfde dak. U moet beiden ongehuwd zijn en geen duurzame relatie met een andere persoon
    hebben." (seed 001)
    """
    met, missing = couple_age_met(
        f,
        PARTNER_MIN_AGE.value,
        PARTNER_MIN_AGE_COHABITATION_BEFORE_ARRIVAL.value,
        "cohabited_one_year_before_arrival",
    )
    if missing:
        return unknown(*missing, kind="legal_partner")
    stable = stable_relationship(f)
    unmarried = unmarried_condition(f)
    conditions = [
        status_condition(f),
        Condition("partnership_registered", True),
        Condition("partner_age", met),
        Condition("stable_relationship", stable),
        unmarried,
        living_together_condition(f),
    ]
    docs = ["partnership_certificate", "stable_relationship_proof", "unmarried_proof_partners"]
    if met is False or stable is False or unmarried.met is False:
        return humanitarian(
            "legal_partner",
            "second_order",
            "summary.legal_partner_conditions_not_met",
            advice=["second_order_humanitarian"],
            documents=docs,
            conditions=conditions,
            second_order=True,
        )
    basis = [S.ART_40TER_2, S.ART_40BIS_2_2] if f.belgian else [S.ART_10_1_5]
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="legal_partner",
        summary="summary.legal_partner_fr",
        legal_basis=basis,
        conditions=conditions,
        documents=docs,
        art10=not f.belgian,
        material_conditions=True,
        bond_predates_arrival=f.applicant("relationship_predates_arrival"),
        fee_category="exempt_family",
    )
