"""Consent before any family fact is kept.

The notice is shown once. "Akkoord" (also for a client: "mijn cliënt gaat akkoord") gives
consent, and the story told before it is then read. "Niet akkoord" refuses: general questions
stay answered and the notice is not repeated; telling a story later gets one short question.
"Ik snap het niet" gets a shorter explanation, never counts as a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dialogue import answers as A
from dialogue import side
from dialogue.intents import FAQ_INTENTS, SMALL_TALK, STORY_INTENTS
from dialogue.reading import Reading


def _is_story(reading: Reading) -> bool:
    return reading.has_facts or reading.intent in STORY_INTENTS


def _yes(reading: Reading) -> bool:
    return reading.yes_no is True or reading.intent == "affirm" or reading.on_behalf


def _no(reading: Reading) -> bool:
    return reading.yes_no is False or reading.intent == "deny"


def consent_step(turn: Any, reading: Reading) -> bool:
    """Handles a message before consent; True when consent was given just now."""
    state = turn.state
    if reading.intent == "goodbye" and state["turns"] <= 1:
        reading = replace(reading, intent="greet")  # Flemish "dag" opens a conversation too
    asked = state["notice_shown"] and state["consent"] is None or state["pending"] == "consent"
    if asked and _yes(reading) and not reading.not_understood:
        _give(turn, reading)
        return True
    if asked and (reading.not_understood or reading.help or reading.intent == "ask_privacy"):
        turn.say("utter_consent_explained", retention=A.retention_text(turn.texts))
        return False
    if asked and _no(reading) and not reading.has_facts:
        state["consent"] = "refused"
        state["pending"] = None
        turn.say("utter_consent_refused")
        return False
    if reading.intent in _general_intents() and not reading.has_facts:
        _general(turn, reading)
        if asked and state["consent"] is None:
            turn.say("utter_consent_reminder")
        return False
    if _is_story(reading) or reading.intent == "greet" or not state["notice_shown"]:
        _ask_consent(turn, reading)
        return False
    turn.say("utter_consent_reminder")
    return False


def _give(turn: Any, reading: Reading) -> None:
    state = turn.state
    state["consent"] = "given"
    state["pending"] = None
    # "ja, hij gaat akkoord" for a client; not "mijn man is akkoord" (her own relative)
    own = any(m.owner == "writer" for m in reading.mentions)
    if reading.helper or (reading.on_behalf and not own):
        state["writer"] = "helper"
    turn.say("utter_consent_thanks")


def _ask_consent(turn: Any, reading: Reading) -> None:
    state = turn.state
    if _is_story(reading):
        state["story_waiting"] = True
    if reading.intent == "greet" and not state["notice_shown"]:
        turn.say("utter_greet")
    if state["consent"] == "refused" or state["notice_shown"]:
        state["pending"] = "consent"
        turn.say("utter_consent_needed")
        return
    state["notice_shown"] = True
    helper = reading.helper and turn.texts.has("utter_privacy_notice_helper")  # "ik ben
    # maatschappelijk werker ... voor een cliënte": the client's family (panels 92 and 93, P);
    # "k schrijf voor mijn ma": his own family, no client's (panel 108, n4)
    family = reading.helper and reading.helper_word in turn.texts.words("utter_label_family_words")
    name = "utter_privacy_notice_helper" if helper and not family else "utter_privacy_notice"
    if family:
        name = "utter_privacy_notice_family"
    elif reading.helper and reading.helper_word in turn.texts.words(
        "utter_label_acquaintance_words"
    ):
        name = "utter_privacy_notice_acquaintance"  # "ik typ voor mijne collega" (113, u3)
    elif reading.applicant_writer and not reading.helper:
        name = "utter_privacy_notice_applicant"  # "i am wife. husband in brussel" (116, s5)
    turn.say(name, retention=A.retention_text(turn.texts), word=reading.helper_word)


def _general_intents() -> tuple[str, ...]:
    return FAQ_INTENTS + tuple(i for i in SMALL_TALK if i != "greet") + ("out_of_scope",)


def _general(turn: Any, reading: Reading) -> None:
    if reading.intent in SMALL_TALK:
        turn.say(SMALL_TALK[reading.intent])
    elif reading.intent == "out_of_scope":
        turn.say("utter_out_of_scope")
    elif not side.answer(turn, reading):
        A.side_question(turn, reading.intent)
