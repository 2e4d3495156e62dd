"""What the persona panel found in round 20 (m1-m5, n1-n5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_m1_ik_ben_in_pakistan_mijn_zoon_is_in_belgie__the_mother_writes():
    """A mother abroad: "ik wil weten of ik naar mijn zoon kan komen" (before the consent)
    stored her son as a relative who comes; "ik ben niet in belgie ... mijn zoon is in belgie
    hij heeft vluchteling papier" kept her as the refugee ("Jij: erkend vluchteling", four
    times), and "ik ben de moeder. en mijn dochter ook, zij is 12" made the daughter the one in
    Belgium (panel 20, m1)."""
    chat = Chat(consent=False)
    chat.say("salam, ik ben moeder van een jongen in belgie. kan iemand mij helpen", "greet")
    chat.say("ik wil weten of ik naar [mijn zoon](relationship:child) kan komen in belgie")
    chat.say("akkoord", intent="affirm")
    chat.say(
        "ik ben niet in belgie. ik ben in pakistan, peshawar. [mijn zoon](relationship:child) is "
        "in belgie hij heeft [vluchteling](sponsor_status:refugee) papier"
    )
    chat.say(
        "ikzelf wil komen. ik ben de [moeder](relationship:parent). en [mijn dochter]"
        "(relationship:child) ook, zij is [12](age)"
    )
    chat.say("niet ik, [mijn zoon](relationship:child) Farid kreeg het. 4 maand geleden denk ik")
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert chat.state["sponsor_word"] == "zoon"
    who = sorted((p["relationship"], p["age"], bool(p.get("self"))) for p in chat.people)
    assert who == [("parent", None, True), ("sibling", 12, False)], chat.transcript()
    assert "Jij: erkend vluchteling" not in chat.transcript()
    assert "Over wie gaat 0 jaar" not in chat.transcript()


def test_n3_hij_zegt_12_maanden_is_bijna_voorbij__no_age_of_the_husband():
    """ "hij zegt 12 maanden is bijna voorbij", from the wife abroad, made her husband 1 year
    old: every child then got a humanitarian visa with a fee, 36 days before the deadline
    (panel 20, n3; seeds 001-003: the minor children's right, no fee)."""
    chat = _hodan()
    chat.say("ik vroeg wat eerst, er is weinig tijd. hij zegt [12 maanden](age) is bijna voorbij")
    assert chat.sponsor.get("age") is None, chat.transcript()


def test_m2_lina_was_nog_baby__no_third_child():
    """ "ja allebei geboren voor ik weg ging. lina was nog baby" added a baby; "De band met je
    baby ontstond pas na de aankomst in België" then asked income, housing and insurance that
    seed 003 waives for a bond from before the arrival (panel 20, m2)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [4 februari 2026]"
        "(recognition_date:2026-02-04). [mijn vrouw](relationship:spouse) is in libanon met "
        "onze 2 [kinderen](relationship:child), [7](age) en [3](age)"
    )
    chat.say("ja allebei geboren voor ik weg ging. lina was nog [baby](relationship:child)")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert sorted(p["age"] for p in children) == [3, 7], chat.transcript()


def test_we_hebben_een_baby__still_a_child():
    """The other side: "we hebben een baby" is a child who comes."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse) "
        "is [30](age), we hebben een [baby](relationship:child)"
    )
    assert "child" in [p["relationship"] for p in chat.people], chat.transcript()


