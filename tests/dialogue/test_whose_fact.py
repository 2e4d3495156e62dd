"""Issue 12: every fact goes to the person the sentence is about, or is asked, never guessed.

Each test is one of the issue's quoted examples (what users wrote and what went wrong).
"""

from __future__ import annotations

from tests.dialogue.chat import Chat


def refugee_with(chat: Chat, markup: str) -> str:
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee)")
    return chat.say(markup)


def test_mijn_zoon_hij_is_15_is_the_sons_age_not_the_writers():
    chat = Chat()
    refugee_with(chat, "[mijn zoon](relationship:child) hij is [15](age) jaar")
    assert chat.person("child")["age"] == 15
    assert chat.sponsor.get("age") is None


def test_nee_mama_is_44_en_papa_50_gives_each_parent_their_age():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) en ik ben [16](age:sponsor)")
    chat.say(
        "nee [mama](relationship:parent) is [44](age) en [papa](relationship:parent) [50](age)"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "parent")
    assert ages == [44, 50], chat.transcript()
    assert chat.sponsor["age"] == 16


def test_a_baby_of_8_months_is_under_one_not_the_wifes_age():
    chat = Chat()
    refugee_with(
        chat, "[vrouw](relationship:spouse) en [men baby](relationship:child) van [8](age) maand"
    )
    assert chat.person("spouse")["age"] is None
    baby = chat.person("child")
    assert baby["age"] == 0 and baby["months"] == 8


def test_he_turns_18_in_march_is_17_now():
    chat = Chat()
    refugee_with(chat, "[mijn zoon](relationship:child) wordt [18](age) in maart")
    assert chat.person("child")["age"] == 17


def test_a_sons_age_typed_at_the_date_question_is_no_recognition_date():
    chat = Chat()
    chat.say(
        "[mijn zoon](relationship:child) van [12](age) wil komen, ik ben [erkend](sponsor_status:refugee)"
    )
    assert chat.question == "sponsor.recognition_date", chat.transcript()
    chat.say("[mijn zoon](relationship:child) is [21](age) jaar")
    assert chat.sponsor.get("recognition_date") is None
    assert chat.person("child")["age"] == 21


def test_4_en_9_at_the_custody_question_is_not_the_writers_age():
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2026](recognition_date:2026-03-03), [mijn kinderen](relationship:child) zijn nog in syrie"
    )
    chat.say("[4](age) en [9](age)")
    assert chat.sponsor.get("age") is None
    assert sorted(p["age"] for p in chat.people) == [4, 9], chat.transcript()


def test_the_other_parent_named_in_a_custody_answer_is_no_applicant():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03),"
        " [mijn zoon](relationship:child) is [12](age)"
    )
    while chat.question not in (None, "applicant.custody"):
        chat.say("nee", intent="deny")
    assert chat.question == "applicant.custody", chat.transcript()
    chat.say("wij allebei, [zijn papa](relationship:parent) en ik samen", intent="greet")
    assert [p["relationship"] for p in chat.people] == ["child"]
    assert chat.person("child")["facts"]["custody"] == "shared"


def test_deceased_parents_named_as_the_reason_do_not_replace_the_grandmother():
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [mijn oma](relationship:grandparent) wil komen"
    )
    chat.say("ze heeft mij grootgebracht want [mijn ouders](relationship:parent) zijn dood")
    assert [p["relationship"] for p in chat.people] == ["grandparent"]


def test_wife_already_here_and_it_is_about_her_daughter():
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) is al hier, het gaat over [haar dochter](relationship:child)"
    )
    assert [p["relationship"] for p in chat.people] == ["stepchild"]


def test_a_friend_who_told_the_news_is_no_partner():
    chat = Chat()
    chat.say(
        "nu pas hoor ik van [vriend](relationship:partner) dat [mijn broer](relationship:sibling) kan komen"
    )
    assert [p["relationship"] for p in chat.people] == ["sibling"]


def test_a_husband_already_in_belgium_is_the_sponsor_not_an_applicant():
    chat = Chat()
    chat.say(
        "[mon mari](relationship:spouse) est en belgique, il est [refugie](sponsor_status:refugee)."
        " je veux venir avec [notre fils](relationship:child)"
    )
    assert [p["relationship"] for p in chat.people if not p["self"]] == ["child"]
    assert chat.state["writer"] == "applicant"


def test_wife_and_three_children_are_four_people_with_the_listed_ages():
    chat = Chat()
    refugee_with(
        chat,
        "[mijn vrouw](relationship:spouse) en 3 [kinderen](relationship:child)"
        " ([4](age), [9](age) en [17](age))",
    )
    children = [p["age"] for p in chat.people if p["relationship"] == "child"]
    assert children == [4, 9, 17], chat.transcript()
    assert chat.person("spouse")["age"] is None


