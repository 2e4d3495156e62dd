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
    A grandparent of an adult follows the rule for ascendants (own sufficient means,
    vulnerability). The family of a minor in Belgium: "wanneer blijkt dat het in het hoger
    belang van het kind zou zijn dat andere personen dan deze toegelaten door de wet met het
    kind in België komen samenleven, zou dit uitzonderlijk kunnen op grond van een voorlopige
    verblijfsvergunning (art. 9 en 13 - humanitair visum). Deze uitzondering kan bijvoorbeeld
    worden toegepast op de broers en zussen, de wettelijke voogd of andere leden van de familie
    van het kind." (seed 001; panel 10, t4: the grandmother who raised an orphaned refugee)
    """
    sponsor_age = f.sponsor("age")
    minor_sponsor = sponsor_age is not None and sponsor_age < MAJORITY_AGE.value
    if f.relationship == "grandparent" and not minor_sponsor:
        return parents.assess_elderly_ascendant(f)
    advice = ["best_interests_child", "family_of_a_child"] if minor_sponsor else []
    advice.append("other_relative_specific_situation")
    outcome = humanitarian(
        "other_relative",
        "best_interests_child" if minor_sponsor else "other_relative",
        "summary.other_relative_humanitarian",
        advice=advice,
        documents=["family_link_proof"],
    )
    if minor_sponsor:
        # the child's interest is the ground, not the relative's dependency on the child
        # (panel 37, g4: "Bewijs dat je oom afhankelijk is van jou" to a boy of 15)
        outcome.humanitarian_evidence = ["best_interests_evidence"]
    return outcome
