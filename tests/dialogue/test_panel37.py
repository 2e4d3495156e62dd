"""Findings of panel round 37 (stop 29), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

REFUGEE = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 juli 2026](recognition_date:2026-07-03)"
)


def _ages(chat: Chat) -> list[int | None]:
    return sorted(p.get("age") for p in chat.people if p["relationship"] == "child")


def test_mijn_kinderen_selam_van_11_en_dawit_van_5__each_age_of_its_named_child():
    """ "mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama": the 5 went to
    "hun mama", named after it, and the bot asked "Over wie gaat 11 jaar?" (panel 37, h1)."""
    chat = Chat()
    chat.say(REFUGEE)
    reply = chat.say("mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama")
    assert _ages(chat) == [5, 11], chat.transcript()
    assert "Over wie gaat" not in reply


def test_mijn_dochters_rozhin_10_en_sara_7__ages_in_brackets_after_the_names():
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn dochters rozhin (10) en sara (7) zijn in irak")
    assert _ages(chat) == [7, 10], chat.transcript()


def test_a_plural_then_another_relative_with_his_own_age_keeps_both_apart():
    """The other side: "mijn kinderen zijn in kabul en mijn vrouw van 30" gives the 30 to the
    wife, not to the children."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen zijn in kabul en mijn vrouw van 30")
    assert chat.person("spouse")["age"] == 30, chat.transcript()
    assert all(p.get("age") is None for p in chat.people if p["relationship"] == "child")


def test_selam_is_eigenlijk_12__a_correction_by_the_childs_first_name():
    """ "sorry, selam is eigenlijk 12" after "selam van 11 en dawit van 5": the child told with
    that name is 12 now (panel 36 left "rozhin is 10"; panel 37, h1), and the open question is
    asked again, not given up as unanswered."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama")
    asked = chat.question
    reply = chat.say("sorry, selam is eigenlijk 12")
    assert _ages(chat) == [5, 12], chat.transcript()
    assert "Over wie gaat" not in reply
    reply = chat.say("en dawit is 6")
    assert _ages(chat) == [6, 12], chat.transcript()
    assert "verder zonder die informatie" not in reply and chat.question == asked


def test_a_name_never_told_with_an_age_is_still_asked_about():
    """The other side: "karim is 12" where no earlier message gave karim an age: the bot asks
    whose age it is rather than guessing."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen van 11 en 5 zijn in ethiopie")
    chat.say("karim is 12")
    assert _ages(chat) == [5, 11], chat.transcript()
