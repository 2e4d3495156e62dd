"""Findings of panel round 112 (stop 45: sets S and T, new), each named by the user's words or
the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel111 import TODAY


def test_ze_heeft_tijdelijke_bescherming_geen_erkenning__the_mothers_status_corrected():
    """A son of 19 abroad: "Mijn moeder is vluchteling", then "Sorry, ik heb mama gebeld. Ze
    heeft tijdelijke bescherming, geen erkenning" (panel 112, t1: "Je moeder: erkend
    vluchteling" through six corrections, and a right told)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Goedendag. Mijn [moeder](relationship:parent) woont in Belgie. Ik ben [18](age) en"
             " woon in Charkiv. Kan ik bij haar komen met gezinshereniging?")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("Mijn moeder is [vluchteling](sponsor_status:refugee) in België, sinds 2022.")
    chat.say("Sorry, ik heb mama gebeld. Ze heeft tijdelijke bescherming, geen erkenning. Ze "
             "heeft ook asiel gevraagd in februari 2025, nog geen antwoord.")  # fmt: skip
    assert chat.sponsor.get("status") != "refugee", chat.transcript()
    reading = read(parse("en ik schreef [18](age), maar ik ben [19](age)."))
    assert [a.years for a in reading.writer_ages] == [19], reading.writer_ages
    assert 18 not in [a.years for a in reading.loose_ages], reading.loose_ages


def test_er_staat_subsidiaire_bescherming_geen_vluchteling__the_status_from_the_letter():
    """ "ay perdón, ik kijk op mijn brief, er staat subsidiaire bescherming, geen vluchteling"
    (panel 112, s2: the summary kept "erkend vluchteling")."""
    reading = read(parse("ay perdón, ik kijk op mijn brief, er staat subsidiaire bescherming, "
                         "geen vluchteling. is dat anders??"))  # fmt: skip
    assert reading.status == "subsidiary_protection", reading
    assert read(parse("er staat geen vluchteling op")).status is None


def test_k_ben_pleegmoeder_van_een_jongen__his_mother_and_sister_come_and_he_is_her_pleegzoon():
    """Seed 001: "Indien u een NBMV bent en erkend werd als vluchteling ... kunnen uw ouders u via
    gezinshereniging in België komen vervoegen." A foster mother writes for a refugee of 17
    (panel 112, t4: "Wie van je familie wil naar België komen?" twice, "je cliënt")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Goeiendag, 'k ben pleegmoeder van een jongen uit Guinee, hij is [17](age) en "
             "[erkend als vluchteling](sponsor_status:refugee). Zijn [mama](relationship:parent) "
             "en zijn [zusje](relationship:sibling) zitten nog in Conakry. Kunnen die naar hier "
             "komen?")  # fmt: skip
    reply = chat.say("akkoord", intent="affirm")
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "sibling"], (
        chat.transcript()
    )
    assert chat.sponsor.get("age") == 17 and chat.state["writer"] == "helper", chat.transcript()
    assert "je pleegzoon" in reply and "cliënt" not in reply, reply


def test_maryam_16_jaar_ali_13_jaar_die_twee_van_fatima__no_sponsor_of_16_no_child_of_2():
    """ "Maryam 16 jaar, niet getrouwd. Ali 13 jaar. Die twee van Fatima. Yusuf 4 jaar van de
    tweede, Nora." (panel 112, t5: "Jij: subsidiair beschermd, ..., 16 jaar" and "je kind van 2
    jaar")."""
    reading = read(parse("Maryam [16](age:sponsor) jaar, niet getrouwd. Ali [13](age:sponsor) "
                         "jaar. Die [twee](age) van Fatima. Yusuf [4](age:sponsor) jaar van de "
                         "tweede, Nora."))  # fmt: skip
    assert reading.writer_ages == [] and reading.sponsor_ages == [], reading
    told = sorted(a.years for m in reading.mentions for a in m.ages)
    told += sorted(a.years for a in reading.loose_ages)
    assert 2 not in told, told


