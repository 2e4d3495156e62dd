"""The assessment as readable Dutch text for a caseworker (`python -m eligibility explain`)."""

from __future__ import annotations

from typing import Any

ROUTE_LABELS = {
    "family_reunification": "Gezinshereniging (recht)",
    "humanitarian_visa": "Humanitair visum (gunst, art. 9 en 13)",
    "not_possible": "Niet mogelijk",
    "unknown": "Nog onbekend",
}
EXEMPTION_LABELS = {
    "means_of_subsistence": "bewijs van inkomen",
    "housing": "bewijs van woning",
    "health_insurance": "bewijs van ziekteverzekering",
}
CHANCE_LABELS = {
    "high": "groot",
    "medium": "redelijk",
    "low": "klein",
    "very_low": "heel klein",
    "unstated": "niet bekend",
}


STATE_LABELS = {
    "met": "voldaan",
    "not_met": "niet voldaan",
    "exempt": "vrijgesteld",
    "to_prove": "nog te bewijzen",
}


def _met(condition: dict[str, Any]) -> str:
    return STATE_LABELS[condition["state"]]


def explain(result: dict[str, Any]) -> str:
    """Render an assessment (the output of `assess`) as plain Dutch text."""
    lines = [
        "BEOORDELING GEZINSHERENIGING",
        f"Datum van aanvraag: {result['application_date']}",
        "",
        f"Route: {ROUTE_LABELS[result['route']]}",
        result["summary"],
    ]
    if result["legal_basis"]:
        lines.append("Rechtsgrond: " + "; ".join(result["legal_basis"]))
    if result["humanitarian_chance"]:
        chance = result["chance"]
        lines.append(f"Kans op slagen: {CHANCE_LABELS[result['humanitarian_chance']]}")
        lines.append(f"  {chance['text']}")
        lines.append(f"  Bron: \u201c{chance['quote']}\u201d")
    if result["second_order_humanitarian"]:
        lines.append("Humanitair visum in tweede orde: aan te raden")
    if result["processing_office_text"]:
        lines.append(result["processing_office_text"])
    if result["visa_code"]:
        lines.append(f"Visumcode: {result['visa_code']}")
    if result["missing_facts"]:
        lines += ["", "Nog nodige gegevens:"]
        lines += [f"  - {path}" for path in result["missing_facts"]]
    if result["conditions"]:
        lines += ["", "Voorwaarden:"]
        for c in result["conditions"]:
            lines.append(f"  [{_met(c)}] {c['text']} ({c['source']})")
    lines += [
        "",
        "Gunstige voorwaarden: " + ("ja" if result["favourable_conditions"] else "nee"),
        "Vrijgesteld van: "
        + (", ".join(EXEMPTION_LABELS[e] for e in result["exempt_from"]) or "niets"),
        "Bijdrage (retributie): "
        + ("geen bijdrage" if result["fee_exempt"] else "bijdrage te betalen"),
    ]
    if result["deadlines"]:
        lines += ["", "Termijnen:"]
        for d in result["deadlines"]:
            state = "verstreken" if d["passed"] else "loopt nog"
            lines.append(f"  - {d['date']} ({state}): {d['text']} ({d['source']})")
    if result["documents"]:
        lines += ["", "Documenten (checklist):"]
        lines += [f"  [ ] {d['text']} ({d['source']})" for d in result["documents"]]
    if result["advice"]:
        lines += ["", "Advies:"]
        lines += [f"  - {a['text']} ({a['source']})" for a in result["advice"]]
    lines += ["", "Bronnen:"]
    lines += [f"  - {c}" for c in result["citations"]]
    lines += ["", result["disclaimer"]]
    return "\n".join(lines) + "\n"
