"""A sponsor who is still an asylum seeker has no right to family reunification yet."""

from __future__ import annotations

from eligibility import sources as S
from eligibility.outcome import Facts, Outcome, not_possible


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
    return not_possible(
        "asylum_seeker_sponsor",
        "summary.asylum_seeker",
        ["asylum_seeker_wait", "asylum_seeker_humanitarian_exception", "see_lawyer"],
        [S.ART_10],
    )
