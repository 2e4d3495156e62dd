"""Findings of panel round 58 (stop 35) and what earlier rounds left open, each named by the
user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def up_to_the_answer(chat: Chat, plain: dict[str, str] | None = None) -> None:
    """The bot's questions answered plainly, and its read-back confirmed."""
    chat.answer_plainly(plain or {})
    if not chat.state.get("answered"):
        chat.say("ja dat klopt", intent="affirm")


def belgian_with_boyfriend() -> tuple[Chat, str]:
    """The chat and its first answer."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian) en mijn [vriend](relationship:partner) woont in"
        " Marokko"
    )
    plain = {"applicant.common_child": "nee", "applicant.impossible_to_marry": "nee"}
    return chat, chat.answer_plainly(plain)


def test_vriend_van_een_belg__the_first_answer_says_a_marriage_gives_the_right():
    """A Belgian's boyfriend: "via een visum met het oog op een huwelijk of een wettelijke
    samenwoning" (seed 001), and the first answer says that after the marriage he can have
    the right, under conditions (panels 55, d1 and 56, f2: only the humanitarian visa)."""
    chat, reply = belgian_with_boyfriend()
    assert "humanitair visum" in reply, chat.transcript()
    assert "Na het huwelijk kan je vriend wel recht op gezinshereniging hebben" in reply, reply
    assert "art. 40ter" in reply and "art. 10, §1, 4°" not in reply, reply


def test_3_keer_gezien_telkens_3_weken__counted_against_the_45_days():
    """ "we hebben elkaar 3 keer gezien, telkens 3 weken. is dat genoeg?": seed 001's "minstens
    3 keer ... minstens 45 dagen" applied to her numbers, 63 days (panel 55, d1: the rule
    without her numbers); 2 visits of 10 days are not enough."""
    chat, _ = belgian_with_boyfriend()
    reply = chat.say("we hebben elkaar 3 keer gezien, telkens 3 weken. is dat genoeg?")
    assert "3 keer, samen ongeveer 63 dagen" in reply and "is dat genoeg" in reply, reply
    assert "advocaat" in reply, reply  # a Belgian's partner: the rule is art. 10's
    reply = chat.say("en 2 keer bij hem geweest, 10 dagen elke keer, is dat genoeg?")
    assert "2 keer, samen ongeveer 20 dagen" in reply and "nog niet genoeg" in reply, reply


def test_drie_bezoeken_van_twee_weken_of_a_refugees_partner():
    """A refugee's girlfriend, "drie bezoeken, elk 2 weken": 42 days, not yet the 45 (seed
    001), said without the Belgian's caveat."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) en mijn [vriendin](relationship:"
        "partner) is in Turkije"
    )
    up_to_the_answer(
        chat, {"applicant.common_child": "nee", "applicant.impossible_to_marry": "nee"}
    )
    reply = chat.say("we hebben elkaar drie bezoeken gezien, elk 2 weken, is dat genoeg?")
    assert "3 keer, samen ongeveer 42 dagen" in reply and "nog niet genoeg" in reply, reply
    assert "Belg" not in reply, reply


def test_hij_is_ni_in_gevaar_ofzo__no_danger_noted():
    """ "heeft da humanitair visum zin voor ons? hij is ni in gevaar ofzo": no "Gevaar: ..." of
    the boyfriend (panel 58, g1: the danger noted from a denial)."""
    chat, _ = belgian_with_boyfriend()
    reply = chat.say(
        "eerlijk, heeft da humanitair visum zin voor ons? hij is ni in gevaar ofzo, we willen"
        " gewoon samen zijn",
        intent="ask_humanitarian_visa",
    )
    assert "Gevaar" not in reply, reply
    assert "danger" not in chat.person("partner").get("noted", []), chat.transcript()


def test_3x_bij_hem_geweest_is_da_genoeg_voor_wettelijk_samenwonen__the_meetings_only():
    """ "ik ben 3x bij hem geweest telkens 3 weken. is da genoeg voor wettelijk samenwonen?":
    the meetings counted, no answer about an income (panel 58, g1: three answers, one on the
    humanitarian visa's income)."""
    chat, _ = belgian_with_boyfriend()
    reply = chat.say(
        "ik ben 3x bij hem geweest telkens 3 weken. is da genoeg voor wettelijk samenwonen?",
        intent="ask_means_of_subsistence",
        confidence=0.26,
    )
    assert "3 keer, samen ongeveer 63 dagen" in reply, reply
    assert "inkomen" not in reply and len(chat.last.replies) == 1, reply


def test_en_als_we_getrouwd_zijn_is_1800_dan_genoeg__the_spouses_reference_amount():
    """ "en als we getrouwd zijn, is 1800 dan genoeg?": a Belgian's spouse, seed 004's
    reference amount of 1.555,09 euro (panel 58, g1: "Op die vraag vind ik geen antwoord")."""
    chat, _ = belgian_with_boyfriend()
    reply = chat.say("en als we getrouwd zijn, is 1800 dan genoeg?", confidence=0.27)
    assert "1.800 euro" in reply and "1.555,09" in reply, reply
    assert "art. 40ter" in reply, reply


def refugee_with_three_children() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik [vluchteling](sponsor_status:refugee) syrie. erkend [10 augustus 2026]"
        "(recognition_date:2026-08-10). mijn [vrouw](relationship:spouse) rania [40](age) en"
        " [kinderen](relationship:child) omar [19](age) lina [16](age) yusuf [12](age) in turkije"
        " gaziantep. alle komen?",
        intent="check_eligibility",
    )
    chat.say("officieel. in syrie getrouwd 2005")
    chat.say("[45](age)")
    return chat


def test_omar_was_17_toen_ik_asiel_vroeg__the_son_told_as_omar_19_not_the_writer():
    """ "nee. maar omar was 17 toen ik asiel vroeg" of "kinderen omar 19 ...": the son of 19
    was a minor at the asylum request (seed 003, C-279/20); not the 45-year-old writer, and
    not asked again (panel 58, g2)."""
    chat = refugee_with_three_children()
    chat.say("ja alles voor. kinderen ook geboren in [syrie](country:Syrië)")
    chat.say("nee. maar omar was [17](age) toen ik asiel vroeg, november 2024")
    son = next(p for p in chat.people if p.get("age") == 19)
    assert son["facts"].get("minor_when_sponsor_applied_for_asylum") is True, chat.transcript()
    assert "minor_at_asylum_application" not in chat.state["sponsor"], chat.transcript()
    assert "jonger dan 18 jaar toen" not in chat.transcript()


def test_ja_alles_voor_kinderen_ook_geboren__the_bond_of_every_child_before_the_arrival():
    """ "ja alles voor. kinderen ook geboren in syrie" asked about the wife's bond, and "alle
    kinderen geboren in syrie voor ik kwam": seed 003's "vóór zijn aankomst" holds for all
    three children, not asked per child (panel 58, g2: asked for the 16- and 12-year-old)."""
    chat = refugee_with_three_children()
    chat.say("ja alles voor. kinderen ook geboren in [syrie](country:Syrië)")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert all(c["facts"].get("relationship_predates_arrival") for c in children), chat.transcript()
    assert "Bestond de band" not in chat.transcript().split("ja alles voor")[1]


def test_waar_aanvragen_ankara_of_istanbul__the_post_rule():
    """ "waar aanvragen? ankara of istanbul? zij wonen gaziantep": seed 002's any Belgian post
    (panel 58, g2: "Op die vraag vind ik geen antwoord")."""
    chat = refugee_with_three_children()
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("waar aanvragen? ankara of istanbul? zij wonen gaziantep", confidence=0.5)
    assert "ambassade" in reply and "geen antwoord" not in reply, reply


