"""Whole conversations through the REST channel and the real NLU (issues 12 and 13).

A test talks like a new user and answers each question the bot asks (the tracker's `case`
slot says which fact it asks) from the test's own facts, in plain Dutch.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

PLAIN = {
    "sponsor.age": "ik ben 35 jaar",
    "sponsor.recognition_date": "3 maart 2026",
    "sponsor.arrival_date": "1 juni 2023",
    "applicant.marriage": "officieel getrouwd",
    "applicant.custody": "alleen ik",
}


class Talk:
    def __init__(self, bot: Any, consent: bool = True) -> None:
        self.bot = bot
        self.sender = f"e2e-{uuid.uuid4().hex[:12]}"
        self.log: list[str] = []
        self.turns = 0
        if consent:
            self.say("hallo")
            self.say("akkoord")

    def say(self, text: str) -> str:
        self.turns += 1
        reply = "\n".join(
            m.get("text", "") for m in self.bot.send(self.sender, text) if m.get("text")
        )
        self.log += [f"> {text}", f"< {reply}"]
        return reply

    @property
    def case(self) -> dict[str, Any]:
        return self.bot.slots(self.sender).get("case") or {}

    @property
    def slots(self) -> dict[str, Any]:
        return self.bot.slots(self.sender)

    def people(self, relationship: str) -> list[dict[str, Any]]:
        return [p for p in self.case.get("people", []) if p["relationship"] == relationship]

    def answer_until_confirmation(
        self, answers: dict[str, str] | None = None, limit: int = 14
    ) -> str:
        answers = {**PLAIN, **(answers or {})}
        reply = ""
        for _ in range(limit):
            case = self.case
            if case.get("pending") == "confirm":
                return reply
            question = case.get("question")
            if not question:
                return reply
            reply = self.say(answers.get(question["fact"], "ja"))
        raise AssertionError("no read-back:\n" + self.transcript())

    def transcript(self) -> str:
        return "\n".join(self.log)


def test_a_refugees_wife_gets_a_short_sourced_answer_within_seven_turns(bot):
    talk = Talk(bot)
    talk.say("mijn vrouw is nog in syrie, ze is 30. ik ben erkend vluchteling sinds 3 maart 2026")
    talk.answer_until_confirmation()
    answer = talk.say("ja")
    assert talk.turns <= 7, talk.transcript()
    assert "recht op gezinshereniging" in answer, talk.transcript()
    assert "3 maart 2027" in answer and "retributie" in answer
    assert len(answer.splitlines()) <= 8
    slots = talk.slots
    assert slots["route"] == "family_reunification" and slots["relationship"] == "spouse"
    assert slots["sponsor_status"] == "refugee" and slots["recognition_date"] == "2026-03-03"


def test_a_wife_and_three_children_are_all_assessed(bot):
    talk = Talk(bot)
    talk.say(
        "mijn vrouw en 3 kinderen (4, 9 en 17) zitten nog in ethiopie. "
        "ik ben erkend als vluchteling sinds 3 maart 2026"
    )
    children = sorted(p["age"] for p in talk.people("child"))
    assert children == [4, 9, 17], talk.transcript()
    talk.answer_until_confirmation({"applicant.common_child": "ja", "applicant.age": "34 jaar"})
    talk.say("ja")
    routes = [p["route"] for p in talk.case["people"]]
    assert routes == ["family_reunification"] * 4, talk.transcript()


def test_mijn_zoon_hij_is_15_is_stored_as_the_sons_age(bot):
    talk = Talk(bot)
    talk.say("ik ben erkend vluchteling. mijn zoon hij is 15 jaar")
    assert [p["age"] for p in talk.people("child")] == [15], talk.transcript()
    assert talk.case["sponsor"].get("age") is None


def test_mama_44_and_papa_50_are_each_parents_age(bot):
    talk = Talk(bot)
    talk.say("ik ben 16 en erkend vluchteling, ik kwam alleen naar belgie")
    talk.say("mijn mama is 44 en papa 50")
    assert sorted(p["age"] for p in talk.people("parent")) == [44, 50], talk.transcript()
    assert talk.case["sponsor"]["age"] == 16


def test_a_correction_at_the_read_back_changes_the_fact_and_the_answer(bot):
    talk = Talk(bot)
    talk.say("mijn zoon van 12 is nog in guinee, ik ben erkend vluchteling sinds 3 maart 2026")
    talk.answer_until_confirmation()
    reply = talk.say("sorry ik heb mis getypt, hij is 21 niet 12")
    assert [p["age"] for p in talk.people("child")] == [21], talk.transcript()
    assert "21 jaar" in reply


def test_after_a_refusal_general_questions_get_answers_without_the_notice(bot):
    talk = Talk(bot, consent=False)
    talk.say("hallo")
    talk.say("niet akkoord")
    for question in ("hoeveel kost een aanvraag?", "wat is een humanitair visum?"):
        reply = talk.say(question)
        assert "privacy" not in reply.lower() and "akkoord" not in reply.lower(), talk.transcript()
    assert talk.slots["consent"] is False


def test_opnieuw_inside_a_question_keeps_the_case(bot):
    talk = Talk(bot)
    talk.say("mijn vrouw is 30, ik ben erkend vluchteling sinds 3 maart 2026")
    talk.say("moeten we dan opnieuw trouwen in belgie?")
    assert talk.people("spouse"), talk.transcript()


def test_the_hand_off_gives_a_reference_and_the_conversation_goes_on(bot):
    talk = Talk(bot)
    talk.say("mijn vrouw is 30, ik ben erkend vluchteling sinds 3 maart 2026")
    reply = talk.say("ik wil met iemand praten")
    assert "referentienummer" in reply and talk.sender not in reply
    assert talk.slots["handoff_requested"] is True
    assert talk.people("spouse")


def test_wis_mijn_gegevens_forgets_the_family(bot):
    talk = Talk(bot)
    talk.say("mijn vrouw is 30, ik ben erkend vluchteling sinds 3 maart 2026")
    reply = talk.say("wis mijn gegevens")
    assert "gewist" in reply
    assert not (talk.case.get("people") or [])


def test_a_message_read_as_restart_keeps_the_facts_and_gets_no_fallback(bot):
    """A question with "opnieuw" may be classified as `restart`: the dialogue turn decides, and
    what it stored stays (the core fallback after action_restart used to revert the turn)."""
    talk = Talk(bot)
    talk.say("mijn vrouw is 30 jaar, ik ben erkend vluchteling")
    reply = talk.say("/restart")
    assert "opnieuw beginnen" in reply and "begrijp ik niet" not in reply, talk.log
    reply = talk.say("nee")
    assert "begrijp ik niet" not in reply, talk.log
    assert talk.people("spouse") and talk.people("spouse")[0]["age"] == 30, talk.log
