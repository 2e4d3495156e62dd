"""Findings of panel round 37 (stop 29), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

REFUGEE = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 juli 2026](recognition_date:2026-07-03)"
)


def _ages(chat: Chat) -> list[int | None]:
    return sorted(p.get("age") for p in chat.people if p["relationship"] == "child")


def test_mijn_kinderen_selam_van_11_en_dawit_van_5__each_age_of_its_named_child():
    """ "mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama": the 5 went to
    "hun mama", named after it, and the bot asked "Over wie gaat 11 jaar?" (panel 37, h1)."""
    chat = Chat()
    chat.say(REFUGEE)
    reply = chat.say("mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama")
    assert _ages(chat) == [5, 11], chat.transcript()
    assert "Over wie gaat" not in reply


def test_mijn_dochters_rozhin_10_en_sara_7__ages_in_brackets_after_the_names():
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn dochters rozhin (10) en sara (7) zijn in irak")
    assert _ages(chat) == [7, 10], chat.transcript()


def test_a_plural_then_another_relative_with_his_own_age_keeps_both_apart():
    """The other side: "mijn kinderen zijn in kabul en mijn vrouw van 30" gives the 30 to the
    wife, not to the children."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen zijn in kabul en mijn vrouw van 30")
    assert chat.person("spouse")["age"] == 30, chat.transcript()
    assert all(p.get("age") is None for p in chat.people if p["relationship"] == "child")


def test_selam_is_eigenlijk_12__a_correction_by_the_childs_first_name():
    """ "sorry, selam is eigenlijk 12" after "selam van 11 en dawit van 5": the child told with
    that name is 12 now (panel 36 left "rozhin is 10"; panel 37, h1), and the open question is
    asked again, not given up as unanswered."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen selam van 11 en dawit van 5 zijn in ethiopie met hun mama")
    asked = chat.question
    reply = chat.say("sorry, selam is eigenlijk 12")
    assert _ages(chat) == [5, 12], chat.transcript()
    assert "Over wie gaat" not in reply
    reply = chat.say("en dawit is 6")
    assert _ages(chat) == [6, 12], chat.transcript()
    assert "verder zonder die informatie" not in reply and chat.question == asked


def test_a_name_never_told_with_an_age_is_still_asked_about():
    """The other side: "karim is 12" where no earlier message gave karim an age: the bot asks
    whose age it is rather than guessing."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("mijn kinderen van 11 en 5 zijn in ethiopie")
    chat.say("karim is 12")
    assert _ages(chat) == [5, 11], chat.transcript()


AFGHAN = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [4 september 2026](recognition_date:2026-09-04), ik ben [34](age:sponsor)."
    " [mijn vrouw](relationship:spouse) is [29](age), officieel getrouwd"
)


