"""`span_repair.repair_spans`: DIET's spans brought to the annotation conventions."""

from __future__ import annotations

import time

import pytest

from samen_rasa.nlu.span_repair import repair_spans

TABLES = {
    "sponsor_status": {
        "vluchtling": "refugee",
        "erkend vluchtling": "refugee",
        "subsidiaire": "subsidiary_protection",
        "protection subsidiaire": "subsidiary_protection",
    },
    "relationship": {"vader": "parent", "mijn vader": "parent", "dochter": "child"},
}


def _entity(text: str, fragment: str, name: str, value: str | None = None) -> dict:
    start = text.index(fragment)
    return {
        "entity": name,
        "start": start,
        "end": start + len(fragment),
        "value": value or fragment,
    }


def _spans(text: str, entities: list[dict]) -> list[tuple[str, str, str]]:
    return [
        (e["entity"], text[e["start"] : e["end"]], e["value"])
        for e in repair_spans(entities, text, TABLES)
    ]


@pytest.mark.parametrize(
    ("text", "predicted", "expected"),
    [
        ("sinds april 2024, zijn vrouw", ["april"], "april 2024"),
        ("ik ben erkend sinds 23 augustus", ["augustus"], "23 augustus"),
        ("een jaar geleden", ["jaar geleden"], "een jaar geleden"),
        ("sinds 8 maanden", ["maanden"], "8 maanden"),
        ("midden vorig jaar", ["vorig jaar"], "midden vorig jaar"),
        ("begin maart denk ik", ["maart"], "begin maart"),
        ("erkend sinds september 2024 ja", ["september", "2024"], "september 2024"),
        ("op 3/3/25", ["3/3/25"], "3/3/25"),
        ("erkend in de zomer van 2025", ["de zomer van 2025"], "zomer van 2025"),
        ("op de 15de van juni", ["de 15de van juni"], "15de van juni"),
        ("ongeveer 7 maand geleden", ["ongeveer 7 maand geleden"], "7 maand geleden"),
        ("pas sinds dinsdag", ["pas sinds dinsdag"], "dinsdag"),
        ("erkend 2 maand terug", ["2 maand"], "2 maand terug"),
    ],
)
def test_date_spans(text: str, predicted: list[str], expected: str) -> None:
    entities = [_entity(text, p, "recognition_date") for p in predicted]
    assert _spans(text, entities) == [("recognition_date", expected, expected)]


def test_unit_word_alone_is_no_date() -> None:
    text = "ons kind woont om de week bij mij"
    assert _spans(text, [_entity(text, "week", "recognition_date")]) == []


def test_relationship_takes_adjectives_not_possessives() -> None:
    text = "mijn meerderjarige dochter en mijn vader"
    entities = [
        _entity(text, "dochter", "relationship", "child"),
        _entity(text, "vader", "relationship", "parent"),
    ]
    assert _spans(text, entities) == [
        ("relationship", "meerderjarige dochter", "child"),
        ("relationship", "vader", "parent"),
    ]


def test_known_longer_spelling_of_the_same_value() -> None:
    text = "erkend vluchtling en j'ai la protection subsidiaire"
    entities = [
        _entity(text, "vluchtling", "sponsor_status", "refugee"),
        _entity(text, "subsidiaire", "sponsor_status", "subsidiary_protection"),
    ]
    assert _spans(text, entities) == [
        ("sponsor_status", "erkend vluchtling", "refugee"),
        ("sponsor_status", "protection subsidiaire", "subsidiary_protection"),
    ]


def test_other_value_is_not_extended() -> None:
    text = "erkend vluchtling"
    entity = _entity(text, "vluchtling", "sponsor_status", "subsidiary_protection")
    assert _spans(text, [entity]) == [("sponsor_status", "vluchtling", "subsidiary_protection")]


def test_bad_spans_pass_through_and_long_text_is_fast() -> None:
    odd = [{"entity": "relationship", "value": "x"}, {"entity": "age", "start": 5, "end": 2}]
    assert repair_spans(odd, "abc", TABLES) == odd
    text = "maart " * 4000
    entities = [
        {"entity": "recognition_date", "start": i * 6, "end": i * 6 + 5, "value": "maart"}
        for i in range(0, 4000, 7)
    ]
    start = time.perf_counter()
    repair_spans(entities, text, TABLES)
    assert time.perf_counter() - start < 1.0


def test_date_pieces_around_in_are_merged_and_relative_words_extended() -> None:
    text = "erkend sinds vorig jaar in mei, vorige zomer"
    entities = [
        _entity(text, "vorig jaar", "recognition_date"),
        _entity(text, "mei", "recognition_date"),
        _entity(text, "vorige", "recognition_date"),
    ]
    assert [s for _, s, _ in _spans(text, entities)] == ["vorig jaar in mei", "vorige zomer"]


def test_no_punctuation_in_extended_spans() -> None:
    text = "ik ben erkend vluchtling, mijn vrouw"
    entity = _entity(text, "vluchtling", "sponsor_status", "refugee")
    assert _spans(text, [entity]) == [("sponsor_status", "erkend vluchtling", "refugee")]


