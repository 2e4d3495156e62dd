"""Whole conversations through the REST channel against the running servers (issue 5).

Each test talks like a new user: free Dutch text for the story, button payloads where the
bot offers buttons. When the bot asks a question of the form, the test answers the slot
the tracker reports as `requested_slot`, so the conversations follow the eligibility
module's own order of questions.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

AFFIRM = "/affirm"
DENY = "/deny"

# how a user answers each form question (free text or the button the bot offers)
ANSWERS: dict[str, str] = {
    "relationship": '/inform{"relationship":"spouse"}',
    "sponsor_status": '/inform{"sponsor_status":"refugee"}',
    "recognition_date": "3 maart 2026",
    "sponsor_age": "ik ben 34 jaar",
    "marriage_type": '/inform{"marriage_type":"official"}',
    "custody": '/inform{"custody":"sole"}',
}


def new_user() -> str:
    return f"e2e-{uuid.uuid4().hex[:12]}"


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages if m.get("text"))


class Conversation:
    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.sender = new_user()
        self.transcript: list[str] = []

    def say(self, text: str) -> list[dict[str, Any]]:
        reply = self.bot.send(self.sender, text)
        self.transcript.append(f"> {text}")
        self.transcript += [f"< {m.get('text') or m.get('custom')}" for m in reply]
        return reply

    @property
    def slots(self) -> dict[str, Any]:
        return self.bot.tracker(self.sender)["slots"]

    def answer_questions(self, ages: dict[str, str], limit: int = 12) -> list[dict[str, Any]]:
        """Answers the form until the bot asks "Klopt dat?"; returns the last reply."""
        reply: list[dict[str, Any]] = []
        for _ in range(limit):
            requested = self.slots.get("requested_slot")
            if requested is None:
                return reply
            if requested in ages:
                text = ages[requested]
            else:
                text = ANSWERS.get(requested, AFFIRM)
            reply = self.say(text)
            if "Klopt dat?" in texts(reply):
                return reply
        raise AssertionError("the form did not finish:\n" + "\n".join(self.transcript))


def test_done_when_wife_children_then_adult_daughter(bot: Any) -> None:
    talk = Conversation(bot)
    reply = talk.say(
        "mijn vrouw en twee kinderen zitten nog in Turkije, "
        "ik ben sinds februari erkend als vluchteling"
    )
    assert "akkoord" in texts(reply).lower()
    assert talk.slots["relationship"] is None  # nothing kept before consent

    reply = talk.say(AFFIRM)
    slots = talk.slots
    assert slots["consent"] is True
    assert slots["relationship"] == "spouse"
    assert slots["sponsor_status"] == "refugee"
    assert slots["recognition_date"][4:] == "-02-01"  # "sinds februari": first of the month
    assert slots["pending_relatives"] == ["child"]
    asked = texts(reply)
    assert "vluchteling" not in asked and "Over wie gaat het" not in asked

    reply = talk.answer_questions({"applicant_age": "ze is 27"})
    assert "Klopt dat?" in texts(reply)
    assert "erkend vluchteling sinds" in texts(reply) and "27 jaar" in texts(reply)

    reply = talk.say(AFFIRM)
    answer = texts(reply)
    assert talk.slots["route"] == "family_reunification"
    assert "recht op gezinshereniging" in answer
    assert "geen administratieve bijdrage" in answer
    assert re.search(r"dien de aanvraag in vóór 1 februari \d{4}", answer)
    assert "Documenten om te verzamelen:" in answer and "huwelijksakte" in answer
    assert "geen juridisch advies" in answer
    assert any((m.get("custom") or {}).get("type") == "calendar" for m in reply)
    assert "Was dit nuttig?" in answer

    reply = talk.say(AFFIRM)
    assert talk.slots["feedback"] == "useful"
    assert "Nu over je kind." in texts(reply)
    assert talk.slots["relationship"] == "child"
    assert talk.slots["sponsor_status"] == "refugee"  # sponsor facts kept

    reply = talk.answer_questions({"applicant_age": "8"})
    reply = talk.say(AFFIRM)
    answer = texts(reply)
    assert talk.slots["route"] == "family_reunification"
    assert "je kind heeft recht op gezinshereniging" in answer
    assert "geboorteakte" in answer.lower()
    talk.say(AFFIRM)

    reply = talk.say("en mijn dochter van 19?")
    assert talk.slots["applicant_age"] == 19.0
    assert talk.slots["sponsor_age"] is not None  # sponsor facts reused, not asked again
    # no handicap, and she was already 18 when the sponsor asked for asylum
    reply = talk.answer_questions({"disabled": DENY, "minor_when_sponsor_applied_for_asylum": DENY})
    reply = talk.say(AFFIRM)
    answer = texts(reply)
    assert talk.slots["route"] == "humanitarian_visa"
    assert "humanitair visum" in answer
    assert "Tips voor je aanvraag:" in answer and "sterker" in answer
    assert "Kosten: er is een administratieve bijdrage" in answer


def test_correction_at_confirmation_recomputes(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    talk.say(AFFIRM)
    talk.say("mijn vrouw wil naar belgië komen, ik ben erkend vluchteling sinds 3 maart 2026")
    reply = talk.answer_questions({"applicant_age": "27"})
    assert "27 jaar" in texts(reply)
    reply = talk.say("nee, ze is 17")
    assert talk.slots["applicant_age"] == 17.0
    assert "17 jaar" in texts(reply) or "Wat klopt er niet" in texts(reply)
    if "Klopt dat?" not in texts(reply):
        reply = talk.say("ze is 17")
        reply = talk.answer_questions({})
    reply = talk.say(AFFIRM)
    assert talk.slots["route"] in ("family_reunification", "humanitarian_visa")
    assert "geen juridisch advies" in texts(reply)


def test_faq_in_the_middle_of_the_form_returns_to_the_question(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    talk.say(AFFIRM)
    talk.say("mijn zoon is nog in Syrië, ik heb subsidiaire bescherming")
    requested = talk.slots["requested_slot"]
    assert requested is not None
    reply = talk.say("moet ik iets betalen voor de aanvraag?")
    answer = texts(reply)
    assert "art. 1/1, §2, 3° Vreemdelingenwet" in answer
    assert talk.slots["requested_slot"] == requested  # back to the same question


def test_consent_refused_still_answers_general_questions(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    reply = talk.say(DENY)
    assert "Algemene vragen kan ik wel beantwoorden" in texts(reply)
    reply = talk.say("mijn vrouw zit in Turkije")
    assert talk.slots["relationship"] is None
    assert "Zonder je akkoord" in texts(reply)
    reply = talk.say("kan ik een dna test vragen?")
    assert "DNA-test" in texts(reply)


def test_handoff_and_restart_keep_consent(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    talk.say(AFFIRM)
    talk.say("mijn moeder wil naar belgië komen")
    reply = talk.say("ik wil met iemand praten")
    assert talk.slots["handoff_requested"] is True
    assert "medewerker" in texts(reply)
    reply = talk.say("opnieuw beginnen")
    slots = talk.slots
    assert slots["relationship"] is None and slots["consent"] is True
    assert slots["handoff_requested"] is True


def test_erasure_clears_everything(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    talk.say(AFFIRM)
    talk.say("mijn vrouw zit in Turkije, ik ben erkend vluchteling")
    reply = talk.say("wis mijn gegevens")
    slots = talk.slots
    assert slots["relationship"] is None and slots["sponsor_status"] is None
    assert slots["consent"] is False and slots["erasure_requested"] is True
    assert "gewist" in texts(reply)


def test_summary_is_plain_text_with_sources(bot: Any) -> None:
    talk = Conversation(bot)
    talk.say("hallo")
    talk.say(AFFIRM)
    talk.say("mijn dochter van 9 zit in Eritrea, ik ben erkend vluchteling sinds 3 maart 2026")
    talk.answer_questions({"sponsor_age": "ik ben 40"})
    talk.say(AFFIRM)
    reply = talk.say("/ask_summary")
    summary = texts(reply)
    assert summary.startswith("Samenvatting van je situatie")
    assert "Bronnen:" in summary and "Vreemdelingenwet" in summary
    assert "Documenten om te verzamelen:" in summary
