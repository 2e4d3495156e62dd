"""Findings of panel round 36 (stop 28), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

BELGIAN_SONS_MOTHER = (
    "ik ben [belg](sponsor_status:belgian), [35](age:sponsor). [mijn moeder](relationship:parent)"
    " is [63](age), ze is weduwe en ziek en woont alleen in kinshasa"
)


def test_de_artikelen_9_en_13_leggen_geen_voorwaarden_vast__a_studio_for_a_humanitarian_mother():
    """Seed 001: "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast"; seed 000: "voldoende bestaansmiddelen (en eventueel huisvesting)"
    strengthen a parent's request. A Belgian's mother on a humanitarian request was told
    art. 40ter's "DVZ kan toch weigeren als de woning te klein is" (panel 36, g5)."""
    chat = Chat.answered(BELGIAN_SONS_MOTHER)
    assert chat.person("parent")["route"] == "humanitarian_visa", chat.transcript()
    reply = chat.say("ik woon in een studio, is dat erg?")
    assert "legt de wet geen voorwaarden vast, ook niet voor de woning" in reply, chat.transcript()
    assert "40ter" not in reply and "kan toch weigeren" not in reply


def test_a_belgians_wife_still_gets_seed_004s_housing_rule():
    """The other side: a Belgian's wife on family reunification hears seed 004's "weerlegbaar
    vermoeden" for a studio."""
    chat = Chat.answered(
        "ik ben [belg](sponsor_status:belgian), [35](age:sponsor). [mijn vrouw](relationship:spouse)"
        " is [30](age), we zijn getrouwd in marokko",
        {"applicant.marriage": "officieel"},
    )
    assert chat.person("spouse")["route"] == "family_reunification", chat.transcript()
    reply = chat.say("ik woon in een studio, is dat erg?")
    assert "kan toch weigeren als de woning te klein is" in reply, chat.transcript()


def test_het_verzoek_binnen_het_jaar_na_de_erkenning__an_asylum_seeker_asks_about_a_home():
    """Seed 003: "De gezinshereniger moet niet bewijzen dat hij over voldoende huisvesting
    beschikt wanneer ... het verzoek ... binnen het jaar (12 maanden) na de erkenning"; now only
    a humanitarian visa (seed 000). An asylum seeker was told "Voor gezinshereniging moet je in
    België een woning hebben die groot genoeg is" as if it held for him (panel 36, h4)."""
    chat = Chat()
    chat.say(
        "[mijn vrouw](relationship:spouse) is [35](age) en [mijn zoon](relationship:child) is"
        " [4](age). ze zijn in erbil"
    )
    chat.say("ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker)")
    chat.answer_plainly({"applicant.marriage": "officieel", "sponsor.age": "[39](age)"}, 20)
    assert chat.state.get("answered"), chat.transcript()
    reply = chat.say("ik heb geen werk en geen huis, heeft dat zin?", intent="ask_housing")
    assert "Nu kan je familie alleen een humanitair visum vragen" in reply, chat.transcript()
    assert "binnen 12 maanden na je erkenning" in reply
    assert "40ter" not in reply


WORKERS_FAMILY = (
    "ik heb een [verblijfskaart](sponsor_status:third_country_national) onbeperkt verblijf,"
    " ik werk in gent. [mijn vrouw](relationship:spouse) is [24](age) en wij zijn getrouwd in"
    " douala"
)


def test_bijzondere_bepaling_only_for_a_protected_sponsor__a_workers_wife_and_other_proofs():
    """Seed 002: "Bijzondere bepaling: Wanneer de gezinshereniger een vreemdeling aan wie België
    de vluchtelingenstatus of subsidiaire bescherming heeft toegekend is ... moet de Dienst
    Vreemdelingenzaken rekening houden met andere geldige bewijzen". A worker's wife was told the
    refugees' rule, and then that only refugees' families have other proofs, which seed 004
    (a Belgian's family) and seed 000 (a marriage DVZ cannot recognise) contradict (panel 36,
    h1)."""
    chat = Chat.answered(WORKERS_FAMILY, {"applicant.marriage": "officieel", "sponsor.age": "36"})
    assert chat.person("spouse")["route"] == "family_reunification", chat.transcript()
    reply = chat.say("moet er een dna test?", intent="ask_dna_test")
    assert "andere geldige bewijzen bekijken" not in reply, chat.transcript()
    assert "als het huwelijk al bestond vóór de aankomst" not in reply
    assert "welke andere bewijzen DVZ in jullie geval aanvaardt" in reply


