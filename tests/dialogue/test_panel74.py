"""Findings of panel round 74 (stop 38), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel73 import _amina, _mei

TODAY = dt.date(2026, 12, 6)


def test_stel_dat_de_papa_toch_later_wil_komen__he_stays_out_and_hears_his_right():
    """Seed 001 "Uw ouders als u een niet-begeleide minderjarige vreemdeling (NBMV) bent ...
    op voorwaarde dat de NBMV jonger is dan achttien jaar": a father who stays may apply
    later, before the 18th birthday; the supposition adds no one (panel 74, g1: "De papa van
    je cliënt: wil naar België komen", then "geen antwoord")."""
    chat = _amina()
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "Stel dat de [papa](relationship:parent) toch later wil komen, bv als hij beter is, kan "
        "dat dan nog apart?",
        intent="check_eligibility",
    )
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["mama"], (
        chat.transcript()
    )
    assert "later apart een aanvraag" in reply and "2 februari 2028" in reply, reply


def _lucas() -> Chat:
    """An EU citizen who works in Brussels; his wife lives with him (panel 74, h2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben spaans, werk in brussel. [mijn vrouw](relationship:spouse) valeria woont al bij "
        "mij. nu de [mama](relationship:parent) van valeria, rosa, wil ook komen, she is "
        "[60](age) en woont in buenos aires",
        intent="check_eligibility",
    )
    return chat


def test_werk_in_brussel_mijn_vrouw_woont_al_bij_mij__the_writer_is_the_sponsor():
    """ "ik ben spaans, werk in brussel. mijn vrouw valeria woont al bij mij": she lives here
    with him, no sponsor; "de mama van valeria" is his mother-in-law, who comes (panel 74, h2:
    "Je vrouw: EU-burger, 60 jaar", the writer an applicant)."""
    chat = _lucas()
    assert [(p["relationship"], p["word"], p["age"]) for p in chat.people] == [
        ("other_relative", "schoonmoeder", 60)
    ], chat.transcript()
    assert not any(p.get("self") for p in chat.people)


def test_mijn_broer_was_daar_voor_mij__no_brother():
    """ "mijn broer was daar voor mij want ik was al hier" (panel 74, g2)."""
    chat = Chat(today=TODAY)
    chat.say("salam, ik wil [mijn vrouw](relationship:spouse) naar belgie brengen")
    chat.say(
        "bij de [imam](marriage_type:religious_or_customary) getrouwd in 2019, [mijn broer]"
        "(relationship:sibling) was daar voor mij want ik was al hier"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_als_ik_het_huwelijk_laat_registreren__a_question_not_a_fact():
    """ "als ik het huwelijk nu laat registreren bij de rechtbank in irak, is het dan beter?
    dan is het officieel toch": asked, the religious marriage stays (panel 74, g2: "Je vrouw:
    officieel getrouwd")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[15 januari 2024](recognition_date:2024-01-15). [mijn vrouw](relationship:spouse) is "
        "[33](age), getrouwd bij de [imam](marriage_type:religious_or_customary)"
    )
    chat.answer_plainly({"sponsor.age": "[40](age:sponsor)"})
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "als ik het huwelijk nu laat registreren bij de rechtbank in irak, is het dan beter? dan"
        " is het [officieel](marriage_type:official) toch"
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary"
    assert "officieel huwelijk geldt" in reply, reply


