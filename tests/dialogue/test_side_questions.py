"""Issue 13: side questions answered from the seeds with the user's case in context, then back
to where the conversation was; follow-up questions get answers, never a re-run.

Each test is one of the issue's quoted messages (or its boundary), named by the seed sentence
that answers it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dialogue.side import amount, volunteered
from eligibility import parameters as P
from tests.dialogue.chat import Chat

ROUTE_SENTENCE = "recht op gezinshereniging. Dat is een recht"


def until_answer(chat: Chat, answers: dict[str, tuple[str, str]] | None = None) -> str:
    """Answer the bot's questions ("ja" unless `answers` says otherwise) up to the answer."""
    answers = answers or {}
    for _ in range(12):
        if chat.state["pending"] == "confirm":
            return chat.say("ja", intent="affirm")
        markup, intent = answers.get(chat.question or "", ("ja", "affirm"))
        chat.say(markup, intent=intent)
    raise AssertionError(chat.transcript())


def refugee_wife(recognised: str = "3 maart 2026", iso: str = "2026-03-03") -> Chat:
    chat = Chat()
    chat.say(
        f"ik ben [erkend](sponsor_status:refugee) sinds [{recognised}](recognition_date:{iso}),"
        " ik ben [35](age:sponsor), [mijn vrouw](relationship:spouse) is [30](age), we zijn "
        "[officieel](marriage_type:official) getrouwd"
    )
    until_answer(chat)
    return chat


def belgian_daughter() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), ik ben [40](age:sponsor), "
        "[mijn dochter](relationship:child) is [10](age)"
    )
    until_answer(chat, {"applicant.custody": ("[alleen ik](custody:sole)", "inform")})
    return chat


def refugee_mother(**facts: str) -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
        ", ik ben [35](age:sponsor). [mijn moeder](relationship:parent) is [68](age)"
        + facts.get("first", "")
    )
    for message in facts.get("more", ()):
        chat.say(message)
    until_answer(chat)
    return chat


def buttons(chat: Chat) -> list[str]:
    return [b["title"] for b in chat.last.replies[-1]["buttons"]]


# --- (a) where to apply: seed 002, art. 12bis, §1 -------------------------------------------------


def test_bij_welke_ambassade_elke_belgische_post_en_een_referentiepost_seed_002():
    """ "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat die of dat voor de
    visummaterie bevoegd is aanbieden ... De FOD Buitenlandse Zaken kan één enkele
    referentiepost aanduiden" (seed 002)."""
    chat = refugee_wife()
    reply = chat.say("bij welke ambassade moet ze gaan? islamabad of teheran?", "ask_documents")
    assert "elke Belgische ambassade" in reply and "referentiepost" in reply
    assert "waar je vrouw nu woont of verblijft" in reply
    assert "www.diplomatie.fed.be" in reply and "art. 12bis, §1" in reply
    assert "Documenten voor" not in reply  # not the list of documents
    assert "Met iemand praten" in buttons(chat)  # back to the answer's menu


def test_a_belgians_daughter_applies_at_the_post_of_her_residence_not_any_post():
    """ "Over het algemeen moet de visumaanvraag worden ingediend bij de Belgische ambassade of
    het Belgisch consulaat die of dat bevoegd is voor de verblijfplaats van de aanvrager" (002);
    the choice of any post is for family of protected persons only."""
    reply = belgian_daughter().say("bij welke ambassade moet ze gaan?", "ask_documents")
    assert "bevoegd is voor de plaats waar je dochter woont" in reply
    assert "elke Belgische ambassade" not in reply


def test_a_humanitarian_request_goes_to_the_competent_post_marked_humanitarian():
    """ "de bevoegde Belgische diplomatieke post"; "op het visumformulier aan te duiden dat het
    om een humanitaire visumaanvraag gaat" (seed 001). Seed 002's "elke Belgische ambassade"
    is art. 12bis, §1 (family reunification; panel 130, t1)."""
    reply = refugee_mother().say("waar moet ze de aanvraag indienen?", "inform")
    assert "bevoegd is voor de plaats waar" in reply and "humanitaire aanvraag" in reply
    assert "elke Belgische ambassade" not in reply


