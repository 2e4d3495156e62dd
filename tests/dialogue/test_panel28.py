"""Findings of panel round 28 (stop 26) and of the review of the stop's change, each named by
the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _refugee_with_wife_and_children() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juni 2026]"
        "(recognition_date:2026-06-15), ik ben [36](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [34](age), officieel getrouwd. [onze kinderen]"
        "(relationship:child) zijn [12](age), [9](age) en [4](age)"
    )
    chat.answer_plainly({})
    return chat


def test_a5_gescheiden_van_eerste_vrouw_nu_getrouwd_met_deze_vrouw__the_wife_stays():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging." Panel 28, a5: "ik ben gescheiden van eerste vrouw, nu alleen
    getrouwd met deze vrouw. mag dat?" got "Ik heb je vrouw weggelaten" and custody questions
    for the couple's own children."""
    chat = _refugee_with_wife_and_children()
    reply = chat.say(
        "ik ben gescheiden van [eerste vrouw](relationship:spouse), nu alleen getrouwd met deze "
        "[vrouw](relationship:spouse). mag dat?"
    )
    assert "weggelaten" not in reply and "meer dan één echtgenote" in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people].count("spouse") == 1, chat.transcript()
    chat.say("[mijn ex vrouw](relationship:spouse) wil ook komen")
    assert [p["relationship"] for p in chat.people].count("spouse") == 1, chat.transcript()
