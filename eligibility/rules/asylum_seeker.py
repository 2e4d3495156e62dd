"""A sponsor who is still an asylum seeker: no right to family reunification yet, a
humanitarian visa is possible now."""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, humanitarian

# The proof of the bond for a partner (seed 000: a marriage, "concrete feitelijke bewijzen of
# bijvoorbeeld het bestaan van gemeenschappelijke kinderen"; seed 001: the registered
# partnership); other relatives show that they are family (birth certificates).
BOND_DOCUMENTS = {
    "spouse": "spouse_bond_proof",
    "registered_partner": "partnership_certificate",
    "partner": "relationship_evidence",
}


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
    later = right_after_recognition(f)
    return humanitarian(
        "asylum_seeker_sponsor",
        "family_of_asylum_seeker",
        "summary.asylum_seeker" if later is not False else "summary.asylum_seeker_no_right_later",
        advice=[
            *(["asylum_seeker_wait"] if later is not False else []),
            "asylum_seeker_humanitarian_exception",
            "see_lawyer",
        ],
        documents=[BOND_DOCUMENTS.get(f.relationship, "family_link_proof")],
        # a parent's right after the recognition hangs on the sponsor's age (seed 001: "als u
        # een niet-begeleide minderjarige vreemdeling (NBMV) bent"): asked, never guessed
        # (panel 33, a5: an adult's mother told "Dat kan pas na de erkenning")
        missing=["sponsor.age"] if later is None and f.relationship == "parent" else [],
    )


# the relatives a protected sponsor can be joined by (seed 002: "de echtgenoot, de
# gelijkgestelde of wettelijke partner en de minderjarige kinderen"; seed 001: the parents of
# an unaccompanied minor, the disabled adult child)
COUPLE_WITH_A_RIGHT = ("spouse", "registered_partner")
CHILDREN = ("child", "stepchild", "adopted_child")


def right_after_recognition(f: Facts) -> bool | None:
    """Whether a recognition would give this relative a right: not a parent of an adult, a
    sibling, an adult child who is not disabled or another relative. "Als ouder heb je geen
    recht op gezinshereniging met je meerderjarig derdelands ... kind." (seed 000);
    "Meerderjarige kinderen, kleinkinderen, ouders, neven, feitelijke partners en andere
    familieleden kunnen u niet in België komen vervoegen via gezinshereniging." (seed 001)
    (panel 32, d4: a mother was told of the 12 months after the recognition)"""
    if f.relationship in COUPLE_WITH_A_RIGHT:
        return True
    if f.relationship in CHILDREN:
        minor = f.applicant_minor()
        return None if minor is None else (minor or f.applicant("disabled") is not False)
    if f.relationship == "parent":
        adult = f.sponsor_adult()
        return None if adult is None else not adult
    return False