def test_omar_heeft_echt_recht_ook_met_19__the_rule_that_keeps_his_right():
    """ "omar heeft echt recht op gezinshereniging, ook met 19?": yes, he was a minor at the
    asylum request, within 12 months (seed 003; panel 58, g2: no answer, then only the fee)."""
    chat = refugee_with_three_children()
    chat.say("ja alles voor. kinderen ook geboren in [syrie](country:Syrië)")
    chat.say("nee. maar omar was [17](age) toen ik asiel vroeg, november 2024")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "omar heeft echt recht op gezinshereniging, ook met [19](age)?",
        intent="check_eligibility",
    )
    assert "behoudt het recht" in reply and "12 maanden" in reply, reply
    reply = chat.say(
        "omar 19 nu. hij echt recht? of moet humanitair visum? en hoeveel betalen voor hem",
        intent="ask_costs",
    )
    assert "behoudt het recht" in reply and "bijdrage" in reply, reply


def minor_refugee_with_parents() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [papa](relationship:parent) en [mama](relationship:parent) en mijn [zusje]"
        "(relationship:sibling) selam. ik ben [17](age) en alleen gekomen, ben [erkent"
        " vluchteling](sponsor_status:refugee) sinds [2 sept 2026](recognition_date:2026-09-02)"
    )
    chat.say("[10](age)")
    chat.answer_plainly({"applicant.half_sibling": "nee echte zus zelfde papa mama"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_14_maart_2027_wordt_ik_18__the_parents_last_day_is_the_day_before():
    """ "14 maart 2027 wordt ik 18" (with the typo): seed 001's "Op voorwaarde dat de NBMV
    jonger is dan achttien jaar" makes 13 maart 2027 the parents' last day (panel 58, g4:
    2 september 2027, the 12 months, given twice)."""
    chat = minor_refugee_with_parents()
    reply = chat.say("14 maart 2027 wordt ik [18](age)")
    assert "13 maart 2027" in reply and "2 september 2027" not in reply, reply


def test_geboren_14_03_2009__a_birth_date_no_age_of_14():
    """ "ik zei toch 14 maart. geboren 14-03-2009": the writer's birth date, no "Over wie gaat
    14 jaar?" (panel 58, g4), and the parents' last day is the day before his 18th birthday."""
    chat = minor_refugee_with_parents()
    reply = chat.say("ik zei toch 14 maart. geboren 14-03-2009")
    assert "Over wie gaat" not in reply, reply
    reply = chat.say("wat is de laatste dag?", intent="ask_deadline")
    assert "13 maart 2027" in reply, reply


def test_ik_schrijf_voor_mijn_broer__his_sister_names_him_je_broer_and_keeps_his_status():
    """ "ik schrijf voor mijn broer Karim", "Hij is geen cliënt, hij is mijn broer", then "IK ben
    Belg. Mijn BROER Karim (30) is erkend vluchteling": his sister helps; he stays the refugee
    (not "Belg", not "EU-burger"), she is never taken for a relative who applies, and the texts
    say "je broer" and "de vrouw van je broer", not "je cliënt" (panel 58, h3)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hallo, ik schrijf voor mijn [broer](relationship:sibling) Karim", intent="greet")
    reply = chat.say("akkoord", intent="affirm")
    assert "de familie van je broer" in reply, reply  # (panel 59, h3: "van je cliënt")
    chat.say(
        "Hij is geen cliënt, hij is mijn [broer](relationship:sibling) :) Zijn [vrouw]"
        "(relationship:spouse) Hana ([26](age)) en hun [baby](relationship:child) Noor ([1](age)"
        " jaar) zitten in Ethiopië. Mijn [broer](relationship:sibling) is [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [1 oktober 2026](recognition_date:2026-10-01)"
    )
    reply = chat.say(
        "Nee nee. IK ben [Belg](sponsor_status:belgian). Mijn BROER Karim ([30](age)) is"
        " [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober 2026]"
        "(recognition_date:2026-10-01). Het gaat om zijn vrouw en zijn kind, niet de mijne"
    )
    assert chat.state["writer"] == "helper", chat.transcript()
    assert chat.state["sponsor"]["status"] == "refugee", chat.transcript()
    assert not any(p.get("self") for p in chat.people), chat.transcript()
    chat.answer_plainly({"applicant.marriage": "officieel huwelijk"})
    transcript = chat.transcript()
    assert "de vrouw van je broer" in transcript.lower(), transcript
    assert "cliënt" not in transcript.split("Het gaat om zijn vrouw")[1], transcript
    reply = chat.say("Samenvatting", intent="ask_summary")
    assert "cliënt" not in reply and "je broer" in reply, reply
    assert "Belg" not in reply, reply


def test_aya_was_21_toen_ik_asiel_vroeg_helpt_dat__the_minors_rule_does_not_help_her():
    """ "Aya was 21 toen ik asiel vroeg in België. Helpt dat iets, of telt dat niet?": seed 003's
    rule keeps the right of a child who "minderjarig was op het moment dat de gezinshereniger
    ... heeft ingediend"; she was an adult, so it does not help, and her own route (the
    disabled adult child) stands (panel 58, h5: the leefloon text)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [20 januari 2026](recognition_date:2026-01-20). mijn [dochter](relationship:child) Aya"
        " is [23](age), ze heeft een zware handicap en is niet getrouwd"
    )
    chat.answer_plainly({"sponsor.age": "52"})
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "Aya was [21](age) toen ik asiel vroeg in België. Helpt dat iets, of telt dat niet?",
        intent="ask_means_of_subsistence",
        confidence=0.43,
    )
    first = chat.last.replies[0]["text"]
    assert "al meerderjarig toen je asiel vroeg" in first and "helpt" in first, reply
    assert "inkomen" not in reply, reply


def test_speelt_het_overlijden_van_de_vader_mee__no_father_added():
    """ "Speelt het overlijden van de vader mee?" from a social worker for a client's mother:
    the father died, he is no applicant asked about ("Is de vader van je cliënt op hoge
    leeftijd?", panel 58, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker en stel de vraag voor mijn cliënte Mariam ([34](age))."
        " Zij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [maart 2024](recognition_date:2024-03-01|approximate). Haar [moeder](relationship:"
        "parent) Halima ([68](age)) woont alleen in Mogadishu. De [vader](relationship:parent)"
        " is overleden."
    )
    up_to_the_answer(chat)
    reply = chat.say(
        "Welke elementen wegen het zwaarst bij DVZ voor zo'n ouder? Speelt het overlijden van de"
        " [vader](relationship:parent) mee, en het feit dat mijn cliënte bescherming geniet?"
    )
    assert len([p for p in chat.people if p["relationship"] == "parent"]) == 1, chat.transcript()
    assert "de vader van je cliënt" not in reply.lower(), reply


def test_als_ik_erkend_ben_moet_ze_dan_echt_paspoort_hebben__seed_002s_protected_family():
    """An asylum seeker: "als ik erkend ben en ze vraagt gezinshereniging, moet ze dan echt
    paspoort hebben?": seed 002's "de afwezigheid van een reisdocument geen onoverkomelijk
    obstakel" for the family of a protected person (panel 58, h4: the general rule twice)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb asiel gevraagd in maart 2026, nog geen beslissing ([asielzoeker](sponsor_status:"
        "asylum_seeker)). mijn [vrouw](relationship:spouse) amina [35](age) is in egypte"
    )
    up_to_the_answer(chat, {"applicant.marriage": "officieel"})
    reply = chat.say(
        "maar ze heeft GEEN paspoort, kwijt. als ik erkend ben en ze vraagt gezinshereniging,"
        " moet ze dan echt paspoort hebben?",
        intent="ask_travel_document",
    )
    assert "onoverkomelijk" in reply and "doorlaatbewijs" in reply, reply


