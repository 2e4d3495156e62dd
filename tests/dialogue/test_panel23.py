"""Findings of stop 25 (panel round 23 and the points left open at stop 24), each named by
the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def test_de_jongste_is_geboren_na_mijn_aankomst__the_bond_line_names_the_child_of_2():
    """Seed 003 keeps the favourable conditions for a bond from before the arrival; with two
    children, the line for the one born after it said "je kind" and so named neither (stop
    24's open point)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 maart 2026]"
        "(recognition_date:2026-03-03). [mijn vrouw](relationship:spouse) is [30](age), "
        "[officieel](marriage_type:official) getrouwd. mijn [kinderen](relationship:child) zijn "
        "[5](age) en [2](age) jaar. de jongste is geboren na mijn aankomst"
    )
    assert "De band met je kind van 2 jaar ontstond pas na de aankomst" in chat.transcript(), (
        chat.transcript()
    )
