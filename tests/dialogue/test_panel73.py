"""Findings of panel round 73 (stop 38), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _amina() -> Chat:
    """A social worker's client of 16, born 3 February 2010; her mother and sister come, her
    father stays (panel 73, g1)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker bij het CAW en schrijf voor een cliënte. Amina is "
        "[16](age) (geboren 3 februari 2010), komt uit [Guinee](country:Guinee) en is alleen "
        "naar België gekomen. Ze is [erkend vluchteling](sponsor_status:refugee) sinds "
        "[10 september 2026](recognition_date:2026-09-10). [Haar mama](relationship:parent) "
        "Mariama ([40](age)) en [haar zusje](relationship:sibling) Fanta ([8](age)) willen naar "
        "hier komen. Kan de [mama](relationship:parent) komen zonder de [papa]"
        "(relationship:parent)? Hij is ziek en blijft in Guinee bij zijn eigen moeder."
    )
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee, gewoon haar zus"})
    return chat


def test_kan_de_mama_komen_zonder_de_papa__no_father_added():
    """ "Kan de mama komen zonder de papa?" never makes the father one who comes (panel 73,
    g1: "De papa van je cliënt: wil naar België komen")."""
    chat = _amina()
    assert [p["word"] for p in chat.people if p["relationship"] == "parent"] == ["mama"], (
        chat.transcript()
    )


def test_geboren_3_februari_2010__the_last_day_for_the_parents():
    """Seed 001 "op voorwaarde dat de NBMV jonger is dan achttien jaar": her birth date told
    with her age gives the day (panel 73, g1: "vóór je cliënt 18 wordt" with no day, twice)."""
    chat = _amina()
    assert chat.sponsor.get("majority_date") == "2028-02-03", chat.transcript()
    assert "2 februari 2028" in chat.transcript(), chat.transcript()


def test_moet_de_mama_een_inkomen_hebben__no_consent_answer():
    """ "Moet de mama een inkomen of een woning hebben?" asks no consent of the father."""
    reply = _amina().say(
        "Moet de [mama](relationship:parent) een inkomen of een woning hebben? Of moet Amina "
        "dat bewijzen?",
        intent="ask_housing",
    )
    assert "toestemming" not in reply, reply


def _hassan() -> Chat:
    """Subsidiary protection since 2024, arrived in 2018, married before an imam in 2019 while
    his brother stood in for him (panel 73, g2)."""
    chat = Chat(today=TODAY)
    chat.say("salam, ik wil [mijn vrouw](relationship:spouse) naar belgie brengen")
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[15 januari 2024](recognition_date:2024-01-15). ben hier sinds 2018, ik kom uit irak"
    )
    chat.say("zij is [33](age) jaar, ik ben [40](age:sponsor). zij woont in irak nog")
    chat.say(
        "wij zijn getrouwd bij de [imam](marriage_type:religious_or_customary) in 2019, ik was al"
        " in belgie, [mijn broer](relationship:sibling) was daar in mijn plaats. niet "
        "geregistreerd bij de staat in irak."
    )
    chat.answer_plainly({})
    return chat


def test_mijn_broer_was_daar_in_mijn_plaats__no_brother_and_the_bond_after_arrival():
    """The proxy brother is no applicant, and "ik was al in belgie" tells a marriage after the
    arrival (seed 003: the 12 months need the bond "vóór zijn aankomst"; panel 73, g2: "Je broer:
    wil naar België komen", then "de laatste dag was 15 januari 2025")."""
    chat = _hassan()
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    spouse = chat.person("spouse")
    assert spouse["facts"].get("relationship_predates_arrival") is False, chat.transcript()
    reply = chat.say("/ask_deadline", intent="ask_deadline")
    assert "15 januari 2025" not in reply, reply


def test_getrouwd_na_mijn_aankomst_maakt_dat_verschil():
    """ "maar wij zijn getrouwd in 2019, na dat ik in belgie kwam (2018). maakt dat verschil?"
    (panel 73, g2: "Hebben jullie samen kinderen?")."""
    chat = _hassan()
    reply = chat.say(
        "maar wij zijn getrouwd in 2019, na dat ik in belgie kwam (2018). maakt dat verschil?",
        intent="check_eligibility",
    )
    assert "pas na je aankomst" in reply and "12 maanden" in reply, reply
    assert "samen kinderen" not in reply


