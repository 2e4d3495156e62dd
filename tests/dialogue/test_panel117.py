"""Panel 117 (new families z1-z5, q1-q5): each test is named by the user's words or the seed
sentence it keeps true."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def _late_child_alone() -> tuple[Chat, str]:
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[juni 2024](recognition_date:2024-06-01|approximate). mijn [dochter](relationship:child)"
        " is [11](age)"
    )
    chat.say("weet ik niet")
    return chat, chat.answer_plainly({})


def test_a_child_who_comes_alone_after_the_12_months_needs_no_income_even_with_a_month_only():
    """Seed 003: "Anderzijds moet de gezinshereniger niet bewijzen dat hij over bestaansmiddelen
    beschikt indien de aanvrager zijn kind ... is, en dit kind bij hem komt wonen alvorens 18
    jaar te zijn en de enige is die zich bij de gezinshereniger komt voegen." (z5: "Maar nu
    moeten inkomen, woning en ziekteverzekering bewezen worden" with "sinds juni 2024")"""
    chat, answer = _late_child_alone()
    assert "juni 2025" in answer, chat.transcript()
    assert "Inkomen niet" in answer
    assert "moeten inkomen, woning" not in answer


def test_ze_wil_wel_tekenen_answers_the_other_parents_consent():
    """z5: "Mama van Valeria is in Houston sin papeles. Wij waren nooit getrouwd. Ze wil wel
    tekenen" to "Geeft de andere ouder ... toestemming" was "Sorry, dat begreep ik niet goed"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2026](recognition_date:2026-03-03). mijn [dochter](relationship:child) is "
        "[11](age)"
    )
    for _ in range(6):
        if chat.question == "applicant.other_parent_consent":
            break
        answer = {"applicant.custody": "ik en de andere ouder samen"}.get(chat.question, "nee")
        chat.say(answer, intent="inform" if chat.question == "applicant.custody" else "deny")
    assert chat.question == "applicant.other_parent_consent", chat.transcript()
    reply = chat.say("Mama is in Houston sin papeles. Wij waren nooit getrouwd. Ze wil wel tekenen")
    assert "begreep ik niet" not in reply, chat.transcript()
    assert chat.person("child")["facts"].get("other_parent_consent") is True


def _answered(story: str) -> Chat:
    """A chat told `story`, its questions answered plainly and the read-back confirmed."""
    chat = Chat(today=TODAY)
    chat.say(story)
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def _belgian_mother() -> Chat:
    return _answered(
        "ik ben [belgische](sponsor_status:belgian) en mijn [zoon](relationship:child) woont in "
        "marokko, hij is [20](age)"
    )


def test_money_sent_as_proof_is_answered_as_dependency_not_the_art_10_income_text():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent van de Belg" (z4: "ik stuur hem geld elke maand ... is da goed genoeg
    als bewijs?" got "(art. 10, §2 Vreemdelingenwet)", a Belgian's son)."""
    chat = _belgian_mother()
    reply = chat.say(
        "awel ik stuur hem geld elke maand zo 200 euro, soms via de bank, soms cash. is da goed "
        "genoeg als bewijs?",
        intent="ask_means_of_subsistence",
    )
    assert "art. 10, §2" not in reply, chat.transcript()
    assert "ten laste" in reply


def test_a_married_daughter_it_is_not_about_is_no_applicant():
    """z4: "mijn dochter salma is ook daar maar die is getrouwd, gaat niet over haar" was asked
    "Hoe oud is je dochter?" and stored."""
    chat = _belgian_mother()
    chat.say(
        "mijn [dochter](relationship:child) salma is ook daar maar die is getrouwd, gaat niet over haar"
    )
    assert [p["word"] for p in chat.people] == ["zoon"], chat.transcript()


def test_flemish_he_is_no_english_he():
    """z4: "22. maar ze komt NIET hé" took out the son ("hé" read as English "he")."""
    chat = _belgian_mother()
    reply = chat.say("[22](age). maar ze komt NIET hé, ze heeft haar eigen leven met haar man")
    assert "zoon weggelaten" not in reply, chat.transcript()
    assert [p["word"] for p in chat.people] == ["zoon"]


