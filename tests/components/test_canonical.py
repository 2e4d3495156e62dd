"""Entity value canonicalisation (samen_rasa.nlu.canonical, fuzzy, vocabulary)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samen_rasa.nlu.canonical import Canonicaliser
from samen_rasa.nlu.fuzzy import best_match, osa_distance
from samen_rasa.nlu.vocabulary import CANONICAL

CONTRACT = {
    "relationship": {
        "spouse",
        "registered_partner",
        "partner",
        "child",
        "stepchild",
        "parent",
        "sibling",
        "grandchild",
        "grandparent",
        "adopted_child",
        "foster_child",
        "other_relative",
    },
    "sponsor_status": {
        "refugee",
        "subsidiary_protection",
        "belgian",
        "eu_citizen",
        "third_country_national",
        "asylum_seeker",
    },
    "marriage_type": {"official", "religious_or_customary"},
    "custody": {"sole", "shared", "none"},
    "disability": {"disabled"},
}


@pytest.fixture(scope="module")
def canon() -> Canonicaliser:
    return Canonicaliser.from_vocabulary()


def test_vocabulary_covers_exactly_the_contract_values() -> None:
    for entity, values in CONTRACT.items():
        assert set(CANONICAL[entity]) == values, entity


@pytest.mark.parametrize(
    ("entity", "value", "expected"),
    [
        ("relationship", "spouse", "spouse"),
        ("relationship", "Echtgenote", "spouse"),
        ("relationship", "mijn vrouw", "spouse"),
        ("relationship", "mn vrouw", "spouse"),
        ("relationship", "m'n man", "spouse"),
        ("relationship", "echtgenotte", "spouse"),  # typo, distance 1
        ("relationship", "dochtertje", "child"),
        ("relationship", "pleegdochter", "foster_child"),
        ("relationship", "kozijn", "other_relative"),
        ("relationship", "bomma", "grandparent"),
        ("relationship", "stiefzoon", "stepchild"),
        ("relationship", "wettelijk samenwonende partner", "registered_partner"),
        ("sponsor_status", "vluchtling", "refugee"),  # typo
        ("sponsor_status", "Erkend Vluchteling", "refugee"),
        ("sponsor_status", "subsidiaire bescheming", "subsidiary_protection"),  # typo, 9+
        ("sponsor_status", "belg", "belgian"),
        ("sponsor_status", "asielzoekr", "asylum_seeker"),
        ("marriage_type", "nikah", "religious_or_customary"),
        ("marriage_type", "burgerlijk huwelijk", "official"),
        ("custody", "gedeeld gezag", "shared"),
        ("disability", "gehandicapt", "disabled"),
        ("country", "syrie", "Syrië"),
        ("country", "Syria", "Syrië"),
        ("country", "Syrië", "Syrië"),
        ("country", "afganistan", "Afghanistan"),
        ("country", "Eritria", "Eritrea"),
        ("country", "turquie", "Turkije"),
        ("relationship", "mijn oudste zoon", "child"),
        ("relationship", "ons klein zusje", "sibling"),
        ("relationship", "kozijntje", "other_relative"),
        ("relationship", "broerke", "sibling"),
    ],
)
def test_canonicalise(canon: Canonicaliser, entity: str, value: str, expected: str) -> None:
    assert canon.canonicalise(entity, value) == expected


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        ("relationship", "buurman"),
        ("relationship", "collega"),
        ("relationship", "mam"),  # too short for a fuzzy match
        ("sponsor_status", "student"),
        ("sponsor_status", "erkennen"),
        ("country", "Atlantis"),
        ("country", "brussel"),
        ("marriage_type", "ja"),
        ("relationship", ""),
        ("relationship", "x" * 5000),
        ("relationship", "😀"),
        ("relationship", "زوجة"),
        ("unknown_entity", "vrouw"),
    ],
)
def test_unknown_values_are_not_mapped(canon: Canonicaliser, entity: str, value: str) -> None:
    assert canon.canonicalise(entity, value) is None


def test_training_synonyms_extend_the_tables() -> None:
    canon = Canonicaliser.from_vocabulary(
        synonyms={"vluchtelinge": "refugee", "zeventien": "17", "hbibti": "partner"},
        annotated=[("country", "kurdistan", "Koerdistan"), ("relationship", "ons mama", "parent")],
    )
    assert canon.canonicalise("sponsor_status", "vluchtelinge") == "refugee"
    assert canon.canonicalise("relationship", "hbibti") == "partner"
    assert canon.canonicalise("relationship", "ons mama") == "parent"
    assert canon.canonicalise("country", "koerdistan") == "Koerdistan"
    assert canon.canonicalise("country", "kurdistan") == "Koerdistan"
    # a synonym of a non-categorical value (an age) goes nowhere
    assert all("zeventien" not in table for table in canon.tables.values())


def test_tables_round_trip_through_dict() -> None:
    canon = Canonicaliser.from_vocabulary()
    again = Canonicaliser(canon.to_dict())
    assert again.canonicalise("sponsor_status", "vluchtling") == "refugee"


def test_fuzzy_is_conservative() -> None:
    assert osa_distance("feburari", "februari", 2) == 1  # transposition
    assert osa_distance("abc", "xyz", 1) == 2  # capped at limit + 1
    assert best_match("man", {"maan": "x"}) is None  # short words never fuzzy
    # a tie between different values is no match
    assert best_match("abcdex", {"abcdef": "one", "abcdey": "two"}) is None
    assert best_match("abcdex", {"abcdef": "one", "abcdey": "one"}) == "one"


@given(st.text(max_size=40), st.text(max_size=40), st.integers(min_value=0, max_value=3))
def test_osa_is_symmetric_and_bounded(a: str, b: str, limit: int) -> None:
    d = osa_distance(a, b, limit)
    assert d == osa_distance(b, a, limit)
    assert 0 <= d <= limit + 1
    assert (d == 0) == (a == b)


@pytest.mark.parametrize(
    "value",
    ["erkend", "Erkend!", "erkent", "statuut", "mijn statuut", "het statuut", "m'n statuut"],
)
def test_ambiguous_status_words_get_no_value(value: str) -> None:
    """A bare "erkend"/"statuut" does not tell refugee from subsidiary protection."""
    canon = Canonicaliser.from_vocabulary(
        synonyms={"erkend": "refugee", "statuut": "refugee"},
        annotated=[("sponsor_status", "erkend", "refugee")],
    )
    assert canon.canonicalise("sponsor_status", value) is None
    assert canon.canonicalise("sponsor_status", "erkend vluchteling") == "refugee"
    assert canon.canonicalise("sponsor_status", "erkend als vluchteling") == "refugee"
