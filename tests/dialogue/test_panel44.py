"""Findings of panel rounds 44 and 45 (stop 31), each named by the user's words or the seed
sentence.

The messages carry the entities the project's NLU gave them in the panel."""

from tests.dialogue.chat import Chat

DAWIT = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [20 november 2025]"
    "(recognition_date:2025-11-20), ik ben [40](age:sponsor). [mijn vrouw](relationship:spouse)"
    " is [36](age), [officieel](marriage_type:official) getrouwd. we hebben 4 [kinderen]"
    "(relationship:child), [17](age) [14](age) [9](age) en [2](age) jaar"
)


def _dawit() -> Chat:
    chat = Chat()
    chat.say(DAWIT)
    chat.answer_plainly({"applicant.relationship_predates_arrival": "ja"}, 12)
    return chat


def test_de_beslissing_komt_pas_na_april__no_new_status_date():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning": the decision's day. "mijn
    oudste zoon wordt 18 in april 2027 ... de beslissing komt pas na april" made the status
    "sinds april 2026", inside the 12 months again (panel 44, h1)."""
    chat = _dawit()
    chat.say(
        "mijn [oudste zoon](relationship:child) wordt [18](age) in april 2027. als we nu aanvragen"
        " maar de beslissing komt pas na [april](recognition_date:2026-04-01|approximate), mag hij"
        " dan nog komen?"
    )
    assert chat.state["sponsor"]["recognition_date"] == "2025-11-20", chat.transcript()


def test_is_hij_dan_al_18__a_question_about_later_no_age_now():
    """ "als we aanvragen in januari en DVZ beslist pas in mei, is hij dan al 18?" made the son
    18 (no right any more, seed 003: "minder dan 18 jaar"), then "nee hij is NU 17" replaced the
    child of 2 by a second son of 17 (panel 44, h1)."""
    chat = _dawit()
    chat.say("als we aanvragen in januari en DVZ beslist pas in mei, is hij dan al [18](age)."
             " mag hij dan nog mee?")  # fmt: skip
    chat.say("nee hij is NU [17](age). hij wordt pas 18 in april volgend jaar")
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [2, 9, 14, 17], chat.transcript()


def test_ze_zijn_nooit_echt_gescheiden__the_husband_stays():
    """ "hoe bewijst mijn man dat hij de voogdij heeft, ze zijn nooit echt gescheiden bij de
    rechtbank" (of the husband and his first wife) took the husband out: "Ik heb je man
    weggelaten" (panel 44, g3)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [3 oktober 2026]"
        "(recognition_date:2026-10-03). [mijn man](relationship:spouse) is [31](age)"
    )
    chat.say(
        "[zijn mama](relationship:parent) woont in eritrea. moet zij dan iets tekenen? en hoe"
        " bewijst [mijn man](relationship:spouse) dat hij de voogdij heeft, ze zijn nooit echt"
        " gescheiden bij de rechtbank"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_mijn_ouders_sturen_geld__no_applicants():
    """ "ik werk 15u per week als studentenjob en mijn ouders sturen geld": who helps the
    student, no one who comes (panel 44, g5: the parents added as applicants)."""
    chat = Chat()
    chat.say("ik studeer in belgie en ik wil [mijn man](relationship:spouse) laten overkomen")
    chat.say(
        "hoeveel inkomen moet ik dan hebben? ik werk 15u per week als studentenjob en [mijn"
        " ouders](relationship:parent) sturen geld"
    )
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_de_vader_van_ali_is_vermist__no_applicant_and_how_to_show_it():
    """Seed 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen";
    seed 004: "Als de andere ouder verdwenen is moet je een attest hebben ...". "De vader van
    Ali is vermist ... Heeft men toestemming van de vader nodig?" added the father as an
    applicant and got "geen antwoord" (panel 44, h2)."""
    chat = Chat()
    chat.say(
        "ik ben vrijwilliger en schrijf voor Ali, [16](age:sponsor), hij kwam alleen en is"
        " [erkend vluchteling](sponsor_status:refugee) sinds [1 november 2026]"
        "(recognition_date:2026-11-01). [zijn moeder](relationship:parent) en [zijn zus]"
        "(relationship:sibling) van [10](age) willen komen"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 10)
    reply = chat.say(
        "De [vader](relationship:parent) van Ali is vermist. Is dat een probleem voor de"
        " [moeder](relationship:parent)? Heeft men toestemming van de [vader]"
        "(relationship:parent) nodig?"
    )
    words = [p.get("word") for p in chat.people]
    assert "vader" not in words, chat.transcript()
    assert "toon dat aan" in reply and "attest" in reply, reply


def test_ivan_is_toch_nog_mijn_kind__no_second_child():
    """ "Ivan is toch nog mijn kind? ... kan hij niet als kind komen?" made up "Je tweede kind
    van 19 jaar" (panel 44, h4); seed 001: "Uw andere meerderjarige kinderen kunnen niet naar
    België komen in het kader van gezinshereniging"."""
    chat = Chat()
    chat.say(
        "ik woon in België met een [B-kaart](sponsor_status:third_country_national), ik ben"
        " [45](age:sponsor). [mijn zoon](relationship:child) Ivan is [19](age)"
    )
    chat.answer_plainly({"applicant.disabled": "nee"}, 8)
    chat.say("Ivan is toch nog [mijn kind](relationship:child)? hij studeert nog. kan hij niet"
             " als [kind](relationship:child) komen?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()
    reply = chat.say("zou Ivan niet beter een studentenvisum vragen?")
    assert "Je hebt een tijdelijk verblijf" not in reply, reply


def test_weet_ik_niet__is_no_no():
    """ "weet ik niet" to "Geeft de andere ouder ... toestemming?" was recorded as "de andere
    ouder geeft geen toestemming" and the stepson sent to a humanitarian visa (panel 45, g3;
    seed 004: "volstaat een schriftelijke verklaring van de andere ouder")."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [26](age:sponsor). [mijn man](relationship:spouse)"
        " is [30](age), [officieel](marriage_type:official) getrouwd. hij heeft een [zoon]"
        "(relationship:stepchild) van [6](age), het [hoederecht](custody:shared) is gedeeld"
    )
    for _ in range(6):
        if chat.question == "applicant.other_parent_consent":
            break
        chat.say("ja", intent="affirm")
    assert chat.question == "applicant.other_parent_consent", chat.transcript()
    chat.say("weet ik niet", intent="deny")
    consent = chat.person("stepchild")["facts"].get("other_parent_consent")
    assert consent is not False, chat.transcript()


def test_hoe_weet_ik_of_het_officieel_is__the_imams_paper_stays_religious():
    """Seed 000: a religious marriage gives the right only "wanneer ... ook als officieel
    huwelijk geldt in het land waar het werd afgesloten". "hoe weet ik of het officieel is in
    egypte? we hebben wel een papier van de imam" recorded "officieel getrouwd" (panel 45,
    h4)."""
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is [29](age), ze is in egypte")
    chat.say(
        "hoe weet ik of het [officieel](marriage_type:official) is in egypte? we hebben wel een"
        " papier van de [imam](marriage_type:religious_or_customary)"
    )
    assert chat.person("spouse")["facts"].get("marriage") != "official", chat.transcript()


def test_en_geld_ik_heb_geen_werk__a_minor_sponsors_day_before_18():
    """Seed 001: the parents of an unaccompanied minor "op voorwaarde dat de NBMV jonger is
    dan achttien jaar". With his birthday told (5 mei 2027), "en geld? ik heb geen werk" got
    "De laatste dag is 1 september 2027 ... Daarna moet je wel genoeg inkomen bewijzen"
    (panel 45, g4)."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds [1"
        " september 2026](recognition_date:2026-09-01), ik kwam alleen. [mijn mama]"
        "(relationship:parent) moet komen"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 6)
    chat.say("ik word 18 op 5 mei 2027. tot wanneer moet het dan?")
    reply = chat.say("en geld? ik heb geen werk", intent="ask_means_of_subsistence")
    assert "4 mei 2027" in reply and "1 september 2027" not in reply, chat.transcript()
    assert "Daarna moet je wel genoeg inkomen" not in reply, reply


