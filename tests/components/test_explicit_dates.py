"""A fully written recognition date is never lost, and words that are no date are dropped."""

from __future__ import annotations

from datetime import date

from rasa.shared.nlu.training_data.message import Message

from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer
from samen_rasa.nlu.explicit_dates import explicit_recognition_dates

NOW = date(2026, 11, 22)


def normaliser() -> EntityValueNormalizer:
    return EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)


def test_an_explicit_date_in_a_status_message_is_found():
    spans = explicit_recognition_dates("ik ben erkend vluchteling sinds 3 maart 2026")
    assert [s.text for s in spans] == ["3 maart 2026"]
    assert [s.text for s in explicit_recognition_dates("statuut gekregen op 03/03/25")] == [
        "03/03/25"
    ]


def test_a_date_without_any_status_word_is_not_taken_as_recognition_date():
    assert explicit_recognition_dates("we zijn getrouwd op 3 maart 2016") == []


def test_the_component_adds_the_missed_date_with_its_iso_value():
    text = "mijn dochter van 9 zit in Eritrea, ik ben erkend vluchteling sinds 3 maart 2026"
    entities = [{"entity": "relationship", "start": 5, "end": 12, "value": "child"}]
    added = normaliser().missed_recognition_dates(entities, text, NOW)
    assert [(e["value"], e["normalized"]) for e in added] == [("3 maart 2026", "2026-03-03")]


def test_a_tagged_recognition_date_is_not_doubled():
    text = "erkend sinds 3 maart 2026"
    tagged = [{"entity": "recognition_date", "start": 13, "end": 25, "value": "3 maart 2026"}]
    assert normaliser().missed_recognition_dates(tagged, text, NOW) == []


def test_a_number_word_tagged_as_a_date_is_dropped():
    text = "mijn vrouw en twee kinderen, ik ben sinds februari erkend"
    entities = [
        {"entity": "recognition_date", "start": 14, "end": 18, "value": "twee"},
        {"entity": "recognition_date", "start": 42, "end": 50, "value": "februari"},
    ]
    kept = normaliser().normalise_entities(entities, text, NOW)
    assert [(e["value"], e["normalized"]) for e in kept] == [("februari", "2026-02-01")]


def test_process_adds_a_date_to_a_message_without_entities():
    message = Message.build(text="erkend als vluchteling op 5/6/2025")
    normaliser().process([message])
    dates = [e for e in message.get("entities") if e["entity"] == "recognition_date"]
    assert [e["normalized"] for e in dates] == ["2025-06-05"]
