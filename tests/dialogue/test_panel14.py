"""What the persona panel found in rounds 13 (z2, y2, y4) and 14 (a1-a5, b1-b5), each as the
user wrote it, annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def _belgian_with_a_stepson() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [67](age:sponsor) jaar. de [zoon van mijn "
        "vriendin](relationship:stepchild) wil komen, hij is [20](age)"
    )
    return chat


def test_z2_de_zoon_van_mijn_vriendin__the_son_is_the_stepchild_not_the_girlfriend():
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg". The
    stepchild told as "de zoon van mijn vriendin" was stored as "vriendin", "zij", without age
    (panel 13, z2)."""
    chat = _belgian_with_a_stepson()
    stepson = chat.person("stepchild")
    assert stepson["word"] == "zoon" and stepson["pronoun"] == "hij", chat.transcript()
    assert stepson["age"] == 20
    assert "Je stiefzoon: 20 jaar" in chat.transcript()


def test_getrouwd_sinds_2022__a_year_is_no_age():
    chat = _belgian_with_a_stepson()
    chat.say("we zijn getrouwd sinds [2022](age), zij woont bij mij")
    assert "2022 jaar" not in chat.transcript() and "Sorry" not in chat.transcript()
    assert [p["age"] for p in chat.people] == [20]


def test_z2_mijn_vrouw_verdient_1300__the_reference_amount_is_the_belgians_own_income():
    """Seed 004: "Als je Belgische (stief)ouder ... aantoont dat hij een inkomen heeft dat gelijk
    is aan of hoger is dan het wettelijke referentiebedrag" and, to prove dependency, "bewijs van
    het inkomen van de Belg (en zijn echtgenoot of partner)". The wife who earns is no applicant
    of 1, and "1100 euro" is no age of 110 (panel 13, z2)."""
    chat = _belgian_with_a_stepson()
    chat.answer_plainly({})
    reply = chat.say(
        "ik heb 1100 euro pensioen en [mijn vrouw](relationship:spouse) verdient 1300 euro, is "
        "dat genoeg?",
        "ask_means_of_subsistence",
    )
    assert [p["relationship"] for p in chat.people] == ["stepchild"], chat.transcript()
    assert "Je schreef 1.100 euro per maand" in reply and "110 jaar" not in reply
    assert "Het referentiebedrag gaat over je eigen inkomen" in reply
    assert "het inkomen van je vrouw meetelt, staat niet in onze informatie" in reply
    assert "bewijs van het inkomen van je vrouw, bijvoorbeeld recente loonfiches" in reply
    assert "Hoe oud is je vrouw" not in reply


def test_z2_1_slaapkamer_hij_slaapt_in_de_zetel__seed_004_weerlegbaar_vermoeden():
    """Seed 004: "De documenten vormen maar een weerlegbaar vermoeden ... als de woning niet
    voldoende ruim is om er te koken, te wonen en te slapen ... In de praktijk zal de DVZ dat
    moeilijk kunnen controleren. Tenzij ... eenpersoonswoning." (panel 13, z2; panel 14, a3:
    "is een studio groot genoeg??")."""
    chat = _belgian_with_a_stepson()
    chat.answer_plainly({})
    reply = chat.say(
        "we hebben een appartement met 1 slaapkamer, hij kan in de zetel slapen. is dat ok?",
        "ask_housing",
    )
    assert "te klein is om er te koken, te wonen en te slapen" in reply, chat.transcript()
    assert "woning voor 1 persoon" in reply
    assert "KB 8.7.1997" in reply and "art. 40ter, §2" in reply


