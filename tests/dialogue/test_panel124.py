"""Panel 124 (families k1-k5, l1-l5, z1-z5, q1-q5): each test is named by the user's words or
the seed sentence it keeps true."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def test_a_legal_cohabitant_who_is_also_belgian_is_no_one_who_comes():
    """z4 (round 123): "ik ben niet getrouwd met mijn vriend, we zijn wettelijk samenwonend,
    hij is ook belg" asked "Hoe oud is je vriend?" and made Dirk an applicant."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian) en mijn [zoon](relationship:child) van [20](age)"
        " woont in marokko, kan hij naar hier komen?"
    )
    reply = chat.say(
        "ik ben niet getrouwd met mijn [vriend](relationship:partner), we zijn wettelijk "
        "samenwonend, hij is ook [belg](sponsor_status:belgian)"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    assert "vriend" not in reply


def test_a_volunteer_who_gives_her_name_first_writes_for_her_client():
    """l4: "Dag, 'k ben Griet, vrijwilliger bij den onthaalgroep in Roeselare. 'k zit hier met
    Osman ..." was answered "Hoe oud is je eerste kind?" and "Jij: subsidiair beschermd"
    through four corrections."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Dag, 'k ben Griet, vrijwilliger bij den onthaalgroep in Roeselare. 'k zit hier met "
        "Osman, Soedanees, [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [30 januari dit jaar](recognition_date:2026-01-30). Zijn [vrouw](relationship:spouse)"
        " Samia en de [kinders](relationship:child) zitten in Caïro. Wat moeten we doen?"
    )
    reply = chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "helper", chat.transcript()
    assert "je cliënt" in reply
    assert "je eerste kind" not in reply


def test_her_granddaughter_who_comes_to_us_is_the_belgians_step_grandchild():
    """Seed 004: "... je Belgische (stief)ouder of (stief)grootouder". k3: "ik ben belg en mijn
    vrouw is van de filipijnen. haar kleindochter jasmine wil bij ons komen wonen" asked "Hoe
    oud is je vrouw?" and kept the wife who lives in Aalst as the one who comes."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "ik ben [belg](sponsor_status:belgian) en mijn [vrouw](relationship:spouse) is van de "
        "filipijnen. haar [kleindochter](relationship:grandchild) jasmine wil bij ons komen "
        "wonen kan dat"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    assert "stiefkleindochter" in reply


@pytest.mark.parametrize(
    "markup",
    [
        "hij is doof aan [1](age) oor maar hij kan wel zelf eten",  # q5: "Je broer: 1 jaar"
        "we wonen in een [1](age)BHK flat",  # q4: "Over wie gaat 1, 1 jaar?"
        "hoe lang duurt het? [1](age) jaar??",  # q1: "Je papa: 1 jaar"
    ],
)
def test_a_number_before_a_thing_or_after_how_long_is_no_age(markup):
    """Panel 124: numbers in "doof aan 1 oor", "een 1BHK", "hoe lang? 1 jaar??" became the
    age of the relative asked about."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend](sponsor_status:refugee), mijn [papa](relationship:parent) wil komen")
    assert chat.question == "sponsor.age", chat.transcript()
    chat.say(markup)
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert chat.person("parent")["age"] is None


def test_the_age_he_was_at_the_annex_26_is_no_age_now():
    """z1: "bij bijlage 26 hij was juist 18 geworden. welke telt?" gave "Ik heb het aangepast.
    • Je zoon: 18 jaar" (he is 21)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [zoon](relationship:child) is [21](age), ik ben [erkend](sponsor_status:refugee)"
    )
    chat.say(
        "wanneer ik vlucht 20/09/2022 hij was [17](age). bij bijlage 26 hij was juist [18](age)"
        " geworden. welke telt?"
    )
    assert chat.person("child")["age"] == 21, chat.transcript()


