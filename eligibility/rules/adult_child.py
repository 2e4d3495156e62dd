"""Children of 18 or older: disabled adult children, children who became adult during the
sponsor's asylum procedure (CJEU C-279/20), and other adult children (humanitarian)."""

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
from eligibility.parameters import ADULT_CHILD_REQUEST_MONTHS
from eligibility.rules.sponsor_status import (
    adult_sponsor_condition,
    living_together_condition,
    status_condition,
)


def became_adult_during_procedure(f: Facts) -> tuple[str, list[str]]:
    """CJEU C-279/20 for the child of a protected sponsor.

    "Een kind dat minderjarig was op het moment dat de gezinshereniger (vader of moeder)
    zijn/haar aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn
    recht op gezinshereniging indien het meerderjarig geworden is tijdens het onderzoek van
    deze aanvraag, op voorwaarde dat de aanvraag voor gezinshereniging wordt ingediend binnen
    12 maanden na de erkenning ... Deze termijn van 12 maanden kan worden verlengd (en het recht
    op gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    werd om zijn visumaanvraag tijdig in te dienen." (seed 003)

    Returns ("right" | "late" | "after_recognition" | "not_applicable" | "unknown", facts
    still needed).
    """
    if not f.protected:
        return "not_applicable", []
    minor_then = f.applicant("minor_when_sponsor_applied_for_asylum")
    if minor_then is None:
        return "unknown", ["applicant.minor_when_sponsor_applied_for_asylum"]
    if minor_then is False:
        return "not_applicable", []
    if f.applicant("adult_before_sponsor_recognition") is False:
        # 18 after the recognition: no "meerderjarig geworden ... tijdens het onderzoek", so
        # the 12 months and C-279/20 are not his (panels 37 g3, 38 g2: cited for a son who
        # turned 18 five months after his father's recognition)
        return "after_recognition", []
    end = f.months_after_recognition(ADULT_CHILD_REQUEST_MONTHS.value)
    if end is None:
        return "unknown", ["sponsor.recognition_date"]
    if not in_time(f.application_date, end):
        force_majeure = f.applicant("force_majeure")
        if force_majeure is None:
            return "unknown", ["applicant.force_majeure"]
        if not force_majeure:
            return "late", []
    return _adult_during_the_examination(f)


def _adult_during_the_examination(f: Facts) -> tuple[str, list[str]]:
    """ "... indien het meerderjarig geworden is tijdens het onderzoek van deze aanvraag"
    (seed 003): 18 before the sponsor's recognition; a child who turned 18 after it is an
    adult child like any other (panel 19, k2: "vorige maand 18 geworden", five months after
    the recognition, was told the right)."""
    before = f.applicant("adult_before_sponsor_recognition")
    if before is None:
        return "unknown", ["applicant.adult_before_sponsor_recognition"]
    return ("right" if before else "after_recognition"), []


def assess_adult_child(f: Facts, bond_document: str = "birth_certificate") -> Outcome:
    """Meerderjarige kinderen.

    "Enkel meerderjarige kinderen met een handicap kunnen onder bepaalde voorwaarden gebruik
    maken van het recht op gezinshereniging. Is dit niet het geval dan heb je als meerderjarige
    dochter of zoon van een derdelands ouder geen recht op gezinshereniging. Wel kan je een
    humanitair visum aanvragen." (seed 000)
    """
    married = f.applicant("married")
    disabled = f.applicant("disabled")
    if disabled is True and married is not True:
        return _disabled_adult_child(f, bond_document)
    c279, needed = became_adult_during_procedure(f)
    if c279 == "right" and married is not True:
        return _child_adult_during_procedure(f, bond_document)
    missing = (["applicant.disabled"] if disabled is None else []) + needed
    if missing:
        return unknown(*missing, kind="adult_child")
    second_order = married is True and (disabled is True or c279 == "right")
    advice = ["adult_child_strengthen"]
    if c279 == "late":
        advice.insert(0, "adult_child_deadline_passed")
    if c279 == "after_recognition":
        advice.insert(0, "adult_after_sponsor_recognition")
    if second_order:
        advice.insert(0, "second_order_humanitarian")
    siblings = f.applicant("minor_siblings_applying")
    return humanitarian(
        "adult_child",
        _adult_child_situation(f, siblings),
        "summary.adult_child_humanitarian",
        advice=advice,
        documents=[bond_document, "unmarried_proof"],
        conditions=[Condition("child_unmarried", False)] if second_order else [],
        missing=["applicant.minor_siblings_applying"] if siblings is None else [],
        second_order=second_order,
    )


