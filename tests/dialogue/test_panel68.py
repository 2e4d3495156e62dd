"""Findings of panel round 68 (stop 37) and the changes before it, each named by the user's words
or the legal sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_de_in_par_1_4_tot_6_bedoelde__a_minors_parents_hear_no_12_months():
    """Art. 10, §2, second and third paragraphs ask a home, an insurance and the means of "de in
    § 1, eerste lid, 4° tot 6° bedoelde vreemdelingen", not of the parents of an unaccompanied
    minor (7°); seed 001 gives them "Op voorwaarde dat de NBMV jonger is dan achttien jaar" only.
    The first answer and "moeten ze geld hebben?" said "binnen 12 maanden" (panel 66, k5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [16](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [10 oktober"
        " 2026](recognition_date:2026-10-10). ik kwam alleen. [mijn mama en papa]"
        "(relationship:parent) moeten komen"
    )
    first = chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    assert "vóór je 18de verjaardag" in first and "12 maanden" not in first, chat.transcript()
    assert "10 oktober 2027" not in first, first
    money = chat.say("moeten mijn ouders geld hebben of ik een groot huis?", intent="ask_housing")
    assert "Geen inkomen, woning of ziekteverzekering" in money, money
    assert money.count("Geen inkomen") == 1 and "12 maanden" not in money, money
    assert "vóór je 18 wordt" in money, money


def _refugees_wife() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn vrouw](relationship:spouse) is [30](age) en wil komen, ik ben [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
    )
    chat.say("[officieel](marriage_type:official) getrouwd in 2019 in Syrie")
    chat.say("[35](age)")
    return chat


def test_nee_ik_bedoel_hoeveel_kost_het__a_question_not_a_no():
    """ "nee ik bedoel hoeveel kost het?" to "Bestond de band met je vrouw al vóór je naar België
    kwam?" stored "no": the 12 months' exemption lost (seed 003 "wanneer de afstamming ... vóór
    zijn aankomst in België werd vastgesteld"), and the fee unanswered (stop 36, left open)."""
    chat = _refugees_wife()
    assert chat.question == "applicant.relationship_predates_arrival", chat.transcript()
    reply = chat.say("nee ik bedoel hoeveel kost het?", intent="ask_costs")
    assert "retributie" in reply and "Bestond de band" in reply, reply
    assert "relationship_predates_arrival" not in chat.person("spouse")["facts"], chat.transcript()


def test_nee_wat_moet_ik_doen_als_ze_geen_paspoort_heeft__answered_at_the_read_back():
    """ "nee, wat moet ik doen als ze geen paspoort heeft" to "Klopt dat?" got "Wat klopt er
    niet?" only; seed 002: "de afwezigheid van een reisdocument geen onoverkomelijk obstakel"."""
    chat = _refugees_wife()
    chat.say("ja", intent="affirm")
    assert chat.state.get("pending") == "confirm", chat.transcript()
    reply = chat.say(
        "nee, wat moet ik doen als ze geen paspoort heeft", intent="ask_travel_document"
    )
    assert "zonder paspoort" in reply and "Klopt dat?" in reply, reply
    assert "Wat klopt er niet?" not in reply, reply
    assert "Wat klopt er niet?" in chat.say("nee", intent="deny")


def test_ik_word_18_in_maart_15_maart__the_parents_last_day_not_the_recognition():
    """Seed 001 "Op voorwaarde dat de NBMV jonger is dan achttien jaar": "wanneer moeten ze
    vragen? ik word 18 in maart, 15 maart" got "De termijn begint bij de erkenning" and no day
    (panel 68, h1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn mama en papa](relationship:parent). ze zijn in sudan. ik ben alleen hier gekomen, "
        "ik ben [17](age)"
    )
    chat.say("ik heb [vluchteling](sponsor_status:refugee) gekregen, ik heb voogd")
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja alleen"})
    reply = chat.say(
        "wanneer moeten ze vragen? ik word [18](age) in maart, 15 maart", intent="ask_deadline"
    )
    assert "14 maart 2027" in reply and "begint bij de erkenning" not in reply, reply


def _jeroen() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik wil [mijn vriendin](relationship:partner) naar belgie laten komen, ze woont in de "
        "filipijnen (cebu)"
    )
    chat.say("ik ben gewoon [belg](sponsor_status:belgian) hoor, woon in hasselt")
    return chat


def test_als_ze_al_mijn_vrouw_is_na_het_trouwen__a_supposition_no_wife():
    """ "nee ik bedoel als ze al mijn vrouw is, na het trouwen. welke papieren dan?" made "Je
    vrouw: officieel getrouwd" (panel 68, h3)."""
    chat = _jeroen()
    chat.say(
        "nee ik bedoel als ze al [mijn vrouw](relationship:spouse) is, na het trouwen. welke "
        "papieren dan voor de gezinshereniging?",
        intent="ask_documents",
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "marriage" not in chat.person("partner")["facts"], chat.transcript()


def test_nee_niet_getrouwd_ze_is_mijn_vriendin__the_wife_stored_is_a_partner():
    """Seed 000: "De slaagkansen zijn nog onzekerder als er helemaal geen huwelijk is": "nee!
    niet getrouwd. ze is mijn vriendin, nog niet mijn vrouw" at the read-back got "Dank je voor
    je reactie", and "Je vrouw: officieel getrouwd" stayed through four corrections (panel 68,
    h3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn vrouw](relationship:spouse) maricel wil komen, ze is [30](age). ik ben [belg]"
        "(sponsor_status:belgian), [34](age)"
    )
    chat.answer_plainly({"applicant.marriage": "officieel"}, 4)
    reply = chat.say(
        "nee! niet getrouwd. ze is [mijn vriendin](relationship:partner), nog niet [mijn vrouw]"
        "(relationship:spouse)",
        intent="deny",
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "marriage" not in chat.person("partner")["facts"], chat.transcript()
    assert "Dank je voor je reactie" not in reply and "vriendin" in reply, reply


def test_fatima_17_ali_14_noor_9_fatima_is_wel_getrouwd__the_eldest_married_no_cousin():
    """Seed 003: "De aanvrager moet ongehuwd zijn". "Fatima 17, Ali 14, Noor 9. Fatima is wel
    getrouwd (vorig jaar met een neef), woont bij hem" (the NLU gave 17 and 14 the sponsor's
    role) made "Het eerste kind van 9 jaar", added the cousin, and the daughter of 17 got a
    right (panel 68, g1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goedemiddag, ik ben sociaal assistent bij het OCMW. Mijn cliënt Hussein ([45]"
        "(age:sponsor), Irak) is [erkend vluchteling](sponsor_status:refugee) sinds [1 juli "
        "2026](recognition_date:2026-07-01). Hij wil [zijn vrouw](relationship:spouse) Zainab "
        "([41](age)) en [3 kinderen](relationship:child) laten overkomen, ze zitten in Bagdad."
    )
    chat.say("[officieel](marriage_type:official), getrouwd in Bagdad in 2004, er is een akte")
    chat.say("ja, huwelijk 2004, kinderen allemaal geboren voor hij vluchtte", intent="affirm")
    chat.say(
        "Fatima [17](age:sponsor), Ali [14](age:sponsor), Noor [9](age). Fatima is wel "
        "getrouwd (vorig jaar met een [neef](relationship:other_relative)), woont bij hem"
    )
    assert chat.sponsor["age"] == 45, chat.transcript()
    children = sorted((p["age"], bool(p["facts"].get("married"))) for p in chat.people[1:])
    assert children == [(9, False), (14, False), (17, True)], chat.transcript()
    assert len(chat.people) == 4, chat.transcript()  # no cousin


def test_ze_heeft_een_handicap_en_is_niet_getrouwd__not_married():
    """The other side of "Fatima is wel getrouwd": "... en is niet getrouwd" marries no one."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). mijn "
        "[dochter](relationship:child) Aya is [23](age), ze heeft een zware handicap en is niet "
        "getrouwd"
    )
    assert not chat.person("child")["facts"].get("married"), chat.transcript()


def _fatma() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn kleindochter](relationship:grandchild) Yasmine, [10](age) jaar. ze woont in "
        "Casablanca bij [haar ouders](relationship:parent) ([mijn zoon](relationship:child) Omar "
        "en [zijn vrouw](relationship:spouse)). Ik ben [Belgisch](sponsor_status:belgian) en woon"
        " in Brussel"
    )
    return chat


def test_als_je_minderjarig_bent_het_recht_van_bewaring__a_grandmother_without_custody():
    """Seed 004 "Bewijs recht van bewaring": "Als je minderjarig bent moet je bewijzen dat de
    (groot)ouder die je komt vervoegen, het recht van bewaring over je heeft." "haar ouders
    natuurlijk, die leven nog" was not understood, her son was asked his age, and the first
    answer said "recht op gezinshereniging" (panel 68, g4)."""
    chat = _fatma()
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    chat.say(
        "[haar ouders](relationship:parent) natuurlijk, die leven nog. er is geen rechter "
        "geweest. maar ze zijn akkoord dat ze bij mij komt"
    )
    assert chat.person("grandchild")["facts"].get("custody") == "none", chat.transcript()
    first = chat.say("ja klopt", intent="affirm")
    assert "hoederecht (recht van bewaring)" in first and "geen recht op" in first, first
    assert "art. 10, §1, 4°" not in first, first
    reply = chat.say("echt? ook al heb ik geen hoederecht? hoe zit dat met het hoederecht?")
    assert "zegt onze informatie niet" in reply and "art. 40ter, §2" in reply, reply


def test_als_ik_een_voogdij_of_kafala_krijg__no_foster_child_no_death_certificates():
    """ "als ik in Marokko een voogdij of kafala krijg voor Yasmine, telt dat dan in belgie?"
    added "je pleegkind" and told a grandmother whose son is alive to add "de overlijdensakten
    van de ouders" (panel 68, g4)."""
    chat = _fatma()
    chat.say("[haar ouders](relationship:parent) natuurlijk, die leven nog")
    chat.say("ja klopt", intent="affirm")
    reply = chat.say(
        "als ik in Marokko een [voogdij](relationship:foster_child) of kafala krijg voor "
        "Yasmine, telt dat dan in belgie?"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    assert "overlijdensakte" not in reply and "Of een kafala zo telt" in reply, reply


def test_kon_mijn_ouders_niet_meenemen__a_widow_is_the_one_parent():
    """Seed 000: "doordat jouw echtgeno(o)t(e) bijvoorbeeld recent overleden is": "sinds mijn
    vader vorig jaar gestorven is", then "ik kon mijn ouders niet meenemen" added "je tweede
    ouder" and asked whether he was old (panel 68, h4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[Mijn moeder](relationship:parent) Samira woont helemaal alleen in Gaziantep in Turkije"
        " sinds [mijn vader](relationship:parent) vorig jaar gestorven is."
    )
    assert chat.person("parent")["facts"].get("widowed") is True, chat.transcript()
    chat.say("Ik ben [erkend als vluchteling](sponsor_status:refugee) in mei 2024. Ik ben 38.")
    chat.say(
        "Helpt het dat ik als vluchteling erkend ben? Ik moest Syrië ontvluchten en kon [mijn "
        "ouders](relationship:parent) niet meenemen."
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_iemand_zei_dat_mijn_vrouw_ook_21_moet_zijn__the_rules_age_not_hers():
    """Seed 001: "U bent beiden ouder dan 21 jaar": "moet ik niet 21 zijn of zo? iemand zei dat
    mijn vrouw ook 21 moet zijn" made the wife of 22 "21 jaar" (panel 68, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "hey, ik wil [mijn vrouw](relationship:spouse) naar belgie halen. ik ben [belg]"
        "(sponsor_status:belgian)"
    )
    chat.say("[22](age). ik ben [24](age)")
    assert chat.person("spouse")["age"] == 22, chat.transcript()
    chat.say(
        "moet ik niet [21](age) zijn of zo? iemand zei dat [mijn vrouw](relationship:spouse) ook"
        " [21](age) moet zijn"
    )
    assert chat.person("spouse")["age"] == 22 and chat.sponsor["age"] == 24, chat.transcript()


def test_hoe_weet_ik_of_die_in_marokko_als_officieel_telt__the_law_of_that_country():
    """Seed 000: "Dit kan nagegaan worden aan de hand van de wetgeving van dit land of specifieke
    landeninformatie. De regels van familiaal internationaal privaatrecht (IPR) bepalen het
    toepasselijke recht." (panel 68, g2: the humanitarian visa's income instead)"""
    chat = Chat(today=TODAY)
    chat.say("[mijn man](relationship:spouse) karim, hij woont in marokko")
    chat.say("ik ben [belg](sponsor_status:belgian), woon in antwerpen")
    chat.say("[26](age). ik ben [27](age)")
    chat.say("we zijn getrouwd met een [nikah](marriage_type:religious_or_customary) in tanger")
    chat.answer_plainly({})
    reply = chat.say(
        "dus onze nikah is nie genoeg?? hoe weet ik of die in marokko als officieel telt",
        intent="ask_means_of_subsistence",
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", reply
    assert "internationaal privaatrecht (IPR)" in reply and "art. 40ter, §2" in reply, reply
