"""Findings of panel round 55 (stop 34), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _mariamas_ward() -> Chat:
    """A refugee grandmother, guardian of her grandson of 10 by a court in Conakry (panel 55,
    c2), up to the first answer."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) in belgie sinds"
        " [1 mei 2026](recognition_date:2026-05-01). mijn [kleinzoon](relationship:grandchild)"
        " Ibrahima [10](age) jaar woont in Conakry bij buurvrouw. kan hij komen bij mij?",
        intent="check_eligibility",
    )
    chat.say(
        "ja klopt. zijn papa en mama zijn dood in 2023. ik ben zijn voogd, rechtbank Conakry"
        " heeft gezegd in 2024",
        intent="affirm",
    )
    chat.say("Nee", intent="deny")
    chat.say("Ja, dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_papier_van_dood_van_zijn_papa_en_mama__no_mother_of_the_writer():
    """The ward's dead parents named by "papier van dood" add no one, and the papers are
    named (seed 000: "Indien van toepassing voeg je ook de buitenlandse akte of rechterlijke
    beslissing van de voogdij ... toe"; panel 55, c2: "Is je mama op hoge leeftijd?")."""
    chat = _mariamas_ward()
    reply = chat.say(
        "ik heb papier van rechtbank voor voogd en papier van dood van zijn"
        " [papa](relationship:parent) en [mama](relationship:parent). is dat genoeg? wat moet ik"
        " nog hebben",
        intent="ask_documents",
    )
    assert len(chat.state["people"]) == 1, chat.transcript()
    assert "buitenlandse akte of beslissing over de voogdij" in reply, reply


def test_is_er_een_datum_ik_hoor_1_jaar__the_day_a_ratified_guardianship_would_give():
    """Seed 001: a humanitarian visa has no deadline; seed 003's 12 months hold once the
    guardianship is ratified (panel 55, c2: "ik hoor 1 jaar na papieren")."""
    chat = _mariamas_ward()
    reply = chat.say(
        "is er een datum? tot wanneer moet ik vragen? ik hoor 1 jaar na papieren",
        intent="ask_deadline",
    )
    assert "Voor deze situatie ken ik geen vaste termijn" in reply, chat.transcript()
    assert "uiterlijk op 1 mei 2027" in reply, reply


def _haiders_family() -> Chat:
    """A refugee recognised on 15 January 2026, his wife, son 16 and daughter 20 (panel 55,
    c4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [15 januari 2026](recognition_date:2026-01-15). mijn [vrouw](relationship:spouse) en 2"
        " [kinderen](relationship:child) zijn nog in Erbil.",
        intent="check_eligibility",
    )
    chat.say(
        "[40](age). wij zijn [getrouwd in Bagdad 2004, bij de rechtbank](marriage_type:official)"
    )
    chat.say("[45](age)")
    chat.say(
        "ja natuurlijk, getrouwd in 2004. mijn [zoon](relationship:child) Ali is [16](age) en"
        " [dochter](relationship:child) Noor is [20](age)"
    )
    return chat


def test_lang_voor_ik_weg_ging__a_weak_question_intent_is_no_question():
    """ "ja, alle twee geboren in irak, lang voor ik weg ging" answers the open question; the
    NLU's weak guess of a processing-time question is no side question (panel 55, c4: "Hoe
    lang de behandeling ... duurt")."""
    chat = _haiders_family()
    reply = chat.say(
        "ja, alle twee geboren in irak, lang voor ik weg ging",
        intent="ask_processing_time",
        confidence=0.17,
    )
    assert "Hoe lang de behandeling" not in reply, chat.transcript()


def test_weet_ik_niet_precies_moet_ik_kijken_op_mijn_papieren__unknown_not_documents():
    """ "weet ik niet precies, moet ik kijken op mijn papieren" answers the open question as
    unknown; it asks no documents (panel 55, c4: "Dat hangt af van jullie situatie")."""
    chat = _haiders_family()
    for _ in range(6):  # up to "Was je dochter jonger dan 18 jaar toen jij asiel aanvroeg?"
        if chat.question == "applicant.minor_when_sponsor_applied_for_asylum":
            break
        no = chat.question == "applicant.disabled"
        chat.say("nee" if no else "ja", intent="deny" if no else "affirm")
    assert chat.question == "applicant.minor_when_sponsor_applied_for_asylum", chat.transcript()
    reply = chat.say(
        "weet ik niet precies, moet ik kijken op mijn papieren", intent="ask_documents"
    )
    assert "Dat hangt af van jullie situatie" not in reply, chat.transcript()
    assert "Geen probleem, dan ga ik verder" in reply, reply


def test_41_en_kinderen_zijn_dawit_17__the_writers_age_and_three_children():
    """ "41. en kinderen zijn Dawit 17 jaar, Ruth 13 en Lidia 8" asked "Hoe oud ben jij?": the
    writer is 41 and the children 17, 13 and 8 (panel 55, d2: a child of 41, then "Hoe oud ben
    jij?" five times)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) in belgie. mijn [vrouw](relationship:spouse)"
        " en [kinderen](relationship:child) zijn nog in afrika.",
        intent="check_eligibility",
    )
    chat.say("[38](age) jaar. wij zijn getrouwd, ik heb huwelijksakte")
    chat.say("Officieel huwelijk")
    reply = chat.say(
        "[41](age). en [kinderen](relationship:child) zijn Dawit [17](age) jaar, Ruth [13](age)"
        " en Lidia [8](age)"
    )
    assert chat.sponsor.get("age") == 41, chat.transcript()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [8, 13, 17], chat.transcript()
    assert "Hoe oud ben jij" not in reply, reply


def _latifas_mother() -> Chat:
    """A Belgian daughter and her widowed mother of 70 in Casablanca (panel 55, c5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [Belgische](sponsor_status:belgian). Mijn [moeder](relationship:parent) van"
        " [70](age) woont alleen in Casablanca sinds mijn vader in 2023 overleden is. Kan zij"
        " bij mij komen wonen?",
        intent="check_eligibility",
    )
    chat.answer_plainly({"sponsor.age": "[38](age)", "applicant.own_sufficient_means": "nee"}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_artrose_en_een_hoge_bloeddruk_telt_dat_mee__her_illness_helps_if_proven():
    """Seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie ... kunnen
    een belangrijke rol spelen" (panel 55, c5: "Op die vraag vind ik geen antwoord")."""
    chat = _latifas_mother()
    reply = chat.say(
        "Ze heeft artrose en een hoge bloeddruk, alleen wonen wordt echt moeilijk. Telt dat mee?"
    )
    assert "Ziek: toon de ziekte" in reply, chat.transcript()
    assert "Partner overleden" in reply, reply


def test_mijn_twee_broers_wonen_ook_in_marokko__relatives_who_could_care_no_applicants():
    """Seed 001: "het is belangrijk om te kunnen bewijzen dat geen enkel ander familielid ...
    kan zorgen": the brothers near the mother are asked about, not made applicants (panel 55,
    c5: "Je eerste broer: wil naar België komen")."""
    chat = _latifas_mother()
    reply = chat.say(
        "Mijn twee [broers](relationship:sibling) wonen ook in Marokko, maar in andere steden, en"
        " ze kijken niet naar haar om. Is dat een probleem?"
    )
    assert len(chat.state["people"]) == 1, chat.transcript()
    assert "geen enkel ander familielid" in reply, reply


def test_ik_woon_in_luik_met_mijn_vrouw_nour__the_second_wife_is_the_one_who_comes():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging": the wife he lives with in Liège is here (panel 55, c3: the
    second wife given a right)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [maart 2020](recognition_date:2020-03-01|approximate), ik woon in Luik met mijn"
        " [vrouw](relationship:spouse) Nour. ik heb ook tweede [vrouw](relationship:spouse) Hala"
        " in Beyrouth met onze 2 [kinderen](relationship:child). kunnen zij komen?",
        intent="check_eligibility",
    )
    spouses = [p for p in chat.people if p["relationship"] == "spouse"]
    assert len(spouses) == 1, chat.transcript()
    assert spouses[0]["facts"].get("other_spouse_already_in_belgium") is True


