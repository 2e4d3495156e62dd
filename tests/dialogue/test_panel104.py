"""Findings of panel round 104 (stop 43: sets Y and Z a second time), each named by the user's
words or the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel98 import TODAY
from tests.dialogue.test_panel103 import _omar, _papa_in_maracaibo


def test_hij_is_41_geboren_3_3_1985__a_birth_date_not_the_recognition():
    """ "hij is 41 (°3/3/1985)" (panel 104, y1: "Je cliënt: erkend vluchteling, sinds 3 maart
    1985")."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben maatschappelijk werker. Ik begeleid een man, [erkend vluchteling]"
             "(sponsor_status:refugee) sinds [19 januari 2026](recognition_date:2026-01-19). Zijn "
             "[vrouw](relationship:spouse) zit in Caïro.")  # fmt: skip
    chat.say("hij is [41](age:sponsor) (°[3/3/1985](recognition_date:1985-03-03))")
    assert chat.sponsor["recognition_date"] == "2026-01-19", chat.transcript()


def test_hij_heeft_ook_diabetes_type_2__no_age_of_2():
    """ "Mijn papa is 76, hij valt soms ... hij heeft ook diabetes type 2" (panel 104, z3: "Ik heb
    het aangepast. • Je papa: 2 jaar")."""
    reading = read(parse("Mijn [papa](relationship:parent) is [76](age), hij valt soms, hij kan "
                         "zich niet alleen aankleden, hij heeft ook diabetes type [2](age)."))  # fmt: skip
    told = [a.years for m in reading.mentions for a in m.ages] + [
        a.years for _, a in reading.pronoun_ages] + [a.years for a in reading.loose_ages]  # fmt: skip
    assert told == [76], told


def test_sinds_mijn_mama_weg_is_welke_bewijzen__what_strengthens_not_a_missing_parent():
    """Seed 000 for a parent of high age: "Een hoge leeftijd, medische problemen en een
    geïsoleerde situatie door het wegvallen van familieleden kunnen een belangrijke rol
    spelen"; "mama weg is" of the father's wife who died (panel 104, z3: "Een ouder die vermist
    is: toon dat aan")."""
    chat = _papa_in_maracaibo()
    reply = chat.say("Wat kan ik doen om de kans groter te maken? Hij kan zich niet alleen "
                     "aankleden. Sinds mijn [mama](relationship:parent) weg is, is hij alleen in "
                     "het huis. Welke bewijzen moet ik verzamelen?")  # fmt: skip
    assert "vermist" not in reply and "sterker" in reply, chat.transcript()


