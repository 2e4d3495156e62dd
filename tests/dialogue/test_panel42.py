"""Findings of panel round 42 (stop 31), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel (DIET tagged "18 in
januari 2025" and "2 november" as recognition dates)."""

from tests.dialogue.chat import Chat

HELPER_MARIAM = (
    "Goedemiddag, ik ben maatschappelijk werker bij het OCMW. Ik schrijf voor mijn cliënte"
    " Mariam, Afghaanse, [41](age:sponsor) jaar. Zij heeft [subsidiaire bescherming]"
    "(sponsor_status:subsidiary_protection) sinds [14 maart 2025](recognition_date:2025-03-14)."
    " [Haar twee kinderen](relationship:child) zitten in Iran. Wat zijn de mogelijkheden?"
)


# Omid was 16 at the asylum application, no force majeure; both children born before the flight
MARIAMS_ANSWERS = {
    "applicant.disabled": "nee",
    "applicant.minor_at_sponsor_asylum_application": "ja",
    "applicant.force_majeure": "nee",
    "applicant.relationship_predates_arrival": "ja",
}


def _mariam() -> Chat:
    chat = Chat()
    chat.say(HELPER_MARIAM)
    chat.say(
        "Omid, [haar zoon](relationship:child), is [19](age). Hij zit alleen in Iran. [Haar"
        " dochter](relationship:child) Zahra is [15](age) en woont daar bij een [tante]"
        "(relationship:other_relative). De [vader](relationship:parent) van de [kinderen]"
        "(relationship:child), Mariams [man](relationship:spouse), is overleden."
    )
    return chat