def test_a_refugees_wife_keeps_seed_002s_other_valid_proofs():
    """The other side: a refugee's wife hears seed 002's rule."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 mei 2026]"
        "(recognition_date:2026-05-12). [mijn vrouw](relationship:spouse) is [24](age)",
        {"applicant.marriage": "officieel", "sponsor.age": "36"},
    )
    reply = chat.say("moet er een dna test?", intent="ask_dna_test")
    assert "moet DVZ ook andere geldige bewijzen bekijken" in reply, chat.transcript()


EU_FAMILY = (
    "ik ben [pools](sponsor_status:eu_citizen), ik werk in mechelen met een E kaart."
    " [mijn vrouw](relationship:spouse) is [37](age) en [haar zoon](relationship:stepchild) is"
    " [14](age), ze zijn in lviv"
)


def test_no_seed_says_whether_an_eu_citizens_family_pays__the_fee_is_not_asserted():
    """No seed covers an EU citizen's family (art. 40bis); seed 002's retributie is said of the
    family of a protected person. An EU citizen's wife was told "er is een administratieve
    bijdrage (retributie) te betalen (art. 1/1)" and her family link was cited to the
    humanitarian practice (panel 36, h5)."""
    chat = Chat.answered(EU_FAMILY, {"applicant.marriage": "officieel", "sponsor.age": "40"})
    first = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "of familie van een EU-burger een bijdrage (retributie) betaalt, staat niet" in first, (
        chat.transcript()
    )
    assert "er is een bijdrage" not in first
    documents = chat.say("Documenten", intent="ask_documents")
    link = next(line for line in documents.splitlines() if "familie zijn" in line)
    assert "art. 40bis" in link and "humanitair" not in link, documents
    assert "retributie) betaald is" not in documents


def test_a_refugees_wife_still_hears_she_pays_nothing():
    """The other side: seed 002's exemption for a refugee's wife is said as before."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 mei 2026]"
        "(recognition_date:2026-05-12). [mijn vrouw](relationship:spouse) is [24](age)",
        {"applicant.marriage": "officieel", "sponsor.age": "36"},
    )
    assert "Kosten: er is geen bijdrage (retributie) te betalen" in chat.transcript()


def test_binnen_het_jaar_na_de_erkenning__the_decisions_day_not_the_letters():
    """Seed 003: "binnen het jaar (12 maanden) na de erkenning": the decision's day counts. "de
    beslissing is van 30 juni 2026, de brief kwam 4 juli" kept 4 juli, which would have put
    the deadline four days late (panel 36, g4)."""
    chat = Chat()
    chat.say(
        "ik ben [16](age:sponsor), alleen gekomen, [erkend vluchteling](sponsor_status:refugee)"
        " sinds [4 juli 2026](recognition_date:2026-07-04). [mama](relationship:parent) en"
        " [papa](relationship:parent) zijn in libanon"
    )
    chat.say(
        "wacht nee, ik kijk ff op de brief... de beslissing is van [30 juni 2026]"
        "(recognition_date:2026-06-30), de brief kwam [4 juli](recognition_date:2026-07-04)"
    )
    assert chat.sponsor["recognition_date"] == "2026-06-30", chat.transcript()


