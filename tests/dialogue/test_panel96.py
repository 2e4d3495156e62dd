"""Findings of panel round 96 (stop 41, round 93's families a third time), each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel93 import _asylum_seeker, _shirin

TODAY = dt.date(2026, 12, 7)


def _client_and_his_mother() -> Chat:
    """A social worker for a refugee whose mother of 60 and brother want to come (panel 96,
    p2)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker, ik schrijf voor een cliënt, [erkend vluchteling]"
             "(sponsor_status:refugee), hij is [28](age:sponsor). Hij wil [zijn moeder]"
             "(relationship:parent) en [broer](relationship:sibling) laten overkomen. ze is "
             "[60](age)")  # fmt: skip
    return chat


def test_de_vader_is_overleden_en_ze_zorgt_alleen_voor_de_broer__the_mother_is_widowed():
    """Seed 000: "Er kan ook een 'nieuwe' situatie van afhankelijkheid ontstaan doordat jouw
    echtgeno(o)t(e) bijvoorbeeld recent overleden is." "niet echt hoog, 60. maar de vader is
    overleden en ze zorgt alleen voor de broer": the mother lost her husband, not the brother
    (panel 96, p2: "Partner overleden" said of the brother, three times)."""
    chat = _client_and_his_mother()
    chat.say("niet echt hoog, 60. maar de [vader](relationship:parent) is overleden en ze zorgt "
             "alleen voor de [broer](relationship:sibling)")  # fmt: skip
    assert "widowed" in (chat.person("parent").get("noted") or []), chat.transcript()
    assert "widowed" not in (chat.person("sibling").get("noted") or [])


def test_hassan_is_niet_getrouwd_er_is_geen_partner__no_mother_in_law():
    """ "Hassan is niet getrouwd, er is geen partner. Hij is vooral afhankelijk van zijn moeder"
    adds no one (panel 96, p2: "De schoonmoeder van je cliënt: wil naar België komen")."""
    chat = _client_and_his_mother()
    chat.say("Hassan is niet getrouwd, er is geen [partner](relationship:partner). Hij is vooral "
             "afhankelijk van [zijn moeder](relationship:parent). Is dat een probleem voor zijn "
             "kans?")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["parent", "sibling"], (
        chat.transcript()
    )


