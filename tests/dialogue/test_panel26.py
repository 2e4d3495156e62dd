"""Findings of panel rounds 26 and 27 (stop 26), each named by the user's words or the seed
sentence."""

from tests.dialogue.chat import Chat


def _son_adult_during_procedure(recognised: str, iso: str) -> Chat:
    chat = Chat()
    chat.say(
        f"ik ben [erkend vluchteling](sponsor_status:refugee) sinds [{recognised}]"
        f"(recognition_date:{iso}). [mijn zoon](relationship:child) is [19](age), hij was [16]"
        "(age) toen ik asiel vroeg"
    )
    return chat


def test_deze_termijn_kan_worden_verlengd_indien_de_aanvrager_overmacht_aantoont():
    """Seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    werd". Panel 26, m3: with force majeure claimed the answer was "Goed nieuws ... Dat is een
    recht" and "Het recht op gezinshereniging blijft" with no condition."""
    chat = _son_adult_during_procedure("10 januari 2025", "2025-01-10")
    reply = chat.answer_plainly({"applicant.disabled": "nee"})
    assert "overmacht" in reply and "alleen als jullie aantonen" in reply, chat.transcript()
    assert "Goed nieuws" not in reply and "10 januari 2026" in reply, chat.transcript()
    assert "Het recht op gezinshereniging blijft" not in reply, chat.transcript()


def test_binnen_12_maanden_na_de_erkenning_the_right_without_force_majeure():
    """The other side: within the 12 months the son keeps the right, with the day."""
    chat = _son_adult_during_procedure("1 maart 2026", "2026-03-01")
    reply = chat.answer_plainly({"applicant.disabled": "nee"})
    assert "Goed nieuws" in reply and "1 maart 2027" in reply, chat.transcript()
    assert "alleen als jullie aantonen" not in reply, chat.transcript()


def test_m3_is_dat_overmacht__to_be_shown_not_the_embassy_list():
    """Panel 26, m3: "misschien, de ambassade was dicht door de oorlog. is dat overmacht?"
    got the list of embassies or "Sorry"; seed 003: the extension is for the applicant who
    shows force majeure ("indien de aanvrager aantoont")."""
    chat = _son_adult_during_procedure("10 januari 2025", "2025-01-10")
    reply = chat.say("misschien, de ambassade was dicht door de oorlog. is dat overmacht?")
    assert "aantonen dat overmacht" in reply and "verlengd" in reply, chat.transcript()
    assert "referentiepost" not in reply and "Sorry" not in reply, chat.transcript()


def test_is_dat_overmacht_for_a_wife__the_reasons_of_a_late_request():
    """Seed 002: "De aanvrager die van de gunstigere voorwaarden wenst te genieten moet uitleg
    verschaffen over de redenen die de tijdige indiening van zijn visumaanvraag verhinderd
    hebben." Not the adult child's extension of the right."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 januari 2025]"
        "(recognition_date:2025-01-10). [mijn vrouw](relationship:spouse) is [30](age)"
    )
    chat.answer_plainly({})
    reply = chat.say("de ambassade was dicht door de oorlog, is dat overmacht?")
    assert "redenen" in reply and "Het recht op gezinshereniging blijft" in reply, chat.log
    assert "inkomen, woning en ziekteverzekering bewezen" in reply, chat.transcript()
    assert "12 maanden voor je vrouw verlengd" not in reply, chat.transcript()


def test_late_adult_son_beside_his_mother__both_deadlines_said():
    """The wife's late request keeps her right with the classic conditions (seed 002: "Het
    recht op gezinshereniging blijft behouden"), the son's needs force majeure (seed 003)."""
    chat = _son_adult_during_procedure("10 januari 2025", "2025-01-10")
    chat.say("en [mijn vrouw](relationship:spouse) is [44](age), wettelijk getrouwd")
    reply = chat.answer_plainly({"applicant.disabled": "nee", "sponsor.age": "45"})
    assert "Bewaar alle bewijzen van de overmacht" in reply, chat.transcript()
    assert "Het recht op gezinshereniging blijft" in reply, chat.transcript()
    assert "alleen als overmacht bewezen wordt" in reply, chat.transcript()
    assert "Je familie" not in reply and "Je zoon was minderjarig" in reply, chat.transcript()


