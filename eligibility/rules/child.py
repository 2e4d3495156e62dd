"""Minor children of the sponsor, of the spouse/partner, or common children (art. 10)."""

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
from eligibility.parameters import MAJORITY_AGE
from eligibility.rules import adult_child, belgian_descendant
from eligibility.rules.custody import sole_custody_document
from eligibility.rules.sponsor_status import (
    adult_sponsor_condition,
    living_together_condition,
    status_condition,
)


def assess_child(f: Facts, bond_document: str = "birth_certificate") -> Outcome:
    """Children (child, stepchild; adopted children whose bond is recognised).

    Dispatches on age and sponsor: descendants of a Belgian follow art. 40ter; children of 18
    or older follow the rules for adult children.
    """
    age = f.applicant("age")
    if age is None:
        return unknown("applicant.age", kind="child")
    partners_in_fact = f.applicant("parent_is_de_facto_partner") is True
    if (
        f.relationship == "stepchild"
        and partners_in_fact
        and (f.belgian or age < MAJORITY_AGE.value)
    ):
        religious = f.applicant("parent_married_religiously") is True
        return _child_of_a_partner_in_fact(bond_document, religious)
    if f.belgian:
        return belgian_descendant.assess_belgian_descendant(f, bond_document)
    if age >= MAJORITY_AGE.value:
        return adult_child.assess_adult_child(f, bond_document)
    return assess_minor_child(f, bond_document)


def _child_of_a_partner_in_fact(bond_document: str, religious: bool = False) -> Outcome:
    """The child of a partner in fact only (a girlfriend, a religious marriage that is no
    official marriage).

    "De kinderen die u ... of uw echtgenoot/echtgenote of partner afzonderlijk kreeg" (seed
    001) are a spouse's or registered partner's; "Als jouw religieus of gewoonterechtelijk
    huwelijk niet als officieel huwelijk geldt, dan kan enkel een humanitair visum worden
    afgeleverd. DVZ erkent in dat geval een 'feitelijke relatie'" (seed 000); "feitelijke
    partners en andere familieleden kunnen u niet in België komen vervoegen via
    gezinshereniging ... (art. 9 en 13)" (seed 001). Panel 19, l3: a husband's son by his
    first wife, with a mosque marriage only, was told "recht op gezinshereniging".
    A Belgian's too: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg,
    moet je ook de huwelijksakte of de akte van het geregistreerd partnerschap tussen je
    (groot)ouder en de Belg voorleggen" (seed 004; panel 98, t5: the son of a Belgian's
    girlfriend was told "recht op gezinshereniging").
    """
    return humanitarian(
        "stepchild_de_facto",
        "other_relative",
        "summary.stepchild_de_facto",
        # seed 000: "enkel recht ... wanneer jouw religieus of gewoonterechtelijk huwelijk ook
        # als officieel huwelijk geldt": then the child is a spouse's (panel 27, a2)
        advice=["stepchild_if_marriage_official"] if religious else [],
        documents=[bond_document],
    )


def custody_condition(f: Facts) -> tuple[Condition, list[str], list[str]]:
    """Hoederecht (seed 001, seed 003).

    "Indien de ouders van de aanvrager gescheiden zijn, moet de gezinshereniger, zijn
    echtgenoot of zijn partner over een hoederecht beschikken. Indien de hoede gedeeld wordt,
    moet de andere houder van het hoederecht met de gezinshereniging instemmen." (seed 003)
    A common child of the couple ("Gemeenschappelijke kinderen van het (echt)paar") needs no
    custody proof, unless a custody was told: then the parents are apart and seed 003 applies.
    Returns the condition, the documents and the facts still needed.
    """
    common = f.applicant("common_child")
    custody = f.applicant("custody")
    # a custody told (sole or shared) means the parents are apart: "Indien de ouders van de
    # aanvrager gescheiden zijn, moet de gezinshereniger ... over een hoederecht beschikken"
    # a common child whose other parent stays behind (a second wife who cannot come: seed
    # 001) leaves that parent: her custody and consent count (panel 54, b5)
    stays = f.applicant("other_parent_stays") is True
    if f.relationship == "child" and common is True and custody is None and not stays:
        return Condition("custody", True, waived=True, why="common_child"), [], []
    if custody is None:
        ask_common = (
            ["applicant.common_child"] if f.relationship == "child" and common is None else []
        )
        return Condition("custody", None), ["custody_proof"], [*ask_common, "applicant.custody"]
    if custody == "none":
        return Condition("custody", False), [], []
    if custody == "sole":
        # no judgment told: what stands in for it is still to prove, no tick (panel 38, g5)
        proven = None if f.applicant("custody_judgment") is False else True
        return Condition("custody", proven), [sole_custody_document(f)], []
    consent = f.applicant("other_parent_consent")
    needed = ["applicant.other_parent_consent"] if consent is None else []
    return (
        Condition("custody", consent),
        ["shared_custody_proof", "other_parent_consent_proof"],
        needed,
    )


