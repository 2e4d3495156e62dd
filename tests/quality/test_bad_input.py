"""Odd messages get an answer through the real channel and parser, never a crash."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.e2e

BAD_INPUTS = {
    "empty": "",
    "whitespace": "   \n\t  ",
    "very_long": "mijn vrouw zit in turkije " * 800,  # 20,800 characters
    "emoji_only": "🙏🙏😢❤️",
    "arabic": "زوجتي في تركيا وأنا لاجئ معترف به",
    "tigrinya": "ሰበይተይ ኣብ ቱርኪ ኣላ",
    "control_characters": "hallo\x00\x07\x1b[31m\u202e",
    "slash_command": "/restart",
    "slash_with_entities": '/inform{"sponsor_status": "belgian"}',
}


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_the_parser_answers_odd_messages_with_an_intent(bot, text):
    result = bot.parse(text)
    assert "intent" in result


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_the_rest_channel_answers_odd_messages_without_an_error(bot, text):
    sender = f"bad-{uuid.uuid4()}"
    replies = bot.send(sender, text)  # raises on an HTTP error
    assert isinstance(replies, list)
    assert bot.tracker(sender)["events"], "the conversation was not stored"