def test_housing_space_of_a_third_country_national__seed_003s_rule_not_seed_004s():
    """Seed 003: "voldoende huisvesting ... die voldoet aan de voorwaarden die gesteld worden
    aan een onroerend goed dat wordt verhuurd als hoofdverblijfplaats" (the other side)."""
    chat = Chat.answered(
        "ik heb een [verblijfskaart](sponsor_status:third_country_national), ik ben "
        "[39](age:sponsor). [mijn vrouw](relationship:spouse) is [34](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say("is een studio groot genoeg?", "ask_housing")
    assert "regels voor een huurwoning" in reply, chat.transcript()
    # seed 004's practice only as a Belgian's family's rule (panel 63, g5)
    seed_004 = reply.split("regels voor een huurwoning")[1]
    assert "KB 8.7.1997" not in reply or "Voor gezinshereniging met een Belg" in seed_004, reply


def test_y2_en_zijn_moeder_ze_is_weduwe_68_jaar__the_mothers_age_not_the_wifes():
    """A social worker's client's widowed mother told after his wife: "ze is ..., 68 jaar" is
    the mother's (panel 13, y2: the wife became 68)."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker en schrijf voor een client. hij is [erkend "
        "vluchteling](sponsor_status:refugee) sinds [2 maanden](recognition_date:2026-10-01"
        "|approximate), [34](age:sponsor) jaar. [zijn vrouw](relationship:spouse) ([30](age))"
        " zit in jordanie"
    )
    assert chat.sponsor.get("age") == 34, chat.transcript()
    chat.say(
        "en [zijn moeder](relationship:parent)? ze is weduwe, [68](age) jaar en woont alleen "
        "in syrie. kan zij ook komen?",
        "check_eligibility",
    )
    assert chat.person("spouse")["age"] == 30, chat.transcript()
    assert chat.person("parent")["age"] == 68


def test_y2_wat_moet_ze_bewijzen_before_the_answer__after_the_questions_not_a_general_text():
    """A case question while the bot still asks: answered for this family after the questions,
    not "Vertel me wie naar België wil komen" to someone who did (panel 13, y2)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 maart 2026]"
        "(recognition_date:2026-03-03). [mijn vrouw](relationship:spouse) wil komen"
    )
    reply = chat.say("wat moet ze bewijzen?", "ask_conditions")
    assert "Ik zeg het na deze vragen" in reply, chat.transcript()
    assert "Vertel me wie naar België wil komen" not in reply


def _expecting() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 augustus 2026]"
        "(recognition_date:2026-08-12), ik ben [29](age:sponsor). [mijn vriendin]"
        "(relationship:partner) is in ethiopie en ze is zwanger, 5 maand. we zijn niet getrouwd"
    )
    return chat


def test_y4_ze_is_zwanger__the_common_child_question_asks_for_a_child_born():
    """Seed 000: "het bestaan van gemeenschappelijke kinderen". A baby on the way is not yet a
    child to apply for; "de baby komt in maart" is no applicant of 0 (panel 13, y4)."""
    chat = _expecting()
    assert "Hebben jullie al samen een kind dat geboren is?" in chat.transcript()
    chat.say("nee, nog niet, de [baby](relationship:child) komt in maart", "deny")
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_y4_als_de_baby_geboren_is__the_childs_own_right_and_the_partners_proof():
    chat = _expecting()
    chat.answer_plainly({"applicant.age": "24"})
    reply = chat.say("en als de [baby](relationship:child) geboren is?")
    assert "Een kind dat nog niet geboren is, kan nog geen aanvraag doen" in reply
    assert "je kind onder voorwaarden" in reply and "het kind van jou" not in reply
    assert "Na de geboorte is de baby een kind van jullie samen" in reply, chat.transcript()


def test_a4_het_gaat_om_mijn_client_een_jongeman_van_20__the_client_not_the_writer():
    """Panel 14, a4: "het gaat om mijn cliënt" held "gaat om mij" (not a helper) and the age 20
    became "Jij: 20 jaar"."""
    chat = Chat()
    chat.say(
        "Het gaat om mijn cliënt, een Afghaanse jongeman van [20](age:sponsor). Hij wil [zijn "
        "moeder](relationship:parent) en [zijn zusje](relationship:sibling) laten overkomen.",
        "check_eligibility",
    )
    assert chat.state["writer"] == "helper", chat.transcript()
    assert chat.sponsor.get("age") == 20
    assert "Jij" not in chat.transcript()


def test_a4_hij_was_17_toen_hij_asiel_aanvroeg__no_asylum_seeker_now():
    """Panel 14, a4: "hij was 17 toen hij asiel aanvroeg ... hij is in de procedure 18
    geworden" turned the recognised client into an asylum seeker."""
    chat = Chat()
    chat.say(
        "mijn client is [erkend vluchteling](sponsor_status:refugee) sinds [29 september 2026]"
        "(recognition_date:2026-09-29), [20](age:sponsor) jaar. hij wil [zijn moeder]"
        "(relationship:parent) laten komen"
    )
    chat.say(
        "ja hij was [17](age:sponsor) toen hij asiel aanvroeg. hij is [in de procedure]"
        "(sponsor_status:asylum_seeker) [18](age) geworden"
    )
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_ik_ben_nog_in_de_procedure__an_asylum_seeker_now():
    chat = Chat()
    chat.say(
        "ik ben nog [in de procedure](sponsor_status:asylum_seeker), ik was [17](age:sponsor) "
        "toen ik kwam. [mijn vrouw](relationship:spouse) is in irak"
    )
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()


