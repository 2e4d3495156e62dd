"""The rules of the issue-12 clusters (stop 19), each tested on both sides: what the rule
changes, and the neighbouring case it must leave alone. Messages come without the NLU's
relationship entities where the rule is about the dialogue's own reading."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def refugee(chat: Chat) -> None:
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2026](recognition_date:2026-03-03)"
    )


ANSWERS = {"applicant.marriage": "officieel getrouwd", "sponsor.status": "ik heb een b-kaart"}


def until(chat: Chat, fact: str, turns: int = 8) -> None:
    """Answer the bot's questions plainly until it asks `fact`."""
    for _ in range(turns):
        if chat.question == fact:
            return
        chat.say(ANSWERS.get(chat.question or "", "nee"))
    assert chat.question == fact, chat.transcript()


def relationships(chat: Chat) -> list[str]:
    return sorted(p["relationship"] for p in chat.people)


# --- 1. context persons -------------------------------------------------------------------


def test_parents_dead_in_a_later_clause_are_no_applicants_but_the_grandmother_is():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian). mijn oma is 81. ze heeft mij grootgebracht "
             "want mijn ouders zijn dood.")  # fmt: skip
    assert relationships(chat) == ["grandparent"], chat.transcript()
    assert chat.person("grandparent")["age"] == 81


def test_parents_who_no_longer_live_by_back_reference_are_no_applicants():
    chat = Chat()
    refugee(chat)
    chat.say("mijn zus van 14 wil komen. mijn ouders, die leven niet meer.")
    assert relationships(chat) == ["sibling"], chat.transcript()


def test_living_parents_named_the_same_way_are_applicants():
    chat = Chat()
    refugee(chat)
    chat.say("mijn ouders, die wonen nog in idlib.")
    assert relationships(chat) == ["parent", "parent"], chat.transcript()


def test_the_relative_someone_lives_with_is_no_applicant():
    chat = Chat()
    refugee(chat)
    chat.say("mijn twee kinderen van 5 en 9 zijn bij mijn moeder in khartoum")
    assert relationships(chat) == ["child", "child"], chat.transcript()


def test_the_wifes_daughter_is_a_stepchild_and_the_wife_here_no_applicant():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian). mijn vrouw is al hier, het gaat over haar "
             "dochter van 15 die nog in marokko bij haar oma woont.")  # fmt: skip
    assert relationships(chat) == ["stepchild"], chat.transcript()
    assert chat.person("stepchild")["age"] == 15


def test_a_friend_who_told_something_is_no_partner_but_my_girlfriend_is():
    chat = Chat()
    refugee(chat)
    chat.say(
        "k hoorde van een vriend da ge uw ouders kunt laten komen. mama en papa zitten in idlib"
    )
    assert relationships(chat) == ["parent", "parent"], chat.transcript()
    other = Chat()
    refugee(other)
    other.say("mijn vriendin zit nog in kampala")
    assert relationships(other) == ["partner"], other.transcript()


def test_the_other_parent_is_no_applicant():
    chat = Chat()
    refugee(chat)
    chat.say("mijn zoon van 9 woont in kabul. de mama van mijn zoon is ook daar.")
    assert relationships(chat) == ["child"], chat.transcript()


def test_a_helper_writing_for_an_uncle_asks_about_the_uncles_wife():
    chat = Chat()
    chat.say("ik schrijf voor mijn oom. hij is [erkend vluchteling](sponsor_status:refugee). "
             "hij wil zijn vrouw uit jemen laten komen.")  # fmt: skip
    assert chat.state["writer"] == "helper"
    assert relationships(chat) == ["spouse"], chat.transcript()


# --- 2. registered partners -----------------------------------------------------------------


def test_a_registered_partnership_makes_a_registered_partner():
    chat = Chat()
    chat.say("ik heb een [verblijfskaart](sponsor_status:third_country_national). mijn partner en "
             "ik hebben een geregistreerd partnerschap in rotterdam.")  # fmt: skip
    partner = chat.person("registered_partner")
    assert partner["facts"]["partnership"] == "legally_registered"
    assert partner["facts"]["partnership_country"] == "Nederland"


