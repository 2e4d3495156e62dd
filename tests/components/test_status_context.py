"""Only the sponsor's present status reaches the dialogue; plans and relatives abroad do not."""

from __future__ import annotations

from datetime import date

import pytest

from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer, writers_status_first
from samen_rasa.nlu.status_context import applies_to_sponsor

ABROAD = {"kenia", "turkije", "syrie", "egypte", "libanon", "irak"}


def applies(text: str, word: str, value: str = "refugee") -> bool:
    start = text.index(word)
    return applies_to_sponsor(text, start, start + len(word), value, ABROAD)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("ik ben erkend vluchteling sinds maart", "erkend vluchteling", "refugee"),
        (
            "mijn man is erkend vluchteling in belgie, ik zit in irak",
            "erkend vluchteling",
            "refugee",
        ),
        ("hij is vluchteling in antwerpen en ik ben nog in syrie", "vluchteling", "refugee"),
        (
            "mijn vrouw zit in turkije, ik heb subsidiaire bescherming",
            "subsidiaire bescherming",
            "subsidiary_protection",
        ),
        (
            "ik heb asiel aangevraagd in 2022 en ben nu erkend vluchteling",
            "erkend vluchteling",
            "refugee",
        ),
        ("ik ben asielzoeker en wacht nog op het cgvs", "asielzoeker", "asylum_seeker"),
        (
            "wat zijn de documenten als ik subsidiaire bescherming heb",
            "subsidiaire bescherming",
            "subsidiary_protection",
        ),
        ("mijn broer is vluchteling in kenia, ik ben zelf belg", "belg", "belgian"),
        ("ik heb nog geen beslissing", "nog geen beslissing", "asylum_seeker"),
        (
            "da was 2 weken terug, toen kreeg ik de brief da ik vluchteling ben",
            "vluchteling",
            "refugee",
        ),
        ("kben vluchteling sinds afgelopen zomer", "vluchteling", "refugee"),
        ("wij zijn nederlands en wonen in gent", "nederlands", "eu_citizen"),
        # a son for his father (panel 111, v4)
        ("we zijn erkende vluchtelingen sinds 2020", "erkende vluchtelingen", "refugee"),
        (
            "mn papieren kwamen vorig jaar in juli, toen was da subsidiaire",
            "subsidiaire",
            "subsidiary_protection",
        ),
    ],
)
def test_the_sponsors_present_status_is_kept(text, word, value):
    assert applies(text, word, value)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("ik ben geen belg", "belg", "belgian"),
        # a Belgian's past (panel 114, t3: "Je vader: erkend vluchteling")
        ("ma vader was toch ook vluchteling? geldt da voor hem?", "vluchteling", "refugee"),
        ("ik ben niet erkend als vluchteling", "vluchteling", "refugee"),
        ("ik ben geen asielzoeker meer", "asielzoeker", "asylum_seeker"),
        ("ik wil belg worden, kan mijn vader dan komen", "belg", "belgian"),
        ("ik hoop erkend te worden als vluchteling", "vluchteling", "refugee"),
        (
            "ik vraag binnenkort de belgische nationaliteit aan",
            "belgische nationaliteit",
            "belgian",
        ),
        (
            "als ik erkend vluchteling word, mag mijn vrouw dan komen",
            "erkend vluchteling",
            "refugee",
        ),
        ("mijn asielaanvraag is geweigerd", "asielaanvraag", "asylum_seeker"),
        ("vroeger was ik asielzoeker", "asielzoeker", "asylum_seeker"),
        (
            "mijn subsidiaire bescherming is niet verlengd",
            "subsidiaire bescherming",
            "subsidiary_protection",
        ),
        (
            "wat is subsidiaire bescherming precies",
            "subsidiaire bescherming",
            "subsidiary_protection",
        ),
        (
            "wat is het verschil tussen vluchteling en subsidiaire bescherming",
            "subsidiaire bescherming",
            "subsidiary_protection",
        ),
        ("mijn broer is vluchteling in kenia", "vluchteling", "refugee"),
        (
            "mijn zus is erkend als vluchteling in egypte maar daar is het niet veilig",
            "vluchteling",
            "refugee",
        ),
    ],
)
def test_a_status_that_is_not_the_sponsors_present_one_is_dropped(text, word, value):
    assert not applies(text, word, value)


