"""Brothers and sisters: humanitarian visa only; chances depend on the unaccompanied minor."""

from __future__ import annotations

from eligibility.dates import in_time
from eligibility.documents import HUMANITARIAN_EVIDENCE
from eligibility.outcome import Condition, Facts, Outcome, humanitarian, unknown
from eligibility.parameters import MAJORITY_AGE, PARENT_FEE_EXEMPTION_MONTHS
from eligibility.rules import other_relative


def assess_sibling(f: Facts) -> Outcome:
    """Broers en zussen.

    "Uw broers en zussen kunnen u niet komen vervoegen op grond van artikel 10 van de
    vreemdelingenwet. Zij kunnen dat alleen maar via een humanitair visum (art. 9 en 13)."
    (seed 001)
    """
    unaccompanied = f.sponsor("unaccompanied_minor")
    adult = f.sponsor_adult()  # seed 000's section is of a "niet-begeleide minderjarige",
    minor_then = f.sponsor("minor_at_asylum_application")  # or one who came as such (panel
    if f.protected and unaccompanied is True and (adult is False or minor_then is True):
        return assess_sibling_of_unaccompanied_minor(f)  # 43, g2: his parents apply too)
    outcome = other_relative.assess_other_relative(f)
    if f.protected and adult is None:  # the age first: an adult who came alone is no minor
        outcome.missing.insert(0, "sponsor.age")  # (panel 42, h4: 24 and told seed 000's
    elif f.protected and adult is False and unaccompanied is None:  # chances of a minor's)
        outcome.missing.insert(0, "sponsor.unaccompanied_minor")
    return outcome


def assess_sibling_of_unaccompanied_minor(f: Facts) -> Outcome:
    """Broers en zussen van een niet-begeleide minderjarige met internationale bescherming.

    Minor siblings, parents applying at the same time: "Deze aanvraag heeft veel kans op
    slagen. Je hoeft in principe geen andere humanitaire elementen aan te tonen." Half- or
    step-siblings: "Het is aangewezen om bijkomende humanitaire elementen aan te tonen wanneer
    je een minderjarige half- of stiefbroer of -zus bent van een NBM met internationale
    bescherming en het niet jouw biologische ouder is die tegelijkertijd gezinshereniging of een
    humanitair visum aanvraagt." Adult siblings: "De bewijslast ligt hier wel hoger." Parents
    not coming: "De kans op slagen is in dit geval veel lager." Deceased or missing parents:
    "Het is niet evident om in deze situatie een humanitair visum te verkrijgen." Parents alive:
    "zal het bijzonder moeilijk zijn om een humanitair visum te verkrijgen". (seed 000)
    With the parents applying, the siblings' file is not seed 001's general one (dependency on
    the sponsor, nobody else to care): "Er kan immers niet verwacht worden dat jij als
    minderjarige alleen zou achterblijven zonder je ouders"; an adult sibling shows "dat je
    ondanks je meerderjarigheid nog steeds ten laste bent van je ouders en deel uitmaakt van je
    oorspronkelijke kerngezin"; and "Ook hierbij is het belangrijk dat je jouw aanvraag
    gelijktijdig indient met de aanvraag gezinshereniging van je ouder(s)" (a condition to
    meet, still to prove). The half/step sibling whose own parent does not apply shows
    "bijkomende humanitaire elementen", not a dependency on the minor in Belgium.
    A fact that only changes the chance and is unknown counts as the least favourable value;
    it is listed in missing_facts.
    """
    age = f.applicant("age")
    if age is None:
        return unknown("applicant.age", kind="sibling")
    minor = age < MAJORITY_AGE.value
    a = f.applicant
    applying = a("parents_also_applying")
    if applying is True and not _parents_have_a_right(f):
        if minor:  # she travels with a parent who asks a humanitarian visa himself
            return _minor_sibling_with_a_parent_without_right()
        return _adult_sibling_with_a_parent_without_right()
    deceased = a("parents_deceased_or_missing")
    if a("parents_alive_not_coming") is True:
        applying, deceased = False, False
    if applying is None and deceased is True:
        applying = False
    missing: list[str] = []
    docs = ["family_link_proof"]
    advice: list[str] = []
    conditions: list[Condition] = []
    evidence: list[str] | None = None  # seed 001's humanitarian evidence
    if applying is None:
        missing.append("applicant.parents_also_applying")
    if applying:
        advice.append("apply_with_parents")
        conditions.append(Condition("sibling_applies_with_parents", None))
        if minor:
            half = a("half_or_step_sibling")
            own_parent = a("own_parent_applying")
            if half is None and own_parent is not True:  # her own parent applies: half or
                missing.append("applicant.half_or_step_sibling")  # not, no extra elements
            if half and own_parent is None:
                missing.append("applicant.own_parent_applying")
            if half is False or own_parent is True:
                situation = "sibling_minor_parents_applying"
                # "Je hoeft in principe geen andere humanitaire elementen aan te tonen"
                evidence = []
            else:
                situation = "sibling_minor_half_or_step"
                advice.append("half_sibling_extra_elements")
                evidence = [e for e in HUMANITARIAN_EVIDENCE if e != "dependency_evidence"]
        else:
            situation = "sibling_adult_parents_applying"
            advice.append("adult_sibling_strengthen")
            docs += ["dependency_on_parents_proof"]
            # "ten laste ... van je ouders" (said by dependency_on_parents_proof), not of the
            # minor in Belgium; "De individuele situatie moet zo concreet en gedetailleerd
            # mogelijk beschreven en aangetoond worden"
            evidence = ["international_organisation_report", "individual_situation_evidence"]
    else:
        if applying is False and deceased is None:
            missing.append("applicant.parents_deceased_or_missing")
        if deceased is True:
            situation = (
                "sibling_parents_deceased_or_missing"
                if minor
                else "sibling_adult_parents_not_coming"
            )
            docs.append("parents_death_or_disappearance_proof")
            advice.append("sibling_precarious_situation")
        else:
            situation = (
                "sibling_parents_alive_not_coming" if minor else "sibling_adult_parents_not_coming"
            )
            advice.append("sibling_parents_cannot_care")
    advice.append("asylum_file_statements")
    outcome = humanitarian(
        "sibling_of_unaccompanied_minor",
        situation,
        "summary.sibling_nbmv",
        advice=advice,
        documents=docs,
        conditions=conditions,
        missing=missing,
    )
    outcome.humanitarian_evidence = evidence
    return outcome