def test_wettelijk_samenwonend_and_samenlevingscontract_are_registered_too():
    for words in ("we zijn wettelijk samenwonend", "we hebben een samenlevingscontract"):
        chat = Chat()
        chat.say(f"[mijn vriendin](relationship:partner) zit in brazilie, {words}")
        assert chat.person("registered_partner")["facts"]["partnership"] == "legally_registered"


def test_a_girlfriend_without_registration_stays_a_de_facto_partner():
    chat = Chat()
    chat.say("[mijn vriendin](relationship:partner) zit in brazilie, niks geregistreerd")
    partner = chat.person("partner")
    assert partner["facts"]["partnership"] == "none"


# --- 3. plain answers, unknown facts, no loops ----------------------------------------------


def test_weet_ik_niet_records_the_fact_as_unknown_and_moves_on():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is [30](age)")
    asked = chat.question
    reply = chat.say("dat weet ik niet")
    assert chat.question != asked, chat.transcript()
    assert "verder" in reply


def test_the_same_fact_is_asked_at_most_twice():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is [30](age)")
    asked = chat.question
    chat.say("blablabla", intent="nlu_fallback")
    chat.say("blablabla", intent="nlu_fallback")
    chat.say("blablabla", intent="nlu_fallback")
    assert sum(1 for line in chat.log if line.startswith("<")) > 0
    assert chat.question != asked, chat.transcript()


def test_a_date_answer_in_free_words_with_a_day_number_is_a_date_not_an_age():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is [30](age), ik ben "
             "[erkend vluchteling](sponsor_status:refugee)")  # fmt: skip
    chat.state["question"] = {"person": None, "fact": "sponsor.recognition_date"}
    reply = chat.say("In juli vorig jaar, 21 juli.")
    assert chat.sponsor["recognition_date"][:7] == "2025-07", chat.transcript()
    assert chat.person("spouse")["age"] == 30 and "21 jaar" not in reply


def test_an_age_typed_at_the_date_question_is_still_no_date():
    chat = Chat()
    chat.say("[mijn zoon](relationship:child) is [9](age), ik ben "
             "[erkend vluchteling](sponsor_status:refugee)")  # fmt: skip
    chat.state["question"] = {"person": None, "fact": "sponsor.recognition_date"}
    chat.say("hij is 12")
    assert chat.sponsor.get("recognition_date") is None


def test_ik_ben_30_answers_the_writers_own_age_question():
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is [30](age), ik heb een "
             "[verblijfskaart](sponsor_status:third_country_national)")  # fmt: skip
    until(chat, "sponsor.age")
    chat.say("ik ben 34")
    assert chat.sponsor["age"] == 34


# --- 4. the applicant writes ------------------------------------------------------------------


def test_an_applicant_writing_my_husband_lives_in_belgium_i_am_30_is_her_own_age():
    chat = Chat()
    chat.say("mijn man woont in antwerpen met een [verblijfskaart](sponsor_status:third_country_national), "
             "ik ben 30")  # fmt: skip
    assert chat.state["writer"] == "applicant", chat.transcript()
    me = next(p for p in chat.people if p.get("self"))
    assert me["age"] == 30 and chat.sponsor.get("age") is None


def test_the_husbands_age_said_by_the_applicant_is_the_sponsors():
    chat = Chat()
    chat.say("mijn man van 35 woont in antwerpen met een "
             "[verblijfskaart](sponsor_status:third_country_national), kan ik komen?")  # fmt: skip
    assert chat.sponsor.get("age") == 35, chat.transcript()
    assert not any(p["relationship"] == "spouse" and not p.get("self") for p in chat.people)


