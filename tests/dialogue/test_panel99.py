"""Findings of panel round 99 (stop 42, ten new families: sets U and V), each named by the
user's words or the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def test_mijn_man_hun_vader_is_overleden__a_widow_asked_no_custody_and_no_husband_added():
    """Seed 003 asks custody "Indien de ouders van de aanvrager gescheiden zijn"; a father who
    died is no separation. "Nee. Mijn man, hun vader, is in 2020 overleden" to "Zijn jij en de
    andere ouder ... nog samen?" (panel 99, u4: "Wie heeft het hoederecht?", a judgment asked,
    then "Hoe oud is je man?")."""
    chat = Chat(today=TODAY)
    chat.say("Mijn twee [dochters](relationship:child). Ze zijn nu in Amman bij mijn [zus]"
             "(relationship:sibling).")  # fmt: skip
    chat.say("Ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection), sinds "
             "[3 februari 2025](recognition_date:2025-02-03).")  # fmt: skip
    chat.say("Rama is [12](age) jaar en Lana is [9](age)")
    chat.say("Ja natuurlijk, beide meisjes zijn in [Syrië](country) geboren, lang voor ik naar "
             "België kwam.")  # fmt: skip
    assert chat.question == "applicant.common_child", chat.transcript()
    reply = chat.say("Nee. Mijn [man](relationship:spouse), hun [vader](relationship:parent), is "
                     "in 2020 overleden in [Syrië](country). Ik heb de overlijdensakte.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child", "child"], chat.transcript()
    assert chat.sponsor.get("widowed") is True
    assert "hoederecht" not in reply, chat.transcript()


def _abdi() -> Chat:
    """A social worker for a refugee of 24, her sheikh-married husband and son of 3 (panel 99,
    u2)."""
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag, ik ben Abdi, maatschappelijk werker in een opvangcentrum. Ik heb een "
             "vraag voor een cliënte van mij.")  # fmt: skip
    chat.say("Haar [man](relationship:spouse) en hun [zoontje](relationship:child) van [3](age). "
             "Ze is [erkend vluchteling](sponsor_status:refugee) sinds [19 augustus 2026]"
             "(recognition_date:2026-08-19), Somalische.")  # fmt: skip
    return chat


def test_beide_ouders_staan_op_de_geboorteakte__no_parents_added():
    """ "Beide ouders staan op de geboorteakte" says who the son's parents are (panel 99, u2:
    "Is de eerste ouder van je cliënt op hoge leeftijd?")."""
    chat = _abdi()
    chat.say("Ja. Ayaan is geboren in 2023 in Mogadishu, zij is pas in 2024 gevlucht, alleen, ze "
             "was toen 22. Beide [ouders](relationship:parent) staan op de geboorteakte.")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["child", "spouse"], chat.transcript()


def test_het_gaat_niet_om_haar_ouders__the_parents_taken_out():
    """ "Nee, het gaat niet om haar ouders" takes out parents read before (panel 99, u2: two
    corrections before the parents went)."""
    chat = _abdi()
    chat.say("haar [ouders](relationship:parent) wonen in Mogadishu")
    chat.say("[Ouders](relationship:parent)? Nee, het gaat niet om haar [ouders]"
             "(relationship:parent). Het gaat alleen om haar [man](relationship:spouse) Mohamed "
             "([30](age)) en hun [zoon](relationship:child) Ayaan ([3](age)).")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["child", "spouse"], chat.transcript()


def _elena() -> Chat:
    """The wife abroad writes; her husband has temporary protection (panel 99, v1)."""
    chat = Chat(today=TODAY)
    chat.say("Eigenlijk ben ik het zelf die wil komen. Ik woon in Charkiv ([Oekraïne](country)) "
             "met onze [zoon](relationship:child) Maksym, mijn [man](relationship:spouse) Dmytro "
             "is al in België.", intent="check_eligibility")  # fmt: skip
    return chat


def test_hij_heeft_tijdelijke_bescherming__said_of_her_husband_to_the_wife_abroad():
    """The wife abroad is told her husband's stay, not "Je hebt een tijdelijk verblijf in
    België", and "jij en je zoon betalen" (panel 99, v1)."""
    chat = _elena()
    reply = chat.say("Hij heeft tijdelijke bescherming, sinds maart 2022. Geen asiel, die "
                     "tijdelijke bescherming voor Oekraïners.")  # fmt: skip
    assert "Je man heeft een tijdelijk verblijf" in reply, chat.transcript()
    assert "Je hebt een tijdelijk verblijf" not in reply
    reply = chat.say("ja dat klopt", intent="affirm")
    assert "jij en je zoon betalen" in reply, chat.transcript()