def test_hij_werd_18_in_januari_2025__a_birthday_is_no_status_date():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning": the date counts from the
    decision. "Hij werd 18 in januari 2025, dus nog voor de beslissing" moved the client's
    status to January 2025 (panel 42, g3), and "18, sinds 2 november" (the boy's birthday)
    moved his to November (g4)."""
    chat = _mariam()
    chat.say(
        "Ja. Mariam vroeg asiel aan in september 2023, Omid was toen [16](age). Hij werd"
        " [18 in januari 2025](recognition_date:2025-01-01|approximate), dus nog voor de"
        " beslissing."
    )
    assert chat.state["sponsor"]["recognition_date"] == "2025-03-14", chat.transcript()
    chat.say("Nee, de status is van [14 maart 2025](recognition_date:2025-03-14). [Januari 2025]"
             "(recognition_date:2025-01-01|approximate) is wanneer Omid 18 werd.")  # fmt: skip
    assert chat.state["sponsor"]["recognition_date"] == "2025-03-14", chat.transcript()
    boy = Chat()
    boy.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juli 2026]"
        "(recognition_date:2026-07-15). [mijn ma](relationship:parent) en [pa]"
        "(relationship:parent) willen komen"
    )
    boy.say("[18](age:sponsor), sinds [2 november](recognition_date:2026-11-02)")
    assert boy.state["sponsor"]["recognition_date"] == "2026-07-15", boy.transcript()
    assert boy.state["sponsor"]["age"] == 18


def test_over_wie_gaat_19_jaar__a_social_worker_gets_an_example_in_the_third_person():
    """The writer is a social worker: "Schrijf het zo: 'mijn zoon is 9'" addressed her as the
    mother (panel 42, g3)."""
    chat = Chat()
    chat.say(HELPER_MARIAM)
    reply = chat.say("Omid is [19](age) en Zahra is [15](age).")
    if "Over wie gaat" in reply:
        assert "'mijn zoon is 9'" not in reply and "'haar zoon is 9'" in reply, reply


def test_indien_de_ouders_gescheiden_zijn__a_widow_proves_the_death_not_a_custody():
    """Seed 003: "Indien de ouders van de aanvrager gescheiden zijn, moet de gezinshereniger
    ... over een hoederecht beschikken"; seed 000: "Wanneer jouw ouders overleden of vermist
    zijn, moet je dit kunnen aantonen". The client's husband died in 2022, yet: "een kind van
    je cliënt en de partner van je cliënt samen" and "ten laste ... van de partner van je
    cliënt" (panel 42, g3)."""
    chat = _mariam()
    assert chat.state["sponsor"].get("widowed") is True, chat.transcript()
    chat.answer_plainly(MARIAMS_ANSWERS, 16)
    log = chat.transcript()
    assert "nog samen, als koppel" not in log, log
    documents = chat.say("Documenten", intent="ask_documents")
    conditions = chat.say("Voorwaarden", intent="ask_conditions")
    for text in (documents, conditions):
        assert "partner van je cliënt" not in text, text
    assert "de andere ouder van de dochter van je cliënt is overleden" in conditions, conditions
    assert "overlijdensakte" in conditions


def test_moet_de_tante_iets_tekenen__zus_en_tante_is_dezelfde_persoon__no_new_applicants():
    """ "Moet de tante iets tekenen?", "de tante van Zahra (zus van Mariam) blijft in Iran",
    "zus en tante is dezelfde persoon": the aunt and the client's sister became applicants
    ("wil naar België komen"), three messages to undo (panel 42, g3)."""
    chat = _mariam()
    before = len(chat.people)
    chat.say("Moet de [tante](relationship:other_relative) iets tekenen?")
    chat.say(
        "De [tante](relationship:other_relative) wil niet naar België komen. Zahra woont alleen"
        " bij haar, de [tante](relationship:other_relative) van Zahra ([zus]"
        "(relationship:sibling) van Mariam) blijft in Iran."
    )
    chat.say("[zus](relationship:sibling) en [tante](relationship:other_relative) is dezelfde"
             " persoon.")  # fmt: skip
    kinds = sorted(p["relationship"] for p in chat.people)
    assert len(chat.people) == before and "sibling" not in kinds, chat.transcript()


def test_op_voorwaarde_dat_de_nbmv_jonger_is_dan_achttien_jaar__not_adult_during_procedure():
    """Seed 001: the parents of an unaccompanied minor "op voorwaarde dat de NBMV jonger is
    dan achttien jaar"; seed 002 "Laattijdige indiening": "De omstandigheden ... worden door de
    Dienst Vreemdelingenzaken onderzocht". A boy recognised at 17 was told "Je werd
    meerderjarig tijdens de asielprocedure", cited to the fee article (panel 42, g4)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juli 2026]"
        "(recognition_date:2026-07-15), ik kwam alleen naar belgie toen ik 16 was. ik ben"
        " [18](age:sponsor). [mijn ouders](relationship:parent) willen komen"
    )
    reply = chat.answer_plainly(
        {"sponsor.minor_at_asylum_application": "ja", "sponsor.unaccompanied_minor": "ja"}, 16
    )
    assert "humanitair visum" in reply, chat.transcript()
    assert "werd meerderjarig tijdens de asielprocedure" not in reply.lower()
    assert "liep tot je 18 werd" in reply and "late aanvraag toch" in reply, reply
    assert "art. 1/1, §2, 3°" not in reply.split("liep tot je 18")[1].split("\n")[0]


def test_pa_is_47_en_ma_41__each_age_to_the_parent_it_names():
    """ "nee pa is 47 en ma 41": the 47 went to "ma", then "Documenten voor je ouder van 41
    jaar: ... Het paspoort van je pa" (panel 42, g4)."""
    chat = Chat()
    chat.say("ik wil [ma](relationship:parent) en [pa](relationship:parent) hier")
    chat.say("nee pa is [47](age) en ma [41](age)")
    ages = {p["word"]: p["age"] for p in chat.people if p["relationship"] == "parent"}
    assert ages == {"ma": 41, "pa": 47}, chat.transcript()


def test_in_tweede_orde__only_in_a_family_reunification_request():
    """Seed 000: "bij een aanvraag voor een visum gezinshereniging in tweede orde een humanitair
    visum te vragen"; "wat als ze het visum van mama weigeren?" for a mother who can only ask a
    humanitarian visa got "Vraag dan in de aanvraag gezinshereniging ook een humanitair visum"
    (panel 42, g5)."""
    chat = Chat()
    chat.say(
        "Ik woon in België met een [B-kaart](sponsor_status:third_country_national) (onbeperkt),"
        " [38](age:sponsor) jaar. Ik wil [mijn man]"
        "(relationship:spouse) en [mijn moeder](relationship:parent) laten overkomen."
    )
    chat.answer_plainly({"applicant.age": "40", "applicant.marriage": "officieel"}, 16)
    reply = chat.say("en wat als ze het visum van [mama](relationship:parent) weigeren?")
    assert "weigering" in reply and "tweede orde" not in reply, chat.transcript()
    reply = chat.say("en als ze het visum van [mijn man](relationship:spouse) weigeren?")
    assert "tweede orde" in reply, reply


def test_minderjarige_broers_en_zussen_van_een_nbm__not_for_an_adult_sponsor():
    """Seed 000's "Minderjarige broers en zussen van een niet-begeleide minderjarige ...":
    "Als de ouders niet meekomen, is de kans veel lager" was told to a man of 24, asked "Kwam
    je alleen naar België?" before his age (panel 42, h4)."""
    chat = Chat()
    chat.say("ik wil [mijn zus](relationship:sibling) en [broer](relationship:sibling) halen")
    chat.say("[Subsidiaire bescherming](sponsor_status:subsidiary_protection)")
    assert chat.question == "sponsor.age", chat.transcript()
    chat.say("[24](age:sponsor)")
    chat.say("noor is [16](age) en sami is [22](age)")
    reply = chat.answer_plainly({}, 6)
    assert "humanitair visum" in reply, chat.transcript()
    assert "Kwam je alleen" not in chat.transcript()
    reply = chat.say("waarom kans klein?")
    assert "ouders niet meekomen" not in reply and "heel onveilig" not in reply, reply


def test_geen_enkel_ander_familielid__the_uncle_who_cares_for_her_is_about_her():
    """Seed 001: "Bovendien is het belangrijk om te kunnen bewijzen dat geen enkel ander
    familielid voor het betrokken familielid kan zorgen". "mijn oom zorgt nu voor noor ... is
    dat een probleem dat hij voor haar zorgt?" got "Op die vraag vind ik geen antwoord"
    (panel 42, h4)."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection), ik ben"
        " [24](age:sponsor). [mijn zus](relationship:sibling) is [16](age) en [mijn broer]"
        "(relationship:sibling) is [22](age)"
    )
    chat.answer_plainly({}, 6)
    reply = chat.say(
        "maar [mijn oom](relationship:other_relative) zorgt nu voor noor. hij is oud. is dat een"
        " probleem dat hij voor haar zorgt?"
    )
    assert "geen enkel ander familielid voor je zus" in reply, chat.transcript()
    assert len(chat.people) == 2


def test_ik_heb_2_broers_in_spanje__no_applicants_and_the_other_carer_answer():
    """ "ik heb 2 broers in spanje. maakt dat uit voor de aanvraag van mama?": the brothers
    became applicants ("Je eerste broer: wil naar België komen"; panel 42, h1); seed 001:
    "geen enkel ander familielid"."""
    chat = Chat()
    chat.say(
        "ik ben [Belg](sponsor_status:belgian), [45](age:sponsor). [mijn moeder]"
        "(relationship:parent) is [72](age) en woont alleen in Oujda"
    )
    chat.answer_plainly({}, 8)
    reply = chat.say(
        "ik heb 2 [broers](relationship:sibling) in spanje. maakt dat uit voor de aanvraag van"
        " [mama](relationship:parent)?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "geen enkel ander familielid" in reply, reply


def test_mag_yazan_alleen_met_zijn_vader_reizen__the_husband_not_a_father_in_law():
    """ "Mag Yazan alleen met zijn vader reizen?" from the mother: "Je schoonvader: wil naar
    België komen" (panel 42, h5)."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 augustus 2026]"
        "(recognition_date:2026-08-01), [35](age:sponsor). [mijn man](relationship:spouse) is"
        " [37](age) en [onze zoon](relationship:child) is [13](age)"
    )
    chat.answer_plainly({"applicant.marriage": "officieel"}, 8)
    chat.say("Mag Yazan alleen met [zijn vader](relationship:parent) reizen? Ik ben hier, dus ik"
             " kan niet mee.")  # fmt: skip
    assert sorted(p["relationship"] for p in chat.people) == ["child", "spouse"], chat.transcript()


