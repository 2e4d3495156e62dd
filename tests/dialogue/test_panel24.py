"""Findings of panel round 24 (stop 25), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _social_worker_for_a_minor() -> Chat:
    chat = Chat()
    chat.say(
        "mijn cliënt is een niet-begeleide minderjarige, [17](age) jaar, [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [20 oktober 2026](recognition_date:2026-10-20). hij wil "
        "[zijn ouders](relationship:parent) laten overkomen, en ook [zijn broertje]"
        "(relationship:sibling) van [12](age)"
    )
    return chat


def test_h3_client_wordt_trouwens_18_op_2_maart_2027__the_parents_last_day_is_1_march():
    """Panel 24, h3: the social worker wrote "Cliënt wordt trouwens 18 op 2 maart 2027"; the
    parents were told "uiterlijk op 20 oktober 2027" three times. Seed 001: "Op voorwaarde dat
    de NBMV jonger is dan achttien jaar"; seed 002: too late is "wanneer niet meer wordt
    voldaan aan de leeftijdsvoorwaarde die aan de gezinshereniger wordt gesteld"."""
    chat = _social_worker_for_a_minor()
    chat.say("Nee, volle broer, zelfde ouders. Cliënt wordt trouwens 18 op 2 maart 2027.")
    reply = chat.answer_plainly({})
    assert chat.sponsor.get("majority_date") == "2027-03-02", chat.transcript()
    assert "1 maart 2027" in reply and "20 oktober 2027" not in reply, chat.transcript()
    assert reply.count("Belangrijk") == 1, chat.transcript()


def test_h3_hij_wordt_18_op_2_maart__not_the_brother_of_12():
    """Panel 24, h3: "Wacht, 20 oktober 2027? Hij wordt 18 op 2 maart 2027" made the
    client's brother of 12 seventeen."""
    chat = _social_worker_for_a_minor()
    chat.say("Wacht, 20 oktober 2027? Hij wordt 18 op 2 maart 2027. Wat is de echte deadline?")
    assert chat.person("sibling")["age"] == 12, chat.transcript()
    assert chat.sponsor.get("majority_date") == "2027-03-02", chat.transcript()


def _father_of_four() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [subsidiair beschermd](sponsor_status:subsidiary_protection) sinds [14 januari "
        "2026](recognition_date:2026-01-14), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [41](age), [mijn zoon](relationship:child) is [19](age), [mijn "
        "dochter](relationship:child) is [15](age) en [mijn zoon](relationship:child) is [9](age)"
    )
    return chat


