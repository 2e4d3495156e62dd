"""Findings of panel round 98 (stop 42, ten new families), each named by the user's words or
the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def _hamid() -> Chat:
    """A refugee boy of 17 who came alone; his mother, brother of 8 and sister of 19 in Iran
    (panel 98, s4)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [mama](relationship:parent) wil komen en mijn [kleine broer]"
             "(relationship:sibling) en [zus](relationship:sibling) ook. ik ben hier alleen "
             "gekomen bro", intent="check_eligibility")  # fmt: skip
    chat.say("ik heb erkenning gekregen [vluchteling](sponsor_status:refugee), brief van cgvs "
             "[16 november](recognition_date:2026-11-16)")  # fmt: skip
    chat.say("17. mei word ik 18 (3 mei 2009 geboren)")
    chat.say("wali is [8](age). en sana mijn [zus](relationship:sibling) is [19](age) eigenlijk "
             "ze is [ouder](relationship:parent) dan mij sorry")  # fmt: skip
    chat.say("nee zelfde [mama](relationship:parent) en [papa](relationship:parent)")
    chat.say("ja klopt. mijn [papa](relationship:parent) is dood in 2021 in [afghanistan]"
             "(country:Afghanistan). ze wonen in mashhad [iran](country:Iran) zonder papieren")  # fmt: skip
    assert chat.state["answered"], chat.transcript()
    return chat


def test_moet_mijn_voogd_iets_tekenen__the_mother_applies_and_no_consent_of_a_dead_father():
    """Seed 002 "Wie vraagt de gezinshereniging aan? ... De vader of de moeder van een
    minderjarige beschermde vreemdeling": the mother applies at the post; what the boy's
    guardian signs, no seed says (panel 98, s4: the lawyer text, then "Voor het humanitair
    visum van je zus staat in onze informatie geen regel over toestemming van de andere
    ouder" of a sister of 19 whose father died)."""
    chat = _hamid()
    reply = chat.say("moet mijn voogd mevrouw claes iets tekenen of doen? of is dat niet nodig")
    assert "doet zelf de aanvraag" in reply and "voogd" in reply, chat.transcript()
    assert "andere ouder" not in reply
    reply = chat.say("ok thx. moet ik dat zelf doen of mijn voogd mevrouw claes? ik ben "
                     "minderjarig toch")  # fmt: skip
    assert "doet zelf de aanvraag" in reply, chat.transcript()


def test_moet_ik_geld_tonen__the_parents_conditions_cited_as_seed_001_does():
    """Seed 001 "Uw ouders als u een niet-begeleide minderjarige vreemdeling (NBMV) bent ...
    Op voorwaarde dat de NBMV jonger is dan achttien jaar en het Rijk binnengekomen is zonder
    begeleiding ... (art. 10 § 1, 7°)": no income, home or insurance, cited to that article
    (panel 98, s4: "art. 10, §2, tweede en derde lid", in no seed)."""
    chat = _hamid()
    reply = chat.say("ik woon in opvangcentrum, ik heb geen huis en geen werk. is dat probleem "
                     "voor mama? moet ik geld tonen?")  # fmt: skip
    assert "jonger dan 18" in reply and "art. 10, §1, 7°" in reply, chat.transcript()
    assert "tweede en derde lid" not in reply


def _marc() -> Chat:
    """A social worker for a Belgian of 70 and his girlfriend of 48 in the Philippines, not
    married, not registered (panel 98, t5)."""
    chat = Chat(today=TODAY)
    chat.say("Mijn cliënt, Marc ([70](age)), is [Belg](sponsor_status:belgian) en gepensioneerd. "
             "Hij wenst zijn [partner](relationship:partner) Maricel ([48](age)) uit Cebu, "
             "[Filipijnen](country), naar België te laten komen. Zij zijn niet gehuwd.",
             intent="check_eligibility")  # fmt: skip
    return chat


