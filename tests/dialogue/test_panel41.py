"""Findings of panel round 41 (stop 30), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel40 import ABDI, _two_wives

ZAINAB = (
    "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [2 september"
    " 2026](recognition_date:2026-09-02), ik ben [34](age:sponsor). [mijn man](relationship:spouse)"
    " karim is [38](age), officieel getrouwd in 2008. [onze kinderen](relationship:child) zijn"
    " [5](age), [12](age) en [17](age), ali wordt 18 op 3 februari 2027"
)


def test_de_andere_familieleden_moeten_een_retributie_betalen__the_second_wife():
    """Seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... van een
    vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend" and "De andere
    familieleden ... moeten een retributie betalen"; seed 001: "mag er maar één echtgenote naar
    België komen via gezinshereniging". "Kosten: er is geen bijdrage" was said for the whole
    family, the second wife included (panel 41, g1)."""
    chat = Chat()
    _two_wives(chat)
    reply = chat.answer_plainly({})
    assert "voor je vrouw van 26 jaar is er een bijdrage" in reply, reply
    assert "Je vrouw van 26 jaar: geen gezinshereniging (maar één echtgenote mag komen)" in reply


def test_slechts_uitzonderlijk_een_humanitair_visum__what_strengthens_the_second_wifes_file():
    """Seed 001: "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend" and
    "belangrijk om te bewijzen ... dat u in staat zal zijn om het familielid ten laste te nemen".
    "Dit maakt de aanvraag voor je vrouw van 28 jaar sterker:" was followed by nothing (panel
    41, g1)."""
    chat = Chat()
    _two_wives(chat)
    chat.answer_plainly({})
    reply = chat.say("en [mijn tweede vrouw](relationship:spouse), hoe gaat dat humanitair visum?",
                     "ask_humanitarian_visa")  # fmt: skip
    block = reply.split("voor je vrouw van 26 jaar sterker:")[-1]
    assert "sterker:" in reply and block.strip().startswith("-"), reply


def test_nee_mijn_vrouw_is_niet_2_answers_no_question_about_the_bond():
    """ "nee mijn vrouw is niet 2!! mijn tweede vrouw is 28", asked "Bestond de band met je
    kind van 9 jaar al vóór je naar België kwam?", made the bond begin after the arrival, so
    income, housing and insurance were to be proven for Hodan (panel 41, g1; seed 003: "wanneer
    de afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld")."""
    chat = Chat()
    chat.say(ABDI)
    chat.say(
        "[mijn 2 vrouwen](relationship:spouse) en [3 kinderen](relationship:child) zijn in somalie"
    )
    chat.say("[34](age)")
    chat.say("getrouwd bij imam, in 2010")
    chat.say("[28](age). ook bij imam getrouwd in 2019")
    chat.say("Hodan is [9](age), Yusuf [4](age), Amina [2](age)")
    assert "Bestond de band met je kind van 9 jaar" in chat.log[-1], chat.transcript()
    chat.say(
        "nee [mijn vrouw](relationship:spouse) is niet 2!! [mijn tweede vrouw]"
        "(relationship:spouse) is [28](age)"
    )
    assert all("relationship_predates_arrival" not in p["facts"] for p in chat.people
               if p["relationship"] == "child"), chat.transcript()  # fmt: skip


def test_nee_to_the_bond_question_is_still_a_no():
    """The other side: a plain "nee" answers the question."""
    chat = Chat()
    chat.say(ABDI)
    chat.say("[mijn zoon](relationship:child) is [9](age)")
    assert "Bestond de band" in chat.log[-1], chat.transcript()
    chat.say("nee", "deny")
    assert chat.person("child")["facts"].get("relationship_predates_arrival") is False


def test_paspoort_van_papa_is_weg__the_passport_not_the_father():
    """ "mijn ouders hebben niet alle papiren, paspoort van papa is weg" got "Wat erg van je
    ouders" and a father taken out of the case (panel 41, g2)."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober"
        " 2026](recognition_date:2026-10-01), alleen gekomen. [mijn ouders](relationship:parent)"
        " zijn in iran"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "[mijn ouders](relationship:parent) hebben niet alle papiren, paspoort van [papa]"
        "(relationship:parent) is weg. kunnen ze toch aanvragen",
        "ask_travel_document",
    )
    assert "Wat erg" not in reply, reply
    assert len([p for p in chat.people if p["relationship"] == "parent"]) == 2


def test_wanneer_de_leeftijdsvoorwaarden_niet_vervuld_zijn__als_het_voor_ali_niet_lukt():
    """Seed 000: "in tweede orde een humanitair visum te vragen ... wanneer de
    leeftijdsvoorwaarden niet vervuld zijn". "en als het voor Ali niet lukt voor 3 februari? wat
    dan" got the conditions of all four (about 147 lines); "als ali toch al 18 is" got "Is je
    kind van 5 jaar al 18" (panel 41, g4)."""
    chat = Chat()
    chat.say(ZAINAB)
    chat.answer_plainly({})
    reply = chat.say("en als het voor Ali niet lukt voor 3 februari? wat dan")
    assert "2 februari 2027" in reply and "Is je kind van 17 jaar al 18" in reply, reply
    assert "Voorwaarden voor" not in reply
    reply = chat.say("als ali toch al 18 is als ze aanvragen, kan hij dan humanitair visum vragen?")
    assert "Is je kind van 17 jaar al 18" in reply and "kind van 5 jaar al 18" not in reply, reply


def test_geen_enkel_ander_familielid__the_sisters_went_to_france_and_spain():
    """Seed 001: "bewijzen dat geen enkel ander familielid voor het betrokken familielid kan
    zorgen". "mijn zussen zijn naar frankrijk en spanje vertrokken dus ze is echt alleen nu" made
    two sisters applicants (panel 41, h2)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn mama](relationship:parent) is [70](age)"
    )
    chat.say(
        "ja, [mijn zussen](relationship:sibling) zijn naar frankrijk en spanje vertrokken dus ze is"
        " echt alleen nu"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_kan_hij_ook_meebetalen__the_brother_who_pays_is_no_applicant():
    """ "mijn broer woont in pakistan, hij is 30. kan hij ook meebetalen?" got the brother's
    own assessment (panel 41, h3; seed 001: "bewijzen dat uw familielid afhankelijk van u is")."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [maart 2023]"
        "(recognition_date:2023-03-01), ik ben [41](age:sponsor). [mijn moeder](relationship:parent)"
        " is [62](age), ze woont alleen in kabul"
    )
    chat.say(
        "[mijn broer](relationship:sibling) woont in pakistan, hij is [30](age). kan hij ook meebetalen?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_een_nieuwe_situatie_van_afhankelijkheid__en_dat_mijn_vader_gestorven_is():
    """Seed 000: "Er kan ook een 'nieuwe' situatie van afhankelijkheid ontstaan doordat jouw
    echtgeno(o)t(e) bijvoorbeeld recent overleden is." "en dat mijn vader gestorven is? helpt dat
    of niet", of the mother who applies, was never counted (panel 41, h3)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [maart 2023]"
        "(recognition_date:2023-03-01), ik ben [41](age:sponsor). [mijn moeder](relationship:parent)"
        " is [62](age), ze woont alleen in kabul en heeft hartproblemen"
    )
    chat.answer_plainly({})
    reply = chat.say("en dat [mijn vader](relationship:parent) gestorven is? helpt dat of niet")
    assert "Partner overleden" in reply, reply


def test_wij_sturen_elke_maand_geld_naar_de_oma__she_is_no_applicant():
    """ "wij sturen elke maand geld naar de oma" got "Is je oma op hoge leeftijd?" (panel 41,
    g5)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian). [de zoon van mijn vrouw](relationship:stepchild) is [15](age)"
    )
    chat.say(
        "Samira belt hem elke dag en wij sturen elke maand geld naar de [oma](relationship:grandparent)."
    )
    assert "grandparent" not in [p["relationship"] for p in chat.people], chat.transcript()


