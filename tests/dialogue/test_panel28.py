"""Findings of panel round 28 (stop 26) and of the review of the stop's change, each named by
the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _refugee_with_wife_and_children() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juni 2026]"
        "(recognition_date:2026-06-15), ik ben [36](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [34](age), officieel getrouwd. [onze kinderen]"
        "(relationship:child) zijn [12](age), [9](age) en [4](age)"
    )
    chat.answer_plainly({})
    return chat


def test_a5_gescheiden_van_eerste_vrouw_nu_getrouwd_met_deze_vrouw__the_wife_stays():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging." Panel 28, a5: "ik ben gescheiden van eerste vrouw, nu alleen
    getrouwd met deze vrouw. mag dat?" got "Ik heb je vrouw weggelaten" and custody questions
    for the couple's own children."""
    chat = _refugee_with_wife_and_children()
    reply = chat.say(
        "ik ben gescheiden van [eerste vrouw](relationship:spouse), nu alleen getrouwd met deze "
        "[vrouw](relationship:spouse). mag dat?"
    )
    assert "weggelaten" not in reply and "meer dan één echtgenote" in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people].count("spouse") == 1, chat.transcript()
    chat.say("[mijn ex vrouw](relationship:spouse) wil ook komen")
    assert [p["relationship"] for p in chat.people].count("spouse") == 1, chat.transcript()


# --- the other side of this stop's rules (review of the change) -------------------------------


def test_een_probleem_voor_mijn_zoon__the_writers_son_is_stored():
    """ "is het een probleem voor mijn zoon van 15 dat hij geen paspoort heeft?" and "moet ik
    bewijzen dat ik de voogdij heb?" ask about the one who comes (not a relative who may
    care, panel 27, b4)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). is het een probleem voor [mijn "
        "zoon](relationship:child) van [15](age) dat hij geen paspoort heeft?"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn dochter](relationship:child)"
        " is [14](age). moet ik bewijzen dat ik de voogdij heb?"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_een_zoon_bij_mijn_vrouw__a_common_child_not_a_stepchild():
    """ "bij mijn vrouw" is "with my wife": their child (not "van de vrouw uit haar eerste
    huwelijk", panel 27, a2)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). ik heb een [zoon]"
        "(relationship:child) van [12](age) bij [mijn vrouw](relationship:spouse)"
    )
    assert chat.person("child")["age"] == 12, chat.transcript()


def test_ik_verdien_2000_netto__an_amount_not_a_year():
    """A year is no income only in a date ("sinds 2023"); "ik verdien 2000 netto" is one."""
    from dialogue.side import amount

    assert amount("ik verdien 2000 netto per maand, is dat genoeg?") == 2000
    assert amount("mijn loon is 1950") == 1950
    assert amount("erkend in 2024, ik verdien weinig") is None


def test_mijn_vrouw_is_studente__the_writer_keeps_his_status():
    """ "ik heb een b-kaart. mijn vrouw is studente in rabat": her studies, not his temporary
    stay (panel 27, b3's rule is the writer's)."""
    chat = Chat()
    chat.say(
        "ik heb een [b-kaart](sponsor_status:third_country_national). [mijn vrouw]"
        "(relationship:spouse) is studente in rabat"
    )
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()


def test_telt_mijn_ziekteuitkering_als_inkomen__an_income_question():
    """ "mijn ziekteuitkering" is no "mijn ziekte" (panel 25, k4's rule)."""
    chat = _refugee_with_wife_and_children()
    reply = chat.say("telt mijn ziekteuitkering als inkomen?", intent="ask_means_of_subsistence")
    assert "jouw eigen gezondheid" not in reply and "inkomen" in reply, chat.transcript()


def test_wat_als_de_aanvraag_geweigerd_wordt__no_earlier_refusal():
    """ "wat als de aanvraag geweigerd wordt?" asks of a later refusal (panel 27, a4's rule is
    about one that happened)."""
    chat = _refugee_with_wife_and_children()
    reply = chat.say("wat als de aanvraag geweigerd wordt?")
    assert "vorige aanvraag" not in reply, chat.transcript()


