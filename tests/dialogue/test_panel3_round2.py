"""What the second round of the third persona panel (2026-12-02) met, each as the user meant it."""

from __future__ import annotations

from tests.dialogue.chat import Chat

MOTHER = (
    "ik ben [moeder](relationship:parent), ik woon in iran. mijn [zoon](relationship:child) "
    "([16](age)) is alleen naar belgie gegaan en hij is [erkend vluchteling]"
    "(sponsor_status:refugee) sinds [5 maanden](recognition_date:2026-07-01|approximate). kan "
    "ik en mijn [man](relationship:spouse) naar hem komen? en onze andere "
    "[kinderen](relationship:child) [12](age) en [19](age) jaar?"
)


def _mother() -> Chat:
    chat = Chat()
    chat.say(MOTHER)
    chat.answer_plainly(
        {"recognition_day": "weet ik niet", "applicant.half_or_step_sibling": "nee"}
    )
    return chat


def test_the_mother_of_a_refugee_son_writes__her_husband_is_his_parent_her_children_his_siblings():
    """Panel 3 round 2 (d2): the mother in Iran was taken for the refugee ("Was je jonger dan
    18 toen je asiel aanvroeg?", "Is je moeder op hoge leeftijd?"). Seed 001 (art. 10 §1 7°):
    the parents of an unaccompanied minor refugee have a right; seed 000: his minor siblings
    with the parents a humanitarian visa with a good chance."""
    chat = _mother()
    assert chat.state["writer"] == "applicant"
    assert chat.sponsor["age"] == 16 and chat.sponsor["status"] == "refugee"
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["parent", "parent", "sibling", "sibling"], chat.transcript()
    log = chat.transcript()
    assert "asiel aanvroeg" not in log.split("Kwam je zoon alleen")[0]
    assert "Is je moeder" not in log
    assert "• Jij en je man: recht op gezinshereniging" in log
    assert "• Je kind van 12 jaar: humanitair visum (geen recht, een gunst), kans groot" in log
    assert "vóór de 18de verjaardag van je zoon" in log and "vóór je 18" not in log


def test_documents_for_the_husband_name_the_son_as_the_refugee():
    """Seen from the mother: "de geboorteakte van je zoon", never "die jou erkent"."""
    reply = _mother().say("/ask_documents", intent="ask_documents")
    husband = reply.split("Voor je man")[1].split("\n")[0]
    assert "de geboorteakte van je zoon" in husband
    assert "jou erkent" not in reply and "je geboorteakte" not in husband


def _iraqi_family() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[12 juni 2026](recognition_date:2026-06-12), ik ben [52](age:sponsor). mijn "
        "[vrouw](relationship:spouse) van [50](age), officieel getrouwd voor ik vertrok, "
        "mijn [zoon](relationship:child) van [20](age) heeft een zware "
        "[handicap](disability:yes). mijn [dochter](relationship:child) van [24](age) is "
        "gezond. ze zijn in bagdad"
    )
    for _ in range(12):  # "ja" to all, but no handicap nor minority for the daughter of 24
        if chat.state.get("answered"):
            break
        question = chat.state.get("question") or {"fact": "confirm"}
        person = next((p for p in chat.people if p["id"] == question.get("person")), {})
        no = person.get("age") == 24 and question["fact"] in (
            "applicant.disabled",
            "applicant.minor_when_sponsor_applied_for_asylum",
        )
        chat.say("nee" if no else "ja", intent="deny" if no else "affirm")
    return chat


def test_income_for_a_humanitarian_visa_beside_relatives_who_need_not_prove_it():
    """Panel 3 round 2 (d3-W1): "Of 1.900 euro per maand genoeg is, speelt voor deze aanvraag
    dus geen rol" told to a father whose adult daughter needs a humanitarian visa; seed 000:
    "Je kan aantonen dat jouw ouder over voldoende bestaansmiddelen ... beschikt"."""
    chat = _iraqi_family()
    reply = chat.say(
        "ik werk, 1900 euro netto per maand. is dat genoeg voor mijn dochter?",
        intent="ask_means_of_subsistence",
    )
    assert "speelt voor deze aanvraag dus geen rol" not in reply, chat.transcript()
    assert "humanitair visum" in reply and "inkomen" in reply


