"""Findings of panel round 109 (stop 44: sets Q and R new, M and N a second time), each named
by the user's words or the seed sentence."""

from dialogue.side import _meetings_told
from samen_rasa.nlu.folding import fold
from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import TODAY


def test_20_dagen_30_dagen_12_dagen__the_three_meetings_together():
    """Seed 001: "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt
    ontmoet en dat deze ontmoetingen minstens 45 dagen duurden"; three meetings told with their
    own days (panel 109, m3: "samen ongeveer 20 dagen. Dat is nog niet genoeg")."""
    told = ("we zagen elkaar 3 keer. Rahul bij mij in Pune (20 dagen), ik in België met Schengen "
            "visa (30 dagen), samen in Goa (12 dagen). Is dat genoeg? Moet elke ontmoeting 45 "
            "dagen zijn of in totaal?")  # fmt: skip
    assert _meetings_told(fold(told)) == (3, 62)


def test_3_ontmoetingen_van_samen_45_dagen_moeten_wij_dat_ook__the_rule_quoted_no_meetings():
    """ "Moet elke bezoek 45 dagen zijn?", "3 ontmoetingen van samen 45 dagen. Moeten wij dat
    ook?" (panel 108, m3, and 109, r2: "Jullie zagen elkaar 3 keer, samen ongeveer 45 dagen")."""
    for asked in (
        "We hebben elkaar 3 keer gezien sinds ik terug ben in India. Moet elke bezoek 45 dagen "
        "zijn?",
        "of 2 jaar kennen en 3 ontmoetingen van samen 45 dagen. Moeten wij dat ook?",
    ):
        assert _meetings_told(fold(asked)) is None, asked
    assert _meetings_told(fold("we zagen elkaar 3 keer, telkens 3 weken")) == (3, 63)


def test_ik_ben_lesgeefster_nt2_en_help_een_cursist__his_status_not_hers():
    """ "ik ben lesgeefster NT2 in Leuven en help een cursist uit Pakistan", then "ik zelf ben
    Belg hoor, maar het gaat niet over mij... Bij hem is het asiel nog bezig" (panel 109, q5:
    "Wat is jouw verblijfsstatus in België?", then "Jij: Belg")."""
    chat = Chat(consent=False, today=TODAY)
    notice = chat.say("Goeiedag, ik ben lesgeefster NT2 in Leuven en help een cursist uit "
                      "Pakistan, Salman. Zijn [vrouw](relationship:spouse) en twee kindjes "
                      "worden bedreigd in Lahore", intent="check_eligibility")  # fmt: skip
    assert "van je cliënt" in notice, notice
    chat.say("akkoord", intent="affirm")
    chat.say("Allez, ik zelf ben [Belg](sponsor_status:belgian) hoor, maar het gaat niet over "
             "mij... het gaat over mijn cursist Salman. Bij hem is het asiel nog bezig.")  # fmt: skip
    assert chat.state["writer"] == "helper", chat.transcript()
    assert chat.sponsor.get("status") == "asylum_seeker", chat.transcript()


def test_hij_wil_haar_uithuwelijken_aan_een_neef__no_cousin_who_comes():
    """ "haar vader verbiedt het ... hij wil haar uithuwelijken aan een neef" (panel 109, r1:
    "Je neef: wil naar België komen", kept after a correction)."""
    from dialogue.reading import read
    from tests.dialogue.chat import parse

    reading = read(parse("ja haar vader verbiedt het, hij wil haar uithuwelijken aan een "
                         "[neef](relationship:other_relative). daarom zit ze nu bij haar tante"))  # fmt: skip
    assert all(m.word != "neef" for m in reading.mentions), reading.mentions


def test_tantes_willen_hawa_laten_besnijden_oma_verstopt_haar__no_one_added_after_the_answer():
    """Seed 000: what strengthens a humanitarian request is told of the one who comes; the
    aunts who threaten her and the grandmother who hides her are no applicants (panel 109, q2:
    "Het familielid van je cliënt: wil naar België komen", "De oma van je cliënt: wil naar
    België komen")."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2025]"
        "(recognition_date:2025-10-02). mijn [dochter](relationship:child) Hawa van [8](age) "
        "woont in Sierra Leone",
        {"sponsor.age": "[34](age)"},
    )
    before = len(chat.people)
    chat.say("Ander punt, dringend: [tantes](relationship:other_relative) langs vaderskant "
             "willen Hawa laten besnijden in de kerstvakantie. [Oma](relationship:grandparent) "
             "verstopt haar soms. Bestaat er een snellere weg?")  # fmt: skip
    chat.say("In nov 2026 kreeg oma een laattijdige geboorteakte obv een affidavit van "
             "[oma](relationship:grandparent). Is dat goed genoeg?")  # fmt: skip
    assert len(chat.people) == before, chat.transcript()
    reply = chat.say("kan [oma](relationship:grandparent) ook mee komen?")
    assert len(chat.people) == before + 1, chat.transcript()
    assert reply


def test_kinderen_zijn_3_and_sinds_hij_2_is__no_child_of_3_no_stepchild_of_2():
    """ "kinderen zijn 3: yousef 17, lina 9, adam 14", "ik zorg voor hem sinds hij 2 is", "ik
    heb hem opgevoed van 2 jaar" (panels 108 and 109, m1: "Bestond de band met je kind van 3
    jaar al ...?", "Je stiefkind: 2 jaar")."""
    from dialogue.reading import read
    from tests.dialogue.chat import parse

    def ages(markup: str) -> list[int]:
        reading = read(parse(markup))
        return sorted(a.years for a in reading.loose_ages + [a for m in reading.mentions
                                                              for a in m.ages])  # fmt: skip

    assert ages("kinderen zijn [3](age): yousef [17](age), lina [9](age), adam [14](age)") == [
        9, 14, 17,
    ]  # fmt: skip
    assert ages("ik zorg voor hem sinds hij [2](age) is maar niet geadopteerd") == []
    assert ages("ik heb hem opgevoed van [2](age) jaar. kan adam ook komen?") == []
    assert ages("mijn [zoon](relationship:child) is [2](age)") == [2]


