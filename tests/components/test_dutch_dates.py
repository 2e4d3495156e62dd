"""Dutch date phrases to ISO (samen_rasa.nlu.dutch_dates), both sides of every boundary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samen_rasa.nlu.dutch_dates import (
    AMBIGUOUS,
    APPROXIMATE,
    FUTURE,
    INVALID,
    UNPARSED,
    month_number,
    parse_date,
)

NOW = date(2026, 11, 22)  # a Sunday


def iso(text: str, now: date = NOW) -> str | None:
    return parse_date(text, now).iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 maart 2025", "2025-03-03"),
        ("3 mrt 2025", "2025-03-03"),
        ("3 mrt. 2025", "2025-03-03"),
        ("03/03/2025", "2025-03-03"),
        ("3/3/25", "2025-03-03"),
        ("3-3-2025", "2025-03-03"),
        ("3.3.2025", "2025-03-03"),
        ("2025-03-03", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
        ("3 mars 2025", "2025-03-03"),
        ("drie maart 2025", "2025-03-03"),
        ("de 3de maart 2025", "2025-03-03"),
        ("1ste januari 2026", "2026-01-01"),
        ("3 febuari 2025", "2025-02-03"),
        ("3 feburari 2025", "2025-02-03"),
        ("12 augstus 2025", "2025-08-12"),
        ("12 Août 2025", "2025-08-12"),
        ("4/5/2025", "2025-05-04"),  # day first
    ],
)
def test_absolute_dates(text: str, expected: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso == expected
    assert result.flags == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maart 2025", "2025-03-01"),
        ("03/2025", "2025-03-01"),
        ("sinds januari", "2026-01-01"),
        ("in januari", "2026-01-01"),
        ("vorig jaar in mei", "2025-05-01"),
        ("in mei vorig jaar", "2025-05-01"),
        ("mei vorig jaar", "2025-05-01"),
        ("dit jaar in maart", "2026-03-01"),
        ("vorige maand", "2026-10-01"),
        ("vorige week", "2026-11-09"),
        ("8 maanden geleden", "2026-03-22"),
        ("8 maand geleden", "2026-03-22"),
        ("8 mnd geleden", "2026-03-22"),
        ("sinds 2 jaar", "2024-11-22"),
        ("2 jaar geleden", "2024-11-22"),
        ("twee weken geleden", "2026-11-08"),
        ("een half jaar geleden", "2026-05-22"),
        ("anderhalf jaar geleden", "2025-05-22"),
        ("december", "2025-12-01"),
        ("november", "2026-11-01"),
    ],
)
def test_approximate_dates(text: str, expected: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso == expected
    assert APPROXIMATE in result.flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gisteren", "2026-11-21"),
        ("eergisteren", "2026-11-20"),
        ("vandaag", "2026-11-22"),
        ("3 dagen geleden", "2026-11-19"),
    ],
)
def test_exact_relative_days(text: str, expected: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso == expected
    assert result.flags == frozenset()


def test_month_boundaries() -> None:
    assert iso("31 januari 2026") == "2026-01-31"
    assert iso("1 februari 2026") == "2026-02-01"
    assert parse_date("32 januari 2026", NOW).flags == {INVALID}
    assert iso("30 april 2026") == "2026-04-30"
    assert INVALID in parse_date("31 april 2026", NOW).flags


def test_leap_days() -> None:
    assert iso("29 februari 2024") == "2024-02-29"
    assert INVALID in parse_date("29 februari 2025", NOW).flags
    assert INVALID in parse_date("31 februari 2025", NOW).flags
    assert iso("29/02/2024") == "2024-02-29"
    assert iso("28/02/2025") == "2025-02-28"
    # a month back from 31 March in a leap year clamps to 29 February
    assert iso("een maand geleden", date(2024, 3, 31)) == "2024-02-29"
    assert iso("3 maanden geleden", date(2026, 5, 31)) == "2026-02-28"


def test_future_by_one_day_is_never_guessed() -> None:
    assert iso("22 november 2026") == "2026-11-22"
    tomorrow = parse_date("23 november 2026", NOW)
    assert tomorrow.iso is None and tomorrow.flags == {FUTURE}
    assert parse_date("23/11/2026", NOW).flags == {FUTURE}
    assert parse_date("morgen", NOW).flags == {FUTURE}
    assert parse_date("volgende maand", NOW).flags == {FUTURE}
    assert parse_date("over 3 maanden", NOW).flags == {FUTURE}
    assert FUTURE in parse_date("3/3/27", NOW).flags


def test_no_year_takes_the_most_recent_past_occurrence() -> None:
    assert iso("22 november") == "2026-11-22"
    assert iso("23 november") == "2025-11-23"
    assert iso("5/6") == "2026-06-05"
    assert iso("25/12") == "2025-12-25"
    assert iso("december", date(2026, 1, 15)) == "2025-12-01"
    assert iso("sinds januari", date(2026, 1, 15)) == "2026-01-01"
    assert iso("29 februari", date(2026, 11, 22)) == "2024-02-29"


def test_year_boundaries() -> None:
    assert iso("gisteren", date(2026, 1, 1)) == "2025-12-31"
    assert iso("vorige maand", date(2026, 1, 15)) == "2025-12-01"
    assert iso("vorige week", date(2026, 1, 7)) == "2025-12-29"


@pytest.mark.parametrize(
    "text",
    [
        "2025",
        "vorig jaar",
        "begin dit jaar",
        "eind vorig jaar",
        "vorige zomer",
        "lang geleden",
        "een tijdje geleden",
        "een paar maanden geleden",
        "maart 25",
        "12/25",
    ],
)
def test_vague_dates_are_flagged_not_guessed(text: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso is None
    assert AMBIGUOUS in result.flags


@pytest.mark.parametrize(
    "text", ["31 februari 2025", "32/1/2025", "13/13/2025", "0/3/2025", "12/25/2024"]
)
def test_invalid_dates(text: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso is None
    assert INVALID in result.flags


@pytest.mark.parametrize("text", ["", "   ", "weet ik niet", "😀😀", "x" * 20_000, "مرحبا"])
def test_not_a_date(text: str) -> None:
    result = parse_date(text, NOW)
    assert result.iso is None
    assert result.flags == {UNPARSED}


def test_month_words_and_typos() -> None:
    assert month_number("febuari") == 2
    assert month_number("feburari") == 2
    assert month_number("augstus") == 8
    assert month_number("Décembre") == 12
    assert month_number("maar") is None
    assert month_number("maand") is None
    assert month_number("samen") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_numeric_round_trip(day: date) -> None:
    result = parse_date(f"{day.day}/{day.month}/{day.year}", NOW)
    if day <= NOW:
        assert result.iso == day.isoformat()
    else:
        assert result.iso is None and FUTURE in result.flags


@given(st.integers(min_value=0, max_value=400))
def test_days_ago(days: int) -> None:
    assert parse_date(f"{days} dagen geleden", NOW).iso == (NOW - timedelta(days=days)).isoformat()


@given(st.text(max_size=80))
def test_never_raises_and_never_returns_the_future(text: str) -> None:
    result = parse_date(text, NOW)
    if result.iso is not None:
        assert date.fromisoformat(result.iso) <= NOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zondag", "2026-11-22"),  # NOW is a Sunday: today
        ("vorige zondag", "2026-11-15"),
        ("afgelopen zondag", "2026-11-15"),
        ("zaterdag", "2026-11-21"),
        ("maandag", "2026-11-16"),
        ("sinds dinsdag", "2026-11-17"),
        ("vorige week dinsdag", "2026-11-10"),
        ("mardi", "2026-11-17"),
        ("last friday", "2026-11-20"),
    ],
)
def test_a_weekday_is_its_most_recent_day_not_after_the_message(text: str, expected: str):
    result = parse_date(text, NOW)
    assert result.iso == expected
    assert result.flags == frozenset()


def test_a_weekday_beside_a_written_date_leaves_the_date_to_decide():
    assert iso("dinsdag 3 maart 2026") == "2026-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de 15de van juni", "2026-06-15"),
        ("15de van juni 2025", "2025-06-15"),
        ("le 3 de mars", "2026-03-03"),
        ("12 01 2025", "2025-01-12"),
        ("yesterday", "2026-11-21"),
    ],
)
def test_day_of_month_and_spaced_numeric_dates(text: str, expected: str):
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een jaar of 2 geleden", "2024-11-22"),
        ("een maand of 3 geleden", "2026-08-22"),
        ("8 months ago", "2026-03-22"),
        ("2 weeks ago", "2026-11-08"),
        ("il y a 8 mois", "2026-03-22"),
        ("last month", "2026-10-01"),
        ("le mois dernier", "2026-10-01"),
        ("since march", "2026-03-01"),
    ],
)
def test_about_n_units_ago_in_dutch_english_and_french(text: str, expected: str):
    result = parse_date(text, NOW)
    assert result.iso == expected
    assert APPROXIMATE in result.flags


@pytest.mark.parametrize("text", ["last year", "l'annee passee", "since last year"])
def test_a_foreign_year_alone_is_flagged_not_guessed(text: str):
    result = parse_date(text, NOW)
    assert result.iso is None
    assert AMBIGUOUS in result.flags


@pytest.mark.parametrize("text", ["next month", "demain", "le mois prochain"])
def test_a_foreign_future_is_flagged(text: str):
    result = parse_date(text, NOW)
    assert result.iso is None
    assert FUTURE in result.flags
