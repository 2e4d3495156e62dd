"""Findings of panel round 40 (stop 30), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

BELGIAN_DAUGHTER = "ik ben [belgische](sponsor_status:belgian), genaturaliseerd"
SYRIAN_MOTHER = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [10 juli 2026](recognition_date:2026-07-10)"
)


def _belgians_mother(chat: Chat) -> None:
    chat.say(
        "Dag, ik wil graag [mijn mama](relationship:parent) naar hier halen", "check_eligibility"
    )
    chat.say(BELGIAN_DAUGHTER)
    chat.say("[45](age)")


def test_een_geisoleerde_situatie_door_het_wegvallen_van_familieleden__the_sisters_moved_away():
    """Seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie door het
    wegvallen van familieleden kunnen een belangrijke rol spelen." "70 jaar, ze is weduwe en
    heeft diabetes. ze woont alleen in casablanca want mijn zussen zijn verhuisd", asked "Is je
    mama op hoge leeftijd?", gave "Over wie gaat 70 jaar?" and two sisters who "wil naar België
    komen" (panel 40, h5)."""
    chat = Chat()
    _belgians_mother(chat)
    chat.say(
        "[70](age) jaar, ze is weduwe en heeft diabetes. ze woont alleen in casablanca want"
        " [mijn zussen](relationship:sibling) zijn verhuisd"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    mother = chat.person("parent")
    assert mother["age"] == 70, chat.transcript()
    assert mother["facts"].get("medical_needs") and mother["facts"].get("isolated")
    reply = chat.answer_plainly({})
    assert "Ziek:" in reply and "Partner overleden:" in reply and "Alleen:" in reply, reply


def test_a_sister_who_wants_to_come_is_still_an_applicant():
    """The other side: "mijn zus wil ook komen" names an applicant."""
    chat = Chat()
    _belgians_mother(chat)
    chat.say("[mijn zus](relationship:sibling) wil ook komen, ze is [40](age)")
    assert {p["relationship"] for p in chat.people} == {"parent", "sibling"}, chat.transcript()


def test_wat_is_de_kans_echt_ze_is_70_en_ziek__what_she_told_and_how_it_helps():
    """ "wat is de kans echt? ze is 70 en ziek (diabetes) en papa is dood sinds vorig jaar" got
    only "De kans ... is klein" (panel 40, h5); seed 000: "Een hoge leeftijd, medische
    problemen en een geïsoleerde situatie ... kunnen een belangrijke rol spelen"."""
    chat = Chat()
    _belgians_mother(chat)
    chat.say("[70](age) jaar, ze is weduwe en heeft diabetes. ze woont alleen in casablanca")
    chat.answer_plainly({})
    reply = chat.say("wat is de kans echt? ze is 70 en ziek (diabetes)")
    assert "Je mama: humanitair visum" in reply and "Ziek:" in reply, reply


def test_als_ouder_heb_je_geen_recht_op_gezinshereniging__a_colleagues_claim():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig derdelands
    of meerderjarig Belgisch kind." "mijn collega zei dat belgen hun ouders wel mogen laten komen
    met gezinshereniging. klopt dat niet?" got the chance again (panel 40, h5)."""
    chat = Chat()
    _belgians_mother(chat)
    chat.say("[70](age) jaar, ze is weduwe en woont alleen")
    chat.answer_plainly({})
    reply = chat.say(
        "mijn collega zei dat belgen hun ouders wel mogen laten komen met gezinshereniging."
        " klopt dat niet?"
    )
    assert "geen recht op gezinshereniging" in reply, reply


def _rania(chat: Chat) -> None:
    chat.say(SYRIAN_MOTHER + ", ik ben [36](age:sponsor)")
    chat.say("[mijn man](relationship:spouse) samir is [40](age), officieel getrouwd in syrie")
    chat.say(
        "[mijn dochter](relationship:child) lina is [19](age). maar ze was 17 toen ik asiel"
        " vroeg hier in 2024"
    )
    chat.answer_plainly({})


def test_behoudt_zijn_recht_indien_het_meerderjarig_geworden_is__kan_lina_echt_mee():
    """Seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    aanvraag om internationale bescherming ... heeft ingediend, behoudt zijn recht op
    gezinshereniging indien het meerderjarig geworden is tijdens het onderzoek van deze aanvraag,
    op voorwaarde dat de aanvraag voor gezinshereniging wordt ingediend binnen 12 maanden na de
    erkenning." "dus lina kan ook echt mee? ze is toch al 19" got "Op die vraag vind ik geen
    antwoord" (panel 40, h1)."""
    chat = Chat()
    _rania(chat)
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say("dus lina kan ook echt mee? ze is toch al 19", "check_eligibility")
    assert "Je dochter: recht op gezinshereniging" in reply, reply
    assert "binnen 12 maanden na de erkenning" in reply, reply
    reply = chat.say(
        "ik bedoel [mijn dochter](relationship:child) is meerderjarig, heeft ze nog recht?",
        "check_eligibility",
    )
    assert "binnen 12 maanden na de erkenning" in reply, reply


def test_kan_hij_ook_mee_of_a_husband_with_a_right_gives_his_route_not_a_search():
    """The other side: "en samir, kan hij echt mee?" gives the husband's route."""
    chat = Chat()
    _rania(chat)
    reply = chat.say("en [mijn man](relationship:spouse), kan hij echt mee?", "check_eligibility")
    assert "Je man: recht op gezinshereniging" in reply, reply


MARIAMA = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 september 2025]"
    "(recognition_date:2025-09-01). [mijn 2 kinderen](relationship:child) zijn nog in conakry bij"
    " [mijn moeder](relationship:parent), aissatou [6](age) jaar en alpha [10](age) jaar."
    " kunnen ze nog komen?"
)