def test_a_long_no_with_relatives_is_no_feedback():
    """z4: "neeee. salma komt niet. AYOUB komt, mijn zoon van 20" after the answer was thanked
    as feedback ("Dank je voor je reactie")."""
    chat = _belgian_mother()
    reply = chat.say(
        "neeee. salma komt niet. AYOUB komt, mijn [zoon](relationship:child) van [20](age)",
        intent="deny",
    )
    assert "Dank je voor je reactie" not in reply, chat.transcript()


def test_a_husband_writing_for_his_wife_reads_her_son_as_her_child():
    """q2: "ik schrijf voor mijn vrouw Ana ... Zij is erkend vluchteling ... Haar zoon Diego (12)"
    was "de zoon van de vrouw van je vrouw", a stepchild of the sponsor; "Ana is zijn mama" then
    added a mother."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goedendag, ik schrijf voor mijn [vrouw](relationship:spouse) Ana, zij spreekt nog niet "
        "goed Nederlands. Zij is [erkend vluchteling](sponsor_status:refugee), sinds "
        "[9 december 2025](recognition_date:2025-12-09). Haar [zoon](relationship:child) Diego "
        "([12](age)) is nog in Guatemala bij de [oma](relationship:grandparent). Hoe kan hij komen?"
    )
    assert chat.state["writer"] == "helper", chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    reply = chat.say("Ja, Diego is geboren 2014, Ana is zijn [mama](relationship:parent).")
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    assert "vrouw van je vrouw" not in "\n".join(chat.log)
    assert "Hoe oud is je vrouw" not in reply


def test_a_cousin_who_says_something_is_no_applicant():
    """q1: "mijn neef lencho zegt abdi mag niet komen, alleen papa en mama. is dat waar? lencho
    woont in antwerpen" read back "Je neef: wil naar België komen"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [16](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds "
        "[20 oktober 2026](recognition_date:2026-10-20), alleen gekomen. mijn "
        "[papa](relationship:parent), [mama](relationship:parent) en mijn "
        "[broer](relationship:sibling) abdi van [12](age)"
    )
    chat.answer_plainly({})
    chat.say(
        "mijn [neef](relationship:other_relative) lencho zegt abdi mag niet komen, alleen "
        "[papa](relationship:parent) en [mama](relationship:parent). is dat waar? lencho woont "
        "in antwerpen"
    )
    assert "neef" not in [p["word"] for p in chat.people], chat.transcript()


def test_the_wife_abroad_writing_in_english_is_the_applicant():
    """z2: "my husband is refugee in belgium antwerpen. me and our children are in kampala
    uganda. how we come?" was asked "Op welke datum kreeg je je status" (the wife is the reader)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "hello pls help. my [husband](relationship:spouse) is [refugee](sponsor_status:refugee) "
        "in belgium antwerpen. me and our [children](relationship:child) are in kampala uganda. "
        "how we come?"
    )
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert any(p.get("self") and p["relationship"] == "spouse" for p in chat.people)


def test_a_name_and_an_age_do_not_answer_how_old_the_writer_is():
    """z2: "daniel is 2, he born 19 march 2024" to "Hoe oud ben je?" made the wife 2."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "my [husband](relationship:spouse) is [refugee](sponsor_status:refugee) in belgium. me "
        "and our [children](relationship:child) are in kampala. how we come?"
    )
    chat.say("akkoord", intent="affirm")
    for _ in range(6):
        if chat.question == "applicant.age" and chat.person("spouse").get("self"):
            break
        chat.say("ja", intent="affirm")
    if chat.question == "applicant.age":
        chat.say("daniel is [2](age)")
        assert chat.person("spouse")["age"] != 2, chat.transcript()


