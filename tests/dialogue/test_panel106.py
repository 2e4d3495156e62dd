"""Findings of panel rounds 105 and 106 (stop 43: sets K and L, and Y and Z a fourth time),
each named by the user's words or the seed sentence."""

from dialogue.reading import read
from dialogue.side import amount
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel98 import TODAY


def test_2400_netto_ik_1250_and_1420_netto_soms_200_euro_overuren__the_whole_amounts():
    """ "vast contract, 2.400 netto. Ik 1.250." (panel 105, l3: "Je schreef 400 euro per
    maand"); "ik verdien 1.420 netto per maand, soms 100 of 200 euro overuren erbij" (panel
    106, y5: "Je schreef 200 euro per maand")."""
    assert amount("ik verdien 1.420 netto per maand, soms 100 of 200 euro overuren erbij") == 1420
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian) en wil mijn [dochter](relationship:child) van "
             "[15](age) laten komen")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[45](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Ik werk bij De Lijn, vast contract, 2.400 netto. Is dat genoeg?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert "Je schreef 2.400 euro" in reply, reply


def test_niet_getrouwd_uniao_estavel_zoals_geregistreerd_samenwonen__no_marriage():
    """Seed 001: "Uw partnerschap moet wettelijk geregistreerd zijn"; "nee, niet getrouwd. We
    hebben união estável bij de cartório, dat is zoals geregistreerd samenwonen" (panel 105 and
    106, l4: "Je vriendin: 20 jaar, officieel getrouwd")."""
    chat = Chat(today=TODAY)
    chat.say("ik werk in Roeselare met single permit ([A kaart](sponsor_status:third_country_"
             "national)). Ik wil mijn [vrouw](relationship:spouse) Larissa naar hier brengen.")  # fmt: skip
    chat.say("ze is [20](age) jaar")
    chat.say("nee, niet getrouwd. We hebben união estável bij de cartório, dat is zoals "
             "geregistreerd samenwonen. Kan Larissa dan komen?")  # fmt: skip
    partner = chat.people[0]
    assert partner["relationship"] == "registered_partner", chat.transcript()
    assert partner["facts"].get("marriage") != "official", chat.transcript()


def test_ze_is_eigenlijk_mijn_moeder_geweest__a_likeness_no_mother():
    """ "Ze is eigenlijk mijn moeder geweest" of the grandmother, "Mijn kleinzoon is eigenlijk als
    mijn zoon" (panel 105, l5: "Je moeder: nog niet bekend"; k1: "Hoe oud is je zoon?")."""
    for markup in (
        "Ze is eigenlijk mijn [moeder](relationship:parent) geweest: ik woonde bij mijn "
        "[grootouders](relationship:grandparent).",
        "Mijn [kleinzoon](relationship:grandchild) is eigenlijk als mijn [zoon](relationship:child).",
    ):
        reading = read(parse(markup))
        assert reading.mentions[0 if "moeder" in markup else 1].context == "negated", markup


def test_een_zoon_in_canada_in_een_vraag__no_son_who_comes():
    """ "Is dat een probleem, dat er een zoon in Canada is?" of the grandmother's son (panel
    106, l5: "Hoe oud is je zoon?")."""
    reading = read(
        parse("Is dat een probleem, dat er een [zoon](relationship:child) in Canada is?")
    )
    assert reading.mentions[0].context == "negated"


def test_een_weduwe_en_haar_kleinzoon__the_grandmothers_custody_is_proven():
    """Seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder ... het recht van
    bewaring over je heeft"; a widowed grandmother's grandson is no child of a widow (panel 105
    and 106, k1: "Je hoeft geen hoederecht te bewijzen: de andere ouder ... is overleden")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [Belg](sponsor_status:belgian), weduwe. mijn [kleinzoon](relationship:"
             "grandchild) van [13](age) woont in kinshasa, zijn mama is overleden en zijn papa is "
             "verdwenen")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[66](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Is le jugement van Kinshasa genoeg voor het hoederecht?")
    assert "hoeft geen hoederecht te bewijzen" not in reply, chat.transcript()
    assert "attest" in reply or "vonnis" in reply, chat.transcript()


def test_kan_ik_dat_contract_al_geven_of_wachten_tot_ik_verhuisd_ben__seed_004s_later_home():
    """Seed 004: "Het heeft geen zin om een huurcontract ... af te geven van een woning waar je
    gezin pas later zal intrekken" (panel 105 and 106, k1: "Ja, dat kan nu al. Wachten hoeft
    niet.")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [Belg](sponsor_status:belgian). mijn [kleinzoon](relationship:grandchild) "
             "van [13](age) woont in kinshasa")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[66](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Ik verhuis in februari naar een groter appartement. Kan ik dat contract al "
                     "geven? Of moet ik wachten tot ik verhuisd ben?")  # fmt: skip
    assert "pas later intrekt" in reply and "Wachten hoeft niet" not in reply, reply