def test_de_taliban_geven_dat_niet_aan_vrouwen_alleen__women_in_general_are_no_second_wife():
    """ "mijn vrouw kan geen paspoort krijgen in kabul, de taliban geven dat niet aan vrouwen
    alleen": women in general; the bot asked "Hoe oud is je tweede vrouw?" (panel 37, g1)."""
    chat = Chat()
    chat.say(AFGHAN)
    chat.say(
        "[mijn vrouw](relationship:spouse) kan geen paspoort krijgen in kabul, de taliban geven"
        " dat niet aan [vrouwen](relationship:spouse) alleen. wat nu?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "tweede vrouw" not in chat.transcript()


def test_mijn_vrouwen_zijn_38_en_19__two_wives_told_stay_two():
    """The other side: the writer's own wives ("mijn vrouwen") are both relatives."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("[mijn vrouwen](relationship:spouse) zijn [38](age) en [19](age)")
    assert [p["relationship"] for p in chat.people] == ["spouse", "spouse"], chat.transcript()


def test_er_is_geen_tweede_vrouw__the_one_wife_stays():
    """ "er is GEEN tweede vrouw" took out the one wife, whose right then went from the
    summary (panel 37, g1: "Ik heb je vrouw weggelaten")."""
    chat = Chat()
    chat.say(AFGHAN)
    chat.say("er is GEEN tweede [vrouw](relationship:spouse)")
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "weggelaten" not in chat.transcript()


def test_geen_tweede_vrouw_takes_out_the_second_of_two():
    """The other side: of two wives stored, "geen tweede vrouw" leaves one."""
    chat = Chat()
    chat.say(REFUGEE)
    chat.say("[mijn vrouwen](relationship:spouse) zijn [38](age) en [19](age)")
    chat.say("sorry, er is geen tweede [vrouw](relationship:spouse)")
    assert [p.get("age") for p in chat.people] == [38], chat.transcript()


CLIENT = (
    "ik ben maatschappelijk werker en schrijf voor een cliënt, hij heeft"
    " [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
    " [2 oktober 2025](recognition_date:2025-10-02), hij is [45](age:sponsor). [zijn vrouw]"
    "(relationship:spouse) ([38](age)) en [kinderen](relationship:child) van [12](age) en"
    " [19](age) zitten in libanon"
)


def _relationships(chat: Chat) -> list[str]:
    return sorted(p["relationship"] for p in chat.people if not p.get("self"))


def client_asked_about_the_sons_handicap() -> Chat:
    """A social worker's client with a wife and children of 12 and 19, "ja" to every question
    up to the one about the son's handicap (the question is then about him)."""
    chat = Chat()
    chat.say(CLIENT)
    for _ in range(12):
        if chat.question == "applicant.disabled":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.disabled", chat.transcript()
    return chat


def test_hij_woont_bij_zijn_moeder_en_broertje__the_sons_family_is_the_clients():
    """A social worker on the client's son of 19: "hij woont bij zijn moeder en broertje",
    "zijn broertje van 12 en zijn moeder vragen ook aan": the client's wife and child of 12,
    not his mother and brother (panel 37, g3: "Is de moeder van je cliënt op hoge leeftijd?",
    "Het broertje van je cliënt: wil naar België komen")."""
    chat = client_asked_about_the_sons_handicap()
    chat.say(
        "nee, geen handicap. hij woont bij [zijn moeder](relationship:parent) en"
        " [broertje](relationship:sibling), studeert nog"
    )
    chat.say(
        "ja, [zijn broertje](relationship:sibling) van [12](age) en [zijn moeder]"
        "(relationship:parent) vragen ook aan"
    )
    assert _relationships(chat) == ["child", "child", "spouse"], chat.transcript()
    assert "moeder van je cliënt" not in chat.transcript()


def test_zijn_moeder_wil_ook_komen__the_clients_mother_when_no_child_is_asked_about():
    """The other side: before any question about a child, "zijn moeder" is the client's."""
    chat = Chat()
    chat.say(
        "ik schrijf voor een cliënt, hij is [erkend vluchteling](sponsor_status:refugee)."
        " [zijn moeder](relationship:parent) wil ook komen"
    )
    assert "parent" in _relationships(chat), chat.transcript()


def test_welke_documenten_heeft_de_oudste_nodig__the_oldest_childs_list():
    """ "wat moet de oudste aantonen?": the oldest child's documents, not the youngest's first
    (panel 37, g3)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [3 juli 2026](recognition_date:2026-07-03), [40](age:sponsor) jaar."
        " [mijn kinderen](relationship:child) zijn [12](age) en [9](age)"
    )
    reply = chat.say("welke documenten heeft de oudste nodig?", intent="ask_documents")
    assert "kind van 12 jaar" in reply and "kind van 9 jaar" not in reply, chat.transcript()


def test_wie_kan_mij_helpen_met_dit_mijn_voogd__the_helpers_not_the_privacy_notice():
    """A boy of 15: "wie kan mij helpen met dit? mijn voogd?" got the privacy notice (panel 37,
    g4; the NLU read ask_privacy). Seed 000: "Je doet daarom best beroep op een advocaat of
    gespecialiseerde hulpverlener"."""
    chat = Chat()
    reply = chat.say("wie kan mij helpen met dit? mijn voogd?", intent="ask_privacy")
    assert "advocaat" in reply and "Wat gebeurt er met je gegevens" not in reply, chat.transcript()


def test_wie_kan_mijn_gesprek_lezen__still_the_privacy_notice():
    """The other side: a question about the data keeps the privacy notice."""
    chat = Chat()
    reply = chat.say("wie kan mijn gesprek lezen?", intent="ask_privacy")
    assert "Wat gebeurt er met je gegevens" in reply, chat.transcript()


def test_kan_ik_dit_dossier_met_een_jurist_van_jullie_bespreken__the_hand_off():
    """ "Kan ik dit dossier met een jurist van jullie bespreken?" got the privacy notice (panel
    37, g3)."""
    chat = Chat()
    reply = chat.say(
        "Kan ik dit dossier met een jurist van jullie bespreken?", intent="ask_privacy"
    )
    assert "referentienummer" in reply, chat.transcript()


def _asylum_seekers_family() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker)."
        " [mijn vrouw](relationship:spouse) is [27](age) en [onze dochter](relationship:child)"
        " is [1](age) jaar"
    )
    chat.answer_plainly({"applicant.marriage": "officieel", "sponsor.age": "[30](age)"}, 20)
    assert chat.state.get("answered"), chat.transcript()
    return chat