def _mother_humanitarian() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 maart 2026]"
        "(recognition_date:2026-03-03), ik ben [35](age:sponsor). [mijn mama](relationship:parent)"
        " is [74](age) en ziek, ze woont alleen in kaboel"
    )
    chat.answer_plainly({})
    return chat


def test_k4_en_mijn_hart_telt_dat_niet__the_mothers_situation_counts():
    """Panel 25, k4: "en mijn hart? telt dat niet?" got no answer, or the income answer (the
    intent). Seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie ...
    kunnen een belangrijke rol spelen" of the parent; nothing of the sponsor's own health."""
    chat = _mother_humanitarian()
    reply = chat.say(
        "en mijn hart? telt dat niet? ik heb ook hartproblemen", "ask_means_of_subsistence"
    )
    assert "jouw eigen gezondheid" in reply and "je mama" in reply, chat.transcript()
    assert "inkomen" not in reply, chat.transcript()


def test_mijn_mama_is_ziek_telt_dat__her_illness_not_the_writers():
    """The other side: the mother's illness asked of is hers, not the sponsor's own."""
    chat = _mother_humanitarian()
    reply = chat.say("mijn mama heeft suikerziekte, telt dat?")
    assert "jouw eigen gezondheid" not in reply, chat.transcript()


def test_b2_b4_a_year_is_no_income():
    """Panel 27, b2 and b4: "subsidiaire bescherming gekregen op 20 december 2025 ... ik heb
    leefloon" and "erkend vluchteling sinds 2023" gave "Of 2.025 euro (2.023 euro) per maand
    genoeg is". The other side: "1400 netto" is an amount."""
    from dialogue.side import amount

    assert amount("gekregen op 20 december 2025, ik heb leefloon") is None
    assert amount("erkend sinds 2023, ze verdient 1400 netto") == 1400
    assert amount("ik verdien 2025 euro") == 2025


def test_b4_maatschappelijk_werker_bij_het_ocmw__no_income_question():
    """Panel 27, b4: a social worker "bij het OCMW Leuven" asking "Welke mogelijkheden zijn
    er?" got the income answer first. The other side: "ik heb leefloon van het ocmw, is dat
    genoeg?" asks it."""
    chat = Chat()
    reply = chat.say(
        "ik ben maatschappelijk werker bij het OCMW Leuven. mijn cliënte is [erkend vluchteling]"
        "(sponsor_status:refugee). [haar moeder](relationship:parent) is [71](age). Welke "
        "mogelijkheden zijn er?"
    )
    assert "inkomen" not in reply, chat.transcript()
    reply = chat.say("ze heeft leefloon van het ocmw, is dat genoeg?")
    assert "leefloon" in reply, chat.transcript()


def test_a3_mijn_vrouw_is_marokkaanse__the_wife_comes():
    """Panel 27, a3: "ik ben belg, mijn vrouw is marokkaanse, ze is 20" took no one ("Over wie
    gaat 20 jaar?"). The other side: "ouders zijn turks" tells the Belgian's origin (f3)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [mijn vrouw](relationship:spouse) is "
        "marokkaanse, ze is [20](age). ik ben [25](age)"
    )
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("spouse", 20)], chat.log


def test_a3_ze_wordt_21__the_belgians_couple_rule_cites_art_40ter_only():
    """Panel 27, a3: "Jullie moeten allebei minstens 21 jaar zijn ... Zijn jullie allebei oud
    genoeg? Dan kan je vrouw een nieuwe aanvraag" cited art. 10, §1, 4° to a Belgian (seed
    001's art. 10 is the rule of a third-country sponsor)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), ik ben [25](age). [mijn vrouw](relationship:spouse)"
        " is [20](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say("ze wordt [21](age) in maart. kunnen we dan gewoon wachten?")
    assert "oud genoeg? Dan kan je vrouw gezinshereniging vragen" in reply and "40ter" in reply, (
        chat.transcript()
    )
    assert "art. 10, §1, 4°" not in reply, chat.transcript()