def test_where_to_apply_asked_mid_form_goes_back_to_the_open_question():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn zoon](relationship:child) is [12](age)"
    )
    question = chat.question
    assert question == "sponsor.recognition_date", chat.transcript()
    reply = chat.say("bij welke ambassade moet hij gaan?", "ask_documents")
    assert "elke Belgische ambassade" in reply
    assert reply.rstrip().endswith("Schrijf bijvoorbeeld: 3 maart 2025.")
    assert chat.question == question


# --- (b) income: seed 004 reference amount, needs analysis; seed 003 exemption ------------------


def test_1400_euro_for_a_belgian_is_below_the_reference_amount_and_gets_a_needs_analysis():
    """ "Wat als de bestaansmiddelen ... lager zijn dan 1.555,09 euro per maand? Geef dan best
    alle gegevens ... individuele behoefteanalyse" (seed 004)."""
    chat = belgian_daughter()
    reply = chat.say("ik verdien 1400 euro netto, is dat genoeg?", "ask_means_of_subsistence")
    assert "1.400 euro per maand" in reply
    assert "minder dan het referentiebedrag van 1.555,09 euro" in reply
    assert "behoefteanalyse" in reply and "art. 40ter" in reply
    assert ROUTE_SENTENCE not in reply  # an answer, not a re-run
    assert "Met iemand praten" in buttons(chat)


def test_1600_euro_for_a_belgian_reaches_the_reference_amount_no_extra_proof():
    """ "inkomen ... gelijk is aan of hoger is dan het wettelijke referentiebedrag, dan hoef je
    geen bijkomende bewijzen toe te voegen (Grondwettelijk Hof ... nr. 121/2013)" (seed 004)."""
    reply = belgian_daughter().say("en als ik 1600 euro verdien?", "ask_means_of_subsistence")
    assert "minstens het referentiebedrag van 1.555,09 euro" in reply
    assert "geen extra bewijzen" in reply and "121/2013" in reply
    assert "behoefteanalyse" not in reply


def test_exactly_the_reference_amount_is_enough():
    reference = P.REFERENCE_INCOME_EUR_PER_MONTH.value
    written = f"{reference:.2f}".replace(".", ",")
    reply = belgian_daughter().say(f"ik verdien {written} euro", "ask_means_of_subsistence")
    assert "minstens het referentiebedrag" in reply


def test_a_refugee_within_12_months_need_not_prove_income_whatever_the_amount_seed_003():
    """ "De gezinshereniger moet niet bewijzen dat hij over bestaansmiddelen beschikt wanneer de
    afstamming ... vóór zijn aankomst in België werd vastgesteld en het verzoek ... binnen het
    jaar (12 maanden) na de erkenning" (seed 003)."""
    chat = refugee_wife()
    reply = chat.say("ik verdien 1400 euro netto, is dat genoeg?", "ask_means_of_subsistence")
    assert "hoeft nu geen inkomen te bewijzen" in reply
    assert "binnen 12 maanden na de erkenning" in reply
    assert "1.400 euro per maand" in reply and "3 maart 2027" in reply
    assert "1.555,09" not in reply  # a Belgian sponsor's amount, not a refugee's
    assert ROUTE_SENTENCE not in reply


def test_a_refugee_after_12_months_must_prove_income_and_no_amount_is_invented():
    """After the favourable period: "de klassieke voorwaarden" (seed 002); seed 003 names no
    amount for art. 10 sponsors."""
    chat = refugee_wife("10 januari 2025", "2025-01-10")
    reply = chat.say("ik verdien 1400 euro netto, is dat genoeg?", "ask_means_of_subsistence")
    assert "stabiele, regelmatige en voldoende inkomsten" in reply
    assert "geen vast bedrag" in reply and "1.555,09" not in reply
    assert "hoeft nu geen inkomen" not in reply