def worker_with_customary_wife() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "Ik woon 3 jaar in Brussel met een [single permit](sponsor_status:third_country_national)"
        " (B kaart). Mijn [vrouw](relationship:spouse) Grace ([33](age)) en onze [zoon]"
        "(relationship:child) Daniel ([6](age)) zijn in Kinshasa. We zijn getrouwd volgens de"
        " [gewoonte](marriage_type:religious_or_customary) (mariage coutumier), niet bij de"
        " burgerlijke stand. Kunnen ze komen?"
    )
    up_to_the_answer(chat, {"applicant.common_child": "ja"})
    return chat


def test_helpt_daniel_als_bewijs_voor_onze_relatie__seed_000s_common_children():
    """ "maar helpt Daniel als bewijs voor onze relatie, voor het visum van Grace?": seed 000's
    "gemeenschappelijke kinderen vaak een cruciaal element" (panel 58, g5: the document list)."""
    reply = worker_with_customary_wife().say(
        "maar helpt Daniel als bewijs voor onze relatie, voor het visum van Grace?"
    )
    assert "Ja, dat helpt" in reply and "Documenten voor" not in reply, reply


def test_als_grace_geweigerd_wordt_en_daniel_alleen_komt__custody_and_consent():
    """ "Als Grace geweigerd wordt en Daniel alleen komt, wat heb ik dan nodig van Grace?":
    seed 003's custody, and the other parent's consent when it is shared (panel 58, g5:
    "staat niet in onze informatie")."""
    reply = worker_with_customary_wife().say(
        "Als Grace geweigerd wordt en Daniel alleen komt, wat heb ik dan nodig van Grace? Zij is"
        " zijn moeder."
    )
    assert "hoederecht" in reply and "toestemming" in reply, reply
    assert "weigering" not in reply, reply


def test_als_we_nu_nog_trouwen_bij_de_burgerlijke_stand__the_spouses_right():
    """ "En als we nu nog trouwen bij de burgerlijke stand in Kinshasa, heeft Grace dan wel
    recht?": an official marriage gives the spouse's right under conditions (seed 001; panel
    58, g5: only "geen officieel huwelijk")."""
    reply = worker_with_customary_wife().say(
        "En als we nu nog trouwen bij de burgerlijke stand in Kinshasa, heeft Grace dan wel recht?"
    )
    assert "Trouwen jullie officieel? Dan heeft je vrouw recht" in reply, reply


def test_moet_ik_iets_betalen_en_hoe_lang_duurt_het__both_answered():
    """ "moet ik iets betalen? en hoe lang duurt het?" from a refugee's wife and son: seed 002's
    no fee, and the processing time (panel 58, h2: the time only)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 januari 2025]"
        "(recognition_date:2025-01-15). mijn [man](relationship:spouse) farid [36](age) en"
        " [zoon](relationship:child) ali [8](age) zijn in iran. officieel getrouwd in kabul"
    )
    up_to_the_answer(chat)
    reply = chat.say("moet ik iets betalen? en hoe lang duurt het?", intent="ask_processing_time")
    assert "bijdrage" in reply and "duurt" in reply, reply


def social_worker_for_a_mother() -> Chat:
    """A social worker for a client with subsidiary protection whose mother of 68 is alone."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker en stel de vraag voor mijn cliënte Mariam ([34](age))."
        " Zij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
        " [maart 2024](recognition_date:2024-03-01|approximate). Haar [moeder](relationship:"
        "parent) Halima ([68](age)) woont alleen in Mogadishu."
    )
    up_to_the_answer(chat)
    return chat


def test_als_mariam_meer_zou_verdienen_of_een_grotere_woning_heeft__still_no_right():
    """ "Is er echt geen andere piste dan het humanitair visum? Bijvoorbeeld als Mariam meer
    zou verdienen of een grotere woning heeft?": seed 000 gives a parent of an adult child no
    right, whatever the income; the means and a home make the humanitarian file stronger
    (panel 58, g3: only "legt de wet geen vast inkomen op")."""
    chat = social_worker_for_a_mother()
    reply = chat.say(
        "Is er echt geen andere piste dan het humanitair visum? Bijvoorbeeld als Mariam meer zou"
        " verdienen of een grotere woning heeft?"
    )
    assert "geen recht op gezinshereniging" in reply and "grotere woning" in reply, reply


def test_wie_behandelt_zon_aanvraag_bij_dvz__bureau_lang_verblijf_and_the_form():
    """ "wie behandelt zo'n aanvraag bij DVZ, en moeten we op het formulier iets speciaals
    aanduiden?": seed 001's "bureau Lang Verblijf", and the form marked as humanitarian (panel
    58, g3: the processing time)."""
    chat = social_worker_for_a_mother()
    reply = chat.say(
        "Laatste vraag: wie behandelt zo'n aanvraag bij DVZ, en moeten we op het formulier iets"
        " speciaals aanduiden?"
    )
    assert "Lang Verblijf" in reply and "humanitaire aanvraag" in reply, reply


def test_mama_weduwe_met_hoge_bloeddruk__her_illness_and_widowhood_in_the_documents():
    """A Belgian's mother of 60, "weduwe" with "hoge bloeddruk", told before the answer: seed
    000's "medische problemen en een geïsoleerde situatie door het wegvallen van familieleden"
    put her medical papers and her husband's death certificate in the documents (panel 58,
    h1: neither in the list)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian) en wil mijn [mama](relationship:parent) laten"
        " komen uit kinshasa. ze is [60](age), weduwe en ze is ziek, hoge bloeddruk. ik stuur"
        " haar elke maand 200 euro"
    )
    up_to_the_answer(chat, {"sponsor.age": "[35](age)"})
    reply = chat.say("Documenten", intent="ask_documents")
    assert "Medische documenten over de ziekte van je mama" in reply, reply
    assert "overlijdensakte" in reply, reply


def test_noor_is_ook_geboren_voor_hij_naar_belgie_kwam__the_babys_bond_before_arrival():
    """His sister writes "ja ze zijn getrouwd in Addis Abeba in 2024, Noor is ook geboren voor
    hij naar belgie kwam": seed 003's "vóór zijn aankomst" holds for the baby too, not asked
    again (panel 58, h3)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hallo, ik schrijf voor mijn [broer](relationship:sibling) Karim", intent="greet")
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Zijn [vrouw](relationship:spouse) Hana ([26](age)) en hun [baby](relationship:child)"
        " Noor ([1](age) jaar) zitten in Ethiopië. Mijn [broer](relationship:sibling) ([30](age))"
        " is [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober 2026]"
        "(recognition_date:2026-10-01)"
    )
    chat.say("[Officieel huwelijk](marriage_type:official)")
    chat.say(
        "ja ze zijn getrouwd in Addis Abeba in 2024, Noor is ook geboren voor hij naar belgie"
        " kwam (eind 2025)"
    )
    baby = chat.person("child")
    assert baby["facts"].get("relationship_predates_arrival") is True, chat.transcript()


