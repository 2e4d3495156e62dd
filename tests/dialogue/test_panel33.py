"""Findings of panel round 33 (stop 28), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

WIFE_WRITES = (
    "hallo ik ben [de vrouw](relationship:spouse) van een [erkend vluchteling]"
    "(sponsor_status:refugee) in belgie, hij is erkend sinds [3 maanden]"
    "(recognition_date:2026-09-04|approximate)"
)


def test_ik_ben_de_vrouw_van_een_erkend_vluchteling__she_writes_and_he_is_the_refugee():
    """ "ik ben de vrouw van een erkend vluchteling": the status after her role and "van" is
    her husband's; she is the relative abroad, not the sponsor asked "Wie van je familie wil
    naar België komen?" (panel 32: a wife writing for herself dropped out)."""
    chat = Chat()
    reply = chat.say(WIFE_WRITES)
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert chat.person("spouse").get("self") is True
    assert "Wie van je familie" not in reply
    assert "je man" in reply, chat.transcript()


def test_ik_ben_een_erkend_vluchteling_van_eritrea__still_the_writers_own_status():
    """The other side: a status that follows no role of the writer stays hers."""
    chat = Chat()
    chat.say("ik ben een [erkend vluchteling](sponsor_status:refugee) van eritrea")
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert chat.sponsor.get("status") == "refugee"


def test_enkel_recht_wanneer_het_huwelijk_als_officieel_geldt__an_unknown_marriage_says_so():
    """Seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land waar
    het werd afgesloten ... dan kan enkel een humanitair visum". A wife who could not say
    what kind of marriage it is got "Jij: nog niet bekend" and nothing else (panel 32)."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age)")
    reply = chat.answer_plainly({"sponsor.age": "[34](age)", "applicant.marriage": "weet ik niet"})
    assert "nog niet bekend" not in reply, chat.transcript()
    assert "hangt af van jullie huwelijk" in reply, chat.transcript()
    assert "humanitair visum" in reply


def test_an_official_marriage_told__a_right_without_the_condition():
    """The other side: "officieel" gives the right, no conditional text."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age), we zijn [officieel](marriage_type:official) getrouwd")
    reply = chat.answer_plainly({"sponsor.age": "[34](age)"})
    assert "hangt af van" not in reply, chat.transcript()
    assert "recht op gezinshereniging" in reply, chat.transcript()


def test_not_enough_information_said_to_the_wife_herself__no_over_jij():
    """ "Ik heb nog niet genoeg informatie om je een antwoord te geven over jij." (a relative
    writing for herself, her husband's age not known)."""
    chat = Chat()
    chat.say(WIFE_WRITES)
    chat.say("ik ben [29](age), we zijn [officieel](marriage_type:official) getrouwd")
    reply = chat.answer_plainly({"sponsor.age": "weet ik niet"})
    assert "over jij" not in reply, chat.transcript()
    assert "niet genoeg informatie" in reply, chat.transcript()


def test_we_zijn_6_jaar_officieel_getrouwd__how_long_married_is_no_age():
    """ "we zijn 6 jaar officieel getrouwd" and "we zijn 3 maanden getrouwd" say how long, not
    whose age (panel 33: "Over wie gaat 6 jaar?", "Over wie gaat 0 jaar?")."""
    for said in ("6 jaar officieel getrouwd", "3 maanden getrouwd"):
        chat = Chat()
        number = said.split()[0]
        reply = chat.say(
            f"ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw]"
            f"(relationship:spouse) is [38](age), we zijn [{number}](age) {said[2:]}"
        )
        assert "Over wie gaat" not in reply, chat.transcript()
        assert chat.person("spouse")["age"] == 38


def test_we_zijn_6_jaar_oud__an_age_after_jaar_still_read():
    """The other side: "mijn zoon is 6 jaar oud" is his age."""
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), [mijn zoon](relationship:child)"
             " is [6](age) jaar oud")  # fmt: skip
    assert chat.person("child")["age"] == 6, chat.transcript()


def _belgian_with_wife() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [38](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({})
    return chat


def test_waar_moet_ze_de_aanvraag_doen__the_post_without_a_deadline_line():
    """ "waar moet ze de aanvraag doen? in kinshasa?" (NLU: ask_deadline) gets the post, not
    "Voor deze situatie ken ik geen vaste termijn." after it (panel 33)."""
    chat = _belgian_with_wife()
    reply = chat.say("waar moet ze de aanvraag doen? in kinshasa?", intent="ask_deadline")
    assert "ambassade" in reply, chat.transcript()
    assert "termijn" not in reply, chat.transcript()


def test_tot_wanneer_en_waar__both_asked_both_answered():
    """The other side: "tot wanneer en waar moet ze indienen?" asks both."""
    chat = _belgian_with_wife()
    reply = chat.say("tot wanneer en waar moet ze indienen?", intent="ask_deadline")
    assert "ambassade" in reply and "termijn" in reply, chat.transcript()


def _refugee_with_a_partner_and_a_child_here() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [4 februari 2026]"
        "(recognition_date:2026-02-04), ik ben [27](age:sponsor). [mijn vriend](relationship:"
        "partner) Karim ([30](age)) zit in libanon. we zijn nie getrouwd maar wel al 3 jaar samen"
    )
    chat.say(
        "ja een [zoontje](relationship:child) van [8 maand](age), hij is hier bij mij in belgie "
        "geboren",
        intent="affirm",
    )
    chat.answer_plainly({})
    return chat


def test_gemeenschappelijke_kinderen_vaak_een_cruciaal_element__said_for_the_partner():
    """Seed 000: "DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een
    bewezen feitelijke relatie. Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak
    een cruciaal element." Panel 33, b3: the first answer did not use the child, and "klein??
    we hebben toch een kind samen. telt da nie?" got the income block."""
    chat = _refugee_with_a_partner_and_a_child_here()
    assert "Jullie kind samen helpt" in chat.last.replies[0]["text"], chat.transcript()
    reply = chat.say(
        "klein?? we hebben toch een [kind](relationship:child) samen. telt da nie?",
        intent="ask_means_of_subsistence",
    )
    assert "cruciaal element" in reply, chat.transcript()
    assert "stabiele relatie" in reply  # seed 001: "ofwel dat u een gemeenschappelijk kind hebt"
    assert "art. 10, §1, 5°" in reply
    assert "inkomen" not in reply, chat.transcript()


def test_the_child_born_here_is_no_applicant_when_named_again():
    """ "we hebben toch een kind samen", "8 maand zei ik al. hij is hier bij mij, hij moet nie
    komen": the child who lives here is not asked its age or custody, and "hij moet nie komen"
    does not take out the partner (panel 33, b3)."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say("we hebben toch een [kind](relationship:child) samen. telt da nie?")
    reply = chat.say(
        "[8 maand](age) zei ik al. hij is hier bij mij, hij moet nie komen. ik vraag of "
        "[het kind](relationship:child) helpt voor karim"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "Over wie gaat" not in reply and "Hoe oud" not in reply, chat.transcript()


def test_a_child_named_as_coming_after_the_partner_is_still_added():
    """The other side: "en mijn dochter van 6 in libanon wil ook komen" is an applicant."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say("en [mijn dochter](relationship:child) van [6](age) in libanon wil ook komen")
    assert chat.person("child")["age"] == 6, chat.transcript()


def test_mijn_vriendin_heeft_het_ticket_betaald__no_applicant():
    """ "mijn vriendin heeft het ticket betaald voor karim" names a friend who paid, no one who
    comes; "nee, mijn vriendin komt nie!!" takes no one out (panel 33, b3: "Je vriendin: wil
    naar België komen", and the correction ignored)."""
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say(
        "[mijn vriendin](relationship:partner) heeft het ticket betaald voor karim om naar "
        "beiroet ambassade te gaan"
    )
    assert [p["word"] for p in chat.people] == ["vriend"], chat.transcript()
    chat.say("nee, [mijn vriendin](relationship:partner) komt nie!! alleen karim")
    assert [p["word"] for p in chat.people] == ["vriend"], chat.transcript()