def test_my_son_is_1_jaar_niet_jonger__and_a_baby_is_no_age_claimed():
    """ "my son is 1 jaar, niet jonger" left "Je kind: een baby, jonger dan 1 jaar" (panel 42,
    h2: the user wrote only "baby")."""
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) en [baby](relationship:child) zijn in pakistan")
    chat.say("[Asiel nog bezig](sponsor_status:asylum_seeker)")
    assert "jonger dan 1 jaar" not in chat.transcript()
    chat.say("[my son](relationship:child) is [1](age) jaar, niet jonger. en [mijn vrouw]"
             "(relationship:spouse) is [26](age)")  # fmt: skip
    assert chat.person("child")["age"] == 1, chat.transcript()


def test_nikah_nama_geregistreerd__a_registered_religious_marriage_is_official():
    """Seed 000: "wanneer jouw religieus of gewoonterechtelijk huwelijk ook als officieel
    huwelijk geldt in het land waar het werd afgesloten". "nikah nama is gewoon officieel
    huwelijk in pakistan, geregistreerd bij union council" kept "religieus of traditioneel
    getrouwd" (panel 42, h2)."""
    chat = Chat()
    chat.say("[mijn vrouw](relationship:spouse) is in pakistan, ze is [26](age)")
    chat.say(
        "[nikah](marriage_type:religious_or_customary) nama is gewoon [officieel huwelijk]"
        "(marriage_type:official) in pakistan, geregistreerd bij union council."
    )
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()


