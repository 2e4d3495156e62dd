"""Findings of panel round 111 (stop 45) and of what stop 44 left open, each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def test_ze_wordt_21_op_2_maart_2027__the_first_answer_gives_the_day_her_right_begins():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18
    jaar wanneer uw huwelijk al bestond vóór de aankomst in België." A refugee of 29 married
    after his arrival to a wife of 20 who turns 21 on 2 March 2027 (stop 44, m4: first told
    only "De kans is klein", never the day her right begins)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10), ik ben [29](age:sponsor). getrouwd in kigali in "
             "augustus 2026 met mijn [vrouw](relationship:spouse), zij is [20](age) jaar, ze "
             "wordt 21 op 2 maart 2027")  # fmt: skip
    reply = chat.answer_plainly({"applicant.marriage": "officieel, met akte"})
    assert "Je vrouw is 21 jaar vanaf 2 maart 2027" in reply, chat.transcript()
    assert "Vanaf die dag kan je vrouw gezinshereniging vragen" in reply, reply


def test_ik_word_21_op_3_mei__the_writers_own_day_is_kept():
    """The sponsor's own 21st birthday ("ik word 21 op 3 mei 2027") stays his, never hers."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10), ik ben [20](age:sponsor), ik word 21 op 3 mei "
             "2027. getrouwd in augustus 2026 met mijn [vrouw](relationship:spouse), zij is "
             "[22](age) jaar")  # fmt: skip
    reply = chat.answer_plainly({"applicant.marriage": "officieel, met akte"})
    assert "Je bent 21 jaar vanaf 3 mei 2027" in reply, chat.transcript()


def test_ik_typ_voor_mijn_papa_papa_heeft_hem_daar_geadopteerd__one_adopted_nephew():
    """Seed 000: "Hetzelfde geldt voor een buitenlandse voogdij of adoptie. Deze komen enkel in
    aanmerking voor gezinshereniging indien ... de buitenlandse adoptie erkend wordt door de
    Federale Centrale Autoriteit (FCA)". A daughter types for her father about the nephew he
    adopted in Ghana (stop 44, q4: her father taken for an applicant, and a second child
    called "geadopteerd")."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "ik typ voor mijn [papa](relationship:parent). hij wil mijn [neef](relationship:"
        "other_relative) kwame van [12](age) laten komen uit ghana, papa heeft hem daar "
        "[geadopteerd](relationship:adopted_child). papa heeft een [B-kaart]"
        "(sponsor_status:third_country_national)"
    )
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("adopted_child", 12)], (
        chat.transcript()
    )
    assert chat.sponsor.get("status") == "third_country_national", chat.transcript()
    assert "erkend in België" in reply, reply


def test_hem_geadopteerd_in_a_later_message__the_child_told_before():
    """ "mijn zoon" told first, then "we hebben hem geadopteerd in 2019": the same boy."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10). mijn [zoon](relationship:child) van [9](age) is "
             "nog in kameroen")  # fmt: skip
    chat.say("we hebben hem [geadopteerd](relationship:adopted_child) in 2019")
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("adopted_child", 9)], (
        chat.transcript()
    )
