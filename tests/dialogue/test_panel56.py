"""Findings of panel round 56 (stop 34), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _omars_second_family() -> Chat:
    """Subsidiary protection since March 2020; the first wife lives with him, the second wife
    and their two children are in Beirut (panel 56, e1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [15 maart 2020](recognition_date:2020-03-15). mijn [vrouw](relationship:spouse) Hala"
        " en 2 [kinderen](relationship:child) zijn in Beirut.",
        intent="check_eligibility",
    )
    chat.say(
        "[38](age) ans. maar ze is mijn 2e vrouw, [religieus](marriage_type:religious_or_customary)"
        " getrouwd in Syrie 2012. mijn eerste [vrouw](relationship:spouse) Nour woont al bij mij"
        " in Luik sinds 2021"
    )
    chat.answer_plainly({"applicant.custody": "Ik en de andere ouder samen"}, 16)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_dus_hala_kan_echt_niet_komen_ook_niet_humanitair__her_own_answer():
    """Seed 001: "mag er maar één echtgenote naar België komen via gezinshereniging";
    "Familieleden die niet binnen een van deze categorieën vallen ... (humanitair visum)":
    asked beside the children's income, the answer is the second wife's (panel 56, e1: the
    children's right said instead)."""
    chat = _omars_second_family()
    reply = chat.say(
        "ok. dus Hala kan echt niet komen? ook niet humanitair? en ik verdien 2000 euro netto als"
        " chauffeur, is dat genoeg voor de 2 [kinderen](relationship:child)?",
        intent="ask_means_of_subsistence",
    )
    assert "Je vrouw kan eventueel een humanitair visum vragen" in reply, chat.transcript()
    assert "Maar één echtgenote mag via gezinshereniging komen" in reply, reply


def test_die_12_maanden_zijn_toch_voorbij__a_son_who_may_have_been_a_minor_loses_the_right():
    """Seed 003: the child who was a minor at the asylum request "behoudt zijn recht ... op
    voorwaarde dat de aanvraag ... wordt ingediend binnen 12 maanden na de erkenning": not
    "Het recht blijft" for him (panel 56, f1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik schrijf voor een cliënte met [subsidiaire bescherming](sponsor_status:"
        "subsidiary_protection) sinds [2 februari 2025](recognition_date:2025-02-02). Haar"
        " [zoon](relationship:child) is [19](age), haar [dochter](relationship:child) [16](age).",
        intent="check_eligibility",
    )
    chat.answer_plainly(
        {"applicant.disabled": "nee", "applicant.minor_when_sponsor_applied_for_asylum": "weet"
         " ik niet zeker, dat moet ik nakijken"}, 14,
    )  # fmt: skip
    reply = chat.say(
        "Maar die 12 maanden zijn toch al voorbij sinds februari 2026? Heeft Abdi dan nog een"
        " kans, en via welke weg?"
    )
    assert "het recht op gezinshereniging van de zoon van je cliënt vervallen" in reply, (
        chat.transcript()
    )
    assert "De dochter van je cliënt en de zoon van je cliënt" not in reply, reply


def test_geen_papier_van_een_rechter_de_vader_is_verdwenen__no_custody_judgment_asked():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    instanties van het land van herkomst": no judgment listed for a family that has none
    (panel 56, f3: "Een kopie van het vonnis" in the documents)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian). getrouwd met Marites, [burgerlijk huwelijk]"
        "(marriage_type:official). Ze woont in Cebu met haar [dochter](relationship:stepchild)"
        " Angel van [16](age).",
        intent="check_eligibility",
    )
    chat.answer_plainly(
        {"applicant.age": "[45](age)", "sponsor.age": "[52](age)",
         "applicant.custody": "in praktijk alleen Marites, maar er is geen papier van een"
         " rechter. de vader is verdwenen"}, 10,
    )  # fmt: skip
    reply = chat.say("Documenten", intent="ask_documents")
    assert "Een kopie van het vonnis" not in reply, chat.transcript()
    assert "Is die ouder verdwenen? Dan is een attest nodig" in reply, reply


def _yusufs_family() -> Chat:
    """A volunteer writing for an asylum seeker whose wife and children are in a camp in Chad
    (panel 56, e5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben Jan, vrijwilliger. Ik schrijf voor Yusuf (34). Hij heeft in juni 2026"
        " [asiel aangevraagd](sponsor_status:asylum_seeker). Zijn [vrouw](relationship:spouse)"
        " Amna ([29](age)) en hun [kinderen](relationship:child) van [6](age) en [3](age) zitten"
        " in een vluchtelingenkamp in Tsjaad.",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_zijn_vrouw_en_hun_kinderen__the_couples_children_no_stepchildren():
    """ "Zijn vrouw Amna en hun kinderen van 6 en 3": two children of the couple (panel 56, e5:
    two stepchildren besides two children)."""
    chat = _yusufs_family()
    assert sorted(p["relationship"] for p in chat.people) == ["child", "child", "spouse"], (
        chat.transcript()
    )


def test_als_yusuf_erkend_wordt__the_client_in_the_third_person():
    """A volunteer hears of the client, not "Word je erkend" (panel 56, e5)."""
    chat = _yusufs_family()
    reply = chat.say(
        "En als Yusuf erkend wordt, wat dan? Is er een termijn?", intent="ask_deadline"
    )
    assert "Wordt je cliënt erkend" in reply, chat.transcript()
    assert "Word je erkend" not in reply, reply


def test_alleen_religieus_getrouwd_maakt_dat_uit__the_soft_procedure_after_recognition():
    """Seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk
    geldt ... humanitair visum ... (B17)" for a protected person's partner (panel 56, e5: the
    asylum-seeker text three times)."""
    chat = _yusufs_family()
    reply = chat.say(
        "Ze zijn alleen [religieus](marriage_type:religious_or_customary) getrouwd in Soedan, bij"
        " een imam, zonder registratie. Maakt dat uit voor later?"
    )
    assert "humanitair visum (B17)" in reply, chat.transcript()


def test_alle_4_zijn_van_mij_en_mijn_vrouw_samen__all_common_children():
    """ "alle 4 zijn van mij en mijn vrouw samen" answers the common-child question for the
    four (panel 56, e4: "Dat had ik al genoteerd" and the same question again)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [10 februari 2026](recognition_date:2026-02-10). mijn [vrouw](relationship:spouse)"
        " ([35](age)) en 4 [kinderen](relationship:child) zijn in Kabul.",
        intent="check_eligibility",
    )
    chat.say("kinderen Omid [17](age), Sana [14](age), Bilal [9](age) en Zahra is [2](age)")
    reply = chat.say("alle 4 zijn van mij en mijn [vrouw](relationship:spouse) samen")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert all(p["facts"].get("common_child") for p in children), chat.transcript()
    assert "Dat had ik al genoteerd" not in reply, reply
