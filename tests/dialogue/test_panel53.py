"""Findings of panel rounds 52 and 53 (stop 34), each named by the user's words or the seed
sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _rashas_mother() -> Chat:
    """A daughter with a residence card and her mother of 75, alone and ill in Syria (panel
    52, g5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik woon in belgie met een [verblijfskaart](sponsor_status:third_country_national), ik"
        " werk. mijn [mama](relationship:parent) is [75](age) en woont alleen in syrie, ze is ziek"
    )
    return chat


def test_mama_heeft_suikerziekte_helpt_dat__noted_while_a_question_is_open():
    """Seed 000: "medische problemen ... kunnen een belangrijke rol spelen": the illness told
    while the bot asks something else is noted and said to come back in the answer, not met
    with "Sorry, dat begreep ik niet goed" (panel 52, g5)."""
    chat = _rashas_mother()
    chat.say("[52](age)")
    reply = chat.say("mama heeft suikerziekte en hartproblemen, helpt dat?")
    assert "Of het helpt, zeg ik na deze vragen" in reply, chat.transcript()
    assert "Sorry" not in reply, reply


def test_ik_ben_syrier_met_onbeperkt_verblijf__a_fact_told_again_is_no_misunderstanding():
    """The status told twice is known, not misunderstood: "Dat had ik al genoteerd", then the
    open question again."""
    chat = _rashas_mother()
    reply = chat.say(
        "ik ben syrier met [onbeperkt verblijf](sponsor_status:third_country_national)"
    )
    assert "Dat had ik al genoteerd" in reply, chat.transcript()
    assert "Sorry" not in reply, reply
    assert "Hoe oud ben jij?" in reply, reply


def _jean_pierres_family() -> Chat:
    """An asylum seeker whose wife and baby are in Kinshasa (panel 53, h1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker) in belgie in maart, procedure is"
        " nog bezig. mijn [vrouw](relationship:spouse) en mijn [baby](relationship:child) zijn"
        " nog in Kinshasa. kunnen zij nu komen?",
        intent="check_eligibility",
    )
    chat.say("Ja, dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_wat_kan_ik_nu_al_doen__an_asylum_seeker_hears_his_next_steps():
    """Seed 000: "Een humanitair visum kan je familie wel nu al vragen"; seed 003: "binnen 12
    maanden na de erkenning": what he can do now, not "Sorry, dat begrijp ik niet" (panel 53,
    h1)."""
    chat = _jean_pierres_family()
    reply = chat.say("wat kan ik nu al doen? ik wil niet wachten", intent="out_of_scope")
    assert "maak een sterk dossier" in reply, chat.transcript()
    assert "12 maanden na de erkenning" in reply, reply
    reply = chat.say(
        "welke stappen kan ik nu zetten voor mijn [vrouw](relationship:spouse) en"
        " [dochter](relationship:child)?",
        intent="check_eligibility",
    )
    assert "maak een sterk dossier" in reply, chat.transcript()
    assert "Op die vraag vind ik geen antwoord" not in reply, reply


def _amanuels_family() -> Chat:
    """A refugee recognised on 14 July 2026, married in church in Eritrea, with children of 6
    and 3 in Kampala (panel 53, g1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) in belgie. mijn [vrouw](relationship:spouse)"
        " en [kinderen](relationship:child) zijn in kampala kunnen zij komen",
        intent="check_eligibility",
    )
    chat.say("[29](age) jaar. kinderen yonas [6](age) en saba [3](age)")
    chat.say(
        "wij zijn getrouwd in de [kerk](marriage_type:religious_or_customary) in eritrea 2018."
    )
    chat.say("[14 juli 2026](recognition_date:2026-07-14) van cgvs")
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_is_kerk_huwelijk_ok__whether_it_counts_where_it_was_concluded():
    """Seed 000: religious marriages count when the law of the country of the marriage makes
    them official: "is kerk huwelijk ok?" gets that answer, not the documents list (panel 53,
    g1)."""
    chat = _amanuels_family()
    reply = chat.say(
        "is [kerk huwelijk](marriage_type:religious_or_customary) ok? wij hebben geen papier"
        " van gemeente, in eritrea is kerk papier normaal",
        intent="ask_documents",
    )
    assert "volgens de wet van het land waar jullie trouwden" in reply, chat.transcript()
    assert "Documenten voor je vrouw" not in reply, reply