def test_maricel_heeft_wel_een_zoon_uit_een_eerdere_relatie__her_son_no_right_without_the_act():
    """Seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je
    ook de huwelijksakte of de akte van het geregistreerd partnerschap tussen je (groot)ouder
    en de Belg voorleggen." The girlfriend's son, named by her name, is her child, not the
    client's, and "geen gemeenschappelijke kinderen" adds no one (panel 98, t5: "De zoon van je
    cliënt" kept after four corrections, a second child asked, then "De zoon van de partner
    van je cliënt: recht op gezinshereniging")."""
    chat = _marc()
    chat.say("Nee, geen gemeenschappelijke [kinderen](relationship:child). Maricel heeft wel een "
             "[zoon](relationship:child) van [15](age) uit een eerdere relatie, die bij haar "
             "woont.")  # fmt: skip
    assert [(p["relationship"], p["age"]) for p in chat.people] == [
        ("partner", 48),
        ("stepchild", 15),
    ], chat.transcript()
    chat.say("Nee, dat niet. Ze hebben het gewoon nog niet gedaan. Ze zijn ook geen [wettelijk "
             "samenwonenden](relationship:registered_partner) of geregistreerde [partners]"
             "(relationship:partner).", intent="deny")  # fmt: skip
    chat.answer_plainly({})
    reply = chat.say("ja dat klopt", intent="affirm")
    assert chat.person("stepchild")["route"] == "humanitarian_visa", chat.transcript()
    assert "zoon van de partner van je cliënt: recht" not in reply


def test_het_is_de_zoon_van_maricel_alleen__the_son_told_before_is_her_child():
    """ "Het is niet de zoon van Marc; het is de zoon van Maricel alleen": the son stored as the
    client's is the girlfriend's (panel 98, t5: "Wie heeft het hoederecht over de zoon van je
    cliënt?")."""
    chat = _marc()
    chat.say("Er is ook een [zoon](relationship:child) van [15](age).")
    chat.say("Nee. Het is niet de [zoon](relationship:child) van Marc; het is de [zoon]"
             "(relationship:child) van Maricel alleen. De [vader](relationship:parent) is "
             "onbekend.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["partner", "stepchild"], chat.transcript()


def test_mama_doet_alles_voor_hem__the_sons_mother_is_the_wife():
    """ "Sami is gehandicapt van geboorte hij kan niet lopen en mama doet alles voor hem" beside
    "mijn vrouw Rima": the children's mother, no mother of the writer's (panel 98, t4: "Is je
    mama op hoge leeftijd?" to a man whose mother died)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben Ahmad uit [syrie](country:Syrië), ik heb [erkend vluchteling]"
             "(sponsor_status:refugee) nu in belgie. mijn [vrouw](relationship:spouse) Rima "
             "[38](age) jaar en mijn [dochter](relationship:child) Yara [16](age) en mijn [zoon]"
             "(relationship:child) Sami [24](age) jaar zijn in Gaziantep in [turkije]"
             "(country:Turkije). ik wil alle drie komen naar belgie. Sami is [gehandicap]"
             "(disability:disabled) van geboorte hij kan niet lopen en [mama](relationship:parent) "
             "doet alles voor hem. kan dat ook voor Sami want hij is groot al?",
             intent="check_eligibility")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["child", "child", "spouse"], (
        chat.transcript()
    )


def test_geboren_nadat_ik_weg_was_uit_eritrea__the_arrival_in_belgium_explained():
    """Seed 003 "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd
    vastgesteld": asked whether the bond predates the arrival, "hij is geboren nadat ik weg was
    uit Eritrea" tells the flight; the bot says it means the arrival in Belgium (panel 98, t1:
    "Sorry, dat begreep ik niet goed", then "ja getrouwd al in 2020" taken for the son)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [10 juni 2025]"
             "(recognition_date:2025-06-10). mijn [zoon](relationship:child) is [3](age)")  # fmt: skip
    for _ in range(3):
        if chat.question and chat.question.endswith("relationship_predates_arrival"):
            break
        chat.say("ja", intent="affirm")
    assert chat.question.endswith("relationship_predates_arrival"), chat.transcript()
    reply = chat.say("hij is geboren nadat ik weg was uit Eritrea, in 2022 ik ben gevlucht")
    assert "aankomst in België, niet je vertrek" in reply, chat.transcript()
    assert "relationship_predates_arrival" not in chat.person("child")["facts"]