def test_i_am_20_21_in_march_2_march_2027__the_day_her_right_begins_and_no_12_months():
    """Seed 001: "U bent beiden ouder dan 21 jaar." A Nepali bride of 20 abroad whose husband
    has a B card: "sorry, i make mistake. i am 20. 21 in march, 2 march 2027" (panel 112, s5:
    "Over wie gaat 21 jaar?", no day told, and the protected person's 12 months told of a B
    card)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("i want live with [husband](relationship:spouse) in belgium. he is there, i am in "
             "nepal kathmandu")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    for told in (
        "he has [B card](sponsor_status:third_country_national), unlimited stay",
        "[officieel](marriage_type:official)",
        "he is [31](age)",
        "sorry, i make mistake. i am [20](age). [21](age) in march, 2 march 2027",
        "no. he go belgium 2018, we marry 2026",
    ):
        chat.say(told)
    reply = chat.answer_plainly({})
    assert "Over wie gaat 21" not in chat.transcript(), chat.transcript()
    assert "Je bent 21 jaar vanaf 2 maart 2027" in reply, chat.transcript()
    reply = chat.say("his contract is only until 31 march. is problem?", intent="ask_income")
    assert "12 maanden" not in reply, reply


def test_hij_is_al_18_geworden_op_12_04_2025__no_recognition_day_and_19_niet_17():
    """A foster mother of a refugee recognised on 21 October 2026: "maar hij is al 18 geworden
    op 12/04/2025, tijdens zijn asielprocedure!" and "'je cliënt' zoals ge zegt is 19 jaar, niet
    17" (panel 112, t4: "sinds 12 april 2025", and "Je cliënt is minderjarig" to the end)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Goeiendag, 'k ben pleegmoeder van een jongen uit Guinee, hij is [17](age) en "
             "[erkend als vluchteling](sponsor_status:refugee) sinds [21 oktober 2026]"
             "(recognition_date:2026-10-21). Zijn [mama](relationship:parent) en zijn [zusje]"
             "(relationship:sibling) zitten nog in Conakry.")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.answer_plainly({"applicant.age": "[14](age)"})
    chat.say("maar hij is al [18](age) geworden op 12/04/2025, tijdens zijn [asielprocedure]"
             "(sponsor_status:asylum_seeker)! tot wanneer moeten ze die aanvraag dan doen??",
             intent="ask_deadline")  # fmt: skip
    assert chat.sponsor.get("recognition_date") == "2026-10-21", chat.transcript()
    chat.say("ewel, 'je cliënt' zoals ge zegt is [19](age) jaar, niet [17](age)")
    assert chat.sponsor.get("age") == 19, chat.transcript()


def test_yo_vraagje_voor_ma_vader_getrouwd_in_bosnie_met_amra__his_wife_and_he_is_asked_of():
    """ "yo vraagje voor ma vader. hij is getrouwd in bosnie met amra en hij wil da ze naar hier
    komt met haar dochtertje" (panel 112, t3: "Wat is jouw verblijfsstatus in België?", and
    no wife)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("yo vraagje voor ma [vader](relationship:parent). hij is getrouwd in bosnie met "
             "amra en hij wil da ze naar hier komt met haar [dochtertje](relationship:child). "
             "hoe doen we da", intent="check_eligibility")  # fmt: skip
    reply = chat.say("akkoord", intent="affirm")
    assert "verblijfsstatus van je vader" in reply, chat.transcript()
    assert "spouse" in [p["relationship"] for p in chat.people], chat.transcript()


def test_ik_help_ne_vriend_uit_myanmar__the_friend_is_the_refugee_not_the_writer():
    """ "hallo, ik help ne vriend uit Myanmar, Rohingya. hij is erkend als vluchteling. zijn
    vrouw en kids zitten in een kamp" (panel 112, s4: "Jij: erkend vluchteling", a husband
    added for the writer)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("hallo, ik help ne [vriend](relationship:partner) uit Myanmar, Rohingya. hij is "
             "[erkend als vluchteling](sponsor_status:refugee). zijn [vrouw](relationship:spouse)"
             " en [kids](relationship:child) zitten in een kamp in Bangladesh")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "helper", chat.transcript()
    kinds = {p["relationship"] for p in chat.people}
    assert "spouse" in kinds and "partner" not in kinds, chat.transcript()