def test_indien_de_hoede_gedeeld_wordt_moet_de_andere_houder_instemmen__papa_lives_in_guinea():
    """Seed 003: "Indien de ouders van de aanvrager gescheiden zijn, moet de gezinshereniger ...
    over een hoederecht beschikken. Indien de hoede gedeeld wordt, moet de andere houder van het
    hoederecht met de gezinshereniging instemmen." Asked "Is je kind van 6 jaar een kind van jou
    en de andere ouder samen?", "ja van mij en hun papa. we zijn niet getrouwd. hij woont in
    guinee" made the custody "Vrijgesteld ... een kind van jou en je partner samen" (panel 40,
    h4)."""
    chat = Chat()
    chat.say(MARIAMA, "check_eligibility")
    chat.say("ja ze zijn allebei geboren in guinee voor ik vluchtte")
    assert "nog samen, als koppel?" in chat.log[-1], chat.transcript()
    reply = chat.say("ja van mij en hun papa. we zijn niet getrouwd. hij woont in guinee")
    assert "hoederecht" in reply, chat.transcript()
    chat.say("wij samen, hun papa en ik")
    assert all(p["facts"].get("custody") == "shared" for p in chat.people), chat.transcript()
    chat.answer_plainly({})
    reply = chat.say("wat moet hun papa tekenen?")
    assert "De toestemming van de andere ouder van je kind van 6 jaar" in reply, reply
    assert "partner" not in reply and "Hoeft niet bewezen" not in reply, reply


def test_the_couples_own_child_still_needs_no_custody_proof():
    """The other side: "ja, we zijn samen" to the same question keeps the custody exempt."""
    chat = Chat()
    chat.say(MARIAMA, "check_eligibility")
    chat.say("ja ze zijn allebei geboren in guinee voor ik vluchtte")
    chat.say("ja, we zijn samen", "affirm")
    assert chat.people[0]["facts"].get("common_child") is True, chat.transcript()
    assert chat.people[0]["facts"].get("custody") is None


