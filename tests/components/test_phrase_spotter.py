"""Custody, disability and marriage phrases the model missed are still found, and only those."""

from __future__ import annotations

from datetime import date

import pytest
from rasa.shared.nlu.training_data.message import Message

from samen_rasa.nlu.canonical import Canonicaliser
from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer
from samen_rasa.nlu.phrase_spotter import PhraseSpotter, negated

NOW = date(2026, 11, 22)


@pytest.fixture(scope="module")
def spotter() -> PhraseSpotter:
    return PhraseSpotter.from_tables(Canonicaliser.from_vocabulary().tables)


def spotted(spotter: PhraseSpotter, text: str) -> list[tuple[str, str, str]]:
    return [(s.entity, s.text, s.value) for s in spotter.spots(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik heb het volledig gezag over mijn zoon",
            [("custody", "volledig gezag", "sole")],
        ),
        (
            "we hebben samen het gezag, hij woont bij zijn mama",
            [("custody", "samen het gezag", "shared")],
        ),
        (
            "ze heeft een verstandelijke beperking",
            [("disability", "verstandelijke beperking", "disabled")],
        ),
        ("we zijn religieus getrouwd", [("marriage_type", "religieus", "religious_or_customary")]),
        (
            "we zijn getrouwd op het gemeentehuis",
            [("marriage_type", "op het gemeentehuis", "official")],
        ),
    ],
)
def test_a_known_phrase_is_found_with_the_span_of_the_annotation_convention(
    spotter, text, expected
):
    assert spotted(spotter, text) == expected


def test_a_long_word_with_one_typo_is_still_found(spotter):
    assert spotted(spotter, "mijn zoon is gehandicapd") == [
        ("disability", "gehandicapd", "disabled")
    ]


def test_a_short_word_with_a_typo_is_not_guessed(spotter):
    assert spotted(spotter, "ik heb het volledig gezach") == []


@pytest.mark.parametrize(
    "text",
    [
        "ik ben alleen in belgie",  # "alleen" is no custody phrase without "gezag"
        "we wonen samen met mijn ex",
        "ik heb een officieel document van de gemeente",  # no marriage in the message
        "ze zit in een rolstoel",  # a circumstance, not the disability word
        "hoe laat ik een huwelijksakte legaliseren",
    ],
)
def test_words_that_only_look_like_a_value_are_not_taken(spotter, text):
    assert spotted(spotter, text) == []


def test_the_component_adds_a_missed_phrase_but_never_over_a_tagged_entity():
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    text = "mijn dochter is gehandicapt en ik heb het volledig gezag"
    tagged = [{"entity": "disability", "start": 16, "end": 27, "value": "disabled"}]
    added = normaliser.missed_phrases(tagged, text)
    assert [(e["entity"], text[e["start"] : e["end"]], e["value"]) for e in added] == [
        ("custody", "volledig gezag", "sole")
    ]


def test_spotting_can_be_turned_off():
    config = {**EntityValueNormalizer.get_default_config(), "spot_entities": []}
    message = Message.build(text="ik heb het volledig gezag")
    EntityValueNormalizer(config, None, None).process([message])
    assert not message.get("entities")


def test_a_negated_phrase_is_not_spotted(spotter):
    assert spotted(spotter, "we zijn religieus getrouwd, niet officieel") == [
        ("marriage_type", "religieus", "religious_or_customary")
    ]


def _categorical(text: str, fragment: str, entity: str, value: str) -> list[dict]:
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    start = text.index(fragment)
    tagged = [{"entity": entity, "start": start, "end": start + len(fragment), "value": value}]
    return normaliser.normalise_entities(tagged, text, NOW)


def test_a_custody_word_in_a_message_about_something_else_is_dropped():
    assert (
        _categorical(
            "ik ben zeventien en hier alleen, ik ben erkend", "alleen", "custody", "alleen"
        )
        == []
    )


def test_a_custody_word_is_kept_as_a_short_answer_or_next_to_custody():
    assert _categorical("alleen ik", "alleen", "custody", "alleen")[0]["value"] == "sole"
    kept = _categorical("ik heb het gezag alleen sinds de scheiding", "alleen", "custody", "alleen")
    assert kept[0]["value"] == "sole"


def test_officieel_is_a_marriage_type_only_in_a_message_about_a_marriage():
    assert (
        _categorical(
            "ik heb een officieel document van de gemeente",
            "officieel",
            "marriage_type",
            "official",
        )
        == []
    )
    kept = _categorical(
        "we zijn officieel getrouwd in kabul", "officieel", "marriage_type", "official"
    )
    assert kept[0]["value"] == "official"


def test_a_status_is_spotted_after_ik_ben_but_not_a_bare_erkend():
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    assert [e["value"] for e in normaliser.missed_phrases([], "ik ben asielzoeker sinds mei")] == [
        "asylum_seeker"
    ]
    assert normaliser.missed_phrases([], "ik ben erkend sinds mei") == []
    assert normaliser.missed_phrases([], "mijn broer is asielzoeker in kenia") == []


def test_a_negated_disability_is_dropped():
    assert (
        _categorical(
            "mijn zoon is ziek maar niet gehandicapt", "gehandicapt", "disability", "disabled"
        )
        == []
    )


def test_dutch_pas_before_a_disability_is_no_negation():
    assert not negated("mijn zoon is pas gehandicapt", len("mijn zoon is pas "))
    assert negated("il n'est pas handicape", len("il n'est pas "))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik wou belg worden maar nu heb ik een b kaart", ("b kaart", "third_country_national")),
        ("na mijn beroep nu erkend vluchteling", ("erkend vluchteling", "refugee")),
        ("my father has refugee status in belgium", ("refugee status", "refugee")),
    ],
)
def test_a_status_three_words_after_a_verb_or_now_is_spotted(text, expected):
    message = Message(data={"text": text, "entities": []})
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    normaliser.process([message])
    found = [
        (text[e["start"] : e["end"]], e["value"])
        for e in message.get("entities") or []
        if e["entity"] == "sponsor_status"
    ]
    assert found == [expected]


def test_a_status_far_from_any_verb_is_not_spotted():
    message = Message(data={"text": "de b kaart van mijn buurman", "entities": []})
    EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None).process([message])
    assert [e for e in message.get("entities") or [] if e["entity"] == "sponsor_status"] == []
