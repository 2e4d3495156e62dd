"""Findings of panel round 24 (stop 25), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _social_worker_for_a_minor() -> Chat:
    chat = Chat()
    chat.say(
        "mijn cliënt is een niet-begeleide minderjarige, [17](age) jaar, [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [20 oktober 2026](recognition_date:2026-10-20). hij wil "
        "[zijn ouders](relationship:parent) laten overkomen, en ook [zijn broertje]"
        "(relationship:sibling) van [12](age)"
    )
    return chat


def test_h3_client_wordt_trouwens_18_op_2_maart_2027__the_parents_last_day_is_1_march():
    """Panel 24, h3: the social worker wrote "Cliënt wordt trouwens 18 op 2 maart 2027"; the
    parents were told "uiterlijk op 20 oktober 2027" three times. Seed 001: "Op voorwaarde dat
    de NBMV jonger is dan achttien jaar"; seed 002: too late is "wanneer niet meer wordt
    voldaan aan de leeftijdsvoorwaarde die aan de gezinshereniger wordt gesteld"."""
    chat = _social_worker_for_a_minor()
    chat.say("Nee, volle broer, zelfde ouders. Cliënt wordt trouwens 18 op 2 maart 2027.")
    reply = chat.answer_plainly({})
    assert chat.sponsor.get("majority_date") == "2027-03-02", chat.transcript()
    assert "1 maart 2027" in reply and "20 oktober 2027" not in reply, chat.transcript()
    assert reply.count("Belangrijk") == 1, chat.transcript()


def test_h3_hij_wordt_18_op_2_maart__not_the_brother_of_12():
    """Panel 24, h3: "Wacht, 20 oktober 2027? Hij wordt 18 op 2 maart 2027" made the
    client's brother of 12 seventeen."""
    chat = _social_worker_for_a_minor()
    chat.say("Wacht, 20 oktober 2027? Hij wordt 18 op 2 maart 2027. Wat is de echte deadline?")
    assert chat.person("sibling")["age"] == 12, chat.transcript()
    assert chat.sponsor.get("majority_date") == "2027-03-02", chat.transcript()


def _father_of_four() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [subsidiair beschermd](sponsor_status:subsidiary_protection) sinds [14 januari "
        "2026](recognition_date:2026-01-14), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [41](age), [mijn zoon](relationship:child) is [19](age), [mijn "
        "dochter](relationship:child) is [15](age) en [mijn zoon](relationship:child) is [9](age)"
    )
    return chat


def test_h1_hij_is_18_geworden_in_juli_2025__the_recognition_date_stays():
    """Panel 24, h1: "toen ik asiel vroeg in maart 2024 was hij nog 17, hij is 18 geworden in
    juli 2025" replaced the recognition date (14 januari 2026) and the bot then said "De 12
    maanden na de erkenning zijn voorbij". Seed 003: "binnen 12 maanden na de erkenning"."""
    chat = _father_of_four()
    chat.say(
        "nee hij is gezond. maar toen ik asiel vroeg in maart 2024 was hij nog 17, hij is 18 "
        "geworden in [juli 2025](recognition_date:2025-07-01|approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2026-01-14", chat.transcript()
    assert chat.sponsor.get("minor_at_asylum_application") is None, chat.transcript()


def test_g2_nog_1_ding__no_age_of_1_for_the_mother():
    """Panel 24, g2: "ok merci ik bel wel. nog 1 ding: moet ik mama haar aanvraag en die van
    junior samen indienen?" made the mother of 79 one year old."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [46](age:sponsor). [mijn mama](relationship:parent)"
        " is [79](age) en ziek"
    )
    chat.say("ok merci ik bel wel. nog [1](age) ding: moet ik mama haar aanvraag samen indienen?")
    assert chat.person("parent")["age"] == 79, chat.transcript()


def test_g5_mijn_papa_en_mama_en_broertje_wonen_al_in_belgie__the_father_is_joined():
    """Panel 24, g5: the daughter in Lahore wrote "mijn papa en mama en broertje wonen al in
    belgie (gent)"; the brother of 14 was asked about as the sponsor ("Wat is de
    verblijfsstatus van je broertje?") and the mother became an applicant."""
    chat = Chat()
    chat.say(
        "ik wil zelf komen. [mijn papa](relationship:parent) en [mama](relationship:parent) en "
        "[broertje](relationship:sibling) wonen al in belgie (gent), ik zit nog in lahore"
    )
    assert chat.state["sponsor_word"] == "papa", chat.transcript()
    assert [p.get("self") for p in chat.people] == [True], chat.transcript()
