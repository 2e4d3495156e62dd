"""What the persona panel found in round 15 (c1-c5, d1-d5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def _client_with_wife_and_son() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker en schrijf voor een client. hij heeft [subsidiaire "
        "bescherming](sponsor_status:subsidiary_protection) sinds [14 november 2024]"
        "(recognition_date:2024-11-14), hij is [41](age:sponsor)"
    )
    chat.say(
        "Hij wil [zijn vrouw](relationship:spouse) en [zijn zoon](relationship:child) laten "
        "overkomen.",
        "check_eligibility",
    )
    return chat


def test_c2_hij_wil_zijn_vrouw_en_zijn_zoon__his_son_not_a_stepson():
    """Seed 003: custody matters "Indien de ouders van de aanvrager gescheiden zijn"; the
    client's own son became "de zoon van de vrouw van je cliënt", asked custody (panel 15)."""
    chat = _client_with_wife_and_son()
    assert chat.person("child")["word"] == "zoon", chat.transcript()
    assert "de zoon van de vrouw van je cliënt" not in chat.transcript()


def test_c2_het_is_zijn_eigen_zoon__a_stepchild_corrected_to_the_couples_child():
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse)"
        " en [haar zoon](relationship:stepchild) van [12](age)"
    )
    assert chat.person("stepchild")
    chat.say("nee het is mijn eigen zoon, van ons samen")
    son = chat.person("child")
    assert son["facts"].get("common_child") is True, chat.transcript()


def test_c2_is_er_dan_nog_iets_mogelijk_als_hij_18_is__seed_001s_humanitarian_visa():
    """Seed 001: "Onder bepaalde bijzondere omstandigheden kunnen zij zich eventueel met u
    herenigen op grond van een tijdelijke verblijfsvergunning (art. 9 en 13 - humanitair
    visum)" (panel 15, c2: the reminder came twice instead)."""
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [14 "
        "november 2024](recognition_date:2024-11-14), ik ben [41](age:sponsor). [mijn zoon]"
        "(relationship:child) is [17](age)",
    )
    reply = chat.say("en als het niet lukt, is er dan nog iets mogelijk als hij [18](age) is?")
    assert "Een humanitair visum kan dan nog" in reply, chat.transcript()
    assert "art. 9 en 13" in reply


def _belgian_and_girlfriend() -> Chat:
    return Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [33](age:sponsor). [mijn vriendin]"
        "(relationship:partner) is [29](age), we zijn niet getrouwd",
    )


def test_c3_en_wettelijk_samenwonen_is_dat_makkelijker__a_question_no_registration():
    """Seed 001: "Uw partner mag u enkel via gezinshereniging vervoegen indien uw partnerschap
    officieel geregistreerd is". Asked about, it made "Goed nieuws: ... recht" (panel 15, c3)."""
    chat = _belgian_and_girlfriend()
    chat.say("en [wettelijk samenwonen](relationship:partner), is dat makkelijker dan trouwen?")
    assert chat.person("partner")["facts"].get("partnership") != "legally_registered"
    assert "Goed nieuws" not in chat.transcript(), chat.transcript()


def test_c3_en_als_we_trouwen__a_belgians_spouse_under_art_40ter_no_arrival():
    """A Belgian never "arrived"; a Belgian's spouse follows art. 40ter, not art. 10 (panel 15,
    c3: "Een huwelijk na je aankomst in België", art. 10, §1, 4°)."""
    chat = _belgian_and_girlfriend()
    reply = chat.say("en als we trouwen? dan kan het wel he?")
    assert "recht op gezinshereniging als echtgenoot of echtgenote" in reply, chat.transcript()
    assert "aankomst" not in reply and "art. 10" not in reply
    assert "art. 40ter, §2" in reply


def test_c3_als_we_getrouwd_zijn_hoeveel_moet_ik_verdienen__the_reference_amount():
    """Seed 004's reference amount for a Belgian (the only one in the seeds), not the
    humanitarian visa's "geen vast inkomen" (panel 15, c3, twice)."""
    chat = _belgian_and_girlfriend()
    reply = chat.say(
        "als we getrouwd zijn, hoeveel inkomen moet ik hebben? ik verdien 2300 netto",
        "ask_means_of_subsistence",
    )
    assert "1.555,09" in reply, chat.transcript()
    assert "humanitair visum legt de wet geen vast inkomen op" not in reply


def test_c3_zij_kwam_1x_hier__no_age():
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian). [mijn vriendin](relationship:partner) woont in "
        "brazilie, zij kwam [1](age)x hier"
    )
    assert chat.person("partner")["age"] is None, chat.transcript()