def test_dna_for_a_refugees_child__other_valid_proofs_first():
    """Seed 002: "moet de Dienst Vreemdelingenzaken rekening houden met andere geldige bewijzen
    ... Indien dat niet mogelijk is, kan de Dienst Vreemdelingenzaken ... (b.v. DNA-test)"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[1 oktober 2025](recognition_date:2025-10-01), ik ben [34](age:sponsor). mijn "
        "[zoon](relationship:child) van [7](age) is in kenia"
    )
    chat.answer_plainly({"applicant.custody": "[alleen bij mij](custody:sole)"})
    reply = chat.say(
        "geboorte akte hebben we niet, alleen een papier van het ziekenhuis. moet dna test?",
        intent="ask_dna_test",
    )
    assert reply.index("andere geldige bewijzen") < reply.index("DNA-test")


def test_every_fact_the_law_module_can_ask_has_a_question():
    """Panel 3 round 2 (c2): a 19-year-old son whose 12 months had passed crashed the bot
    ("Sorry, er ging iets mis") 15 times: the law module asked "applicant.force_majeure" and
    domain.yml had no question for it."""
    import pathlib
    import re

    from dialogue.questions import question_name
    from tests.dialogue.chat import RESPONSES

    root = pathlib.Path(__file__).resolve().parents[2] / "eligibility"
    facts = set()
    for source in root.rglob("*.py"):
        if source.name != "validation.py":  # the input schema names every field
            facts |= set(re.findall(r'"((?:applicant|sponsor)\.[a-z_]+)"', source.read_text()))
    assert "applicant.force_majeure" in facts
    unasked = [
        fact
        for fact in sorted(facts)
        if not any(
            name == f"utter_ask_{question_name(fact)}"
            or name.startswith(f"utter_ask_{question_name(fact)}_")
            for name in RESPONSES
        )
    ]
    assert unasked == []


def test_c_279_20__a_son_now_19_whose_12_months_passed_gets_an_answer():
    """Seed 003: "behoudt zijn recht op gezinshereniging indien het meerderjarig geworden is
    tijdens het onderzoek van deze aanvraag, op voorwaarde dat de aanvraag ... binnen 12
    maanden na de erkenning". 19 now and recognised two years ago, he turned 18 after the
    recognition: no force majeure to ask (panels 37 g3, 38 g2), a humanitarian visa."""
    chat = Chat()
    chat.say(
        "mijn [zoon](relationship:child) is in ethiopie alleen. ik heb [subsidiaire "
        "bescherming](sponsor_status:subsidiary_protection) sinds "
        "[14 november 2024](recognition_date:2024-11-14), ik ben [45](age:sponsor)"
    )
    chat.say("hij is nu [19](age). toen ik asiel vroeg was hij [15](age)")
    chat.answer_plainly({"applicant.disabled": "nee", "applicant.force_majeure": "nee"})
    log = chat.transcript()
    assert "overmacht" not in log and "iets mis" not in log
    assert "humanitair visum" in chat.transcript().split("Klopt dat?")[-1]


def _client_of_17() -> Chat:
    return Chat.answered(
        "ik ben maatschappelijk werker. mijn cliënt is [17](age:sponsor), alleen gekomen, "
        "[erkend vluchteling](sponsor_status:refugee) sinds "
        "[2 november 2026](recognition_date:2026-11-02). zijn [ouders](relationship:parent) "
        "zijn in iran",
    )


def test_op_voorwaarde_dat_de_nbmv_jonger_is_dan_achttien_jaar__the_deadline_is_his_birthday():
    """Seed 001 (art. 10 §1 7°): "Op voorwaarde dat de NBMV jonger is dan achttien jaar": the
    parents' right ends at the client's 18th birthday, maybe before the 12 months; "Termijn"
    says so first, "te laat?" never gets "Dan blijft het recht", no calendar file for the 12
    months (panel 3 round 2, c3)."""
    chat = _client_of_17()
    deadline = chat.say("/ask_deadline", intent="ask_deadline")
    assert "vóór je cliënt 18 wordt" in deadline and "2 november 2027" not in deadline  # the
    # parents have no 12 months (art. 10, §2 asks them no income, home or insurance)
    assert "Wanneer wordt je cliënt 18?" in deadline, deadline
    late = chat.say("wat als de ouders te laat zijn, na zijn 18de?", intent="ask_deadline")
    assert "Dan blijft het recht" not in late
    calendar = chat.say("kan ik dat in mijn agenda zetten?")
    assert "18de verjaardag" in calendar and chat.last.calendar is None
    summary = chat.say("/ask_summary", intent="ask_summary")
    assert summary.count("vóór de 18de verjaardag van je cliënt") == 1, summary
    assert "vóór je cliënt 18 wordt" not in summary, summary  # said once


def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__asked_for_a_son_of_16():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn": "wat als mijn zoon 18 wordt
    voor het visum klaar is?" gets the age at the request, not the humanitarian-visa text
    (panel 3 round 2, c1-W2)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[29 september 2026](recognition_date:2026-09-29), ik ben [40](age:sponsor). mijn "
        "[zoon](relationship:child) van [16](age) is in jordanie, geboren voor ik vertrok"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "maar wat gebeurt er als mijn zoon 18 wordt voor het visum klaar is? verliest hij dan "
        "zijn recht?",
        intent="ask_humanitarian_visa",
    )
    assert "vóór je zoon 18 wordt. Daarna vervalt dit recht" in reply
    assert "gunst" not in reply


def test_a_sister_called_zusje_is_je_zusje_and_the_form_is_signed_not_by_the_child():
    """Panel 3 round 2 (c3-P1, c3-P3): "de broer of zus van je cliënt" for "zusje", and an
    8-year-old told to fill in and sign the visa form herself."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker. mijn cliënt is [17](age:sponsor), alleen gekomen, "
        "[erkend vluchteling](sponsor_status:refugee) sinds "
        "[2 november 2026](recognition_date:2026-11-02). zijn [ouders](relationship:parent) en"
        " zijn [zusje](relationship:sibling) van [8](age) zijn in iran"
    )
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    log = chat.transcript()
    assert "Het zusje van je cliënt" in log and "broer of zus" not in log
    documents = chat.say("/ask_documents", intent="ask_documents")
    assert "ondertekent het" not in documents


