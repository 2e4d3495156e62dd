"""Findings of panel round 64 (stop 36), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel58 import up_to_the_answer
from tests.dialogue.test_panel63 import tom_answered

TODAY = dt.date(2026, 12, 6)


def test_18_maand_samen_4_keer_gezien_70_dagen__the_meetings_days_not_the_months():
    """ "we zijn 18 maand samen, 4 keer gezien, samen ongeveer 70 dagen": 70 days of meetings,
    not 18 months turned into 540 days; "540 dagen?? nee he, 70 dagen" keeps 70 (panel 64,
    h4)."""
    chat = tom_answered()
    reply = chat.say(
        "we zijn 18 maand samen, 4 keer gezien, samen ongeveer 70 dagen. nooit samengewoond. is"
        " dat genoeg?"
    )
    assert "samen ongeveer 70 dagen" in reply and "540" not in reply, reply
    reply = chat.say("540 dagen?? nee he, 70 dagen in totaal zei ik. 4 keer gezien")
    assert "540" not in reply, reply


def mariam() -> tuple[Chat, str]:
    """A refugee's husband by a church marriage "nooit bij de gemeente", and their girl of 4."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik wil mijn [man](relationship:spouse) en mijn [dochter](relationship:child) naar belgie"
        " halen. ik ben [refugee](sponsor_status:refugee) hier"
    )
    chat.say("hij is [31](age)")
    chat.say(
        "in de kerk getrouwd in eritrea 2020. we hebben geen papier van gemeente, never registered"
    )
    chat.say("ja selam, zij is [4](age). ze is bij hem")
    chat.say("[10 juni 2026](recognition_date:2026-06-10) refugee")
    chat.say("ja ze is geboren in eritrea voor ik weg ging in 2022. en getrouwd 2020")
    reply = chat.answer_plainly({"sponsor.age": "[27](age)"})
    if not chat.state.get("answered"):
        reply = chat.say("ja", intent="affirm")
    return chat, reply


def test_geen_papier_van_gemeente__a_church_marriage_keeps_the_soft_procedure():
    """Seed 000: "Als je de echtgeno(o)t(e) bent van een erkend vluchteling ... wiens huwelijk
    niet geldt als officieel huwelijk, dan stellen we in de praktijk een soepelere procedure
    vast ... Er moet geen administratieve bijdrage voor het humanitair visum betaald worden":
    "geen papier van gemeente" is no civil paper, not "no proof at all" (panel 64, g2: the fee
    and the humanitarian post)."""
    _, reply = mariam()
    assert "B17" in reply and "geen bijdrage" in reply, reply


def test_bij_kerk_huwelijk_toch_gewone_gezinshereniging_en_niks_betalen__seed_000():
    """ "ik heb gehoord dat je bij kerk huwelijk toch gewone gezinshereniging kan vragen als
    refugee?? en dan niks betalen. klopt dat" got "geen antwoord" (panel 64, g2)."""
    chat, _ = mariam()
    reply = chat.say(
        "ik heb gehoord dat je bij [kerk huwelijk](marriage_type:religious_or_customary) toch "
        "gewone gezinshereniging kan vragen als [refugee](sponsor_status:refugee)?? en dan niks "
        "betalen. klopt dat",
        intent="check_eligibility",
        confidence=0.51,
    )
    assert "Dien de aanvraag in als aanvraag gezinshereniging" in reply, reply
    assert "geen bijdrage" in reply and "B17" in reply, reply


def test_als_selam_eerst_alleen_komt__no_lost_exemption_within_the_12_months():
    """Seed 003: within the 12 months, with the bond before the arrival, no income at all: "Dan
    geldt die vrijstelling niet, en moet het inkomen wel bewezen worden" was wrong for a
    refugee's daughter of 4 (panel 64, g2)."""
    chat, _ = mariam()
    reply = chat.say("en als selam eerst alleen komt en tekle later? kan dat. zij is nog klein")
    assert "moet het inkomen wel bewezen worden" not in reply, reply