def test_een_persoonlijk_reisdocument__de_paspoorten_zijn_verlopen_not_how_long():
    """Seed 002: "Indien de aanvrager daadwerkelijk geen geldig reisdocument kan voorleggen kan
    hij zijn visumaanvraag indienen, maar hij moet zijn identiteit met andere bewijsmiddelen
    aantonen." "de paspoorten van de kinderen zijn verlopen. is dat een probleem? nieuwe
    aanvragen in irak duurt lang" got how long DVZ takes (panel 41, g4)."""
    chat = Chat()
    chat.say(ZAINAB)
    chat.answer_plainly({})
    reply = chat.say(
        "de paspoorten van de kinderen zijn verlopen. is dat een probleem? nieuwe aanvragen in"
        " irak duurt lang"
    )
    assert "geen onoverkomelijk" in reply and "behandeling" not in reply, reply


def test_dan_volstaat_een_schriftelijke_verklaring__is_een_brief_genoeg():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke beslissing,
    dan volstaat een schriftelijke verklaring van de andere ouder waarin hij toestemming geeft."
    "is een brief genoeg of moet hij naar een rechter of notaris?" got the custody condition
    again (panel 41, h1)."""
    from tests.dialogue.test_panel40 import MARIAMA

    chat = Chat()
    chat.say(MARIAMA, "check_eligibility")
    chat.say("ja ze zijn allebei geboren in guinee voor ik vluchtte")
    chat.say("nee, we zijn niet samen. hun papa woont in guinee")
    chat.say("wij samen, hun papa en ik")
    chat.answer_plainly({})
    reply = chat.say(
        "hun papa is akkoord. is een brief genoeg of moet hij naar een rechter of notaris?"
    )
    assert "schriftelijke verklaring van de andere ouder" in reply, reply
    assert "met een Belg" in reply  # seed 004 speaks of a Belgian's family: said so


OMAR = (
    "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [10 januari"
    " 2026](recognition_date:2026-01-10), ik ben [36](age:sponsor). [mijn vrouw](relationship:spouse)"
    " rasha is [31](age), officieel getrouwd in 2015, ze is zwanger. [onze zoon](relationship:child)"
    " khaled is [20](age), hij was 17 toen ik asiel vroeg in 2023"
)


def test_op_voorwaarde_dat_de_aanvraag_binnen_12_maanden__moeten_we_wachten_tot_die_geboren_is():
    """Seed 003: Khaled keeps his right "op voorwaarde dat de aanvraag voor gezinshereniging
    wordt ingediend binnen 12 maanden na de erkenning". "moeten we wachten tot die geboren is of
    kan mijn vrouw eerst komen?" got "Op die vraag vind ik geen antwoord" (panel 41, h4): the
    baby is due in March, the last day is 10 January 2027."""
    chat = Chat()
    chat.say(OMAR)
    chat.answer_plainly({})
    reply = chat.say("moeten we wachten tot die geboren is of kan mijn vrouw eerst komen?")
    assert "Wacht niet op de geboorte" in reply and "10 januari 2027" in reply, reply


def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__moet_alles_tegelijk():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn"; the exemptions hold for a
    request "binnen het jaar (12 maanden) na de erkenning". "moet alles tegelijk? of eerst ali
    en mijn man later" got "Op die vraag vind ik geen antwoord" (panel 41, g4): each one's last
    day."""
    chat = Chat()
    chat.say(ZAINAB)
    chat.answer_plainly({})
    reply = chat.say("moet alles tegelijk? of eerst ali en mijn man later")
    assert "2 februari 2027" in reply and "2 september 2027" in reply, reply