def test_money_that_does_not_always_come_takes_no_one_out():
    """u5: "nee opa heeft nie genoeg, ongeveer 250 euro per maand en da komt nie eens altijd"
    took out the grandfather ("Ik heb de papa van je papa weggelaten")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian). mijn [opa](relationship:grandparent) is [79](age) "
        "en woont in irak"
    )
    reply = chat.say(
        "nee [opa](relationship:grandparent) heeft nie genoeg, ongeveer 250 euro per maand en da "
        "komt nie eens altijd",
        intent="deny",
    )
    assert "weggelaten" not in reply, chat.transcript()
    assert "grandparent" in [p["relationship"] for p in chat.people]


def test_an_employer_with_a_werkman_writes_for_him():
    """v5: "ik ben marleen van de bakkerij ... ik heb nen werkman rahim uit bangladesh en ie is
    erkend als vluchteling ie wil zyn vrouw en zyn kleine jongen naar hier halen" was asked
    "Hoe oud is je vrouw?" and later read "Jij: Belg"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "goeiendag ik ben marleen van de bakkerij in roeselare ik heb nen werkman rahim uit "
        "bangladesh en ie is [erkend als vluchteling](sponsor_status:refugee) ie wil zyn "
        "[vrouw](relationship:spouse) naar hier halen"
    )
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "helper", chat.transcript()
    assert "je werknemer" in "\n".join(chat.log), chat.transcript()


def test_his_ventje_of_2_is_his_son():
    """v5: "zyn ventje is 2 jaar" stored "De man of vrouw van 2 jaar van je werknemer"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2026](recognition_date:2026-03-03). mijn [vrouw](relationship:spouse) is "
        "[26](age). mijn [ventje](relationship:spouse) is [2](age) jaar"
    )
    assert sorted(p["relationship"] for p in chat.people) == ["child", "spouse"], chat.transcript()


def test_i_type_for_him_in_english_is_a_helper():
    """v3: "I am his daughter, I type for him, he sits next to me" kept "Jij: erkend
    vluchteling" for the daughter."""
    chat = Chat(today=TODAY)
    chat.say(
        "Mijn [appa](relationship:parent) is [erkend als vluchteling](sponsor_status:refugee). "
        "I am his daughter, I type for him, he sits next to me."
    )
    assert chat.state["writer"] == "helper", chat.transcript()


def test_mijn_kinderen_zijn_4_then_their_ages_is_a_count():
    """u1: "Mijn kinderen zijn 4, Mariam is 18 jaar, Hamid 16, Sadaf 12, Yasin 7." gave a deadline
    for "je kind van 4 jaar", a child who does not exist."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). Mijn [vrouw](relationship:spouse) "
        "is [41](age) jaar. Mijn [kinderen](relationship:child) zijn [4](age), Mariam is "
        "[18](age) jaar, Hamid [16](age), Sadaf [12](age), Yasin [7](age)."
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [7, 12, 16, 18], chat.transcript()


def test_came_here_as_a_refugee_in_93_keeps_the_belgian():
    """Round 118, t3: "mijn pa is hier in 93 als vluchteling gekomen, maakt da iets uit?" from a
    son writing for his Belgian father read back "Je pa: erkend vluchteling"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn [pa](relationship:parent), hij is [belg](sponsor_status:belgian). hij "
        "wil zijn [vrouw](relationship:spouse) amra naar hier halen"
    )
    chat.say(
        "mijn [pa](relationship:parent) is hier in 93 als [vluchteling](sponsor_status:refugee) "
        "gekomen, maakt da iets uit?"
    )
    assert chat.sponsor["status"] == "belgian", chat.transcript()
    assert chat.state["writer"] == "helper"


def test_each_other_is_no_relative():
    """Round 118, s5: "we know each other since 2023 from family" added "De other van je man"."""
    chat = Chat(today=TODAY)
    chat.say(
        "my [husband](relationship:spouse) has [B card](sponsor_status:third_country_national)"
    )
    before = len(chat.people)
    chat.say("we know each [other](relationship:other_relative) since 2023 from family")
    assert len(chat.people) == before, chat.transcript()