def test_h1_hij_is_18_geworden_in_juli_2025__the_recognition_date_stays():
    """Panel 24, h1: "toen ik asiel vroeg in maart 2024 was hij nog 17, hij is 18 geworden in
    juli 2025" replaced the recognition date (14 januari 2026) and the bot then said "De 12
    maanden na de erkenning zijn voorbij". Seed 003: "binnen 12 maanden na de erkenning"."""
    chat = _father_of_four()
    chat.say(
        "nee hij is gezond. maar toen ik asiel vroeg in maart 2024 was hij nog 17, hij is 18 "
        "geworden in [juli 2025](recognition_date:2025-07-01|approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2026-01-14", chat.transcript()
    assert chat.sponsor.get("minor_at_asylum_application") is None, chat.transcript()


def test_g2_nog_1_ding__no_age_of_1_for_the_mother():
    """Panel 24, g2: "ok merci ik bel wel. nog 1 ding: moet ik mama haar aanvraag en die van
    junior samen indienen?" made the mother of 79 one year old."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [46](age:sponsor). [mijn mama](relationship:parent)"
        " is [79](age) en ziek"
    )
    chat.say("ok merci ik bel wel. nog [1](age) ding: moet ik mama haar aanvraag samen indienen?")
    assert chat.person("parent")["age"] == 79, chat.transcript()


def test_g5_mijn_papa_en_mama_en_broertje_wonen_al_in_belgie__the_father_is_joined():
    """Panel 24, g5: the daughter in Lahore wrote "mijn papa en mama en broertje wonen al in
    belgie (gent)"; the brother of 14 was asked about as the sponsor ("Wat is de
    verblijfsstatus van je broertje?") and the mother became an applicant."""
    chat = Chat()
    chat.say(
        "ik wil zelf komen. [mijn papa](relationship:parent) en [mama](relationship:parent) en "
        "[broertje](relationship:sibling) wonen al in belgie (gent), ik zit nog in lahore"
    )
    assert chat.state["sponsor_word"] == "papa", chat.transcript()
    assert [p.get("self") for p in chat.people] == [True], chat.transcript()


def _wife_with_three_children() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben in turkije met [mijn kinderen](relationship:child). [mijn man](relationship:"
        "spouse) is in belgie, hij is [erkend vluchteling](sponsor_status:refugee). wij willen "
        "naar hem"
    )
    chat.say(
        "[mijn oudste zoon](relationship:child) is [15](age). hij is van mijn eerste [man]"
        "(relationship:spouse), die is dood in de oorlog 2011"
    )
    chat.say(
        "5 augustus 2026. en ik heb nog 2 [kinderen](relationship:child) met [mijn man]"
        "(relationship:spouse), meisje [11](age) en jongen [4](age)"
    )
    return chat


def test_h4_nog_2_kinderen_met_mijn_man__three_children_not_four():
    """Panel 24, h4: the wife abroad told "mijn kinderen", then her eldest son of 15, then "ik
    heb nog 2 kinderen met mijn man, meisje 11 en jongen 4"; the bot kept four children, asked
    "Over wie gaat 11, 4 jaar?" and later "Hoe oud is je derde dochter?"."""
    chat = _wife_with_three_children()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [4, 11, 15], chat.transcript()
    labels = [chat.last.texts.label(chat.state, p) for p in chat.people if not p.get("self")]
    assert "de dochter van je man" not in labels and "je dochter" in labels, labels


def test_h4_de_kleine_van_4_ook_van_ons_samen__the_stepson_stays_a_stepson():
    """Panel 24, h4: after "van mijn eerste man die dood is" made the son of 15 a stepchild,
    "ja, en de kleine van 4 ook van ons samen" made him the couple's child again. Seed 003:
    the child of the spouse is a child "van zijn echtgenoot", with its own custody rules."""
    chat = _wife_with_three_children()
    son = next(p for p in chat.people if p["age"] == 15)
    for _ in range(8):  # the questions before the son's common-child question
        asked = chat.state.get("question") or {}
        if asked.get("fact") == "applicant.common_child" and asked.get("person") == son["id"]:
            break
        chat.say("ja", intent="affirm")
    chat.say("nee dat zei ik, van mijn eerste man die dood is", intent="deny")
    assert _the_son_of_15(chat)["relationship"] == "stepchild", chat.transcript()
    chat.say("ja, en de [kleine](relationship:child) van [4](age) ook van ons samen")
    assert _the_son_of_15(chat)["relationship"] == "stepchild", chat.transcript()


def _the_son_of_15(chat: Chat) -> dict:
    return next(p for p in chat.people if p["age"] == 15)


def test_g4_als_alleen_ayaan_eerst_gaat__seed_003_child_alone_needs_no_income_proof():
    """Panel 24, g4: the husband abroad asked "en als alleen ayaan eerst gaat, moet hodan dan
    ook geen inkomen tonen?" and got only the general income rule. Seed 003: "moet de
    gezinshereniger niet bewijzen dat hij over bestaansmiddelen beschikt indien de aanvrager
    zijn kind ... is, en dit kind bij hem komt wonen alvorens 18 jaar te zijn en de enige is"."""
    chat = Chat()
    chat.say(
        "ik woon in nairobi, [mijn vrouw](relationship:spouse) hodan is in belgie in leuven. ik "
        "wil naar haar met [onze 2 kinderen](relationship:child)"
    )
    chat.say(
        "zij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [2 april "
        "2025](recognition_date:2025-04-02)"
    )
    chat.say(
        "[religieus](marriage_type:religious_or_customary) getrouwd. ayaan is [8](age), de kleine "
        "is [5](age). ik ben [34](age), hodan [31](age). de kinderen zijn van ons samen"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "en als alleen ayaan eerst gaat, moet hodan dan ook geen inkomen tonen?",
        intent="ask_means_of_subsistence",
    )
    assert "Komt alleen je kind, jonger dan 18, en verder niemand?" in reply, chat.transcript()


def _belgian_with_mother_and_son() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [46](age:sponsor). [mijn mama](relationship:"
        "parent) van [79](age) woont in kinshasa, weduwe en ziek. ook [mijn zoon]"
        "(relationship:child) van [20](age)"
    )
    chat.answer_plainly({})
    return chat


def test_g2_mijn_zus_wil_mee_betalen_voor_mama__the_mothers_humanitarian_file():
    """Panel 24, g2: "mijn zus woont in brussel en wil mee betalen voor mama. helpt dat?" got
    the 1.555,09 euro of the son's right (seed 004). Seed 001: "De vreemdelingenwet en in het
    bijzonder de artikelen 9 en 13 leggen geen voorwaarden vast"."""
    chat = _belgian_with_mother_and_son()
    reply = chat.say(
        "[mijn zus](relationship:sibling) woont in brussel en wil mee betalen voor [mama]"
        "(relationship:parent). helpt dat?"
    )
    assert "1.555,09" not in reply and "referentiebedrag" not in reply, chat.transcript()
    assert "Voor een humanitair visum legt de wet geen vast inkomen op" in reply, reply
    assert "art. 40ter" not in reply, reply


def test_g2_the_mothers_birth_certificate_is_not_cited_as_art_12bis():
    """Panel 24, g2: the humanitarian file of a Belgian's mother listed "Je geboorteakte ...
    (art. 12bis, §5 en §6)"; seed 002 gives art. 12bis, §§ 5 en 6 to the family of a
    protected sponsor, seed 001 the humanitarian visa to art. 9 and 13 and DVZ practice."""
    chat = _belgian_with_mother_and_son()
    reply = chat.say("welke documenten voor mama?", intent="ask_documents")
    line = next(x for x in reply.splitlines() if "geboorteakte" in x)
    assert "12bis" not in line, reply


def _sister_abroad_for_mother() -> Chat:
    chat = Chat()
    chat.say(
        "ik woon in conakry. [mijn broer](relationship:sibling) woont in brussel, hij is [belg]"
        "(sponsor_status:belgian). [mama](relationship:parent) wil naar hem"
    )
    return chat


def test_h5_nog_geen_belg_verblijfskaart_van_5_jaar__status_corrected_and_no_age_of_5():
    """Panel 24, h5: "mijn broer is nog geen belg, hij heeft nu verblijfskaart van 5 jaar"
    gave "Je broer: Belg, 5 jaar". Seed 000 tells "familieleden van andere derdelanders" from
    "familieleden van Belgen"."""
    chat = _sister_abroad_for_mother()
    chat.say(
        "oh sorry ik moet iets verbeteren. [mijn broer](relationship:sibling) is nog geen belg, "
        "hij heeft nu [verblijfskaart](sponsor_status:third_country_national) van [5](age) jaar"
    )
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()
    assert chat.sponsor.get("age") is None, chat.transcript()


def test_h5_beter_als_we_wachten_tot_mijn_broer_belg_is__no_status_change():
    """Panel 24, h5: the question "is het beter als we wachten tot mijn broer belg is?" made
    the brother Belgian again."""
    chat = _sister_abroad_for_mother()
    chat.say(
        "[mijn broer](relationship:sibling) heeft een [verblijfskaart](sponsor_status:"
        "third_country_national), geen belg"
    )
    chat.say(
        "is het beter als we wachten tot [mijn broer](relationship:sibling) [belg]"
        "(sponsor_status:belgian) is? dan heeft [mama](relationship:parent) meer kans?"
    )
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()


def test_h5_zijn_papa_is_onbekend__no_parent_added():
    """Panel 24, h5 (and panel 23, s2): "zijn papa is onbekend" about the nephew and "moet de
    papa toestemming geven? hij is verdwenen" added a father who was asked "op hoge
    leeftijd?". The other side: "mama is akkoord en wil ook komen" keeps the mother."""
    chat = _sister_abroad_for_mother()
    chat.say("en het [neefje](relationship:other_relative) van [9](age), [zijn papa]"
             "(relationship:parent) is onbekend")  # fmt: skip
    assert [p["relationship"] for p in chat.people].count("parent") == 1, chat.transcript()
    chat.say("moet de [papa](relationship:parent) toestemming geven? hij is verdwenen")
    assert [p["relationship"] for p in chat.people].count("parent") == 1, chat.transcript()
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mama](relationship:parent) "
             "is akkoord en wil ook komen")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_g1_mijn_schoonzus_woont_daar__a_host_not_an_applicant():
    """Panel 24, g1: "moeten ze naar ambassade in beirut of kan het ook in amman? mijn
    schoonzus woont daar" added the sister-in-law as an applicant with a route. The other
    side: "mijn zus woont daar, ze wil ook komen" is one."""
    chat = _father_of_four()
    chat.say(
        "ze wonen in beirut. moeten ze naar ambassade in beirut of kan het ook in amman? "
        "[mijn schoonzus](relationship:other_relative) woont daar"
    )
    assert "other_relative" not in [p["relationship"] for p in chat.people], chat.transcript()
    chat = _father_of_four()
    chat.say("kan het in amman? [mijn zus](relationship:sibling) woont daar, ze wil ook komen")
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()