def _leila() -> Chat:
    """An asylum seeker whose husband and daughter of 1 are in Iraq (panel 98, t2)."""
    chat = Chat(today=TODAY)
    chat.say("Goedendag, ik heb een vraag over mijn [man](relationship:spouse) en [dochter]"
             "(relationship:child)", intent="greet")  # fmt: skip
    chat.say("Ik heb asiel gevraagd in februari dit jaar. In oktober had ik mijn interview bij "
             "het CGVS maar ik heb nog geen beslissing. Ik woon in een opvangcentrum.")  # fmt: skip
    chat.say("En wat als ik erkend word als vluchteling? Kunnen ze dan wel komen? Mijn [dochter]"
             "(relationship:child) Dilan is nog maar [1](age) jaar en mijn [man]"
             "(relationship:spouse) Karwan is [29](age).", intent="check_eligibility")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()
    return chat


def test_als_ik_alleen_subsidiaire_bescherming_krijg__a_question_not_her_status():
    """ "En als ik geen vluchtelingenstatus krijg maar alleen subsidiaire bescherming? Is het
    dan anders of moeilijker?": a status to come, asked about; seeds 002 and 003 give every
    rule to "een vreemdeling aan wie België de vluchtelingenstatus of subsidiaire bescherming
    heeft toegekend" (panel 98, t2: "Ik heb het aangepast. • Jij: subsidiair beschermd",
    twice, and "is er een verschil" unanswered)."""
    chat = _leila()
    reply = chat.say("En als ik geen vluchtelingenstatus krijg maar alleen [subsidiaire "
                     "bescherming](sponsor_status:subsidiary_protection)? Is het dan anders of "
                     "moeilijker?")  # fmt: skip
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()
    assert "maakt dat geen verschil" in reply, reply
    reply = chat.say("Ok. Maar is het met [subsidiaire bescherming]"
                     "(sponsor_status:subsidiary_protection) hetzelfde als met "
                     "[vluchtelingenstatus](sponsor_status:refugee) voor mijn [man]"
                     "(relationship:spouse) en [dochter](relationship:child)?")  # fmt: skip
    assert chat.sponsor["status"] == "asylum_seeker", chat.transcript()
    assert "maakt dat geen verschil" in reply, reply


def test_als_mijn_asiel_geweigerd_wordt__not_said_and_the_humanitarian_visa_of_seed_000():
    """Seed 000: "Uiteraard kunnen ook familieleden van andere derdelanders ... in aanmerking
    komen voor een humanitair visum"; of an asylum refusal the seeds say nothing (panel 98, t2:
    "Wat je kan doen na een weigering" with art. 9 and 13, read as a wrong citation)."""
    chat = _leila()
    reply = chat.say("En als mijn asiel geweigerd wordt? Kunnen Karwan en Dilan dan nooit komen?")
    assert "asielaanvraag geweigerd" in reply and "niet erkend" in reply, chat.transcript()


