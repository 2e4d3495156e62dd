"""Dutch number words and ages (samen_rasa.nlu.dutch_numbers)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samen_rasa.nlu.dutch_numbers import MAX_AGE, number_words, parse_age, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nul", 0),
        ("een", 1),
        ("één", 1),
        ("Eén", 1),
        ("twee", 2),
        ("zeventien", 17),
        ("achttien", 18),
        ("eenentwintig", 21),
        ("tweeëntwintig", 22),
        ("tweeentwintig", 22),
        ("twee en twintig", 22),
        ("vierendertig", 34),
        ("negenennegentig", 99),
        ("honderd", 100),
        ("honderdtwee", 102),
        ("honderddertig", 130),
        ("17", 17),
        ("007", 7),
        ("anderhalf", None),
        ("zeventienhonderd", None),
        ("", None),
        ("1,5", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17", 17),
        ("17j", 17),
        ("17 j", 17),
        ("17jr", 17),
        ("17 jr", 17),
        ("17jaar", 17),
        ("17 jaar", 17),
        ("17 jaar oud", 17),
        ("17-jarige", 17),
        ("zeventienjarige", 17),
        ("zeventien", 17),
        ("Zeventien jaar", 17),
        ("6 maanden", 0),
        ("18 maanden", 1),
        ("0", 0),
        ("120", 120),
        ("121", None),
        ("150", None),
        ("-3", None),
        ("twee kinderen", None),
        ("17 euro", None),
        ("", None),
    ],
)
def test_parse_age(text: str, expected: int | None) -> None:
    assert parse_age(text) == expected


def test_every_number_word_round_trips() -> None:
    table = number_words()
    assert set(range(0, 131)) <= set(table.values())
    for word, value in table.items():
        assert parse_number(word) == value


@given(st.integers(min_value=0, max_value=MAX_AGE))
def test_digit_ages_with_units(age: int) -> None:
    for form in (f"{age}", f"{age}j", f"{age} jr", f"{age}jaar", f"{age} jaar"):
        assert parse_age(form) == age


@given(st.text(max_size=60))
def test_parse_age_never_raises(text: str) -> None:
    result = parse_age(text)
    assert result is None or 0 <= result <= MAX_AGE