def test_a_question_about_marrying_again_is_no_fact_and_gets_seed_000s_rule():
    """Panel 3 round 2 (d4-W1, d4-U1): "moeten we opnieuw trouwen ... zodat het officieel is?"
    set the marriage to official; "telt ons kerk huwelijk?" got "Vraag het na bij een
    advocaat". Seed 000: "wanneer jouw religieus of gewoonterechtelijk huwelijk ook als
    officieel huwelijk geldt in het land waar het werd afgesloten"."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker) 8 maanden geleden, ik ben "
        "[30](age:sponsor). mijn [vrouw](relationship:spouse) van [22](age) is in soedan"
    )
    reply = chat.say("telt ons kerk huwelijk? we hebben papier van de kerk")
    assert "in het land waar jullie trouwden" in reply, chat.transcript()
    chat.say(
        "moeten we opnieuw trouwen bij de gemeente zodat het [officieel](marriage_type:official)"
        " is?"
    )
    assert chat.person("spouse")["facts"].get("marriage") != "official"


def test_de_termijn_liep_af__the_right_stays():
    """Seed 002: "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend
    indien de aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld zijn"
    (panel 3 round 2, d1-U3)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[1 oktober 2025](recognition_date:2025-10-01), ik ben [34](age:sponsor). mijn "
        "[vrouw](relationship:spouse) van [26](age) is in kenia, officieel getrouwd voor ik "
        "vertrok"
    )
    chat.answer_plainly({})
    assert "Het recht op gezinshereniging blijft" in chat.transcript()


def _came_alone_at_16() -> Chat:
    return Chat.answered(
        "ik ben [19](age:sponsor), ik ben alleen naar belgie gekomen toen ik 16 was. ik ben "
        "[erkend vluchteling](sponsor_status:refugee) sinds "
        "[28 oktober 2026](recognition_date:2026-10-28). mijn [moeder](relationship:parent) "
        "en [vader](relationship:parent) en mijn [broertje](relationship:sibling) van [9](age) "
        "zijn in guinee",
        {"applicant.half_or_step_sibling": "nee"},
    )


def test_binnen_de_drie_maanden_na_de_erkenning__the_parents_date_comes_first():
    """Seed 002: "in de loop van de asielprocedure meerderjarig is geworden en de
    visumaanvraag binnen de drie maanden na de erkenning ... wordt ingediend": the parents'
    date is 28 January 2027, not the 12 months; the fee note says so; "te laat?" never gets
    "Dan blijft het recht" (panel 3 round 3, f3)."""
    chat = _came_alone_at_16()
    first = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "uiterlijk op 28 januari 2027" in first and "28 oktober 2027" not in first
    assert (
        "Voor de ouders is er alleen geen bijdrage als de aanvraag uiterlijk op 28 januari 2027"
        in first
    )
    assert chat.last.calendar.isoformat() == "2027-01-28"
    late = chat.say("en als ze te laat zijn?", intent="ask_deadline")
    assert "28 januari 2027" in late and "Dan blijft het recht" not in late


