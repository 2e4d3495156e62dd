"""Panel 128 (families r1-r5, s1-s5, t1-t5, u1-u5) and the items left open by panel 127: each
test is named by the user's words or the seed sentence it keeps true."""

from __future__ import annotations

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def _refugee_husband() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 maart 2026]"
        "(recognition_date:2026-03-03), mijn [man](relationship:spouse) zit nog in syrie"
    )
    return chat


def test_we_are_two_men_is_a_count_not_an_age():
    """Panel 127, l1: "we are 2 men" was answered "Over wie gaat 2 jaar?"."""
    chat = _refugee_husband()
    reply = chat.say("we are 2 men, is that a problem?")
    assert "2 jaar" not in reply, chat.transcript()
    assert chat.person("spouse")["age"] is None


def test_we_are_two_men_is_a_same_sex_couple():
    """Seed 000: "LGBTIQ+-koppels die in hun land van herkomst niet konden huwen": "we zijn 2
    mannen" tells the bot what the seed makes matter."""
    chat = _refugee_husband()
    chat.say("we zijn 2 mannen, is dat een probleem?")
    assert chat.person("spouse")["facts"].get("lgbtiq") is True, chat.transcript()


def _client_with_her_sisters_children() -> Chat:
    """r5: the CAW worker's first message, as the NLU tags it."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Hallo, ik werk bij het CAW Antwerpen en begeleid een Jemenitische mevr. met "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) (sinds [4 juni 2025]"
        "(recognition_date:2025-06-04)). Ze heeft de 2 [kinderen](relationship:child) van haar "
        "[overleden zus](relationship:sibling) [geadopteerd](relationship:adopted_child) ([12]"
        "(age) en [10](age) jaar) en die zitten nu bij de [grootmoeder](relationship:grandparent)"
        " in Aden. Kunnen die [kinderen](relationship:child) via gezinshereniging komen?"
    )
    chat.say("akkoord", intent="affirm")
    return chat


def test_those_children_are_the_adopted_ones_told_before():
    """r5: "... de 2 kinderen van haar overleden zus geadopteerd (12 en 10 jaar) ... kunnen die
    kinderen via gezinshereniging komen?" made two more children of her own ("Hoe oud is het
    eerste kind van je cliënt?")."""
    chat = _client_with_her_sisters_children()
    assert sorted(p["relationship"] for p in chat.people) == ["adopted_child"] * 2, (
        chat.transcript()
    )


def test_one_no_to_the_adoption_question_holds_for_both_children():
    """r5: "Is de adoptie of voogdij erkend in België?" - "Nee" was asked again at once, as if
    the answer was not heard (it was the second child's question, in the same words)."""
    chat = _client_with_her_sisters_children()
    for _ in range(4):
        if chat.question == "applicant.legal_bond_recognised":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.legal_bond_recognised", chat.transcript()
    reply = chat.press("/deny")
    assert "Is de adoptie of voogdij erkend" not in reply, chat.transcript()
    assert [p["facts"].get("legal_bond_recognised") for p in chat.people] == [False, False]


def test_no_adoption_after_all_makes_them_children_taken_in_de_facto():
    """Seed 000: "Denk maar aan situaties waarbij kinderen de facto worden opgenomen in het
    gezin van een zus, tante, nonkel of ander familielid na het overlijden van de ouders."
    r5: "het is eigenlijk geen adoptie ... Adoptie bestaat niet in Jemen" and "Het zijn haar
    nichtje en neefje" kept "het geadopteerd kind" and added a nephew."""
    chat = _client_with_her_sisters_children()
    reply = chat.say(
        "Even correctie: het is eigenlijk geen adoptie, het zijn de [kinderen](relationship:child)"
        " van haar [zus](relationship:sibling). Adoptie bestaat niet in Jemen."
    )
    assert "Ik heb het aangepast" in reply, chat.transcript()
    chat.say(
        "Het zijn niet haar kinderen. Het zijn haar [nichtje](relationship:other_relative) en "
        "[neefje](relationship:other_relative), de ouders zijn overleden."
    )
    assert sorted(p["relationship"] for p in chat.people) == ["foster_child"] * 2, chat.transcript()