def test_income_for_a_humanitarian_visa_helps_show_the_sponsor_can_provide():
    """ "bewijzen dat ... u in staat zal zijn om het familielid ten laste te nemen ... het bewijs
    van uw inkomen in België" (seed 001)."""
    reply = refugee_mother().say("ik verdien 1400 euro, is dat genoeg?", "ask_means_of_subsistence")
    assert "geen vast inkomen" in reply and "bewijs van je inkomen" in reply


# --- (c) what counts as income: only what the seeds say ------------------------------------------


def test_leefloon_telt_dat_the_seeds_do_not_say_and_the_ngo_is_named():
    chat = refugee_wife("10 januari 2025", "2025-01-10")
    reply = chat.say("leefloon, telt dat als inkomen?", "ask_means_of_subsistence")
    assert "staat niet in onze informatie" in reply and "leefloon" in reply
    assert "niet ten laste mag vallen van de overheid" in reply  # seed 003
    assert "advocaat" in reply


def test_what_counts_for_a_belgian_lists_the_proofs_of_seed_004():
    """ "het meest recente aanslagbiljet ... loonfiches ... bewijzen van het actief zoeken naar
    werk, in combinatie met het bewijs van de werkloosheidsuitkering" (seed 004)."""
    reply = belgian_daughter().say("telt een uitkering mee als inkomen?", "inform")
    assert "loonfiches" in reply and "werkloosheidsuitkering" in reply
    assert "actief werk zoekt" in reply


# --- (d) who pays the DNA test: the seeds are silent ---------------------------------------------


def test_wie_betaalt_de_dna_test_says_the_seeds_are_silent_and_points_to_the_ngo():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn zoon](relationship:child) is [12](age)"
    )
    reply = chat.say("wie betaalt de DNA-test?", "ask_costs")
    assert "Wie de DNA-test betaalt, staat niet in onze informatie." in reply
    assert "advocaat" in reply and "onze organisatie" in reply
    # seed 003: "weigeren, onder voorbehoud van een DNA-test"
    assert "DNA-test de band toont" in reply
    assert "retributie" not in reply  # not the fee answer
    assert chat.question == "sponsor.recognition_date"


def test_dna_test_for_a_belgians_child_after_no_other_valid_evidence_seed_004():
    """ "Als je ook geen 'andere geldige bewijzen' kan voorleggen, dan kan de DVZ een DNA-test
    uitvoeren." (seed 004)."""
    reply = belgian_daughter().say("hoe zit het met de dna test?", "ask_dna_test")
    assert "DNA-test uitvoeren" in reply and "art. 40ter" in reply
    assert "betaalt" not in reply


# --- (e) deadline: the computed date, and the calendar ------------------------------------------


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("tot wanneer moet ik da indienen?", "ask_deadline"),
        ("wat is mijn deadline juist?", "inform"),
    ],
)
def test_the_deadline_is_the_date_computed_for_this_case_not_the_generic_12_months(message, intent):
    chat = refugee_wife()
    reply = chat.say(message, intent)
    assert "uiterlijk op 3 maart 2027" in reply
    days = (dt.date(2027, 3, 3) - chat.today).days
    assert f"nog {days} dagen" in reply
    assert "binnen 12 maanden na je erkenning" not in reply  # the generic FAQ
    assert ROUTE_SENTENCE not in reply


def test_a_passed_deadline_says_it_was_and_what_a_late_request_means_seed_002():
    """ "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend indien de
    aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld zijn" (seed 002)."""
    chat = refugee_wife("10 januari 2025", "2025-01-10")
    reply = chat.say("tot wanneer moet ik da indienen?", "ask_deadline")
    assert "de laatste dag was 10 januari 2026" in reply
    assert "Het recht blijft" in reply


def test_the_deadline_before_the_recognition_date_is_known_asks_for_it():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn zoon](relationship:child) is [12](age)"
    )
    reply = chat.say("tot wanneer moet ik da indienen?", "ask_deadline")
    assert "datum van de erkenning" in reply
    assert chat.question == "sponsor.recognition_date"