def test_hij_kan_papa_niet_opvangen__the_brother_named_is_no_applicant():
    """ "Mijn broer Luis in Chili: moet ik hem vermelden in de aanvraag of niet? Hij kan papa niet
    opvangen." (panel 104, z3: "Je broer: wil naar België komen")."""
    chat = _papa_in_maracaibo()
    chat.say("Mijn [broer](relationship:sibling) Luis in Chili: moet ik hem vermelden in de "
             "aanvraag of niet? Hij kan [papa](relationship:parent) niet opvangen.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_asiel_aangevraagd_toen_hij_16_was_in_mei_18_geworden__still_a_refugee_of_18():
    """ "5 november 2026, dat staat op de beslissing van het CGVS. Hij heeft trouwens asiel
    aangevraagd toen hij 16 was, hij is in mei 18 geworden" (panel 104, z2: "Je cliënt:
    asielzoeker, sinds 5 november 2026, 17 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("Hoi, ik was tot mei de voogd van een Jemenitische jongen, inmiddels 18. Hij is "
             "begin november [erkend als vluchteling](sponsor_status:refugee). Nu wil hij zijn "
             "[ouders](relationship:parent) naar België halen.")  # fmt: skip
    chat.say("[5 november 2026](recognition_date:2026-11-05), dat staat op de beslissing van het "
             "CGVS. Hij heeft trouwens [asiel aangevraagd](sponsor_status:asylum_seeker) toen hij "
             "[16](age) was, hij is in mei [18](age) geworden, midden in de procedure.")  # fmt: skip
    assert chat.sponsor["status"] == "refugee", chat.transcript()
    assert chat.sponsor.get("age") in (None, 18), chat.transcript()


def test_1_waar_dienen_ze_in_2_welke_papieren__a_numbered_list_no_ages():
    """ "Dan de praktische kant: 1) waar dienen ze in? 2) welke papieren? 3) hoe lang duurt het?"
    (panel 104, z2: "De vader van je cliënt: 1 jaar • De moeder van je cliënt: 2 jaar")."""
    chat = _omar()
    chat.answer_plainly({})
    chat.say("Top. Dan de praktische kant: [1](age)) waar dienen ze in? [2](age)) welke "
             "papieren? [3](age)) hoe lang duurt het?", intent="ask_processing_time")  # fmt: skip
    assert all(p["age"] not in (1, 2, 3) for p in chat.people), chat.transcript()


def test_mijn_vrouw_werkt_sinds_februari_als_verpleegster_ik_en_ons_meisje_willen_naar_haar_toe():
    """The husband abroad writes: "mijn vrouw Shanti werkt sinds februari als verpleegster in een
    ziekenhuis in Andwerpen ... ik en ons meisje van 4 willen naar haar toe komen" (panel 104,
    z4: "Jij: niet-EU-burger met verblijf in België" kept through four corrections)."""
    chat = Chat(today=TODAY)
    chat.say("goedemorgen, ik ben Kenneth uit Paramaribo. ik ga u iets vragen, mijn [vrouw]"
             "(relationship:spouse) Shanti werkt sinds februari als verpleegster in een ziekenhuis "
             "in Andwerpen, ze heeft een [bekaart](sponsor_status:third_country_national). ik en "
             "ons [meisje](relationship:child) van [4](age) willen naar haar toe komen om daar te "
             "wonen, hoe gaat dat?", intent="check_eligibility")  # fmt: skip
    assert chat.state["writer"] == "applicant", chat.transcript()


def _abdi() -> Chat:
    """A son of 15 writes for his mother with subsidiary protection; his sister of 17 is in
    Kenya with their grandmother (y2)."""
    chat = Chat(today=TODAY)
    chat.say("hallo k schrijf voor mijn [mama](relationship:parent) want zij spreekt nog nie goe "
             "nederlands. mijn [zus](relationship:sibling) zit in kenia bij onze [oma]"
             "(relationship:grandparent) en we willen da ze naar hier komt.",
             intent="check_eligibility")  # fmt: skip
    chat.say("cliënt?? nee k ben gwn de [zoon](relationship:child), [15](age:sponsor) jaar.")
    chat.say("mama heeft [subsidiair](sponsor_status:subsidiary_protection) ofzo")
    return chat


def test_k_ben_gwn_de_zoon__the_writer_is_no_son_who_comes():
    """ "cliënt?? nee k ben gwn de zoon, 15 jaar" (panel 104, y2: "Bestond de band met je zoon
    al vóór je mama naar België kwam?", a son added)."""
    chat = _abdi()
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_mijn_zus_haar_papa_is_ook_mijn_papa_zegt_mijn_oom__no_grandfather_no_uncle():
    """ "mijn zus haar papa is ook mijn papa, hij zit in mogadishu" and "hij vind het wel oke zegt
    mijn oom, maar er staat niks op papier": the sister's father (no one who comes) and who
    says it (panel 104, y2: "Is de papa van je mama op hoge leeftijd?", "De oom van je mama:
    wil naar België komen"); the sister is "je zus" in every text."""
    chat = _abdi()
    chat.say("mijn [zus](relationship:sibling) haar [papa](relationship:parent) is ook mijn "
             "[papa](relationship:parent), hij zit in mogadishu met zijn nieuwe vrouw.")  # fmt: skip
    chat.say("hij vind het wel oke zegt mijn [oom](relationship:other_relative), maar er staat "
             "niks op papier")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    assert "zus van je mama" not in chat.transcript(), chat.transcript()


def test_kwam_op_mijn_12e_met_mijn_moeder__she_is_here():
    """ "ik ben hier sinds 2009, kwam op mijn 12e met mijn moeder" (panel 104, y4: "Is je moeder
    op hoge leeftijd?")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben getrouwd deze zomer in turkije en wil mijn [vrouw](relationship:spouse) naar "
             "belgie halen. ik heb ne [C kaart](sponsor_status:third_country_national)")  # fmt: skip
    chat.say("nee, ik ben hier sinds 2009, kwam op mijn 12e met mijn [moeder]"
             "(relationship:parent). als we in april trouwen, wanneer mag ze dan aanvragen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