def test_a_sponsor_writing_my_wife_is_30_keeps_his_role():
    chat = Chat()
    chat.say("ik ben [erkend](sponsor_status:refugee), mijn vrouw is 30")
    assert chat.state["writer"] == "sponsor"
    assert chat.person("spouse")["age"] == 30 and chat.sponsor.get("age") is None


# --- 5. a future birthday ---------------------------------------------------------------------


def test_my_eldest_turns_18_in_march_is_17_now_and_no_correction():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn kinderen](relationship:child) zijn 17 en 12")
    reply = chat.say("mijn oudste wordt in maart 18")
    ages = sorted(p["age"] for p in chat.people)
    assert ages == [12, 17], chat.transcript()
    assert "aangepast" not in reply


def test_a_real_correction_of_the_age_is_still_a_correction():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn zoon](relationship:child) is [12](age)")
    reply = chat.say("sorry hij is 21 niet 12")
    assert chat.person("child")["age"] == 21 and "aangepast" in reply


# --- 6. Flemish words without an NLU entity -----------------------------------------------------


def test_ma_and_pa_and_moeke_are_parents_without_an_entity():
    for words in ("mn ma en mn pa zitten in idlib", "ons moeke is 70", "ma en pa wonen in homs"):
        chat = Chat()
        refugee(chat)
        chat.say(words)
        assert chat.people and {p["relationship"] for p in chat.people} == {"parent"}, words


def test_ma_as_a_conjunction_is_no_mother():
    chat = Chat()
    refugee(chat)
    chat.say("ma ik weet het niet goed")
    assert not chat.people, chat.transcript()


def test_the_eldest_and_the_youngest_are_of_the_group_named():
    chat = Chat()
    chat.say("k ben [belgische](sponsor_status:belgian). kunnen mn 2 zussen komen? de jongste is "
             "17 en de oudste 22")  # fmt: skip
    assert sorted(p["age"] for p in chat.people) == [17, 22], chat.transcript()
    assert relationships(chat) == ["sibling", "sibling"]


# --- 7. a person already in Belgium -------------------------------------------------------------


def test_a_wife_said_to_be_in_belgium_is_taken_out_once():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) en [mijn zoon](relationship:child) van [9](age)")
    reply = chat.say("dat is mijn vrouw, zij is al in belgie")
    assert relationships(chat) == ["child"], chat.transcript()
    assert "weggelaten" in reply
    again = chat.say("mijn vrouw is al hier")
    assert "weggelaten" not in again


def test_a_wife_abroad_stays_an_applicant():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) zit nog in turkije")
    assert relationships(chat) == ["spouse"]


# --- more context and answer rules found by the offline bench -----------------------------------


def test_a_mother_alive_since_the_fathers_death_is_an_applicant_and_the_father_not():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian) en mn moeder van 74 woont alleen in turkije "
             "sinds mn vader vorig jaar gestorven is")  # fmt: skip
    assert relationships(chat) == ["parent"] and chat.person("parent")["age"] == 74


def test_mijn_vader_en_moeder_zijn_overleden_are_both_no_applicants():
    chat = Chat()
    refugee(chat)
    chat.say("mijn zus van 12 wil komen. mijn vader en moeder zijn overleden.")
    assert relationships(chat) == ["sibling"], chat.transcript()


def test_since_the_death_of_my_mother_my_father_is_alone():
    chat = Chat()
    refugee(chat)
    chat.say("mijn vader is 77 en sinds de dood van mijn moeder helemaal alleen in basra")
    assert relationships(chat) == ["parent"] and chat.person("parent")["age"] == 77


def test_no_children_named_with_geen_adds_nobody():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn verloofde](relationship:partner) woont in khartoum")
    chat.say("nee, we hebben geen kinderen")
    assert relationships(chat) == ["partner"], chat.transcript()


def test_years_married_are_no_age():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is 45")
    chat.say("ze zijn al 25 jaar getrouwd, officieel")
    assert chat.person("spouse")["age"] == 45, chat.transcript()


