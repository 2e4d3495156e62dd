"""Findings of panel round 45 left open in stop 31 and of the rounds of stop 32, each named by
the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import json

import pytest

from tests.dialogue.chat import RESPONSES, Chat


def _unaccompanied_minors_parents() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [16](age:sponsor), ik kwam alleen en ben [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [1 november 2026](recognition_date:2026-11-01)."
        " [mijn ouders](relationship:parent) willen komen"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 10)
    return chat


def test_moeten_mijn_ouders_een_woning_hebben__no_home_asked_of_a_minors_parents():
    """Art. 10, §2, second paragraph asks a home of "de in § 1, eerste lid, 4° tot 6° bedoelde
    vreemdelingen", not of the parents of an unaccompanied minor (7°): no home, and not only
    for 12 months (panel 66, k5), with his 18th birthday that ends their right (seed 001); not
    the condition line "Hoeft niet bewezen te worden: ..." (panel 45)."""
    chat = _unaccompanied_minors_parents()
    reply = chat.say("moeten mijn ouders een woning hebben in belgie?")
    assert reply.startswith("Woning: Je hoeft dit niet te bewijzen. Voor de ouders"), reply
    assert "Geen inkomen, woning of ziekteverzekering" in reply, reply
    assert "vóór je 18" in reply and "art. 10, §1, 7°" in reply, reply  # seed 001 (panel 98)
    assert "12 maanden" not in reply and "Hoeft niet bewezen" not in reply, reply


def test_ik_woon_in_een_studio__the_exemption_without_a_no_about_the_studio():
    """ "is dat groot genoeg?": "Nee" would say the studio is too small; the exemption alone."""
    chat = _unaccompanied_minors_parents()
    reply = chat.say("ik woon in een studio, is dat groot genoeg?")
    assert reply.startswith("Woning: Je hoeft dit niet te bewijzen"), reply


def test_moet_ik_een_huis_hebben__a_belgian_must_with_the_proof():
    """Seed 004 "Bewijs van voldoende huisvesting": "een geregistreerde huurovereenkomst ... of
    een notariële eigendomsakte"; the Belgian has no exemption."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [30](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [28](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({}, 8)
    reply = chat.say("ik heb nog geen eigen woning, is dat een probleem?")
    assert reply.startswith("Ja. Je moet een woning hebben"), reply
    assert "huurcontract" in reply and "art. 40ter, §2" in reply, reply


def test_moet_ik_een_woning_hebben__late_for_a_refugee_the_condition():
    """Seed 003 "Huisvesting": "De gezinshereniger moet beschikken over voldoende huisvesting";
    the exemption's other side: a marriage after the arrival has none."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 maart 2024]"
        "(recognition_date:2024-03-01), [35](age:sponsor). [mijn vrouw](relationship:spouse)"
        " is [30](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({"applicant.relationship_predates_arrival": "ja"}, 8)
    reply = chat.say("moet ik een woning hebben?")
    assert reply.startswith("Ja. Je moet een woning hebben"), reply
    assert "art. 10, §2" in reply and "Burgerlijk Wetboek" in reply, reply


def _sara() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 september 2026]"
        "(recognition_date:2026-09-01). [mijn dochter](relationship:child) Sara is [19](age),"
        " ze is in [Syrië](country)"
    )
    chat.answer_plainly({"applicant.disabled": "nee"}, 8)
    return chat


def test_telt_het_dat_sara_minderjarig_was_toen_ik_asiel_vroeg__yes_within_12_months():
    """Seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn recht op
    gezinshereniging indien het meerderjarig geworden is tijdens het onderzoek van deze
    aanvraag, op voorwaarde dat de aanvraag ... binnen 12 maanden na de erkenning" (panel 45,
    g2: not answered)."""
    chat = _sara()
    reply = chat.say(
        "telt het dat Sara minderjarig was toen ik asiel vroeg?", intent="ask_means_of_subsistence"
    )
    assert reply.startswith("Ja, dat telt. Je dochter was jonger dan 18 toen je asiel vroeg"), (
        chat.transcript()
    )
    assert "1 september 2027" in reply and "C-279/20" in reply, reply
    assert "inkomen" not in reply, reply


def test_ze_was_17_toen_ik_asiel_aanvroeg__her_age_stays_19():
    chat = _sara()
    reply = chat.say("ze was [17](age) toen ik asiel aanvroeg, maakt dat uit?")
    assert "Ja, dat telt" in reply, chat.transcript()
    assert chat.person("child")["age"] == 19, chat.transcript()


def test_an_asylum_seeker_asks_the_same__if_she_was_a_minor_then():
    """Before the recognition: the rule with its condition, no "ja, dat telt"."""
    chat = Chat()
    chat.say(
        "ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker). [mijn zoon]"
        "(relationship:child) is [18](age)"
    )
    chat.answer_plainly({"sponsor.age": "[45](age)"}, 10)
    reply = chat.say("telt het dat hij minderjarig was toen ik asiel vroeg?")
    assert "Was je zoon jonger dan 18 toen je asiel vroeg?" in reply, chat.transcript()


def _mahmoud() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb asiel gevraagd, [nog geen beslissing](sponsor_status:asylum_seeker). [mijn vrouw]"
        "(relationship:spouse) van [31](age) en [mijn dochters](relationship:child) van [8](age)"
        " en [3](age) zijn in gaza"
    )
    chat.answer_plainly({"sponsor.age": "[36](age)"}, 12)
    return chat


def test_telt_mijn_asielgesprek_mee__what_the_seeds_say_of_the_asylum_file():
    """Seed 000 says of the family of "een persoon met internationale bescherming": "Er kan ook
    verwezen worden naar de relevante verklaringen in het asieldossier"; of an asylum seeker's
    interview nothing (panel 45, h1: an income text came back)."""
    chat = _mahmoud()
    reply = chat.say("telt mijn asielgesprek mee voor hun dossier?", "ask_means_of_subsistence")
    assert "asieldossier" in reply and "nog geen beslissing" in reply, chat.transcript()
    assert "inkomen" not in reply, reply


def test_ik_heb_geen_inkomen__the_whole_family_not_one_daughter():
    """Seed 001 "bewijzen dat ... u in staat zal zijn om het familielid ten laste te nemen",
    said of the family when none was named; the advice for every relative (panel 46: "je
    tweede dochter", then "voor je vrouw geldt hetzelfde" and the first daughter forgotten)."""
    chat = _mahmoud()
    reply = chat.say(
        "ik heb geen inkomen, ik woon in een opvangcentrum. is dat een probleem voor het"
        " humanitair visum?",
        intent="ask_humanitarian_visa",
    )
    assert "dat je voor de familie kan zorgen" in reply, chat.transcript()
    assert "aanvraag voor je vrouw sterker" in reply, reply
    assert "Voor je dochter van 8 jaar en je dochter van 3 jaar geldt hetzelfde" in reply, reply


def _semhar() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [12 mei"
        " 2026](recognition_date:2026-05-12), ik ben [34](age:sponsor). [mijn man]"
        "(relationship:spouse) is [38](age), [officieel](marriage_type:official) getrouwd."
        " [onze kinderen](relationship:child) zijn [17](age), [12](age) en [6](age)"
    )
    chat.say("ja, ze wordt 18 op 3 februari")
    chat.answer_plainly({}, 8)
    return chat


def test_one_line_for_a_daughters_18th_birthday_given_as_a_day():
    """Seed 003: "jonger dan 18 jaar" at the application. With her birthday told, the first
    answer says the day once, not also "vóór je kind van 17 jaar 18 wordt" (panel 46, g1: two
    "Belangrijk" lines for the same girl on a phone screen)."""
    chat = _semhar()
    first = chat.transcript().split("Dit is mijn inschatting:")[-1]
    assert "uiterlijk op 2 februari 2027" in first, chat.transcript()
    assert first.count("Belangrijk") == 1, first


def test_als_mijn_dochter_18_wordt_voor_de_afspraak__the_girl_of_17_and_her_limit():
    """ "en als mijn dochter 18 wordt voor ze een afspraak krijgen? bij vfs is het soms maanden
    wachten" made the girl of 6 "je dochter" and got the where block and "hoe lang de
    behandeling duurt" (panel 46, g1)."""
    chat = _semhar()
    reply = chat.say(
        "en als [mijn dochter](relationship:child) 18 wordt voor ze een afspraak krijgen? bij"
        " vfs is het soms maanden wachten",
        intent="ask_processing_time",
    )
    girl = [p for p in chat.people if p.get("word") == "dochter"]
    assert [p["age"] for p in girl] == [17], chat.transcript()
    assert "2 februari 2027" in reply, reply
    assert "referentiepost" not in reply and "Hoe lang" not in reply, reply


def _ahmed() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben vrijwilliger en schrijf voor Ahmed, [33](age:sponsor). Hij is [erkend"
        " vluchteling](sponsor_status:refugee) sinds [1 augustus 2026](recognition_date:2026-08-01)."
        " [Zijn vrouw](relationship:spouse) Zainab is [28](age), [officieel]"
        "(marriage_type:official) getrouwd in 2019. [Dochter](relationship:child) is [4](age),"
        " [zoontje](relationship:child) is [6 maanden](age)"
    )
    for _ in range(8):
        if (
            chat.question == "applicant.relationship_predates_arrival"
            and "zoon" in (chat.transcript().splitlines()[-1])
        ):
            break
        chat.answer_plainly({}, 1)
    chat.say("nee, hij is geboren in juni toen Ahmed al in België was. Zainab was zwanger", "deny")
    chat.answer_plainly({}, 6)
    return chat


def test_hij_is_geboren_in_juni__the_recognition_date_stays():
    """ "nee, hij is geboren in juni toen Ahmed al in België was" made the status date "sinds
    juni 2026" (panel 46, h5); seed 003's 12 months run from "de erkenning"."""
    chat = _ahmed()
    assert chat.state["sponsor"]["recognition_date"] == "2026-08-01", chat.transcript()
    son = [p for p in chat.people if p.get("word") in ("zoontje", "zoon")]
    assert son and son[0]["facts"].get("relationship_predates_arrival") is False, chat.people


def test_dna_for_a_baby_born_after_the_arrival__no_other_valid_proofs():
    """Seed 002: "andere geldige bewijzen ... op voorwaarde dat deze band al vóór de
    binnenkomst van de gezinshereniger in België bestond"; seed 003: "onder voorbehoud van een
    DNA-test" (panel 46, h5)."""
    chat = _ahmed()
    reply = chat.say(
        "Zainab heeft een geboorteakte van de baby, maar ahmed staat er niet op. moeten ze een"
        " DNA test doen?",
        intent="ask_dna_test",
    )
    assert "gelden de andere geldige bewijzen niet" in reply, chat.transcript()
    assert "DNA-test" in reply, reply


def test_zainab_was_zwanger_voor_hij_vertrok__what_the_seeds_say():
    chat = _ahmed()
    reply = chat.say(
        "Dus de baby telt echt als 'na aankomst'? Zainab was al zwanger voor hij vertrok, maakt"
        " dat niks uit?",
        intent="ask_means_of_subsistence",
    )
    assert "zwangerschap" in reply and "niet in onze informatie" in reply, chat.transcript()
    assert "Ben je erkend" not in reply and "leefloon" not in reply, reply


def test_als_ahmed_dat_inkomen_niet_haalt__the_humanitarian_visa_in_second_order():
    """Seed 000: "in tweede orde een humanitair visum te vragen ... wanneer je wel
    bestaansmiddelen kan voorleggen, maar deze niet voldoende stabiel, toereikend of regelmatig
    zijn" (panel 46, h5: the income rule again)."""
    chat = _ahmed()
    reply = chat.say(
        "En als Ahmed dat inkomen niet haalt, kan de baby dan niet mee?",
        intent="ask_means_of_subsistence",
    )
    assert "in tweede orde" in reply, chat.transcript()


def _els() -> Chat:
    chat = Chat()
    chat.say(
        "Ik ben [Belgische](sponsor_status:belgian) en vorig jaar getrouwd met Murat, hij is Turks"
        " en zit nu in [Turkije](country) met zijn [zoontje](relationship:child) Emre."
    )
    chat.say("murat is [37](age), emre is [9](age)")
    chat.say("[officieel](marriage_type:official)")
    chat.say("[35](age)")
    chat.say("Mijn partner en de andere ouder samen", intent="inform")
    return chat


def test_getrouwd_met_murat_hij_is_turks__je_man_not_je_murat():
    """ "getrouwd met Murat, hij is Turks" gave "Hoe oud is je man of vrouw?" and "Het paspoort
    van je murat" (panel 46, h4): a first name is no word to call him by; "hij" makes him a
    man."""
    chat = _els()
    spouse = chat.person("spouse")
    assert spouse["word"] == "man", chat.people
    assert "murat" not in chat.transcript().split("> murat is")[1].lower(), chat.transcript()


def test_gedeeld_hoederecht_toestemming_nog_niet_gevraagd__the_first_answer_says_it():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen":
    the first answer said "recht op gezinshereniging" with the consent still unknown (h4)."""
    chat = _els()
    if chat.question == "applicant.custody":
        chat.say("[gedeeld](custody:shared)")
    chat.say("dat weten we nog niet, we moeten het haar nog vragen", intent="deny")
    chat.answer_plainly({}, 4)
    first = chat.transcript().split("Dit is mijn inschatting:")[-1]
    assert "alleen als de andere ouder schriftelijk toestemt" in first, chat.transcript()


def _hodan() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 februari"
        " 2026](recognition_date:2026-02-01), ik ben [44](age:sponsor). [mijn zoon]"
        "(relationship:child) is [19](age) en [mijn dochter](relationship:child) is [23](age)."
        " ze zijn in nairobi bij [mijn zus](relationship:sibling)"
    )
    chat.say("nee", intent="deny")  # the son has no handicap
    chat.say("ja, toen was hij 17", intent="affirm")  # a minor at the asylum application
    chat.say("ja zwaar gehandicapt, ze kan niks alleen", intent="affirm")  # the daughter
    chat.say("ja", intent="affirm")
    return chat


def test_is_dat_genoeg_voor_ifrah__the_exemption_not_hers():
    """Seed 001 gives the disabled adult child no exemption; seed 003's 12 months hold for the
    son who was a minor at the asylum application. "ik heb leefloon ... is dat genoeg voor
    ifrah?" got "Je hoeft nu geen inkomen te bewijzen" alone (panel 46, h3)."""
    chat = _hodan()
    reply = chat.say(
        "ik heb nu leefloon van ocmw en een klein appartement. is dat genoeg voor ifrah?",
        intent="ask_means_of_subsistence",
    )
    assert "Voor je zoon:" in reply, chat.transcript()
    assert "Of ze ook geldt voor je dochter, zegt ze niet" in reply, reply


def test_en_voor_ifrah_is_er_ook_een_datum__none_for_her_right():
    chat = _hodan()
    reply = chat.say("en voor ifrah, is er ook een datum? of kan zij altijd", intent="ask_deadline")
    assert "1 februari 2027" in reply, chat.transcript()
    assert "Voor je dochter noemt onze informatie geen eigen termijn" in reply, reply


def test_kan_mijn_zus_ook_meekomen__she_is_asked_about_as_one_who_comes():
    """Seed 001: "Meerderjarige kinderen, ... en andere familieleden kunnen u niet in België
    komen vervoegen via gezinshereniging ... om humanitaire redenen (art. 9 en 13)". The carer
    asked to come along got "geen antwoord" (panel 46, h3)."""
    chat = _hodan()
    chat.say(
        "[mijn zus](relationship:sibling) zorgt nu voor ifrah. kan [mijn zus]"
        "(relationship:sibling) ook meekomen om ifrah te helpen?"
    )
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()
    chat.answer_plainly({}, 4)
    chat.say("ja dat klopt", intent="affirm")
    assert "Je zus heeft geen recht op gezinshereniging" in chat.transcript(), chat.transcript()


def _tesfay() -> Chat:
    chat = Chat.confirmed(
        "Ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 augustus 2026]"
        "(recognition_date:2026-08-20), ik ben [29](age:sponsor). [mijn vrouw](relationship:spouse)"
        " is [26](age) en [mijn zoontje](relationship:child) is [3](age). we zijn getrouwd in de"
        " [kerk](marriage_type:religious_or_customary)",
        limit=8,
    )
    return chat


def test_heeft_mijn_zoon_zijn_eigen_recht_ook_als_het_voor_mijn_vrouw_niet_lukt():
    """Seeds 001 and 003 give the child's right its own conditions; "en als helen geen visum
    krijgt, kan mijn zoon dan toch komen?" got "geen antwoord" twice (panel 46, h2)."""
    chat = _tesfay()
    reply = chat.say(
        "ik bedoel: heeft [mijn zoon](relationship:child) zijn eigen recht, ook als het voor"
        " [mijn vrouw](relationship:spouse) niet lukt?"
    )
    assert reply.startswith("Je zoon heeft een eigen recht op gezinshereniging"), chat.transcript()
    other = chat.say("en als helen geen visum krijgt, kan [mijn zoon](relationship:child) dan toch"
                     " komen?")  # fmt: skip
    assert other.startswith("Je zoon heeft een eigen recht"), other


def _javid() -> Chat:
    chat = Chat()
    chat.say(
        "Dag, ik ben maatschappelijk werker bij het OCMW Gent. Ik schrijf voor een cliënt, Javid,"
        " [17](age:sponsor) jaar, Afghaans. Hij is alleen naar België gekomen en is op [2 oktober"
        " 2026](recognition_date:2026-10-02) erkend als [vluchteling](sponsor_status:refugee)."
        " [Zijn ouders](relationship:parent) ([45](age:sponsor) en [41](age:sponsor)) en 2"
        " [broers](relationship:sibling) ([12](age:sponsor) en [20](age:sponsor)) zitten in"
        " [Iran](country)."
    )
    chat.say("nee, zelfde ouders, allebei volle broers", intent="deny")
    chat.say("Ja, dat klopt", intent="affirm")
    chat.say("Javid wordt 18 op 30 juni 2027.")
    return chat


def test_dvz_beslist_pas_na_zijn_verjaardag__the_filing_date_counts():
    """Seed 002: "De datum van indiening van de aanvraag is echter van wezenlijk belang" and
    "Te late indiening ... op een datum waarop de gezinshereniger zijn recht ... heeft verloren
    (b.v. ... leeftijdsvoorwaarde)": the last day twice did not answer it (panel 46, g2)."""
    chat = _javid()
    reply = chat.say(
        "ok maar als we in mei indienen en DVZ beslist pas na zijn verjaardag, is het dan te laat?",
        intent="ask_deadline",
    )
    assert "Wat telt, is de dag waarop de aanvraag ingediend wordt" in reply, chat.transcript()
    assert "29 juni 2027" in reply, reply


def test_wat_maakt_zijn_dossier_sterker__the_adult_brothers_file_not_other_carers():
    """Seed 000: "Je zal uitvoerig moeten aantonen dat je ondanks je meerderjarigheid nog
    steeds ten laste bent van je ouders" (panel 46, g2: "DVZ kijkt of een ander familielid
    voor de broer ... kan zorgen")."""
    chat = _javid()
    reply = chat.say(
        "De [broer](relationship:sibling) van [20](age) werkt soms als dagloner in Iran en woont"
        " nog bij de ouders. Heeft hij dan nog een kans? Wat maakt zijn dossier sterker?"
    )
    assert "ander familielid" not in reply, chat.transcript()
    assert "sterker" in reply and "20 jaar" in reply, reply


def test_tot_welke_leeftijd_kan_mijn_zoon_nog_komen__before_18():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn" (panel 46, g4: a processing
    time line, then the routes again)."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 januari 2024]"
        "(recognition_date:2024-01-15), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [40](age), [officieel](marriage_type:official) getrouwd."
        " [onze kinderen](relationship:child) zijn [15](age) en [9](age)",
        limit=10,
    )
    reply = chat.say(
        "als ik eerst werk moet vinden duurt dat misschien lang. [mijn zoon](relationship:child)"
        " is al [15](age), is er een leeftijd dat het niet meer kan?",
        intent="ask_processing_time",
    )
    assert "18" in reply and "Hoe lang" not in reply, chat.transcript()