def test_a_humanitarian_visa_has_no_filing_deadline_and_can_take_a_year():
    """ "De wet verplicht de Dienst Vreemdelingenzaken niet om binnen een bepaalde termijn een
    beslissing te nemen. De behandelingstermijn kan tot een jaar of meer oplopen." (seed 001)"""
    reply = refugee_mother().say("tot wanneer moet ik da indienen?", "ask_deadline")
    assert "geen vaste termijn" in reply and "een jaar of langer" in reply
    assert "3 maart 2027" not in reply


def test_kan_ik_dat_in_mijn_agenda_zetten_sends_the_deadline_as_ics():
    chat = refugee_wife()
    reply = chat.say("kan ik dat in mijn agenda zetten?", "affirm")
    assert chat.last.calendar == dt.date(2027, 3, 3)
    assert "agenda-bestand" in reply and "3 maart 2027" in reply
    assert "Klopt dat?" not in reply and "Dank je voor je reactie" not in reply


def test_no_calendar_file_without_a_date_ahead():
    chat = refugee_wife("10 januari 2025", "2025-01-10")
    reply = chat.say("kan ik dat in mijn agenda zetten?", "affirm")
    assert chat.last.calendar is None and "geen vaste datum" in reply


# --- (f) "is er echt niks?": what strengthens a humanitarian request -----------------------------


def test_is_er_echt_niks_gives_what_strengthens_the_request_and_the_hand_off_offer():
    """Seed 001: "bewijzen dat geen enkel ander familielid voor het betrokken familielid kan
    zorgen", "een rapport van een internationale organisatie (zoals het UNHCR, het ICRK,...)";
    seed 000: "Een verwijzing naar de algemene situatie volstaat voor DVZ niet"."""
    chat = refugee_mother()
    reply = chat.say("maar ze is daar alleen en in gevaar, is er echt niks?", "inform")
    assert "Dit maakt de aanvraag voor je moeder sterker" in reply
    assert "geen ander familielid voor je moeder kan zorgen" in reply
    assert "algemene situatie in het land is niet genoeg" in reply and "Rode Kruis" in reply
    assert "uitzonderlijke kwetsbaarheid" in reply  # seed 000, elderly parent
    assert buttons(chat) == ["Met iemand praten"]
    assert "Kosten:" not in reply and "Dit is mijn inschatting" not in reply  # no re-run


def test_is_er_echt_niks_before_any_answer_is_no_side_question():
    chat = Chat()
    chat.say("ik ben [erkend](sponsor_status:refugee), [mijn moeder](relationship:parent)")
    reply = chat.say("maar ze is daar alleen en in gevaar, is er echt niks?", "inform")
    assert "sterker" not in reply
    assert chat.person("parent")["noted"] == ["alone", "danger"]


# --- 2. volunteered facts, for the person they belong to ----------------------------------------


def test_volunteered_facts_become_things_to_prove_in_the_humanitarian_answer():
    """ "Je bent behoeftig op medisch vlak" (000); "de emotionele en psychologische
    afhankelijkheid"; "het bewijs van geldoverschrijvingen aan het familielid" (001)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
        ", ik ben [35](age:sponsor). [mijn moeder](relationship:parent) is [68](age), ze is ziek "
        "en ze heeft mij opgevoed"
    )
    chat.say("ik stuur haar elke maand geld")
    reply = until_answer(chat)
    assert chat.person("parent")["noted"] == ["ill", "raised", "money"]
    assert "Wat je vertelde over je moeder, helpt als je het bewijst:" in reply
    assert "toon de ziekte zo concreet mogelijk aan" in reply
    assert "sterke emotionele band" in reply
    assert "bewijzen van de geldoverschrijvingen" in reply


def test_ze_is_ziek_en_alleen_count_for_the_humanitarian_chance_seed_000():
    """ "Een hoge leeftijd, medische problemen en een geïsoleerde situatie door het wegvallen
    van familieleden kunnen een belangrijke rol spelen" (seed 000): never asked again."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
        ", ik ben [35](age:sponsor). [mijn moeder](relationship:parent) is [68](age), ze is ziek "
        "en helemaal alleen"
    )
    until_answer(chat)
    asked = " ".join(chat.log)
    assert "medische zorg nodig" not in asked and "er alleen voor" not in asked
    mother = chat.person("parent")
    assert mother["facts"]["medical_needs"] is True and mother["facts"]["isolated"] is True