def _ahmad() -> Chat:
    chat = Chat()
    chat.say(
        "ik wil [ma](relationship:parent) en [pa](relationship:parent) hier, ze zitten in"
        " libanon met [mijn broertje](relationship:sibling)"
    )
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [15 juli 2026]"
        "(recognition_date:2026-07-15), ik kwam alleen naar belgie toen ik 16 was. ik ben"
        " [18](age:sponsor)"
    )
    return chat


def test_karim_is_11__a_named_age_goes_to_the_brother_not_a_parent():
    """ "karim is 11" of the one brother without an age got "Over wie gaat 11 jaar?": parents
    of an 18-year-old are not 11 (panel 42, g4)."""
    chat = _ahmad()
    chat.say("karim is [11](age)")
    assert chat.person("sibling")["age"] == 11, chat.transcript()


def test_is_het_echt_te_laat_nu_ik_18_ben__the_lapse_and_the_late_request_once():
    """Seed 002 "Laattijdige indiening": "De aanvrager ... moet uitleg verschaffen over de
    redenen die de tijdige indiening ... verhinderd hebben". "is het echt te laat nu ik 18
    ben??" got a processing time; "kan ik da uitleggen aan dvz?" got "geen antwoord" (panel
    42, g4)."""
    chat = _ahmad()
    chat.answer_plainly(
        {"sponsor.minor_at_asylum_application": "ja", "sponsor.unaccompanied_minor": "ja",
         "applicant.age": "11"}, 16,
    )  # fmt: skip
    reply = chat.say("is het echt te laat nu ik 18 ben??", intent="ask_deadline")
    assert reply.count("Het recht van de ouders liep tot je 18 werd") == 1, chat.transcript()
    assert "De behandeling kan een jaar" not in reply
    reply = chat.say("niemand heeft mij gezegd dat ik moest haasten. kan ik da uitleggen aan dvz?")
    assert "late aanvraag toch" in reply, reply


def test_moeten_omid_en_zahra_samen_indienen__seed_000s_stronger_file():
    """Seed 000, "Meerderjarige dochter of zoon": "Het dossier is nog sterker wanneer ... Je
    hebt minderjarige broers en zussen die op hetzelfde ogenblik een aanvraag
    gezinshereniging indienen". Only the cost half was answered (panel 42, g3)."""
    chat = _mariam()
    chat.answer_plainly(MARIAMS_ANSWERS, 16)
    reply = chat.say("Moeten Omid en Zahra hun aanvragen samen indienen?")
    assert "sterker als minderjarige broers of zussen op hetzelfde moment" in reply, (
        chat.transcript()
    )