def _helper_mother_and_sister() -> Chat:
    chat = Chat()
    chat.say(
        "ik schrijf voor een client. hij is [erkend vluchteling](sponsor_status:refugee) sinds "
        "[29 september 2026](recognition_date:2026-09-29), [20](age:sponsor) jaar. hij wil [zijn"
        " moeder](relationship:parent) en [zijn zusje](relationship:sibling) laten komen. "
        "[vader](relationship:parent) is overleden"
    )
    chat.answer_plainly(
        {"sponsor.minor_when_applied_for_asylum": "ja", "applicant.age": "45"},
    )
    return chat


def test_a4_only_the_mother_applies__de_moeder_van_je_client_not_de_ouders():
    """Seed 002: "binnen de drie maanden na de erkenning"; the father died, so the request is
    the mother's, not "van de ouders" (panel 14, a4), and the 3 months cite C-550/16 and seed
    002's art. 1/1, never art. 10, §1, 7°, which is the minor's parents' right (seed 001)."""
    chat = _helper_mother_and_sister()
    answer = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "de aanvraag van de moeder van je cliënt in uiterlijk op 29 december 2026" in answer
    assert "van de ouders" not in answer, chat.transcript()
    assert "C-550/16" in answer and "art. 10, §1, 7°" not in answer


def test_a4_wat_als_ze_het_niet_halen_voor_29_december__file_in_time_incomplete():
    """Seed 002: "Het is dus belangrijk dat het familielid ... zijn aanvraag tijdig kan
    indienen, ongeacht het feit of zijn dossier volledig of onvolledig is" (panel 14, a4: the
    passport text came instead)."""
    chat = _helper_mother_and_sister()
    reply = chat.say(
        "Wat als ze het niet halen voor 29 december? Ze moeten eerst naar Pakistan reizen"
    )
    assert "Dien toch op tijd in" in reply, chat.transcript()
    assert "elke Belgische ambassade" in reply
    assert "paspoort van" not in reply and "DVZ bekijkt die redenen" not in reply


def test_a4_de_mama_is_45_weduwe__the_mothers_age_and_facts_not_the_sisters():
    """Panel 14, a4: "de mama is 45, weduwe. het zusje is 12": the age went nowhere and "Partner
    overleden" was listed for the sister of 12."""
    chat = Chat()
    chat.say(
        "ik schrijf voor een client. hij is [erkend vluchteling](sponsor_status:refugee), [20]"
        "(age:sponsor) jaar. hij wil [zijn moeder](relationship:parent) en [zijn zusje]"
        "(relationship:sibling) laten komen"
    )
    chat.say(
        "de [mama](relationship:parent) is [45](age), weduwe. het [zusje](relationship:sibling)"
        " is [12](age)"
    )
    assert chat.person("parent")["age"] == 45, chat.transcript()
    assert "widowed" not in (chat.person("sibling").get("noted") or [])
    assert "widowed" in chat.person("parent").get("noted", [])


def _syrian_family() -> Chat:
    return Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 juli 2026]"
        "(recognition_date:2026-07-03), ik ben [41](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [38](age). [mijn zoon](relationship:child) van [16](age), "
        "[mijn dochter](relationship:child) van [11](age) en [mijn zoon](relationship:child) "
        "van [4](age)",
        {"applicant.marriage": "officieel"},
    )


def test_a1_moeten_de_kinderen_paspoort_hebben__both_sons_named_apart():
    """Seed 002: "de afwezigheid van een reisdocument geen onoverkomelijk obstakel"; two sons
    were both "je zoon" and one was left out (panel 14, a1)."""
    chat = _syrian_family()
    reply = chat.say(
        "moeten de [kinderen](relationship:child) paspoort hebben?", "ask_travel_document"
    )
    assert "je zoon van 16 jaar" in reply and "je zoon van 4 jaar" in reply, chat.transcript()


