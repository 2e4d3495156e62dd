"""Findings of panel round 92 (stop 41, round 91's families replayed), each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel91 import _aunt_answered, _rania, _young_wife

TODAY = dt.date(2026, 12, 7)


def test_kindergeld_voor_de_2_kinderen__the_children_live_here():
    """Seed 000: "Je kan aantonen dat je kind over voldoende bestaansmiddelen ... beschikt".
    "ik werk zelf niet, mijn man verdient 1900 netto en we hebben kindergeld voor de 2
    kinderen. is dat genoeg om papa te laten komen?": the children live here, and the father's
    humanitarian visa has no income rule (panel 92, m4: "Je hoeft geen inkomen te bewijzen als
    de band al bestond ...", then "Hoe oud is je eerste kind?")."""
    chat = _rania()
    reply = chat.say("ik werk zelf niet, [mijn man](relationship:spouse) verdient 1900 netto en "
                     "we hebben kindergeld voor de 2 [kinderen](relationship:child). is dat "
                     "genoeg om [papa](relationship:parent) te laten komen?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "Je hoeft geen inkomen te bewijzen" not in reply
    assert "Of DVZ ook het loon van je man meetelt" in reply


def test_1900_netto_van_mijn_man__his_pay_not_in_the_seeds():
    """ "moet ik dan echt geen inkomen tonen voor mijn vader? 1900 netto van mijn man, is dat
    genoeg?" (panel 92, m4: "Voeg daarom bewijs van je inkomen toe", P)."""
    chat = _rania()
    reply = chat.say("moet ik dan echt geen inkomen tonen voor mijn vader? 1900 netto van [mijn "
                     "man](relationship:spouse), is dat genoeg?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert "Of DVZ ook het loon van je man meetelt" in reply, chat.transcript()


def test_hij_is_niet_gehandicapt__the_handicap_taken_back():
    """ "hij is niet gehandicapt, hij heeft diabetes en ziet bijna niks meer" of the father told
    "met een handicap" (panel 92, m4: the label kept until a second correction)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), ik ben [41](age:sponsor). "
             "[mijn vader](relationship:parent) is [78](age), hij is [half blind](disability)")  # fmt: skip
    assert chat.person("parent")["facts"].get("disabled") is True, chat.transcript()
    chat.say("hij is niet gehandicapt, hij heeft diabetes en ziet bijna niks meer")
    assert chat.person("parent")["facts"].get("disabled") is False, chat.transcript()


def test_die_zijn_samen_met_ons_gekomen__no_question_of_applying_together():
    """ "mijn kinderen zijn hier bij mij, die zijn samen met ons gekomen. het gaat alleen over
    mijn vader" asks nothing about applying together (panel 92, m4: "Of die aanvragen samen
    moeten, staat niet in onze informatie")."""
    chat = _rania()
    reply = chat.say("[mijn kinderen](relationship:child) zijn hier bij mij, die zijn samen met "
                     "ons gekomen. het gaat alleen over [mijn vader](relationship:parent)")  # fmt: skip
    assert "Of die aanvragen samen moeten" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["parent"]


def test_soepelere_procedure__no_chance_the_seed_does_not_give():
    """Seed 000: for the spouse of a refugee whose religious marriage is not official "stellen
    we in de praktijk een soepelere procedure vast"; no chance is said of it (panel 92, n2:
    "Je vrouw: humanitair visum ..., kans klein")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2026]"
             "(recognition_date:2026-11-20), ik ben [33](age:sponsor). [mijn vrouw]"
             "(relationship:spouse) is [28](age), [bij sjeik getrouwd]"
             "(marriage_type:religious_or_customary), we hebben 2 [kinderen](relationship:child) "
             "samen")  # fmt: skip
    reply = chat.answer_plainly({})
    reply += chat.say("ja dat klopt", intent="affirm")
    assert "soepelere procedure, kans niet bekend" in reply, chat.transcript()
    assert "kans klein" not in reply


def test_wie_moet_de_aanvraag_doen_mama_of_ik__no_order_to_the_girl_of_15():
    """Seed 002: the family member applies at the post. A girl of 15 is not told "dien de
    aanvraag in" (panel 92, n1: P)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [15](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [3 "
             "november 2026](recognition_date:2026-11-03), alleen in belgie. [mijn mama]"
             "(relationship:parent) wil komen")  # fmt: skip
    reply = chat.answer_plainly({})
    reply += chat.say("ja dat klopt", intent="affirm")
    assert "dien de aanvraag in vóór je 18" not in reply.lower(), chat.transcript()


def test_haar_papa_is_niet_vermist__no_missing_parent_answer():
    """ "haar papa is niet vermist, we weten gewoon niet wie het is. ... wat is de kans dat het
    lukt?" of a niece: no proof of a missing parent (panel 92, n5: "Een ouder die vermist is:
    toon dat aan", cited to art. 40ter, twice)."""
    chat = _aunt_answered()
    reply = chat.say("welk papier heb ik nodig dat ik voor haar mag zorgen? ik heb geen papier "
                     "van de rechtbank of zo")  # fmt: skip
    reply += chat.say("haar [papa](relationship:parent) is niet vermist, we weten gewoon niet wie "
                      "het is. hij staat ook niet op papier denk ik. moet ik dat bewijzen?")  # fmt: skip
    assert "Een ouder die vermist is" not in reply, chat.transcript()
    assert "40ter" not in reply


def test_een_papier_van_het_ziekenhuis__no_one_ill():
    """ "moet ik ook bewijzen dat mijn zus dood is? ik heb misschien alleen een papier van het
    ziekenhuis" (panel 92, n5: "Ziek: toon de ziekte ... aan" of the niece, twice)."""
    chat = _aunt_answered()
    chat.say("moet ik ook bewijzen dat [mijn zus](relationship:sibling) dood is? ik heb misschien "
             "alleen een papier van het ziekenhuis")  # fmt: skip
    reply = chat.say("wat maakt haar dossier het sterkst?")
    assert "Ziek:" not in reply, chat.transcript()
    assert "ill" not in (chat.person("other_relative").get("noted") or [])
    assert "Dit maakt de aanvraag voor je nichtje sterker" in reply


def test_ik_ben_thuis_met_de_baby_mijn_man_werkt__his_pay_and_no_baby():
    """ "ik heb zelf geen werk, ik ben thuis met de baby. telt het loon van mijn man dan mee als
    bewijs dat we voor haar kunnen zorgen?" (panel 92, n5: the baby asked about as one who
    comes, and art. 10's income rule for a niece's humanitarian visa)."""
    chat = _aunt_answered()
    reply = chat.say("ik heb zelf geen werk, ik ben thuis met de [baby](relationship:child). telt "
                     "het loon van [mijn man](relationship:spouse) dan mee als bewijs dat we voor "
                     "haar kunnen zorgen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()
    assert "Of DVZ ook het loon van je man meetelt" in reply
    assert "art. 10, §2" not in reply


def test_mijn_man_werkt_helpt_dat__his_pay_answered():
    """ "ik woon in gent met mijn man en onze baby. mijn man werkt. helpt dat voor de
    aanvraag?" (panel 92, n5: "Op die vraag vind ik geen antwoord")."""
    chat = _aunt_answered()
    reply = chat.say("ik woon in gent met [mijn man](relationship:spouse) en onze [baby]"
                     "(relationship:child). mijn man werkt. helpt dat voor de aanvraag?")  # fmt: skip
    assert "Of DVZ ook het loon van je man meetelt" in reply, chat.transcript()


def test_als_we_later_een_baby_krijgen__no_child_added_and_no_refugee_rule():
    """Seed 003's rule of a descent "vóór zijn aankomst in België" is a protected sponsor's.
    "en als we een baby krijgen later, kan die ook komen?" of a worker with a B card adds no
    child and gets no refugee rule (panel 92, m5: "• Je kind: een baby", "Hoe oud is je kind?"
    twice, and "de gunstige regel geldt als de afstamming vastgesteld was", C)."""
    chat = _young_wife()
    reply = chat.say("en als we een [baby](relationship:child) krijgen later, kan die ook komen?")
    reply += chat.say("kan een [kind](relationship:child) van mij en imane dat later in marokko "
                      "geboren wordt naar mij in belgie komen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "nog niet geboren" in reply
    assert "afstamming vastgesteld" not in reply


def test_ze_is_21_op_14_maart_hoe_lang_duurt_het_dan__her_day_and_no_humanitarian_year():
    """Seed 001: "U bent beiden ouder dan 21 jaar", and the year of a humanitarian visa is "in
    tegenstelling tot de gezinshereniging". "ze is 21 op 14 maart 2027. mag ze dan op die dag
    indienen of eerder? en hoe lang duurt het dan?" (panel 92, m5: the humanitarian visa's
    year or more)."""
    chat = _young_wife()
    reply = chat.say("ze is 21 op 14 maart 2027. mag ze dan op die dag indienen of eerder? en hoe "
                     "lang duurt het dan?")  # fmt: skip
    assert "Je vrouw is 21 jaar vanaf 14 maart 2027" in reply, chat.transcript()
    assert "een jaar of langer" not in reply


def test_moet_ze_ook_een_medisch_attest_hebben__the_rights_certificate_once_21():
    """Seed 003: "De aanvrager moet een medisch attest voorleggen". "moet ze ook een medisch
    attest hebben?" of a wife of 20 (panel 92, m5: asked twice, unanswered)."""
    chat = _young_wife()
    reply = chat.say("moet ze ook een medisch attest hebben?")
    assert "Een medisch attest" in reply, chat.transcript()
    assert "Zijn jullie allebei 21 jaar" in reply
