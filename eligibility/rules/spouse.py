"""Spouse (echtgeno(o)t(e)), including polygamy and religious or customary marriages."""

from __future__ import annotations

from eligibility import sources as S
from eligibility.outcome import (
    FAMILY_REUNIFICATION,
    Condition,
    Facts,
    Outcome,
    humanitarian,
    not_possible,
    unknown,
)
from eligibility.parameters import (
    BELGIAN_SPOUSE_MIN_AGE,
    SPOUSE_MIN_AGE,
    SPOUSE_MIN_AGE_MARRIAGE_BEFORE_ARRIVAL,
)
from eligibility.rules import de_facto_partner
from eligibility.rules.couple_age import couple_age_met
from eligibility.rules.sponsor_status import living_together_condition, status_condition


def assess_spouse(f: Facts) -> Outcome:
    """Echtgenoot of echtgenote (art. 10, §1, 4°; for a Belgian art. 40ter).

    "Indien u getrouwd bent of uw partnerschap is "gelijkgesteld met het huwelijk", dan mag uw
    echtgenoot/echtgenote of partner u in België komen vervoegen onder de volgende voorwaarden
    (art. 10 § 1, 4°): U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot
    18 jaar wanneer uw huwelijk al bestond vóór de aankomst in België. Uw echtgenoot/echtgenote
    of partner komt met u samenleven onder hetzelfde dak." (seed 001)
    """
    marriage = f.applicant("marriage")
    if f.applicant("other_spouse_already_in_belgium") is True and marriage != "none":
        return _polygamous_spouse()  # whatever the marriage: one spouse only (seed 001)
    if marriage is None:
        if f.applicant("age") is None:
            return unknown("applicant.age", "applicant.marriage", kind="spouse")
        return _marriage_to_check()
    if marriage == "none":
        return de_facto_partner.assess_de_facto_partner(f)
    if marriage == "religious_or_customary" and f.applicant("another_spouse_applying") is True:
        # a second wife by a religious marriage beside a wife who comes: no soft procedure of
        # seed 000 for her (panel 28, a2: B17 and "dan heeft zij wel recht"); a humanitarian
        # visa, with its fee (seed 002: "De andere familieleden ... moeten een retributie
        # betalen"; panel 41, g1: "geen bijdrage" for the whole family)
        return _second_wife_humanitarian()
    if marriage == "religious_or_customary":
        return assess_religious_marriage(f)
    return assess_official_marriage(f, partnership=False)


def _marriage_to_check() -> Outcome:
    """The kind of marriage is not known (the user did not know what to answer): "Als
    echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw religieus of
    gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land waar het werd
    afgesloten. [...] Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel
    huwelijk geldt, dan kan enkel een humanitair visum worden afgeleverd." (seed 000)"""
    return unknown("applicant.marriage", kind="spouse", summary="summary.marriage_to_check")


def _second_wife_humanitarian() -> Outcome:
    """ "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België komen via
    gezinshereniging." "Familieleden die niet binnen een van deze categorieën vallen ...
    kunnen eventueel een voorlopige toelating tot verblijf aanvragen op grond van de artikelen
    9 en 13 (humanitair visum)." "In de praktijk wordt slechts uitzonderlijk een humanitair
    visum toegekend." (seed 001)"""
    return humanitarian(
        "polygamous_spouse",
        "polygamous_second_spouse",
        "summary.polygamy_another_spouse",
        advice=[
            "polygamy_one_spouse",
            "polygamy_other_spouse",
            "polygamy_children_keep_right",
            "humanitarian_dependency",
            "see_lawyer",
        ],  # fmt: skip
        documents=["dependency_evidence"],
    )


def _polygamous_spouse(summary: str = "summary.polygamy_second_spouse") -> Outcome:
    """ "Het polygaam huwelijk wordt in België niet erkend. Indien u meerdere echtgenotes
    hebt, mag er maar één echtgenote naar België komen via gezinshereniging." (seed 001)
    A second wife who comes beside the first: "Familieleden die niet binnen een van deze
    categorieën vallen ... kunnen eventueel een voorlopige toelating tot verblijf aanvragen op
    grond van de artikelen 9 en 13 (humanitair visum)." (seed 001)"""
    another = summary == "summary.polygamy_another_spouse"
    other = ["polygamy_other_spouse"] if another else ["polygamy_second_spouse_humanitarian"]
    return not_possible(
        "polygamous_spouse",
        summary,
        ["polygamy_one_spouse", *other, "polygamy_children_keep_right", "see_lawyer"],
        [S.ART_10_1_4],
    )


