"""Only the date of the recognition becomes `recognition_date`; other events' dates do not.

Art. 10 counts the favourable period from the recognition: a date of arrival, marriage or
asylum application taken for it would give the wrong deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from samen_rasa.nlu.date_context import is_recognition_date
from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer


def recognised(text: str, fragment: str) -> bool:
    start = text.index(fragment)
    return is_recognition_date(text, start, start + len(fragment))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("ik ben aangekomen in 2022 en erkend sinds mei 2024", "2022"),
        ("asielaanvraag gedaan op 3 januari 2024, erkend vluchteling sinds 12 sept", "3 januari"),
        ("interview bij cgvs was op 14 mei, de beslissing kwam 27 juni", "14 mei"),
        ("ik ben hier sinds 2023, erkend als vluchteling in maart 2025", "2023"),
        ("we zijn getrouwd op 12/08/2017 en ik ben erkend vluchteling sinds 10/02/2026",
         "12/08/2017"),
        ("mijn client kwam aan als minderjarige in 2024, vluchteling sinds vorige maand", "2024"),
        ("eerst negatief in juli, na beroep toch erkend als vluchteling op 9 december", "juli"),
        ("kwam toe in belgie 2 jaar geleden, erkend 4 maanden geleden", "2 jaar geleden"),
        ("ik ben asielzoeker sinds vorig jaar", "vorig jaar"),
        # panel 23 (v3, s1): the asylum application and an 18th birthday
        ("ja hij vroeg asiel in juni 2024, ik was toen 17", "juni 2024"),
        ("ja hij werd 18 in oktober 2025, ik was nog niet erkend toen", "oktober 2025"),
        ("hij was 17 toen ik asiel vroeg, hij is 18 geworden in maart 2025", "maart 2025"),
        ("wacht sorry omid is al 19, hij verjaarde in maart", "maart"),
        ("ik wacht al 8 maanden op de beslissing van het cgvs", "8 maanden"),
        ("mijn subsidiaire bescherming werd ingetrokken in januari", "januari"),
        ("ik heb mijn oranje kaart sinds februari", "februari"),
        ("ik woon al 3 jaar in belgie, erkend vluchteling", "3 jaar"),
        ("verzoeker internationale bescherming sinds mei 2025, vrouw in afghanistan", "mei 2025"),
        ("mijn negatieve beslissing kwam op 3 juni, ik ben in beroep gegaan", "3 juni"),
        ("ik ben op 3 juni 2023 aangekomen, erkend sinds mei", "3 juni 2023"),
        ("mijn dochter is 9 en is sinds september bij mijn zus in ethiopie", "september"),
        # panel 27 (b4): a death
        ("erkend vluchteling sinds 2023. haar moeder, vader overleden in augustus", "augustus"),
        # panel 29 (a1): the asylum application, the verb after "asiel"
        ("maar hij was 17 toen ik asiel vroeg in belgie, januari 2025", "januari 2025"),
    ],
)  # fmt: skip
def test_the_date_of_another_event_is_not_the_recognition_date(text, fragment):
    assert not recognised(text, fragment)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("ik ben aangekomen in 2022 en erkend sinds mei 2024", "mei 2024"),
        ("asielaanvraag gedaan op 3 januari 2024, erkend vluchteling sinds 12 sept", "12 sept"),
        ("interview bij cgvs was op 14 mei, de beslissing kwam 27 juni", "27 juni"),
        ("eerst negatief in juli, na beroep toch erkend als vluchteling op 9 december",
         "9 december"),
        ("kwam toe in belgie 2 jaar geleden, erkend 4 maanden geleden", "4 maanden geleden"),
        ("erkend vluchteling in belgie sinds maart 2024", "maart 2024"),
        ("ik ben sinds 3 maart erkend vluchteling", "3 maart"),
        ("mijn man is vluchtelling in belgie sinds januari, ik ben in turkije", "januari"),
        ("sinds 3 maart", "3 maart"),
        ("ergens in 2024, de exacte dag weet ik niet meer", "2024"),
        ("november 2025 denk ik, het staat op de brief van het cgvs", "november 2025"),
        ("asiel gekregen op 5 mei 2025", "5 mei 2025"),
        ("mijn client heeft s.b. sinds 2 februari, moet hij een ziekteverzekering tonen",
         "2 februari"),
    ],
)  # fmt: skip
def test_the_date_of_the_recognition_and_a_bare_answer_are_kept(text, fragment):
    assert recognised(text, fragment)


def test_the_component_drops_a_tagged_arrival_date_and_keeps_the_recognition():
    text = "ik ben aangekomen in 2022 en erkend sinds mei 2024"
    entities = [
        {"entity": "recognition_date", "start": 20, "end": 24, "value": "2022"},
        {"entity": "recognition_date", "start": 42, "end": 50, "value": "mei 2024"},
    ]
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    kept = normaliser.normalise_entities(entities, text, date(2026, 11, 22))
    assert [(e["value"], e["normalized"]) for e in kept] == [("mei 2024", "2024-05-01")]


@pytest.mark.parametrize(
    ("text", "fragment", "kept"),
    [
        ("in de zomer van vorig jaar kreeg ik subsidiaire bescherming, ik ben 19 jaar", "19 jaar",
         False),
        ("betrokkene is 34 jaar, subsidiaire bescherming sinds feb 2026", "34 jaar", False),
        ("ik ben 2 jaar erkend als vluchteling", "2 jaar", True),
        ("tegen 15 januari moet alles binnen zijn zeker?", "15 januari", False),
    ],
)  # fmt: skip
def test_an_age_or_a_deadline_is_no_recognition_date(text, fragment, kept):
    assert recognised(text, fragment) is kept