def test_a_letter_day_alone_is_still_read():
    """The other side: one date told with the letter is the only date there is."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), de brief kwam op [4 juli 2026]"
        "(recognition_date:2026-07-04). [mijn vrouw](relationship:spouse) is in syrie"
    )
    assert chat.sponsor["recognition_date"] == "2026-07-04", chat.transcript()


UAM_PARENTS = (
    "ik ben [16](age:sponsor), alleen gekomen, [erkend vluchteling](sponsor_status:refugee)"
    " sinds [30 juni 2026](recognition_date:2026-06-30). [mama](relationship:parent) en"
    " [papa](relationship:parent) zijn in libanon"
)


def test_papa_heeft_geen_paspoort_meer_mama_wel__the_lines_are_papas():
    """Seed 002: "Het ontbreken van een reisdocument vormt geen onoverkomelijk obstakel" is
    said of the one without a passport. "papa heeft geen paspoort meer, mama wel" got "Het
    paspoort van je mama ... Heeft zij geen paspoort?" (panel 36, g4)."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say(
        "[papa](relationship:parent) heeft geen paspoort meer, [mama](relationship:parent) wel"
    )
    assert "paspoort van je papa" in reply, chat.transcript()
    assert "paspoort van je mama" not in reply


def test_mama_heeft_geen_paspoort__the_lines_are_mamas():
    """The other side: the one without a passport is named first, or alone."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say("[mama](relationship:parent) heeft geen paspoort")
    assert "paspoort van je mama" in reply and "paspoort van je papa" not in reply, (
        chat.transcript()
    )


BELGIAN_SONS_MOTHER_WRITES = (
    "ik ben [mama](relationship:parent) odette uit kinshasa, [63](age) jaar. [mijn zoon]"
    "(relationship:child) woont in belgie hij is [belg](sponsor_status:belgian). kan ik bij hem"
    " komen wonen?"
)


def test_geen_enkel_ander_familielid__a_daughter_with_five_children_is_no_applicant():
    """Seed 001: "dat geen enkel ander familielid voor het betrokken familielid kan zorgen". A
    mother told why her daughter cannot care for her, "mijn dochter woont in lubumbashi maar
    die heeft zelf 5 kinderen en geen geld", and the daughter was added as coming (panel 36,
    g5)."""
    chat = Chat.answered(BELGIAN_SONS_MOTHER_WRITES, {"sponsor.age": "35"})
    assert chat.state["writer"] == "applicant", chat.transcript()
    chat.say(
        "mijn man is gestorven in 2024 en ik woon nu alleen. [mijn dochter](relationship:child)"
        " woont in lubumbashi maar die heeft zelf 5 kinderen en geen geld"
    )
    assert not [p for p in chat.people if not p.get("self")], chat.transcript()


def test_heeft_zelf_kinderen_said_of_a_relative_who_comes__she_stays():
    """The other side (review): a relative with children of her own who comes stays, and so
    do her children who come with her; "geen kinderen" takes no one out."""
    cases = [
        (
            "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn dochter](relationship:child)"
            " is [17](age) en heeft zelf een kind van 1 jaar",
            ["child"],
        ),
        (
            "ik ben [erkend vluchteling](sponsor_status:refugee). [mijn vrouw]"
            "(relationship:spouse) is [30](age). ze heeft zelf een [dochter]"
            "(relationship:stepchild) van [10](age), die moet ook mee komen",
            ["spouse", "stepchild"],
        ),
        (
            "ik ben [belg](sponsor_status:belgian). [mijn zus](relationship:sibling) is [30](age),"
            " ze heeft zelf geen kinderen en geen man, ze is helemaal alleen in homs",
            ["sibling"],
        ),
    ]
    for story, kinds in cases:
        chat = Chat()
        chat.say(story)
        got = sorted(p["relationship"] for p in chat.people if not p.get("self"))
        assert got == kinds, chat.transcript()


def _refugee_with_partner_and_stepson() -> Chat:
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 april 2026]"
        "(recognition_date:2026-04-02). [mijn man](relationship:spouse) khaled is [33](age),"
        " hij heeft [een zoon](relationship:stepchild) omar van [9](age) van zijn eerste vrouw,"
        " zij is overleden"
    )
    return chat


def test_moet_die_samen_met_zijn_papa_aanvragen__his_papa_is_the_partner():
    """ "en omar? moet die samen met zijn papa aanvragen" of the husband's son: his papa is the
    husband; "Je schoonvader: wil naar België komen" was added and kept after two corrections
    (panel 36, h2)."""
    chat = _refugee_with_partner_and_stepson()
    before = sorted(p["relationship"] for p in chat.people)
    assert before == ["spouse", "stepchild"], chat.transcript()
    chat.say("en omar? moet die samen met zijn [papa](relationship:parent) aanvragen, of apart?")
    assert sorted(p["relationship"] for p in chat.people) == before, chat.transcript()
    assert "schoonvader" not in chat.transcript()


def test_kan_zijn_papa_ook_komen__still_the_father_in_law():
    """The other side: "zijn papa" asked to come, with no "samen met", is the husband's
    father."""
    chat = _refugee_with_partner_and_stepson()
    chat.say("kan zijn [papa](relationship:parent) ook komen? hij is 70")
    assert "other_relative" in [p["relationship"] for p in chat.people], chat.transcript()


def test_beroep_doen_op_uw_advocaat__heb_ik_een_advocaat_nodig():
    """Seed 001: "Het is aangeraden om beroep te doen op uw advocaat of sociale hulpverlener";
    seed 000: "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener".
    "heb ik een advocaat nodig?" and "moet ik echt een advocaat nemen of kan ik da zelf?" got
    "Op die vraag vind ik geen antwoord" (panel 36, h3)."""
    for question in (
        "heb ik een advocaat nodig? ik ken er geen. mijn sociaal assistent zegt dat ik da best doe",
        "moet ik voor mijn moeder nu echt een advocaat nemen of kan ik da zelf?",
    ):
        chat = Chat.answered(BELGIAN_SONS_MOTHER)
        reply = chat.say(question)
        assert "advocaat" in reply and "geen antwoord" not in reply, chat.transcript()


def test_mijn_advocaat_zegt_dat_het_lukt__no_who_can_help():
    """The other side: a lawyer's opinion reported, with a question of something else."""
    chat = Chat.answered(BELGIAN_SONS_MOTHER)
    reply = chat.say("mijn advocaat zegt dat het lukt. hoeveel kost het?", intent="ask_costs")
    assert "Kosten" in reply, chat.transcript()


