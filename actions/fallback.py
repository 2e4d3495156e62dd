"""Two-stage fallback in Dutch: "Bedoel je ...?" with the intent's own yes/no buttons."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.safety import SafeAction
from actions.texts import has_response

NOT_A_GUESS = ("nlu_fallback", "out_of_scope")  # "out_of_scope" is the "no" of this question


def best_guess(tracker: Tracker) -> Any:
    ranking = tracker.latest_message.get("intent_ranking") or []
    for candidate in ranking:
        if candidate.get("name") and candidate["name"] not in NOT_A_GUESS:
            return candidate["name"]
    return None


class ActionDefaultAskAffirmation(SafeAction):
    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        intent = best_guess(tracker)
        response = f"utter_ask_affirmation_{intent}"
        if intent and has_response(domain, response):
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        return []
