"""Findings of panel round 95 (stop 41, round 91's families a third time), each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel91 import (
    _aunt_answered,
    _client_with_a_son_of_20,
    _rania,
    _young_wife,
)

TODAY = dt.date(2026, 12, 7)


def test_geboren_na_dat_ik_weg_was_uit_irak__asked_not_assumed():
    """Seed 003: a descent established "vóór zijn aankomst in België". "we waren wel al
    getrouwd bij de sheikh. maar ze is geboren na dat ik weg was uit irak" says nothing of the
    arrival (panel 95, n2: "De band met je kind van 2 jaar ontstond pas na de aankomst")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2026]"
             "(recognition_date:2026-11-20), ik ben [33](age:sponsor). [mijn dochter]"
             "(relationship:child) is [2](age)")  # fmt: skip
    chat.say("we waren wel al getrouwd bij de sheikh. maar ze is geboren na dat ik weg was uit "
             "irak")  # fmt: skip
    daughter = chat.person("child")
    assert daughter["facts"].get("relationship_predates_arrival") is not False, chat.transcript()


def test_moet_ze_ook_naar_dokter_voor_attest__no_one_ill():
    """ "hoeveel kost het? en moet ze ook naar dokter voor attest?" asks about the medical
    certificate; "wacht, mijn vrouw is niet ziek hoor" takes an illness back (panel 95, m5:
    "Ziek: toon de ziekte ... aan", twice)."""
    chat = _young_wife()
    chat.say("hoeveel kost het? en moet ze ook naar dokter voor attest?")
    assert "ill" not in (chat.person("spouse").get("noted") or []), chat.transcript()
    chat.person("spouse").setdefault("noted", []).append("ill")
    chat.say("wacht, mijn vrouw is niet ziek hoor. waarom zeg je ziek?")
    assert "ill" not in (chat.person("spouse").get("noted") or []), chat.transcript()


def test_ze_is_geboren_op_20_januari_2006__her_21st_birthday_and_the_days():
    """Seed 001: "U bent beiden ouder dan 21 jaar." "ze is geboren op 20 januari 2006. hoelang
    moeten we nog wachten dan? mag ik al aanvragen voor ze 21 is?" (panel 95, m5: the
    humanitarian visa's processing time)."""
    chat = _young_wife()
    reply = chat.say("ze is geboren op 20 januari 2006. hoelang moeten we nog wachten dan? mag "
                     "ik al aanvragen voor ze 21 is?")  # fmt: skip
    assert "Je vrouw is 21 jaar vanaf 20 januari 2027" in reply, chat.transcript()
    assert "Dat is over 44 dagen" in reply


def test_een_kind_zonder_ouders_het_belang_van_het_kind__no_one_added_and_answered():
    """Seed 001: "Het principe «hoger belang van het kind» staat beschreven in de Belgische
    Grondwet (artikel 22bis) evenals in het Internationaal Verdrag inzake de Rechten van het
    Kind (artikel 3)". "ayaan is een kind van 11 zonder mama en papa. telt het belang van het
    kind mee bij DVZ?" (panel 95, n5: "je mama" and "je papa" added, then "Hoe oud is je
    kind?", and the question unanswered four times)."""
    chat = _aunt_answered()
    reply = chat.say("ze is een [kind](relationship:child) zonder [ouders](relationship:parent). "
                     "telt het hoger belang van het [kind](relationship:child) mee bij DVZ?")  # fmt: skip
    reply += chat.say("ayaan is een kind van 11 zonder [mama](relationship:parent) en [papa]"
                      "(relationship:parent). telt het belang van het [kind](relationship:child) "
                      "mee?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()
    assert "het belang van het kind op de eerste plaats" in reply
    assert "art. 22bis Grondwet" in reply


def test_zijn_syrisch_paspoort_is_verlopen__the_belgians_practice_not_art_40ter():
    """Seed 004 names an expired passport as proof of identity for a Belgian's family and cites
    no article. Told to a refugee's father as that practice (panel 95, m4: art. 40ter, C)."""
    chat = _rania()
    reply = chat.say("zijn syrisch paspoort is verlopen, en naar syrische ambassade gaan is "
                     "gevaarlijk voor hem. wat dan?", intent="ask_travel_document")  # fmt: skip
    assert "vervallen paspoort" in reply, chat.transcript()
    assert "40ter" not in reply


def test_dvz_beslist_pas_na_haar_18de_verjaardag__the_seeds_say_the_filing_date_only():
    """Seed 002: "De datum van indiening van de aanvraag is echter van wezenlijk belang", said
    of the sponsor's age condition; of a child's 18th birthday no seed says more (panel 95,
    m3: "Een beslissing na die verjaardag maakt een aanvraag ... niet te laat", C)."""
    chat = _client_with_a_son_of_20()
    reply = chat.say("en als we voor 1 februari indienen maar DVZ beslist pas na haar 18de "
                     "verjaardag? verliest ze dan haar recht?", intent="ask_deadline")  # fmt: skip
    assert "van wezenlijk belang" in reply, chat.transcript()
    assert "niet te laat" not in reply