def test_hij_heeft_ook_een_broer_hij_is_17__the_brothers_age():
    """A client of 16 "grows older" only in a message of no other relative (panel 27, a1)."""
    chat = Chat()
    chat.say("ik ben maatschappelijk werker en ik help een jongen van [16](age:sponsor)")
    chat.say(
        "hij is [erkend vluchteling](sponsor_status:refugee). hij heeft ook een [broer]"
        "(relationship:sibling) in iran. hij is [17](age)"
    )
    assert chat.sponsor["age"] == 16, chat.transcript()


def test_de_buren_hebben_een_jongen_van_12__no_child():
    """A boy of the neighbours is no child of the writer (panel 27, a2's list rule)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn kinderen]"
        "(relationship:child) zijn in turkije. de buren daar hebben een jongen van [12](age)"
    )
    assert all(p["age"] != 12 for p in chat.people), chat.transcript()


def _mother_of_a_minor_refugee() -> Chat:
    chat = Chat()
    chat.say(
        "salam. ik ben de [mama](relationship:parent) van yonas. yonas is [16](age) en is alleen"
        " naar belgie gegaan, hij is nu [erkend vluchteling](sponsor_status:refugee). ik ben in "
        "kampala uganda met [zijn broertje](relationship:sibling) [10](age) en [zus]"
        "(relationship:sibling) [20](age). kunnen wij naar hem?"
    )
    return chat


def test_a3_ik_vroeg_over_mijn_dochter_niet_broertje__the_boy_stays():
    """Panel 28, a3: "nee ik vroeg over mijn DOCHTER van 20, niet broertje" took the boy of 10
    out ("Ik heb je broertje weggelaten", twice); "broertje moet ook mee, hij is 10" made the
    son in Belgium 10. The other side: "mijn vader komt niet" takes the father out."""
    chat = _mother_of_a_minor_refugee()
    chat.say("nee ik vroeg over [mijn dochter](relationship:child) van [20](age), niet [broertje]"
             "(relationship:sibling)")  # fmt: skip
    assert sorted(p["age"] or 0 for p in chat.people if not p.get("self")) == [10, 20], chat.log
    chat.say("nee!! [broertje](relationship:sibling) moet ook mee, hij is [10](age)")
    assert chat.sponsor["age"] == 16, chat.transcript()
    assert sorted(p["age"] or 0 for p in chat.people if not p.get("self")) == [10, 20], chat.log


def test_a3_mijn_dochter_woont_bij_mij__the_mother_abroad_keeps_her_son_in_belgium():
    """Panel 28, a3: "en mijn dochter van 20, wat moet zij bewijzen? ze is niet getrouwd en
    woont bij mij" made the daughter the refugee ("Je dochter: erkend vluchteling") and the
    mother "op hoge leeftijd?". Seed 000: an adult sibling shows she is "ten laste"."""
    chat = _mother_of_a_minor_refugee()
    chat.answer_plainly({})
    reply = chat.say(
        "en [mijn dochter](relationship:child) van [20](age), wat moet zij bewijzen? ze is niet "
        "getrouwd en woont bij mij"
    )
    assert chat.state["sponsor_word"] != "dochter" and "erkend" not in reply, chat.transcript()
    assert "ten laste" in reply, chat.transcript()


def _helper_for_a_father_of_six() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk assistent. mijn cliënt heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) sinds [20 januari 2026](recognition_date:"
        "2026-01-20), hij is [41](age:sponsor). [zijn vrouw](relationship:spouse) is [38](age), "
        "officieel getrouwd"
    )
    chat.answer_plainly({})
    return chat


def test_a2_een_tweede_vrouw_religieus_getrouwd__no_soft_procedure_the_first_stays_official():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging." Panel 28, a2: "hij heeft ook nog een tweede vrouw in pakistan,
    religieus getrouwd" made the first wife's marriage religious, sent the second into seed
    000's soft procedure (B17, no fee) and told her "dan heeft zij wel recht"."""
    chat = _helper_for_a_father_of_six()
    chat.say(
        "hij heeft ook nog een [tweede vrouw](relationship:spouse) in pakistan, religieus "
        "getrouwd. kan die ook mee?"
    )
    first = next(p for p in chat.people if p["age"] == 38)
    assert first["facts"]["marriage"] == "official", chat.transcript()
    reply = chat.say("ja", intent="affirm")
    assert "B17" not in reply and "wel recht op gezinshereniging" not in reply, chat.transcript()
    # a humanitarian visa since panel 41, g1 (with its fee), the rule said first
    assert "Maar één echtgenote mag via gezinshereniging" in reply, chat.transcript()
    assert "De kans is zeer klein" in reply