def test_a1_kost_het_echt_niks__the_costs_not_the_conditions():
    """Seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... en de
    minderjarige kinderen van een vreemdeling aan wie België de vluchtelingenstatus ...
    heeft toegekend". "echt niks" is no "is er echt niks?" (panel 14, a1)."""
    chat = _syrian_family()
    reply = chat.say(
        "en mijn kleine zoon van 4 ook? en kost het echt niks? ook niet voor de visum?",
        "ask_costs",
    )
    assert "geen bijdrage (retributie)" in reply, chat.transcript()
    assert "Voorwaarden voor" not in reply


def test_a1_waar_moet_mijn_vrouw_dat_doen_moet_ze_naar_ankara__seed_002s_any_post():
    """Seed 002: "bij de Belgische ambassade of het Belgisch consulaat die of dat bevoegd is";
    for a protected sponsor any post (art. 12bis, §1) (panel 14, a1: "geen antwoord")."""
    chat = _syrian_family()
    reply = chat.say("waar moet [mijn vrouw](relationship:spouse) dat doen? moet ze naar ankara?")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def _religious_late() -> Chat:
    return Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [6 oktober"
        " 2025](recognition_date:2025-10-06). [mijn man](relationship:spouse) is [47](age), we "
        "zijn religieus getrouwd. [onze zoon](relationship:child) is [19](age)",
        {
            "applicant.marriage": "religieus",
            "applicant.disabled": "nee",
            "applicant.minor_when_sponsor_applied_for_asylum": "nee",
        },
    )


def test_a2_religious_marriage_filed_late__if_valid_de_klassieke_voorwaarden():
    """Seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    religieus ... huwelijk ook als officieel huwelijk geldt"; seed 002, "Te late indiening":
    "enkel erkend indien de aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld
    zijn" (panel 14, a2: "moet ik dan inkomen hebben?" got no answer)."""
    chat = _religious_late()
    answer = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "Geldt het huwelijk toch als officieel huwelijk?" in answer, chat.transcript()
    assert "inkomen, woning en ziekteverzekering bewezen worden" in answer


def test_religious_marriage_in_time__no_late_conditions():
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [6 oktober"
        " 2026](recognition_date:2026-10-06). [mijn man](relationship:spouse) is [47](age), we "
        "zijn religieus getrouwd",
        {"applicant.marriage": "religieus"},
    )
    assert "Geldt het huwelijk toch als officieel huwelijk?" not in chat.transcript()


def test_a2_leefloon_is_dat_probleem_voor_mijn_man__about_the_husband_not_the_son():
    """Panel 14, a2: the income answer was about "je zoon", twice."""
    chat = _religious_late()
    reply = chat.say(
        "ik krijg leefloon. is dat probleem voor [mijn man](relationship:spouse)?",
        "ask_means_of_subsistence",
    )
    assert "voor je man kan zorgen" in reply and "je zoon" not in reply, chat.transcript()
    assert "B17" in reply


def test_a2_an_adult_sons_unmarried_proof__seed_000_not_art_10():
    """Seed 000, "Meerderjarige dochter of zoon": "je niet getrouwd bent, dat je nog studeert"
    (art. 9 and 13); art. 10, §1, 4° is a minor child's right (panel 14, a2)."""
    chat = _religious_late()
    reply = chat.say("[Documenten](x)", "ask_documents")
    son = reply.split("Voor je zoon")[-1]
    assert "Een bewijs dat je zoon niet getrouwd is. (praktijk DVZ bij humanitair" in son
    assert "oud genoeg is om te trouwen" not in son, chat.transcript()


def test_b3_ik_heb_ook_een_dochter_van_8_van_mijn_eerste_man__her_own_daughter_his_stepchild():
    """Seed 003: "Indien de ouders van de aanvrager gescheiden zijn, moet de gezinshereniger,
    zijn echtgenoot of zijn partner over een hoederecht beschikken". The wife abroad writes; her
    daughter by her first husband replaced the son of 9 and was "de dochter van je man", a
    common child (panel 14, b3)."""
    chat = Chat()
    chat.say(
        "ik schrijf uit nairobi. [mijn man](relationship:spouse) is in belgie, hij is [erkend "
        "vluchteling](sponsor_status:refugee). ik wil met [de kinderen](relationship:child) naar"
        " hem. ik ben [32](age), hij is [38](age). [9](age) jaar, een jongen. het tweede is [5]"
        "(age), een meisje"
    )
    chat.say(
        "nee ik heb ook een [dochter](relationship:child) van [8](age) van mijn eerste man. die "
        "moet ook mee"
    )
    children = sorted(p["age"] for p in chat.people if not p.get("self"))
    assert children == [5, 8, 9], chat.transcript()
    daughter = next(p for p in chat.people if p["age"] == 8)
    assert daughter["relationship"] == "stepchild"
    assert "de dochter van je man" not in chat.transcript()
    assert "de dochter van jij" not in chat.transcript()


