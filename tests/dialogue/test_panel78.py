"""Findings of panel round 78 (stop 39), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _amina() -> Chat:
    """A social worker's client of 16; her mother and sister come (panel 78, g1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "de [mama](relationship:parent) en het [zusje](relationship:sibling) van mijn cliënte. "
        "Amina is [16](age), uit [Guinee](country:Guinee), is alleen naar belgie gekomen"
    )
    chat.say("ze is [erkend als vluchteling](sponsor_status:refugee) sinds [10 september dit "
             "jaar](recognition_date:2026-09-10)")  # fmt: skip
    chat.say("de [mama](relationship:parent) is [40](age), het [zusje](relationship:sibling) "
             "is [8](age)")  # fmt: skip
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    chat.say("ja", intent="affirm")
    return chat


def test_de_papa_blijft_wel_in_guinee__no_father_added():
    """ "ok. de papa blijft wel in Guinee, hij is ziek ... kan de mama dan alleen komen zonder
    hem?": the father stays, no one who comes (panel 78, g1: "De papa van je cliënt" read
    back)."""
    chat = _amina()
    chat.say(
        "ok. de [papa](relationship:parent) blijft wel in [Guinee](country:Guinee), hij is ziek "
        "en woont bij zijn [eigen moeder](relationship:parent). kan de [mama]"
        "(relationship:parent) dan alleen komen zonder hem?",
        intent="check_eligibility",
    )
    words = [p["word"] for p in chat.people]
    assert words == ["mama", "zusje"], chat.transcript()


def test_fanta_heeft_geen_paspoort_mama_wel__untagged_mama_the_sisters_passport():
    """ "de papa is akkoord dat Fanta vertrekt. moet daar een papier van zijn? en Fanta heeft
    geen paspoort, mama wel", "mama" not tagged: the father's consent and the sister's
    passport (seed 002 "de afwezigheid van een reisdocument geen onoverkomelijk obstakel";
    panel 78, g1: both passports)."""
    chat = _amina()
    chat.say(
        "ok. de [papa](relationship:parent) blijft in [Guinee](country:Guinee). kan de [mama]"
        "(relationship:parent) komen zonder de [papa](relationship:parent)?",
        intent="check_eligibility",
    )
    reply = chat.say(
        "de [papa](relationship:parent) is akkoord dat Fanta vertrekt. moet daar een papier van "
        "zijn? en Fanta heeft geen paspoort, mama wel",
        intent="ask_travel_document",
    )
    assert "paspoort van het zusje" in reply and "paspoort van de mama" not in reply, reply
    assert "toestemming van de andere ouder" in reply, reply


def test_van_mijn_cliente_amina_is_16__the_clients_age():
    """ "de mama en het zusje van mijn cliënte. Amina is 16, uit Guinee, is alleen naar belgie
    gekomen": 16 and the lone journey are the client's (panel 78, g1: "De mama van je cliënt:
    16 jaar", the sister made the one in Belgium)."""
    chat = Chat(today=TODAY)
    chat.say("hallo, ik ben maatschappelijk werker bij het CAW en ik heb een vraag voor een "
             "cliënte van mij")  # fmt: skip
    chat.say(
        "de [mama](relationship:parent) en het [zusje](relationship:sibling) van mijn cliënte. "
        "Amina is [16](age:sponsor), uit [Guinee](country:Guinee), is alleen naar belgie gekomen",
        intent="check_eligibility",
    )
    assert chat.sponsor.get("age") == 16, chat.transcript()
    found = sorted((p["word"], p["age"]) for p in chat.people)
    assert found == [("mama", None), ("zusje", None)], chat.transcript()


def test_bij_de_imam_getrouwd_ik_was_toen_al_in_belgie__the_bond_after_the_arrival():
    """ "bij de imam getrouwd in 2019. ik was toen al in belgie": the marriage after the arrival
    (seed 002 "op voorwaarde dat deze band al vóór de binnenkomst ... bestond"; panel 78, g2)."""
    chat = Chat(today=TODAY)
    chat.say("hallo ik wil [mijn vrouw](relationship:spouse) naar belgie halen",
             intent="check_eligibility")  # fmt: skip
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
             "[15 januari 2024](recognition_date:2024-01-15)")  # fmt: skip
    chat.say("[33](age). ze woont in Erbil, [Irak](country:Irak)")
    chat.say(
        "bij de [imam](marriage_type:religious_or_customary) getrouwd in 2019. ik was toen al in "
        "belgie, mijn broer was er in mijn plaats. het is niet geregistreerd bij de staat in irak"
    )
    facts = chat.person("spouse")["facts"]
    assert facts.get("relationship_predates_arrival") is False, chat.transcript()


