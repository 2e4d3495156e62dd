"""Panel 3 (b2, b3, b4, a1, a4, a5, b1): who the people are. The user's words from the
transcripts in /work/panel3/log, annotated as the NLU gave them (what the bot understood)."""

from __future__ import annotations

from tests.dialogue.chat import Chat

A4_STORY = (
    "[mijn vrouw](relationship:spouse), ze is marokkaanse en [26](age). we zijn vorig jaar "
    "getrouwd in marokko. ik ben [belg](sponsor_status:belgian)"
)


def _a4_answered() -> Chat:
    chat = Chat()
    chat.say(A4_STORY)
    chat.answer_plainly({"applicant.marriage": "officieel", "sponsor.age": "31"})
    return chat


# --- 1. the writer is a helper only on real evidence ---------------------------------------


def test_leefloon_of_the_ocmw_makes_no_social_worker():
    """a4: "en als ik er leefloon bij krijg van het ocmw, telt dat dan mee?" made the writer
    a social worker ("Je cliënt: Belg")."""
    chat = _a4_answered()
    reply = chat.say("en als ik er leefloon bij krijg van het ocmw, telt dat dan mee?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert "cliënt" not in reply
    summary = chat.say("Samenvatting", intent="ask_summary")
    assert "Jij: Belg" in summary and "cliënt" not in summary


def test_b3_leefloon_van_ocmw_and_a_social_worker_named():
    chat = _a4_answered()
    chat.say("dus moet ik nu inkomen tonen of niet? ik heb nog geen werk, ik volg inburgering "
             "en krijg leefloon van ocmw", intent="ask_means_of_subsistence")  # fmt: skip
    chat.say("moet ik dit aan mijn sociaal werker tonen?")
    assert chat.state["writer"] == "sponsor", chat.transcript()


def test_a_social_worker_says_so():
    for message in ("ik ben maatschappelijk werker bij het OCMW", "ik werk bij het ocmw",
                    "als sociaal assistent vraag ik dit", "ik begeleid een man",
                    "ik ben de voogd van een jongen", "mijn cliënt is erkend"):  # fmt: skip
        chat = Chat()
        chat.say(message)
        assert chat.state["writer"] == "helper", message


def test_i_am_no_client_turns_it_back():
    """a4: "ik ben geen cliënt, het gaat over mij en mijn vrouw" was not applied."""
    chat = _a4_answered()
    chat.state["writer"] = "helper"  # as the old bot had it
    reply = chat.say("ik ben geen cliënt, het gaat over mij en mijn [vrouw](relationship:spouse)")
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert "Jij: Belg" in reply
    assert "cliënt" not in chat.say("Samenvatting", intent="ask_summary")


def test_i_am_the_refugee_myself_turns_it_back():
    chat = Chat()
    chat.say("mijn cliënt is [erkend vluchteling](sponsor_status:refugee)")
    assert chat.state["writer"] == "helper"
    chat.say("ik ben geen cliënt, ik ben zelf de vluchteling")
    assert chat.state["writer"] == "sponsor", chat.transcript()
