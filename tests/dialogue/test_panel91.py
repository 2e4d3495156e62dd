"""Findings of panel round 91 (stop 41, ten new families), each named by the user's words or
the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def _aunt() -> Chat:
    """A refugee aunt whose niece of 11 is alone in Mogadishu (panel 91, n5)."""
    chat = Chat(today=TODAY)
    chat.say("[mijn zus](relationship:sibling) is overleden en haar [dochtertje]"
             "(relationship:child) zit nu alleen in mogadishu. kan ik haar naar hier halen?")  # fmt: skip
    return chat


def _aunt_answered() -> Chat:
    """The aunt told her status and the niece's age, the answer given and confirmed."""
    chat = _aunt()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2022]"
             "(recognition_date:2022-01-01|approximate), ze is [11](age)")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def _rania() -> Chat:
    """A refugee of 41 and her father of 78, alone in Turkey (panels 91 and 92, m4)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juni 2026]"
             "(recognition_date:2026-06-15), ik ben [41](age:sponsor). [mijn vader]"
             "(relationship:parent) is [78](age) en woont alleen in turkije")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_de_dochter_van_mijn_overleden_zus__a_living_niece_who_comes():
    """Seed 000 names the relatives of others who may ask a humanitarian visa. "de dochter van
    mijn overleden zus wil naar belgie komen, ze is 11" is the writer's niece, alive, of 11
    (panel 91, n5: no one added, "Over wie gaat 11 jaar?")."""
    chat = Chat(today=TODAY)
    chat.say("de [dochter](relationship:child) van [mijn overleden zus](relationship:sibling) "
             "wil naar belgie komen, ze is [11](age)")  # fmt: skip
    assert [(p["relationship"], p["word"], p["age"]) for p in chat.people] == [
        ("other_relative", "nichtje", 11)
    ], chat.transcript()


def test_mijn_zus_is_overleden_en_haar_dochtertje__the_niece_not_a_daughter():
    """ "mijn zus is overleden en haar dochtertje zit nu alleen in mogadishu": the sister's
    daughter, who comes (panel 91, n5: "Sorry, dat begreep ik niet goed", then "Bestond de
    band met je dochter al ...?")."""
    chat = _aunt()
    assert [(p["relationship"], p["word"]) for p in chat.people] == [
        ("other_relative", "nichtje")
    ], chat.transcript()


def test_mijn_nichtje_ayaan_de_dochter_van_mijn_zus__one_niece():
    """ "mijn nichtje, ayaan. de dochter van mijn zus": the niece told again, no daughter of
    the writer's (panel 91, n5)."""
    chat = Chat(today=TODAY)
    chat.say("[mijn nichtje](relationship:other_relative), ayaan. de [dochter](relationship:child) "
             "van [mijn zus](relationship:sibling)")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()


def test_ik_woon_in_gent_met_mijn_man_en_onze_baby__they_live_here():
    """ "ik ben erkend vluchteling sinds 2022, ik woon in gent met mijn man en onze baby": the
    husband and the baby live with the writer; no one who comes (panel 91, n5: "Bestond de
    band met je kind al ...?", three times)."""
    chat = _aunt()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2022]"
             "(recognition_date:2022-01-01|approximate), ik woon in gent met [mijn man]"
             "(relationship:spouse) en onze [baby](relationship:child)")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()