def test_the_component_drops_a_relatives_status_abroad_but_keeps_the_writers():
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    text = "mijn broer is vluchteling in kenia, ik ben zelf belg"
    entities = []
    for word, value in (("vluchteling", "refugee"), ("belg", "belgian")):
        start = text.index(word)
        entities.append(
            {"entity": "sponsor_status", "start": start, "end": start + len(word), "value": value}
        )
    kept = normaliser.normalise_entities(entities, text, date(2026, 11, 22))
    assert [e["value"] for e in kept] == ["belgian"]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("hebben belgen dezelfde regels als vluchtelingen", "belgen", "belgian"),
        ("ik had eerst een oranje kaart", "oranje kaart", "asylum_seeker"),
        (
            "ik heb een b-kaart aangevraagd maar nog niet gekregen",
            "b-kaart",
            "third_country_national",
        ),
        ("sorry voor mijn nederlands", "nederlands", "eu_citizen"),
        (  # panel 58, h3: "Jij: EU-burger"
            "ik schrijf voor mijn broer Karim, zijn Nederlands is nog niet zo goed",
            "Nederlands",
            "eu_citizen",
        ),
        ("ma femme peut venir en belgique", "belgique", "belgian"),
    ],
)
def test_people_in_general_a_past_card_a_language_or_a_place_are_no_status(text, word, value):
    assert not applies(text, word, value)


def test_a_wish_in_the_next_clause_does_not_undo_the_status():
    assert applies(
        "ik ben asielzoeker en hoop op een positieve beslissing", "asielzoeker", "asylum_seeker"
    )
    assert applies(
        "ik heb de belgische nationaliteit en wil mijn moeder laten komen",
        "belgische nationaliteit",
        "belgian",
    )


@pytest.mark.parametrize(
    ("text", "word", "value", "kept"),
    [
        ("ik ben pas erkend vluchteling", "erkend vluchteling", "refugee", True),
        ("kheb pas subsidiaire bescherming gekregen", "subsidiaire bescherming",
         "subsidiary_protection", True),
        ("je ne suis pas refugie", "refugie", "refugee", False),
        ("je n'ai pas la protection subsidiaire", "protection subsidiaire",
         "subsidiary_protection", False),
    ],
)  # fmt: skip
def test_dutch_pas_means_just_and_only_french_ne_pas_negates(text, word, value, kept):
    assert applies(text, word, value) is kept


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("als ik erkend vluchteling word, mag mijn vrouw komen", "erkend vluchteling", False),
        ("ik wacht tot ik vluchteling word", "vluchteling", False),
        ("ik wacht op mijn vrouw, ik ben erkend vluchteling", "erkend vluchteling", True),
    ],
)
def test_a_status_awaited_in_a_condition_is_a_plan(text, word, kept):
    assert applies(text, word) is kept


@pytest.mark.parametrize(
    ("text", "word", "value", "kept"),
    [
        ("mag een erkende vluchteling zijn ouders laten komen?", "vluchteling", "refugee", False),
        ("hoeveel kost het voor een belg?", "belg", "belgian", False),
        ("geldt dat ook voor subsidiaire bescherming?", "subsidiaire bescherming",
         "subsidiary_protection", False),
        ("ik ben een erkende vluchteling, mag mijn vrouw komen?", "vluchteling", "refugee", True),
        ("mijn man is een belg en ik woon in marokko", "belg", "belgian", True),
    ],
)  # fmt: skip
def test_a_status_as_a_category_in_a_question_is_not_the_writers(text, word, value, kept):
    assert applies(text, word, value) is kept


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("mijn buurman is belg en zegt dat ik heel veel moet verdienen", "belg", "belgian"),
        ("een vriend van mij is erkend vluchteling en heeft zijn vrouw laten komen",
         "erkend vluchteling", "refugee"),
        ("mijn advocaat is nederlander en zegt dat ik een dna test moet doen", "nederlander",
         "eu_citizen"),
        ("waar moet ze indienen, bij de belgische ambassade in addis abeba?", "belgische",
         "belgian"),
        ("ik werk nog niet, ik volg nederlandse les", "nederlandse", "eu_citizen"),
        ("ik ben erkend maar weet niet of het subsidiair of vluchteling is", "subsidiair",
         "subsidiary_protection"),
        ("als ge vluchteling zijt moet ge dan niks betalen?", "vluchteling", "refugee"),
        ("ik heb de belgische nationaliteit niet", "belgische nationaliteit", "belgian"),
        ("kzijn gene nederlander he, ik woon wel in antwerpen", "nederlander", "eu_citizen"),
        ("in 2015 was ik nog vluchteling in een kamp", "vluchteling", "refugee"),
        ("ik ben vorig jaar belg geworden, daarvoor was ik vluchteling", "vluchteling", "refugee"),
        ("de man van mijn client zit in soedan en is daar erkend vluchteling bij unhcr",
         "erkend vluchteling", "refugee"),
        ("ik verwacht de beslissing volgende maand, hopelijk vluchtelingenstatus",
         "vluchtelingenstatus", "refugee"),
        ("hij was asielzoeker maar nu is hij belg", "asielzoeker", "asylum_seeker"),
        ("vroeger was ik al vluchteling in kenia", "vluchteling", "refugee"),
    ],
)  # fmt: skip
def test_someone_elses_status_a_thing_or_a_doubt_is_not_the_sponsors(text, word, value):
    assert not applies(text, word, value)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("ik ben belgische sinds 2019 en mijn man is in marokko", "belgische", "belgian"),
        ("mijn zoon is naar belgie gegaan en heeft daar subsidiaire bescherming gekregen",
         "subsidiaire bescherming", "subsidiary_protection"),
        ("mijn buurman zegt dat ik als vluchteling niets moet betalen", "vluchteling", "refugee"),
        ("mijn papa is vluchteling in belgie, ik ben in soedan", "vluchteling", "refugee"),
        ("toen ik aankwam was ik asielzoeker, twee jaar later kreeg ik subsidiaire bescherming",
         "subsidiaire bescherming", "subsidiary_protection"),
    ],
)  # fmt: skip
def test_the_sponsors_status_beside_such_words_is_kept(text, word, value):
    assert applies(text, word, value)


