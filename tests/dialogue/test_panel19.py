"""What the persona panel left open in round 18 and found in round 19, each as the user wrote
it, annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_j4_moet_ik_nu_betalen_omdat_ik_te_laat_ben__the_fee_not_only_the_deadline():
    """Seed 002, "Retributie": "De volgende personen betalen geen retributie: de echtgenoot ...
    van een vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend", with no
    term; the question was met with the deadline alone (panel 18, j4)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [maart 2025]"
        "(recognition_date:2025-03-01|approximate). [mijn vrouw](relationship:spouse) is 30"
    )
    reply = chat.say("moet ik nu betalen omdat ik te laat ben?", intent="ask_costs")
    assert "betalen geen administratieve bijdrage (retributie)" in reply, chat.transcript()
    assert "ook bij een latere aanvraag betalen zij geen retributie" in reply
    assert reply.index("retributie") < reply.index("laatste dag")


def test_e5_ik_heb_een_studentenkaart__no_right_said_for_a_stay_the_seeds_do_not_cover():
    """The seeds give the rules for protected persons, Belgians and third-country nationals
    without a term; a student was told "recht" (panel 18, e5). Seed 000: "Uiteraard kunnen ook
    familieleden van andere derdelanders ... in aanmerking komen voor een humanitair visum."""
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) wil komen, ze is [27](age)")
    reply = chat.say("ik heb een verblijfskaart van student, ik studeer aan de ku leuven")
    assert "Mijn bronnen zeggen niet of je familie dan recht heeft" in reply, chat.transcript()
    assert "humanitair visum" in reply
    assert chat.sponsor.get("status") == "temporary_stay"  # no route of the seeds (panel 27, b3)


def test_a_refugee_who_studies__is_still_a_refugee():
    """The other side: "ik ben erkend vluchteling en ik studeer" is told the refugee's route."""
    chat = Chat()
    reply = chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) en ik studeer. [mijn vrouw]"
        "(relationship:spouse) wil komen"
    )
    assert "Mijn bronnen zeggen niet" not in reply, chat.transcript()
    assert chat.sponsor["status"] == "refugee"


def test_i2_welke_papieren_naar_de_ambassade__documents_not_where_to_apply():
    """ "welke papieren moet ze meenemen naar de ambassade?" asks the documents: it got the
    text on which embassy (panel 18, i2); before the answer, hers after the questions."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 oktober 2026]"
        "(recognition_date:2026-10-10). [mijn vrouw](relationship:spouse) en [dochter]"
        "(relationship:child) van [6](age) zijn in afghanistan"
    )
    reply = chat.say("welke papieren moet ze meenemen naar de ambassade?", intent="ask_documents")
    assert "referentiepost" not in reply, chat.transcript()
    assert "Ik zeg het na deze vragen" in reply


def test_j5_wat_moet_ik_doen_voor_mijn_broer__his_documents_not_the_whole_family():
    """ "wat moet ik doen voor mijn broer?" after the answer for the parents and the brother
    gave the parents' documents first and his last, at the end of a long message (panel 18,
    j5); the brother's own (seed 000: "Je zal uitvoerig moeten aantonen dat je ondanks je
    meerderjarigheid nog steeds ten laste bent van je ouders")."""
    chat = Chat.answered(
        "ik ben [17](age:sponsor), [subsidiaire bescherming](sponsor_status:subsidiary_protection)"
        " sinds [10 september 2026](recognition_date:2026-09-10), ik ben alleen gekomen. [mijn "
        "moeder](relationship:parent) is [50](age), [mijn vader](relationship:parent) [55](age)"
        " en [mijn broer](relationship:sibling) is [24](age), hij is gehandicapt"
    )
    reply = chat.say("wat moet ik doen voor [mijn broer](relationship:sibling)?", "ask_documents")
    assert reply.startswith("Documenten voor je broer"), chat.transcript()
    assert "moeder" not in reply and "ten laste is van de ouders" in reply