def test_m4_dat_referentiebedrag_van_1555_euro_is_dat_netto_of_bruto__not_his_income():
    """Seed 004: "1.555,09 euro per maand", neither net nor gross. "dat referentiebedrag van
    1555 euro, is dat netto of bruto?" from a man who earns 2,100 euro got "Je schreef 1.555
    euro per maand. Dat is minder dan het referentiebedrag" (panel 20, m4)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [35](age), [officieel](marriage_type:official) getrouwd in brazilie"
    )
    reply = chat.say("dat referentiebedrag van 1555 euro, is dat netto of bruto?")
    assert "Je schreef 1.555" not in reply, chat.transcript()
    assert "Of het referentiebedrag netto of bruto is, staat niet in onze informatie" in reply


def test_m4_er_is_geen_vonnis_over_het_hoederecht__seed_004s_other_proofs():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke
    beslissing, dan volstaat een schriftelijke verklaring van de andere ouder ... Als de andere
    ouder verdwenen is moet je een attest hebben van de officiële instanties"; the question got
    "Op die vraag vind ik geen antwoord" (panel 20, m4)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [35](age), [officieel](marriage_type:official) getrouwd in brazilie, en "
        "[haar dochter](relationship:stepchild) is [14](age)",
        {"applicant.custody": "alleen mijn vrouw"},
    )
    reply = chat.say(
        "de vader is al jaren verdwenen. er is geen vonnis over het hoederecht. welk papier "
        "hebben we dan nodig?"
    )
    assert "schriftelijke verklaring" in reply and "attest" in reply, chat.transcript()
    assert "art. 40ter" in reply


def _mamadou() -> Chat:
    chat = Chat(consent=False)
    chat.say("hallo, ik ben mamadou ik ben [17](age:sponsor) jaar ik kom uit guinee", "greet")
    chat.say("akkoord", intent="affirm")
    chat.say(
        "[mijn papa](relationship:parent) en [mama](relationship:parent) wil ik hier, en ook "
        "mijn 2 [broers](relationship:sibling)"
    )
    chat.say(
        "ik ben erkend als [vluchteling](sponsor_status:refugee) sinds [12 november 2026]"
        "(recognition_date:2026-11-12), ik kwam alleen naar belgie"
    )
    return chat


def test_n1_de_kleine_is_14_en_de_grote_20__his_brothers_no_child_of_his():
    """ "de kleine is 14 jaar en de grote 20", asked "Hoe oud is je eerste broer?", made "Je
    kind: 14 jaar" for a boy of 17, kept through four corrections, with a fee (panel 20, n1)."""
    chat = _mamadou()
    chat.say("de [kleine](relationship:child) is [14](age) jaar en de grote [20](age)")
    assert "child" not in [p["relationship"] for p in chat.people], chat.transcript()
    brothers = sorted(p["age"] for p in chat.people if p["relationship"] == "sibling")
    assert brothers == [14, 20]


def test_n1_termijn_for_a_minor_sponsor__before_the_18th_birthday_first():
    """Seed 001 (art. 10, §1, 7°): the parents' right "op voorwaarde dat de NBMV jonger is dan
    achttien jaar"; the first answer's "Termijn: dien de aanvraag uiterlijk op 12 november
    2027 in" read as the last day for the parents (panel 20, n1)."""
    chat = _mamadou()
    reply = chat.answer_plainly({"applicant.age": "14"})
    line = next(x for x in reply.splitlines() if x.startswith("Termijn"))
    assert "vóór je 18de verjaardag" in line, chat.transcript()


def _hodan() -> Chat:
    chat = Chat()
    chat.say("ik schrijf vanuit addis abeba. [mijn man](relationship:spouse) is in belgie")
    chat.say(
        "hij is [erkend vluchteling](sponsor_status:refugee) sinds [8 januari 2026]"
        "(recognition_date:2026-01-08). onze 3 [kinderen](relationship:child) zijn bij mij, "
        "[10](age), [8](age) en [5](age) jaar. ze zijn van hem, geboren voor hij vluchtte"
    )
    return chat


def test_n3_de_kinderen_van_mijn_man_zijn_eigen_kinderen__the_same_three_no_stepchildren():
    """The wife abroad: "het zijn de kinderen van mijn man!! zijn eigen kinderen, jonger dan
    18" made two stepchildren ("Hoe oud is je eerste stiefkind?") and "Over wie gaat 18 jaar?",
    kept through three corrections (panel 20, n3)."""
    chat = _hodan()
    reply = chat.say(
        "het zijn de [kinderen](relationship:child) van [mijn man](relationship:spouse)!! zijn "
        "eigen kinderen, jonger dan [18](age)"
    )
    kinds = sorted((p["relationship"], p["age"]) for p in chat.people if not p.get("self"))
    assert kinds == [("child", 5), ("child", 8), ("child", 10)], chat.transcript()
    assert "Over wie gaat 18" not in reply


