"""Findings of panel round 32 (stop 27), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat


def _card_holder_with_a_registered_partner() -> Chat:
    chat = Chat()
    chat.say(
        "ik heb een [B kaart](sponsor_status:third_country_national), ik ben [35](age:sponsor). "
        "[mijn vriendin](relationship:registered_partner) is [30](age), we hebben een "
        "geregistreerd partnerschap"
    )
    return chat


def test_c2_u_moet_beiden_ongehuwd_zijn__a_partner_not_yet_divorced_has_no_right_now():
    """Seed 001 (art. 10, §1, 5°): "U moet beiden ongehuwd zijn en geen duurzame relatie met
    een andere persoon hebben." Panel 32, c2: "ze is op papier nog getrouwd met haar ex, de
    scheiding is nog niet rond" got "Je vriendin kan dus komen zoals hierboven staat", cited to
    art. 10, §1, 4°."""
    chat = _card_holder_with_a_registered_partner()
    chat.answer_plainly({})
    reply = chat.say(
        "ze is op papier nog getrouwd met haar ex, de scheiding is nog niet rond. is dat een "
        "probleem?"
    )
    assert "allebei ongehuwd" in reply and "art. 10, §1, 5°" in reply, chat.transcript()
    assert "kan dus komen" not in reply, chat.transcript()
    assert chat.person("registered_partner")["facts"].get("married") is True
    reply = chat.answer_plainly({})
    assert "recht op gezinshereniging" not in reply.split("\n")[0], chat.transcript()


def test_c2_ik_ben_nog_getrouwd_is_the_writers_not_the_partners():
    """The other side: the writer's own marriage is not the partner's."""
    chat = _card_holder_with_a_registered_partner()
    chat.say("ik ben zelf nog getrouwd in marokko, de scheiding loopt nog")
    assert "married" not in chat.person("registered_partner")["facts"], chat.transcript()


def _protected_with_stepdaughter(status: str = "subsidiary_protection") -> Chat:
    chat = Chat()
    chat.say(
        f"ik heb [subsidiaire bescherming](sponsor_status:{status}) sinds [1 juni 2026]"
        "(recognition_date:2026-06-01), ik ben [38](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [33](age), officieel getrouwd. [haar dochter](relationship:child) van [11]"
        "(age) uit haar eerste huwelijk moet ook mee"
    )
    chat.answer_plainly(
        {"applicant.custody": "[samen](custody:shared)", "applicant.other_parent_consent": "ja"}
    )
    return chat


def test_c4_de_toestemming_van_de_andere_ouder_voorleggen__no_seed_004_attest_for_art_10():
    """Seed 001 (art. 10): "de toestemming van de andere ouder voorleggen"; the attest for a
    parent who disappeared is seed 004's, for a Belgian's family (panel 32, c4: cited as art.
    10, §1, 4°)."""
    chat = _protected_with_stepdaughter()
    reply = chat.say("/ask_documents", intent="ask_documents")
    assert "toestemming van de andere ouder" in reply, chat.transcript()
    assert "Is die ouder verdwenen" not in reply, chat.transcript()
    belgian = Chat()
    belgian.say(
        "ik ben [belg](sponsor_status:belgian), [38](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [33](age), officieel getrouwd. [haar dochter](relationship:child) van [11]"
        "(age) uit haar eerste huwelijk moet ook mee"
    )
    belgian.answer_plainly(
        {"applicant.custody": "[samen](custody:shared)", "applicant.other_parent_consent": "ja"}
    )
    reply = belgian.say("/ask_documents", intent="ask_documents")
    assert "Is die ouder verdwenen" in reply and "art. 40ter, §2" in reply, belgian.transcript()


def test_d4_als_ouder_heb_je_geen_recht__an_asylum_seekers_mother_has_none_after_recognition():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig
    derdelands ... kind." Panel 32, d4: an asylum seeker of 27 was told seven times that
    reunification with his mother "kan pas na de erkenning", and of 12 months after it."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker), ik ben [27](age:sponsor). "
        "[mijn moeder](relationship:parent) is [58](age) en ziek"
    )
    reply = chat.answer_plainly({})
    assert "Ook na een erkenning heeft je moeder geen recht" in reply, chat.transcript()
    assert "pas na de erkenning" not in reply, chat.transcript()
    reply = chat.say(
        "als ik volgend jaar erkend word, is er dan een termijn voor mama?", intent="ask_deadline"
    )
    assert "12 maanden" not in reply, chat.transcript()


def test_d4_an_asylum_seekers_wife_has_the_12_months_after_recognition():
    """The other side: a wife would have the right, and the 12 months, after a recognition."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker), ik ben [27](age:sponsor). "
        "[mijn vrouw](relationship:spouse) is [25](age), officieel getrouwd"
    )
    reply = chat.answer_plainly({})
    assert "pas na de erkenning" in reply, chat.transcript()
    reply = chat.say("tot wanneer?", intent="ask_deadline")
    assert "12 maanden na de erkenning" in reply, chat.transcript()