def hassan() -> Chat:
    """A refugee since 20 november 2025 (the 12 months just over), his wife and 3 children."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [vluchteling](sponsor_status:refugee) in belgie. [mijn vrouw](relationship:spouse)"
        " en [3 kinderen](relationship:child) zijn nog in irak"
    )
    chat.say("layla is [37](age)")
    chat.say("officieel, in mosul 2006 getrouwd met akte")
    chat.say("[40](age)")
    chat.say("[20 november 2025](recognition_date:2025-11-20), vluchteling")
    chat.say(
        "ja natuurlijk, getrouwd sinds 2006. de kinderen zijn ook daar geboren. ali is [17](age),"
        " sara [12](age) en yusuf [7](age)"
    )
    for _ in range(3):
        if chat.question is None:
            break
        chat.say("ja alle kinderen al geboren voor ik kwam, alle drie van ons samen")
    return chat


def test_ja_klopt_maar_ali_wordt_18_op_12_januari_2027__his_last_day_in_the_first_answer():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn": "ja klopt. maar ali wordt 18
    op 12 januari 2027" at the read-back gave an answer without his last day (panel 64, i1),
    and with the 12 months over that is the day that matters."""
    chat = hassan()
    assert not chat.state.get("answered"), chat.transcript()
    reply = chat.say("ja klopt. maar ali wordt [18](age) op 12 januari 2027", confidence=0.7)
    assert "Dit is mijn inschatting" in reply, reply
    assert "uiterlijk op 11 januari 2027" in reply, reply
    assert "liep af op 20 november 2026" in reply, reply  # the classic conditions too


def test_hij_is_31_ik_29__his_age_and_hers():
    """ "hij is 31 ik 29" at the read-back: the husband 31, the writer 29 (panel 64, i4: "Jij:
    31 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("mijn [man](relationship:spouse) youssef")
    chat.say(
        "ik ben studente, ik heb een [A-kaart](sponsor_status:third_country_national) voor mijn "
        "master"
    )
    reply = chat.say(
        "ja klopt. we zijn getrouwd in marokko in 2023, gewoon [burgerlijk huwelijk]"
        "(marriage_type:official). hij is [31](age) ik [29](age)"
    )
    assert "Jij: tijdelijk verblijf (bijvoorbeeld een A-kaart), 29 jaar" in reply, reply
    assert "Je man: 31 jaar" in reply, reply


def amina() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("mijn [man](relationship:spouse) youssef")
    chat.say(
        "ik ben studente, ik heb een [A-kaart](sponsor_status:third_country_national) voor mijn "
        "master"
    )
    chat.say(
        "ja klopt. we zijn getrouwd in marokko in 2023, gewoon [burgerlijk huwelijk]"
        "(marriage_type:official). hij is [31](age) ik [29](age)"
    )
    up_to_the_answer(chat)
    return chat


def test_heeft_een_echtgenoot_dan_geen_recht__a_students_husband():
    """ "heeft een echtgenoot dan geen recht?" of a student: the seeds do not say (a temporary
    stay), a humanitarian visa can be asked (panel 64, i4: "geen antwoord")."""
    reply = amina().say(
        "maar we zijn echt officieel getrouwd, geen religieus huwelijk. heeft een echtgenoot dan"
        " geen recht? we zijn allebei ouder dan 21"
    )
    assert "tijdelijk verblijf" in reply and "geen antwoord" not in reply, reply


def test_hij_heeft_werk_in_marokko__seed_001s_dependency():
    """Seed 001 (humanitair visum): "het bewijs dat uw familielid geen eigen inkomsten heeft":
    "hij heeft werk in marokko. is dat een probleem?" got "geen antwoord" (panel 64, i4)."""
    reply = amina().say("hij heeft werk in marokko. is dat een probleem?", confidence=0.21)
    assert "geen eigen inkomen" in reply and "moeilijker" in reply, reply


def test_kan_ricardo_naar_belgie_komen_om_hier_te_trouwen__seed_001s_visa():
    """Seed 001: "via een visum met het oog op een huwelijk of een wettelijke samenwoning": "kan
    ricardo naar belgie komen om hier te trouwen met mij?" got "geen antwoord" (panel 64,
    h4)."""
    reply = tom_answered().say("kan ricardo naar belgie komen om hier te trouwen met mij?")
    assert "visum vragen om in België te trouwen" in reply, reply


def test_die_12_maanden_is_dat_nog_belangrijk__the_right_stays():
    """Seed 002: a later request keeps the right with the classic conditions: "die 12
    maanden, is dat nog belangrijk voor ons?" got "geen antwoord" (panel 64, i5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "[mijn vrouw](relationship:spouse) fatima en [mijn zoon](relationship:child) ahmad. ze "
        "wonen in turkije"
    )
    up_to_the_answer(
        chat,
        {
            "sponsor.status": "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
            "[1 mei 2024](recognition_date:2024-05-01)",
            "applicant.age": "fatima is [48](age). ahmad is [24](age), hij heeft cerebrale parese",
            "applicant.marriage": "officieel, in syrie getrouwd",
            "sponsor.age": "[52](age)",
            "applicant.disabled": "ja",
        },
    )
    reply = chat.say(
        "die 12 maanden, is dat nog belangrijk voor ons? ik wist het niet", confidence=0.14
    )
    assert "Het recht blijft" in reply and "geen antwoord" not in reply, reply