def test_ik_ben_een_vrouw_sara_27__the_helpers_own_age_asked_of_no_one():
    """His sister: "Ik ben een vrouw, Sara, 27. Ik help mijn broer.": her own age, not "Over
    wie gaat 27 jaar?", and not her brother's (panel 58, h3)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hallo, ik schrijf voor mijn [broer](relationship:sibling) Karim", intent="greet")
    chat.say("akkoord", intent="affirm")
    reply = chat.say(
        "Ik ben een [vrouw](relationship:spouse), Sara, [27](age). Ik help mijn [broer]"
        "(relationship:sibling). Mijn [broer](relationship:sibling) Karim is de [vluchteling]"
        "(sponsor_status:refugee). Hana is zijn [vrouw](relationship:spouse), [26](age) jaar."
    )
    assert "Over wie gaat" not in reply, reply
    assert chat.state["sponsor"].get("age") != 27, chat.transcript()


def test_en_onze_jongste_broer_bilal_hij_is_19__another_brother_who_applies():
    """The sister writing for "mijn broer" (30): "En onze jongste broer Bilal, hij is 19 en zit
    ook in Ethiopië": their other brother, an applicant of 19; her brother in Belgium stays 30
    (panel 58, h3: "Je broer: ..., 19 jaar", then Bilal dropped as "al in België")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hallo, ik schrijf voor mijn [broer](relationship:sibling) Karim", intent="greet")
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Hij is geen cliënt, hij is mijn [broer](relationship:sibling) :) Zijn [vrouw]"
        "(relationship:spouse) Hana ([26](age)) zit in Ethiopië. Mijn [broer](relationship:"
        "sibling) is [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober 2026]"
        "(recognition_date:2026-10-01)"
    )
    chat.say(
        "Mijn BROER Karim ([30](age)) is [erkend vluchteling](sponsor_status:refugee) sinds"
        " [1 oktober 2026](recognition_date:2026-10-01)."
    )
    assert chat.state["sponsor"].get("age") == 30, chat.transcript()
    chat.say(
        "En onze [jongste broer](relationship:sibling) Bilal, hij is [19](age) en zit ook in"
        " Ethiopië, helemaal alleen. Kan hij mee met Hana?",
        intent="check_eligibility",
    )
    assert chat.state["sponsor"].get("age") == 30, chat.transcript()
    assert chat.person("sibling")["age"] == 19, chat.transcript()


# --- round 59 (stop 35) ---------------------------------------------------------------------


def test_mijn_kleinzoon_bij_mij_laten_wonen_in_luik__a_belgians_grandson_who_comes():
    """ "ik zou graag mijn kleinzoon Mamadou bij mij laten wonen in Luik. Hij is 14 ... Ik ben
    Belgische": the grandson comes (not the one in Belgium); seed 004's "(klein)kind" of a
    Belgian has the right, the custody answered "Ik. Zijn ouders zijn ... overleden. Een
    rechtbank ... voogd"; the guardianship proves her custody (panel 59, g8: "Je familielid",
    a humanitarian visa, the foster child's ratification)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Goedendag, ik zou graag mijn [kleinzoon](relationship:grandchild) Mamadou bij mij laten"
        " wonen in Luik. Hij is [14](age) jaar en woont in Conakry. Ik ben [Belgische]"
        "(sponsor_status:belgian)."
    )
    assert chat.person("grandchild")["age"] == 14, chat.transcript()
    chat.say(
        "Ik. Zijn [ouders](relationship:parent) zijn in 2024 overleden. Een rechtbank in Guinee"
        " heeft mij tot zijn voogd benoemd."
    )
    reply = chat.answer_plainly({})
    assert "recht op gezinshereniging" in reply and "humanitair" not in reply, chat.transcript()
    reply = chat.say("moet ik het voogdijvonnis meesturen?", intent="ask_documents")
    assert "recht van bewaring" in reply and "bekrachtigen" not in reply, reply
    reply = chat.say("Documenten", intent="ask_documents")
    assert "De overlijdensakten van de ouders van je kleinzoon" in reply, reply


def belgian_of_20_married() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben getrouwd met emre in turkije in augustus, ik ben [belg](sponsor_status:belgian)."
        " kan hij nu naar hier komen?"
    )
    up_to_the_answer(
        chat,
        {
            "applicant.age": "hij is [24](age)",
            "applicant.marriage": "[officieel](marriage_type:official) in izmir",
            "sponsor.age": "[20](age), word 21 op 3 mei",
        },
    )
    return chat


def test_ik_word_21_op_3_mei_2027_kan_emre_dan_komen__from_that_day_under_art_40ter():
    """A Belgian of 20 and her husband of 24: "ook niet als ik 21 ben in mei?" and "ik word 21
    op 3 mei 2027. kan emre dan wel via gezinshereniging komen?": both must be 21 (art.
    40ter), and from 3 mei 2027 he can ask (panel 59, h6: "Jullie zijn te jong ... art. 10",
    "Over wie gaat 21 jaar?")."""
    chat = belgian_of_20_married()
    # "20, word 21 op 3 mei" at the age question: the first answer names the day (panel 64)
    assert "Je bent 21 jaar vanaf 3 mei 2027. Vanaf die dag kan je man" in chat.transcript()
    reply = chat.say("wacht wat? geen recht? ook niet als ik 21 ben in mei?")
    assert "allebei minstens 21 jaar" in reply and "art. 10" not in reply, reply
    reply = chat.say(
        "nee maar ik word 21 op 3 mei 2027. kan emre dan wel via gezinshereniging komen?"
    )
    assert "vanaf 3 mei 2027" in reply and "art. 40ter" in reply, reply
    assert "art. 10" not in reply and "Over wie gaat" not in reply, reply


def test_t_huis_is_van_mijn_ouders_mag_emre_bij_ons_intrekken__seed_004s_address():
    """ "t huis is van mijn ouders, mag emre gewoon bij ons intrekken?": seed 004, DVZ does not
    require the Belgian to be the tenant; living at the address (Rijksregister) suffices
    (panel 59, h6: the general housing condition)."""
    reply = belgian_of_20_married().say(
        "en de woning? t huis is van mijn ouders, mag emre gewoon bij ons intrekken?"
    )
    assert "Rijksregister" in reply, reply


def partner_of_a_protected_man() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [partner](relationship:partner) esther [28](age) is in kampala. ik heb"
        " [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 juni 2026]"
        "(recognition_date:2026-06-01). we zijn niet getrouwd, geen kinderen"
    )
    up_to_the_answer(chat, 
        {"applicant.common_child": "nee", "applicant.impossible_to_marry": "nee", "sponsor.age":
         "[33](age)"}
    )  # fmt: skip
    if not chat.state.get("answered"):
        chat.say("ja dat klopt", intent="affirm")
    return chat


def test_telt_het_samenwonen_mee_14_maanden__seed_001s_year_of_cohabitation():
    """ "telt het samenwonen mee? 14 maanden in kampala": seed 001's "minstens 1 jaar ...
    samengewoond" for a registered partnership (panel 59, h8: an income text first)."""
    reply = partner_of_a_protected_man().say(
        "telt het samenwonen mee? 14 maanden in kampala",
        intent="ask_means_of_subsistence",
        confidence=0.28,
    )
    assert "samenwonen" in reply and "12 maanden" in reply and "inkomen" not in reply, reply


def test_als_we_laten_registreren_waar_doen_we_dat__the_municipality_or_the_foreign_office():
    """ "en als we wettelijk samenwonen laten registreren? waar doen we dat?": seed 001's
    "bij het gemeentebestuur in België of bij de bevoegde buitenlandse instantie", not the
    embassy for a visa (panel 59, h8)."""
    reply = partner_of_a_protected_man().say(
        "en als we [wettelijk samenwonen](relationship:registered_partner) laten registreren?"
        " waar doen we dat? zij is in kampala",
        intent="check_eligibility",
    )
    assert "gemeentebestuur" in reply and "ambassade" not in reply, reply


def test_als_we_registreren_moet_ik_dan_een_inkomen_hebben__no_favourable_period():
    """ "als we registreren, moet ik dan een inkomen hebben? ik werk nog niet": a partnership
    registered after the arrival has no 12 months without income, housing and insurance
    (seeds 001-003; panel 59, h8: the humanitarian visa's income only)."""
    reply = partner_of_a_protected_man().say(
        "als we registreren, moet ik dan een inkomen hebben? ik werk nog niet. en een appartement?",
        intent="ask_means_of_subsistence",
    )
    assert "pas na je aankomst in België registreren" in reply, reply
    assert "genoeg inkomen, een geschikte woning" in reply, reply