def test_b4_mijn_baby_hij_is_1_jaar__one_child_of_1():
    """Panel 14, b4: "een baby, jonger dan 1 jaar", then a second child for "de baby"."""
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) en [mijn baby](relationship:child), hij is [1](age) "
        "jaar. ze zijn nog in erbil"
    )
    chat.say("ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker)")
    chat.answer_plainly({})
    chat.say("mijn vrouw is alleen met de [baby](relationship:child) in erbil bij haar ouders")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert [c["age"] for c in children] == [1], chat.transcript()
    assert "jonger dan 1 jaar" not in chat.transcript()


def test_b4_alleen_bij_haar_ouders__not_alone():
    """Seed 001: "dat geen enkel ander familielid voor het betrokken familielid kan zorgen";
    she lives with her parents, so "alleen" does not help (panel 14, b4)."""
    from dialogue.side import volunteered

    assert "alone" not in volunteered("mijn vrouw is alleen met de baby bij haar ouders")
    assert "alone" in volunteered("mijn vrouw is helemaal alleen met de baby")


def test_b5_ten_laste_and_400_euro__seed_004s_dependency_proofs_not_the_income():
    """Seed 004: "bankuittreksels van de laatste 6 maanden voor je aanvraag gezinshereniging,
    waaruit blijkt dat de Belg ... geld overgemaakt hebben". The 400 euro sent was compared with
    the reference amount, and "hoeveel maanden?" got the processing time (panel 14, b5)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian). [mijn stiefdochter](relationship:stepchild) van "
        "[23](age), de dochter van mijn vrouw. ik stuur haar elke maand 400 euro"
    )
    reply = chat.say("wat betekent dat 'ten laste' juist? is 400 euro per maand genoeg?")
    assert "Bankuittreksels van de laatste 6 maanden" in reply, chat.transcript()
    assert "referentiebedrag" not in reply
    reply = chat.say("welke bewijzen van de overschrijvingen? hoeveel maanden?")
    assert "Bankuittreksels van de laatste 6 maanden" in reply
    assert "behandeling" not in reply
    assert "✔ Je stiefdochter is 21 jaar of ouder en ten laste" not in chat.transcript()


def test_a4_hij_kwam_alleen_aan_als_nbmv__not_asked_again():
    """Seed 001, art. 10, §1, 7° (the NBMV's parents): a social worker's "kwam alleen aan in
    2023 als NBMV" answers whether the client came alone (panel 14, a4: asked again)."""
    chat = Chat()
    chat.say(
        "ik schrijf voor een client. hij is [erkend vluchteling](sponsor_status:refugee) sinds "
        "[29 september 2026](recognition_date:2026-09-29), [20](age:sponsor) jaar. hij wil [zijn"
        " moeder](relationship:parent) laten komen"
    )
    chat.say("ja hij was [17](age:sponsor) toen hij asiel aanvroeg, kwam alleen aan als NBMV")
    assert chat.sponsor.get("unaccompanied_minor") is True, chat.transcript()
    assert "Kwam je cliënt alleen naar België" not in chat.transcript()


def test_a5_34_ans_euh_34_jaar_and_allebei_van_ons_twee__one_age_and_no_age():
    """Panel 14, a5: "Over wie gaat 34, 34 jaar?" and "Over wie gaat 2 jaar?"."""
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national). [mijn vrouw]"
        "(relationship:spouse) en kinderen zijn in kinshasa"
    )
    chat.say("[34](age) ans, euh [34](age) jaar")
    assert chat.person("spouse")["age"] == 34, chat.transcript()
    chat.say(
        "[mijn dochter](relationship:child) is [13](age) en [mijn zoon](relationship:child) is "
        "[7](age)"
    )
    chat.say("ja allebei van ons [twee](age)", "affirm")
    assert "Over wie gaat" not in chat.transcript(), chat.transcript()