def assess_official_marriage(f: Facts, partnership: bool) -> Outcome:
    """Official marriage or partnership "gelijkgesteld met het huwelijk".

    Polygamy: "Het polygaam huwelijk wordt in België niet erkend. Indien u meerdere echtgenotes
    hebt, mag er maar één echtgenote naar België komen via gezinshereniging." (seed 001)
    A valid marriage whose certificate DVZ cannot recognise: "In dat geval is gezinshereniging
    wel mogelijk wanneer ‘andere geldige bewijzen’ worden voorgelegd." (seed 000)
    """
    kind = "equivalent_partner" if partnership else "spouse"
    if f.applicant("other_spouse_already_in_belgium") is True:
        return _polygamous_spouse()
    if f.belgian:
        min_age = reduced = BELGIAN_SPOUSE_MIN_AGE.value
        met, missing = couple_age_met(f, min_age, reduced, None)
        age_id = "belgian_spouse_age_21"
        basis = [S.ART_40TER_2, S.ART_40BIS_2_1]
    else:
        met, missing = couple_age_met(
            f,
            SPOUSE_MIN_AGE.value,
            SPOUSE_MIN_AGE_MARRIAGE_BEFORE_ARRIVAL.value,
            "relationship_predates_arrival",
        )
        age_id = "spouse_age"
        basis = [S.ART_10_1_4]
    if missing:
        return unknown(*missing, kind=kind)
    bond = Condition("partnership_equivalent" if partnership else "official_marriage", True)
    age = Condition(age_id, met)
    one_spouse = f.applicant("other_spouse_already_in_belgium")
    conditions = [
        status_condition(f),
        bond,
        age,
        Condition("one_spouse_only", None if one_spouse is None else not one_spouse),
        living_together_condition(f),
    ]
    if not met:
        return humanitarian(
            kind,
            "second_order",
            "summary.spouse_age_not_met",
            advice=["second_order_humanitarian", "spouse_age_rule"],
            documents=["partnership_certificate" if partnership else "marriage_certificate"],
            conditions=conditions,
            second_order=True,
        )
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind=kind,
        summary="summary.spouse_fr",
        legal_basis=basis,
        conditions=conditions,
        documents=["partnership_certificate" if partnership else "marriage_certificate"],
        art10=not f.belgian,
        material_conditions=True,
        bond_predates_arrival=f.applicant("relationship_predates_arrival"),
        fee_category="exempt_family",
    )


def assess_religious_marriage(f: Facts) -> Outcome:
    """Religious or customary marriage that is not an official marriage where concluded.

    "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk geldt, dan
    kan enkel een humanitair visum worden afgeleverd. DVZ erkent in dat geval een ‘feitelijke
    relatie’." (seed 000)
    For a protected sponsor: "Je kan de aanvraag dan toch indienen als een aanvraag voor een
    visum gezinshereniging (artikel 10 Verblijfwet). Er moet geen administratieve bijdrage voor
    het humanitair visum betaald worden. De aanvraag zal behandeld worden door het bureau
    gezinshereniging van de DVZ. ... Op het visum zal de visumcode B17 vermeld staan in plaats
    van de visumcode B11." (seed 000)
    """
    # "Dit kan nagegaan worden aan de hand van de wetgeving van dit land of specifieke
    # landeninformatie." (seed 000): whether it counts is still to check, not "not met"
    conditions = [Condition("official_marriage", None)]
    no_proof = f.applicant("marriage_proof_lost") is True  # nothing to show of the marriage
    docs = [*([] if no_proof else ["religious_marriage_proof"]), "relationship_evidence"]
    common = f.applicant("common_child")
    if common:
        docs.append("common_child_birth_certificate")
    # "Als je geen enkel bewijs kan voorleggen van je reeds bestaande huwelijksband is een
    # aanvraag voor een visum gezinshereniging in de praktijk niet mogelijk. Er kan dan enkel
    # een humanitair visum worden gevraagd. De slaagkansen zijn in dit geval veel onzekerder."
    # (seed 000): no soft procedure (a family-reunification request) without any proof
    # the chance of the visa is that of the 'feitelijke relatie' DVZ recognises, soft procedure
    # or not: "DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een
    # bewezen feitelijke relatie", "nog onzekerder ... als er geen gemeenschappelijke kinderen
    # zijn" (seed 000; panels 75 and 78: "kans redelijk" read as overstated)
    situation = (
        "religious_marriage_common_child" if common else "religious_marriage_no_common_child"
    )
    check = "religious_marriage_check_law" if _old_enough(f) else "religious_marriage_check_law_age"
    if f.protected and not no_proof:
        # "DVZ erkent in dat geval een ‘feitelijke relatie’" and for that relation: "Indien
        # jouw partner internationale bescherming geniet, zullen ook de relevante verklaringen
        # tijdens het persoonlijk onderhoud met het CGVS in de asielprocedure belangrijk zijn."
        docs.append("asylum_file_statements")
        outcome = humanitarian(
            "religious_marriage_soft",
            "religious_marriage_soft",
            "summary.religious_marriage_soft",
            advice=[
                check,
                "soft_procedure",
                "b17_renewal",
                "common_children_crucial",
            ],
            documents=docs,
            conditions=conditions,
        )
        outcome.legal_basis = [S.ART_9_13, S.ART_10]
        outcome.soft_procedure = True
        outcome.fee_category = "soft_procedure"
        return outcome
    if f.protected:  # seed 000 "Feitelijke partners": "Indien jouw partner internationale
        docs.append("asylum_file_statements")  # bescherming geniet, zullen ook de relevante
        # verklaringen tijdens het persoonlijk onderhoud met het CGVS ... belangrijk zijn."
    return humanitarian(
        "religious_marriage",
        situation,
        "summary.religious_marriage",
        advice=[check, "common_children_crucial"],
        documents=docs,
        conditions=conditions,
        missing=["applicant.common_child"] if common is None else [],
    )


def _old_enough(f: Facts) -> bool:
    """Whether the couple would meet the age condition if the marriage counted as official:
    "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar wanneer uw
    huwelijk al bestond vóór de aankomst in België." (seed 001; panel 103, y4: a bride of 20
    told "Dan heeft je vrouw wel recht op gezinshereniging")."""
    ages = [a for a in (f.applicant("age"), f.sponsor("age")) if a is not None]
    if f.belgian:
        return not any(a < BELGIAN_SPOUSE_MIN_AGE.value for a in ages)
    if any(a < SPOUSE_MIN_AGE_MARRIAGE_BEFORE_ARRIVAL.value for a in ages):
        return False
    before = f.applicant("relationship_predates_arrival") is True
    return before or not any(a < SPOUSE_MIN_AGE.value for a in ages)
