"""What the third persona panel (2026-12-02) met in side questions, each as the user meant it:
the person the question is about, the route in the case, the deadline that really applies."""

from __future__ import annotations

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel_findings import UAM_FAMILY

FAMILY = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
    "[4 september 2026](recognition_date:2026-09-04), ik ben [35](age:sponsor). mijn "
    "[vrouw](relationship:spouse) van [29](age) en onze [kinderen](relationship:child) van "
    "[6](age) en [11](age) zijn in libanon. we zijn officieel getrouwd voor ik vertrok, de "
    "kinderen zijn geboren voor ik wegging"
)


def _family() -> Chat:
    chat = Chat()
    chat.say(FAMILY)
    chat.answer_plainly({})
    return chat


def test_elke_belgische_ambassade__said_of_the_relative_the_question_names():
    """Seed 002: "kunnen zich bij elke Belgische ambassade of elk Belgisch consulaat ...
    aanbieden"; asked about the wife, the answer is about the wife, not one of the children;
    asked about all, about the family."""
    chat = _family()
    wife = chat.say("waar moet mijn [vrouw](relationship:spouse) naartoe in libanon? beiroet?")
    assert wife.startswith("Je vrouw mag de aanvraag indienen bij elke Belgische ambassade")
    assert "kind" not in wife
    everyone = chat.say("bij welke ambassade moeten ze de aanvraag doen?")
    assert everyone.startswith("Je familie mag de aanvraag indienen bij elke Belgische")


def test_how_long_it_takes__no_humanitarian_text_for_a_family_with_a_right():
    """Seed 001's "De behandelingstermijn kan tot een jaar of meer oplopen" is the
    humanitarian visa's; for family reunification the seeds give no duration."""
    chat = _family()
    reply = chat.say("hoe lang duurt het?", intent="ask_processing_time")
    assert "humanitair" not in reply
    assert "gezinshereniging duurt, staat niet in mijn bronnen" in reply


RELIGIOUS = (
    "ik ben in eritrea. mijn [man](relationship:spouse) is [erkend vluchteling]"
    "(sponsor_status:refugee) in belgie sinds [2 oktober 2025](recognition_date:2025-10-02). "
    "we zijn in de kerk getrouwd, [religieus](marriage_type:religious_or_customary), niet "
    "geregistreerd. ik ben [30](age) en hij is [33](age)"
)


def test_soepelere_procedure__filed_as_family_reunification_not_as_a_humanitarian_request():
    """Seed 000: "Je kan de aanvraag dan toch indienen als een aanvraag voor een visum
    gezinshereniging (artikel 10 Verblijfwet)": where to apply is the family-reunification
    answer (any Belgian post), never "duid aan dat het om een humanitaire aanvraag gaat"."""
    chat = Chat()
    chat.say(RELIGIOUS)
    chat.answer_plainly({})
    reply = chat.say("waar moet ik de aanvraag indienen? ik woon bij de grens met soedan")
    assert "elke Belgische ambassade" in reply
    assert "humanitaire aanvraag" not in reply
    deadline = chat.say("/ask_deadline", intent="ask_deadline")
    assert "zodra je dossier klaar is" not in deadline
    assert "2 oktober 2026" in deadline  # 12 months after the recognition: passed


def test_asylum_seeker__the_12_months_start_at_the_recognition():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning"; asked "hoeveel tijd heb ik
    dan" by an asylum seeker, the answer is that period, not "geen vaste termijn"."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker), nog geen antwoord. ik ben "
        "[28](age:sponsor). mijn [vrouw](relationship:spouse) van [24](age) is in afghanistan"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "en als ik erkend ben, hoeveel tijd heb ik dan voor gezinshereniging?",
        intent="ask_deadline",
    )
    assert "12 maanden na de erkenning" in reply
    assert "geen vaste termijn" not in reply


def test_humanitarian_visa_only__no_deadline_and_no_recognition_date_needed():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast": for a humanitarian visa alone there is no deadline to compute."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[15 november 2024](recognition_date:2024-11-15), ik ben [27](age:sponsor). mijn "
        "[mama](relationship:parent) van [64](age) is alleen en ziek in afghanistan"
    )
    chat.answer_plainly({"sponsor.minor_at_asylum_application": "nee"})
    reply = chat.say("/ask_deadline", intent="ask_deadline")
    assert "De termijn begint bij de erkenning" not in reply
    assert "Voor deze situatie ken ik geen vaste termijn." in reply
    assert "zodra je dossier klaar is" not in reply


