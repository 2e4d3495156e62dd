"""Findings of panel round 43 (stop 31), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel ("zoon van mijn" and
"man" cut apart)."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel42 import HELPER_MARIAM, _ahmad


def test_de_vader_is_overleden__answers_whether_the_parents_are_together():
    """Seed 003: custody proof "Indien de ouders van de aanvrager gescheiden zijn"; seed 000:
    "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen". "de vader
    is overleden in 2022" in answer to "nog samen, als koppel?" got "Sorry, dat begreep ik niet
    goed", then "Een kopie van het vonnis ... (of aan de partner van je cliënt)" (panel 43,
    g1)."""
    chat = Chat()
    chat.say(HELPER_MARIAM)
    chat.say("[haar dochter](relationship:child) Zahra is [15](age)")
    for _ in range(6):
        if chat.question == "applicant.common_child":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.common_child", chat.transcript()
    reply = chat.say("de [vader](relationship:parent) is overleden in 2022")
    assert "begreep ik niet" not in reply, chat.transcript()
    chat.answer_plainly({}, 6)
    documents = chat.say("Documenten", intent="ask_documents")
    assert "vonnis" not in documents and "partner van je cliënt" not in documents, documents
    conditions = chat.say("Voorwaarden", intent="ask_conditions")
    assert "overlijdensakte" in conditions, conditions


RAHEL = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 oktober 2026]"
    "(recognition_date:2026-10-03), ik ben [31](age:sponsor). [mijn man](relationship:spouse)"
    " is [31](age), we zijn [getrouwd in de kerk](marriage_type:religious_or_customary). [onze"
    " dochter](relationship:child) is [3](age). [mijn man](relationship:spouse) heeft ook een"
    " [zoon](relationship:stepchild) van [8](age) van zijn eerste huwelijk"
)


def test_de_zoon_van_mijn_man__his_mothers_consent_not_the_daughters_custody():
    """Seed 001 "Kinderen enkel van één echtgenoot": "een kopie van het vonnis ... exclusief
    recht van bewaring" or "de toestemming van de andere ouder"; seed 003: "Indien de hoede
    gedeeld wordt, moet de andere houder van het hoederecht ... instemmen". Asked about the
    husband's son, the bot answered the daughter's custody, asked "Hoe oud is je zoon?", and
    after "ik heb geen zoon" took the stepson out (panel 43, g3)."""
    chat = Chat()
    chat.say(RAHEL)
    first = chat.answer_plainly({"applicant.relationship_predates_arrival": "ja"}, 10)
    assert "Dan moet het hoederecht bij je man liggen" in first, chat.transcript()
    reply = chat.say(
        "voor de [zoon van mijn](relationship:child) [man](relationship:spouse), heeft hij"
        " toestemming nodig van zijn [mama](relationship:parent) in eritrea?"
    )
    assert "je stiefzoon" in reply and "je dochter" not in reply, chat.transcript()
    chat.say("ik heb geen [zoon](relationship:child). het gaat over de [zoon van mijn man]"
             "(relationship:stepchild), 8 jaar")  # fmt: skip
    assert [p["relationship"] for p in chat.people].count("stepchild") == 1, chat.transcript()


def test_een_eu_burger__the_consent_rule_of_others_is_not_said_to_hold():
    """The seeds hold the custody and consent rules for art. 10 and a Belgian's family (seed
    004), none for an EU citizen's: "Dan heeft zij recht op gezinshereniging. Zonder die
    toestemming blijft een humanitair visum" was told to a Spanish stepmother (panel 43,
    h5)."""
    chat = Chat()
    chat.say(
        "ik ben [Spaanse](sponsor_status:eu_citizen) en werk in Gent, ik ben [33](age:sponsor)."
        " [mijn man](relationship:spouse) is [35](age), [officieel](marriage_type:official)"
        " getrouwd. [zijn dochter](relationship:stepchild) is [10](age), haar mama heeft mee het"
        " [hoederecht](custody:shared)"
    )
    chat.answer_plainly({}, 8)
    reply = chat.say("en als de [moeder](relationship:parent) weigert om toestemming te geven?")
    assert "Dan heeft zij recht op gezinshereniging" not in reply, chat.transcript()
    assert "staat niet in onze informatie" in reply, reply


def test_niet_op_grond_van_artikel_10__a_humanitarian_files_decision_is_cited_to_practice():
    """Seed 001: "Uw broers en zussen kunnen u niet komen vervoegen op grond van artikel 10".
    The siblings' list cited art. 10 for the CGVS decision (panel 43, h1)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection), ik ben"
        " [24](age:sponsor). [mijn zus](relationship:sibling) is [16](age)"
    )
    chat.answer_plainly({}, 6)
    documents = chat.say("Documenten", intent="ask_documents")
    line = next(x for x in documents.splitlines() if "beslissing van het CGVS" in x)
    assert "subsidiaire bescherming geeft" in line and "art. 10," not in line, line