def test_it_is_only_about_her_father():
    """s5: "Mevrouw en haar man zouden voor hem zorgen" made the client's husband in Genk an
    applicant, and "Het gaat enkel om haar vader" / "Enkel de vader van mevrouw zou willen
    komen" did not take him out."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goedendag, ik ben vrijwilliger in een buurthuis in Genk en help een Belgische cliënte. "
        "Haar [vader](relationship:parent) ([79](age)) woont alleen in Turkije. Kan hij bij zijn"
        " dochter komen wonen?"
    )
    chat.say("akkoord", intent="affirm")
    chat.say("[Belg](sponsor_status:belgian)")
    chat.say("Mevrouw en haar [man](relationship:spouse) zouden voor hem zorgen.")
    reply = chat.say(
        "Meneer Demir is [50](age) en ook Belg. Het gaat enkel om haar "
        "[vader](relationship:parent), Mehmet, [79](age) jaar."
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "man van je cliënt weggelaten" in reply


def test_only_the_father_comes_keeps_the_father():
    """The other side: "alleen papa wil komen" of a father alone changes nothing."""
    chat = Chat(today=TODAY)
    chat.say("mijn [vader](relationship:parent) van [79](age) woont alleen in turkije")
    chat.say("alleen [papa](relationship:parent) wil komen")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_the_month_he_left_is_not_the_recognition_date():
    """r2: "rojhat is weg juni 2024. hij heeft haar erkend bij nüfus in april 2024" turned the
    recognition of 20 October 2025 into "sinds juni 2024"; t1: "he was arrested by police in
    march 2024" into "sinds maart 2024"."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [man](relationship:spouse) is [erkend vluchteling](sponsor_status:refugee) sinds "
        "[20 oktober 2025](recognition_date:2025-10-20), ik ben zijn vrouw"
    )
    chat.say(
        "rojhat is weg [juni 2024](recognition_date:2024-06-01|approximate). hij heeft haar "
        "erkend bij nüfus in [april 2024](recognition_date:2024-04-01|approximate)"
    )
    chat.say("he was arrested by police in [march 2024](recognition_date:2024-03-01|approximate)")
    assert chat.sponsor["recognition_date"] == "2025-10-20", chat.transcript()


def test_recognised_in_a_month_is_still_the_recognition_date():
    """The other side: "ze hebben mij erkend in mei 2025" is the status date."""
    chat = Chat(today=TODAY)
    chat.say("mijn [vrouw](relationship:spouse) zit in syrie")
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee), ze hebben mij erkend in "
        "[mei 2025](recognition_date:2025-05-01|approximate)"
    )
    assert chat.sponsor["recognition_date"] == "2025-05-01", chat.transcript()


def _belgian_with_stepchildren() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian), mijn [stiefzoon](relationship:stepchild) van "
        "[15](age) woont in de filipijnen"
    )
    return chat


def test_a_sales_agreement_is_not_accepted_and_no_wait_is_said():
    """Seed 004: "De eigendomsakte moet een notariële akte zijn. Een verkoopcompromis wordt
    bijvoorbeeld niet aanvaard." s2: "dus compromis telt nie? moe k wachten tot na de notaris 22
    januari" was answered "Ja, dat kan nu al. Wachten hoeft niet."."""
    chat = _belgian_with_stepchildren()
    reply = chat.say("dus compromis telt nie? moe k wachten tot na de notaris 22 januari")
    assert "Wachten hoeft niet" not in reply, chat.transcript()
    assert "Een verkoopcompromis is niet genoeg" in reply


def test_a_lease_that_starts_later_is_no_proof_now():
    """Seed 004: "Het heeft geen zin om een huurcontract of eigendomsakte af te geven van een
    woning waar je gezin pas later zal intrekken". t4: "... een contract voor een appartement
    met twee slaapkamers ... dat begint op 1 februari 2027. Moeten wij wachten tot februari of
    nu al indienen met het nieuwe contract?" got "Ja, dat kan nu al."."""
    chat = _belgian_with_stepchildren()
    reply = chat.say(
        "ik heb al een contract getekend voor een appartement met twee slaapkamers, dat begint "
        "op 1 februari 2027. Moeten wij wachten tot februari of nu al indienen met het nieuwe "
        "contract?"
    )
    assert "Wachten hoeft niet" not in reply, chat.transcript()
    assert "pas later intrekt, heeft geen zin" in reply