def test_heeft_zij_echt_geen_recht__ada_19_an_adult_daughter():
    """ "Ada is 19 maar ze studeert nog ... Heeft zij echt geen recht?": the reason, an adult
    daughter, and the humanitarian visa (seed 000; panel 59, h9: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik woon al 10 jaar in België, ik heb een verblijfskaart [langdurig ingezetene]"
        "(sponsor_status:third_country_national). Mijn [vrouw](relationship:spouse) Ngozi"
        " ([44](age)) en mijn [dochter](relationship:child) Ada ([19](age)) wonen in Lagos."
    )
    chat.answer_plainly({"applicant.marriage": "[officieel](marriage_type:official) huwelijk",
                         "sponsor.age": "[47](age)", "applicant.disabled": "nee",
                         "applicant.minor_siblings_applying": "nee"})  # fmt: skip
    if not chat.state.get("answered"):
        chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "Ada is [19](age) maar ze studeert nog, is niet getrouwd, heeft geen inkomen en woont bij"
        " haar moeder. Heeft zij echt geen recht?",
        intent="check_eligibility",
    )
    assert "meerderjarig" in reply and "humanitair visum" in reply, reply


def test_niet_bij_de_burgerlijke_stand_geregistreerd__a_customary_marriage():
    """ "getrouwd volgens het gewoonterecht ... Niet bij de burgerlijke stand geregistreerd":
    a customary marriage, not "officieel getrouwd"; "Hebben jullie samen een kind?" "Ja" of
    the one son is not asked again of him (panel 59, g5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik wil mijn [vrouw](relationship:spouse) Grace en mijn [zoon](relationship:child) Daniel"
        " naar Brussel laten komen. Ik werk hier met een [single permit]"
        "(sponsor_status:third_country_national) sinds 3 jaar"
    )
    chat.say("Grace is [33](age), ik ben [38](age). Daniel is [6](age)")
    chat.say(
        "we zijn getrouwd volgens het [gewoonterecht](marriage_type:religious_or_customary) in"
        " Kinshasa, met de families en de dot. Niet bij de [burgerlijke stand]"
        "(marriage_type:official) geregistreerd"
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", chat.transcript()
    reply = chat.say("Ja", intent="affirm")
    assert "Is je zoon een kind van jou en je vrouw samen?" not in reply, chat.transcript()


def test_wie_moet_er_naar_de_ambassade_mijn_broer_of_hana__the_one_who_comes():
    """His sister: "wie moet er naar de ambassade, mijn broer of hana?" and "moet karim zelf
    ook naar ethiopie naar de ambassade?": the relative who comes applies herself (seed 002),
    not the post rules (panel 59, h3: the choice of post, twice)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hallo, ik schrijf voor mijn [broer](relationship:sibling) Karim", intent="greet")
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Zijn [vrouw](relationship:spouse) Hana ([26](age)) zit in Ethiopië. Mijn [broer]"
        "(relationship:sibling) Karim ([30](age)) is [erkend vluchteling](sponsor_status:"
        "refugee) sinds [1 oktober 2026](recognition_date:2026-10-01)"
    )
    chat.answer_plainly({"applicant.marriage": "[officieel](marriage_type:official)"})
    for question in (
        "wie moet er naar de ambassade, mijn [broer](relationship:sibling) of hana?",
        "maar moet karim zelf ook naar ethiopie naar de ambassade? hij mag daar niet naartoe",
    ):
        reply = chat.say(question)
        assert "doet zelf de aanvraag" in reply and "referentiepost" not in reply, reply


def test_zij_wonen_gaziantep_waar_aanvraag_ankara_of_istanbul__the_post_rule():
    """ "zij wonen gaziantep turkije. waar aanvraag? ankara of istanbul?": seed 002's any Belgian
    post (panel 59, g2: "geen antwoord" again)."""
    chat = refugee_with_three_children()
    up_to_the_answer(chat)
    reply = chat.say("zij wonen gaziantep turkije. waar aanvraag? ankara of istanbul?")
    assert "ambassade" in reply and "geen antwoord" not in reply, reply


def test_als_ada_geweigerd_wordt_kan_ngozi_dan_toch_komen__the_wifes_own_right():
    """ "Als Ada geweigerd wordt, kan Ngozi dan toch komen?" by first names: the wife's own
    right stays (seed 001 lists each relative's conditions; panel 59, h9: an appeal text)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik heb een verblijfskaart [langdurig ingezetene](sponsor_status:third_country_national)"
        ". Mijn [vrouw](relationship:spouse) Ngozi ([44](age)) en mijn [dochter]"
        "(relationship:child) Ada ([19](age)) wonen in Lagos."
    )
    up_to_the_answer(chat, {"applicant.marriage": "[officieel](marriage_type:official) huwelijk",
                         "sponsor.age": "[47](age)", "applicant.disabled": "nee",
                         "applicant.minor_siblings_applying": "nee"})  # fmt: skip
    if not chat.state.get("answered"):
        chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "Als Ada geweigerd wordt, kan Ngozi dan toch komen? En hoe lang duurt het ongeveer?",
        intent="ask_processing_time",
    )
    assert "eigen recht" in reply and "weigering meteen nakijken" not in reply, reply


def test_als_grace_geweigerd_wordt_kan_daniel_alleen_komen__custody_and_consent():
    """ "als Grace geweigerd wordt, kan Daniel alleen komen? wat heeft hij nodig?" (panel 59,
    g5: an appeal text again)."""
    reply = worker_with_customary_wife().say(
        "als Grace geweigerd wordt, kan Daniel alleen komen? wat heeft hij nodig?"
    )
    assert "hoederecht" in reply and "weigering" not in reply, reply


# --- round 60 (stop 35) ---------------------------------------------------------------------


def test_mama_en_broers_dawit_12_en_yonas_19_ik_ben_16__the_brothers_ages_not_the_writers():
    """ "mama en broers dawit 12 en yonas 19. ik ben 16 en vluchtelig": 12 and 19 are the
    brothers', 16 the writer's, whatever role the NLU gave them (panel 60, g11: "Jij: ...,
    19 jaar", which would end the mother's right)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mama](relationship:parent) en [broers](relationship:sibling) dawit [12](age:sponsor) en"
        " yonas [19](age:sponsor). ik ben [16](age) en [vluchtelig](sponsor_status:refugee) sinds"
        " 10 oktober. ik kwam allen"
    )
    assert chat.state["sponsor"].get("age") == 16, chat.transcript()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "sibling")
    assert ages == [12, 19], chat.transcript()


def belgian_grandmother() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [Belg](sponsor_status:belgian) sinds 2010. Mijn [kleinzoon](relationship:"
        "grandchild) Mamadou is [14](age) jaar en woont in Conakry. Zijn [ouders]"
        "(relationship:parent), mijn [dochter](relationship:child) en mijn schoonzoon, zijn in"
        " 2024 overleden."
    )
    chat.say("Een rechtbank in Guinee heeft mij tot voogd van Mamadou benoemd.")
    chat.answer_plainly({})
    return chat


def test_telt_de_voogdij_van_de_guinese_rechtbank__her_custody_for_seed_004s_right():
    """A Belgian's grandson under her Guinean guardianship: "Telt de voogdij ... ?" and "Moet
    een Belgische rechtbank dit vonnis bekrachtigen?" keep his own right (seed 004); the
    guardianship proves her custody (panel 60, g8: an income text, then the foster child's
    ratification and "geen recht")."""
    chat = belgian_grandmother()
    assert chat.person("grandchild")["relationship"] == "grandchild", chat.transcript()
    reply = chat.say(
        "Dank u. Telt de voogdij van de Guinese rechtbank in België? Of moet ik nog iets laten"
        " doen?",
        intent="ask_means_of_subsistence",
        confidence=0.29,
    )
    assert "recht van bewaring" in reply and "inkomen" not in reply, reply
    reply = chat.say(
        "Mijn vraag was: ik ben voogd via een vonnis uit Guinee. Moet een Belgische rechtbank dit"
        " vonnis bekrachtigen?"
    )
    assert "recht van bewaring" in reply and "FCA" not in reply, reply
    assert chat.person("grandchild")["route"] != "humanitarian_visa", chat.transcript()


def test_mijn_echte_kleinzoon_het_kind_van_mijn_dochter__one_grandson():
    """ "Hij is toch mijn echte kleinzoon, het kind van mijn dochter. Kan een kleinkind van een
    Belg geen gezinshereniging krijgen?": the same grandson, no new "kind", no housing text
    ("echte kleinzoon" is no "te klein"), his right said (panel 60, g8)."""
    chat = belgian_grandmother()
    reply = chat.say(
        "Dat begrijp ik niet goed. Hij is toch mijn echte [kleinzoon](relationship:grandchild),"
        " het [kind](relationship:child) van mijn [dochter](relationship:child). Kan een"
        " [kleinkind](relationship:grandchild) van een Belg geen gezinshereniging krijgen?",
        intent="check_eligibility",
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    assert "woning" not in reply and "recht op gezinshereniging" in reply, reply


def test_14_maanden_samen_gewoond_in_kampala__no_camp_and_no_just_before():
    """ "we hebben 14 maanden samen gewoond in kampala. telt dat?": Kampala is a city, no camp;
    seed 001's year is "voorafgaand aan de aanvraag", not "vlak voor" (panel 60, h8)."""
    reply = partner_of_a_protected_man().say(
        "we hebben 14 maanden samen gewoond in kampala. telt dat?"
    )
    assert "kamp" not in reply.replace("kampala", "") and "vlak voor" not in reply, reply
    assert "voorafgaand aan de aanvraag" in reply, reply