def test_we_huren_een_appartement_met_de_kinderen__no_housing_rule_for_a_humanitarian_visa():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast." "we huren een appartement met 2 slaapkamers, met de kinderen. moet ik
    een groter huis hebben voor papa?" of a refugee's father: the children live here, and a
    humanitarian visa has no housing rule (panel 91, m4: the children made applicants and
    art. 10's housing told, cited to art. 40ter)."""
    chat = _rania()
    reply = chat.say("we huren een appartement met 2 slaapkamers, met de [kinderen]"
                     "(relationship:child). moet ik een groter huis hebben voor [papa]"
                     "(relationship:parent)?", intent="ask_housing")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "geen voorwaarden vast, ook niet voor de woning" in reply, reply
    assert "40ter" not in reply


def test_het_is_het_loon_van_mijn_man_telt_dat_ook__his_pay_not_in_the_seeds():
    """Seed 000: "Je kan aantonen dat je kind over voldoende bestaansmiddelen ... beschikt";
    a husband's pay is in no seed. "ik werk zelf niet, het is het loon van mijn man. telt dat
    ook?" hears that, not "Voeg daarom bewijs van je inkomen toe" (panel 91, m4: P)."""
    chat = _rania()
    reply = chat.say("ik werk zelf niet, het is het loon van [mijn man](relationship:spouse). "
                     "telt dat ook?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "Of DVZ ook het loon van je man meetelt, staat er niet in" in reply, reply
    assert "Voeg daarom bewijs van je inkomen toe" not in reply
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def _young_wife() -> Chat:
    """A B-card worker of 31 and his wife of 20, married after his arrival (panel 91, m5)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb een [b kaart](sponsor_status:third_country_national), onbeperkt verblijf, "
             "ik ben [31](age:sponsor). [mijn vrouw](relationship:spouse) is [20](age), we zijn "
             "[officieel](marriage_type:official) getrouwd in augustus 2026 in nador")  # fmt: skip
    chat.answer_plainly({"applicant.relationship_predates_arrival": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_ze_wordt_21_op_14_maart_2027__her_birthday_not_his():
    """Seed 001: "U bent beiden ouder dan 21 jaar." "ze wordt 21 op 14 maart 2027. kan ik dan
    direct de aanvraag doen?" of a man of 31: from that day she can ask (panel 91, m5: "Je
    bent 21 jaar vanaf 14 maart 2027", twice)."""
    chat = _young_wife()
    reply = chat.say("ze wordt 21 op 14 maart 2027. kan ik dan direct de aanvraag doen?",
                     intent="ask_deadline")  # fmt: skip
    assert "Je vrouw is 21 jaar vanaf 14 maart 2027" in reply, chat.transcript()
    assert "Je bent 21 jaar" not in reply


def test_welke_papieren_zodat_we_in_maart_gezinshereniging_kunnen_aanvragen__the_rights_papers():
    """Seed 001: the spouse's right once both are 21; seed 000: a humanitarian request is
    marked as such on the form. "wat moet ik nu al klaar maken zodat we in maart direct
    gezinshereniging kunnen aanvragen? welke papieren" gets the right's papers, not the
    humanitarian form (panel 91, m5: "Duid aan dat het om een humanitaire aanvraag gaat")."""
    chat = _young_wife()
    reply = chat.say("wat moet ik nu al klaar maken zodat we in maart direct gezinshereniging "
                     "kunnen aanvragen? welke papieren", intent="ask_documents")  # fmt: skip
    assert "Jullie huwelijksakte" in reply, chat.transcript()
    assert "humanitaire aanvraag" not in reply
    assert "Een medisch attest" in reply


def _client_with_a_son_of_20() -> Chat:
    """A social worker's client with subsidiary protection since 10 March 2025, a daughter of
    17 and a son of 20 of whom it is not known whether he was a minor at her asylum request
    (panel 91, m3)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker, mijn cliënte heeft [subsidiaire bescherming]"
             "(sponsor_status:subsidiary_protection) sinds [10 maart 2025]"
             "(recognition_date:2025-03-10). haar [dochter](relationship:child) Grace is [17]"
             "(age) en haar [zoon](relationship:child) Patrick is [20](age), de vader is "
             "overleden")  # fmt: skip
    plain = {
        "applicant.disabled": "nee",
        "applicant.minor_when_sponsor_applied_for_asylum": "weet ik niet",
    }
    chat.answer_plainly(plain)
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_voor_grace_en_voor_patrick_apart__the_adult_son_pays():
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name om
    zijn meerderjarige kinderen". The son of 20 pays whether his route is known or not (panel
    91, m3: "Kosten: er is geen bijdrage", twice)."""
    chat = _client_with_a_son_of_20()
    if chat.state.get("question"):
        chat.answer_plainly({})
    reply = chat.say("Wat kost het? Voor Grace en voor Patrick apart?", intent="ask_costs")
    assert "voor de zoon van je cliënt is er een bijdrage" in reply, chat.transcript()


def test_hij_is_meerderjarig_is_er_echt_niks__the_12_months_and_the_humanitarian_visa():
    """Seed 003: the child who was a minor at the asylum request "behoudt zijn recht ... op
    voorwaarde dat de aanvraag ... wordt ingediend binnen 12 maanden na de erkenning"; seed
    000: an adult son's humanitarian visa. "Hij is meerderjarig, is er echt niks mogelijk voor
    hem?" past the 12 months (panel 91, m3: "Het recht blijft" of his sister's late request,
    and "In tweede orde betekent" three times)."""
    chat = _client_with_a_son_of_20()
    reply = chat.say("Hij is meerderjarig, is er echt niks mogelijk voor hem?",
                     intent="ask_humanitarian_visa")  # fmt: skip
    assert "Die termijn is voorbij" in reply, chat.transcript()
    assert "nog bij het gezin hoort" in reply
    assert "Het recht blijft" not in reply


def test_mijn_papa_zit_in_gevangenis__he_does_not_come():
    """ "mijn papa zit in gevangenis in eritrea, geen contact. moet hij ook iets tekenen voor
    dawit?": the father in prison asks nothing (panel 91, n1: "Je papa: wil naar België
    komen")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [15](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [3 "
             "november 2026](recognition_date:2026-11-03), alleen in belgie. [mijn mama]"
             "(relationship:parent) en [mijn broertje](relationship:sibling) van [8](age) "
             "willen komen")  # fmt: skip
    chat.say("[mijn papa](relationship:parent) zit in gevangenis in eritrea, geen contact. moet "
             "hij ook iets tekenen voor dawit?")  # fmt: skip
    assert sorted(p["word"] for p in chat.people) == ["broertje", "mama"], chat.transcript()


def test_geboren_na_dat_ik_gevlucht_ben__asked_not_assumed():
    """Seed 003: the favourable conditions hold for a bond "reeds bestond vóór de aankomst" in
    Belgium. "ali was al geboren. ik heb ook een dochter mariam 2 jaar, die is geboren na dat
    ik gevlucht ben" says nothing of the arrival: her bond is asked, neither set before nor
    after it (panel 91, n2: "De band met je dochter ontstond pas na de aankomst in België")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2026]"
             "(recognition_date:2026-11-20), ik ben [33](age:sponsor). [mijn zoon]"
             "(relationship:child) ali is [6](age)")  # fmt: skip
    chat.say("ja ali was al geboren. ik heb ook een [dochter](relationship:child) mariam [2](age) "
             "jaar, die is geboren na dat ik gevlucht ben, ik heb haar nog nooit gezien")  # fmt: skip
    daughter = chat.person("child", 1)
    assert "relationship_predates_arrival" not in daughter["facts"], chat.transcript()


