"""Findings of panel round 31 (stop 27), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _refugee_with_children_and_mother() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20), ik ben [39](age:sponsor). [mijn dochter]"
        "(relationship:child) is [12](age) en [mijn zoon](relationship:child) is [8](age)"
    )
    chat.answer_plainly({})
    chat.say("[mijn moeder](relationship:parent) is [71](age) en ziek, ze wil ook komen")
    chat.answer_plainly({})
    return chat


def _refugee_with_mother_only() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20), ik ben [39](age:sponsor). [mijn moeder]"
        "(relationship:parent) is [71](age)"
    )
    chat.answer_plainly({})
    return chat


def test_b1_andere_geldige_bewijzen_wanneer_de_gezinshereniger_beschermd_is__children_only():
    """Seed 002: "Wanneer de gezinshereniger een vreemdeling aan wie België de
    vluchtelingenstatus ... heeft toegekend is en de aanvrager geen officieel document kan
    voorleggen, moet de Dienst Vreemdelingenzaken rekening houden met andere geldige
    bewijzen": family reunification only. Panel 31, b1: the children's missing deeds were
    answered with art. 12bis, §5-6 for the mother, who asks a humanitarian visa."""
    chat = _refugee_with_children_and_mother()
    reply = chat.say(
        "de [kinderen](relationship:child) hebben geen geboorteakte, hoe bewijzen we dat?",
        intent="ask_legalisation",
    )
    assert "andere geldige bewijzen" in reply and "art. 12bis, §5" in reply, chat.transcript()
    proofs = [line for line in reply.splitlines() if "akte" in line or "bewijzen" in line]
    assert proofs and not any("moeder" in line for line in proofs), chat.transcript()
    assert reply.count("art. 12bis, §5") == 1, chat.transcript()  # said once, not twice


def test_b1_a_mother_on_a_humanitarian_request_is_not_told_of_art_12bis():
    """The other side: with no relative on family reunification, the humanitarian visa's
    documents (seed 001), never art. 12bis, §5-6."""
    chat = _refugee_with_mother_only()
    reply = chat.say("ze heeft geen geboorteakte, wat nu?", intent="ask_legalisation")
    assert "12bis" not in reply and "humanitair visum" in reply, chat.transcript()
    assert "art. 9 en 13" in reply, chat.transcript()


def test_b1_ja_alle_4_zijn_van_hem_en_zijn_vrouw_samen__every_child_is_common():
    """Panel 31, b1: "ja alle 4 zijn van hem en zijn vrouw samen" answered the question for one
    child; the next three were asked again."""
    chat = Chat()
    chat.say(
        "ik schrijf voor mijn cliënt, hij heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20). [zijn vrouw](relationship:spouse) is [34](age), "
        "officieel getrouwd. [4 kinderen](relationship:child): [16](age), [12](age), [8](age) en "
        "[5](age)"
    )
    for _ in range(8):
        if chat.question in (None, "applicant.common_child"):
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.common_child", chat.transcript()
    chat.say("ja alle 4 zijn van hem en zijn vrouw samen", intent="affirm")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert len(children) == 4, chat.transcript()
    assert all(p["facts"].get("common_child") is True for p in children), chat.transcript()


def test_b1_4_kinderen_16_12_8_en_de_oudste_zoon_is_18__four_children_with_their_ages():
    """Panel 31, b1: "er zijn 4 kinderen: 16, 12, 8 en de oudste zoon is 18" got "Over wie gaat
    16, 12, 8 jaar?", and "de andere kinderen: een dochter van 16, ..." made a fifth child."""
    chat = Chat()
    chat.say(
        "ik schrijf voor mijn cliënt, hij heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20)."
    )
    reply = chat.say(
        "er zijn 4 [kinderen](relationship:child): [16](age), [12](age), [8](age) en de "
        "[oudste zoon](relationship:child) is [18](age)"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [8, 12, 16, 18], chat.transcript()
    chat.say(
        "de andere [kinderen](relationship:child): een [dochter](relationship:child) van "
        "[16](age), een [zoon](relationship:child) van [12](age) en een [dochter]"
        "(relationship:child) van [8](age)"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [8, 12, 16, 18], chat.transcript()


def test_a5_allemaal_volle_broers_en_zussen__no_third_sibling():
    """Panel 31, a5: "nee, zelfde ouders, allemaal volle broers en zussen" of the sister of 11
    and the brother of 19 made a third brother ("Hoe oud is de derde broer?")."""
    chat = Chat()
    chat.say(
        "ik ben voogd van een jongen van [16](age:sponsor), [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [2 oktober 2026](recognition_date:2026-10-02). hij kwam"
        " alleen. [zijn ouders](relationship:parent) willen komen, en ook [een zusje]"
        "(relationship:sibling) van [11](age) en [een broer](relationship:sibling) van [19](age)"
    )
    chat.say(
        "nee, zelfde ouders, allemaal volle [broers](relationship:sibling) en [zussen]"
        "(relationship:sibling)"
    )
    siblings = [p for p in chat.people if p["relationship"] == "sibling"]
    assert sorted(p["age"] for p in siblings) == [11, 19], chat.transcript()


def test_a5_verwijder_de_zus_van_je_client_dat_is_dubbel__not_an_erasure():
    """Panel 31, a5: "verwijder 'de zus van je cliënt', dat is dubbel" asked "Wil je dat ik je
    gegevens wis?"; it names a relative, not the data."""
    chat = Chat()
    chat.say(
        "ik ben voogd van een jongen van [16](age:sponsor), [erkend vluchteling]"
        "(sponsor_status:refugee). [zijn zus](relationship:sibling) is [11](age) en [zijn zusje]"
        "(relationship:sibling) is [11](age)"
    )
    reply = chat.say(
        "verwijder 'de [zus](relationship:sibling) van je cliënt', dat is dubbel",
        intent="request_erasure",
    )
    assert "gegevens wis" not in reply and not chat.last.erased, chat.transcript()
    assert chat.people, chat.transcript()


def test_verwijder_mijn_gegevens_still_erases():
    """The other side: the privacy notice's command, and "verwijder alles" with a relative
    named, still erase."""
    chat = _refugee_with_mother_only()
    chat.say("verwijder mijn gegevens", intent="request_erasure")
    assert chat.last.erased and not chat.people, chat.transcript()
    chat = _refugee_with_mother_only()
    chat.say("verwijder alles over [mijn moeder](relationship:parent)", intent="request_erasure")
    assert chat.last.erased and not chat.people, chat.transcript()


def _belgian_with_wife() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [34](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [26](age), we zijn officieel getrouwd"
    )
    chat.answer_plainly({})
    return chat


def test_a2_geen_zin_om_een_huurcontract_van_een_woning_waar_je_gezin_pas_later_intrekt():
    """Seed 004: "Het heeft geen zin om een huurcontract of eigendomsakte af te geven van een
    woning waar je gezin pas later zal intrekken. Zelfs al is die woning ruimer" (panel 31,
    a2: "na de zomer huren we iets groter. welk contract moet ik dan geven?")."""
    chat = _belgian_with_wife()
    reply = chat.say(
        "ik woon bij mijn ma, het huurcontract staat op haar naam. na de zomer huren we iets "
        "groter. welk contract moet ik dan geven?"
    )
    assert "pas later intrekt" in reply and "op het moment van de aanvraag" in reply, reply
    assert "Rijksregister" in reply, chat.transcript()
    reply = _belgian_with_wife().say("het huurcontract staat op naam van mijn moeder, is dat ok?")
    assert "Rijksregister" in reply and "pas later" not in reply, reply


def test_a2_je_moet_ook_bewijzen_dat_je_belgische_ouder_aangesloten_is_bij_een_ziekenfonds():
    """Seed 004: a private insurance of 30.000 euro for 3 months, and "Je moet ook bewijzen
    dat je Belgische (stief)ouder ... aangesloten is bij een Belgisch ziekenfonds" (panel 31,
    a2: the second half was missing)."""
    chat = _belgian_with_wife()
    reply = chat.say("/ask_documents", intent="ask_documents")
    assert "30.000 euro" in reply and "Belgisch ziekenfonds aangesloten bent" in reply, reply


def test_a3_custody_without_a_judgment_for_a_card_holder_is_not_seed_004s_written_consent():
    """Seed 001 ("Uw kinderen van minder dan 18 jaar"): "een kopie van het vonnis voorleggen dat u het exclusief
    recht van bewaring toekent" and "de toestemming van de andere ouder"; the written
    statement in place of a judgment is seed 004's, for a Belgian's family (panel 31, a3: cited
    as art. 10, §1, 4° to a B card holder)."""
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national), ik ben [41](age:"
        "sponsor). [mijn dochter](relationship:child) is [12](age)"
    )
    reply = chat.say("er is geen vonnis over het hoederecht. welk papier hebben we dan nodig?")
    assert "schriftelijke verklaring" not in reply, chat.transcript()
    assert "kopie van het vonnis" in reply and "art. 10, Vreemdelingenwet" in reply, reply
    assert "art. 10, §1, 4°" not in reply, reply  # the spouse's (seed 001; panel 104, y1, z1)
    # seed 004's written consent said as a Belgian's, cited to that practice (panel 93, o5:
    # "Wat dan volstaat, staat niet in onze informatie" beside seed 004)
    assert "Voor familie van een Belg zegt onze informatie" in reply, chat.transcript()
    assert "praktijk DVZ bij gezinshereniging met een Belg" in reply
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [41](age:sponsor). [mijn dochter]"
        "(relationship:child) is [12](age)"
    )
    reply = chat.say("er is geen vonnis over het hoederecht. welk papier hebben we dan nodig?")
    assert "schriftelijke verklaring" in reply, chat.transcript()