def test_mijn_buurman_zei_kinderen_boven_18_mogen_niet_komen__no_second_child():
    """ "maar mijn buurman zei kinderen boven 18 mogen niet komen, alleen met humanitair visum.
    klopt dat niet?": what a neighbour said, no child of the writer's (panel 96, p3: "Hoe oud is
    je tweede kind?", kept after "ik heb maar 1 zoon")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [58](age:sponsor). [mijn zoon]"
             "(relationship:child) is [23](age), hij studeert en ik betaal alles voor hem")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("maar mijn buurman zei [kinderen](relationship:child) boven 18 mogen niet komen, "
             "alleen met humanitair visum. klopt dat niet?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_de_baby_die_komt_rond_april__no_date_of_the_sponsors():
    """ "en de baby? die komt rond april. als ik erkend ben, kan de baby dan mee met sara?": the
    birth's month, not the asylum seeker's (panel 96, p5: "Jij: asielzoeker, sinds april
    2026", kept after four corrections)."""
    chat = _asylum_seeker()
    chat.say("en de baby? die komt rond [april](recognition_date:2026-04-01|approximate). als ik "
             "erkend ben, kan de baby dan mee met sara via gezinshereniging?")  # fmt: skip
    assert chat.sponsor.get("recognition_date") is None, chat.transcript()


def test_als_ik_erkend_ben_als_vluchteling__still_an_asylum_seeker():
    """ "en als ik erkend ben als vluchteling en zij heeft nog altijd geen paspoort, kan ze dan
    toch gezinshereniging aanvragen?" asks about a status to come (panel 96, p5: "Ik heb het
    aangepast. • Jij: erkend vluchteling")."""
    chat = _asylum_seeker()
    chat.say("en als ik erkend ben als [vluchteling](sponsor_status:refugee) en zij heeft nog "
             "altijd geen paspoort, kan ze dan toch gezinshereniging aanvragen?")  # fmt: skip
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()


def test_getrouwd_pas_in_mei_dit_jaar_ik_ben_in_2024_gekomen__after_the_arrival():
    """Seed 003: the bond "reeds ... vóór de aankomst". "we kenden elkaar al van voor ik
    vluchtte maar getrouwd zijn we pas in mei dit jaar, in istanbul. ik ben in 2024 naar belgie
    gekomen" (panel 96, o4: the 12 months' exemption said four times)."""
    chat = _shirin()
    chat.say("we kenden elkaar al van voor ik vluchtte maar getrouwd zijn we pas in mei dit jaar, "
             "in istanbul. ik ben in 2024 naar belgie gekomen")  # fmt: skip
    husband = chat.person("spouse")
    assert husband["facts"].get("relationship_predates_arrival") is False, chat.transcript()


def test_tijdelijke_bescherming_als_oekrainse_vluchteling__no_refugee_status():
    """The seeds give a right to the family of a recognised refugee or subsidiary protection
    only. "ik heb tijdelijke bescherming als oekrainse vluchteling" keeps a temporary stay
    (panel 97, q5: "Jij: erkend vluchteling", then "Goed nieuws: je man heeft recht op
    gezinshereniging")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben olga uit oekraine, [mijn man](relationship:spouse) is nog in oekraine")
    chat.say("ik ben geen student en geen werkvisum. ik heb tijdelijke bescherming als oekrainse "
             "[vluchteling](sponsor_status:refugee). mijn zoon maksym van 10 is al hier bij mij")  # fmt: skip
    assert chat.sponsor["status"] == "temporary_stay", chat.transcript()


def test_mama_kan_niet_komen_dan__a_question_the_mother_stays():
    """ "ja probleem?? mama kan niet komen dan?" asks; the mother who comes is not taken out
    (panel 97, q3: "Ik heb je mama weggelaten")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [16](age:sponsor), [subsidiaire bescherming](sponsor_status:"
             "subsidiary_protection) sinds [10 oktober 2026](recognition_date:2026-10-10), alleen "
             "in belgie. [mijn mama](relationship:parent) wil komen")  # fmt: skip
    chat.say("ja probleem?? [mama](relationship:parent) kan niet komen dan?")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_hoelang_duurt_zon_aanvraag__no_son():
    """ "kan hij nu al komen, gewoon op bezoek? en hoelang duurt zon aanvraag": "zon" is "zo'n"
    (panel 97, r2: "Hoe oud is je kind?", then "Ik heb je zon weggelaten")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [27](age:sponsor). [mijn verloofde]"
             "(relationship:partner) is [29](age), hij woont in cairo")  # fmt: skip
    chat.say("kan hij nu al komen, gewoon op bezoek? en hoelang duurt [zon](relationship:child) "
             "aanvraag")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_als_mijn_loon_niet_genoeg_is_voor_sana__the_daughter_born_after_the_arrival_too():
    """Seed 003: the exemption holds for a descent established "vóór zijn aankomst in België".
    "en als mijn loon niet genoeg is voor sana? dan kan mijn vrouw komen en sana niet??" of a
    daughter born after the arrival, not named before: the wife's exemption and the
    daughter's proofs (panel 97, q1: "Je hoeft nu geen inkomen te bewijzen. De band bestond al
    voor de aankomst", of the wife only)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 augustus 2026]"
             "(recognition_date:2026-08-01), ik ben [30](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [27](age) en [mijn dochter](relationship:child) is [2]"
             "(age)")  # fmt: skip
    for _ in range(8):  # the wife's bond before the arrival, the daughter's after it
        if chat.state.get("answered"):
            break
        asked = chat.state.get("question") or {}
        whose = next((p for p in chat.people if p["id"] == asked.get("person")), {})
        born_here = asked.get("fact") == "applicant.relationship_predates_arrival"
        if born_here and whose.get("relationship") == "child":
            chat.say("nee", intent="deny")
        elif asked.get("fact") == "applicant.marriage":
            chat.say("[officieel](marriage_type:official)")
        else:
            chat.say("ja", intent="affirm")
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en als mijn loon niet genoeg is voor sana? dan kan mijn vrouw komen en "
                     "sana niet?? is er echt niks aan te doen")  # fmt: skip
    assert "moet je voor je dochter wel genoeg inkomen" in reply, chat.transcript()
    assert "Voor je vrouw" in reply
