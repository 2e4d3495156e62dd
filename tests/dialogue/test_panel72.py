"""Findings of panel round 72 (stop 38), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _amina(father_told: bool = True) -> Chat:
    """A social worker's client of 16, alone in Belgium; her mother and sister come, her
    father stays in Guinea (panel 72, g2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goedemiddag, ik ben maatschappelijk werker bij een CAW en ik begeleid een jonge cliënte "
        "die als niet-begeleide minderjarige naar België kwam. Ik heb een paar vragen over "
        "gezinshereniging voor [haar moeder](relationship:parent) en [zusje](relationship:sibling)."
    )
    chat.say(
        "Ze is [erkend vluchteling](sponsor_status:refugee) sinds [10 september 2026]"
        "(recognition_date:2026-09-10). Ze is 16, geboren op 3 februari 2010, afkomstig uit "
        "[Guinee](country:Guinee)."
    )
    father = (
        " [De vader](relationship:parent) blijft in [Guinee](country:Guinee), hij is ziek en "
        "zorgt voor zijn eigen [moeder](relationship:parent), hij komt dus niet mee."
    )
    chat.say(
        "Fanta is [8](age). [De moeder](relationship:parent) Mariama is [40](age)."
        + (father if father_told else "")
    )
    chat.answer_plainly({})
    return chat


def test_de_vader_blijft_in_guinee_hij_komt_dus_niet_mee__no_father():
    """Seed 001 "Uw ouders als u een niet-begeleide minderjarige vreemdeling (NBMV) bent": the
    father who stays is no applicant, and his illness is not the mother's (panel 72, g2: "De
    vader van je cliënt: wil naar België komen", kept after four corrections)."""
    chat = _amina()
    assert [p["relationship"] for p in chat.people] == ["parent", "sibling"], chat.transcript()
    assert chat.person("parent")["word"] == "moeder"
    assert not chat.person("parent")["facts"].get("medical_needs"), chat.transcript()
    assert "vader" not in chat.log[-1], chat.transcript()


def test_de_vader_komt_niet_mee__taken_out_and_not_back_by_de_ouders():
    """The father stored, then "de vader komt NIET mee": taken out; "toestemming van de vader
    ... De ouders zijn niet gescheiden" adds no parent again (panel 72, g2)."""
    chat = _amina(father_told=False)
    chat.say("[De vader](relationship:parent) wil ook komen")
    assert len([p for p in chat.people if p["relationship"] == "parent"]) == 2, chat.transcript()
    chat.say("nee sorry, [de vader](relationship:parent) komt niet mee, hij blijft in Guinee")
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["moeder"]
    chat.answer_plainly({})
    chat.say(
        "Laatste vraag: heeft [de moeder](relationship:parent) een toestemming van [de vader]"
        "(relationship:parent) nodig om Fanta mee te nemen naar België? [De ouders]"
        "(relationship:parent) zijn niet gescheiden.",
        intent="check_eligibility",
    )
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["moeder"], (
        chat.transcript()
    )


def test_toestemming_van_de_vader_voor_het_zusje__what_the_seeds_do_not_say():
    """Seeds 001, 003 and 004 set custody and the other parent's consent for a child who joins
    its parent; none says it of a sibling's humanitarian visa (panel 72, g2: "geen antwoord")."""
    reply = _amina().say(
        "heeft [de moeder](relationship:parent) een toestemming van [de vader](relationship:parent)"
        " nodig om Fanta mee te nemen naar België?",
        intent="check_eligibility",
    )
    assert "geen regel over toestemming" in reply and "humanitair visum van het zusje" in reply
    assert "geen antwoord" not in reply