def test_mijn_mama_heeft_niet_genoeg_geld_takes_back_a_yes_pressed_by_mistake():
    """Seed 000: "... in samenhang met voldoende eigen middelen van de aanvrager om in België
    nooit ten laste te zullen vallen van de sociale bijstand". z5: after a "Ja" pressed by
    mistake, "sorry verkeerd gedrukt. mijn mama heeft NIET genoeg geld" kept "Bewijs dat je
    mama genoeg eigen geld heeft" and the better chance."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), ik ben [33](age:sponsor). mijn "
        "[mama](relationship:parent) is [63](age) en wil komen"
    )
    for _ in range(6):
        if chat.question == "applicant.own_sufficient_means":
            break
        chat.say("nee", intent="deny")
    assert chat.question == "applicant.own_sufficient_means", chat.transcript()
    chat.say("ja", intent="affirm")
    assert chat.person("parent")["facts"]["own_sufficient_means"] is True
    chat.say("sorry verkeerd gedrukt. mijn [mama](relationship:parent) heeft NIET genoeg geld")
    assert chat.person("parent")["facts"]["own_sufficient_means"] is False, chat.transcript()


def _wilson_for_ana() -> Chat:
    """q2: a husband types for his wife Ana, a recognised refugee; her son Diego (12)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "goeiedag, ik schrijf voor mijn [vrouw](relationship:spouse) Ana. ze is "
        "[erkend vluchteling](sponsor_status:refugee). haar [zoon](relationship:child) diego "
        "([12](age)) is nog daar"
    )
    chat.say("ja ok akkoord", intent="affirm")
    chat.say("ze is erkend op [12 december vorig jaar](recognition_date:2025-12-12)")
    return chat


def test_het_was_17_december_ni_12_december_corrects_the_recognition_date():
    """q2: "wacht, ana zegt het was 17 december, ni 12 december, sorry. en ja diego is geboren
    in 2014" was "Sorry, dat begreep ik niet goed" and the 12th kept."""
    chat = _wilson_for_ana()
    chat.say(
        "wacht, ana zegt het was 17 december, ni 12 december, sorry. en ja diego is geboren "
        "in 2014 natuurlijk"
    )
    assert chat.sponsor["recognition_date"] == "2025-12-17", chat.transcript()


def test_a_sole_custody_judgment_needs_no_consent_of_the_missing_father():
    """Seed 001: "Indien u ... het exclusief recht van bewaring heeft ... een kopie van het
    vonnis voorleggen dat u het exclusief recht van bewaring toekent"; the consent only "Als het
    recht van bewaring ... gedeeld wordt". q2: "moet de papa van diego toestemming geven? we
    weten ni waar hij is" was answered twice with a Belgian's family's proof of a missing
    parent."""
    chat = _wilson_for_ana()
    chat.answer_plainly(
        {
            "applicant.common_child": "nee! de papa van diego is weg al lang. Ana heeft het "
            "hoederecht, [alleen zij](custody:sole). er is een vonnis",
        }
    )
    reply = chat.say(
        "moet de papa van diego toestemming geven? we weten ni waar hij is",
        intent="ask_documents",
    )
    assert "niet nodig" in reply, chat.transcript()
    assert "familie van een Belg" not in reply


def test_mijn_stiefzoon_from_her_husband_is_her_son():
    """q2: "diego is mijn stiefzoon, we zijn getrouwd in juli" from the husband who types for
    her made "De zoon van de vrouw van je vrouw"."""
    chat = _wilson_for_ana()
    reply = chat.say(
        "ik heb een B kaart sinds 2019. diego is mijn [stiefzoon](relationship:stepchild), we "
        "zijn getrouwd in juli in gent"
    )
    assert "vrouw van je vrouw" not in chat.transcript(), chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["child"]
    assert "stiefzoon van je vrouw" not in reply


