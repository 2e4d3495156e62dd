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


# --- 2. an ex-partner is no applicant; a relative who is not coming is taken out -------------

B2_STORY = (
    "bonjour ik ben van congo, ik werk hier en heb [verblijfskaart onbeperkt]"
    "(sponsor_status:third_country_national). [mijn zoon](relationship:child) [17 jaar](age) en "
    "[mijn dochter](relationship:child) [4 jaar](age) zijn in kinshasa bij hun "
    "[papa](relationship:parent). ik wil ze laten komen"
)


def test_b2_the_ex_husband_is_no_applicant_and_custody_is_asked():
    chat = Chat()
    chat.say(B2_STORY)
    reply = chat.say(
        "ja van mij en [mijn ex man](relationship:spouse), wij zijn gescheiden. de 2 "
        "[kinderen](relationship:child) zijn van hem"
    )
    assert [p["relationship"] for p in chat.people] == ["child", "child"], chat.transcript()
    # seed 003: the other parent is not coming, so custody (and consent) are asked
    assert all(p["facts"]["common_child"] is False for p in chat.people)
    assert chat.question == "applicant.custody", reply
    assert "je man" not in reply
    chat.say("ja zei ik toch. mijn EX [man](relationship:spouse)")
    reply = chat.say(
        "hij moet niet komen! alleen de [kinderen](relationship:child). hij blijft in kinshasa"
    )
    assert [p["word"] for p in chat.people] == ["zoon", "dochter"], chat.transcript()
    assert "weggelaten" not in reply


def test_b2_shared_custody_asks_the_other_parents_consent():
    chat = Chat()
    chat.say(B2_STORY)
    chat.say("ja van mij en [mijn ex man](relationship:spouse), wij zijn gescheiden")
    chat.say("wij delen", intent="inform")
    assert chat.question == "applicant.other_parent_consent", chat.transcript()


def test_b2_my_ex_husband_is_not_coming_at_the_confirmation():
    chat = Chat()
    chat.say(
        "ik heb [verblijfskaart onbeperkt](sponsor_status:third_country_national). "
        "[mijn zoon](relationship:child) [17 jaar](age), [mijn dochter](relationship:child) "
        "[4 jaar](age) en [mijn man](relationship:spouse) [45](age) zijn in kinshasa"
    )
    chat.state["pending"] = "confirm"  # the read-back "Klopt dat?" with the husband on it
    reply = chat.say(
        "nee. [mijn ex man](relationship:spouse) komt NIET. alleen [zoon](relationship:child) "
        "en dochter"
    )
    assert [p["word"] for p in chat.people] == ["zoon", "dochter"], chat.transcript()
    assert "Ik heb je man weggelaten" in reply
    assert "Je man" not in reply


def test_no_my_husband_is_not_coming_at_the_confirmation():
    for words in ("nee, [mijn man](relationship:spouse) komt niet",
                  "[mijn man](relationship:spouse) moet weg uit de lijst, hij komt niet",
                  "alleen mijn [kinderen](relationship:child) willen komen, niet mijn ex"):  # fmt: skip
        chat = Chat()
        chat.say(
            "ik heb [verblijfskaart onbeperkt](sponsor_status:third_country_national). "
            "[mijn zoon](relationship:child) [17 jaar](age), [mijn dochter](relationship:child) "
            "[4 jaar](age) en [mijn man](relationship:spouse) [45](age) zijn in kinshasa"
        )
        chat.state["pending"] = "confirm"
        chat.say("/deny", intent="deny")
        reply = chat.say(words)
        assert [p["relationship"] for p in chat.people] == ["child", "child"], chat.transcript()
        assert "weggelaten" in reply
        chat.say("[mijn man](relationship:spouse) heeft werk")  # the same man: nobody new
        assert [p["relationship"] for p in chat.people] == ["child", "child"], chat.transcript()


def test_a_wife_who_comes_stays():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) en [mijn zoon](relationship:child) willen komen")
    for words in ("[mijn vrouw](relationship:spouse) komt niet alleen, de kinderen komen mee",
                  "[mijn vrouw](relationship:spouse) komt niet meteen, eerst de kinderen"):  # fmt: skip
        reply = chat.say(words)
        assert "spouse" in [p["relationship"] for p in chat.people], chat.transcript()
        assert "weggelaten" not in reply


# --- 3. the writer is no relative; a relative the user denies is taken out ------------------

B3_STORY = (
    "ik ben syrisch, [erkend vluchteling](sponsor_status:refugee) sinds 4 maanden. "
    "[mijn vrouw](relationship:spouse) is in turkije met [onze tweeling](relationship:child), "
    "[1 jaar](age). ze zijn geboren toen ik al in belgie was, zij was zwanger toen ik vluchtte"
)