def test_parents_plus_brother_plus_sister_are_four_people():
    """u3: "Hij wil zijn ouders + broer (14) + zus (20) laten overkomen" read "broer (14)" as the
    bot spoken to ("broer, ..."), and the summary said "De ouder van 14 jaar ... De ouder van 20
    jaar"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Dag, ik ben maatschappelijk werker bij het OCMW. Cliënt ([19](age:sponsor)j) is "
        "[erkend vluchteling](sponsor_status:refugee). Hij wil zijn [ouders](relationship:parent)"
        " + [broer](relationship:sibling) ([14](age:sponsor)) + [zus](relationship:sibling) "
        "([20](age:sponsor)) laten overkomen, ze zitten in Kampala."
    )
    chat.say("akkoord", intent="affirm")
    siblings = sorted((p["word"], p["age"]) for p in chat.people if p["relationship"] == "sibling")
    assert siblings == [("broer", 14), ("zus", 20)], chat.transcript()
    assert all(p["age"] is None for p in chat.people if p["relationship"] == "parent")


def test_brother_called_in_passing_is_still_no_relative():
    """The other side (panel 108, n5): "broer luister. mijn ma = belg" speaks to the bot."""
    chat = Chat(today=TODAY)
    chat.say("[broer](relationship:sibling) luister. mijn [ma](relationship:parent) is ziek")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def _belgian_father_of_two() -> Chat:
    """u5: a Belgian father (1.480 euro) of a son of 23 and a daughter of 19 in Medellín."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben [Belg](sponsor_status:belgian). Mijn [zoon](relationship:child) van [23](age) en "
        "mijn [dochter](relationship:child) van [19](age) wonen in Medellín."
    )
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_the_wifes_pay_is_not_the_belgians_income():
    """Seed 004 names the Belgian's own means ("Als je Belgische (stief)ouder ... aantoont dat
    hij een inkomen heeft dat gelijk is aan of hoger is dan het wettelijke referentiebedrag").
    u5: "die 1480 is eigenlijk mijn werkloosheidsuitkering ... Telt het loon van mijn vrouw
    Katrien mee? Zij is leerkracht, 2350 netto" got "Je schreef 2.350 euro per maand. Dat is
    minstens het referentiebedrag"."""
    chat = _belgian_father_of_two()
    reply = chat.say(
        "ah wacht, correctie: die 1480 is eigenlijk mijn werkloosheidsuitkering. Telt het loon van"
        " mijn [vrouw](relationship:spouse) Katrien mee? Zij is leerkracht, 2350 netto, Belgische.",
        intent="ask_means_of_subsistence",
    )
    assert "Je schreef 1.480 euro" in reply, chat.transcript()
    assert "2.350" not in reply
    assert "inkomen van je vrouw meetelt, staat niet in onze informatie" in reply
    reply = chat.say(
        "wacht, die 2350 is van Katrien, ni van mij. Mijn eigen inkomen is 1480 uitkering.",
        intent="ask_means_of_subsistence",
    )
    assert "2.350" not in reply, chat.transcript()


def test_the_sons_weekend_job_weighs_on_his_dependency():
    """Seed 004: "bewijs van jouw 'onvermogen'. Je mag geen of onvoldoende inkomsten hebben".
    u5: "Santiago werkt wel in het weekend in een café ... ongeveer 130 euro. Is da een
    probleem?" got "Je schreef 130 euro per maand. Dat is minder dan het referentiebedrag"."""
    chat = _belgian_father_of_two()
    reply = chat.say(
        "Santiago werkt wel in het weekend in een café, ongeveer 130 euro per maand. Is da een "
        "probleem? moet ik da zeggen?",
        intent="ask_means_of_subsistence",
    )
    assert "referentiebedrag" not in reply, chat.transcript()
    assert "Dat inkomen is van je zoon zelf, niet van jou" in reply


def test_mi_mama_is_my_mother():
    """u5: "En mi mamá, Rosa, 74 jaar, weduwe sinds 2020 ... Ze is helemaal alleen en heeft
    hoge bloeddruk" added no mother and gave her illness and widowhood to the daughter."""
    chat = _belgian_father_of_two()
    chat.say(
        "oké merci. En mi [mamá](relationship:parent), Rosa, [74](age) jaar, weduwe sinds 2020, "
        "woont in Pereira. Kan die ook via gezinshereniging komen? Ze is helemaal alleen en "
        "heeft hoge bloeddruk",
        intent="check_eligibility",
    )
    mother = chat.person("parent")
    assert mother["age"] == 74, chat.transcript()
    assert not chat.person("child", 1)["facts"].get("widowed")