def test_me_and_our_2_kids_are_in_kampala_the_wife_writes():
    """z2: "hello. my husband is refugee in belgium since last year. me and our 2 kids are in
    kampala. how do we join him pls" kept "Jij: erkend vluchteling" through five corrections."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "hello. my [husband](relationship:spouse) is [refugee](sponsor_status:refugee) in "
        "belgium since last year. me and our 2 [kids](relationship:child) are in kampala. how "
        "do we join him pls"
    )
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert any(p.get("self") and p["relationship"] == "spouse" for p in chat.people)


def test_his_decision_is_18_nov_2025_not_the_month_the_card_came():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning ... door het Commissariaat-
    generaal". z2: "his decision is 18 nov 2025 but the card came january" took January (the
    card) as the recognition."""
    chat = Chat(today=TODAY)
    chat.say(
        "my [husband](relationship:spouse) is [refugee](sponsor_status:refugee). his decision "
        "is 18 nov 2025 but the card came [january](recognition_date:2026-01-01|approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2025-11-18", chat.transcript()


def _griet_for_abdul() -> Chat:
    """k1: a volunteer writes for Abdul, a Yemeni man with subsidiary protection."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goeiemiddag, ik ben Griet, vrijwilliger bij een buddyproject in Leuven. Ik help een "
        "Jemenitische man, Abdul, die [subsidiaire bescherming](sponsor_status:"
        "subsidiary_protection) heeft sinds [11/12/2025](recognition_date:2025-12-11). Zijn "
        "[vrouw](relationship:spouse) zit nog in Aden."
    )
    chat.say("akkoord", intent="affirm")
    return chat


def test_ik_ben_abdul_zelf_the_client_writes_himself():
    """k1: after a volunteer's questions, "ik ben abdul zelf. mijn vrouw pasport is kapot" was
    answered "Het paspoort van de vrouw van je cliënt" and "Je cliënt hoeft nu geen inkomen te
    bewijzen" to Abdul."""
    chat = _griet_for_abdul()
    assert chat.state["writer"] == "helper", chat.transcript()
    reply = chat.say("ik ben abdul zelf. mijn [vrouw](relationship:spouse) pasport is kapot")
    assert chat.state["writer"] != "helper", chat.transcript()
    assert "cliënt" not in reply


def test_twenty_minutes_from_us_is_no_age():
    """l1: "onze zoon Ricardo woont hier wel in Paramaribo, 20 minuten van ons" gave "• Je
    zoon: 20 jaar"."""
    chat = Chat(today=TODAY)
    chat.say("mijn [dochter](relationship:child) is [belg](sponsor_status:belgian)")
    chat.say("onze [zoon](relationship:child) woont hier wel, [20](age) minuten van ons")
    assert all(p.get("age") != 20 for p in chat.people), chat.transcript()


def test_the_dna_answer_names_the_child_without_a_birth_certificate():
    """Seed 003 "Afstamming": "... onder voorbehoud van een DNA-test". k1: "Omar is 14, Hamza 10
    en Lina 6. Van Lina is er geen geboorteakte ... Dan DNA?" answered "Dan kan het kind van 14
    jaar van je cliënt het visum toch krijgen"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[11 december 2025](recognition_date:2025-12-11). mijn [kinderen](relationship:child) "
        "Omar is [14](age), Hamza [10](age) en Lina [6](age)"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "Omar is 14, Hamza 10 en Lina 6. Van Lina is er geen geboorteakte, ze is nooit "
        "ingeschreven. Dan DNA?",
        intent="ask_dna_test",
    )
    assert "DNA" in reply, chat.transcript()
    assert "kind van 6 jaar" in reply or "Lina" in reply
    assert "kind van 14 jaar" not in reply


def test_a_sister_who_cannot_take_the_mother_in_is_no_one_who_comes():
    """Seed 000: "... dat er geen andere familieleden zijn die voor je kunnen zorgen". z3: "zus
    van cliënte woont in Rwanda, kan moeder niet opvangen. speelt dat mee?" made the sister one
    who wants to come."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben maatschappelijk werker. mijn cliënte is [erkend](sponsor_status:refugee), haar "
        "[moeder](relationship:parent) is [72](age)"
    )
    chat.say(
        "[zus](relationship:sibling) van cliënte woont in Rwanda, kan moeder niet opvangen. "
        "speelt dat mee voor het dossier?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_zij_komt_ook_met_mama_is_the_childrens_mother_his_wife():
    """z1: "ja zijn zus lana 13 jaar. zij komt ook met mama" from the refugee whose wife comes
    asked "Is je mama op hoge leeftijd?" (his mother is dead)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [vrouw](relationship:spouse)"
        " en [dochter](relationship:child) van [13](age) zijn in irak"
    )
    chat.say("zij komt ook met [mama](relationship:parent)")
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_niet_mijn_man_wettelijk_samenwonend_makes_the_writer_a_registered_partner():
    """Seed 001: "... of de vreemdeling met wie u een geregistreerd partnerschap hebt";
    seed 003 counts "de erkenning". n2 (round 125): "ay sorry, niet mijn man. we zijn wettelijk
    samenwonend sinds maart 2025 ... hij heeft de status op 18 september 2026" kept "Jij:
    officieel getrouwd", took March 2025 as the recognition, and sent her to a humanitarian
    visa."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "hola, ik ben daniela, ik woon nu in Medellín. mijn [man](relationship:spouse) woont in "
        "antwerpen, hij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) "
        "sinds [september](recognition_date:2026-09-01|approximate)"
    )
    chat.say("akkoord", intent="affirm")
    chat.say(
        "ay sorry, niet mijn [man](relationship:spouse). we zijn [wettelijk samenwonend]"
        "(relationship:registered_partner) sinds [maart 2025](recognition_date:2025-03-01|"
        "approximate), papier van de gemeente borgerhout. niet getrouwd. hij heeft de status op"
        " 18 september 2026"
    )
    me = next(p for p in chat.people if p.get("self"))
    assert me["relationship"] == "registered_partner", chat.transcript()
    assert chat.sponsor["recognition_date"] == "2026-09-18"
    assert "je man" not in chat.transcript().split("wettelijk samenwonend")[-1].lower()


