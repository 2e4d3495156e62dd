"""Parents: of an unaccompanied minor (art. 10, §1, 7°), of an adult (humanitarian)."""

import pytest

from eligibility.favourable_conditions import MATERIAL
from tests.eligibility.case_helpers import advice_ids, condition, deadline, doc_ids, run


def parent(sponsor, status="refugee", application_date="2026-01-15", **facts):
    base = {"recognition_date": "2025-11-10"}
    return run(
        status, "parent", application_date=application_date, sponsor={**base, **sponsor}, **facts
    )


def test_parents_of_unaccompanied_minor_refugee_have_a_right():
    r = parent({"age": 16, "unaccompanied_minor": True})
    assert r["route"] == "family_reunification"
    assert r["legal_basis"] == ["art. 10, §1, 7°, Vreemdelingenwet 15.12.1980"]
    assert r["fee_exempt"] is True
    assert condition(r, "sponsor_unaccompanied")["met"] is True


def test_parents_of_unaccompanied_minor_with_subsidiary_protection_have_a_right():
    r = parent({"age": 15, "unaccompanied_minor": True}, status="subsidiary_protection")
    assert r["route"] == "family_reunification"


@pytest.mark.parametrize("age,route", [(17, "family_reunification"), (18, "humanitarian_visa")])
def test_nbmv_must_be_younger_than_18__boundary(age, route):
    r = parent(
        {"age": age, "unaccompanied_minor": True, "minor_at_asylum_application": False},
        own_sufficient_means=False,
        elderly=False,
        isolated=False,
        medical_needs=False,
    )
    assert r["route"] == route


def test_parents_of_accompanied_minor__no_right_humanitarian_in_best_interests_of_child():
    r = parent({"age": 15, "unaccompanied_minor": False})
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"
    assert "best_interests_child" in advice_ids(r)


def test_parents_of_minor_sponsor__unaccompanied_unknown_is_asked():
    r = parent({"age": 15})
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["sponsor.unaccompanied_minor"]


def test_parents_sponsor_age_unknown_is_asked():
    r = parent({})
    assert r["missing_facts"] == ["sponsor.age"]


def test_sponsor_became_adult_during_procedure__parents_within_3_months_of_recognition():
    r = parent(
        {"age": 18, "unaccompanied_minor": True, "minor_at_asylum_application": True},
        application_date="2026-02-10",
    )
    assert r["route"] == "family_reunification"
    assert r["fee_exempt"] is True
    assert deadline(r, "parents_request_end")["date"] == "2026-02-10"


def test_sponsor_became_adult_during_procedure__day_after_3_months_no_right_and_fee_due():
    r = parent(
        {"age": 18, "unaccompanied_minor": True, "minor_at_asylum_application": True},
        application_date="2026-02-11",
    )
    assert r["route"] == "humanitarian_visa"
    assert r["fee_exempt"] is False
    assert "parents_3_months_passed" in advice_ids(r)
    assert deadline(r, "parents_request_end")["passed"] is True


def test_deze_vrijstelling_ook_indien_meerderjarig_geworden_en_binnen_de_drie_maanden():
    """Seed 002: "Deze vrijstelling is ook van toepassing indien deze vreemdeling in de loop van
    de asielprocedure meerderjarig is geworden en de visumaanvraag binnen de drie maanden na de
    erkenning ... wordt ingediend". Adult at the recognition and the 3 months passed: they pay,
    said plainly (panel 47, g4); 18 only after the recognition: not said (the seed's first
    clause exempts the parents of one who was a minor at the application)."""
    during = parent(
        {"age": 19, "unaccompanied_minor": True, "minor_at_asylum_application": True,
         "recognition_date": "2026-03-10"},
        application_date="2026-12-06",
    )  # fmt: skip
    after = parent(
        {"age": 18, "unaccompanied_minor": True, "minor_at_asylum_application": True,
         "recognition_date": "2025-03-10"},
        application_date="2026-12-06",
    )  # fmt: skip
    assert "parents_fee_due_after_3_months" in advice_ids(during)
    assert "parents_fee_due_after_3_months" not in advice_ids(after)


def test_parents_of_adult_refugee_who_was_adult_at_asylum_application__humanitarian():
    r = parent(
        {"age": 30, "minor_at_asylum_application": False}, elderly=True, own_sufficient_means=False
    )
    assert r["route"] == "humanitarian_visa"
    assert r["fee_exempt"] is False


def test_elderly_isolated_parent_of_adult__exceptional_vulnerability_low_chance():
    r = parent(
        {"age": 40},
        status="third_country_national",
        elderly=True,
        isolated=True,
        own_sufficient_means=False,
    )
    assert r["humanitarian_chance"] == "low"
    assert "elderly_parent_strengthen" in advice_ids(r)


def test_parent_of_adult_without_vulnerability__very_low_chance():
    r = parent(
        {"age": 40},
        status="third_country_national",
        elderly=False,
        isolated=False,
        medical_needs=False,
        own_sufficient_means=False,
    )
    assert r["humanitarian_chance"] == "very_low"


