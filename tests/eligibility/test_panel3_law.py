"""What the third persona panel's last round met in the law module (2026-12-02)."""

from __future__ import annotations

from tests.eligibility.case_helpers import condition, doc_ids, run


def test_op_voorwaarde_dat_de_aanvraag_binnen_12_maanden__still_to_do_not_ticked():
    """Seed 003: "behoudt zijn recht ... op voorwaarde dat de aanvraag voor gezinshereniging
    wordt ingediend binnen 12 maanden na de erkenning": before the request is filed the
    condition is to do (None), not met (panel 3, f2)."""
    r = run(
        "subsidiary_protection",
        "child",
        application_date="2026-12-02",
        sponsor={"age": 44, "recognition_date": "2026-07-08"},
        age=19,
        minor_when_sponsor_applied_for_asylum=True,
        disabled=False,
    )
    assert r["route"] == "family_reunification"
    assert condition(r, "request_within_12_months_or_force_majeure")["met"] is None


def test_binnen_de_drie_maanden__the_parents_request_is_still_to_do():
    """Seed 002: "de visumaanvraag binnen de drie maanden na de erkenning ... wordt
    ingediend": to do, not met (panel 3, f3); the sponsor's minority at the asylum application
    cites C-550/16, not art. 10, §1, 7°, whose "jonger is dan achttien jaar" is now (seed 001;
    panel 17, h2)."""
    r = run(
        "refugee",
        "parent",
        application_date="2026-12-02",
        sponsor={
            "age": 19,
            "recognition_date": "2026-10-28",
            "minor_at_asylum_application": True,
            "unaccompanied_minor": True,
        },
    )
    assert r["route"] == "family_reunification"
    assert condition(r, "parents_request_within_3_months")["met"] is None
    source = condition(r, "sponsor_minor_at_asylum_application")["source"]
    # seed 002's "in de loop van de asielprocedure meerderjarig is geworden" is the fee's
    # exemption (art. 1/1, §2, 3°), not the right's condition (panel 65, j5)
    assert "C-550/16" in source and "art. 1/1" not in source and "art. 10, §1, 7°" not in source


def test_naast_de_officiele_documenten__a_humanitarian_request_cites_seed_001_not_art_10():
    """Seed 001 "Humanitair visum": "Naast de officiële documenten die ook moeten worden
    ingediend ... voor een aanvraag tot gezinshereniging": the worker's residence card for his
    mother's humanitarian visa is cited to that practice, not to art. 10 (panel 3, e5)."""
    r = run(
        "third_country_national",
        "parent",
        application_date="2026-12-02",
        sponsor={"age": 40},
        age=67,
    )
    assert r["route"] == "humanitarian_visa"
    ids = doc_ids(r)
    assert "sponsor_residence_permit_humanitarian" in ids
    assert "sponsor_residence_permit" not in ids
