"""An age written right after a kinship word or after "ik ben" is never lost."""

from __future__ import annotations

from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer


def normaliser() -> EntityValueNormalizer:
    return EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)


def test_an_age_after_a_kinship_word_and_the_writers_own_age_are_found():
    text = "mijn dochter van 9 zit in Eritrea, ik ben 40"
    relative = [{"entity": "relationship", "start": 5, "end": 12, "value": "child"}]
    added = normaliser().missed_ages(relative, text)
    assert [(e["value"], e.get("role")) for e in added] == [("9", None), ("40", "sponsor")]


def test_counts_and_durations_are_no_ages():
    relative = [{"entity": "relationship", "start": 4, "end": 10, "value": "parent"}]
    assert (
        normaliser().missed_ages(relative, "een moeder van 2 kinderen, ik ben 3 maanden hier") == []
    )