def test_a_son_of_17__the_deadline_is_his_18th_birthday():
    """Seed 001: "moeten de kinderen: jonger zijn dan 18 jaar": for a sponsor without a
    12-month period, "Termijn" says to apply before the son turns 18."""
    chat = Chat()
    chat.say(
        "ik heb een [verblijfskaart onbeperkt](sponsor_status:third_country_national), ik "
        "ben [40](age:sponsor). mijn [zoon](relationship:child) van [17](age) is in kinshasa"
    )
    chat.answer_plainly({"applicant.custody": "alleen bij mij"})
    reply = chat.say("/ask_deadline", intent="ask_deadline")
    assert "vóór je zoon 18 wordt" in reply, chat.transcript()
    assert "zodra je dossier klaar is" not in reply


def test_laattijdige_indiening__asked_before_the_last_day():
    """Seed 002: "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend
    indien de aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld zijn": "en als ik
    te laat ben?" gets that, beside the last day."""
    chat = _family()
    reply = chat.say("en als ik te laat ben? wat gebeurt er dan?", intent="ask_deadline")
    assert "uiterlijk op 4 september 2027" in reply
    assert "Dan blijft het recht, maar dan moeten inkomen, woning en ziekteverzekering" in reply
    plain = chat.say("tot wanneer kan ik indienen?", intent="ask_deadline")
    assert "Dan blijft het recht" not in plain


def test_an_embassy_in_a_question_about_costs_or_legalisation_is_no_where_question():
    """Panel 3: "moet ik iets betalen aan de ambassade?" got the where-to-apply text."""
    chat = _family()
    costs = chat.say(
        "wat kost het allemaal? moet ik iets betalen aan de ambassade?", intent="ask_costs"
    )
    assert "elke Belgische ambassade" not in costs
    assert "bijdrage" in costs
    legal = chat.say(
        "onze trouwboek is van syrie, moet die gelegaliseerd worden? ik kan niet naar de "
        "syrische ambassade gaan",
        intent="ask_legalisation",
    )
    assert "elke Belgische ambassade" not in legal


def test_bijzondere_bepaling__a_refugees_family_without_an_official_deed():
    """Seed 002: "Wanneer de gezinshereniger een vreemdeling aan wie België de
    vluchtelingenstatus ... heeft toegekend is en de aanvrager geen officieel document kan
    voorleggen, moet de Dienst Vreemdelingenzaken rekening houden met andere geldige
    bewijzen": a refugee who cannot go to his country's embassy hears it; a Belgian does not."""
    chat = _family()
    reply = chat.say("legalisatie van de huwelijksakte, hoe doe ik dat als vluchteling?",
                     intent="ask_legalisation")  # fmt: skip
    assert "gelegaliseerd" in reply and "andere geldige bewijzen" in reply
    assert "art. 12bis, §5 en §6" in reply
    belgian = Chat()
    belgian.say("ik ben [belg](sponsor_status:belgian), [31](age:sponsor). mijn "
                "[vrouw](relationship:spouse) van [26](age) is in marokko")  # fmt: skip
    belgian.answer_plainly({"applicant.marriage": "officieel getrouwd"})
    reply = belgian.say("moet de huwelijksakte gelegaliseerd worden?", intent="ask_legalisation")
    assert "gelegaliseerd" in reply and "andere geldige bewijzen" not in reply


def _mother() -> Chat:
    return Chat.answered(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[15 november 2024](recognition_date:2024-11-15), ik ben [27](age:sponsor). mijn "
        "[mama](relationship:parent) van [64](age) is alleen en ziek in afghanistan",
    )