def test_kan_ze_dat_aanvragen_in_kinshasa_zelf__the_post_where_she_lives():
    """Seed 002: "bij de Belgische ambassade of het Belgisch consulaat die of dat bevoegd is
    voor de verblijfplaats van de aanvrager" (panel 46, g5: "geen antwoord")."""
    chat = Chat.confirmed(
        "ik woon in België met een [B-kaart](sponsor_status:third_country_national), ik ben"
        " [39](age:sponsor). [mijn mama](relationship:parent) is [66](age), ze is ziek en alleen"
        " in kinshasa",
        limit=8,
    )
    reply = chat.say("kan ze dat aanvragen in kinshasa zelf? of moet ze ergens anders heen")
    assert "bevoegd is voor de plaats waar je mama woont" in reply, chat.transcript()


def _youssef() -> Chat:
    """A Belgian of 31 and his wife of 27, officially married, the first answer given."""
    chat = Chat.confirmed(
        "ik ben [Belg](sponsor_status:belgian), [31](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [27](age), [officieel](marriage_type:official) getrouwd",
        limit=8,
    )
    return chat


def test_wat_moet_ik_in_dat_overzicht_zetten__seed_004s_overview():
    """Seed 004: "een gedetailleerd overzicht van zijn maandelijkse inkomsten en uitgaven"
    (panel 46, g3: "Sorry, dat begrijp ik niet")."""
    chat = _youssef()
    reply = chat.say(
        "ik krijg ook een eindejaarspremie en soms overuren. mijn huur is 650. wat moet ik in"
        " dat overzicht zetten voor die behoefteanalyse?",
        intent="out_of_scope",
    )
    assert "alle inkomsten en van alle uitgaven" in reply, chat.transcript()