def test_b3_i_am_not_on_it_as_father_adds_no_father():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) en [mijn zoon](relationship:child) willen komen")
    chat.say(
        "de [tweeling](relationship:child) heeft turkse geboorte papier, ik sta er niet op als "
        "[vader](relationship:parent) denk ik. moet dan dna test?",
        intent="ask_dna_test",
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_b3_i_am_the_father_my_father_is_not_coming():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is [29](age)")
    chat.say("[vader](relationship:parent) ook")  # a father created (as the old bot did)
    assert "parent" in [p["relationship"] for p in chat.people]
    reply = chat.say(
        "nee?? IK ben de [vader](relationship:parent) van de [tweeling](relationship:child). "
        "[mijn vader](relationship:parent) komt niet"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()
    assert "Ik heb je vader weggelaten" in reply


def test_b3_at_the_confirmation_my_father_is_not_coming_and_i_am_no_client():
    chat = Chat()
    chat.say("mijn cliënt is [erkend vluchteling](sponsor_status:refugee)")
    chat.say("[zijn vrouw](relationship:spouse) en [zijn vader](relationship:parent) willen komen")
    chat.state["pending"] = "confirm"
    reply = chat.say(
        "nee, [mijn vader](relationship:parent) komt niet. en ik ben geen cliënt, ik ben zelf "
        "de vluchteling"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert chat.state["writer"] == "sponsor"
    assert "cliënt" not in reply


# --- 4. a fact on the wrong person is corrected --------------------------------------------

B4_STORY = (
    "ik ben irakees, [erkend vluchteling](sponsor_status:refugee) sinds 8 maand. "
    "[mijn dochter](relationship:child) is [23](age) jaar en heeft zware "
    "[handicap](disability), ze kan niet alleen leven, ik zorg altijd voor haar. ook "
    "[mijn neef](relationship:other_relative) [15](age) jaar, zijn [ouders](relationship:parent) "
    "zijn dood, ik heb hem opgevoed. wat is mogelijk?"
)


def _disabled(chat: Chat) -> dict[str, bool | None]:
    return {p["word"]: p["facts"].get("disabled") for p in chat.people}


def test_b4_a_question_about_the_handicap_certificate_stays_with_the_daughter():
    chat = Chat()
    chat.say(B4_STORY)
    assert _disabled(chat) == {"dochter": True, "neef": None}, chat.transcript()
    chat.state["focus"] = chat.person("other_relative")["id"]  # the bot spoke of the nephew
    chat.say("attest [handicap](disability) van irakese dokter, mag dat?")
    assert _disabled(chat)["neef"] is not True, chat.transcript()


def test_b4_nephew_has_no_handicap_only_my_daughter():
    chat = Chat()
    chat.say(B4_STORY)
    neef = chat.person("other_relative")
    neef["facts"]["disabled"] = True  # as the old bot had moved it
    chat.state["pending"] = "confirm"
    reply = chat.say(
        "nee, [neef](relationship:other_relative) heeft geen [handicap](disability), alleen "
        "[mijn dochter](relationship:child)"
    )
    assert _disabled(chat) == {"dochter": True, "neef": False}, chat.transcript()
    assert "Je neef: 15 jaar, met een handicap" not in reply


# --- 5. "onze tweeling, 1 jaar" in the first message ---------------------------------------


def test_b3_our_twins_of_1_in_the_first_message():
    """b3: "ze zijn geboren toen ik al in belgie was" made the twins people in Belgium."""
    chat = Chat()
    reply = chat.say(B3_STORY)
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert [c["age"] for c in children] == [1, 1], chat.transcript()
    assert "Over wie gaat" not in reply
    assert all(c["facts"]["relationship_predates_arrival"] is False for c in children)


def test_b3_two_children_of_1_a_boy_and_a_girl():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is in turkije")
    reply = chat.say(
        "en de [tweeling](relationship:child)? 2 [kinderen](relationship:child) van [1 jaar]"
        "(age), jongen en meisje"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    children = [(p["word"], p["age"]) for p in chat.people if p["relationship"] == "child"]
    assert children == [("zoon", 1), ("dochter", 1)]


def test_two_children_with_two_ages_keep_them():
    chat = Chat()
    chat.say("[mijn 2 kinderen](relationship:child) van [4](age) en [9](age) jaar")
    assert sorted(p["age"] for p in chat.people) == [4, 9], chat.transcript()


# --- 6. an asylum seeker told in words; a baby without an age ----------------------------

B1_STORY = (
    "ik ben uit afganistan, ik heb asiel gevraagd in belgie [5 maand geleden]"
    "(recognition_date:2026-07-01|approximate) nog geen antwoord. [mijn vrouw](relationship:spouse)"
    " en [mijn baby](relationship:child) zijn nog in afghanistan. ik wil dat ze nu komen"
)


def test_b1_asylum_asked_no_answer_yet_is_an_asylum_seeker():
    chat = Chat()
    reply = chat.say(B1_STORY)
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()
    assert "verblijfsstatus" not in reply
    assert chat.question != "sponsor.status"


def test_b1_a_baby_without_an_age_is_no_0_months():
    chat = Chat()
    chat.say(B1_STORY)
    baby = chat.person("child")
    assert baby["age"] == 0 and baby["months"] is None, chat.transcript()
    reply = chat.answer_plainly({"applicant.age": "24"}) or chat.transcript()
    assert "0 maanden" not in chat.transcript()
    assert "Je kind: een baby\n" in chat.transcript(), reply  # no age claimed (panel 42, h2)
    chat.say(
        "nee [baby](relationship:child) is [8 maand](age). [mijn vrouw](relationship:spouse) is [24](age)"
    )
    assert chat.person("child")["months"] == 8, chat.transcript()


# --- 7. ages before the noun in a short answer; a date is no age ---------------------------


def test_a1_eleven_years_my_son_and_the_daughter_is_6():
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) en [mijn 2 kinderen](relationship:child), zij zijn "
        "in libanon. ik ben syrier en [erkend vluchteling](sponsor_status:refugee) hier in belgie"
    )
    for _ in range(6):
        if chat.question == "applicant.age" and chat.state["question"]["person"] != "p1":
            break
        fact = chat.question
        answers = {"applicant.age": "29", "applicant.marriage": "officieel", "sponsor.age": "34",
                   "sponsor.recognition_date": "[4 september 2026](recognition_date:2026-09-04)"}  # fmt: skip
        chat.say(answers.get(fact, "ja"), intent="inform" if fact in answers else "affirm")
    assert chat.question == "applicant.age", chat.transcript()
    reply = chat.say(
        "[11 jaar](age), [mijn zoon](relationship:child). en [de dochter](relationship:child) "
        "is [6](age)"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "child") == [6, 11]


def test_a5_the_day_of_a_date_is_no_age():
    chat = Chat()
    chat.say(
        "ik wil zelf komen. [mijn man](relationship:spouse) is in belgie, hij is "
        "[vluchteling erkend](sponsor_status:refugee). ik ben in eritrea"
    )
    reply = chat.say(
        "hij kreeg papier in [oktober vorig jaar](recognition_date:2025-10-01|approximate). "
        "2 oktober 2025"
    )
    assert "Over wie gaat 2" not in reply, chat.transcript()
    assert chat.sponsor["recognition_date"] == "2025-10-02"


# --- 8. one answer about "allebei" holds for all children ----------------------------------


def _two_children_at_the_bond_question() -> Chat:
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) en [mijn 2 kinderen](relationship:child), zij zijn "
        "in libanon. ik ben syrier en [erkend vluchteling](sponsor_status:refugee) hier in belgie"
    )
    answers = {"applicant.age": "29", "applicant.marriage": "officieel", "sponsor.age": "34",
               "sponsor.recognition_date": "[4 september 2026](recognition_date:2026-09-04)"}  # fmt: skip
    for _ in range(8):
        if chat.question == "applicant.relationship_predates_arrival":
            person = _asked_person(chat)
            if person["relationship"] == "child":
                break
        fact = chat.question
        if fact == "applicant.age":
            chat.say("[11 jaar](age), [mijn zoon](relationship:child). en [de dochter]"
                     "(relationship:child) is [6](age)")  # fmt: skip
            continue
        chat.say(answers.get(fact, "ja"), intent="inform" if fact in answers else "affirm")
    assert chat.question == "applicant.relationship_predates_arrival", chat.transcript()
    return chat


