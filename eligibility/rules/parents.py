"""Parents: of an unaccompanied minor with protection (a right), of an adult (humanitarian)."""

from __future__ import annotations

from eligibility import sources as S
from eligibility.dates import in_time
from eligibility.outcome import (
    FAMILY_REUNIFICATION,
    Condition,
    Facts,
    Outcome,
    humanitarian,
    unknown,
)
from eligibility.parameters import MAJORITY_AGE, PARENTS_OF_FORMER_MINOR_REQUEST_MONTHS


def assess_parent(f: Facts) -> Outcome:
    """Ouders.

    "Indien u een NBMV bent en erkend werd als vluchteling of subsidiaire bescherming verkreeg,
    kunnen uw ouders u via gezinshereniging in België komen vervoegen. Op voorwaarde dat de NBMV
    jonger is dan achttien jaar en het Rijk binnengekomen is zonder begeleiding van een
    krachtens de wet verantwoordelijke meerderjarige vreemdeling ... (art. 10 § 1, 7°)." (seed
    001) "Als ouder heb je geen recht op gezinshereniging met je meerderjarig derdelands of
    meerderjarig Belgisch kind." (seed 000)
    """
    sponsor_age = f.sponsor("age")
    if f.protected:
        adult = f.sponsor_adult()
        if adult is None:
            return unknown("sponsor.age", kind="parent")
        unaccompanied = f.sponsor("unaccompanied_minor")
        if not adult:
            if unaccompanied is None:
                return unknown("sponsor.unaccompanied_minor", kind="parent")
            if unaccompanied:
                return _parents_of_unaccompanied_minor(f)
            return _parent_of_accompanied_minor(f)
        minor_then = f.sponsor("minor_at_asylum_application")
        if minor_then is None:
            return unknown("sponsor.minor_at_asylum_application", kind="parent")
        if minor_then:
            if unaccompanied is None:
                return unknown("sponsor.unaccompanied_minor", kind="parent")
            if unaccompanied:
                end = f.months_after_recognition(PARENTS_OF_FORMER_MINOR_REQUEST_MONTHS.value)
                if end is None:
                    return unknown("sponsor.recognition_date", kind="parent")
                if in_time(f.application_date, end):
                    return _parents_of_sponsor_adult_during_procedure(f)
                late = ["parents_3_months_passed"]
                if f.sponsor("adult_at_recognition") is True:
                    # 18 during the procedure and more than 3 months after the recognition:
                    # the exemption is gone (seed 002, "binnen de drie maanden"; panel 47, g4)
                    late.append("parents_fee_due_after_3_months")
                return assess_elderly_ascendant(f, extra_advice=late)
        return assess_elderly_ascendant(f)
    if f.belgian:
        if sponsor_age is None:
            return unknown("sponsor.age", kind="parent")
        if sponsor_age < MAJORITY_AGE.value:
            return _parents_of_minor_belgian(f)
        return assess_elderly_ascendant(f)
    if sponsor_age is not None and sponsor_age < MAJORITY_AGE.value:
        return _parent_of_accompanied_minor(f)
    outcome = assess_elderly_ascendant(f)
    if sponsor_age is None:
        outcome.missing.insert(0, "sponsor.age")
    return outcome


def unaccompanied_conditions() -> list[Condition]:
    """ "Op voorwaarde dat de NBMV ... het Rijk binnengekomen is zonder begeleiding van een
    krachtens de wet verantwoordelijke meerderjarige vreemdeling en vervolgens niet
    daadwerkelijk onder de hoede van een dergelijke persoon gestaan heeft, of zonder
    begeleiding werd achtergelaten nadat hij het Rijk is binnengekomen (art. 10 § 1, 7°)."
    (seed 001). The fact `sponsor.unaccompanied_minor` ("kwam alleen") answers the first part
    (met); what happened after the arrival is never asked, so it stays to prove."""
    return [Condition("sponsor_unaccompanied", True), Condition("sponsor_not_in_adult_care", None)]


def _parents_of_unaccompanied_minor(f: Facts) -> Outcome:
    """Art. 10, §1, 7°: "Onder bepaalde voorwaarden kan een minderjarige vreemdeling aan wie
    België de vluchtelingenstatus of subsidiaire bescherming heeft toegekend vervoegd worden
    door zijn vader en zijn moeder." (seed 002)
    """
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="parent_of_unaccompanied_minor",
        summary="summary.parents_nbmv_fr",
        legal_basis=[S.ART_10_1_7],
        conditions=[
            Condition("sponsor_protected_status", True),
            Condition("sponsor_under_18", True),
            *unaccompanied_conditions(),
        ],
        documents=["sponsor_birth_certificate"],
        # the day itself, when known, is the deadline "sponsor_turns_18" (said once)
        advice=[
            *(["apply_before_sponsor_turns_18"] if f.sponsor("majority_date") is None else []),
            "best_interests_child",
            "siblings_humanitarian_together",
        ],
        art10=True,
        material_conditions=True,
        bond_predates_arrival=True,
        fee_category="parents_of_minor",
    )


