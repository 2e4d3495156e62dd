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
