"""Issue 13, domain texts: no "hem of haar", a fee line that reads well for every writer, the
religious-marriage first answer, and the citations of the form and of legalisation."""

from __future__ import annotations

import re

import pytest

from eligibility import messages as M
from eligibility import sources as S
from tests.dialogue.chat import RESPONSES, Chat
from tests.dialogue.test_side_questions import until_answer

FORBIDDEN = re.compile(r"\b(hem of haar|hij of zij|zijn of haar)\b", re.IGNORECASE)


def _texts():
    for name, variants in RESPONSES.items():
        for variant in variants or []:
            yield name, str(variant.get("text", ""))


def test_no_response_says_hem_of_haar_or_hij_of_zij():
    bad = [(name, text) for name, text in _texts() if FORBIDDEN.search(text)]
    assert not bad


def test_the_humanitarian_faq_names_no_pronoun_it_cannot_know():
    text = RESPONSES["utter_faq_humanitarian_visa"][0]["text"]
    assert "geen ander familielid voor je familielid kan zorgen" in text


@pytest.mark.parametrize(
    "name", ["utter_answer_fee_exempt", "utter_answer_fee_due", "utter_answer_fee_some"]
)
def test_the_fee_line_does_not_say_who_pays_so_it_reads_well_for_every_writer(name):
    """The sponsor, the relative abroad and a social worker all read the same fee line: it says
    that a fee is (not) due, never "je betaalt" (the applicant pays, not the sponsor)."""
    text = RESPONSES[name][0]["text"]
    assert "je betaalt" not in text.lower()
    assert "te betalen" in text


@pytest.mark.parametrize(
    ("markup", "answers"),
    [
        (  # the sponsor writes
            "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
            ", ik ben [35](age:sponsor), [mijn vrouw](relationship:spouse) is [30](age)",
            {},
        ),
        (  # the wife abroad writes
            "[mijn man](relationship:spouse) is [erkend vluchteling](sponsor_status:refugee) in "
            "belgie sinds [3 maart 2026](recognition_date:2026-03-03), kan ik komen? ik ben [30](age)",
            {"sponsor.age": ("hij is [33](age)", "inform")},
        ),
    ],
)
def test_the_fee_line_in_the_first_answer_for_sponsor_and_relative(markup, answers):
    chat = Chat()
    chat.say(markup)
    answers = {"applicant.marriage": ("[officieel](marriage_type:official)", "inform"), **answers}
    reply = until_answer(chat, answers)
    assert "Kosten: er is geen bijdrage (retributie) te betalen" in reply


def test_religious_marriage_first_answer_says_to_check_validity_where_concluded_seed_000():
    """ "enkel recht op gezinshereniging wanneer jouw religieus of gewoonterechtelijk huwelijk
    ook als officieel huwelijk geldt in het land waar het werd afgesloten. Dit kan nagegaan
    worden aan de hand van de wetgeving van dit land" (seed 000)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)"
        ", ik ben [35](age:sponsor), [mijn vrouw](relationship:spouse) is [30](age), we zijn "
        "[religieus](marriage_type:religious_or_customary) getrouwd"
    )
    reply = until_answer(chat)
    assert "volgens de wet van het land waar jullie trouwden" in reply
    assert "volgens de wet van het land" in reply


def test_the_visa_form_cites_the_acceptance_practice_not_art_12bis_1_seed_002():
    """Seed 002: [art. 12bis, §1] is "Indiening van de visumaanvraag" (where to apply); the
    "ingevuld, gedateerd en ondertekend aanvraagformulier" is under "Aanvaarding van de
    aanvraag", which cites no article."""
    assert M.DOCUMENTS["visa_application_form"].source == S.PRACTICE_DVZ_ACCEPTANCE
    assert M.SIDE["where_any_post"].source == S.ART_12BIS_1


def test_legalisation_is_not_cited_as_art_12bis_5_6_seed_002():
    """Seed 002: legalisation and sworn translation are under "Nuttige info" (no article);
    [art. 12bis, §§5 en 6] is the proof of the family bond (other valid evidence, DNA)."""
    assert M.DOCUMENTS["legalisation_and_translation"].source == S.PRACTICE_LEGALISATION
    assert "12bis" not in RESPONSES["utter_faq_legalisation"][0]["text"]
    assert "art. 12bis, §5 en §6" in RESPONSES["utter_faq_dna_test"][0]["text"]
