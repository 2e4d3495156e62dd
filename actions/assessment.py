"""Confirmation, the answer, the next relative and feedback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_text import answer_messages, favourable_deadline, iso_date
from actions.assessment_call import assess_slots
from actions.case_facts import APPLICANT_SLOTS, FAMILY_FACT_SLOTS, message_date
from actions.safety import SafeAction
from actions.slot_extraction import relationship_label
from actions.texts import capitalise, dutch_date, dutch_month, has_response, response_text


def status_label(domain: DomainDict, status: Any) -> Any:
    name = f"utter_label_status_{status}"
    return response_text(domain, name) if status and has_response(domain, name) else None


def confirmation_text(domain: DomainDict, slots: dict[str, Any]) -> str:
    """ "Je bent erkend vluchteling sinds 3 maart 2025. Je vrouw is 27 jaar." from the slots."""
    relative = slots.get("relationship_label") or relationship_label(
        domain, slots.get("relationship")
    )
    parts: list[str] = []
    status = status_label(domain, slots.get("sponsor_status"))
    day = iso_date(slots.get("recognition_date"))
    if status and day:
        when = (
            dutch_month(domain, day)
            if slots.get("recognition_date_approximate")
            else dutch_date(domain, day)
        )
        parts.append(
            response_text(domain, "utter_part_sponsor_status_date", status=status, date=when)
        )
    elif status:
        parts.append(response_text(domain, "utter_part_sponsor_status", status=status))
    if slots.get("sponsor_age") is not None:
        parts.append(response_text(domain, "utter_part_sponsor_age", age=int(slots["sponsor_age"])))
    if relative and slots.get("applicant_age") is not None:
        parts.append(
            response_text(
                domain,
                "utter_part_applicant_age",
                Relative=capitalise(relative),
                age=int(slots["applicant_age"]),
            )
        )
    elif relative:
        parts.append(response_text(domain, "utter_part_applicant", relative=relative))
    return " ".join(parts)


def facts_changed_in_latest_message(tracker: Tracker) -> bool:
    """Did the latest user message set a family fact (a correction)?"""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") in FAMILY_FACT_SLOTS:
            return True
    return False


class ActionConfirmFacts(SafeAction):
    """Says what the bot understood and asks "Klopt dat?"; on "nee" asks what to correct."""

    def name(self) -> str:
        return "action_confirm_facts"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        said_no = (tracker.latest_message.get("intent") or {}).get("name") == "deny"
        if (
            said_no
            and tracker.latest_action_name == "action_listen"
            and not facts_changed_in_latest_message(tracker)
        ):
            dispatcher.utter_message(response="utter_ask_correction")
            return []
        text = confirmation_text(domain, tracker.current_slot_values())
        dispatcher.utter_message(response="utter_confirm_facts", confirmation_text=text)
        return [SlotSet("confirmation_text", text)]


class ActionAssessFamily(SafeAction):
    """Slots -> eligibility.assess -> the answer; sets `route`."""

    def name(self) -> str:
        return "action_assess_family"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        slots = tracker.current_slot_values()
        today = message_date(tracker)
        result = assess_slots(slots, today)
        relative = (
            slots.get("relationship_label")
            or relationship_label(domain, slots.get("relationship"))
            or ""
        )
        for message in answer_messages(
            domain, result, relative, today, bool(slots.get("recognition_date_approximate"))
        ):
            dispatcher.utter_message(**message)
        deadline = favourable_deadline(result)
        record = {
            "relationship": slots.get("relationship"),
            "relationship_label": relative,
            "applicant_age": slots.get("applicant_age"),
            "route": result.get("route"),
            "deadline": deadline.isoformat() if deadline else None,
        }
        earlier = [
            a
            for a in slots.get("assessments") or []
            if a.get("relationship_label") != relative
            or a.get("applicant_age") != slots.get("applicant_age")
        ]
        pending = slots.get("pending_relatives") or []
        return [
            SlotSet("route", result.get("route")),
            SlotSet("assessments", earlier + [record]),
            SlotSet("has_pending_relative", bool(pending)),
        ]


def next_relative_events(domain: DomainDict, slots: dict[str, Any]) -> list[dict[str, Any]]:
    pending = list(slots.get("pending_relatives") or [])
    if not pending:
        return []
    relationship = pending.pop(0)
    events = [SlotSet(slot, None) for slot in APPLICANT_SLOTS]
    events += [
        SlotSet("relationship", relationship),
        SlotSet("relationship_label", relationship_label(domain, relationship)),
        SlotSet("pending_relatives", pending),
        SlotSet("route", None),
    ]
    return events


class ActionNextRelative(SafeAction):
    """Moves to the next relative the user named: keeps the sponsor's facts."""

    def name(self) -> str:
        return "action_next_relative"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        events = next_relative_events(domain, tracker.current_slot_values())
        label = next((e["value"] for e in events if e["name"] == "relationship_label"), None)
        if label:
            dispatcher.utter_message(response="utter_next_relative", relationship_label=label)
        return events


class ActionStoreFeedback(SafeAction):
    """Keeps the answer to "Was dit nuttig?" in the `feedback` slot (stored with the chat)."""

    def name(self) -> str:
        return "action_store_feedback"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if facts_changed_in_latest_message(tracker):
            # "nee, ze is 17": a correction, not feedback -> confirm the new facts
            return [FollowupAction("action_confirm_facts")]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        value = {"affirm": "useful", "deny": "not_useful"}.get(intent)
        if not tracker.get_slot("has_pending_relative"):
            dispatcher.utter_message(response="utter_feedback_thanks")
        return [SlotSet("feedback", value)]