def _ahmed() -> Chat:
    """A refugee who writes English; his wife (married before) and daughter born after his
    arrival; his mother (panel 73, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "hello, I want bring [mijn vrouw](relationship:spouse) and [my daughter]"
        "(relationship:child) to belgium. I am [refugee](sponsor_status:refugee)"
    )
    chat.say(
        "she is [25](age). we married official in Khartoum 2021, before I leave Sudan. now she "
        "is in Cairo with our daughter Sara, she is born january 2025"
    )
    return chat


def test_i_am_the_father__no_father_added():
    """ "I am the father" of his daughter (panel 73, g3: "Is je vader op hoge leeftijd?")."""
    chat = _ahmed()
    chat.say(
        "yes we were married before. but Sara is born after I left, in Cairo. I am the "
        "[father](relationship:parent). is that a problem?"
    )
    assert "parent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_my_mother_what_can_she_do__what_strengthens_her_request():
    """Seed 000 "Ouder met hoge leeftijd ... Je kan wel een aanvraag voor een humanitair visum
    indienen": asked in English (panel 73, g3: "geen antwoord")."""
    chat = _ahmed()
    chat.say("[my mother](relationship:parent) Fatima, [58](age), she live in Cairo too")
    chat.answer_plainly(
        {
            "sponsor.recognition_date": "[3 march 2026](recognition_date:2026-03-03)",
            "sponsor.age": "[29](age:sponsor)",
        }
    )
    chat.say("ja", intent="affirm")
    reply = chat.say("and my mother Fatima, what can she do? what she need to show?")
    assert "geen antwoord" not in reply and "sterker" in reply, reply


def _mei() -> Chat:
    """A PhD student with a temporary stay; his wife in Shanghai (panel 73, g5)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben doctoraatsstudent in België met een [A-kaart](sponsor_status:temporary_stay). "
        "[mijn vrouw](relationship:spouse) Mei is [30](age), we zijn "
        "[officieel](marriage_type:official) getrouwd in 2020"
    )
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    return chat


def test_welke_documenten_en_hoe_lang_duurt_het__both():
    """ "welke documenten heeft Mei nodig? en hoe lang duurt het?" (panel 73, g5: the
    processing time only)."""
    reply = _mei().say(
        "welke documenten heeft Mei nodig? en hoe lang duurt het?", intent="ask_processing_time"
    )
    assert "jaar of langer" in reply and "Documenten voor je vrouw" in reply, reply


def test_hoeveel_kost_het_en_naar_welke_ambassade__both():
    """ "hoeveel kost het? en moet Mei naar de ambassade in Shanghai of Beijing?" (panel 73,
    g5: the fee only)."""
    reply = _mei().say(
        "ok. en hoeveel kost het? en moet Mei naar de ambassade in Shanghai of Beijing?",
        intent="ask_costs",
    )
    assert "bijdrage" in reply and "ambassade of het consulaat" in reply, reply


def _lucas() -> Chat:
    chat = Chat(today=TODAY)
    chat.say(
        "de mama van mijn vrouw, Rosa, en de [zoon](relationship:child) van mijn vrouw Mateo. "
        "ik ben spanjaard, werk in brussel, [EU](sponsor_status:eu_citizen). [mijn vrouw]"
        "(relationship:spouse) Valeria is argentijnse en woont al bij mij hier"
    )
    chat.say("[mijn schoonmoeder](relationship:other_relative) Rosa en [mijn stiefzoon]"
             "(relationship:stepchild) Mateo")  # fmt: skip
    chat.answer_plainly({"applicant.age": "[15](age)"})
    return chat


def test_valeria_heeft_de_voogdij__no_adoption_route_for_the_mother_in_law():
    """Seed 000's foreign guardianship or adoption is for a child; "Valeria heeft de voogdij
    denk ik" of the stepson is his mother's custody (panel 73, h2: "Dan heeft je schoonmoeder
    recht op gezinshereniging als kind", twice)."""
    chat = _lucas()
    chat.say("rosa is [60](age)")
    reply = chat.say(
        "y Mateo? zijn [papa](relationship:parent) is niet in beeld, Valeria heeft de voogdij "
        "denk ik. wat zijn de voorwaarden voor hem?",
        intent="ask_conditions",
    )
    assert "schoonmoeder in aanmerking voor gezinshereniging als kind" not in reply, reply


def _dawit() -> Chat:
    """Subsidiary protection since 1 August 2026; his partner and their son in Addis (panel
    73, h4)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[1 augustus 2026](recognition_date:2026-08-01). [mijn vriendin](relationship:partner) "
        "Hiwot ([33](age)) en [onze zoon](relationship:child) Abel ([6](age)) zijn in Addis. we "
        "zijn niet getrouwd"
    )
    chat.answer_plainly({"sponsor.age": "ik ben [36](age:sponsor)"})
    chat.say("ja", intent="affirm")
    return chat


def test_we_zijn_niet_getrouwd_is_dat_een_probleem():
    """Seed 001: "Uw feitelijke partner zal zich slechts ... kunnen herenigen ... via ...
    (humanitair visum) of via een visum met het oog op een huwelijk of een wettelijke
    samenwoning" (panel 73, h4: "geen antwoord")."""
    reply = _dawit().say(
        "we zijn niet getrouwd, is dat een groot probleem? we woonden 4 jaar samen in addis"
    )
    assert "geen recht op gezinshereniging" in reply and "registreren" in reply, reply


def test_waar_registreren_hier_in_belgie_of_in_ethiopie():
    """Seed 001: "bij het gemeentebestuur in België of bij de bevoegde buitenlandse instantie"
    (panel 73, h4: "geen antwoord", three times)."""
    chat = _dawit()
    reply = chat.say("ok en waar moeten we dat registreren? zij is in addis en ik hier")
    assert "gemeentebestuur in België" in reply, reply
    again = chat.say("bij de gemeente in belgie of in ethiopie?")
    assert "geen antwoord" not in again, again