def test_de_vader_en_de_moeder__the_former_minors_parents_fee_is_said_unclear():
    """Seed 002 exempts "de vader en de moeder ... indien deze vreemdeling op het moment van de
    indiening van zijn asielaanvraag minder dan 18 jaar oud was" and makes "de vader of de
    moeder van een meerderjarige beschermde vreemdeling" pay: both fit a boy who applied at 16
    and is 18 now; "er is een administratieve bijdrage" alone was counted wrong (panel 43,
    g2)."""
    chat = _ahmad()
    reply = chat.answer_plainly(
        {"sponsor.minor_at_asylum_application": "ja", "sponsor.unaccompanied_minor": "ja",
         "applicant.age": "11"}, 16,
    )  # fmt: skip
    assert "Voor de ouders is dat niet zeker" in reply, chat.transcript()


def test_toon_aan__a_social_worker_reads_je_client_in_the_general_humanitarian_text():
    """ "Toon aan dat je familielid van jou afhankelijk is ... en dat jij de kosten kan
    dragen" was said to a social worker (panel 43, g1)."""
    chat = Chat()
    chat.say(HELPER_MARIAM)
    reply = chat.say("wat is een humanitair visum eigenlijk?", intent="ask_humanitarian_visa")
    if "Toon aan" in reply:
        assert "van jou" not in reply and "jij de kosten" not in reply, reply


def _asylum_seeker_with_wife_and_son() -> Chat:
    """Bilal's family (panels 42 and 43, h2), answered."""
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) is [26](age), [officieel](marriage_type:official)"
        " getrouwd, en [mijn zoon](relationship:child) is [1](age)"
    )
    chat.say("[Asiel nog bezig](sponsor_status:asylum_seeker)")
    chat.answer_plainly({}, 6)
    return chat


def test_welke_papers_voor_gezinshereniging_na_erkenning__not_the_humanitarian_list():
    """Seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... en de
    minderjarige kinderen"; seed 003's medical certificate and the CGVS decision. An asylum
    seeker asking the papers for the family reunification after his recognition got the
    humanitarian list twice, with its fee and "Duid aan dat het om een humanitaire aanvraag
    gaat" (panel 43, h2)."""
    chat = _asylum_seeker_with_wife_and_son()
    reply = chat.say(
        "which documents moet ze nu al klaarmaken voor gezinshereniging na erkenning?",
        intent="ask_documents",
    )
    assert "humanitaire aanvraag" not in reply and "retributie) betaald" not in reply, reply
    assert "medisch attest" in reply and "geen bijdrage" in reply, reply
    general = chat.say("Documenten", intent="ask_documents")
    assert "humanitaire aanvraag" in general, general  # now: the humanitarian request


def test_geboren_toen_ik_al_in_belgie_was__the_asylum_seekers_son_after_recognition():
    """Seed 003: "De gezinshereniger moet niet bewijzen dat hij over bestaansmiddelen beschikt
    wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld". "mijn
    zoon is geboren toen ik al in belgie was. is dat een probleem voor later?" got no answer
    (panels 42 and 43, h2)."""
    chat = _asylum_seeker_with_wife_and_son()
    reply = chat.say(
        "mijn zoon is geboren toen ik al in belgie was. is dat een probleem voor later?"
    )
    assert "De band met je zoon ontstond pas na je aankomst" in reply, chat.transcript()
