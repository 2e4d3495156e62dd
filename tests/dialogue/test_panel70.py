"""Findings of panel round 70 (stop 37), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _karima() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik wil [mijn vader](relationship:parent) laten komen, hij is [75](age) en woont alleen "
        "in nador. ik ben [belgische](sponsor_status:belgian), [45](age) jaar"
    )
    chat.answer_plainly({})
    return chat


def test_moet_ik_voor_mijn_vader_een_ziekteverzekering__no_art_40ter_for_a_favour():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast": a Belgian's father (humanitarian visa) got art. 40ter's insurance
    (panel 70, h3: W and C)."""
    reply = _karima().say(
        "Moet ik voor mijn vader ook een ziekteverzekering regelen?", intent="ask_health_insurance"
    )
    assert "geen voorwaarden" in reply and "art. 40ter" not in reply, reply


def test_kan_ik_het_geld_zelf_betalen_hier_in_belgie__the_father_stays():
    """ "Kan ik het geld zelf betalen hier in België of moet mijn vader dat doen in Marokko?"
    took the father out as one in Belgium, twice (panel 70, h3)."""
    chat = _karima()
    chat.say(
        "Kan ik het geld zelf betalen hier in België of moet [mijn vader](relationship:parent) "
        "dat doen in Marokko?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_de_vader_van_mijn_clientje_is_onbekend__no_father_who_comes():
    """ "een cliënte van 16 jaar die haar moeder ..." gave the mother 16, and "De vader van mijn
    cliënte is onbekend" added a father who comes (panel 70, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker. Ik zoek informatie voor een cliënte van [16](age) jaar "
        "die [haar moeder](relationship:parent) naar België wil laten komen."
    )
    assert chat.person("parent")["age"] is None, chat.transcript()
    chat.say(
        "Zij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) gekregen op "
        "[15 september 2026](recognition_date:2026-09-15). [De vader](relationship:parent) van "
        "mijn cliënte is onbekend."
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_word_21_op_3_mei__both_must_be_21_for_a_wife_of_19():
    """Art. 40ter, §2 (seed 001 "U bent beiden ouder dan 21 jaar"): "ik ben 20, word 21 op 3 mei
    2027" got "Vanaf die dag kan je vrouw gezinshereniging vragen" of a wife of 19, and "ook al
    is zij dan nog maar 19 of 20?" made her 20 (panel 70, g5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mn [vrouw](relationship:spouse) elif, ze zit in izmir turkije. we zijn getrouwd in "
        "augustus. ik ben [belg](sponsor_status:belgian)"
    )
    chat.say("ze is [19](age)")
    chat.answer_plainly({"applicant.marriage": "[officieel](marriage_type:official)"})
    reply = chat.say(
        "amai. ik ben [20](age), word 21 op 3 mei 2027. kan ze dan komen als ik 21 ben? of moet "
        "zij ook 21 zijn??"
    )
    assert "Maar ook je vrouw moet 21 jaar zijn" in reply, reply
    chat.say(
        "ja, kan elif komen in mei 2027 als ik 21 word, ook al is zij dan nog maar [19](age) of "
        "[20](age)?"
    )
    assert chat.person("spouse")["age"] == 19, chat.transcript()


def _brigitte() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn zoon](relationship:child) Junior, hij woont in Douala in Kameroen bij mijn zus. ik "
        "woon in brussel al 8 jaar met [B kaart](sponsor_status:third_country_national)"
    )
    chat.say("hij heeft [19](age) ans, maar hij gaat nog naar school")
    chat.answer_plainly({"applicant.disabled": "nee", "applicant.minor_siblings_applying": "nee"})
    assert chat.person("child")["route"] == "humanitarian_visa", chat.transcript()
    return chat