def test_een_meerderjarige_vreemdeling_aan_wie_belgie_de_vluchtelingenstatus__after_recognition():
    """Seed 002: "Een meerderjarige vreemdeling aan wie België de vluchtelingenstatus of
    subsidiaire bescherming heeft toegekend kan, onder bepaalde voorwaarden, vervoegd worden
    door: zijn echtgenoot ...; zijn minderjarige kinderen". An asylum seeker asking "wat als
    ik erkend word? kan mijn vrouw en dochter dan direct komen?" got twice "Op die vraag vind
    ik geen antwoord" (panel 37, h4); seed 003's 12 months with its condition."""
    chat = _asylum_seekers_family()
    reply = chat.say("wat als ik erkend word? kan mijn vrouw en dochter dan direct komen?")
    assert "je onder voorwaarden via gezinshereniging komen vervoegen" in reply, chat.transcript()
    assert "al voor je aankomst in België" in reply
    assert "geen antwoord" not in reply


def test_a_recognised_refugee_asking_als_ik_erkend_word_hears_no_such_promise():
    """The other side: only an asylum seeker hears what a recognition would bring."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [3 juli 2026](recognition_date:2026-07-03), [40](age:sponsor) jaar."
        " [mijn vrouw](relationship:spouse) is [38](age), officieel getrouwd"
    )
    reply = chat.say("en als ik erkend word, kan mijn vrouw dan komen?")
    assert "onder voorwaarden via gezinshereniging komen vervoegen" not in reply


MINOR = (
    "ik ben [15](age:sponsor) jaar, alleen gekomen, ik ben [erkend vluchteling]"
    "(sponsor_status:refugee) sinds [6 oktober 2026](recognition_date:2026-10-06)."
    " [mijn mama](relationship:parent) moet komen"
)


def test_mama_kan_komen_ja__her_verdict_again():
    """A boy of 15 after the answer: "mama kan komen ja?", "mijn mama mag naar belgie komen of
    nee?" got twice "Op die vraag vind ik geen antwoord in mijn informatie" (panel 37, g4)."""
    chat = Chat.answered(MINOR)
    reply = chat.say("ik begrijp niet alles. [mama](relationship:parent) kan komen ja?")
    assert "Je mama: recht op gezinshereniging" in reply, chat.transcript()


