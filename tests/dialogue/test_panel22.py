"""What the persona panel found in round 22 (q1-q5, r1-r5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_r4_je_zei_visum_om_te_trouwen_of_wettelijk_samenwonen__no_marriage_told():
    """Seed 000: a couple that could not marry asks a humanitarian visa; "je zei visum om te
    trouwen of wettelijk samenwonen. hoe werkt dat?" made "Je man: officieel getrouwd" (panel
    22, r4), "wettelijk" tagged as an official marriage."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [8 september 2026]"
        "(recognition_date:2026-09-08), ik ben homo. [mijn partner](relationship:partner) is "
        "[34](age), in turkije. we konden niet trouwen in iran",
        {"applicant.cohabited_one_year_before_arrival": "nee", "applicant.common_child": "nee"},
    )
    reply = chat.say(
        "je zei visum om te trouwen of [wettelijk](marriage_type:official) samenwonen. hoe "
        "werkt dat?"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "officieel getrouwd" not in reply


def test_r2_mijn_neef_brengt_het_geld__no_applicant():
    """ "mijn neef brengt het geld naar haar" made "Je neef: wil naar België komen" (panel 22,
    r2)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian). [mijn moeder](relationship:parent) is [70]"
        "(age), weduwe, ziek en alleen in konya"
    )
    chat.say(
        "ik stuur elke maand 300 euro, [mijn neef](relationship:other_relative) brengt het geld naar haar"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_r1_duid_aan_dat_het_om_een_humanitaire_aanvraag_gaat__cited_as_practice():
    """Seed 001 ("Het is belangrijk om op het visumformulier aan te duiden dat het om een
    humanitaire visumaanvraag gaat") is practice; art. 9 and 13 "leggen geen voorwaarden vast"
    (panel 22, r1, r2, r4, r5: the form cited art. 9 en 13)."""
    from eligibility.messages import DOCUMENTS, SIDE
    from eligibility.sources import PRACTICE_DVZ_HUMANITARIAN

    assert DOCUMENTS["visa_application_form_humanitarian"].source == PRACTICE_DVZ_HUMANITARIAN
    assert SIDE["where_humanitarian"].source == PRACTICE_DVZ_HUMANITARIAN


def _sister_in_nairobi() -> Chat:
    chat = Chat()
    chat.say(
        "hallo. [mijn broer](relationship:sibling) woont in belgie, hij heeft papieren als "
        "[vluchteling](sponsor_status:refugee). ik wil bij hem gaan wonen, kan dat?"
    )
    return chat


def test_q2_onze_ouders_zijn_dood_papa_in_2019_en_mama_vorig_jaar__no_parents_asked():
    """ "nee onze ouders zijn dood. papa in 2019 en mama vorig jaar" added the father and the
    mother: "Is je papa op hoge leeftijd?" (panel 22, q2)."""
    chat = _sister_in_nairobi()
    chat.say(
        "nee [onze ouders](relationship:parent) zijn dood. [papa](relationship:parent) in 2019 "
        "en [mama](relationship:parent) vorig jaar. sindsdien woon ik alleen"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_q2_hij_was_26_and_alleen_ik_de_zus_van_24__his_age_now_and_no_second_sister():
    """ "nee ik zei al, hij was 26" (when he came) made the brother 26 again; "alleen ik, de
    zus van 24 jaar" made "De zus van je broer: 24 jaar" beside "Jij: 24 jaar" (panel 22,
    q2)."""
    chat = _sister_in_nairobi()
    chat.say("hij was al groot toen hij kwam. nu is hij [30](age)")
    chat.say("nee ik zei al, hij was [26](age)")
    assert chat.sponsor.get("age") == 30, chat.transcript()
    chat.say("alleen ik, de [zus](relationship:sibling) van [24](age) jaar")
    others = [p for p in chat.people if not p.get("self")]
    assert not others, chat.transcript()


def _social_worker_for_a_belgian_wife() -> Chat:
    chat = Chat(consent=False)
    chat.say(
        "Goeiedag, ik ben maatschappelijk werker bij het OCMW en ik help een cliënte. Zij is "
        "[Belgische](sponsor_status:belgian) en [haar man](relationship:spouse) wil naar België "
        "komen",
        "greet",
    )
    chat.say("akkoord, mijn cliënte is ok daarmee", intent="affirm")
    chat.say("hij is [34](age), Marokkaan. ze zijn [officieel](marriage_type:official) getrouwd")
    chat.say("[31](age:sponsor). ze is geboren in Gent")
    return chat


def test_q3_ja_maar_er_is_ook_nog_zijn_zoon__the_son_is_kept_and_is_her_stepson():
    """At the read-back, "ja maar er is ook nog zijn zoon, 11 jaar, uit zijn eerste huwelijk"
    lost the son to the "ja"; "het is niet de zoon van mijn cliënte, het is haar stiefzoon"
    added a second boy; "de mama van adam" became one who comes (panel 22, q3)."""
    chat = _social_worker_for_a_belgian_wife()
    chat.say(
        "ja maar er is ook nog [zijn zoon](relationship:child), [11](age) jaar, uit zijn eerste"
        " huwelijk. die wil ook mee"
    )
    chat.say(
        "nee, het is enkel [zijn zoon](relationship:child). Adam. [de mama](relationship:parent)"
        " van adam woont ook in tanger, ze hebben samen het hoederecht"
    )
    chat.say(
        "het is niet de [zoon](relationship:child) van mijn cliënte, het is haar [stiefzoon]"
        "(relationship:stepchild)"
    )
    kinds = sorted((p["relationship"], p["age"]) for p in chat.people)
    assert kinds == [("spouse", 34), ("stepchild", 11)], chat.transcript()


def test_q1_de_jongste_is_geboren_na_mijn_aankomst__only_the_youngest_and_whose_exemption():
    """Seed 003: no favourable conditions for a bond from after the arrival; "de jongste is
    geboren na mijn aankomst" took it from all three children, and the income answer said "Je
    hoeft nu geen inkomen te bewijzen" and "wel inkomen" without saying for whom (panel 22,
    q1: "voor wie nu")."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 juni 2026]"
        "(recognition_date:2026-06-03). [mijn vrouw](relationship:spouse) is [35](age), "
        "[officieel](marriage_type:official) getrouwd. [mijn kinderen](relationship:child) zijn "
        "[14](age), [10](age) en [2](age). de jongste is geboren na mijn aankomst"
    )
    bond = {p["age"]: p["facts"].get("relationship_predates_arrival") for p in chat.people
            if p["relationship"] == "child"}  # fmt: skip
    assert bond[2] is False and bond[14] is not False and bond[10] is not False, bond
    reply = chat.say("ik leef van leefloon, moet ik inkomen tonen?")
    assert "Voor je vrouw, je kind van 14 jaar en je kind van 10 jaar:" in reply, chat.transcript()