def test_a_son_who_turned_18_after_the_recognition_keeps_no_right_as_a_child():
    """Seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn recht op
    gezinshereniging indien het meerderjarig geworden is tijdens het onderzoek van deze
    aanvraag" (round 118, q5: "mabior was 14 toen ik asiel vroeg ... behoudt ie zijn recht als
    kind?" got "Ja, dat telt" for a son of 22, recognised in 2019)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[21 januari 2019](recognition_date:2019-01-21). mijn [zoon](relationship:child) mabior "
        "is [22](age)"
    )
    chat.answer_plainly({"applicant.disabled": "nee"})
    reply = chat.say("mabior was [14](age) toen ik asiel vroeg. behoudt hij zijn recht als kind?")
    assert "Ja, dat telt" not in reply, chat.transcript()


def test_my_mother_dont_come_in_english_is_no_applicant():
    """Round 118, z2: "ok. and my brother joel 16 he stay with me but he will go back to my
    mother, he dont come" read back "Je broer: 16 jaar"."""
    chat = Chat(today=TODAY)
    chat.say(
        "my [husband](relationship:spouse) is [refugee](sponsor_status:refugee) in belgium. "
        "my [daughter](relationship:child) is [9](age)"
    )
    chat.say("my [mother](relationship:parent) dont come, only me and my daughter")
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_a_foster_mother_whose_boys_name_was_redacted_still_reads_je_pleegzoon():
    """Round 118, t4: the story is stored redacted ("ik ben de pleegmoeder van [naam] (18)") and
    re-read at the consent; the next question said "Hoe oud is je cliënt?"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goedendag, ik ben de pleegmoeder van [naam] (18), een jongen uit Guinee. Hij is "
        "[erkend als vluchteling](sponsor_status:refugee) en wil zijn [mama](relationship:parent)"
        " naar België halen."
    )
    reply = chat.say("akkoord", intent="affirm")
    assert "cliënt" not in reply, chat.transcript()


def test_an_adult_daughter_of_a_mother_with_temporary_protection_hears_she_has_no_right():
    """Seed 000: "Is dit niet het geval dan heb je als meerderjarige dochter of zoon van een
    derdelands ouder geen recht op gezinshereniging. Wel kan je een humanitair visum aanvragen."
    (round 118, t1: "Mijn bronnen zeggen niet of je dan recht hebt op gezinshereniging")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "ik ben [19](age) en ik woon in polen. mijn [mama](relationship:parent) woont in belgië. "
        "kan ik naar haar komen?"
    )
    chat.say("akkoord", intent="affirm")
    reply = chat.say(
        "mama heeft [tijdelijke bescherming](sponsor_status:temporary_stay), geen asiel"
    )
    assert "geen recht op gezinshereniging" in reply, chat.transcript()
    assert "zeggen niet of" not in reply


def test_a_congolese_guardianship_of_a_belgians_granddaughter_names_the_ratification():
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank" (round 118, s3: "De buitenlandse
    beslissing over de voogdij bewijst dan ... Voeg ze toe, met de overlijdensakten van de
    ouders" of a girl whose parents live)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belgische](sponsor_status:belgian). mijn [kleindochter](relationship:grandchild)"
        " grace is [11](age) en woont in kinshasa"
    )
    chat.answer_plainly({})
    reply = chat.say("de voogdij van de congolese rechter, telt die in belgië?")
    assert "overlijdensakten" not in reply, chat.transcript()
    assert "Belgische rechtbank" in reply


def _belgian_daughter_for_her_mother() -> Chat:
    return _answered(
        "ik ben [belgische](sponsor_status:belgian) en ik ben [38](age:sponsor). mijn "
        "[mama](relationship:parent) is [62](age), weduwe, en woont in turkije"
    )