def test_zonder_paspoort_als_mulu_erkend_is__seed_002s_travel_document_for_the_client():
    """Seed 002: "de afwezigheid van een reisdocument [is] geen onoverkomelijk obstakel" after
    the recognition of a client still in the asylum procedure, told to her volunteer (panel
    106, z1: "een geldig paspoort moet er ten laatste zijn", and "Word je erkend")."""
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag. Ik help als vrijwilliger een Ethiopische vrouw, Mulu, die hier asiel "
             "heeft aangevraagd. Haar twee [kinderen](relationship:child) zitten in Oeganda.")  # fmt: skip
    chat.press('/inform{"sponsor_status":"asylum_seeker"}')
    chat.say("Dawid is al [18](age), het meisje, Selam, is [12](age).")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Kunnen ze zonder paspoort aanvragen als Mulu erkend is? Volstaan de UNHCR "
                     "papieren?", intent="ask_travel_document")  # fmt: skip
    assert "onoverkomelijk" in reply and "Word je erkend" not in reply, reply


def test_niet_getrouwd_op_papier_niet_in_de_kerk_ook_niet__no_religious_marriage():
    """ "eerlijk gezegd zijn we niet getrouwd op papier hoor. niet in de kerk ook niet" (panel
    106 and 107, z4: "Jij: religieus of traditioneel getrouwd" through seven corrections)."""
    from dialogue.reading import free_marriage

    told = " eh eerlijk gezegd zijn we niet getrouwd op papier hoor. niet in de kerk ook niet "
    assert free_marriage(told) is None
    assert free_marriage(" niet officieel getrouwd, alleen religieus bij de imam ") == (
        "religious_or_customary"
    )


def test_wacht_allebei_21_ze_wordt_pas_21_op_14_mei__no_age_of_21():
    """ "wacht, allebei 21? ze wordt pas 21 op 14 mei" (panel 107, y4: "Jij: ... 21 jaar")."""
    reading = read(parse("wacht, allebei [21](age)? ze wordt pas [21](age) op 14 mei"))
    told = [a.years for a in reading.loose_ages] + [a.years for _, a in reading.pronoun_ages]
    assert 21 not in told, told


def test_ze_werkt_wel_kuisen_in_een_hotel__the_clients_job_not_her_sons():
    """ "Moet ze dan eerst een huis zoeken? Ze werkt wel, kuisen in een hotel, 20 uur per week"
    of an asylum seeker, told by her volunteer (panel 105 to 107, z1: "Eigen inkomsten maken het
    moeilijker om te tonen dat de zoon van je cliënt nog ten laste is")."""
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag. Ik help als vrijwilliger een Ethiopische vrouw, Mulu, die hier asiel "
             "heeft aangevraagd. Haar twee [kinderen](relationship:child) zitten in Oeganda.")  # fmt: skip
    chat.press('/inform{"sponsor_status":"asylum_seeker"}')
    chat.say("haar [zoon](relationship:child) Dawid is al [18](age), het meisje, Selam, is "
             "[12](age).")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Moet ze dan eerst een huis zoeken en een vast inkomen hebben? Ze werkt wel, "
                     "kuisen in een hotel, 20 uur per week, zo'n 980 euro.")  # fmt: skip
    assert "Eigen inkomsten maken het moeilijker" not in reply, chat.transcript()
    assert "Word je erkend" not in reply and "je cliënt erkend" in reply, reply