def test_mijn_vriendin_wil_ook_komen__still_an_applicant():
    """The other side: a second relative named as coming."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vriendin](relationship:"
        "partner) heeft het geld betaald en wil ook komen"
    )
    assert chat.person("partner")["word"] == "vriendin", chat.transcript()


HASSAN = (
    "ik ben [40](age:sponsor). ik heb [subsidiaire bescherming](sponsor_status:"
    "subsidiary_protection) sinds 1 jaar en [2](age) maand. ik wil [mijn vrouw](relationship:"
    "spouse) ([36](age)) en 3 [kinderen](relationship:child) naar belgie brengen: [4](age), [11]"
    "(age) en [19](age) jaar. en ook [de mama](relationship:parent) van [mijn vrouw]"
    "(relationship:spouse), ze woont bij hen en ik betaal alles voor haar"
)


def test_en_ook_de_mama_van_mijn_vrouw__the_mother_in_law_comes_and_no_age_of_2_months():
    """ "ik wil mijn vrouw en 3 kinderen ... en ook de mama van mijn vrouw": the wife's mother
    is a relative who comes (seed 001: a humanitarian visa); "sinds 1 jaar en 2 maand" is how
    long, no age (panel 33, b4: left out, and "Over wie gaat 0 jaar?")."""
    chat = Chat()
    reply = chat.say(HASSAN)
    assert "Over wie gaat" not in reply, chat.transcript()
    assert chat.person("other_relative")["word"] == "schoonmoeder", chat.transcript()


def test_de_mama_van_mijn_vrouw_is_overleden__no_applicant():
    """The other side: the wife's mother who died comes not."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [de mama](relationship:parent) van "
        "[mijn vrouw](relationship:spouse) is overleden, [mijn vrouw](relationship:spouse) wil "
        "komen"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def _hassan_at_the_siblings_question() -> Chat:
    chat = Chat()
    chat.say(HASSAN)
    plain = {
        "applicant.marriage": "[officieel](marriage_type:official)",
        "sponsor.recognition_date": "[3 oktober 2025](recognition_date:2025-10-03)",
        "applicant.minor_when_sponsor_applied_for_asylum": "ja",
        "applicant.disabled": "nee",
        "applicant.force_majeure": "nee",
    }
    for _ in range(12):
        if chat.question in (None, "applicant.minor_siblings_applying"):
            break
        fact = chat.question
        chat.say(plain.get(fact, "ja"), intent="deny" if plain.get(fact) == "nee" else "affirm")
    assert chat.question == "applicant.minor_siblings_applying", chat.transcript()
    return chat


def test_ja_zijn_broertje_en_zusje__the_writers_own_children_not_new_sisters():
    """Seed 000: "Het dossier is sterker als ... minderjarige broers of zussen tegelijk
    gezinshereniging aanvragen." Asked of the son of 19, "ja zijn broertje en zusje, 4 en 11"
    are the writer's children of 4 and 11 (panel 33, b4: "Je zusje van 4 jaar", "Je zusje van
    11 jaar" added, and the question asked as if of the writer's own siblings)."""
    chat = _hassan_at_the_siblings_question()
    assert "van je kind van 19 jaar" in chat.last.replies[-1]["text"], chat.transcript()
    chat.say(
        "ja zijn [broertje](relationship:sibling) en [zusje](relationship:sibling), [4](age) en "
        "[11](age)",
        intent="affirm",
    )
    assert not [p for p in chat.people if p["relationship"] == "sibling"], chat.transcript()
    adult = [p for p in chat.people if p.get("age") == 19][0]
    assert adult["facts"].get("minor_siblings_applying") is True, chat.transcript()


def test_broertje_en_zusje_zijn_mijn_kinderen__and_zij_is_63_is_the_mother_in_law():
    """ "nee fout. ik heb geen zusjes, broertje en zusje zijn mijn kinderen van 4 en 11. en de
    mama van mijn vrouw staat er nie bij, zij is 63" (panel 33, b4: "Je vrouw: 63 jaar", "Je
    broertje" added)."""
    chat = Chat()
    chat.say(HASSAN)
    chat.say(
        "nee fout. ik heb geen [zusjes](relationship:sibling), [broertje](relationship:sibling) "
        "en [zusje](relationship:sibling) zijn [mijn kinderen](relationship:child) van [4](age) "
        "en [11](age). en [de mama](relationship:parent) van [mijn vrouw](relationship:spouse) "
        "staat er nie bij, zij is [63](age)"
    )
    assert chat.person("spouse")["age"] == 36, chat.transcript()
    assert chat.person("other_relative")["age"] == 63, chat.transcript()
    assert not [p for p in chat.people if p["relationship"] == "sibling"], chat.transcript()


def test_ik_heb_geen_zusjes__takes_out_the_sisters_stored_as_zusje():
    """ "ik heb GEEN broertje en GEEN zusjes" takes out both sisters (panel 33, b4)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn zusje](relationship:sibling)"
        " van [4](age) en [mijn zusje](relationship:sibling) van [11](age) willen komen, en "
        "[mijn vrouw](relationship:spouse)"
    )
    assert len([p for p in chat.people if p["relationship"] == "sibling"]) == 2
    chat.say("ik heb GEEN [zusjes](relationship:sibling)")
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


DIRK = (
    "goeiendag, ik zen Dirk, [52](age) jaar, [Belg](sponsor_status:belgian). Ik ben vorig jaar "
    "[officieel](marriage_type:official) getrouwd met [mijn vrouw](relationship:spouse) Maricel "
    "([35](age)). Ze heeft ne [zoon](relationship:child) van [15](age) van haar vorige "
    "huwelijk. Ik wil ze allebei naar hier halen"
)


def _dirk_answered() -> Chat:
    chat = Chat()
    reply = chat.say(DIRK)
    assert "Over wie gaat" not in reply and chat.sponsor.get("age") == 52, chat.transcript()
    chat.answer_plainly(
        {"applicant.custody": "[samen](custody:shared)", "applicant.other_parent_consent": "ja"}
    )
    return chat


def test_ik_zen_dirk_52_jaar__the_writers_age_and_ne_zoon_van_haar_vorige_huwelijk():
    """Flemish "ik zen Dirk, 52 jaar" is the writer's age; "ze heeft ne zoon van 15 van haar
    vorige huwelijk" is his stepson (panel 33, b2: "Over wie gaat 52 jaar?", "Hoe oud ben
    jij?", "Is je zoon een kind van jou en je vrouw samen?")."""
    chat = _dirk_answered()
    assert chat.person("stepchild")["age"] == 15
    assert "Is je zoon een kind van jou" not in chat.transcript()


def test_minstens_45_dagen__a_registered_partners_condition_not_a_wifes_age():
    """Seed 001 (geregistreerde partner): "dat u elkaar in de twee jaar voorafgaand aan de
    aanvraag minstens 3 keer hebt ontmoet en dat deze ontmoetingen minstens 45 dagen duurden".
    Panel 33, b2: "moeten we 45 dagen samen geweest zijn?" made the wife 45 and then got "Dank
    je voor je reactie"."""
    chat = _dirk_answered()
    reply = chat.say(
        "iemand zei da er iets is met [45](age) dagen? moeten we [45](age) dagen samen geweest "
        "zijn of is da de tijd dat ze beslissen?",
        intent="ask_processing_time",
    )
    assert chat.person("spouse")["age"] == 35, chat.transcript()
    assert "geregistreerde partner" in reply and "Voor een huwelijk" in reply, chat.transcript()
    assert "art. 10, §1, 5°" in reply


def test_en_als_die_ex_toch_nie_wil_tekenen__the_judgment_or_a_humanitarian_visa():
    """Seed 001: "Als het recht van bewaring over de kinderen gedeeld wordt ... de toestemming"
    and "een kopie van het vonnis voorleggen dat u het exclusief recht van bewaring toekent";
    for a Belgian's stepson cited to art. 40ter (panel 33, b2: "Dank je voor je reactie")."""
    chat = _dirk_answered()
    reply = chat.say(
        "en als die ex toch nie wil tekenen op het laatste moment? kan de jongen dan nie mee?",
        intent="deny",
    )
    assert "Zonder die toestemming blijft een humanitair visum" in reply, chat.transcript()
    assert "vonnis" in reply and "art. 40ter" in reply and "art. 10" not in reply
    consent = chat.person("stepchild")["facts"].get("other_parent_consent")
    assert consent is True, chat.transcript()  # supposed, not told: the consent stays


def test_de_jongen_is_ondertussen_16_hij_verjaarde__the_stepsons_age():
    """ "ah nee wacht, de jongen is ondertussen 16, hij verjaarde in november" (panel 33, b2:
    "Over wie gaat 16 jaar?")."""
    chat = _dirk_answered()
    chat.say("ah nee wacht, de jongen is ondertussen [16](age), hij verjaarde in november")
    assert chat.person("stepchild")["age"] == 16, chat.transcript()


def test_de_buurjongen_is_16__no_birthday_without_its_words():
    """The other side: a number one above the stepson's, with no birthday word, changes no
    age."""
    chat = _dirk_answered()
    chat.say("de buurjongen is [16](age)")
    assert chat.person("stepchild")["age"] == 15, chat.transcript()


def _sofie_answered() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben sofie ([30](age:sponsor)), [belgische](sponsor_status:belgian). ben 3 maand "
        "geleden [officieel](marriage_type:official) getrouwd met [mijn man](relationship:spouse)"
        " youssef ([31](age)) in marokko."
    )
    chat.answer_plainly({})
    return chat