def test_together_with_my_husband_we_earn_adds_no_husband():
    """Round 118, q3: "Moet ik 1555 euro verdienen? Met mijn man samen zijn we 4450, we hebben
    een eigen huis" read back "Je man of vrouw: wil naar België komen" and answered the deed
    practice of seed 004 (art. 40ter) for a mother who has only the humanitarian visa."""
    chat = _belgian_daughter_for_her_mother()
    reply = chat.say(
        "Moet ik 1555 euro verdienen? Met mijn [man](relationship:spouse) samen zijn we 4450, we "
        "hebben een eigen huis met een kamer vrij.",
        intent="ask_housing",
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "40ter" not in reply


def test_you_say_she_must_be_21_is_no_age_of_hers():
    """Rounds 117-119, u4: "my wife is 19. you say she must be 21. why? are you sure??" read
    back "Ik heb het aangepast. • Je vrouw: 21 jaar"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2025](recognition_date:2025-03-03). mijn [vrouw](relationship:spouse) is "
        "[19](age)"
    )
    reply = chat.say(
        "no no. my wife is [19](age). you say she must be [21](age). why? are you sure??"
    )
    assert chat.person("spouse")["age"] == 19, chat.transcript()
    assert "21 jaar" not in reply


def test_the_other_two_is_no_relative():
    """Round 119, t2: "the other two: Precious my girl is 14 and Daniel is 10" gave "Voor je
    ouder is het een aanvraag voor een humanitair visum"."""
    chat = Chat(today=TODAY)
    chat.say(
        "i am [refugee](sponsor_status:refugee) since [16 may 2025](recognition_date:2025-05-16)."
        " my [son](relationship:child) emmanuel is [20](age)"
    )
    chat.say(
        "the [other](relationship:parent) two: Precious my girl is [14](age) and Daniel is [10](age)"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def _church_marriage() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik schrijf voor mijn cliënte helen, ze is [erkend vluchteling](sponsor_status:refugee) "
        "sinds [3 september 2026](recognition_date:2026-09-03). haar [man](relationship:spouse) "
        "is [34](age), ze zijn [enkel in de kerk getrouwd](marriage_type:religious_or_customary)"
    )
    return chat


def test_the_bots_own_quoted_words_tell_no_official_marriage():
    """Round 119, u2: "Ge zegt 'nakijken of het huwelijk officieel geldt in het land waar ze
    trouwden'. Welk land is dat dan voor hen?" stored "officieel getrouwd"."""
    chat = _church_marriage()
    chat.say(
        "Ge zegt 'nakijken of het huwelijk [officieel](marriage_type:official) geldt in het land"
        " waar ze trouwden'. Welk land is dat dan voor hen?"
    )
    assert chat.person("spouse")["facts"].get("marriage") != "official", chat.transcript()


def test_niet_officieel_getrouwd_enkel_in_de_kerk_is_religious():
    """Round 119, u2: "ze zijn NIET officieel getrouwd, enkel in de kerk" kept "officieel
    getrouwd"."""
    chat = _church_marriage()
    chat.say("ze zijn [officieel](marriage_type:official) getrouwd")
    chat.say(
        "Neenee, da's nie juist: ze zijn NIET [officieel getrouwd](marriage_type:religious_or_"
        "customary), enkel in de [kerk](marriage_type:religious_or_customary)"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "religious_or_customary", (
        chat.transcript()
    )


def test_a_sons_nichtje_is_his_fathers_granddaughter():
    """Round 119, v4: "ik typ voor mijn papa ... hij wil mijn nichtje amina en mijn oma naar hier
    halen" stored "het nichtje van je papa" (Amina is papa's granddaughter), then a second
    Amina."""
    chat = Chat(today=TODAY)
    chat.say(
        "hallo ik ben adam ik typ voor mijn [papa](relationship:parent) want hij schrijft geen "
        "nederlands. papa is [vluchteling](sponsor_status:refugee) uit tsjetsjenie. hij wil mijn "
        "[nichtje](relationship:other_relative) amina en mijn [oma](relationship:grandparent) "
        "naar hier halen. kan da?"
    )
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["grandchild", "parent"], chat.transcript()


def test_a_daughter_here_writing_about_her_recognised_father_is_no_sponsor():
    """Round 119, v3: "Ik ben Tharshini, ik studeer in Leuven. Mijn appa (papa) is erkend als
    vluchteling. Mijn amma, mijn broer en mijn zus zijn nog in Sri Lanka" read back "Jij: erkend
    vluchteling", lost the mother, and stored the brother and sister as his siblings."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Hello, goedemiddag. Ik ben Tharshini, ik studeer in Leuven. Mijn appa ([papa]"
        "(relationship:parent)) is [erkend als vluchteling](sponsor_status:refugee). Mijn amma, "
        "mijn [broer](relationship:sibling) en mijn [zus](relationship:sibling) zijn nog in Sri "
        "Lanka. Can they come here?"
    )
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "helper", chat.transcript()
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["child", "child", "spouse"], chat.transcript()
    assert "cliënt" not in "\n".join(chat.log), chat.transcript()  # round 121: "je cliënt"


def test_a_court_for_children_is_no_child_and_the_childs_mother_in_brackets_no_applicant():
    """Round 119, s3: "mijn zus nadine (haar mama) zit ... in de psychiatrie ... ma is een
    voogdijzaak begonnen bij de tribunal pour enfants" asked "Hoe oud is je zus?" and "Hoe oud
    is het eerste pleegkind van je moeder?"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn [moeder](relationship:parent), ze is [belg](sponsor_status:belgian). "
        "het gaat over haar [kleindochter](relationship:grandchild) grace van [11](age) in "
        "kinshasa"
    )
    chat.say(
        "mijn [zus](relationship:sibling) nadine (haar [mama](relationship:parent)) zit in de "
        "psychiatrie. ma is een voogdijzaak begonnen bij de tribunal pour "
        "[enfants](relationship:child) in kinshasa"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_haal_dat_weg_with_facts_corrects_and_erases_nothing():
    """Round 120, s2: "er is GEEN man van 7 jaar. haal dat weg pls. Luis is mijn vriend van 35,
    dat is alles" (read as request_erasure by the NLU) erased the whole conversation."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). mijn "
        "[dochter](relationship:child) is [7](age)"
    )
    chat.say(
        "er is GEEN [man](relationship:spouse) van [7](age) jaar. haal dat weg pls. Luis is mijn "
        "[vriend](relationship:partner) van [35](age), dat is alles",
        intent="request_erasure",
        confidence=0.33,
    )
    assert not chat.last.erased, chat.transcript()
    assert "child" in [p["relationship"] for p in chat.people]


@pytest.mark.parametrize(
    "told",
    [
        "nee sorry [22](age). [15 maart 2004](recognition_date:2004-03-15)",
        "ja hij was [16](age), asiel [6 februari 2024](recognition_date:2024-02-06). ik heb "
        "bijlage 26 nog",
        "in het vonnis van de scheiding ([12 maart 2019](recognition_date:2019-03-12)) staat dat "
        "alleen zij het hoederecht heeft",
        "nee [2004](recognition_date:2004-01-01|approximate) is geboorte van mabior",
    ],
)
def test_a_birth_an_asylum_or_a_divorce_date_is_no_recognition_date(told):
    """Rounds 119-120 (q5, s1, q2): "Jij: erkend vluchteling, sinds 15 maart 2004" (the son's
    birth), "sinds 6 februari 2024" (the asylum application), "sinds 12 maart 2019" (a
    divorce)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [zoon](relationship:child) is "
        "[21](age)"
    )
    chat.say(told)
    assert not chat.sponsor.get("recognition_date"), chat.transcript()


@pytest.mark.parametrize(
    "told",
    [
        "ze is [27](age) jaar, [99](age) is haar geboortejaar",
    ],
)
def test_a_birth_year_is_no_age(told):
    """Round 120: "nee ze is 27 jaar, 99 is haar geboortejaar" (s4: "De vrouw ...: 99 jaar");
    "iemand in het AZC zei dat ze maar 1 jaar had" (z3: "De moeder van je cliënt: 1 jaar")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [vrouw](relationship:spouse) "
        "wil komen"
    )
    assert chat.question == "applicant.age", chat.transcript()
    chat.say(told)
    assert chat.person("spouse")["age"] == 27, chat.transcript()


def test_a_grandmother_added_later_ends_the_childs_alone_exemption():
    """Seed 003: "... en de enige is die zich bij de gezinshereniger komt voegen" (round 120, z5:
    "Je hoeft dit niet te bewijzen: je dochter ... komt als enige" with the grandmother applying
    too, after an earlier "ja, alleen Valeria")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[14 juni 2024](recognition_date:2024-06-14). mijn [dochter](relationship:child) is "
        "[11](age)"
    )
    chat.answer_plainly({"applicant.custody": "alleen ik"})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("en mijn [mama](relationship:parent) van [63](age) moet ook komen")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "moet ik inkomen bewijzen voor mijn dochter?", intent="ask_means_of_subsistence"
    )
    assert "als enige" not in reply or "niet de enige" in reply, chat.transcript()