def test_wij_hebben_samen_het_gezag_told_after_the_answer_holds_for_both_children():
    """ "hun papa is akkoord dat ze komen. wij hebben samen het gezag" after the answer: the
    custody of both children (it was taken for none and the waiver kept; panel 40, h4)."""
    chat = Chat()
    chat.say(MARIAMA, "check_eligibility")
    chat.answer_plainly({})
    chat.say("wij hebben samen het [gezag](custody:shared). wat moet hij tekenen?")
    assert [p["facts"].get("custody") for p in chat.people] == ["shared", "shared"], (
        chat.transcript()
    )


def test_mijn_man_of_vrouw_typed_is_one_spouse_and_the_wife_told_before_is_kept():
    """ "Ik ben getrouwd met een Thaise vrouw" before the consent was lost, the button's title
    "Mijn man of vrouw" typed made a husband, "Ik ben Belg, gepensioneerd. 67 jaar." asked
    "Over wie gaat 67 jaar?", then "Hoe oud is je man?" (panel 40, g4)."""
    chat = Chat(consent=False)
    chat.say(
        "Goedendag. Ik ben getrouwd met een Thaise [vrouw](relationship:spouse) en wil dat zij"
        " bij mij in België komt wonen. Kan dat?",
        "check_eligibility",
    )
    chat.say("Akkoord", "affirm")
    chat.say("[Mijn man](relationship:spouse) of [vrouw](relationship:spouse)")
    assert [(p["relationship"], p["word"]) for p in chat.people] == [("spouse", "vrouw")]
    reply = chat.say("Ik ben [Belg](sponsor_status:belgian), gepensioneerd. [67](age) jaar.")
    assert chat.sponsor.get("age") == 67, chat.transcript()
    assert "Hoe oud is je vrouw?" in reply and "Over wie" not in reply, reply


def test_mijn_vader_of_moeder_typed_is_one_parent():
    """The button "Mijn vader of moeder" typed: one parent, not a father and a mother."""
    chat = Chat()
    reply = chat.say("[Mijn vader](relationship:parent) of [moeder](relationship:parent)")
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "Sorry" not in reply


def test_mijn_vader_en_moeder_are_still_two_parents():
    """The other side: "mijn vader en moeder" names both parents."""
    chat = Chat()
    chat.say("[mijn vader](relationship:parent) en [moeder](relationship:parent)")
    assert [p["relationship"] for p in chat.people] == ["parent", "parent"], chat.transcript()


def test_mijn_man_of_vrouw_pressed_for_the_wife_told_before_is_no_miss():
    """ "hallo ik heb vraag over mijn vrouw", then "Mijn man of vrouw": "Sorry, dat begreep ik
    niet goed" (panel 40, h3)."""
    chat = Chat(consent=False)
    chat.say("hallo ik heb vraag over [mijn vrouw](relationship:spouse)", "greet")
    chat.say("Akkoord", "affirm")
    reply = chat.say("[Mijn man](relationship:spouse) of [vrouw](relationship:spouse)")
    assert "Sorry" not in reply and "verblijfsstatus" in reply, chat.transcript()
    assert [p["word"] for p in chat.people] == ["vrouw"]


ABDI = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 februari 2026]"
    "(recognition_date:2026-02-02), ik ben [39](age:sponsor)"
)


def _two_wives(chat: Chat) -> str:
    chat.say(ABDI)
    chat.say(
        "[mijn 2 vrouwen](relationship:spouse) en [3 kinderen](relationship:child) zijn in somalie"
    )
    chat.say("[34](age)")
    chat.say("getrouwd bij imam, in 2010. ik heb papier van dat huwelijk")
    chat.say("[26](age). ook bij imam getrouwd in 2019 maar daar heb ik geen papier van")
    return chat.say(
        "Hodan is [9](age), meisje. Yusuf jongen [4](age) jaar, zij zijn van [eerste vrouw]"
        "(relationship:spouse). Amina [2](age) jaar is van [mijn tweede vrouw](relationship:spouse)"
    )