def test_ik_heb_ook_nog_2_kinderen_hier__no_applicants_and_no_art_10_income():
    """Seed 001: "de artikelen 9 en 13 leggen geen voorwaarden vast": "telt mijn inkomen? ... ik
    heb ook nog 2 kinderen hier" added two children who come and answered art. 10, §2's income
    (panel 70, g4: W and C)."""
    chat = _brigitte()
    reply = chat.say(
        "ik werk als poetsvrouw, 1700 netto per maand. telt mijn inkomen? is het genoeg? ik heb "
        "ook nog 2 [kinderen](relationship:child) hier",
        intent="ask_means_of_subsistence",
    )
    assert len(chat.people) == 1, chat.transcript()
    assert "art. 10, §2" not in reply and "humanitair visum" in reply, reply


def test_kan_hij_komen_als_student__the_mothers_b_card_stays():
    """ "en studeren in belgie? kan hij komen als student in plaats van humanitair?" made the
    mother with a B card "tijdelijk verblijf (bijvoorbeeld een A-kaart)" (panel 70, g4)."""
    chat = _brigitte()
    chat.say("en studeren in belgie? kan hij komen als student in plaats van humanitair?")
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()


def test_fatima_is_vorig_jaar_getrouwd_met_een_neef__the_one_old_enough():
    """Seed 003: "De aanvrager moet ongehuwd zijn." "Fatima is vorig jaar getrouwd met een neef
    en woont bij hem. Kan zij dan nog mee?" (no age in it) and "het kind van 17 is gehuwd" left
    her "recht op gezinshereniging" in the summary (panel 70, g1)."""
    for told in (
        "Fatima is vorig jaar getrouwd met een [neef](relationship:other_relative) en woont bij "
        "hem. Kan zij dan nog mee?",
        "correctie: het [kind](relationship:child) van [17](age) is gehuwd. Verandert dat iets?",
    ):
        chat = Chat(today=TODAY)
        chat.say(
            "Mijn cliënt Hussein ([45](age:sponsor), Irak) is [erkend vluchteling]"
            "(sponsor_status:refugee) sinds [1 juli 2026](recognition_date:2026-07-01). Hij wil "
            "[zijn vrouw](relationship:spouse) Zainab ([41](age)) en [3 kinderen]"
            "(relationship:child) laten overkomen"
        )
        chat.say("[officieel](marriage_type:official), getrouwd in Bagdad in 2004, er is een akte")
        chat.say("ja, kinderen allemaal daar geboren voor hij vluchtte", intent="affirm")
        chat.say("Fatima is [17](age), Ali [14](age) en Noor [9](age)")
        chat.answer_plainly({})
        chat.say("ja", intent="affirm")
        chat.say(told)
        married = [p["age"] for p in chat.people if p["facts"].get("married")]
        assert married == [17], chat.transcript()


def test_kan_een_volwassen_zoon_bij_zijn_belgische_moeder_komen__no_mother_added():
    """ "omar is mijn zoon, hij is 35 en marokkaan. kan een volwassen zoon bij zijn belgische
    moeder komen?" added the grandmother's own mother ("Is je moeder op hoge leeftijd?"; panel
    70, g2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn kleindochter](relationship:grandchild) Yasmine, ze is [10](age) jaar. ik ben "
        "[belgische](sponsor_status:belgian)"
    )
    chat.say(
        "omar is [mijn zoon](relationship:child), hij is [35](age) en marokkaan. kan een "
        "volwassen [zoon](relationship:child) bij zijn [belgische](sponsor_status:belgian) "
        "[moeder](relationship:parent) komen?"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_hij_is_getrouwd_met_een_congolese_vrouw__the_stepdaughter_is_not_married():
    """The other side of "Fatima (17) is ... getrouwd met een neef": "Mijn cliënt is Belg. Hij is
    getrouwd met een Congolese vrouw ... Haar dochter van 16 ..." is the client's own marriage
    (bench: helper_ocmw_belgian_stepdaughter_std)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Mijn cliënt is [Belg](sponsor_status:belgian). Hij is getrouwd met een Congolese "
        "[vrouw](relationship:spouse) die al bij hem in Gent woont. [Haar dochter]"
        "(relationship:stepchild) van [16](age) woont nog bij de grootmoeder in Kinshasa. Kan de "
        "dochter naar België komen?"
    )
    assert not chat.person("stepchild")["facts"].get("married"), chat.transcript()


