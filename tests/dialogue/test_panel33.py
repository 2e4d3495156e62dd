"""Findings of panel round 33 (stop 28), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

WIFE_WRITES = (
    "hallo ik ben [de vrouw](relationship:spouse) van een [erkend vluchteling]"
    "(sponsor_status:refugee) in belgie, hij is erkend sinds [3 maanden]"
    "(recognition_date:2026-09-04|approximate)"
)


def test_ik_ben_de_vrouw_van_een_erkend_vluchteling__she_writes_and_he_is_the_refugee():
    """ "ik ben de vrouw van een erkend vluchteling": the status after her role and "van" is
    her husband's; she is the relative abroad, not the sponsor asked "Wie van je familie wil
    naar België komen?" (panel 32: a wife writing for herself dropped out)."""
    chat = Chat()
    reply = chat.say(WIFE_WRITES)
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert chat.person("spouse").get("self") is True
    assert "Wie van je familie" not in reply
    assert "je man" in reply, chat.transcript()


def test_ik_ben_een_erkend_vluchteling_van_eritrea__still_the_writers_own_status():
    """The other side: a status that follows no role of the writer stays hers."""
    chat = Chat()
    chat.say("ik ben een [erkend vluchteling](sponsor_status:refugee) van eritrea")
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert chat.sponsor.get("status") == "refugee"


def test_enkel_recht_wanneer_het_huwelijk_als_officieel_geldt__an_unknown_marriage_says_so():
    """Seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land waar
    het werd afgesloten ... dan kan enkel een humanitair visum". A wife who could not say
    what kind of marriage it is got "Jij: nog niet bekend" and nothing else (panel 32)."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age)")
    reply = chat.answer_plainly(
        {"sponsor.age": "[34](age)", "applicant.marriage_type": "weet ik niet"}
    )
    assert "nog niet bekend" not in reply, chat.transcript()
    assert "hangt af van jullie huwelijk" in reply, chat.transcript()
    assert "humanitair visum" in reply


def test_an_official_marriage_told__a_right_without_the_condition():
    """The other side: "officieel" gives the right, no conditional text."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age), we zijn [officieel](marriage_type:official) getrouwd")
    reply = chat.answer_plainly({"sponsor.age": "[34](age)"})
    assert "hangt af van" not in reply, chat.transcript()
    assert "recht op gezinshereniging" in reply, chat.transcript()


