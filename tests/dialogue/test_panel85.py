"""Findings of panel round 85 (stop 40, ten new families), each named by the user's words or
the seed sentence. The messages carry the entities and intents the project's NLU gave."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_hij_paul_is_31_zij_sarah_is_29__the_husband_and_the_client():
    """A social worker for a Belgian woman whose husband's button said "man of vrouw": "Hij
    (Paul) is 31, zij (Sarah) is 29" gives him 31 and the client 29 (panel 85, k2: "Ik heb het
    aangepast. • De man of vrouw van je cliënt: 29 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker. mijn cliente is [Belgische](sponsor_status:belgian) "
             "en is getrouwd met een Kameroense man")  # fmt: skip
    chat.press('/inform{"relationship":"spouse"}')
    chat.say("Hij (Paul) is [31](age), zij (Sarah) is [29](age). Ze zijn burgerlijk getrouwd in "
             "Yaounde op 3 maart 2025.")  # fmt: skip
    assert chat.person("spouse")["age"] == 31, chat.transcript()
    assert chat.sponsor.get("age") == 29


def test_zij_werkt_niet__no_own_earnings_said():
    """ "wat moet Amna laten zien? zij woont bij mij, zij werkt niet": she has no work, so not
    "Eigen inkomsten maken het moeilijker" (panel 85, l4)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben erkend vluchteling sinds [1 maart 2026](recognition_date:2026-03-01), "
             "[erkend vluchteling](sponsor_status:refugee). [mijn dochter](relationship:child) "
             "amna is [19](age), niet getrouwd, zonder handicap")  # fmt: skip
    chat.answer_plainly({
        "applicant.disabled": "nee", "applicant.minor_when_sponsor_applied_for_asylum": "nee",
    })  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("wat moet Amna laten zien? zij woont bij mij, zij werkt niet, zij studeerde "
                     "maar nu is school kapot door oorlog", intent="out_of_scope",
                     confidence=0.38)  # fmt: skip
    assert "Eigen inkomsten" not in reply, chat.transcript()


def _tesfay(plain: dict[str, str] | None = None) -> Chat:
    """An Eritrean refugee since 1 June 2025, 44; his wife of 39, married in the Orthodox
    church only, and their son Yohannes of 17 (panel 85, k3), answered up to the answer."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 juni 2025]"
             "(recognition_date:2025-06-01), ik ben [44](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [39](age), wij trouwden in de orthodoxe kerk, nooit bij "
             "de gemeente. [mijn zoon](relationship:child) yohannes is [17](age)")  # fmt: skip
    chat.answer_plainly({"applicant.marriage": "religieus", **(plain or {})})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_je_vrouw_de_laatste_dag_was__no_right_that_stays_for_a_church_marriage():
    """Seed 000: with a religious marriage that is not official "kan enkel een humanitair
    visum worden afgeleverd" (the soft procedure gives a B17 visa). Her passed 12 months are
    not followed by "Het recht blijft" (panel 85, k3)."""
    chat = _tesfay()
    reply = chat.say("mijn zoon word 18 op 12 april 2027. tot wanneer moet aanvraag?",
                     intent="ask_deadline")  # fmt: skip
    wife = reply.split("Je vrouw:")[-1]
    assert "Het recht blijft" not in wife, chat.transcript()


