"""Findings of panel round 66 (stop 36), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel58 import up_to_the_answer
from tests.dialogue.test_panel65 import mohammed, piotr

TODAY = dt.date(2026, 12, 6)


def test_olena_is_34_is_er_een_leeftijdsregel__the_question_answered_not_only_noted():
    """ "olena is 34 en ik 39, is er een leeftijd regel? en moet ik huurcontract tonen?" after
    the answer got "Genoteerd. Dat verandert niets aan mijn inschatting." (panel 66, j3); an EU
    citizen's family: art. 40bis, in no seed."""
    reply = piotr().say(
        "olena is [34](age) en ik [39](age), is er een leeftijd regel? en moet ik huurcontract "
        "tonen van mijn appartement?",
        intent="ask_housing",
    )
    assert "40bis" in reply and "Genoteerd" not in reply, reply
    assert "art. 10" not in reply and "40ter" not in reply, reply


def test_geldt_dat_woning_regel_ook_voor_mij__an_eu_citizen_hears_40bis():
    """ "maar ik ben geen belg, ik ben pools. geldt dat woning regel ook voor mij? en leeftijd?"
    got "geen antwoord" (panel 66, j3)."""
    reply = piotr().say(
        "maar ik ben geen belg, ik ben pools. geldt dat woning regel ook voor mij? en leeftijd?",
        intent="check_eligibility",
        confidence=0.39,
    )
    assert "40bis" in reply and "geen antwoord" not in reply, reply


def test_geen_paper_van_marriage__a_church_marriage_keeps_the_soft_procedure():
    """Seed 000's softer procedure for a refugee's religious spouse (no fee, B17): "niet bij
    gemeente, geen paper van marriage" is no civil paper, not "no proof at all" (panel 66,
    g2: the fee and a plain humanitarian request)."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [man](relationship:spouse) tekle en onze [dochter](relationship:child) selam, ze "
        "zijn in sudan in camp"
    )
    chat.say(
        "ik ben [refugee](sponsor_status:refugee), erkend sinds [10 juni 2026]"
        "(recognition_date:2026-06-10)"
    )
    chat.say("[31](age)")
    chat.say(
        "we zijn getrouwd in de [kerk](marriage_type:religious_or_customary) in eritrea 2020. "
        "niet bij gemeente, geen paper van marriage"
    )
    chat.say("ja selam, ze is [4](age). ze woont bij tekle")
    reply = chat.answer_plainly(
        {"applicant.relationship_predates_arrival": "ja ze is geboren in eritrea voor ik vlucht"}
    )
    if not chat.state.get("answered"):
        reply = chat.say("ja", intent="affirm")
    assert "B17" in reply and "geen bijdrage" in reply, reply


def test_moet_de_overlijdensakte_van_de_vader_mee__no_father_who_comes():
    """ "Moet de overlijdensakte van de vader mee in het dossier?" of a dead father added him
    as one who comes ("De vader van je cliënt: wil naar België komen"; panel 66, k5)."""
    chat = Chat(today=TODAY)
    chat.say("Hallo, ik ben maatschappelijk werker en begeleid een niet-begeleide minderjarige.")
    chat.say(
        "Mijn cliënte Mariama ([15](age:sponsor), uit Guinee) wil haar [moeder]"
        "(relationship:parent) Fatoumata ([38](age:sponsor)) en haar [broertje]"
        "(relationship:sibling) Ibrahima ([6](age:sponsor)) laten overkomen."
    )
    chat.say(
        "[Erkend vluchteling](sponsor_status:refugee) sinds [1 november 2026]"
        "(recognition_date:2026-11-01). Ze kwam alleen naar België."
    )
    up_to_the_answer(
        chat,
        {"applicant.half_sibling": "Nee, zelfde vader en moeder. De vader is wel overleden."},
    )
    chat.say(
        "Moet de overlijdensakte van de [vader](relationship:parent) mee in het dossier?",
        intent="ask_documents",
        confidence=0.32,
    )
    fathers = [p for p in chat.people if p["relationship"] == "parent"]
    assert len(fathers) == 1, chat.transcript()


def monique() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("Ik wil graag mijn [kleindochter](relationship:grandchild) bij mij laten wonen.")
    chat.say("Ik ben [Belgische](sponsor_status:belgian), ik woon in Charleroi.")
    chat.say(
        "Yasmine is [10](age) jaar. Ze woont in Casablanca bij haar [ouders](relationship:parent),"
        " [mijn zoon](relationship:child) en [zijn vrouw](relationship:spouse)."
    )
    return chat


def test_bij_haar_ouders_mijn_zoon_en_zijn_vrouw__the_hosts_do_not_come():
    """ "Ze woont in Casablanca bij haar ouders, mijn zoon en zijn vrouw": who she lives with,
    no son who comes (panel 66, k6: "Hoe oud is je zoon?")."""
    chat = monique()
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_de_voogdij_bekrachtigen__art_40ter_to_a_belgian_grandmother():
    """The guardianship's recognition said to a Belgian grandmother cites art. 40ter, not art.
    10, §1, 4° (panel 66, k6, C)."""
    chat = monique()
    up_to_the_answer(chat, {"applicant.custody": "Haar ouders natuurlijk. Ik niet."})
    reply = chat.say("kan ik voogd worden van Yasmine? helpt een voogdij?")
    assert "art. 10, §1, 4°" not in reply, reply


def test_moet_mijn_client_een_inkomen_bewijzen__the_parents_3_months_not_12():
    """The parents of a sponsor who turned 18 during the procedure: no income or home asked
    (art. 10, §2 names 4° to 6°), and their right ends after 3 months (C-550/16), not "binnen 12
    maanden" beside "De laatste dag is 1 januari 2027" (panel 66, j5)."""
    reply = mohammed().say(
        "Moet mijn cliënt een inkomen of een woning bewijzen? Hij is student en woont in een "
        "studio.",
        intent="ask_housing",
    )
    assert "binnen 3 maanden na de erkenning" in reply and "12 maanden" not in reply, reply
    assert "eerste ouder" not in reply, reply
