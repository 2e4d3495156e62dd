"""Findings of panel round 111 (stop 45) and of what stop 44 left open, each named by the
user's words or the seed sentence."""

import datetime as dt

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse

TODAY = dt.date(2026, 12, 7)


def test_ze_wordt_21_op_2_maart_2027__the_first_answer_gives_the_day_her_right_begins():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18
    jaar wanneer uw huwelijk al bestond vóór de aankomst in België." A refugee of 29 married
    after his arrival to a wife of 20 who turns 21 on 2 March 2027 (stop 44, m4: first told
    only "De kans is klein", never the day her right begins)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10), ik ben [29](age:sponsor). getrouwd in kigali in "
             "augustus 2026 met mijn [vrouw](relationship:spouse), zij is [20](age) jaar, ze "
             "wordt 21 op 2 maart 2027")  # fmt: skip
    reply = chat.answer_plainly({"applicant.marriage": "officieel, met akte"})
    assert "Je vrouw is 21 jaar vanaf 2 maart 2027" in reply, chat.transcript()
    assert "Vanaf die dag kan je vrouw gezinshereniging vragen" in reply, reply


def test_ik_word_21_op_3_mei__the_writers_own_day_is_kept():
    """The sponsor's own 21st birthday ("ik word 21 op 3 mei 2027") stays his, never hers."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10), ik ben [20](age:sponsor), ik word 21 op 3 mei "
             "2027. getrouwd in augustus 2026 met mijn [vrouw](relationship:spouse), zij is "
             "[22](age) jaar")  # fmt: skip
    reply = chat.answer_plainly({"applicant.marriage": "officieel, met akte"})
    assert "Je bent 21 jaar vanaf 3 mei 2027" in reply, chat.transcript()


def test_ik_typ_voor_mijn_papa_papa_heeft_hem_daar_geadopteerd__one_adopted_nephew():
    """Seed 000: "Hetzelfde geldt voor een buitenlandse voogdij of adoptie. Deze komen enkel in
    aanmerking voor gezinshereniging indien ... de buitenlandse adoptie erkend wordt door de
    Federale Centrale Autoriteit (FCA)". A daughter types for her father about the nephew he
    adopted in Ghana (stop 44, q4: her father taken for an applicant, and a second child
    called "geadopteerd")."""
    chat = Chat(today=TODAY)
    reply = chat.say(
        "ik typ voor mijn [papa](relationship:parent). hij wil mijn [neef](relationship:"
        "other_relative) kwame van [12](age) laten komen uit ghana, papa heeft hem daar "
        "[geadopteerd](relationship:adopted_child). papa heeft een [B-kaart]"
        "(sponsor_status:third_country_national)"
    )
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("adopted_child", 12)], (
        chat.transcript()
    )
    assert chat.sponsor.get("status") == "third_country_national", chat.transcript()
    assert "erkend in België" in reply, reply


def test_hem_geadopteerd_in_a_later_message__the_child_told_before():
    """ "mijn zoon" told first, then "we hebben hem geadopteerd in 2019": the same boy."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 maart 2026]"
             "(recognition_date:2026-03-10). mijn [zoon](relationship:child) van [9](age) is "
             "nog in kameroen")  # fmt: skip
    chat.say("we hebben hem [geadopteerd](relationship:adopted_child) in 2019")
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("adopted_child", 9)], (
        chat.transcript()
    )


def _hodan() -> Chat:
    """A Somali refugee of 25 recognised on 19 March 2024; his wife first said to be 21 and
    married two years ago."""
    chat = Chat(today=TODAY)
    chat.say("ik ben somalier [erkend vluchteling](sponsor_status:refugee) in antwerpen. mijn "
             "[vrouw](relationship:spouse) is in nairobi")  # fmt: skip
    for told in (
        "ze is [21](age). we zijn al 2 jaar getrouwd",
        "ja officieel we hebben akte",
        "[25](age)",
        "[19 maart 2024](recognition_date:2024-03-19)",
    ):
        chat.say(told)
    chat.say("ja we kenden elkaar al lang", intent="affirm")
    return chat


def test_getrouwd_op_3_augustus_2026_at_the_read_back__married_after_the_arrival():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18
    jaar wanneer uw huwelijk al bestond vóór de aankomst in België." "ok eerlijk wollah ...
    getrouwd op 3 augustus 2026 in nairobi bij de kadhi" at the read-back (panel 111, u4: taken
    for a "ja", the wife told she has a right), then "ze is eigenlijk 19 ... sorry ik dacht als
    ik 21 zeg is makkelijker" (the husband made 21)."""
    chat = _hodan()
    assert chat.state.get("pending") == "confirm", chat.transcript()
    chat.say("ok eerlijk wollah. we kennen elkaar sinds 2023 via telefoon maar getrouwd op 3 "
             "augustus 2026 in nairobi bij de kadhi")  # fmt: skip
    wife = chat.person("spouse")
    assert wife["facts"].get("relationship_predates_arrival") is False, chat.transcript()
    chat.say("en ze is eigenlijk [19](age), geboren 11 april 2007. sorry ik dacht als ik [21]"
             "(age:sponsor) zeg is makkelijker")  # fmt: skip
    assert chat.sponsor.get("age") == 25 and chat.person("spouse")["age"] == 19, chat.transcript()
    reply = chat.say("ja dat klopt", intent="affirm")
    assert "geen recht op gezinshereniging" in reply and "Goed nieuws" not in reply, reply


