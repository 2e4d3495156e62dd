"""The 12-month deadline counts from the date on the CGVS decision (seed 003: "binnen het
jaar (12 maanden) na de erkenning"): a date known only roughly is asked precisely once, a day
the user gives is kept, and an unknown day never becomes a made-up exact deadline."""

from __future__ import annotations

from tests.dialogue.chat import Chat

MAY = "[mei](recognition_date:2026-05-01|approximate)"


def _month_only() -> Chat:
    chat = Chat()
    chat.say(f"k ben [erkend](sponsor_status:refugee) sinds {MAY}. [mn vrouw](relationship:spouse)")
    return chat


def test_a_month_without_a_day_makes_the_bot_ask_the_day_on_the_decision():
    chat = _month_only()
    assert chat.question == "sponsor.recognition_day", chat.transcript()
    reply = chat.say("de 12de")
    assert chat.sponsor["recognition_date"] == "2026-05-12"
    assert chat.state["approximate_date"] is False
    assert "12 mei 2026" in reply


def test_an_exact_date_is_not_asked_again():
    chat = Chat()
    chat.say(
        "k ben [erkend](sponsor_status:refugee) sinds [12 mei 2026](recognition_date:2026-05-12)."
        " [mn vrouw](relationship:spouse)"
    )
    assert chat.question != "sponsor.recognition_day"


def test_a_day_said_with_the_month_is_kept():
    """ "Ik denk in februari van dit jaar, de 17de." (blind set): not 1 februari."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mn vrouw](relationship:spouse) is [30](age)"
    )
    chat.say(
        "Ik denk in [februari van dit jaar](recognition_date:2026-02-01|approximate), de 17de."
    )
    assert chat.sponsor["recognition_date"] == "2026-02-17"
    assert chat.question != "sponsor.recognition_day"


def test_yesterdays_letter_is_not_the_decision_date():
    """ "k heb gisteren de brief gekregen": the letter's day, not the date on the decision."""
    chat = Chat()
    chat.say(
        "k heb [gisteren](recognition_date:2026-11-30) de brief gekregen, k ben"
        " [erkend](sponsor_status:refugee). [mn vrouw](relationship:spouse) is [30](age)"
    )
    assert chat.question == "sponsor.recognition_day", chat.transcript()
    chat.say("24 november")
    assert chat.sponsor["recognition_date"] == "2026-11-24"


def test_an_unknown_day_gives_the_month_and_the_rule_not_a_made_up_date():
    chat = _month_only()
    chat.say("weet ik niet")
    assert chat.question != "sponsor.recognition_day"
    for text in ("30", "officieel getrouwd", "ik ben 35"):
        chat.say(text)
    for _ in range(4):
        if chat.state.get("answered"):
            break
        reply = chat.say("ja", intent="affirm")
    assert "in mei 2027" in reply and "1 mei 2027" not in reply, chat.transcript()
    assert "12 maanden na de datum op de beslissing" in reply


def _answer(chat: Chat) -> str:
    reply = ""
    for _ in range(8):
        if chat.state.get("answered"):
            break
        plain = {"applicant.marriage": "officieel getrouwd", "sponsor.age": "ik ben 35"}
        fact = chat.question
        reply = chat.say(plain.get(fact, "ja"), intent="inform" if fact in plain else "affirm")
    return reply


def test_a_letter_received_yesterday_with_the_day_unknown_gives_no_month_at_all():
    """The letter comes after the decision: its month may be later than the deadline's."""
    chat = Chat()
    chat.say(
        "k heb [gisteren](recognition_date:2026-11-30) de brief gekregen, k ben"
        " [erkend](sponsor_status:refugee). [mn vrouw](relationship:spouse) is [30](age)"
    )
    chat.say("weet ik niet")
    reply = _answer(chat)
    assert "niet de dag dat de brief aankwam" in reply, chat.transcript()
    assert "november 2027" not in reply and "30 november" not in reply
    side = chat.say("tot wanneer moet ik da indienen?", intent="ask_deadline")
    assert "november 2027" not in side and "dagen" not in side, chat.transcript()


def test_a_month_corrected_in_the_same_message_is_the_one_kept():
    """ "k ben erkend sinds maart, nee wacht april" with only "maart" tagged (blind set)."""
    chat = Chat()
    chat.say(
        "k ben [erkend](sponsor_status:refugee) sinds [maart](recognition_date:2026-03-01|approximate)"
        ", nee wacht april. [mn vrouw](relationship:spouse) zit in kenia"
    )
    assert chat.sponsor["recognition_date"].startswith("2026-04"), chat.transcript()


def test_no_calendar_file_for_a_day_that_is_not_sure():
    chat = _month_only()
    chat.say("weet ik niet")
    for text in ("30", "officieel getrouwd", "ik ben 35"):
        chat.say(text)
    for _ in range(4):
        if chat.state.get("answered"):
            break
        chat.say("ja", intent="affirm")
    assert chat.state.get("answered") and chat.last.calendar is None, chat.transcript()
