"""Conditions on the sponsor (the family member in Belgium) shared by art. 10 relationships."""

from __future__ import annotations

from eligibility.outcome import Condition, Facts
from eligibility.parameters import MAJORITY_AGE


def status_condition(f: Facts) -> Condition:
    """Status en verblijf van de gezinshereniger.

    "De gezinshereniger moet in België over de status van beschermde vreemdeling beschikken en
    moet er legaal verblijven." (seed 003)
    """
    if f.protected:
        return Condition("sponsor_protected_status", True)
    if f.belgian:
        return Condition("sponsor_belgian", True)
    return Condition("sponsor_legal_residence", None)


def adult_sponsor_condition(f: Facts) -> Condition:
    """ "Een meerderjarige vreemdeling aan wie België de vluchtelingenstatus of subsidiaire
    bescherming heeft toegekend kan, onder bepaalde voorwaarden, vervoegd worden door ..."
    (seed 002, art. 10, §1, 4° tot 6°)
    Known from the sponsor's age, from an asylum application made as an adult, or because the
    sponsor is the parent of a child who is an adult (a parent is older than the child).
    """
    adult = f.sponsor_adult()
    child_age = f.applicant("age")
    if adult is None and f.relationship == "child" and child_age is not None:
        adult = True if child_age >= MAJORITY_AGE.value else None
    return Condition("sponsor_adult", adult)


def living_together_condition(f: Facts) -> Condition:
    """ "Uw echtgenoot/echtgenote of partner komt met u samenleven onder hetzelfde dak."
    (seed 001); "De aanvrager moet met de gezinshereniger komen samenleven." (seed 003)
    """
    return Condition("living_together", f.applicant("will_live_together"))