def test_en_als_we_geregistreerd_zijn_moet_ze_dan_ook_betalen__no_fee():
    """ "en als we geregistreerd zijn, moet ze dan ook betalen?": seed 002's "de echtgenoot, de
    gelijkgestelde of wettelijke partner ... betalen geen retributie" (panel 60, h8: today's
    humanitarian fee only)."""
    reply = partner_of_a_protected_man().say(
        "en als we geregistreerd zijn, moet ze dan ook betalen?", intent="ask_costs"
    )
    assert "geregistreerd partnerschap" in reply and "geen bijdrage" in reply, reply


def social_worker_for_omar() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker bij het CAW en schrijf namens mijn cliënt Omar ([40](age))."
        " Hij is [erkend vluchteling](sponsor_status:refugee) sinds [10 augustus 2026]"
        "(recognition_date:2026-08-10). Zijn [echtgenote](relationship:spouse) Huda ([35](age),"
        " [officieel](marriage_type:official) gehuwd in 2021 in Damascus) en haar [dochter]"
        "(relationship:stepchild) Rima ([12](age)) uit een eerste huwelijk verblijven in Beiroet."
    )
    up_to_the_answer(chat, 
        {"applicant.custody": "De biologische [vader](relationship:parent) van Rima is overleden"
         " in 2018, er is een overlijdensakte. Huda heeft dus alleen het hoederecht, maar er is"
         " geen vonnis."}
    )  # fmt: skip
    if not chat.state.get("answered"):
        chat.say("ja dat klopt", intent="affirm")
    return chat


def test_de_biologische_vader_van_rima_is_overleden__the_death_certificate_shows_the_custody():
    """A stepdaughter whose father died, no custody judgment: the death certificate is the
    proof of the mother's custody, in the documents and asked "Volstaat de overlijdensakte
    ...?" (seed 001's custody; panel 60, h12: "Wat zonder vonnis volstaat, staat niet in onze
    informatie", then a DNA text)."""
    chat = social_worker_for_omar()
    assert chat.person("stepchild")["facts"].get("other_parent_deceased") is True, chat.transcript()
    reply = chat.say("Documenten", intent="ask_documents")
    assert "De overlijdensakte van de andere ouder" in reply, reply
    reply = chat.say(
        "Volstaat de overlijdensakte van de [vader](relationship:parent) van Rima om het"
        " hoederecht van Huda aan te tonen?",
        intent="ask_dna_test",
        confidence=0.16,
    )
    assert "overlijdensakte" in reply and "DNA" not in reply, reply


def test_indien_de_aanvraag_toch_na_10_augustus_2027_wordt_ingediend__the_right_stays():
    """ "En indien de aanvraag toch na 10 augustus 2027 wordt ingediend, vervalt het recht dan
    volledig?": seed 002, the right stays with the classic conditions (panel 60, h12: "geen
    antwoord")."""
    reply = social_worker_for_omar().say(
        "En indien de aanvraag toch na 10 augustus 2027 wordt ingediend, vervalt het recht dan"
        " volledig?",
        confidence=0.23,
    )
    assert "blijft het recht" in reply and "inkomen, woning en ziekteverzekering" in reply, reply


def test_moet_hij_bij_mij_wonen_als_hij_komt__seed_004s_family_cell():
    """A Belgian's son of 23 who depends on him: "hij woont alleen in casablanca ... is dat een
    probleem? en moet hij bij mij wonen als hij komt?": seed 004, together or ties shown
    (panel 60, h11: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian) sinds 2005, mijn [zoon](relationship:child)"
        " yassine [23](age) jaar woont in casablanca. kan hij naar belgie komen bij mij"
    )
    chat.answer_plainly(
        {"applicant.dependent": "ja ik stuur hem 300 euro elke maand via de bank, al 2 jaar"}
    )
    reply = chat.say(
        "hij woont alleen in casablanca, niet getrouwd. is dat een probleem? en moet hij bij mij"
        " wonen als hij komt?"
    )
    assert "Wonen jullie niet samen? Toon dan dat jullie een gezin vormen" in reply, reply


def test_en_de_ziekteverzekering_moet_emre_verzekerd_zijn__art_40ter_for_a_belgian():
    """A Belgian's husband: "en de ziekteverzekering? moet emre verzekerd zijn?" cites art.
    40ter, not art. 10, §2 (panel 60, h6)."""
    reply = belgian_of_20_married().say(
        "en de ziekteverzekering? moet emre verzekerd zijn?", intent="ask_health_insurance"
    )
    assert "ziekteverzekering" in reply and "art. 40ter" in reply, reply
    assert "art. 10" not in reply, reply


def test_als_eerst_alleen_sara_en_adam_komen__two_children_are_not_one():
    """ "en als eerst alleen sara en adam komen, zonder ali. moet ik dan geen inkomen tonen?":
    seed 003's exemption needs "de enige die zich ... komt voegen"; two children are not
    (panel 60, g9: "Komt alleen je kind ... geen bewijs van inkomen nodig")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 november 2025]"
        "(recognition_date:2025-11-01). mijn [man](relationship:spouse) ali [41](age) en"
        " [kinderen](relationship:child) sara [16](age) en adam [10](age) zijn in erbil."
        " [officieel](marriage_type:official) getrouwd in 2010"
    )
    up_to_the_answer(chat)
    reply = chat.say(
        "en als eerst alleen sara en adam komen, zonder ali. moet ik dan geen inkomen tonen?"
    )
    assert "Komen er twee kinderen samen?" in reply and "Komt alleen je kind" not in reply, reply


def test_is_er_geen_deadline_van_1_jaar_na_mijn_bescherming__the_12_months_are_a_rights():
    """A protected man's girlfriend (humanitarian visa): "is er geen deadline van 1 jaar na
    mijn bescherming?": the 12 months belong to family reunification, a humanitarian visa has
    no period (seed 003; panel 60, h8: only the processing time)."""
    reply = partner_of_a_protected_man().say(
        "is er geen deadline van 1 jaar na mijn bescherming? vriend zei dat",
        intent="ask_deadline",
    )
    assert "12 maanden" in reply and "geen termijn om aan te vragen" in reply, reply