def test_of_kan_ik_met_iemand_van_jullie_praten__is_a_request_for_a_person():
    """ "kan mijn voogd dit voor mij doen? of kan ik met iemand van jullie praten?" got "Op die
    vraag vind ik geen antwoord"; only the exact "ik wil met iemand praten" worked (panel 36,
    g4). The NGO's contact is given."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say("of kan ik met iemand van jullie praten?")
    assert "geen antwoord" not in reply, chat.transcript()
    assert "Je referentienummer is" in reply, chat.transcript()


def test_als_ouder_heb_je_geen_recht__gezinshereniging_of_zo_omdat_patrick_belg_is():
    """Seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig ...
    Belgisch kind". "is er geen ander papier, gezinshereniging of zo, omdat patrick belg is?"
    got "Op die vraag vind ik geen antwoord" (panel 36, g5)."""
    chat = Chat.answered(BELGIAN_SONS_MOTHER_WRITES, {"sponsor.age": "35"})
    reply = chat.say("is er geen ander papier, gezinshereniging of zo, omdat patrick belg is?")
    assert "geen antwoord" not in reply, chat.transcript()
    assert "geen recht op gezinshereniging" in reply


def test_andere_geldige_bewijzen__mijn_geboorteakte_is_in_syrie_gebleven_dat_is_kapot():
    """Seed 002: "moet de Dienst Vreemdelingenzaken rekening houden met andere geldige bewijzen";
    "mijn geboorteakte is in syrie gebleven in ons huis in homs, dat is kapot. wat dan?" got the
    whole document list again (panel 36, g4)."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say(
        "mijn geboorteakte is in syrie gebleven in ons huis in homs, dat is kapot. wat dan?"
    )
    assert "andere geldige bewijzen" in reply, chat.transcript()
    assert "Documenten voor" not in reply