def test_a_son_of_ten_in_words_is_ten():
    chat = Chat()
    refugee(chat)
    chat.say("mijn vrouw zit in tsjaad met onze zoon van tien")
    assert chat.person("child")["age"] == 10 and chat.person("child")["facts"]["common_child"]


def test_jaja_is_a_yes_at_the_consent_question_and_neenee_a_no():
    chat = Chat(consent=False)
    chat.say("hallo", intent="greet")
    chat.say("jaja", intent="inform")
    assert chat.state["consent"] == "given", chat.transcript()
    other = Chat(consent=False)
    other.say("hallo", intent="greet")
    other.say("neenee", intent="inform")
    assert other.state["consent"] != "given"


def test_the_wife_remembered_in_belgium_is_no_applicant_later():
    chat = Chat()
    chat.say("k heb nen [verblijfskaart](sponsor_status:third_country_national). mijn vrouw is al "
             "hier bij mij, het gaat over haar dochter van 12")  # fmt: skip
    chat.say("mn vrouw alleen, de papa is dood")
    assert relationships(chat) == ["stepchild"], chat.transcript()


def test_the_custody_answer_in_free_words():
    chat = Chat()
    chat.say("[mijn zoon](relationship:child) is [9](age)")
    chat.state["question"] = {"person": chat.person("child")["id"], "fact": "applicant.custody"}
    chat.say("mn vrouw alleen, de papa is dood")
    assert chat.person("child")["facts"]["custody"] == "sole"


def test_a_bare_de_vader_in_a_question_is_the_other_parent():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian), [mijn stiefdochter](relationship:stepchild) "
             "is [15](age)")  # fmt: skip
    chat.say("heeft de vader dan iets te zeggen?")
    assert relationships(chat) == ["stepchild"], chat.transcript()


def test_a_uk_civil_partnership_is_equivalent_to_marriage():
    chat = Chat()
    chat.say("ik heb een [blauwe kaart](sponsor_status:third_country_national). mijn partner en ik "
             "hebben een civil partnership gesloten in londen.")  # fmt: skip
    partner = chat.person("registered_partner")
    assert partner["facts"]["partnership"] == "equivalent_to_marriage"


def test_the_son_who_was_17_at_the_asylum_application_keeps_his_age_19():
    chat = Chat()
    refugee(chat)
    chat.say("mijn zoon van 19 is nog in iran. mijn zoon was nog 17 toen ik asiel aanvroeg.")
    son = chat.person("child")
    assert son["age"] == 19 and son["facts"]["minor_when_sponsor_applied_for_asylum"] is True


def test_a_correction_with_the_eldest_changes_the_one_with_the_old_value():
    chat = Chat()
    refugee(chat)
    chat.say("mijn 2 zonen zijn 10 en 7")
    chat.say("sorry 17 bedoel ik, ni 7. de oudste is 17")
    assert sorted(p["age"] for p in chat.people) == [10, 17], chat.transcript()


def test_the_applicant_names_her_husband_again_he_stays_the_sponsor():
    chat = Chat()
    chat.say("mijn man is [erkend vluchteling](sponsor_status:refugee) in belgie, kan ik komen?")
    chat.say("mijn man is 35")
    assert chat.sponsor.get("age") == 35
    assert [p for p in chat.people if not p.get("self")] == [], chat.transcript()


def test_an_age_in_number_words_answers_the_age_question():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) zit in tetouan")
    chat.state["question"] = {"person": chat.person("spouse")["id"], "fact": "applicant.age"}
    chat.say("vijfendertig")
    assert chat.person("spouse")["age"] == 35


def test_an_age_in_a_what_if_question_is_no_fact():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is [20](age)")
    chat.say("en als ze volgend jaar 21 wordt, moeten we dan opnieuw een aanvraag doen?")
    assert chat.person("spouse")["age"] == 20, chat.transcript()