def test_ik_heb_gelezen_dat_de_echtgenote_en_kinderen__no_second_child():
    """ "ik heb gelezen dat ... de echtgenote en kinderen ook tijdelijke bescherming kunnen
    krijgen. Klopt dat?": what she read, no child of hers (panel 99, v1: "Je tweede kind")."""
    chat = _elena()
    chat.say("Hij heeft tijdelijke bescherming, sinds maart 2022.")
    chat.say("Dank u. Maar ik heb gelezen dat er bij tijdelijke bescherming een speciale regel is "
             "voor gezinsleden, dat de [echtgenote](relationship:spouse) en [kinderen]"
             "(relationship:child) ook tijdelijke bescherming kunnen krijgen. Klopt dat?",
             intent="check_eligibility")  # fmt: skip
    assert [p["relationship"] for p in chat.people if not p.get("self")] == ["child"], (
        chat.transcript()
    )


def _moussa() -> Chat:
    """A refugee of 19 who came alone at 16; his mother and sister of 13 (panel 99, v2)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [mama](relationship:parent) en mijn [zusje](relationship:sibling)")
    chat.press('/inform{"sponsor_status":"refugee"}')
    chat.say("[19](age)")
    return chat


def test_ja_was_16_kwam_alleen__his_age_then_not_his_sisters():
    """ "ja was 16 kwam alleen in 2023" to "Was je jonger dan 18 jaar toen je asiel aanvroeg?":
    the writer's age then (panel 99, v2: "Je zusje: 16 jaar")."""
    chat = _moussa()
    assert chat.question == "sponsor.minor_at_asylum_application", chat.transcript()
    chat.say("ja was [16](age) kwam alleen in 2023")
    assert chat.person("sibling")["age"] is None, chat.transcript()


def test_nu_ik_19_ben__the_writers_age_not_his_mothers():
    """ "waarom heeft mama geen recht meer nu ik 19 ben" (panel 99, v2: "Ik heb het aangepast.
    • Je mama: 19 jaar")."""
    chat = _moussa()
    chat.say("ja was [16](age) kwam alleen in 2023")
    chat.say("[mama](relationship:parent) is [44](age). papa is dood.")
    chat.say("waarom heeft [mama](relationship:parent) geen recht meer nu ik [19](age) ben",
             intent="ask_humanitarian_visa")  # fmt: skip
    assert chat.person("parent")["age"] == 44, chat.transcript()


def _reza() -> Chat:
    """A lawyer's assistant for a Belgian and his son of 25 (panel 99, v3)."""
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag, ik ben assistente bij een advocatenkantoor en heb een vraag voor een "
             "cliënt.")  # fmt: skip
    chat.say("Zijn [zoon](relationship:child) Arash, [25](age) jaar, woont in Teheran.")
    chat.say("Cliënt (Reza, [52](age:sponsor)) is [Belg](sponsor_status:belgian) sinds 2020.")
    chat.say("Ja. Arash is werkloos en ongehuwd. Reza stuurt hem al 2 jaar 300 euro per maand, "
             "we hebben de bankafschriften.")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_reza_verdient_2400_euro_volstaat_dat__the_reference_amount_first():
    """Seed 004: "Als je inkomsten minstens gelijk zijn aan het referentiebedrag ... moet je
    geen bijkomende bewijzen voorleggen" (panel 99, v3: "Volstaat dat, of moet er een
    behoefteanalyse gebeuren?" got the overview of a needs analysis)."""
    chat = _reza()
    reply = chat.say("Reza verdient 2.400 euro netto per maand (vast contract). Volstaat dat, of "
                     "moet er een behoefteanalyse gebeuren?")  # fmt: skip
    assert "2.400 euro per maand. Dat is minstens het referentiebedrag" in reply, chat.transcript()


def test_300_euro_per_maand_overgemaakt__the_support_is_no_income():
    """ "Hoe schat u de slaagkans in, gezien 2 jaar lang 300 euro per maand is overgemaakt?":
    the money sent to the son, not the client's income (panel 99, v3: "Je schreef 300 euro per
    maand. Dat is minder dan het referentiebedrag")."""
    chat = _reza()
    reply = chat.say("Hoe schat u de slaagkans in, gezien 2 jaar lang 300 euro per maand is "
                     "overgemaakt?")  # fmt: skip
    assert "Je schreef 300" not in reply, chat.transcript()


def test_genoemd_in_haar_persoonlijk_onderhoud_bij_het_cgvs__the_asylum_file_helps():
    """Seed 000: "Er kan ook verwezen worden naar de relevante verklaringen in het asieldossier"
    (panel 99, u2: "Heeft dat zin om mee te sturen?" got "geen antwoord")."""
    chat = _abdi()
    chat.say("[30](age). Zij is [24](age). Kort: ze zijn in 2021 getrouwd bij een [sheikh]"
             "(marriage_type:religious_or_customary) in Mogadishu, geen burgerlijke akte.")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Ze heeft Mohamed en Ayaan wel genoemd in haar persoonlijk onderhoud bij het "
                     "CGVS. Heeft dat zin om mee te sturen?")  # fmt: skip
    assert "asielgesprek" in reply, chat.transcript()
