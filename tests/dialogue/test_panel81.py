"""Findings of panel round 81 (stop 39, ten new families), each named by the user's words or
the seed sentence. The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_zijn_ouders_en_zijn_3_zusjes_hij_is_zelf_15__the_clients_age():
    """ "zijn ouders en zijn 3 zusjes. hij is zelf 15, kwam alleen naar belgie": 15 is the
    client's (panel 81, h1: "De ouder van 15 jaar van je cliënt")."""
    chat = Chat(today=TODAY)
    chat.say("hallo, ik ben maatschappelijk werker en heb een vraag over een cliënt van mij")
    chat.say("zijn [ouders](relationship:parent) en zijn 3 [zusjes](relationship:sibling). hij "
             "is zelf [15](age), kwam alleen naar belgie uit [eritrea](country:Eritrea)")  # fmt: skip
    assert chat.sponsor.get("age") == 15, chat.transcript()
    assert 15 not in [p["age"] for p in chat.people], chat.transcript()


def test_hij_is_in_mei_18__seventeen_now():
    """ "hij is in mei 18": 17 now, turning 18 (panel 81, g2: "Je kind van 18 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn zoon]"
             "(relationship:child) is [17](age)")  # fmt: skip
    chat.say("en als [mijn zoon](relationship:child) [18](age) wordt terwijl dvz nog bezig is? "
             "hij is in mei [18](age). dan moet hij alleen in het kamp blijven??")  # fmt: skip
    assert [p["age"] for p in chat.people] == [17], chat.transcript()


def test_ik_verdien_2300_netto_voor_mijn_moeder__no_reference_amount():
    """A Belgian's mother asks a humanitarian visa: "Voor een humanitair visum legt de wet geen
    vast inkomen op", no reference amount of seed 004 beside it (panel 81, g1: C, art. 40ter)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian) en wil [mijn moeder](relationship:parent) "
             "laten komen, ze is [72](age) en weduwe")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "ik ben [44](age:sponsor)"})
    chat.say("ja", intent="affirm")
    assert chat.person("parent")["route"] == "humanitarian_visa", chat.transcript()
    reply = chat.say(
        "ik verdien 2300 netto als buschauffeur, is dat genoeg? ik woon met [vrouw]"
        "(relationship:spouse) en 3 [kinderen](relationship:child) in een huurhuis in "
        "[antwerpen](country:België)",
        intent="ask_means_of_subsistence",
    )
    assert "referentiebedrag" not in reply and "40ter" not in reply, reply


def test_er_is_geen_rechter_die_iets_beslist_heeft__no_guardianship_yet():
    """Seed 000: "In het geval van een feitelijke adoptie of een niet-erkende buitenlandse
    voogdij ... kan een humanitair visum enkel kans op slagen hebben mits een sterk dossier"
    (panel 81, h5: told to have a guardianship ratified that does not exist)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [juni 2024]"
             "(recognition_date:2024-06-01|approximate). [mijn kleinzoon](relationship:grandchild)"
             " Yusuf is [10](age), zijn ouders zijn overleden")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "ik ben [65](age:sponsor)"})
    chat.say("ja", intent="affirm")
    reply = chat.say("moet ik eerst voogd worden over hem? er is geen rechter die iets beslist "
                     "heeft", intent="ask_processing_time")  # fmt: skip
    assert "nog geen voogdij of adoptie op papier" in reply, reply
    assert "behandeling" not in reply, reply


def _abdi() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 januari 2026]"
        "(recognition_date:2026-01-15), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) hodan is [40](age), [officieel](marriage_type:official) getrouwd "
        "in 2010, met onze 2 [kinderen](relationship:child) van [8](age) en [14](age). de "
        "kinderen zijn ook van voor ik vertrok"
    )
    return chat


def test_een_tweede_vrouw_amina_30_jaar_met_onze_zoon_van_5__one_more_son():
    """ "ik heb ook nog een tweede vrouw, amina, 30 jaar ... zij woont in mogadishu met onze zoon
    van 5": her age, and one more child (panel 81, h3: "Over wie gaat 30 jaar?", the son of 8
    made 5)."""
    chat = _abdi()
    chat.say(
        "klopt. maar ik heb ook nog een [tweede vrouw](relationship:spouse), amina, [30](age) "
        "jaar. met haar ben ik getrouwd [bij de imam](marriage_type:religious_or_customary) in "
        "2015. zij woont in mogadishu met onze [zoon](relationship:child) van [5](age)"
    )
    found = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert found == [("child", 5), ("child", 8), ("child", 14), ("spouse", 30), ("spouse", 40)], (
        chat.transcript()
    )


def test_ons_religieus_huwelijk_van_amina_telt_dat__no_wife_changed():
    """ "ons religieus huwelijk van amina, telt dat ergens voor?" of two wives whose marriages
    are known: nothing changed (panel 81, h3: "Je vrouw van 40 jaar: religieus")."""
    chat = _abdi()
    chat.say(
        "klopt. maar ik heb ook nog een [tweede vrouw](relationship:spouse), amina, [30](age) "
        "jaar. met haar ben ik getrouwd [bij de imam](marriage_type:religious_or_customary) in "
        "2015. zij woont in mogadishu met onze [zoon](relationship:child) van [5](age)"
    )
    chat.say("ons [religieus](marriage_type:religious_or_customary) huwelijk van amina, telt dat "
             "ergens voor? we hebben alleen een papier van de [imam]"
             "(marriage_type:religious_or_customary)")  # fmt: skip
    marriages = {p["age"]: p["facts"].get("marriage") for p in chat.people if p["age"] in (30, 40)}
    assert marriages == {40: "official", 30: "religious_or_customary"}, chat.transcript()


def test_mijn_a_kaart_is_tijdelijk_mag_ik_dan_wel__the_answer_explained():
    """After a right was said to a worker, "mijn A kaart is tijdelijk, elk jaar verlengen. mag ik
    dan wel gezinshereniging doen?" hears what the answer stood on, not "Je hebt een tijdelijk
    verblijf ... Mijn bronnen zeggen niet" against it (panel 81, h4)."""
    chat = Chat(today=TODAY)
    chat.say("ik werk in brussel als kok met een [verblijfskaart](sponsor_status:third_country_"
             "national). [mijn vrouw](relationship:spouse) is [32](age), [officieel]"
             "(marriage_type:official) getrouwd in 2018")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "ik ben [35](age:sponsor)"})
    chat.say("ja", intent="affirm")
    assert chat.person("spouse")["route"] == "family_reunification", chat.transcript()
    reply = chat.say("mijn A kaart is tijdelijk, elk jaar verlengen. mag ik dan wel "
                     "gezinshereniging doen? of moet ik eerst B kaart hebben")  # fmt: skip
    assert "Mijn antwoord ging uit van een verblijf" in reply, reply
