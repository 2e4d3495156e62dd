"""A fully written recognition date is never lost, and words that are no date are dropped."""

from __future__ import annotations

from datetime import date

import pytest
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


@pytest.mark.parametrize(
    "text",
    [
        "ik ben in belgie aangekomen op 3 juni 2023 en nu ben ik erkend vluchteling",
        "erkend vluchteling, mijn dochter is geboren op 2 februari 2008",
        "mijn asiel werd eerst geweigerd op 20/08/2025 maar in beroep erkend vluchteling",
        "mijn b kaart is geldig tot 30/06/2027, ik ben erkend vluchteling",
        "subsidiaire bescherming, we zijn getrouwd op 3/8/2024",
    ],
)
def test_the_date_of_another_event_is_not_taken_as_recognition_date(text):
    assert explicit_recognition_dates(text) == []


def test_only_the_recognition_date_is_taken_beside_an_appointment():
    text = "ik heb subsidiaire bescherming sinds 1/2/2025 en een afspraak op 09.12.2026"
    assert [s.text for s in explicit_recognition_dates(text)] == ["1/2/2025"]


def test_a_national_number_tagged_as_a_date_hides_no_written_date():
    """ "rijksregister 85.07.30-033.61. Ik ben erkend vluchteling sinds 3 maart 2026": the
    model tagged the national number as the date; the written date is still found (a chat that
    typed its identifiers lost the recognition date)."""
    text = "rijksregister 85.07.30-033.61. Ik ben erkend vluchteling sinds 3 maart 2026"
    tagged = {"entity": "recognition_date", "start": 14, "end": 29, "value": "85.07.30-033.61"}
    message = Message.build(text=text)
    message.set("entities", [tagged])
    normaliser().process([message])
    dates = [
        e.get("normalized") for e in message.get("entities") if e["entity"] == "recognition_date"
    ]
    assert "2026-03-03" in dates