def test_en_als_eerst_alleen_de_2_kinderen_komen__two_children_prove_income():
    """Seed 003: no income "indien de aanvrager zijn kind ... is, en ... de enige is": two
    children who come first are not one (panel 55, d4: "Komt alleen je kind van 5 jaar")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [1 december 2025](recognition_date:2025-12-01). mijn [man](relationship:spouse)"
        " ([36](age)) en mijn [kinderen](relationship:child) Merveille [8](age) en David [5](age)"
        " zijn in Kinshasa. [civiel huwelijk](marriage_type:official)",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 12)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say(
        "en als eerst alleen de 2 kinderen komen, en Joseph later? moet ik dan ook inkomen tonen?",
        intent="ask_means_of_subsistence",
    )
    assert "Komen er twee kinderen samen? Dan moet het inkomen wel bewezen worden" in reply, (
        chat.transcript()
    )


def _samuels_family() -> Chat:
    """A guardian writing for a boy of 15, refugee since 1 June 2026, whose parents, brother of
    19 and sister of 8 live in a camp in Sudan (panel 55, d3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben de voogd van Samuel, [15](age) jaar, [erkend als vluchteling](sponsor_status:"
        "refugee) op [1 juni 2026](recognition_date:2026-06-01). Zijn [vader](relationship:parent)"
        " ([50](age)) en [moeder](relationship:parent) ([44](age)), zijn [zus](relationship:"
        "sibling) Helen ([8](age)) en zijn [broer](relationship:sibling) Daniel ([19](age)).",
        intent="check_eligibility",
    )
    chat.answer_plainly({"sponsor.age": "[15](age)"}, 12)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_moet_helen_8_extra_humanitaire_elementen_aantonen__no_other_reasons_needed():
    """Seed 000: "Je hoeft in principe geen andere humanitaire elementen aan te tonen. Er kan
    immers niet verwacht worden dat jij als minderjarige alleen zou achterblijven zonder je
    ouders" (panel 55, d3: "Op die vraag vind ik geen antwoord")."""
    chat = _samuels_family()
    reply = chat.say(
        "En voor Helen (8): moet zij ook extra humanitaire elementen aantonen, of volstaat het dat"
        " de [ouders](relationship:parent) gezinshereniging vragen?"
    )
    assert "hoeft in principe geen andere humanitaire redenen aan te tonen" in reply, (
        chat.transcript()
    )


def test_wat_moet_daniel_19_aantonen__the_adult_brothers_own_file():
    """Seed 000: "Je zal uitvoerig moeten aantonen dat je ondanks je meerderjarigheid nog steeds
    ten laste bent van je ouders" (panel 55, d3: the client's conditions instead)."""
    chat = _samuels_family()
    reply = chat.say(
        "Wat moet Daniel (19) concreet aantonen? Hij woont nog bij de ouders, is ongehuwd en heeft"
        " geen inkomen."
    )
    assert "de broer van je cliënt sterker" in reply, chat.transcript()


def test_contract_van_een_appartement_waar_we_later_gaan_wonen__a_later_home_counts_not():
    """Seed 004: "Het heeft geen zin om een huurcontract of eigendomsakte af te geven van een
    woning waar je gezin pas later zal intrekken", said as a Belgian family's rule (panel 55,
    d4: only the waiting list answered)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [1 december 2025](recognition_date:2025-12-01). mijn [man](relationship:spouse)"
        " ([36](age)) is in Kinshasa. [civiel huwelijk](marriage_type:official)",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    reply = chat.say(
        "ik sta op de wachtlijst voor een sociale woning. telt dat? of kan ik een contract geven"
        " van een appartement waar we later gaan wonen?"
    )
    assert "wachtlijst" in reply, chat.transcript()
    assert "pas later gaat wonen, heeft geen zin" in reply, reply
