"""Findings of panel rounds 89 and 90 (stop 40, rounds 83 and 85's families replayed), each
named by the user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_ik_bedoel_het_geregistreerd_partnerschap_dubbelepunt__a_question_not_a_fact():
    """Seed 001: a registered partner has a registered partnership. "Ik bedoel het
    geregistreerd partnerschap: tellen ontmoetingen in een ander land, bv Turkije?" asks; the
    fiancé is not made a registered partner (panel 90, l3: "Goed nieuws: je verloofde heeft
    recht op gezinshereniging", no fee)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 juli 2026]"
             "(recognition_date:2026-07-01), ik ben [29](age:sponsor). [mijn verloofde]"
             "(relationship:partner) is [31](age), we zijn niet getrouwd")  # fmt: skip
    chat.say("Dat is niet mijn vraag. Ik bedoel het geregistreerd partnerschap: tellen "
             "ontmoetingen in een ander land, bv [Turkije](country:Turkije)?")  # fmt: skip
    assert chat.person("partner")["facts"].get("partnership") != "legally_registered", (
        chat.transcript()
    )


def test_waar_moet_ze_gaan_na_mijn_erkenning__any_post():
    """Seed 002: the family of a recognised refugee "kunnen zich bij elke Belgische ambassade
    of elk Belgisch consulaat ... aanbieden". An asylum seeker's "waar moet ze dan gaan na mijn
    erkenning?" hears that, not the humanitarian request's post (panels 84 and 89, j2)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben in [asiel](sponsor_status:asylum_seeker) in belgie sinds mei. [mijn vrouw]"
             "(relationship:spouse) en [baby](relationship:child) zijn in kamp in tsjaad")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("waar moet ze dan gaan na mijn erkenning? mag ze naar ambassade in ander "
                     "land?", intent="ask_deadline", confidence=0.18)  # fmt: skip
    assert "bij elke Belgische ambassade" in reply, chat.transcript()
    assert "humanitaire aanvraag" not in reply


def test_mijn_vraag_over_mijn_broers__no_brothers_added():
    """Seed 000 (ouder met hoge leeftijd): other relatives who cannot care. "mijn vraag over
    mijn broers: telt het tegen ons dat zij in Duitsland en Zweden wonen?" adds no brothers
    (panel 90, k4: "Je eerste broer: wil naar België komen")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). [mijn "
             "vader](relationship:parent) is [74](age) en woont alleen in turkije")  # fmt: skip
    chat.say("Maar mijn vraag over [mijn broers](relationship:sibling): telt het tegen ons dat "
             "zij in Duitsland en Zweden wonen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
