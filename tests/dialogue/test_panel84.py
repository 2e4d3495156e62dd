"""Findings of panel round 84 (stop 40, round 83's ten families replayed with new helpers),
each named by the user's words or the seed sentence. The messages carry the entities and
intents the project's NLU gave."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel83 import _bilal, _samuel

TODAY = dt.date(2026, 12, 6)


def test_ik_las_iets_over_geregistreerd_partnerschap__no_registered_partner_made():
    """Seed 001: a registered partner is one whose partnership is registered. "ik las iets
    over geregistreerd partnerschap. wij hebben een kind samen, telt dat?" asks about it and
    tells nothing: the de facto partner stays one (panel 84, j3: "Hoe oud is je geregistreerde
    partner?", kept through five corrections, then "geen recht" and a fee for him)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 november 2026]"
             "(recognition_date:2026-11-10). [mijn partner](relationship:partner) yusuf en [onze "
             "zoon](relationship:child) zijn in khartoum, we zijn nooit getrouwd")  # fmt: skip
    chat.say("ik las iets over geregistreerd partnerschap. wij hebben een [kind]"
             "(relationship:child) samen, telt dat? of moeten we dan in belgie registreren",
             intent="check_eligibility")  # fmt: skip
    assert chat.person("partner")["facts"].get("partnership") != "legally_registered"
    assert not [p for p in chat.people if p["relationship"] == "registered_partner"], chat.log


def test_hoe_bewijs_ik_dat_mijn_broer_niet_voor_haar_kan_zorgen__no_brother_added():
    """Seed 000 (ouder met hoge leeftijd): "dat er geen andere gezinsleden de zorg ... kunnen
    opnemen". "hoe bewijs ik dat mijn broer niet voor haar kan zorgen" names the brother who
    does not care for her, no one who comes (panel 84, j5: "Je broer: wil naar België
    komen")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [44](age:sponsor). [mijn moeder]"
             "(relationship:parent) is [71](age) en woont alleen in turkije")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("helpt het als ik toon dat ik een huis heb met een kamer voor haar? en hoe bewijs "
             "ik dat [mijn broer](relationship:sibling) niet voor haar kan zorgen",
             intent="ask_housing")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_een_huis_met_een_kamer_voor_haar__no_lease_of_art_40ter_for_a_humanitarian_visa():
    """Seed 000: a humanitarian visa has no housing condition; seed 004's registered lease is
    a Belgian's family-reunification proof (panel 84, j5: "Een geregistreerd huurcontract ...
    Bron: art. 40ter, §2" for a Belgian's mother on a humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [44](age:sponsor). [mijn moeder]"
             "(relationship:parent) is [71](age) en woont alleen in turkije")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("helpt het als ik toon dat ik een huis heb met een kamer voor haar? en hoe "
                     "bewijs ik dat mijn broer niet voor haar kan zorgen", intent="ask_housing")  # fmt: skip
    assert "art. 40ter" not in reply and "huurcontract" not in reply, chat.transcript()


def test_esther_samen_met_haar_mama_indienen__the_wife_no_mother_in_law():
    """ "esther moet die samen met haar mama indienen of apart?": the daughter's mother is the
    wife who comes, no mother-in-law (panel 84, j1: "Je schoonmoeder: wil naar België
    komen", kept after "nee geen schoonmoeder!")."""
    chat = _samuel()
    chat.say("waar moeten ze de aanvraag doen, in lagos of abuja? en esther moet die samen met "
             "[haar mama](relationship:parent) indienen of apart?", intent="check_eligibility")  # fmt: skip
    assert "other_relative" not in [p["relationship"] for p in chat.people], chat.transcript()
    assert "schoonmoeder" not in chat.transcript()


def _hawa_and_fatou() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 september 2026]"
             "(recognition_date:2026-09-01), ik ben [34](age:sponsor). [mijn dochter]"
             "(relationship:child) aminata is [10](age) en [mijn zus](relationship:sibling) fatou"
             " is [24](age), ze zorgt voor aminata in conakry")  # fmt: skip
    return chat


def test_zorgt_voor_aminata_als_een_mama__no_mother_added():
    """ "fatou zorgt al 2 jaar voor aminata als een mama": a comparison, no mother, and the
    2 years are how long, no one's age (panel 84, i5: "Is je mama op hoge leeftijd?", then
    "Je zus: 2 jaar")."""
    chat = _hawa_and_fatou()
    chat.say("fatou zorgt al [2](age) jaar voor aminata als een [mama](relationship:parent). "
             "helpt dat voor haar visum?", intent="ask_humanitarian_visa")  # fmt: skip
    chat.say("ok. maar helpt het voor fatou dat ze al [2](age) jaar voor aminata zorgt?")
    assert sorted(p["relationship"] for p in chat.people) == ["child", "sibling"], chat.log
    assert chat.person("sibling")["age"] == 24