def test_she_is_almost_2__one_year_old():
    """ "she is almost 2, born january 2025" (panel 74, g3: "Je dochter: 2 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("[my daughter](relationship:child) Sara is almost [2](age), born january 2025")
    assert chat.person("child")["age"] == 1, chat.transcript()


def test_mijn_zoon_zijn_papa_is_gestorven__no_son_who_comes():
    """ "Mijn zoon, zijn papa, is gestorven in 2024": the grandson's father died (panel 74,
    g4: "Je zoon: 14 jaar" beside the grandson)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belgische](sponsor_status:belgian). [Mijn kleinzoon](relationship:grandchild) "
        "woont in [Kameroen](country:Kameroen)"
    )
    chat.say(
        "Junior is [14](age) jaar. [Mijn zoon](relationship:child), zijn [papa]"
        "(relationship:parent), is gestorven in 2024 in Kameroen, en zijn [mama]"
        "(relationship:parent) ook."
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_can_my_wife_come_to_live_with_me_in_belgium__she_comes():
    """ "I am PhD student in Leuven ... Can my wife come to live with me in Belgium?"; "mijn
    vrouw is niet in België" (panel 74, g5: the wife made the one with the student card)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Hello, I am PhD student in Leuven, from China. Can [my wife](relationship:spouse) come "
        "to live with me in Belgium?"
    )
    assert chat.question == "sponsor.status", chat.transcript()
    chat.say(
        "[mijn vrouw](relationship:spouse) is niet in België, zij is in Shanghai. Ik ben hier, "
        "met studentenkaart ([A-kaart](sponsor_status:third_country_national)), nog [2](age) "
        "jaar voor mijn doctoraat"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert chat.sponsor.get("age") is None, chat.transcript()


def test_sorry_verkeerd_gedrukt_abel_was_al_geboren__the_bond_corrected():
    """A "Nee" pressed by mistake to "Bestond de band ... al vóór je naar België kwam?", then
    "sorry verkeerd gedrukt. abel was al geboren toen ik vluchtte" (seed 003: the favourable
    conditions need "de afstamming ... vóór zijn aankomst"; panel 74, h4: four corrections
    ignored)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 augustus 2026](recognition_date:2026-08-01). [mijn zoon](relationship:child) abel "
        "is [6](age)"
    )
    for _ in range(4):
        if chat.question == "applicant.relationship_predates_arrival":
            break
        chat.say("ja", intent="affirm")
    chat.say("/deny", intent="deny")
    assert chat.person("child")["facts"]["relationship_predates_arrival"] is False
    chat.say("sorry verkeerd gedrukt. abel was al geboren toen ik vluchtte, hij was 3.")
    assert chat.person("child")["facts"]["relationship_predates_arrival"] is True, chat.transcript()


# --- round 75 ---------------------------------------------------------------------------------


def test_fanta_is_8_de_mama_mariama_is_40__each_her_own_age():
    """ "Fanta is 8. De mama, Mariama, is 40." (panel 75, g1: "De mama van 8 jaar", a second
    mother)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker. Mijn cliënte is [16](age), [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [10 september 2026](recognition_date:2026-09-10), alleen "
        "gekomen. [Haar mama](relationship:parent) en [haar zusje](relationship:sibling) willen "
        "komen."
    )
    chat.say("Fanta is [8](age). De [mama](relationship:parent), Mariama, is [40](age).")
    ages = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert ages == [("parent", 40), ("sibling", 8)], chat.transcript()


def _tesfaye() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag, ik ben maatschappelijk werker en ik help een cliënt")
    chat.say(
        "[Zijn echtgenote](relationship:spouse). Mijn cliënt Tesfaye (31, Eritrea) is [erkend "
        "vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20). Hij is in 2022 in België aangekomen. Hij is in maart "
        "2024 getrouwd met Senait ([22](age)) bij volmacht, [officieel](marriage_type:official)"
        " geregistreerd in Soedan."
    )
    return chat


def test_zijn_echtgenote_hij_is_in_belgie_aangekomen__she_comes():
    """ "Zijn echtgenote. ... Hij is in 2022 in België aangekomen": "hij" is the client (panel
    75, h3: the wife made the one in Belgium)."""
    chat = _tesfaye()
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert chat.sponsor.get("recognition_date") == "2025-11-20"


def test_het_huwelijk_was_in_maart_2024__no_recognition_date():
    """ "Nee, het huwelijk was in maart 2024, hij kwam in 2022 aan. Dus na aankomst.": the
    marriage's day, never the recognition's (panel 75, h3: "erkend sinds maart 2024", twice)."""
    chat = _tesfaye()
    for _ in range(6):
        if chat.question == "applicant.relationship_predates_arrival":
            break
        chat.say({"sponsor.age": "hij is [31](age:sponsor)"}.get(chat.question or "", "ja"))
    chat.say("Nee, het huwelijk was in maart 2024, hij kwam in 2022 aan. Dus na aankomst.")
    assert chat.sponsor.get("recognition_date") == "2025-11-20", chat.transcript()


def test_no_common_children_not_said_to_an_official_marriage():
    """Seed 000's "geen gemeenschappelijke kinderen" is said of partners whose marriage does
    not count, not of an official marriage (panel 75, g5: a student's wife)."""
    chat = _mei()
    reply = chat.say("we hebben geen kinderen. maakt dat het moeilijk?", intent="ask_dna_test")
    assert "nog onzekerder" not in reply, reply


def test_valeria_is_haar_enige_dochter__no_daughter_added():
    """ "valeria is haar enige dochter" says who Rosa has, no one new (panel 75, h2: "De
    dochter van je vrouw: 60 jaar")."""
    chat = _lucas()
    chat.say("[EU](sponsor_status:eu_citizen)")
    chat.say(
        "rosa is [60](age), ze is gezond maar als mateo weg gaat is ze alleen. valeria is haar "
        "[enige dochter](relationship:child). heeft ze kans?",
        intent="check_eligibility",
    )
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()


# --- round 76 ---------------------------------------------------------------------------------


def _paul() -> Chat:
    """A mother with an unlimited stay; her son of 12 lives with his father (panel 76, h5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb een [verblijf van onbeperkte duur](sponsor_status:third_country_national). "
        "[mijn zoon](relationship:child) Paul is [12](age), hij woont bij zijn papa in Yaoundé"
    )
    chat.answer_plainly({"applicant.custody": "[samen](custody:shared)"})
    chat.say("ja", intent="affirm")
    return chat


def test_mag_dat_in_een_ander_land_mijn_zus_woont_in_nigeria__no_sister_added():
    """ "waar moet paul de aanvraag indienen? mag dat ook in een ander land, mijn zus woont in
    Nigeria" (panel 76, h5: "Je zus: wil naar België komen")."""
    chat = _paul()
    chat.say(
        "waar moet paul de aanvraag indienen? mag dat ook in een ander land, [mijn zus]"
        "(relationship:sibling) woont in [Nigeria](country:Nigeria)",
        intent="ask_documents",
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_vonnis_gedeeld_hoederecht_wat_moet_ik_afgeven__the_consent():
    """Seed 001 "Als het recht van bewaring over de kinderen gedeeld wordt met de andere ouder,
    moeten de kinderen ... de toestemming van de andere ouder voorleggen" (panel 76, h5: "geen
    antwoord")."""
    chat = _paul()
    reply = chat.say(
        "maar er is wel een vonnis van de rechtbank in Yaoundé, gedeeld hoederecht. wat moet ik "
        "dan afgeven?"
    )
    assert "toestemming" in reply and "geen antwoord" not in reply, reply


def test_ergens_2019_maakt_de_maand_nog_uit__no():
    """Seed 003 "binnen het jaar (12 maanden) na de erkenning": with a status of 2019 the month
    changes nothing (panel 76, h1: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee), erkend sinds 2019. [mijn vrouw]"
        "(relationship:spouse) is [42](age)"
    )
    chat.answer_plainly(
        {
            "applicant.marriage": "[officieel](marriage_type:official)",
            "sponsor.age": "[50](age:sponsor)",
        }
    )
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "ik weet de maand niet meer van mijn erkenning, ergens 2019. maakt dat nog uit?"
    )
    assert "De maand verandert dus niets" in reply and "2020" in reply, reply


def test_partnerschap_registreren_maar_waar__the_municipality_or_abroad():
    """Seed 001: "bij het gemeentebestuur in België of bij de bevoegde buitenlandse instantie"
    (panel 76, h4: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 augustus 2026](recognition_date:2026-08-01). [mijn vriendin](relationship:partner) "
        "is [33](age), we zijn niet getrouwd"
    )
    chat.answer_plainly({"sponsor.age": "[36](age:sponsor)"})
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "ok dus wij moeten partnerschap registreren. maar waar? ik ben hier en zij is in "
        "ethiopie. kan dat op de gemeente hier?"
    )
    assert "gemeentebestuur in België" in reply, reply