def test_amina_2_jaar_is_van_mijn_tweede_vrouw__the_childs_age_not_the_wifes():
    """ "Hodan is 9, meisje. Yusuf jongen 4 jaar, zij zijn van eerste vrouw. Amina 2 jaar is van
    mijn tweede vrouw" gave "Je vrouw van 2 jaar" and "Over wie gaat 9, 4 jaar?" (panel 40,
    g1)."""
    chat = Chat()
    reply = _two_wives(chat)
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "child") == [2, 4, 9]
    assert sorted(p["age"] for p in chat.people if p["relationship"] == "spouse") == [26, 34]
    assert "Over wie" not in reply, chat.transcript()


def test_mag_er_maar_een_echtgenote_naar_belgie_komen__two_wives_married_by_an_imam():
    """Seed 001: "Het polygaam huwelijk wordt in België niet erkend. Indien u meerdere
    echtgenotes hebt, mag er maar één echtgenote naar België komen via gezinshereniging." Two
    wives married by an imam were both told "dien ook die aanvraag in als visum
    gezinshereniging ..., zonder bijdrage" (panel 40, g1)."""
    chat = Chat()
    _two_wives(chat)
    reply = chat.answer_plainly({})
    assert "Je vrouw van 26 jaar: geen gezinshereniging (maar één echtgenote mag komen)" in reply
    assert "Voor je vrouw van 34 jaar: dien ook die aanvraag in" in reply, reply
    assert "Voor je vrouw van 34 jaar en je vrouw van 26 jaar" not in reply
    assert "recht op gezinshereniging" in reply  # the children keep theirs (GwH 95/2008)


def test_one_wife_married_by_an_imam_keeps_the_soft_procedure():
    """The other side: one wife only, a religious marriage: the soft procedure of seed 000."""
    chat = Chat()
    chat.say(ABDI)
    chat.say("[mijn vrouw](relationship:spouse) is [34](age), getrouwd bij imam in 2010")
    chat.say("religieus", "inform")
    reply = chat.answer_plainly({})
    assert "aanvraag in als visum gezinshereniging" in reply, reply


def test_wettelijk_en_onafgebroken_samengewoond__not_just_12_months_together():
    """Seed 001: "ofwel dat u gedurende minstens 1 jaar, voorafgaand aan de aanvraag, wettelijk
    en onafgebroken in België of in het buitenland hebt samengewoond". "jullie woonden minstens
    12 maanden samen" fitted a couple who lived together informally until he fled (panel 40,
    g2)."""
    from eligibility import messages as M
    from eligibility.reader import Reader, Voice

    text = M.text(M.CONDITIONS["stable_relationship"], Voice(Reader(), "partner"))
    assert "wettelijk en zonder onderbreking" in text and "voor de aanvraag" in text, text


