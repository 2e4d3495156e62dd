"""The hand-off to a person: the reference number, the NGO's contact, and a call back.

At "ik wil met iemand praten" the bot gives two ways to reach a person: call or visit the
NGO quoting the reference number, or (when the conversation is kept, with consent) leave a
phone number or e-mail address here to be called back. The contact is the one identifier
Samen keeps (`privacy.handoff`): it never enters the dialogue state or a slot; the turn only
hands it to the action (`Turn.handoff`), which passes it to the staff application's intake.
The transcript keeps the redactor's placeholder.
"""

from __future__ import annotations

from typing import Any

from dialogue.answers import contact_response
from privacy.handoff import find_contact

PHONE_OR_MAIL = ("telefoonnummer", "e-mailadres")


def offer(turn: Any, contact_line: dict[str, str]) -> None:
    """Answer a request for a person; with consent, also offer to be called back."""
    state = turn.state
    state["handoff"] = True
    turn.slots["handoff_requested"] = True
    name = contact_response(turn.texts, "utter_handoff")
    turn.say(name, reference=turn.reference or "-", **contact_line)
    if state["consent"] == "given" and turn.reference:
        state["contact_offered"] = True
        turn.handoff = {"contact": None}
        turn.say("utter_handoff_call_back")
    else:
        turn.say("utter_handoff_not_kept")


def take_contact(turn: Any, text: str, declined: bool) -> bool:
    """The answer to the call-back offer; True when this message was that answer."""
    state = turn.state
    if not state.get("contact_offered"):
        return False
    contact = find_contact(text)
    if contact:
        state["contact_offered"] = False
        turn.handoff = {"contact": contact}
        kind = PHONE_OR_MAIL[1] if "@" in contact else PHONE_OR_MAIL[0]
        turn.say("utter_handoff_contact_kept", kind=kind, reference=turn.reference or "-")
        return True
    state["contact_offered"] = False
    if declined:
        name = contact_response(turn.texts, "utter_handoff_no_contact")
        turn.say(name, reference=turn.reference or "-")
        return True
    return False
