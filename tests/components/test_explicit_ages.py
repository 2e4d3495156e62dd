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


def test_an_age_after_is_and_the_writers_age_after_nu_are_found():
    text = "mijn broer is 15 en ik ben nu 17"
    relative = [{"entity": "relationship", "start": 5, "end": 10, "value": "sibling"}]
    added = normaliser().missed_ages(relative, text)
    assert [(e["value"], e.get("role")) for e in added] == [("15", None), ("17", "sponsor")]


def test_a_social_workers_young_client_is_the_sponsor():
    text = "ik begeleid een jongen van 16, erkend vluchteling sinds augustus"
    assert [(e["value"], e.get("role")) for e in normaliser().missed_ages([], text)] == [
        ("16", "sponsor")
    ]
    client = "een meisje van 15 is mijn klant, ze heeft subsidiaire bescherming"
    assert [(e["value"], e.get("role")) for e in normaliser().missed_ages([], client)] == [
        ("15", "sponsor")
    ]
    plain = "er is een meisje van 12 in het kamp"
    assert [(e["value"], e.get("role")) for e in normaliser().missed_ages([], plain)] == [
        ("12", None)
    ]


def test_an_article_and_a_duration_are_no_ages():
    assert normaliser().missed_ages([], "ik ben een erkende vluchteling") == []
    relative = [{"entity": "relationship", "start": 5, "end": 11, "value": "parent"}]
    text = "mijn moeder is al 10 jaar vluchteling in jordanie"
    assert normaliser().missed_ages(relative, text) == []