def test_het_gezinsleven_niet_verdergezet_kan_worden_in_het_herkomstland__telt_dat_mee():
    """Seed 000: "Ook het feit dat het gezinsleven enkel werd stopgezet door de gedwongen vlucht
    en dat het gezinsleven niet verdergezet kan worden in het herkomstland is van belang." "ik
    kan niet terug naar belarus, dan kunnen wij daar niet samen leven. telt dat mee?" got where
    to apply (panel 40, g2)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [20 september"
        " 2025](recognition_date:2025-09-20), ik ben [34](age:sponsor). [mijn vriendin]"
        "(relationship:partner) is [31](age), we wonen 3 jaar samen in minsk, niet getrouwd"
    )
    chat.answer_plainly({"applicant.common_child": "nee"})
    reply = chat.say(
        "ik kan niet terug naar belarus, dan kunnen wij daar niet samen leven. telt dat mee?"
    )
    assert "gedwongen vlucht" in reply and "ambassade" not in reply, reply


JAWAD = (
    "ik heb [vluchteling status](sponsor_status:refugee) sinds [1 oktober 2026]"
    "(recognition_date:2026-10-01). ik ben [17](age:sponsor) maar 28 december word ik 18."
    " ik ben alleen gekomen"
)


def _jawad(chat: Chat) -> None:
    chat.say("salam ik wil [mijn ouders](relationship:parent) naar belgie brengen")
    chat.say(JAWAD)
    chat.answer_plainly({})


def test_op_voorwaarde_dat_de_nbmv_jonger_is_dan_achttien_jaar__wat_gebeurt_als_ik_18_word():
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar". "wat gebeurt als ik
    18 word en ze zijn nog niet hier" (read as ask_privacy) got the privacy notice; "als ik 18
    ben kunnen mijn ouders dan nog komen?" got "geen antwoord" (panel 40, g3)."""
    chat = Chat()
    _jawad(chat)
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say("wat gebeurt als ik 18 word en ze zijn nog niet hier", "ask_privacy")
    assert "27 december 2026" in reply and "gegevens" not in reply, reply
    reply = chat.say("nee ik bedoel als ik 18 ben kunnen mijn ouders dan nog komen?")
    assert "27 december 2026" in reply, reply


def test_wat_gebeurt_er_met_mijn_gegevens_is_still_the_privacy_notice():
    """The other side: a question about the data gets the privacy details."""
    chat = Chat()
    _jawad(chat)
    reply = chat.say("wat gebeurt er met mijn gegevens?", "ask_privacy")
    assert "Wat gebeurt er met je gegevens?" in reply, reply


def test_ongeacht_het_feit_of_zijn_dossier_volledig_of_onvolledig_is():
    """Seed 002: "Het is dus belangrijk dat het familielid ... zijn aanvraag tijdig kan
    indienen, ongeacht het feit of zijn dossier volledig of onvolledig is." "kunnen ze aanvraag
    doen als papieren nog niet compleet zijn?" got "geen antwoord" (panel 40, g3)."""
    chat = Chat()
    _jawad(chat)
    reply = chat.say("kunnen ze aanvraag doen als papieren nog niet compleet zijn?")
    assert "Dien toch op tijd in" in reply and "27 december 2026" in reply, reply


def test_als_ouder_heb_je_geen_recht_met_je_meerderjarig_kind__is_er_nog_andere_manier():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig
    derdelands ... kind. Je kan wel een aanvraag voor een humanitair visum indienen. Over het
    algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid kan aantonen."
    "en als het niet lukt voor 27 dec? is er nog andere manier" (panel 40, g3)."""
    chat = Chat()
    _jawad(chat)
    reply = chat.say("en als het niet lukt voor 27 dec? is er nog andere manier")
    assert "uitzonderlijke kwetsbaarheid" in reply and "als je al 18 bent" in reply, reply


def _tesfay(chat: Chat) -> None:
    chat.say("hallo ik heb vraag over [mijn vrouw](relationship:spouse)", "greet")
    chat.say("[ik heb asiel gevraagd](sponsor_status:asylum_seeker), nog geen antwoord")
    chat.say("alleen mijn vrouw selam, zij is [25](age), in addis abeba")
    chat.answer_plainly({})


def test_een_geldig_reisdocument_ten_laatste_voor_het_bekomen_van_het_visum__geen_paspoort():
    """Seed 002: "De algemene regel is dat een geldig reisdocument moet worden voorgelegd
    wanneer de visumaanvraag wordt ingediend of, ten laatste, voor het bekomen van het visum".
    "ze heeft geen paspoort ... kan ze toch aanvragen?" got "Is het verlopen?" (panel 40,
    h3)."""
    chat = Chat()
    _tesfay(chat)
    reply = chat.say(
        "ze heeft geen paspoort. eritrese ambassade geeft geen paspoort. kan ze toch aanvragen?",
        "ask_travel_document",
    )
    assert "of is er nog geen? Dan kan de aanvraag toch" in reply, reply
    assert "geen onoverkomelijk" not in reply  # that is for family of a protected person


def test_hoe_vraagt_ze_dat_humanitair_visum_waar__where_too():
    """Seed 001: "het visumformulier aan te duiden dat het om een humanitaire visumaanvraag
    gaat" at "de bevoegde Belgische diplomatieke post": "hoe vraagt ze dat humanitair visum?
    waar?" got only what strengthens a file (panel 40, h3)."""
    chat = Chat()
    _tesfay(chat)
    reply = chat.say("hoe vraagt ze dat humanitair visum? waar?", "ask_humanitarian_visa")
    assert "bevoegd is voor de plaats waar" in reply and "humanitaire aanvraag" in reply, reply