def test_a4_mijn_broer_woont_ook_in_marokko_maar_ver_weg__no_applicant():
    """Panel 28, a4: "mijn broer woont ook in marokko maar ver weg in agadir. hoeveel kost het
    precies?" added the brother ("Je broer: wil naar België komen"). The other side: "mijn
    broer woont ook in marokko, hij wil ook komen" comes."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian). [mijn mama](relationship:parent) woont in "
        "marokko, ze is [71](age)"
    )
    chat.say(
        "[mijn broer](relationship:sibling) woont ook in marokko maar ver weg in agadir. "
        "hoeveel kost het precies?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    chat.say("[mijn broer](relationship:sibling) woont ook in marokko, hij wil ook komen")
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()


def test_a4_een_klein_pensioentje_van_mijn_papa__no_father_who_comes():
    """Panel 28, a4: "nee ze heeft een klein pensioentje van mijn papa maar niet veel" made
    the (dead) father a relative who comes ("Is je papa op hoge leeftijd?")."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian), ik ben [45](age:sponsor). [mijn mama]"
        "(relationship:parent) woont in marokko, ze is [71](age) en sinds vorig jaar weduwe"
    )
    chat.say(
        "nee ze heeft een klein pensioentje van [mijn papa](relationship:parent) maar niet veel"
    )
    assert len(chat.people) == 1, chat.transcript()


def test_a4_hoe_lang_duurt_dat_voor_mijn_zoon__his_route_only():
    """Seed 001 says of the humanitarian visa: "De behandelingstermijn kan tot een jaar of meer
    oplopen"; panel 28, a4: asked of the son with a right (seed 004), the answer was that
    humanitarian text."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian), ik ben [45](age:sponsor). [mijn mama]"
        "(relationship:parent) is [71](age) en [mijn zoon](relationship:child) is [23](age), "
        "hij is ten laste van mij"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "hoe lang duurt dat voor [mijn zoon](relationship:child)?", "ask_processing_time"
    )
    assert "een jaar of langer" not in reply, chat.transcript()


def test_b2_haar_zoon_is_17_en_dochter_14__her_children_and_their_baby():
    """Panel 28, b2: "mijn vrouw en haar kinderen ... haar zoon is 17 en dochter 14 ... en wij
    hebben samen een baby van 2 jaar" made a daughter of the writer's, then the correction took
    out the baby ("Ik heb je baby weggelaten"). The other side: "haar zoon" of a sister is no
    stepchild (test_panel16)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse) "
        "en [haar kinderen](relationship:child) zitten in pakistan. we zijn getrouwd bij de "
        "mullah, niet op papier bij de staat"
    )
    chat.say(
        "[haar zoon](relationship:child) is [17](age) en [dochter](relationship:child) [14](age)."
        " haar eerste man is dood in oorlog. en wij hebben samen een [baby](relationship:child) "
        "van [2](age) jaar"
    )
    kids = sorted(
        (p["relationship"], p["age"]) for p in chat.people if p["relationship"] != "spouse"
    )
    assert kids == [("child", 2), ("stepchild", 14), ("stepchild", 17)], chat.transcript()


def test_b4_het_meisje_is_geboren_okt_2024_dus_ze_is_2__not_the_partner():
    """Panel 28, b4: "correctie: het meisje is geboren okt 2024, dus ze is 2" made the partner
    2 years old (and kept it after the next correction)."""
    chat = Chat()
    chat.say(
        "ik schrijf voor een cliënte met [subsidiaire bescherming](sponsor_status:subsidiary_"
        "protection). [haar partner](relationship:partner) zit in turkije, ze hebben samen een "
        "[dochtertje](relationship:child) van [1](age)"
    )
    chat.say("correctie: het meisje is geboren okt 2024, dus ze is [2](age)")
    assert chat.person("partner")["age"] != 2 and chat.person("child")["age"] == 2, chat.log


