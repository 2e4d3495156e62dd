"""Minor children: the age limit of art. 10, §1, 4° as a date (the day before the 18th birthday)."""

import pytest

from tests.eligibility.case_helpers import run


@pytest.mark.parametrize("application_date,passed", [("2027-01-08", False), ("2027-01-09", True)])
def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__the_day_before_the_birthday(
    application_date, passed
):
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." A daughter of a third-country
    national with residence turns 18 on 9 January (panel 9, r2): the last day is 8 January."""
    r = run(
        "third_country_national", "child", age=17, majority_date="2027-01-09",
        application_date=application_date, sponsor={"age": 45},
    )  # fmt: skip
    first = r["deadlines"][0]
    assert (first["id"], first["date"], first["passed"]) == ("child_turns_18", "2027-01-08", passed)
    assert first["source"].startswith("art. 10, Vreemdelingenwet")  # seed 003's heading


def test_tijdens_het_onderzoek_van_deze_aanvraag__a_refugees_child_of_17_applies_before_18():
    """Seed 003: a child "behoudt zijn recht op gezinshereniging indien het meerderjarig
    geworden is tijdens het onderzoek van deze aanvraag" (the asylum application). Lina, 17
    after her father's recognition, turns 18 on 14 January 2027 (panel 10, t5): the last day is
    13 January, before the 12 months."""
    r = run(
        "subsidiary_protection", "child", age=17, majority_date="2027-01-14",
        application_date="2026-12-01", relationship_predates_arrival=True, custody="sole",
        sponsor={"age": 45, "recognition_date": "2026-09-10"},
    )  # fmt: skip
    assert [d["id"] for d in r["deadlines"]] == ["child_turns_18", "favourable_conditions_end"]
    assert r["deadlines"][0]["date"] == "2027-01-13"


def test_a_child_who_turned_18_during_the_asylum_procedure__the_12_months_not_a_birthday():
    """The other side of seed 003's special provision: adult now, minor at the asylum
    application: the 12 months (C-279/20), no birthday day."""
    r = run(
        "refugee", "child", age=19, minor_when_sponsor_applied_for_asylum=True,
        majority_date="2027-01-09", application_date="2026-12-01",
        sponsor={"age": 45, "recognition_date": "2026-09-01"},
    )  # fmt: skip
    assert [d["id"] for d in r["deadlines"]][:1] == ["adult_child_request_end"]
    assert "child_turns_18" not in [d["id"] for d in r["deadlines"]]
