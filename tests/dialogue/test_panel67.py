"""Findings of panel round 67 (stop 36), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def hussein() -> Chat:
    """A social worker for a refugee whose daughter of 17 is married."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben sociaal assistent. Mijn cliënt Hussein ([45](age:sponsor), Irak) wil [zijn vrouw]"
        "(relationship:spouse) en [3 kinderen](relationship:child) laten komen"
    )
    chat.say(
        "[erkend vluchteling](sponsor_status:refugee) sinds [1 juli 2026]"
        "(recognition_date:2026-07-01)"
    )
    chat.say("[41](age)")
    chat.say("officieel, getrouwd in Bagdad 2004 met akte")
    chat.say("ja natuurlijk, ze zijn al 22 jaar getrouwd", intent="affirm")
    chat.say(
        "Fatima is [17](age). maar zij is vorig jaar getrouwd met een [neef]"
        "(relationship:other_relative) in Irak"
    )
    return chat


def test_fatima_is_17_maar_zij_is_getrouwd__no_right_as_a_child():
    """Seed 003: "De aanvrager moet ongehuwd zijn" (seed 001: "alleenstaand (ongehuwd)"): a
    married daughter of 17 got "recht op gezinshereniging", and her husband was added as one who
    comes (panel 67, l4)."""
    chat = hussein()
    assert chat.person("child")["facts"].get("married") is True, chat.transcript()
    assert not [p for p in chat.people if p["relationship"] == "other_relative"]


def test_als_we_een_kindje_krijgen_helpt_dat__no_child_added():
    """ "en als we een kindje krijgen, helpt dat dan?" made "Je kind: 26 jaar" that three
    corrections did not take out (panel 67, l5)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [man](relationship:spouse) karim, hij woont in marokko")
    chat.say("ik ben [belg](sponsor_status:belgian), woon in antwerpen")
    chat.say("[26](age). ik ben [27](age)")
    chat.say(
        "we zijn getrouwd met een [nikah](marriage_type:religious_or_customary) in tanger, bij "
        "de imam. niet op het gemeentehuis"
    )
    for _ in range(3):
        if chat.state.get("answered"):
            break
        chat.say("nee", intent="deny") if chat.question else chat.say("ja", intent="affirm")
    reply = chat.say(
        "en als we een [kindje](relationship:child) krijgen, helpt dat dan? en klopt het dat "
        "karim minstens 21 moet zijn? hij is 26 he",
        confidence=0.21,
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "huwelijk moet als officieel huwelijk gelden" in reply, reply  # seed 000


def test_als_we_indienen_na_20_december__the_right_stays_with_the_classic_conditions():
    """Seed 002 "Laattijdige indiening": "Het recht op gezinshereniging blijft behouden, maar
    ... de klassieke voorwaarden": "als we indienen na 20 december. kan saba en kinderen dan
    nog komen?" and "en als het te laat is? ... dan is alles weg?" got a child's 18th birthday
    and "geen antwoord" (panel 67, l3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn vrouw](relationship:spouse) en [4 kinderen](relationship:child) moeten komen. ze "
        "zijn in camp in ethiopie"
    )
    chat.say(
        "[vluchteling](sponsor_status:refugee). erkend [20 december 2025]"
        "(recognition_date:2025-12-20)"
    )
    chat.say("saba is [35](age)")
    chat.say("kerk en ook civiel in asmara 2010. zij heeft de akte van burgerlijke stand")
    chat.say("[40](age)")
    chat.say("yonas [15](age), ruth [12](age), mikael [9](age) en hana [5](age)")
    for _ in range(8):
        if chat.state.get("answered") or not chat.question:
            break
        chat.say("ja alle kinderen zijn van ons samen, geboren voor ik kwam", intent="affirm")
    if not chat.state.get("answered"):
        chat.say("ja", intent="affirm")
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "en als het te laat is? ambassade addis geeft misschien geen afspraak in 2 weken. dan is"
        " alles weg?",
        intent="ask_deadline",
        confidence=0.13,
    )
    assert "Dan blijft het recht" in reply and "18 wordt" not in reply, reply
    reply = chat.say("nee ik bedoel als we indienen na 20 december. kan saba dan nog komen?")
    assert "Dan blijft het recht" in reply and "geen antwoord" not in reply, chat.transcript()


def test_haar_ouders_mijn_zoon_en_zijn_vrouw__who_her_parents_are_no_son_who_comes():
    """ "haar ouders, mijn zoon en zijn vrouw. die wonen in Casablanca" to the custody question
    of a Belgian grandmother: who the parents are, no son who comes (panel 67, k6: "Hoe oud is
    je zoon?", then "Je zoon: wil naar België komen")."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [kleindochter](relationship:grandchild) Yasmine, ze is [10](age) jaar. ik wil dat "
        "ze bij mij komt wonen"
    )
    chat.say("ik ben [belgische](sponsor_status:belgian)")
    chat.say(
        "haar [ouders](relationship:parent), [mijn zoon](relationship:child) en [zijn vrouw]"
        "(relationship:spouse). die wonen in Casablanca. ze zijn akkoord dat ze bij mij komt"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