def test_the_writers_own_status_wins_over_a_relatives_in_the_same_message():
    text = "ik ben erkend vluchteling, mijn broer is belg en wil garant staan"
    belg = text.index("belg")
    entities = [
        {"entity": "sponsor_status", "start": 7, "end": 25, "value": "refugee"},
        {"entity": "sponsor_status", "start": belg, "end": belg + 4, "value": "belgian"},
    ]
    assert [e["value"] for e in writers_status_first(entities, text)] == ["refugee"]
    alone = "mijn broer is belg en wil garant staan"
    only = [{"entity": "sponsor_status", "start": 14, "end": 18, "value": "belgian"}]
    assert writers_status_first(only, alone) == only


@pytest.mark.parametrize(
    ("text", "word", "value", "kept"),
    [
        # a person named before the status in a question is no category
        ("mijn vrouw heeft een b kaart, kan mijn moeder komen?", "b kaart",
         "third_country_national", True),
        ("my client is an asylum seeker, can his wife come?", "asylum seeker", "asylum_seeker",
         True),
        ("welke papieren heeft mijn client met subsidiaire bescherming nodig?",
         "subsidiaire bescherming", "subsidiary_protection", True),
        ("ik bel over een client met subsidiaire bescherming, kan iemand helpen?",
         "subsidiaire bescherming", "subsidiary_protection", True),
        ("ik ben advocaat en mijn client is belg", "belg", "belgian", True),
        ("hoe lang duurt het als ik belg ben?", "belg", "belgian", True),
        ("moet ik een formulier invullen als vluchteling?", "vluchteling", "refugee", True),
        # anyone: "je"/"ge" as you, people "met" a status
        ("wat moet je doen als je belg bent?", "belg", "belgian", False),
        ("mag je als asielzoeker al een aanvraag doen?", "asielzoeker", "asylum_seeker", False),
        ("ge zijt belg en ge wilt uw vader laten komen, kan da?", "belg", "belgian", False),
        ("is het hetzelfde voor mensen met subsidiaire bescherming?", "subsidiaire bescherming",
         "subsidiary_protection", False),
        ("je suis belge et ma femme est au maroc", "belge", "belgian", True),
    ],
)  # fmt: skip
def test_a_question_about_a_named_person_keeps_the_status_a_question_about_anyone_not(
    text, word, value, kept
):
    assert applies(text, word, value) is kept


