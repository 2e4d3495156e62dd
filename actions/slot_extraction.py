"""Global slot extraction: facts understood in any message, kept only with consent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.case_facts import facts_from_message, message_date
from actions.safety import log_failure
from actions.texts import has_response, response_text


def own_words(domain: DomainDict) -> set[str]:
    """Words for a single relative the bot may repeat ("vrouw", "dochter"), from the domain."""
    words = response_text(domain, "utter_label_own_words").split(",")
    return {w.strip().lower() for w in words if w.strip()}


def relationship_label(
    domain: DomainDict, relationship: str | None, own_word: str | None = None
) -> str | None:
    """How the bot names the relative ("je vrouw", "je kind"), from domain responses."""
    if relationship is None:
        return None
    if own_word and own_word in own_words(domain):
        return response_text(domain, "utter_label_own_word", word=own_word)
    name = f"utter_label_relationship_{relationship}"
    if has_response(domain, name):
        return response_text(domain, name)
    return response_text(domain, "utter_label_relationship_other_relative")


def fact_updates(
    message: dict[str, Any],
    slots: dict[str, Any],
    domain: DomainDict,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Slot updates (facts + the relative's label) for one parsed user message."""
    updates = facts_from_message(message, slots, today)
    own_word = updates.pop("relationship_own_word", None)
    if "relationship" in updates:
        updates["relationship_label"] = relationship_label(
            domain, updates["relationship"], own_word
        )
    return updates


class ValidateSlotMappings(ValidationAction):
    """`action_validate_slot_mappings`: runs after every user message.

    Without consent no family fact is kept (nothing is set, and nothing the user said
    about the family reaches the slots).
    """

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            if not tracker.get_slot("consent"):
                return []
            updates = fact_updates(
                tracker.latest_message or {},
                tracker.current_slot_values(),
                domain,
                message_date(tracker),
            )
            return [SlotSet(slot, value) for slot, value in updates.items()]
        except Exception as error:  # noqa: BLE001 - never break the user's turn
            log_failure(self.name(), error)
            return []