def test_de_zus_van_mijn_vrouw_zij_is_dood__the_sister_died_not_the_wife():
    """ "Olivier is de zoon van de zus van mijn vrouw, zij is dood in 2020" (panel 109, q1:
    "Wat erg van je vrouw", the living wife left out)."""
    from dialogue.reading import read
    from tests.dialogue.chat import parse

    reading = read(parse("Olivier is de zoon van de [zus](relationship:sibling) van mijn "
                         "[vrouw](relationship:spouse), zij is dood in 2020."))  # fmt: skip
    told = [(m.word, m.context) for m in reading.mentions if m.word in ("zus", "vrouw")]
    assert told == [("zus", "deceased"), ("vrouw", None)]
    reading = read(parse("mijn [vrouw](relationship:spouse), zij is dood in 2020."))
    assert reading.mentions[0].context == "deceased"


def _rana() -> Chat:
    """A mother with subsidiary protection, married for twenty years, her husband and
    children in Gaza."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection). mijn "
             "[man](relationship:spouse) is [48](age), officieel getrouwd.")  # fmt: skip
    return chat


def test_brief_kwam_16_12_vorig_jaar__the_letters_day_told_as_such():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning ... door het Commissariaat-
    generaal"; "brief kwam 16/12 vorig jaar" is the letter's day, a few days after the
    decision's (panel 109, m1: "dien de aanvraag uiterlijk op 16 december 2026 in")."""
    chat = _rana()
    chat.say("brief kwam [16/12 vorig jaar](recognition_date:2025-12-16)")
    assert chat.state["approximate_date"] == "letter", chat.transcript()
    early = chat.press("/ask_deadline")
    assert "uiterlijk op 16 december" not in early and "ergens in december 2026" in early, early
    chat.answer_plainly({"sponsor.recognition_date": "weet ik niet", "sponsor.age": "[44](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.press("/ask_deadline")
    assert "de dag dat de brief aankwam" in reply and "16 december 2026" in reply, reply
    assert "uiterlijk op 16 december" not in reply, reply


def test_ik_kwam_alleen_in_belgie__a_wife_is_no_unaccompanied_minor():
    """ "ja natuurlijk, 20 jaar getrouwd. ik kwam alleen in belgie jan 2024" (panel 109, m1:
    "Jij: subsidiair beschermd, ..., alleen gekomen")."""
    chat = _rana()
    chat.say("ja natuurlijk, 20 jaar getrouwd. ik kwam alleen in belgie jan 2024")
    assert chat.sponsor.get("unaccompanied_minor") is None, chat.transcript()


def test_mijn_zus_zij_kan_ons_moeder_echt_ni_opvangen__the_sister_and_her_children_stay():
    """Seed 000: "dat er geen andere gezinsleden de zorg ... kunnen opnemen"; "Mijn zus Lusine
    woont in Krasnodar, maar haar man zit aan de dialyse en ze heeft 3 kinderen, zij kan ons
    moeder echt ni opvangen" (panel 109, n2: "Hoe oud is je eerste kind?", "Je zus: wil naar
    België komen")."""
    from dialogue.reading import read
    from tests.dialogue.chat import parse

    reading = read(parse("Mijn [zus](relationship:sibling) Lusine woont in Krasnodar in Rusland, "
                         "maar haar [man](relationship:spouse) zit aan de dialyse en ze heeft 3 "
                         "[kinderen](relationship:child), zij kan ons [moeder](relationship:parent)"
                         " echt ni opvangen. Hoe bewijs ik dat allemaal?"))  # fmt: skip
    coming = [m.word for m in reading.mentions if m.context is None]
    assert coming == ["moeder"], reading.mentions
    mine = read(parse("mijn [dochter](relationship:child) wil komen. mijn vrouw werkt veel en "
                      "moet ook nog voor haar vader zorgen, ze kan niet helpen"))  # fmt: skip
    assert mine.mentions[0].context is None


def test_mijn_man_then_mijn_partner_we_zijn_niet_getrouwd__one_partner_in_belgium():
    """Seed 000: "DVZ erkent in dat geval een 'feitelijke relatie'"; the partner abroad who
    writes "Mijn man woont in Mechelen", then "mijn partner Rahul is 31. En 'getrouwd' is niet
    correct ... geen huwelijk" (panel 109, m3: "Je partner: 31 jaar" beside "Je man", and
    "Jij: religieus of traditioneel getrouwd" to the end)."""
    chat = Chat(today=TODAY)
    chat.say("Mijn [man](relationship:spouse) woont in Mechelen, hij heeft een [A-kaart]"
             "(sponsor_status:third_country_national) voor werk. Ik ben in India. Hoe kan ik "
             "bij hem komen wonen?")  # fmt: skip
    chat.say("een ceremonie in Goa met een Hindu priester", intent="inform")
    chat.press('/inform{"marriage_type":"religious_or_customary"}')
    chat.say("Nee: mijn [partner](relationship:partner) Rahul is [31](age). En 'getrouwd' is "
             "niet correct, het was een ceremonie zonder juridische waarde, geen huwelijk.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert chat.people[0].get("self") and chat.sponsor.get("age") == 31, chat.transcript()
    assert chat.people[0]["facts"].get("marriage") is None, chat.transcript()
