"""Findings of panel round 80 (stop 39), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel73 import _grace_answered
from tests.dialogue.test_panel77 import _married_after_arrival

TODAY = dt.date(2026, 12, 6)


def _martine() -> Chat:
    """A Belgian grandmother; her grandson of 14 in Cameroon (panel 80, g4)."""
    chat = Chat(today=TODAY)
    chat.say("bonjour, goeiedag. het gaat om [mijn kleinzoon](relationship:grandchild) junior, "
             "hij is [14](age) en woont in [Kameroen](country:Kameroen)")  # fmt: skip
    chat.say("ik ben [belgische](sponsor_status:belgian), ik woon in charleroi")
    return chat


def test_zijn_ouders_zijn_overleden_mijn_zoon_en_zijn_vrouw_de_tutelle__sole_custody():
    """ "zijn ouders zijn allebei overleden in 2024, mijn zoon en zijn vrouw. een rechtbank in
    kameroen heeft mij de tutelle gegeven in 2025" asked who has custody: hers, by a judgment
    (seed 004 "het recht van bewaring"), and the dead son no applicant (panel 80, g4: "Hoe oud
    is je zoon?", then "Dat is nu niet zo", a humanitarian visa)."""
    chat = _martine()
    assert chat.question == "applicant.custody", chat.transcript()
    chat.say(
        "zijn [ouders](relationship:parent) zijn allebei overleden in 2024, [mijn zoon]"
        "(relationship:child) en [zijn vrouw](relationship:spouse). een rechtbank in "
        "[kameroen](country:Kameroen) heeft mij de tutelle gegeven in 2025"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()
    assert chat.person("grandchild")["facts"]["custody"] == "sole", chat.transcript()


def test_maar_ik_heb_toch_het_hoederecht__the_custody_corrected():
    """ "maar ik heb toch het hoederecht! de rechtbank in douala heeft mij de tutelle (voogdij)
    gegeven" after an answer without custody: the custody is hers and the grandson's right
    follows (seed 004; panel 80, g4: three corrections ignored)."""
    chat = _martine()
    chat.press('/inform{"custody":"none"}')
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    assert chat.person("grandchild")["route"] == "humanitarian_visa", chat.transcript()
    reply = chat.say(
        "maar ik heb toch het hoederecht! de rechtbank in douala heeft mij de tutelle (voogdij) "
        "gegeven in 2025, ik heb het vonnis"
    )
    assert chat.person("grandchild")["facts"]["custody"] == "sole", chat.transcript()
    reply = reply if "recht op gezinshereniging" in reply else chat.say("ja", intent="affirm")
    assert chat.person("grandchild")["route"] == "family_reunification", chat.transcript()


def _lucas() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("hoi, [mijn schoonmoeder](relationship:other_relative) en [stiefzoon]"
             "(relationship:stepchild) willen naar belgie komen, kan dat?",
             intent="check_eligibility")  # fmt: skip
    return chat


def test_ik_ben_spaans_werk_hier_in_brussel__the_eu_citizen_writes():
    """ "ik ben spaans, werk hier in brussel. mijn vrouw valeria is argentijnse en woont al bij
    mij hier" answers the status question; "ze heeft een F kaart" is hers (panel 80, h2: "Wat
    is de verblijfsstatus van je vrouw?", then "Jij: niet-EU-burger")."""
    chat = _lucas()
    assert chat.question == "sponsor.status", chat.transcript()
    chat.say("ik ben spaans, werk hier in brussel. [mijn vrouw](relationship:spouse) valeria is "
             "argentijnse en woont al bij mij hier")  # fmt: skip
    chat.say("ze heeft een [F kaart](sponsor_status:third_country_national), als familielid van "
             "mij", intent="check_eligibility")  # fmt: skip
    assert chat.sponsor.get("status") == "eu_citizen", chat.transcript()
    assert "spouse" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_mateo_is_15_hij_is_de_zoon_van_valeria__his_age():
    """ "mateo is 15. hij is de zoon van valeria uit een vorige relatie" asked the stepson's age
    (panel 80, h2: "Over wie gaat 15 jaar?")."""
    chat = _lucas()
    chat.say("[EU-burger](sponsor_status:eu_citizen)")
    assert chat.question == "applicant.age", chat.transcript()
    chat.say("mateo is [15](age). hij is de [zoon](relationship:child) van valeria uit een "
             "vorige relatie")  # fmt: skip
    assert chat.person("stepchild")["age"] == 15, chat.transcript()


def test_junior_heeft_een_zware_mentale_handicap_hij_kan_niks_alleen__not_the_wife():
    """ "ja junior heeft een zware mentale handicap, hij kan niks alleen, mijn vrouw zorgt altijd
    voor hem": the son's (panel 80, h3: "Je vrouw: ... met een handicap")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw]"
             "(relationship:spouse) is [42](age), [mijn zoon](relationship:child) is [20](age)")  # fmt: skip
    chat.say("ja junior heeft een zware mentale [handicap](disability:disabled), hij kan niks "
             "alleen, [mijn vrouw](relationship:spouse) zorgt altijd voor hem")  # fmt: skip
    assert not chat.person("spouse")["facts"].get("disabled"), chat.transcript()
    assert chat.person("child")["facts"].get("disabled") is True, chat.transcript()


def test_erkenning_meer_dan_een_jaar_geleden_verliest_hij_iets__no_twelve_months_after():
    """Seed 003's 12 months hold "wanneer de afstamming ... vóór zijn aankomst in België werd
    vastgesteld": for a marriage after the arrival no period runs out (panel 80, h1: "zijn
    erkenning is nu al meer dan een jaar geleden, verliest hij daardoor iets?" got "geen
    antwoord")."""
    reply = _married_after_arrival().say(
        "mijn erkenning is nu al meer dan een jaar geleden, verlies ik daardoor iets?"
    )
    assert "De 12 maanden na de erkenning gelden niet" in reply, reply


def test_heeft_mijn_gehandicapte_zoon_van_20_recht__his_right():
    """Seed 001 "Uw gehandicapt meerderjarig kind" (panel 80, h3: "geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 maart 2026]"
             "(recognition_date:2026-03-03), ik ben [50](age:sponsor). [mijn zoon]"
             "(relationship:child) is [20](age) en heeft een zware [handicap](disability:disabled)")  # fmt: skip
    chat.answer_plainly({})
    reply = chat.say("heeft mijn gehandicapte zoon van 20 recht op gezinshereniging?")
    assert "recht op gezinshereniging" in reply and "geen antwoord" not in reply, reply


def test_waarom_zeer_klein_voor_esther__the_reason():
    """Seed 000: "kans op slagen als je aantoont dat je ... anders helemaal alleen en
    geïsoleerd achterblijft" (panel 80, h5: "waarom zeer klein voor esther?" got "geen
    antwoord")."""
    reply = _grace_answered().say("waarom zeer klein voor esther? ze is pas 19, studeert nog")
    assert "alleen en geïsoleerd" in reply and "geen antwoord" not in reply, reply
