"""Findings of panel round 68 (stop 37) and the changes before it, each named by the user's words
or the legal sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def test_de_in_par_1_4_tot_6_bedoelde__a_minors_parents_hear_no_12_months():
    """Art. 10, §2, second and third paragraphs ask a home, an insurance and the means of "de in
    § 1, eerste lid, 4° tot 6° bedoelde vreemdelingen", not of the parents of an unaccompanied
    minor (7°); seed 001 gives them "Op voorwaarde dat de NBMV jonger is dan achttien jaar" only.
    The first answer and "moeten ze geld hebben?" said "binnen 12 maanden" (panel 66, k5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [16](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [10 oktober"
        " 2026](recognition_date:2026-10-10). ik kwam alleen. [mijn mama en papa]"
        "(relationship:parent) moeten komen"
    )
    first = chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    assert "vóór je 18de verjaardag" in first and "12 maanden" not in first, chat.transcript()
    assert "10 oktober 2027" not in first, first
    money = chat.say("moeten mijn ouders geld hebben of ik een groot huis?", intent="ask_housing")
    assert "de wet vraagt geen inkomen, woning of ziekteverzekering" in money, money
    assert money.count("de wet vraagt geen") == 1 and "12 maanden" not in money, money
    assert "vóór je 18 wordt" in money, money