def test_als_we_registreren_moet_zij_dan_nog_betalen():
    """Seed 002: "de echtgenoot, de gelijkgestelde of wettelijke partner ... betalen geen
    retributie" (panel 73, h4: "voor je vriendin is er een bijdrage" only)."""
    reply = _dawit().say(
        "en als we wel wettelijk samenwonen registreren, moet hiwot dan nog betalen?",
        intent="ask_costs",
    )
    assert "geregistreerd partnerschap" in reply and "geen bijdrage" in reply, reply


def _grace() -> Chat:
    """A Cameroonian with an unlimited stay; her son of 12 and daughter of 19 live with their
    father (panel 73, h5)."""
    chat = Chat(today=TODAY)
    chat.say("Dag, ik heb een vraag over [mijn kinderen](relationship:child)")
    chat.say(
        "ik heb een verblijf van onbeperkte duur, ik ben geen vluchteling. ik kom uit kameroen"
    )
    return chat


def test_ik_ben_geen_vluchteling__no_refugee_status():
    """ "ik heb een verblijf van onbeperkte duur, ik ben geen vluchteling" (panel 73, h5: the
    refugee's status date asked)."""
    chat = _grace()
    assert chat.sponsor.get("status") == "third_country_national", chat.transcript()


def _grace_answered() -> Chat:
    """Her son of 12 and daughter of 19 live with their father; answered (panel 73, h5)."""
    chat = _grace()
    chat.say(
        "Paul is [12](age) en Esther is [19](age). ze wonen in Yaoundé bij hun [papa]"
        "(relationship:parent), mijn ex-man"
    )
    chat.answer_plainly(
        {"applicant.custody": "[samen](custody:shared)", "applicant.disabled": "nee"}
    )
    chat.say("ja", intent="affirm")
    return chat


def test_esther_woont_bij_haar_papa__anders_helemaal_alleen_not_met():
    """Seed 000: "kans op slagen als je aantoont dat je ... anders helemaal alleen en
    geïsoleerd achterblijft" (panel 73, h5: "kans redelijk" for a daughter of 19 living with
    her father)."""
    chat = _grace_answered()
    assert "kans zeer klein" in chat.transcript(), chat.transcript()
    assert "kans redelijk" not in chat.transcript()


def test_fanta_heeft_geen_paspoort_de_mama_wel__the_sisters_passport():
    """ "welke documenten heeft Fanta nodig? Ze heeft geen paspoort, de mama wel": the sister's
    passport line, not the mother's (seed 002 "de afwezigheid van een reisdocument geen
    onoverkomelijk obstakel"; panel 73, g1: P)."""
    chat = _amina()
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say(
        "Andere vraag: welke documenten heeft Fanta nodig? Ze heeft geen paspoort, de "
        "[mama](relationship:parent) wel.",
        intent="ask_travel_document",
    )
    assert "paspoort van het zusje" in reply and "paspoort van de mama" not in reply, reply


def _martine() -> Chat:
    """A Belgian grandmother with a Cameroonian court's guardianship (panel 73, g4)."""
    chat = Chat(today=TODAY)
    chat.say("Ik wil [mijn kleinzoon](relationship:grandchild) laten komen bij mij in België")
    chat.say(
        "ik ben [belg](sponsor_status:belgian), ik woon in Charleroi. Mijn zoon is gestorven in "
        "2024 in [Kameroen](country:Kameroen) en zijn vrouw ook. Hun zoon Junior is [14](age) "
        "jaar"
    )
    chat.say("[14](age) jaar")  # asked again, as in the panel
    return chat


def test_ik_heb_de_voogdij_la_tutelle__the_custody_told():
    """ "ik heb de voogdij, la tutelle, van een rechtbank in Kameroen" to the custody question
    (seed 004 "het recht van bewaring"; panel 73, g4: "Sorry, dat begreep ik niet")."""
    chat = _martine()
    assert chat.question == "applicant.custody", chat.transcript()
    reply = chat.say(
        "ik heb de voogdij, la tutelle, van een rechtbank in [Kameroen](country:Kameroen), in "
        "2025. telt dat?"
    )
    assert chat.person("grandchild")["facts"].get("custody") == "sole", chat.transcript()
    assert "begreep ik niet" not in reply


def test_de_tutelle_uit_kameroen_telt_dat__the_guardianship_not_the_income():
    """ "Ik heb de tutelle van de rechtbank in Kameroen uit 2025. Telt dat in België?" (panel
    73, g4: the kinds of income)."""
    chat = _martine()
    chat.say("ik heb de voogdij van een rechtbank in [Kameroen](country:Kameroen)")
    chat.answer_plainly({})
    chat.say("ja", intent="affirm")
    reply = chat.say(
        "Ik heb de tutelle van de rechtbank in [Kameroen](country:Kameroen) uit 2025. Telt dat "
        "in België? Moet dat nog door een Belgische rechtbank?",
        intent="ask_means_of_subsistence",
        confidence=0.28,
    )
    assert "voogdij" in reply and "inkomen" not in reply, reply