def _parents_of_sponsor_adult_during_procedure(f: Facts) -> Outcome:
    """The unaccompanied minor became adult during the asylum procedure.

    "Deze vrijstelling is ook van toepassing indien een vreemdeling aan wie België de
    vluchtelingenstatus of subsidiaire bescherming heeft toegekend in de loop van de
    asielprocedure meerderjarig is geworden en de visumaanvraag binnen de drie maanden na de
    erkenning ... wordt ingediend." (seed 002, art. 1/1, §2, 3°). The right itself in that
    period follows CJEU C-550/16 (A and S): interpretation, see README.
    """
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="parent_of_former_unaccompanied_minor",
        summary="summary.parents_former_nbmv_fr",
        legal_basis=[S.ART_10_1_7, S.CJEU_C550_16],
        conditions=[
            Condition("sponsor_protected_status", True),
            Condition("sponsor_minor_at_asylum_application", True),
            *unaccompanied_conditions(),
            Condition("parents_request_within_3_months", None),  # still to be filed in time
        ],
        documents=["sponsor_birth_certificate"],
        advice=["parents_3_months"],
        art10=True,
        material_conditions=True,
        bond_predates_arrival=True,
        fee_category="parents_of_minor",
    )


def _parents_of_minor_belgian(f: Facts) -> Outcome:
    """Parents of a minor Belgian: art. 40ter, §2, first paragraph, 2°.

    The seeds do not describe this case (seed 000 only says parents have no right with an
    adult Belgian child); encoded from the law with a cautious advice, see README.
    """
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="parent_of_minor_belgian",
        summary="summary.parents_minor_belgian_fr",
        legal_basis=[S.ART_40TER_2_2],
        conditions=[Condition("sponsor_belgian", True), Condition("sponsor_under_18", True)],
        documents=["sponsor_birth_certificate"],
        advice=["not_in_sources", "see_lawyer"],
        material_conditions=False,
    )


def _parent_of_accompanied_minor(f: Facts) -> Outcome:
    """ "Het principe «hoger belang van het kind» ... wanneer blijkt dat het in het hoger belang
    van het kind zou zijn dat andere personen dan deze toegelaten door de wet met het kind in
    België komen samenleven, zou dit uitzonderlijk kunnen op grond van een voorlopige
    verblijfsvergunning (art. 9 en 13 - humanitair visum)." (seed 001)
    """
    return humanitarian(
        "parent",
        "best_interests_child",
        "summary.parent_of_minor_humanitarian",
        advice=["best_interests_child"],
        documents=["sponsor_birth_certificate"],
    )


def assess_elderly_ascendant(f: Facts, extra_advice: list[str] | None = None) -> Outcome:
    """Ouder (of grootouder) met hoge leeftijd, in geïsoleerde situatie.

    "Je kan wel een aanvraag voor een humanitair visum indienen. Over het algemeen maakt dit
    enkel kans wanneer je een uitzonderlijke kwetsbaarheid kan aantonen. ... Een hoge leeftijd,
    medische problemen en een geïsoleerde situatie door het wegvallen van familieleden kunnen
    een belangrijke rol spelen." "Zo kunnen in specifieke situaties met duidelijke banden met
    België (bijvoorbeeld als ouder of grootouder van een derdelander of Belg), in samenhang met
    voldoende eigen middelen van de aanvrager om in België nooit ten laste te zullen vallen van
    de sociale bijstand, voldoende zijn voor een humanitair visum." (seed 000)
    "Jouw kind internationale bescherming geniet en je kan argumenteren dat het hechte
    gezinsleven enkel werd onderbroken door de gedwongen vlucht van je kinderen." (seed 000)
    A fact that only changes the chance and is unknown counts as not shown; it is listed in
    missing_facts.
    """
    own_means = f.applicant("own_sufficient_means")
    vulnerabilities = {
        "applicant.elderly": f.applicant("elderly"),
        "applicant.isolated": f.applicant("isolated"),
        "applicant.medical_needs": f.applicant("medical_needs"),
    }
    vulnerable = any(v is True for v in vulnerabilities.values())
    missing = []
    if not vulnerable:
        missing += [path for path, v in vulnerabilities.items() if v is None]
    if own_means is None:
        missing.append("applicant.own_sufficient_means")
    if own_means:
        situation = "ascendant_own_means"
    elif vulnerable:
        situation = "elderly_parent_vulnerable"
    else:
        situation = "elderly_parent_not_vulnerable"
    advice = [*(extra_advice or []), "elderly_parent_strengthen"]
    if f.protected and f.relationship == "parent":
        advice.append("parent_forced_flight")  # seed 000: "door de gedwongen vlucht"
    if own_means or own_means is None:
        advice.append("ascendant_own_means")
    docs = ["sponsor_birth_certificate" if f.relationship == "parent" else "family_link_proof"]
    if own_means:
        docs.append("own_means_proof")
    if f.applicant("medical_needs"):  # "medische problemen" (seed 000; panel 58, h1)
        docs.append("medical_condition_proof")
    if f.applicant("widowed"):  # "het wegvallen van familieleden" (seed 000)
        docs.append("partner_death_certificate")
    return humanitarian(
        "elderly_ascendant",
        situation,
        "summary.elderly_parent_humanitarian",
        advice=advice,
        documents=docs,
        missing=missing,
    )