def test_volksgezondheid__moeten_ze_naar_een_dokter_voor_een_attest():
    """Seed 003 ("Volksgezondheid"): the medical certificate of the family's own document
    list. "moeten carine en grace ook naar een dokter voor een attest?" got "Op die vraag vind
    ik geen antwoord" (panel 36, h1)."""
    chat = Chat.answered(WORKERS_FAMILY, {"applicant.marriage": "officieel", "sponsor.age": "36"})
    reply = chat.say("moeten ze ook naar een dokter voor een attest?")
    assert "Een medisch attest" in reply and "volksgezondheid" in reply, chat.transcript()


def test_verklaringen_in_het_asieldossier__kan_ik_iets_uit_mijn_asielgesprek_gebruiken():
    """Seed 000 (ouders): "Er kan ook verwezen worden naar de relevante verklaringen in het
    asieldossier van jouw kind in België." A refugee asking it for his mother got the verdict
    block again (panel 36, h3)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [4 september 2026]"
        "(recognition_date:2026-09-04), [52](age:sponsor). [mijn moeder](relationship:parent) is"
        " [78](age) en woont in gaziantep",
        {"sponsor.minor_at_asylum": "nee"},
    )
    assert chat.person("parent")["route"] == "humanitarian_visa", chat.transcript()
    reply = chat.say("kan ik iets uit mijn asielgesprek gebruiken?")
    assert "asieldossier" in reply and "gedwongen vlucht" in reply, chat.transcript()


def test_the_letters_day_is_the_recognition_when_no_decision_is_named():
    """The other side (review): "de brief van het cgvs kwam op 30 juni, mijn verblijfskaart heb
    ik sinds 4 augustus": the CGVS letter's day, not the card's."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee). de brief van het cgvs kwam op"
        " [30 juni 2026](recognition_date:2026-06-30), mijn verblijfskaart heb ik sinds"
        " [4 augustus](recognition_date:2026-08-04). [mijn vrouw](relationship:spouse) is in syrie"
    )
    assert chat.sponsor["recognition_date"] == "2026-06-30", chat.transcript()


def test_achtergebleven_is_where_the_family_is__no_missing_deed():
    """The other side (review): "zijn achtergebleven in gaza. we hebben een officiele
    huwelijksakte" says where they are; no missing-deed lines."""
    chat = Chat()
    reply = chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 april 2026]"
        "(recognition_date:2026-04-02). [mijn vrouw](relationship:spouse) van [35](age) en"
        " [onze zoon](relationship:child) van [8](age) zijn achtergebleven in gaza. we hebben"
        " een officiele huwelijksakte"
    )
    assert "andere geldige bewijzen" not in reply, chat.transcript()


def test_an_asylum_seekers_brother_is_not_promised_the_12_months():
    """Seeds 001/002: an adult brother has no right, also after a recognition; the asylum
    seeker's housing answer does not promise him seed 003's 12 months (review)."""
    chat = Chat()
    chat.say("[mijn broer](relationship:sibling) is [25](age), hij is in erbil")
    chat.say("ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker)")
    chat.answer_plainly({"sponsor.age": "[39](age)"}, 20)
    reply = chat.say("ik woon in een opvangcentrum, moet ik een huis hebben?", intent="ask_housing")
    assert "en heeft je familie dan recht op gezinshereniging?" in reply, chat.transcript()


def test_an_eu_citizens_wife_beside_his_brother__her_fee_not_asserted():
    """The other side (review): beside the brother's humanitarian request, whose fee is due
    (art. 1/1), the EU citizen's wife is not told she pays; the brother's family link stays
    the humanitarian practice, not art. 40bis."""
    chat = Chat.answered(
        "ik ben [pools](sponsor_status:eu_citizen), ik werk in mechelen. [mijn vrouw]"
        "(relationship:spouse) is [37](age) en [mijn broer](relationship:sibling) is [30](age),"
        " ze zijn in lviv",
        {"applicant.marriage": "officieel", "sponsor.age": "40"},
    )
    first = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "voor je broer is er een bijdrage" in first, chat.transcript()
    assert "Of je vrouw als familie van een EU-burger een bijdrage betaalt, staat niet" in first
    documents = chat.say("welke documenten heeft mijn broer nodig?", intent="ask_documents")
    link = next(line for line in documents.splitlines() if "familie zijn" in line)
    assert "humanitair" in link and "40bis" not in link, documents