def test_artikelen_9_en_13_leggen_geen_voorwaarden_vast__said_at_voorwaarden():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast die moeten worden vervuld om een dergelijk visum te verkrijgen": the
    "Voorwaarden" button says so, not "Daar heb ik niets over"."""
    reply = _mother().say("/ask_conditions", intent="ask_conditions")
    assert "geen vaste voorwaarden" in reply and "art. 9 en 13" in reply
    assert "niets over" not in reply


def test_the_summary_cites_what_it_says_not_the_fee_exemption_for_one_who_pays():
    """Panel 3: the summary's sources listed the fee exemption (art. 1/1, §2, 3°) and the
    12-month rule for a mother who pays and has no such period."""
    reply = _mother().say("/ask_summary", intent="ask_summary")
    sources = reply.split("Bronnen:")[-1]
    assert "art. 9 en 13" in sources
    assert "art. 10, §2, vijfde lid" not in sources
    assert "art. 10, Vreemdelingenwet" not in sources
    assert "art. 1/1, Vreemdelingenwet" in sources and "§2, 3°" not in sources  # she pays


def test_a_social_worker_is_not_told_to_show_the_summary_to_a_social_worker():
    chat = Chat()
    chat.say(UAM_WORKER)
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    reply = chat.say("/ask_summary", intent="ask_summary")
    assert "sociaal werker" not in reply and "je cliënt" in reply


UAM_WORKER = (
    "ik ben maatschappelijk werker. mijn cliënt is [16](age:sponsor), alleen gekomen, "
    "[erkend vluchteling](sponsor_status:refugee) sinds [oktober 2026](recognition_date:2026-10-01)"
    ". zijn [ouders](relationship:parent) zijn in ethiopie"
)


def test_dag_as_the_first_message_is_a_greeting():
    """Flemish "dag" says hello as well as goodbye: as the first message it opens the chat."""
    chat = Chat(consent=False)
    reply = chat.say("dag", intent="goodbye")
    assert "Ga je akkoord?" in reply and "sterkte" not in reply


def _son_of_17() -> Chat:
    return Chat.answered(
        "ik heb een [verblijfskaart onbeperkt](sponsor_status:third_country_national), ik "
        "ben [40](age:sponsor). mijn [zoon](relationship:child) van [17](age) is in kinshasa",
        {"applicant.custody": "alleen bij mij"},
    )


def test_jonger_zijn_dan_18_jaar__asked_as_a_question_after_the_answer():
    """Seed 001: "moeten de kinderen: jonger zijn dan 18 jaar"; "als de aanvraag nog loopt en
    hij wordt 18, kan hij dan nog komen?" gets the age limit, not "Heb je nog een vraag?"."""
    reply = _son_of_17().say(
        "mijn zoon wordt 18 in februari. als de aanvraag nog loopt en hij wordt 18, kan hij "
        "dan nog komen?"
    )
    assert "vóór je zoon 18 wordt" in reply
    assert "Heb je nog een vraag" not in reply


def test_de_kans_op_slagen__per_relative_asked_about():
    """Seed 000: minor siblings "Deze aanvraag heeft veel kans op slagen"; adult siblings "De
    bewijslast ligt hier wel hoger": "wat is de kans voor de broer?" gets his chance."""
    chat = Chat()
    chat.say(UAM_FAMILY)
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    reply = chat.say("wat is de kans voor de [broer](relationship:sibling)?")
    assert reply.startswith("• De broer van je cliënt: humanitair visum")
    assert "kans groot" in reply and "De zus van je cliënt" not in reply
    both = chat.say("en wat zijn de kansen voor allemaal?")
    assert "De zus van je cliënt" in both and "De broer van je cliënt" in both


def test_moet_hij_iets_tekenen__the_other_parents_consent():
    """Seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met
    de gezinshereniging instemmen": "moet hij iets tekenen?" after the answer gets it."""
    chat = Chat()
    chat.say(
        "ik heb een [verblijfskaart onbeperkt](sponsor_status:third_country_national), ik "
        "ben [40](age:sponsor). mijn [dochter](relationship:child) van [4](age) is in kinshasa"
    )
    chat.answer_plainly({"applicant.custody": "[gedeeld](custody:shared)"})
    reply = chat.say("de papa heeft ook het gezag, wij delen. moet hij iets tekenen?")
    assert "toestemming" in reply, chat.transcript()


def test_a_dna_test_proves_a_blood_bond_not_a_marriage():
    """Seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke kinderen"."""
    chat = Chat()
    chat.say(RELIGIOUS)
    chat.answer_plainly({})
    reply = chat.say("moet ik een dna test doen? wie betaalt dat?", intent="ask_dna_test")
    assert "bloedband" in reply and "kinderen die jullie samen hebben" in reply


def _daughter_and_nephew() -> Chat:
    return Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[10 april 2026](recognition_date:2026-04-10), ik ben [50](age:sponsor). mijn "
        "[dochter](relationship:child) van [23](age) heeft een zware "
        "[handicap](disability:yes) en mijn [neef](relationship:other_relative) van [15](age)"
        " heb ik opgevoed, zijn ouders zijn dood",
    )


def test_gezondheidsattest_opgemaakt_door_een_arts_aangesteld_door_de_post():
    """Seed 001: "Dit gezondheidsattest is opgemaakt door een arts aangesteld door de
    bevoegde Belgische diplomatieke of consulaire post": a paper of a doctor in Baghdad is
    answered with that, not "Heb je nog een vraag?"."""
    chat = _daughter_and_nephew()
    reply = chat.say(
        "mijn [dochter](relationship:child) heeft al medisch papier van dokter in bagdad, is "
        "dat genoeg?"
    )
    assert "Een dokter die de Belgische ambassade aanduidt" in reply, chat.transcript()
    assert "art. 10, §1, 6°" in reply


def test_buitenlandse_voogdij_bekrachtigd_door_een_belgische_rechtbank():
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank"."""
    chat = _daughter_and_nephew()
    reply = chat.say(
        "ik heb papier van rechtbank in bagdad dat ik [voogd](relationship:other_relative) ben"
        " van mijn [neef](relationship:other_relative). helpt dat?"
    )
    assert "bekrachtigen door een Belgische rechtbank" in reply, chat.transcript()
    assert "je neef" in reply.lower()