def test_her_dutch_is_less_good_names_no_child():
    """r3: "haar nederlands is minder goed als mij" - the NLU tagged "minder" as a child, and
    the first question was "Hoe oud is het kind van je zus?" of a father of 79."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Hallo, ik ben Jerome. Ik schrijf voor mijn [zus](relationship:sibling) Maricel want haar "
        "nederlands is [minder](relationship:child) goed als mij. Nu woont "
        "[papa](relationship:parent) ([79](age)) alleen in Iloilo. Mijn [zus](relationship:sibling)"
        " heeft [B-kaart](sponsor_status:third_country_national). Kan zij papa laten komen?"
    )
    reply = chat.say("akkoord", intent="affirm")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "kind" not in reply


def test_the_clients_age_is_heard_when_a_child_was_given_it():
    """t5: "... Meneer Boureima is 45." gave 45 to the third child; then "Hoe oud is je
    cliënt?" - "45" was refused as too young for a father of a child of 45, six times."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goeiendag, 'k ben vrijwilliger en help een meneer uit Burkina Faso, hij heeft "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds vorig jaar. Zijn "
        "[vrouw](relationship:spouse) en drie [kinderen](relationship:child) zitten nog in "
        "Ouagadougou."
    )
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Salamata is [39](age:sponsor). Ze zijn [burgerlijk](marriage_type:official) getrouwd in "
        "2007. De [kinderen](relationship:child) zijn Issa ([17](age)), Awa ([13](age), meisje) "
        "en Rasmané ([9](age), jongen). Meneer Boureima is [45](age)."
    )
    for _ in range(4):
        if chat.question == "sponsor.age" or chat.sponsor.get("age") == 45:
            break
        chat.say("ja", intent="affirm")
    if chat.sponsor.get("age") != 45:
        chat.say("[45](age)")
    assert chat.sponsor.get("age") == 45, chat.transcript()


def test_an_age_said_to_the_date_question_is_no_date():
    """t5: "meneer Boureima is 45 jaar" to "Op welke datum kreeg je cliënt de status?" became
    the recognition date 7 December 1981."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "'k ben vrijwilliger en help een meneer uit Burkina Faso, hij heeft [subsidiaire "
        "bescherming](sponsor_status:subsidiary_protection). Zijn [vrouw](relationship:spouse) "
        "zit nog in Ouagadougou."
    )
    chat.say("akkoord", intent="affirm")
    plain = {"applicant.age": "[39](age)", "applicant.marriage": "officieel", "sponsor.age": "50"}
    for _ in range(6):
        if chat.question in (None, "sponsor.recognition_date"):
            break
        chat.say(plain.get(chat.question or "", "ja"), intent="inform")
    assert chat.question == "sponsor.recognition_date", chat.transcript()
    chat.say("meneer Boureima is [45](age) jaar")
    assert chat.sponsor.get("recognition_date") is None, chat.transcript()


def test_two_children_named_with_die_is_keep_their_ages():
    """s1: "ik heb nog twee kinderen in Kinshasa Patrick die is 24 en Grâce die is 20 ze wonen
    bij mijn zus" gave 20 to the aunt and asked "Hoe oud is je tweede kind?"; the summary then
    showed two children of 20."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian) en ik woon in Mechelen met mijn jongste "
        "[zoon](relationship:child), ik heb nog twee [kinderen](relationship:child) in Kinshasa "
        "Patrick die is [24](age) en Grâce die is [20](age) ze wonen bij mijn "
        "[zus](relationship:sibling) la tantine Josée"
    )
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [20, 24], chat.transcript()
    assert not [p for p in chat.people if p["relationship"] == "sibling"]


def _refugee_mother_of_a_grown_daughter() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 juni 2026]"
        "(recognition_date:2026-06-02). mijn [dochter](relationship:child) van [24](age) woont "
        "in Kigali, zij is ziek"
    )
    chat.answer_plainly(
        {"applicant.disabled": "nee", "applicant.minor_when_sponsor_applied_for_asylum": "nee"}
    )
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_a_refugees_grown_daughter_files_her_humanitarian_request_with_the_others():
    """Seed 000: "Wel kan je een aanvraag voor een humanitair visum indienen samen met de
    aanvraag tot gezinshereniging van je ouders"; seed 002: "bij elke Belgische ambassade"
    for the family reunification requests. u1 (round 128): the daughter's request sent to "de
    post bevoegd voor de plaats waar je dochter woont" beside her siblings' any post."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 juni 2026](recognition_date:"
        "2026-06-02). mijn [dochter](relationship:child) van [24](age) en mijn [zoon](relationship"
        ":child) van [15](age) wonen in Kigali"
    )
    chat.answer_plainly({"applicant.disabled": "nee",
                         "applicant.minor_when_sponsor_applied_for_asylum": "nee"})  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("waar moeten ze gaan? ambassade belgie in kigali?")
    assert "bij elke Belgische ambassade" in reply, chat.transcript()
    assert "bij dezelfde post, op hetzelfde moment" in reply
    assert "bevoegd is voor de plaats waar" not in reply


def test_a_refugees_partner_alone_goes_to_the_competent_post():
    """Seed 001's humanitarian visa: "de bevoegde Belgische diplomatieke post"; art. 12bis, §1
    (seed 002) is family reunification's (panel 130, t1: "elke Belgische ambassade" for a
    partner's humanitarian request)."""
    chat = _refugee_mother_of_a_grown_daughter()
    reply = chat.say("waar moet ze gaan? ambassade belgie in kigali?")
    assert "bevoegd is voor de plaats waar je dochter woont" in reply, chat.transcript()
    assert "bij elke Belgische ambassade" not in reply


