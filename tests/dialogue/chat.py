"""Helpers: annotated messages as the NLU would parse them, and a chat with the pure dialogue.

`parse("[mijn zoon](relationship:child) hij is [15](age) jaar")` gives Rasa parse data with
the entities at their character offsets (the same markup as Rasa's training data): roles
after a second colon for ages (`[38](age:sponsor)`), the ISO date for recognition dates
(`[3 maart 2025](recognition_date:2025-03-03)`, flags after a bar:
`[mei](recognition_date:2026-05-01|approximate)`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import yaml

from dialogue import take_turn

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)
_MARK = re.compile(r"\[([^\]]+)\]\(([a-z_]+)(?::([^)]+))?\)")
RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text("utf-8"))["responses"]


def parse(markup: str, intent: str = "inform", confidence: float = 0.9) -> dict[str, Any]:
    text, entities, offset = "", [], 0
    for match in _MARK.finditer(markup):
        text += markup[offset : match.start()]
        start = len(text)
        surface, name, extra = match.group(1), match.group(2), match.group(3)
        text += surface
        entity: dict[str, Any] = {"entity": name, "start": start, "end": len(text)}
        if name == "age":
            entity["value"] = re.sub(r"\D", "", surface) or surface
            if extra:
                entity["role"] = extra
        elif name == "recognition_date":
            entity["value"] = surface
            # "2026-05-01|approximate": the ISO date and the normaliser's flags
            iso, *flags = (extra or "").split("|")
            entity["normalized"] = iso or None
            entity["flags"] = flags
        else:
            entity["value"] = extra or surface
        entities.append(entity)
        offset = match.end()
    text += markup[offset:]
    return {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities,
    }


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+(?::[^}]*)?\}")


def _no_placeholder_left(reply: str, chat: Chat) -> None:
    """Every reply of every chat in the suite: no template field left unfilled ("Hoe oud is
    {rel}?" after its person was taken out; panel 108, n5)."""
    assert not _PLACEHOLDER.search(reply), chat.transcript()


class Chat:
    """A conversation with the dialogue module, as the action server would run it."""

    def __init__(
        self, consent: bool = True, today: dt.date = TODAY, settings: dict | None = None
    ) -> None:
        self.state: Any = None
        self.settings = settings
        self.today = today
        self.log: list[str] = []
        self.history: list[dict[str, Any]] = []
        self.last: Any = None
        if consent:
            self.say("hallo", intent="greet")
            self.say("akkoord", intent="affirm")

    def say(self, markup: str, intent: str = "inform", confidence: float = 0.9) -> str:
        message = parse(markup, intent, confidence)
        turn = take_turn(
            self.state, message, self.today, RESPONSES, reference="SAM-TEST-0001",
            earlier=list(self.history), settings=self.settings,
        )  # fmt: skip
        self.history.append(message)
        self.state = turn.state
        self.last = turn
        reply = "\n".join(r["text"] for r in turn.replies)
        self.log += [f"> {message['text']}", f"< {reply}"]
        _no_placeholder_left(reply, self)
        return reply

    def press(self, payload: str) -> str:
        """A button's payload as Rasa parses it: '/inform{"relationship":"spouse"}' gives the
        intent, and entities spanning the JSON part of the text."""
        name, _, body = payload.lstrip("/").partition("{")
        values = json.loads("{" + body) if body else {}
        message = {
            "text": payload,
            "intent": {"name": name, "confidence": 1.0},
            "entities": [  # Rasa's RegexMessageHandler: the span of the JSON part
                {"entity": k, "value": v, "start": payload.find("{"), "end": len(payload)}
                for k, v in values.items()
            ],
        }
        turn = take_turn(
            self.state, message, self.today, RESPONSES, reference="SAM-TEST-0001",
            earlier=list(self.history), settings=self.settings,
        )  # fmt: skip
        self.history.append(message)
        self.state, self.last = turn.state, turn
        reply = "\n".join(r["text"] for r in turn.replies)
        self.log += [f"> {payload}", f"< {reply}"]
        _no_placeholder_left(reply, self)
        return reply

    @classmethod
    def answered(cls, markup: str, plain: dict[str, str] | None = None) -> Chat:
        """A chat told `markup` and its questions answered plainly up to the bot's answer."""
        chat = cls()
        chat.say(markup)
        chat.answer_plainly(plain or {})
        return chat

    @classmethod
    def confirmed(cls, markup: str, plain: dict[str, str] | None = None, limit: int = 10) -> Chat:
        """A chat told `markup`, its questions answered plainly, the summary confirmed."""
        chat = cls()
        chat.say(markup)
        chat.answer_plainly(plain or {}, limit)
        chat.say("ja dat klopt", intent="affirm")
        return chat

    def answer_plainly(self, plain: dict[str, str], limit: int = 10) -> str:
        """Answer the bot's questions up to its answer: `plain[fact]` where given (inform),
        else "ja" (affirm); the last reply."""
        reply = ""
        for _ in range(limit):
            if self.state.get("answered"):
                break
            fact = self.question or ""
            reply = self.say(plain.get(fact, "ja"), intent="inform" if fact in plain else "affirm")
        return reply

    def person(self, relationship: str, index: int = 0) -> dict[str, Any]:
        found = [p for p in self.state["people"] if p["relationship"] == relationship]
        assert len(found) > index, self.transcript()
        return found[index]

    @property
    def people(self) -> list[dict[str, Any]]:
        return self.state["people"]

    @property
    def sponsor(self) -> dict[str, Any]:
        return self.state["sponsor"]

    @property
    def question(self) -> str | None:
        question = self.state.get("question")
        return question["fact"] if question else None

    def transcript(self) -> str:
        return "\n".join(self.log)