def test_kan_grace_gezinshereniging_vragen_zonder_betalen_zoals_bij_vluchtelingen():
    """A worker's customary wife: "kan grace gewoon gezinshereniging vragen zonder betalen
    zoals bij vluchtelingen?": seed 000's softer procedure is for a protected person's spouse
    only (panel 60, g5: "geen antwoord")."""
    reply = worker_with_customary_wife().say(
        "ok. dus kan grace gewoon gezinshereniging vragen zonder betalen zoals bij vluchtelingen?"
    )
    assert "alleen voor de echtgenoot van een erkend vluchteling" in reply, reply


# --- round 61 (stop 35) ---------------------------------------------------------------------


def test_de_baby_is_ook_van_abdi_en_mij__the_child_of_2_not_a_fourth():
    """ "kinderen 9 en 5 en 2 jaar", later "de baby is ook van abdi en mij. telt ze wel?": the
    child of 2, no fourth child "van een baby" (panel 61, g12)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [man](relationship:spouse) en 3 [kinderen](relationship:child). ik heb"
        " [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 september]"
        "(recognition_date:2026-09-01)"
    )
    chat.say("[35](age). [kinderen](relationship:child) [9](age) en [5](age) en [2](age) jaar")
    chat.say("de [baby](relationship:child) is ook van abdi en mij. telt ze wel?")
    assert len([p for p in chat.people if p["relationship"] == "child"]) == 3, chat.transcript()


def test_tijd_tot_oktober_of_januari__the_parents_3_months_not_the_12():
    """A refugee of 19 who asked asylum at 16: his parents' right ends 3 months after the
    recognition (C-550/16), so the exemption's last day is 15 januari 2027, not the 12 months'
    15 oktober 2027; "dus ik heb tijd tot oktober 2027 voor mijn ouders? of januari?" is a
    deadline question (panel 61, g14)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [19](age), [erkend vluchteling](sponsor_status:refugee) sinds [15 oktober 2026]"
        "(recognition_date:2026-10-15). ik kwam alleen op 16 jaar, asiel gevraagd in februari"
        " 2024 als minderjarige. mijn [ouders](relationship:parent) willen komen"
    )
    up_to_the_answer(chat)
    reply = chat.say(
        "ik ben student en heb geen inkomen. moet ik inkomen en een groter huis hebben?",
        intent="ask_housing",
    )
    assert "15 januari 2027" in reply and "15 oktober 2027" not in reply, chat.transcript()
    reply = chat.say("dus ik heb tijd tot oktober 2027 voor mijn ouders? of januari?")
    assert "15 januari 2027" in reply and "begrijp ik niet" not in reply, reply


def test_getrouwd_met_malee_38_thaise__her_age_not_the_belgians():
    """ "Ik ben in 2023 officieel getrouwd in Bangkok met Malee (38, Thaise)": 38 is hers, not
    the Belgian writer's (panel 61, g13: "Jij: Belg, 38 jaar")."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [Belg](sponsor_status:belgian). Ik ben in 2023 [officieel](marriage_type:official)"
        " getrouwd in Bangkok met Malee ([38](age), Thaise). Haar [zoon](relationship:stepchild)"
        " Nat is [15](age) en woont bij haar in Bangkok."
    )
    assert chat.state["sponsor"].get("age") != 38, chat.transcript()


def worker_mother_of_fatou() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben Mariama, [40](age) jaar, uit Guinee. Ik heb een [B-kaart](sponsor_status:"
        "third_country_national) (single permit) sinds 2021. Mijn [dochter](relationship:child)"
        " Fatou is [17](age), ze woont bij mijn moeder in Conakry. Kan zij bij mij komen?"
    )
    up_to_the_answer(
        chat, {"applicant.custody": "de vader is weg sinds 2012, niemand weet waar hij is"}
    )
    chat.say("Fatou wordt [18](age) op 20 februari 2027. Is er nog genoeg tijd?")
    return chat


def test_kan_ze_na_haar_18_een_humanitair_visum_vragen__her_age_stays_17():
    """ "kan ze na haar 18 een humanitair visum vragen?" of a daughter of 17: a later age, not
    hers now (panel 61, h13: "Je dochter: 18 jaar", then the adult child's questions); and
    "is er dan echt niks meer voor fatou?" hears of the humanitarian visa after 18."""
    chat = worker_mother_of_fatou()
    reply = chat.say(
        "kan ze na haar 18 een humanitair visum vragen?", intent="ask_humanitarian_visa"
    )
    assert chat.person("child")["age"] == 17, chat.transcript()
    assert "humanitair visum kan dan nog" in reply, reply
    reply = chat.say("en als het niet lukt voor 20 februari? is er dan echt niks meer voor fatou?")
    assert "humanitair visum kan dan nog" in reply, reply


def test_a_workers_deadline_hint_promises_no_incomplete_file():
    """Seed 002's "onvolledig dossier" acceptance is a protected person's family's: a worker
    with a permit hears "Dien op tijd in" only (panel 61, h13: C)."""
    reply = worker_mother_of_fatou().say("Termijn", intent="ask_deadline")
    assert "Dien op tijd in" in reply and "niet volledig" not in reply, reply


def test_hoe_werkt_dat_visum_om_te_trouwen__seed_001s_visa_and_not_the_humanitarian_tips():
    """A refugee's fiancé: "hoe werkt dat visum om te trouwen?" and "we hebben nooit
    samengewoond ... het visum om in belgie te trouwen, niet humanitair": seed 001's visa to
    marry, then the right; how it works is in no seed; the flight that "stopped a life together"
    is never said to a couple who never lived together (panel 61, h15)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben Rasha, [22](age) jaar, [erkend vluchteling](sponsor_status:refugee) uit Syrië"
        " sinds [1 maart 2026](recognition_date:2026-03-01). Mijn [verloofde](relationship:"
        "partner) Khaled ([25](age)) is in Damascus. We zijn verloofd maar niet getrouwd."
    )
    up_to_the_answer(
        chat, {"applicant.common_child": "nee", "applicant.impossible_to_marry": "nee"}
    )
    reply = chat.say("hoe werkt dat visum om te trouwen? wat hebben we nodig?",
                     intent="ask_humanitarian_visa", confidence=0.16)  # fmt: skip
    assert "visum vragen om in België te trouwen" in reply and "sterker" not in reply, reply
    chat.say("we hebben nooit samengewoond. en ik bedoel het visum om in belgie te trouwen")
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("wat maakt de aanvraag sterker?", intent="ask_humanitarian_visa")
    assert "samenleven alleen stopte door de gedwongen vlucht" not in reply, reply


def test_kunnen_ze_de_aanvraag_daar_indienen_of_moeten_ze_naar_damascus__the_post():
    """ "Kunnen ze de aanvraag daar indienen, of moeten ze naar Damascus?": seed 002's any
    Belgian post (panel 61, h12: "geen antwoord")."""
    reply = social_worker_for_omar().say(
        "Ze zijn Syrisch maar verblijven in Beiroet. Kunnen ze de aanvraag daar indienen, of"
        " moeten ze naar Damascus?"
    )
    assert "ambassade" in reply and "geen antwoord" not in reply, reply


