"""Findings of panel round 86 (stop 40, round 85's ten families replayed with new helpers),
each named by the user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel85 import _jean, _tesfay

TODAY = dt.date(2026, 12, 6)


def test_ik_woon_met_mijn_man_en_kinderen_in_gent__they_are_here():
    """ "Ik ben 35 jaar, Syrische, en woon met mijn man en kinderen in Gent": they live here
    with her, no one who comes (panel 86, k4: "Hoe oud is je man?", "Hoe oud is je eerste
    kind?" of a daughter who wants her father)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). ik wil "
             "[mijn vader](relationship:parent) laten komen, hij is [74](age)")  # fmt: skip
    chat.say("Op 15 augustus 2026. Ik ben [35](age) jaar, Syrische, en woon met [mijn man]"
             "(relationship:spouse) en [kinderen](relationship:child) in Gent.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_la_grand_mere_moet_zij_ook_iets_tekenen__no_grandmother_added():
    """Seed 004 asks the other parent's written consent. "et la grand-mere, Grace woont bij
    haar, moet zij ook iets tekenen?" asks who signs; the grandmother does not come (panel 86,
    k5: "Voor je grootouder (humanitair visum)")."""
    chat = _jean()
    chat.say("et [la grand-mere](relationship:grandparent), Grace woont bij haar, moet zij ook "
             "iets tekenen?", intent="check_eligibility")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["stepchild"], chat.transcript()


def test_de_aanvraag_hier_doen_bij_de_gemeente__not_denied_for_an_eu_citizens_wife():
    """No seed covers an EU citizen's family (seed 004 names "een aanvraag in België" for a
    Belgian's). "kan ze gewoon naar Brussel komen en de aanvraag hier doen bij de gemeente?"
    is not answered "niet bij de gemeente" (panels 85 and 86, l1)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [pools](sponsor_status:eu_citizen), ik werk in brussel. [mijn vrouw]"
             "(relationship:spouse) olena is [33](age), officieel getrouwd in krakow")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[36](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("kan ze gewoon naar Brussel komen en de aanvraag hier doen bij de gemeente?")
    assert "niet bij de gemeente" not in reply, chat.transcript()
    assert "40bis" in reply


def test_wij_hebben_zoon_samen__the_church_married_wife_is_not_asked_about_children():
    """Seed 000: "De relatie kan dan aangetoond worden aan de hand van ... het bestaan van
    gemeenschappelijke kinderen." The couple's son told as theirs counts for the church-married
    wife's chance: not "Hebben jullie samen kinderen?" (panel 86, k3)."""
    chat = _tesfay({"applicant.common_child": "ja"})
    reply = chat.say("waarom kans klein voor mijn vrouw?? wij zijn 20 jaar samen en hebben zoon "
                     "samen")  # fmt: skip
    assert "Hebben jullie samen kinderen?" not in reply, chat.transcript()


def test_hoeveel_inkomen_en_telt_het_salaire_mee__the_reference_amount_too():
    """Seed 004: "lager zijn dan 1.555,09 euro per maand". "hoeveel inkomen moet ik hebben?
    telt het salaire van Chantal ook mee?" hears the amount beside what counts (panel 85 and
    86, k5: the amount only when asked again)."""
    chat = _jean()
    reply = chat.say("hoeveel inkomen moet ik hebben? telt het salaire van Chantal ook mee? zij "
                     "werkt ook een beetje", intent="ask_means_of_subsistence")  # fmt: skip
    assert "1.555,09 euro" in reply, chat.transcript()