def _minor_sibling_with_a_parent_without_right() -> Outcome:
    """A minor sister or brother who applies with a parent whose own right has ended (the
    sponsor came of age): seed 000 describes siblings whose parents apply for family
    reunification ("veel kans op slagen") and siblings whose parents do not come ("bijzonder
    moeilijk als de ouders nog leven"), not this. Not the second: "Er kan immers niet verwacht
    worden dat jij als minderjarige alleen zou achterblijven zonder je ouders" (panel 47, g4:
    "kans zeer klein" for a girl of 12 travelling with her mother). The chance is at most the
    parent's; the request goes with the parent's."""
    outcome = humanitarian(
        "sibling_of_unaccompanied_minor",
        "sibling_minor_parent_humanitarian",
        "summary.sibling_nbmv",
        advice=["apply_with_parent_humanitarian", "asylum_file_statements"],
        documents=["family_link_proof"],
    )
    outcome.humanitarian_evidence = ["international_organisation_report",
                                     "individual_situation_evidence"]  # fmt: skip
    return outcome


def _adult_sibling_with_a_parent_without_right() -> Outcome:
    """An adult sister or brother who applies with a parent whose own right has ended: seed
    000's adult siblings apply "gelijktijdig ... met de aanvraag gezinshereniging van je
    ouder(s)" ("De bewijslast ligt hier wel hoger"); with a parent who asks a humanitarian
    visa himself the seed says nothing apart, so the chance is very low, and not that of
    siblings whose parents do not come (panel 83, i4: "Als de ouders niet meekomen" beside a
    mother who applies). The file still shows "dat je ondanks je meerderjarigheid nog steeds
    ten laste bent van je ouders en deel uitmaakt van je oorspronkelijke kerngezin"."""
    outcome = humanitarian(
        "sibling_of_unaccompanied_minor",
        "sibling_adult_parent_humanitarian",
        "summary.sibling_nbmv",
        advice=[
            "apply_with_parent_humanitarian_adult",
            "adult_sibling_strengthen",
            "asylum_file_statements",
        ],  # fmt: skip
        documents=["family_link_proof", "dependency_on_parents_proof"],
    )
    outcome.humanitarian_evidence = ["international_organisation_report",
                                     "individual_situation_evidence"]  # fmt: skip
    return outcome


def _parents_have_a_right(f: Facts) -> bool:
    """The parents who apply have a right of their own: the sponsor is still a minor
    (art. 10, §1, 7°), or came of age during the procedure and the 3 months after the
    recognition still run (rules/parents.py); unknown counts as a right, as the parents' own
    answer would. Seed 000: the siblings' high chance is "samen met de aanvraag tot
    gezinshereniging van je ouders", parents "die wel een recht op gezinshereniging hebben"
    (panel 8, p1: a high chance beside a mother with no right)."""
    age = f.sponsor("age")
    if age is None or age < MAJORITY_AGE.value:
        return True
    if f.sponsor("minor_at_asylum_application") is not True:
        return False
    end = f.months_after_recognition(PARENT_FEE_EXEMPTION_MONTHS.value)
    return end is None or in_time(f.application_date, end)
