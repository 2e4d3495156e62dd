"""`action_samen_turn`: the one custom action, run after every user message.

Thin: reads the conversation state (slot `case`) and the parsed message, calls the pure
`dialogue.take_turn`, sends its replies and sets the slots. The dialogue policy, the facts
and the law are not here (dialogue/ and eligibility/).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.calendar_file import calendar_message
from actions.handoff_intake import send_handoff
from actions.safety import APOLOGY, log_failure
from dialogue import take_turn

logger = logging.getLogger(__name__)
LOCAL_TIME = ZoneInfo("Europe/Brussels")
ROOT = Path(__file__).resolve().parent.parent
NGO_VARIABLES = {"name": "SAMEN_NGO_NAME", "phone": "SAMEN_NGO_PHONE",
                 "hours": "SAMEN_NGO_HOURS", "address": "SAMEN_NGO_ADDRESS"}  # fmt: skip


def message_date(tracker: Tracker) -> dt.date:
    """Local date of the latest user message (the application date of the assessment)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user" and event.get("timestamp"):
            return dt.datetime.fromtimestamp(event["timestamp"], LOCAL_TIME).date()
    return dt.datetime.now(LOCAL_TIME).date()


def earlier_messages(tracker: Tracker) -> list[dict[str, Any]]:
    """Parse data of this session's user messages before the latest one (read once consent
    is given: the story told before it)."""
    found: list[dict[str, Any]] = []
    for event in tracker.events:
        if event.get("event") == "session_started":
            found = []
        elif event.get("event") == "user":
            found.append(event.get("parse_data") or {"text": event.get("text")})
    return found[:-1]


def reference_of(sender_id: str) -> str | None:
    """The short reference the user can quote (never the raw sender id); None (and one log
    line) when the deployment has no secret key, so that the conversation goes on."""
    from privacy.reference import reference_for, secret_key

    try:
        return reference_for(sender_id, secret_key())
    except RuntimeError as error:
        logger.error("no reference number: %s", error)
        return None


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESPONSES: dict[str, Any] = {}  # domain.yml's responses and the file's (path, mtime, size)


def domain_file() -> Path:
    """The domain the model was trained on: env SAMEN_DOMAIN (set by the launcher), else ours."""
    return Path(os.environ.get("SAMEN_DOMAIN") or ROOT / "domain.yml")


def domain_responses(domain: DomainDict) -> dict[str, Any]:
    """The domain's responses: those Rasa sent with the request, if it sent the domain, else
    domain.yml's, parsed once and again only when the file changes.

    The Rasa server sends the domain only to actions that ask for it (the endpoint's
    `enable_selective_domain`), so a turn no longer carries 36 kB of responses both ways.
    """
    sent = (domain or {}).get("responses")
    if sent:
        return sent
    path = domain_file()
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if _RESPONSES.get("key") != key:
        loaded = yaml.load(path.read_text("utf-8"), Loader=YAML_LOADER)
        _RESPONSES.update(key=key, responses=(loaded or {}).get("responses") or {})
    return _RESPONSES["responses"]


def deployment_settings() -> dict[str, Any]:
    """The NGO's contact (per deployment, from the environment) and the retention text."""
    settings: dict[str, Any] = {
        "ngo": {key: os.environ.get(var, "") for key, var in NGO_VARIABLES.items()}
    }
    from privacy.settings import retention_text

    settings["retention"] = retention_text()
    return settings


async def _pass_handoff(dispatcher: CollectingDispatcher, turn: Any) -> None:
    """Send the hand-off to the staff intake; tell the person when their contact did not
    arrive (the reference still works by phone or at the desk)."""
    now = dt.datetime.now(dt.timezone.utc)
    contact = turn.handoff.get("contact")
    delivered = await asyncio.to_thread(send_handoff, turn.reference, contact, now)
    if contact and not delivered:
        dispatcher.utter_message(response="utter_handoff_contact_failed", reference=turn.reference)


class ActionSamenTurn(Action):
    def name(self) -> str:
        return "action_samen_turn"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            responses = domain_responses(domain)
            turn = take_turn(
                tracker.get_slot("case"),
                tracker.latest_message or {},
                message_date(tracker),
                responses,
                reference=reference_of(tracker.sender_id),
                earlier=earlier_messages(tracker),
                settings=deployment_settings(),
            )
        except Exception as error:  # noqa: BLE001 - the user never sees a traceback
            log_failure(self.name(), error)
            dispatcher.utter_message(response=APOLOGY)
            return []
        for reply in turn.replies:
            dispatcher.utter_message(text=reply["text"], buttons=reply.get("buttons") or [])
        if turn.handoff is not None and turn.reference:
            await _pass_handoff(dispatcher, turn)
        if turn.calendar is not None:
            stamp = dt.datetime.now(dt.timezone.utc)
            message = calendar_message(
                {"responses": responses}, turn.calendar, stamp, turn.calendar_kind
            )
            dispatcher.utter_message(json_message=message)
        events = [SlotSet("case", turn.state)]
        events += [SlotSet(name, value) for name, value in turn.slots.items()]
        return events


class ActionRestart(ActionSamenTurn):
    """Overrides Rasa's `action_restart` (its own rule runs it for the intent `restart`): the
    same dialogue turn, which asks before anything is forgotten."""

    def name(self) -> str:
        return "action_restart"