def test_marriage_type_is_the_qualifying_word_only() -> None:
    text = "we zijn burgerlijk getrouwd in casablanca"
    entity = _entity(text, "burgerlijk getrouwd", "marriage_type", "official")
    assert _spans(text, [entity]) == [("marriage_type", "burgerlijk", "official")]


def test_relationship_and_marriage_are_not_extended_by_the_lexicon() -> None:
    tables = {"relationship": {"opa en oma": "grandparent"}}
    text = "mijn opa en oma"
    entity = _entity(text, "oma", "relationship", "grandparent")
    assert repair_spans([entity], text, tables)[0]["start"] == text.index("oma")


def test_prepositions_and_possessives_are_trimmed() -> None:
    text = "mijn man is hier als vluchteling sinds vorig jaar in november en mijn vader"
    entities = [
        _entity(text, "als vluchteling", "sponsor_status", "refugee"),
        _entity(text, "sinds vorig jaar", "recognition_date"),
        _entity(text, "mijn vader", "relationship", "parent"),
    ]
    assert [s for _, s, _ in _spans(text, entities)] == [
        "vluchteling",
        "vorig jaar in november",
        "vader",
    ]


def test_child_of_my_partner_is_one_stepchild() -> None:
    text = "kan de dochter van mijn vrouw ook komen, en mijn zoon"
    entities = [
        _entity(text, "dochter", "relationship", "child"),
        _entity(text, "vrouw", "relationship", "spouse"),
        _entity(text, "zoon", "relationship", "child"),
    ]
    assert _spans(text, entities) == [
        ("relationship", "dochter van mijn vrouw", "stepchild"),
        ("relationship", "zoon", "child"),
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("erkend op 12 september 2024", "12"),
        ("met onze 3 kids", "3"),
        ("hoeveel is 25 keer 4", "25"),
        ("ik ben 2 jaar geleden erkend", "2"),
    ],
)
def test_days_counts_and_amounts_are_no_ages(text: str, number: str) -> None:
    assert _spans(text, [_entity(text, number, "age")]) == []


def test_real_ages_stay() -> None:
    text = "mijn zoon is 17 jaar en mijn baby 6 maanden"
    entities = [_entity(text, "17", "age"), _entity(text, "6", "age")]
    assert [s for _, s, _ in _spans(text, entities)] == ["17", "6"]


def test_a_status_span_with_a_word_too_many_is_cut_to_the_known_phrase():
    from samen_rasa.nlu.canonical import Canonicaliser

    tables = Canonicaliser.from_vocabulary().tables
    text = "ik zit nog in de asielprocedure"
    start = text.index("in de asielprocedure")
    entity = {
        "entity": "sponsor_status",
        "start": start,
        "end": len(text),
        "value": "asylum_seeker",
    }
    (fixed,) = repair_spans([entity], text, tables)
    assert text[fixed["start"] : fixed["end"]] == "asielprocedure"


def test_a_marriage_place_is_extended_to_the_left_only():
    from samen_rasa.nlu.canonical import Canonicaliser

    tables = Canonicaliser.from_vocabulary().tables
    text = "we zijn getrouwd in de moskee in ons dorp"
    start = text.index("moskee")
    entity = {
        "entity": "marriage_type",
        "start": start,
        "end": start + 6,
        "value": "religious_or_customary",
    }
    (fixed,) = repair_spans([entity], text, tables)
    assert text[fixed["start"] : fixed["end"]] == "in de moskee"


def test_a_disability_span_keeps_the_words_that_name_it():
    text = "hij is verstandelijk gehandicapt"
    start = text.index("gehandicapt")
    entity = {"entity": "disability", "start": start, "end": len(text), "value": "disabled"}
    (fixed,) = repair_spans([entity], text, {})
    assert text[fixed["start"] : fixed["end"]] == "verstandelijk gehandicapt"


@pytest.mark.parametrize(
    ("text", "number", "kept"),
    [
        ("ik woon al 10 jaar in belgie", "10", False),
        ("binnen 2 maanden heb ik mijn interview", "2", False),
        ("je suis refugie depuis 2 mois", "2", False),
        ("il y a 6 mois", "6", False),
        ("ik ben een erkende vluchteling", "een", False),
        ("nee ze is al 19", "19", True),
        ("een", "een", True),
    ],
)
def test_durations_and_articles_are_no_ages_but_al_19_is(text, number, kept):
    assert bool(_spans(text, [_entity(text, number, "age")])) is kept


@pytest.mark.parametrize(
    ("text", "predicted", "expected"),
    [
        ("ik heb het statuut van vluchteling", "statuut van vluchteling", "vluchteling"),
        ("j'ai le statut de refugie", "statut de refugie", "refugie"),
        ("ik kreeg het statuut vluchteling", "statuut vluchteling", "vluchteling"),
    ],
)
def test_a_status_span_is_the_shortest_phrase_that_carries_the_status(text, predicted, expected):
    entity = _entity(text, predicted, "sponsor_status", "refugee")
    assert [s for _, s, _ in _spans(text, [entity])] == [expected]