def test_ik_stuur_haar_nu_nog_geen_geld__no_money_noted_and_no_brothers():
    """Seed 000: proof of money transfers shows dependency. "ik stuur haar nu nog geen geld,
    mijn broers geven haar soms iets. moet ik beginnen met geld sturen?" tells no transfers,
    and the brothers do not come (panel 91, n3: "Geld: bewaar de bewijzen van de
    geldoverschrijvingen")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn moeder]"
             "(relationship:parent) is [70](age), woont alleen in tanger sinds papa gestorven "
             "is, ze heeft artrose")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("ik stuur haar nu nog geen geld, [mijn broers](relationship:sibling) geven "
                     "haar soms iets. moet ik beginnen met geld sturen?")  # fmt: skip
    assert "Geld: bewaar" not in reply, chat.transcript()
    assert "money" not in chat.person("parent").get("noted", [])
    assert [p["relationship"] for p in chat.people] == ["parent"]


def test_mijn_broers_doen_niks_voor_haar_is_dat_een_probleem__no_other_carer():
    """Seed 001: "dat er geen enkel ander familielid ... voor hem kan zorgen". "mijn broers
    wonen wel in marokko maar die doen niks voor haar. is dat een probleem?" (panel 91, n3:
    "Op die vraag vind ik geen antwoord", twice)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn moeder]"
             "(relationship:parent) is [70](age), woont alleen in tanger")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("[mijn broers](relationship:sibling) wonen wel in marokko maar die doen niks "
                     "voor haar. is dat een probleem?")  # fmt: skip
    assert "geen enkel ander familielid" in reply, chat.transcript()