def test_om_te_tonen_dat_ik_de_grootmoeder_ben__the_writer_and_the_chain_of_certificates():
    """ "Is de geboorteakte van mijn overleden dochter ook nodig, om te tonen dat ik de
    grootmoeder ben?": the writer is the grandmother, no grandmother who comes; seed 004's
    "bloedverwantschap ... met een geboorteakte" lists the mother's birth certificate (panel
    61, g8: "Is je grootmoeder op hoge leeftijd?")."""
    chat = belgian_grandmother()
    reply = chat.say(
        "Is de geboorteakte van mijn overleden [dochter](relationship:child) ook nodig, om te"
        " tonen dat ik de [grootmoeder](relationship:grandparent) ben?",
        intent="ask_documents",
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    assert "grootmoeder op hoge leeftijd" not in reply, reply
    reply = chat.say("Documenten", intent="ask_documents")
    assert "De geboorteakte van de ouder van je kleinzoon die het kind van jou is" in reply, reply


# --- round 62 (stop 35) ---------------------------------------------------------------------


def test_haar_vader_is_weg_sinds_2012_niemand_weet_waar__missing_not_dead():
    """ "Haar vader is weg sinds 2012, niemand weet waar hij is", then "ik zorg alleen voor
    haar, maar er is geen beslissing van een rechter": a missing father, not a dead one; the
    custody is hers without a judgment (panel 62, h13: "de andere ouder van je dochter is
    overleden. Toon het overlijden aan", three times)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Mijn [dochter](relationship:child) Fatou wil komen. Ze is [17](age) jaar. Ik heb een"
        " werkvergunning, single permit ([B-kaart](sponsor_status:third_country_national))"
    )
    chat.say("Nee. Haar [vader](relationship:parent) is weg sinds 2012, niemand weet waar hij is")
    reply = chat.say("ik zorg alleen voor haar, maar er is geen beslissing van een rechter")
    assert "overleden" not in chat.transcript(), chat.transcript()
    assert not chat.state["sponsor"].get("widowed"), chat.transcript()
    assert chat.person("child")["facts"].get("custody") == "sole", reply


def test_ik_schrijf_voor_mijn_buurman_tesfaye_44__a_volunteer_for_his_neighbour():
    """ "Ik schrijf voor mijn buurman Tesfaye (44)", then "Hij is geen cliënt, ik ben gewoon
    zijn buurman en help als vrijwilliger": a helper all along, who reads "je buurman" and
    "de vrouw van je buurman"; 44 is the neighbour's age (panel 62, g16: "Jij: erkend
    vluchteling", "je vrouw")."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "Ik schrijf voor mijn buurman Tesfaye ([44](age)). Hij is [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [3 november 2026](recognition_date:2026-11-03). Zijn"
        " [vrouw](relationship:spouse) Meron ([40](age), [officieel](marriage_type:official)"
        " getrouwd) en hun 3 [kinderen](relationship:child) van [14](age), [11](age) en [6](age)"
        " zitten in een kamp in Soedan."
    )
    assert "Over wie gaat" not in reply and chat.state["sponsor"].get("age") == 44, reply
    chat.say("Hij is geen cliënt, ik ben gewoon zijn buurman en help als vrijwilliger.")
    assert chat.state["writer"] == "helper", chat.transcript()
    up_to_the_answer(chat)
    assert "Je buurman: erkend vluchteling" in chat.transcript(), chat.transcript()
    assert "Jij: erkend vluchteling" not in chat.transcript(), chat.transcript()


def test_hoe_weet_ik_of_die_officieel_is__the_nikah_stays_religious():
    """ "dus telt de nikah niet?? hoe weet ik of die officieel is in somalie": a question, the
    marriage stays a nikah (panel 62, g12: "Ik heb het aangepast. Je man: officieel
    getrouwd")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 september]"
        "(recognition_date:2026-09-01). mijn [man](relationship:spouse) abdi [35](age) is in"
        " nairobi. [nikah](marriage_type:religious_or_customary) in mogadishu 2015, niet bij"
        " gemeente geregistreerd"
    )
    up_to_the_answer(chat)
    chat.say(
        "dus telt de [nikah](marriage_type:religious_or_customary) niet?? hoe weet ik of die"
        " [officieel](marriage_type:official) is in somalie"
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", chat.transcript()


def test_in_oktober_2025_ben_ik_18_geworden__no_age_now():
    """ "Ja, ik was 16 toen ik asiel vroeg ... In oktober 2025 ben ik 18 geworden." from a
    refugee of 19: a birthday past, not his age now (panel 62, g14: "Jij: ..., 18 jaar")."""
    chat = Chat(today=TODAY)
    chat.say(
        "Hoi, ik ben Farid, [19](age) jaar. Ik ben [erkend vluchteling](sponsor_status:refugee)"
        " sinds [15 oktober 2026](recognition_date:2026-10-15). Mijn [ouders](relationship:parent)"
        " zitten in Peshawar."
    )
    chat.say(
        "Ja, ik was [16](age) toen ik asiel vroeg in februari 2024. Ik ben alleen gekomen. In"
        " oktober 2025 ben ik [18](age) geworden."
    )
    assert chat.state["sponsor"]["age"] == 19, chat.transcript()


def test_kan_hij_niet_gewoon_gezinshereniging_krijgen__the_reason():
    """ "mijn broer is nog minderjarig. kan hij niet gewoon gezinshereniging krijgen?": the
    reason for the brother (seeds 001, 002: no right) (panel 62, g15: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
        "(recognition_date:2025-11-20). mijn [mama](relationship:parent) [61](age) en mijn"
        " [broer](relationship:sibling) [16](age) zijn in mogadishu"
    )
    up_to_the_answer(chat, {"sponsor.age": "[29](age)"})
    reply = chat.say(
        "mijn [broer](relationship:sibling) is nog minderjarig. kan hij niet gewoon"
        " gezinshereniging krijgen?"
    )
    assert "geen recht op gezinshereniging" in reply and "geen antwoord" not in reply, reply


def test_en_als_ze_pas_in_februari_kunnen_indienen_is_het_dan_voorbij__the_parents_day():
    """ "En als ze pas in februari kunnen indienen, is het dan voorbij voor mijn ouders?": their
    own last day (panel 62, g14: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [19](age), [erkend vluchteling](sponsor_status:refugee) sinds [15 oktober 2026]"
        "(recognition_date:2026-10-15). ik kwam alleen op 16 jaar, asiel gevraagd in februari"
        " 2024 als minderjarige. mijn [ouders](relationship:parent) willen komen"
    )
    up_to_the_answer(chat)
    reply = chat.say(
        "En als ze pas in februari kunnen indienen, is het dan voorbij voor mijn ouders?"
    )
    assert "15 januari 2027" in reply and "geen antwoord" not in reply, reply


def test_mag_ik_de_aanvraag_al_indienen_voor_3_mei__second_order_or_wait():
    """A Belgian of 20: "mag ik de aanvraag al indienen voor 3 mei, zodat het sneller gaat?":
    seed 000's request with a humanitarian visa in second order "wanneer de
    leeftijdsvoorwaarden niet vervuld zijn", or the request once both are 21 (panel 62, h6:
    the processing time)."""
    reply = belgian_of_20_married().say(
        "mag ik de aanvraag al indienen voor 3 mei, zodat het sneller gaat? of is dat verloren"
        " moeite"
    )
    assert "in tweede orde" in reply and "allebei oud genoeg" in reply, reply


def test_als_we_in_mei_gezinshereniging_aanvragen_welke_papieren__the_rights_documents():
    """ "en als we in mei gewoon gezinshereniging aanvragen, welke papieren dan?": the family
    reunification documents of a Belgian's spouse (seed 004: income, home, insurance), not
    the humanitarian visa's (panel 62, h6)."""
    reply = belgian_of_20_married().say(
        "en als we in mei gewoon gezinshereniging aanvragen, welke papieren dan?"
    )
    assert "loonfiches" in reply and "notariële eigendomsakte" in reply, reply
    assert "humanitaire aanvraag" not in reply, reply