def test_ik_typ_voor_mijne_collega_papieren_sinds_januari__je_collega_and_ruim_voor():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning ... door het
    Commissariaat-generaal". "Dag, ik typ voor mijne collega Ahmad ... Hij heeft zijn papieren
    sinds januari" (panel 113, u3: "je cliënt" to a colleague, and "dus in januari 2027" for a
    decision of November 2025)."""
    chat = Chat(consent=False, today=TODAY)
    notice = chat.say("Dag, ik typ voor mijne collega Ahmad, hij heeft [subsidiaire bescherming]"
                      "(sponsor_status:subsidiary_protection). zijn [vrouw](relationship:spouse) "
                      "rim zit in gaziantep")  # fmt: skip
    assert "van je collega" in notice and "cliënt" not in notice, notice
    chat.say("akkoord", intent="affirm")
    chat.say("Hij heeft zijn papieren sinds [januari](recognition_date:2026-01-01|"
                     "approximate) dus hij heeft nog tijd tot januari, klopt da?")  # fmt: skip
    chat.answer_plainly({"applicant.age": "[38](age)", "sponsor.age": "[41](age)",
                                 "applicant.marriage": "[officieel](marriage_type:official)"})  # fmt: skip
    assert "ruim vóór januari 2027" in chat.transcript(), chat.transcript()
    assert "cliënt" not in chat.transcript(), chat.transcript()


def test_mijn_zus_sofiia_14_is_al_bij_mama_in_hasselt__the_sister_is_no_sponsor():
    """ "nee. mijn zus Sofiia (14) is al bij mama in Hasselt, sinds 2022" from a son of 19
    abroad (panels 112 and 113, t1: "Je zus: erkend vluchteling, sinds 2022")."""
    reading = read(parse("nee. mijn [zus](relationship:sibling) Sofiia ([14](age)) is al bij "
                         "[mama](relationship:parent) in Hasselt, sinds 2022"))  # fmt: skip
    sister = next(m for m in reading.mentions if m.word == "zus")
    assert not sister.is_sponsor and sister.context == "in_belgium", reading.mentions


def test_ik_heb_een_bakkerij_ik_typ_voor_onze_rafi__je_werknemer():
    """ "Ik ben Marleen, ik heb een bakkerij in Herentals. Ik typ voor onze Rafi, die werkt hier
    sinds vorig jaar" (panel 113, v5: "je cliënt" to the baker throughout)."""
    chat = Chat(consent=False, today=TODAY)
    notice = chat.say("Goeiemorgen. Ik ben Marleen, ik heb een bakkerij in Herentals. Ik typ "
                      "voor onze Rafi, die werkt hier sinds vorig jaar. Zijn [vrouw](relationship:"
                      "spouse) en [kindjes](relationship:child) zitten in Bangladesh.")  # fmt: skip
    assert "van je werknemer" in notice and "cliënt" not in notice, notice


def test_luis_is_mijn_partner_niet_echtgenoot__the_husband_stored_is_the_partner():
    """Seed 001: "Uw feitelijke partner zal zich slechts in bepaalde bijzondere omstandigheden
    ... (humanitair visum)". "nee, niet getrouwd!! ook niet religieus. Luis is mijn partner,
    niet echtgenoot" (panel 113, s2: "Ik heb je man weggelaten", Luis lost)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). mijn "
             "[man](relationship:spouse) luis is [39](age) en mijn [dochter](relationship:child)"
             " is [7](age)")  # fmt: skip
    chat.say("nee, niet getrouwd!! ook niet religieus. Luis is mijn [partner](relationship:"
             "partner), niet [echtgenoot](relationship:spouse)")  # fmt: skip
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["child", "partner"], chat.transcript()
    assert "weggelaten" not in chat.transcript(), chat.transcript()


def test_luka_is_van_mij_en_mijn_ex_man__the_partner_stays():
    """ "Nee, geen kinderen samen. Luka is van mij en mijn ex-man." of a partner who comes
    (panel 113, v2: "Ik heb je partner weggelaten")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [onbeperkt verblijf](sponsor_status:third_country_national). mijn "
             "[partner](relationship:partner) armen is [41](age) en mijn [zoon](relationship:"
             "child) luka is [10](age)")  # fmt: skip
    chat.say("Nee, geen [kinderen](relationship:child) samen. Luka is van mij en mijn "
             "[ex](relationship:spouse)-[man](relationship:spouse).")  # fmt: skip
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["child", "partner"], chat.transcript()