def _kafala() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian), ik ben [40](age:sponsor). ik heb kafala over"
        " het [dochtertje](relationship:foster_child) van mijn overleden zus, ze is [9](age) en "
        "woont bij mijn moeder in nador"
    )
    return chat


def test_b5_wat_is_fca__the_authority_the_deed_and_its_translation():
    """Seed 000: "indien de buitenlandse voogdij bekrachtigd wordt door een Belgische rechtbank
    of indien de buitenlandse adoptie erkend wordt door de Federale Centrale Autoriteit (FCA)";
    seed 002: a deed in another language "door een beëdigde vertaler worden vertaald". Panel
    28, b5: "wat is FCA?" ignored twice; "je kafala" as the child's name."""
    chat = _kafala()
    reply = chat.say("wat is FCA? en hoe lang duurt dat bekrachtigen?", "ask_processing_time")
    assert "Federale Centrale Autoriteit" in reply and "beëdigd" in reply, chat.transcript()
    assert "een jaar of langer" not in reply and "kafala recht" not in reply, chat.transcript()
    assert "je kafala" not in "\n".join(chat.log), chat.transcript()


def test_b5_oma_is_ziek_en_er_is_verder_niemand__a_carer_not_an_applicant():
    """Seed 000: "Je bewijst dat je anders helemaal alleen en geïsoleerd achterblijft, omdat er
    geen andere gezinsleden de zorg voor jou kunnen opnemen." Panel 28, b5: the grandmother
    was given the elderly parent's advice and asked for her means."""
    chat = _kafala()
    chat.say("nee", intent="deny")  # not recognised in Belgium
    reply = chat.say("wat helpt voor haar dossier? [oma](relationship:grandparent) is ziek en er "
                     "is verder niemand")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["foster_child"], chat.transcript()
    assert "ander familielid" in reply, chat.transcript()


def test_a2_als_de_oudste_het_niet_haalt_voor_20_januari__force_majeure():
    """Seed 003: "Deze termijn van 12 maanden kan worden verlengd ... indien de aanvrager
    aantoont dat hij door overmacht verhinderd werd". Panel 28, a2: "En de oudste (19) als die
    het niet haalt voor 20 januari, welke mogelijkheid is er dan nog?" got "geen antwoord"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20), ik ben [41](age:sponsor). [mijn zoon](relationship:child)"
        " is [19](age), hij was [16](age) toen ik asiel vroeg"
    )
    chat.answer_plainly({"applicant.disabled": "nee"})
    reply = chat.say("en als hij het niet haalt voor 20 januari, welke mogelijkheid is er dan nog?")
    assert "overmacht" in reply and "geen antwoord" not in reply, chat.transcript()


def _belgian_grandmother() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian), [64](age:sponsor) jaar. [mijn kleinzoon]"
        "(relationship:grandchild) is in kinshasa, zijn mama is vorig jaar gestorven en de vader"
        " is al lang weg. hij is [15](age). kan hij bij mij komen wonen?"
    )
    return chat


def test_b5_niemand_heeft_het_hoederecht__no_right_said():
    """Seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder die je komt
    vervoegen, het recht van bewaring over je heeft." Panel 29, b5: "niemand heeft het
    hoederecht, de mama is dood en de papa is verdwenen" got "Goed nieuws ... recht" and "✔
    Het hoederecht ... ligt bij jou"."""
    chat = _belgian_grandmother()
    assert chat.question == "applicant.custody", chat.transcript()
    chat.say("niemand heeft het hoederecht, de mama is dood en de papa is verdwenen")
    assert chat.person("grandchild")["facts"].get("custody") == "none", chat.transcript()
    reply = chat.answer_plainly({})
    assert "Goed nieuws" not in reply and "humanitair visum" in reply, chat.transcript()