def test_a_volunteered_fact_goes_to_the_person_the_pronoun_names():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn broer](relationship:sibling) en "
        "[mijn moeder](relationship:parent) willen komen"
    )
    chat.say("ze is heel ziek")
    assert chat.person("parent").get("noted") == ["ill"]
    assert not chat.person("sibling").get("noted")


def test_ze_zijn_ziek_is_several_people_and_noted_on_nobody():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn dochter](relationship:child) en "
        "[mijn zoon](relationship:child) willen komen"
    )
    chat.say("ze zijn allebei ziek")
    assert not any(p.get("noted") for p in chat.people)


def test_without_consent_who_pays_the_dna_test_is_still_answered_generally():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    chat.say("nee", intent="deny")
    reply = chat.say("wie betaalt de DNA-test?", "ask_dna_test")
    assert "Wie de DNA-test betaalt, staat niet in onze informatie." in reply
    assert "DNA-test voorstellen" in reply  # the general seed 002 answer


def test_a_volunteered_fact_about_nobody_clear_is_not_noted():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee), [mijn zoon](relationship:child) en "
        "[mijn broer](relationship:sibling) willen komen"
    )
    chat.say("er is oorlog")
    assert not any(p.get("noted") for p in chat.people)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("ze is ziek", ["ill"]),
        ("ze is niet ziek", []),
        ("ze heeft mij opgevoed", ["raised"]),
        ("ik stuur haar elke maand geld", ["money"]),
        ("ik stuur haar de documenten", []),
        ("ze is daar helemaal alleen", ["alone"]),
        ("hij is in gevaar", ["danger"]),
        ("heb ik een ziekteverzekering nodig?", []),
    ],
)
def test_volunteered_fact_words(text, facts):
    assert volunteered(text) == facts


def test_money_sent_each_month_is_a_volunteered_fact_not_an_income_question():
    chat = belgian_daughter()
    reply = chat.say("ik stuur haar 200 euro per maand", "inform")
    assert "referentiebedrag" not in reply
    assert chat.person("child")["noted"] == ["money"]


def test_an_income_word_in_a_story_is_no_income_question():
    chat = Chat()
    chat.say("ik ben [erkend](sponsor_status:refugee), [mijn moeder](relationship:parent)")
    reply = chat.say("ze heeft geen pensioen", "inform")
    assert "inkomen" not in reply.lower()


# --- (g) follow-ups and the way back ------------------------------------------------------------


def test_follow_up_questions_after_the_answer_are_answered_never_a_re_run():
    chat = refugee_wife()
    for message, intent in [
        ("ik verdien 1400 euro netto, is dat genoeg?", "ask_means_of_subsistence"),
        ("en waar moet ze dat indienen?", "inform"),
        ("tot wanneer?", "ask_deadline"),
    ]:
        reply = chat.say(message, intent)
        assert ROUTE_SENTENCE not in reply and "Kosten:" not in reply, chat.transcript()
        assert "Met iemand praten" in buttons(chat)


def test_a_side_question_during_the_read_back_shows_the_read_back_again():
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
        ", ik ben [35](age:sponsor), [mijn vrouw](relationship:spouse) is [30](age), we zijn "
        "[officieel](marriage_type:official) getrouwd"
    )
    while chat.state["pending"] != "confirm":
        chat.say("ja", intent="affirm")
    reply = chat.say("ik verdien 1400 euro, is dat genoeg?", "ask_means_of_subsistence")
    assert "hoeft nu geen inkomen te bewijzen" in reply
    assert reply.rstrip().endswith("Klopt dat?")
    assert chat.state["pending"] == "confirm"