def test_a5_mag_er_maar_een_echtgenote_komen__no_right_said_for_each_wife():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging." Panel 27, a5: "Je eerste vrouw: recht op gezinshereniging ...
    Je tweede vrouw: recht op gezinshereniging" above that very sentence."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20), ik ben [45](age:sponsor). [mijn eerste vrouw]"
        "(relationship:spouse) is [38](age) en [mijn tweede vrouw](relationship:spouse) is [19]"
        "(age), beide officieel getrouwd"
    )
    reply = chat.answer_plainly({"applicant.marriage": "officieel"})
    # both wives on one line (the first answer groups relatives on the same route)
    line = next(x for x in reply.splitlines() if "slechts één echtgenote mag zo komen" in x)
    assert line.startswith("• Je vrouwen van 38 en 19 jaar:"), chat.transcript()
    assert reply.count("recht op gezinshereniging\n") == 0


def test_a4_in_de_kerk_is_dat_officieel_ik_weet_niet__religious_and_the_check():
    """Seed 000: "enkel recht ... wanneer jouw religieus of gewoonterechtelijk huwelijk ook als
    officieel huwelijk geldt in het land waar het werd afgesloten". Panel 27, a4: "in de kerk
    in asmara, orthodox. is dat officieel? ik weet niet" became "officieel getrouwd". The
    other side: "officieel op de gemeente, is dat goed?" is official."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vrouw](relationship:spouse) is [40](age)"
    )
    reply = chat.say(
        "in de kerk in asmara, orthodox. is dat [officieel](marriage_type:official)? ik weet niet"
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", chat.log
    assert "Kijk na of jullie religieus" in reply, chat.transcript()
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vrouw](relationship:spouse) is [40](age)"
    )
    chat.say("officieel op de gemeente, is dat goed?")
    assert chat.person("spouse")["facts"]["marriage"] == "official", chat.transcript()


def test_b4_welke_dienst_bij_dvz__bureau_lang_verblijf():
    """Seed 001: "Het is het bureau Lang Verblijf van de Dienst Vreemdelingenzaken die
    dergelijke aanvragen behandelt". Panel 27, b4: "welke dienst bij DVZ behandelt een
    humanitair visum?" asked three times, never answered."""
    chat = _mother_humanitarian()
    reply = chat.say("welke dienst bij DVZ behandelt dat?")
    assert "bureau Lang Verblijf" in reply and "humanitaire" in reply, chat.transcript()


def test_b1_geen_paspoort__vingerafdrukken():
    """Seed 002: "De aanvrager die geen reisdocument voorlegt waarin een visum D kan worden
    aangebracht moet zijn vingerafdrukken laten nemen." (panel 27, b1, b2: missing)"""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 mei 2026]"
        "(recognition_date:2026-05-01), ik ben [40](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [35](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say("mijn vrouw heeft geen paspoort", intent="ask_travel_document")
    assert "vingerafdrukken" in reply and "30bis" in reply, chat.transcript()