def test_dan_kan_enkel_een_humanitair_visum__als_het_kerkhuwelijk_niet_officieel_is():
    """Seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk
    geldt, dan kan enkel een humanitair visum worden afgeleverd." An asylum seeker's "en als het
    kerkhuwelijk niet officieel is in eritrea? dan kan selam nooit komen?" got the text before
    it again (panel 40, h3)."""
    chat = Chat()
    _tesfay(chat)
    reply = chat.say(
        "en als het kerkhuwelijk niet officieel is in eritrea? dan kan selam nooit komen?"
    )
    assert "Dan kan alleen een humanitair visum" in reply, reply
    assert "Is je erkend" not in reply


def test_in_staat_om_het_familielid_ten_laste_te_nemen__opvangcentrum_geen_werk():
    """Seed 001: "belangrijk om te bewijzen dat uw familielid afhankelijk van u is en dat u in
    staat zal zijn om het familielid ten laste te nemen." "ik woon in opvangcentrum en heb geen
    werk. is dat probleem voor humanitair visum?" got the strengthen list only (panel 40,
    h3)."""
    chat = Chat()
    _tesfay(chat)
    reply = chat.say(
        "ik woon in opvangcentrum en heb geen werk. is dat probleem voor humanitair visum?",
        "ask_humanitarian_visa",
    )
    assert "Zonder eigen inkomen is het dossier op dat punt zwakker" in reply, reply


def test_samir_is_zijn_paspoort_kwijt_wat_nu__the_passport_not_the_conditions():
    """Seed 002: "is de afwezigheid van een reisdocument geen onoverkomelijk obstakel": "samir
    is zijn paspoort kwijt, wat nu" got both relatives' conditions (panel 40, h1)."""
    chat = Chat()
    _rania(chat)
    reply = chat.say("samir is zijn paspoort kwijt, wat nu", "ask_travel_document")
    assert "geen onoverkomelijk" in reply and "Voorwaarden" not in reply, reply


def test_voorwaarden_on_a_phone__what_holds_for_everyone_once_and_one_exemption_line():
    """ "Voorwaarden" for a husband and a daughter ran to 69 lines at 42 characters, the three
    "Vrijgesteld" lines (seed 003: "moet ... niet bewijzen dat hij over stabiele, regelmatige
    en voldoende bestaansmiddelen beschikt ... voldoende huisvesting ... ziektekostenverzekering")
    repeated for each (panel 40, h1, g1)."""
    chat = Chat()
    _rania(chat)
    reply = chat.say("Voorwaarden", "ask_conditions")
    assert (
        reply.count("Hoeft niet bewezen te worden:") == 1
        and reply.count("Je bent erkend vluchteling") == 1
    )
    assert "Voorwaarden voor iedereen:" in reply, reply
    assert "Voorwaarden voor je man:" in reply and "Voorwaarden voor je dochter:" in reply
    assert "ziekteverzekering" in reply and "binnen 12 maanden na de erkenning" in reply


JOSEPH = (
    "ik woon hier 12 jaar, ik heb [onbeperkt verblijf](sponsor_status:third_country_national)."
    " ik ben [44](age:sponsor). [mijn vrouw](relationship:spouse) grace is [39](age), officieel"
    " getrouwd. [onze zoon](relationship:child) david is [15](age)"
)


