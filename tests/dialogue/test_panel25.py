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


def _refugee_with_wife() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [5 januari 2026]"
        "(recognition_date:2026-01-05). [mijn vrouw](relationship:spouse) is [35](age), "
        "[officieel](marriage_type:official) getrouwd"
    )
    return chat


def test_j1_mijn_neef_is_ook_erkend__no_applicant():
    """Panel 25, j1: "mijn neef is ook erkend maar hij heeft subsidiaire, is dat anders?"
    listed the cousin in Belgium as "wil naar België komen"."""
    chat = _refugee_with_wife()
    chat.say(
        "[mijn neef](relationship:other_relative) is ook erkend maar hij heeft [subsidiaire]"
        "(sponsor_status:subsidiary_protection), is dat anders?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_j1_voor_mijn_neef_sinds_augustus__the_sponsors_date_stays():
    """Panel 25, j1: "nog een vraag voor mijn neef: hij heeft subsidiaire bescherming sinds
    augustus" moved the sponsor's recognition date (5 januari 2026) to August, and with it the
    12 months of seed 003."""
    chat = _refugee_with_wife()
    chat.say(
        "nog een vraag voor [mijn neef](relationship:other_relative): hij heeft [subsidiaire "
        "bescherming](sponsor_status:subsidiary_protection) sinds [augustus](recognition_date:"
        "2026-08-01|approximate). gelden voor hem dezelfde regels?"
    )
    assert chat.sponsor["recognition_date"] == "2026-01-05", chat.transcript()


def test_n3_ik_zei_16_maar_ze_is_17_ze_wordt_18_op_14_april__the_clients_age_and_day():
    """Panel 26, n3: the guardian wrote "oh sorry ik zei 16 maar ze is 17, ze wordt 18 op 14
    april 2027"; the 17 went to the client's mother and the mother was given "uiterlijk op
    20 september 2027". Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar"."""
    chat = Chat()
    chat.say(
        "ik ben voogd van een niet begeleide minderjarige, meisje van [16](age). ze heeft "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [20 september "
        "2026](recognition_date:2026-09-20). [haar mama](relationship:parent) zit in kenia"
    )
    chat.say("oh sorry ik zei [16](age) maar ze is [17](age), ze wordt 18 op 14 april 2027")
    assert chat.sponsor["age"] == 17, chat.transcript()
    assert chat.sponsor.get("majority_date") == "2027-04-14", chat.transcript()
    assert chat.person("parent")["age"] is None, chat.transcript()


def test_n2_hij_studeert_nog_12de_klas__no_child_of_12():
    """Panel 26, n2: "nee hij is gezond, hij studeert nog, 12de klas" made a child of 12."""
    chat = Chat()
    chat.say(
        "ik heb een [verblijfskaart](sponsor_status:third_country_national). [de zoon van mijn "
        "vrouw](relationship:stepchild) is [18](age)"
    )
    chat.say("nee hij is gezond, hij studeert nog, 12de klas")
    assert [p["age"] for p in chat.people] == [18], chat.transcript()
