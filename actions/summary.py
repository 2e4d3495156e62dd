"""The case summary as one plain text message the user can copy."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_text import checklist, conditions_text, favourable_deadline, iso_date
from actions.assessment import confirmation_text
from actions.assessment_call import assess_slots
from actions.case_facts import message_date
from actions.safety import SafeAction
from actions.texts import capitalise, dutch_date, has_response, response_text


def route_label(domain: DomainDict, route: Any) -> str:
    name = f"utter_label_route_{route}"
    return response_text(
        domain, name if has_response(domain, name) else "utter_label_route_unknown"
    )


def summary_text(domain: DomainDict, slots: dict[str, Any], result: dict[str, Any]) -> str:
    lines: list[str] = [response_text(domain, "utter_summary_header")]
    lines.append(
        response_text(domain, "utter_summary_facts", facts=confirmation_text(domain, slots))
    )
    current = slots.get("relationship_label")
    for record in slots.get("assessments") or []:
        if record.get("relationship_label") == current and slots.get("route") is not None:
            continue
        lines.append(
            response_text(
                domain,
                "utter_summary_route",
                Relative=capitalise(record.get("relationship_label") or ""),
                route=route_label(domain, record.get("route")),
            )
        )
    lines.append(
        response_text(
            domain,
            "utter_summary_route",
            Relative=capitalise(current or ""),
            route=route_label(domain, result.get("route")),
        )
    )
    deadline = favourable_deadline(result)
    if deadline and result.get("route") == "family_reunification":
        lines.append(
            response_text(domain, "utter_summary_deadline", date=dutch_date(domain, deadline))
        )
    if result.get("conditions"):
        lines += [conditions_text(domain, result["conditions"])]
    if result.get("documents"):
        lines += [
            checklist(
                domain, "utter_answer_documents_header", result["documents"], "utter_mark_todo"
            )
        ]
    if result.get("advice"):
        lines += [
            checklist(domain, "utter_answer_advice_header", result["advice"], "utter_mark_todo")
        ]
    sources = result.get("citations") or result.get("legal_basis") or []
    if sources:
        lines += [response_text(domain, "utter_summary_sources", sources="; ".join(sources))]
    lines += [response_text(domain, "utter_disclaimer")]
    return "\n".join(lines)


class ActionCaseSummary(SafeAction):
    def name(self) -> str:
        return "action_case_summary"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        slots = tracker.current_slot_values()
        if not slots.get("consent") or slots.get("relationship") is None:
            dispatcher.utter_message(response="utter_no_case_yet")
            return []
        result = assess_slots(slots, message_date(tracker))
        dispatcher.utter_message(text=summary_text(domain, slots, result))
        return []


__all__ = ["ActionCaseSummary", "summary_text", "iso_date"]
