"""Findings of panel round 79 (stop 39), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel77 import _ahmed_answered, _hassan
from tests.dialogue.test_panel78 import _amina, _dawit

TODAY = dt.date(2026, 12, 6)


def test_ze_wordt_18_in_feb_2028_1_jaar_na_erkenning__the_clients_age_no_sisters():
    """ "amina is geboren op 3 feb 2010, dus ze wordt 18 in feb 2028 ... ik las iets over 1
    jaar na erkenning": the client's birthday, and "1 jaar" is no one's age (panel 79, g1: "Het
    zusje van je cliënt: 16 jaar", then "1 jaar")."""
    chat = _amina()
    reply = chat.say(
        "amina is geboren op 3 feb 2010, dus ze wordt 18 in feb 2028. hebben we dan nog tijd "
        "genoeg of moet het sneller? ik las iets over 1 jaar na erkenning",
        intent="ask_deadline",
    )
    assert chat.person("sibling")["age"] == 8, chat.transcript()
    assert "Over wie gaat" not in reply and "2 februari 2028" in reply, reply


def test_stel_dat_het_huwelijk_toch_officieel_geldt__still_religious():
    """ "stel dat het huwelijk toch officieel geldt in irak. is 1800 netto dan genoeg?": a
    supposition (panel 79, g2: "Ik heb het aangepast. • Je vrouw: 33 jaar, officieel
    getrouwd")."""
    chat = _hassan()
    chat.say("[33](age:sponsor). ik ben [40](age)")
    chat.say("bij de [imam](marriage_type:religious_or_customary) getrouwd in 2019")
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "stel dat het huwelijk toch [officieel](marriage_type:official) geldt in "
        "[irak](country:Irak). is 1800 netto dan genoeg?",
        intent="ask_means_of_subsistence",
    )
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary", reply


def test_no_other_children_in_cairo__no_second_child():
    """ "she is 58 ... alone, no other children in cairo": no child added (panel 79, g3: "Hoe
    oud is je tweede kind?", twice)."""
    chat = _ahmed_answered()
    chat.say("ok. and [my mother](relationship:parent) Fatima, she is [58](age), widow. can she "
             "come with them?", intent="check_eligibility")  # fmt: skip
    chat.say("she is [58](age). not very old, but she has diabetes and is alone, no other "
             "[children](relationship:child) in cairo")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "spouse"], chat.transcript()


def _lucas() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("hola, hallo. ik ben spaans en woon en werk in brussel. vraag over de familie van "
             "[mijn vrouw](relationship:spouse)")  # fmt: skip
    chat.say("[EU-burger](sponsor_status:eu_citizen)")
    return chat


def test_het_gaat_om_haar_moeder_en_haar_zoon__the_mother_in_law():
    """ "mijn vrouw valeria woont al hier bij mij in brussel hoor. het gaat om haar moeder en haar
    zoon": his mother-in-law, not his mother (panel 79, h2: "Is je moeder financieel afhankelijk
    van jou?")."""
    chat = _lucas()
    chat.say(
        "officieel, maar [mijn vrouw](relationship:spouse) valeria woont al hier bij mij in "
        "brussel hoor. het gaat om haar [moeder](relationship:parent) en haar [zoon]"
        "(relationship:child)"
    )
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["other_relative", "stepchild"], chat.transcript()


def test_rosa_is_60_mateo_haar_zoon_is_15__the_sons_age():
    """ "rosa is 60. mateo, haar zoon is 15" asked the son's age: 15 (panel 79, h2: "De zoon van
    je vrouw: 60 jaar")."""
    chat = _lucas()
    chat.say(
        "officieel, maar [mijn vrouw](relationship:spouse) valeria woont al hier bij mij in "
        "brussel hoor. het gaat om haar [moeder](relationship:parent) en haar [zoon]"
        "(relationship:child)"
    )
    assert chat.question == "applicant.age", chat.transcript()
    chat.say("rosa is [60](age). mateo, haar [zoon](relationship:child) is [15](age)")
    assert chat.person("stepchild")["age"] == 15, chat.transcript()


def test_als_hiwot_mijn_wettelijke_partner_wordt_betaalt_ze_nog_retributie():
    """Seed 002: "de echtgenoot, de gelijkgestelde of wettelijke partner ... betalen geen
    retributie" (panel 79, h4: only "voor je vriendin is er een bijdrage")."""
    reply = _dawit().say(
        "ok. dus mijn vraag: als hiwot later wel mijn [wettelijke partner]"
        "(relationship:registered_partner) wordt, betaalt ze dan nog retributie?",
        intent="ask_costs",
    )
    assert "Dan betaalt je echtgenoot of partner geen bijdrage" in reply, reply


def test_ook_als_ze_mijn_wettelijk_geregistreerde_partner_is__no_second_person():
    """ "ook als ze mijn wettelijk geregistreerde partner is? dus niet als vriendin maar als
    partner": a supposition, no registered partner beside the girlfriend (panel 79, h4: "Je
    geregistreerde partner: 33 jaar", three corrections)."""
    chat = _dawit()
    chat.say(
        "ook als ze mijn [wettelijk geregistreerde partner](relationship:registered_partner) is? "
        "dus niet als [vriendin](relationship:partner) maar als [partner](relationship:partner)"
    )
    assert [p["relationship"] for p in chat.people] == ["partner", "child"], chat.transcript()