def test_c_279_20_within_the_12_months__late_is_no_right_that_stays():
    """Seed 003: "behoudt zijn recht ... op voorwaarde dat de aanvraag ... binnen 12 maanden":
    a son of 19 who was 16 at the asylum request; "te laat?" never gets "Dan blijft het recht"
    (panel 3 round 3, f2)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[8 juli 2026](recognition_date:2026-07-08), ik ben [44](age:sponsor). mijn "
        "[zoon](relationship:child) is nu [19](age), hij was 16 toen ik asiel vroeg. hij is "
        "alleen in pakistan"
    )
    chat.answer_plainly({"applicant.disabled": "nee"})
    first = chat.transcript().split("Klopt dat?")[-1]
    assert "uiterlijk op 8 juli 2027" in first and "Daarna vervalt het recht" in first
    assert "Dan gelden de gunstige voorwaarden" not in first
    late = chat.say("en als we te laat zijn?", intent="ask_deadline")
    assert "8 juli 2027" in late and "Dan blijft het recht" not in late, chat.transcript()


def test_a_father_abroad__her_age_and_his_other_sons_are_the_refugee_daughters():
    """Panel 3 round 3 (e2): "mijn dochter is alleen in belgie, zij is 17" gave the father the
    age 17; "ik heb een zoon van 10 en een zoon van 20, zij wonen bij ons" made a son of the
    refugee. Seen from her: the sponsor is 17, the sons are her brothers (seed 000)."""
    chat = Chat()
    chat.say(
        "ik ben de [vader](relationship:parent), ik woon in afghanistan. mijn "
        "[dochter](relationship:child) is alleen in belgie, zij is [17](age) en heeft "
        "[vluchteling status](sponsor_status:refugee) sinds "
        "[2 oktober 2026](recognition_date:2026-10-02). ik en mijn "
        "[vrouw](relationship:spouse) willen naar haar komen"
    )
    assert chat.sponsor["age"] == 17
    assert next(p for p in chat.people if p.get("self"))["age"] is None
    chat.answer_plainly({})
    chat.say(
        "en mijn andere kinderen? ik heb een [zoon](relationship:child) van [10](age) en een "
        "[zoon](relationship:child) van [20](age), zij wonen bij ons. kunnen die ook mee?"
    )
    siblings = sorted(p["age"] for p in chat.people if p["relationship"] == "sibling")
    assert siblings == [10, 20], chat.transcript()
    assert not [p for p in chat.people if p["relationship"] == "child"]


def test_soepelere_procedure_beside_a_child_with_a_right():
    """Seed 000: "Je kan de aanvraag dan toch indienen als een aanvraag voor een visum
    gezinshereniging ... Er moet geen administratieve bijdrage ... betaald worden": said for
    the wife even when the daughter's right sets the family's next step (panel 3 round 3, f1)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[1 november 2025](recognition_date:2025-11-01), ik ben [32](age:sponsor). mijn "
        "[vrouw](relationship:spouse) van [29](age), in de kerk getrouwd "
        "([religieus](marriage_type:religious_or_customary)), en onze "
        "[dochter](relationship:child) van [4](age) zijn in ethiopie. getrouwd voor ik vertrok"
    )
    chat.answer_plainly({})
    first = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "Voor je vrouw: dien ook die aanvraag in als visum gezinshereniging" in first


def test_a_clients_stepson_is_named_once_as_the_clients():
    """Panel 3 round 3 (e3): "De zoon van de vrouw van je cliënt van je cliënt"."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker. mijn cliënt is [35](age:sponsor), hij heeft "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 april 2026](recognition_date:2026-04-01). zijn [vrouw](relationship:spouse) van "
        "[30](age) en haar [zoon](relationship:child) van [13](age) zijn in kinshasa"
    )
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd"})
    log = chat.transcript()
    assert "De zoon van de vrouw van je cliënt: 13 jaar" in log
    assert "van je cliënt van je cliënt" not in log


def test_ik_ben_de_mama__ik_wil_komen_is_the_relative_abroad_writing():
    """Panel 3 round 4 (g2): "ik ben de mama ... ik wil komen met mijn man en onze dochter"
    was read as the refugee writing; her son of 17 in Belgium is the sponsor."""
    chat = Chat()
    chat.say(
        "ik ben de [mama](relationship:parent). mijn [zoon](relationship:child) is [17](age) "
        "jaar en is in belgie alleen gekomen, hij is [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [1 maand](recognition_date:2026-11-01|approximate). "
        "ik wil komen met mijn [man](relationship:spouse) en onze "
        "[dochter](relationship:child) van [13](age). wij zijn in syrie"
    )
    assert chat.state["writer"] == "applicant"
    assert chat.sponsor["age"] == 17
    kinds = sorted((p["relationship"], p["age"]) for p in chat.people if not p.get("self"))
    assert kinds == [("parent", None), ("sibling", 13)]


def test_is_er_echt_niks_after_the_12_months__a_humanitarian_visa_in_tweede_orde():
    """Seed 000: "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor
    een visum gezinshereniging in tweede orde een humanitair visum te vragen" (panel 3
    round 4, g4: "is er echt niks?" was ignored for a right whose 12 months had passed)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 oktober 2025](recognition_date:2025-10-01), ik ben [35](age:sponsor). mijn "
        "[vrouw](relationship:spouse) van [30](age), officieel getrouwd voor ik vertrok, en "
        "onze [dochter](relationship:child) van [6](age) zijn in iran"
    )
    chat.answer_plainly({})
    reply = chat.say("ik heb geen werk. is er echt niks?")
    assert "in tweede orde" in reply and "art. 9 en 13" in reply, chat.transcript()