def _asked_person(chat: Chat) -> dict:
    return next(p for p in chat.people if p["id"] == chat.state["question"]["person"])


def test_a1_both_were_born_before_i_left_answers_for_both_children():
    chat = _two_children_at_the_bond_question()
    reply = chat.say("[mijn zoon](relationship:child) is [11](age). ja ze waren allebei al "
                     "geboren toen ik weg ging")  # fmt: skip
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert all(c["facts"].get("relationship_predates_arrival") is True for c in children), (
        chat.transcript()
    )
    assert "Bestond de band" not in reply


def test_a1_yes_both_ours_answers_for_both_children():
    chat = _two_children_at_the_bond_question()
    chat.say("ja", intent="affirm")
    for _ in range(3):
        if chat.question == "applicant.common_child":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.common_child", chat.transcript()
    reply = chat.say("ja allebei van ons samen")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert all(c["facts"].get("common_child") is True for c in children), chat.transcript()
    assert "samen?" not in reply


def test_allebei_elsewhere_gives_no_shared_age():
    chat = Chat()
    chat.say("[mijn 2 kinderen](relationship:child) van [4](age), allebei in turkije")
    assert [p["age"] for p in chat.people].count(4) < 2, chat.transcript()


def test_custody_of_us_both_is_asked_for_each_child():
    chat = Chat()
    chat.say(B2_STORY)
    chat.say("ja van mij en [mijn ex man](relationship:spouse), wij zijn gescheiden")
    chat.say("wij allebei")
    custody = [p["facts"].get("custody") for p in chat.people]
    assert custody == ["shared", None], chat.transcript()