# --- amounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ik verdien 1400 euro netto", Decimal("1400")),
        ("€ 1.400 per maand", Decimal("1400")),
        ("1.555,09 euro", Decimal("1555.09")),
        ("1400 netto, genoeg?", Decimal("1400")),
        ("ik ben 35", None),
    ],
)
def test_amounts_are_read_in_dutch_notation(text, value):
    assert amount(text) == value


# --- the route not known yet (a fact still missing): the favourable period said as a condition


def _refugee_spouse_age_missing() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [maart 2026](recognition_date:2026-03-15), [mijn vrouw](relationship:spouse) is in syrie"
    )
    assert chat.question == "applicant.age", chat.transcript()
    return chat


def test_the_deadline_is_given_as_a_condition_while_the_route_is_not_known():
    chat = _refugee_spouse_age_missing()
    reply = chat.say("tot wanneer moet ik da indienen?", intent="ask_deadline")
    assert "15 maart 2027" in reply and "Dit geldt als je vrouw recht heeft" in reply
    assert reply.rstrip().endswith("Hoe oud is je vrouw?"), chat.transcript()


def test_income_within_the_favourable_period_is_not_needed_if_the_right_applies():
    chat = _refugee_spouse_age_missing()
    reply = chat.say("ik verdien 1400 euro netto, is dat genoeg?")
    assert "hoeft geen inkomen te bewijzen als" in reply and "15 maart 2027" in reply
    assert "geen vast bedrag" not in reply, chat.transcript()


def test_after_the_favourable_period_income_must_be_proven_while_the_route_is_not_known():
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [maart 2024](recognition_date:2024-03-15), [mijn vrouw](relationship:spouse) is in syrie"
    )
    reply = chat.say("ik verdien 1400 euro netto, is dat genoeg?")
    assert "hoeft geen inkomen" not in reply, chat.transcript()


def test_an_asylum_seekers_wife_hears_no_right_yet_and_a_humanitarian_visa_now():
    """Seed 000: "Uiteraard kunnen ook familieleden van andere derdelanders ... in aanmerking
    komen voor een humanitair visum."; the right itself only after recognition (seed 003)."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker) in februari en wacht nog."
        " kan [mn vrouw](relationship:spouse) al komen?"
    )
    reply = chat.say("ja", intent="affirm")
    assert reply.startswith("Je bent nog asielzoeker"), chat.transcript()
    assert "pas na de erkenning" in reply and "humanitair visum" in reply
    assert chat.last.slots["route"] == "humanitarian_visa"


def test_a_side_question_in_a_message_that_also_answers_is_answered_too():
    """ "Ze is 31. Wie betaalt eigenlijk de DNA-test als dat nodig is?" (blind set): the age is
    stored, the question answered, and the dialogue goes on with its next question."""
    chat = Chat()
    chat.say(
        "Ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
        " [augustus](recognition_date:2026-08-01). Kan [mijn vrouw](relationship:spouse) komen?"
    )
    reply = chat.say("Ze is 31. Wie betaalt eigenlijk de DNA-test als dat nodig is?")
    assert chat.person("spouse")["age"] == 31
    assert "DNA-test" in reply and chat.question != "applicant.age", chat.transcript()


def test_parents_of_an_unaccompanied_minor_hear_once_to_apply_before_he_turns_18():
    """ "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (seed 001); "je mama" and
    "je papa" are named by their own words, without a number."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds"
        " [7 oktober 2026](recognition_date:2026-10-07), ik kwam alleen."
        " kunnen [mama](relationship:parent) en [papa](relationship:parent) komen?"
    )
    reply = chat.say("ja", intent="affirm")
    assert reply.count("vóór je 18de verjaardag") == 1, chat.transcript()
    assert "vóór je 18 wordt" not in reply and reply.count("vervalt") == 1  # one line on a phone
    assert "• Je mama en je papa: recht op gezinshereniging" in reply and "eerste" not in reply


