"""Means of subsistence, housing, health insurance: required, or waived for refugees and
persons with subsidiary protection (the favourable conditions)."""

from __future__ import annotations

from dataclasses import dataclass, field

from eligibility.dates import in_time
from eligibility.outcome import FAMILY_REUNIFICATION, Condition, Facts, Outcome
from eligibility.parameters import (
    FAVOURABLE_PERIOD_NOT_FOR,
    MATERIAL_CONDITIONS_NOT_FOR,
    REFERENCE_INCOME_EUR_PER_MONTH,
)

MATERIAL = ("means_of_subsistence", "housing", "health_insurance")
# the conditions' `why` when none is asked at all (the parents of an unaccompanied minor)
NONE_ASKED = "parents_of_unaccompanied_minor"


@dataclass
class MaterialResult:
    favourable: bool = False
    exempt_from: list[str] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    second_order: bool = False


def favourable_period_applies(f: Facts, outcome: Outcome) -> tuple[bool, list[str]]:
    """Favourable conditions (seed 003, art. 10, §2).

    "De gezinshereniger moet niet bewijzen dat hij over bestaansmiddelen beschikt wanneer de
    afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld en het verzoek tot
    gezinshereniging wordt ingediend binnen het jaar (12 maanden) na de erkenning van de
    vluchtelingenstatus of de toekenning van subsidiaire bescherming door het
    Commissariaat-generaal voor de vluchtelingen en de staatlozen of de Raad voor
    Vreemdelingenbetwistingen." The same sentence is repeated for housing and insurance.

    Returns (applies, facts still needed to know).
    """
    if not (f.protected and outcome.art10 and outcome.route == FAMILY_REUNIFICATION):
        return False, []
    if not favourable_period_covers(outcome):
        return False, []
    missing = []
    end = f.favourable_end()
    if end is None:
        missing.append("sponsor.recognition_date")
    if outcome.bond_predates_arrival is None:
        missing.append("applicant.relationship_predates_arrival")
    if missing:
        return False, missing
    return bool(outcome.bond_predates_arrival and in_time(f.application_date, end)), []


def favourable_period_covers(outcome: Outcome) -> bool:
    """Whether the seeds give this family member the favourable period at all (not the
    disabled adult child: parameters.FAVOURABLE_PERIOD_NOT_FOR)."""
    return outcome.kind not in FAVOURABLE_PERIOD_NOT_FOR.value


def child_joining_alone(f: Facts, outcome: Outcome) -> tuple[bool, list[str]]:
    """ "Anderzijds moet de gezinshereniger niet bewijzen dat hij over bestaansmiddelen beschikt
    indien de aanvrager zijn kind, het kind van zijn echtgenoot, ... of een gemeenschappelijk
    kind is, en dit kind bij hem komt wonen alvorens 18 jaar te zijn en de enige is die zich bij
    de gezinshereniger komt voegen." (seed 003) Not tied to the protection, unlike the 12
    months before it: "De algemene regel is dat de voorwaarden die moeten worden vervuld ...
    door de familieleden van een door België beschermde vreemdeling identiek zijn aan de
    voorwaarden ... door de familieleden van een onderdaan van een derde land." (seed 002; panel
    53, h3: a bus driver with a B card told to prove his income for his son of 14 alone)
    """
    art10_sponsor = f.protected or f.status == "third_country_national"
    if not (art10_sponsor and outcome.art10 and outcome.minor_child_joining):
        return False, []
    alone = f.applicant("joins_alone")
    if alone is None:
        return False, ["applicant.joins_alone"]
    return alone, []


def means_condition(f: Facts) -> tuple[Condition, list[str]]:
    """Stabiele, regelmatige en voldoende bestaansmiddelen; reference amount (seed 004):
    "Als je Belgische (stief)ouder of (stief)grootouder aantoont dat hij een inkomen heeft dat
    gelijk is aan of hoger is dan het wettelijke referentiebedrag, dan hoef je geen bijkomende
    bewijzen toe te voegen" and "Wat als de bestaansmiddelen ... lager zijn dan 1.555,09 euro
    per maand? Geef dan best alle gegevens zodat de DVZ de financiële toestand ... kan
    beoordelen." Below the reference the result is "not known": DVZ does a needs analysis.
    """
    sufficient = f.sponsor("sufficient_means")
    if sufficient is not None:
        return Condition("means_of_subsistence", sufficient), []
    income = f.sponsor("monthly_income")
    if income is None or not f.belgian:
        # The reference amount is seed 004's, for a Belgian sponsor (art. 40ter). For art. 10
        # sponsors the seeds give no amount: the income is to prove, not decided here.
        return Condition("means_of_subsistence", None), []
    if income >= REFERENCE_INCOME_EUR_PER_MONTH.value:
        return Condition("means_of_subsistence", True), []
    return Condition("means_of_subsistence", None), ["means_below_reference"]


