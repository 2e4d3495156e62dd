"""Findings of panel round 83 (stop 40, ten new families), each named by the user's words or
the seed sentence. The messages carry the entities and intents the project's NLU gave."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _yonas() -> Chat:
    """An Eritrean refugee since 20 July 2026; his wife of 29, a son of 17 and a daughter of 8
    in Addis Abeba, married at the town hall in Asmara."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 juli 2026]"
             "(recognition_date:2026-07-20), [mijn vrouw](relationship:spouse) ([29](age)) en "
             "[mijn zoon](relationship:child) van [17](age) en [dochter](relationship:child) van "
             "[8](age) zijn in addis abeba")  # fmt: skip
    chat.say("ja we zijn getrouwd op het gemeentehuis in asmara in 2016")
    return chat


def test_akte_niet_gelegaliseerd_en_geen_paspoort__both_answered():
    """Seed 000: "gezinshereniging wel mogelijk wanneer 'andere geldige bewijzen' worden
    voorgelegd ... wanneer de legalisatie ontbreekt"; seed 002: a missing travel document.
    "mijn huwelijksakte kan niet gelegaliseerd worden, wat nu? en ze hebben geen paspoort"
    (the NLU: ask_travel_document) answers both, not only the passport (a helper's two
    questions in one message)."""
    chat = _yonas()
    reply = chat.say("mijn huwelijksakte kan niet gelegaliseerd worden, wat nu? en ze hebben "
                     "geen paspoort", intent="ask_travel_document")  # fmt: skip
    assert "andere geldige bewijzen" in reply, chat.transcript()
    assert "zonder paspoort" in reply


def _samuel() -> Chat:
    """A Nigerian with a B card, 45; his wife of 38 (official marriage), Daniel of 15, their
    common son, and Esther of 19 (panel 83, j1)."""
    chat = Chat(today=TODAY)
    chat.say("ik woon in belgie sinds 2017 en heb [B kaart](sponsor_status:third_country_national)"
             ". [mijn vrouw](relationship:spouse) is [38](age), officieel getrouwd in lagos. "
             "[kinderen](relationship:child) zijn Daniel [15](age) en Esther [19](age)")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[45](age)", "applicant.disabled": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_ze_woont_nog_bij_haar_moeder__the_wife_who_comes_does_not_stay():
    """Seed 000: a grown child's humanitarian visa "heeft kans op slagen als je aantoont dat je
    ... anders helemaal alleen en geïsoleerd achterblijft". "ze is niet getrouwd en woont nog
    bij haar moeder" of the sponsor's wife, who comes, is no parent who stays (panel 83, j1:
    "Je dochter woont bij de andere ouder, die blijft", kans zeer klein)."""
    chat = _samuel()
    chat.say("en [mijn dochter](relationship:child) van [19](age)? ze is niet getrouwd en woont "
             "nog bij haar moeder. wat moet ze doen")  # fmt: skip
    daughter = chat.person("child", 1)
    assert daughter["facts"].get("isolated") is not False, chat.transcript()
    assert "die blijft" not in chat.transcript()


def test_ze_woont_bij_haar_papa__an_ex_who_stays_still_counts():
    """The other side (panel 73, h5): a B-card mother's daughter of 19 who lives with her
    father, who is no partner of hers, is not alone."""
    chat = Chat(today=TODAY)
    chat.say("ik heb een [B kaart](sponsor_status:third_country_national), ik ben [40](age:sponsor)"
             ". [mijn dochter](relationship:child) is [19](age) en woont bij haar papa in "
             "kinshasa")  # fmt: skip
    assert chat.person("child")["facts"].get("isolated") is False, chat.transcript()