def test_is_da_genoeg_voor_vijf_man__no_husband():
    """ "is da genoeg voor vijf man? en hij zit bij de mutualiteit": five people counted
    (panel 111, u3: "Hoe oud is de man van je cliënt?")."""
    reading = read(parse("appartement 2 slaapkamers, 780 euro. is da genoeg voor vijf "
                         "[man](relationship:spouse)? en hij zit bij de mutualiteit"))  # fmt: skip
    assert not reading.mentions, reading.mentions


def _amina() -> Chat:
    """A son of 15 types for his father, a refugee since 16 June 2020, about his cousin Amina
    (the father's niece) in Chechnya."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("hallo ik ben adam 15 jaar, ik typ voor mijne [pa](relationship:parent) want zijn "
             "nederlands is ni goed. mijn [nicht](relationship:other_relative) amina woont in "
             "tsjetsjenie bij mijn [oma](relationship:grandparent) en mijne pa wil dat ze bij "
             "ons komt wonen")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("[erkend vluchteling](sponsor_status:refugee) sinds [16 juni 2020]"
             "(recognition_date:2020-06-16)")  # fmt: skip
    return chat


def test_nee_12_ze_was_jarig_in_juni__her_age_not_the_fathers():
    """ "nee 12, ze was jarig in juni, 9 juni 2014" (panel 111, v4: "Je pa is minderjarig",
    the NLU's role "sponsor" on the 12)."""
    chat = _amina()
    chat.say("nee [12](age:sponsor), ze was jarig in juni, 9 juni 2014")
    assert chat.sponsor.get("age") is None, chat.transcript()


def test_mijne_pa_verdient_2300__the_income_of_his_pa_not_of_a_client():
    """A son who types for his father is told of "je pa", never "je cliënt" (panel 111, v4:
    "Onze informatie spreekt over het eigen inkomen van je cliënt")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("hallo ik ben adam 15 jaar, ik typ voor mijne [pa](relationship:parent) want zijn "
             "nederlands is ni goed. mijn [broertje](relationship:sibling) van [12](age) is nog "
             "in tsjetsjenie")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("[erkend vluchteling](sponsor_status:refugee) sinds [16 juni 2020]"
             "(recognition_date:2020-06-16)")  # fmt: skip
    chat.answer_plainly({})
    reply = chat.say("mijne pa verdient 2300 en ma 900, we hebbe nen huis met 4 slaapkamers. "
                     "helpt da?", intent="ask_housing")  # fmt: skip
    assert "het eigen inkomen van je pa" in reply, chat.transcript()
    assert "cliënt" not in chat.transcript(), chat.transcript()


def test_ik_schrijf_voor_mijn_mama_mijn_papa_broer_en_zus__her_papa_is_mamas_husband():
    """Seed 001: "Uw echtgenoot of echtgenote" may come. A daughter of 20 writes for her
    mother, a refugee: "Mijn papa, broer en zus zijn nog in Kilinochchi. Kunnen ze naar hier
    komen?" (panel 111, v3: the father lost, then "Nee, papa ontbreekt!" unheard)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("Hi, ik ben Kavya (20). Ik schrijf voor mijn [mama](relationship:parent), haar "
             "Nederlands is nog niet zo goed. [mama](relationship:parent) is [erkend als "
             "vluchteling](sponsor_status:refugee), sinds september. Mijn [papa](relationship:"
             "parent), [broer](relationship:sibling) en [zus](relationship:sibling) zijn nog in "
             "Kilinochchi. Kunnen ze naar hier komen?")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    kinds = sorted(p["relationship"] for p in chat.people)
    assert kinds == ["child", "child", "spouse"], chat.transcript()


def test_mijn_zus_haar_papa_is_ook_mijn_papa__still_no_one_who_comes():
    """ "mijn zus haar papa is ook mijn papa, hij zit in mogadishu" from a son who writes for
    his mother: the other parent of her children, told in passing (panel 104, y2)."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("k schrijf voor mijn [mama](relationship:parent). ze is [erkend vluchteling]"
             "(sponsor_status:refugee). mijn [zus](relationship:sibling) is [9](age) en woont "
             "in kenia")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("mijn [zus](relationship:sibling) haar [papa](relationship:parent) is ook mijn "
             "[papa](relationship:parent), hij zit in mogadishu")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def _khanum() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), [45](age:sponsor) jaar. mijn "
             "[vrouw](relationship:spouse) is [40](age) en is in islamabad")  # fmt: skip
    return chat


def test_12_februari_2026_ik_krijg_kaart__the_cards_day_not_the_decisions():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning van de vluchtelingenstatus ...
    door het Commissariaat-generaal". "12 februari 2026 ik krijg kaart" (panel 111, u1: stored
    as the recognition, the deadline told as 12 February 2027)."""
    chat = _khanum()
    chat.say("getrouwd kabul 2005, wij hebben [nikah](marriage_type:religious_or_customary) khat "
             "van rechtbank")  # fmt: skip
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()
    chat.say("[12 februari 2026](recognition_date:2026-02-12) ik krijg kaart")
    reply = chat.answer_plainly({})
    assert "ruim vóór 12 februari 2027" in reply and "verblijfskaart" in reply, chat.transcript()
    assert "Op welke dag precies" not in chat.transcript(), chat.transcript()


