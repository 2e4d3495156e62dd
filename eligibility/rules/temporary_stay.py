"""A sponsor with a temporary stay (a student): the seeds give no rule for family
reunification; a humanitarian visa is possible."""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, humanitarian
from eligibility.rules.asylum_seeker import BOND_DOCUMENTS


def assess_temporary_stay(f: Facts) -> Outcome:
    """No rule of the seeds, a humanitarian visa possible.

    The seeds' family reunification is that of a protected person (seeds 001-003), a Belgian
    (seed 004) or a third-country national with a residence right (seed 001); none of them says
    what a temporary stay (studies) gives. "Uiteraard kunnen ook familieleden van andere
    derdelanders of familieleden van Belgen in aanmerking komen voor een humanitair visum."
    (seed 000); "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend."
    (seed 001). Panel 27, b3: a student with an A card was told "recht op gezinshereniging".

    An adult child without a handicap has no right whatever the parent's stay: "Is dit niet het
    geval dan heb je als meerderjarige dochter of zoon van een derdelands ouder geen recht op
    gezinshereniging. Wel kan je een humanitair visum aanvragen." (seed 000; round 118, t1: a
    daughter of 19 whose mother has temporary protection was told the sources do not say).
    """
    if f.relationship == "child" and f.applicant_minor() is False:
        if f.applicant("disabled") is not True:
            return humanitarian(
                "temporary_stay_sponsor",
                "family_of_temporary_resident",
                "summary.adult_child_humanitarian",
                advice=["see_lawyer"],
                documents=[BOND_DOCUMENTS.get(f.relationship, "family_link_proof")],
            )
    return humanitarian(
        "temporary_stay_sponsor",
        "family_of_temporary_resident",
        "summary.temporary_stay",
        advice=["temporary_stay_not_in_sources", "see_lawyer"],
        documents=[BOND_DOCUMENTS.get(f.relationship, "family_link_proof")],
    )
