"""What the persona panel found in round 16 (e1-e5, f1-f5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def _refugee(markup: str) -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 augustus 2026]"
        "(recognition_date:2026-08-03), ik ben [38](age:sponsor). " + markup
    )
    return chat


def test_e1_van_mijn_vrouw_met_eerste_man__her_earlier_husband_is_no_applicant():
    """Panel 16, e1: "hij is niet van mij, van mijn vrouw met eerste man. eerste man is dood"
    made a "Je man" who stayed in seven summaries."""
    chat = _refugee("[mijn vrouw](relationship:spouse) is [34](age)")
    chat.say(
        "[12](age) jaar, is jongen. maar hij is niet van mij, van [mijn vrouw]"
        "(relationship:spouse) met [eerste man](relationship:spouse). [eerste man]"
        "(relationship:spouse) is dood"
    )
    spouses = [p for p in chat.people if p["relationship"] == "spouse"]
    assert [p["word"] for p in spouses] == ["vrouw"], chat.transcript()


def test_e4_hij_heeft_zelf_4_kinderen__the_brothers_children_not_hers():
    """Panel 16, e4: "mijn broer woont ook in homs maar hij heeft zelf 4 kinderen" made four
    children of the user, in the summary for her social worker."""
    chat = _refugee("[mijn ouders](relationship:parent) willen komen")
    chat.say(
        "en [mijn broer](relationship:sibling) woont ook in homs maar hij heeft zelf 4 "
        "[kinderen](relationship:child)"
    )
    assert not [p for p in chat.people if p["relationship"] == "child"], chat.transcript()


def test_her_children_told_after_the_wife__still_stepchildren():
    """The other side: "mijn vrouw is hier, ze heeft 2 kinderen in syrie" are the wife's."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:spouse)"
        " is hier, ze heeft 2 [kinderen](relationship:child) in syrie, die willen komen"
    )
    assert [p for p in chat.people if p["relationship"] in ("child", "stepchild")], (
        chat.transcript()
    )


def test_f4_een_b17_visum__a_code_no_age():
    """Panel 16, f4: "B17" made the wife 17."""
    chat = _refugee("[mijn vrouw](relationship:spouse) is in soedan")
    chat.say("wat betekent een B[17](age) visum?")
    assert chat.person("spouse")["age"] is None, chat.transcript()


def test_f3_ouders_zijn_turks__no_applicants():
    """Panel 16, f3: "ik ben belg, geboren in gent. ouders zijn turks" asked whether the
    parents are old."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), geboren in gent. [ouders](relationship:parent) zijn turks"
    )
    assert not chat.people, chat.transcript()


def test_f1_moet_mijn_mama_iets_bewijzen_over_papa_want_hij_is_vermist__papa_is_missing():
    """Panel 16, f1: "Wat erg van je mama": the missing father's fate went to the mother."""
    chat = Chat()
    chat.say(
        "ik ben [16](age:sponsor), [erkend vluchteling](sponsor_status:refugee), alleen gekomen."
        " [mijn mama](relationship:parent) en [mijn zus](relationship:sibling) willen komen"
    )
    reply = chat.say(
        "moet [mijn mama](relationship:parent) iets bewijzen over [papa](relationship:parent) "
        "want hij is vermist"
    )
    assert "Wat erg van je mama" not in reply, chat.transcript()
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["mama"]


def test_e3_het_absolute_minimum_om_op_tijd_ingediend_te_zijn__seed_002s_four_documents():
    """Seed 002: "Een aanvraag wordt dus aanvaard zodra de volgende documenten worden
    voorgelegd" (panel 16, e3: the legalisation and DNA texts came twice)."""
    chat = Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 januari"
        " 2026](recognition_date:2026-01-08), ik ben [35](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [30](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say(
        "wat is het absolute minimum dat ze moeten binnenbrengen om voor 8 januari ingediend "
        "te zijn? de huwelijksakte is nog niet gelegaliseerd",
        "ask_documents",
    )
    assert "De aanvraag wordt aanvaard met 4 documenten" in reply, chat.transcript()