def test_asiel_ik_vraag_26_feb_2024_ik_heb_nog_bijlage_26__no_recognition_no_age():
    """ "ja zij was 16. asiel ik vraag 26 feb 2024, ik heb nog bijlage 26" (panel 111, u1:
    "Over wie gaat 26 jaar?", and "Jij: erkend vluchteling, sinds 26 februari 2024")."""
    reading = read(parse("ja zij was 16. asiel ik vraag [26 feb 2024](recognition_date:"
                         "2024-02-26), ik heb nog bijlage [26](age)"))  # fmt: skip
    assert reading.date is None, reading.date
    assert 26 not in [a.years for a in reading.loose_ages + reading.writer_ages], reading


def _opa() -> Chat:
    """A girl of 17 writes for her father, a Belgian of 46, about his father of 82 in Erbil;
    her grandmother died (seed 000: "Ouder met hoge leeftijd, in geïsoleerde situatie")."""
    chat = Chat(consent=False, today=TODAY)
    chat.say("hallo! ik ben nazdar, 17. ik vraag dit voor mijn [papa](relationship:parent) want "
             "hij is aan het werk. mijn [opa](relationship:grandparent) woont in irak en mijn "
             "[oma](relationship:grandparent) is gestorven. kan opa bij ons komen wonen??")  # fmt: skip
    chat.say("akkoord", intent="affirm")
    chat.say("papa is [belg](sponsor_status:belgian)")
    chat.say("[46](age). en opa is [82](age) denk ik")
    return chat


def test_ja_hij_is_79__the_one_grandfather_corrected():
    """ "ja hij is 79" of the one grandfather said to be 82 (panel 111, u5: "Over wie gaat 79
    jaar?" and "Je opa: 82 jaar" in the read-back)."""
    chat = _opa()
    chat.say("ja hij is [79](age)")
    assert chat.person("parent")["age"] == 79, chat.transcript()


def test_mijn_nonkel_karwan_woont_in_maastricht_en_is_nederlander__no_status_no_applicant():
    """ "mijn nonkel karwan woont in maastricht en is nederlander. is het makkelijker als opa
    naar hem gaat en dan naar hier?" (panel 111, u5: "Je papa: EU-burger" and "De nonkel van je
    papa: wil naar België komen"); "opa herkende mij gisteren niet" names no one."""
    chat = _opa()
    chat.answer_plainly({})
    chat.say("mijn [nonkel](relationship:other_relative) karwan woont in maastricht en is "
             "[nederlander](sponsor_status:eu_citizen). is het makkelijker als "
             "[opa](relationship:grandparent) naar hem gaat en dan naar hier?")  # fmt: skip
    assert chat.sponsor.get("status") == "belgian", chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    chat.say("[opa](relationship:grandparent) herkende mij gisteren niet op videocall")
    assert not chat.person("parent").get("name"), chat.transcript()


def test_is_ze_dan_zoals_ons_kind__no_child_added():
    """ "mijne pa heeft een papier van rusland, 'opeka', dat hij haar voogd is. is da zoals
    adoptie? is ze dan zoals ons kind?" (panel 113, v4: "Hoe oud is het kind van je pa?", a
    child who does not exist)."""
    reading = read(parse("is da zoals adoptie? is ze dan zoals ons [kind](relationship:child)?"))
    assert all(m.context == "negated" for m in reading.mentions), reading.mentions


def test_ze_word_21_op_11_april_2028_toch__her_day_told_to_her_husband_of_25():
    """ "ze word 21 op 11 april 2028 toch? moet ik dan opnieuw alles doen" from a refugee of 25
    whose wife of 19 married him after his arrival (panel 114, u4: "Je bent 21 jaar vanaf 11
    april 2028. Maar ook je vrouw moet 21 jaar zijn")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [19 maart 2024]"
             "(recognition_date:2024-03-19), ik ben [25](age:sponsor). getrouwd op 3 augustus "
             "2026 in nairobi met mijn [vrouw](relationship:spouse), zij is [19](age)")  # fmt: skip
    chat.answer_plainly({"applicant.marriage": "officieel, met akte"})
    reply = chat.say(
        "ze word 21 op 11 april 2028 toch? moet ik dan opnieuw alles doen of kan "
        "ik nu al iets indienen voor gezinshereniging",
        intent="check_eligibility",
    )
    assert "Je bent 21" not in reply, chat.transcript()
    assert "Je vrouw is 21 jaar vanaf 11 april 2028" in reply, chat.transcript()
