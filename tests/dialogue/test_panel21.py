"""What the persona panel found in round 21 (o1-o5, p1-p5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def _father_of_a_girl_of_16() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben de papa, ik ben in soedan. [mijn dochter](relationship:child) is [16](age), ze "
        "is alleen in belgie en heeft [subsidiaire bescherming](sponsor_status:"
        "subsidiary_protection) sinds [1 oktober 2026](recognition_date:2026-10-01). ik en "
        "[mijn vrouw](relationship:spouse) willen komen"
    )
    return chat


def test_o1_termijn_voor_de_18de_verjaardag_van_je_dochter__not_the_fathers():
    """Seed 001: the parents' right "op voorwaarde dat de NBMV jonger is dan achttien jaar";
    the father who writes was told "dien de aanvraag in vóór je 18de verjaardag" (panel 21,
    o1)."""
    chat = _father_of_a_girl_of_16()
    reply = chat.answer_plainly({})
    line = next((x for x in reply.splitlines() if x.startswith("Termijn")), "")
    assert "vóór de 18de verjaardag van je dochter" in line, chat.transcript()


def test_o1_hij_is_toch_ook_een_kind_9_jaar__no_child_of_the_daughter():
    """ "hij is toch ook een kind, 9 jaar" (of her brother) made "Het kind van je dochter: 9
    jaar", kept through three corrections (panel 21, o1)."""
    chat = _father_of_a_girl_of_16()
    chat.say("en [ons zoontje](relationship:child) ook, hij is [9](age)")
    chat.say("hij is toch ook een [kind](relationship:child), [9](age) jaar")
    kinds = sorted(p["relationship"] for p in chat.people if not p.get("self"))
    assert kinds.count("sibling") == 1 and "child" not in kinds, chat.transcript()


def test_o5_een_man_in_het_kamp_die_selam_lastigvalt__no_husband():
    """ "er is een man in het kamp die selam lastigvalt" made "Hoe oud is je man?" and "Je
    man: wil naar België komen" (panel 21, o5)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn zusje](relationship:sibling)"
        " is [15](age) en in een kamp in ethiopie. er is een [man](relationship:spouse) in het "
        "kamp die haar lastigvalt"
    )
    assert "spouse" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_o3_studio_van_35m2_en_samen_met_haar_moeder__no_relatives_and_no_age():
    """A social worker: "zijn vrouw woont samen met haar moeder en broers" added the wife's
    mother and brothers; "een studio van 35m2" made "De kind van 35 jaar" (panel 21, o3)."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker bij het OCMW. mijn cliënt is [erkend vluchteling]"
        "(sponsor_status:refugee). [zijn vrouw](relationship:spouse) woont samen met [haar "
        "moeder](relationship:parent) en [broers](relationship:sibling) in libanon"
    )
    chat.say("hij woont in een studio van [35](age)m2, is dat groot genoeg?")
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert 35 not in [p["age"] for p in chat.people]


def test_o4_mijn_broer_tekent_voor_mij__a_proxy_no_applicant():
    """ "mijn broer tekent voor mij" (a proxy marriage) made "Je broer: wil naar België komen"
    (panel 21, o4)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). [mijn "
        "verloofde](relationship:partner) is in iran. [mijn broer](relationship:sibling) tekent "
        "voor mij bij het huwelijk, telt dat?"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_o2_mijn_mama_heeft_ook_pensioen_1600_euro__not_her_income_no_applicant():
    """Seed 004 counts the Belgian sponsor's means; "mijn mama heeft ook pensioen, 1600 euro.
    telt dat mee?" was read as the user's 1,600 euro ("minstens het referentiebedrag") and the
    mother asked "op hoge leeftijd?" (panel 21, o2)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [30](age:sponsor). [mijn man](relationship:"
        "spouse) is [32](age), [officieel](marriage_type:official) getrouwd"
    )
    reply = chat.say(
        "ik krijg werkloosheid, 1350 euro. [mijn mama](relationship:parent) heeft ook pensioen,"
        " 1600 euro. telt dat mee?"
    )
    assert "Je schreef 1.350 euro" in reply and "1.600" not in reply, chat.transcript()
    assert "Of DVZ ook geld van iemand anders meetelt" in reply
    assert [p["relationship"] for p in chat.people] == ["spouse"]


def test_p4_mijn_vrouw_is_zwanger_4_maand__no_age_of_four_months():
    """ "mijn vrouw is zwanger trouwens, 4 maand" made "Je vrouw: 4 maanden", kept through
    three corrections (panel 21, p4)."""
    chat = Chat()
    chat.say(
        "ik heb een [b-kaart](sponsor_status:third_country_national). [mijn vrouw]"
        "(relationship:spouse) is [29](age)"
    )
    chat.say("[mijn vrouw](relationship:spouse) is zwanger trouwens, [4 maand](age)")
    assert chat.person("spouse")["age"] == 29, chat.transcript()


def test_mijn_vrouw_samen_met_haar_dochter_laten_komen__the_stepdaughter_comes():
    """The other side: "ik wil mijn vrouw samen met haar dochter laten komen" names two who
    come."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). ik wil [mijn vrouw](relationship:"
        "spouse) samen met [haar dochter](relationship:child) laten komen"
    )
    assert len(chat.people) == 2, chat.transcript()