def test_f1_moeten_ze_terug_naar_afghanistan_voor_de_ambassade__any_post():
    """Seed 002 (art. 12bis, §1): the family of a protected person may apply at any Belgian
    post (panel 16, f1: the humanitarian form text came instead)."""
    chat = Chat.answered(
        "ik ben [30](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [1 juni "
        "2026](recognition_date:2026-06-01). [mijn vrouw](relationship:spouse) is [28](age)",
        {"applicant.marriage": "officieel"},
    )
    reply = chat.say("ze is in iran. moet ze terug naar afghanistan voor de ambassade?")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def test_h4_the_wife_abroad_wij_hebben_ook_zoon_and_ik_ben_zwanger_5_maand():
    """Panel 17, h4: the wife abroad writes; "wij hebben ook zoon van 2 jaar" was "de zoon van
    je man", and "ik ben zwanger, 5 maand" made her "een baby, jonger dan 1 jaar"."""
    chat = Chat()
    chat.say(
        "ik schrijf uit herat. [mijn man](relationship:spouse) is in belgie, hij heeft "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection). hij is [27](age), ik "
        "ben [23](age)"
    )
    chat.say("wij hebben ook [zoon](relationship:child) van [2](age) jaar")
    chat.say("en ik ben zwanger, [5 maand](age). de [baby](relationship:child) komt in april")
    me = next(p for p in chat.people if p.get("self"))
    assert me["age"] == 23, chat.transcript()
    assert "de zoon van je man" not in chat.transcript()
    assert [p["age"] for p in chat.people if p["relationship"] == "child"] == [2]