def test_haar_mama_is_akkoord_maar_heeft_niks_getekend__the_written_consent():
    """Seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke
    beslissing, dan volstaat een schriftelijke verklaring van de andere ouder waarin hij
    toestemming geeft" (panel 98, s3: "Op die vraag vind ik geen antwoord", twice)."""
    chat = Chat(today=TODAY)
    chat.say("hoi 👋 ik heb een vraag over mijn [man](relationship:spouse)", intent="greet")
    chat.say("ik ben gewoon [belg](sponsor_status:belgian) hé, geboren in gent 😅 nooit in t "
             "buitenland gewoond")  # fmt: skip
    chat.say("youssef is [36](age), hij is [marokkaan](country:Marokko) en woont in tanger. we "
             "zijn getrouwd in juni 2025 daar")  # fmt: skip
    chat.say("[officieel](marriage_type:official), burgerlijk huwelijk")
    chat.say("[38](age). en ge moet weten, youssef heeft ook een [dochtertje](relationship:child) "
             "nour van [10](age), die zou ook mee willen komen")  # fmt: skip
    chat.answer_plainly({"applicant.common_child": "nee nee, ze is niet van mij, van youssef en "
                         "zijn ex-vrouw"}, limit=3)  # fmt: skip
    chat.press('/inform{"custody":"shared"}')
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    reply = chat.say("ok. en nour? haar mama is akkoord maar heeft niks getekend. is da een "
                     "probleem?")  # fmt: skip
    assert "schriftelijke toestemming" in reply, chat.transcript()
    reply = chat.say("en wat moet nour haar mama dan precies tekenen? gewoon een briefje of moet "
                     "da via de rechtbank?")  # fmt: skip
    assert "volstaat een schriftelijke verklaring" in reply, chat.transcript()


def mariam(ages: str = "lina is [13](age). omar is net [18](age) geworden in augustus") -> Chat:
    """A refugee, her husband and children of 13 and 18 in Beirut, named with their ages
    (panel 98 to 101, s1), or told by `ages` without names (panel 102, s1)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [man](relationship:spouse) en mijn 2 [kinderen](relationship:child), ze "
             "zitten in beirut")  # fmt: skip
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), brief van cgvs is van "
             "[2 okt](recognition_date:2026-10-02)")  # fmt: skip
    chat.say("[40](age). we zijn getrouwd in aleppo 2008, ik heb het huwelijksakte")
    chat.say(ages)
    return chat


def test_omar_zijn_paspoort_is_verlopen__the_son_named_by_his_age_not_the_husband():
    """ "lina is 13. omar is net 18 geworden" names the two children told before; "omar zijn
    paspoort is verlopen" is then about the son (panel 98, s1: "Het paspoort van je man")."""
    chat = mariam()
    assert sorted(p.get("name") or "" for p in chat.people) == ["", "lina", "omar"], (
        chat.transcript()
    )
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("omar zijn paspoort is verlopen in 2025, kan hij toch aanvragen?")
    assert "je man" not in reply.split(".")[0] and "18 jaar" in reply.split(".")[0], reply


def test_welke_documenten_voor_als_ik_erkend_word__no_custody_of_the_couples_daughter():
    """Seed 003 asks custody "Indien de ouders van de aanvrager gescheiden zijn": the papers to
    prepare for after the recognition, of "mijn man en dochter", ask no custody proof, and say
    the after-recognition text once (panel 98, t2)."""
    chat = _leila()
    reply = chat.say("Welke documenten moeten Karwan en Dilan nu al klaarmaken, voor als ik "
                     "erkend word?", intent="ask_documents")  # fmt: skip
    assert "Dit zijn de documenten" in reply and "hoederecht" not in reply, chat.transcript()
    assert "Word je erkend als vluchteling" not in reply


def test_waar_later_indienen_en_na_mijn_erkenning__the_family_reunification_request():
    """Seed 002: after the recognition the family files for family reunification, a right, at
    a Belgian post (panel 98, t2: the humanitarian request's post, then what strengthens a
    humanitarian request)."""
    chat = _leila()
    reply = chat.say("Waar moeten Karwan en Dilan de aanvraag later indienen? Zij wonen in "
                     "Erbil. Moeten ze naar Bagdad?")  # fmt: skip
    assert "humanitaire aanvraag" not in reply and "art. 12bis" in reply, chat.transcript()
    reply = chat.say("Ik bedoel na mijn erkenning, voor de gezinshereniging. Is dat dan ook een "
                     "humanitaire aanvraag?", intent="ask_humanitarian_visa")  # fmt: skip
    assert "een recht, geen gunst" in reply and "sterker" not in reply, chat.transcript()