def test_waar_mama_moet_gaan_in_conakry__where_to_apply_not_goodbye():
    """ "waar mama moet gaan? in conakry?" got "Dag! Veel sterkte." (panel 37, g4); seed 002:
    "bij elke Belgische ambassade of elk Belgisch consulaat"."""
    chat = Chat.answered(MINOR)
    reply = chat.say("waar [mama](relationship:parent) moet gaan? in conakry?", intent="goodbye")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def test_als_mama_ziek_is__a_supposition_notes_no_illness_for_the_sister():
    """ "als mama ziek is en nie kan komen, kan mijn zus alleen komen bij mij?": "Wat je
    vertelde over je zus ... Ziek" (panel 37, g4)."""
    chat = Chat.answered(MINOR + " en [mijn zus](relationship:sibling) van [8](age) ook")
    reply = chat.say(
        "als [mama](relationship:parent) ziek is en nie kan komen, kan [mijn zus]"
        "(relationship:sibling) alleen komen bij mij?"
    )
    assert "Wat je vertelde over je zus" not in reply, chat.transcript()


ERITREAN = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 juli 2026](recognition_date:2026-07-03), [39](age:sponsor) jaar. [mijn vrouw]"
    "(relationship:spouse) is [34](age), we zijn getrouwd in de kerk, niet bij de gemeente"
)


def test_als_je_geen_enkel_bewijs_kan_voorleggen__the_church_paper_lost():
    """Seed 000: "Als je geen enkel bewijs kan voorleggen van je reeds bestaande huwelijksband
    ... Er kan dan enkel een humanitair visum worden gevraagd. De slaagkansen zijn in dit geval
    veel onzekerder." "het papier van de kerk is kwijt, wat kan ik dan geven als bewijs dat we
    getrouwd zijn?" got the whole document list (panel 37, h1)."""
    chat = Chat.answered(ERITREAN, {"applicant.marriage": "religieus"})
    reply = chat.say(
        "maar het papier van de kerk is kwijt, wat kan ik dan geven als bewijs dat we getrouwd zijn?"
    )
    assert "Is er helemaal geen bewijs van het huwelijk? Dan kan alleen een humanitair visum" in (
        reply
    ), chat.transcript()
    assert "andere geldige bewijzen" in reply and "Documenten voor" not in reply


def test_a_lost_birth_certificate_is_no_question_about_the_marriage():
    """The other side: a child's lost deed gets no marriage texts."""
    chat = Chat.answered(
        ERITREAN + " en [ons kind](relationship:child) is [5](age)",
        {"applicant.marriage": "religieus"},
    )
    reply = chat.say("de geboorteakte van ons kind is kwijt, wat nu?")
    assert "bewijs van het huwelijk" not in reply, chat.transcript()


def test_zegt_mijn_neef__who_said_it_is_no_applicant():
    """ "in eritrea is trouwen in de kerk wel officieel zegt mijn neef. maar het papier is
    kwijt": "• Je neef: wil naar België komen" (panel 37, h1)."""
    chat = Chat.answered(ERITREAN, {"applicant.marriage": "religieus"})
    reply = chat.say(
        "in eritrea is trouwen in de kerk wel officieel zegt [mijn neef](relationship:other_relative)."
        " maar het papier is kwijt. kan ze dan toch gewone gezinshereniging krijgen?"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "andere geldige bewijzen" in reply


def test_mijn_neef_wil_ook_komen__a_cousin_who_comes_is_added():
    """The other side: a cousin who wants to come is a relative of the case."""
    chat = Chat.answered(ERITREAN, {"applicant.marriage": "religieus"})
    chat.say(
        "[mijn neef](relationship:other_relative) wil ook komen, hij zegt dat het gevaarlijk is"
    )
    assert "other_relative" in [p["relationship"] for p in chat.people], chat.transcript()


BLIND_SON = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [2 april 2026](recognition_date:2026-04-02), [66](age:sponsor) jaar. [mijn zoon]"
    "(relationship:child) is [25](age), hij is [blind](disability) en volledig afhankelijk van ons"
)


def _son(chat: Chat) -> dict:
    return chat.person("child")