def test_een_geregistreerd_huurcontract_of_een_notariele_eigendomsakte__welk_bewijs_voor_woning():
    """Seed 004: "een geregistreerd huurcontract van de woning die hij huurt en waar hij zijn
    hoofdverblijfplaats heeft / een notariële eigendomsakte"; "Het heeft geen zin om een
    huurcontract of eigendomsakte af te geven van een woning waar je gezin pas later zal
    intrekken". "welk bewijs voor woning moet ik geven" got the condition again (panel 40, h2);
    the seeds list it for a Belgian's family, and say so."""
    chat = Chat()
    chat.say(JOSEPH)
    chat.answer_plainly({})
    reply = chat.say(
        "als ik later een groter appartement zoek als ze hier zijn, is dat ok? welk bewijs voor"
        " woning moet ik geven",
        "ask_housing",
    )
    assert "geregistreerd huurcontract" in reply, reply
    assert "alleen voor gezinshereniging met een Belg" in reply
    reply = chat.say("welke papieren van mijn werk moet ik geven voor het inkomen? loonbrieven?")
    assert "loonfiches" in reply and "laatste 12 maanden" in reply, reply
    assert "geen vast bedrag" not in reply
    reply = chat.say(
        "ik ben bij de mutualiteit (CM). is dat genoeg voor de verzekering of moet ik iets apart",
        "ask_health_insurance",
    )
    assert "modelattest" in reply, reply


def test_a_belgians_own_house_is_proven_with_the_deed():
    """Seed 004 for a Belgian: "een notariële eigendomsakte van de woning waar hij woont" (panel
    40, g4: "Ik heb een eigen huis in Oostende. Wat moet ik daarvoor tonen?")."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [67](age:sponsor) jaar. [mijn vrouw]"
        "(relationship:spouse) is [41](age), officieel getrouwd in bangkok"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "Ik heb een eigen huis in Oostende. Wat moet ik daarvoor tonen? En de verzekering, hoe"
        " zit dat?"
    )
    assert "notariële eigendomsakte" in reply and "mutualiteit" in reply, reply
    assert "alleen voor gezinshereniging met een Belg" not in reply


SARAH = (
    "Dag, ik ben Sarah, maatschappelijk werker bij het CAW. Ik schrijf voor een cliënte, een"
    " meisje van [16](age:sponsor) uit Guinee, [erkend vluchteling](sponsor_status:refugee) sinds"
    " [15 juni 2026](recognition_date:2026-06-15). Ze woont in een Belgisch pleeggezin. Ze wil"
    " [haar mama](relationship:parent) en [2 broers](relationship:sibling) laten overkomen."
)


def _fatoumata(chat: Chat) -> None:
    chat.say(SARAH)
    chat.answer_plainly(
        {
            "sponsor.unaccompanied_minor": "Ja, ze kwam alleen. Papa is overleden.",
            "applicant.age": "Ibrahima is [8](age), Mamadou is [19](age). Mama is [40](age).",
        }
    )


def test_zonder_begeleiding_van_een_meerderjarige_vreemdeling__een_belgisch_pleeggezin():
    """Seed 001 (art. 10, §1, 7°): "zonder begeleiding van een krachtens de wet verantwoordelijke
    meerderjarige vreemdeling en vervolgens niet daadwerkelijk onder de hoede van een dergelijke
    persoon". "Ze woont bij een Belgisch pleeggezin. Is dat een probleem voor de
    gezinshereniging met de mama?" got "geen antwoord" (panel 40, g5)."""
    chat = Chat()
    _fatoumata(chat)
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say(
        "Ze woont bij een Belgisch pleeggezin. Is dat een probleem voor de gezinshereniging met"
        " de [mama](relationship:parent)?"
    )
    assert "volwassen vreemdeling" in reply and "pleeggezin" in reply, reply