def evaluate(f: Facts, outcome: Outcome) -> MaterialResult:
    """Which material conditions apply, which are waived, and what a late request means.

    Late request: "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend
    indien de aanvrager, met documentatie, aantoont dat de klassieke voorwaarden voor een
    gezinshereniging vervuld zijn. De aanvrager die van de gunstigere voorwaarden wenst te
    genieten moet uitleg verschaffen over de redenen die de tijdige indiening van zijn
    visumaanvraag verhinderd hebben." (seed 002)
    """
    result = MaterialResult()
    if getattr(outcome, "soft_procedure", False) and _late(f):
        result.advice.append("religious_marriage_valid_late")
    if outcome.route != FAMILY_REUNIFICATION or not outcome.material_conditions:
        return result
    if outcome.kind in MATERIAL_CONDITIONS_NOT_FOR.value:
        return _none_asked(f, outcome, result)
    result.favourable, result.missing = favourable_period_applies(f, outcome)
    alone, alone_missing = (False, []) if result.favourable else child_joining_alone(f, outcome)
    result.missing += alone_missing
    if result.favourable:
        result.exempt_from = list(MATERIAL)
    elif alone:
        result.exempt_from = ["means_of_subsistence"]
    means, means_advice = means_condition(f)
    found = {
        "means_of_subsistence": means,
        "housing": Condition("housing", f.sponsor("adequate_housing")),
        "health_insurance": Condition("health_insurance", f.sponsor("health_insurance")),
    }
    why = "favourable_period" if result.favourable else "child_joining_alone"
    for name in MATERIAL:
        if name in result.exempt_from:
            result.conditions.append(Condition(name, True, waived=True, why=why))
        else:
            result.conditions.append(found[name])
    if "means_of_subsistence" not in result.exempt_from:
        result.advice += means_advice
    result.advice += _period_advice(f, outcome, result.favourable, alone)
    # seed 000's "in tweede orde" is for means "niet voldoende stabiel, toereikend of
    # regelmatig" (the age is the rules' own): not for a home or an insurance (panel 37, g2)
    if means.met is False and "means_of_subsistence" not in result.exempt_from:
        result.second_order = True
        result.advice.append("second_order_humanitarian")
    return result


def _none_asked(f: Facts, outcome: Outcome, result: MaterialResult) -> MaterialResult:
    """The parents of an unaccompanied minor: art. 10, §2 asks a home, an insurance and the
    means of the family members of 4° to 6° only (parameters.MATERIAL_CONDITIONS_NOT_FOR), so
    all three are waived for good, whatever the date. `favourable` still says whether the
    request falls in the 12 months, as the contract's `favourable_conditions` does for every
    protected sponsor's relative; the conditions' `why` says the waiver does not end."""
    result.favourable = favourable_period_applies(f, outcome)[0]
    result.exempt_from = list(MATERIAL)
    why = NONE_ASKED
    result.conditions = [Condition(name, True, waived=True, why=why) for name in MATERIAL]
    return result


def _period_advice(f: Facts, outcome: Outcome, favourable: bool, alone: bool) -> list[str]:
    """A protected sponsor's relative outside the favourable period: the disabled adult child
    whom no seed gives it, or a request after the 12 months (seed 002)."""
    if not (f.protected and outcome.art10):
        return []
    if not favourable_period_covers(outcome):
        return ["favourable_period_not_for_disabled_adult"]
    late = not favourable and f.favourable_end() is not None
    late = late and not in_time(f.application_date, f.favourable_end())
    if f.applicant("relationship_predates_arrival") is False:
        return []  # a bond after the arrival never had the 12 months: nothing is late, and
        # "leg uit waarom de aanvraag niet op tijd kon" would be wrong (panel 74, h3)
    # A child who became adult during the procedure (C-279/20) has no right left after the
    # 12 months (except force majeure): "recht blijft" of seed 002 is not said to them.
    if late and outcome.kind != "adult_during_procedure_child":
        return ["late_request_only_child" if alone else "late_request"]
    return []


def _late(f: Facts) -> bool:
    """The 12 months after the recognition have passed on the application date.

    "Als jouw religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt" there
    is a right (seed 000); filed after "de datum tot welke de gezinshereniger in aanmerking zou
    kunnen komen voor de gunstiger voorwaarden", it is "enkel erkend indien de aanvrager ...
    aantoont dat de klassieke voorwaarden voor een gezinshereniging vervuld zijn" (seed 002).
    """
    end = f.favourable_end() if f.protected else None
    return end is not None and not in_time(f.application_date, end)