def test_a_son_typing_for_his_mother_reads_her_granddaughter_as_hers():
    """Round 120, s3: "ik typ voor mijn moeder ... het gaat over haar kleindochter in kinshasa,
    de dochter van mijn zus" was asked "Hoe oud is je kleindochter?" (15 texts to the uncle)."""
    chat = Chat(today=TODAY)
    chat.say(
        "goeiemiddag, ik typ voor mijn [moeder](relationship:parent), zij spreekt beter frans. "
        "het gaat over haar [kleindochter](relationship:grandchild) in kinshasa, de dochter van "
        "mijn [zus](relationship:sibling). kan ma haar naar belgie halen?"
    )
    reply = chat.say("ze is [belg](sponsor_status:belgian)")
    assert "je kleindochter" not in reply.lower().replace("de kleindochter van je", ""), reply
    assert "kleindochter van je moeder" in reply, chat.transcript()


def test_papa_is_haar_opa_adds_no_one():
    """Round 121, v4: "eig is amina de dochter van mijn broer rustam ... dus papa is haar opa"
    from a son typing for his father asked "Is de opa van je papa op hoge leeftijd?"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn [papa](relationship:parent), hij is [vluchteling](sponsor_status:refugee)"
        ". hij wil mijn [nichtje](relationship:other_relative) amina naar hier halen"
    )
    chat.say(
        "eig is amina de dochter van mijn [broer](relationship:sibling) rustam, die is gestorven "
        "in 2023. dus papa is haar [opa](relationship:grandparent)"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_a_daughter_typing_for_her_father_reads_his_father_as_je_opa():
    """Rounds 117-121, u5: "ik typ voor mijn papa ... zijn papa (mijn opa) woont in koerdistan"
    read "Heeft je papa zelf genoeg geld" and "Je papa: 80 jaar" of the grandfather."""
    chat = Chat(today=TODAY)
    chat.say(
        "hoi, ik ben dilan (17), ik typ voor mijn [papa](relationship:parent) want zijn "
        "nederlands schrijven is nie zo goed. papa is [belg](sponsor_status:belgian). zijn "
        "[papa](relationship:parent) (mijn [opa](relationship:grandparent)) woont in koerdistan "
        "irak en heeft dementie. kan hij naar hier komen wonen bij ons?"
    )
    reply = chat.say("mijn papa is [49](age:sponsor). opa is [80](age) btw")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "je opa" in reply.lower() and "je papa zelf" not in reply.lower(), chat.transcript()


def test_the_helpers_own_b_card_leaves_his_wifes_status():
    """Round 121, q2: "Ana verdient 1480 netto en ik 2350 ... Ik heb B-kaart, ik ben geen
    vluchteling." from the husband who types for his recognised wife read back "Je vrouw:
    niet-EU-burger met verblijf in België"."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goedendag, ik schrijf voor mijn [vrouw](relationship:spouse) Ana. Zij is [erkend "
        "vluchteling](sponsor_status:refugee). Haar [zoon](relationship:child) Diego is [12](age)"
    )
    chat.say(
        "Ana verdient 1480 netto en ik 2350. Telt mijn salaris mee? Ik heb [B-kaart]"
        "(sponsor_status:third_country_national), ik ben geen vluchteling."
    )
    assert chat.sponsor["status"] == "refugee", chat.transcript()