def test_de_overlijdensakte_van_haar_moeder__toen_haar_vader_asiel_vroeg__no_new_parents():
    """ "Moet ze de overlijdensakte van haar moeder hebben?" and "Ze was minderjarig toen haar
    vader asiel vroeg" (of the client's daughter) made the client's mother and father applicants
    (panel 45, g2)."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker en schrijf voor mijn cliënt Hussein, [58](age:sponsor),"
        " [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [1 juni 2026]"
        "(recognition_date:2026-06-01). [zijn dochter](relationship:child) Sara is [17](age)"
    )
    chat.say("Moet ze de overlijdensakte van [haar moeder](relationship:parent) hebben, voor het"
             " hoederecht?")  # fmt: skip
    chat.say("Ze was minderjarig toen [haar vader](relationship:parent) asiel vroeg.")
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_moeten_we_opnieuw_trouwen__a_belgians_wife_is_not_cited_to_art_10():
    """Seed 004 is a Belgian's family's page; art. 10, §1, 4° is the spouse of a
    third-country national or a refugee (seed 001). "moeten we dan opnieuw trouwen?" from a
    Belgian was cited to art. 10, §1, 4° (panel 45, h4)."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [35](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) Mona is [29](age), we zijn [bij een imam getrouwd]"
        "(marriage_type:religious_or_customary) in egypte"
    )
    chat.answer_plainly({}, 8)
    reply = chat.say("moeten we dan opnieuw trouwen, burgerlijk?")
    assert "opnieuw moeten trouwen" in reply, chat.transcript()
    assert "art. 10, §1, 4°" not in reply, reply