def test_the_documents_asked_without_a_name__the_whole_family():
    """The other side: "welke documenten?" gives every relative's."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 september 2026]"
        "(recognition_date:2026-09-10). [mijn vrouw](relationship:spouse) is [30](age) en [mijn "
        "zoon](relationship:child) is [5](age)"
    )
    reply = chat.say("welke documenten?", "ask_documents")
    assert "je vrouw" in reply and "je zoon" in reply, chat.transcript()


def _belgian_wife_of_a_moroccan() -> Chat:
    return Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [27](age:sponsor). [mijn man](relationship:spouse)"
        " is [29](age), we zijn [officieel](marriage_type:official) getrouwd in marokko"
    )


def test_k1_kan_mijn_schoonvader_bijspringen__a_money_helper_is_no_applicant():
    """Seed 004 speaks of the Belgian's own means ("aantoont dat hij een inkomen heeft");
    "kan mijn schoonvader bijspringen, hij werkt in marokko" made "Je familielid: wil naar
    België komen" (panel 19, k1)."""
    chat = _belgian_wife_of_a_moroccan()
    reply = chat.say(
        "ok en als het niet genoeg is, wat dan? kan [mijn schoonvader]"
        "(relationship:other_relative) bijspringen, hij werkt in marokko"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "Of DVZ ook geld van iemand anders meetelt" in reply
    assert "overzicht van alle inkomsten en uitgaven" in reply and "art. 40ter, §2" in reply


def test_k1_the_one_read_back_taken_out__ja_is_no_error():
    """ "ja" to a read-back whose only new relative was taken out crashed the turn ("Sorry, er
    ging iets mis bij mij", three times; panel 19, k1)."""
    chat = _belgian_wife_of_a_moroccan()
    chat.say("en [mijn schoonvader](relationship:other_relative)?")
    chat.say("nee [mijn schoonvader](relationship:other_relative) komt niet, alleen [mijn man]"
             "(relationship:spouse)")  # fmt: skip
    reply = chat.say("ja", intent="affirm")
    assert "Heb je nog een vraag?" in reply, chat.transcript()
    assert "Klopt dat?" not in reply


def test_k5_mijn_vriend_zei_het_pas_vorige_week__the_friend_who_told_is_no_applicant():
    """ "ik wist niet dat er een termijn is, mijn vriend zei het pas vorige week" made "Je
    vriend: wil naar België komen", and the deadline question was answered for him: "Voor
    jouw situatie ken ik geen vaste termijn" (panel 19, k5; seed 003 gives 12 months)."""
    chat = Chat()
    reply = chat.say(
        "[vluchteling](sponsor_status:refugee), erkend in [oktober vorig jaar]"
        "(recognition_date:2025-10-01|approximate). ik wist niet dat er een termijn is, "
        "[mijn vriend](relationship:partner) zei het pas vorige week"
    )
    assert not chat.people, chat.transcript()
    assert "geen vaste termijn" not in reply


def test_l1_nee_niet_alles_wissen__nothing_is_erased():
    """ "verwijder 'je man'. die bestaat niet" was asked "Wil je dat ik je gegevens wis?"; the
    answer "nee niet alles wissen. ik heb geen man" erased the whole conversation (panel 19,
    l1). A no keeps everything; the man she does not have is taken out."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 april 2026]"
        "(recognition_date:2026-04-03). [mijn man](relationship:spouse) is [29](age)"
    )
    chat.say("verwijder 'je man'. die bestaat niet", intent="request_erasure")
    reply = chat.say(
        "nee niet alles wissen. ik heb geen [man](relationship:spouse), ik bedoel alleen dat",
        intent="request_erasure",
    )
    assert not chat.last.erased, chat.transcript()
    assert "gewist" not in reply
    assert chat.sponsor["status"] == "refugee"


def test_ja_wis_alles__erases():
    """The other side: a yes to the erasure erases at once."""
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is [30](age)")
    chat.say("ja, wis alles", intent="request_erasure")
    assert chat.last.erased and chat.people == [], chat.transcript()


def _father_of_omar() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 juli 2026]"
        "(recognition_date:2026-07-03), ik ben [45](age:sponsor). we hebben 3 [kinderen]"
        "(relationship:child), een [dochter](relationship:child) van [15](age), een [zoon]"
        "(relationship:child) van [11](age) en mijn [oudste zoon](relationship:child) omar is "
        "vorige maand [18](age) geworden"
    )
    return chat


def test_k2_mijn_oudste_zoon_is_vorige_maand_18_geworden__his_age_now():
    """ "is vorige maand 18 geworden" is his age now: it was taken for a past age, and the bot
    asked "Hoe oud is je derde zoon?" (panel 19, k2: "ik heb maar 2 zonen")."""
    chat = _father_of_omar()
    assert sorted(p["age"] for p in chat.people) == [11, 15, 18], chat.transcript()
    assert "derde zoon" not in chat.transcript()


def test_k2_meerderjarig_geworden_tijdens_het_onderzoek__not_after_the_recognition():
    """Seed 003: "behoudt zijn recht op gezinshereniging indien het meerderjarig geworden is
    tijdens het onderzoek van deze aanvraag"; a son who turned 18 five months after the
    recognition was told "recht op gezinshereniging" (panel 19, k2)."""
    chat = _father_of_omar()
    plain = {
        "applicant.disabled": "nee",
        "applicant.adult_before_sponsor_recognition": "nee",
        "applicant.minor_siblings_applying": "ja",
    }
    chat.answer_plainly(plain)
    son = [p for p in chat.people if p["age"] == 18][0]
    assert son["route"] == "humanitarian_visa", chat.transcript()
    assert "Werd je zoon van 18 jaar 18 vóór jij erkend werd" in chat.transcript()
    reply = chat.say("waarom heeft [mijn zoon](relationship:child) van [18](age) geen recht?")
    assert "werd 18 na je erkenning" in reply and "C-279/20" in reply, chat.transcript()


def test_k2_18_before_the_recognition__the_right_kept():
    """The other side: "ja" (18 during the procedure) keeps the right (C-279/20)."""
    chat = _father_of_omar()
    chat.answer_plainly({"applicant.disabled": "nee", "applicant.minor_siblings_applying": "ja"})
    son = [p for p in chat.people if p["age"] == 18][0]
    assert son["route"] == "family_reunification", chat.transcript()


def test_l2_zainab_is_17_de_kleine_noor_is_9__each_daughter_her_own_age():
    """Two daughters counted from "2 dochters", their ages told after the answer: the second
    age overwrote the first ("Ik heb het aangepast. • Je dochter: 9 jaar", the 17-year-old
    lost; panel 19, l2)."""
    chat = Chat()
    chat.say("ik wil [mijn vrouw](relationship:spouse) en [kinderen](relationship:child) halen")
    chat.say("ik heb asiel gevraagd in februari 2025, ik wacht nog op antwoord")
    chat.say("ja, 2 [dochters](relationship:child). ze zitten in kamp in noord irak")
    chat.say("ja", intent="affirm")
    chat.say(
        "mijn oudste [dochter](relationship:child) Zainab is [17](age), ze wordt [18](age) in "
        "maart. de [kleine](relationship:child) Noor is [9](age)"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [9, 17], chat.transcript()


def _refugee_wife(markup: str) -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 september 2026]"
        "(recognition_date:2026-09-02). [mijn man](relationship:spouse) is [35](age). " + markup
    )
    return chat


def test_l2_mijn_neef_zegt_dat_is_gevaarlijk__who_says_it_is_no_applicant():
    """ "mag ik naar irak reizen? mijn neef zegt dat is gevaarlijk voor mijn dossier" made "Je
    neef: wil naar België komen" (panel 19, l2)."""
    chat = _refugee_wife(
        "mag ik naar irak reizen? [mijn neef](relationship:other_relative) zegt dat is "
        "gevaarlijk voor mijn dossier"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_my_brother_says_he_wants_to_come__still_an_applicant():
    """The other side: "mijn broer zegt dat hij ook wil komen" names someone who comes."""
    chat = _refugee_wife("[mijn broer](relationship:sibling) zegt dat hij ook wil komen")
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()


def test_l3_mijn_oom_heeft_mijn_man_geslagen__the_attacker_is_no_applicant():
    """ "mijn oom en zijn mensen hebben mijn man al 2 keer geslagen" made "Je oom: wil naar
    België komen" (panel 19, l3); the husband, the victim, stays."""
    chat = _refugee_wife(
        "[mijn oom](relationship:other_relative) en zijn mensen hebben [mijn man]"
        "(relationship:spouse) al 2 keer geslagen omdat ik gevlucht ben"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_l4_papa_stuurt_elke_maand_80_euro__her_father_in_belgium_not_his_father():
    """The daughter abroad wrote "mijn papa woont in belgie", later "papa stuurt elke maand 80
    euro": the bot asked "Is de papa van je papa op hoge leeftijd?" and listed "De papa van je
    papa: wil naar België komen" (panel 19, l4: "mijn opa? die is al lang dood")."""
    chat = Chat()
    chat.say("ik schrijf uit kameroen. [mijn papa](relationship:parent) woont in belgie")
    chat.say("hij is [belg](sponsor_status:belgian) geworden in 2019")
    chat.say("[19](age) jaar, geboren 14 mei 2007 in douala")
    chat.say("ja", intent="affirm")
    chat.say(
        "[mijn mama](relationship:parent) is vorig jaar gestorven, ik woon nu bij [mijn tante]"
        "(relationship:other_relative). [papa](relationship:parent) stuurt elke maand 80 euro"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    assert "papa van je papa" not in chat.transcript()


def test_l4_mijn_opa_die_is_al_lang_dood__a_dead_grandfather_is_no_applicant():
    """ "mijn opa? die is al lang dood": the next sentence says he died."""
    chat = _refugee_wife("[mijn opa](relationship:grandparent)? die is al lang dood")
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def _refugee_with_a_boyfriend() -> Chat:
    return Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 april 2026]"
        "(recognition_date:2026-04-03), ik ben [26](age:sponsor). [mijn vriend]"
        "(relationship:partner) is [29](age)",
        {
            "applicant.common_child": "nee",
            "applicant.cohabited_one_year_before_arrival": "nee",
            "applicant.stable_relationship_proven": "nee",
        },
    )


def test_l1_hij_is_dan_mijn_man_toch__no_husband_and_no_12_months_for_a_later_marriage():
    """Seed 003 keeps the favourable conditions for a bond "vóór zijn aankomst in België";
    "maar hij is dan mijn man, toch? en er is ook iets met 1 jaar termijn? ik ben al 8 maand
    erkend" made "Je man" beside "Je vriend", "Jij: 0 jaar" and the 12 months' last day for
    him (panel 19, l1)."""
    chat = _refugee_with_a_boyfriend()
    reply = chat.say(
        "maar hij is dan mijn man, toch? en er is ook iets met [1](age) jaar termijn? ik ben al "
        "[8](age) maand erkend"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert chat.sponsor["age"] == 26
    assert "Trouwen jullie pas na je aankomst in België? Dan geldt de termijn" in reply
    assert "art. 10, §2, vijfde lid" in reply


def test_l1_als_we_getrouwd_zijn_moet_hij_dan_ook_betalen__the_spouse_pays_no_fee():
    """Seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... van een
    vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend"; the question was
    met with the boyfriend's fee alone (panel 19, l1)."""
    chat = _refugee_with_a_boyfriend()
    reply = chat.say(
        "en kosten, als we getrouwd zijn moet hij dan ook betalen? ik dacht vluchtelingen "
        "hoeven niet te betalen",
        intent="ask_costs",
    )
    assert "Dan betaalt je echtgenoot of partner geen bijdrage" in reply, chat.transcript()
    assert "art. 1/1, §2, 3°" in reply


def test_l4_voor_ik_21_word__no_age_of_20():
    """ "moet ik snel zijn voor ik 21 word?" made "Ik heb het aangepast. • Jij: 20 jaar" for a
    daughter of 19 (panel 19, l4)."""
    chat = Chat()
    chat.say("ik schrijf uit kameroen. [mijn papa](relationship:parent) woont in belgie")
    chat.say("hij is [belg](sponsor_status:belgian)")
    chat.say("[19](age) jaar")
    chat.say("is er een deadline? moet ik snel zijn voor ik [21](age) word?")
    me = [p for p in chat.people if p.get("self")][0]
    assert me["age"] == 19, chat.transcript()


def test_l5_twee_vrouwen__only_one_by_family_reunification_in_the_first_answer():
    """Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging"; both wives were told "recht op gezinshereniging" and one
    deadline (panel 19, l5)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [5 juni "
        "2026](recognition_date:2026-06-05), ik ben [46](age:sponsor). [esther](relationship:"
        "spouse) is [41](age), [officieel](marriage_type:official) getrouwd, en [mireille]"
        "(relationship:spouse) is [33](age)"
    )
    reply = chat.answer_plainly({"applicant.marriage": "officieel"})
    assert "Slechts één echtgenote mag via gezinshereniging naar België komen" in reply, (
        chat.transcript()
    )
    assert "De andere echtgenote kan eventueel een humanitair visum vragen" in reply


def test_l5_each_wife_her_own_marriage():
    """ "esther is 41, officieel getrouwd, en mireille is 33, traditioneel" gave the customary
    marriage to the first wife ("Je vrouw van 41 jaar: religieus of traditioneel getrouwd",
    three corrections ignored; panel 19, l5)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). [esther]"
        "(relationship:spouse) is [41](age), [officieel](marriage_type:official) getrouwd, en "
        "[mireille](relationship:spouse) is [33](age), getrouwd op [traditionele]"
        "(marriage_type:religious_or_customary) manier"
    )
    chat.say(
        "mireille is [33](age). met haar getrouwd op [traditionele]"
        "(marriage_type:religious_or_customary) manier"
    )
    marriages = {p["age"]: p["facts"].get("marriage") for p in chat.people}
    assert marriages == {41: "official", 33: "religious_or_customary"}, chat.transcript()


def test_l5_divine_7_en_patrick_4__ages_in_brackets_are_not_the_writers():
    """ "waarom hebben divine (7) en patrick (4) maar kleine kans?", ages the NLU tagged as the
    writer's, made "Jij: subsidiair beschermd, ..., 7 jaar" and every route flipped (panel 19,
    l5)."""
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [5 juni "
        "2026](recognition_date:2026-06-05), ik ben [46](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [41](age), [officieel](marriage_type:official) getrouwd. "
        "[mijn kinderen](relationship:child) zijn [16](age), [12](age), [7](age) en [4](age)"
    )
    chat.say(
        "waarom hebben divine ([7](age:sponsor)) en patrick ([4](age:sponsor)) maar kleine kans?"
    )
    assert chat.sponsor["age"] == 46, chat.transcript()


def test_k3_a_social_worker__the_clients_mother_and_sister_each_their_age():
    """A social worker for a boy of 16: "9 jaar", asked of the sister, also made "Je cliënt:
    9 jaar"; "de moeder van mijn cliënt wil ook komen, zij is 41" made "Het zusje van je
    cliënt: 41 jaar" (the mother was taken for a child's other parent; panel 19, k3)."""
    chat = Chat(consent=False)
    chat.say(
        "Goeiedag, ik ben maatschappelijk werker bij een OCMW en schrijf voor een cliënt, een "
        "jongen van [16](age)",
        intent="greet",
    )
    chat.say("akkoord", intent="affirm")
    chat.say(
        "het gaat over [de moeder](relationship:parent) en [het zusje](relationship:sibling) "
        "van mijn cliënt. hij is een NBMV uit afghanistan, [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) sinds [25 september 2026]"
        "(recognition_date:2026-09-25)"
    )
    chat.say("[9](age:sponsor) jaar. ze zitten in Iran, in Mashhad")
    chat.say("[de moeder](relationship:parent) van mijn cliënt wil ook komen, zij is [41](age)")
    ages = {p["relationship"]: p["age"] for p in chat.people}
    assert ages == {"parent": 41, "sibling": 9}, chat.transcript()
    assert chat.sponsor["age"] == 16
    assert "Wie van je familie" not in chat.transcript()


def test_k4_ik_ben_bibi_gul_70_jaar_ik_wil_zelf_komen__she_is_the_applicant():
    """A grandmother abroad: "ik ben bibi gul, 70 jaar, ik woon in kabul", then "ik wil zelf
    komen. mijn kleinzoon jawid woont in belgie, hij is erkend vluchteling" was read back as
    "Jij: erkend vluchteling, 70 jaar • Je kleinzoon: wil naar België komen" and every later
    text spoke to her as the refugee (panel 19, k4)."""
    chat = Chat(consent=False)
    chat.say(
        "salaam. ik ben bibi gul, [70](age:sponsor) jaar, ik woon in kabul. mijn buurjongen "
        "typt voor mij",
        intent="greet",
    )
    chat.say("akkoord", intent="affirm")
    chat.say(
        "ik wil zelf komen. [mijn kleinzoon](relationship:grandchild) jawid woont in belgie, "
        "hij is [erkend vluchteling](sponsor_status:refugee)"
    )
    reply = chat.answer_plainly({"applicant.own_means": "nee"})
    me = [p for p in chat.people if p.get("self")]
    assert [(p["relationship"], p["age"]) for p in me] == [("grandparent", 70)], chat.transcript()
    assert chat.sponsor.get("age") is None
    assert "Je hebt geen recht op gezinshereniging" in reply
    assert "Jij: erkend vluchteling" not in chat.transcript()


def test_l3_de_zoon_van_mijn_man_van_zijn_eerste_vrouw__no_right_with_a_mosque_marriage():
    """Seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel
    huwelijk geldt ... DVZ erkent in dat geval een 'feitelijke relatie'"; seed 001 lets the
    children "die ... uw echtgenoot/echtgenote of partner afzonderlijk kreeg" come. The
    husband's son by his first wife was "Je zoon" and told "recht op gezinshereniging ...
    moet België het visum geven" (panel 19, l3)."""
    chat = _refugee_wife_religious()
    chat.say(
        "ok merci. [mijn man](relationship:spouse) heeft ook een [zoon](relationship:child) "
        "Ibrahima van [10](age) jaar, van zijn [eerste vrouw](relationship:spouse). hij woont "
        "bij ons in conakry. kan hij ook mee komen?"
    )
    for _ in range(4):
        if chat.person("stepchild").get("route"):
            break
        chat.say("ja", intent="affirm")
    assert chat.person("stepchild")["route"] == "humanitarian_visa", chat.transcript()
    assert "moet België het visum geven" not in chat.transcript().split("Ibrahima")[-1]


def _refugee_wife_religious() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben erkend als [vluchteling](sponsor_status:refugee), sinds [2 september 2026]"
        "(recognition_date:2026-09-02). [mijn man](relationship:spouse) is [38](age). ik ben "
        "[31](age:sponsor). wij zijn getrouwd in de moskee, bij de imam"
    )
    chat.answer_plainly({"applicant.marriage": "religieus"})
    return chat