def test_a3_oma_zorgt_voor_haar_zoon__the_refugees_son_not_a_foster_child():
    """Seed 001: "Uw kinderen van minder dan 18 jaar" (of a refugee) have the right; seed 002:
    no fee for them. Panel 29, a3: a grandmother abroad ("ik zorg voor haar zoon van 8 jaar.
    kunnen ik en mijn kleinzoon naar haar toe?") got her grandson as a foster child with
    "humanitair visum, kans klein" and a fee, and a second grandson."""
    chat = Chat()
    chat.say(
        "ik woon in guinee. [mijn dochter](relationship:child) is [erkend vluchteling]"
        "(sponsor_status:refugee) in belgie sinds [10 maart 2025](recognition_date:2025-03-10). "
        "ik zorg voor [haar zoon](relationship:child) van [8](age) jaar. kunnen ik en [mijn "
        "kleinzoon](relationship:grandchild) naar haar toe?"
    )
    others = [p for p in chat.people if not p.get("self")]
    assert [(p["relationship"], p["age"]) for p in others] == [("child", 8)], chat.transcript()
    reply = chat.answer_plainly({"sponsor.age": "38"})
    assert "De zoon van je dochter: recht op gezinshereniging" in reply, chat.transcript()


def _asylum_seeker_married_by_the_mullah() -> Chat:
    chat = Chat()
    chat.say(
        "ik zen hier in belgie sins [8 maand](age) asiel aangevraagd nog geen antwoord. [mijn "
        "vrouw](relationship:spouse) zit nog in afganistan, ze is [29](age)"
    )
    return chat


def test_b1_asielzoeker_religieus_huwelijk_telt_dat__no_right_yet():
    """Seed 003: "De gezinshereniger moet in België over de status van beschermde vreemdeling
    beschikken". Panel 29, b1: "we zijn getrouwd bij de mullah, alleen religieus. telt dat?"
    from an asylum seeker got "Dan heeft je vrouw wel recht op gezinshereniging"; "sins 8
    maand" got "Over wie gaat 0 jaar?"."""
    chat = _asylum_seeker_married_by_the_mullah()
    assert "Over wie gaat" not in "\n".join(chat.log), chat.transcript()
    reply = chat.say("we zijn getrouwd bij de mullah, alleen religieus. telt dat?")
    assert "wel recht op gezinshereniging" not in reply, chat.transcript()
    assert "asielzoeker" in reply, chat.transcript()


def test_b1_en_als_het_niet_geldt__only_a_humanitarian_visa():
    """Seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk
    geldt, dan kan enkel een humanitair visum worden afgeleverd." (panel 29, b1: "Dank je voor
    je reactie")"""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 mei 2026](recognition_date:"
        "2026-05-01), ik ben [35](age:sponsor). [mijn vrouw](relationship:spouse) is [29](age), "
        "getrouwd bij de mullah"
    )
    chat.answer_plainly({})
    reply = chat.say("en als het niet geldt in afganistan?")
    assert "alleen een humanitair visum" in reply and "B17" in reply, chat.transcript()


def test_b5_hij_word_in_maart_16__15_now():
    """Panel 29, b5: "hij word in maart 16" stored the grandson as 16 now."""
    chat = _belgian_grandmother()
    chat.say("sorry hij word in maart [16](age)")
    assert chat.person("grandchild")["age"] == 15, chat.transcript()


def test_b2_een_nederlander_met_een_marokkaanse_vrouw__no_right_promised_no_art_10():
    """Art. 40bis (EU citizens) is not in the seeds. Panel 29, b2: "Goed nieuws ... Dat is een
    recht: ... moet België het visum geven", then the art. 10, §2 income rule for the spouse
    of a Dutch citizen."""
    chat = Chat()
    chat.say(
        "ik ben [nederlander](sponsor_status:eu_citizen), ik woon en werk in antwerpen, ik ben "
        "[35](age:sponsor). [mijn vrouw](relationship:spouse) is [30](age), officieel getrouwd"
    )
    reply = chat.answer_plainly({})
    assert "Goed nieuws" not in reply and "niet over" in reply, chat.transcript()
    reply = chat.say("hoeveel moet ik verdienen? ik verdien 2100 netto", "ask_means_of_subsistence")
    assert "40bis" in reply and "art. 10" not in reply, chat.transcript()


def test_b3_de_zoon_is_niet_getrouwd_welk_atest__no_marriage_text():
    """Panel 29, b3: "de zoon is niet getrouwd. welk atest hebben we nodig voor zijn handicap,
    mag dat van een libanese dokter?" got the religious-marriage text first."""
    from dialogue import side
    from dialogue.reading import read
    from tests.dialogue.chat import parse

    reading = read(parse("de zoon is niet getrouwd. welk atest hebben we nodig voor zijn "
                         "handicap, mag dat van een libanese dokter?"))  # fmt: skip
    assert "marry_again" not in side.kinds_of(reading, True)


