"""Issue 12: corrections in free words change the right fact of the right person."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_i_am_not_15_but_38_and_my_son_is_15():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), ik ben [15](age:sponsor), [mijn zoon](relationship:child)"
    )
    chat.say(
        "nee ik ben geen [15](age:sponsor) ik ben [38](age:sponsor) jaar, "
        "[mijn zoon](relationship:child) is [15](age)"
    )
    assert chat.sponsor["age"] == 38
    assert chat.person("child")["age"] == 15


def test_sorry_typo_he_is_21_not_12_corrects_the_person_who_was_12():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn zoon](relationship:child) is [12](age)"
    )
    reply = chat.say("sorry ik heb mis getypt, hij is [21](age) niet [12](age)")
    assert chat.person("child")["age"] == 21
    assert "aangepast" in reply and "21 jaar" in reply


def test_no_wait_it_was_last_march_changes_the_recognition_date():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [maart](recognition_date:2026-03-01), "
        "[mijn vrouw](relationship:spouse)"
    )
    reply = chat.say("nee wacht, het was [vorig jaar in maart](recognition_date:2025-03-01)")
    assert chat.sponsor["recognition_date"] == "2025-03-01"
    assert "aangepast" in reply


def test_free_no_to_a_yes_no_question_is_understood():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn dochter](relationship:child) is [24](age)"
    )
    while chat.question and chat.question != "applicant.disabled":
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.disabled", chat.transcript()
    chat.say("nee ze is gezond", intent="inform")
    assert chat.person("child")["facts"]["disabled"] is False


def test_opnieuw_inside_a_question_does_not_restart():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn vrouw](relationship:spouse) is [30](age)"
    )
    chat.say("moeten we dan opnieuw trouwen in belgie?", intent="restart")
    assert chat.people and chat.sponsor["status"] == "refugee"
    assert chat.state["pending"] != "restart"


def test_restart_only_after_confirmation():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn vrouw](relationship:spouse) is [30](age)"
    )
    reply = chat.say("opnieuw beginnen", intent="restart")
    assert chat.people and "opnieuw" in reply.lower()
    chat.say("nee", intent="deny")
    assert chat.people
    chat.say("opnieuw beginnen", intent="restart")
    chat.say("ja", intent="affirm")
    assert not chat.people and chat.state["consent"] == "given"


def test_a_corrected_age_said_twice_is_placed_once_and_not_asked_about():
    """ "sorry 17 bedoel ik, ni 7. de oudste is 17" (blind set, tricky_self_corrections_vl)."""
    chat = Chat()
    chat.say(
        "k ben [erkend](sponsor_status:refugee) sinds [april](recognition_date:2026-04-16)."
        " [mn vrouw](relationship:spouse) en [mn 2 zonen](relationship:child) zitten in kenia"
    )
    for text in ("34", "ja officieel getrouwd", "ik ben 39 jaar", "ja", "de jongste is 10"):
        chat.say(text, intent="affirm" if text == "ja" else "inform")
    for _ in range(3):
        if chat.question == "applicant.age":
            break
        chat.say("ja", intent="affirm")
    chat.say("7")
    reply = chat.say("sorry 17 bedoel ik, ni 7. de oudste is 17")
    ages = sorted(p["age"] or 0 for p in chat.people if p["relationship"] == "child")
    assert ages == [10, 17], chat.transcript()
    assert "Over wie" not in reply and "17 jaar: 17 jaar" not in reply, chat.transcript()


def test_a_fact_said_again_after_the_answer_keeps_the_answer():
    """ "moet de baby dan ook al een paspoort hebben?" after the answer: the baby (age 0) is
    named again, nothing changes, so her route stays (blind set, tcn_wife_newborn_vl)."""
    chat = Chat()
    chat.say(
        "k werk hier met een [verblijfskaart](sponsor_status:third_country_national)."
        " [mn vrouw](relationship:spouse) is [24](age), [onze baby](relationship:child) is"
        " pasgeboren"
    )
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd", "sponsor.age": "k ben 28"})
    assert chat.person("child")["route"] == "family_reunification", chat.transcript()
    chat.say("moet [de baby](relationship:child) dan ook al een paspoort hebben?")
    assert chat.person("child")["route"] == "family_reunification", chat.transcript()