def test_ik_heb_1700_euro_pensioen_telt_de_voogdij__no_b17_and_the_income():
    """ "Ik heb dus de voogdij ..., telt dat hier in België? En welk inkomen moet ik hebben, ik
    heb 1700 euro pensioen netto": "heb 1700" is no visa code B17, and the income is answered
    too (panel 76, g4: "Dan volgt een humanitair visum met code B17" to a Belgian's grandson)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belgische](sponsor_status:belgian). [Mijn kleinzoon](relationship:grandchild) "
        "Junior is [14](age), zijn ouders zijn overleden"
    )
    chat.answer_plainly({"applicant.custody": "ik heb de voogdij"})
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "Ik heb dus de voogdij van de rechtbank in [Kameroen](country:Kameroen), telt dat hier in "
        "België? En welk inkomen moet ik hebben, ik heb 1700 euro pensioen netto. Is dat genoeg?",
        intent="ask_means_of_subsistence",
    )
    assert "B17" not in reply and "1.555,09" in reply, reply


def test_als_mijn_a_kaart_afloopt__the_status_stays():
    """ "en als mijn A-kaart over 2 jaar afloopt, wat gebeurt er dan met Mei haar verblijf?": a
    question about the card, no new status (panel 76, g5: "Ik heb het aangepast. Jij:
    niet-EU-burger met verblijf in België", then a right to family reunification)."""
    chat = _mei()
    chat.say(
        "en als mijn [A-kaart](sponsor_status:third_country_national) over 2 jaar afloopt, wat "
        "gebeurt er dan met Mei haar verblijf?"
    )
    assert chat.sponsor["status"] == "temporary_stay", chat.transcript()
