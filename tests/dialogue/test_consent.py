"""Issue 12: consent never blocks general questions; the notice is shown once."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_a_refusal_does_not_repeat_the_notice_for_general_questions():
    chat = Chat(consent=False)
    first = chat.say("hallo", intent="greet")
    assert "privacy" in first.lower()
    chat.say("niet akkoord", intent="deny")
    assert chat.state["consent"] == "refused"
    for _ in range(3):
        reply = chat.say("hoeveel kost het?", intent="ask_costs")
        assert "privacy" not in reply.lower() and "retributie" in reply.lower()


def test_i_dont_understand_at_consent_is_explained_not_a_refusal():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    reply = chat.say("ik snap het niet", intent="deny")
    assert chat.state["consent"] is None
    assert "kort gezegd" in reply.lower()


def test_a_social_worker_consents_for_the_client():
    chat = Chat(consent=False)
    chat.say("hallo ik ben sociaal assistent", intent="greet")
    chat.say("ja mijn cliënt gaat akkoord", intent="affirm")
    assert chat.state["consent"] == "given" and chat.state["writer"] == "helper"
    reply = chat.say("[zijn vrouw](relationship:spouse) is in [syrie](country)")
    assert "cliënt" in reply, chat.transcript()


def test_the_story_told_before_consent_is_read_after_it():
    chat = Chat(consent=False)
    chat.say(
        "[mijn vrouw](relationship:spouse) is [30](age), ik ben [erkend](sponsor_status:refugee)"
    )
    assert not chat.people
    chat.say("akkoord", intent="affirm")
    assert chat.person("spouse")["age"] == 30 and chat.sponsor["status"] == "refugee"


def test_help_gets_help_not_a_dead_end():
    chat = Chat()
    reply = chat.say("help", intent="nlu_fallback")
    assert "gezinshereniging" in reply


def test_the_hand_off_gives_the_reference_and_the_ngos_contact():
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) is [30](age), ik ben [erkend](sponsor_status:refugee)"
    )
    reply = chat.say("ik wil met iemand praten", intent="request_human")
    assert "SAM-TEST-0001" in reply and "onze organisatie" in reply
    assert chat.last.slots["handoff_requested"] is True
    assert chat.people, "the case goes on after the hand-off"


def test_the_consent_slot_is_set_once_per_decision_so_one_record_is_kept():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    chat.say("niet akkoord", intent="deny")
    assert chat.last.slots["consent"] is False
    chat.say("hoeveel kost het?", intent="ask_costs")
    assert "consent" not in chat.last.slots


def test_a_social_worker_is_asked_about_the_client_not_about_herself():
    """Panel finding: "Bestond de band al vóór je naar België kwam?" to a social worker."""
    chat = Chat(consent=False)
    chat.say("hallo ik ben sociaal assistent", intent="greet")
    chat.say("ja mijn cliënt gaat akkoord", intent="affirm")
    chat.say(
        "mijn cliënt is [erkend vluchteling](sponsor_status:refugee) sinds"
        " [3 maart 2026](recognition_date:2026-03-03), [zijn vrouw](relationship:spouse) is"
        " [30](age) en [zijn zoon](relationship:child) is [5](age)"
    )
    replies = [chat.say(text) for text in ("officieel getrouwd", "hij is 40")]
    assert "vóór je cliënt naar België kwam" in replies[-1], chat.transcript()
    assert "vóór je naar België" not in chat.transcript()


def test_a_client_s_child_is_het_kind_van_je_client():
    chat = Chat(consent=False)
    chat.say("hallo ik ben sociaal assistent", intent="greet")
    chat.say("ja mijn cliënt gaat akkoord", intent="affirm")
    reply = chat.say(
        "mijn cliënt is [erkend vluchteling](sponsor_status:refugee), [zijn kind](relationship:child)"
        " is in syrie"
    )
    assert "het kind van je cliënt" in reply.lower() and "de kind" not in reply.lower(), reply


def test_a_client_s_own_age_is_the_sponsor_s_and_the_parents_are_numbered_for_the_client():
    """Panel: "mijn cliënt is 15" made an invented child of 15; "De ouder van je eerste
    cliënt"."""
    chat = Chat(consent=False)
    chat.say("hallo ik ben sociaal assistent", intent="greet")
    chat.say("ja mijn cliënt gaat akkoord", intent="affirm")
    chat.say(
        "mijn cliënt is [15](age) jaar en [erkend vluchteling](sponsor_status:refugee), hij kwam"
        " alleen. [zijn ouders](relationship:parent) willen komen"
    )
    assert chat.sponsor["age"] == 15
    assert [p["relationship"] for p in chat.people] == ["parent", "parent"]
    chat.say("[3 maart 2026](recognition_date:2026-03-03)")
    reply = chat.transcript()
    assert "eerste cliënt" not in reply


def test_a_guardians_minor_is_the_client_not_a_child_who_wants_to_come():
    """Panel: "Ik ben voogd van een niet-begeleide minderjarige van 15" made a phantom child."""
    chat = Chat(consent=False)
    chat.say(
        "Ik ben voogd van een niet-begeleide [minderjarige](relationship:child) van 15. Hij is"
        " [erkend als vluchteling](sponsor_status:refugee). [Zijn ouders](relationship:parent)"
        " en [zijn zus](relationship:sibling) van 17 zitten in Turkije.",
        intent="check_eligibility",
    )
    chat.say("Ja, akkoord.", intent="affirm")
    assert chat.sponsor["age"] == 15
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "parent", "sibling"]
