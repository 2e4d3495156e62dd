"""What the persona panel found in round 22 (q1-q5, r1-r5), each as the user wrote it,
annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat


def test_r4_je_zei_visum_om_te_trouwen_of_wettelijk_samenwonen__no_marriage_told():
    """Seed 000: a couple that could not marry asks a humanitarian visa; "je zei visum om te
    trouwen of wettelijk samenwonen. hoe werkt dat?" made "Je man: officieel getrouwd" (panel
    22, r4), "wettelijk" tagged as an official marriage."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [8 september 2026]"
        "(recognition_date:2026-09-08), ik ben homo. [mijn partner](relationship:partner) is "
        "[34](age), in turkije. we konden niet trouwen in iran",
        {"applicant.cohabited_one_year_before_arrival": "nee", "applicant.common_child": "nee"},
    )
    reply = chat.say(
        "je zei visum om te trouwen of [wettelijk](marriage_type:official) samenwonen. hoe "
        "werkt dat?"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "officieel getrouwd" not in reply


def test_r2_mijn_neef_brengt_het_geld__no_applicant():
    """ "mijn neef brengt het geld naar haar" made "Je neef: wil naar België komen" (panel 22,
    r2)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian). [mijn moeder](relationship:parent) is [70]"
        "(age), weduwe, ziek en alleen in konya"
    )
    chat.say(
        "ik stuur elke maand 300 euro, [mijn neef](relationship:other_relative) brengt het geld naar haar"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_r1_duid_aan_dat_het_om_een_humanitaire_aanvraag_gaat__cited_as_practice():
    """Seed 001 ("Het is belangrijk om op het visumformulier aan te duiden dat het om een
    humanitaire visumaanvraag gaat") is practice; art. 9 and 13 "leggen geen voorwaarden vast"
    (panel 22, r1, r2, r4, r5: the form cited art. 9 en 13)."""
    from eligibility.messages import DOCUMENTS, SIDE
    from eligibility.sources import PRACTICE_DVZ_HUMANITARIAN

    assert DOCUMENTS["visa_application_form_humanitarian"].source == PRACTICE_DVZ_HUMANITARIAN
    assert SIDE["where_humanitarian"].source == PRACTICE_DVZ_HUMANITARIAN