def test_a1_toen_ik_asiel_vroeg_in_belgie_januari_2025__no_recognition_date():
    """Panel 29, a1: "maar hij was 17 toen ik asiel vroeg in belgie, januari 2025" made the
    recognition date January 2025 ("Ik heb het aangepast"): every deadline moved."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [14 juli 2026](recognition_"
        "date:2026-07-14), ik ben [44](age:sponsor). [mijn zoon](relationship:child) is [19](age)"
    )
    chat.say(
        "nee hij is gezond. maar hij was [17](age) toen ik asiel vroeg in belgie, [januari 2025]"
        "(recognition_date:2025-01-01|approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2026-07-14", chat.transcript()


def test_a2_mijn_broer_zorgt_voor_de_kinderen_kan_hij_ook_mee__the_brother_not_a_child():
    """Panel 29, a2: after "kinderen zijn in islamabad bij mijn broer", "mijn broer zorgt nu
    voor de kinderen, hij is 25 en alleen. kan hij ook mee komen?" gave "Je kind van 25 jaar"
    (the son of 6 made 25). The other side: the host named alone stays no applicant."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 januari "
        "2026](recognition_date:2026-01-08), ik ben [34](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [31](age), officieel getrouwd, en [2 kinderen]"
        "(relationship:child) van [9](age) en [6](age)"
    )
    chat.answer_plainly({})
    chat.say(
        "[kinderen](relationship:child) zijn in islamabad bij [mijn broer](relationship:sibling)"
    )
    assert "sibling" not in [p["relationship"] for p in chat.people], chat.transcript()
    chat.say(
        "[mijn broer](relationship:sibling) zorgt nu voor de [kinderen](relationship:child), hij "
        "is [25](age) en alleen. kan hij ook mee komen?"
    )
    found = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert found == [("child", 6), ("child", 9), ("sibling", 25), ("spouse", 31)], found


def test_a5_andere_vader_overleden__the_clients_parents_stay():
    """Panel 29, a5: "de broer van 12 is een halfbroer. Zelfde moeder, andere vader
    (overleden)" and "alleen de vader van de halfbroer is overleden" took out the client's
    father ("Wat erg van de vader van je cliënt"), the mother too. The other side: "zijn vader
    is overleden" takes the father out (test_panel23)."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker. ik schrijf voor een cliënt, een niet-begeleide "
        "[minderjarige](relationship:child) van [17](age:sponsor), [erkend](sponsor_status:refugee)"
        " op [2 augustus 2026](recognition_date:2026-08-02). [zijn ouders](relationship:parent) en"
        " [broer](relationship:sibling) ([12](age)) en [zus](relationship:sibling) ([19](age)) "
        "zitten in ethiopie"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "de [broer](relationship:sibling) van [12](age) is een [halfbroer](relationship:sibling)."
        " Zelfde [moeder](relationship:parent), andere [vader](relationship:parent) (overleden)."
    )
    reply += chat.say(
        "alleen de [vader](relationship:parent) van de [halfbroer](relationship:sibling) is "
        "overleden"
    )
    assert "Wat erg" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people].count("parent") == 2, chat.transcript()


def test_a4_getrouwd_met_maricel_kunnen_die_alle_3_komen__the_wife_too():
    """Panel 29, a4: "ik ben belg, getrouwd met maricel uit de filipijnen ... zij heeft 2
    kinderen uit vorige relatie, 15 en 22. kunnen die alle 3 komen?" left the wife out. The
    other side: "getrouwd met een belg" is no person."""
    chat = Chat()
    chat.say(
        "dag, ik ben [belg](sponsor_status:belgian), getrouwd met maricel uit de filipijnen sinds"
        " vorig jaar. zij heeft 2 [kinderen](relationship:child) uit vorige relatie, [15](age) "
        "en [22](age). kunnen die alle 3 komen?",
        "check_eligibility",
    )
    assert sorted(p["relationship"] for p in chat.people) == ["spouse", "stepchild", "stepchild"]
    other = Chat()
    other.say("ik ben getrouwd met een belg. [mijn moeder](relationship:parent) wil komen")
    assert [p["relationship"] for p in other.people] == ["parent"], other.transcript()


def test_a1_als_mijn_zoon_trouwt_heeft_hij_dan_nog_recht():
    """Seed 003: "De aanvrager moet ongehuwd zijn." (panel 29, a1: "geen antwoord", twice)"""
    chat = _son_of_19_adult_during_procedure()
    reply = chat.say("als mijn zoon trouwt, heeft hij dan nog recht op gezinshereniging?")
    assert "ongehuwd" in reply, chat.transcript()


def _son_of_19_adult_during_procedure() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [14 juli 2026](recognition_"
        "date:2026-07-14), ik ben [44](age:sponsor). [mijn zoon](relationship:child) is [19]"
        "(age), hij was [17](age) toen ik asiel vroeg"
    )
    chat.answer_plainly({"applicant.disabled": "nee"})
    return chat


def test_a2_kan_mijn_vrouw_in_teheran_indienen_en_kinderen_in_islamabad():
    """Seed 002: "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat die of dat
    voor de visummaterie bevoegd is aanbieden" (panel 29, a2: "geen antwoord")."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 januari "
        "2026](recognition_date:2026-01-08), ik ben [34](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [31](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say("kan mijn vrouw in teheran indienen en kinderen in islamabad?")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def test_b4_ik_wist_niet_van_die_12_maand_kan_ik_da_nog_uitleggen():
    """Seed 002: "De omstandigheden die de aanvrager verhinderd hebben om zijn aanvraag tijdig
    in te dienen worden door de Dienst Vreemdelingenzaken onderzocht." (panel 29, b4)"""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [4 november 2024]"
        "(recognition_date:2024-11-04), ik ben [35](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [30](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say("ik wist niet van die 12 maand, niemand heeft da gezegd. kan ik da nog "
                     "uitleggen aan dvz?")  # fmt: skip
    assert "onderzoekt die redenen" in reply, chat.transcript()