def test_we_konden_daar_nie_trouwen_is_no_official_marriage():
    """Seed 000 "Verloofden": no marriage yet. n5 (round 125): "we konden daar nie trouwen, de
    état civil in carrefour is dicht" gave "Ik heb het aangepast. • Je verloofde: officieel
    getrouwd"."""
    chat = Chat(today=TODAY)
    chat.say(
        "'k ben [belg](sponsor_status:belgian), mijn [verloofde](relationship:partner) woont "
        "in haïti"
    )
    reply = chat.say(
        "we konden daar nie [trouwen](marriage_type:official), de état civil in carrefour is "
        "dicht. en kwou ook trouwen me mijn familie erbij in kortrijk. telt da?"
    )
    assert "officieel getrouwd" not in reply, chat.transcript()
    assert chat.person("partner")["facts"].get("marriage") != "official"


def test_a_mother_with_no_house_left_abroad_asks_no_housing_question():
    """Seed 000: a parent of an adult has no right, only a humanitarian visa. m4 (round 125):
    "en mijn moeder? zij is 71 ... hoge bloeddruk, slechte ogen, geen huis meer. kan zij ook
    mee komen?" began "Ja. Je moet een woning hebben die groot genoeg is"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[9 september 2024](recognition_date:2024-09-09). mijn [dochter](relationship:child) is "
        "[17](age)"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "bon, en mijn [moeder](relationship:parent)? zij is [71](age), hoge bloeddruk, slechte "
        "ogen, geen huis meer. kan zij ook mee komen?",
        intent="check_eligibility",
    )
    assert not reply.startswith("Ja."), chat.transcript()
    assert "woning hebben die groot genoeg" not in reply


def test_is_er_een_deadline_for_a_belgians_adult_step_grandchild_says_none():
    """Seed 004 names no deadline for a Belgian's family; from 21 "Dan moet je ook de bewijzen
    voorleggen die aantonen dat je ten laste bent". k3 (round 125): "is er een deadline voor
    jasmine haar aanvraag ja of nee" was answered "Ja. Ook een kind van 21 jaar of ouder ..."."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian), mijn [stiefkleindochter](relationship:grandchild)"
        " is [23](age) en woont in de filipijnen"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "is er een deadline voor jasmine haar aanvraag ja of nee", intent="ask_deadline"
    )
    assert not reply.startswith("Ja."), chat.transcript()
    assert "geen vaste termijn" in reply


def _answer_up_to_the_consent(chat: Chat) -> None:
    """Parents apart, custody shared, "ja" to the rest, up to the other parent's consent."""
    for _ in range(8):
        if chat.question == "applicant.common_child":
            chat.say("nee", intent="deny")
        elif chat.question == "applicant.custody":
            chat.say("[samen](custody:shared)")
        elif chat.question in ("applicant.other_parent_consent", None):
            break
        else:
            chat.say("ja", intent="affirm")


