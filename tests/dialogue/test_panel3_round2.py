"""What the second round of the third persona panel (2026-12-02) met, each as the user meant it."""

from __future__ import annotations

from tests.dialogue.chat import Chat

MOTHER = (
    "ik ben [moeder](relationship:parent), ik woon in iran. mijn [zoon](relationship:child) "
    "([16](age)) is alleen naar belgie gegaan en hij is [erkend vluchteling]"
    "(sponsor_status:refugee) sinds [5 maanden](recognition_date:2026-07-01|approximate). kan "
    "ik en mijn [man](relationship:spouse) naar hem komen? en onze andere "
    "[kinderen](relationship:child) [12](age) en [19](age) jaar?"
)


def _mother() -> Chat:
    chat = Chat()
    chat.say(MOTHER)
    chat.answer_plainly(
        {"recognition_day": "weet ik niet", "applicant.half_or_step_sibling": "nee"}
    )
    return chat


def test_the_mother_of_a_refugee_son_writes__her_husband_is_his_parent_her_children_his_siblings():
    """Panel 3 round 2 (d2): the mother in Iran was taken for the refugee ("Was je jonger dan
    18 toen je asiel aanvroeg?", "Is je moeder op hoge leeftijd?"). Seed 001 (art. 10 §1 7°):
    the parents of an unaccompanied minor refugee have a right; seed 000: his minor siblings
    with the parents a humanitarian visa with a good chance."""
    chat = _mother()
    assert chat.state["writer"] == "applicant"
    assert chat.sponsor["age"] == 16 and chat.sponsor["status"] == "refugee"
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["parent", "parent", "sibling", "sibling"], chat.transcript()
    log = chat.transcript()
    assert "asiel aanvroeg" not in log.split("Kwam je zoon alleen")[0]
    assert "Is je moeder" not in log
    assert "• Jij: recht op gezinshereniging" in log
    assert "• Je man: recht op gezinshereniging" in log
    assert "• Je kind van 12 jaar: humanitair visum (geen recht, een gunst), kans groot" in log
    assert "vóór je zoon 18 wordt" in log and "vóór je 18 wordt" not in log


def test_documents_for_the_husband_name_the_son_as_the_refugee():
    """Seen from the mother: "de geboorteakte van je zoon", never "die jou erkent"."""
    reply = _mother().say("/ask_documents", intent="ask_documents")
    husband = reply.split("Voor je man")[1].split("\n")[0]
    assert "de geboorteakte van je zoon" in husband
    assert "jou erkent" not in reply and "je geboorteakte" not in husband
