"""Findings of panel round 69 (stop 37), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _hussein_answered() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "Goedemiddag, ik ben sociaal assistent bij OCMW. Mijn cliënt Hussein ([45](age:sponsor),"
        " Irak) is [erkend vluchteling](sponsor_status:refugee) sinds [1 juli 2026]"
        "(recognition_date:2026-07-01). Zijn [vrouw](relationship:spouse) en [3 kinderen]"
        "(relationship:child) zitten nog in Bagdad."
    )
    chat.say("Zainab is [41](age)")
    chat.say("[officieel](marriage_type:official), getrouwd in Bagdad in 2004, er is een akte")
    chat.say("ja uiteraard, al 22 jaar getrouwd", intent="affirm")
    chat.say("Fatima [17](age), Ali [14](age), Noor [9](age)")
    chat.answer_plainly({})
    chat.say("ja klopt", intent="affirm")
    return chat


def test_fatima_17_is_vorig_jaar_getrouwd_met_een_neef__married_no_cousin_no_right():
    """Seed 003: "De aanvrager moet ongehuwd zijn." "ok. Detail: Fatima (17) is vorig jaar
    getrouwd met een neef en woont bij hem. Kan zij dan nog mee?" added "De neef van je cliënt:
    17 jaar", "dat is Fatima haar man" asked "Hoe oud is de man van je cliënt?", and the
    daughter kept "recht op gezinshereniging" (panel 69, g1)."""
    chat = _hussein_answered()
    assert chat.state.get("answered"), chat.transcript()
    chat.say(
        "ok. Detail: Fatima ([17](age)) is vorig jaar getrouwd met een [neef]"
        "(relationship:other_relative) en woont bij hem. Kan zij dan nog mee?"
    )
    chat.say(
        "nee. de [neef](relationship:other_relative) komt niet, dat is Fatima haar [man]"
        "(relationship:spouse). Fatima is [17](age) en getrouwd, dat is het punt",
        intent="deny",
    )
    relationships = sorted(p["relationship"] for p in chat.people)
    assert relationships == ["child", "child", "child", "spouse"], chat.transcript()
    assert chat.person("spouse")["age"] == 41, chat.transcript()
    eldest = next(p for p in chat.people if p["age"] == 17)
    assert eldest["facts"].get("married") is True, chat.transcript()
    reply = chat.say(
        "Kan een getrouwde [dochter](relationship:child) van [17](age) mee via gezinshereniging?"
    )
    assert "is getrouwd. Een kind moet ongehuwd zijn" in reply, reply
    assert "9 jaar" not in reply.split("\n")[0], reply
    chat.say(
        "ik zie 'niet getrouwd' als voorwaarde. Fatima IS getrouwd. Dus valt zij eruit? En kan "
        "ze dan een humanitair visum proberen?"
    )
    assert chat.person("spouse")["relationship"] == "spouse", chat.transcript()


def _tesfay() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("[mijn vrouw](relationship:spouse) en [mijn dochter](relationship:child)")
    chat.say("ik ben [vluchteling](sponsor_status:refugee)")
    chat.say("[27](age) jaar. zij is in kampala uganda met [dochter](relationship:child)")
    chat.say("in kerk getrouwd in asmara 2022. ik heb papier van kerk alleen")
    chat.say("[2](age) jaar")
    chat.say("[1 december 2025](recognition_date:2025-12-01)")
    chat.say("nee. saron is geboren na ik kwam", intent="deny")
    chat.answer_plainly({})
    return chat


def test_mijn_dochter_is_geboren_na_mijn_aankomst_in_belgie__she_still_comes():
    """Seed 003: the minor child's right has no birth date in it, only the exemption asks "wanneer
    de afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld". "mijn dochter
    is geboren na mijn aankomst in belgie. maakt dat uit?" took her out as one "al in België"
    (panel 69, h5)."""
    chat = _tesfay()
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "[mijn dochter](relationship:child) is geboren na mijn aankomst in belgie. maakt dat uit?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse", "child"], chat.transcript()
    assert "toch recht op gezinshereniging als minderjarig kind" in reply, reply


def test_mijn_dochter_is_weg_in_de_lijst_moet_ook_komen_met_mama__the_wife_no_new_mother():
    """ "mijn dochter is weg in de lijst. saron 2 jaar, in uganda, moet ook komen met mama": the
    child's mother is the wife; "Is je mama op hoge leeftijd?" was asked (panel 69, h5)."""
    chat = Chat(today=TODAY)
    chat.say("[mijn vrouw](relationship:spouse) helen wil komen, ik ben [vluchteling]"
             "(sponsor_status:refugee)")  # fmt: skip
    chat.say(
        "[mijn dochter](relationship:child) is weg in de lijst. saron [2](age) jaar, in uganda, "
        "moet ook komen met [mama](relationship:parent)"
    )
    assert sorted(p["relationship"] for p in chat.people) == ["child", "spouse"], chat.transcript()