def test_a5_ik_wist_niet_van_die_12_maanden_is_dat_een_goede_reden():
    """Seed 002: "De omstandigheden die de aanvrager verhinderd hebben om zijn aanvraag tijdig
    in te dienen worden door de Dienst Vreemdelingenzaken onderzocht." Panel 27, a5: "Dank je
    voor je reactie"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [38](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say("ik wist niet van die 12 maanden, niemand zei het. is dat een goede reden?")
    assert "Dienst Vreemdelingenzaken onderzoekt die redenen" in reply, chat.transcript()


def _helper_for_a_minor_of_16() -> Chat:
    chat = Chat()
    chat.say("ik ben maatschappelijk werker en ik help een jongen van [16](age:sponsor)")
    chat.say(
        "hij is [erkend vluchteling](sponsor_status:refugee) sinds [14 september 2026]"
        "(recognition_date:2026-09-14), kwam alleen naar belgie. [zijn ouders]"
        "(relationship:parent) en [zijn broer](relationship:sibling) van [19](age) zitten in iran"
    )
    chat.answer_plainly({})
    return chat


def test_a1_geboren_op_20_januari_2009__the_parents_last_day_is_19_januari_2027():
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar". Panel 27, a1: "ik zie
    net in het dossier dat hij geboren is op 20 januari 2009, dus hij is al 17. tot wanneer
    hebben we dan?" made the brother 17 and gave the parents "uiterlijk op 14 september 2027"."""
    chat = _helper_for_a_minor_of_16()
    reply = chat.say(
        "oei sorry ik zie net in het dossier dat hij geboren is op 20 januari 2009, dus hij is "
        "al [17](age). tot wanneer hebben we dan?",
        intent="ask_deadline",
    )
    assert chat.sponsor["age"] == 17 and chat.person("sibling")["age"] == 19, chat.log
    assert "19 januari 2027" in reply and "14 september 2027" not in reply, chat.transcript()


def test_a1_geboren_20_01_2009__no_ages_from_the_date():
    """The same day written with dashes: no age of 20 (or 1) for anyone."""
    chat = _helper_for_a_minor_of_16()
    reply = chat.say(
        "nee, mijn cliënt zelf is [17](age:sponsor), geboren 20-01-2009. de broer is [19](age). "
        "tot wanneer hebben we?",
        intent="ask_deadline",
    )
    assert "19 januari 2027" in reply, chat.transcript()
    assert all(p["age"] in (None, 19) for p in chat.people), chat.transcript()


def test_a1_a_brother_of_16_grows_older__not_the_client():
    """The other side: "hij is al 17" where a brother of 16 is told is not the client's."""
    chat = Chat()
    chat.say("ik ben maatschappelijk werker en ik help een jongen van [16](age:sponsor)")
    chat.say(
        "hij is [erkend vluchteling](sponsor_status:refugee). [zijn broer](relationship:sibling)"
        " van [16](age) is in iran"
    )
    chat.say("sorry, de broer is al [17](age)")
    assert chat.sponsor["age"] == 16, chat.transcript()


def _wife_writes_of_his_daughter() -> Chat:
    chat = Chat()
    chat.say(
        "[mijn man](relationship:spouse) is [erkend vluchteling](sponsor_status:refugee) in "
        "belgie, ik zit in libanon"
    )
    return chat


def test_b5_8_juli_2026_then_more__the_date_is_taken():
    """Panel 27, b5: "8 juli 2026. we zijn officieel getrouwd in beiroet in 2024. mijn man heeft
    ook een dochter ..." (no date tagged) got the day question again."""
    chat = Chat()
    chat.say(
        "[mijn man](relationship:spouse) is [erkend vluchteling](sponsor_status:refugee) in "
        "belgie sinds [juli 2026](recognition_date:2026-07-01|approximate), ik zit in libanon"
    )
    assert chat.question == "sponsor.recognition_day", chat.transcript()
    chat.say(
        "8 juli 2026. we zijn [officieel](marriage_type:official) getrouwd in 2024. [mijn man]"
        "(relationship:spouse) heeft ook een [dochter](relationship:child) van [15](age) bij "
        "zijn ex vrouw"
    )
    assert chat.sponsor["recognition_date"] == "2026-07-08", chat.transcript()