def test_welke_papieren_heeft_mijn_voogd_nodig__the_documents_not_a_lawyer():
    """The other side (review): a helper who needs papers asks for the documents."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say("welke papieren heeft mijn voogd nodig?", intent="ask_documents")
    assert "Documenten voor" in reply, chat.transcript()


def test_kan_hij_samen_met_zijn_papa_komen_die_is_70__the_husbands_father():
    """The other side (review): "hij" is the husband; his papa of 70 is his father."""
    chat = _refugee_with_partner_and_stepson()
    chat.say("kan hij samen met zijn [papa](relationship:parent) komen? die is [70](age)")
    assert "other_relative" in [p["relationship"] for p in chat.people], chat.transcript()


def test_mama_heeft_wel_een_id_kaart_maar_ook_geen_paspoort__her_lines_too():
    """The other side (review): "wel een id kaart" is no passport."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say(
        "[papa](relationship:parent) heeft geen paspoort, [mama](relationship:parent) heeft wel"
        " een id kaart maar ook geen paspoort"
    )
    assert "paspoort van je mama" in reply, chat.transcript()


def test_mijn_moeder_wel__a_synonym_of_mama():
    """The other side (review): "mijn moeder wel" is mama."""
    chat = Chat.answered(UAM_PARENTS)
    reply = chat.say(
        "[papa](relationship:parent) heeft geen paspoort meer, [mijn moeder](relationship:parent)"
        " wel"
    )
    assert "paspoort van je papa" in reply and "paspoort van je mama" not in reply, (
        chat.transcript()
    )


def test_de_enige_is_die_zich_komt_voegen__two_sons_together_are_no_exception():
    """Seed 003: no proof of means when the child "bij hem komt wonen alvorens 18 jaar te zijn
    en de enige is die zich bij de gezinshereniger komt voegen". "En als beide zonen samen
    komen (6 en 11), zonder de moeder? Geldt de uitzondering dan ook?" got "Op die vraag vind
    ik geen antwoord" (panel 36, g3)."""
    chat = Chat.answered(
        "ik ben [subsidiair beschermd](sponsor_status:subsidiary_protection) sinds [2 oktober"
        " 2025](recognition_date:2025-10-02). [mijn vrouw](relationship:spouse) is [30](age) en"
        " [mijn zonen](relationship:child) zijn [6](age) en [11](age), ze zijn in iran",
        {"applicant.marriage": "officieel", "sponsor.age": "36"},
    )
    reply = chat.say(
        "En als beide zonen samen komen (6 en 11), zonder de moeder? Geldt de uitzondering dan ook?"
    )
    assert reply.startswith("Nee. Zonder bewijs van inkomen kan het alleen als er één kind"), (
        chat.transcript()
    )


def test_nee_geen_schoonvader__the_correction_takes_him_out():
    """ "nee!! geen schoonvader" and "er komt GEEN papa of schoonvader" take out the father-in-law
    stored before (panel 36, h2: kept after two corrections)."""
    for correction in ("nee!! geen schoonvader. alleen khaled en omar komen",
                       "er komt GEEN papa of schoonvader"):  # fmt: skip
        chat = _refugee_with_partner_and_stepson()
        chat.say("kan zijn [papa](relationship:parent) ook komen? hij is 70")
        assert "other_relative" in [p["relationship"] for p in chat.people], chat.transcript()
        chat.say(correction)
        kinds = sorted(p["relationship"] for p in chat.people)
        assert kinds == ["spouse", "stepchild"], chat.transcript()
