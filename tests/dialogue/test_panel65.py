"""Findings of panel round 65 (stop 36), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel58 import up_to_the_answer
from tests.dialogue.test_panel63 import tom_answered
from tests.dialogue.test_panel64 import mariam

TODAY = dt.date(2026, 12, 6)


def rania() -> Chat:
    """Subsidiary protection since 1 september 2026, a fiancé in Idlib."""
    chat = Chat(today=TODAY)
    chat.say(
        "I want my [fiance](relationship:partner) Samer to come to Belgium, hij is in Idlib. "
        "please help"
    )
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 september](recognition_date:2026-09-01), this year"
    )
    return chat


def test_no_no_kids__no_child_added():
    """ "no, no kids. we zijn verloofd sinds 2021" to "Hebben jullie samen een kind?" added
    children ("Hoe oud is je eerste kind?"; panel 65, j4)."""
    chat = rania()
    chat.say(
        "no, no [kids](relationship:child). we zijn [verloofd](relationship:partner) sinds 2021"
        " in syrie, niet getrouwd yet"
    )
    assert not [p for p in chat.people if p["relationship"] == "child"], chat.transcript()


def test_kan_ik_eerst_met_hem_trouwen_as_my_husband__no_husband_now():
    """ "kan ik eerst met hem trouwen? like in Turkey or Lebanon, and then he comes as my
    husband?" made the fiancé "Je man of vrouw" and asked the marriage (panel 65, j4); seed 001:
    a marriage would give the right."""
    chat = rania()
    up_to_the_answer(
        chat, {"applicant.common_child": "no, no kids", "applicant.impossible_to_marry": "nee"}
    )
    reply = chat.say(
        "kan ik eerst met hem trouwen? like in Turkey or Lebanon, and then he comes as my "
        "[husband](relationship:spouse)?",
        intent="check_eligibility",
    )
    assert chat.person("partner") and "Wat voor huwelijk" not in reply, chat.transcript()
    assert "Trouwen jullie officieel? Dan heeft" in reply, reply


def piotr() -> Chat:
    """A Polish worker in Gent and his Ukrainian wife."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben Pools en werk in Gent, ik ben [EU-burger](sponsor_status:eu_citizen). Ik wil "
        "[mijn vrouw](relationship:spouse) Olena laten komen"
    )
    up_to_the_answer(
        chat,
        {"applicant.age": "[34](age)", "applicant.marriage": "officieel", "sponsor.age": "39"},
    )
    return chat


def test_moet_mijn_vrouw_minstens_21_zijn__no_art_10_rule_for_an_eu_citizen():
    """Art. 40bis is in no seed: "Moet mijn vrouw minstens 21 jaar zijn?" got art. 10's couple
    rule and citation (panel 65, j3)."""
    reply = piotr().say("Moet mijn [vrouw](relationship:spouse) minstens [21](age) jaar zijn?")
    assert "40bis" in reply and "art. 10" not in reply, reply


def test_waar_moet_olena_indienen__no_art_12bis_for_an_eu_citizen():
    """Art. 12bis is art. 10's (seed 002): the post's practice for an EU citizen's wife (panel
    65, j3, C)."""
    reply = piotr().say("Waar moet Olena de aanvraag indienen? In Kyiv of ergens anders?")
    assert "ambassade" in reply and "12bis" not in reply, reply


def mohammed() -> Chat:
    """A social worker for a refugee of 19 who came alone at 17, his parents and brothers."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker en schrijf namens mijn cliënt Mohammed (19). Hij wil zijn"
        " [ouders](relationship:parent) en zijn [twee broers](relationship:sibling) laten "
        "overkomen."
    )
    chat.say(
        "Hij is [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober 2026]"
        "(recognition_date:2026-10-01). Hij vroeg asiel aan op 10 maart 2024, toen was hij 17 "
        "en alleen in België."
    )
    up_to_the_answer(
        chat,
        {
            "sponsor.minor_at_asylum_application": "Ja, 17 zoals gezegd",
            "sponsor.unaccompanied_minor": "Ja, alleen",
            "applicant.age": "Youssif is [15](age), Adam is [12](age)",
            "applicant.half_sibling": "Nee, volle broers",
            "sponsor.age": "[19](age)",
        },
    )
    return chat


def test_the_parents_of_a_former_minor__the_route_line_and_the_summary():
    """ "De eerste ouder van je cliënt en de tweede ouder van je cliënt" is "De ouders van je
    cliënt"; the summary keeps what their right rests on: a minor who came alone (seed 001;
    panel 65, j5: "Heeft u dat genoteerd?"); the condition cites C-550/16, not the fee's art.
    1/1."""
    chat = mohammed()
    assert "• De ouders van je cliënt: recht op gezinshereniging" in chat.transcript()
    reply = chat.say("Samenvatting", intent="ask_summary")
    assert "minderjarig bij de asielaanvraag, alleen gekomen" in reply, reply
    conditions = chat.say("Voorwaarden", intent="ask_conditions")
    line = next(x for x in conditions.splitlines() if "jonger dan 18 jaar bij de asiel" in x)
    assert "C-550/16" in line and "art. 1/1" not in line, line


def test_is_alles_dan_verloren__the_parents_late_request():
    """Seed 002 "Laattijdige indiening": "En als de ouders ... pas in februari bij een ambassade
    geraken? Is alles dan verloren?" got where to apply (panel 65, j5)."""
    reply = mohammed().say(
        "En als de [ouders](relationship:parent) het kamp niet uit kunnen en pas in februari bij"
        " een ambassade geraken? Is alles dan verloren?",
        confidence=0.15,
    )
    assert "1 januari 2027" in reply and "leg uit wat een aanvraag op tijd verhinderde" in reply