def test_de_andere_familieleden_moeten_een_retributie_betalen__a_minor_sister_too():
    """Seed 002: "De andere familieleden van een vreemdeling aan wie België de vluchtelingenstatus
    of subsidiaire bescherming heeft toegekend moeten een retributie betalen." The exemption
    names the spouse, the partners, the minor children and the parents; a minor sister is one
    of the others (panel 71, h1, h4, h5: "zeggen de bronnen niet" judged wrong)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [10 oktober"
        " 2026](recognition_date:2026-10-10), ik kwam alleen. [mijn mama](relationship:parent) "
        "en [mijn zus](relationship:sibling) van [8](age) moeten komen"
    )
    first = chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    assert "voor je zus is er een bijdrage" in first, chat.transcript()
    assert "zeggen de bronnen niet" not in first, first


def test_haar_ouders_natuurlijk_mijn_zoon_omar__who_her_parents_are():
    """ "haar ouders natuurlijk, mijn zoon Omar en zijn vrouw" to the custody question asked "Hoe
    oud is je zoon?"; "ik moet een kafala doen ... helpt dat?" added a foster child (panel 71,
    g2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn kleindochter](relationship:grandchild) Yasmine, ze is [10](age) jaar en woont in "
        "Casablanca bij [haar ouders](relationship:parent). ik ben [belg](sponsor_status:belgian)"
    )
    chat.say(
        "[haar ouders](relationship:parent) natuurlijk, [mijn zoon](relationship:child) Omar en "
        "[zijn vrouw](relationship:spouse). er is geen rechter geweest."
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    chat.say("ja", intent="affirm")
    chat.say(
        "mijn buurvrouw zegt ik moet een [kafala](relationship:foster_child) doen in marokko bij "
        "de rechter daar, dan ben ik voogd. helpt dat?"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_ook_mijn_broer_ali_hij_is_16__the_brothers_age_not_the_husbands():
    """ "mijn man Reza en mijn 3 kinderen. ook mijn broer Ali, hij is 16" made "Je man: 16 jaar"
    (panel 71, h4): "hij" is the one named last."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn man](relationship:spouse) Reza en [mijn 3 kinderen](relationship:child). ook "
        "[mijn broer](relationship:sibling) Ali, hij is [16](age)"
    )
    assert chat.person("sibling")["age"] == 16, chat.transcript()
    assert chat.person("spouse")["age"] is None, chat.transcript()


def test_saron_is_geboren_na_ik_in_belgie_kwam__no_exemption_day_for_her():
    """Seed 003: the exemption holds "wanneer de afstamming van de aanvrager vóór zijn aankomst
    in België werd vastgesteld": "saron is geboren na ik in belgie kwam" to "Bestond de band
    ... al vóór je naar België kwam?" was not understood, and her "laatste dag ... zonder bewijs
    van inkomen" was given (panel 71, h2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn vrouw](relationship:spouse) Helen ([27](age)) en [mijn dochter](relationship:child)"
        " Saron ([2](age)) zijn in Kampala. ik ben [erkend vluchteling](sponsor_status:refugee) "
        "sinds [1 december 2025](recognition_date:2025-12-01), [30](age:sponsor). "
        "[officieel](marriage_type:official) getrouwd in 2022"
    )
    for _ in range(6):
        if (
            chat.question == "applicant.relationship_predates_arrival"
            and chat.state["question"]["person"] == chat.person("child")["id"]
        ):
            break
        chat.say("ja", intent="affirm")
    chat.say("helen was zwanger toen ik weg ging. saron is geboren na ik in belgie kwam")
    assert chat.person("child")["facts"].get("relationship_predates_arrival") is False, (
        chat.transcript()
    )


def test_de_moeder_is_hertrouwd_haar_man_niet_de_vader__no_husband_no_father():
    """ "De moeder is hertrouwd. Haar man (45, niet de vader van Aissata) en hun zoontje van 4,
    de halfbroer van Aissata, ..." of a client of 16 made "De man van je cliënt: 45 jaar",
    "De vader van je cliënt" and "De zoon van je cliënt: 4 jaar" (panel 71, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Mijn cliënte Aissata ([16](age:sponsor), Guinee) is als niet-begeleide minderjarige in "
        "2025 naar België gekomen. Zij wil dat [haar moeder](relationship:parent) Mariama "
        "([38](age)) naar België komt."
    )
    chat.say(
        "[Subsidiaire bescherming](sponsor_status:subsidiary_protection), toegekend op [15 "
        "september 2026](recognition_date:2026-09-15)."
    )
    chat.say("Ja, dat klopt.", intent="affirm")
    chat.say(
        "De [moeder](relationship:parent) is hertrouwd. Haar [man](relationship:spouse) ([45]"
        "(age), niet de [vader](relationship:parent) van Aissata) en hun [zoontje]"
        "(relationship:child) van [4](age), de [halfbroer](relationship:sibling) van Aissata, "
        "wonen bij haar in Conakry. Kunnen de stiefvader en de [halfbroer](relationship:sibling) "
        "mee?"
    )
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "sibling"], (
        chat.transcript()
    )


def test_de_schoonmoeder_van_een_eu_burger__no_geen_recht_as_a_fact():
    """Art. 40bis is in no seed: an EU citizen's mother-in-law was told "heeft geen recht op
    gezinshereniging" as a fact (panel 71, g3); the answer says the seeds do not cover it."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [portugese](sponsor_status:eu_citizen), ik werk in gent. kan [mijn schoonmoeder]"
        "(relationship:other_relative) komen? ze is [60](age) en woont alleen"
    )
    reply = chat.answer_plainly({})
    assert "Onze informatie gaat daar niet over" in reply, chat.transcript()
    assert "geen recht op gezinshereniging" not in reply, reply