def test_n3_geen_stiefkind__stepchildren_stored_before_are_taken_out():
    """ "geen stiefkind. het zijn MIJN kinderen en van mijn man samen" removes the stepchildren
    without an age that were stored beside the three children (panel 20, n3)."""
    chat = _hodan()
    chat.state["people"] += [
        {"id": "p9", "relationship": "stepchild", "word": None, "pronoun": None, "age": None,
         "months": None, "facts": {}, "route": None, "self": False},
    ]  # fmt: skip
    chat.say("geen stiefkind. het zijn MIJN [kinderen](relationship:child) en van mijn man samen")
    assert "stepchild" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_m2_gevraagd_aan_mijn_neef__m4_op_naam_van_mijn_broer__no_applicants():
    """ "ik heb het gevraagd aan mijn neef, hij is advocaat in damascus" and "het huurcontract
    staat op naam van mijn broer" each made "wil naar België komen" (panel 20, m2, m4)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse)"
    )
    chat.say("ik heb het gevraagd aan [mijn neef](relationship:other_relative), hij is advocaat")
    chat.say("het huurcontract staat op naam van [mijn broer](relationship:sibling)")
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_m4_komt_alleen_je_stiefdochter__not_said_to_a_belgian():
    """Seed 003's exemption for a minor child who comes alone is the protected sponsor's; a
    Belgian's stepdaughter was told it, cited art. 10, §2 (panel 20, m4)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [35](age), [officieel](marriage_type:official) getrouwd, en [haar dochter]"
        "(relationship:stepchild) is [14](age)",
        {"applicant.custody": "alleen mijn vrouw"},
    )
    reply = chat.say("ik verdien 2100 euro netto, is dat genoeg?")
    assert "Komt alleen" not in reply and "art. 10, §2" not in reply, chat.transcript()


def test_m4_het_hoederecht_over_de_dochter_van_je_vrouw__her_custody_not_his():
    """A stepfather was offered "Alleen ik" / "Ik en de andere ouder samen" for his wife's
    daughter, and "mijn vrouw heeft het hoederecht, niet ik" was not understood (panel 20,
    m4; seed 003: custody of "de gezinshereniger, zijn echtgenoot of zijn partner")."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [35](age), [officieel](marriage_type:official) getrouwd, en [haar dochter]"
        "(relationship:stepchild) is [14](age)"
    )
    for _ in range(6):
        if chat.question == "applicant.custody":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.custody", chat.transcript()
    titles = [b["title"] for b in chat.last.replies[-1]["buttons"]]
    assert "Alleen ik" not in titles and "Alleen mijn partner" in titles
    chat.say("mijn vrouw heeft het hoederecht, niet ik")
    assert chat.person("stepchild")["facts"].get("custody") == "sole", chat.transcript()


def test_n4_mijn_zus_is_ook_in_nador_getrouwd_en_heeft_5_kinderen__no_applicants():
    """ "mijn broer woont in spanje ... en mijn zus is ook in nador maar getrouwd en heeft 5
    kinderen. is dat een probleem?" made "Je zus: wil naar België komen" and asked "Hoe oud is
    je eerste kind?"; seed 001 answers it: "bewijzen dat geen enkel ander familielid voor het
    betrokken familielid kan zorgen" (panel 20, n4)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [41](age:sponsor). [mijn moeder]"
        "(relationship:parent) is [66](age), weduwe, alleen in nador",
        {"applicant.dependent": "ja"},
    )
    reply = chat.say(
        "[mijn broer](relationship:sibling) woont in spanje en [mijn zus](relationship:sibling)"
        " is ook in nador maar getrouwd en heeft 5 [kinderen](relationship:child). is dat een "
        "probleem?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "Hoe oud is je eerste kind" not in reply


def test_n3_wat_moet_ik_nu_het_eerst_doen_het_is_dringend__file_in_time_with_the_minimum():
    """Seed 002: a request is accepted with the form, the payment proof (unless exempt), an
    identity proof and the proof of the status; "wat moet ik NU het eerst doen? het is
    dringend" got the whole documents list (panel 20, n3)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [8 januari 2026]"
        "(recognition_date:2026-01-08). [mijn vrouw](relationship:spouse) is [30](age), "
        "[officieel](marriage_type:official) getrouwd, en [mijn dochter](relationship:child) is "
        "[8](age)"
    )
    reply = chat.say("wat moet ik NU het eerst doen? het is dringend", intent="ask_documents")
    assert "Dien toch op tijd in" in reply and "4 documenten" in reply, chat.transcript()
    assert "Documenten voor" not in reply