def test_niemand_weet_waar_hij_is_to_the_consent_leaves_the_right_open():
    """Seed 001: with shared custody "de toestemming van de andere ouder"; seed 004: "Als de
    andere ouder verdwenen is moet je een attest hebben". z5 (round 126): "ik weet het niet!!
    niemand weet waar hij is. moet hij tekenen???" asked the consent again, then "geen recht"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[14 juni 2024](recognition_date:2024-06-14). mijn [dochter](relationship:child) is "
        "[11](age)"
    )
    _answer_up_to_the_consent(chat)
    assert chat.question == "applicant.other_parent_consent", chat.transcript()
    chat.say("ik weet het niet!! niemand weet waar hij is. moet hij tekenen???")
    assert chat.state.get("other_parent_missing"), chat.transcript()
    assert chat.question != "applicant.other_parent_consent"
    assert chat.person("child")["facts"].get("other_parent_consent") is not False


def test_haar_zoon_woont_al_bij_haar_and_niet_om_een_kind_add_no_child():
    """z3 (round 126): "Maar het gaat om de moeder hé, niet om een kind." and "Haar zoon van 17
    woont al bij haar (GH in 2018)" made the client's son an applicant ("dien de aanvraag in
    vóór het kind van je cliënt 18 wordt"); "Welk kind?" added one again."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben maatschappelijk werker. cliënte is [erkend vluchteling](sponsor_status:refugee)"
        ". haar [moeder](relationship:parent) is [72](age), weduwe"
    )
    chat.say(
        "Maar het gaat om de [moeder](relationship:parent) hé, niet om een [kind](relationship:child)."
    )
    chat.say(
        "Cliënte is [44](age:sponsor). Haar [zoon](relationship:child) van [17](age) woont al bij "
        "haar (GH in 2018). Nu gaat het dus enkel over de [moeder](relationship:parent)."
    )
    chat.say("Welk [kind](relationship:child)? Het gaat om de MOEDER van mijn cliënte.")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_en_de_oma_from_the_husband_who_types_is_her_mother():
    """q2 (round 126): "en de oma? diego kan ni alleen vliegen hij is 12. kan rosa (ana haar
    mama, 61) mee komen" from the husband who types for Ana gave "De oma van je vrouw" and "De
    mama van je vrouw", two people."""
    chat = _wilson_for_ana()
    chat.answer_plainly({})
    chat.say(
        "en de [oma](relationship:grandparent)? diego kan ni alleen vliegen hij is 12. kan rosa "
        "(ana haar [mama](relationship:parent), [61](age)) mee komen en ook hier blijven wonen?"
    )
    olders = [p for p in chat.people if p["relationship"] in ("parent", "grandparent")]
    assert [p["relationship"] for p in olders] == ["parent"], chat.transcript()
    assert "oma van je vrouw" not in chat.transcript()


def test_al_6_jaar_niks_gehoord_and_geen_rechter_gezien():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke
    beslissing ...". m2 (round 126): "al 6 jaar niks gehoord" asked "Over wie gaat 6 jaar?",
    and "geen rechter gezien" still listed "Een kopie van het vonnis"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian), mijn [vrouw](relationship:spouse) en haar "
        "[dochter](relationship:stepchild) van [9](age) wonen in vietnam"
    )
    reply = chat.say(
        "de papa van anh is weg, ergens in taiwan, al [6](age) jaar niks gehoord. nooit "
        "getrouwd met lan. geen rechter gezien"
    )
    assert "Over wie gaat 6" not in reply, chat.transcript()
    assert chat.person("stepchild")["age"] == 9


def test_griet_weer_hier_the_volunteer_takes_the_phone_back():
    """k1 (round 127): after "ik ben abdul zelf", "Griet weer hier. ... Moet hij eerst
    verhuizen?" was answered "Je hoeft nu geen woning te bewijzen" to the volunteer."""
    chat = _griet_for_abdul()
    chat.say("ik ben abdul zelf. mijn [vrouw](relationship:spouse) pasport is kapot")
    assert chat.state["writer"] == "sponsor", chat.transcript()
    chat.say("Griet weer hier. En die studio van hem, 28m2. Moet hij eerst verhuizen?")
    assert chat.state["writer"] == "helper", chat.transcript()


def _tamars_children() -> Chat:
    """l3: a B-card holder whose two children live with her mother; custody shared."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [B kaart](sponsor_status:third_country_national). mijn [kinderen]"
        "(relationship:child) van [17](age) en [12](age) zijn in Georgie"
    )
    _answer_up_to_the_consent(chat)
    return chat


def test_vader_heeft_voor_allebei_nog_niet_getekend_is_no_refusal_and_no_applicant():
    """Seed 001: shared custody needs "de toestemming van de andere ouder". l3 (round 127):
    "vader heeft voor allebei kinderen nog niet getekend" gave one child a right, the other a
    humanitarian visa, and "Is je vader op hoge leeftijd?"."""
    chat = _tamars_children()
    assert chat.question == "applicant.other_parent_consent", chat.transcript()
    chat.say("nee", intent="deny")  # the button pressed for the first child
    chat.say(
        "[vader](relationship:parent) heeft voor allebei kinderen nog niet getekend. hij zegt "
        "na nieuwjaar"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()
    assert all(p["facts"].get("other_parent_consent") is not False for p in chat.people)