def test_a2_where_to_apply_for_a_belgians_wife_is_not_cited_to_the_acceptance_rules():
    """Panel 31, a2: "Dien de aanvraag in bij de Belgische ambassade ... bevoegd ... voor de
    plaats waar je familie woont" was cited to "aanvaarding van de aanvraag"."""
    chat = _belgian_with_wife()
    reply = chat.say("waar moet ze de aanvraag indienen? ze woont in nador", intent="ask_where")
    assert "bevoegd is voor de plaats" in reply, chat.transcript()
    assert "aanvaarding van de aanvraag" not in reply, chat.transcript()
    assert "visumaanvraag bij de post" in reply, chat.transcript()


def test_a5_niet_daadwerkelijk_onder_de_hoede_van_een_dergelijke_persoon__a_responsible_foreigner():
    """Seed 001 (art. 10, §1, 7°): "zonder begeleiding van een krachtens de wet verantwoordelijke
    meerderjarige vreemdeling en vervolgens niet daadwerkelijk onder de hoede van een
    dergelijke persoon": not any responsible adult (panel 31, a5: a guardian read "een
    verantwoordelijke volwassene" as himself)."""
    chat = Chat()
    chat.say(
        "ik ben voogd van een jongen van [16](age:sponsor), [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [2 oktober 2026](recognition_date:2026-10-02). hij kwam"
        " alleen. [zijn ouders](relationship:parent) willen komen"
    )
    chat.answer_plainly({"sponsor.age": "[16](age)"})
    reply = chat.say("/ask_conditions", intent="ask_conditions")
    assert "volwassen vreemdeling die volgens de wet" in reply, chat.transcript()
    assert "verantwoordelijke volwassene" not in reply, chat.transcript()