def test_15_03_2009_to_wanneer_word_je_18__his_birth_date_not_the_recognition():
    """Seed 001 "Op voorwaarde dat de NBMV jonger is dan achttien jaar": "15-03-2009" to
    "Wanneer word je 18? Schrijf de datum" became "erkend vluchteling, sinds 15 maart 2009"
    (panel 69, h1); it is his birth date, his parents' last day is 14 March 2027."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn mama en papa](relationship:parent) moeten komen. ik ben [17](age), alleen "
        "gekomen, [vluchteling](sponsor_status:refugee) sinds [10 oktober 2026]"
        "(recognition_date:2026-10-10)"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    asked = chat.say("tot wanneer moeten ze vragen?", intent="ask_deadline")
    assert "Wanneer word je 18?" in asked, chat.transcript()
    reply = chat.say("[15-03-2009](recognition_date:2009-03-15)")
    assert chat.sponsor["recognition_date"] == "2026-10-10", chat.transcript()
    assert "14 maart 2027" in reply, reply


def test_mijn_ouders_zijn_van_marokko__no_second_parent_of_a_widower():
    """Seed 000: "doordat jouw echtgeno(o)t(e) bijvoorbeeld recent overleden is": "sinds mijn
    moeder twee jaar geleden gestorven is" makes the father a widower, and "Mijn ouders zijn van
    Marokko" adds no second parent ("Is je tweede ouder op hoge leeftijd?"; panel 69, h4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goeiendag, ik zou graag [mijn vader](relationship:parent) naar België laten komen. Hij "
        "woont alleen in Nador sinds [mijn moeder](relationship:parent) twee jaar geleden "
        "gestorven is."
    )
    chat.say(
        "Ik ben [Belgische](sponsor_status:belgian), geboren in Antwerpen. [Mijn ouders]"
        "(relationship:parent) zijn van Marokko. Ik ben [45](age)."
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert chat.person("parent")["facts"].get("widowed") is True, chat.transcript()


def test_mag_de_aanvraag_gezinshereniging_later_bij_een_andere_ambassade__seed_002():
    """Seed 002: the family of a protected person "kunnen zich bij elke Belgische ambassade of
    elk Belgisch consulaat ... aanbieden": an asylum seeker's "Mag de aanvraag gezinshereniging
    later ook bij een andere Belgische ambassade?" got the humanitarian visa's post (panel 69,
    g5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[Mijn vrouw](relationship:spouse) Laila en [mijn twee dochters](relationship:child). "
        "Zij zijn nu in Peshawar in Pakistan."
    )
    chat.say("Ik heb [asiel gevraagd](sponsor_status:asylum_seeker) in juni 2025.")
    chat.say("Mijn vrouw is [31](age), mijn dochters zijn [8](age) en [5](age) jaar.")
    chat.answer_plainly({})
    reply = chat.say(
        "Mag de aanvraag gezinshereniging later ook bij een andere Belgische ambassade?"
    )
    assert "bij elke Belgische ambassade" in reply and "art. 12bis, §1" in reply, reply
    assert "humanitaire aanvraag" not in reply, reply


def _karimas_father() -> Chat:
    """A Belgian's father of 75, alone in Nador, answered (a humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik wil [mijn vader](relationship:parent) laten komen, hij is [75](age) en woont alleen "
        "in nador. ik ben [belgische](sponsor_status:belgian), [45](age) jaar"
    )
    chat.answer_plainly({})
    return chat


def test_moet_hij_zelf_naar_casablanca__who_applies_not_cited_to_art_12bis():
    """Seed 002 cites art. 12bis, §1 for the protected person's family; a Belgian's father asks
    a humanitarian visa (panel 69, h4: C)."""
    chat = _karimas_father()
    reply = chat.say("Waar moet hij de aanvraag indienen? moet hij zelf naar Casablanca of Rabat?")
    assert "doet zelf de aanvraag" in reply and "art. 12bis" not in reply, reply


def test_dat_visum_om_hier_te_trouwen_waar__not_a_humanitarian_request():
    """Seed 001 names "(humanitair visum) of via een visum met het oog op een huwelijk of een
    wettelijke samenwoning" as two routes: "en dat visum om hier te trouwen ..., hoe vraagt ze
    dat aan? waar?" got "Duid ... aan dat het om een humanitaire aanvraag gaat" (panel 69, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik wil [mijn vriendin](relationship:partner) naar belgie laten komen, ze woont in de "
        "filipijnen. ik ben [belg](sponsor_status:belgian), [34](age). zij is [30](age)"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "en dat visum om hier te trouwen of wettelijk samen te wonen, hoe vraagt ze dat aan? waar?"
    )
    assert "humanitaire aanvraag" not in reply and "staat niet in onze informatie" in reply, reply


def test_ouders_van_een_belg_wel_gezinshereniging_ten_laste__no_right_no_second_parent():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig derdelands
    of meerderjarig Belgisch kind." "Een collega zei dat ouders van een Belg wel
    gezinshereniging kunnen vragen als ze 'ten laste' zijn. Klopt dat niet?" got the dependency
    tips twice and a second parent (panel 69, h4)."""
    chat = _karimas_father()
    reply = chat.say(
        "Een collega zei dat [ouders](relationship:parent) van een Belg wel gezinshereniging "
        "kunnen vragen als ze 'ten laste' zijn. Klopt dat niet? Ik betaal toch al alles voor hem."
    )
    assert len(chat.people) == 1, chat.transcript()
    assert "geen recht op gezinshereniging" in reply, reply
