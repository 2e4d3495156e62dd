"""Issue 15: at a hand-off the bot offers a call back; the contact never enters the state."""

from __future__ import annotations

import json

from tests.dialogue.chat import Chat

PHONE = "0470 12 34 56"


def _ask_for_a_person(chat: Chat) -> str:
    chat.say("[mijn vrouw](relationship:spouse) wil komen, ik ben [erkend](sponsor_status:refugee)")
    return chat.say("ik wil met iemand praten", intent="request_human")


def test_a_hand_off_gives_the_reference_and_offers_a_call_back_with_consent():
    chat = Chat()
    reply = _ask_for_a_person(chat)
    assert "SAM-TEST-0001" in reply and "telefoonnummer of e-mailadres" in reply
    assert chat.last.handoff == {"contact": None}
    assert chat.last.slots["handoff_requested"] is True


def test_without_consent_no_call_back_is_offered_and_nothing_goes_to_staff():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    chat.say("niet akkoord", intent="deny")
    reply = chat.say("ik wil met iemand praten", intent="request_human")
    assert "SAM-TEST-0001" in reply and "niet bewaard" in reply
    assert chat.last.handoff is None


def test_a_phone_number_after_the_offer_goes_to_staff_and_not_into_the_state():
    chat = Chat()
    _ask_for_a_person(chat)
    reply = chat.say(f"mijn nummer is {PHONE}")
    assert chat.last.handoff == {"contact": PHONE}
    assert "telefoonnummer" in reply and "SAM-TEST-0001" in reply
    assert "0470" not in json.dumps(chat.state)
    assert chat.state["contact_offered"] is False


def test_an_email_address_is_taken_as_the_contact():
    chat = Chat()
    _ask_for_a_person(chat)
    reply = chat.say("ana.m@example.org")
    assert chat.last.handoff == {"contact": "ana.m@example.org"}
    assert "e-mailadres" in reply


def test_no_thanks_after_the_offer_keeps_no_contact_and_goes_on():
    chat = Chat()
    _ask_for_a_person(chat)
    reply = chat.say("nee liever niet", intent="deny")
    assert chat.last.handoff is None
    assert "SAM-TEST-0001" in reply
    assert chat.state["contact_offered"] is False


def test_a_question_after_the_offer_is_answered_as_a_question():
    chat = Chat()
    _ask_for_a_person(chat)
    reply = chat.say("hoeveel kost het?", intent="ask_costs")
    assert chat.last.handoff is None
    assert "retributie" in reply.lower()


def test_a_number_typed_later_in_the_conversation_is_not_taken_as_a_contact():
    chat = Chat()
    _ask_for_a_person(chat)
    chat.say("nee", intent="deny")
    chat.say(f"mijn nummer is {PHONE}")
    assert chat.last.handoff is None


def test_without_a_configured_phone_the_bot_points_to_the_website_not_to_a_number():
    """Panel 3: "Bel ons algemeen nummer (zie onze website)" promised a number nobody got."""
    reply = _ask_for_a_person(Chat())
    assert "website waar je deze chat vond" in reply and "SAM-TEST-0001" in reply
    assert "Bel " not in reply


def test_the_deployments_contact_is_given_when_it_is_configured():
    ngo = {"name": "Vluchtelingenwerk Test", "phone": "02 123 45 67", "hours": "ma-vr 9-17 u",
           "address": "Teststraat 1, 1000 Brussel"}  # fmt: skip
    reply = _ask_for_a_person(Chat(settings={"ngo": ngo}))
    assert "Bel 02 123 45 67 (ma-vr 9-17 u)" in reply
    assert "Teststraat 1, 1000 Brussel" in reply and "website" not in reply