def test_k1_wat_bedoel_je_met_in_tweede_orde__explained_from_seed_000():
    """Seed 000: "bij een aanvraag voor een visum gezinshereniging in tweede orde een
    humanitair visum te vragen ... al in de aanvraag voor gezinshereniging de humanitaire en
    prangende situatie voldoende aan te tonen"; the question got the conditions list (panel
    19, k1) or "Sorry, dat begrijp ik niet" (l4)."""
    chat = _belgian_wife_of_a_moroccan()
    reply = chat.say(
        "wat bedoel je met humanitair visum in tweede orde? moet ik dan 2 aanvragen doen"
    )
    assert "In tweede orde betekent: in de aanvraag gezinshereniging vraag je ook" in reply, (
        chat.transcript()
    )
    assert "art. 9 en 13" in reply and "Voorwaarden voor" not in reply


def test_k5_mag_ze_in_addis_aanvragen_ze_heeft_geen_paspoort__where_and_the_passport():
    """Seed 002: "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat ...
    aanbieden"; "mag ze in addis bij de belgische ambassade aanvragen? ze heeft geen eritrees
    paspoort" got only the passport text (panel 19, k5)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [6 oktober 2026]"
        "(recognition_date:2026-10-06). [mijn vrouw](relationship:spouse) is [31](age)"
    )
    reply = chat.say(
        "mijn vrouw is eritrees maar woont in ethiopie. mag ze in addis bij de belgische "
        "ambassade aanvragen? ze heeft geen eritrees paspoort",
        intent="ask_travel_document",
    )
    assert "elke Belgische ambassade" in reply, chat.transcript()
    assert "paspoort" in reply.split("Bron: art. 12bis")[-1]


def test_k1_moet_hij_in_marokko_aanvragen__a_belgians_husband_not_art_12bis():
    """Art. 12bis is the article of a third-country or protected sponsor's family (seed 002);
    to a Belgian's husband it was cited for where to apply (panel 19, k1)."""
    chat = _belgian_wife_of_a_moroccan()
    reply = chat.say("en moet hij in marokko aanvragen of kan hij eerst naar hier komen?")
    assert "bevoegd is voor de plaats waar je man woont" in reply, chat.transcript()
    assert "12bis" not in reply


