"""Findings of panel round 82 (stop 39, round 81's new families replayed), each named by the
user's words or the seed sentence. The messages carry the entities the project's NLU gave."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _youssef() -> Chat:
    """A Belgian and his widowed mother of 72 in Nador (panel 82, g1)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian) en wil [mijn moeder](relationship:parent) "
             "laten komen, ze is [72](age) en weduwe")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "ik ben [44](age:sponsor)"})
    chat.say("ja", intent="affirm")
    return chat


def test_nog_2_broers_maar_die_doen_niks_voor_haar__no_brothers_added():
    """ "ik heb nog 2 broers, een in spanje en een in marokko maar die doen niks voor haar":
    who does not care for her, no one who comes (seed 000 "dat er geen andere gezinsleden de
    zorg ... kunnen opnemen"; panel 82, g1: "Je eerste broer: wil naar België komen")."""
    chat = _youssef()
    chat.say("ik heb nog 2 [broers](relationship:sibling), een in spanje en een in marokko maar "
             "die doen niks voor haar")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_we_huren_een_huis_in_antwerpen_met_mijn_vrouw_en_kinderen__here_already():
    """ "we huren een huis in antwerpen met mijn vrouw en kinderen": they live here, no one who
    comes and no reference amount for them (panel 82, g1: "Hoe oud is je vrouw?")."""
    chat = _youssef()
    reply = chat.say(
        "ik verdien 2300 netto als buschauffeur, is dat genoeg? we huren een huis in antwerpen "
        "met [mijn vrouw](relationship:spouse) en [kinderen](relationship:child)",
        intent="ask_means_of_subsistence",
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "referentiebedrag" not in reply, reply


def test_mijn_vrouw_woont_hier_al_bij_mij_ze_is_40__not_the_mothers_age():
    """ "mijn vrouw woont hier al bij mij, ze is 40. het gaat alleen om mijn moeder": 40 is the
    wife's (panel 82, g1: "Je moeder: 40 jaar")."""
    chat = _youssef()
    chat.say("waarom? [mijn vrouw](relationship:spouse) woont hier al bij mij, ze is [40](age). "
             "het gaat alleen om [mijn moeder](relationship:parent)")  # fmt: skip
    assert chat.person("parent")["age"] == 72, chat.transcript()


def test_een_oom_die_wil_hem_niet_nemen__no_one_added():
    """ "yusuf heeft nog een oom in bagdad, de broer van zijn moeder, maar die heeft zelf 6
    kinderen en wil hem niet nemen": no uncle, brother or children who come (panel 82, h5)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). [mijn kleinzoon]"
             "(relationship:grandchild) is [10](age), zijn ouders zijn overleden")  # fmt: skip
    chat.say(
        "yusuf heeft nog een [oom](relationship:other_relative) in bagdad, de [broer]"
        "(relationship:sibling) van zijn [moeder](relationship:parent), maar die heeft zelf 6 "
        "[kinderen](relationship:child) en wil hem niet nemen. is dat een probleem?"
    )
    assert [p["relationship"] for p in chat.people] == ["grandchild"], chat.transcript()


def test_humanitair_visum_voor_de_zusjes_zonder_de_ouders_erbij__the_parents_stay():
    """ "ik bedoel: humanitair visum voor de 3 zusjes zonder de ouders erbij. welke kans?"
    supposes: the parents who come stay, and the answer says what happens without them (seed
    000 "Als de ouders niet meekomen"; panel 82, h1: "Ik heb de ouders weggelaten")."""
    chat = Chat(today=TODAY)
    chat.say("hallo, ik ben maatschappelijk werker en heb een vraag over een cliënt van mij")
    chat.say("zijn [ouders](relationship:parent) en zijn 3 [zusjes](relationship:sibling) van "
             "[6](age), [9](age) en [12](age). hij is zelf [15](age), kwam alleen naar belgie")  # fmt: skip
    chat.say("[erkend vluchteling](sponsor_status:refugee) sinds [1 oktober dit jaar]"
             "(recognition_date:2026-10-01)")  # fmt: skip
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "ik bedoel: humanitair visum voor de 3 [zusjes](relationship:sibling) zonder de "
        "[ouders](relationship:parent) erbij. welke kans?",
        intent="ask_humanitarian_visa",
    )
    assert "weggelaten" not in reply and "Als de ouders niet meekomen" in reply, reply
    assert [p["relationship"] for p in chat.people].count("parent") == 2, chat.transcript()


def test_mijn_vrouw_komma_30_jaar__her_age():
    """ "... amina, mijn tweede vrouw, 30 jaar": a partner's age right after her, set off by a
    comma, is hers (panel 82, h3)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee). er is amina, [mijn vrouw]"
             "(relationship:spouse), [30](age) jaar. ze woont in mogadishu")  # fmt: skip
    assert chat.person("spouse")["age"] == 30, chat.transcript()


def test_er_is_ook_amina_mijn_tweede_vrouw__a_second_wife_the_first_unchanged():
    """ "er is ook amina, mijn tweede vrouw, 30 jaar, religieus getrouwd" after the first
    wife's official marriage: a second wife of 30, religiously married; the first stays 35 and
    officially married (panel 82, h3: the first wife's marriage made religious)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds maart 2026. "
             "[mijn vrouw](relationship:spouse) fadumo is [35](age), we zijn officieel "
             "getrouwd in 2012 in mogadishu")  # fmt: skip
    chat.say("er is ook amina, [mijn tweede vrouw](relationship:spouse), [30](age) jaar, "
             "religieus getrouwd")  # fmt: skip
    first, second = chat.person("spouse"), chat.person("spouse", 1)
    assert (first["age"], first["facts"].get("marriage")) == (35, "official"), chat.transcript()
    assert (second["age"], second["facts"].get("marriage")) == (30, "religious_or_customary")


def test_mijn_oudste_wordt_18_in_maart__apply_before_that_birthday():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." After the answer, "mijn
    oudste wordt 18 in maart" hears that the request goes in before that birthday (panel 82,
    g2: no answer, only "Heb je nog een vraag?")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [augustus 2026]"
             "(recognition_date:2026-08-01). [mijn man](relationship:spouse) is [40](age) en "
             "[2 kinderen](relationship:child) van [17](age) en [4](age) zitten in een kamp. "
             "we zijn officieel getrouwd")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    reply = chat.say("mijn oudste wordt 18 in maart")
    assert "dien de aanvraag in vóór je kind van 17 jaar 18 wordt" in reply, chat.transcript()
