"""Consent before family facts are kept; erasure on request."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.safety import SafeAction
from actions.slot_extraction import fact_updates

STORY_INTENTS = ("inform", "check_eligibility")


def story_before_consent(tracker: Tracker) -> dict[str, Any]:
    """Parse data of the latest family story the user told before accepting (or {})."""
    seen_consent_answer = False
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if not seen_consent_answer:
            seen_consent_answer = True  # the "Akkoord" message itself
            continue
        parse = event.get("parse_data") or {}
        if (parse.get("intent") or {}).get("name") in STORY_INTENTS:
            return parse
        break
    return {}


class ActionStoreConsent(SafeAction):
    """ "Akkoord": consent is true; the story told just before is now kept."""

    def name(self) -> str:
        return "action_store_consent"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        events = [SlotSet("consent", True)]
        story = story_before_consent(tracker)
        if story:
            slots = tracker.current_slot_values()
            events += [SlotSet(k, v) for k, v in fact_updates(story, slots, domain).items()]
        return events


class ActionRefuseConsent(SafeAction):
    def name(self) -> str:
        return "action_refuse_consent"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_consent_refused")
        return [SlotSet("consent", False)]


class ActionEraseData(SafeAction):
    """Clears every slot of the conversation and marks the erasure request for the staff."""

    def name(self) -> str:
        return "action_erase_data"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_erasure_done")
        return [
            AllSlotsReset(),
            ActiveLoop(None),
            SlotSet("consent", False),
            SlotSet("erasure_requested", True),
        ]
