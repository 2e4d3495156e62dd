"""Grandchildren, grandparents and other relatives outside the family of art. 10."""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, humanitarian
from eligibility.parameters import MAJORITY_AGE
from eligibility.rules import parents


def assess_other_relative(f: Facts) -> Outcome:
    """Andere familieleden.

    "Meerderjarige kinderen, kleinkinderen, ouders, neven, feitelijke partners en andere
    familieleden kunnen u niet in België komen vervoegen via gezinshereniging. In bepaalde
    bijzondere omstandigheden zouden zij een machtiging tot verblijf in België om humanitaire
    redenen kunnen aanvragen (art. 9 en 13)." (seed 001)
    "We benadrukken nogmaals dat elke familiale en humanitaire situatie in het land van herkomst
    of verblijf verschillend is. Ook specifieke situaties die niet vermeld worden in bovenstaande
    voorbeelden kunnen kans maken." (seed 000)
    A grandparent follows the rule for ascendants (own sufficient means, vulnerability).
    """
    if f.relationship == "grandparent":
        return parents.assess_elderly_ascendant(f)
    sponsor_age = f.sponsor("age")
    minor_sponsor = sponsor_age is not None and sponsor_age < MAJORITY_AGE.value
    advice = ["best_interests_child"] if minor_sponsor else []
    advice.append("other_relative_specific_situation")
    return humanitarian(
        "other_relative",
        "best_interests_child" if minor_sponsor else "other_relative",
        "summary.other_relative_humanitarian",
        advice=advice,
        documents=["family_link_proof"],
    )