def test_1_slaapkamer_welke_papieren_is_dat_groot_genoeg__both_answered():
    """Seed 004: "De documenten vormen maar een weerlegbaar vermoeden ... als de woning niet
    voldoende ruim is" (panel 46, g3: only the papers)."""
    chat = _youssef()
    reply = chat.say(
        "ik huur een klein appartement, 1 slaapkamer. welke papieren moet ik geven voor de"
        " woning? is dat groot genoeg?",
        intent="ask_housing",
    )
    assert "huurcontract" in reply and "te klein" in reply, chat.transcript()


def test_a_volunteer_asking_about_income_is_not_asked_if_he_is_a_refugee():
    """ "Ben je erkend vluchteling of subsidiair beschermd? Dan moet je dat niet bewijzen" to
    the volunteer who writes for Ahmed (panel 46, h5): the general text for a helper."""
    chat = Chat()
    chat.say(
        "ik ben vrijwilliger en schrijf voor Ahmed, hij is [erkend vluchteling]"
        "(sponsor_status:refugee). [zijn vrouw](relationship:spouse) wil komen"
    )
    reply = chat.say("moet hij een inkomen hebben?", intent="ask_means_of_subsistence")
    assert "Ben je erkend" not in reply, chat.transcript()
    assert "je cliënt" in reply, reply