def test_twins_are_two_children():
    chat = Chat()
    refugee(chat)
    chat.say("mn vrouw en onze tweeling van 14 maand zitten in djibouti")
    assert relationships(chat) == ["child", "child", "spouse"], chat.transcript()


def test_the_sponsors_sister_named_by_the_applicant_is_an_applicant():
    chat = Chat()
    chat.say("mijn zoon van 16 is alleen naar belgie gevlucht en is nu "
             "[vluchteling](sponsor_status:refugee). kan ik met zijn vader komen? "
             "zijn zusje van 6 is ook bij ons.")  # fmt: skip
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert "sibling" in relationships(chat) and "child" not in relationships(chat)


def test_the_daughter_asked_about_again_is_the_stepdaughter():
    chat = Chat()
    chat.say("mijn cliënt is [belg](sponsor_status:belgian). hij is getrouwd met een vrouw die al "
             "bij hem woont. haar dochter van 16 woont nog in kinshasa. kan de dochter komen?")  # fmt: skip
    assert relationships(chat) == ["stepchild"], chat.transcript()


def test_a_general_question_about_children_adds_nobody_but_my_children_do():
    chat = Chat()
    refugee(chat)
    chat.say("moeten de kinderen ook een dna-test doen?", intent="ask_dna_test")
    assert not chat.people, chat.transcript()
    chat.say("moeten mijn kinderen ook een dna-test doen?", intent="ask_dna_test")
    assert chat.people


def test_now_i_am_19_is_the_writers_age_and_16_at_recognition_made_him_a_minor_then():
    chat = Chat()
    chat.say("ik ben als minderjarige alleen naar belgie gekomen en in 2023 "
             "[erkend als vluchteling](sponsor_status:refugee), toen was ik 16. nu ben ik 19.")  # fmt: skip
    assert chat.sponsor["age"] == 19, chat.transcript()
    assert chat.sponsor["minor_at_asylum_application"] is True
    assert chat.sponsor["unaccompanied_minor"] is True


def test_an_adult_at_recognition_says_nothing_about_the_application():
    chat = Chat()
    chat.say("ik ben [erkend als vluchteling](sponsor_status:refugee), toen was ik 25")
    assert chat.sponsor.get("minor_at_asylum_application") is None


def test_dead_parents_answer_the_siblings_parents_question():
    chat = Chat()
    chat.say("k ben 16 en [erkend vluchteling](sponsor_status:refugee). mn ouders zijn dood. "
             "kunnen mn broer (14) en zus (10) naar hier komen?")  # fmt: skip
    siblings = [p for p in chat.people if p["relationship"] == "sibling"]
    assert len(siblings) == 2 and all(
        p["facts"]["parents_deceased_or_missing"] is True for p in siblings
    ), chat.transcript()


def test_die_is_12_is_the_age_of_the_one_just_named():
    chat = Chat()
    chat.say("k heb nen [verblijfskaart](sponsor_status:third_country_national). mijn vrouw is al "
             "hier, het gaat over haar dochter. die is 12 en woont bij een tante in fes.")  # fmt: skip
    assert chat.person("stepchild")["age"] == 12, chat.transcript()
    assert relationships(chat) == ["stepchild"]


def test_paying_for_the_son_makes_him_dependent():
    chat = Chat()
    chat.say("k ben [belg](sponsor_status:belgian) en mn zoon woont in brazilie. hij is 23 en "
             "studeert nog, ik betaal alles voor hem.")  # fmt: skip
    son = chat.person("child")
    assert son["age"] == 23 and son["facts"]["dependent"] is True, chat.transcript()


def test_the_nephew_cared_for_since_his_mothers_death_is_a_foster_child():
    chat = Chat()
    chat.say("ik werk hier met een [verblijfskaart](sponsor_status:third_country_national). ik zorg "
             "voor de zoon van mijn zus sinds zij in 2022 overleden is. hij is 12.")  # fmt: skip
    assert relationships(chat) == ["foster_child"], chat.transcript()
    assert chat.person("foster_child")["age"] == 12