def test_g4_wie_moet_de_aanvraag_doen__the_relative_at_the_embassy():
    """Panel 24, g3 and g4: "wie moet de aanvraag doen, ik hier of hodan in belgie bij de
    gemeente?" got "Op die vraag vind ik geen antwoord". Seed 002: "Wie vraagt de
    gezinshereniging aan? De echtgenoot ... Een minderjarig kind"; "de visumaanvraag ... bij
    de Belgische ambassade of het Belgisch consulaat"."""
    chat = Chat()
    chat.say(
        "ik woon in nairobi, [mijn vrouw](relationship:spouse) hodan is in belgie. zij heeft "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [2 april 2025]"
        "(recognition_date:2025-04-02). ik ben [34](age)"
    )
    chat.answer_plainly({})
    reply = chat.say("wie moet de aanvraag doen, ik hier of hodan in belgie bij de gemeente?")
    assert "doet zelf de aanvraag" in reply and "art. 12bis, §1" in reply, chat.transcript()


def test_g5_telt_epilepsie_als_handicap__seed_001_definition():
    """Panel 24, g5: "ik heb epilepsie ... telt dat als handicap? dan heb ik toch recht?" got
    the humanitarian income line, then "Sorry, dat begrijp ik niet". Seed 001: "wordt een
    meerderjarig kind beschouwd als gehandicapt wanneer het 'omwille van zijn handicap niet kan
    voorzien in zijn eigen behoeften'", shown by a doctor's attest."""
    chat = Chat()
    chat.say(
        "ik wil zelf komen. [mijn papa](relationship:parent) woont in gent, hij heeft een "
        "[verblijfskaart](sponsor_status:third_country_national). ik ben [20](age)"
    )
    chat.answer_plainly({})
    reply = chat.say("ik heb epilepsie, neem elke dag medicijnen. telt dat als handicap?")
    assert "niet in de eigen behoeften kan voorzien" in reply, chat.transcript()
    assert "art. 10, §1, 6°" in reply, reply