def test_b5_mijn_man_heeft_een_dochter_bij_zijn_ex__his_child_no_fee():
    """Seed 002: "De volgende personen betalen geen retributie: ... de minderjarige kinderen
    van een vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend"; seed 003:
    "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    gezinshereniging instemmen." Panel 27, b5: "je dochter", "Is je dochter een kind van jou
    en je man samen?", custody buttons "Alleen ik", a fee, and no word of the consent."""
    chat = _wife_writes_of_his_daughter()
    chat.say("sinds [8 juli 2026](recognition_date:2026-07-08), hij is [40](age:sponsor)")
    chat.say(
        "[mijn man](relationship:spouse) heeft ook een [dochter](relationship:child) van [15]"
        "(age) bij zijn ex vrouw, die woont in jordanie"
    )
    daughter = chat.person("child")
    assert daughter["facts"]["common_child"] is False, chat.transcript()
    plain = {"applicant.custody": "samen", "applicant.other_parent_consent": "nee"}
    reply = chat.answer_plainly({**plain, "applicant.marriage": "officieel"})
    assert "de dochter van je man" in reply.lower(), chat.transcript()
    assert "Alleen ik" not in "\n".join(chat.log) and "je dochter" not in reply, chat.log
    assert "geen bijdrage" in reply and "Geeft de andere ouder schriftelijk" in reply, chat.log


def _helper_for_a_father() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben sociaal assistent. mijn cliënt ([subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection)) wil [zijn vrouw](relationship:spouse) en "
        "[kinderen](relationship:child) laten overkomen"
    )
    return chat