def test_b5_de_papa_is_verdwenen_hoe_bewijs_ik_da():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    instanties van het land van herkomst die dat bevestigt." (panel 29, b5: the general list)"""
    chat = _belgian_grandmother()
    chat.say("alleen ik")
    chat.answer_plainly({})
    reply = chat.say("de papa is verdwenen, hoe bewijs ik da?")
    assert "attest" in reply and "verdwenen" in reply, chat.transcript()


def test_b5_erkend_in_maart_of_april_denk_ik__the_passed_term_not_said_as_sure():
    """Panel 30, b5: "maart of april denk ik" then "weet ik niet" was stored as March 2025 and
    answered "de termijn ... liep af op maart 2026", a month said as a passed day."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [maart 2025](recognition_date:"
        "2025-03-01|approximate) denk ik, ik ben [40](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [35](age), officieel getrouwd"
    )
    plain = {"sponsor.recognition_day": "weet ik niet", "applicant.marriage": "officieel"}
    reply = chat.answer_plainly(plain)
    assert "liep af op" not in reply and "klopt de maand" in reply, chat.transcript()


def test_b3_getrouwd_bij_de_imam_en_bij_de_rechtbank__official():
    """Panel 30, b3: "beide getrouwd bij de imam en ook bij de rechtbank" was read as a
    religious marriage only ("geen gezinshereniging" for the second wife)."""
    from dialogue.reading import free_marriage

    assert free_marriage("getrouwd bij de imam en ook bij de rechtbank") == "official"
    assert free_marriage("alleen bij de imam") == "religious_or_customary"


def test_a1_mijn_broer_vraagt_of_zijn_vrouw_ook_kan_komen_hij_woont_in_belgie():
    """Panel 30, a1: "maar mijn broer vraagt of zijn vrouw ook kan komen, hij woont in belgie
    met mij" took the writer's own wife out ("wie al in België is, hoeft geen visum") and
    kept her out after "mijn vrouw is in turkije!!"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 februari 2026]"
        "(recognition_date:2026-02-20), ik ben [38](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [34](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "[mijn vrouw](relationship:spouse) heeft nog andere vrouw? nee grapje. maar [mijn broer]"
        "(relationship:sibling) vraagt of [zijn vrouw](relationship:spouse) ook kan komen, hij "
        "woont in belgie met mij"
    )
    assert "weggelaten" not in reply and chat.person("spouse")["age"] == 34, chat.transcript()