@pytest.mark.parametrize(
    ("text", "word", "value", "kept"),
    [
        ("ik ben vluchteling in turkije, kan ik naar mijn zus in belgie?", "vluchteling",
         "refugee", False),
        ("mijn broer is ook vluchteling maar dan in kenia", "vluchteling", "refugee", False),
        ("mijn oom is in egypte erkend als vluchteling", "vluchteling", "refugee", False),
        ("mijn man heeft daar subsidiaire bescherming, ik zit met de kinderen in irak",
         "subsidiaire bescherming", "subsidiary_protection", True),
        ("de papa is erkend vluchteling en de kinderen zitten in syrie", "erkend vluchteling",
         "refugee", True),
        ("ik ben vluchteling in belgie en mijn vrouw is in kenia", "vluchteling", "refugee",
         True),
        # the place of another person named after the status is that person's
        ("mijn cliente is erkend vluchteling en heeft gedeeld hoederecht met de vader in "
         "syrie", "erkend vluchteling", "refugee", True),
        ("mijn client heeft een verblijfskaart en gezamenlijk gezag met zijn ex-vrouw in egypte",
         "verblijfskaart", "third_country_national", True),
        ("mijn broer is vluchteling en woont in kenia", "vluchteling", "refugee", False),
    ],
)  # fmt: skip
def test_a_status_held_in_another_country_is_not_a_sponsors_in_belgium(text, word, value, kept):
    assert applies(text, word, value) is kept


@pytest.mark.parametrize(
    ("text", "word", "value", "kept"),
    [
        ("ik had subsidiaire bescherming en sinds vorige maand ben ik erkend vluchteling",
         "erkend vluchteling", "refugee", True),
        ("ik had subsidiaire bescherming en sinds vorige maand ben ik erkend vluchteling",
         "subsidiaire bescherming", "subsidiary_protection", False),
        ("mijn vader is erkend vluchteling geweest, nu niet meer", "erkend vluchteling",
         "refugee", False),
        ("ik kwam in 2020 als minderjarige asielzoeker, nu ben ik erkend", "asielzoeker",
         "asylum_seeker", False),
        ("ik kwam als vluchteling en ben erkend", "vluchteling", "refugee", True),
        ("het cgvs heeft mijn statuut van vluchteling afgenomen", "vluchteling", "refugee",
         False),
        ("ik ben bijna belg, mijn dossier loopt", "belg", "belgian", False),
        ("mss heb ik subsidiaire, mss vluchteling", "subsidiaire", "subsidiary_protection",
         False),
        ("mijn huisbaas is belg en wil een contract geven", "belg", "belgian", False),
        ("ik ben leerkracht en een leerling van mij is vluchteling", "vluchteling", "refugee",
         True),
    ],
)  # fmt: skip
def test_a_replaced_past_almost_or_unsure_status_is_dropped_a_present_one_kept(
    text, word, value, kept
):
    assert applies(text, word, value) is kept


def _statuses(text: str, *words: tuple[str, str]) -> list[dict]:
    out = []
    for word, value in words:
        start = text.index(word)
        out.append(
            {"entity": "sponsor_status", "start": start, "end": start + len(word), "value": value}
        )
    return out


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        ("ik ben belg en hij heeft een verblijfskaart", [("belg", "belgian"),
         ("verblijfskaart", "third_country_national")], ["belgian"]),
        ("ik ben zelf nederlander, de vrouw die ik begeleid is subsidiair beschermd",
         [("nederlander", "eu_citizen"), ("subsidiair beschermd", "subsidiary_protection")],
         ["subsidiary_protection"]),
        ("ik kwam als asielzoeker en ben nu erkend vluchteling", [("asielzoeker",
         "asylum_seeker"), ("erkend vluchteling", "refugee")], ["refugee"]),
        ("ik ben erkend vluchteling en heb nu ook mijn b kaart", [("erkend vluchteling",
         "refugee"), ("b kaart", "third_country_national")], ["refugee"]),
        ("mijn man is belg, ik heb een b kaart", [("belg", "belgian"), ("b kaart",
         "third_country_national")], ["third_country_national"]),
        ("ik ben asielzoeker met een oranje kaart", [("asielzoeker", "asylum_seeker"),
         ("oranje kaart", "asylum_seeker")], ["asylum_seeker", "asylum_seeker"]),
        # every relationship word of the vocabulary is family, not only the common ones
        ("ik ben belg en mijn schoonzoon heeft een b kaart", [("belg", "belgian"),
         ("b kaart", "third_country_national")], ["belgian"]),
        ("ik heb een b kaart en mijn schoondochter is belg", [("b kaart",
         "third_country_national"), ("belg", "belgian")], ["third_country_national"]),
    ],
)  # fmt: skip
def test_one_sponsor_per_message_the_writer_a_client_or_the_later_status(text, words, kept):
    assert [e["value"] for e in writers_status_first(_statuses(text, *words), text)] == kept