def test_als_mijn_dochter_18_wordt_voor_de_afspraak__the_humanitarian_visa_after():
    """Seed 001: "Andere meerderjarige kinderen ... op grond van een tijdelijke
    verblijfsvergunning (art. 9 en 13 - humanitair visum)"; seed 000 "in tweede orde ... of
    wanneer de leeftijdsvoorwaarden niet vervuld zijn" (panel 46, g1: "Daarna is er geen recht
    ... meer" and nothing after)."""
    chat = _semhar()
    reply = chat.say(
        "en als [mijn dochter](relationship:child) 18 wordt voor ze een afspraak krijgen?",
        intent="ask_processing_time",
    )
    assert "humanitair visum" in reply and "tweede orde" in reply, chat.transcript()


def test_mijn_zoon_is_al_15_then_mijn_zoon__the_same_boy():
    """ "mijn zoon is al 15" then "tot welke leeftijd kan mijn zoon nog komen?" made the child
    of 9 "je zoon" too (panel 46, g4)."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 januari 2024]"
        "(recognition_date:2024-01-15), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [40](age), [officieel](marriage_type:official) getrouwd."
        " [onze kinderen](relationship:child) zijn [15](age) en [9](age)",
        limit=10,
    )
    chat.say("[mijn zoon](relationship:child) is al [15](age), is er een leeftijdsgrens?")
    chat.say("nee ik bedoel: tot welke leeftijd kan [mijn zoon](relationship:child) nog komen?")
    words = {p["age"]: p.get("word") for p in chat.people if p["relationship"] == "child"}
    assert words == {15: "zoon", 9: None}, chat.transcript()


def test_betalen_de_ouders_niks_ook_als_hij_18_is__the_fee_and_the_day_the_right_ends():
    """Seed 002 exempts the parents "indien deze vreemdeling op het moment van de indiening van
    zijn asielaanvraag minder dan 18 jaar oud was"; seed 001 (art. 10, §1, 7°) gives the right
    while "de NBMV jonger is dan achttien jaar" (panel 46, g2: the fee line alone)."""
    chat = _javid()
    reply = chat.say(
        "en de ouders betalen echt niks? ook als javid intussen 18 zou zijn bij het indienen?",
        intent="ask_costs",
    )
    assert "Kosten" in reply and "29 juni 2027" in reply, chat.transcript()


def test_a_sponsor_of_17__the_first_answer_asks_his_birthday():
    """Seed 001 (art. 10, §1, 7°): the parents' right holds while "de NBMV jonger is dan
    achttien jaar"; his birthday is the last day, and the first answer showed only the 12
    months' date (panel 46, g2)."""
    chat = Chat()
    chat.say(
        "Dag, ik ben maatschappelijk werker bij het OCMW Gent. Ik schrijf voor een cliënt, Javid,"
        " [17](age:sponsor) jaar, Afghaans. Hij is alleen naar België gekomen en is op [2 oktober"
        " 2026](recognition_date:2026-10-02) erkend als [vluchteling](sponsor_status:refugee)."
        " [Zijn ouders](relationship:parent) ([45](age:sponsor) en [41](age:sponsor)) zitten in"
        " [Iran](country)."
    )
    chat.say("Ja, dat klopt", intent="affirm")
    first = chat.transcript().split("Dit is mijn inschatting:")[-1]
    assert "Wanneer wordt je cliënt 18? Schrijf de datum" in first, chat.transcript()
    reply = chat.say("Javid wordt 18 op 30 juni 2027.")
    assert "29 juni 2027" in reply, reply


