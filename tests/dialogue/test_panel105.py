"""Findings of panel round 105 (stop 43: ten new families, sets K and L, and sets Y and Z a
third time), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import TODAY


def _eritrean_client() -> Chat:
    """A law firm's assistant for an Eritrean refugee recognised on 2 October 2025 (l1)."""
    chat = Chat(today=TODAY)
    chat.say("Kantoor advocaat. Cliënte [erkend vluchteling](sponsor_status:refugee), beslissing "
             "CGVS [02/10/2025](recognition_date:2025-10-02). Echtg. en 2 kinderen in Addis.")  # fmt: skip
    return chat


def test_vanaf_ontvangst_brief_of_a_kaart__the_decision_day_stays():
    """Seed 003 counts the 12 months from the recognition "door het Commissariaat-generaal":
    "Termijn vanaf beslissing of vanaf ontvangst brief (09/10/2025)? A-kaart pas 15/01/2026."
    asks which day counts, and changes none (panel 105, l1: "sinds 9 oktober 2025", then
    "uiterlijk op 15 januari 2027 (nog 39 dagen)")."""
    chat = _eritrean_client()
    chat.say("Termijn vanaf beslissing of vanaf ontvangst brief ([09/10/2025]"
             "(recognition_date:2025-10-09))? [A-kaart](sponsor_status:third_country_national) "
             "pas [15/01/2026](recognition_date:2026-01-15).")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2025-10-02", chat.transcript()
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_hum_visum_in_subsidiaire_orde_gelet_op_1_slk__no_status_no_age():
    """ "Hum. visum in subsidiaire orde zinvol? Gelet op 1 slk en inkomen 1.420." (panel 105, l1:
    "Je cliënt: subsidiair beschermd", and "1 slk" read as an age)."""
    chat = _eritrean_client()
    reply = chat.say("Hum. visum in [subsidiaire](sponsor_status:subsidiary_protection) orde "
                     "zinvol? Gelet op [1](age) slk en inkomen 1.420.")  # fmt: skip
    assert chat.sponsor["status"] == "refugee" and "Over wie gaat" not in reply, chat.transcript()


def test_4_dagen_maar_mijn_kaart_is_van_februari__the_rvv_day_stays():
    """ "4 dagen??? maar mijn kaart is van februari 2026. dus tot februari 2027 toch?" (panel
    105, z5: "Jij: subsidiair beschermd, sinds 3 december 2025")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection), de brief van "
             "de RVV is van [11 december 2025](recognition_date:2025-12-11). mijn [vrouw]"
             "(relationship:spouse) is in bamako")  # fmt: skip
    chat.say("[4 dagen](recognition_date:2026-12-03)??? maar mijn kaart is van [februari 2026]"
             "(recognition_date:2026-02-01|approximate). dus tot februari 2027 toch?")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2025-12-11", chat.transcript()


def test_kan_bakary_mee_hij_is_20_niet_getrouwd__the_wife_stays_a_wife():
    """ "kan bakary mee? hij is 20 maar gehandicapt ... niet getrouwd": the son's, not the couple
    (panel 105, z5: "Ik heb het aangepast. • Je vriendin: 38 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [11 "
             "december 2025](recognition_date:2025-12-11). mijn [vrouw](relationship:spouse) "
             "aminata is [38](age), [officieel](marriage_type:official) getrouwd 2007")  # fmt: skip
    chat.say("d'accord. kan bakary mee? hij is [20](age) maar gehandicapt. kan niet eten alleen, "
             "niet wassen alleen. niet getrouwd")  # fmt: skip
    assert chat.person("spouse")["facts"]["marriage"] == "official", chat.transcript()


def test_zij_is_geboren_nadat_ik_naar_belgie_kwam__only_the_daughter():
    """Seed 003: "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd
    vastgesteld": "mijn zoon is 7 en mijn dochter is 2, zij is geboren nadat ik naar belgie
    kwam" takes the exemption from the daughter only, and her father's income then matters
    (panel 105, k4: "Of 1.450 euro per maand genoeg is, speelt ... geen rol")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [16 "
             "april 2026](recognition_date:2026-04-16). mijn [vrouw](relationship:spouse) is "
             "[30](age), [officieel](marriage_type:official) getrouwd in 2016. mijn [zoon]"
             "(relationship:child) is [7](age) en mijn [dochter](relationship:child) is [2](age), "
             "zij is geboren nadat ik naar belgie kwam")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[34](age)"})
    chat.say("ja dat klopt", intent="affirm")
    before = {p["age"]: p["facts"].get("relationship_predates_arrival") for p in chat.people}
    assert before == {30: True, 7: True, 2: False}, chat.transcript()
    reply = chat.say("ik verdien 1450 euro. Is genoeg?", intent="ask_means_of_subsistence")
    assert "speelt voor deze aanvraag dus geen rol" not in reply, reply
    assert "Daarom moet je voor je dochter wel genoeg inkomen" in reply, reply


def test_niemand_anders_moet_komen_alleen_zeynep__she_is_not_alone():
    """ "NIEMAND anders moet komen, alleen zeynep mijn vrouw" and "zeynep is nie alleen hé"
    (panel 105, y4: "- Alleen: toon aan dat geen ander familielid voor je vrouw kan zorgen")."""
    from dialogue.side import volunteered

    assert volunteered("NIEMAND anders moet komen, alleen zeynep mijn vrouw") == []
    assert volunteered("zeynep is nie alleen hé, ze woont bij haar ouders") == []
    assert volunteered("mijn mama is helemaal alleen, er is niemand anders") == ["alone"]
    # "Is dit anoniem? Niemand anders kan dit lezen?" (panel 107, y3)
    assert volunteered("Is dit anoniem? Niemand anders kan dit lezen? Niet de politie?") == []
    assert volunteered("niemand anders kan voor haar zorgen") == ["alone"]