def test_als_de_dokter_zegt_dat_mijn_zoon_niet_gehandicapt_genoeg_is__a_supposition():
    """ "als de dokter zegt dat mijn zoon niet gehandicapt genoeg is, kan hij dan nog iets
    anders aanvragen?" took the blind son's handicap out ("Ik heb het aangepast. • Je zoon: 25
    jaar") (panel 37, h3); seeds 000/001: no right as an adult child, a humanitarian visa."""
    chat = Chat.answered(BLIND_SON)
    assert _son(chat)["facts"].get("disabled"), chat.transcript()
    reply = chat.say(
        "als de dokter zegt dat mijn zoon niet gehandicapt genoeg is, kan hij dan nog iets"
        " anders aanvragen?"
    )
    assert _son(chat)["facts"].get("disabled"), chat.transcript()
    assert "geen recht op gezinshereniging als meerderjarig kind" in reply
    assert "Een humanitair visum kan dan nog" in reply and "Ik heb het aangepast" not in reply


def test_stel_dat_het_attest_negatief_is__the_same_answer_without_the_attest_list():
    chat = Chat.answered(BLIND_SON)
    reply = chat.say(
        "stel dat het attest van de dokter negatief is voor mijn zoon, kan hij dan een"
        " humanitair visum vragen?"
    )
    assert "Een humanitair visum kan dan nog" in reply, chat.transcript()
    assert "Het gezondheidsattest van je zoon" not in reply


def test_mijn_zoon_is_niet_gehandicapt__a_fact_still_takes_the_handicap_out():
    """The other side: said as a fact, the correction holds."""
    chat = Chat()
    chat.say(BLIND_SON)
    chat.say("sorry, mijn zoon is niet gehandicapt")
    assert not _son(chat)["facts"].get("disabled"), chat.transcript()


def test_getrouwd_bij_de_sharia_rechtbank__whether_it_counts_is_seed_000s_check():
    """ "we zijn getrouwd bij de sharia rechtbank in gaza. telt dat als echt huwelijk voor
    belgie?" was read as "officieel getrouwd" and met with the read-back; "ja maar telt het?"
    got the whole assessment (panel 37, h4). Seed 000: "enkel recht op gezinshereniging wanneer
    jouw religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land
    waar het werd afgesloten"; an asylum seeker has none yet."""
    chat = _asylum_seekers_family()
    chat.person("spouse")["facts"].pop("marriage", None)
    reply = chat.say(
        "nog een vraag: we zijn getrouwd bij de sharia rechtbank in gaza. telt dat als echt"
        " huwelijk voor belgie?"
    )
    assert "Zolang je asielzoeker bent, is er nog geen gezinshereniging" in reply, chat.transcript()
    assert "Ik heb dit begrepen" not in reply
    reply = chat.say("ja maar telt het?", intent="affirm")
    assert "officieel geldt in het land waar jullie trouwden" in reply, chat.transcript()
    assert "Dank je voor je reactie" not in reply


def test_officieel_geregistreerd_bij_de_sharia_rechtbank__told_official_stays_official():
    """The other side: "Officieel, geregistreerd bij de sharia-rechtbank" is an official
    marriage (panel 37, g3)."""
    from dialogue.reading import free_marriage

    assert free_marriage(" officieel, geregistreerd bij de sharia-rechtbank in homs ") == "official"
    assert free_marriage(" getrouwd bij de sharia rechtbank in gaza ") is None


def test_a_plain_ja_after_the_answer_is_still_feedback():
    """The other side: "ja" without a question is the feedback it was."""
    chat = _asylum_seekers_family()
    reply = chat.say("ja", intent="affirm")
    assert "Dank je voor je reactie" in reply, chat.transcript()


def test_hoe_lang_duurt_dat_nog_mijn_asiel__not_the_humanitarian_visas_year():
    """ "hoe lang duurt dat nog, mijn asiel? en daarna de gezinshereniging?" got seed 001's
    humanitarian-visa duration as if it were the asylum's (panel 37, h4): the seeds say
    neither."""
    chat = _asylum_seekers_family()
    reply = chat.say(
        "hoe lang duurt dat nog, mijn asiel? en daarna de gezinshereniging?",
        intent="ask_processing_time",
    )
    assert "staat niet in onze informatie" in reply, chat.transcript()
    assert "een jaar of langer" not in reply