def test_ze_heeft_een_handicap_after_her_age__hers_not_her_brothers():
    """ "ifrah is 23. ze heeft een zware verstandelijke handicap" answering "Hoe oud is je
    dochter?" made the son in focus disabled, and five corrections did not undo it (panel 47,
    h1)."""
    chat = Chat()
    chat.say("[mijn zoon](relationship:child) en [mijn dochter](relationship:child)")
    chat.say("[Subsidiaire bescherming](sponsor_status:subsidiary_protection)")
    chat.say("abdi is [19](age) nu. maar hij was [17](age) toen ik asiel vroeg in maart 2024")
    chat.say("[1 februari 2026](recognition_date:2026-02-01)")
    chat.say(
        "ifrah is [23](age). ze heeft een zware verstandelijke [handicap](disability:disabled),"
        " ze heeft altijd bij mij gewoond"
    )
    disabled = {p["word"]: p["facts"].get("disabled") for p in chat.people}
    assert disabled == {"zoon": None, "dochter": True}, chat.transcript()


def test_mijn_zoon_heeft_geen_handicap__corrected_beside_a_disabled_daughter():
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 februari"
        " 2026](recognition_date:2026-02-01), ik ben [44](age:sponsor). [mijn zoon]"
        "(relationship:child) is [19](age) en [mijn dochter](relationship:child) is [23](age)"
    )
    chat.say("ja", intent="affirm")  # "Heeft je zoon een handicap?" answered yes by mistake
    chat.say("[mijn zoon](relationship:child) heeft geen handicap")
    assert chat.person("child")["facts"].get("disabled") is False, chat.transcript()


def test_the_button_mijn_man_of_vrouw_then_mijn_vrouw__she_is_je_vrouw():
    """The button gives a spouse with no word; "mijn vrouw is 33" then names her (panel 47,
    h4: "Je man of vrouw" in every answer)."""
    chat = Chat()
    chat.press('/inform{"relationship":"spouse"}')
    chat.say(
        "ik werk hier, ik heb een [A kaart](sponsor_status:third_country_national). en ook"
        " [mijn 3 kinderen](relationship:child) willen komen"
    )
    chat.say("[mijn vrouw](relationship:spouse) is [33](age). [officieel](marriage_type:official)")
    assert chat.person("spouse")["word"] == "vrouw", chat.transcript()
    assert "man of vrouw" not in chat.transcript().split("mijn vrouw is 33")[-1], chat.transcript()


def test_geen_woning_te_bewijzen__then_a_home_not_income():
    """Seed 003's "Bijzondere bepaling" for the home: after the 12 months, the home must be
    proven (panel 47, g5: "Daarna moet je cliënt wel genoeg inkomen bewijzen")."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 november 2026]"
        "(recognition_date:2026-11-01), ik ben [35](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [30](age), [officieel](marriage_type:official) getrouwd",
        limit=8,
    )
    reply = chat.say("moet ik een woning hebben?")
    assert "wel een woning bewijzen" in reply and "inkomen" not in reply, chat.transcript()


STATUS_BUTTONS = [
    (b["title"], json.loads(b["payload"].replace("{{", "{").replace("}}", "}").split("inform")[1]))
    for b in RESPONSES["utter_ask_sponsor_status"][0]["buttons"]
]


@pytest.mark.parametrize(("title", "payload"), STATUS_BUTTONS)
def test_a_status_button_title_typed__its_status(title, payload):
    """A messaging channel may send the title, not the payload (panel 47, g3: "Ander
    verblijf" got "Sorry, dat begreep ik niet goed", the same buttons again)."""
    chat = Chat()
    chat.say("ik wil [mijn man](relationship:spouse) naar belgie laten komen")
    assert chat.question == "sponsor.status", chat.transcript()
    chat.say(title)
    assert chat.sponsor.get("status") == payload["sponsor_status"], chat.transcript()


AMINA = (
    "Goeiemiddag, ik ben vrijwilliger en help Amina, een Somalische [vrouw](relationship:spouse)"
    " van [30](age). Ze heeft sinds [5 november 2026](recognition_date:2026-11-05) [subsidiaire"
    " bescherming](sponsor_status:subsidiary_protection). [Haar 2 kinderen](relationship:child)"
    " van [10](age) en [7](age) wonen bij haar [moeder](relationship:parent) in Mogadishu."
    " Kunnen die [kinderen](relationship:child) naar hier komen?"
)


def test_haar_kinderen_wonen_bij_haar_moeder__no_mother_in_law_and_the_clients_age():
    """ "wonen bij haar moeder in Mogadishu. Kunnen die kinderen naar hier komen?" made "De
    schoonmoeder van je cliënt: wil naar België komen"; "een Somalische vrouw van 30" was no
    one's age, and the client was not "meerderjarig" (panel 47, g5)."""
    chat = Chat()
    chat.say(AMINA)
    assert [p["relationship"] for p in chat.people] == ["child", "child"], chat.transcript()
    assert chat.sponsor.get("age") == 30, chat.sponsor


def test_wie_gaat_mee_de_oma__no_applicant():
    """ "waar moeten de kinderen dan heen? nairobi? en wie gaat mee, de oma?" added the
    grandmother as an applicant (panel 47, g5)."""
    chat = Chat.answered(AMINA)
    chat.say(
        "er is geen belgische ambassade in somalie. waar moeten de [kinderen](relationship:child)"
        " dan heen? nairobi? en wie gaat mee, de [oma](relationship:grandparent)?"
    )
    assert "grandparent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_is_dat_dagwerk_een_probleem__his_earnings_weigh_against_ten_laste():
    """Seed 000: "dat je geen eigen inkomsten hebt waardoor je nog ten laste bent van je
    ouders" (panel 47, g1: the same advice again)."""
    chat = _javid()
    reply = chat.say(
        "is dat dagwerk een probleem? hij verdient daar echt weinig mee, een paar dagen per maand",
        intent="ask_means_of_subsistence",
    )
    assert reply.startswith("Eigen inkomsten maken het moeilijker"), chat.transcript()


def test_die_broer_van_20_wat_maakt_zijn_dossier_sterker__him_alone():
    chat = _javid()
    reply = chat.say(
        "ok goed. die [broer](relationship:sibling) van [20](age), wat maakt zijn dossier"
        " sterker? hij woont nog bij de ouders"
    )
    assert "broer van 20 jaar" in reply and "broer van 12 jaar" not in reply, chat.transcript()


def test_moet_ik_betalen_voor_allebei__each_pays():
    """Each relative makes a request of his own, with "het bewijs van de betaling van de
    visumleges" (seed 002; panel 47, g3: "moet ik betalen voor allebei?" not answered)."""
    chat = Chat.confirmed(
        "ik heb een [B kaart](sponsor_status:third_country_national), ik ben [52](age:sponsor)."
        " [mijn man](relationship:spouse) is [58](age), [officieel](marriage_type:official)"
        " getrouwd, en [mijn dochter](relationship:child) is [22](age), ze studeert",
        {"applicant.disabled": "nee"},
        8,
    )
    reply = chat.say("hoeveel kost het? moet ik betalen voor allebei?", intent="ask_costs")
    assert "betalen elk een bijdrage" in reply, chat.transcript()


def test_en_als_ze_weigert__the_mothers_refusal_beside_a_shared_custody():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen";
    "en als ze weigert? ze is niet altijd makkelijk" after the consent was read as a refusal by
    DVZ (panel 47, h2)."""
    chat = _els()
    if chat.question == "applicant.custody":
        chat.say("[gedeeld](custody:shared)")
    chat.say("dat weten we nog niet, we moeten het haar nog vragen", intent="deny")
    chat.answer_plainly({}, 4)
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en als ze weigert? ze is niet altijd makkelijk")
    assert "Zonder die toestemming blijft een humanitair visum" in reply, chat.transcript()
    other = chat.say("en als dvz weigert?")
    assert "toestemming" not in other, other


def test_a_custody_button_title_typed__its_custody():
    """ "Alleen de ouder in België" typed (a messaging channel sends the title) got "Sorry, dat
    begreep ik niet goed" (panel 48, g2): a title of the question's own buttons is its
    payload."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 juni 2026]"
        "(recognition_date:2026-06-01), ik ben [40](age:sponsor). [mijn zoon](relationship:child)"
        " is [10](age), zijn mama woont in Kenia, we zijn gescheiden"
    )
    for _ in range(6):
        if chat.question == "applicant.custody":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.custody", chat.transcript()
    title = chat.last.replies[-1]["buttons"][0]["title"]
    chat.say(title)
    assert chat.person("child")["facts"].get("custody") == "sole", chat.transcript()