def test_d1_ja_helemaal_alleen_answers_for_the_client__nothing_to_prove_for_his_brother():
    """Seed 000 (a minor sibling applying with the parents): "Je hoeft in principe geen andere
    humanitaire elementen aan te tonen." Panel 32, d1: "ja helemaal alleen, hij heeft hier een
    voogd", the answer to whether the client came alone, became "Alleen: toon aan dat geen ander
    familielid voor het broertje van je cliënt kan zorgen."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker en begeleid een jongen uit eritrea, [erkend als "
        "vluchteling](sponsor_status:refugee) sinds [12 september 2026](recognition_date:"
        "2026-09-12). [zijn ouders](relationship:parent) en [zijn broertje](relationship:"
        "sibling) van [11](age) zitten in een kamp"
    )
    for _ in range(8):
        if chat.question in (None, "sponsor.unaccompanied_minor"):
            break
        chat.answer_plainly({"sponsor.age": "[17](age)"}, limit=1)
    assert chat.question == "sponsor.unaccompanied_minor", chat.transcript()
    chat.say("ja helemaal alleen, hij heeft hier een voogd", intent="affirm")
    reply = chat.answer_plainly({})
    assert "geen ander familielid" not in reply, chat.transcript()
    assert "broertje" in reply, chat.transcript()


def test_c3_als_ouder_heb_je_geen_recht_met_je_meerderjarig_belgisch_kind__asked_of_mama():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig ...
    Belgisch kind." Panel 32, c3: "maar mama is toch ook ten laste van mij? ... waarom kan zij
    niet gewoon gezinshereniging zoals mijn zoon" got the son's dependency checklist."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [52](age:sponsor). [mijn zoon](relationship:"
        "child) is [23](age) en ten laste van mij, en [mijn moeder](relationship:parent) is "
        "[68](age) en woont alleen"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "maar mama is toch ook ten laste van mij? ik stuur haar elke maand geld. waarom kan zij "
        "niet gewoon gezinshereniging zoals mijn zoon?"
    )
    assert "Je moeder heeft als ouder" in reply and "geen recht" in reply, chat.transcript()
    assert "Je zoon is 21 jaar of ouder" not in reply, chat.transcript()


def _refugees_wife_writing() -> Chat:
    chat = Chat()
    chat.say(
        "mijn man is [erkend vluchteling](sponsor_status:refugee) in belgie sinds [juni 2026]"
        "(recognition_date:2026-06-01|approximate). ik ben zijn vrouw en woon in pakistan met "
        "[ons zoontje](relationship:child) van [2](age)"
    )
    return chat


def test_d2_ik_heb_met_mijn_schoonvader_gebeld__no_applicant():
    """Panel 32, d2: "ik heb met mijn schoonvader gebeld" made "Je schoonvader: wil naar België
    komen"; "moet hij dna test doen met zijn vader?" made "De vader van je man" an applicant."""
    chat = _refugees_wife_writing()
    before = len(chat.people)
    chat.say(
        "ik heb met [mijn schoonvader](relationship:other_relative) gebeld. ons huwelijk is wel "
        "geregistreerd"
    )
    chat.say("moet hij dna test doen met [zijn vader](relationship:parent)?")
    assert len(chat.people) == before, chat.transcript()


def test_mijn_vader_wil_komen_ik_heb_met_hem_gebeld__still_an_applicant():
    """The other side: a father who wants to come, called, is still one."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vader](relationship:parent) "
        "wil komen, ik heb met hem gebeld"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_d1_en_als_hij_18_wordt_voor_dvz_beslist__a_question_changes_no_age():
    """Panel 32, d1: "en als de aanvraag binnen is maar hij wordt 18 voor DVZ beslist, is het
    dan verloren?" made the brother of 11 seventeen."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker en begeleid een jongen, [erkend vluchteling]"
        "(sponsor_status:refugee) sinds [12 september 2026](recognition_date:2026-09-12). hij "
        "kwam alleen. [zijn ouders](relationship:parent) en [zijn broertje](relationship:sibling)"
        " van [11](age) willen komen"
    )
    chat.answer_plainly({"sponsor.age": "[17](age)"})
    chat.say(
        "en als de aanvraag binnen is maar hij wordt [18](age) voor DVZ beslist, is het dan "
        "verloren?"
    )
    assert chat.person("sibling")["age"] == 11, chat.transcript()
    chat.say("sorry, [zijn broertje](relationship:sibling) wordt [13](age) in maart")  # told
    assert chat.person("sibling")["age"] == 12, chat.transcript()


def test_c_en_als_dvz_nee_zegt__what_the_seeds_say_of_a_refusal_and_the_second_order():
    """Seed 000: "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor
    een visum gezinshereniging in tweede orde een humanitair visum te vragen"; of an appeal the
    seeds say nothing. Panel 32 (c1, c2, c3, c5): "en als ze weigeren wat dan", "en als dvz nee
    zegt?" got "geen antwoord" or the processing time."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 maart 2025]"
        "(recognition_date:2025-03-01), ik ben [40](age:sponsor). [mijn vrouw](relationship:"
        "spouse) is [35](age), officieel getrouwd"
    )
    chat.answer_plainly({})
    for question in ("en als ze weigeren wat dan", "en als dvz nee zegt?"):
        reply = chat.say(question)
        assert "staat niet in onze informatie" in reply and "tweede orde" in reply, reply
    reply = chat.say("waarom hebben ze mij geweigerd?")  # the other side: a refusal told
    assert "staat in de beslissing" in reply, chat.transcript()


def test_d3_we_hebben_samen_een_dochtertje__the_couples_child_is_told():
    """Seed 001 (partners): a child together proves the lasting relationship. Panel 32, d3: "we
    zijn niet getrouwd maar we hebben samen een dochtertje" was later asked again as "Hebben
    jullie samen een kind?"."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian) en [mijn vriend](relationship:partner) woont "
        "in marokko. we zijn niet getrouwd maar we hebben samen [een dochtertje](relationship:"
        "child) van anderhalf. hoe kan hij naar hier komen?"
    )
    assert chat.person("partner")["facts"].get("common_child") is True, chat.transcript()
    other = Chat()
    other.say(
        "ik ben [belgische](sponsor_status:belgian) en [mijn vriend](relationship:partner) woont "
        "in marokko. [mijn dochter](relationship:child) van [8](age) uit mijn eerste huwelijk "
        "woont bij mij"
    )
    assert "common_child" not in other.person("partner")["facts"], other.transcript()
