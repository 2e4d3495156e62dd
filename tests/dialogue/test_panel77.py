"""Findings of panel round 77 (stop 39), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel73 import _dawit

TODAY = dt.date(2026, 12, 6)


def _amina_told() -> Chat:
    """A social worker's client of 16, a refugee since 10 September 2026 (panel 77, g1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[haar mama](relationship:parent) en [haar zusje](relationship:sibling). mijn cliënte is "
        "Amina, [16](age) jaar, uit [Guinee](country:Guinee). ze is alleen naar belgie gekomen"
    )
    chat.say("ze is [erkend als vluchteling](sponsor_status:refugee) sinds [10 september dit "
             "jaar](recognition_date:2026-09-10)")  # fmt: skip
    return chat


def test_de_mama_heet_mariama_ze_is_40__the_mothers_age():
    """ "nee, ook haar zusje Fanta van 8 jaar wil mee. de mama heet Mariama, ze is 40": 40 is
    the mother's (panel 77, g1: "Het zusje van je cliënt: 40 jaar")."""
    chat = _amina_told()
    chat.say(
        "nee, ook [haar zusje](relationship:sibling) Fanta van [8](age) jaar wil mee. de "
        "[mama](relationship:parent) heet Mariama, ze is [40](age)"
    )
    ages = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert ages == [("parent", 40), ("sibling", 8)], chat.transcript()


def test_mijn_broer_zorgt_voor_de_kinderen_hij_is_25__not_the_childrens_age():
    """The other side: "hij is 25" after a plural ("de kinderen") is no child's age."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn broer](relationship:sibling) zorgt nu voor [de kinderen](relationship:child), hij "
        "is [25](age)"
    )
    assert ("child", 25) not in [(p["relationship"], p["age"]) for p in chat.people]


def _amina_answered() -> Chat:
    chat = _amina_told()
    chat.say(
        "nee, ook [haar zusje](relationship:sibling) Fanta van [8](age) jaar wil mee. de "
        "[mama](relationship:parent) heet Mariama, ze is [40](age)"
    )
    chat.say("nee, zelfde mama en papa", intent="deny")
    chat.answer_plainly({})
    chat.say("/affirm", intent="affirm")
    chat.say(
        "ok. de [papa](relationship:parent) blijft in [Guinee](country:Guinee), hij is ziek en "
        "woont bij zijn eigen [moeder](relationship:parent). kan de [mama](relationship:parent) "
        "dan zonder de [papa](relationship:parent) komen? en mag fanta mee zonder de "
        "[papa](relationship:parent)?"
    )
    return chat


def test_de_papa_is_akkoord_fanta_heeft_geen_paspoort_de_mama_wel__the_sister():
    """ "de papa is akkoord dat fanta vertrekt. moet hij dat op papier zetten? en fanta heeft
    geen paspoort, de mama wel": the father's consent answered and the sister's passport, not
    the mother's (seed 002 "de afwezigheid van een reisdocument geen onoverkomelijk obstakel";
    panel 77, g1: P)."""
    chat = _amina_answered()
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "de [papa](relationship:parent) is akkoord dat fanta vertrekt. moet hij dat op papier "
        "zetten? en fanta heeft geen paspoort, de [mama](relationship:parent) wel",
        intent="ask_travel_document",
    )
    assert "paspoort van het zusje" in reply and "paspoort van de mama" not in reply, reply
    assert "toestemming van de andere ouder" in reply, reply


def _hassan() -> Chat:
    """Subsidiary protection since 15 January 2024, in Belgium since 2018, married before an
    imam in 2019 (panel 77, g2)."""
    chat = Chat(today=TODAY)
    chat.say("salam, ik wil [mijn vrouw](relationship:spouse) naar belgie halen. kan dat?",
             intent="check_eligibility")  # fmt: skip
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection), sinds "
        "[januari 2024. 15 januari](recognition_date:2024-01-15). ik ben hier sinds 2018 uit irak"
    )
    return chat


def test_33_ik_ben_40__her_age_and_mine():
    """ "33. ik ben 40" asked "Hoe oud is je vrouw?": 33 is hers, 40 the writer's, whatever
    role the NLU gave the 33 (panel 77, g2: "Hoe oud ben jij?" asked again later)."""
    chat = _hassan()
    assert chat.question == "applicant.age", chat.transcript()
    chat.say("[33](age:sponsor). ik ben [40](age)")
    assert chat.person("spouse")["age"] == 33 and chat.sponsor.get("age") == 40, chat.transcript()


def test_stel_dat_ze_het_huwelijk_registreren__still_religious():
    """ "stel dat ze het huwelijk nu toch officieel registreren in irak. is 1800 euro dan genoeg
    inkomen?": a supposition, the marriage stays religious (panel 77, g2: "Ik heb het
    aangepast. • Je vrouw: 33 jaar, officieel getrouwd")."""
    chat = _hassan()
    chat.say("[33](age:sponsor). ik ben [40](age)")
    chat.say("bij de [imam](marriage_type:religious_or_customary) getrouwd in 2019. niet bij de "
             "staat geregistreerd")  # fmt: skip
    chat.say("ja", intent="affirm")
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "stel dat ze het huwelijk nu toch [officieel](marriage_type:official) registreren in "
        "[irak](country:Irak). is 1800 euro dan genoeg inkomen? hoeveel moet ik verdienen?",
        intent="ask_means_of_subsistence",
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", reply
    assert "aangepast" not in reply, reply