AMINA_48 = (
    "Goeiendag, ik ben Jef, vrijwilliger. ik schrijf voor Amina, een Somalische [vrouw]"
    "(relationship:spouse) van [30](age) die ik help. Ze heeft [subsidiaire bescherming]"
    "(sponsor_status:subsidiary_protection) sinds [5 november 2026]"
    "(recognition_date:2026-11-05). [Haar 2 kinderen](relationship:child) van [10](age) en"
    " [7](age) zitten nog in Mogadishu bij haar [moeder](relationship:parent). De [papa]"
    "(relationship:parent) is gestorven in 2023."
)


def test_de_papa_is_gestorven__no_custody_asked_and_the_answer_when_asked():
    """Seed 003: custody only "Indien de ouders van de aanvrager gescheiden zijn". A helper's
    "De papa is gestorven in 2023" beside "haar 2 kinderen" got "nog samen, als koppel?" and a
    custody question for one child; "moet Amina een papier hebben over het hoederecht? de papa
    is dood" got "geen antwoord" (panel 48, g2)."""
    chat = Chat.answered(AMINA_48)
    assert "hoederecht" not in chat.transcript(), chat.transcript()
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "moet Amina een papier hebben over het hoederecht? de [papa](relationship:parent) is"
        " dood dus er is niemand anders"
    )
    assert "hoeft geen hoederecht te bewijzen" in reply, chat.transcript()


def test_de_oma_wil_zelf_niet_naar_belgie__no_applicant():
    chat = Chat.answered(AMINA_48)
    chat.say(
        "waar moeten de [kinderen](relationship:child) naartoe, en wie gaat met hen mee? de [oma]"
        "(relationship:grandparent) is oud en wil zelf niet naar belgie"
    )
    assert "grandparent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_mijn_man_of_vrouw_typed_then_mijn_vrouw_zwanger__one_wife_and_no_baby_yet():
    """The title "Mijn man of vrouw" typed became "Je man" beside "Je vrouw"; after "ze is 22 en
    zwanger", "en de baby? die komt in maart. kan die dan ook mee?" made the baby an applicant
    with a humanitarian visa "nu al" (panel 48, g5; seed 003: a child born, with its act)."""
    chat = Chat()
    chat.say("Mijn [man](relationship:spouse) of [vrouw](relationship:spouse)")
    chat.say("[asiel nog bezig](sponsor_status:asylum_seeker), ik heb gevraagd in augustus")
    chat.say(
        "ja [mijn vrouw](relationship:spouse). ze is [22](age) en zwanger, ze zit in egypte. we"
        " zijn [getrouwd](marriage_type:official) in khartoum in 2023 met papieren"
    )
    spouses = [(p["relationship"], p["word"]) for p in chat.people]
    assert spouses == [("spouse", "vrouw")], chat.transcript()
    chat.answer_plainly({"sponsor.age": "[24](age)"}, 6)
    chat.say(
        "en de [baby](relationship:child)? die komt in maart. kan die dan ook mee, ook al is die"
        " geboren nadat ik weg was?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def _rania() -> Chat:
    chat = Chat.confirmed(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [15"
        " september 2025](recognition_date:2025-09-15), ik ben [41](age:sponsor). [mijn man]"
        "(relationship:spouse) is [45](age), [officieel](marriage_type:official) getrouwd in 2004."
        " [onze zoon](relationship:child) is [17](age), hij wordt 18 op 20 januari 2027, en [onze"
        " dochter](relationship:child) is [14](age)",
        limit=8,
    )
    return chat


def test_en_als_het_niet_lukt_heeft_hij_dan_nog_een_kans__the_humanitarian_visa():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn"; seed 001: "Onder bepaalde
    bijzondere omstandigheden ... (art. 9 en 13 - humanitair visum)". A son who turns 18 before
    the request was told a late request's reasons would do (panel 48, g3)."""
    chat = _rania()
    reply = chat.say(
        "dat is over 6 weken al. we hebben nog niet alle papieren. en als het niet lukt, heeft"
        " hij dan nog een kans?",
        intent="deny",
    )
    assert "humanitair visum" in reply and "19 januari 2027" in reply, chat.transcript()
    assert "Wie later indient" not in reply, reply


def test_dat_ze_bij_mij_komt_wonen_samen_met_haar_dochtertje__the_daughter_comes():
    """ "ik wil dat ze bij mij komt wonen, samen met haar dochtertje" dropped the daughter as
    the one her mother lives with (panel 48, g4)."""
    chat = Chat()
    chat.say(
        "hallo, ik ben Marc, [Belg](sponsor_status:belgian), [50](age:sponsor). ik ben getrouwd"
        " met Lin, ze is chinees, [34](age) jaar. ik wil dat ze bij mij komt wonen, samen met"
        " haar [dochtertje](relationship:child)"
    )
    assert "stepchild" in [p["relationship"] for p in chat.people], chat.transcript()


YONAS = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
    "(recognition_date:2026-03-10), ik ben [19](age:sponsor). ik kwam alleen toen ik 16 was."
    " [mijn mama](relationship:parent) van [44](age) en [mijn zus](relationship:sibling) van"
    " [12](age) zitten in een kamp in soedan"
)


def _yonas() -> Chat:
    chat = Chat()
    chat.say(YONAS)
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 10)
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_omdat_ik_nu_19_ben__the_writer_not_someone_else():
    """ "dus mijn mama kan niet meer komen omdat ik nu 19 ben??" got "Over wie gaat 19 jaar?"
    (panel 48, g1)."""
    chat = _yonas()
    reply = chat.say("dus [mijn mama](relationship:parent) kan niet meer komen omdat ik nu [19](age)"
                     " ben?? ik wist dat niet van die 3 maanden")  # fmt: skip
    assert "Over wie gaat" not in reply, chat.transcript()