def test_de_ambassade_bepaalt_de_alternatieve_documenten__examples_and_who_decides():
    """Seed 002: "De Belgische ambassade ... bepaalt de alternatieve documenten ... (bv. een
    geboorteakte, een familieboekje, een document afgegeven door het UNHCR, enz.)" (panel 37,
    g1: a wife who cannot get a passport in Kabul heard neither)."""
    chat = Chat.answered(AFGHAN)
    reply = chat.say(
        "[mijn vrouw](relationship:spouse) kan geen paspoort krijgen, wat nu?",
        intent="ask_travel_document",
    )
    assert "een familieboekje of een document van UNHCR. De ambassade bepaalt welke" in reply, (
        chat.transcript()
    )


def test_tellen_trouwfotos_als_bewijs__the_deed_proves_an_official_marriage():
    """ "we hebben ook trouwfotos. tellen die ook als bewijs van het huwelijk?" got the whole
    document list, "tellen die of niet? ja of nee" then "Dank je voor je reactie" (panel 37,
    g1); seed 002's authentic document; no seed names photos."""
    chat = Chat.answered(AFGHAN)
    reply = chat.say("we hebben ook trouwfotos. tellen die ook als bewijs van het huwelijk?")
    assert "Of trouwfoto's meetellen als bewijs van het huwelijk, staat niet" in reply, (
        chat.transcript()
    )
    assert "Documenten voor" not in reply


def test_fotos_of_a_religious_marriage_are_concrete_facts():
    """The other side: for a religious marriage seed 000's "concrete feitelijke bewijzen"."""
    chat = Chat.answered(ERITREAN, {"applicant.marriage": "religieus"})
    reply = chat.say("we hebben fotos van de trouw, tellen die als bewijs?")
    assert "Ja, foto's kunnen helpen" in reply, chat.transcript()


BELGIAN_MOTHER = (
    "ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn moeder](relationship:parent)"
    " is [72](age), ze woont alleen in turkije en is ziek"
)


def test_wie_behandelt_dat_bij_dvz__the_office():
    """ "Wie behandelt dat bij DVZ?" (panel 37, g3) names the office, as "welke dienst" did."""
    chat = Chat.answered(BELGIAN_MOTHER)
    reply = chat.say("wie behandelt dat bij DVZ?")
    assert "Lang Verblijf" in reply, chat.transcript()


WORKER = (
    "ik heb een [verblijfskaart](sponsor_status:third_country_national) voor werk, onbeperkt,"
    " [33](age:sponsor) jaar. [mijn man](relationship:spouse) is [40](age), officieel getrouwd,"
    " en [mijn zoon](relationship:child) is [10](age)"
)


def test_kan_mijn_zoon_dan_eerst_alleen_komen__seed_003s_child_alone():
    """ "kan mijn zoon dan eerst alleen komen en mijn man later?" (panel 37, h2): for a
    refugee seed 003's child who "de enige is die zich bij de gezinshereniger komt voegen"."""
    chat = Chat.answered(
        REFUGEE + ", [40](age:sponsor) jaar. [mijn vrouw](relationship:spouse) is [38](age),"
        " officieel getrouwd, en [mijn zoon](relationship:child) is [10](age)"
    )
    reply = chat.say("kan mijn zoon dan eerst alleen komen en mijn vrouw later?")
    assert "Je zoon: recht op gezinshereniging" not in reply, chat.transcript()
    assert "inkomen" in reply


def test_a_workers_son_first_is_not_told_seed_003s_rule_nor_the_verdicts_again():
    """The other side: seed 003 is a protected sponsor's; a worker hears no verdict lines as if
    that answered the order of coming."""
    chat = Chat.answered(WORKER)
    reply = chat.say("kan mijn zoon dan eerst alleen komen en mijn man later?")
    assert "Je zoon: recht op gezinshereniging" not in reply, chat.transcript()