def test_mijn_zoon_ali_getrouwd_blijft_in_irak_kan_hij_ook_komen__his_answer():
    """Seed 001: "Uw andere meerderjarige kinderen kunnen niet naar België komen in het kader
    van gezinshereniging"; seed 003: the child "moet ongehuwd zijn". "mijn zoon Ali, 25 jaar,
    hij is getrouwd en blijft in Irak. kan hij ook komen?" asks about him; it does not take him
    out (panel 85, l2: the daughter's marriage rule, twice, and Ali dropped)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 mei 2026]"
             "(recognition_date:2026-05-20), ik ben [52](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [45](age), officieel getrouwd in 1998. [mijn dochter]"
             "(relationship:child) noor is [22](age), zij is gehandicapt")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("dank u. en [mijn zoon](relationship:child) Ali, [25](age) jaar, hij is "
                     "getrouwd en blijft in Irak. kan hij ook komen?",
                     intent="check_eligibility")  # fmt: skip
    assert "Je zoon" in reply and "Je dochter moet ongehuwd" not in reply, chat.transcript()
    assert any(p["age"] == 25 for p in chat.people)


def test_de_moeder_schrijft_over_haar_kinderen__no_half_brother_question_and_her_request():
    """Seed 000: minor siblings apply "gelijktijdig ... met de aanvraag gezinshereniging van je
    ouder(s)". The widowed mother of a boy of 15 writes about her other children: her son of 8
    is not asked about as a half-brother, and the condition names her own request, not "van de
    ouders" (panel 85, l4)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [de moeder](relationship:parent) van Adam die in belgie is. [mijn zoon]"
             "(relationship:child) adam is [15](age), hij is [erkend vluchteling]"
             "(sponsor_status:refugee) sinds [10 september 2026](recognition_date:2026-09-10). "
             "hij kwam alleen")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ik heb nog twee kinderen bij mij: Musa [8](age) jaar en Amna [19](age) jaar, zij "
             "is niet getrouwd. kunnen zij ook meekomen? de vader van Adam is dood in 2023")  # fmt: skip
    reply = chat.answer_plainly({"applicant.disabled": "nee"})
    assert "halfbroer" not in chat.transcript(), chat.transcript()
    assert "van de ouders" not in reply


def _jean() -> Chat:
    """A Belgian whose wife lives with him; her daughter of 12 in Kinshasa, the father agrees,
    no judgment (panel 85, k5)."""
    chat = Chat(today=TODAY)
    chat.say("bonjour, ik ben Jean, [Belg](sponsor_status:belgian). [mijn vrouw]"
             "(relationship:spouse) Chantal woont al bij mij sinds 2024. [haar dochter]"
             "(relationship:stepchild) Grace ([12](age)) woont nog in Kinshasa")  # fmt: skip
    chat.answer_plainly({
        "applicant.custody": "er is geen jugement over de garde. de papa leeft nog, samen",
        "applicant.other_parent_consent": "ja",
    })  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_een_brief_van_hem_is_assez_geen_jugement_nodig__seed_004_consent_in_writing():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke
    beslissing, dan volstaat een schriftelijke verklaring van de andere ouder waarin hij
    toestemming geeft." Asked with French words at a noise-level intent (panel 85, k5: the
    legalisation only, then "Sorry, dat begrijp ik niet", then "geen antwoord")."""
    chat = _jean()
    for text, intent, confidence in (
        ("dus een brief van hem is assez? geen jugement nodig?", "ask_travel_document", 0.16),
        ("Grace woont nu bij la grand-mere. moet Chantal een jugement de garde vragen?",
         "ask_costs", 0.14),
        ("moet Chantal een vonnis over het hoederecht vragen aan de rechter in Kinshasa?",
         "inform", 0.22),
    ):  # fmt: skip
        reply = chat.say(text, intent=intent, confidence=confidence)
        assert "volstaat een schriftelijke verklaring" in reply, chat.transcript()


def test_behandelt_dezelfde_dienst_het__the_office():
    """Seed 001: "Het is het bureau Lang Verblijf van de Dienst Vreemdelingenzaken die ...".
    "En behandelt dezelfde dienst het als bij gezinshereniging?" names the office (panel 85,
    k4: ignored)."""
    chat = _jean()
    reply = chat.say("En behandelt dezelfde dienst het als bij gezinshereniging?",
                     intent="check_eligibility", confidence=0.5)  # fmt: skip
    assert "bureau" in reply.lower(), chat.transcript()
