"""Findings of panel rounds 87 and 88 (stop 40, rounds 83 and 85's families replayed), each
named by the user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _omar() -> Chat:
    """A social worker for Omar, 41, subsidiary protection since 10 May 2025; his wife of 33
    and their son Adam of 6 in Beirut (panel 87, i2)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker en ik stel een vraag voor een cliënt. Hij heeft "
             "[subsidiaire bescherming](sponsor_status:subsidiary_protection). Hij wil [zijn "
             "vrouw](relationship:spouse) en [zoontje](relationship:child) laten overkomen.")  # fmt: skip
    chat.say("Zij is [33](age), hij is [41](age). Het zoontje Adam is [6](age). [Subsidiaire "
             "bescherming](sponsor_status:subsidiary_protection) kreeg hij op [10 mei 2025]"
             "(recognition_date:2025-05-10).")  # fmt: skip
    chat.answer_plainly({"applicant.marriage": "officieel"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_daar_woont_ook_zijn_andere_zoon__here_and_hij_is_9_not_adams_age():
    """ "Hij huurt een appartement met 2 slaapkamers in Leuven, daar woont ook zijn andere
    zoon", then "Hij is 9": a son who lives here, no one who comes, and Adam stays 6 (panel
    87, i2: "Hoe oud is de zoon ...?", the son of 9 added, later Adam dropped)."""
    chat = _omar()
    chat.say("Wat moet hij aantonen voor huisvesting? Hij huurt een appartement met 2 "
             "slaapkamers in Leuven, daar woont ook [zijn andere zoon](relationship:child).",
             intent="ask_housing")  # fmt: skip
    chat.say("Hij is [9](age). Wat moet hij voorleggen voor de ziekteverzekering?")
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("spouse", 33), ("child", 6)], (
        chat.transcript()
    )


def test_de_zoon_van_9_komt_niet__adam_of_6_stays():
    """ "de zoon van 9 komt niet" when only Adam of 6 is stored: nobody is taken out (panel
    87, i2: "Ik heb de zoon van je cliënt weggelaten" of Adam)."""
    chat = _omar()
    chat.say("[de zoon](relationship:child) van [9](age) komt niet")
    assert ("child", 6) in [(p["relationship"], p["age"]) for p in chat.people], chat.transcript()


def test_adam_moet_overkomen_samen_met_zijn_moeder__no_mother_of_the_client():
    """A helper's "Adam moet wel overkomen, samen met zijn moeder": the client's wife, no
    mother of the client (panel 87, i2: "Is de moeder van je cliënt op hoge leeftijd?")."""
    chat = _omar()
    chat.say("Adam moet wel overkomen, samen met [zijn moeder](relationship:parent).",
             intent="check_eligibility")  # fmt: skip
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_kan_esther_ook_als_haar_paspoort_verlopen_is__her_passport():
    """Seed 002: "De algemene regel is dat een geldig reisdocument moet worden voorgelegd".
    "mijn dochter esther" named before, "kan esther ook als het haar paspoort verlopen is" is
    about her passport, not the wife's (panel 87, j1)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb een [B kaart](sponsor_status:third_country_national), ik ben [45]"
             "(age:sponsor). [mijn vrouw](relationship:spouse) is [38](age), officieel getrouwd. "
             "[mijn zoon](relationship:child) daniel is [15](age) en [mijn dochter]"
             "(relationship:child) esther is [19](age)")  # fmt: skip
    chat.answer_plainly({"applicant.disabled": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en kan esther ook als het haar paspoort verlopen is?",
                     intent="ask_travel_document")  # fmt: skip
    assert "paspoort van je dochter" in reply, chat.transcript()
    assert "paspoort van je vrouw" not in reply


def test_zij_is_33_hij_is_41_kreeg_hij__the_wife_keeps_her_age():
    """A helper's "Zij is 33, hij is 41. ... Subsidiaire bescherming kreeg hij op 10 mei
    2025": the status is the client's, the 33 his wife's (panel 87, i2: the client made 33,
    then 41, and "Hoe oud is de vrouw van je cliënt?")."""
    chat = _omar()
    assert chat.person("spouse")["age"] == 33, chat.transcript()
    assert chat.sponsor["age"] == 41


def test_moet_abel_betalen_als_hij_18_is__adult_children_pay():
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name om
    zijn meerderjarige kinderen." "maar moet abel betalen als hij 18 is?" hears that he pays
    then, not only "er is geen bijdrage" (panel 87, i1)."""
    from tests.dialogue.test_panel83 import _yonas

    chat = _yonas()
    chat.answer_plainly({"sponsor.age": "[38](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("maar moet abel betalen als hij [18](age) is? hoeveel?", intent="ask_costs")
    assert "meerderjarige kinderen betalen" in reply, chat.transcript()


def test_mijn_vriend_zegt_je_moet_1555_euro_verdienen__no_friends_income():
    """ "mijn vriend zegt je moet 1555 euro verdienen, klopt dat?": the friend said it; his
    income is not asked about (panel 87, j1: "Of DVZ ook het inkomen van je vriend meetelt")."""
    chat = Chat(today=TODAY)
    chat.say("ik heb een [B kaart](sponsor_status:third_country_national), ik ben [45]"
             "(age:sponsor). [mijn vrouw](relationship:spouse) is [38](age), officieel getrouwd")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("[mijn vriend](relationship:partner) zegt je moet 1555 euro verdienen, klopt "
                     "dat? dan is 2100 genoeg toch", intent="ask_means_of_subsistence")  # fmt: skip
    assert "inkomen van je vriend" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["spouse"]


def test_noor_is_ook_niet_getrouwd__the_wife_stays_a_wife():
    """ "Ja, getrouwd in 1998 ... Noor is ook niet getrouwd": the daughter named Noor is not
    married; the wife stays a wife (panel 88, l2: "Ik heb het aangepast. • Je vriendin")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 mei 2026]"
             "(recognition_date:2026-05-20). [Mijn vrouw](relationship:spouse) Layla is [45](age),"
             " wij zijn getrouwd in Mosul in 1998, bij de rechtbank")  # fmt: skip
    chat.say("[52](age:sponsor) jaar. [Mijn dochter](relationship:child) Noor is [22](age), zij "
             "is gehandicapt")  # fmt: skip
    chat.say("Ja, getrouwd in 1998, lang voor ik naar Belgie kwam. Noor is ook niet getrouwd")
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()


def test_alleen_gekomen_zonder_ouder__no_parent_added():
    """ "Hij is alleen gekomen naar België, zonder ouder", written by his mother: the one he
    came without, no second parent who comes (panel 88, l4: "De ouder van je zoon: wil naar
    België komen")."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben [de moeder](relationship:parent) van Adam die in België is. Adam is [15]"
             "(age) jaar. Kan ik naar hem komen?")  # fmt: skip
    chat.say("Adam heeft erkenning als [vluchteling](sponsor_status:refugee) gekregen op "
             "[10 september 2026](recognition_date:2026-09-10). Hij is alleen gekomen naar "
             "België, zonder [ouder](relationship:parent).")  # fmt: skip
    assert len([p for p in chat.people if p["relationship"] == "parent"]) == 1, chat.transcript()
