"""Findings of panel round 54 (stop 34), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _mariamas_grandson() -> Chat:
    """A refugee grandmother and her grandson of 10 in Conakry (panel 54, a2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [kleinzoon](relationship:grandchild) is in conakry alleen, kan hij komen bij mij?",
        intent="check_eligibility",
    )
    chat.say("ik ben [vluchteling](sponsor_status:refugee), erkend op"
             " [1 mei 2026](recognition_date:2026-05-01)")  # fmt: skip
    chat.say("ja. hij heet ibrahima hij is [10](age) jaar.")
    return chat


def test_ja_klopt_en_ik_ben_zijn_voogd__the_guardianship_asked_before_the_answer():
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank": told with the "ja" of the
    read-back, the guardianship is asked about, not passed over (panel 54, a2: "geen recht"
    as a grandchild)."""
    chat = _mariamas_grandson()
    reply = chat.say(
        "ja klopt. en ik ben zijn voogd, de rechtbank in conakry heeft dat gezegd in 2024",
        intent="affirm",
    )
    assert "Is de adoptie of voogdij erkend in België" in reply, chat.transcript()
    assert [p["relationship"] for p in chat.state["people"]] == ["foster_child"]


def _mariamas_ward_answered() -> Chat:
    chat = _mariamas_grandson()
    chat.say("ja klopt. en ik ben zijn voogd", intent="affirm")
    chat.say("nee nog niet", intent="deny")
    chat.say("Ja, dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_akten_van_dood_van_zijn_mama_en_papa__no_father_of_the_writer():
    """The dead parents named by their death papers add no one; the papers are named with
    seed 002's legalisation (panel 54, a2: "Is je papa op hoge leeftijd?")."""
    chat = _mariamas_ward_answered()
    reply = chat.say(
        "welke papieren moet ik geven? ik heb het vonnis van de voogdij en de akten van dood van"
        " zijn [mama](relationship:parent) en [papa](relationship:parent)",
        intent="ask_documents",
    )
    assert len(chat.state["people"]) == 1, chat.transcript()
    assert "buitenlandse akte of beslissing over de voogdij" in reply, reply
    assert "legaliseren" in reply, reply
    assert "hoederecht" not in reply, reply


def test_mijn_kleinzoon_ibrahima_is_10__the_ward_named_again_is_no_second_grandson():
    """ "mijn kleinzoon" after he became a child under guardianship is the same boy (panel 54,
    a2: "Je kleinzoon: 10 jaar" twice)."""
    chat = _mariamas_ward_answered()
    chat.say("mijn [kleinzoon](relationship:grandchild) ibrahima is [10](age)")
    assert len(chat.state["people"]) == 1, chat.transcript()


def _tesfays_family() -> Chat:
    """A refugee recognised on 20 November 2025, his wife and 3 children (panel 54, b2)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [vrouw](relationship:spouse)"
        " en 3 [kinderen](relationship:child) zijn in addis abeba.",
        intent="check_eligibility",
    )
    chat.say(
        "zij is [38](age). de [kinderen](relationship:child) Dawit [17](age), Ruth [13](age),"
        " Lidia [8](age)"
    )
    chat.say("Officieel huwelijk")
    chat.say("[41](age)")
    chat.say("[20 november 2025](recognition_date:2025-11-20)")
    chat.answer_plainly({}, 10)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_dawit_is_18_op_15_februari_2027__17_now_and_his_last_day():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn": "is 18 op 15 februari 2027"
    is a birthday ahead, not an age now (panel 54, b2: "de laatste dag was 20 november
    2026")."""
    chat = _tesfays_family()
    reply = chat.say(
        "Dawit is [18](age) op 15 februari 2027. moet alles klaar zijn voor die dag?",
        intent="ask_deadline",
    )
    assert "14 februari 2027" in reply, chat.transcript()
    assert "Je kind van 18 jaar" not in reply, reply
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "child") == [8, 13, 17]