def test_b1_de_band_met_het_kind_van_16_jaar__het_for_a_kind():
    """Panel 31, b1: "Bestond de band met de kind van 16 jaar van je cliënt": "het kind"."""
    from eligibility.reader import article

    assert article("kind van 16 jaar") == "het" and article("eerste kind") == "het"
    assert article("zoon van 16 jaar") == "de" and article("broertje") == "het"


def test_a1_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__the_son_of_17_has_a_row_of_his_own():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." Panel 31, a1: "Je zoon, je
    vrouw, je kind van 3 jaar en je kind van 8 jaar: uiterlijk op 15 september 2027" for a son
    of 17 who turns 18 in February."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 september 2026]"
        "(recognition_date:2026-09-15), ik ben [33](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [29](age), officieel getrouwd. [onze kinderen](relationship:child) zijn "
        "[3](age), [8](age) en [17](age)"
    )
    chat.answer_plainly({})
    reply = chat.say("tot wanneer moeten ze aanvragen?", intent="ask_deadline")
    lines = [line for line in reply.splitlines() if "15 september 2027" in line]
    assert len(lines) == 2, chat.transcript()
    assert any("vóór de 18de verjaardag" in line and "17 jaar" in line for line in lines), reply
    assert any("vrouw" in line and "18de" not in line for line in lines), reply


