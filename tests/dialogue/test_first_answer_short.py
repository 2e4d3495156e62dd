"""The first answer fits on a phone (issue 13: "the first answer fits on a 375x740 screen").

Relatives on the same route are named together on one line, children of one word by their
ages ("je kinderen van 4, 9 en 17 jaar"), and seed 000's "gelijktijdig" is said once for the
brothers and sisters. `bench/first_screen.py` measures the answers in the widget itself.
"""

from dialogue.answers import _named_together
from dialogue.texts import Texts
from tests.dialogue.chat import RESPONSES, Chat

FATHER_OF_THREE = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 mei 2026]"
    "(recognition_date:2026-05-12). [mijn vrouw](relationship:spouse) en [mijn kinderen]"
    "(relationship:child) van [4](age), [9](age) en [17](age) zijn nog in eritrea"
)
BOY_OF_17 = (
    "ik ben [17](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds"
    " [7 oktober 2026](recognition_date:2026-10-07), ik kwam alleen."
    " kunnen [mama](relationship:parent) en [papa](relationship:parent) en mijn"
    " [broertjes](relationship:sibling) van [8](age) en [11](age) komen?"
)
PLAIN = {
    "applicant.marriage": "officieel",
    "sponsor.age": "[40](age)",
    "applicant.age": "[35](age)",
}


def _first_answer(chat: Chat, story: str) -> str:
    chat.say(story)
    return chat.answer_plainly(PLAIN, limit=20)


def test_relatives_on_the_same_route_are_named_on_one_line():
    chat = Chat()
    reply = _first_answer(chat, FATHER_OF_THREE)
    lines = [line for line in reply.splitlines() if line.startswith("• ")]
    assert lines == ["• Je vrouw en je kinderen van 4, 9 en 17 jaar: recht op gezinshereniging"], (
        chat.transcript()
    )
    # the youngest's own deadline is still said for the one it concerns
    assert "vóór je kind van 17 jaar 18 wordt" in reply


def test_relatives_on_other_routes_keep_their_own_line():
    """The other side: the parents' right and the brothers' humanitarian visa are two lines,
    and each brother's fee is said for both of them by their ages."""
    chat = Chat()
    chat.say(BOY_OF_17)
    reply = chat.answer_plainly({})
    lines = [line for line in reply.splitlines() if line.startswith("• ")]
    assert lines[0] == "• Je mama en je papa: recht op gezinshereniging", chat.transcript()
    assert lines[1].startswith("• Je broertjes van 8 en 11 jaar: humanitair visum")
    assert len(lines) == 2
    assert "voor je broertjes van 8 en 11 jaar is er een bijdrage" in reply


def test_gelijktijdig_is_said_once_for_the_brothers():
    """Seed 000: the siblings' humanitarian request goes with the parents' request
    ("gelijktijdig"): one sentence naming both brothers, not the same sentence twice."""
    chat = Chat()
    chat.say(BOY_OF_17)
    reply = chat.answer_plainly({})
    assert reply.count("op hetzelfde moment als de aanvraag gezinshereniging") == 1, (
        chat.transcript()
    )
    assert "Dien de aanvragen van je broertjes van 8 en 11 jaar in op hetzelfde moment" in reply


def test_one_son_is_not_made_plural():
    """The other side: a single son stays "je zoon" beside his mother."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 mei 2026]"
        "(recognition_date:2026-05-12). [mijn vrouw](relationship:spouse) en [mijn zoon]"
        "(relationship:child) van [9](age) zijn nog in eritrea"
    )
    reply = chat.answer_plainly(PLAIN, limit=20)
    assert "• Je vrouw en je zoon: recht op gezinshereniging" in reply, chat.transcript()
    assert "zonen" not in reply


def test_both_parents_told_as_mijn_ouders_are_je_ouders():
    """ "mijn ouders" of an unaccompanied minor: both on the same route are "je ouders", not
    "je eerste ouder en je tweede ouder"."""
    chat = Chat()
    chat.say(
        "ik ben [16](age:sponsor) en ik kwam alleen. ik ben [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [20 augustus 2026](recognition_date:2026-08-20)."
        " ik wil [mijn ouders](relationship:parent) laten komen, ze zijn in iran"
    )
    reply = chat.answer_plainly({}, limit=20)
    assert "• Je ouders: recht op gezinshereniging" in reply, chat.transcript()
    assert "eerste ouder" not in reply


def test_numbered_relatives_are_made_plural_only_when_none_is_left_out():
    """The other side: "je kinderen" for the first and second child would take in the third,
    who is on another route; they stay named one by one."""
    texts = Texts(RESPONSES)
    everyone = ["je eerste kind", "je tweede kind", "je derde kind"]
    two = _named_together(texts, everyone[:2], everyone)
    assert two == "je eerste kind en je tweede kind"
    assert _named_together(texts, everyone, everyone) == "je kinderen"