def test_indien_je_ouders_niet_meekomen_is_de_kans_veel_lager__stel_dat_de_mama_niet_kan_reizen():
    """Seed 000: "Indien je ouders niet meekomen naar België in het kader van een
    gezinshereniging is het meestal moeilijk ... De kans op slagen is in dit geval veel lager."
    "Stel dat de mama niet kan reizen. Kunnen de broers dan alleen een aanvraag doen?" got
    "geen antwoord" (panel 40, g5)."""
    chat = Chat()
    _fatoumata(chat)
    reply = chat.say(
        "Stel dat de [mama](relationship:parent) niet kan reizen. Kunnen de [broers]"
        "(relationship:sibling) dan alleen een aanvraag doen?"
    )
    assert "niet meekomt" in reply and "veel lager" in reply, reply
    assert "eerste broer" not in reply
    assert any(p["relationship"] == "parent" for p in chat.people)  # nothing changed


def test_je_doet_best_beroep_op_een_advocaat__raad_je_aan():
    """Seed 000: "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener".
    "Raad je aan om een advocaat in te schakelen voor het dossier van Mamadou?" got the hand-off
    with no answer (panel 40, g5)."""
    chat = Chat()
    _fatoumata(chat)
    reply = chat.say(
        "Raad je aan om een advocaat in te schakelen voor het dossier van Mamadou?",
        "request_human",
    )
    assert "advocaat" in reply and "Vraag hulp" in reply, reply


def test_ik_wil_met_iemand_praten_is_still_the_hand_off():
    """The other side: a plain request for a person gets the hand-off."""
    chat = Chat()
    _fatoumata(chat)
    reply = chat.say("ik wil met iemand praten", "request_human")
    assert "referentienummer" in reply, reply


def test_het_bewijs_van_geldoverschrijvingen__hoe_bewijs_ik_dat_lina_ten_laste_is():
    """Seed 001: "het bewijs van geldoverschrijvingen aan het familielid, het bewijs dat uw
    familielid geen eigen inkomsten heeft en het bewijs van uw inkomen in België". "hoe bewijs
    ik dat lina ten laste is? ik stuur soms geld via western union" got the condition again
    (panel 40, h1)."""
    chat = Chat()
    _rania(chat)
    reply = chat.say(
        "hoe bewijs ik dat [lina](relationship:child) ten laste is? ik stuur soms geld via"
        " western union",
        "out_of_scope",
    )
    assert "geldoverschrijvingen" in reply and "geen eigen inkomen" in reply, reply


def test_bij_voorkeur_bewijzen_van_de_laatste_12_maanden__volstaat_een_pensioenfiche():
    """Seed 004: "De DVZ vraagt dat je bij voorkeur bewijzen overmaakt van bestaansmiddelen van
    de laatste 12 maanden." "Moet mijn inkomen van de laatste 12 maanden zijn of volstaat een
    pensioenfiche van deze maand?" got which incomes count (panel 40, g4)."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [67](age:sponsor) jaar. [mijn vrouw]"
        "(relationship:spouse) is [41](age), officieel getrouwd in bangkok"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "Moet mijn inkomen van de laatste 12 maanden zijn of volstaat een pensioenfiche van deze"
        " maand?"
    )
    assert "laatste 12 maanden" in reply, reply


def test_gelijktijdig_met_de_aanvraag_gezinshereniging_van_je_ouder__the_one_parent_named():
    """Seed 000: "gelijktijdig indient met de aanvraag gezinshereniging van je ouder(s)": with
    the father dead, "van de ouders" was wrong (panel 40, g5: "de ouders" although "Papa is
    overleden")."""
    chat = Chat()
    _fatoumata(chat)
    reply = chat.say("Voorwaarden", "ask_conditions")
    assert "gezinshereniging van de mama van je cliënt" in reply, reply
    assert "van de ouders" not in reply
