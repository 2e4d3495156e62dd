"""Session start, with a note when an earlier session expired."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.safety import SafeAction


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
