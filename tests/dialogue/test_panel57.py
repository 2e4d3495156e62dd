"""Findings of panel round 57 (stop 34), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_40_kinderen_omid_17_sana_14_bilal_9_en_zahra_baby__the_writer_and_four_children():
    """ "40. kinderen Omid 17 (...), Sana 14, Bilal 9 en Zahra baby" asked "Hoe oud ben jij?":
    the writer is 40, the three ages go to three of the four children told, the baby is the
    fourth (panel 57, k1: "Over wie gaat 17, 14, 9 jaar?" and "Hoe oud ben jij?" again)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [vrouw](relationship:spouse) en mijn 4 [kinderen](relationship:child). ik heb"
        " [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [10 februari 2026](recognition_date:2026-02-10). mijn vrouw Mariam [35](age) jaar. wij"
        " zijn getrouwd in kabul 2008 bij de [rechtbank](marriage_type:official)",
        intent="check_eligibility",
    )
    assert chat.question == "sponsor.age", chat.transcript()
    reply = chat.say(
        "40. [kinderen](relationship:child) Omid 17 (wordt 18 op 2 januari), Sana [14](age),"
        " Bilal 9 en Zahra [baby](relationship:child) geboren september 2024 in kabul."
    )
    assert chat.sponsor.get("age") == 40, chat.transcript()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [0, 9, 14, 17], chat.transcript()
    assert "Over wie gaat" not in reply, reply


def test_nigeriaan_met_onbeperkt_verblijfsrecht_in_belgie__no_belgian():
    """ "is Nigeriaan ... heeft een onbeperkt verblijfsrecht in België" asked for the client's
    status: a third-country national, not "Belg" (panel 57, m5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben maatschappelijk werker en ik schrijf namens een cliënt. Hij wil graag dat zijn"
        " [zoon](relationship:child) naar België komt.",
        intent="check_eligibility",
    )
    chat.say(
        "Mijn cliënt, de heer Okafor, is Nigeriaan ([38](age) jaar) en heeft een onbeperkt"
        " verblijfsrecht in België. Hij werkt als lasser."
    )
    assert chat.sponsor.get("status") == "third_country_national", chat.transcript()


def test_5_maart_2027_ik_word_18__the_parents_last_day_is_the_day_before():
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar": "5 maart 2027 ik word
    18" ends the mother's right on 4 March 2027, not after the 12 months (panel 57, k5:
    "uiterlijk op 1 oktober 2027")."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [mama](relationship:parent) en mijn 2 [zus](relationship:sibling). ik ben [17](age)"
        " ik ben [vluchteling](sponsor_status:refugee) erkend"
        " [1 oktober](recognition_date:2026-10-01). ik woon bij pleeggezin in gent",
        intent="check_eligibility",
    )
    chat.answer_plainly({"applicant.age": "[45](age)"}, 10)
    chat.say("5 maart 2027 ik word [18](age)")
    reply = chat.say("Termijn", intent="ask_deadline")
    assert "uiterlijk op 4 maart 2027" in reply, chat.transcript()
    assert "1 oktober 2027" not in reply, reply


def test_zijn_vrouw_en_hun_twee_kinderen__the_couples_children():
    """ "Zijn vrouw Amna (29) en hun twee kinderen van 6 en 3 jaar": the couple's two children,
    no stepchildren (panel 57, k2: five people after three corrections)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik schrijf voor Yusuf, hij heeft [asiel aangevraagd](sponsor_status:asylum_seeker). Zijn"
        " [vrouw](relationship:spouse) Amna ([29](age)) en hun twee [kinderen](relationship:child)"
        " van [6](age) en [3](age) jaar zitten in Tsjaad.",
        intent="check_eligibility",
    )
    assert sorted(p["relationship"] for p in chat.people) == ["child", "child", "spouse"], (
        chat.transcript()
    )


def _leilas_husband() -> Chat:
    """A refugee since 15 December 2025 and her husband in Beirut (panel 57, m4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) sinds"
        " [15 december 2025](recognition_date:2025-12-15). mijn [man](relationship:spouse) Karim"
        " ([30](age)) is in Beiroet, [burgerlijk](marriage_type:official) getrouwd in 2021.",
        intent="check_eligibility",
    )
    chat.answer_plainly({"sponsor.age": "[26](age)"}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_tellen_die_12_maanden_vanaf_de_brief_of_de_kaart__from_the_decision():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning ... door het
    Commissariaat-generaal ... of de Raad voor Vreemdelingenbetwistingen": from the decision,
    with her own last day (panel 57, m4: "Op die vraag vind ik geen antwoord", 9 days before)."""
    chat = _leilas_husband()
    reply = chat.say(
        "Die 12 maanden, tellen die vanaf de brief van het CGVS of vanaf mijn verblijfskaart? Mijn"
        " kaart kreeg ik pas in februari."
    )
    assert "de datum op de beslissing van het CGVS of de RvV" in reply, chat.transcript()
    assert "15 december 2026" in reply, reply


def test_is_het_belangrijk_wat_yusuf_in_zijn_cgvs_interview_vertelt__his_asylum_file():
    """Seed 000: "Indien jouw partner internationale bescherming geniet, zullen ook de relevante
    verklaringen tijdens het persoonlijk onderhoud met het CGVS ... belangrijk zijn" (panel 57,
    k2: the religious-marriage text twice)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik schrijf voor Yusuf, hij heeft [asiel aangevraagd](sponsor_status:asylum_seeker). Zijn"
        " [vrouw](relationship:spouse) Amna ([29](age)) zit in Tsjaad.",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    reply = chat.say(
        "Mijn vraag over het CGVS-interview is nog niet beantwoord: is het belangrijk wat Yusuf"
        " daar over zijn vrouw en het huwelijk vertelt?"
    )
    assert "CGVS" in reply and "asiel" in reply, chat.transcript()
    assert "Op die vraag vind ik geen antwoord" not in reply, reply