def test_a_belgians_housing_question_gets_the_belgian_rule_not_the_refugee_exemption():
    """Panel 3: "ik huur een klein appartementje, is dat goed genoeg?" from a Belgian got
    "Ben je erkend vluchteling ...? Dan moet je dat niet bewijzen" (art. 10)."""
    chat = Chat()
    chat.say("ik ben [belg](sponsor_status:belgian), [31](age:sponsor). mijn "
             "[vrouw](relationship:spouse) van [26](age) is in marokko")  # fmt: skip
    chat.answer_plainly({"applicant.marriage": "officieel getrouwd"})
    reply = chat.say(
        "ik huur een klein appartementje, 1 slaapkamer. is dat goed genoeg?", intent="ask_housing"
    )
    assert "vluchteling" not in reply and "art. 40ter" in reply
    assert "huurcontract" in reply


def test_an_asylum_seekers_family_hears_that_all_of_them_can_ask_a_humanitarian_visa():
    """Panel 3 (b1-12): "Een humanitair visum kan je vrouw wel nu al vragen" left the baby
    out of a family's answer."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker), nog geen antwoord. ik ben "
        "[28](age:sponsor). mijn [vrouw](relationship:spouse) van [24](age) en mijn "
        "[zoon](relationship:child) van [2](age) zijn in afghanistan"
    )
    chat.answer_plainly({})
    assert "Een humanitair visum kan je familie wel nu al vragen." in chat.transcript()


def test_the_refugee_acceptance_list_is_not_given_to_a_sponsor_without_protection():
    """Panel 3 (b2-4): the list "het bewijs dat je gezinslid in België erkend vluchteling is"
    (seed 002, for a protected sponsor's family) went to a woman with an unlimited card."""
    chat = Chat()
    chat.say("ik heb een [verblijfskaart onbeperkt](sponsor_status:third_country_national)")
    reply = chat.say("welke papieren heb ik nodig?", intent="ask_documents")
    assert "erkend vluchteling" not in reply and "Documenten" in reply


def test_where_to_apply_says_whose_request_is_the_humanitarian_one():
    """Panel 3 (a3-U6): parents with a right and siblings with a humanitarian visa: "Duid op
    het visumformulier aan dat het om een humanitaire aanvraag gaat" said for no one."""
    chat = Chat()
    chat.say(UAM_FAMILY)
    chat.answer_plainly({"applicant.half_or_step_sibling": "nee"})
    reply = chat.say("waar moeten ze de aanvraag indienen?")
    line = next(x for x in reply.splitlines() if "is het een aanvraag voor een humanitair" in x)
    assert "de zus van je cliënt" in line and "de broer van je cliënt" in line


def test_is_er_echt_niks__the_same_advice_is_not_repeated_per_relative():
    """Panel 3 (b1-8): two near-identical blocks for the wife and the son."""
    chat = Chat()
    chat.say(
        "ik heb [asiel gevraagd](sponsor_status:asylum_seeker), nog geen antwoord. ik ben "
        "[28](age:sponsor). mijn [vrouw](relationship:spouse) van [24](age) en mijn "
        "[zoon](relationship:child) van [2](age) zijn in afghanistan"
    )
    chat.answer_plainly({})
    reply = chat.say("is er echt niks? wat kan ik doen nu in tussentijd")
    assert reply.count("Dit maakt de aanvraag voor") == 1
    assert "geldt hetzelfde" in reply


def test_is_een_mullah_huwelijk_geldig__whether_it_counts_where_it_was_concluded():
    """Seed 000: "wanneer jouw religieus of gewoonterechtelijk huwelijk ook als officieel
    huwelijk geldt in het land waar het werd afgesloten. Dit kan nagegaan worden aan de hand
    van de wetgeving van dit land"."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 maart 2026](recognition_date:2026-03-03), ik ben [30](age:sponsor). mijn "
        "[vrouw](relationship:spouse) van [24](age) is in afghanistan, we zijn getrouwd bij "
        "de [mullah](marriage_type:religious_or_customary)"
    )
    chat.answer_plainly({})
    reply = chat.say("maar is mullah huwelijk geldig voor belgie?")
    assert "land waar jullie trouwden" in reply, chat.transcript()


def test_the_relative_who_writes_reads_voor_jou():
    """Panel 3 (a5-M1): "Documenten voor jij"."""
    chat = Chat()
    chat.say(RELIGIOUS)
    chat.answer_plainly({})
    assert "Documenten voor jou" in chat.say("/ask_documents", intent="ask_documents")
    assert "voor jij" not in chat.say("/ask_conditions", intent="ask_conditions")