def test_a2_het_was_12_december_2025_niet_januari__the_date_corrected():
    """Panel 30, a2: "wacht sorry, ik heb papa gevraagd, het was 12 december 2025 niet januari"
    (no date tagged) was ignored; the deadline stayed 12 January 2027 instead of 12 December
    2026, nine days away."""
    chat = Chat()
    chat.say(
        "[mijn papa](relationship:parent) woont in belgie, hij heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) sinds [12 januari 2026](recognition_date:"
        "2026-01-12). ik ben [19](age) en woon in ethiopie"
    )
    chat.say("wacht sorry, ik heb papa gevraagd, het was 12 december 2025 niet januari")
    assert chat.sponsor["recognition_date"] == "2025-12-12", chat.transcript()


def test_a2_mama_wil_niet_mee__the_second_mama_untagged_takes_her_out():
    """Panel 30, a2: "mama is 44. maar ze zijn gescheiden, mama wil niet mee eigenlijk. alleen
    ik" (the NLU tagged the first "mama" only) kept the mother as one who comes."""
    chat = Chat()
    chat.say(
        "[mijn papa](relationship:parent) woont in belgie, hij heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection). ik ben [19](age) en woon in ethiopie met "
        "[mama](relationship:parent)"
    )
    chat.say("[mama](relationship:parent) is [44](age). maar ze zijn gescheiden, mama wil niet "
             "mee eigenlijk. alleen ik")  # fmt: skip
    assert not [p for p in chat.people if not p.get("self")], chat.transcript()


def test_b5_weet_ik_niet_ergens_vorig_jaar__the_day_question_not_again():
    """Panel 30, b5: "weet ik niet, ergens vorig jaar" to "Op welke dag precies kreeg je je
    status?" got "Ik weet niet zeker welke datum je bedoelt" and the same question again."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [vorig jaar](recognition_date:"
        "2025-01-01|approximate|year_only), [mijn vrouw](relationship:spouse) is [30](age), "
        "officieel getrouwd"
    )
    assert chat.question == "sponsor.recognition_day", chat.transcript()
    reply = chat.say("weet ik niet, ergens vorig jaar")
    assert chat.question != "sponsor.recognition_day" and "welke datum" not in reply, chat.log


def test_a4_haar_dochter_en_haar_moeder_kunnen_die_komen__the_mother_in_law_too():
    """Seed 001: "andere familieleden ... In bepaalde bijzondere omstandigheden ... humanitaire
    redenen (art. 9 en 13)". Panel 30, a4: a Belgian's "haar dochter (20) en haar moeder (68)
    ... kunnen die bij ons komen wonen?" left the mother-in-law out, then put her 68 on the
    stepdaughter. The other side: "mijn dochter en haar moeder" (the writer's daughter's
    mother) adds no mother-in-law."""
    chat = Chat()
    chat.say(
        "dag, ik ben [belg](sponsor_status:belgian) en getrouwd met een marokkaanse [vrouw]"
        "(relationship:spouse). [haar dochter](relationship:child) ([20](age)) en [haar moeder]"
        "(relationship:parent) ([68](age)) wonen nog in casablanca. kunnen die bij ons komen "
        "wonen?",
        "check_eligibility",
    )
    found = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert found == [("other_relative", 68), ("stepchild", 20)], chat.transcript()
    reply = chat.answer_plainly({})
    assert "Je schoonmoeder" in reply and "humanitair visum" in reply, chat.transcript()
    other = Chat()
    other.say(
        "ik ben [belg](sponsor_status:belgian). [mijn dochter](relationship:child) ([12](age)) "
        "en [haar moeder](relationship:parent) wonen in casablanca. kan mijn dochter komen?"
    )
    assert "other_relative" not in [p["relationship"] for p in other.people], other.log


def test_mijn_vrouw_is_hier_mijn_dochter_en_haar_moeder__no_mother_in_law():
    """ "haar" points back to the daughter here, not the wife named before her."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [mijn vrouw](relationship:spouse) is al hier. "
        "[mijn dochter](relationship:child) ([12](age)) en [haar moeder](relationship:parent) "
        "willen ook komen wonen"
    )
    assert "other_relative" not in [p["relationship"] for p in chat.people], chat.transcript()