def test_what_papers_she_need_western_union__the_mothers_proofs():
    """ "what papers she need? I have Western Union receipts of the money I send" right after
    the mother's answer: seed 001's proofs of her dependency, not the daughter's condition
    (panel 78, g3: P, "Je dochter is ten laste van jou")."""
    chat = Chat(today=TODAY)
    chat.say(
        "i am [erkend vluchteling](sponsor_status:refugee) since [3 march 2026]"
        "(recognition_date:2026-03-03), i am [29](age:sponsor). [my wife](relationship:spouse) is "
        "[25](age), [official](marriage_type:official) marriage before i left sudan. [my daughter]"
        "(relationship:child) Sara is [1](age), born after i came"
    )
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    chat.say("ok. and [my mother](relationship:parent) Fatima, she is [58](age), widow, also in "
             "Cairo. she depend on me, I send money every month. can she come also?")  # fmt: skip
    for _ in range(6):
        if chat.question is None and chat.state.get("pending") != "confirm":
            break
        chat.say("nee" if chat.question else "ja", intent="deny" if chat.question else "affirm")
    reply = chat.say(
        "what papers she need? I have Western Union receipts of the money I send",
        intent="ask_documents",
    )
    assert "je moeder afhankelijk" in reply and "Je dochter is ten laste" not in reply, reply
    assert "Documenten voor je vrouw" not in reply, reply


def test_mijn_vrouw_valeria_heeft_alleen_het_hoederecht__no_wife_who_comes():
    """ "mijn vrouw valeria heeft alleen het hoederecht" of her son: the one who holds the
    stepson's custody, no wife who comes (panel 78, h2: "Je stiefzoon en je vrouw:
    waarschijnlijk recht op gezinshereniging")."""
    chat = Chat(today=TODAY)
    chat.say("hoi, ik heb een vraag over [mijn schoonmoeder](relationship:other_relative) en "
             "[stiefzoon](relationship:stepchild)")  # fmt: skip
    chat.say("ik ben spaans, werk hier in brussel")
    chat.say("[EU-burger](sponsor_status:eu_citizen)")
    chat.say("mateo is [15](age). hij woont in buenos aires bij zijn oma rosa, de [moeder van "
             "mijn vrouw](relationship:other_relative)")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    chat.say(
        "[mijn vrouw](relationship:spouse) valeria heeft alleen het hoederecht. de "
        "[vader](relationship:parent) is nooit in beeld geweest, we weten niet eens waar hij is"
    )
    assert "spouse" not in [p["relationship"] for p in chat.people], chat.transcript()


def _dawit() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 augustus 2026](recognition_date:2026-08-01). [mijn vriendin](relationship:partner) "
        "Hiwot ([33](age)) en [onze zoon](relationship:child) Abel ([6](age)), geboren voor ik "
        "vluchtte. we zijn niet getrouwd"
    )
    chat.answer_plainly({"sponsor.age": "ik ben [36](age:sponsor)"})
    chat.say("ja", intent="affirm")
    return chat


def test_als_we_het_partnerschap_nu_registreren__de_afstamming_voor_zijn_aankomst():
    """Seed 003: no proof of income "wanneer de afstamming van de aanvrager vóór zijn aankomst
    in België werd vastgesteld": a partnership registered now is after the arrival (panel 78,
    h4: "Nee. Je hoeft nu geen woning te bewijzen. De band bestond al voor de aankomst")."""
    chat = _dawit()
    reply = chat.say(
        "even duidelijk: als hiwot mijn [geregistreerde partner](relationship:registered_partner)"
        " wordt, moet ik voor HAAR dan wel of geen inkomen en woning bewijzen?",
        intent="ask_means_of_subsistence",
    )
    assert "pas na je aankomst" in reply and "wel genoeg" in reply, reply
    assert "De band bestond al" not in reply, reply
    assert [p["relationship"] for p in chat.people] == ["partner", "child"], chat.transcript()