def test_de_geboorteakte_van_je_zoon__no_art_12bis_for_a_humanitarian_son():
    """Seed 003's "onder voorbehoud van een DNA-test" (art. 12bis, §5-6) is the minor child's of
    a protected sponsor; it was cited for a B-card mother's son of 19 on a humanitarian visa
    (panel 71, g4: C)."""
    reply = _brigitte().say("/ask_documents", intent="ask_documents")
    line = next(x for x in reply.splitlines() if "geboorteakte van je zoon" in x)
    assert "art. 12bis" not in line and "DNA" not in line, line


def test_officieel_getrouwd_maar_akte_is_kwijt__other_valid_proofs_not_the_humanitarian_text():
    """Seed 000: "het huwelijk wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan
    erkennen. In dat geval is gezinshereniging wel mogelijk wanneer 'andere geldige bewijzen'
    worden voorgelegd." A refugee's "officieel getrouwd in Herat 2010. maar akte is kwijt" got
    the humanitarian visa's "Is er geen akte?" (panel 71, h4: W)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn man](relationship:spouse) Reza en [mijn 3 kinderen](relationship:child). ook "
        "[mijn broer](relationship:sibling) Ali, hij is [16](age)"
    )
    chat.say(
        "[vluchteling](sponsor_status:refugee). erkend op [20 november 2026]"
        "(recognition_date:2026-11-20)"
    )
    reply = chat.say(
        "[officieel](marriage_type:official) getrouwd in Herat 2010. maar akte is kwijt"
    )
    assert "andere geldige bewijzen" in reply and "humanitair visum" not in reply, reply