def test_a2_kinderen_jongen_van_15_meisje_9__two_children_with_their_ages():
    """Panel 27, a2: "kinderen: jongen van 15, meisje 9, en de oudste dochter is nu 19 maar ze
    was 17 toen hij asiel vroeg ... en er is ook nog een zoon van 13 van de vrouw uit haar
    eerste huwelijk" got "Over wie gaat 15, 9 jaar?", and the son of 13 counted as the
    client's own (then twice). The other side: "ik help een jongen van 16" is the client."""
    chat = _helper_for_a_father()
    reply = chat.say(
        "ze is [34](age). [kinderen](relationship:child): jongen van [15](age), meisje [9](age),"
        " en [de oudste dochter](relationship:child) is nu [19](age) maar ze was [17](age) toen "
        "hij asiel vroeg in 2024. en er is ook nog een [zoon](relationship:child) van [13](age) "
        "van de vrouw uit haar eerste huwelijk"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    kids = sorted(
        (p["relationship"], p["age"]) for p in chat.people if p["relationship"] != "spouse"
    )
    assert kids == [("child", 9), ("child", 15), ("child", 19), ("stepchild", 13)], kids
    chat.say("de [stiefzoon](relationship:stepchild) is [13](age)")
    assert sum(p["relationship"] == "stepchild" for p in chat.people) == 1, chat.transcript()
    helper = Chat()
    helper.say("ik ben maatschappelijk werker en ik help een jongen van [16](age:sponsor)")
    assert helper.people == [], helper.transcript()


def test_b3_ik_zei_toch_student_a_kaart__a_humanitarian_visa_no_right():
    """Seed 000: "Uiteraard kunnen ook familieleden van andere derdelanders ... in aanmerking
    komen voor een humanitair visum"; no seed gives a student's family a right. Panel 27, b3:
    "ik zei toch student, A kaart" made the student a resident and his daughter "recht op
    gezinshereniging"."""
    chat = Chat()
    chat.say(
        "ik ben student in gent met verblijfskaart ([A kaart](sponsor_status:third_country_"
        "national)). [mijn vriendin](relationship:partner) is in kameroen, we hebben een "
        "[dochtertje](relationship:child) van [2](age). kunnen ze komen?",
        intent="check_eligibility",
    )
    chat.say("ik zei toch student, [A kaart](sponsor_status:third_country_national)")
    reply = chat.answer_plainly({})
    assert chat.sponsor["status"] == "temporary_stay", chat.transcript()
    assert "recht op gezinshereniging\n" not in reply and "Goed nieuws" not in reply, reply
    assert "Onze informatie zegt niet of je familie dan recht" in reply, chat.transcript()


def test_a3_als_ze_21_is_hoeveel_moet_ik_verdienen__the_reference_amount():
    """Seed 004: "Het referentiebedrag bedraagt ... 1.555,09 euro". Panel 27, a3: a Belgian
    whose wife is 20 asked "als ze in maart 21 is ... hoeveel moet ik dan verdienen? telt
    leefloon?" and got only "geen vast inkomen" of a humanitarian visa, twice."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), ik ben [25](age). [mijn vrouw]"
        "(relationship:spouse) is [20](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "en als ze in maart 21 is, hoeveel moet ik dan verdienen? telt leefloon?",
        intent="ask_means_of_subsistence",
    )
    assert "1.555,09" in reply and "leefloon" in reply, chat.transcript()


def test_a4_waarom_hebben_ze_mij_geweigerd__what_holds_now_and_someone_to_look():
    """Panel 27, a4: "maar waarom hebben ze mij dan geweigerd in juni? moet ik nu iets anders
    doen?" got "geen antwoord". The seeds say nothing of a refusal; the answer says so, with
    the route and the day by the seeds (seed 003: "binnen 12 maanden na de erkenning")."""
    chat = _son_adult_during_procedure("1 maart 2026", "2026-03-01")
    chat.answer_plainly({"applicant.disabled": "nee"})
    reply = chat.say("maar waarom hebben ze hem dan geweigerd in juni? moet hij iets anders doen?")
    assert "staat in de beslissing" in reply and "1 maart 2027" in reply, chat.transcript()
    assert "recht op gezinshereniging" in reply, chat.transcript()


def test_a1_alleen_moeder_en_de_kinderen__no_children_of_a_client_of_16():
    """Panel 27, a1: "stel dat de vader niet mee wil komen, alleen moeder en de kinderen. kan
    dat ook?" from a guardian of a boy of 16 got "Hoe oud is het eerste kind van je cliënt?".
    The other side: a client of 30 with "zijn kinderen" has children."""
    chat = _helper_for_a_minor_of_16()
    reply = chat.say(
        "stel dat de vader niet mee wil komen, alleen moeder en de [kinderen](relationship:child)."
        " kan dat ook?"
    )
    assert "kind van je cliënt" not in reply, chat.transcript()
    assert not [p for p in chat.people if p["relationship"] == "child"], chat.transcript()
    adult = Chat()
    adult.say(
        "ik help een cliënt van [30](age:sponsor), [erkend vluchteling](sponsor_status:refugee)"
    )
    adult.say(
        "[zijn ouders](relationship:parent) en [zijn kinderen](relationship:child) willen komen"
    )
    assert [p for p in adult.people if p["relationship"] == "child"], adult.transcript()


def test_a5_eerste_vrouw_38_tweede_vrouw_19__kinderen_van_tweede_vrouw_zijn_4_en_2():
    """Panel 27, a5: "eerste vrouw 38, tweede vrouw 19" took the first wife for an ex (and 38
    was lost); "kinderen van tweede vrouw zijn 4 jaar en 2 jaar, geen baby" made "Je vrouw van
    4 jaar", then overwrote the children of 16 and 12."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). ik heb 2 [vrouwen]"
        "(relationship:spouse) en 5 [kinderen](relationship:child)"
    )
    chat.say(
        "[eerste vrouw](relationship:spouse) [38](age), [tweede vrouw](relationship:spouse) "
        "[19](age). [kinderen](relationship:child) van de eerste: [16](age), [12](age) en [8]"
        "(age). van de tweede: 2 en [baby](relationship:child) van [6 maanden](age)"
    )
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "spouse") == [19, 38]
    chat.say(
        "sorry ik vergis: [kinderen](relationship:child) van [tweede vrouw](relationship:spouse) "
        "zijn [4](age) jaar en [2](age) jaar, geen baby"
    )
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "spouse") == [19, 38]
    children = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert children == [2, 4, 8, 12, 16], chat.transcript()


