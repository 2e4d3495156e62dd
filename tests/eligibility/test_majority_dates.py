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
    assert first["source"].startswith("art. 10, §1, 4°")


def test_a_protected_sponsors_child_keeps_the_right_after_18__no_birthday_deadline():
    """Seed 003: "behoudt zijn recht op gezinshereniging indien het meerderjarig geworden is
    ... binnen 12 maanden na de erkenning" (C-279/20): the 12 months, not the birthday."""
    r = run(
        "refugee", "child", age=17, majority_date="2027-01-09", application_date="2026-12-01",
        sponsor={"age": 45, "recognition_date": "2026-09-01"},
    )  # fmt: skip
    assert [d["id"] for d in r["deadlines"]] == ["favourable_conditions_end"]