def test_wat_is_minimum_nodig__the_four_documents_that_get_a_request_accepted():
    """Seed 002: the request is accepted with the form, the payment proof, a travel document
    and the proof of status: "wat is minimum nodig om aanvraag te doen" (panel 53, g1: the
    deadline alone)."""
    chat = _amanuels_family()
    reply = chat.say("wat is minimum nodig om aanvraag te doen dan", intent="ask_deadline")
    assert "De aanvraag wordt aanvaard met 4 documenten" in reply, chat.transcript()


def _mariamas_grandson() -> Chat:
    """A refugee grandmother whose grandson of 10 lives in Conakry; his parents died and a
    court there made her his guardian (panel 53, h2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [1 mei 2026](recognition_date:2026-05-01). Mijn [kleinzoon](relationship:grandchild)"
        " Ibrahima is [10](age) jaar, hij woont in Conakry bij een buurvrouw. Kan hij bij mij"
        " komen?",
        intent="check_eligibility",
    )
    chat.say("Ja, dat klopt", intent="affirm")
    return chat


def test_de_rechtbank_heeft_mij_voogd_gemaakt__the_grandson_is_a_child_under_guardianship():
    """Seed 000: "kinderen onder buitenlandse voogdij ... enkel in aanmerking voor
    gezinshereniging indien de buitenlandse voogdij bekrachtigd wordt door een Belgische
    rechtbank": the grandmother's guardianship makes the grandson such a child; "mijn kind"
    in "is hij dan niet zoals mijn kind?" and her dead daughter add nobody (panel 53, h2)."""
    chat = _mariamas_grandson()
    reply = chat.say(
        "Zijn [ouders](relationship:parent) zijn dood. Mijn [dochter](relationship:child) en"
        " haar [man](relationship:spouse), allebei gestorven in 2023. De rechtbank in Conakry"
        " heeft mij voogd gemaakt in 2024. Ik heb dat vonnis. Is hij dan niet zoals mijn"
        " [kind](relationship:child)?"
    )
    assert "Hoe oud is je kind" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.state["people"]] == ["foster_child"]
    assert "Is de adoptie of voogdij erkend in België" in reply, reply


def test_overlijdensakten_van_mijn_dochter_en_schoonzoon__papers_of_the_dead_add_nobody():
    """Seed 000: "Indien van toepassing voeg je ook de buitenlandse akte of rechterlijke
    beslissing van de voogdij ... toe": the papers she has are named; the dead son-in-law is
    no applicant (panel 53, h2: "Dan heeft je schoonzoon recht op gezinshereniging")."""
    chat = _mariamas_grandson()
    chat.say("De rechtbank in Conakry heeft mij voogd gemaakt in 2024.")
    chat.say("Nee", intent="deny")
    chat.say("Ja, dat klopt", intent="affirm")
    reply = chat.say(
        "Welke papieren moet ik hebben? Ik heb het vonnis van de voogdij en de"
        " overlijdensakten van mijn [dochter](relationship:child) en"
        " [schoonzoon](relationship:other_relative).",
        intent="ask_documents",
    )
    assert "schoonzoon" not in reply, chat.transcript()
    assert "buitenlandse akte of beslissing over de voogdij" in reply, reply
    assert "overlijdensakten" in reply, reply
    assert len(chat.state["people"]) == 1


def test_als_de_rechtbank_de_voogdij_bekrachtigt__the_childs_deadline_and_no_fee():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning"; seed 002: no fee for the
    minor children of a refugee: what holds once a Belgian court ratifies the guardianship
    (panel 53, h2: "Voor deze situatie ken ik geen vaste termijn" and a fee to pay)."""
    chat = _mariamas_grandson()
    chat.say("De rechtbank in Conakry heeft mij voogd gemaakt in 2024.")
    chat.say("Nee", intent="deny")
    chat.say("Ja, dat klopt", intent="affirm")
    reply = chat.say(
        "En als de Belgische rechtbank de voogdij bekrachtigt, is er dan wel een termijn? En"
        " moet ik dan betalen?",
        intent="ask_costs",
    )
    assert "uiterlijk op 1 mei 2027" in reply, chat.transcript()
    assert "geen bijdrage" in reply, reply
    assert "geen vaste termijn" not in reply, reply
    assert chat.last.calendar is None  # no calendar file for a day that holds only if ratified