def test_married_before_i_left_answers_the_before_arrival_question_in_advance():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn vrouw](relationship:spouse) is [30](age)"
    )
    chat.say(
        "we zijn [officieel](marriage_type:official) getrouwd in asmara in 2019, voor ik weg ging"
    )
    spouse = chat.person("spouse")
    assert spouse["facts"]["relationship_predates_arrival"] is True
    assert chat.question != "applicant.relationship_predates_arrival"


def test_our_children_are_children_of_the_couple_so_custody_is_not_asked():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03),"
        " [mijn vrouw](relationship:spouse) en [onze kinderen](relationship:child)"
    )
    assert all(p["facts"].get("common_child") for p in chat.people if p["relationship"] == "child")
    assert "applicant.custody" not in (chat.question or "")


def test_he_turns_18_in_march_is_no_recognition_date():
    chat = Chat()
    chat.say("ik ben [erkend](sponsor_status:refugee)")
    chat.say(
        "[mijn zoon](relationship:child) wordt [18](age) [in maart](recognition_date:2027-03-01)"
    )
    assert chat.sponsor.get("recognition_date") is None
    assert chat.person("child")["age"] == 17


def test_the_partners_daughter_is_named_as_hers_not_as_the_writers():
    """Panel: stepchildren were called "je dochter"."""
    chat = Chat()
    reply = chat.say(
        "ik ben [belg](sponsor_status:belgian), [mijn vrouw](relationship:spouse) is al hier,"
        " het gaat over [haar dochter](relationship:child) van [15](age)"
    )
    assert "de dochter van je vrouw" in reply, chat.transcript()


def test_a_handicap_goes_to_the_relative_its_sentence_names():
    """Panel: "Mijn vrouw en mijn dochter van 24 zitten in Amman. Mijn dochter heeft het
    syndroom van Down" put the handicap on the wife."""
    chat = Chat()
    chat.say(
        "Ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection)."
        " [Mijn vrouw](relationship:spouse) en [mijn dochter](relationship:child) van [24](age)"
        " zitten in Amman. [Mijn dochter](relationship:child) heeft het"
        " [syndroom van Down](disability), ze kan niet alleen wonen."
    )
    assert chat.person("child")["facts"].get("disabled") is True, chat.transcript()
    assert "disabled" not in chat.person("spouse")["facts"]


def test_a_handicap_with_two_relatives_and_no_clue_is_stored_for_nobody():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee). [mijn vrouw](relationship:spouse) en"
        " [mijn zoon](relationship:child) zitten in syrie. Er is iemand [gehandicapt](disability)"
    )
    assert not any(p["facts"].get("disabled") for p in chat.people), chat.transcript()


def test_a_very_long_message_is_read_quickly_up_to_its_first_part():
    """A pasted text of 50,000 characters (tests/privacy's e2e sends one): the dialogue reads
    the first MAX_READ_CHARS and still finds the wife named at the start."""
    from dialogue.reading import MAX_READ_CHARS, read

    text = "mijn vrouw zit in turkije " * 2000
    reading = read({"text": text, "intent": {"name": "inform"}, "entities": []})
    assert reading.mentions and reading.mentions[0].relationship == "spouse"
    assert len(reading.text) == MAX_READ_CHARS


def test_a_child_coming_with_the_mother_is_not_asked_whether_she_comes_alone():
    """Seed 003: "de enige is die zich bij de gezinshereniger komt voegen"; panel: "Komt je kind
    als enige naar België?" asked when the spouse comes too."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03),"
        " [mijn vrouw](relationship:spouse) is [30](age) en [ons kind](relationship:child) is [5](age)"
    )
    for _ in range(10):
        if chat.state.get("answered"):
            break
        fact = chat.question
        assert fact != "applicant.joins_alone", chat.transcript()
        plain = {"applicant.marriage": "officieel getrouwd", "sponsor.age": "ik ben 35"}
        chat.say(plain.get(fact, "ja"), intent="inform" if fact in plain else "affirm")
    assert "je kind" in chat.transcript().lower() and "band met je vrouw" in chat.transcript()


def test_an_asylum_procedure_told_in_a_story_is_not_asked_again():
    """Panel: "k heb asiel gevraagd in februari en wacht nog" then "Wat is jouw
    verblijfsstatus?"; a recognised writer waiting for a card is not an asylum seeker."""
    chat = Chat()
    chat.say(
        "k heb asiel gevraagd in februari en wacht nog. kan [mn vrouw](relationship:spouse) komen?"
    )
    assert chat.sponsor.get("status") == "asylum_seeker", chat.transcript()
    other = Chat()
    other.say("ik ben nu erkend en wacht nog op mijn kaart. [mijn vrouw](relationship:spouse)")
    assert other.sponsor.get("status") != "asylum_seeker"