def test_c5_mijn_broer_heeft_9_maand_gewacht__no_applicant_and_no_humanitarian_time():
    """Seed 001 gives "De behandelingstermijn kan tot een jaar of meer oplopen" for a
    humanitarian visa only; a brother's waiting time made him an applicant of 9 months, and
    the wife's request got the humanitarian time (panel 15, c5)."""
    chat = Chat.answered(
        "ik heb een [permanente verblijfskaart](sponsor_status:third_country_national), ik ben "
        "[40](age:sponsor). [mijn vrouw](relationship:spouse) is [30](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say(
        "hoe lang duurt het? [mijn broer](relationship:sibling) heeft [9 maand](age) gewacht "
        "voor zijn vrouw",
        "ask_processing_time",
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "een jaar of langer" not in reply


def test_d1_nee_zelfde_mama_en_papa__the_father_is_not_added():
    """Panel 15, d1: "zelfde mama en papa" (answering the half-sibling question) made the
    father, who is in prison, an applicant ten times."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [1 "
        "oktober 2026](recognition_date:2026-10-01), ik ben alleen gekomen. [mijn mama]"
        "(relationship:parent) en [mijn kleine broer](relationship:sibling) hij is [9](age)"
    )
    chat.say("nee zelfde [mama](relationship:parent) en [papa](relationship:parent)", "deny")
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["mama"], (
        chat.transcript()
    )


def test_d1_mijn_papa_kan_niet_komen__taken_out():
    chat = Chat()
    chat.say(
        "[mijn mama](relationship:parent) en [mijn papa](relationship:parent) willen komen. ik "
        "ben [erkend vluchteling](sponsor_status:refugee)"
    )
    chat.say("[mijn papa](relationship:parent) kan niet komen, hij zit in gevangenis")
    assert [p["word"] for p in chat.people] == ["mama"], chat.transcript()


def test_d2_al_meer_dan_1_jaar__no_age_of_1():
    """Panel 15, d2: "hij is vluchteling erkend. al meer dan 1 jaar" made the husband 1."""
    chat = Chat()
    chat.say(
        "ik schrijf uit kabul. [mijn man](relationship:spouse) is in belgie. hij is [vluchteling"
        " erkend](sponsor_status:refugee). al meer dan [1](age) jaar"
    )
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert "Over wie gaat 1 jaar" not in chat.transcript()


def test_d2_the_wife_abroad_asks_hoeveel_moet_mijn_man_verdienen__his_income_not_hers():
    """Seed 003: "De gezinshereniger moet beschikken over stabiele, regelmatige en voldoende
    bestaansmiddelen"; the wife abroad got "Onze informatie spreekt over je eigen inkomen"
    and "Of DVZ ook het inkomen van je man meetelt, staat er niet in" (panel 15, d2)."""
    chat = Chat.answered(
        "ik schrijf uit kabul. [mijn man](relationship:spouse) is in belgie, hij is [erkend "
        "vluchteling](sponsor_status:refugee) sinds [28 oktober 2025](recognition_date:2025-10"
        "-28). ik ben [30](age), hij is [34](age). [onze zoon](relationship:child) is [4](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say(
        "hoeveel geld moet [mijn man](relationship:spouse) verdienen? hij werkt, ongeveer 1700 "
        "euro",
        "ask_means_of_subsistence",
    )
    assert "je eigen inkomen" not in reply, chat.transcript()
    assert "meetelt" not in reply


def test_d5_begin_juli__the_last_day_said_as_a_month():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning"; "begin juli" gave "De laatste
    dag is 1 juli 2027" (panel 15, d5)."""
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [begin "
        "juli](recognition_date:2026-07-01|approximate). ik ben [30](age:sponsor). [mijn "
        "dochter](relationship:child) is [3](age)",
    )
    reply = chat.say("moet ik inkomen hebben?", "ask_means_of_subsistence")
    assert "1 juli 2027" not in reply, chat.transcript()
    assert "juli 2027" in reply


def test_c1_one_spouse_only__said_for_a_woman_sponsor_too():
    from eligibility import messages as M

    assert "Maar één echtgenoot of echtgenote mag komen" in M.CONDITIONS["one_spouse_only"].text


def test_f2_hij_ging_alleen_met_zijn_oom_tot_turkije__no_uncle_applies():
    """Panel 16, f2: the mother abroad writes; the uncle who travelled with her son became an
    applicant."""
    chat = Chat()
    chat.say(
        "ik ben de [moeder](relationship:parent). [mijn zoon](relationship:child) is in belgie. "
        "hij is [erkend vluchteling](sponsor_status:refugee), hij is [15](age) jaar, hij ging "
        "alleen met [zijn oom](relationship:other_relative) tot turkije"
    )
    assert not [p for p in chat.people if p["relationship"] == "other_relative"], chat.transcript()


def test_f2_waar_moeten_wij_gaan_geen_ambassade__where_not_dna():
    """Panel 16, f2: an uncertain DNA intent beside a where question gave the DNA text."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2026]"
        "(recognition_date:2026-10-02), ik ben [30](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [28](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say(
        "waar moeten wij gaan? in damascus is geen belgische ambassade denk ik. beirut?",
        "ask_dna_test",
    )
    assert "DNA" not in reply and "elke Belgische ambassade" in reply, chat.transcript()