def test_g3_akkoord_ik_heb_de_toestemming_van_mijn_pupil__consent_not_a_documents_question():
    """Panel 24, g3: the guardian's consent "akkoord, ik heb de toestemming van mijn pupil"
    (parsed as a documents question) got the applicant's acceptance documents ("het bewijs
    dat je gezinslid in België erkend vluchteling is") before any fact was told."""
    chat = Chat(consent=False)
    chat.say("Goedemiddag, ik ben voogd van een niet-begeleide minderjarige", intent="greet")
    reply = chat.say("akkoord, ik heb de toestemming van mijn pupil", intent="ask_documents")
    assert "aanvraag wordt aanvaard" not in reply, chat.transcript()
    assert "Wie van de familie van je cliënt" in reply, chat.transcript()


def test_k5_wis_mijn_gegevens_inside_a_sentence__erased_at_once():
    """Panel 25, k5: "dit klopt niet, ik ben in ethiopie! wis mijn gegevens, ik begin opnieuw"
    (parsed as another intent) erased nothing; the privacy notice promises "Alles wissen?
    Schrijf: 'wis mijn gegevens'. Dan wis ik het meteen." The other side: "wis mijn gegevens
    niet" erases nothing."""
    chat = Chat()
    chat.say("[mijn zusje](relationship:sibling) is [10](age)")
    reply = chat.say(
        "dit klopt niet, ik ben in ethiopie! wis mijn gegevens, ik begin opnieuw", intent="deny"
    )
    assert "Ik heb alles van dit gesprek gewist" in reply and not chat.people, chat.transcript()
    chat = Chat()
    chat.say("[mijn zusje](relationship:sibling) is [10](age)")
    chat.say("wis mijn gegevens niet, ik heb nog een vraag", intent="inform")
    assert chat.people, chat.transcript()


def test_k5_ik_en_mijn_zusje_willen_naar_mijn_grote_broer_in_brussel__the_brother_abroad():
    """Panel 25, k5: "ik en mijn zusje willen naar mijn grote broer mohamed in brussel. wij
    zijn in addis abeba" got "Wat is jouw verblijfsstatus in België?", and the writer was kept
    as the refugee through five corrections and an erasure."""
    chat = Chat()
    reply = chat.say(
        "ik en [mijn zusje](relationship:sibling) willen naar [mijn grote broer]"
        "(relationship:sibling) mohamed in brussel. wij zijn in addis abeba"
    )
    assert "jouw verblijfsstatus" not in reply and "je broer" in reply, chat.transcript()
    assert chat.state["writer"] == "applicant", chat.transcript()
    kinds = sorted((p["relationship"], bool(p.get("self"))) for p in chat.people)
    assert kinds == [("sibling", False), ("sibling", True)], chat.transcript()


def test_k2_hij_verjaarde_in_maart__the_recognition_date_stays():
    """Panel 25, k2: "wacht sorry omid is al 19, hij verjaarde in maart" replaced the date of
    the subsidiary protection (9 januari) by March. Seed 003: "binnen 12 maanden na ... de
    toekenning van subsidiaire bescherming"."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) gekregen, de "
        "brief van cgvs was van [9 januari](recognition_date:2026-01-09). [mijn vrouw]"
        "(relationship:spouse) is [38](age). omid is [18](age), maryam [14](age) en ali [9](age)"
    )
    chat.say(
        "wacht sorry omid is al [19](age), hij verjaarde in [maart](recognition_date:2026-03-01|"
        "approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2026-01-09", chat.transcript()