def _omars_second_family() -> Chat:
    """Subsidiary protection since 2020; a first wife in Belgium, a second wife married
    religiously in Beirut with their two children (panel 54, b5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [maart 2020](recognition_date:2020-03-01|approximate). mijn [vrouw](relationship:spouse)"
        " Hala en 2 [kinderen](relationship:child) zijn in beyrouth. kunnen zij komen?",
        intent="check_eligibility",
    )
    chat.say("Hala is [38](age). kinderen Yousef [11](age) en Lina [9](age)")
    chat.say(
        "[religieus](marriage_type:religious_or_customary) getrouwd in syrie in 2012. maar ik heb"
        " ook mijn eerste [vrouw](relationship:spouse) Nour, zij woont al bij mij in luik sinds"
        " 2021"
    )
    return chat


def test_hala_blijft_in_beyrouth__the_custody_of_the_mother_who_stays_counts():
    """Seed 003: "Indien de ouders van de aanvrager gescheiden zijn ... Indien de hoede gedeeld
    wordt, moet de andere houder van het hoederecht met de gezinshereniging instemmen": the
    children of a second wife who cannot come leave their mother (panel 54, b5: "Hoeft niet
    bewezen te worden: Het hoederecht")."""
    chat = _omars_second_family()
    transcript = chat.answer_plainly({"applicant.custody": "Ik en de andere ouder samen"}, 16)
    assert "Wie heeft het hoederecht over je kind" in chat.transcript(), chat.transcript()
    assert chat.state["answered"], transcript
    reply = chat.say("Documenten", intent="ask_documents")
    assert "De toestemming van de andere ouder van je kind" in reply, reply


def test_is_er_geen_andere_manier_voor_haar__the_second_wife_may_ask_a_humanitarian_visa():
    """Seed 001: "Familieleden die niet binnen een van deze categorieën vallen ... kunnen
    eventueel een voorlopige toelating tot verblijf aanvragen op grond van de artikelen 9 en 13
    (humanitair visum)" (panel 54, b5: only "Maar één echtgenote mag ... komen")."""
    chat = _omars_second_family()
    chat.answer_plainly({"applicant.custody": "Ik en de andere ouder samen"}, 16)
    reply = chat.say("dus Hala kan niet komen? is er vraiment geen andere manier voor haar?")
    assert "humanitair visum" in reply, chat.transcript()


def test_maksym_is_12_oksana_is_36__each_age_to_whom_it_fits():
    """ "Maksym is 12. Oksana is 36, ik 39" with the wife asked first: a wife is no child of 12
    (panel 54, b3: "Je vrouw: 12 jaar")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [poolse](sponsor_status:eu_citizen), mijn [wife](relationship:spouse) Oksana en"
        " haar [zoon](relationship:stepchild) willen naar hier komen",
        intent="check_eligibility",
    )
    chat.say("[officieel](marriage_type:official), getrouwd in krakow in 2021")
    chat.say("Maksym is [12](age). Oksana is [36](age), ik [39](age)")
    ages = {p["relationship"]: p["age"] for p in chat.people}
    assert ages == {"spouse": 36, "stepchild": 12}, chat.transcript()


def _sarahs_boyfriend() -> Chat:
    """A Belgian woman and her boyfriend in Accra (panel 54, b1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben Sarah, [27](age), [belg](sponsor_status:belgian). mijn"
        " [vriend](relationship:partner) kwame woont in accra. kan hij naar hier komen?",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_dus_8_maand_is_te_weinig__periods_and_visits_are_no_ages():
    """Seed 001's stable relationship: "ofwel dat u elkaar al minstens 2 jaar kent ... minstens
    3 keer hebt ontmoet": "8 maand", "al 3 jaar" and "3 bezoeken" are no ages (panel 54, b1:
    "Over wie gaat 0, 3, 3 jaar?")."""
    chat = _sarahs_boyfriend()
    reply = chat.say(
        "dus [8](age) maand is te weinig? we kennen elkaar wel al [3](age) jaar en bellen elke"
        " dag. die 3 bezoeken waren telkens een paar weken"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    assert "minstens 3 keer zagen, samen minstens 45 dagen" in reply, reply


def test_als_we_nu_eerst_in_ghana_trouwen__the_married_route():
    """Seed 001: "Indien u getrouwd bent ..., dan mag uw echtgenoot/echtgenote ... u in België
    komen vervoegen onder de volgende voorwaarden" (panel 54, b1: the present route again)."""
    chat = _sarahs_boyfriend()
    reply = chat.say(
        "en als we nu eerst in ghana trouwen, kan hij dan wel via gezinshereniging komen?"
    )
    assert "Trouwen jullie officieel? Dan heeft je vriend recht op gezinshereniging" in reply, (
        chat.transcript()
    )


def test_ook_als_ik_later_18_word__the_filing_date_counts():
    """Seed 002: "Te late indiening van het verzoek betekent indiening op een datum waarop de
    gezinshereniger zijn recht op gezinshereniging heeft verloren": filed before the birthday
    is in time (panel 54, b4: the last day again, twice)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [17](age), [vluchteling](sponsor_status:refugee) sinds"
        " [5 augustus 2026](recognition_date:2026-08-05), alleen gekomen. mijn"
        " [mama](relationship:parent) is [42](age) en in nairobi. ik word 18 op 20 maart 2027",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 10)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say(
        "dus als [mama](relationship:parent) indient voor 19 maart is het ok, ook als ik later"
        " [18](age) word?"
    )
    assert "Wat telt, is de dag waarop de aanvraag ingediend wordt" in reply, chat.transcript()


def test_als_zij_toch_21_is_wat_moet_ze_tonen__seed_004s_proofs_of_dependency():
    """Seed 004: "In de praktijk vraagt de DVZ de volgende bewijzen: bankuittreksels van de
    laatste 6 maanden ..." for a Belgian's descendant from 21 (panel 54, a5: the under-21 line
    twice)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian). mijn [vrouw](relationship:spouse) Solange"
        " ([44](age)) en mijn [dochter](relationship:child) Grace ([19](age)) wonen in Douala.",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 10)
    assert chat.state["answered"], chat.transcript()
    reply = chat.say(
        "En als zij toch [21](age) is, wat moet ze dan tonen voor 'ten laste'?",
        intent="ask_means_of_subsistence",
    )
    assert "Bankuittreksels van de laatste 6 maanden" in reply, chat.transcript()
    assert "Voor deze situatie ken ik geen vaste termijn" not in reply, reply
    assert [p["age"] for p in chat.people if p["relationship"] == "child"] == [19]


def test_maakt_het_leefloon_zijn_kans_kleiner__the_humanitarian_requests_income():
    """Seed 000: an adult child's file is stronger "wanneer ... jouw ouder over voldoende
    bestaansmiddelen ... beschikt": asked about the son's chance, the income line of his
    humanitarian request (panel 54, a1: the daughter's income block)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik schrijf namens een cliënte met [subsidiaire bescherming](sponsor_status:"
        "subsidiary_protection) sinds [2 februari 2025](recognition_date:2025-02-02). Haar"
        " [zoon](relationship:child) ([19](age)) en [dochter](relationship:child) ([16](age))"
        " wonen in Addis Abeba.",
        intent="check_eligibility",
    )
    chat.answer_plainly(
        {"applicant.disabled": "nee", "applicant.minor_when_sponsor_applied_for_asylum": "nee"},
        14,
    )
    reply = chat.say("En maakt het leefloon van cliënte zijn kans kleiner?")
    assert "Voor een humanitair visum legt de wet geen vast inkomen op" in reply, chat.transcript()
