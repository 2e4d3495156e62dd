"""The hand-off end to end: a user asks for a person in the chat (real Rasa, real actions),
a staff member logs in on the same :8080 server, finds the case in the queue with its
summary, reads the transcript, corrects a message, and an admin erases the conversation."""

from __future__ import annotations

import re

import pytest

from privacy.reference import reference_for
from tests.e2e.test_conversations import Talk
from tests.staff.conftest import StaffServer

pytestmark = pytest.mark.e2e


def test_a_hand_off_reaches_the_queue_with_its_summary(bot, stack_staff: StaffServer) -> None:
    talk = Talk(bot)  # "hallo", then "akkoord" to the consent question
    talk.say("mijn vrouw wil komen, ik ben erkend vluchteling sinds maart 2026")
    talk.answer_until_confirmation({"applicant.age": "ze is 30"})
    talk.say("ja")
    reply = talk.say("ik wil met iemand praten")
    reference = reference_for(talk.sender, stack_staff.key)
    assert reference in reply, talk.transcript()

    staff = stack_staff.client()
    assert staff.get("/staff/handoffs/").status_code == 302  # nothing without login
    assert staff.login("e2e-admin").status_code == 302
    queue = staff.get("/staff/handoffs/").text
    assert reference in queue, talk.transcript()
    card = queue[queue.index(reference) :]
    assert "recht op gezinshereniging" in card, card[:2000]
    assert "retributie" in card, card[:2000]

    page = staff.get(f"/staff/conversations/{reference}/").text
    assert "ik wil met iemand praten" in page and "request_human" in page
    assert "Bronnen" in page
    event_id = int(re.findall(r"/correct/(\d+)/", page)[0])
    corrected = staff.post(
        f"/staff/conversations/{reference}/correct/{event_id}/", {"intent": "greet"}
    )
    assert corrected.status_code == 302
    erased = staff.post(
        "/staff/admin/erase/", {"reference": reference, "confirm": "ja"}, form="/staff/admin/erase/"
    )
    assert f"erase: {reference}:" in erased.text
    assert staff.get(f"/staff/conversations/{reference}/").status_code == 404