def test_zijn_mama_58_zit_nu_alleen_kan_zij_ook_komen__the_mother_in_law():
    """Seed 000: "Er kan ook een 'nieuwe' situatie van afhankelijkheid ontstaan doordat jouw
    echtgeno(o)t(e) bijvoorbeeld recent overleden is." Panel 33, b5: "de papa van youssef is
    vorige maand gestorven en zijn mama (58) zit nu helemaal alleen in fes. kan zij ook mee
    komen?" got "Op die vraag vind ik geen antwoord"."""
    chat = _sofie_answered()
    reply = chat.say(
        "nog iets: [de papa](relationship:parent) van youssef is vorige maand gestorven en "
        "zijn [mama](relationship:parent) ([58](age:sponsor)) zit nu helemaal alleen in fes. kan"
        " zij ook mee komen?",
        intent="check_eligibility",
    )
    mother_in_law = chat.person("other_relative")
    assert mother_in_law["word"] == "schoonmoeder" and mother_in_law["age"] == 58, reply
    assert {"widowed", "alone"} <= set(mother_in_law.get("noted") or []), chat.transcript()
    assert chat.sponsor["age"] == 30


def test_waarom_is_de_kans_klein_voor_haar__her_chance_and_what_can_help():
    """ "waarom is de kans klein voor haar? haar man is net gestorven, ze heeft suiker en geen
    andere kinderen" (panel 33, b5: "• Je man: recht op gezinshereniging")."""
    chat = _sofie_answered()
    chat.say("en [mijn schoonmoeder](relationship:other_relative) van [58](age)?")
    chat.say("ja", intent="affirm")
    assert chat.person("other_relative").get("route") == "humanitarian_visa", chat.transcript()
    reply = chat.say(
        "waarom is de kans klein voor haar? haar [man](relationship:spouse) is net gestorven, ze"
        " heeft suiker en geen andere [kinderen](relationship:child) in marokko",
        intent="check_eligibility",
    )
    assert "Je man" not in reply and "schoonmoeder" in reply, chat.transcript()
    assert "Partner overleden" in reply and "Ziek" in reply, chat.transcript()


def test_beter_dat_zijn_mama_tegelijk_aanvraagt__no_mama_of_the_writer():
    """ "is het beter dat zijn mama tegelijk met youssef aanvraagt?": "zijn" before one
    relative is "his" (panel 33, b5: "Is je mama op hoge leeftijd?", then "Je mama: wil naar
    België komen")."""
    chat = _sofie_answered()
    chat.say("en [mijn schoonmoeder](relationship:other_relative) van [58](age)?")
    chat.say("ja", intent="affirm")
    chat.say(
        "is het beter dat zijn [mama](relationship:parent) tegelijk met youssef aanvraagt of pas"
        " later als hij hier is?",
        intent="check_eligibility",
    )
    assert not [p for p in chat.people if p["relationship"] == "parent"], chat.transcript()


def test_het_zijn_4_kinderen__still_the_verb():
    """The other side: "het zijn 4 kinderen" counts the writer's children."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). het zijn 4 [kinderen](relationship:"
        "child): [17](age), [14](age), [10](age) en [5](age)"
    )
    assert len([p for p in chat.people if p["relationship"] == "child"]) == 4, chat.transcript()


def _ahmad() -> Chat:
    chat = Chat()
    chat.say(
        "hallo ik ben ahmad ik ben [16](age:sponsor) jaar, ik ben [vluchteling](sponsor_status:"
        "refugee) in belgie sinds [2 september 2026](recognition_date:2026-09-02). ik wil "
        "[mijn papa](relationship:parent) en [mama](relationship:parent) en [zus](relationship:"
        "sibling) naar hier"
    )
    return chat


def test_papa_en_mama_zijn_allebei_45__both_ages():
    """ "zus is 10. papa en mama zijn allebei 45" (panel 33, b1: "Je papa: wil naar België
    komen", his age dropped)."""
    chat = _ahmad()
    chat.say(
        "[zus](relationship:sibling) is [10](age). [papa](relationship:parent) en [mama]"
        "(relationship:parent) zijn allebei [45](age). ze zijn nu in turkije"
    )
    assert [p["age"] for p in chat.people if p["relationship"] == "parent"] == [45, 45]


def test_papa_en_mama__one_age_without_allebei_stays_one():
    """The other side: "papa en mama is 45" gives the age to one only."""
    chat = _ahmad()
    chat.say("[papa](relationship:parent) en [mama](relationship:parent) [45](age)")
    ages = [p["age"] for p in chat.people if p["relationship"] == "parent"]
    assert ages.count(45) == 1, chat.transcript()


def test_is_je_zus_een_halfzus_of_stiefzus__not_halfbroer():
    """The sister's gender is known: "Is je zus een halfzus of stiefzus?" (panel 33, b1: "een
    halfbroer, halfzus, stiefbroer of stiefzus")."""
    chat = _ahmad()
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, limit=2)
    reply = ""
    for _ in range(6):
        if chat.question == "applicant.half_or_step_sibling":
            reply = chat.last.replies[-1]["text"]
            break
        chat.say(
            {"applicant.age": "[10](age)"}.get(chat.question or "", "ja"),
            intent="inform" if chat.question == "applicant.age" else "affirm",
        )
    assert "halfzus of stiefzus" in reply and "halfbroer" not in reply, chat.transcript()


def test_ook_al_is_ze_kind__no_child_of_a_minor():
    """ "moet mijn zus ook betalen ook al is ze kind?" (panel 33, b1: "Hoe oud is je kind?" to a
    boy of 16)."""
    chat = _ahmad()
    chat.answer_plainly({"applicant.age": "[10](age)"})
    reply = chat.say(
        "moet [mijn zus](relationship:sibling) ook betalen ook al is ze [kind](relationship:"
        "child)? en hoeveel",
        intent="ask_costs",
    )
    assert not [p for p in chat.people if p["relationship"] == "child"], chat.transcript()
    assert "zus" in reply and "bijdrage" in reply, chat.transcript()


def test_kan_mijn_voogd_da_allemaal_doen__a_lawyer_or_social_worker_and_the_ngo():
    """Seed 001: "Het is aangeraden om beroep te doen op uw advocaat of sociale hulpverlener"
    (panel 33, b1 "kan mijn voogd da allemaal doen voor mij?", a5 "kan hij ook helpen voor
    mama?": "Op die vraag vind ik geen antwoord")."""
    chat = _ahmad()
    chat.answer_plainly({"applicant.age": "[10](age)"})
    reply = chat.say("kan mijn voogd da allemaal doen voor mij? ik versta niet alles")
    assert "advocaat" in reply and "medewerker" in reply, chat.transcript()


def _luam() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 november 2024]"
        "(recognition_date:2024-11-15), ik ben [33](age:sponsor). [mijn man](relationship:"
        "spouse) is [40](age), [officieel](marriage_type:official) getrouwd, [mijn dochter]"
        "(relationship:child) is [17](age)"
    )
    chat.answer_plainly({})
    chat.say("ze wordt 18 op [13 maart 2027](recognition_date:2027-03-13)")
    return chat


def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__her_last_day_after_the_12_months():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." With the 12 months passed,
    "dus wat is nu de laatste dag voor mijn dochter?" gets the day before her 18th birthday,
    not only "de laatste dag was 15 november 2025" (panel 33, a4), and the late request's
    lines once."""
    chat = _luam()
    assert chat.person("child")["facts"].get("majority_date") == "2027-03-13", chat.transcript()
    reply = chat.say(
        "dus wat is nu de laatste dag voor [mijn dochter](relationship:child)?",
        intent="ask_deadline",
    )
    assert "Je dochter: uiterlijk op 12 maart 2027" in reply, chat.transcript()
    assert "Je man: de laatste dag was 15 november 2025" in reply
    assert reply.count("Het recht blijft") == 1, chat.transcript()


def test_uuw_andere_meerderjarige_kinderen__after_18_no_right_a_humanitarian_visa():
    """Seed 001: "Uw andere meerderjarige kinderen kunnen niet naar België komen in het kader
    van gezinshereniging." "en als het niet lukt voor ze 18 is? kan ze dan nooit meer komen?"
    got the appointment answer (panel 33, a4)."""
    chat = _luam()
    reply = chat.say("en als het niet lukt voor ze [18](age) is? kan ze dan nooit meer komen?")
    assert "geen recht op gezinshereniging meer" in reply, chat.transcript()
    assert "humanitair visum" in reply and "afspraak" not in reply, chat.transcript()


def test_als_ouder_geen_recht_met_je_meerderjarig_kind__an_asylum_seeker_asked_her_age():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig
    derdelands ... kind"; seed 001: parents only of "een niet-begeleide minderjarige
    vreemdeling". An asylum seeker's mother was told "Dat kan pas na de erkenning" without
    the writer's age being asked (panel 33, a5)."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker). [mijn mama](relationship:parent)"
        " is [62](age) en wil komen"
    )
    assert chat.question == "sponsor.age", chat.transcript()
    reply = chat.answer_plainly({"sponsor.age": "ik ben [29](age:sponsor)"})
    assert "kan pas na de erkenning" not in reply, chat.transcript()
    assert "Ook na een erkenning" in reply, chat.transcript()


def test_ik_heb_geen_inkomen__the_humanitarian_file_weaker_not_add_your_income():
    """Seed 001: "In de praktijk hecht de Dienst Vreemdelingenzaken veel belang aan dit
    element" (that the sponsor can take care of the relative). "ik heb geen inkomen" got "Voeg
    daarom bewijs van je inkomen toe" (panel 33, a5)."""
    chat = _sofie_answered()
    chat.say("en [mijn schoonmoeder](relationship:other_relative) van [58](age)?")
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "ik heb geen inkomen, is dat een probleem voor [mijn schoonmoeder](relationship:"
        "other_relative)?",
        intent="ask_means_of_subsistence",
    )
    assert "zwakker" in reply and "Voeg daarom bewijs" not in reply, chat.transcript()