def test_kan_de_moeder_alleen_komen_zonder_de_vader__her_right_and_the_sisters_chance():
    """Seed 000: "Wanneer je ouder(s) gezinshereniging aanvragen ... heb je veel kans op
    slagen": without the father, the mother's right and the sister beside her (panel 72, g2:
    "Als de ouders niet meekomt ... kans zeer klein")."""
    reply = _amina().say(
        "Maar nogmaals: [de vader](relationship:parent) komt niet mee. Kan [de moeder]"
        "(relationship:parent) dan wel alleen komen, zonder [de vader](relationship:parent)? En "
        "kan Fanta dan nog steeds mee?",
        intent="check_eligibility",
    )
    assert "Als de vader van je cliënt niet meekomt" in reply, reply
    assert "De moeder van je cliënt: recht op gezinshereniging" in reply
    assert "kans groot" in reply and "zeer klein" not in reply


def test_stel_dat_de_ouders_niet_meekomen__still_the_lower_chance():
    """The other side: with no parent coming, seed 000's "veel lager"."""
    reply = _amina().say(
        "En stel dat [de ouders](relationship:parent) niet meekomen, kan het zusje dan alleen?",
        intent="check_eligibility",
    )
    assert "niet meekomt" in reply and "zeer klein" in reply, reply


def test_welke_documenten_moeten_de_moeder_en_fanta__both_lists():
    """First names are not kept: "de moeder en Fanta" gets both relatives' documents (panel
    72, g2: the mother's only)."""
    reply = _amina().say(
        "Welke documenten moeten [de moeder](relationship:parent) en Fanta voorleggen?",
        intent="ask_documents",
    )
    assert "Documenten voor de moeder" in reply and "zusje" in reply, reply


def test_hoe_lang_duurt_de_behandeling_en_wat_als_zij_18_wordt__both_answered():
    """ "Hoe lang duurt de behandeling ongeveer? En wat als Amina tijdens de procedure 18
    wordt?": the age limit and how long it takes (panel 72, g2: the age limit only)."""
    reply = _amina().say(
        "Hoe lang duurt de behandeling ongeveer? En wat als Amina tijdens de procedure 18 "
        "wordt, maar de aanvraag is al ingediend?",
        intent="ask_processing_time",
    )
    assert "18 wordt" in reply and "jaar of langer" in reply, reply


def _hassan() -> Chat:
    """Subsidiary protection since 2024, a wife married before an imam (panel 72, g5)."""
    chat = Chat(today=TODAY)
    chat.say("salam, ik wil [mijn vrouw](relationship:spouse) uit irak laten komen")
    chat.say(
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[15 januari 2024](recognition_date:2024-01-15)"
    )
    chat.answer_plainly(
        {
            "applicant.age": "zainab is [33](age)",
            "applicant.marriage": "[religieus](marriage_type:religious_or_customary), bij een "
            "imam. in 2019",
        }
    )
    return chat