def test_mijn_papa_is_weg_niemand_weet_waar__how_to_show_it():
    """Seed 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen"
    (panel 48, g1: general tips for the mother's file)."""
    chat = _yonas()
    reply = chat.say(
        "[mijn papa](relationship:parent) is weg sinds 2022, niemand weet waar. hoe moet ik dat"
        " bewijzen?",
        intent="ask_documents",
    )
    assert "vermist is: toon dat aan" in reply, chat.transcript()


def test_als_mama_nee_krijgt_kan_mijn_zus_alleen_komen__seed_000s_siblings_alone():
    """Seed 000: "Indien je ouders niet meekomen ... De kans op slagen is in dit geval veel
    lager" (panel 48, g1: "geen antwoord")."""
    chat = _yonas()
    reply = chat.say(
        "als [mama](relationship:parent) nee krijgt, kan [mijn zus](relationship:sibling) dan"
        " alleen naar mij komen?"
    )
    assert "Op die vraag vind ik geen antwoord" not in reply, chat.transcript()


def test_an_asylum_seekers_baby_on_the_way__no_reunification_yet():
    """Seed 000: a humanitarian visa for the family of other third-country nationals; seed
    003's reunification only after the recognition (panel 48, g5: "Na de geboorte kan je kind
    ... gezinshereniging vragen" to a man still waiting)."""
    chat = Chat.confirmed(
        "ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker), ik ben"
        " [24](age:sponsor). [mijn vrouw](relationship:spouse) is [22](age) en zwanger, we zijn"
        " [officieel](marriage_type:official) getrouwd",
        limit=6,
    )
    reply = chat.say("de baby is nog niet geboren he. kan die later ook komen?")
    assert "nu alleen een humanitair visum" in reply, chat.transcript()
    assert "gezinshereniging vragen" not in reply, reply


def _hodan_with_sister() -> Chat:
    chat = _hodan()
    chat.say(
        "[mijn zus](relationship:sibling) zorgt nu voor ifrah. kan [mijn zus]"
        "(relationship:sibling) ook meekomen om ifrah te helpen?"
    )
    chat.answer_plainly({}, 4)
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_ik_heb_leefloon__the_exemption_not_said_for_the_sister_and_second_order_for_ifrah():
    """Seed 003's exemption is of family reunification; a sister's humanitarian visa weighs the
    sponsor's means (seed 001); seed 000's "in tweede orde" for the daughter who proves an
    income her mother lacks (panel 48, h1: "Voor je zus en je zoon: Je hoeft nu geen inkomen
    te bewijzen")."""
    chat = _hodan_with_sister()
    reply = chat.say(
        "ik heb leefloon van ocmw. is dat genoeg voor inkomen? of moet ik werk hebben",
        intent="ask_means_of_subsistence",
    )
    assert "Voor je zoon:" in reply and "je zus en je zoon" not in reply, chat.transcript()
    assert "in tweede orde" in reply, reply


def test_en_als_abdi_te_laat_is__overmacht_or_a_humanitarian_visa():
    """Seed 003: "Deze termijn van 12 maanden kan worden verlengd ... indien de aanvrager
    aantoont dat hij door overmacht verhinderd werd" (panel 48, h1: the Termijn block twice)."""
    chat = _hodan()
    reply = chat.say("en als abdi te laat is, bv maart? kan hij dan nog komen?")
    assert "overmacht" in reply and "humanitair visum" in reply, chat.transcript()
    assert "1 februari 2027" in reply, reply


def test_afspraak_bij_vfs_niks_vrij_telt_dat_als_reden__the_appointment_answer():
    """Seed 002: "De omstandigheden die de aanvrager verhinderd hebben om zijn aanvraag tijdig
    in te dienen worden door de Dienst Vreemdelingenzaken onderzocht" (panel 48, h4: the
    embassy block)."""
    chat = Chat.confirmed(
        "ik schrijf voor mijn cliënt, [erkend vluchteling](sponsor_status:refugee) sinds [1"
        " december 2025](recognition_date:2025-12-01), [35](age:sponsor). [zijn vrouw]"
        "(relationship:spouse) is [30](age), [officieel](marriage_type:official) getrouwd",
        limit=8,
    )
    reply = chat.say(
        "Ze proberen al weken een afspraak te krijgen bij VFS in Kampala, maar er is niks vrij."
        " Telt dat als reden?"
    )
    assert "referentiepost" not in reply and "DVZ" in reply, chat.transcript()


def _fatima() -> Chat:
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 september 2026]"
        "(recognition_date:2026-09-20), ik ben [27](age:sponsor). we hebben een [nikah]"
        "(marriage_type:religious_or_customary) gedaan in Kabul in 2020, nooit geregistreerd."
        " [mijn man](relationship:spouse) is [31](age) en [onze dochter](relationship:child) is"
        " [3](age), ze zijn in Peshawar",
        limit=8,
    )
    return chat


def test_nikahnama_legaliseren_kan_niet__seed_000s_distinction():
    """Seed 000: an official marriage whose act DVZ cannot recognise ("wanneer de legalisatie
    ontbreekt") is shown by other valid proofs; a marriage not official there keeps the
    humanitarian visa (panel 48, h3: the legalisation rule again)."""
    chat = _fatima()
    reply = chat.say(
        "we hebben alleen een nikahnama van de moskee. legaliseren kan niet, de taliban werkt"
        " niet mee. wat dan?",
        intent="ask_legalisation",
    )
    assert "andere geldige bewijzen" in reply and "humanitair visum" in reply, chat.transcript()


def test_a_soft_procedure_beside_a_child__each_fee_exemption_with_its_source():
    """Seed 000: "Er moet geen administratieve bijdrage voor het humanitair visum betaald
    worden" (the husband of a religious marriage); seed 002's art. 1/1, §2, 3° for the child
    (panel 48, h3: art. 1/1 cited for both)."""
    chat = _fatima()
    first = chat.transcript().split("Dit is mijn inschatting:")[-1]
    assert "voor je man: praktijk DVZ" in first, chat.transcript()