def test_a_belgians_mother_goes_to_the_post_for_where_she_lives():
    """The other side: seed 001's "bevoegde Belgische diplomatieke post" for the humanitarian
    visa of a Belgian's mother."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), mijn [moeder](relationship:parent) van [74]"
             "(age) woont in Pereira")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "54"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("waar moet ze de aanvraag indienen?")
    assert "bevoegd is voor de plaats waar je moeder woont" in reply, chat.transcript()


def test_the_fee_of_a_b_card_holders_father_cites_no_article_of_protected_family():
    """Seed 002 cites art. 1/1 in its part on a protected person's family; seeds 000 and 004
    name the others' fee without an article. r3: "Kosten: er is een bijdrage (retributie) te
    betalen ... (art. 1/1 Vreemdelingenwet)" for the humanitarian visa of a B card holder's
    father."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb een [B-kaart](sponsor_status:third_country_national), mijn [vader](relationship:"
        "parent) van [79](age) woont alleen in Iloilo"
    )
    reply = chat.answer_plainly({"sponsor.age": "44"})
    reply = chat.say("ja dat klopt", intent="affirm") if "Kosten" not in reply else reply
    assert "bijdrage (retributie) te betalen" in reply, chat.transcript()
    assert "art. 1/1" not in reply
    assert "(praktijk DVZ)" in reply


def test_the_fee_of_a_refugees_grown_daughter_cites_art_1_1():
    """The other side: seed 002, "De andere familieleden ... moeten een retributie betalen. Het
    gaat met name om zijn meerderjarige kinderen" (art. 1/1)."""
    chat = _refugee_mother_of_a_grown_daughter()
    assert "art. 1/1 Vreemdelingenwet" in chat.transcript(), chat.transcript()


def _client_with_wife_and_daughter_of_19() -> Chat:
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goedemiddag, ik ben maatschappelijk werker bij het OCMW en begeleid een cliënt met "
        "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [15 januari 2026]"
        "(recognition_date:2026-01-15). Zijn [vrouw](relationship:spouse) van [41](age) en zijn "
        "[dochter](relationship:child) van [19](age) zitten in Caïro."
    )
    chat.say("akkoord", intent="affirm")
    chat.say("ze zijn [burgerlijk](marriage_type:official) getrouwd in 2005")
    return chat


def test_an_engaged_daughter_leaves_the_wife_married():
    """r1: "rayan is trouwens 'verloofd' met een neef" then "dus verloving = geen huwelijk = ok,
    begrijp ik goed?" made the client's wife "De vriendin van je cliënt: 41 jaar"."""
    chat = _client_with_wife_and_daughter_of_19()
    reply = chat.say(
        "dus verloving = geen huwelijk = ok, begrijp ik goed? en hoe tonen we aan dat rayan ten "
        "laste is?"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()
    assert "vriendin" not in reply


def test_a_plundered_house_asks_no_housing_proof():
    """r1: "de originele huwelijksakte is verloren gegaan bij plundering van hun huis in 2023
    ... hoe bewijzen we dan de band?" got the list of housing proofs beside the answer."""
    chat = _client_with_wife_and_daughter_of_19()
    chat.answer_plainly({"sponsor.age": "46"})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "bedankt. bijkomend probleem: de originele huwelijksakte is verloren gegaan bij "
        "plundering van hun huis in 2023, enkel nog een foto op gsm. hoe bewijzen we dan de band?"
    )
    assert "huurcontract" not in reply, chat.transcript()


def test_the_uncles_wife_and_children_do_not_come():
    """u2: "we have uncle Khaled ... He has wife and 6 children" asked "Hoe oud is je vrouw?"
    of a sister who has no wife; u4: "my aunt Evelyn is in Douala, she has 4 children" made
    four children who come."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [broer](relationship:sibling) Adam is [erkend vluchteling](sponsor_status:refugee), "
        "ik ben zijn zus in Cairo"
    )
    chat.say(
        "we have [uncle](relationship:other_relative) Khaled. He has [wife](relationship:spouse) "
        "and 6 [children](relationship:child)"
    )
    chat.say(
        "my [aunt](relationship:other_relative) Evelyn is in Douala, she has 4 "
        "[children](relationship:child) and small house, she say she cannot"
    )
    kinds = {p["relationship"] for p in chat.people}
    assert not kinds & {"spouse", "child"}, chat.transcript()


def _wife_abroad_of_a_refugee() -> Chat:
    """r2 (round 129): Zeynep writes from Turkey; her husband is a refugee; only a religious
    marriage; their daughter Berfin."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "goedendag. ik ben Zeynep. mijn [man](relationship:spouse) is in belgie [vluchteling "
        "erkend](sponsor_status:refugee). ik en mijn [dochter](relationship:child) zijn in "
        "turkije. kan ik naar hem komen?"
    )
    chat.say("akkoord", intent="affirm")
    chat.say("wij hebben alleen imam nikahı gedaan, niet bij belediye (gemeente). is dat probleem?")
    chat.say("berfin is [2](age) jaar. bijna 3.")
    chat.say("[20 oktober 2025](recognition_date:2025-10-20)")
    return chat


