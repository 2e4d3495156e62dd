"""Findings of panel round 100 (stop 42, sets S to V replayed by new helpers), each named by
the user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import mariam

TODAY = dt.date(2026, 12, 7)


def _ahmad() -> Chat:
    """A refugee, his wife, daughter of 16 and disabled son of 24 (panel 100, t4)."""
    chat = Chat(today=TODAY)
    chat.say("hallo ik ben Ahmad uit [Syrie](country:Syrië) ik heb [vluchteling status]"
             "(sponsor_status:refugee) in belgie. ik wil mijn familie naar hier brengen, mijn "
             "[vrouw](relationship:spouse) en mijn [kinderen](relationship:child) zijn in "
             "[Turkije](country) Gaziantep. kan dat?", intent="check_eligibility")  # fmt: skip
    chat.say("mijn [vrouw](relationship:spouse) Rima is 38 jaar. wij zijn getrouwd in Homs 2001 "
             "[officieel](marriage_type:official) met papier van rechtbank. we hebben 2 "
             "[kinderen](relationship:child), Yara mijn [dochter](relationship:child) 16 jaar en "
             "Sami mijn [zoon](relationship:child) 24 jaar. Sami is ziek van geboren, cerebrale "
             "parese, hij kan niet lopen en [mama](relationship:parent) doet alles voor hem. ik "
             "heb erkenning gekregen op [21 september 2026](recognition_date:2026-09-21)")  # fmt: skip
    chat.say("ik ben [44](age:sponsor)")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_en_rima_en_yara_wel__the_home_exempt_for_them_not_for_the_disabled_son():
    """Seed 003: "De gezinshereniger moet niet bewijzen dat hij over voldoende huisvesting
    beschikt wanneer ... binnen het jaar (12 maanden) na de erkenning"; a disabled adult son
    is not exempt (panel 100, t4: "Ja. Je moet een woning hebben" for the wife and daughter)."""
    chat = _ahmad()
    reply = chat.say("moet ik werk en groot huis hebben? voor Sami ok maar en Rima en Yara wel?")
    assert "Voor je vrouw en je dochter: nee" in reply, chat.transcript()
    assert "Voor je zoon: ja" in reply


def test_sami_is_niet_getrouwd_nooit__the_wife_stays_a_wife():
    """ "en Sami is niet getrouwd nooit, hij woont altijd met ons" is said of the son (panel 100,
    t4: "Ik heb het aangepast. • Je vriendin: 38 jaar")."""
    chat = _ahmad()
    chat.say("voor Sami welke papieren moet ik geven voor zijn handicap? en Sami is niet getrouwd "
             "nooit, hij woont altijd met ons")  # fmt: skip
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()


def test_ook_niet_wettelijk_samenwonen__a_belgians_girlfriend_has_no_right():
    """Seed 001: "Uw partner mag u enkel via gezinshereniging vervoegen indien uw partnerschap
    officieel geregistreerd is"; "ook niet wettelijk samenwonen of zo" says it is not (panel
    100, u3: "Goed nieuws: je vriendin heeft recht op gezinshereniging")."""
    chat = Chat(today=TODAY)
    chat.say("hey, mijn [vriendin](relationship:partner) woont in zuid-afrika en wil naar hier "
             "komen", intent="check_eligibility")  # fmt: skip
    chat.say("ik ben [belg](sponsor_status:belgian)")
    chat.say("nee dat niet, we zijn gewoon nog niet getrouwd. ook niet wettelijk samenwonen of "
             "zo", intent="deny")  # fmt: skip
    assert chat.person("partner")["facts"].get("partnership") == "none", chat.transcript()
    chat.answer_plainly({"applicant.age": "[27](age)", "sponsor.age": "[29](age)"})
    if chat.state.get("pending") == "confirm":
        chat.say("ja dat klopt", intent="affirm")
    answer = chat.transcript().split("Klopt dat?")[-1]
    assert "Goed nieuws" not in answer and "humanitair visum" in answer, chat.transcript()
    assert chat.person("partner")["route"] == "humanitarian_visa"


def test_maar_ze_heeft_ook_2_kinderen__the_wifes_children_are_stepchildren():
    """ "maar ze heeft ook 2 kinderen, ploy van 19 en beam van 14" of a Belgian's wife: her
    children, asked their custody as stepchildren (seed 004: "het (klein)kind ... van de
    echtgenoot of partner van de Belg"; panel 100, v5, where the question named "je kind")."""
    chat = Chat(today=TODAY)
    chat.say("ik wil mijn [vrouw](relationship:spouse) nanda naar hier halen, ze is thaise en "
             "woont in bangkok", intent="check_eligibility")  # fmt: skip
    chat.say("ik ben gewoon [belg](sponsor_status:belgian) he, van brugge")
    chat.say("[45](age). we zijn getrouwd in januari in bangkok, [officieel]"
             "(marriage_type:official) op t stadhuis daar")  # fmt: skip
    chat.say("[64](age), ben op pensioen")
    chat.say("ja klopt. maar ze heeft ook 2 [kinderen](relationship:child), ploy van [19](age) en "
             "beam van [14](age). die willen ook mee", intent="check_eligibility")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["spouse", "stepchild", "stepchild"], (
        chat.transcript()
    )
    assert "je stiefkind van 14 jaar" in chat.transcript().split("\n")[-1], chat.transcript()


def test_hij_is_toch_nog_kind_voor_mama__no_child_of_the_writers():
    """ "yonas was nog 17 toen ik asiel vroeg. telt dat niet? hij is toch nog kind voor mama":
    what the brother is, no child of a girl of 16 (panel 100, v4: "Hoe oud is je kind?")."""
    chat = Chat(today=TODAY)
    chat.say("mijn [mama](relationship:parent) en mijn [broer](relationship:sibling) yonas van "
             "[18](age) willen komen")  # fmt: skip
    chat.say("yonas was nog 17 toen ik asiel vroeg. telt dat niet? hij is toch nog [kind]"
             "(relationship:child) voor [mama](relationship:parent)")  # fmt: skip
    assert "child" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_dat_mijn_broer_niet_voor_mama_zorgt__the_brother_is_no_applicant():
    """Seed 001: "dat geen enkel ander familielid voor hen kan zorgen"; "Hoe bewijs ik dat mijn
    broer niet voor mama zorgt?" names who does not care for her (panel 100, s5: "• Je broer:
    wil naar België komen" and the other parent's consent of his humanitarian visa)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), mijn [mama](relationship:parent) van [76](age) "
             "woont alleen in kinshasa")  # fmt: skip
    chat.say("Hoe bewijs ik dat mijn [broer](relationship:sibling) niet voor [mama]"
             "(relationship:parent) zorgt? Hij heeft zelf 5 [kinderen](relationship:child) en "
             "weinig geld. Moet hij iets tekenen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_ja_20_augustus__the_sons_birthday_not_the_recognition():
    """ "ja 20 augustus, ik vroeg asiel maart 2025" to "Werd je kind 18 vóór jij erkend werd?":
    the son's birthday; the recognition told before stays (panel 100, s1: "Ik heb het
    aangepast. • Jij: erkend vluchteling, sinds 20 augustus 2026")."""
    chat = mariam()
    for _ in range(10):
        if chat.question in (None, "applicant.adult_before_sponsor_recognition"):
            break
        no = (chat.question or "").endswith("disabled")
        chat.say("nee hij is gezond" if no else "ja", intent="deny" if no else "affirm")
    assert chat.question == "applicant.adult_before_sponsor_recognition", chat.transcript()
    chat.say("ja [20 augustus](recognition_date:2026-08-20), ik vroeg asiel maart 2025")
    assert chat.sponsor["recognition_date"] == "2026-10-02", chat.transcript()
