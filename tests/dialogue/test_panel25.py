"""Findings of panel round 25 (stop 25), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def test_j5_ik_schrijf_voor_ons_3__the_daughter_not_a_social_worker():
    """Panel 25, j5: "ik ben in kinshasa. ik wil met mijn broertje en zusje naar mijn mama in
    belgie. ik schrijf voor ons 3" got "Wat is de verblijfsstatus van je cliënt?"; the
    siblings are the Belgian mother's children (seed 004)."""
    chat = Chat()
    reply = chat.say(
        "ik ben in kinshasa. ik wil met [mijn broertje](relationship:sibling) en [zusje]"
        "(relationship:sibling) naar [mijn mama](relationship:parent) in belgie. ik schrijf "
        "voor ons 3"
    )
    assert "cliënt" not in reply and chat.state["writer"] == "applicant", chat.transcript()
    assert sorted(p["relationship"] for p in chat.people) == ["child"] * 3, chat.transcript()
    chat.say("ja wij [3](age) hebben dezelfde papa en mama")
    assert all(p["age"] is None for p in chat.people), chat.transcript()


def test_j4_mijn_broer_in_holland_zegt__no_applicant():
    """Panel 25, j4: "mijn broer in holland zegt dat ze altijd DNA test vragen" added the
    brother as one who comes. The other side: "mijn broer in syrie wil ook komen" comes."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse) "
        "is in syrie. [mijn broer](relationship:sibling) in holland zegt dat ze altijd DNA test "
        "vragen"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    chat.say("[mijn broer](relationship:sibling) in syrie wil ook komen")
    assert "sibling" in [p["relationship"] for p in chat.people], chat.transcript()