def _ahmed_answered() -> Chat:
    """A refugee who writes English, his wife answered (panel 77, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "i am [erkend vluchteling](sponsor_status:refugee) since [3 march 2026]"
        "(recognition_date:2026-03-03), i am [29](age:sponsor). [my wife](relationship:spouse) is "
        "[25](age), [official](marriage_type:official) marriage before i left sudan"
    )
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    return chat


def _ahmed() -> Chat:
    """His mother in Cairo too (panel 77, g3)."""
    chat = _ahmed_answered()
    chat.say("also [my mother](relationship:parent) Fatima, [58](age), she is widow and lives "
             "also in cairo")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    return chat


def test_does_it_help_for_my_mother_that_i_am_refugee__she_stays():
    """ "does it help for my mother that i am refugee and that my father died?": the status is
    the writer's, the mother stays one who comes (panel 77, g3: "Ik heb je moeder weggelaten:
    wie al in België is")."""
    chat = _ahmed()
    assert chat.person("parent"), chat.transcript()
    reply = chat.say(
        "does it help for [my mother](relationship:parent) that i am [refugee]"
        "(sponsor_status:refugee) and that my father died? she lived with us in khartoum before "
        "the war",
        intent="check_eligibility",
    )
    assert "weggelaten" not in reply and chat.person("parent"), chat.transcript()


def test_mijn_moeder_is_in_cairo_niet_in_belgie__put_back():
    """The other side: a mother taken for the one in Belgium is put back by "mijn moeder is in
    cairo, niet in belgie" (panel 77, g3: three corrections ignored)."""
    chat = _ahmed()
    chat.say("[mijn moeder](relationship:parent) is ook in belgie")
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()
    chat.say("sorry, [mijn moeder](relationship:parent) is in cairo, niet in belgie")
    assert "parent" in [p["relationship"] for p in chat.people], chat.transcript()


def _wei() -> Chat:
    """A PhD student with an A card; his wife in Shanghai (panel 77, g5)."""
    chat = Chat(today=TODAY)
    chat.say("hi, ik ben doctoraatsstudent in leuven. kan [mijn vrouw](relationship:spouse) naar "
             "belgie komen?", intent="check_eligibility")  # fmt: skip
    chat.say(
        "ik heb een [A-kaart](sponsor_status:third_country_national), [tijdelijk verblijf]"
        "(sponsor_status:third_country_national) als student. ik ben chinees. nog [2](age) jaar "
        "geldig"
    )
    return chat


def test_nog_2_jaar_geldig__no_age():
    """ "A-kaart ... nog 2 jaar geldig" is the card's time, no one's age (panel 77, g5: "Over
    wie gaat 2 jaar?", twice)."""
    chat = _wei()
    assert "Over wie gaat" not in chat.transcript(), chat.transcript()


def test_student_the_rules_of_his_stay_first_then_a_humanitarian_visa():
    """No seed says what a temporary stay gives; seed 001 "Familieleden die niet binnen een van
    deze categorieën vallen ... (humanitair visum)": the next step is to have the rules of his
    stay checked, the humanitarian visa only without a right (panel 77, g5: "humanitair
    visum?? ze is gewoon mijn vrouw")."""
    chat = _wei()
    chat.say("ja klopt. [mijn vrouw](relationship:spouse) Mei is [30](age), we zijn "
             "[officieel](marriage_type:official) getrouwd in 2020 in shanghai")  # fmt: skip
    reply = chat.answer_plainly({})
    reply = chat.say("ja", intent="affirm") if not chat.state.get("answered") else reply
    assert "laat eerst" in reply and "Is er geen recht op gezinshereniging?" in reply, reply
    assert "Volgende stap: maak een sterk dossier" not in reply, reply