def test_weet_ik_niet_precies_begin_februari__the_year_told_kept():
    """ "februari 2025", then to the exact day "weet ik niet precies begin februari": the
    recognition stays in February 2025 and the day is unknown, not asked again (panel 84, i4:
    "Ik heb het aangepast. • Jij: erkend vluchteling, sinds februari 2026")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), [19](age:sponsor). "
             "[mijn moeder](relationship:parent) is in peshawar")  # fmt: skip
    chat.say("[februari 2025](recognition_date:2025-02-01|approximate)")
    reply = chat.say(
        "weet ik niet precies [begin februari](recognition_date:2026-02-01|approximate)"
    )
    assert chat.sponsor["recognition_date"].startswith("2025-02"), chat.transcript()
    assert "Op welke dag precies" not in reply


def test_zij_is_33_hij_is_41__the_clients_age_not_his_little_sons():
    """ "Hij wil zijn vrouw en zoontje naar België halen", then "Zij is 33 jaar, hij is 41":
    41 is the client's, no son of 41 beside a wife of 33 (panel 84, i2: the son made 41, and
    "Hoe oud is je cliënt?" asked five times)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker en ik schrijf voor een cliënt. Hij heeft [subsidiaire "
             "bescherming](sponsor_status:subsidiary_protection). Hij wil [zijn vrouw]"
             "(relationship:spouse) en [zoontje](relationship:child) naar België halen.")  # fmt: skip
    chat.say("Zij is [33](age) jaar, hij is [41](age). Ze zijn burgerlijk getrouwd in Aleppo.")
    assert chat.sponsor.get("age") == 41, chat.transcript()
    assert chat.person("child")["age"] is None


def test_kosten_ouders_niet_zeker__the_mother_not_listed_as_paying():
    """Seed 002: parents of one who was under 18 at the asylum application pay no fee; "de
    vader of de moeder van een meerderjarige beschermde vreemdeling" pay. For a former minor
    now 19 the bot says it is not sure, and does not first list the mother among those who
    pay (panel 84, i4: "je moeder, je broer en je zus betalen elk een bijdrage ... Voor de
    ouders is dat niet zeker")."""
    chat = _bilal()
    reply = chat.transcript().split("Dit is mijn inschatting")[-1]
    line = next(x for x in reply.splitlines() if x.startswith("Kosten:"))
    assert "je moeder" not in line and "niet zeker" in line, chat.transcript()


def test_dossier_niet_klaar_voor_2_maart_hij_is_dan_18__the_limit_and_what_remains():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn"; seed 002: apply in time,
    "ongeacht het feit of zijn dossier volledig of onvolledig is"; seed 001: adult children
    only "op grond van een tijdelijke verblijfsvergunning (art. 9 en 13 - humanitair visum)".
    "en als het dossier van abel niet klaar is voor 2 maart? hij is dan 18, kan hij dan nog
    komen of is het gedaan" hears all three (panel 84, i1: "Op die vraag vind ik geen
    antwoord")."""
    from tests.dialogue.test_panel83 import _yonas

    chat = _yonas()
    chat.answer_plainly({"sponsor.age": "[38](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en als het dossier van abel niet klaar is voor 2 maart? hij is dan [18](age)"
                     ", kan hij dan nog komen of is het gedaan", intent="check_eligibility")  # fmt: skip
    assert "Dien toch op tijd in" in reply and "humanitair visum" in reply, chat.transcript()


def test_mijn_vrouw_met_haar_vervallen_paspoort__not_a_valid_travel_document():
    """Seed 002: "een geldig reisdocument"; seed 004: "een vervallen paspoort" proves the
    identity (of a Belgian's family). "en mijn vrouw dan met haar vervallen paspoort? is dat
    goed genoeg" hears both (panel 84, i1: the expired passport never answered)."""
    from tests.dialogue.test_panel83 import _yonas

    chat = _yonas()
    chat.answer_plainly({"sponsor.age": "[38](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en [mijn vrouw](relationship:spouse) dan met haar vervallen paspoort? is "
                     "dat goed genoeg", intent="ask_travel_document")  # fmt: skip
    assert "Een vervallen paspoort is geen geldig reisdocument" in reply, chat.transcript()


def test_en_als_ik_erkend_word_als_vluchteling__no_soft_procedure_denied():
    """Seed 000's soft procedure is for the spouse of a recognised refugee whose marriage is
    not official. An asylum seeker whose marriage type is not known asks "en als ik erkend word
    als vluchteling? wat dan": the family's right after recognition, not "Voor je vrouw geldt
    ze niet ... of jullie trouwen officieel" (panel 84, j2: the civil marriage of 2021)."""
    chat = Chat(today=TODAY)
    chat.say("salam. ik ben in [asiel](sponsor_status:asylum_seeker) in belgie sinds mei. [mijn "
             "vrouw](relationship:spouse) en [baby](relationship:child) zijn in kamp in tsjaad. "
             "kunnen ze nu komen?")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en als ik erkend word als vluchteling? wat dan")
    assert "recht, geen gunst" in reply, chat.transcript()
    assert "Voor je vrouw geldt ze niet" not in reply