def test_ik_ben_marc_belg_45j__the_writers_age_not_the_wifes():
    """ "Goeiendag, ik ben Marc, Belg, 45j. Mijn vrouw is Congolese" (panel 33, a2: "Je vrouw:
    45 jaar")."""
    chat = Chat()
    chat.say(
        "Goeiendag, ik ben Marc, [Belg](sponsor_status:belgian), 45j. [Mijn vrouw](relationship:"
        "spouse) is Congolese en woont in Kinshasa"
    )
    assert chat.sponsor.get("age") == 45 and chat.person("spouse")["age"] is None


def test_er_is_geen_vonnis_de_vader_is_onbekend__seed_004s_attest_not_the_judgment():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke
    beslissing, dan volstaat een schriftelijke verklaring ... Als de andere ouder verdwenen is
    moet je een attest hebben". "er is geen vonnis of zo, de vader is onbekend" still got "Een
    kopie van het vonnis dat het hoederecht ... geeft" (panel 33, a2)."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [38](age), [officieel](marriage_type:official) getrouwd, [haar dochter]"
        "(relationship:child) is [12](age), niet van mij"
    )
    chat.say(
        "[alleen](custody:sole) mn vrouw. er is geen vonnis of zo, de vader is onbekend",
    )
    chat.answer_plainly({"applicant.custody": "[alleen](custody:sole) mijn vrouw"})
    reply = chat.say("/ask_documents", intent="ask_documents")
    assert "Een kopie van het vonnis" not in reply, chat.transcript()
    assert "attest" in reply and "art. 40ter" in reply, chat.transcript()


def test_a_judgment_not_denied__still_its_copy():
    """The other side: sole custody with no word of a judgment asks its copy (seed 001)."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [38](age), [officieel](marriage_type:official) getrouwd, [haar dochter]"
        "(relationship:child) is [12](age), niet van mij"
    )
    chat.answer_plainly({"applicant.custody": "[alleen](custody:sole) mijn vrouw"})
    reply = chat.say("/ask_documents", intent="ask_documents")
    assert "Een kopie van het vonnis" in reply, chat.transcript()


def test_binnen_het_jaar_na_de_erkenning__the_income_exemptions_last_day_not_the_sons_birthday():
    """Seed 003: the favourable conditions hold "binnen het jaar (12 maanden) na de
    erkenning". Asked about income, a family with a son who turns 18 first got "De laatste dag
    is 19 mei 2027", his birthday (panel 33, a3)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 juli "
        "2026](recognition_date:2026-07-08), ik ben [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [31](age), [officieel](marriage_type:official) getrouwd, en [mijn zoon]"
        "(relationship:child) is [17](age), hij wordt 18 op [20 mei 2027]"
        "(recognition_date:2027-05-20)"
    )
    chat.answer_plainly({})
    reply = chat.say("ik heb leefloon en woon in een studio. moet ik inkomen bewijzen?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert "De laatste dag is 8 juli 2027" in reply, chat.transcript()
    # the son's own last day beside it, named as his (panel 50, g1)
    assert "De laatste dag is 19 mei 2027" not in reply, chat.transcript()
    assert reply.count("Voor je zoon is de laatste dag 19 mei 2027") == 1, chat.transcript()


def _fatima() -> Chat:
    chat = Chat()
    chat.say(
        "hallo, ik ben fatima ik woon in casablanca. mn [man](relationship:spouse) youssef woont"
        " in belgie, hij heeft [verblijfskaart onbeperkt](sponsor_status:third_country_national)"
        " en werkt. ik wil naar hem toe"
    )
    chat.answer_plainly(
        {"applicant.marriage": "[officieel](marriage_type:official)", "sponsor.age":
         "hij is [34](age)", "applicant.age": "ik ben [29](age)"}
    )  # fmt: skip
    return chat


def test_en_als_die_1900_te_weinig_is__the_humanitarian_visa_in_second_order():
    """Seed 000: "bij een aanvraag voor een visum gezinshereniging in tweede orde een
    humanitair visum te vragen ... wanneer je wel bestaansmiddelen kan voorleggen, maar deze
    niet voldoende stabiel, toereikend of regelmatig zijn" (panel 33, a1: "geen antwoord")."""
    chat = _fatima()
    assert chat.state["answered"], chat.transcript()
    reply = chat.say("en als die 1900 toch te weinig is? wat dan, kan ik dan niet komen?")
    assert "in tweede orde" in reply, chat.transcript()


def test_moet_ik_eerst_nederlands_leren__no_language_test_in_the_conditions():
    """No seed names a language test among the conditions (panel 33, a1: "geen antwoord")."""
    chat = _fatima()
    reply = chat.say("moet ik eerst nederlands leren? of een examen doen hier in marokko?",
                     intent="out_of_scope")  # fmt: skip
    assert "geen taaltest" in reply and "inburgering" in reply, chat.transcript()


def test_hoe_lang_duurt_dat_humanitair_visum_in_2de_orde__seed_001s_answer():
    """Seed 001: "In tegenstelling tot de gezinshereniging, is een humanitair visum geen recht"
    and "De behandelingstermijn kan tot een jaar of meer oplopen." (panel 33, a2: the family
    reunification's "staat niet in mijn bronnen", twice)."""
    chat = _belgian_with_wife()
    reply = chat.say("dat humanitair visum in 2de orde, hoe lang duurt da dan en is dat even "
                     "goed?", intent="ask_processing_time")  # fmt: skip
    assert "geen recht" in reply and "een jaar of langer" in reply, chat.transcript()


def test_waar_moet_zij_papier_geven__where_to_apply():
    """ "mama woont in minsk. waar moet zij papier geven?" got the document list (a5)."""
    chat = _belgian_with_wife()
    reply = chat.say("ze woont in minsk. waar moet zij papier geven?", intent="ask_documents")
    assert "ambassade" in reply and "paspoort" not in reply, chat.transcript()


def test_geen_huwelijksakte_alleen_nikah__seed_000s_two_situations():
    """Seed 000: "Deze situatie moet onderscheiden worden van de situatie waarbij het huwelijk
    wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan erkennen" (panel 33, a3:
    "Op die vraag vind ik geen antwoord")."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 juli "
        "2026](recognition_date:2026-07-08), ik ben [40](age:sponsor). [mijn vrouw](relationship"
        ":spouse) is [31](age), getrouwd met [nikah](marriage_type:religious_or_customary)"
    )
    chat.answer_plainly({})
    reply = chat.say("ze hebben ook geen huwelijksakte, alleen nikah door mullah. wat dan?")
    assert "andere geldige bewijzen" in reply and "rechtspraak RvV" in reply, chat.transcript()
    assert "concrete feiten" in reply, chat.transcript()


def test_wat_is_de_kans_voor_mijn_man__still_his_route_not_her_chance():
    """The other side of "waarom is de kans klein voor haar?": a question naming the husband is
    about him."""
    chat = _sofie_answered()
    chat.say("en [mijn schoonmoeder](relationship:other_relative) van [58](age)?")
    chat.say("ja", intent="affirm")
    reply = chat.say("wat is de kans voor [mijn man](relationship:spouse)?")
    assert "Je man: recht op gezinshereniging" in reply, chat.transcript()
    assert "schoonmoeder" not in reply, chat.transcript()


# --- panel 34 -----------------------------------------------------------------------------------


def test_ik_ben_karim_irakees_erkend_vluchteling__the_writer_is_the_sponsor():
    """ "dag, ik ben Karim, irakees, erkend vluchteling. mijn vrouw woont al bij mij in belgie.
    nu wil ik mijn moeder (70) en mijn zus (17) laten komen" (panel 34, d5: "Je vrouw: erkend
    vluchteling", "Jij: recht op gezinshereniging", three corrections ignored)."""
    chat = Chat()
    chat.say(
        "dag, ik ben Karim, irakees, [erkend vluchteling](sponsor_status:refugee). [mijn vrouw]"
        "(relationship:spouse) woont al bij mij in belgie. nu wil ik [mijn moeder](relationship:"
        "parent) ([70](age)) en [mijn zus](relationship:sibling) ([17](age)) laten komen, ze "
        "zijn in mosul"
    )
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "sibling"]