def test_a_nikah_khat_of_the_family_court_is_an_official_marriage():
    """Seed 000: "... wanneer jouw religieus of gewoonterechtelijk huwelijk ook als officieel
    huwelijk geldt in het land waar het huwelijk werd afgesloten" (round 121, u1: "Wij hebben
    nikah-khat van de familierechtbank Kabul" gave the wife a humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [vrouw](relationship:spouse) "
        "is [41](age)"
    )
    chat.say(
        "[Nikah](marriage_type:religious_or_customary). Wij hebben nikah-khat van de "
        "familierechtbank Kabul. Is dat [officieel](marriage_type:official)?"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()


def test_an_employer_asking_as_a_belgian_leaves_her_workers_status():
    """Round 122, v5: "kan ik als belg voor de vrouw van rahim gezinshereniging aanvragen ja of
    nee" from the baker read back "Je werknemer: Belg" (he is an asylum seeker)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben marleen van de bakkerij, ik heb nen werkman rahim. ie is nog [asielzoeker]"
        "(sponsor_status:asylum_seeker) en wil zyn [vrouw](relationship:spouse) naar hier halen"
    )
    chat.say(
        "kan ik als [belg](sponsor_status:belgian) voor de vrouw van rahim gezinshereniging "
        "aanvragen ja of nee"
    )
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()