LUC = (
    "Dag, ik ben [Belg](sponsor_status:belgian) en [mijn vrouw](relationship:spouse) is"
    " Marokkaanse. [Haar zoon](relationship:stepchild) van [15](age) woont nog in Tanger bij zijn"
    " oma. Kan hij bij ons in Gent komen wonen?"
)


def test_een_kind_van_de_echtgenoot_van_de_belg__ze_woont_al_bij_mij_in_belgie():
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg ...". "44.
    Ze woont al bij mij in België, ze heeft een verblijfskaart", asked "Hoe oud is je vrouw?",
    kept her as an applicant; the custody button "Mijn partner en de andere ouder samen" typed
    added a partner who "wil naar België komen" (panel 41, g5: 7 messages of corrections)."""
    chat = Chat(consent=False)
    chat.say(LUC, "check_eligibility")
    chat.say("Akkoord", "affirm")
    assert "Hoe oud is je vrouw?" in chat.log[-1], chat.transcript()
    chat.say(
        "[44](age). Ze woont al bij mij in België, ze heeft een verblijfskaart. Wij zijn getrouwd."
    )
    assert [p["relationship"] for p in chat.people] == ["stepchild"], chat.transcript()
    chat.say("[Mijn partner](relationship:partner) en de andere ouder samen")
    assert [p["relationship"] for p in chat.people] == ["stepchild"], chat.transcript()
    reply = chat.answer_plainly({})
    assert "de zoon van je vrouw heeft recht op gezinshereniging" in reply, reply
    assert "Je partner" not in reply


def test_a_wife_who_is_still_abroad_stays_an_applicant():
    """The other side: "ze woont nog in casablanca" keeps the wife who comes."""
    chat = Chat(consent=False)
    chat.say(LUC, "check_eligibility")
    chat.say("Akkoord", "affirm")
    chat.say("[44](age). Ze woont nog in Casablanca, ze wil ook komen.")
    assert "spouse" in [p["relationship"] for p in chat.people], chat.transcript()


def _jawad_with_sisters(chat: Chat, sisters: str) -> str:
    chat.say(
        "ik ben [17](age:sponsor), [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober"
        " 2026](recognition_date:2026-10-01), alleen gekomen. [mijn ouders](relationship:parent)"
        " zijn in iran"
    )
    chat.answer_plainly({})
    return chat.say(
        f"en [mijn {sisters}](relationship:sibling) ook zahra [12](age) en mariam [20](age)"
    )


def test_wel_kan_je_een_humanitair_visum_indienen__mijn_zusen_ook_zahra_12_en_mariam_20():
    """Seed 000: "Wel kan je een aanvraag voor een humanitair visum indienen samen met de
    aanvraag tot gezinshereniging van je ouders." "mijn zusen ook zahra 12 en mariam 20" (a
    misspelt plural) was one sibling without a sex, "Over wie gaat 20 jaar?", and "zahra is mijn
    zus, meisje. niet broer" then took her out (panel 41, g2: gone from the summary)."""
    for sisters in ("zusen", "zussen"):
        chat = Chat()
        reply = _jawad_with_sisters(chat, sisters)
        siblings = [(p["word"], p["age"]) for p in chat.people if p["relationship"] == "sibling"]
        assert siblings == [("zus", 12), ("zus", 20)], chat.transcript()
        assert "Over wie" not in reply
        chat.say(
            "zahra is [mijn zus](relationship:sibling), meisje. niet [broer](relationship:sibling)"
        )
        assert len([p for p in chat.people if p["relationship"] == "sibling"]) == 2, (
            chat.transcript()
        )