def _adult_child_situation(f: Facts, siblings: bool | None) -> str:
    """ "Je humanitair visum heeft kans op slagen als je aantoont dat je ... anders helemaal
    alleen en geïsoleerd achterblijft. Het dossier is nog sterker ... [met] minderjarige broers
    en zussen die op hetzelfde ogenblik een aanvraag gezinshereniging indienen." (seed 000):
    an adult child told not to stay behind alone (`isolated` False: living with the other
    parent, who stays) has the lowest chance, siblings or not."""
    if f.applicant("isolated") is False:
        return "adult_child_not_alone"
    return "adult_child_with_minor_siblings" if siblings else "adult_child"


def _disabled_adult_child(f: Facts, bond_document: str) -> Outcome:
    """Gehandicapt meerderjarig kind (art. 10, §1, 6°).

    "een attest voorleggen van de gezondheidstoestand van het kind. Dit gezondheidsattest is
    opgemaakt door een arts aangesteld door de bevoegde Belgische diplomatieke of consulaire
    post. ... een meerderjarig kind [wordt] beschouwd als gehandicapt wanneer het “omwille van
    zijn handicap niet kan voorzien in zijn eigen behoeften”; alleenstaand zijn; met u komen
    samenleven onder hetzelfde dak." (seed 001)
    """
    married = f.applicant("married")
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="disabled_adult_child",
        summary="summary.disabled_adult_child_fr",
        legal_basis=[S.ART_10_1_6],
        conditions=[
            status_condition(f),
            adult_sponsor_condition(f),
            # the disability itself is proven only by the attest of the post's doctor
            Condition("disabled_cannot_provide", None),
            Condition("child_unmarried", None if married is None else not married),
            living_together_condition(f),
        ],
        documents=[bond_document, "disability_certificate", "unmarried_proof"],
        art10=True,
        material_conditions=True,
        bond_predates_arrival=f.applicant("relationship_predates_arrival"),
    )


def _child_adult_during_procedure(f: Facts, bond_document: str) -> Outcome:
    """The child keeps the right of a minor child (CJEU C-279/20, seed 003).

    "-> Voorleggen van bijlage 26 bij het koninklijk besluit van 8 oktober 1981, door de Dienst
    Vreemdelingenzaken aan de gezinshereniger overhandigd bij de indiening van de aanvraag om
    internationale bescherming of, in geval van meervoudige aanvragen, voorleggen van bijlage
    26quinquies." (seed 003)
    """
    married = f.applicant("married")
    end = f.months_after_recognition(ADULT_CHILD_REQUEST_MONTHS.value)
    on_time = end is not None and in_time(f.application_date, end)
    conditions = [
        status_condition(f),
        Condition("minor_at_sponsor_asylum_application", True),
        # to do, not done: the request is still to be filed within the 12 months (panel 3)
        Condition("request_within_12_months_or_force_majeure", None),
        Condition("child_unmarried", None if married is None else not married),
        Condition("child_dependent", f.applicant("dependent")),
        living_together_condition(f),
    ]
    advice = [] if on_time else ["force_majeure_extension"]
    return Outcome(
        route=FAMILY_REUNIFICATION,
        kind="adult_during_procedure_child",
        summary=(
            "summary.adult_during_procedure_fr"
            if on_time
            else "summary.adult_during_procedure_force_majeure"
        ),
        legal_basis=[S.ART_10, S.CJEU_C279_20],
        conditions=conditions,
        documents=[bond_document, "annex_26", "unmarried_proof", "dependency_proof"],
        advice=advice,
        art10=True,
        material_conditions=True,
        # minor at the asylum application: born before it, so as a rule before the arrival;
        # a user who says otherwise is followed (seed 003: no favourable period then)
        bond_predates_arrival=f.applicant("relationship_predates_arrival") is not False,
    )