def test_ik_ben_de_vrouw_van_yonas_kan_ik_komen__still_the_wife_writing():
    """The other side: "ik ben de mama van Yonas ... kan ik komen?" is the relative abroad."""
    chat = Chat()
    chat.say(
        "ik ben [de mama](relationship:parent) van Yonas, hij is [erkend vluchteling]"
        "(sponsor_status:refugee) in belgie. ik woon in addis. kan ik komen?"
    )
    assert chat.state["writer"] == "applicant", chat.transcript()


def _ali() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor), [vluchteling](sponsor_status:refugee) erkend op [15 december "
        "2025](recognition_date:2025-12-15), ik kwam alleen. ik wil [mama](relationship:parent) "
        "en [papa](relationship:parent) hier"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    chat.say("maar ik word 18 op [3 februari 2027](recognition_date:2027-02-03)")
    return chat


def test_kan_in_januari_nog__a_day_to_apply_not_the_recognition():
    """ "kan in januari nog? of is alles weg dan" made the recognition "sinds januari 2026"
    (panel 34, d3); seed 001: the parents' right holds "op voorwaarde dat de NBMV jonger is
    dan achttien jaar": their last day is the day before he turns 18."""
    chat = _ali()
    reply = chat.say("kan in [januari](recognition_date:2027-01-01|approximate) nog? of is alles "
                     "weg dan")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2025-12-15", chat.transcript()
    assert "2 februari 2027" in reply and "15 december 2026" not in reply, chat.transcript()
    assert reply.count("2 februari 2027") == 1, chat.transcript()


def test_sinds_januari_erkend__still_the_recognition():
    """The other side: "ik ben erkend sinds januari" gives the recognition month."""
    chat = Chat()
    chat.say("ik ben [erkend](sponsor_status:refugee) sinds [januari](recognition_date:"
             "2026-01-01|approximate), [mijn vrouw](relationship:spouse) wil komen")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2026-01-01", chat.transcript()


def test_nee_dochter_van_mn_eerste_vrouw__the_child_asked_about_not_a_new_one():
    """Asked "Is je kind van 9 jaar een kind van jou en je vrouw samen?", "nee, dochter van mn
    eerste vrouw. haar moeder is overleden" is that child (panel 34, c1: "Hoe oud is de
    dochter van je vrouw?", then a fifth, sixth and seventh child)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 januari 2026]"
        "(recognition_date:2026-01-02), ik ben [38](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [30](age), [officieel](marriage_type:official) getrouwd. [de kinderen]"
        "(relationship:child) zijn [2](age), [6](age), [9](age) en [15](age) jaar"
    )
    for _ in range(8):
        if (
            chat.question == "applicant.common_child"
            and chat.person("child", 2)["facts"].get("relationship_predates_arrival")
            and chat.last.replies[-1]["text"].startswith("Is je kind van 9 jaar")
        ):
            break
        chat.say("ja", intent="affirm")
    assert chat.last.replies[-1]["text"].startswith("Is je kind van 9 jaar"), chat.transcript()
    chat.say(
        "nee, [dochter](relationship:stepchild) van mn eerste vrouw. haar moeder is overleden",
        intent="deny",
    )
    assert len(chat.people) == 5, chat.transcript()
    assert chat.person("child", 2)["word"] == "dochter", chat.transcript()
    assert chat.person("child", 2)["facts"].get("common_child") is False


def test_een_belg_mag_toch_zijn_moeder_laten_komen__the_mother_who_writes():
    """From the Belgian's mother herself: "een belg mag toch zijn moeder laten komen?" adds no
    second mother (panel 34, c2: "De moeder van je zoon: wil naar België komen")."""
    chat = Chat()
    chat.say(
        "ik ben mariama, [67](age) jaar, ik woon in conakry guinee. [mijn zoon](relationship:"
        "child) woont in luik belgie, hij is [belg](sponsor_status:belgian). kan ik komen?"
    )
    chat.say("maar een belg mag toch zijn [moeder](relationship:parent) laten komen?")
    assert len(chat.people) == 1 and chat.people[0].get("self"), chat.transcript()


def test_mijn_man_is_overleden_ik_woon_nu_alleen__noted_for_the_mother_who_writes():
    """Seed 000: "een 'nieuwe' situatie van afhankelijkheid ... doordat jouw echtgeno(o)t(e)
    bijvoorbeeld recent overleden is" (panel 34, c2: not used)."""
    chat = Chat()
    chat.say(
        "ik ben mariama, [67](age) jaar, ik woon in conakry guinee. [mijn zoon](relationship:"
        "child) woont in luik belgie, hij is [belg](sponsor_status:belgian). kan ik komen?"
    )
    chat.say("[mijn man](relationship:spouse) is overleden in 2024, ik woon nu helemaal alleen")
    me = next(p for p in chat.people if p.get("self"))
    assert "widowed" in (me.get("noted") or []), chat.transcript()


def _client_of_19() -> Chat:
    chat = Chat()
    chat.say(
        "Goedemiddag, ik ben maatschappelijk werker bij een OCMW. Ik heb een vraag voor een "
        "cliënt: Afghaanse jongeman, [19](age) jaar, [subsidiaire bescherming](sponsor_status:"
        "subsidiary_protection) sinds [4 augustus 2026](recognition_date:2026-08-04). Hij wil "
        "zijn [ouders](relationship:parent) en [zussen](relationship:sibling) laten overkomen"
    )
    return chat


def test_hij_kwam_alleen_aan_op_16j__an_age_then_no_parent_of_16():
    """ "ja, hij kwam alleen aan op 16j en vroeg direct asiel aan" (panel 34, c3: "Is de ouder
    van 16 jaar van je cliënt op hoge leeftijd?")."""
    chat = _client_of_19()
    chat.say("ja, hij kwam alleen aan op [16](age)j en vroeg direct asiel aan", intent="affirm")
    assert all(p.get("age") != 16 for p in chat.people), chat.transcript()


def test_nee_50_jaar_gezond__the_fathers_age_not_a_recognition_50_years_ago():
    """ "nee, 50 jaar. gezond voor zover ik weet", asked whether the father is old, moved the
    recognition to "december 1976" (panel 34, c3)."""
    chat = _client_of_19()
    chat.say("vader is [50](age), moeder [46](age), zussen [12](age) en [14](age)")
    for _ in range(6):
        if chat.question == "applicant.elderly":
            break
        chat.say("ja", intent="affirm")
    chat.say("nee, 50 jaar. gezond voor zover ik weet", intent="deny")
    assert chat.sponsor["recognition_date"] == "2026-08-04", chat.transcript()


def test_de_3_maanden_zijn_voorbij_wat_kunnen_de_ouders_nog_doen__seed_002s_late_request():
    """Seed 002 "Laattijdige indiening": "De aanvrager die van de gunstigere voorwaarden wenst
    te genieten moet uitleg verschaffen over de redenen die de tijdige indiening ...
    verhinderd hebben" (panel 34, c3: "Op die vraag vind ik geen antwoord")."""
    chat = _client_of_19()
    chat.say("vader is [50](age), moeder [46](age), zussen [12](age) en [14](age)")
    chat.answer_plainly(
        {"sponsor.minor_at_asylum_application": "ja", "sponsor.unaccompanied_minor": "ja"}
    )
    assert "tot 3 maanden na" in chat.transcript(), chat.transcript()
    reply = chat.say("en wat nu? de 3 maanden zijn voorbij. wat kunnen de ouders nog doen?")
    assert "leg uit wat een aanvraag op tijd verhinderde" in reply, chat.transcript()


def _zahra() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [2 mei 2026]"
        "(recognition_date:2026-05-02), ik ben [44](age:sponsor). [mijn man](relationship:spouse)"
        " [50](age) [officieel](marriage_type:official) getrouwd, en [mijn zoon](relationship:"
        "child) [24](age) zit in [rolstoel](disability:disabled)"
    )
    chat.answer_plainly({})
    return chat