def test_mijn_client_omar_41_tussen_haakjes__the_clients_age():
    """ "Ze is 33. Zoon Adam is 6. Mijn cliënt (Omar, 41) kreeg subsidiaire bescherming":
    41 is the client's, and the wife stays 33 (panel 83, i2: "Over wie gaat 41 jaar?", then
    "Je cliënt: ... 33 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker. mijn cliënt heeft [subsidiaire bescherming]"
             "(sponsor_status:subsidiary_protection). hij wil [zijn vrouw](relationship:spouse) "
             "en [zoontje](relationship:child) laten overkomen")  # fmt: skip
    chat.say("Ze is [33](age). [Zoon](relationship:child) Adam is [6](age). Mijn cliënt (Omar, "
             "[41](age)) kreeg subsidiaire bescherming op [10 mei 2025]"
             "(recognition_date:2025-05-10).")  # fmt: skip
    assert chat.sponsor.get("age") == 41, chat.transcript()
    assert chat.person("spouse")["age"] == 33


def test_zijn_andere_zoon_die_bij_hem_woont__no_one_added():
    """ "Telt het kindergeld voor zijn andere zoon, die bij hem woont, ook mee?": a son who
    lives with the client here, no one who comes (panel 83, i2: "Hoe oud is de zoon van de
    vrouw van je cliënt?", then the real son left out)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker. mijn cliënt ([41](age)) heeft [subsidiaire "
             "bescherming](sponsor_status:subsidiary_protection) sinds [10 mei 2025]"
             "(recognition_date:2025-05-10). [zijn vrouw](relationship:spouse) is [33](age) en "
             "[hun zoon](relationship:child) Adam is [6](age)")  # fmt: skip
    chat.answer_plainly({"applicant.marriage": "officieel"})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("Hij verdient 1.400 euro netto. Is dat voldoende? Telt het kindergeld voor "
             "[zijn andere zoon](relationship:child), die bij hem woont, ook mee?",
             intent="ask_means_of_subsistence")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["spouse", "child"], chat.transcript()