def test_a3_is_mijn_mama_alleen_ze_is_70_kan_zij_ook_komen__the_mother_not_the_daughter():
    """Panel 31, a3: the mama named where the daughter lives ("bij mijn mama"), later "ze is 70.
    kan zij ook komen?", made the daughter 70 ("Je dochter: 70 jaar")."""
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national). [mijn dochter]"
        "(relationship:child) is nog in kameroen bij [mijn mama](relationship:parent). ik wil "
        "haar laten komen"
    )
    chat.say("[12](age) jaar")
    chat.say("ik heb ook [een zoon](relationship:child) van [19](age), hij studeert nog")
    chat.say(
        "en als de [kinderen](relationship:child) weg zijn, is [mijn mama](relationship:parent)"
        " alleen. ze is [70](age). kan zij ook komen?"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [12, 19], chat.transcript()
    assert chat.person("parent")["age"] == 70, chat.transcript()


def test_a3_bij_mijn_mama_alone_is_still_no_applicant():
    """The other side: the mama where the daughter lives, with no wish to come, is no
    applicant."""
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national). [mijn dochter]"
        "(relationship:child) van [12](age) is nog in kameroen bij [mijn mama]"
        "(relationship:parent). ik wil haar laten komen"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def _belgian_with_wife_and_stepson_with_consent() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [34](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [26](age), officieel getrouwd. [haar zoontje](relationship:child) van [6]"
        "(age) van haar eerste man moet ook mee"
    )
    chat.answer_plainly(
        {"applicant.custody": "[samen](custody:shared)", "applicant.other_parent_consent": "ja"}
    )
    return chat


def test_a2_dan_moet_de_andere_ouder_toestemmen__a_refusal_told_later_is_applied():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen dat
    je naar België komt." Panel 31, a2: "haar ex wil nu toch niet tekenen" and "de andere
    ouder geeft GEEN toestemming" left the stepson on "recht op gezinshereniging"."""
    chat = _belgian_with_wife_and_stepson_with_consent()
    stepson = chat.person("stepchild")
    assert stepson["facts"].get("other_parent_consent") is True, chat.transcript()
    reply = chat.say(
        "haar ex wil nu toch niet tekenen. hij doet moeilijk. kan de kleine dan niet mee?"
    )
    stepson = chat.person("stepchild")
    assert stepson["facts"].get("other_parent_consent") is False, chat.transcript()
    assert "geeft geen toestemming" in reply, chat.transcript()
    reply = chat.answer_plainly({})
    summary = [line for line in reply.splitlines() if "zoon van je vrouw" in line]
    assert summary and "recht op gezinshereniging" not in summary[0], chat.transcript()


def test_a2_hij_wil_wel_tekenen_keeps_the_consent():
    """The other side: a message without a refusal leaves the consent as told."""
    chat = _belgian_with_wife_and_stepson_with_consent()
    chat.say("hij wil wel tekenen, moet dat bij een notaris?")
    assert chat.person("stepchild")["facts"].get("other_parent_consent") is True


