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


def test_stel_dat_mehdi_intussen_18_is__a_supposition_not_his_age():
    """ "Stel dat we de aanvraag niet tijdig rond krijgen en Mehdi intussen 18 is. Is er dan nog
    een mogelijkheid?" (panel 102, w2: "Ik heb het aangepast. • De zoon van je cliënt: 18
    jaar")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker en schrijf voor mijn cliënte, ze heeft een "
             "[B-kaart](sponsor_status:third_country_national). Ze wil haar [zoon]"
             "(relationship:child) Mehdi van [17](age) laten komen.")  # fmt: skip
    chat.say("Stel dat we de aanvraag niet tijdig rond krijgen en Mehdi intussen [18](age) is. Is "
             "er dan nog een mogelijkheid?")  # fmt: skip
    assert chat.person("child")["age"] == 17, chat.transcript()


def test_ploy_is_48_maar_zij_woont_al_hier__the_wife_here_is_no_applicant():
    """ "ploy is 48, maar zij woont al hier bij mij. het gaat over haar mama, mali, 74": the
    wife lives in Belgium; only her mother comes (panel 102, x5: "Je vrouw: recht op
    gezinshereniging" and her fee beside the mother-in-law's humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say("de moeder van [mijn vrouw](relationship:spouse), mijn [schoonmoeder]"
             "(relationship:parent) dus. ze woont in thailand", intent="check_eligibility")  # fmt: skip
    chat.say("ik ben gewoon [belg](sponsor_status:belgian) hé. mijn [vrouw](relationship:spouse) "
             "ploy is thaise, zij heeft een verblijfskaart als echtgenote van een belg")  # fmt: skip
    chat.say("ploy is [48](age), maar zij woont al hier bij mij. het gaat over haar mama, mali, "
             "[74](age)")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "Over wie gaat 48 jaar" not in chat.transcript(), chat.transcript()  # hers
