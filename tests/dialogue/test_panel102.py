"""Findings of panel round 102 (stop 42: ten new families, sets W and X, and sets S and T a
fourth time), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import TODAY


def test_ik_verdien_3200_is_dat_voldoende__a_workers_wife_and_daughter_no_single_child_tip():
    """Seed 003 gives "de enige is die zich bij de gezinshereniger komt voegen" on the page of a
    protected sponsor's child; a worker with a B card whose wife and daughter come hears no
    "Komt alleen je dochter ... geen bewijs van inkomen nodig" (panels 98 to 102, t3 and u1:
    read as a protected sponsor's rule told to a worker)."""
    chat = Chat(today=TODAY)
    chat.say("Goedendag. Ik zou graag informatie krijgen over gezinshereniging voor mijn "
             "[echtgenoot](relationship:spouse) en mijn [dochter](relationship:child).")  # fmt: skip
    chat.say("Ik ben Indiase en werk hier als IT-ingenieur. Sinds januari 2026 heb ik een "
             "[B-kaart](sponsor_status:third_country_national).")  # fmt: skip
    chat.say("Arjun is [33](age) jaar. Wij zijn in 2018 getrouwd in Pune, met een [officiële]"
             "(marriage_type:official) huwelijksakte.")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[31](age)", "applicant.age": "[6](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Ik verdien 3.200 euro netto per maand. Is dat voldoende voor drie "
                     "personen?")  # fmt: skip
    assert "inkomsten" in reply and "Komt alleen je dochter" not in reply, chat.transcript()


def test_hij_heeft_altijd_bij_ons_gewoond_nooit_getrouwd__the_wife_stays_a_wife():
    """ "hij heeft altijd bij ons gewoond, nooit getrouwd" of the disabled son (panel 102, t4:
    "Ik heb het aangepast. • Je vriendin: 38 jaar", twice more after)."""
    from tests.dialogue.test_panel100 import _ahmad

    chat = _ahmad()
    chat.say("en als de dokter van ambassade zegt Sami kan wel zelf, dan wat? hij heeft altijd "
             "bij ons gewoond, nooit getrouwd, geen werk nooit. kan hij dan humanitair visum "
             "krijgen?")  # fmt: skip
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()