def test_parent_with_ties_to_belgium_and_own_sufficient_means__can_suffice_but_exceptional():
    """Seed 000: "... in samenhang met voldoende eigen middelen van de aanvrager ...
    voldoende zijn voor een humanitair visum"; seed 001: "In de praktijk wordt slechts
    uitzonderlijk een humanitair visum toegekend": low, above a parent with neither."""
    r = parent({"age": 40}, status="belgian", own_sufficient_means=True)
    assert r["humanitarian_chance"] == "low"
    without = parent(
        {"age": 40}, status="belgian", own_sufficient_means=False, elderly=False,
        isolated=False, medical_needs=False,
    )  # fmt: skip
    assert without["humanitarian_chance"] == "very_low"
    assert "own_means_proof" in doc_ids(r)


def test_parent_of_adult_unknown_vulnerability__facts_listed_and_least_favourable_chance():
    r = parent({"age": 40}, status="third_country_national")
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "very_low"
    assert r["missing_facts"] == [
        "applicant.elderly",
        "applicant.isolated",
        "applicant.medical_needs",
        "applicant.own_sufficient_means",
    ]


def test_parent_of_adult_belgian__no_right_humanitarian():
    r = parent({"age": 35}, status="belgian", elderly=True, own_sufficient_means=False)
    assert r["route"] == "humanitarian_visa"


def test_parent_of_minor_belgian__art_40ter_with_caution():
    r = parent({"age": 8}, status="belgian")
    assert r["route"] == "family_reunification"
    assert "not_in_sources" in advice_ids(r)


def test_grandparent__humanitarian_own_means_with_ties_to_belgium_can_suffice():
    r = run(
        "refugee",
        "grandparent",
        sponsor={"age": 30, "recognition_date": "2025-11-10"},
        own_sufficient_means=True,
    )
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"


@pytest.mark.parametrize("application_date,passed", [("2027-01-02", False), ("2027-01-03", True)])
def test_op_voorwaarde_dat_de_nbmv_jonger_is_dan_achttien_jaar__the_day_before_the_birthday(
    application_date, passed
):
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (art. 10, §1, 7°). "ik
    word 18 op 3 januari" (panel 9, q4): the last day is 2 January, before the 12 months."""
    r = parent(
        {
            "age": 17,
            "unaccompanied_minor": True,
            "majority_date": "2027-01-03",
            "recognition_date": "2026-05-10",
        },
        application_date=application_date,
    )
    first = r["deadlines"][0]
    assert (first["id"], first["date"]) == ("sponsor_turns_18", "2027-01-02")
    assert first["passed"] is passed
    assert first["source"].startswith("art. 10, §1, 7°")
    assert deadline(r, "favourable_conditions_end")["date"] == "2027-05-10"  # the contract's


def test_nbmv_parents_without_a_birthday__no_age_limit_day_is_invented():
    r = parent({"age": 17, "unaccompanied_minor": True})
    assert [d["id"] for d in r["deadlines"]] == ["favourable_conditions_end"]


@pytest.mark.parametrize(
    "sponsor",
    [
        {"age": 16, "unaccompanied_minor": True},
        {"age": 19, "unaccompanied_minor": True, "minor_at_asylum_application": True},
    ],
)
def test_de_in_par_1_4_tot_6_bedoelde_vreemdelingen__no_material_condition_for_the_parents(
    sponsor,
):
    """Art. 10, §2, second and third paragraphs ask a home, an insurance and the means of "de
    in § 1, eerste lid, 4° tot 6° bedoelde vreemdelingen": not of the parents of an
    unaccompanied minor (7°), and not only for 12 months (panel 66, k5: "binnen 12 maanden"
    told to the parents of a boy of 16). The spouse of the same refugee (4°) still has them."""
    r = parent(sponsor)
    material = [c for c in r["conditions"] if c["id"] in MATERIAL]
    assert [(c["id"], c["met"], c["waived"]) for c in material] == [
        (name, True, True) for name in MATERIAL
    ]
    assert {c["why_id"] for c in material} == {"parents_of_unaccompanied_minor"}
    if sponsor["age"] >= 18:  # the former minor's parents: their right ends after 3 months
        return
    late = parent(sponsor, application_date="2027-01-15")  # after the 12 months: still none
    assert [(c["id"], c["waived"]) for c in late["conditions"] if c["id"] in MATERIAL] == [
        (name, True) for name in MATERIAL
    ]
    assert "late_request" not in advice_ids(late)
    spouse = run(
        "refugee",
        "spouse",
        application_date="2027-01-15",
        sponsor={"age": 30, "recognition_date": "2025-11-10"},
    )
    assert not [c for c in spouse["conditions"] if c["id"] in MATERIAL and c["waived"]]


def test_de_aanvrager_moet_een_medisch_attest_voorleggen__said_of_the_minor_child_not_the_parents():
    """Seed 003 ("Het minderjarige kind van een vreemdeling ...") : "De aanvrager moet een
    medisch attest voorleggen ..."; no seed asks it of the parents of an unaccompanied minor
    (panel 127, n4: cited as art. 10 to the mother)."""
    r = parent({"age": 16, "unaccompanied_minor": True})
    assert r["route"] == "family_reunification"
    assert "public_health_certificate" not in doc_ids(r)
    child = run("refugee", "child", sponsor={"age": 40, "recognition_date": "2025-11-10"}, age=10)
    assert "public_health_certificate" in doc_ids(child)
