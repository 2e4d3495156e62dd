"""Responses the dialogue needs that domain.yml does not have yet.

domain.yml is edited in another branch at the moment (side questions); these texts are used
only while the domain lacks a response of the same name, and move into domain.yml at the next
merge (then this module can be emptied). B1 Dutch, "je"-form, like the domain's texts.
"""

from __future__ import annotations

PENDING: dict[str, list[dict[str, str]]] = {
    # a fact the user does not know, or that was not understood twice
    "utter_fact_unknown": [
        {
            "text": "Geen probleem, dan ga ik verder zonder die informatie. Wil je hulp van "
            "een medewerker? Schrijf dan: 'ik wil met iemand praten'."
        }
    ],
    # a person the user says is already in Belgium is no applicant
    "utter_removed_in_belgium": [
        {"text": "Ik heb {who} weggelaten: wie al in België is, hoeft geen visum te vragen."}
    ],
}