def test_naar_ankara_of_ook_in_istanbul__any_belgian_post():
    """Seed 002: "De aanvraag kan worden ingediend bij elke Belgische diplomatieke of consulaire
    post ...". "Moeten ze naar Ankara of kan het ook in Istanbul?" got "Op die vraag vind ik geen
    antwoord" (panel 45, h3)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 augustus 2026]"
        "(recognition_date:2026-08-01), ik ben [35](age:sponsor). [mijn man](relationship:spouse)"
        " is [37](age), [officieel](marriage_type:official) getrouwd"
    )
    chat.answer_plainly({}, 6)
    reply = chat.say("Ze wonen in Gaziantep. Moeten ze naar Ankara of kan het ook in Istanbul?")
    assert "elke Belgische ambassade" in reply, chat.transcript()


def test_hij_verdient_maar_heel_weinig__the_brothers_own_income():
    """Seed 000 (an adult child or sibling): "dat je niet getrouwd bent, dat je nog studeert en
    dat je geen eigen inkomsten hebt waardoor je nog ten laste bent". "Is dat zwartwerk een
    probleem? Hij verdient maar heel weinig." of a brother of 19 got the sponsor's income
    exemption (panel 45, h3)."""
    chat = Chat()
    chat.say(
        "ik ben voogd van Bilal, [15](age:sponsor), hij kwam alleen en heeft [subsidiaire"
        " bescherming](sponsor_status:subsidiary_protection) sinds [10 oktober 2026]"
        "(recognition_date:2026-10-10). [zijn ouders](relationship:parent) en [zijn broer]"
        "(relationship:sibling) van [19](age) zijn in Turkije"
    )
    chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"}, 12)
    reply = chat.say("Is dat zwartwerk een probleem? Hij verdient maar heel weinig.")
    assert "geen inkomen te bewijzen" not in reply, chat.transcript()
    assert "eigen inkomen" in reply or "afhankelijk" in reply, reply
