"""Findings of panel round 38 (stop 29), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

SYRIAN_MOTHER = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 augustus 2026](recognition_date:2026-08-03), [38](age:sponsor) jaar. [mijn man]"
    "(relationship:spouse) is [45](age), officieel getrouwd"
)


def _children(chat: Chat) -> list:
    return sorted(p.get("age") for p in chat.people if p["relationship"] == "child")


def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__wordt_binnen_2_maand_18():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." "de kinderen zijn 6, 13 en
    17. de oudste wordt binnen 2 maand 18, op 5 februari" made him "Je kind van 18 jaar" and
    his last day the 12 months' "3 augustus 2027 (nog 242 dagen)" (panel 38, g4)."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say(
        "[de kinderen](relationship:child) zijn 6, 13 en 17. de oudste wordt binnen 2 maand 18,"
        " op 5 februari"
    )
    assert _children(chat) == [6, 13, 17], chat.transcript()
    reply = chat.answer_plainly({})
    assert "uiterlijk op 4 februari 2027" in reply, chat.transcript()


def test_wat_gebeurt_er_als_de_aanvraag_niet_binnen_is_voor_zijn_verjaardag():
    """ "wat gebeurt er als de aanvraag niet binnen is voor zijn verjaardag?" got "Op die vraag
    vind ik geen antwoord" (panel 38, g4): his last day and "Daarna is er geen recht op
    gezinshereniging als kind meer"."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say(
        "[de kinderen](relationship:child) zijn 6, 13 en 17. de oudste wordt binnen 2 maand 18,"
        " op 5 februari"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "kan mijn oudste zoon nog mee komen? wat gebeurt er als de aanvraag niet binnen is voor"
        " zijn verjaardag?"
    )
    assert "4 februari 2027" in reply and "geen antwoord" not in reply, chat.transcript()


def test_ze_wordt_over_2_jaar_18__no_birthday_of_a_child_of_16_now():
    """The other side: "mijn dochter is 16" keeps 16; a span before the age is no age now."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say("[mijn dochter](relationship:child) is [16](age)")
    assert _children(chat) == [16], chat.transcript()