def test_b3_ze_is_4_geworden_vorige_maand__the_daughter_is_4_now():
    """Panel 31, b3: "nee sorry ze is 4 geworden vorige maand." kept "Je dochter: 3 jaar"."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker). kan [mijn vrouw](relationship:"
        "spouse) en [dochter](relationship:child) al komen? [mijn dochter](relationship:child) "
        "is [3](age)"
    )
    chat.say("nee sorry ze is [4](age) geworden vorige maand.")
    assert chat.person("child")["age"] == 4, chat.transcript()
    chat.say("toen ik vluchtte was ze [1](age)")  # the other side: an age then, not now
    assert chat.person("child")["age"] == 4, chat.transcript()


def _protected_with_nikah_wife_daughter_and_adult_son() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [10 maart "
        "2026](recognition_date:2026-03-10), ik ben [45](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [40](age), alleen [nikah](marriage_type:religious_or_customary)"
        ". [mijn dochter](relationship:child) is [14](age) en [mijn zoon](relationship:child) is "
        "[19](age), hij was 17 toen ik asiel vroeg"
    )
    chat.answer_plainly({})
    return chat


def test_a4_moeten_ze_naar_teheran_of_kunnen_ze_naar_islamabad__any_belgian_post():
    """Seed 002: the request may be filed "bij om het even welke Belgische diplomatieke of
    consulaire post"; panel 31, a4: "moeten ze naar teheran of kunnen ze naar islamabad?
    welke is beter" got "Op die vraag vind ik geen antwoord"."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say(
        "ze wonen in mashhad zonder papieren. moeten ze naar teheran of kunnen ze naar "
        "islamabad? welke is beter"
    )
    assert "elke Belgische ambassade" in reply and "art. 12bis, §1" in reply, chat.transcript()
    reply = chat.say("moet ik naar de gemeente of naar dvz?")
    assert "elke Belgische ambassade" not in reply, chat.transcript()


def test_a4_als_zij_na_10_maart_aanvragen_kan_dat_nog__het_recht_blijft_behouden():
    """Seed 002: "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend
    indien de aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld zijn." Panel 31,
    a4: "en mijn vrouw en dochter, als zij na 10 maart aanvragen, kan dat nog?" got no
    answer."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say("en mijn vrouw en dochter, als zij na 10 maart aanvragen, kan dat nog?")
    assert "Dien je later in? Dan blijft het recht" in reply, chat.transcript()
    assert "10 maart 2027" in reply, chat.transcript()


def test_a4_waarom_moet_mijn_zoon_wel_betalen__de_andere_familieleden_moeten_betalen():
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name
    om zijn meerderjarige kinderen" (panel 31, a4: the fee line alone)."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say("waarom moet mijn zoon wel betalen en de rest niet?", intent="ask_costs")
    assert "meerderjarige kinderen" in reply and "art. 1/1, §2, 3°" in reply, chat.transcript()
    belgian = Chat()
    belgian.say(
        "ik ben [belg](sponsor_status:belgian), [34](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [26](age), officieel getrouwd"
    )
    belgian.answer_plainly({})
    reply = belgian.say("waarom moet ik betalen?", intent="ask_costs")
    assert "bijdrage" in reply and "meerderjarige kinderen" not in reply, belgian.transcript()


def test_a4_geen_afspraak_bij_vfs__the_force_majeure_answer_without_the_where_block():
    """Panel 31, a4: "de afspraken bij vfs in teheran zijn maanden wachten. als we 10 maart
    niet halen, wat dan met mijn zoon?" got the whole where-to-apply block first."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say(
        "de afspraken bij vfs in teheran zijn maanden wachten. als we 10 maart niet halen, wat "
        "dan met mijn zoon?"
    )
    assert "overmacht" in reply, chat.transcript()
    assert "Welke post bevoegd is" not in reply, chat.transcript()


def test_a4_geen_geboorteakte_en_dna__art_12bis_said_once():
    """Panel 31, a4: "de kinderen hebben geen geboorteakte ... en moet er dna test?" told the
    other valid proofs (art. 12bis, §5-6) twice."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say(
        "de [kinderen](relationship:child) hebben geen geboorteakte, alleen een tazkira. is dat "
        "goed genoeg? en moet er dna test?"
    )
    assert reply.count("andere geldige bewijzen") == 1 and "DNA" in reply, chat.transcript()


def test_a4_een_nikah_is_gewoon_een_echt_huwelijk_toch__check_the_law_where_concluded():
    """Seed 000: "wanneer jouw religieus of gewoonterechtelijk huwelijk ook als officieel
    huwelijk geldt in het land waar het werd afgesloten. Dit kan nagegaan worden aan de hand
    van de wetgeving van dit land" (panel 31, a4: "Op die vraag vind ik geen antwoord")."""
    chat = _protected_with_nikah_wife_daughter_and_adult_son()
    reply = chat.say(
        "maar in afghanistan is een nikah gewoon een echt huwelijk toch? iedereen doet dat zo. "
        "hoe weet ik of het officieel is"
    )
    assert "volgens de wet van het land" in reply, chat.transcript()