def test_the_costs_follow_up_says_who_pays_without_contradicting_itself():
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name om
    zijn meerderjarige kinderen"; the spouse pays none. One line, never both for one person."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03),"
        " [mijn vrouw](relationship:spouse) is [40](age) en [mijn zoon](relationship:child) is"
        " [20](age)"
    )
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd", "sponsor.age": "ik ben 45"})
    reply = chat.say("wat kost dat?", intent="ask_costs")
    assert "voor je zoon is er een bijdrage" in reply, chat.transcript()
    assert reply.count("bijdrage (retributie)") == 1


def test_facts_told_after_a_humanitarian_answer_are_named_as_things_to_prove():
    """ "ze heeft suiker en iets aan haar hart, er is niemand anders" (blind set) after the
    answer: seed 000 "Een hoge leeftijd, medische problemen en een geïsoleerde situatie ..."."""
    chat = refugee_mother()
    reply = chat.say("ze heeft suiker en iets aan haar hart, er is niemand anders")
    assert "Wat je vertelde over je moeder" in reply and "Ziek:" in reply, chat.transcript()
    assert "Heb je nog een vraag" not in reply


def test_moeten_we_opnieuw_trouwen_after_a_religious_marriage_is_answered():
    chat = Chat()
    chat.say(
        "k ben [erkend](sponsor_status:refugee) sinds [3 mei 2026](recognition_date:2026-05-03)."
        " [mn vrouw](relationship:spouse) is [24](age)"
    )
    chat.say("alleen in de moskee, nikah. nooit op papier gezet.")
    for _ in range(8):
        if chat.state.get("answered"):
            break
        chat.say("ik ben 30" if chat.question == "sponsor.age" else "ja", intent="inform")
    first = chat.log[-1]
    assert "visum gezinshereniging (art. 10" in first, chat.transcript()
    reply = chat.say("moeten we dan opnieuw trouwen?", intent="restart")
    assert "zegt niet dat jullie opnieuw moeten trouwen" in reply
    assert "land waar jullie trouwden" in reply


def test_moet_ik_wachten_tot_ik_erkend_ben_is_answered_for_an_asylum_seeker():
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker) in februari."
        " kan [mn vrouw](relationship:spouse) komen?"
    )
    chat.say("ja", intent="affirm")
    reply = chat.say("Moet ik dan wachten tot ik erkend ben?", intent="goodbye")
    assert "Gezinshereniging kan pas na de erkenning" in reply and "ook nu al" in reply
    assert "bespreek je best met een advocaat" in reply  # no "Wacht" of ours (panel 38, h2)


def test_a_workers_baby_needs_a_passport_and_hears_no_refugee_exception():
    """Seed 002: "De algemene regel is dat een geldig reisdocument moet worden voorgelegd"; the
    exception is only for family of a refugee or a person with subsidiary protection."""
    chat = Chat()
    chat.say(
        "k werk hier met een [verblijfskaart](sponsor_status:third_country_national)."
        " [mn vrouw](relationship:spouse) is [24](age) en [onze baby](relationship:child) is"
        " pasgeboren"
    )
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd", "sponsor.age": "ik ben 28"})
    reply = chat.say("moet de baby dan ook al een paspoort hebben?", intent="ask_travel_document")
    assert "Het paspoort van je baby" in reply, chat.transcript()
    assert "vluchteling" not in reply


def test_parents_of_a_minor_who_turned_18_hear_the_3_month_condition_of_the_fee():
    """Seed 002: "Deze vrijstelling is ook van toepassing indien [hij] in de loop van de
    asielprocedure meerderjarig is geworden en de visumaanvraag binnen de drie maanden na de
    erkenning ... wordt ingediend.\""""
    chat = Chat()
    chat.say(
        "ik ben [19](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds"
        " [7 oktober 2026](recognition_date:2026-10-07). ik kwam alleen en vroeg asiel."
        " kunnen [mama](relationship:parent) en [papa](relationship:parent) komen?"
    )
    reply = ""
    for _ in range(8):
        if chat.state.get("answered"):
            break
        reply = chat.say("ja", intent="affirm")
    assert "uiterlijk op 7 januari 2027 gebeurt (3 maanden na de erkenning)" in reply, (
        chat.transcript()
    )


