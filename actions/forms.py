"""`validate_family_form`: asks only what the eligibility module reports missing."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.assessment_call import assess_slots, missing_slots
from actions.case_facts import MAX_AGE, message_date
from actions.safety import APOLOGY, log_failure

logger = logging.getLogger(__name__)

CLARIFICATIONS = {
    "future": "utter_date_future",
    "ambiguous": "utter_date_ambiguous",
    "age": "utter_age_invalid",
}


def _age(value: Any, dispatcher: CollectingDispatcher, slot: str) -> dict[str, Any]:
    try:
        age = float(value)
    except (TypeError, ValueError):
        age = -1.0
    if 0 <= age <= MAX_AGE:
        return {slot: age}
    if value is not None:
        dispatcher.utter_message(response="utter_age_invalid")
    return {slot: None}


class ValidateFamilyForm(FormValidationAction):
    def name(self) -> str:
        return "validate_family_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        slots = tracker.current_slot_values()
        if slots.get("relationship") is None:
            return ["relationship"]
        result = assess_slots(slots, message_date(tracker))
        return missing_slots(result)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            events: list[dict[str, Any]] = []
            clarification: str | None = tracker.get_slot("clarification")
            problem, _, target = (clarification or "").partition("|")
            if clarification:
                dispatcher.utter_message(response=CLARIFICATIONS.get(problem, "utter_ask_rephrase"))
                events.append(SlotSet("clarification", None))
                tracker.slots["clarification"] = None
            events += await super().run(dispatcher, tracker, domain)
            if (
                target
                and tracker.get_slot(target) is None
                and target in await self.required_slots([], dispatcher, tracker, domain)
            ):
                # ask again for what was unclear, before anything else
                events = [e for e in events if e.get("name") != "requested_slot"]
                events.append(SlotSet("requested_slot", target))
            return events
        except Exception as error:  # noqa: BLE001
            log_failure(self.name(), error)
            dispatcher.messages.clear()
            dispatcher.utter_message(response=APOLOGY)
            # stop the form; the user can try again
            return [SlotSet("requested_slot", None)]

    def validate_applicant_age(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _age(value, dispatcher, "applicant_age")

    def validate_sponsor_age(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _age(value, dispatcher, "sponsor_age")