def _precious() -> Chat:
    """A Cameroonian refugee, "positieve beslissing in juni dit jaar", her son of 19 (17 when
    she asked asylum) and her daughter of 12."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) uit Kameroen. ik wil mijn 2 "
             "[kinderen](relationship:child) halen. Emmanuel is [19](age), Precious [12](age). "
             "ik kreeg mijn positieve beslissing in [juni dit jaar](recognition_date:2026-06-01|"
             "approximate)")  # fmt: skip
    return chat


def test_it_is_16_mei_2025_not_this_year_i_mix_it_with_my_a_card__the_day_corrected():
    """ "WAIT. I check the letter now. it is 16 mei 2025, not this year. I mix it with my A
    card. is it too late??" (panel 112, t2: "Jij: niet-EU-burger met verblijf in België, sinds
    juni 2026"); the son's right that ended is never told to stay."""
    chat = _precious()
    reply = chat.say("WAIT. I check the letter now. it is 16 mei 2025, not this year. I mix it "
                     "with my [A card](sponsor_status:third_country_national). is it too late?? "
                     "abeg tell me", intent="ask_deadline")  # fmt: skip
    assert chat.sponsor == {
        **chat.sponsor,
        "status": "refugee",
        "recognition_date": "2025-05-16",
    }, chat.transcript()
    assert "erkend vluchteling, sinds 16 mei 2025" in reply, reply


def test_kidnapped_in_april_3_weeks__no_age_of_weeks():
    """ "my son was kidnapped in april by the amba boys, 3 weeks, then hospital till june"
    (panel 112, t2: "Ik heb het aangepast. • Je zoon: 0 maanden")."""
    reading = read(parse("my [son](relationship:child) was kidnapped in april by the amba boys, "
                         "3 weeks, then hospital till june. does that count?"))  # fmt: skip
    assert all(not m.ages for m in reading.mentions) and not reading.loose_ages, reading


def test_the_sons_right_ended_is_never_told_to_stay():
    """Seed 003: "behoudt zijn recht op gezinshereniging ... op voorwaarde dat de aanvraag ...
    wordt ingediend binnen 12 maanden na de erkenning": the son of 19 whose 12 months passed is
    told his right ended, and "Het recht blijft" is said of his sister only (panel 112, t2)."""
    chat = _precious()
    chat.say("[16 mei 2025](recognition_date:2025-05-16)")
    chat.say("nee", intent="deny")
    chat.say("ja hij was [17](age) toen ik asiel vroeg", intent="affirm")
    reply = chat.say("is it too late??", intent="ask_deadline")
    son = reply.split("Je kind van 12 jaar")[0]
    assert "Je kind van 19 jaar" in son and "Het recht blijft" not in son, chat.transcript()


def test_sorry_my_dutch_i_am_wife__the_writer_and_b_card_read():
    """ "sorry my dutch. i am wife. husband in brussel" and "he has nepali passport and B card"
    from the wife abroad (panel 114, s5: "Hoe oud is de vrouw van je man?" to her, and "Je
    man: Belg" kept)."""
    reading = read(parse("sorry my dutch. i am [wife](relationship:spouse). [husband]"
                         "(relationship:spouse) in brussel. i want live with husband"))  # fmt: skip
    assert reading.mentions[0].context == "writer", reading.mentions
    reading = read(parse("my [husband](relationship:spouse) say he is NOT belgian, sorry. he has "
                         "nepali passport and B card. is it different?"))  # fmt: skip
    assert reading.status == "third_country_national", reading
    assert "say" not in reading.names.values(), reading.names


def test_yes_all_3_born_before_i_come__no_child_of_3():
    """ "no she is 15, 16 in may. yes all 3 born before i come, in 2011, 2015, 2020" (panel 115,
    s10: "Bestond de band met je kind van 3 jaar ...?", a child who does not exist)."""
    reading = read(parse("no she is [15](age), [16](age) in may. yes all [3](age) born before i "
                         "come, in 2011, 2015, 2020"))  # fmt: skip
    told = [a.years for a in reading.loose_ages] + [a.years for _, a in reading.pronoun_ages]
    assert 3 not in told and 16 not in told, told