# --- the other side of this stop's rules (review of the change) -------------------------------


def test_moet_haar_ex_niet_tekenen_bij_een_notaris__a_question_keeps_the_consent():
    """A question about signing, or the writer's own "geen toestemming", is no refusal."""
    for message in (
        "moet haar ex niet tekenen bij een notaris?",
        "hij tekent niet bij de notaris maar bij de gemeente, is dat goed?",
        "ik geef geen toestemming om mijn adres te bewaren",
    ):
        chat = _belgian_with_wife_and_stepson_with_consent()
        chat.say(message)
        consent = chat.person("stepchild")["facts"].get("other_parent_consent")
        assert consent is True, chat.transcript()


def test_alle_4_of_five_children_answers_for_no_one_else():
    """ "ja alle 4 zijn van hem en zijn vrouw samen, de oudste is van zijn eerste vrouw" of five
    children: not the same answer for all five."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 januari 2026]"
        "(recognition_date:2026-01-20), ik ben [45](age:sponsor). [mijn kinderen]"
        "(relationship:child) zijn [17](age), [12](age), [8](age), [5](age) en [3](age)"
    )
    for _ in range(8):
        if chat.question in (None, "applicant.common_child"):
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.common_child", chat.transcript()
    chat.say("ja alle 4 zijn van ons samen, de oudste is van mijn eerste vrouw", intent="affirm")
    answered = [p for p in chat.people if "common_child" in p["facts"]]
    assert len(answered) == 1, chat.transcript()


def test_mijn_zoon_is_10_then_de_andere_kinderen__two_more_children():
    """After "mijn zoon is 10", "de andere kinderen: een dochter van 16 en een zoon van 12" are
    two more, and the son stays 10."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn zoon](relationship:child) is "
        "[10](age)"
    )
    chat.say(
        "de andere [kinderen](relationship:child): een [dochter](relationship:child) van "
        "[16](age) en een [zoon](relationship:child) van [12](age)"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [10, 12, 16], chat.transcript()


def test_mijn_mama_gaat_met_haar_naar_de_ambassade_moet_ik_daar_ook_komen__no_applicant():
    """The mama named as a host stays no applicant when someone else "ook komt"."""
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national). [mijn dochter]"
        "(relationship:child) van [12](age) is nog in kameroen bij [mijn mama]"
        "(relationship:parent). ik wil haar laten komen"
    )
    chat.say(
        "[mijn mama](relationship:parent) gaat met haar naar de ambassade. moet ik daar ook komen?"
    )
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_wis_wat_ik_over_mijn_moeder_heb_verteld__still_asked_about():
    """An erasure naming a relative, without a duplicate, is asked about as before."""
    chat = _refugee_with_mother_only()
    reply = chat.say(
        "wis wat ik over [mijn moeder](relationship:parent) heb verteld", intent="request_erasure"
    )
    assert "gegevens wis" in reply and not chat.last.erased, chat.transcript()


def test_sinds_2_maanden_in_een_nieuwe_woning__no_later_home_line():
    """A home lived in now is no home the family moves into later."""
    reply = _belgian_with_wife().say(
        "ik woon sinds 2 maanden in een nieuwe woning, het huurcontract staat op naam van mijn "
        "broer. is dat ok?"
    )
    assert "Rijksregister" in reply and "pas later" not in reply, reply


def test_mijn_moeder_heeft_geen_geboorteakte__no_art_12bis_beside_children_with_a_right():
    """The mother the question names asks a humanitarian visa: seed 001's documents, not art.
    12bis, §5-6, though her grandchildren have a right."""
    chat = _refugee_with_children_and_mother()
    reply = chat.say("[mijn moeder](relationship:parent) heeft geen geboorteakte, wat nu?")
    assert "12bis" not in reply and "humanitair visum" in reply, chat.transcript()