def test_onze_nikah_nama_laten_legaliseren__the_official_marriage_stays():
    """ "onze nikah nama is van voor de taliban. kunnen we die nog laten legaliseren?" made the
    official marriage religious (panel 34, d4)."""
    chat = _zahra()
    chat.say("onze [nikah](marriage_type:religious_or_customary) nama is van voor de taliban. "
             "kunnen we die nog laten legaliseren?", intent="ask_legalisation")  # fmt: skip
    assert chat.person("spouse")["facts"]["marriage"] == "official", chat.transcript()


def test_het_attest_van_de_handicap__no_handicap_for_the_husband():
    """ "moet mijn zoon ook een medisch attest geven zoals mijn man of is dat hetzelfde als het
    attest van de handicap?" gave the husband a handicap; "mijn man heeft geen handicap" was
    ignored (panel 34, d4)."""
    chat = _zahra()
    chat.say("moet [mijn zoon](relationship:child) ook een medisch attest geven zoals [mijn man]"
             "(relationship:spouse) of is dat hetzelfde als het attest van de [handicap]"
             "(disability:disabled)?")  # fmt: skip
    assert not chat.person("spouse")["facts"].get("disabled"), chat.transcript()
    chat.person("spouse")["facts"]["disabled"] = True  # as the panel's bot had it
    chat.say("nee, [mijn man](relationship:spouse) heeft geen handicap! alleen [mijn zoon]"
             "(relationship:child)")  # fmt: skip
    assert chat.person("spouse")["facts"].get("disabled") is False, chat.transcript()


def test_als_de_dokter_zegt_niet_genoeg_gehandicapt__a_humanitarian_visa_in_second_order():
    """Seed 000: an adult child without the right "kan een humanitair visum aanvragen"; seed
    000's second order "wanneer ... er niet aan alle voorwaarden voor gezinshereniging voldaan
    is" (panel 34, d4: the post's address and the attest)."""
    chat = _zahra()
    reply = chat.say("en als de dokter van ambassade zegt hij is niet genoeg [gehandicapt]"
                     "(disability:disabled)? dan moet hij alleen blijven in afghanistan?")  # fmt: skip
    assert "niet ernstig genoeg" in reply and "tweede orde" in reply, chat.transcript()
    reply = chat.say("is er dan een andere weg voor [mijn zoon](relationship:child)? humanitair "
                     "visum of zo?", intent="ask_humanitarian_visa")  # fmt: skip
    assert "In tweede orde betekent" in reply, chat.transcript()


def test_waarom_moet_mijn_zoon_betalen_en_mijn_man_niet__who_seed_002_exempts():
    """Seed 002: the spouse and the minor children are exempt; "waarom moet mijn zoon betalen
    en mijn man niet?" got "geen antwoord" (panel 34, d4)."""
    chat = _zahra()
    reply = chat.say("waarom moet [mijn zoon](relationship:child) betalen en [mijn man]"
                     "(relationship:spouse) niet?")  # fmt: skip
    assert "minderjarige kinderen" in reply and "meerderjarige kinderen" in reply, reply


def test_mijn_a_kaart_is_tijdelijk_met_arbeidskaart__no_student_and_no_age_of_1():
    """ "mijn A kaart is tijdelijk (1 jaar, met arbeidskaart)" was read as "tijdelijk verblijf
    (bijvoorbeeld student)" and "Over wie gaat 1 jaar?" (panel 34, c4)."""
    chat = Chat()
    chat.say(
        "ik ben estelle, ik woon in belgie met [A kaart](sponsor_status:third_country_national), "
        "ik werk hier. [mijn man](relationship:spouse) en [dochter](relationship:child) willen "
        "komen"
    )
    reply = chat.say("mijn A kaart is tijdelijk ([1](age) jaar, met arbeidskaart). is dat een "
                     "probleem voor gezinshereniging?")  # fmt: skip
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()
    assert "Over wie gaat" not in reply, chat.transcript()
    chat.say("niemand is [1](age) jaar. ik vraag: mijn verblijf is tijdelijk (A-kaart). mag ik "
             "dan wel gezinshereniging vragen?")  # fmt: skip
    assert chat.sponsor["status"] == "third_country_national", chat.transcript()
    assert chat.person("spouse")["age"] is None, chat.transcript()


def test_ik_ben_student_met_een_a_kaart__still_a_temporary_stay():
    """The other side: a student's A card is a temporary stay (panel 27, b3)."""
    chat = Chat()
    chat.say("ik ben student, ik heb een [A kaart](sponsor_status:third_country_national). "
             "[mijn vrouw](relationship:spouse) wil komen")  # fmt: skip
    assert chat.sponsor["status"] == "temporary_stay", chat.transcript()


def _luc() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [60](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [45](age), [officieel](marriage_type:official) getrouwd, [haar zoon]"
        "(relationship:child) is [22](age)"
    )
    chat.answer_plainly({})
    return chat


def test_je_stiefzoon_is_21_of_ouder_en_ten_laste__to_prove_not_a_fact():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent" (panel 34, d2: said as a fact in the first answer)."""
    chat = _luc()
    assert "☐ Je stiefzoon is 21 jaar of ouder en ten laste" in chat.transcript()


def test_kinderen_boven_de_21_mochten_toch_niet__children_in_general_no_applicants():
    """ "ik dacht dat kinderen boven de 21 niet meer mochten? hoe bewijs ik dat hij ten laste
    is" got "Over wie gaat 21 jaar?" and "Hoe oud is je eerste kind?" (panel 34, d2)."""
    chat = _luc()
    reply = chat.say("ik dacht dat [kinderen](relationship:child) boven de [21](age) niet meer "
                     "mochten? hoe bewijs ik dat hij ten laste is")  # fmt: skip
    assert "Over wie gaat" not in reply and "Hoe oud" not in reply, chat.transcript()
    assert "Bankuittreksels" in reply, chat.transcript()


def test_ik_ga_in_maart_verhuizen_kan_ik_dat_nieuwe_huurcontract_gebruiken__seed_004():
    """Seed 004: "Het heeft geen zin om een huurcontract ... af te geven van een woning waar je
    gezin pas later zal intrekken" (panel 34, d2: asked twice, answered with the lease in a
    relative's name)."""
    chat = _luc()
    reply = chat.say("ik ga in maart verhuizen naar een groter appartement. kan ik dat nieuwe "
                     "huurcontract al gebruiken?")  # fmt: skip
    assert "pas later" in reply and "Rijksregister" not in reply, chat.transcript()


def _helen() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [8 juli 2026](recognition_date:"
        "2026-07-08), ik ben [31](age:sponsor). [mijn man](relationship:spouse) is [35](age), "
        "[officieel](marriage_type:official) getrouwd, ze zitten in khartoum"
    )
    chat.answer_plainly({})
    return chat


def test_naar_addis_abeba_of_kairo_gaan_en_daar_indienen__where_to_apply():
    """Seed 002: "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat ...
    aanbieden" (panel 34, d1: "Op die vraag vind ik geen antwoord")."""
    chat = _helen()
    reply = chat.say("dus ze mogen naar addis abeba of kairo gaan en daar indienen?")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def test_redelijkerwijs_mogelijk_om_een_reisdocument_te_bekomen__the_embassy_judges():
    """Seed 002: "indien de ambassade of het consulaat van mening is dat het redelijkerwijs
    mogelijk is om een reisdocument te bekomen, moet dit document worden voorgelegd"; "Dit
    doorlaatbewijs wordt niet automatisch afgegeven" (panel 34, d1; panel 33, a4)."""
    chat = _helen()
    reply = chat.say("[mijn man](relationship:spouse) heeft geen paspoort, de eritrese "
                     "ambassade vraagt belasting", intent="ask_travel_document")  # fmt: skip
    assert "redelijkerwijs" in reply and "niet automatisch" in reply, chat.transcript()


def _yonas() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2026]"
        "(recognition_date:2026-10-02), ik ben [28](age:sponsor). [mijn verloofde](relationship:"
        "partner) Selam is [25](age), we zijn niet getrouwd, geen kinderen"
    )
    chat.answer_plainly({"applicant.common_child": "nee", "applicant.impossible_to_marry": "nee"})
    return chat


def test_als_we_trouwen_moet_ik_dan_inkomen_hebben__no_favourable_period_after_arrival():
    """Seed 003: the favourable period holds "wanneer de afstamming van de aanvrager vóór zijn
    aankomst in België werd vastgesteld"; a marriage after the arrival: income to prove. "ik
    zit op taalcursus" beside it asks no language test (panel 34, c5)."""
    chat = _yonas()
    reply = chat.say("als we in nairobi trouwen, moet ik dan inkomen hebben? ik werk nog niet, "
                     "ik zit op taalcursus")  # fmt: skip
    assert "Trouwen jullie pas na je aankomst" in reply, chat.transcript()
    assert "taaltest" not in reply, chat.transcript()