def test_mijn_broer_deed_het_voor_mij_volmacht__no_brother():
    """ "mijn broer deed het voor mij bij de imam (volmacht)": the proxy, no applicant (panel
    72, g5: "Je broer: wil naar België komen")."""
    chat = _hassan()
    chat.say(
        "nog iets: ik was al in belgie toen we trouwden, [mijn broer](relationship:sibling) deed "
        "het voor mij bij de [imam](marriage_type:religious_or_customary) (volmacht). is dat een "
        "probleem?",
        intent="check_eligibility",
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_we_hebben_geen_kinderen_maakt_dat_het_moeilijk__nog_onzekerder():
    """Seed 000: "De slaagkansen zijn nog onzekerder als ... er geen gemeenschappelijke
    kinderen zijn" (panel 72, g5: the DNA text)."""
    chat = _hassan()
    reply = chat.say(
        "we hebben geen [kinderen](relationship:child). maakt dat het moeilijk?",
        intent="ask_dna_test",
    )
    assert "nog onzekerder" in reply and "DNA" not in reply, reply
    assert [p["relationship"] for p in chat.people] == ["spouse"]


def test_soepele_regel_ook_voor_subsidiaire_bescherming():
    """Seed 000: "Als je de echtgeno(o)t(e) bent van een erkend vluchteling of subsidiair
    beschermde ... een soepelere procedure" (panel 72, g5: "geen antwoord")."""
    reply = _hassan().say(
        "ik ben [subsidiaire bescherming](sponsor_status:subsidiary_protection), geen "
        "vluchteling. maakt dat verschil voor die soepele regel?",
        intent="check_eligibility",
    )
    assert "subsidiaire bescherming" in reply and "geen bijdrage" in reply, reply
    assert "Hebben jullie samen kinderen" not in reply


def test_en_als_het_niet_genoeg_is_nieuw_contract__in_tweede_orde():
    """Seed 000: "wanneer je wel bestaansmiddelen kan voorleggen, maar deze niet voldoende
    stabiel, toereikend of regelmatig zijn ... in tweede orde een humanitair visum" (panel 72,
    g5: the same block three times)."""
    reply = _hassan().say(
        "en als het niet genoeg is? wat dan? en het is een nieuw contract he, pas vanaf "
        "volgende maand",
        intent="ask_means_of_subsistence",
    )
    assert "tweede orde" in reply and "stabiel" in reply, reply


def test_the_other_side_no_second_order_for_an_income_question_alone():
    reply = _hassan().say("telt mijn inkomen mee?", intent="ask_means_of_subsistence")
    assert "tweede orde" not in reply, reply


def _yves() -> Chat:
    """A refugee since 2019 (the year only), his wife and two children (panel 72, h3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "bonjour, ik ben Yves, [vluchteling](sponsor_status:refugee) uit [congo](country:Congo). "
        "ik wil [mijn vrouw](relationship:spouse) en [kinderen](relationship:child) laten komen"
    )
    return chat


YVES = {
    "applicant.age": "[42](age)",
    "applicant.marriage": "[officieel](marriage_type:official)",
    "sponsor.age": "ik ben [50](age:sponsor)",
}


def _his_children(chat: Chat) -> None:
    chat.say(
        "mijn [zoon](relationship:child) is [20](age), mijn [dochter](relationship:child) [16](age)"
    )


def test_erkend_vluchteling_sinds_2019__the_year_is_enough():
    """Seed 003 "binnen het jaar (12 maanden) na de erkenning": a status of 2019 is long past
    its 12 months whatever the day; the year is kept, no day asked, nothing made up (panel 72,
    h3: "sinds december 2021" from "meer dan 5 jaar geleden")."""
    chat = _yves()
    chat.say(
        "Clarisse heeft [42](age:sponsor) ans. we zijn getrouwd in 2000 in kinshasa. ik ben "
        "erkend vluchteling sinds 2019"
    )
    assert chat.sponsor.get("recognition_date") == "2019-12-01", chat.transcript()
    assert chat.sponsor.get("age") is None, chat.transcript()
    _his_children(chat)
    chat.answer_plainly(YVES)
    assert "sinds 2019" in chat.transcript() and "december 2021" not in chat.transcript()
    assert "welke dag" not in chat.transcript().lower(), chat.transcript()
    assert "liep de termijn voor de gunstige voorwaarden af in 2020" in chat.transcript()


def test_het_was_in_2019_meer_dan_5_jaar_geleden__the_year_not_five_years_ago():
    chat = _yves()
    _his_children(chat)
    for _ in range(8):
        if chat.question == "sponsor.recognition_date":
            break
        chat.say(YVES.get(chat.question or "", "ja"))
    assert chat.question == "sponsor.recognition_date", chat.transcript()
    chat.say("ik weet het niet precies. het was in 2019, meer dan 5 jaar geleden")
    assert chat.sponsor.get("recognition_date") == "2019-12-01", chat.transcript()


def test_a_recent_year_alone_is_not_enough():
    """The other side: "sinds 2026" leaves the month and day to ask."""
    chat = _yves()
    chat.say("ik ben erkend vluchteling sinds 2026")
    assert chat.sponsor.get("recognition_date") is None, chat.transcript()


def test_junior_is_20_hij_heeft_een_handicap_en_grace_is_16__his_handicap():
    """ "junior is 20 jaar. hij heeft een zware mentale handicap ... en grace is 16": the son of
    20 (panel 72, h3: the girl of 16 got it, then the wife)."""
    chat = _yves()
    chat.say("[Clarisse](relationship:spouse) is [42](age)")
    chat.say(
        "junior is [20](age) jaar. hij heeft een zware mentale [handicap](disability:disabled), "
        "hij is helemaal afhankelijk van zijn [mama](relationship:parent). en grace is [16](age)"
    )
    ages = {p.get("age"): p["facts"].get("disabled") for p in chat.people}
    assert ages.get(20) is True and not ages.get(16) and not ages.get(42), chat.transcript()


def test_officieel_op_de_gemeente_maar_de_akte_is_weg__other_valid_proofs():
    """Seed 000: "het huwelijk wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan
    erkennen ... 'andere geldige bewijzen'" (panel 72, h3: the humanitarian visa's text)."""
    chat = _yves()
    chat.say("[Clarisse](relationship:spouse) is [42](age)")
    for _ in range(4):
        if chat.question == "applicant.marriage":
            break
        chat.say("ja", intent="affirm")
    reply = chat.say(
        "[officieel](marriage_type:official), op de gemeente in kinshasa. maar de akte is weg, "
        "verloren in de oorlog"
    )
    assert "andere geldige bewijzen" in reply and "humanitair visum" not in reply, reply


def _lucas() -> Chat:
    """An EU citizen whose wife lives with him; her mother and son abroad (panel 72, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Hola, ik ben Lucas, Spaans, ik werk in Brussel. Vraag over family van [mijn vrouw]"
        "(relationship:spouse)",
        intent="check_eligibility",
    )
    chat.say(
        "[EU citizen](sponsor_status:eu_citizen), spanish. [mijn vrouw](relationship:spouse) "
        "Valeria is [argentina](country:Argentinië), woont al bij mij"
    )
    return chat


def test_mijn_vrouw_woont_al_bij_mij__the_writer_is_the_eu_citizen():
    """ "EU citizen, spanish. mijn vrouw Valeria is argentina, woont al bij mij": his status,
    his wife here with him (panel 72, h5: "Je vrouw: EU-burger", the writer an applicant)."""
    chat = _lucas()
    assert chat.people == [], chat.transcript()
    assert chat.sponsor.get("status") == "eu_citizen"
    chat.say(
        "[officieel](marriage_type:official), getrouwd. pero mi pregunta: [haar mama]"
        "(relationship:parent) Rosa ([60](age)) in Buenos Aires en [haar zoon](relationship:child)"
        " Mateo [15](age), kunnen ze komen?",
        intent="check_eligibility",
    )
    kinds = sorted((p["relationship"], p.get("age")) for p in chat.people)
    assert kinds == [("other_relative", 60), ("stepchild", 15)], chat.transcript()
    assert not any(p.get("self") for p in chat.people)
    assert "religieus" not in chat.log[-1], chat.transcript()


def test_no_reply_is_only_buttons():
    """Two topics whose second answer was said by the first: no empty bubble with buttons
    (panel 72, g2)."""
    chat = _amina()
    chat.say(
        "Ok, andere vraag. Moet [de moeder](relationship:parent) een inkomen of een woning in "
        "België kunnen aantonen? Amina woont nu in een opvangcentrum. En betaalt Fanta de "
        "retributie?",
        intent="ask_costs",
    )
    assert all(r["text"].strip() for r in chat.last.replies), chat.last.replies


def _ahmad() -> Chat:
    """A boy of 17, alone in Belgium, recognised on 1 October 2026; his parents and brother
    in Iran (panel 72, h1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [17](age:sponsor), alleen gekomen uit afghanistan. [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [1 oktober 2026](recognition_date:2026-10-01). ik wil "
        "[mijn ouders](relationship:parent) en [mijn broer](relationship:sibling) Bilal ([12](age))"
        " laten komen"
    )
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    return chat


def test_20_mei_2009_geboren__the_birth_date_to_wanneer_word_je_18():
    """Seed 001 "op voorwaarde dat de NBMV jonger is dan achttien jaar": "20 mei 2009 geboren"
    answers "Wanneer word je 18?" (panel 72, h1: "Heb je nog een vraag?", asked twice)."""
    chat = _ahmad()
    assert "Wanneer word je 18" in chat.transcript(), chat.transcript()
    reply = chat.say("20 mei 2009 geboren")
    assert chat.sponsor.get("majority_date") == "2027-05-20", chat.transcript()
    assert "19 mei 2027" in reply, reply


def test_moet_bilal_iets_extra_tonen__geen_andere_humanitaire_elementen():
    """Seed 000: "Je hoeft in principe geen andere humanitaire elementen aan te tonen" (panel
    72, h1: "geen antwoord")."""
    reply = _ahmad().say(
        "en bilal moet hij iets extra tonen? hij is [12](age) en woont bij [mijn ouders]"
        "(relationship:parent)"
    )
    assert "geen andere humanitaire redenen" in reply, reply


def test_islamabad_ook_goed__any_belgian_post():
    """Seed 002: "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat ...
    aanbieden" (panel 72, h1: "geen antwoord")."""
    reply = _ahmad().say(
        "ok en islamabad ook goed? ze kunnen naar pakistan gaan", intent="check_eligibility"
    )
    assert "elke Belgische ambassade" in reply, reply


def _tesfaye() -> Chat:
    """A social worker's client, recognised on 20 November 2025, married after his arrival
    (panel 72, h4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker. Mijn cliënt is [erkend vluchteling](sponsor_status:refugee)"
        " sinds [20 november 2025](recognition_date:2025-11-20). Hij is getrouwd met Senait, "
        "[zijn vrouw](relationship:spouse) is [22](age), officieel getrouwd in maart 2024, na "
        "zijn aankomst in België."
    )
    chat.answer_plainly(
        {
            "sponsor.age": "hij is [31](age:sponsor)",
            "applicant.marriage": "[officieel](marriage_type:official)",
            "applicant.relationship_predates_arrival": "nee, na zijn aankomst",
        }
    )
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_senait_is_22_is_dat_een_probleem_ik_las_iets_over_21_jaar():
    """Seed 001: "U bent beiden ouder dan 21 jaar" (panel 72, h4: "Sorry, dat begrijp ik niet"
    twice)."""
    reply = _tesfaye().say(
        "Senait is 22, is dat een probleem? ik las iets over 21 jaar",
        intent="out_of_scope",
        confidence=0.35,
    )
    assert "21 jaar" in reply and "begrijp" not in reply, reply


def test_zijn_de_12_maanden_al_voorbij__not_for_a_marriage_after_the_arrival():
    """Seed 003: the favourable conditions hold "wanneer de afstamming ... vóór zijn aankomst
    in België werd vastgesteld" (panel 72, h4: "geen vaste termijn" twice)."""
    chat = _tesfaye()
    assert chat.person("spouse")["facts"].get("relationship_predates_arrival") is False
    reply = chat.say("zijn de 12 maanden nu al voorbij?", intent="ask_deadline")
    assert "gelden niet" in reply and "na de aankomst" in reply, reply


def test_2_kamers_is_dat_genoeg__income_and_home_both():
    """ "ik werk deeltijds, 1200 netto. en ik huur appartement 2 kamers in gent. is dat
    genoeg?": both (panel 72, g1: the income only)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 juni 2026]"
        "(recognition_date:2026-06-02). [mijn vrouw](relationship:spouse) is [29](age), "
        "getrouwd in 2015 voor mijn vertrek"
    )
    chat.answer_plainly(
        {
            "sponsor.age": "ik ben [34](age:sponsor)",
            "applicant.marriage": "[officieel](marriage_type:official)",
            "applicant.relationship_predates_arrival": "ja",
        }
    )
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "ik werk deeltijds, 1200 netto. en ik huur appartement 2 kamers in gent. is dat genoeg?",
        intent="ask_housing",
    )
    assert "geen inkomen" in reply and "geen woning" in reply, reply


def _marco() -> Chat:
    """A Belgian with a girlfriend in Brazil, not married (panel 72, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [mijn vriendin](relationship:partner) woont in "
        "[Brazilië](country:Brazilië), ze is [24](age). we zijn niet getrouwd"
    )
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_hoe_bewijzen_we_onze_relatie__the_contacts_and_two_years_too():
    """Seed 001: "ofwel dat u elkaar al minstens 2 jaar kent en dat u twee bewijzen levert:
    dat u regelmatig met elkaar contacten onderhield via telefoon, briefwisseling of
    elektronische berichten" (panel 72, g3: the meetings only)."""
    reply = _marco().say(
        "hoe bewijzen we dat onze relatie echt is? we zijn 3 jaar samen, hebben elkaar 4 keer "
        "gezien, telkens 2 weken, in lissabon. we chatten elke dag"
    )
    assert "4 keer" in reply and "regelmatig contact" in reply, reply


def test_wettelijk_samenwonen_registreren_in_brazilie_of_bij_de_gemeente():
    """Seed 001: "een officieel bewijs van verklaring van wettelijke samenwoning bij het
    gemeentebestuur in België of bij de bevoegde buitenlandse instantie" (panel 72, g3: "niet
    bij de gemeente")."""
    reply = _marco().say(
        "als we wettelijk samenwonen willen registreren, kan dat in [brazilie](country:Brazilië)"
        " of moet dat in belgie bij de gemeente?",
        intent="check_eligibility",
    )
    assert "gemeentebestuur in België" in reply and "niet bij de gemeente" not in reply, reply


def test_samenvatting_of_an_unmarried_partner_keeps_the_visa_to_marry():
    """Seed 001: "Uw feitelijke partner zal zich slechts ... kunnen herenigen ... via ...
    (humanitair visum) of via een visum met het oog op een huwelijk of een wettelijke
    samenwoning" (panel 72, g3: the summary dropped the second way)."""
    reply = _marco().say("/ask_summary", intent="ask_summary")
    assert "humanitair visum" in reply and "trouwen of wettelijk samen te wonen" in reply, reply


def test_we_married_in_2015__no_recognition_year():
    """The other side of the year alone: a year told of the marriage is no status date."""
    chat = _yves()
    for _ in range(8):
        if chat.question == "sponsor.recognition_date":
            break
        chat.say(YVES.get(chat.question or "", "ja"))
    chat.say("we married in 2015 in kinshasa")
    assert chat.sponsor.get("recognition_date") is None, chat.transcript()


def test_written_in_english__told_once_that_the_answers_are_in_dutch():
    """ "sorry I dont speak dutch well. my wife is in Syria ...": the answers stay in simple
    Dutch, and the writer hears so once, with what helps (panel 72, English messages)."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "sorry I dont speak dutch well. [my wife](relationship:spouse) is in [Syria]"
        "(country:Syrië), I am [refugee](sponsor_status:refugee) since [march 2026]"
        "(recognition_date:2026-03-01|approximate), can she come?"
    )
    assert "I answer in simple Dutch" in reply, reply
    again = chat.say("and how much does it cost for my wife?", intent="ask_costs")
    assert "I answer in simple Dutch" not in again, again


def test_a_dutch_message_with_an_english_word_gets_no_language_note():
    chat = Chat(today=TODAY)
    reply = chat.say("[mijn vrouw](relationship:spouse) wil komen, sorry voor mijn dutch")
    assert "I answer" not in reply, reply


def test_hello_i_want_bring_my_wife__a_short_english_message_is_english():
    """ "hello, I want bring my wife to belgium. I am refugee since 3 march 2026": English with
    a date and a country (panel 74: the note was missing)."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "hello, I want bring [my wife](relationship:spouse) to belgium. I am [refugee]"
        "(sponsor_status:refugee) since [3 march 2026](recognition_date:2026-03-03)"
    )
    assert "I answer in simple Dutch" in reply, reply