def test_h5_en_als_we_eerst_trouwen_dan_is_zij_mijn_vrouw__no_wife_added():
    """Panel 17, h5: a supposed marriage made "Je verloofde: officieel getrouwd" beside a new
    "Je partner", and then a right with favourable conditions."""
    chat = _refugee("[mijn verloofde](relationship:partner) is [25](age), we zijn niet getrouwd")
    chat.answer_plainly({})
    chat.say(
        "en als we eerst trouwen? ik kan niet terug naar ethiopie. dan is zij [mijn vrouw]"
        "(relationship:spouse) en kan ze komen?"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_g2_mijn_zus_wil_niet_komen_then_zus_kan_zorgen__stays_out_and_seed_001s_answer():
    """Seed 001: "dat geen enkel ander familielid voor het betrokken familielid kan zorgen"
    (panel 17, g2: the sister came back six times and the question got no answer)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [36](age:sponsor). [mijn moeder]"
        "(relationship:parent) is [62](age), ze woont alleen",
    )
    chat.say("nee [mijn zus](relationship:sibling) wil niet komen, alleen mijn moeder")
    reply = chat.say(
        "maar [mijn zus](relationship:sibling) dan? DVZ gaat zeggen [zus](relationship:sibling)"
        " kan zorgen toch?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "DVZ kijkt of een ander familielid voor je moeder kan zorgen" in reply


def test_g1_toestemming_van_mijn_vrouw_voor_onze_zoon__not_needed_for_the_couples_child():
    """Seed 003: "Indien de ouders van de aanvrager gescheiden zijn" (panel 17, g1: consent was
    said to be needed twice, after "we zijn niet gescheiden")."""
    chat = _refugee(
        "[mijn vrouw](relationship:spouse) is [35](age) en [onze zoon](relationship:child) is "
        "[11](age)"
    )
    chat.answer_plainly({"applicant.marriage": "officieel"})
    reply = chat.say("moet mijn vrouw een toestemming tekenen voor de jongen?")
    assert "Je hoeft dit niet te bewijzen" in reply, chat.transcript()


def test_j3_sinds_ik_8_was_and_wachten_tot_ze_21_is__no_ages_now():
    """Seed 001: "U bent beiden ouder dan 21 jaar" (panel 18, j3: "Jij: 8 jaar", and "tot ze
    21 is" made the wife 21)."""
    chat = Chat()
    chat.say(
        "ik heb een [verblijfskaart](sponsor_status:third_country_national). [mijn vrouw]"
        "(relationship:spouse) is [19](age)"
    )
    chat.say("nee ik woon hier al sinds ik [8](age) was. we zijn pas vorig jaar getrouwd")
    assert chat.sponsor.get("age") is None, chat.transcript()
    chat.say("of moet ze gewoon wachten tot ze [21](age) is?")
    assert chat.person("spouse")["age"] == 19, chat.transcript()


def test_j2_moet_ze_bewijzen_dat_ze_in_gevaar_is__a_minor_sister_with_the_parents_need_not():
    """Seed 000: "Je hoeft in principe geen andere humanitaire elementen aan te tonen. Er kan
    immers niet verwacht worden dat jij als minderjarige alleen zou achterblijven" (panel 18,
    j2: she was told to prove the danger)."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober"
        " 2026](recognition_date:2026-10-01), alleen gekomen. [mijn ouders](relationship:parent)"
        " en [mijn zus](relationship:sibling) van [12](age) willen komen"
    )
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    reply = chat.say("moet [mijn zus](relationship:sibling) bewijzen dat ze in gevaar is?")
    assert "hoeft in principe geen andere humanitaire redenen aan te tonen" in reply, (
        chat.transcript()
    )
    assert "alleen als je het bewijst" not in reply


def test_j1_zoon_and_zoontje__one_son():
    """Panel 18, j1: "zoon" and "zoontje" made two sons."""
    chat = _refugee(
        "[mijn vrouw](relationship:spouse) is [30](age), [mijn zoon](relationship:child) is [7](age)"
    )
    chat.say("het [zoontje](relationship:child) heeft geen geboorteakte")
    assert [p["age"] for p in chat.people if p["relationship"] == "child"] == [7], chat.transcript()


def test_i2_ik_wil_dat_hij_hier_bij_mij_komt_wonen__he_comes_she_is_the_belgian():
    """Seed 001: "De voorwaarden ... worden bepaald door de situatie van de persoon die in
    België verblijft" (panel 18, i2: the husband in Thailand became "Je man: Belg")."""
    chat = Chat()
    chat.say(
        "[mijn man](relationship:spouse) woont in thailand en ik wil dat hij hier bij mij komt "
        "wonen, hoe moet dat",
        "check_eligibility",
    )
    chat.say("ik ben [belgisch](sponsor_status:belgian), hier geboren")
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert chat.person("spouse")["word"] == "man"
    assert "Wat is de verblijfsstatus van je man" not in chat.transcript()


def test_i4_moet_mijn_zoon_of_zijn_voogd_iets_doen__no_adoption_text():
    """Seed 000's foreign adoption and guardianship text is for an adopted or fostered child;
    a minor refugee's guardian in Belgium made "Laat de buitenlandse adoptie erkennen ... Dan
    heeft je dochtertje recht op gezinshereniging als kind" (panel 18, i4)."""
    chat = Chat()
    chat.say(
        "ik ben de [vader](relationship:parent). [mijn zoon](relationship:child) is [16](age), "
        "alleen in belgie, [erkend vluchteling](sponsor_status:refugee) sinds [1 november 2026]"
        "(recognition_date:2026-11-01). ik en [mijn vrouw](relationship:spouse) willen komen"
    )
    chat.answer_plainly({})
    reply = chat.say("en moet mijn zoon of zijn voogd in belgie iets doen?")
    assert "adoptie" not in reply, chat.transcript()


def test_i5_moet_de_moeder_toestemming_geven_for_a_son_of_19__not_for_an_adult():
    """Seed 004, "Bewijs recht van bewaring": "Als je minderjarig bent ... Is er een gedeeld
    recht van bewaring? Dan moet de andere ouder toestemmen" (panel 18, i5: a document list)."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [50](age:sponsor). [mijn zoon](relationship:child)"
        " is [19](age), hij woont bij zijn mama in kameroen en studeert",
    )
    reply = chat.say("moet zijn mama toestemming geven?")
    assert "die toestemming is dus niet nodig" in reply, chat.transcript()