def test_als_ze_21_wordt_gets_the_couple_age_rule_and_a_new_request():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België.\""""
    chat = Chat()
    chat.say(
        "ik werk hier met een [b-kaart](sponsor_status:third_country_national)."
        " [mijn vrouw](relationship:spouse) is [20](age)"
    )
    chat.say("officieel getrouwd")
    chat.say("ik ben 30")
    for _ in range(6):
        if chat.state.get("answered"):
            break
        yes = chat.state["pending"] == "confirm"
        chat.say("ja" if yes else "nee", intent="affirm" if yes else "deny")
    reply = chat.say("En als ze volgend jaar 21 wordt, moeten we dan opnieuw een aanvraag doen?")
    assert "allebei 21 jaar" in reply and "oud genoeg? Dan kan" in reply, chat.transcript()


def test_heeft_de_vader_iets_te_zeggen_gets_custody_and_consent():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen"."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [mijn dochter](relationship:child) is [12](age)"
        " en woont bij haar vader in marokko"
    )
    for _ in range(10):
        if chat.state.get("answered"):
            break
        answer = {"applicant.custody": "samen", "sponsor.age": "ik ben 35"}.get(chat.question)
        chat.say(answer or "ja", intent="inform" if answer else "affirm")
    reply = chat.say("Heeft de vader dan iets te zeggen?")
    assert "toestemming van de andere ouder van je dochter" in reply, chat.transcript()


def test_documents_for_a_family_list_each_document_in_full_once():
    """Panel: "~650 words, the same 7-8 bullets repeated per child"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03),"
        " [mijn vrouw](relationship:spouse) is [40](age) en [mijn zonen](relationship:child) zijn"
        " [6](age) en [10](age)"
    )
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd", "sponsor.age": "ik ben 45"})
    reply = chat.say("Documenten", intent="ask_documents")
    assert "je vrouw" in reply and "zoon van 6 jaar" in reply and "zoon van 10 jaar" in reply
    assert reply.count("Laat buitenlandse akten legaliseren") == 1
    assert reply.count("De beslissing van het CGVS") == 1
    assert len(reply.split()) < 450, reply


def test_income_for_a_parents_humanitarian_visa_helps_and_is_never_exempt():
    """Seed 000 (Ouder met hoge leeftijd): "Het dossier is sterker ... als je kan aantonen dat je
    kind over voldoende bestaansmiddelen ... beschikt"; panel: it was told "moet je niet bewijzen"."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection)."
        " [mijn vader](relationship:parent) is [77](age), hij heeft hartproblemen en is weduwnaar"
    )
    for _ in range(8):
        if chat.state.get("answered"):
            break
        if chat.question == "sponsor.age":
            chat.say("ik ben 45")
        elif chat.state["pending"] == "confirm":
            chat.say("ja", intent="affirm")
        else:
            chat.say("nee", intent="deny")
    reply = chat.say(
        "Helpt het als ik kan bewijzen dat ik genoeg verdien?", "ask_means_of_subsistence"
    )
    assert "bewijs van je inkomen" in reply and "moet je dat niet bewijzen" not in reply
    assert set(chat.person("parent")["noted"]) >= {"ill", "alone"}


def test_the_asylum_seeker_situation_is_said_once_for_the_family():
    """Panel: "say the asylum-seeker paragraph once, not once per relative"."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker) en wacht nog."
        " [mijn vrouw](relationship:spouse) is [30](age) en [mijn kind](relationship:child) is"
        " [5](age)"
    )
    reply = chat.say("ja", intent="affirm")
    assert reply.count("Je bent nog asielzoeker") == 1, chat.transcript()
