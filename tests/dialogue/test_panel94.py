"""Findings of panel round 94 (stop 41, round 93's families replayed), each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel93 import _shirin

TODAY = dt.date(2026, 12, 7)


def test_we_waren_al_samen_voor_ik_vluchtte_alleen_niet_getrouwd__still_her_husband():
    """Seed 003: the bond "reeds ... vóór de aankomst". "maar we waren al samen in iran voor ik
    vluchtte, alleen niet getrouwd. telt dat dan niet als band van voor?" of a husband married
    in Istanbul after her arrival (panel 94, o4: "Ik heb het aangepast. • Je vriend")."""
    chat = _shirin()
    chat.answer_plainly({"applicant.relationship_predates_arrival": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("maar we waren al samen in iran voor ik vluchtte, alleen niet getrouwd. telt dat dan "
             "niet als band van voor?")  # fmt: skip
    husband = chat.person("spouse")
    assert husband["facts"].get("marriage") == "official", chat.transcript()


def test_a_paragraph_said_once_in_one_answer():
    """ "ik werk in restaurant, 1500 netto per maand. is dat genoeg?" of a wife married after
    the arrival: the second-order paragraph once (panel 94, o4: the same paragraph twice)."""
    chat = _shirin()
    chat.answer_plainly({"applicant.relationship_predates_arrival": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("maar mijn vriendin zei er is 12 maanden regel, als ik aanvraag voor 20 "
                     "februari dan moet ik geen inkomen tonen? helpt dat niet voor mij?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert reply.count("In uitzonderlijke gevallen") <= 1, chat.transcript()


def test_om_alleen_het_hoederecht_te_krijgen__custody_asked_not_told():
    """Seed 001: "het exclusief recht van bewaring" by judgment, or "de toestemming van de
    andere ouder". "kan clarisse niet naar de rechter in kinshasa om alleen het hoederecht te
    krijgen? helpt dat?" asks; the shared custody told stays (panel 94, o5: "Goed nieuws: de
    dochter van je vrouw heeft recht op gezinshereniging" while the father refuses)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb een [c-kaart](sponsor_status:third_country_national), onbeperkt verblijf, "
             "ik ben [47](age:sponsor). de [dochter](relationship:child) van [mijn vrouw]"
             "(relationship:spouse) is [15](age), woont in kinshasa")  # fmt: skip
    chat.say("[mijn vrouw en haar papa](custody:shared) denk ik, er is geen vonnis. maar de papa "
             "wil niks tekenen")  # fmt: skip
    daughter = chat.people[0]
    custody = daughter["facts"].get("custody")
    chat.say("de papa van divine wil echt niks tekenen. kan clarisse niet naar de rechter in "
             "kinshasa om [alleen het hoederecht](custody:sole) te krijgen? helpt dat?")  # fmt: skip
    assert custody == "shared", chat.transcript()
    assert chat.people[0]["facts"].get("custody") == "shared", chat.transcript()


def test_ik_heb_toch_een_a_kaart_voor_mijn_master__still_a_students_stay():
    """The seeds give no right to the family of a student with a temporary card. "is er echt
    niks anders dan dat humanitair visum? ik heb toch een A kaart, ik ben hier al sinds
    september 2025 voor mijn master aan de KU Leuven" keeps the student's stay (panel 94, p4:
    "Je man en je zoon: recht op gezinshereniging")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben student in leuven, [tijdelijk verblijf](sponsor_status:temporary_stay), ik "
             "ben [29](age:sponsor). [mijn man](relationship:spouse) is [32](age)")  # fmt: skip
    chat.say("is er echt niks anders dan dat humanitair visum? ik heb toch een [A kaart]"
             "(sponsor_status:third_country_national), ik ben hier al sinds september 2025 voor "
             "mijn master aan de KU Leuven")  # fmt: skip
    assert chat.sponsor["status"] == "temporary_stay", chat.transcript()


def test_te_laat_nu__no_right_kept_for_a_church_married_husband():
    """Seed 000: the soft procedure's visa is a humanitarian one (B17), no right. "ik had
    gehoord van 12 maanden, dus is het te laat nu??" of a refugee past the 12 months: "Het recht
    blijft" is the children's, the husband not named in it (panel 94, p1)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [5 januari 2025]"
             "(recognition_date:2025-01-05), ik ben [35](age:sponsor). [mijn man]"
             "(relationship:spouse) is [38](age), [in de kerk getrouwd]"
             "(marriage_type:religious_or_customary), en [onze kinderen](relationship:child) "
             "van [10](age), [7](age) en [4](age)")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("ik had gehoord van 12 maanden, dus is het te laat nu?? ik wist dat niet",
                     intent="ask_deadline")  # fmt: skip
    assert "de laatste dag was 5 januari 2026" in reply, chat.transcript()
    first = reply.split("de laatste dag was")[0]
    assert "je man" not in first


def test_telt_het_dat_we_een_kind_hebben_voor_die_stabiele_relatie__the_common_child():
    """Seed 001: a registered partnership's stable relationship is shown "ofwel dat u een
    gemeenschappelijk kind hebt". "telt het dat we een kind hebben voor die stabiele relatie?"
    of a Belgian and her unmarried partner (panel 94, o2: asked twice, unanswered)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [34](age:sponsor). [mijn vriend]"
             "(relationship:partner) is [36](age), we zijn niet getrouwd en niet geregistreerd. "
             "we zijn 4 jaar samen")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("en telt het dat we een kind hebben voor die stabiele relatie?")
    assert "stabiele relatie" in reply and "kind" in reply, chat.transcript()


def test_moet_mijn_voogd_dat_doen__the_family_applies():
    """Seed 002: the family members apply at the post. "moet mijn voogd dat doen? of ik zelf?"
    of a boy of 17 with a guardian (panel 94, o3: only "ask a lawyer")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [12 "
             "augustus 2026](recognition_date:2026-08-12), alleen in belgie. [mijn ouders]"
             "(relationship:parent) willen komen")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("moet mijn voogd dat doen? of ik zelf?")
    assert "doet zelf de aanvraag" in reply, chat.transcript()