def _bilal() -> Chat:
    """Bilal, 19, came alone at 16, refugee since February 2025; his mother, his brother of 12
    and his sister of 20 in Peshawar (panel 83, i4)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 februari 2025]"
             "(recognition_date:2025-02-01), ik ben [19](age:sponsor). ik kwam alleen, ik was 16 "
             "toen ik asiel vroeg. [mijn moeder](relationship:parent), [broer](relationship:sibling)"
             " van [12](age) en [zus](relationship:sibling) van [20](age) zijn in peshawar")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_kan_hij_komen_als_mama_niet_mag__without_a_question_mark():
    """Seed 000: "Indien je ouders niet meekomen naar België ... De kans op slagen is in dit
    geval veel lager." "en omid is 12 kan hij komen als mama niet mag", without a question
    mark, is that supposition (panel 83, i4: "Heb je nog een vraag?")."""
    chat = _bilal()
    reply = chat.say("[mijn zus](relationship:sibling) is [20](age) ze woont altijd bij mama. en "
                     "omid is [12](age) kan hij komen als mama niet mag")  # fmt: skip
    assert "Als je moeder niet meekomt" in reply, chat.transcript()


def _hawa() -> Chat:
    """Hawa, refugee since 1 September 2026; her daughter of 10 in Conakry, whose father is
    gone (panel 83, i5)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 september 2026]"
             "(recognition_date:2026-09-01). [mijn dochter](relationship:child) is [10](age) en "
             "woont in conakry")  # fmt: skip
    chat.answer_plainly({
        "applicant.common_child": "nee",
        "applicant.custody": "de papa is weg, niemand weet waar hij is. er is geen rechter die "
                             "iets beslist heeft",
    })  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_de_papa_is_weg_moet_hij_toestemming_geven__how_a_missing_parent_is_shown():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    instanties van het land van herkomst die dat bevestigt. Of moet je de afwezigheid bewijzen
    met een rechterlijke beslissing." After "de papa is weg", "moet hij toestemming geven?"
    hears that, cited to art. 40ter only (panel 83, i5: the shared custody's consent, four
    times; then the same text cited to humanitarian practice)."""
    chat = _hawa()
    reply = chat.say("en de papa? ik weet niet waar hij is, moet hij toestemming geven?")
    assert "attest van de officiële instanties" in reply, chat.transcript()
    assert "praktijk DVZ bij gezinshereniging met een Belg" in reply  # seed 004's, said as
    assert "humanitair visum" not in reply  # such: no art. 40ter to a refugee (panel 93)


def test_moet_mama_iets_betalen_en_hoe_lang_duurt_het__both_answered():
    """ "moet mama iets betalen voor de aanvraag? en hoe lang duurt het" (the NLU:
    ask_processing_time) answers the fee too (panel 83, j5: the duration only)."""
    chat = _yonas()
    chat.answer_plainly({"sponsor.age": "[38](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("moeten ze iets betalen voor de aanvraag? en hoe lang duurt het",
                     intent="ask_processing_time")  # fmt: skip
    assert "retributie" in reply and "duurt" in reply, chat.transcript()


def test_do_i_pay_something_and_fingerprints__seed_002():
    """Seed 002: "De aanvrager die geen reisdocument voorlegt waarin een visum D kan worden
    aangebracht moet zijn vingerafdrukken laten nemen." "do i pay something? ... and
    fingerprints" answers the fee and the fingerprints (panel 83, j4: the post again)."""
    chat = _yonas()
    chat.answer_plainly({"sponsor.age": "[38](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("ok. do i pay something? and fingerprints?", intent="affirm")
    assert "vingerafdrukken" in reply and "retributie" in reply, chat.transcript()


def test_welke_bewijzen_van_onze_relatie_we_woonden_samen__the_relations_proofs():
    """Seed 000 (feitelijke partners): "Hierbij vormt het bestaan van gemeenschappelijke
    kinderen vaak een cruciaal element. Indien jouw partner internationale bescherming geniet,
    zullen ook de relevante verklaringen tijdens het persoonlijk onderhoud met het CGVS ...
    belangrijk zijn." "en als we niet trouwen, welke bewijzen van onze relatie moet Yusuf
    geven? ... woonden samen tot ik vluchtte" hears those, not the registered partnership's
    12 months of cohabitation (panel 83, j3)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 november 2026]"
             "(recognition_date:2026-11-10), ik ben [31](age:sponsor). [mijn partner]"
             "(relationship:partner) is [35](age), we zijn nooit getrouwd. [onze zoon]"
             "(relationship:child) is [3](age)")  # fmt: skip
    chat.answer_plainly({"applicant.custody": "samen", "applicant.other_parent_consent": "ja"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en als we niet trouwen, welke bewijzen van onze relatie moet Yusuf geven? "
                     "we zijn samen sinds 2020 en woonden samen tot ik vluchtte",
                     intent="ask_documents")  # fmt: skip
    assert "CGVS" in reply, chat.transcript()
    assert "geregistreerd partnerschap" not in reply


def test_de_papa_zegt_niet_nee_hij_is_verdwenen__no_refusal_kept():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben ... Of moet je de
    afwezigheid bewijzen met een rechterlijke beslissing." A father who cannot be found
    refuses nothing: "de papa zegt niet nee. hij is verdwenen" takes back the "Nee" to the
    consent question, and the daughter keeps her right, the custody still to prove (panel 84,
    i5: "de andere ouder geeft geen toestemming" kept, then only a humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 september 2026]"
             "(recognition_date:2026-09-01). [mijn dochter](relationship:child) is [10](age)")  # fmt: skip
    chat.answer_plainly({
        "applicant.common_child": "nee. de papa is weg, niemand weet waar hij is",
        "applicant.custody": "samen",
        "applicant.other_parent_consent": "nee",
    })  # fmt: skip
    assert chat.person("child")["facts"].get("other_parent_consent") is False, chat.transcript()
    reply = chat.say("de papa zegt niet nee. hij is verdwenen, niemand weet waar hij is. dus "
                     "geen toestemming mogelijk")  # fmt: skip
    assert "attest van de officiële instanties" in reply, chat.transcript()
    assert "other_parent_consent" not in chat.person("child")["facts"], chat.transcript()
    reply = chat.say(
        "heeft [mijn dochter](relationship:child) dan recht?", intent="check_eligibility"
    )
    if "Klopt dat?" in reply:
        reply = chat.say("ja dat klopt", intent="affirm")
    assert "heeft recht op gezinshereniging" in reply, chat.transcript()