def test_de_neef_van_mn_man_ik_typ_voor_hem__je_man_and_hij_is_the_nephew():
    """ "Excuseer, hij is 16, wordt 17 in januari. En het is technisch de neef van m'n man
    Arben, niet van mij, ik typ voor hem." from a Belgian wife (panel 115, t10: "Je man: Belg,
    16 jaar", and "je cliënt" to the end)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Goedemiddag. De [neef](relationship:other_relative) van m'n [man](relationship:"
             "spouse) zit in Albanië opgesloten in huis door een bloedvete. Hij is [15](age). "
             "Kan hij bij ons komen wonen? Wij zijn allebei [Belg](sponsor_status:belgian).")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    reply = chat.say("Excuseer, hij is [16](age), wordt [17](age) in januari. En het is "
                     "technisch de [neef](relationship:other_relative) van m'n [man]"
                     "(relationship:spouse) Arben, niet van mij, ik typ voor hem.")  # fmt: skip
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert chat.person("other_relative")["age"] == 16, chat.transcript()
    assert "cliënt" not in reply, reply


def test_ik_heb_een_bakkerij_hij_wacht_nog_op_de_beslissing__je_werknemer_is_nog_asielzoeker():
    """Seed 002 gives the family of a recognised refugee its rules; before the decision "Je
    werknemer is nog asielzoeker", never "Je cliënt" to his employer (panel 116, v5)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Ik ben Marleen, ik heb een bakkerij in Herentals. Ik typ voor onze Rafi, die werkt "
             "hier sinds vorig jaar. Zijn [vrouw](relationship:spouse) en [kindjes]"
             "(relationship:child) zitten in Bangladesh.")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("hij wacht nog op de beslissing, [asiel](sponsor_status:asylum_seeker) is nog bezig")
    reply = chat.answer_plainly({"applicant.age": "[30](age)", "sponsor.age": "[36](age)"})
    assert "cliënt" not in chat.transcript(), chat.transcript()
    assert "werknemer" in reply, reply


def test_i_am_wife_husband_in_brussel__the_notice_asks_the_status_of_the_one_in_belgium():
    """The privacy notice to the wife abroad names the status of her relative in Belgium, not
    hers (panel 116, s5: "en je verblijfsstatus"); its promises stay those of every notice."""
    chat = Chat(consent=False, today=TODAY)
    notice = chat.say("sorry my dutch. i am [wife](relationship:spouse). my [husband]"
                      "(relationship:spouse) live in belgium brussel. ik wil bij hem wonen")  # fmt: skip
    assert "verblijfsstatus van je familielid in België" in notice, notice


def test_de_vrouw_van_ma_vader__ma_is_my_not_a_mother():
    """ "de vrouw van ma vader is 41. en het is HAAR dochter" (panel 116, t3: "Hoe oud is je
    ma?", the father's wife taken for the writer's mother)."""
    reading = read(parse("de vrouw van [ma](relationship:parent) [vader](relationship:parent) "
                         "is [41](age). en het is HAAR [dochter](relationship:child)"))  # fmt: skip
    assert "ma" not in [m.word for m in reading.mentions], reading.mentions


def test_lina_en_yazan_komen_toch_mee_met_hun_moeder__the_wife_no_mother():
    """ "ja, Lina en Yazan, die komen toch mee met hun moeder" from a colleague of a man whose
    wife Rim comes (panel 116, u3: "Is de moeder van je collega op hoge leeftijd?")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Dag, ik typ voor mijne collega Ahmad. Hij wil zijn [vrouw](relationship:spouse) "
             "en [kinders](relationship:child) laten overkomen. Hij heeft [subsidiaire "
             "bescherming](sponsor_status:subsidiary_protection) sinds [27 november 2025]"
             "(recognition_date:2025-11-27).")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Vrouw Rim, [43](age), en drie kinders: Omar [18](age), Lina [14](age), Yazan [9](age)."
    )
    chat.answer_plainly({"applicant.marriage": "officieel"})
    chat.say("ja, Lina en Yazan, die komen toch mee met hun [moeder](relationship:parent)")
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_pardon_12_ze_wordt_13_in_januari__custody_buttons_for_the_grandmother_not_the_son():
    """Seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder die je komt
    vervoegen, het recht van bewaring over je heeft." A son types for his Belgian mother about
    her granddaughter (panel 116, s3: "(1) Ik (of mijn partner), met een vonnis")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("ik schrijf voor mijn [mama](relationship:parent), ze is [Belg](sponsor_status:"
             "belgian). haar [kleindochter](relationship:grandchild) Grâce van [12](age) woont "
             "in Kinshasa")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    for _ in range(6):
        if chat.question == "applicant.custody":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.custody", chat.transcript()
    titles = [b["title"] for r in chat.last.replies for b in r.get("buttons") or []]
    assert titles and not any(t.startswith("Ik") for t in titles), titles