def test_papa_van_de_kinderen_is_weg__seed_004s_attest_as_a_belgians_rule():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    instanties van het land van herkomst die dat bevestigt": "papa van de kinderen is weg.
    niemand weet waar hij is" got "Wat dan volstaat, staat niet in onze informatie" (panel 64,
    h3); said as a Belgian's family's rule."""
    from tests.dialogue.test_panel63 import nadia

    reply = nadia().say(
        "papa van de [kinderen](relationship:child) is weg. niemand weet waar hij is. is dat "
        "probleem?",
        confidence=0.15,
    )
    assert "attest van de officiële instanties" in reply and "familie van een Belg" in reply


def test_is_leeftijd_belangrijk__the_age_rule_answered():
    """ "is leeftijd belangrijk?" of an asylum seeker's children got the answer again (panel
    64, h3)."""
    from tests.dialogue.test_panel63 import nadia

    reply = nadia().say("is leeftijd belangrijk?", confidence=0.24)
    assert "18" in reply and "Dit is mijn inschatting" not in reply, reply


def test_hoeveel_keer_moeten_we_mekaar_gezien_hebben__seed_001s_meetings():
    """ "hoeveel keer moete we mekaar gezien hebben?" got the fee (panel 64, h4)."""
    reply = tom_answered().say("hoeveel keer moete we mekaar gezien hebben?")
    assert "minstens 3 keer" in reply and "45 dagen" in reply, reply


def test_moet_youssef_bewijzen_dat_hij_van_mij_afhangt__seed_001s_dependency():
    """ "moet youssef bewijzen dat hij van mij afhangt? hij werkt zelf in casablanca" got "Sorry,
    dat begrijp ik niet" (panel 64, i4); seed 001: "belangrijk om te bewijzen dat uw familielid
    afhankelijk van u is"."""
    reply = amina().say(
        "moet youssef bewijzen dat hij van mij afhangt? hij werkt zelf in casablanca",
        intent="nlu_fallback",
        confidence=0.1,
    )
    assert "afhankelijk" in reply and "begrijp" not in reply, reply


def test_een_dochter_van_20_van_een_belg__the_21_rule_in_the_first_answer():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent van de Belg": a daughter of 20 (panel 64, h2: never in the first
    answer)."""
    from tests.dialogue.test_panel63 import jean

    chat = jean()
    assert "bijna 21" in chat.transcript() and "bankuittreksels" in chat.transcript()
