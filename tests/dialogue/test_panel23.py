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


def test_ik_ben_de_man_van_fatima_zij_is_erkend_vluchteling__he_is_the_husband_abroad():
    """Panel 22, r3: the husband abroad wrote "ik ben de man van fatima, zij is erkend
    vluchteling in belgie"; the bot took him for the refugee ("Op welke dag precies kreeg je je
    status?") and his daughter for the one who comes. Seed 003: the spouse and the minor
    children join the refugee."""
    chat = Chat()
    reply = chat.say(
        "ik ben de [man](relationship:spouse) van fatima, zij is [erkend vluchteling]"
        "(sponsor_status:refugee) in belgie sinds [augustus 2026]"
        "(recognition_date:2026-08-01|approximate)"
    )
    assert "kreeg je vrouw de status" in reply, chat.transcript()
    chat.say("ik zit in libanon met onze [dochter](relationship:child) van [6](age)")
    me = next(p for p in chat.people if p.get("self"))
    assert me["relationship"] == "spouse" and chat.state["writer"] == "applicant"
    assert ("child", 6) in [(p["relationship"], p["age"]) for p in chat.people]
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_ik_ben_de_vader_van_3_kinderen_en_erkend_vluchteling__still_the_sponsor():
    """The other side: a status in a clause without "zij"/"hij" stays the writer's own."""
    chat = Chat()
    chat.say(
        "ik ben de [vader](relationship:parent) van 3 kinderen en [erkend vluchteling]"
        "(sponsor_status:refugee), [mijn vrouw](relationship:spouse) is nog in syrie"
    )
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert not any(p.get("self") for p in chat.people), chat.transcript()
