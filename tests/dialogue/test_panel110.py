"""Findings of panel round 110 (stop 44: sets Q and R a second time, M and N a third), each
named by the user's words or the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel98 import TODAY


def _volha() -> Chat:
    """A refugee recognised on 23 March 2026; her partner in Vilnius, their civil partnership
    registered in London in 2023."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben [erkend vluchteling](sponsor_status:refugee) sinds [23 maart 2026]"
             "(recognition_date:2026-03-23). Mijn [partner](relationship:partner) woont in "
             "Vilnius. Wij hebben een geregistreerd partnerschap, civil partnership in Londen.")  # fmt: skip
    chat.answer_plainly({"applicant.age": "[29](age)", "sponsor.age": "[28](age)"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_ons_partnerschap_is_geregistreerd_in_londen_is_dit_gelijkgesteld__yes_as_a_marriage():
    """Seed 001: "Het partnerschap wordt gelijkgesteld met het huwelijk wanneer geregistreerd in
    een van de volgende landen: ... Verenigd Koninkrijk en Zweden" (panel 110, r2: "Voor een
    geregistreerd partnerschap telt samenwonen als bewijs van een stabiele relatie", and "Is
    dit gelijkgesteld met een huwelijk in België, ja of nee?" unanswered)."""
    chat = _volha()
    partner = chat.person("registered_partner")
    assert partner["facts"].get("partnership") == "equivalent_to_marriage", chat.transcript()
    for asked in (
        "Ons partnerschap is geregistreerd in Londen (UK). Is dit gelijkgesteld met een "
        "huwelijk in België, ja of nee?",
        "Moeten wij dat stabiele relatie echt bewijzen? Wij woonden samen in Londen 11 "
        "maanden, niet in het jaar voor de aanvraag. Telt dat samenwonen?",
    ):
        reply = chat.say(asked)
        assert "geldt het in België als een huwelijk" in reply, reply
        assert "samenwonen als bewijs" not in reply and "45 dagen" not in reply, reply


def test_dat_is_11_maanden_and_de_leeftijd_21_jaar__no_ages():
    """ "Wij woonden samen ... dat is 11 maanden", "gelden voor ons de leeftijd 21 jaar?"
    (panel 110, r2: "Over wie gaat 0 jaar?", "Over wie gaat 21 jaar?")."""
    for told in (
        "Wij woonden samen in Londen van september 2022 tot augustus 2023, dat is [11](age) "
        "maanden.",
        "gelden voor ons de leeftijd [21](age) jaar en de voorwaarde 'beiden ongehuwd'?",
    ):
        reading = read(parse(told))
        assert reading.loose_ages == [] and all(not m.ages for m in reading.mentions), told


def test_ze_is_spaanse_heeft_hier_een_e_kaart__an_eu_citizen():
    """ "ze is spaanse, heeft hier een E-kaart sinds 2022" (panels 109 and 110, n1: "Je mama:
    niet-EU-burger met verblijf in België, 41 jaar"); an E+ card is her family's."""
    reading = read(parse("ze is [spaanse](sponsor_status:eu_citizen), heeft hier een "
                         "[E-kaart](sponsor_status:third_country_national) sinds 2022"))  # fmt: skip
    assert reading.statuses == ["eu_citizen", "eu_citizen"]
    reading = read(parse("ze heeft een [E+ kaart](sponsor_status:third_country_national)"))
    assert reading.status == "third_country_national"


def _yassine() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("yo, ik ben [22](age:sponsor) en woon in tanger. mijn [ma](relationship:parent) is "
             "[belg](sponsor_status:belgian) en woont in borgerhout. hoe kan ik terug komen "
             "bij haar?")  # fmt: skip
    chat.say("ja ze stuurt mij geld elke maand sinds september, via western union")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_t_zijn_er_maar_3_is_da_genoeg_of_moeten_we_wachten__six_months_of_statements():
    """Seed 004: "bankuittreksels van de laatste 6 maanden voor je aanvraag gezinshereniging,
    waaruit blijkt dat de Belg ... geld overgemaakt hebben aan jou" (panel 110, n5: "Ja, dat
    kan nu al. Wachten hoeft niet.")."""
    chat = _yassine()
    reply = chat.say("maar da is via western union ni via de bank. en t zijn er maar 3. is da "
                     "genoeg of moeten we wachten?")  # fmt: skip
    assert "Wachten hoeft niet" not in reply, chat.transcript()
    assert "laatste 6 maanden" in reply, chat.transcript()


def test_mijn_oude_verblijfskaart_and_het_groeipakket_van_mijn_broertje__nothing_changed():
    """ "mijn oude verblijfskaart, ik had die tot 2021 als kind van mijn ma", "telt t
    groeipakket van mijn broertje bilal mee?" (panel 110, n5: "Je ma: niet-EU-burger met
    verblijf in België", "Hoe oud is je broertje?")."""
    chat = _yassine()
    chat.say("wacht ik ben 22, is da geen probleem? en mijn oude [verblijfskaart]"
             "(sponsor_status:third_country_national), ik had die tot 2021 als kind van mijn "
             "ma")  # fmt: skip
    assert chat.sponsor["status"] == "belgian", chat.transcript()
    chat.say("telt t groeipakket van mijn [broertje](relationship:sibling) bilal mee?",
             intent="ask_means_of_subsistence")  # fmt: skip
    assert len(chat.people) == 1, chat.transcript()


def test_bij_mijn_nonkel_moa_die_is_ziek__the_uncle_is_ill_not_the_boy():
    """Seed 000: "medische problemen" strengthen the request of the one who is ill; "claude is
    16 en zit in het kamp bij mijn nonkel, moa die is ziek" (panels 108 to 110, m4: "Ziek:
    toon de ziekte zo concreet mogelijk aan met medische documenten" of Claude)."""
    chat = Chat.confirmed(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [19 januari 2026]"
        "(recognition_date:2026-01-19). mijn [vrouw](relationship:spouse) is [20](age)",
        {"sponsor.age": "[27](age)"},
    )
    chat.say("andere vraag, mijn [broertje](relationship:sibling) claude is [16](age) en zit in "
             "het kamp nduta bij mijn [nonkel](relationship:other_relative), moa die is ziek. "
             "kan claude ook naar hier komen?")  # fmt: skip
    brother = chat.person("sibling")
    assert "ill" not in (brother.get("noted") or []), chat.transcript()


def test_stel_dat_hawa_alleen_komt__no_income_for_a_child_who_joins_alone():
    """Seed 003: "Anderzijds moet de gezinshereniger niet bewijzen dat hij over bestaansmiddelen
    beschikt indien de aanvrager zijn kind ... is, en dit kind bij hem komt wonen alvorens 18
    jaar te zijn en de enige is die zich bij de gezinshereniger komt voegen" (panel 110, q2:
    "Je cliënt moet stabiele, regelmatige en voldoende inkomsten hebben" after the 12 months)."""
    chat = Chat.confirmed(
        "ik ben maatschappelijk werker. mijn cliënte is [erkend vluchteling](sponsor_status:"
        "refugee) sinds [2 oktober 2025](recognition_date:2025-10-02). haar [dochter]"
        "(relationship:child) Hawa van [8](age) en haar [zoon](relationship:child) Alhaji van "
        "[19](age) willen komen, de papa is verdwenen",
        {"sponsor.age": "[31](age)"},
    )
    reply = chat.say("Stel dat Alhaji geen aanvraag doet en Hawa komt alleen. Moet "
                     "mevr. Kamara dan nog bestaansmiddelen bewijzen, ja of nee?",
                     intent="ask_means_of_subsistence")  # fmt: skip
    assert "enige" in reply or "alleen" in reply, chat.transcript()
    assert "moet stabiele, regelmatige en voldoende inkomsten hebben" not in reply, reply


def test_wij_zijn_niet_getrouwd_and_een_zoon_niet_van_jean_robert__no_right_for_either():
    """Seed 001: "feitelijke partners ... kunnen u niet in België komen vervoegen via
    gezinshereniging"; seed 000: the child of a partner in fact only has no right as a
    stepchild; "Wij zijn niet getrouwd. Geen huwelijk. Wij wonen samen zonder huwelijk, met
    onze dochter", then "Ik heb ook een zoon van 15 jaar, Kervens, hij is niet van
    Jean-Robert" (panel 110, q3: "Je zoon: recht op gezinshereniging", "Jij: hangt af van het
    huwelijk")."""
    chat = Chat(today=TODAY)
    chat.say("Mijn [man](relationship:spouse) Jean-Robert woont in België, hij heeft "
             "[subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [10 juni "
             "2026](recognition_date:2026-06-10). Ik ben in Santo Domingo met onze "
             "[dochter](relationship:child) van [3](age) jaar.")  # fmt: skip
    chat.say("Wij zijn niet getrouwd. Geen huwelijk. Wij wonen samen zonder huwelijk, met onze "
             "[dochter](relationship:child).")  # fmt: skip
    me = next(p for p in chat.people if p.get("self"))
    assert me["relationship"] == "partner", chat.transcript()
    chat.say("Ik heb ook een [zoon](relationship:child) van [15](age) jaar, Kervens, hij is niet "
             "van Jean-Robert. Kan hij ook mee?")  # fmt: skip
    assert chat.person("stepchild")["age"] == 15, chat.transcript()


def test_erkend_door_de_fca_of_bekrachtigd_door_een_belgische_rechtbank__no_spouses_article():
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank of indien de buitenlandse adoptie
    erkend wordt door de Federale Centrale Autoriteit (FCA)", with no article; seed 001 gives
    art. 10, §1, 4° for the spouse (panels 109 and 110, q4 and n4: "Bron: ... art. 10, §1,
    4°" beside the guardianship of a niece and the adoption of a nephew)."""
    from eligibility import messages as M

    entries = [
        M.ADVICE["adoption_get_recognition"],
        M.ADVICE["adoption_get_recognition@belgian"],
        M.DOCUMENTS["adoption_recognition"],
        M.CONDITIONS["legal_bond_recognised"],
    ]
    for message in entries:
        assert "4°" not in message.source and "FCA" not in message.source, message
        assert "buitenlandse adoptie of voogdij" in message.source, message


def test_een_gehandicapt_meerderjarig_kind_geldt_da_nie_voor_hem__a_brother_is_no_child():
    """Seed 001: "Het meerderjarig gehandicapt kind van u en/of uw echtgenoot/echtgenote of
    partner ... (art. 10 § 1, 6°)"; seed 000: "Je bent behoeftig op medisch vlak" for a
    sibling (panel 110, r5: "Een kind van 18 jaar of ouder telt als gehandicapt" told of a
    Belgian's disabled brother of 45)."""
    chat = Chat.confirmed(
        "ik ben [Belg](sponsor_status:belgian). mijn [broer](relationship:sibling) van [45](age) "
        "heeft een handicap en woont alleen in Vietnam",
        {"sponsor.age": "[52](age)"},
    )
    reply = chat.say("ik las da een gehandicapt meerderjarig kind wel mag komen? telt zijn "
                     "handicap als handicap?")  # fmt: skip
    assert "Een kind van 18 jaar of ouder telt als gehandicapt" not in reply, chat.transcript()
    assert "geldt alleen voor een kind van jou" in reply, chat.transcript()
