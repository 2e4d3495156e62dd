"""Findings of panel round 101 (stop 42, sets S to V a third time), each named by the user's
words or the seed sentence."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import TODAY, _hamid, mariam


def test_kan_mama_eerst_alleen_aanvragen_en_sana_en_wali_later__they_file_with_her():
    """Seed 000: "Ook hierbij is het belangrijk dat je jouw aanvraag gelijktijdig indient met de
    aanvraag gezinshereniging van je ouder(s)" (panel 101, s4: "Ja. Elke ouder van jou heeft een
    eigen recht ... Een ouder die nu blijft, kan later apart een aanvraag doen", of the
    siblings, with the father dead)."""
    chat = _hamid()
    reply = chat.say("kan mama eerst alleen aanvragen en sana en wali later? want sana heeft nog "
                     "geen papieren")  # fmt: skip
    assert "op hetzelfde moment als de aanvraag gezinshereniging" in reply, chat.transcript()
    assert "Elke ouder" not in reply


def test_omar_zijn_paspoort_is_verlopen_khaled_en_lina_hebben_goed_paspoort__omars():
    """ "omar zijn paspoort is verlopen in 2025. is dat probleem? khaled en lina hebben goed
    paspoort": the son's passport, not his sister's (panel 101, s1: "Het paspoort van je kind
    van 13 jaar")."""
    chat = mariam()
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("omar zijn paspoort is verlopen in 2025. is dat probleem? khaled en lina "
                     "hebben goed paspoort")  # fmt: skip
    assert reply.startswith("Het paspoort van je kind van 18 jaar"), chat.transcript()


def test_maksym_is_ook_zijn_zoon__the_couples_son_is_je_zoon_to_the_wife_abroad():
    """ "Dmytro en ik zijn sinds 2015 officieel getrouwd, Maksym is ook zijn zoon": their common
    child (seed 001 "Gemeenschappelijke kinderen van het (echt)paar"), read back as "Je zoon"
    (panel 101, v1: "De zoon van je man: 7 jaar", kept after two corrections)."""
    chat = Chat(today=TODAY)
    chat.say("Hallo, ik ben Elena. Ik schrijf uit Charkiv, Oekraïne. Mijn [man]"
             "(relationship:spouse) woont in België. Kan ik met mijn [zoon](relationship:child) "
             "naar hem toe komen?", intent="check_eligibility")  # fmt: skip
    chat.say("Hij heeft tijdelijke bescherming, sinds maart 2022.")
    reply = chat.say("Ja klopt. Mijn [zoon](relationship:child) Maksym is [7](age). Dmytro en ik "
                     "zijn sinds 2015 [officieel](marriage_type:official) getrouwd, Maksym is "
                     "ook zijn [zoon](relationship:child).")  # fmt: skip
    assert chat.person("child")["facts"].get("common_child") is True, chat.transcript()
    assert "De zoon van je man" not in reply


def test_vader_en_zoon_zitten_nu_in_nairobi__no_parent_of_the_client():
    """ "Vader en zoon zitten nu in Nairobi" of the client's husband and son; "haar man en
    zoontje laten overkomen" names no one "laten" (panel 101, u2: "Is de vader van je cliënt op
    hoge leeftijd?")."""
    chat = Chat(today=TODAY)
    chat.say("Goedendag, ik ben Abdi, maatschappelijk werker in een opvangcentrum. Ik schrijf "
             "voor een cliënte, Hodan (24, Somalische). Zij wil haar [man](relationship:spouse) "
             "en [zoontje](relationship:child) laten overkomen.", intent="greet")  # fmt: skip
    chat.say("Ayaan is 3, geboren in 2023 in Mogadishu, voor ze vluchtte. [Vader]"
             "(relationship:parent) en [zoon](relationship:child) zitten nu in Nairobi.")  # fmt: skip
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()
    assert all(p.get("name") != "laten" for p in chat.people)


def test_8_maand_en_3_keer_telkens_een_paar_weken__not_720_days():
    """Seed 001's meetings ("minstens 3 keer ... in totaal 45 dagen of meer"): "dus met 8 maand
    lukt het niet? ... 3 keer op bezoek geweest, telkens een paar weken" tells no days (panel
    101, u3: "samen ongeveer 720 dagen"); "ook geen samenwoningscontract" is no registration."""
    chat = Chat(today=TODAY)
    chat.say("mijn [lief](relationship:partner) woont in zuid-afrika en wil naar hier komen",
             intent="check_eligibility")  # fmt: skip
    chat.say("ik ben [belg](sponsor_status:belgian)")
    chat.say("nee da niet, we zijn gewoon (nog) niet getrouwd. ook geen samenwoningscontract of "
             "zo. we zijn 2 jaar samen", intent="deny")  # fmt: skip
    assert chat.person("partner")["facts"].get("partnership") == "none", chat.transcript()
    chat.answer_plainly({})
    if chat.state.get("pending") == "confirm":
        chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("dus met 8 maand lukt het niet? we kennen elkaar wel al 2 jaar en ik ben daar "
                     "sinds 2025 nog 3 keer op bezoek geweest, telkens een paar weken. telt da?")  # fmt: skip
    assert "720" not in reply, chat.transcript()