def test_the_typing_daughters_own_age_is_not_her_fathers():
    """Round 122, u5: "btw moet ik ook iets tekenen? ik ben 17 idk of da mag" from the daughter
    who types for her Belgian father read back "Je papa: Belg, 17 jaar"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn [papa](relationship:parent), papa is [belg](sponsor_status:belgian) en "
        "[49](age:sponsor). zijn [papa](relationship:parent) (mijn [opa]"
        "(relationship:grandparent)) is [79](age) en woont in irak"
    )
    chat.say("btw moet ik ook iets tekenen? ik ben [17](age:writer) idk of da mag")
    assert chat.sponsor.get("age") == 49, chat.transcript()


def test_niks_van_papieren_geen_trouwboekje_tells_no_official_marriage():
    """Round 122, s4: "hij heeft NIKS van papieren. geen paspoort nooit gehad geen trouwboekje
    niks" read back "De vrouw van je ploegmaat: 27 jaar, officieel getrouwd" (an imam
    marriage), which took away the soft procedure."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn ploegmaat, hij is [erkend vluchteling](sponsor_status:refugee). zijn "
        "[vrouw](relationship:spouse) is [27](age), ze zijn [bij de imam getrouwd]"
        "(marriage_type:religious_or_customary)"
    )
    chat.say(
        "ok mo probleem: hij heeft NIKS van papieren. geen paspoort nooit gehad geen trouwboekje "
        "niks. kan da zonder paspoort??"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "religious_or_customary", (
        chat.transcript()
    )


def test_religious_not_official_there_and_years_a_belgian_are_kept_apart():
    """Round 122, t3: "alleen het burgerlijk huwelijk telt, dus da religieus huwelijk is daar ni
    officieel" stored "officieel getrouwd"; "mijne pa is al 25 jaar belg" read back "Je pa:
    Belg, 25 jaar"."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik typ voor mijn [pa](relationship:parent), hij is [belg](sponsor_status:belgian) en "
        "[58](age:sponsor). hij is [bij een imam getrouwd](marriage_type:religious_or_customary) "
        "met amra, zijn [vrouw](relationship:spouse) van [44](age)"
    )
    chat.say(
        "de [imam](marriage_type:religious_or_customary) zei da in bosnië alleen het "
        "[burgerlijk](marriage_type:official) huwelijk telt, dus da [religieus]"
        "(marriage_type:religious_or_customary) huwelijk is daar ni officieel. wa dan?"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "religious_or_customary", (
        chat.transcript()
    )
    chat.say("mijne pa is al [25](age) jaar belg")
    assert chat.sponsor.get("age") == 58, chat.transcript()


@pytest.mark.parametrize(
    "told",
    [
        "Huda, mijn [dochter](relationship:child) van 8 jaar, is verdwenen uit de lijst, zij moet"
        " erbij.",
        "Nee nee, mijn [dochter](relationship:child) is niet dood en niet vermist",
    ],
)
def test_gone_from_the_list_or_not_missing_is_no_death(told):
    """Round 123, t5: "Huda ... is verdwenen uit de lijst", "mijn dochter is niet dood en niet
    vermist" got "Wat erg van je dochter" and three children were dropped."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). mijn [dochter](relationship:child) "
        "huda is [8](age)"
    )
    reply = chat.say(told)
    assert "Wat erg" not in reply, chat.transcript()
    assert "child" in [p["relationship"] for p in chat.people]