def test_mijn_vrouw_heeft_werk_en_eigen_geld__she_stays():
    """ "mijn vrouw heeft werk en eigen geld. is dat slecht voor de aanvraag?": her own income,
    the wife abroad stays one who comes (panel 77, g5: "Ik heb je vrouw weggelaten")."""
    chat = _wei()
    chat.say("ja klopt. [mijn vrouw](relationship:spouse) Mei is [30](age), we zijn "
             "[officieel](marriage_type:official) getrouwd in 2020 in shanghai")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    reply = chat.say("[mijn vrouw](relationship:spouse) heeft werk en eigen geld. is dat slecht "
                     "voor de aanvraag?", intent="check_eligibility")  # fmt: skip
    assert "weggelaten" not in reply and chat.person("spouse")["age"] == 30, chat.transcript()


def test_mijn_vrouw_verdient_1300_is_dat_genoeg__the_partner_here():
    """The other side: with no wife who comes, "mijn vrouw verdient 1300 euro, is dat genoeg?"
    is the partner in Belgium, no applicant (panel 13, z2)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) en wil [mijn moeder]"
             "(relationship:parent) laten komen")  # fmt: skip
    chat.say("[mijn vrouw](relationship:spouse) verdient 1300 euro, is dat genoeg?",
             intent="ask_means_of_subsistence")  # fmt: skip
    assert "spouse" not in [p["relationship"] for p in chat.people], chat.transcript()


def _tesfaye() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("hallo, ik ben maatschappelijk werker bij het OCMW. ik heb een vraag voor een "
             "cliënt van mij over gezinshereniging")  # fmt: skip
    chat.say(
        "[zijn vrouw](relationship:spouse). hij heet Tesfaye, [31 jaar](age), uit "
        "[Eritrea](country:Eritrea). hij is [erkend vluchteling](sponsor_status:refugee) sinds "
        "[20 november 2025](recognition_date:2025-11-20)"
    )
    return chat


def test_zijn_vrouw_hij_heet_tesfaye_31_jaar__the_clients_age():
    """ "zijn vrouw. hij heet Tesfaye, 31 jaar, ... hij is erkend vluchteling": 31 is the
    client's (panel 77, h1: "Over wie gaat 31 jaar?", then a second wife of 31)."""
    chat = _tesfaye()
    assert chat.sponsor.get("age") == 31, chat.transcript()
    assert chat.person("spouse")["age"] is None, chat.transcript()


def test_tesfaye_zelf_is_31_dat_is_mijn_client__one_wife_of_22():
    """ "tesfaye zelf is 31, dat is mijn cliënt. zijn vrouw Senait is 22": one wife, of 22
    (panel 77, h1: "De vrouw van 31 jaar" beside "De vrouw van 22 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("hallo, ik ben maatschappelijk werker bij het OCMW. ik heb een vraag voor een "
             "cliënt van mij over gezinshereniging")  # fmt: skip
    chat.say("[zijn vrouw](relationship:spouse). hij is [erkend vluchteling]"
             "(sponsor_status:refugee) sinds [20 november 2025](recognition_date:2025-11-20)")  # fmt: skip
    chat.say("tesfaye zelf is [31](age), dat is mijn cliënt. [zijn vrouw](relationship:spouse) "
             "Senait is [22](age)")  # fmt: skip
    found = [(p["relationship"], p["age"]) for p in chat.people]
    assert found == [("spouse", 22)] and chat.sponsor.get("age") == 31, chat.transcript()


def _lucas() -> Chat:
    """A Spaniard in Brussels; his mother-in-law and his wife's son of 15 (panel 77, h2)."""
    chat = Chat(today=TODAY)
    chat.say("hoi, ik ben spaans en woon en werk in brussel. kan [mijn schoonmoeder]"
             "(relationship:other_relative) naar hier komen?", intent="check_eligibility")  # fmt: skip
    chat.say("[EU-burger](sponsor_status:eu_citizen)")
    chat.say("ja. en ook de [zoon van mijn vrouw](relationship:stepchild), Mateo, hij is [15](age)")
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    return chat