def _tesfays_family() -> Chat:
    """A refugee recognised on 20 November 2025 with his wife and 3 children in Addis Ababa
    (panel 53, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [vluchteling erkend](sponsor_status:refugee) op"
        " [20 november 2025](recognition_date:2025-11-20). Mijn [vrouw](relationship:spouse) en"
        " 3 [kinderen](relationship:child) zijn in Addis Abeba. Is het te laat voor hen?",
        intent="check_eligibility",
    )
    chat.say("[38](age)")
    chat.say("Officieel huwelijk", intent="inform")
    chat.say("[41](age)")
    return chat


def test_kinderen_zijn_dawit_17_ruth_13_en_lidia_8__the_three_told_before():
    """ "Mijn vrouw en 3 kinderen", then "kinderen zijn Dawit 17, Ruth 13 en Lidia 8": the
    ages of the three children told, no fourth child (panel 53, h5: "Je derde kind van 8 jaar"
    beside "Je dochter van 8 jaar")."""
    chat = _tesfays_family()
    chat.say(
        "ja al lang getrouwd. [kinderen](relationship:child) zijn Dawit [17](age), Ruth [13](age)"
        " en Lidia [8](age)"
    )
    ages = sorted(p["age"] for p in chat.state["people"] if p["relationship"] == "child")
    assert ages == [8, 13, 17], chat.transcript()


def test_mijn_andere_dochter_is_8__the_third_of_three_children():
    """ "mijn zoon is 17, mijn dochter is 13, mijn andere dochter is 8" after "3 kinderen":
    the third child, not a fourth (panel 53, h5)."""
    chat = _tesfays_family()
    chat.say("ja al lang getrouwd", intent="affirm")
    chat.say(
        "mijn [zoon](relationship:child) is [17](age), mijn [dochter](relationship:child) is"
        " [13](age), mijn andere [dochter](relationship:child) is [8](age)"
    )
    children = [p for p in chat.state["people"] if p["relationship"] == "child"]
    assert sorted(p["age"] for p in children) == [8, 13, 17], chat.transcript()


def _murats_son(alone: bool = True) -> Chat:
    """A bus driver with a B card and his son of 14 in Ankara, custody shared with his ex
    (panel 53, h3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben turks, woon in genk met [B kaart](sponsor_status:third_country_national). mijn"
        " [zoon](relationship:child) Emre is [14](age) en woont in ankara bij mijn ex. kan hij"
        " naar hier komen?",
        intent="check_eligibility",
    )
    chat.say("nee gescheiden. we hebben [gedeeld hoederecht](custody:shared)")
    chat.say("ja", intent="affirm")
    chat.say("ja" if alone else "nee", intent="affirm" if alone else "deny")
    chat.say("Ja, dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_alleen_emre_komt__no_income_to_prove_for_a_minor_child_alone():
    """Seed 003: "Anderzijds moet de gezinshereniger niet bewijzen dat hij over
    bestaansmiddelen beschikt indien de aanvrager zijn kind ... is, en dit kind bij hem komt
    wonen alvorens 18 jaar te zijn en de enige is"; seed 002: the conditions are those of a
    third-country national's family (panel 53, h3: "Te bewijzen: genoeg ... inkomsten")."""
    chat = _murats_son()
    assert "Inkomen hoeft niet: je zoon is minderjarig en komt als enige" in chat.transcript()
    reply = chat.say("moet ik echt mijn inkomen bewijzen? alleen emre komt, verder niemand")
    assert "Je hoeft dit niet te bewijzen" in reply, chat.transcript()


def test_not_alone__the_income_is_to_prove():
    """The other side: a child who does not come alone, the income is proven (seed 003)."""
    chat = _murats_son(alone=False)
    assert "Te bewijzen: genoeg stabiele en regelmatige inkomsten" in chat.transcript()


def test_hoe_lang_moet_ik_wachten__a_belgian_hears_no_refugee_acceptance_rule():
    """Seed 002's acceptance with 4 documents ("het bewijs dat de gezinshereniger een
    vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend is") is for a
    protected person's family: not said to a Belgian (panel 53, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian). mijn [vrouw](relationship:spouse) is [38](age)"
        " en woont in tanger, ik ben [45](age). we zijn [burgerlijk](marriage_type:civil)"
        " getrouwd",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say("hoeveel kost da allemaal? en hoe lang moet ik wachten voor ze hier es?")
    assert "4 documenten" not in reply, chat.transcript()
    reply = chat.say("wat moet ik eerst doen?", intent="ask_documents")
    assert "4 documenten" not in reply, chat.transcript()


def _sarahs_boyfriend() -> Chat:
    """A Belgian woman and her boyfriend in Accra, together 3 years, not married (panel 53,
    h4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben Sarah uit Antwerpen, [Belgische](sponsor_status:belgian). Mijn"
        " [vriend](relationship:partner) Kwame woont in Accra. We zijn al 3 jaar samen maar niet"
        " getrouwd. Kan hij naar België komen?",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_3_keer_gaan_bezoeken__the_stable_relationship_rule_seed_001_gives():
    """Seed 001: "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt
    ontmoet en dat deze ontmoetingen minstens 45 dagen duurden (bv. vliegtuigtickets, enz.)":
    said as the rule for another's partner, to a Belgian who asks what they must prove (panel
    53, h4: asked three times)."""
    chat = _sarahs_boyfriend()
    reply = chat.say(
        "Wat moeten we eigenlijk bewijzen over onze relatie? Ik heb 8 maanden in Ghana gewerkt,"
        " toen woonden we samen, en daarna ben ik hem 3 keer gaan bezoeken"
    )
    assert "minstens 3 keer zagen, samen minstens 45 dagen" in reply, chat.transcript()
    assert "vliegtickets" in reply, reply


def test_we_bellen_elke_dag_via_whatsapp__no_hand_off_on_a_weak_guess():
    """A hand-off the NLU barely guessed, in a message that asks for no person, is no hand-off
    (panel 53, h4: "Een medewerker van onze organisatie helpt je graag verder")."""
    chat = _sarahs_boyfriend()
    reply = chat.say(
        "En die 3 bezoeken dan? Telkens een paar weken, en we bellen elke dag via whatsapp",
        intent="request_human",
        confidence=0.24,
    )
    assert "referentienummer" not in reply, chat.transcript()
    reply = chat.say("kan ik met iemand praten?", intent="request_human", confidence=0.3)
    assert "referentienummer" in reply or "medewerker" in reply, chat.transcript()


def test_als_het_te_laat_is_voor_hem__the_humanitarian_visa_after_18():
    """Seed 001: "Meerderjarige kinderen ... kunnen ... een machtiging tot verblijf in België om
    humanitaire redenen aanvragen (art. 9 en 13)": what is left once the son of 17 turns 18
    (panel 53, h5: only "Daarna is er geen recht op gezinshereniging als kind meer")."""
    chat = _tesfays_family()
    chat.say(
        "ja al lang getrouwd. [kinderen](relationship:child) zijn Dawit [17](age), Ruth [13](age)"
        " en Lidia [8](age)"
    )
    chat.answer_plainly({}, 10)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say(
        "Dawit wordt [18](age) op 15 februari 2027, wat als het te laat is voor hem?",
        intent="ask_deadline",
    )
    assert "14 februari 2027" in reply, chat.transcript()
    assert "Een humanitair visum kan dan nog" in reply, reply


def test_wie_moet_daar_naartoe_gaan__the_relative_who_comes_applies():
    """Seed 002: the request is a visa application at the Belgian post, made by the one who
    comes: "wie moet daar naartoe gaan, ik of emre of zijn mama?" (panel 53, h3: "Op die
    vraag vind ik geen antwoord")."""
    chat = _murats_son()
    reply = chat.say(
        "ja maar wie moet daar naartoe gaan, ik of emre of zijn [mama](relationship:parent)?"
    )
    assert "doet zelf de aanvraag" in reply, chat.transcript()
    assert len(chat.state["people"]) == 1, chat.transcript()


def test_gedeeld_hoederecht__the_custody_itself_is_proven_beside_the_consent():
    """Seed 003: "Het bewijs dat de gezinshereniger ... over een hoederecht beschikt en, indien
    de hoede gedeeld wordt, dat de andere houder van het hoederecht zijn toestemming gegeven
    heeft, voorleggen" (panel 53, h3: the consent alone in the documents)."""
    chat = _murats_son()
    reply = chat.say("Documenten", intent="ask_documents")
    assert "Een bewijs dat je het hoederecht over je zoon hebt, samen met" in reply, reply
    assert "De toestemming van de andere ouder van je zoon" in reply, reply


def test_geldt_dat_nog_als_abdi_tegelijk_een_humanitair_visum_aanvraagt__not_the_only_one():
    """Seed 003: "... en de enige is die zich bij de gezinshereniger komt voegen": a brother who
    comes with a humanitarian visa ends the daughter's income exemption (panel 53, g2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker en schrijf namens een cliënte. Zij heeft sinds"
        " [2 februari 2025](recognition_date:2025-02-02)"
        " [subsidiaire bescherming](sponsor_status:subsidiary_protection). Haar"
        " [zoon](relationship:child) ([19](age)) en [dochter](relationship:child) ([16](age))"
        " verblijven bij een tante in Addis Abeba.",
        intent="check_eligibility",
    )
    chat.answer_plainly(
        {"applicant.disabled": "nee", "applicant.minor_when_sponsor_applied_for_asylum": "nee"},
        14,
    )
    assert "humanitair visum" in chat.transcript(), chat.transcript()
    reply = chat.say(
        "Geldt de vrijstelling van inkomen nog als Abdi tegelijk een humanitair visum aanvraagt?"
        " Dan komen er twee. Kan alleen de dochter eerst komen?",
        intent="ask_means_of_subsistence",
    )
    assert "niet de enige die komt" in reply, chat.transcript()


def test_telt_het_mee_dat_mijn_vader_is_overleden__what_she_told_helps_if_proven():
    """Seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie ... kunnen
    een belangrijke rol spelen": a fact told before, asked about after the answer (panel 53,
    g5: "Op die vraag vind ik geen antwoord")."""
    chat = _rashas_mother()
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say(
        "Telt het mee dat mijn [vader](relationship:parent) pas in 2024 is overleden? Sindsdien"
        " is zij echt alleen."
    )
    assert "helpt als je het bewijst" in reply, chat.transcript()
    assert "Partner overleden" in reply, reply


def test_rijksregister_85_07_30__a_national_number_is_no_recognition_date():
    """Identifiers typed in a chat are no facts: the national number the model tagged as a date
    asks no "Ik weet niet zeker welke datum je bedoelt", and the written date is kept (the
    privacy check of stop 34)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [vrouw](relationship:spouse) is [30](age) en woont in Kabul")
    reply = chat.say(
        "mijn rijksregister [85.07.30-033.61](recognition_date:|invalid). Ik ben"
        " [erkend vluchteling](sponsor_status:refugee) sinds"
        " [3 maart 2026](recognition_date:2026-03-03)"
    )
    assert "Ik weet niet zeker welke datum" not in reply, chat.transcript()
    assert chat.sponsor.get("recognition_date") == "2026-03-03", chat.transcript()


def test_woont_in_een_kleine_sociale_woning__the_housing_condition_not_the_waiting_list():
    """Seed 003: "De gezinshereniger moet beschikken over voldoende huisvesting": a client who
    lives in a social flat hears the condition, not seed 004's waiting-list rule (panel 53,
    g2)."""
    chat = _tesfays_family()
    chat.say(
        "ja al lang getrouwd. [kinderen](relationship:child) zijn Dawit [17](age), Ruth [13](age)"
        " en Lidia [8](age)"
    )
    chat.answer_plainly({}, 10)
    reply = chat.say(
        "ik woon in een kleine sociale woning. aan welke huisvestingsvoorwaarden moet ik voldoen?",
        intent="ask_housing",
    )
    assert "wachtlijst" not in reply, chat.transcript()
    assert "groot genoeg" in reply, reply