def assess_minor_child(f: Facts, bond_document: str = "birth_certificate") -> Outcome:
    """Minderjarig kind (art. 10, §1, 4°).

    "De kinderen die u kreeg met uw echtgenoot/echtgenote of partner, evenals de kinderen die u
    of uw echtgenoot/echtgenote of partner afzonderlijk kreeg, mogen u onder bepaalde
    voorwaarden in België komen vervoegen." Conditions: "jonger zijn dan 18 jaar; alleenstaand
    zijn (ongehuwd); met u komen samenleven onder hetzelfde dak" and the custody rules. (seed
    001) "De aanvrager moet ten laste zijn van de gezinshereniger, zijn echtgenoot of zijn
    partner." (seed 003)
    Polygamy: "Deze beperking is echter niet van toepassing op de kinderen uit een polygaam
    huwelijk (arrest 95/2008 van het Grondwettelijk Hof)." (seed 001)
    """
    custody, custody_docs, needed = custody_condition(f)
    married = f.applicant("married")
    sponsor_adult = adult_sponsor_condition(f)
    conditions = [
        status_condition(f),
        sponsor_adult,
        Condition("child_under_18", True),
        Condition("child_unmarried", None if married is None else not married),
        custody,
        Condition("child_dependent", f.applicant("dependent")),
        living_together_condition(f),
    ]
    advice = ["age_test", "best_interests_child"]
    if f.applicant("age") == MAJORITY_AGE.value - 1 and married is not True:
        # 17 now (and unmarried: a married child has no right to lose; panel 67, l4): the
        # right ends at 18. Seed 003 keeps it only for a child who became adult
        # "tijdens het onderzoek van deze aanvraag" (the asylum application), not after it
        advice.insert(0, "apply_before_child_turns_18")
    if f.applicant("other_spouse_already_in_belgium") is True:
        advice.insert(0, "polygamy_children_keep_right")
    if sponsor_adult.met is False:
        return humanitarian(
            "minor_child",
            "best_interests_child",
            "summary.child_of_minor_sponsor",
            advice=["best_interests_child"],
            documents=[bond_document],
            conditions=conditions,
        )
    if married is True or custody.met is False:
        refused = (
            f.applicant("custody") == "shared" and f.applicant("other_parent_consent") is False
        )
        consent = ["shared_custody_no_consent"] if refused and married is not True else []
        return humanitarian(
            "minor_child",
            "second_order",
            "summary.child_married" if married is True else "summary.child_conditions_not_met",
            advice=[*consent, "second_order_humanitarian", *advice],
            documents=[bond_document, *custody_docs],
            conditions=conditions,
            missing=needed,
            second_order=True,
        )
    if f.applicant("custody") == "shared" and f.applicant("other_parent_consent") is None:
        # "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
        # gezinshereniging instemmen" (seed 003): the right waits on that consent, said at once
        # (panel 46, h4: "recht op gezinshereniging" with the consent still to ask)
        advice.insert(0, "shared_custody_consent_open")
    legal_basis = [S.ART_10]  # seed 003's heading; 4° is the spouse's in seed 001
    if f.applicant("other_spouse_already_in_belgium") is True:
        legal_basis.append(S.GWH_95_2008)
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="minor_child",
        summary="summary.minor_child_fr",
        legal_basis=legal_basis,
        conditions=conditions,
        documents=[bond_document, "unmarried_proof", *custody_docs, "dependency_proof"],
        advice=advice,
        missing=needed,
        art10=True,
        material_conditions=True,
        bond_predates_arrival=f.applicant("relationship_predates_arrival"),
        fee_category="exempt_family",
        minor_child_joining=True,
    )