def test_a_fathers_acknowledgement_is_no_recognition_date():
    """r2 (round 129): "hij heeft haar erkend bij nüfus 2 april 2024" (a whole date) replaced
    the recognition of 20 October 2025."""
    chat = _wife_abroad_of_a_refugee()
    chat.say(
        "ja. berfin geboren maart 2024, rojhat is weg [juni 2024](recognition_date:2024-06-01|"
        "approximate). hij heeft haar erkend bij nüfus [2 april 2024](recognition_date:2024-04-02)"
    )
    assert chat.sponsor["recognition_date"] == "2025-10-20", chat.transcript()


def test_the_child_of_both_after_a_no_that_corrects_a_date_has_a_right():
    """Seed 001: "Gemeenschappelijke kinderen van het (echt)paar" (art. 10). r2 (round 129):
    "nee nee. 2 april 2024 is papa erkend voor berfin bij nüfus ... en ja berfin is van ons
    samen" left Berfin the writer's child only, and the answer said "Dan is je dochter voor de
    wet geen kind van jullie gezin"; "papa" became "De papa van je man: wil naar België
    komen"."""
    chat = _wife_abroad_of_a_refugee()
    for _ in range(3):
        if chat.question == "applicant.common_child":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.common_child", chat.transcript()
    chat.say(
        "nee nee. 2 april 2024 is [papa](relationship:parent) erkend voor berfin bij nüfus. "
        "vluchteling erkend is 20 oktober 2025! en ja berfin is van ons samen"
    )
    daughter = chat.person("child")
    assert daughter["facts"].get("common_child") is True, chat.transcript()
    assert [p["relationship"] for p in chat.people if not p.get("self")] == ["child"]


def test_two_grown_children_of_24_and_21_are_no_mother_of_21():
    """u1 (round 129): "mijn 3 kinderen zijn in kigali. twee zijn al groot 24 en 21 jaar en de
    kleine is 15" - the NLU gave 21 the sponsor's role: "Jij: erkend vluchteling, sinds 2 juni
    2026, 21 jaar" to a mother of 46, and the 24 was lost."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "goeiedag. ik ben [erkend vluchteling](sponsor_status:refugee) sinds [juni](recognition_"
        "date:2026-06-01|approximate). mijn 3 [kinderen](relationship:child) zijn in kigali. "
        "twee zijn al groot [24](age) en [21](age:sponsor) jaar en de kleine is [15](age)."
    )
    chat.say("akkoord", intent="affirm")
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert sorted(p["age"] for p in chat.people) == [15, 21, 24]


def test_i_am_40_and_my_wife_35_keeps_the_writers_age():
    """The other side: "ik ben [40] en mijn vrouw 35" is the writer's 40."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [40](age:sponsor) en mijn [vrouw](relationship:spouse) [35](age)")
    assert chat.sponsor.get("age") == 40, chat.transcript()


def _genk_volunteer() -> Chat:
    """s5: a volunteer in Genk for a Belgian client whose father of 79 lives in Turkey."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Goedendag, ik ben vrijwilliger in Genk en help een [Belgische](sponsor_status:belgian) "
        "cliënte. Haar [vader](relationship:parent) ([79](age)) woont alleen in Turkije."
    )
    chat.say("akkoord", intent="affirm")
    return chat


def test_the_clients_children_here_give_her_no_age():
    """s5 (round 129): "De kinderen van mevrouw (17 en 14) wonen hier, die komen niet" made
    "Je cliënt: Belg, 17 jaar", and then her father had "recht op gezinshereniging"."""
    chat = _genk_volunteer()
    chat.say(
        "De [kinderen](relationship:child) van mevrouw ([17](age) en [14](age)) wonen hier, die"
        " komen niet."
    )
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["parent"]


def test_the_cgvs_letters_day_found_later_is_the_recognition_date():
    """Seed 003: "binnen 12 maanden na de erkenning". t2 (round 129): after "januari 2026
    ergens", "ok gevonden, de brief van cgvs is van 12 januari 2026" (no date tagged) was not
    taken, and the last day was said to be 1 January 2027."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [vrouw](relationship:spouse) zit in jemen, ik ben [erkend vluchteling](sponsor_"
        "status:refugee) sinds [januari 2026](recognition_date:2026-01-01|approximate) ergens"
    )
    chat.answer_plainly({"sponsor.recognition_date": "weet ik niet", "applicant.age": "41",
                         "sponsor.age": "47", "applicant.marriage": "officieel"})  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    assert chat.state.get("answered"), chat.transcript()
    chat.say("ok gevonden, de brief van cgvs is van 12 januari 2026")
    assert chat.sponsor["recognition_date"] == "2026-01-12", chat.transcript()