def test_not_for_myself_but_for_my_client_is_a_helper():
    chat = Chat()
    chat.say("ik vraag het niet voor mezelf maar voor mijn cliënt")
    assert chat.state["writer"] == "helper", chat.transcript()


def test_the_guardian_of_his_own_nephew_is_no_helper():
    """b4: the sponsor is his nephew's guardian ("ik ben voogd van mijn neef")."""
    chat = Chat()
    chat.say(B4_STORY)
    chat.say("ik ben voogd van [mijn neef](relationship:other_relative) met papier van rechtbank")
    assert chat.state["writer"] == "sponsor", chat.transcript()


def test_b2_i_am_divorced_at_the_correction_takes_the_husband_out():
    chat = Chat()
    chat.say(
        "ik heb [verblijfskaart onbeperkt](sponsor_status:third_country_national). "
        "[mijn zoon](relationship:child) [17 jaar](age) en [mijn man](relationship:spouse) "
        "[45](age) zijn in kinshasa"
    )
    chat.state["pending"] = "confirm"
    chat.say("/deny", intent="deny")
    reply = chat.say("ik ben gescheiden")
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    assert "Ik heb je man weggelaten" in reply
    assert chat.person("child")["facts"].get("common_child") is False


def test_the_wrong_person_named_at_the_confirmation():
    chat = Chat()
    chat.say("[mijn vader](relationship:parent) wil komen")
    chat.state["pending"] = "confirm"
    chat.say("nee, niet [mijn vader](relationship:parent) maar [mijn broer](relationship:sibling)")
    assert [p["relationship"] for p in chat.people] == ["sibling"], chat.transcript()


def test_my_son_of_5_and_my_baby_are_two_children():
    chat = Chat()
    chat.say("[mijn zoon](relationship:child) is [5](age) en [mijn baby](relationship:child) ook")
    assert sorted(p["age"] for p in chat.people) == [0, 5], chat.transcript()


def test_the_baby_again_keeps_its_months():
    chat = Chat()
    chat.say("[mijn baby](relationship:child) is [8 maanden](age)")
    reply = chat.say("[de baby](relationship:child) heeft een paspoort nodig?")
    assert chat.person("child")["months"] == 8 and "Over wie" not in reply, chat.transcript()


def test_not_coming_read_with_its_comma():
    for words, kept in (("[mijn man](relationship:spouse) komt niet, alleen de kinderen", False),
                        ("komt [mijn man](relationship:spouse) niet in aanmerking?", True),
                        ("[mijn man](relationship:spouse) komt niet in aanmerking?", True)):  # fmt: skip
        chat = Chat()
        chat.say("[mijn man](relationship:spouse) en [mijn zoon](relationship:child) zijn in congo")
        chat.say(words)
        assert ("spouse" in [p["relationship"] for p in chat.people]) is kept, chat.transcript()


def test_he_is_not_coming_about_the_one_just_named_removes_nobody_else():
    chat = Chat()
    chat.say("[mijn zoon](relationship:child) en [mijn dochter](relationship:child) zijn in congo")
    chat.say("[mijn broer](relationship:sibling) woont in kinshasa, hij komt niet")
    assert [p["word"] for p in chat.people][:2] == ["zoon", "dochter"], chat.transcript()


def test_my_husband_agrees_makes_no_helper():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    chat.say("ja, [mijn man](relationship:spouse) is akkoord", intent="affirm")
    assert chat.state["writer"] != "helper", chat.transcript()