def test_we_woonden_1_jaar_samen_in_het_kamp_telt_dat__seed_001s_cohabitation():
    """Seed 001: "gedurende minstens 1 jaar, voorafgaand aan de aanvraag, wettelijk en
    onafgebroken ... samengewoond" (panel 34, c5: "Op die vraag vind ik geen antwoord")."""
    chat = _yonas()
    reply = chat.say("we woonden ongeveer 1 jaar samen in het kamp in kakuma, telt dat?")
    assert "wettelijk en onafgebroken" in reply and "art. 10, §1, 5°" in reply, chat.transcript()


def test_kan_ik_met_zijn_vader_komen__the_father_still_added():
    """The other side of "een belg mag toch zijn moeder laten komen?": the mother abroad asks
    to come with the sponsor's father (bench/conversations, applicant_mother_of_uam_std)."""
    chat = Chat()
    chat.say(
        "Mijn [zoon](relationship:child) van [16](age) is alleen naar België gevlucht en heeft "
        "nu het statuut van [vluchteling](sponsor_status:refugee). Kan ik met zijn [vader]"
        "(relationship:parent) komen?"
    )
    assert [p for p in chat.people if p.get("word") == "vader"], chat.transcript()


# --- the other sides a review of this change found (each a message that misfired) -------------


def test_review_a_card_then_the_wifes_age_is_still_her_age():
    chat = Chat()
    chat.say("ik heb een [B kaart](sponsor_status:third_country_national), [mijn vrouw]"
             "(relationship:spouse) is [30](age) jaar en woont in marokko")  # fmt: skip
    assert chat.person("spouse")["age"] == 30, chat.transcript()


def test_review_kan_ik_vrouw_en_kinderen_laten_komen__the_children_kept():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). kan ik [vrouw](relationship:"
             "spouse) en [kinderen](relationship:child) laten komen?")  # fmt: skip
    assert len([p for p in chat.people if p["relationship"] == "child"]) == 2, chat.transcript()


def test_review_mijn_vrouw_heeft_de_papieren_gegeven__still_the_applicant():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:"
             "spouse) heeft vorige week alle papieren gegeven aan de ambassade, hoe lang duurt "
             "het nu?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_review_a_second_daughter_abroad_after_the_child_here():
    chat = _refugee_with_a_partner_and_a_child_here()
    chat.say("[mijn dochter](relationship:child) is nog in libanon bij karim")
    assert [p for p in chat.people if p["relationship"] == "child"], chat.transcript()


def test_review_ook_nog_een_dochter_while_a_son_is_asked_about():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 januari 2026]"
             "(recognition_date:2026-01-02). [mijn zoon](relationship:child) van [9](age) wil "
             "komen")  # fmt: skip
    assert chat.question == "applicant.relationship_predates_arrival", chat.transcript()
    chat.say("ja. ik heb ook nog [een dochter](relationship:child) in syrie bij mijn moeder, zij "
             "moet ook komen", intent="affirm")  # fmt: skip
    assert len([p for p in chat.people if p["relationship"] == "child"]) == 2, chat.transcript()


def test_review_mijn_zus_at_the_siblings_question_is_the_writers_sister():
    chat = _hassan_at_the_siblings_question()
    chat.say("ja. en [mijn zus](relationship:sibling) van [15](age) is ook alleen daar, mag zij "
             "ook komen?", intent="affirm")  # fmt: skip
    assert chat.person("sibling")["age"] == 15, chat.transcript()


def test_review_zijn_vader_geeft_toestemming__no_father_in_law():
    chat = _sofie_answered()
    chat.say("[mijn zoon](relationship:child) van [8](age) uit een vorige relatie woont ook in "
             "marokko, zijn [vader](relationship:parent) geeft toestemming")  # fmt: skip
    assert not [p for p in chat.people if p["relationship"] == "other_relative"]


def test_review_ze_wonen_bij_de_mama_van_mijn_vrouw__no_applicant():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:"
             "spouse) en kinderen wonen nu bij [de mama](relationship:parent) van [mijn vrouw]"
             "(relationship:spouse) in kabul")  # fmt: skip
    assert not [p for p in chat.people if p["relationship"] == "other_relative"]


def test_review_hij_is_een_broer_van_mij__still_the_brother():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian). ik wil ali laten komen, hij is een [broer]"
             "(relationship:sibling) van mij, hij is [15](age) en alleen in iran")  # fmt: skip
    assert chat.person("sibling")["age"] == 15, chat.transcript()


def test_review_vrouw_en_zoon_van_8_zitten_allebei_in_kabul__no_age_for_the_wife():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw](relationship:"
             "spouse) en [mijn zoon](relationship:child) van [8](age) zitten allebei nog in "
             "kabul")  # fmt: skip
    assert chat.person("spouse")["age"] is None and chat.person("child")["age"] == 8


def test_review_papa_en_mama_zijn_70_en_65__in_the_order_named():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), ik ben [17](age:sponsor). "
             "[mijn papa](relationship:parent) en [mama](relationship:parent) zijn [70](age) en "
             "[65](age)")  # fmt: skip
    assert [p["age"] for p in chat.people] == [70, 65], chat.transcript()


def test_review_alleen_religieus_getrouwd_is_dat_genoeg__the_marriage_corrected():
    chat = _zahra()
    chat.say("we zijn alleen [religieus](marriage_type:religious_or_customary) getrouwd bij de "
             "imam, geen papier van de staat. is dat genoeg?")  # fmt: skip
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary"


def test_review_als_de_ambassade_ons_huwelijk_niet_erkent__no_disability_answer():
    chat = _zahra()
    reply = chat.say("en als de ambassade onze nikah nama niet aanvaard? wat dan?")
    assert "handicap" not in reply, chat.transcript()


def test_review_telt_het_kind_mee_voor_het_inkomen__an_income_question():
    chat = _refugee_with_a_partner_and_a_child_here()
    reply = chat.say("ik verdien 1500 netto. telt [het kind](relationship:child) mee voor het "
                     "inkomen?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "cruciaal" not in reply and "inkomen" in reply, chat.transcript()


def test_review_het_visum_duurt_45_dagen__no_registered_partner_rule():
    chat = _belgian_with_wife()
    reply = chat.say("de ambassade zegt dat het visum 45 dagen duurt, klopt dat?",
                     intent="ask_processing_time")  # fmt: skip
    assert "geregistreerde partner" not in reply, chat.transcript()


def test_review_mijn_advocaat_zegt__no_get_a_lawyer_reply():
    chat = _helen()
    reply = chat.say("mijn advocaat zegt dat hij de aanvraag binnen 12 maanden moet indienen, tot "
                     "wanneer is dat precies?", intent="ask_deadline")  # fmt: skip
    assert "Vraag hulp aan een advocaat" not in reply, chat.transcript()


def test_review_850_huur_niet_genoeg__a_housing_question_not_income():
    chat = _belgian_with_wife()
    reply = chat.say("mijn appartement heeft 1 slaapkamer, ik betaal 850 huur. is dat niet genoeg "
                     "voor ons twee?", intent="ask_housing")  # fmt: skip
    assert "referentiebedrag" not in reply, chat.transcript()


def test_review_a_student_with_a_weekend_job_has_a_temporary_stay():
    chat = Chat()
    chat.say("ik heb een studentenkaart, ik werk ook in het weekend in een restaurant. [mijn "
             "vrouw](relationship:spouse) van [24](age) wil komen")  # fmt: skip
    assert chat.sponsor.get("status") == "temporary_stay", chat.transcript()


def test_review_a_refugee_abroad_writing_for_herself_is_the_applicant():
    chat = Chat()
    chat.say("ik ben ook [vluchteling](sponsor_status:refugee), ik woon in libanon. [mijn man]"
             "(relationship:spouse) is [erkend](sponsor_status:refugee) in belgie. kan ik naar "
             "hem?")  # fmt: skip
    assert chat.state["writer"] == "applicant", chat.transcript()


def test_review_a_date_told_beside_a_question_is_still_stored():
    chat2 = Chat()
    chat2.say("ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vrouw](relationship:"
              "spouse) wil komen")  # fmt: skip
    chat2.say("nog niet lang, [2 oktober 2026](recognition_date:2026-10-02). kan ze nog komen?")
    assert chat2.sponsor.get("recognition_date") == "2026-10-02", chat2.transcript()


def test_review_een_attest_van_zijn_handicap__the_handicap_told():
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn zoon](relationship:child)"
             " is [24](age), hij heeft een attest van zijn [handicap](disability:disabled), kan "
             "hij komen?")  # fmt: skip
    assert chat.person("child")["facts"].get("disabled") is True, chat.transcript()


