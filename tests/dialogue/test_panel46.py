"""Findings of panel round 45 left open in stop 31 and of the rounds of stop 32, each named by
the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

from tests.dialogue.chat import Chat


def _unaccompanied_minors_parents() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [16](age:sponsor), ik kwam alleen en ben [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [1 november 2026](recognition_date:2026-11-01)."
        " [mijn ouders](relationship:parent) willen komen"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 10)
    return chat


def test_moeten_mijn_ouders_een_woning_hebben__no_within_the_12_months():
    """Seed 003 "Bijzondere bepaling: De gezinshereniger moet niet bewijzen dat hij over
    voldoende huisvesting beschikt wanneer de afstamming ... vóór zijn aankomst in België werd
    vastgesteld en het verzoek ... binnen het jaar (12 maanden) na de erkenning": a plain "nee",
    not the condition line "Hoeft niet bewezen te worden: ..." (panel 45)."""
    chat = _unaccompanied_minors_parents()
    reply = chat.say("moeten mijn ouders een woning hebben in belgie?")
    assert reply.startswith("Nee. Je hoeft nu geen woning te bewijzen"), reply
    assert "vóór je 18" in reply and "art. 10, §2, vijfde lid" in reply, reply
    assert "Hoeft niet bewezen" not in reply, reply


def test_ik_woon_in_een_studio__the_exemption_without_a_no_about_the_studio():
    """ "is dat groot genoeg?": "Nee" would say the studio is too small; the exemption alone."""
    chat = _unaccompanied_minors_parents()
    reply = chat.say("ik woon in een studio, is dat groot genoeg?")
    assert reply.startswith("Je hoeft nu geen woning te bewijzen"), reply


def test_moet_ik_een_huis_hebben__a_belgian_must_with_the_proof():
    """Seed 004 "Bewijs van voldoende huisvesting": "een geregistreerde huurovereenkomst ... of
    een notariële eigendomsakte"; the Belgian has no exemption."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [30](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [28](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({}, 8)
    reply = chat.say("ik heb nog geen eigen woning, is dat een probleem?")
    assert reply.startswith("Ja. Je moet een woning hebben"), reply
    assert "huurcontract" in reply and "art. 40ter, §2" in reply, reply


def test_moet_ik_een_woning_hebben__late_for_a_refugee_the_condition():
    """Seed 003 "Huisvesting": "De gezinshereniger moet beschikken over voldoende huisvesting";
    the exemption's other side: a marriage after the arrival has none."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 maart 2024]"
        "(recognition_date:2024-03-01), [35](age:sponsor). [mijn vrouw](relationship:spouse)"
        " is [30](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({"applicant.relationship_predates_arrival": "ja"}, 8)
    reply = chat.say("moet ik een woning hebben?")
    assert reply.startswith("Ja. Je moet een woning hebben"), reply
    assert "art. 10, §2" in reply and "Burgerlijk Wetboek" in reply, reply