def test_not_enough_information_said_to_the_wife_herself__no_over_jij():
    """ "Ik heb nog niet genoeg informatie om je een antwoord te geven over jij." (a relative
    writing for herself, her husband's age not known)."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age), we zijn [officieel](marriage_type:official) getrouwd")
    reply = chat.answer_plainly({"sponsor.age": "weet ik niet"})
    assert "over jij" not in reply, chat.transcript()
    assert "niet genoeg informatie" in reply, chat.transcript()


def test_we_zijn_6_jaar_officieel_getrouwd__how_long_married_is_no_age():
    """ "we zijn 6 jaar officieel getrouwd" and "we zijn 3 maanden getrouwd" say how long, not
    whose age (panel 33: "Over wie gaat 6 jaar?", "Over wie gaat 0 jaar?")."""
    for said in ("6 jaar officieel getrouwd", "3 maanden getrouwd"):
        chat = Chat()
        number = said.split()[0]
        reply = chat.say(
            f"ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw]"
            f"(relationship:spouse) is [38](age), we zijn [{number}](age) {said[2:]}"
        )
        assert "Over wie gaat" not in reply, chat.transcript()
        assert chat.person("spouse")["age"] == 38


def test_we_zijn_6_jaar_oud__an_age_after_jaar_still_read():
    """The other side: "mijn zoon is 6 jaar oud" is his age."""
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), [mijn zoon](relationship:child)"
             " is [6](age) jaar oud")  # fmt: skip
    assert chat.person("child")["age"] == 6, chat.transcript()


def _belgian_with_wife() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [38](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({})
    return chat


def test_waar_moet_ze_de_aanvraag_doen__the_post_without_a_deadline_line():
    """ "waar moet ze de aanvraag doen? in kinshasa?" (NLU: ask_deadline) gets the post, not
    "Voor jouw situatie ken ik geen vaste termijn." after it (panel 33)."""
    chat = _belgian_with_wife()
    reply = chat.say("waar moet ze de aanvraag doen? in kinshasa?", intent="ask_deadline")
    assert "ambassade" in reply, chat.transcript()
    assert "termijn" not in reply, chat.transcript()


def test_tot_wanneer_en_waar__both_asked_both_answered():
    """The other side: "tot wanneer en waar moet ze indienen?" asks both."""
    chat = _belgian_with_wife()
    reply = chat.say("tot wanneer en waar moet ze indienen?", intent="ask_deadline")
    assert "ambassade" in reply and "termijn" in reply, chat.transcript()


def _refugee_with_a_partner_and_a_child_here() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [4 februari 2026]"
        "(recognition_date:2026-02-04), ik ben [27](age:sponsor). [mijn vriend](relationship:"
        "partner) Karim ([30](age)) zit in libanon. we zijn nie getrouwd maar wel al 3 jaar samen"
    )
    chat.say(
        "ja een [zoontje](relationship:child) van [8 maand](age), hij is hier bij mij in belgie "
        "geboren",
        intent="affirm",
    )
    chat.answer_plainly({})
    return chat


def test_gemeenschappelijke_kinderen_vaak_een_cruciaal_element__said_for_the_partner():
    """Seed 000: "DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een
    bewezen feitelijke relatie. Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak
    een cruciaal element." Panel 33, b3: the first answer did not use the child, and "klein??
    we hebben toch een kind samen. telt da nie?" got the income block."""
    chat = _refugee_with_a_partner_and_a_child_here()
    assert "Jullie kind samen helpt" in chat.last.replies[0]["text"], chat.transcript()
    reply = chat.say(
        "klein?? we hebben toch een [kind](relationship:child) samen. telt da nie?",
        intent="ask_means_of_subsistence",
    )
    assert "cruciaal element" in reply, chat.transcript()
    assert "stabiele relatie" in reply  # seed 001: "ofwel dat u een gemeenschappelijk kind hebt"
    assert "art. 10, §1, 5°" in reply
    assert "inkomen" not in reply, chat.transcript()


def test_the_child_born_here_is_no_applicant_when_named_again():
    """ "we hebben toch een kind samen", "8 maand zei ik al. hij is hier bij mij, hij moet nie
    komen": the child who lives here is not asked its age or custody, and "hij moet nie komen"
    does not take out the partner (panel 33, b3)."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say("we hebben toch een [kind](relationship:child) samen. telt da nie?")
    reply = chat.say(
        "[8 maand](age) zei ik al. hij is hier bij mij, hij moet nie komen. ik vraag of "
        "[het kind](relationship:child) helpt voor karim"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "Over wie gaat" not in reply and "Hoe oud" not in reply, chat.transcript()


def test_a_child_named_as_coming_after_the_partner_is_still_added():
    """The other side: "en mijn dochter van 6 in libanon wil ook komen" is an applicant."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say("en [mijn dochter](relationship:child) van [6](age) in libanon wil ook komen")
    assert chat.person("child")["age"] == 6, chat.transcript()


def test_mijn_vriendin_heeft_het_ticket_betaald__no_applicant():
    """ "mijn vriendin heeft het ticket betaald voor karim" names a friend who paid, no one who
    comes; "nee, mijn vriendin komt nie!!" takes no one out (panel 33, b3: "Je vriendin: wil
    naar België komen", and the correction ignored)."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say(
        "[mijn vriendin](relationship:partner) heeft het ticket betaald voor karim om naar "
        "beiroet ambassade te gaan"
    )
    assert [p["word"] for p in chat.people] == ["vriend"], chat.transcript()
    chat.say("nee, [mijn vriendin](relationship:partner) komt nie!! alleen karim")
    assert [p["word"] for p in chat.people] == ["vriend"], chat.transcript()


def test_mijn_vriendin_wil_ook_komen__still_an_applicant():
    """The other side: a second relative named as coming."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vriendin](relationship:"
        "partner) heeft het geld betaald en wil ook komen"
    )
    assert chat.person("partner")["word"] == "vriendin", chat.transcript()