def test_a2_stiefzoon_bij_een_religieus_huwelijk__the_right_if_the_marriage_counts():
    """Seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land waar
    het werd afgesloten"; seed 001: the children the spouse "afzonderlijk kreeg". Panel 27, a2:
    the wife's son of 13 got only "humanitair visum, kans klein", even when asked."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 mei 2026]"
        "(recognition_date:2026-05-01), ik ben [41](age:sponsor). [mijn vrouw](relationship:spouse)"
        " is [34](age), religieus getrouwd bij de imam. haar [zoon](relationship:stepchild) van "
        "[13](age) uit haar eerste huwelijk komt mee"
    )
    reply = chat.answer_plainly({})
    assert "Geldt het religieus huwelijk toch als officieel huwelijk" in reply, chat.transcript()


def test_a2_hij_is_13_en_zijn_mama_komt_mee__the_boys_mother_not_the_clients():
    """Panel 27, a2: "waarom heeft de stiefzoon maar kans klein?? hij is 13 en zijn mama komt
    mee" added "De mama van je cliënt" and asked the client's age. The other side: "zijn
    ouders en zijn zus" from a guardian are the client's (test_consent)."""
    chat = _helper_for_a_father()
    chat.say(
        "ze is [34](age), religieus getrouwd. [zoon](relationship:child) [15](age), en een "
        "[stiefzoon](relationship:stepchild) van [13](age)"
    )
    chat.answer_plainly({})
    chat.say(
        "waarom heeft de [stiefzoon](relationship:stepchild) maar kans klein?? hij is [13](age) "
        "en [zijn mama](relationship:parent) komt mee"
    )
    assert not [p for p in chat.people if p["relationship"] == "parent"], chat.transcript()


def test_b4_een_zus_in_istanbul_maakt_dat_het_dossier_zwakker__no_applicant_an_answer():
    """Seed 001: "Bovendien is het belangrijk om te kunnen bewijzen dat geen enkel ander
    familielid voor het betrokken familielid kan zorgen." Panel 27, b4: the client's sister,
    asked about, became an applicant ("De zus van je cliënt: wil naar België komen"), then
    "de andere dochter" became the client's daughter. The other side: "haar zus wil ook
    komen" comes."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker. mijn cliënte is [erkend vluchteling]"
        "(sponsor_status:refugee), [42](age:sponsor). [haar moeder](relationship:parent) is "
        "[71](age), ziek en alleen in turkije"
    )
    chat.say("nee", intent="deny")  # not a minor at her asylum application
    reply = chat.say(
        "cliënte heeft ook een [zus](relationship:sibling) in istanbul, maar die heeft zelf 5 "
        "kinderen en geen plaats. maakt dat het dossier zwakker?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "ander familielid" in reply, chat.transcript()
    chat.say(
        "moet de moeder aantonen dat de andere [dochter](relationship:child) niet voor haar kan "
        "zorgen?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    chat.say("[haar zus](relationship:sibling) wil ook komen")
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()


def test_b1_die_van_17_wordt_18_in_februari__no_child_of_16():
    """Panel 27, b1: "oh en die van 17 wordt 18 in februari, is dat een probleem??" got "Over
    wie gaat 16 jaar?" (twice, also after "ik zei niks over 16?"); "hij was 17 toen ik asiel
    vroeg" was asked again."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
        "(recognition_date:2026-03-10), ik ben [38](age:sponsor). 4 [kinderen]"
        "(relationship:child): [19](age), [17](age), [12](age) en [6](age) jaar"
    )
    assert chat.question == "applicant.disabled", chat.transcript()
    chat.say("nee, hij is gezond. maar hij was [17](age) toen ik asiel vroeg in 2024")
    eldest = next(p for p in chat.people if p["age"] == 19)
    assert eldest["facts"]["minor_when_sponsor_applied_for_asylum"] is True, chat.transcript()
    reply = chat.say("oh en die van [17](age) wordt [18](age) in februari, is dat een probleem??")
    assert "16" not in reply, chat.transcript()
    reply = chat.say("ik zei niks over [16](age)?")
    assert "Over wie gaat" not in reply, chat.transcript()