def test_review_wat_als_er_geen_vonnis_is__no_fact_stored():
    chat = Chat()
    chat.say("ik ben [Belg](sponsor_status:belgian), [45](age:sponsor). [mijn vrouw](relationship:"
             "spouse) is [38](age), [officieel](marriage_type:official) getrouwd, [haar zoon]"
             "(relationship:child) is [10](age), niet van mij")  # fmt: skip
    chat.say("wat als er geen vonnis is? de ex is verdwenen")
    assert "custody_judgment" not in chat.person("stepchild")["facts"], chat.transcript()


# --- panel 35 -----------------------------------------------------------------------------------


def test_ik_ben_tigist_uit_addis_mijn_mama_is_erkend__the_daughter_writes():
    """ "hallo, ik ben tigist uit addis abeba. mijn mama is erkend vluchteling in brussel ...
    kan ik naar haar toe komen?": the status is her mother's (another sentence), she is the
    relative abroad; "ik studeer" is her studies, not a temporary stay of her mother (panel
    35, f4: "Hoe oud is je kind?", then "tijdelijk verblijf")."""
    chat = Chat()
    chat.say(
        "hallo, ik ben tigist uit addis abeba. [mijn mama](relationship:parent) is [erkend "
        "vluchteling](sponsor_status:refugee) in brussel sinds 6 maanden. kan ik naar haar toe "
        "komen?"
    )
    assert chat.state["writer"] == "applicant", chat.transcript()
    chat.say("ik ben [23](age), ik studeer nog en woon alleen")
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_een_baby_hier_geboren_zij_moet_niet_komen__the_partner_stays():
    """ "ja we hebben een baby van 8 maand, ze is hier in belgie geboren ... zij moet niet komen
    ze is al hier" took out the partner (panel 35, e1: "Ik heb je partner weggelaten")."""
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vriend](relationship:"
             "partner) Karim ([30](age)) zit in beiroet, we zijn niet getrouwd")  # fmt: skip
    chat.say("ja we hebben een [baby](relationship:child) van [8 maand](age), ze is hier in "
             "belgie geboren en woont bij mij. zij moet niet komen ze is al hier haha",
             intent="affirm")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_verjaardag_5_juni_2027_dan_word_ik_18__the_parents_last_day():
    """Seed 001: the parents of an NBMV "op voorwaarde dat de NBMV jonger is dan achttien
    jaar": "verjaardag 5 juni 2027 dan word ik 18" gives their last day, 4 juni 2027 (panel
    35, f5: "De ouders: uiterlijk op 4 november 2027")."""
    chat = Chat()
    chat.say("ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [4 "
             "november 2026](recognition_date:2026-11-04), ik kwam alleen. [mijn ouders]"
             "(relationship:parent) willen komen")  # fmt: skip
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    chat.say("verjaardag 5 juni 2027 dan word ik 18")
    reply = chat.say("tot wanneer precies", intent="ask_deadline")
    assert "4 juni 2027" in reply and "4 november 2027" not in reply.split("\n")[0], reply


def test_mijn_zoon_heeft_geen_inkomen__not_the_writers_income():
    """ "hij studeert en heeft geen werk" of the son: no "Zonder eigen inkomen is het dossier
    zwakker" to the father (panel 35, e2)."""
    chat = Chat()
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [3 "
             "oktober 2025](recognition_date:2025-10-03). [mijn schoonmoeder](relationship:"
             "other_relative) van [63](age) wil komen")  # fmt: skip
    chat.answer_plainly({})
    reply = chat.say("is inkomen belangrijk? mijn zoon heeft geen werk, hij studeert",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert "zwakker" not in reply, chat.transcript()


def _karim_mother_and_sister() -> Chat:
    chat = Chat()
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [14 maart 2023]"
             "(recognition_date:2023-03-14), ik ben [41](age:sponsor). nu wil ik [mn moeder]"
             "(relationship:parent) en [mn zus](relationship:sibling) halen")  # fmt: skip
    return chat


def test_ze_is_70_weduwe_woont_met_mn_zus__noted_for_the_mother():
    """Asked the mother's age, "ze is 70, weduwe, woont alleen in mosoel met mn zus": the
    mother is the widow, the sister the one she lives with (panel 35, e3: "Partner overleden"
    for the sister of 17)."""
    chat = _karim_mother_and_sister()
    assert chat.last.replies[-1]["text"].endswith("moeder op hoge leeftijd?"), chat.transcript()
    chat.say("ze is [70](age), weduwe, woont alleen in mosoel met [mn zus](relationship:sibling)")
    assert "widowed" in (chat.person("parent").get("noted") or []), chat.transcript()
    assert "widowed" not in (chat.person("sibling").get("noted") or []), chat.transcript()


def test_ja_mn_zus_is_16__sorry_nee_ze_is_17__the_sister_corrected():
    """ "ja, mn zus is 16", then "sorry nee ze is 17, ik vergis me altijd": the sister, not the
    mother of 70 (panel 35, e3: "Je moeder: 17 jaar")."""
    chat = _karim_mother_and_sister()
    chat.say("ze is [70](age)")
    chat.say("ja, [mn zus](relationship:sibling) is [16](age)")
    chat.say("sorry nee ze is [17](age), ik vergis me altijd")
    assert chat.person("parent")["age"] == 70 and chat.person("sibling")["age"] == 17


def test_en_als_ik_18_word_in_juni__the_parents_last_day_once():
    """ "en als ik 18 word in juni en ze zijn nog nie hier? dan?" got "Op die vraag vind ik
    geen antwoord" (panel 35, f5); seed 001: "op voorwaarde dat de NBMV jonger is dan achttien
    jaar"."""
    chat = Chat()
    chat.say("ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [4 "
             "november 2026](recognition_date:2026-11-04), ik kwam alleen. [mijn ouders]"
             "(relationship:parent) willen komen")  # fmt: skip
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    chat.say("verjaardag 5 juni 2027 dan word ik 18")
    reply = chat.say("en als ik 18 word in juni en ze zijn nog nie hier? dan?")
    assert reply.count("4 juni 2027") == 1 and "Daarna vervalt dit recht" in reply, reply


def test_in_somalie_werkt_de_overheid_bijna_niet__seed_000s_other_valid_proofs():
    """Seed 000: "wanneer ... het land van herkomst niet over een functionerende administratie
    beschikt ... 'andere geldige bewijzen'" (panel 35, e5: "geen antwoord")."""
    chat = Chat()
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [8 juli "
             "2026](recognition_date:2026-07-08), ik ben [38](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [35](age), getrouwd met [nikah](marriage_type:"
             "religious_or_customary)")  # fmt: skip
    chat.answer_plainly({})
    reply = chat.say("in somalie werkt de overheid bijna niet, registreren is bijna onmogelijk. "
                     "wat dan?")  # fmt: skip
    assert "andere geldige bewijzen" in reply and "administratie" in reply, chat.transcript()


def _client_of_24_with_daughter_and_grandmother() -> Chat:
    chat = Chat()
    chat.say(
        "Goeiedag, ik ben maatschappelijk werker bij het OCMW. Ik help een cliënte uit Guinee, "
        "[24](age) jaar, [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2026]"
        "(recognition_date:2026-10-02). Zij wil haar [dochtertje](relationship:child) van [6]"
        "(age) laten overkomen, dat nu bij [de grootmoeder](relationship:grandparent) in Conakry "
        "woont. En ook [de grootmoeder](relationship:grandparent) zelf, ze is [55](age)"
    )
    return chat


def test_alleen_clionte_geen_vader_in_beeld__sole_custody():
    """ "Alleen cliënte, er is geen vader in beeld" answers who has custody (panel 35, f2: asked
    again)."""
    chat = _client_of_24_with_daughter_and_grandmother()
    for _ in range(6):
        if chat.question == "applicant.custody":
            break
        no = chat.question == "applicant.common_child"
        chat.say("nee" if no else "ja", intent="deny" if no else "affirm")
    assert chat.question == "applicant.custody", chat.transcript()
    chat.say("Alleen cliënte, er is geen vader in beeld.")
    assert chat.person("child")["facts"].get("custody") == "sole", chat.transcript()


def test_de_grootmoeder_van_het_meisje_dus_de_moeder_van_mijn_clionte__one_person():
    """ "de grootmoeder van het meisje, dus de moeder van mijn cliënte. Ze is 55." is the one
    grandmother, the client's mother (panel 35, f2: a second person of 55)."""
    chat = _client_of_24_with_daughter_and_grandmother()
    chat.say("Nee, het is [de grootmoeder](relationship:grandparent) van het meisje, dus [de "
             "moeder](relationship:parent) van mijn cliënte. Ze is [55](age).")  # fmt: skip
    assert len(chat.people) == 2, chat.transcript()
    assert chat.person("parent")["word"] == "moeder", chat.transcript()
