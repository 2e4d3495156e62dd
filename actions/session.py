"""Session start (with a note after expiry) and "opnieuw beginnen" (keeps consent)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.case_facts import FAMILY_FACT_SLOTS
from actions.safety import SafeAction

CASE_SLOTS = FAMILY_FACT_SLOTS + ["route", "assessments", "confirmation_text", "requested_slot"]


class ActionSessionStart(SafeAction):
    def name(self) -> str:
        return "action_session_start"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        earlier = any(e.get("event") == "user" for e in tracker.events)
        if earlier:
            dispatcher.utter_message(response="utter_session_expired")
        return [SessionStarted(), ActionExecuted("action_listen")]

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        events = await super().run(dispatcher, tracker, domain)
        # a session must always start, even after an error
        return events or [SessionStarted(), ActionExecuted("action_listen")]


class ActionRestart(SafeAction):
    """Overrides Rasa's `action_restart`: forget the family facts, keep consent and marks."""

    def name(self) -> str:
        return "action_restart"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_restarted")
        events = [ActiveLoop(None)] + [SlotSet(slot, None) for slot in CASE_SLOTS]
        events.append(SlotSet("has_pending_relative", False))
        return events