def test_the_father_of_the_girl_is_dead_not_the_girl():
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian). [mijn stiefdochter](relationship:stepchild) is "
             "[16](age). de vader van [het meisje](relationship:child) is overleden.")  # fmt: skip
    assert relationships(chat) == ["stepchild"], chat.transcript()


def test_ik_ben_zijn_zus_is_the_writer_not_another_sister():
    chat = Chat()
    chat.say("mn broer woont in antwerpen en is [belg](sponsor_status:belgian) geworden. ik ben "
             "zijn zus, 35 jaar, ik woon in kinshasa. kan ik bij hem komen wonen?")  # fmt: skip
    assert len(chat.people) == 1 and chat.people[0]["self"], chat.transcript()
    assert chat.people[0]["relationship"] == "sibling" and chat.people[0]["age"] == 35


def test_official_marriage_in_church_and_town_hall_is_official_but_church_only_is_not():
    from dialogue.reading import free_marriage

    assert free_marriage(" ja officieel, in de kerk en op de gemeente ") == "official"
    assert free_marriage(" in de moskee, nooit op papier gezet ") == "religious_or_customary"


def test_the_second_wife_is_an_applicant_when_the_first_is_here():
    chat = Chat()
    refugee(chat)
    chat.say("ik heb twee vrouwen. mijn eerste vrouw is al hier bij mij in belgie. mijn tweede "
             "vrouw woont nog in conakry met onze dochter van 6.")  # fmt: skip
    assert relationships(chat) == ["child", "spouse"], chat.transcript()
    assert chat.person("spouse")["facts"]["other_spouse_already_in_belgium"] is True
    assert chat.person("child")["facts"]["common_child"] is True


def test_a_date_correction_at_a_yes_no_question_corrects_the_date_and_is_no_answer():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is [31](age)")
    chat.state["question"] = {
        "person": chat.person("spouse")["id"],
        "fact": "applicant.relationship_predates_arrival",
    }
    reply = chat.say("nee wacht, het was vorig jaar in maart, sorry")
    assert chat.sponsor["recognition_date"][:7] == "2025-03", chat.transcript()
    assert "relationship_predates_arrival" not in chat.person("spouse")["facts"]
    assert "aangepast" in reply


def test_a_plain_no_at_that_question_is_the_answer():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn vrouw](relationship:spouse) is [31](age)")
    chat.state["question"] = {
        "person": chat.person("spouse")["id"],
        "fact": "applicant.relationship_predates_arrival",
    }
    chat.say("nee")
    assert chat.person("spouse")["facts"]["relationship_predates_arrival"] is False


def test_an_age_answer_followed_by_a_question_is_still_the_answer():
    chat = Chat()
    refugee(chat)
    chat.say("[mijn dochter](relationship:child) zit in asmara")
    chat.state["question"] = {"person": chat.person("child")["id"], "fact": "applicant.age"}
    chat.say("Negen. En hoeveel kost de aanvraag?")
    assert chat.person("child")["age"] == 9


def test_a_marriage_told_in_free_words_is_stored_and_not_asked():
    chat = Chat()
    refugee(chat)
    chat.say("ik wil mijn vrouw en onze dochter van 3 laten komen. we zijn alleen traditioneel "
             "getrouwd in het dorp, niet bij de burgerlijke stand.")  # fmt: skip
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary"
    assert chat.question != "applicant.marriage"


def test_officieel_in_another_sense_is_no_marriage():
    chat = Chat()
    refugee(chat)
    chat.say("mijn zoon van 9 is bij mij, er is geen officiele adoptie")
    assert not any("marriage" in p["facts"] for p in chat.people)


def test_of_two_dates_with_a_correction_the_last_counts():
    chat = Chat()
    chat.say("k ben [erkend](sponsor_status:refugee) sinds [maart](recognition_date:2026-03-01), "
             "nee wacht [april](recognition_date:2026-04-01)")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2026-04-01"