def test_l4_geboorteakte_van_de_dochter_van_een_belg__seed_004_not_art_12bis():
    """Seed 004: "Als je onmogelijk een officiële akte kan voorleggen, kan de DVZ rekening
    houden met 'andere geldige bewijzen' ... De onmogelijkheid moet ontstaan zijn onafhankelijk
    van je wil"; art. 12bis, §5-6 (seed 002, a protected sponsor's family) was cited to a
    Belgian's daughter (panel 19, l4)."""
    chat = Chat()
    chat.say("ik schrijf uit kameroen. [mijn papa](relationship:parent) woont in belgie")
    chat.say("hij is [belg](sponsor_status:belgian)")
    chat.say("[19](age) jaar")
    chat.answer_plainly({})
    reply = chat.say("documenten", intent="ask_documents")
    line = next(x for x in reply.splitlines() if "geboorteakte" in x)
    assert "onafhankelijk" in line or "buiten je eigen wil om" in line, chat.transcript()
    assert "12bis" not in line


def test_l1_stabiele_en_duurzame_relatie__contact_and_three_meetings_in_the_two_years():
    """Seed 001: "dat u elkaar al minstens 2 jaar kent en dat u twee bewijzen levert: dat u
    regelmatig met elkaar contacten onderhield ... dat u elkaar in de twee jaar voorafgaand aan
    de aanvraag minstens 3 keer hebt ontmoet en dat deze ontmoetingen minstens 45 dagen
    duurden"; the condition said neither the contact nor the two years (panel 19, l1)."""
    from tests.eligibility.case_helpers import RECOGNISED, condition, run

    result = run("refugee", "registered_partner", sponsor=RECOGNISED, age=30,
                 partnership="legally_registered")  # fmt: skip
    text = condition(result, "stable_relationship")["text"]
    assert "regelmatig contact" in text and "24 maanden voor de aanvraag minstens 3 keer" in text
    assert "minstens 45 dagen" in text