def test_pa_ma_and_little_brother_here_make_the_father_the_one_in_belgium():
    """s4 (round 129): "Mijn pa, ma en broertje wonen in Antwerpen sinds 2024 ... Kan ik nog
    via gezinshereniging gaan?" asked "Wat is de verblijfsstatus van je broertje in België?"
    and made the brother of 14 the person in Belgium."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Fa waka, ik ben Priya uit Paramaribo. Mijn pa, ma en [broertje](relationship:sibling) "
        "wonen in Antwerpen sinds 2024. Ik heb altijd bij mijn [ouders](relationship:parent) "
        "gewoond, maar nu ben ik hier alleen. Kan ik nog via gezinshereniging gaan?",
        intent="check_eligibility",
    )
    reply = chat.say("akkoord", intent="affirm")
    assert "broertje" not in reply, chat.transcript()
    assert "je pa" in reply


def test_the_clients_daughter_here_gives_her_no_age():
    """s5 (round 130): "De dochter van mevrouw is 17 en woont bij haar in Genk" made "Je cliënt:
    Belg, 17 jaar", and then her father had "recht op gezinshereniging"."""
    chat = _genk_volunteer()
    chat.say(
        "De [dochter](relationship:child) van mevrouw is [17](age) en woont bij haar in Genk. "
        "Alleen de vader van mevrouw wil komen."
    )
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["parent"]