def test_mijn_vrouw_heeft_de_voogdij_alleen__no_adoption_route_for_the_mother_in_law():
    """Seed 000's foreign guardianship is for a child, not a mother-in-law of no age told
    (panel 77, h2: "Dan heeft je schoonmoeder recht op gezinshereniging als kind", cited to
    art. 10, §1, 4°)."""
    chat = _lucas()
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "de [papa](relationship:parent) van mateo is al jaren weg, geen contact. [mijn vrouw]"
        "(relationship:spouse) valeria heeft de voogdij alleen. ze is argentijnse en woont al "
        "bij mij hier in brussel"
    )
    assert "schoonmoeder in aanmerking voor gezinshereniging als kind" not in reply, reply


def test_ze_is_zijn_mama_ik_ben_de_eu_burger__no_mother_added():
    """ "wie moet de aanvraag voor mateo doen, ik of valeria? ze is zijn mama": says who Valeria
    is (panel 77, h2: "Is je mama financieel afhankelijk van jou?", "Je mama: wil naar België
    komen")."""
    chat = _lucas()
    reply = chat.say(
        "wie moet de aanvraag voor mateo doen, ik of valeria? ze is zijn [mama]"
        "(relationship:parent), ik ben de [eu burger](sponsor_status:eu_citizen)",
        intent="check_eligibility",
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()
    assert "je mama" not in reply.lower(), reply


def test_wat_zijn_de_voorwaarden_voor_haar__the_conditions():
    """ "ok. en rosa, mijn schoonmoeder, ze is 60, ... wat zijn de voorwaarden voor haar?": the
    facts noted and the conditions answered (panel 77, h2: "Genoteerd. Dat verandert niets")."""
    reply = _lucas().say(
        "ok. en rosa, [mijn schoonmoeder](relationship:other_relative), ze is [60](age), woont "
        "alleen in buenos aires sinds haar man dood is. wij sturen elke maand geld. wat zijn de "
        "voorwaarden voor haar?",
        intent="check_eligibility",
    )
    assert "Voorwaarden voor je schoonmoeder" in reply, reply


def _yves() -> Chat:
    """A refugee of 2019; his wife, a son of 20 and a daughter of 16 in Kampala (panel 77,
    h3)."""
    chat = Chat(today=TODAY)
    chat.say("bonjour. ik ben [vluchteling](sponsor_status:refugee) uit [congo](country:Congo), "
             "[mijn vrouw](relationship:spouse) en [kinderen](relationship:child) zitten in "
             "kampala. kunnen ze komen?", intent="check_eligibility")  # fmt: skip
    chat.say("clarisse is [42](age). [mijn zoon](relationship:child) junior is [20](age) en "
             "[mijn dochter](relationship:child) grace [16](age)")  # fmt: skip
    return chat


def test_junior_is_gehandicapt_mijn_vrouw_zorgt_voor_hem__his_handicap():
    """ "junior is gehandicapt, mentaal, heel zwaar. hij kan niks alleen, mijn vrouw zorgt voor
    hem": the son's handicap, not the wife's (panel 77, h3: "Je vrouw: 42 jaar, officieel
    getrouwd, met een handicap")."""
    chat = _yves()
    chat.say("junior is [gehandicapt](disability:disabled), mentaal, heel zwaar. hij kan niks "
             "alleen, [mijn vrouw](relationship:spouse) zorgt voor hem")  # fmt: skip
    assert chat.person("child")["facts"].get("disabled") is True, chat.transcript()
    wife = chat.person("spouse")["facts"]
    assert not wife.get("disabled") and not wife.get("medical_needs"), chat.transcript()


def test_de_kinderen_zijn_ook_van_voor_mijn_vlucht__both_bonds():
    """ "getrouwd in 2005, ik ben pas in 2017 gevlucht. de kinderen zijn ook van voor mijn
    vlucht": every child's bond before the arrival (panel 77, h3: asked per child)."""
    chat = _yves()
    chat.say("ja natuurlijk, getrouwd in 2005, ik ben pas in 2017 gevlucht. de "
             "[kinderen](relationship:child) zijn ook van voor mijn vlucht")  # fmt: skip
    bonds = [p["facts"].get("relationship_predates_arrival") for p in chat.people]
    assert bonds == [True, True, True], chat.transcript()


def _married_after_arrival() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20), ik ben [31](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [22](age), [officieel](marriage_type:official) getrouwd in "
        "2024, na mijn aankomst"
    )
    chat.answer_plainly({})
    return chat