def test_extra_humanitaire_redenen_voor_de_broers__none_needed_with_the_parents():
    """Seed 000: "Je hoeft in principe geen andere humanitaire elementen aan te tonen" of a
    minor sibling with the parents: "Moeten Youssif en Adam nog extra humanitaire redenen
    aantonen, of volstaat het dat de ouders meekomen?" got the second order (panel 65, j5)."""
    reply = mohammed().say(
        "Moeten Youssif en Adam nog extra humanitaire redenen aantonen, of volstaat het dat de "
        "[ouders](relationship:parent) meekomen?",
        intent="ask_humanitarian_visa",
        confidence=0.49,
    )
    assert "geen andere humanitaire redenen" in reply and "tweede orde" not in reply, reply


def koen() -> Chat:
    """A Belgian, his wife and her daughter of 8 whose father died."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik wil graag dat [mijn vrouw](relationship:spouse) Grace en haar [dochter]"
        "(relationship:child) Divine naar België komen."
    )
    chat.say("Ik ben [Belg](sponsor_status:belgian), ik woon in Hasselt.")
    up_to_the_answer(
        chat,
        {
            "applicant.age": "Grace is [31](age). Divine is [8](age)",
            "applicant.marriage": "officieel getrouwd in Kinshasa",
            "sponsor.age": "[35](age)",
            "applicant.custody": "Alleen mijn vrouw, want de vader is overleden.",
        },
    )
    return chat


def test_moet_ik_divine_eerst_adopteren__no_adoption_needed():
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je
    ook de huwelijksakte ... voorleggen": "Moet ik Divine eerst adopteren?" got "geen antwoord"
    (panel 65, j6)."""
    reply = koen().say("Moet ik Divine eerst adopteren voordat ze mag komen?")
    assert "adoptie is niet nodig" in reply and "art. 40ter" in reply, reply


def test_een_huurcontract_waar_we_pas_in_maart_intrekken__seed_004():
    """Seed 004: "Het heeft geen zin om een huurcontract ... af te geven van een woning waar je
    gezin pas later zal intrekken" (panel 65, j6: the tenant's name)."""
    reply = koen().say(
        "Kan ik beter het huurcontract van een groter appartement geven waar we pas in maart "
        "intrekken?",
        intent="ask_housing",
    )
    assert "pas later intrekt, heeft geen zin" in reply, reply


def test_als_mijn_man_geweigerd_wordt_mag_selam_toch_komen__her_own_right():
    """ "als mijn man geweigerd wordt, mag selam dan toch komen?" got "geen antwoord" (panel
    65, g2): a minor child has her own right (seed 003)."""
    chat, _ = mariam()
    reply = chat.say(
        "als mijn [man](relationship:spouse) geweigerd wordt, mag selam dan toch komen?",
        confidence=0.37,
    )
    assert "Je dochter heeft een eigen recht op gezinshereniging" in reply, reply


def test_hoe_lang_moeten_we_nog_wachten_voor_we_lang_genoeg_samen_zijn__6_months():
    """ "hoe lang moete we dan nog wachten voor da we lang genoeg samen zijn?" after "we zijn 18
    maand samen" got DVZ's processing time (panel 65, h4); seed 001: 2 years."""
    reply = tom_answered().say(
        "ok en hoe lang moete we dan nog wachten voor da we lang genoeg samen zijn?",
        intent="ask_processing_time",
        confidence=0.73,
    )
    assert "18 maanden (nog 6 tot 24)" in reply, reply


def test_western_union_bonnetjes__the_proofs_of_money_sent():
    """ "ik heb de bonnetjes van western union. is dat goed?" of a Belgian's son of 24 got the
    income amount (panel 65, j1); seed 004's proofs of being dependent."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian). mijn [zoon](relationship:child) karim")
    up_to_the_answer(
        chat,
        {"applicant.age": "[24](age)", "applicant.dependent": "ja ik stuur hem elke maand geld"},
    )
    reply = chat.say("ik stuur met western union. ik heb de bonnetjes. is dat goed?")
    assert "ten laste" in reply and "1.555" not in reply, reply


def test_de_tazkira_zijn_verloren__other_valid_proofs():
    """ "De tazkira van de kinderen zijn verloren tijdens de vlucht. Wat moet ik doen?" got the
    deadline (panel 65, j2); seed 002: other valid proofs."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) sinds [15 maart 2026]"
        "(recognition_date:2026-03-15). mijn [kinderen](relationship:child) zijn [16](age), "
        "[13](age) en [9](age). mijn vrouw is overleden"
    )
    up_to_the_answer(chat, {"sponsor.age": "[45](age)"})
    reply = chat.say(
        "De tazkira van de kinderen zijn verloren tijdens de vlucht. Wat moet ik doen?"
    )
    assert "andere geldige bewijzen" in reply, reply