def test_kan_ik_de_kinderen_laten_komen__the_children_come():
    """The other side of "alleen ik, de zus": "kan ik de kinderen laten komen?" names them."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). kan ik de [kinderen]"
        "(relationship:child) laten komen?"
    )
    assert "child" in [p["relationship"] for p in chat.people], chat.transcript()


def test_the_other_sides_of_panels_19_to_22__relatives_who_come_stay():
    """Each rule that keeps a relative out has its other side: a victim ("mijn broer werd
    geslagen"), a wife who brings the children, a sister asked about coming, a son whose
    income is told with a question about his coming."""
    for markup, relationship in (
        ("[mijn broer](relationship:sibling) werd geslagen door de politie, hij wil komen",
         "sibling"),
        ("[mijn vrouw](relationship:spouse) brengt de kinderen mee", "spouse"),
        ("[mijn dochter](relationship:child) is ook in syrie, kan ze mee?", "child"),
        ("[mijn zoon](relationship:child) verdient 300 euro, kan hij komen?", "child"),
        ("ik heb een [man](relationship:spouse) die in syrie woont", "spouse"),
        ("[mijn moeder](relationship:parent) wil komen, ik kan haar helpen met geld", "parent"),
    ):  # fmt: skip
        chat = Chat()
        chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). " + markup)
        assert relationship in [p["relationship"] for p in chat.people], chat.transcript()


def test_q4_je_zei_b17_heeft_gevolgen_bij_verlenging_wat_betekent_dat__explained():
    """Seed 001: "Aan dergelijke toekenning worden dan meestal bijkomende voorwaarden verbonden
    (bijv. bewijs toereikende bestaansmiddelen bij de verlenging van het verblijfsrecht in
    België)"; the question got "Sorry, dat begrijp ik niet" (panel 22, q4; panel 19, l3)."""
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [5 januari"
        " 2026](recognition_date:2026-01-05), ik ben [30](age:sponsor). [mijn vrouw](relationship"
        ":spouse) is [20](age), we zijn getrouwd bij de mullah",
        {"applicant.marriage": "religieus"},
    )
    reply = chat.say("je zei B17 heeft gevolgen bij verlenging. wat betekent dat?")
    assert "code B17, niet B11" in reply and "genoeg inkomen" in reply, chat.transcript()


def test_r1_je_zegt_mijn_geboorteakte_ik_heb_dat_niet__other_valid_proofs_seed_002():
    """Seed 002: "moet de Dienst Vreemdelingenzaken rekening houden met andere geldige
    bewijzen ... op voorwaarde dat deze band al vóór de binnenkomst van de gezinshereniger in
    België bestond"; the 16-year-old got "Heb je nog een vraag?" (panel 22, r1)."""
    chat = Chat.answered(
        "ik ben [16](age:sponsor), alleen in belgie, [erkend vluchteling](sponsor_status:"
        "refugee) sinds [2 oktober 2026](recognition_date:2026-10-02). [mijn mama]"
        "(relationship:parent) en [mijn broertje](relationship:sibling) van [6](age) zijn in "
        "soedan"
    )
    reply = chat.say("je zegt mijn geboorteakte. ik heb dat niet, alles is kwijt")
    assert "andere geldige bewijzen" in reply and "art. 12bis, §5 en §6" in reply, chat.transcript()