def test_een_woning_met_1_slaapkamer__the_belgians_practice_not_cited_to_art_40ter():
    """Seed 004 names the royal decree of 8 July 1997 for a Belgian's family; art. 40ter is a
    Belgian's. A worker with subsidiary protection asking about a one-bedroom flat hears the
    Belgian's practice cited to the decree only (panel 91, n4: C)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [14 "
             "april 2023](recognition_date:2023-04-14), ik ben [36](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [30](age), [officieel](marriage_type:official) getrouwd")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("mijn appartement is klein, 1 slaapkamer. is dat een probleem?",
                     intent="ask_housing")  # fmt: skip
    assert "Voor gezinshereniging met een Belg zegt onze informatie" in reply, reply
    assert "40ter" not in reply


def test_geen_papier_van_de_rechtbank_dat_ik_haar_voogd_ben__only_then_eligible():
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank"; "Indien van toepassing voeg je ook
    de buitenlandse akte ... toe". Without any paper the guardianship's act is not demanded,
    and ratification makes the niece eligible, no more (panel 91, n5: "Voeg de buitenlandse
    beslissing over de voogdij toe", "Dan heeft je nichtje recht op gezinshereniging")."""
    chat = _aunt_answered()
    reply = chat.say("ik heb geen papier van de rechtbank dat ik haar voogd ben. moet ik dat "
                     "hebben? waar haal ik dat?")  # fmt: skip
    assert "Dan kan je nichtje nu alleen een humanitair visum vragen" in reply, chat.transcript()
    assert "Dan heeft je nichtje recht" not in reply
    assert "Voeg de buitenlandse beslissing over de voogdij toe" not in reply
    assert "Een ouder die vermist is" not in reply
    assert chat.person("other_relative")["relationship"] == "other_relative"


def test_wie_moet_aanvraag_doen_ik_hier_of_zahra__the_family_at_the_embassy():
    """Seed 002: the family members "kunnen zich bij elke Belgische ambassade of elk Belgisch
    consulaat ... aanbieden". "wie moet aanvraag doen, ik hier in belgie of zahra in pakistan?"
    (panel 91, m1: "Op die vraag vind ik geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 september 2026]"
             "(recognition_date:2026-09-15), ik ben [39](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [34](age), [officieel](marriage_type:official) getrouwd "
             "in kabul")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("wie moet aanvraag doen, ik hier in belgie of zahra in [pakistan]"
                     "(country:Pakistan)?", intent="check_eligibility", confidence=0.58)  # fmt: skip
    assert "doet zelf de aanvraag" in reply, chat.transcript()


def test_vertaling_door_wie__the_embassys_sworn_translators():
    """Seed 004: "De Belgische ambassade werkt samen met een aantal beëdigde vertalers.
    Contacteer de ambassade om te weten op welke vertalers je een beroep kan doen." (panel 91,
    m2: "en vertaling door wie, hier of in brazilie?")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [38](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [29](age), we zijn [officieel](marriage_type:official) "
             "getrouwd in brazilie")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("de huwelijksakte is in het portugees. moet die een apostille hebben? en "
                     "vertaling door wie, hier of in brazilie?", intent="ask_documents")  # fmt: skip
    assert "werkt samen met een aantal beëdigde vertalers" in reply, chat.transcript()


def test_is_het_probleem_dat_ze_20_is__the_couples_age_rule():
    """Seed 001: "U bent beiden ouder dan 21 jaar." "ik snap het niet goed. kan ze nu komen of
    niet? is het probleem dat ze 20 is?" (panel 91, m5: "Sorry, dat begrijp ik niet")."""
    chat = _young_wife()
    reply = chat.say("ik snap het niet goed. kan ze nu komen of niet? is het probleem dat ze 20 "
                     "is?", intent="check_eligibility", confidence=0.47)  # fmt: skip
    assert "allebei minstens 21 jaar" in reply, chat.transcript()


def test_moet_ik_dus_voor_juni_2027_de_aanvraag_doen__no_deadline_for_a_humanitarian_visa():
    """Seed 003's 12 months are those of a right; a refugee's father of 78 has a humanitarian
    visa, with no such limit. "maar moet ik dus voor juni 2027 de aanvraag doen of maakt dat
    niet uit?" (panel 91, m4: "Op die vraag vind ik geen antwoord")."""
    chat = _rania()
    reply = chat.say("maar moet ik dus voor juni 2027 de aanvraag doen of maakt dat niet uit?",
                     intent="check_eligibility", confidence=0.3)  # fmt: skip
    assert "geen vaste termijn" in reply, chat.transcript()