def test_akte_niet_gelegaliseerd_na_de_aankomst__op_voorwaarde_dat_deze_band_al_bestond():
    """Seed 002: "moet de Dienst Vreemdelingenzaken rekening houden met andere geldige bewijzen
    ... op voorwaarde dat deze band al vóór de binnenkomst van de gezinshereniger in België
    bestond" (panel 77, g2 and h1: the other valid proofs said to a marriage after the
    arrival)."""
    chat = _married_after_arrival()
    assert chat.person("spouse")["facts"]["relationship_predates_arrival"] is False
    reply = chat.say(
        "de huwelijksakte is niet gelegaliseerd, de overheid in eritrea werkt niet. wat nu?",
        intent="ask_legalisation",
    )
    assert "alleen bekijken voor een band die al bestond" in reply, reply
    assert "Dan kunnen andere geldige bewijzen" not in reply, reply


def test_akte_niet_gelegaliseerd_voor_de_aankomst__andere_geldige_bewijzen():
    """The other side: a marriage before the arrival hears seed 000's other valid proofs."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20), ik ben [31](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [22](age), [officieel](marriage_type:official) getrouwd in "
        "2020, voor ik vluchtte"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "de huwelijksakte is niet gelegaliseerd, de overheid in eritrea werkt niet. wat nu?",
        intent="ask_legalisation",
    )
    assert "Dan kunnen andere geldige bewijzen" in reply, reply


def test_hoelang_duurt_het_en_wat_als_fanta_geweigerd__both_routes():
    """ "hoelang duurt het ongeveer voor er een beslissing is? en wat als het visum van fanta
    geweigerd wordt maar de mama wel mag komen?": the time of both routes, seed 001's "kan tot
    een jaar of meer oplopen" for the sister's humanitarian visa (panel 77, g1: the mother's
    only, as the second sentence named her)."""
    chat = _amina_answered()
    reply = chat.say(
        "hoelang duurt het ongeveer voor er een beslissing is? en wat als het visum van fanta "
        "geweigerd wordt maar de [mama](relationship:parent) wel mag komen?",
        intent="ask_processing_time",
    )
    assert "een jaar of langer" in reply, reply


def test_en_de_leeftijd_ze_is_22__the_couples_age_rule():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België." (panel 77, h1: "en de
    leeftijd? ze is 22" got "geen antwoord")."""
    reply = _married_after_arrival().say("en de leeftijd? ze is [22](age)")
    assert "minstens 21 jaar" in reply and "geen antwoord" not in reply, reply


def test_is_het_een_probleem_dat_we_niet_getrouwd_zijn__no_right_without_marriage():
    """Seed 001: "Uw feitelijke partner zal zich slechts in bepaalde bijzondere omstandigheden
    met u kunnen herenigen in België via ... (humanitair visum) of via een visum met het oog
    op een huwelijk of een wettelijke samenwoning" (panel 77, h4: "Ik heb het aangepast")."""
    reply = _dawit().say(
        "is het echt een probleem dat we niet getrouwd zijn? we zijn al 10 jaar samen"
    )
    assert "geen recht op gezinshereniging" in reply and "aangepast" not in reply, reply


def test_waarom_heeft_mijn_zoon_wel_recht_en_hiwot_niet__why_the_partner_has_none():
    """ "waarom heeft mijn zoon wel recht en hiwot niet?": why the partner has no right, not
    the son's right nor the processing time (panel 77, h4)."""
    reply = _dawit().say(
        "dat is geen antwoord. waarom heeft [mijn zoon](relationship:child) wel recht en hiwot "
        "niet?",
        intent="ask_processing_time",
    )
    assert "niet getrouwd" in reply and "behandeling" not in reply, reply


def test_what_if_we_apply_after_3_march__the_right_stays_with_the_conditions():
    """Seed 002: "Indien de aanvraag laattijdig wordt ingediend zijn de gunstigere voorwaarden
    ... niet meer van toepassing", "moet uitleg verschaffen over de redenen" (panel 77, g3:
    "Op die vraag vind ik geen antwoord")."""
    reply = _ahmed_answered().say("no i ask: what if we apply AFTER 3 march 2027?")
    assert "Dan blijft het recht" in reply and "Leg dan uit waarom" in reply, reply
