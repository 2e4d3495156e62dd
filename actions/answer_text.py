"""Building the answer messages from an eligibility result (texts from the domain/catalogue)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk.types import DomainDict

from actions.texts import capitalise, dutch_date, has_response, response_text

NEAR_DAYS = 30
ANSWER_ADVICE_ITEMS = 4  # the rest is in the summary
FAVOURABLE_DEADLINE = "favourable_conditions_end"


def iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def favourable_deadline(result: dict[str, Any]) -> dt.date | None:
    for deadline in result.get("deadlines") or []:
        if deadline.get("id") == FAVOURABLE_DEADLINE:
            return iso_date(deadline.get("date"))
    return None


def with_source(item: dict[str, Any]) -> str:
    source = item.get("source")
    return f"{item.get('text', '')} ({source})" if source else str(item.get("text", ""))


def checklist(domain: DomainDict, header: str, items: list[dict[str, Any]], mark: str) -> str:
    symbol = response_text(domain, mark)
    lines = [response_text(domain, header)]
    lines += [f"{symbol} {with_source(item)}" for item in items]
    return "\n".join(lines)


def condition_mark(condition: dict[str, Any]) -> str:
    met = condition.get("met")
    return {True: "utter_mark_met", False: "utter_mark_not_met"}.get(met, "utter_mark_unknown")


def conditions_text(domain: DomainDict, conditions: list[dict[str, Any]]) -> str:
    lines = [response_text(domain, "utter_answer_conditions_header")]
    for condition in conditions:
        lines.append(f"{response_text(domain, condition_mark(condition))} {with_source(condition)}")
    return "\n".join(lines)


def exempt_text(domain: DomainDict, exempt: list[str]) -> str | None:
    labels = [
        response_text(domain, f"utter_label_exempt_{item}")
        for item in exempt
        if has_response(domain, f"utter_label_exempt_{item}")
    ]
    return ", ".join(labels) if labels else None


def answer_messages(
    domain: DomainDict,
    result: dict[str, Any],
    relative: str,
    today: dt.date,
    approximate_date: bool = False,
) -> list[dict[str, Any]]:
    """The answer as a list of `utter_message` keyword dicts: short first, then the checklist."""
    route = result.get("route") or "unknown"
    names = {"relative": relative, "Relative": capitalise(relative)}
    messages: list[dict[str, Any]] = [{"response": f"utter_answer_route_{route}", **names}]
    if route == "unknown":
        messages.append({"response": "utter_answer_missing"})
        return messages

    chance = result.get("humanitarian_chance")
    catalogue_chance = result.get("chance") if isinstance(result.get("chance"), dict) else {}
    if route == "humanitarian_visa" and catalogue_chance.get("text"):
        messages.append({"text": with_source(catalogue_chance)})
    elif route == "humanitarian_visa" and chance:
        messages.append({"response": f"utter_answer_chance_{chance}"})

    if route != "not_possible":
        fee = "utter_answer_fee_exempt" if result.get("fee_exempt") else "utter_answer_fee_due"
        messages.append({"response": fee})

    deadline = favourable_deadline(result)
    if deadline and route == "family_reunification":
        days = (deadline - today).days
        date_text = dutch_date(domain, deadline)
        if days < 0:
            messages.append({"response": "utter_answer_deadline_warning_passed", "date": date_text})
        else:
            messages.append({"response": "utter_answer_favourable", "date": date_text})
            if days <= NEAR_DAYS:
                messages.append(
                    {"response": "utter_answer_deadline_warning_near", "days": str(days)}
                )
        if approximate_date:
            messages.append({"response": "utter_answer_date_approximate"})
    elif result.get("exempt_from") and route == "family_reunification":
        items = exempt_text(domain, result["exempt_from"])
        if items:
            messages.append({"response": "utter_answer_exempt", "items": items})

    not_met = [c for c in result.get("conditions") or [] if c.get("met") is False]
    if not_met and route == "family_reunification":
        messages.append({"text": conditions_text(domain, not_met)})
    documents = result.get("documents") or []
    if documents:
        messages.append(
            {
                "text": checklist(
                    domain, "utter_answer_documents_header", documents, "utter_mark_todo"
                )
            }
        )
    advice = (result.get("advice") or [])[:ANSWER_ADVICE_ITEMS]
    if advice:
        messages.append(
            {"text": checklist(domain, "utter_answer_advice_header", advice, "utter_mark_todo")}
        )
    messages.append({"response": "utter_disclaimer"})
    messages.append({"response": "utter_answer_more"})
    return messages