def test_als_het_voor_mijn_man_niet_lukt_kan_mijn_dochter_toch__and_the_fathers_consent():
    """Seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    gezinshereniging instemmen" (panel 48, h3: not said of a girl who comes without him)."""
    chat = _fatima()
    reply = chat.say(
        "en als het voor [mijn man](relationship:spouse) niet lukt, kan [mijn dochter]"
        "(relationship:child) dan toch komen? alleen zonder hem?"
    )
    assert "eigen recht" in reply and "schriftelijk toestemmen" in reply, chat.transcript()


def test_in_januari_wordt_hij_18_20_januari__the_day_in_brackets():
    """ "mijn zoon is 17, in januari wordt hij 18 (20 januari)" kept no day, and the last day
    before his 18th birthday was never said (panel 48, g3)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [15"
        " september 2025](recognition_date:2025-09-15)"
    )
    chat.say("[mijn zoon](relationship:child) is [17](age), in januari wordt hij 18 (20 januari)")
    assert chat.person("child")["facts"].get("majority_date") == "2027-01-20", chat.transcript()


def test_a_guardians_hij_wordt_18_op_15_mei__the_parents_last_day():
    """Seed 001 (art. 10, §1, 7°): the parents' right holds while "de NBMV jonger is dan
    achttien jaar". A guardian's "een Afghaanse jongen van 16 ... hij wordt 18 op 15 mei 2027"
    kept neither the age nor the day, and the first answer gave the 12 months' date (panel
    49, g4)."""
    chat = Chat()
    chat.say(
        "Goeiedag, ik ben de voogd van Ahmad, een Afghaanse jongen van [16](age:sponsor) die hier"
        " alleen is toegekomen. Hij is erkend als [vluchteling](sponsor_status:refugee) op [1"
        " oktober 2026](recognition_date:2026-10-01). [Zijn ouders](relationship:parent) zitten"
        " in Iran"
    )
    assert chat.sponsor.get("age") == 16, chat.transcript()
    chat.say("16, zoals gezegd. hij wordt 18 op 15 mei 2027")
    assert chat.sponsor.get("majority_date") == "2027-05-15", chat.sponsor


def test_telt_die_als_mijn_kind__the_baby_on_the_way_and_ze_is_22_is_the_wife():
    """ "de baby is geboren nadat ik weg ben. telt die dan wel als mijn kind?" added a child;
    "ze is 22 en ik 24" then made that child 22 (panel 49, g2)."""
    chat = Chat()
    chat.say(
        "[asiel nog bezig](sponsor_status:asylum_seeker). [mijn vrouw](relationship:spouse) is in"
        " egypte en zij is zwanger"
    )
    chat.say(
        "de [baby](relationship:child) is geboren nadat ik weg ben uit sudan. telt die dan wel"
        " als [mijn kind](relationship:child) voor gezinshereniging?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    chat.say("iemand zegt dat ze 21 moet zijn. ze is [22](age) en ik [24](age), is dat ok?")
    assert chat.person("spouse")["age"] == 22, chat.transcript()


def test_kan_mijn_dochter_komen_zonder_haar_papa__her_own_right_and_the_consent():
    """Seeds 001 and 003: the child's own right; "Indien de hoede gedeeld wordt, moet de andere
    houder van het hoederecht ... instemmen" (panel 49, h2: "geen antwoord")."""
    chat = _fatima()
    reply = chat.say(
        "kan [mijn dochter](relationship:child) komen zonder haar [papa](relationship:parent)?"
    )
    assert "eigen recht" in reply and "schriftelijk toestemmen" in reply, chat.transcript()


def test_zijn_paspoort_is_weg__no_missing_parent():
    """ "zijn paspoort is weg" asked about the son's passport got the missing parent's proof
    (panel 49, h1)."""
    chat = _hodan()
    reply = chat.say(
        "zijn paspoort is weg, hoe bewijs ik zijn identiteit?", intent="ask_travel_document"
    )
    assert "vermist" not in reply and "paspoort" in reply.lower(), chat.transcript()


def test_a_bigger_flat_later_for_a_mothers_humanitarian_visa__no_art_40ter():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast"; a Belgian son's mother on a humanitarian request was told seed 004's
    lease rule under art. 40ter (panel 49, h4)."""
    chat = Chat.confirmed(
        "ik ben [Belg](sponsor_status:belgian), [29](age:sponsor). [mijn moeder]"
        "(relationship:parent) is [58](age), weduwe, alleen in Tanger",
        limit=8,
    )
    reply = chat.say("moet ik eerst een groter appartement zoeken of mag dat later?")
    assert "40ter" not in reply and "humanitair visum" in reply, chat.transcript()


def test_tot_wanneer_ook_voor_mijn_vriend__the_sons_day_too():
    """ "tot wanneer moet het ingediend zijn? ook voor mijn vriend dezelfde datum?" got only
    "geen vaste termijn" of the partner's humanitarian visa (panel 49, h3)."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 februari 2026]"
        "(recognition_date:2026-02-02), ik ben [33](age:sponsor). [mijn vriend]"
        "(relationship:partner) is [36](age), we zijn niet getrouwd maar woonden 5 jaar samen."
        " [onze zoon](relationship:child) is [4](age)",
        limit=10,
    )
    reply = chat.say(
        "tot wanneer moet het ingediend zijn? ook voor [mijn vriend](relationship:partner)"
        " dezelfde datum?",
        intent="ask_deadline",
    )
    assert "2 februari 2027" in reply, chat.transcript()


def test_hoe_lang_duurt_het_beside_a_sisters_humanitarian_visa__whose_year():
    """Seed 001's "een jaar of meer" is the humanitarian visa's; it was said of the children's
    family reunification without saying whose (panel 49, h1)."""
    chat = _hodan_with_sister()
    reply = chat.say(
        "hoe lang duurt het voordat abdi en ifrah antwoord krijgen?", intent="ask_processing_time"
    )
    assert "Voor je zus (humanitair visum):" in reply, chat.transcript()


def test_iemand_zegt_dat_ze_21_moet_zijn__the_couples_age_rule():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18
    jaar wanneer uw huwelijk al bestond vóór de aankomst in België" (panel 49, g2)."""
    chat = Chat.confirmed(
        "ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker), ik ben"
        " [24](age:sponsor). [mijn vrouw](relationship:spouse) is [22](age), we zijn"
        " [officieel](marriage_type:official) getrouwd in 2023",
        limit=6,
    )
    reply = chat.say("iemand in het centrum zegt dat ze 21 moet zijn. klopt dat?")
    assert "21 jaar" in reply and "18 jaar genoeg" in reply, chat.transcript()
