"""Adult children: disabled (art. 10, §1, 6°), became adult during the procedure (C-279/20),
other adult children (humanitarian) — seeds 000, 001, 003."""

import pytest

from tests.eligibility.case_helpers import RECOGNISED, advice_ids, condition, deadline, doc_ids, run


def adult(age=19, status="refugee", application_date="2026-01-15", sponsor=RECOGNISED, **facts):
    return run(
        status,
        "child",
        application_date=application_date,
        sponsor=sponsor,
        age=age,
        relationship_predates_arrival=True,
        **facts,
    )


def test_disabled_adult_child_unmarried_who_cannot_provide_for_own_needs_is_eligible():
    r = adult(age=25, disabled=True, married=False)
    assert r["route"] == "family_reunification"
    assert r["legal_basis"] == ["art. 10, §1, 6°, Vreemdelingenwet 15.12.1980"]
    assert condition(r, "disabled_cannot_provide")["state"] == "to_prove"  # the post's attest
    assert "disability_certificate" in doc_ids(r)


def test_disabled_adult_child_must_be_unmarried__married_disabled_child_not_eligible():
    r = adult(age=25, disabled=True, married=True, minor_when_sponsor_applied_for_asylum=False)
    assert r["route"] == "humanitarian_visa"


def test_disabled_adult_child_of_third_country_national_also_eligible():
    r = adult(age=30, status="third_country_national", disabled=True, married=False)
    assert r["route"] == "family_reunification"


def test_adult_child_minor_at_parents_asylum_application_request_within_12_months_eligible():
    r = adult(
        disabled=False, minor_when_sponsor_applied_for_asylum=True, application_date="2026-03-03"
    )
    assert r["route"] == "family_reunification"
    assert "HvJ EU 1.8.2022, C-279/20" in r["legal_basis"]
    assert "annex_26" in doc_ids(r)
    assert deadline(r, "adult_child_request_end")["date"] == "2026-03-03"


def test_adult_child_minor_at_parents_asylum_application__day_after_12_months_is_late():
    r = adult(
        disabled=False,
        minor_when_sponsor_applied_for_asylum=True,
        force_majeure=False,
        application_date="2026-03-04",
    )
    assert r["route"] == "humanitarian_visa"
    assert "adult_child_deadline_passed" in advice_ids(r)
    assert deadline(r, "adult_child_request_end")["passed"] is True


def test_adult_child_late_request__force_majeure_extends_the_12_months():
    r = adult(
        disabled=False,
        minor_when_sponsor_applied_for_asylum=True,
        adult_before_sponsor_recognition=True,
        force_majeure=True,
        application_date="2026-06-01",
    )
    assert r["route"] == "family_reunification"
    assert "force_majeure_extension" in advice_ids(r)


def test_adult_child_late_request__force_majeure_unknown_is_asked():
    r = adult(
        disabled=False, minor_when_sponsor_applied_for_asylum=True, application_date="2026-06-01"
    )
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.force_majeure"]


# seed 003: "behoudt zijn recht op gezinshereniging indien het meerderjarig geworden is tijdens
# het onderzoek van deze aanvraag" (panel 19, k2: a son who turned 18 five months after the
# recognition was told the right)


def test_meerderjarig_geworden_tijdens_het_onderzoek__18_before_the_recognition_keeps_it():
    # 19 on 2026-01-15: born 2006-01-16 .. 2007-01-15, so 18 on the recognition day 2025-03-03
    # only if born by 2007-03-03: always; the age tells
    r = adult(age=19, disabled=False, minor_when_sponsor_applied_for_asylum=True)
    assert r["route"] == "family_reunification", r


def test_meerderjarig_geworden_tijdens_het_onderzoek__18_after_the_recognition_does_not():
    r = adult(
        age=18,
        disabled=False,
        minor_when_sponsor_applied_for_asylum=True,
        adult_before_sponsor_recognition=False,
    )
    assert r["route"] == "humanitarian_visa"
    assert "adult_after_sponsor_recognition" in advice_ids(r)


def test_meerderjarig_geworden_tijdens_het_onderzoek__the_age_tells_or_is_asked():
    # 18 on 2026-01-15: the 18th birthday fell 2025-01-16 .. 2026-01-15, after a recognition
    # on 2025-01-15: "after" is certain
    r = adult(
        age=18,
        disabled=False,
        minor_when_sponsor_applied_for_asylum=True,
        sponsor={"age": 45, "recognition_date": "2025-01-15"},
    )
    assert r["route"] == "humanitarian_visa", r
    assert "adult_after_sponsor_recognition" in advice_ids(r)
    # after a recognition on 2025-03-03 the birthday may fall before or after it: asked
    r = adult(age=18, disabled=False, minor_when_sponsor_applied_for_asylum=True)
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.adult_before_sponsor_recognition"]


def test_adult_child_c279_needs_recognition_date():
    r = run(
        "refugee",
        "child",
        sponsor={"age": 50},
        age=19,
        disabled=False,
        minor_when_sponsor_applied_for_asylum=True,
    )
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["sponsor.recognition_date"]


def test_c279_only_for_children_of_protected_sponsors():
    r = adult(
        status="third_country_national", disabled=False, minor_when_sponsor_applied_for_asylum=True
    )
    assert r["route"] == "humanitarian_visa"


def test_adult_child_unknown_facts__disabled_and_minor_at_asylum_application_asked():
    r = adult()
    assert r["route"] == "unknown"
    assert r["missing_facts"] == [
        "applicant.disabled",
        "applicant.minor_when_sponsor_applied_for_asylum",
    ]


def test_other_adult_children__no_right_humanitarian_low_with_what_strengthens_file():
    r = adult(
        age=22,
        disabled=False,
        minor_when_sponsor_applied_for_asylum=False,
        minor_siblings_applying=False,
    )
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"
    assert "adult_child_strengthen" in advice_ids(r)
    assert r["processing_office"] == "long_stay"


def test_adult_child_with_minor_siblings_applying_at_same_time__stronger_file_medium():
    r = adult(
        age=22,
        disabled=False,
        minor_when_sponsor_applied_for_asylum=False,
        minor_siblings_applying=True,
    )
    assert r["humanitarian_chance"] == "medium"


@pytest.mark.parametrize(
    "isolated,chance", [(False, "very_low"), (None, "medium"), (True, "medium")]
)
def test_anders_helemaal_alleen_en_geisoleerd_achterblijft__not_alone_very_low(isolated, chance):
    """Seed 000: "Je humanitair visum heeft kans op slagen als je aantoont dat je ... anders
    helemaal alleen en geïsoleerd achterblijft": a daughter of 19 who lives with her father,
    who stays, has the lowest chance, minor siblings or not (panel 73, h5: "kans redelijk")."""
    facts = dict(age=19, disabled=False, minor_when_sponsor_applied_for_asylum=False)
    if isolated is not None:
        facts["isolated"] = isolated
    r = adult(**facts, minor_siblings_applying=True)
    assert r["humanitarian_chance"] == chance


def test_adult_child_minor_siblings_unknown__asked_as_it_changes_the_chance():
    r = adult(age=22, disabled=False, minor_when_sponsor_applied_for_asylum=False)
    assert r["missing_facts"] == ["applicant.minor_siblings_applying"]


@pytest.mark.parametrize("age,route", [(17, "family_reunification"), (18, "humanitarian_visa")])
def test_boundary_17_18__only_minor_children_have_a_right(age, route):
    r = adult(
        age=age,
        custody="sole",
        disabled=False,
        minor_when_sponsor_applied_for_asylum=False,
        minor_siblings_applying=False,
    )
    assert r["route"] == route