def _belgians_father_answered() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [belg](sponsor_status:belgian), mijn [vader](relationship:parent) van [79](age) "
        "woont alleen in turkije"
    )
    chat.answer_plainly({"sponsor.age": "47"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_a_fathers_visits_are_no_couples_meetings():
    """s5 (round 130): "Hij kwam al twee keer met een Schengenvisum op bezoek ... Kan hij niet
    gewoon op bezoek komen en ... hier blijven?" got "Ze zagen elkaar 2 keer, samen ongeveer 42
    dagen. Voor de partner van iemand die geen Belg is, is dat nog niet genoeg"."""
    chat = _belgians_father_answered()
    reply = chat.say(
        "Hij kwam al twee keer met een Schengenvisum op bezoek, samen 42 dagen. Kan hij niet "
        "gewoon op bezoek komen en dan hier de aanvraag doen of hier blijven?"
    )
    assert "partner" not in reply, chat.transcript()
    assert "staat niet in onze informatie" in reply
    assert "Op die vraag vind ik geen antwoord" not in reply


def test_coming_as_a_tourist_first_is_not_in_the_sources():
    """u5: "kunnen ze niet gewoon als toerist komen en dan hier alles regelen?" - no seed says
    so; the seeds describe the request at the Belgian post."""
    chat = _belgians_father_answered()
    reply = chat.say("kan hij niet gewoon als toerist komen en dan hier alles regelen?")
    assert "als bezoeker of toerist" in reply, chat.transcript()


def test_a_sister_who_tells_of_her_brothers_family_writes_for_him():
    """z5 (round 131): "mijn broer is erkent vluchteling sinds december vorig jaar, zijn vrouw
    en kind zijn in nairobi" was asked "Op welke dag precies kreeg je je status?", and "ik ben
    belg" then made "Jij: Belg, sinds december 2025"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "hallo mijn [broer](relationship:sibling) is [erkent vluchteling](sponsor_status:refugee)"
        " sinds [december vorig jaar](recognition_date:2025-12-01|approximate), zijn "
        "[vrouw](relationship:spouse) en [kind](relationship:child) zijn in nairobi. ze zijn "
        "niet getrouwd maar hebben [kind](relationship:child) van [3](age). hoe lang hebben wij "
        "nog voor gezinshereneging?? please"
    )
    reply = chat.say("akkoord", intent="affirm")
    assert "je broer" in reply, chat.transcript()
    assert chat.state["writer"] == "helper"


def test_a_real_person_asked_for_is_a_hand_off():
    """z5 (round 131): "kan ik met een echte persoon spreken?" got the open question again."""
    chat = Chat(today=TODAY)
    chat.say("mijn [vrouw](relationship:spouse) zit in nairobi")
    reply = chat.say("kan ik met een echte persoon spreken?", intent="inform")
    assert chat.last is not None and "medewerker" in reply.lower(), chat.transcript()


def test_a_later_appeal_ruling_asked_about_does_not_move_the_deadline():
    """Seed 003: "binnen 12 maanden na de erkenning ... door het Commissariaat-generaal ... of
    de Raad voor Vreemdelingenbetwistingen". z2 (round 131): "start de termijn van 12 maanden
    opnieuw na het RvV-arrest van 02/10/2026?" moved the last day to 2 October 2027."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik help een cliënt met [subsidiaire bescherming](sponsor_status:subsidiary_protection) "
        "sinds [19 januari 2026](recognition_date:2026-01-19), zijn [vrouw](relationship:spouse)"
        " zit in Almaty"
    )
    chat.say(
        "Mijn vraag blijft: start de termijn van 12 maanden opnieuw na het RvV-arrest van "
        "[02/10/2026](recognition_date:2026-10-02) of niet?"
    )
    assert chat.sponsor["recognition_date"] == "2026-01-19", chat.transcript()


def test_an_income_per_year_is_compared_per_month():
    """Seed 004: "lager dan 1.555,09 euro per maand". x4 (round 131): "17.900 per jaar, is da
    genoeg?" got "Je schreef 17.900 euro per maand. Dat is minstens het referentiebedrag"."""
    chat = _belgian_father_of_two()
    reply = chat.say(
        "en het inkomen? 17.900 per jaar, is da genoeg of niet", "ask_means_of_subsistence"
    )
    assert "17.900 euro per jaar" in reply, chat.transcript()
    assert "ongeveer 1.491,67 euro per maand: minder dan het referentiebedrag" in reply


def test_a_registered_partnerships_year_together_is_legal_and_unbroken():
    """Seed 001: "ofwel dat u gedurende minstens 1 jaar, voorafgaand aan de aanvraag, wettelijk
    en onafgebroken in België of in het buitenland hebt samengewoond". r4 and t1 (round 128):
    "als hun relatie stabiel is: ze woonden minstens 12 maanden samen" - three years together
    in Kampala without a legal cohabitation read as enough."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb een [B-kaart](sponsor_status:third_country_national), mijn [vriend](relationship:"
        "partner) woont in Beiroet, we zijn niet getrouwd"
    )
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("wat als we ons partnerschap laten registreren? we woonden 3 jaar samen")
    assert "12 maanden wettelijk en onafgebroken samen, voor de aanvraag" in reply, (
        chat.transcript()
    )


def test_a_daughter_of_18_at_her_fathers_asylum_request_has_no_right_kept():
    """Seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ...
    zijn/haar aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn
    recht". y2 (round 131): "Toen mijn vader op 6 mei 2024 asiel aanvroeg in België was ik dus
    al 18 jaar, niet 17" left "Je was jonger dan 18 ... Daarom heb je nog recht op
    gezinshereniging"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "mijn [vader](relationship:parent) is in België erkend als [vluchteling](sponsor_status:"
        "refugee) op [10 maart 2026](recognition_date:2026-03-10). Ik ben zijn "
        "[dochter](relationship:child), [20](age) jaar, in Teheran. Kan ik naar mijn vader komen?"
    )
    chat.say("akkoord", intent="affirm")
    chat.say(
        "Toen mijn [vader](relationship:parent) op 6 mei 2024 asiel aanvroeg in België was ik "
        "dus al 18 jaar, niet 17."
    )
    me = next(p for p in chat.people if p.get("self"))
    assert me["facts"].get("minor_when_sponsor_applied_for_asylum") is False, chat.transcript()


def test_the_wife_of_a_refugee_who_writes_is_no_refugee():
    """y5 (round 131): "ik ben Mihrigul, de vrouw van Abdullah Memet die in België vluchteling
    is erkend op 27 januari 2026 ... Hoe kan ik gezinshereniging aanvragen?" was read as the
    refugee herself ("Jij: erkend vluchteling") and her husband as the one who comes."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(
        "Hallo, ik ben Mihrigul, de [vrouw](relationship:spouse) van Abdullah Memet die in België "
        "[vluchteling](sponsor_status:refugee) is erkend op [27 januari 2026](recognition_date:"
        "2026-01-27). Wij zijn officieel getrouwd in 2022 in Istanbul. Hoe kan ik "
        "gezinshereniging aanvragen alstublieft?",
        intent="check_eligibility",
    )
    chat.say("akkoord", intent="affirm")
    assert chat.state["writer"] == "applicant", chat.transcript()
    me = [p for p in chat.people if p.get("self")]
    assert me and me[0]["relationship"] == "spouse"
