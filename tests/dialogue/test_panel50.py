"""Findings of panel round 50 (stop 33), each named by the user's words or the seed sentence.

The messages carry the entities the project's NLU gave them in the panel."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 6)


def _mohammads_family() -> Chat:
    """A social worker's client of 16, an unaccompanied minor, with his parents, a brother of
    12 and a sister of 19 (panel 50, g3)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werker bij het OCMW en schrijf namens mijn cliënt. Mijn cliënt is"
        " [16](age) jaar, Afghaans, en is als niet-begeleide [minderjarige](relationship:child)"
        " naar België gekomen. Hij werd op [3 oktober 2026](recognition_date:2026-10-03)"
        " [erkend als vluchteling](sponsor_status:refugee). Hij wil dat zijn"
        " [vader](relationship:parent) ([45](age)), [moeder](relationship:parent) ([40](age)),"
        " [broertje](relationship:sibling) ([12](age)) en [zus](relationship:sibling) Zahra"
        " ([19](age)) naar België komen.",
        intent="check_eligibility",
    )
    chat.answer_plainly({}, 10)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_hij_wordt_18_op_14_augustus_2028__the_year_told_is_kept():
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar": the parents' last day
    is the day before the 18th birthday told, in the year told (panel 50, g3: "uiterlijk op
    13 augustus 2027" for a client who turns 18 on 14 August 2028)."""
    chat = _mohammads_family()
    reply = chat.say(
        "Correctie: mijn cliënt is 16 jaar, niet 17. Hij wordt [18](age) op 14 augustus 2028."
    )
    assert "13 augustus 2028" in reply, chat.transcript()
    assert "13 augustus 2027" not in chat.transcript(), chat.transcript()
    assert chat.sponsor["majority_date"] == "2028-08-14"
    assert chat.sponsor["age"] == 16


def test_mijn_client_wordt_18_in_augustus_2028__16_now_and_the_filing_date_counts():
    """ "wordt 18 in augustus 2028" is a client of 16, not 17 (panel 50, g3: "Ik heb het
    aangepast ... 17 jaar"); seed 002 "De datum van indiening van de aanvraag is echter van
    wezenlijk belang": a decision after the birthday does not make a request in time late."""
    chat = _mohammads_family()
    reply = chat.say(
        "Stel dat de aanvraag in 2027 wordt ingediend en mijn cliënt wordt [18](age) in augustus"
        " 2028 terwijl DVZ nog geen beslissing heeft genomen. Vervalt het recht dan?"
    )
    assert chat.sponsor["age"] == 16, chat.transcript()
    assert "Ik heb het aangepast" not in reply, reply
    assert "Wat telt, is de dag waarop de aanvraag ingediend wordt" in reply, reply


def _nadias_son() -> Chat:
    """A Belgian mother and her son of 23 whom she supports (panel 50, h4)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [zoon](relationship:child) youssef, hij woont in tanger")
    chat.say("ik ben [belgische](sponsor_status:belgian) sinds 2015, geboren in [marokko](country)")
    chat.say("[23](age), hij heeft geen werk, ik stuur hem elke maand geld al jaren")
    chat.answer_plainly({}, 6)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_hij_is_ouder_dan_21_kan_dat_nog__ben_je_21_jaar_of_ouder_dan_ten_laste():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent van de Belg": yes, when dependent; "ouder dan 21" is no parent
    (panel 50, h4: "Is je eerste ouder op hoge leeftijd?", then "geen antwoord")."""
    chat = _nadias_son()
    reply = chat.say(
        "hij is [ouder](relationship:parent) dan [21](age), kan dat nog? ik las ergens dat het"
        " alleen voor [kinderen](relationship:child) onder [18](age) is",
        intent="check_eligibility",
    )
    assert [p["relationship"] for p in chat.state["people"]] == ["child"], chat.transcript()
    assert reply.startswith("Ja. Ook een kind van 21 jaar of ouder heeft dat recht"), reply
    assert "ten laste is van jou" in reply and "art. 40bis, §2, 3°" in reply, reply


def test_hoe_bewijs_ik_dat_hij_ten_laste_is__seed_004s_proofs_without_a_question_mark():
    """Seed 004: "In de praktijk vraagt de DVZ de volgende bewijzen: bankuittreksels van de
    laatste 6 maanden ..." (panel 50, h4: "Sorry, dat begrijp ik niet")."""
    chat = _nadias_son()
    reply = chat.say("hoe bewijs ik dat hij ten laste is", intent="out_of_scope")
    assert "Bankuittreksels van de laatste 6 maanden" in reply, reply


def test_een_diploma_maar_geen_werk__dvz_houdt_hier_rekening_mee():
    """Seed 004: "eventuele diploma's die je behaalde. De DVZ houdt hier rekening mee om te
    oordelen of je in staat bent om jezelf te onderhouden" (panel 50, h4: twice "Sorry, dat
    begrijp ik niet")."""
    chat = _nadias_son()
    reply = chat.say(
        "hij heeft wel een diploma van de universiteit in tanger maar vindt geen werk. is dat een"
        " probleem?",
        intent="out_of_scope",
    )
    assert "De diploma's van je zoon" in reply and "zelf werk kan vinden" in reply, reply


def _kebedes_family() -> Chat:
    """A refugee, his wife and his son of 11 from an earlier relationship whose mother shares
    the custody (panel 50, h5), up to the read-back."""
    chat = Chat(today=TODAY)
    for markup, intent in (
        (
            "mijn [vrouw](relationship:spouse) almaz [34](age) en mijn [zoon](relationship:child)"
            " dawit [11](age). dawit is van mijn eerste relatie. ik ben [erkend vluchteling]"
            "(sponsor_status:refugee) sinds [15 november](recognition_date:2026-11-15)",
            "inform",
        ),
        ("[Officieel](marriage_type:official) huwelijk", "inform"),
        ("[39](age)", "inform"),
        # the son's bond is told here too (panel 58, g2: no question per child)
        ("ja we waren al getrouwd voor ik vertrok, dawit was ook al geboren", "inform"),
        (
            "nee, van mijn [eerste vriendin](relationship:partner). zijn [moeder]"
            "(relationship:parent) woont ook in addis",
            "inform",
        ),
        ("Ik en de [andere ouder](relationship:parent) samen", "inform"),
        ("weet ik nog niet, ze heeft nog niks gezegd", "deny"),
    ):
        chat.say(markup, intent=intent)
    return chat


def test_nee_van_mijn_eerste_vriendin__the_sons_mother_is_no_applicant():
    """ "Is je zoon een kind van jou en je vrouw samen?" - "nee, van mijn eerste vriendin": his
    mother, who does not come (panel 50, h5: "• Je vriendin: wil naar België komen")."""
    chat = _kebedes_family()
    assert sorted(p["relationship"] for p in chat.state["people"]) == ["child", "spouse"], (
        chat.transcript()
    )


def test_mijn_ex_vriendin_wil_niet_komen__the_wife_stays():
    """ "mijn ex vriendin wil NIET komen, alleen almaz en dawit": the ex partner, never the wife
    (panel 50, h5: "Ik heb je vrouw weggelaten", her right gone from the answer)."""
    chat = _kebedes_family()
    chat.say("Nee", intent="deny")
    reply = chat.say(
        "mijn ex [vriendin](relationship:partner) wil NIET komen, alleen almaz en dawit",
        intent="check_eligibility",
    )
    assert "weggelaten" not in reply, reply
    assert "Je vrouw: 34 jaar" in reply, reply


def test_mijn_vrouw_wil_ook_komen__back_after_a_bare_ex_took_her_out():
    """A bare "mijn ex wil niet komen" takes the one partner out; "mijn vrouw wil ook komen"
    puts the wife back (panel 50, h5: four tries, "Op die vraag vind ik geen antwoord")."""
    chat = _kebedes_family()
    chat.say("Nee", intent="deny")
    chat.say("mijn [ex](relationship:spouse) wil NIET komen")
    assert [p["relationship"] for p in chat.state["people"]] == ["child"], chat.transcript()
    reply = chat.say("mijn [vrouw](relationship:spouse) wil ook komen")
    assert "Hoe oud is je vrouw?" in reply, chat.transcript()


def _ahmads_family() -> Chat:
    """A man with subsidiary protection, his wife, pregnant, and their daughter of 6 (panel 50,
    g4), up to the first answer."""
    chat = Chat(today=TODAY)
    for markup, intent in (
        (
            "mijn [vrouw](relationship:spouse) en [dochter](relationship:child). zij in beirut",
            "inform",
        ),
        (
            "[subsidiaire bescherming](sponsor_status:subsidiary_protection). sinds"
            " [20 augustus 2025](recognition_date:2025-08-20)",
            "inform",
        ),
        (
            "[vrouw](relationship:spouse) [31](age). [dochter](relationship:child) [6](age) jaar."
            " wij getrouwd 2015 in [syrie](country) [officieel](marriage_type:official)",
            "inform",
        ),
        ("[35](age)", "inform"),
        ("ja. getrouwd 2015, [dochter](relationship:child) geboren in [syrie](country)", "inform"),
        ("ja", "affirm"),
        ("Ja", "affirm"),
        (
            "ja klopt. [vrouw](relationship:spouse) is zwanger, [baby](relationship:child) komt"
            " maart",
            "affirm",
        ),
        ("Ja, dat klopt", "affirm"),
    ):
        chat.say(markup, intent=intent)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_de_baby_wordt_geboren_kan_die_ook_komen__the_unborn_child_not_the_daughter():
    """ "de baby wordt geboren in libanon, kan die ook komen?": the child on the way (seed 003:
    "De geboorteakte van het kind" after the birth), not the daughter's right again (panel 50,
    g4)."""
    chat = _ahmads_family()
    reply = chat.say(
        "de [baby](relationship:child) wordt geboren in [libanon](country), kan die ook komen?",
        intent="check_eligibility",
    )
    assert reply.startswith("Een kind dat nog niet geboren is, kan nog geen aanvraag doen"), reply


def test_nee_niet_dochter_de_nieuwe_baby__the_daughter_stays():
    """ "nee niet dochter. de NIEUWE baby": the question is of the baby; the daughter of 6 still
    comes (panel 50, g4: "Ik heb je dochter weggelaten", gone from the summary)."""
    chat = _ahmads_family()
    reply = chat.say(
        "nee niet [dochter](relationship:child). de [NIEUWE baby](relationship:child). nog niet"
        " geboren. maart komt. kan [baby](relationship:child) ook visum?",
        intent="deny",
    )
    assert "weggelaten" not in reply, reply
    assert [p["relationship"] for p in chat.state["people"]] == ["spouse", "child"]
    assert "Een kind dat nog niet geboren is" in reply, reply


def _hiwets_family() -> Chat:
    """A refugee mother, her husband (a church marriage) and their sons of 9 and 17; the older
    one turns 18 on 2 March 2027 (panel 50, g1), up to the first answer."""
    chat = Chat(today=TODAY)
    for markup, intent in (
        (
            "mijn [man](relationship:spouse) en mijn [2](age) [zoons](relationship:child), ze zijn"
            " nu in kampala [uganda](country)",
            "inform",
        ),
        (
            "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 juli 2026]"
            "(recognition_date:2026-07-12)",
            "inform",
        ),
        (
            "[33](age). en de jongens [9](age) en [17](age), de [oudste](relationship:child) word"
            " [18](age) op 2 maart 2027",
            "inform",
        ),
        (
            "we zijn getrouwd [in de kerk](marriage_type:religious_or_customary) in [eritrea]"
            "(country) 2019, we hebben papier van de [kerk](marriage_type:religious_or_customary)"
            " maar niet van de gemeente",
            "inform",
        ),
        ("ja natuurlijk, allebei al geboren en we waren al getrouwd", "affirm"),
        ("ja allebei van ons samen", "ask_summary"),
        ("ja klopt", "affirm"),
    ):
        chat.say(markup, intent=intent)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_moet_mijn_man_ook_18_zijn__u_bent_beiden_ouder_dan_21_jaar():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België": the rule, and the husband of 33
    stays 33 (panel 50, g1: "Ik heb het aangepast. • Je man: 18 jaar")."""
    chat = _hiwets_family()
    reply = chat.say("moet mijn [man](relationship:spouse) ook [18](age) zijn of zo")
    assert chat.person("spouse")["age"] == 33, chat.transcript()
    assert "aangepast" not in reply, reply
    # a religious marriage: the age rule holds only if it counts as official (panel 67, l5)
    assert "allebei minstens 21 jaar" in reply and "of 18 als het huwelijk" in reply, reply


def test_is_er_een_minimum_leeftijd_voor_mijn_man__the_couples_age_not_income():
    """ "is er een minimum leeftijd voor mijn man of mij?" and "ik vraag of er een leeftijd is
    voor de man": seed 001's age rule, not income or the deadline (panel 50, g1)."""
    chat = _hiwets_family()
    reply = chat.say(
        "is er een minimum leeftijd voor mijn [man](relationship:spouse) of mij?",
        intent="ask_means_of_subsistence",
    )
    # a religious marriage: the age rule holds only if it counts as official (panel 67, l5)
    assert "allebei minstens 21 jaar" in reply and "of 18 als het huwelijk" in reply, reply
    reply = chat.say(
        "nee hij is [33](age)!! ik vraag of er een leeftijd is voor de [man](relationship:spouse)",
        intent="ask_deadline",
    )
    # a religious marriage: the age rule holds only if it counts as official (panel 67, l5)
    assert "allebei minstens 21 jaar" in reply and "of 18 als het huwelijk" in reply, reply


def test_is_1100_genoeg__the_son_of_17_has_his_own_last_day():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn": the income exemption's last
    day (12 July 2027) is not the son of 17's, whose right ends the day before his birthday
    (panel 50, g1: "De laatste dag is 12 juli 2027" for both sons)."""
    chat = _hiwets_family()
    reply = chat.say(
        "ik werk deeltijds poetsen, 1100 euro netto. is dat genoeg",
        intent="ask_means_of_subsistence",
    )
    assert "De laatste dag is 12 juli 2027" in reply, reply
    assert "Voor je zoon van 17 jaar is de laatste dag 1 maart 2027" in reply, reply


def _abdis_family() -> Chat:
    """A volunteer writes for a refugee recognised on 9 March 2025, his partner (not married,
    three years together) and their daughter of 2 (panel 50, h3), up to the first answer."""
    chat = Chat(today=TODAY)
    for markup, intent in (
        (
            "ik ben vrijwilliger en help Abdi ([31](age), [Somalie](country)). hij wil dat zijn"
            " [vriendin](relationship:partner) Hodan naar belgie komt. ze is [27](age)",
            "check_eligibility",
        ),
        (
            "hij is [erkend vluchteling](sponsor_status:refugee) sinds [9 maart 2025]"
            "(recognition_date:2025-03-09)",
            "inform",
        ),
        (
            "ja een [dochtertje](relationship:child) van [2](age), die is bij hodan in mogadishu."
            " ze zijn niet getrouwd maar hebben 3 jaar samengewoond daar",
            "inform",
        ),
        ("ja ze was al geboren toen hij vluchtte", "inform"),
        ("ja van hen allebei", "affirm"),
        ("Beide [ouders](relationship:parent) samen", "inform"),
        ("ja natuurlijk, hodan wil zelf ook komen", "affirm"),
        ("Ja, dat klopt", "affirm"),
    ):
        chat.say(markup, intent=intent)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_hij_verdient_1700_euro__the_clients_income_not_the_partners_earnings():
    """Seed 001: "het bewijs van uw inkomen in België": "hij verdient 1700 euro netto" of the
    volunteer's client is his income, not his partner's own earnings that weigh against "ten
    laste van de ouders" (panel 50, h3)."""
    chat = _abdis_family()
    reply = chat.say(
        "hij verdient 1700 euro netto met vast contract. is dat genoeg voor zijn"
        " [dochter](relationship:child) en hodan?",
        intent="ask_means_of_subsistence",
    )
    assert "ten laste is van de ouders" not in reply, reply
    assert "Je cliënt moet stabiele, regelmatige en voldoende inkomsten hebben" in reply, reply


def test_hoe_kan_hij_bewijzen_dat_hodan_echt_zijn_vrouw_is__concrete_feitelijke_bewijzen():
    """Seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke kinderen"; "zijn vrouw" is who
    Hodan is, no wife besides her (panel 50, h3: "Hoe oud is de vrouw van je cliënt?")."""
    chat = _abdis_family()
    reply = chat.say(
        "hoe kan hij bewijzen dat hodan echt zijn [vrouw](relationship:spouse) is, ze hebben"
        " geen akte",
        intent="ask_dna_test",
    )
    assert [p["relationship"] for p in chat.state["people"]] == ["partner", "child"]
    assert "Concrete bewijzen van hun relatie" in reply, reply
    assert "De geboorteakte van elk kind dat ze samen hebben" in reply, reply
    assert "vrouw van je cliënt" not in reply, reply


def test_moeten_ze_getrouwd_zijn__the_married_route_said_of_them():
    """Seed 001: "Uw partner mag u enkel via gezinshereniging vervoegen indien uw partnerschap
    officieel geregistreerd is": "moeten ze getrouwd zijn?" from a volunteer gets the married
    route, with "ze", not "jullie" (panel 50, h3: "geen antwoord", then "Trouwen jullie")."""
    chat = _abdis_family()
    reply = chat.say(
        "moeten ze getrouwd zijn? ze hebben geen papieren van samenwonen in [somalie](country)"
    )
    assert reply.startswith("Trouwen ze officieel? Dan heeft de vriendin van je cliënt recht"), (
        reply
    )
    assert "Ze moeten dan allebei minstens 21 jaar zijn" in reply and "ullie" not in reply, reply


def test_de_12_maanden_zijn_voorbij_toch__the_day_it_ended():
    """Seed 002: "Het recht op gezinshereniging blijft behouden, maar het wordt enkel erkend
    indien de aanvrager ... aantoont dat de klassieke voorwaarden ... vervuld zijn" (panel 50,
    h3: "geen antwoord" to "de 12 maanden zijn voorbij toch?")."""
    chat = _abdis_family()
    reply = chat.say("de 12 maanden zijn voorbij toch? hij wist het niet")
    assert "de laatste dag was 9 maart 2026" in reply, reply
    assert "Leg uit waarom de aanvraag niet op tijd kon" in reply, reply


def _kebede_answered() -> Chat:
    chat = _kebedes_family()
    chat.say("ja", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_wat_als_de_moeder_van_dawit_nee_zegt__de_andere_houder_moet_instemmen():
    """Seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met
    de gezinshereniging instemmen" (panel 50, h5: "Dank je voor je reactie", then the privacy
    notice for "als dawit zijn moeder geen toestemming geeft?")."""
    chat = _kebede_answered()
    for markup, intent in (
        ("wat als de [moeder](relationship:parent) van dawit nee zegt", "deny"),
        (
            "wat gebeurt er als dawit zijn [moeder](relationship:parent) geen toestemming geeft?",
            "ask_privacy",
        ),
    ):
        reply = chat.say(markup, intent=intent)
        assert reply.startswith("Het hoederecht over je zoon is gedeeld"), reply
        assert "Zonder die toestemming blijft een humanitair visum" in reply, reply
        assert "privacy" not in reply.lower() and "Dank je" not in reply, reply


def test_kan_ik_nu_al_beginnen__yes_with_the_four_documents():
    """Seed 002: "Het is dus belangrijk dat het familielid ... zijn aanvraag tijdig kan
    indienen, ongeacht het feit of zijn dossier volledig of onvolledig is"; "ik ben pas 3 weken
    erkend" beside the day told is no new date (panel 50, h5: the day asked again, then "geen
    antwoord")."""
    chat = _kebede_answered()
    reply = chat.say("kan ik nu al beginnen? ik ben pas 3 weken erkend")
    assert reply.startswith("Ja, dat kan nu al. Wachten hoeft niet."), reply
    assert "aanvaard met 4 documenten" in reply, reply
    assert chat.sponsor["recognition_date"] == "2026-11-15"


def _fatoumatas_daughter() -> Chat:
    """An asylum seeker whose daughter of 14 lives with the grandmother; the girl's father died
    (panel 50, g5), up to the first answer."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [dochter](relationship:child). zij is [14](age) jaar en woont bij mijn [moeder]"
        "(relationship:parent) in [conakry](country). haar [papa](relationship:parent) is dood"
    )
    chat.say("ik heb asiel gevraagd. interview bij cgvs is gedaan maar nog geen antwoord")
    chat.answer_plainly({}, 4)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_haar_papa_is_dood_moet_ik_daar_een_papier_voor_hebben__the_death_certificate():
    """Seed 003 asks the proof "dat de gezinshereniger ... over een hoederecht beschikt"; with
    the other parent dead there is no shared custody to prove (panel 50, g5: "Is er geen vonnis,
    of is de andere ouder verdwenen? Wat dan volstaat, staat niet in onze informatie")."""
    chat = _fatoumatas_daughter()
    reply = chat.say(
        "haar [papa](relationship:parent) is dood. moet ik daar een papier voor hebben?",
        intent="ask_documents",
    )
    assert reply.startswith("Je hoeft geen hoederecht te bewijzen"), reply
    assert "overlijdensakte" in reply, reply


def test_als_ik_erkend_word_hoe_snel_moet_ik_dan_zijn__binnen_het_jaar_na_de_erkenning():
    """Seed 003: "het verzoek tot gezinshereniging wordt ingediend binnen het jaar (12 maanden)
    na de erkenning" (panel 50, g5: DVZ's processing time of a humanitarian visa said)."""
    chat = _fatoumatas_daughter()
    reply = chat.say(
        "wat als ik erkend word, hoe snel moet ik dan zijn", intent="ask_processing_time"
    )
    assert "12 maanden na de erkenning" in reply, reply
    assert "De wet legt DVZ geen termijn op" not in reply, reply


def test_zij_is_67_en_ziek_en_alleen__een_geisoleerde_situatie_noted():
    """Seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie door het
    wegvallen van familieleden kunnen een belangrijke rol spelen" (panel 50, g5: only the
    illness of "ziek en alleen" used)."""
    chat = _fatoumatas_daughter()
    chat.say(
        "kan mijn [moeder](relationship:parent) ook mee komen met haar? zij is [67](age) en ziek"
        " en alleen",
        intent="check_eligibility",
    )
    chat.say("[38](age)")
    reply = chat.say("Ja, dat klopt", intent="affirm")
    assert "- Ziek:" in reply and "- Alleen:" in reply, chat.transcript()


def _jans_wife() -> Chat:
    """A Belgian and his wife in Casablanca (panel 50, g2), up to the first answer."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [Belg](sponsor_status:belgian) en mijn [vrouw](relationship:spouse) Salma woont"
        " in Casablanca, we zijn getrouwd sinds vorig jaar. ik wil da ze naar hier komt"
    )
    chat.answer_plainly(
        {
            "applicant.age": "[27](age)",
            "applicant.marriage_type": "[officieel](marriage_type:official)",
            "sponsor.age": "[41](age)",
        },
        8,
    )
    assert chat.state["answered"], chat.transcript()
    return chat


def test_moet_da_contract_geregistreerd_zijn_wie_moet_da_doen__de_verhuurder():
    """Seed 004: "Een huurcontract moet geregistreerd zijn op het registratiekantoor. De
    registratie is een verplichting van de verhuurder. Maar ook de huurder kan het zelf laten
    registreren." (panel 50, g2: the housing condition, not who registers it)."""
    chat = _jans_wife()
    reply = chat.say("en moet da contract geregistreerd zijn? wie moet da doen")
    assert reply.startswith("Het huurcontract moet geregistreerd zijn op het registratiekantoor")
    assert "verhuurder" in reply and "huurder kan het zelf" in reply, reply


def test_moet_ik_echt_een_advocaat_nemen__advised_not_required():
    """Seed 000: "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener";
    seed 001: "Het is aangeraden": not required (panel 50, h1: twice the hand-off)."""
    chat = _jans_wife()
    for markup in (
        "moet ik echt een advocaat nemen? heb niet veel geld",
        "nee ik wil gewoon weten of een advocaat verplicht is of niet",
    ):
        reply = chat.say(markup, intent="request_human")
        assert reply.startswith("Nee, een advocaat is niet verplicht. Het is wel aangeraden"), reply
        assert "referentienummer" not in reply, reply


def test_kan_de_zus_van_19_mee__her_chance_not_the_parents_income():
    """Seed 000: "Ook als jongvolwassen meerderjarige broer of zus die dreigt alleen achter te
    blijven, kan je een aanvraag doen voor een humanitair visum. De bewijslast ligt hier wel
    hoger." "heeft geen inkomen" tells her situation, it asks no income (panel 50, g3: the
    parents' income exemption)."""
    chat = _mohammads_family()
    reply = chat.say(
        "Kan de [zus](relationship:sibling) van [19](age) mee? Zij woont nog bij de"
        " [ouders](relationship:parent), is ongehuwd en heeft geen inkomen."
    )
    assert reply.startswith("• De zus van je cliënt: humanitair visum"), reply
    assert "hoeft nu geen inkomen te bewijzen" not in reply, reply


def test_als_mijn_man_nee_krijgt_kunnen_de_jongens_dan_wel_komen__their_own_right():
    """Seed 003 lists the minor child's own conditions; none is that the other parent comes
    (panel 50, g1: "Op die vraag vind ik geen antwoord")."""
    chat = _hiwets_family()
    reply = chat.say(
        "en als mijn [man](relationship:spouse) nee krijgt kunnen de jongens dan wel komen? ze"
        " kunnen niet alleen blijven"
    )
    assert "Je zoon van 17 jaar heeft een eigen recht op gezinshereniging" in reply, reply
    assert "Je zoon van 9 jaar heeft een eigen recht op gezinshereniging" in reply, reply


def test_geen_ambassade_daarom_niet_aanvraag_is_goede_reden__dvz_onderzoekt_de_redenen():
    """Seed 002: "De omstandigheden die de aanvrager verhinderd hebben om zijn aanvraag tijdig
    in te dienen worden door de Dienst Vreemdelingenzaken onderzocht" (panel 50, g4: which
    embassy to use)."""
    chat = _ahmads_family()
    reply = chat.say(
        "vorig jaar zij nog in [syrie](country), geen belgische ambassade daar, daarom niet"
        " aanvraag. is goede reden?"
    )
    assert "De Dienst Vreemdelingenzaken onderzoekt die redenen" in reply, reply
    assert "referentiepost" not in reply, reply


def _amanuels_family() -> Chat:
    """A refugee who turned 18 during his asylum procedure, his widowed mother and his sister of
    15, told partly in English (panel 51, g6), up to the first answer."""
    chat = Chat(today=TODAY)
    for markup, intent in (
        (
            "my [mother](relationship:parent) and my [sister](relationship:sibling) Selam. mama is"
            " [50](age), selam [15](age)",
            "check_eligibility",
        ),
        (
            "[erkend vluchteling](sponsor_status:refugee) since [1 juni 2026]"
            "(recognition_date:2026-06-01)",
            "inform",
        ),
        (
            "20. ik kwam alleen in belgie toen ik 16 was, asiel gevraagd maart 2023. 18 geworden"
            " januari 2025",
            "inform",
        ),
    ):
        chat.say(markup, intent=intent)
    chat.answer_plainly({}, 8)
    assert chat.state["answered"], chat.transcript()
    return chat


def test_my_mother_and_my_sister__named_in_dutch():
    """English kinship words are read, and the answers name the relatives in Dutch (panel 51,
    g6: "het paspoort van je mother", "Dien de aanvraag van je sister in")."""
    chat = _amanuels_family()
    assert "mother" not in chat.transcript().split("Dit is mijn inschatting")[-1]
    # one chance for both since the mother's own means no longer raise hers (panel 124)
    assert "• Je moeder en je zus: humanitair visum" in chat.transcript(), chat.transcript()


def test_ik_studeer_nog__a_refugee_who_studies_keeps_his_status():
    """ "ik studeer nog, werk alleen weekend student job" tells his studies, not a student's
    card (panel 51, g6: "Ik heb het aangepast. • Jij: tijdelijk verblijf")."""
    chat = _amanuels_family()
    reply = chat.say(
        "ik studeer nog, werk alleen weekend student job. moet ik inkomen hebben voor"
        " [mama](relationship:parent) en selam?",
        intent="ask_means_of_subsistence",
    )
    assert chat.sponsor["status"] == "refugee", chat.transcript()
    assert "aangepast" not in reply and "tijdelijk verblijf" not in reply, reply


def test_kan_selam_alleen_komen_zonder_mama__de_kans_is_veel_lager():
    """Seed 000: "Indien je ouders niet meekomen naar België ... De kans op slagen is in dit
    geval veel lager" (panel 51, g6: "geen antwoord", then the mother's chance)."""
    chat = _amanuels_family()
    for markup in (
        "kan mijn [zus](relationship:sibling) alleen komen? if mama not",
        "kan selam alleen naar belgie komen zonder [mama](relationship:parent)?",
    ):
        reply = chat.say(markup, intent="check_eligibility")
        assert reply.startswith("Als je moeder niet meekomt"), reply
        assert "• Je zus: humanitair visum (geen recht, een gunst), kans zeer klein" in reply


def test_ik_stuur_elke_maand_150_euro_helpt_dat__het_bewijs_van_geldoverschrijvingen():
    """Seed 001: "het bewijs van geldoverschrijvingen aan het familielid, het bewijs dat uw
    familielid geen eigen inkomsten heeft en het bewijs van uw inkomen in België" (panel 51,
    g6: the general list of what strengthens a request)."""
    chat = _amanuels_family()
    reply = chat.say(
        "ik stuur elke maand 150 euro via western union naar [mama](relationship:parent)."
        " helpt dat?"
    )
    assert "Geld: bewaar de bewijzen van de geldoverschrijvingen" in reply, reply


def test_de_3_maanden_van_de_ouders__cited_to_the_late_filing_not_art_10_2():
    """Seed 002's "Laattijdige indiening van de aanvraag" for the parents' 3 months, not art. 10,
    §2, vijfde lid, the 12 months' exemption (panel 51, g6, C)."""
    chat = _amanuels_family()
    reply = chat.say("wat moet ik bewijzen voor mijn [moeder](relationship:parent)")
    assert "Kon de aanvraag van de ouders niet binnen die 3 maanden?" in reply, reply
    assert "vijfde lid" not in reply.split("Kon de aanvraag van de ouders")[1].split("\n\n")[0]


def test_en_als_ze_nee_zegt_veel_kans__slechts_uitzonderlijk_and_the_summary_keeps_the_consent():
    """Seed 001: "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend";
    seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    gezinshereniging instemmen", also in the summary for the file (panel 51, h5, h7)."""
    chat = _kebede_answered()
    reply = chat.say("en als ze nee zegt, heeft dawit dan veel kans met dat humanitair visum?")
    assert "In de praktijk wordt het maar uitzonderlijk gegeven" in reply, reply
    assert "na een weigering" not in reply, reply
    summary = chat.press("/ask_summary")
    assert "geldt alleen als de andere ouder schriftelijk toestemt" in summary, summary


def _rukias_grandson() -> Chat:
    """A refugee grandmother whose orphaned grandson of 10 she became guardian of by a Somali
    court (panel 51, h8), up to the first answer."""
    chat = Chat(today=TODAY)
    chat.say(
        "mijn [kleinzoon](relationship:grandchild) abdirahman. hij [10](age) jaar. zijn"
        " [papa](relationship:parent) en [mama](relationship:parent) dood, 2024. papa is mijn"
        " [zoon](relationship:child). hij nu bij buurvrouw in mogadishu, alleen. ik wil hem hier"
        " bij mij alstublieft"
    )
    chat.say("ik [vluchteling](sponsor_status:refugee) sinds 2020")
    chat.say(
        "ja. en rechtbank in [somalie](country) heeft mij voogd gemaakt van hem in 2025. ik heb"
        " papier",
        intent="affirm",
    )
    # the guardianship told with the "ja" is asked about before the answer (panel 54, a2)
    assert "Is de adoptie of voogdij erkend in België" in chat.transcript(), chat.transcript()
    chat.say("nee", intent="deny")
    chat.say("ja", intent="affirm")
    assert chat.state["answered"], chat.transcript()
    return chat


def test_is_hij_niet_mijn_kind_nu_ik_ben_voogd__a_grandmother_no_helper():
    """Seed 000: "Hetzelfde geldt voor een buitenlandse voogdij of adoptie. Deze komen enkel in
    aanmerking voor gezinshereniging indien de buitenlandse voogdij bekrachtigd wordt door een
    Belgische rechtbank"; the grandmother who is his guardian writes for herself (panel 51,
    h8: "De kleinzoon van je cliënt" to the end, "geen antwoord")."""
    chat = _rukias_grandson()
    reply = chat.say(
        "waarom geen recht?? is hij niet mijn [kind](relationship:child) nu? ik ben voogd"
    )
    assert chat.state["writer"] == "sponsor", chat.transcript()
    assert "de voogdij bekrachtigen door een Belgische rechtbank" in reply, reply
    assert "cliënt" not in reply, reply
    reply = chat.say("telt dat papier van de rechtbank niet?")
    assert "de voogdij bekrachtigen door een Belgische rechtbank" in reply, reply


def test_kan_ik_hem_adopteren_dan_is_hij_mijn_kind__no_second_child():
    """ "dan is hij mijn kind" says who the grandson would be, no child besides him (panel 51,
    h8: "Het tweede kind van je cliënt", "Het derde kind van je cliënt")."""
    chat = _rukias_grandson()
    reply = chat.say(
        "kan ik hem adopteren? dan is hij mijn [kind](relationship:child)",
        intent="check_eligibility",
    )
    # one child: the grandson under her foreign guardianship (seed 000; panel 54, a2)
    assert [p["relationship"] for p in chat.state["people"]] == ["foster_child"], chat.transcript()
    assert "Federale Centrale Autoriteit" in reply, reply


def test_moet_hij_al_een_woning_hebben__no_home_and_his_birthday_ends_the_right():
    """Art. 10, §2 asks no home of the parents of an unaccompanied minor (7°), not only for
    12 months (panel 66, k5); the client's 18th birthday in 2028 ends their right (seed 001;
    panel 51, g3: "De laatste dag is 13 mei 2028" said as the end of the exemption)."""
    chat = _mohammads_family()
    chat.say("Correctie: mijn cliënt is 16 jaar, niet 17. Hij wordt [18](age) op 14 mei 2028.")
    reply = chat.say(
        "Hij verblijft nu in een opvangcentrum voor minderjarigen. Moet hij al een woning hebben"
        " voor het hele gezin bij de aanvraag?"
    )
    assert "3 oktober 2027" not in reply and "Geen inkomen, woning" in reply, reply
    assert "Voor de ouders is de laatste dag 13 mei 2028" in reply, reply
    assert "De laatste dag is 13 mei 2028" not in reply, reply


def test_helpt_het_dat_we_2_kinderen_samen_hebben__vaak_een_cruciaal_element():
    """Seed 000 (religious marriage): "Hierbij vormt het bestaan van gemeenschappelijke
    kinderen vaak een cruciaal element" (panel 51, g1: the conditions list, then an income
    text)."""
    chat = _hiwets_family()
    reply = chat.say(
        "als ons kerk papier niet goed is helpt het dat we [2](age) [kinderen](relationship:child)"
        " samen hebben?"
    )
    assert reply.startswith("Ja, dat helpt. Kinderen samen zijn vaak heel belangrijk"), reply


def test_kerkelijk_huwelijk_telt_dat__andere_geldige_bewijzen_beside_the_check():
    """Seed 000: "Deze situatie moet onderscheiden worden van de situatie waarbij het huwelijk
    wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan erkennen. In dat geval is
    gezinshereniging wel mogelijk wanneer 'andere geldige bewijzen' worden voorgelegd" (panel
    51, g1: never said; the income text first)."""
    chat = _hiwets_family()
    reply = chat.say(
        "[kerkelijk huwelijk](marriage_type:religious_or_customary) telt dat?",
        intent="ask_means_of_subsistence",
    )
    assert reply.startswith("Kijk na of jullie religieus"), reply
    assert "met andere geldige bewijzen" in reply, reply
    assert "inkomen meetellen" not in reply, reply


def test_moet_karim_de_aanvraag_in_istanbul_indienen_en_hoe_lang__both_answered():
    """Two questions in one message, both answered: seed 002's "elke Belgische ambassade" and
    the processing time (panel 51, g7, h5: only the last one answered)."""
    chat = _kebede_answered()
    reply = chat.say(
        "Moet hij de aanvraag in Addis indienen of in Nairobi? En hoe lang duurt de behandeling"
        " ongeveer?",
        intent="ask_processing_time",
    )
    assert "elke Belgische ambassade" in reply, reply
    assert "staat niet in mijn bronnen" in reply or "behandeling" in reply.split("ambassade")[-1]
    reply = chat.say(
        "de huwelijksakte is in amhaars. moet die vertaald? en waar dienen ze in, addis?",
        intent="ask_legalisation",
    )
    assert "elke Belgische ambassade" in reply and "vertal" in reply, reply


def test_a_social_worker_asked_the_stepsons_custody__no_mijn_partner():
    """The custody question for the client's stepson offers "Alleen de partner", not the
    client's own "Alleen mijn partner" (panel 51, h7, P)."""
    chat = Chat(today=TODAY)
    chat.say(
        "Ik ben maatschappelijk werkster bij het OCMW van Charleroi en schrijf namens mijn cliënt,"
        " de heer Jean D. Hij is [Belg](sponsor_status:belgian) van geboorte, [67](age) jaar en"
        " gepensioneerd. Hij wenst dat zijn [echtgenote](relationship:spouse) Béatrice ([45](age)"
        " jaar, Congolese nationaliteit) en haar [zoon](relationship:child) Junior ([14](age)"
        " jaar) naar België komen.",
        intent="check_eligibility",
    )
    titles: list[str] = []
    for _ in range(8):
        if chat.question == "applicant.custody":
            titles = [b["title"] for r in chat.last.replies for b in r.get("buttons") or []]
            break
        plain = (
            "[officieel](marriage_type:official)" if "marriage" in (chat.question or "") else "ja"
        )
        chat.say(plain, intent="inform" if plain != "ja" else "affirm")
    assert "Alleen de partner" in titles, chat.transcript()
    assert "Alleen mijn partner" not in titles, titles


def test_heeft_de_vader_van_junior_hier_iets_over_te_zeggen__the_consent():
    """Seed 004: "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen dat
    je naar België komt" (panel 51, h7: "geen antwoord")."""
    chat = _kebede_answered()
    reply = chat.say("Heeft de [moeder](relationship:parent) van Dawit hier iets over te zeggen?")
    assert "toestem" in reply and "geen antwoord" not in reply, reply


def test_documenten__each_relative_has_his_own_form():
    """Seed 002: "Een aanvraag wordt dus aanvaard zodra de volgende documenten worden
    voorgelegd: een ingevuld, gedateerd en ondertekend aanvraagformulier ...": each request its
    own, the son's too (panel 51, h5, h7)."""
    chat = _kebede_answered()
    reply = chat.press("/ask_documents")
    son = reply.split("Voor je zoon")[1]
    assert "visumaanvraagformulier" in son, reply


def test_getrouwd_in_kerk_en_ook_bij_de_gemeente__an_official_marriage():
    """Seed 001 gives the humanitarian route only to a marriage that is religious or customary
    alone: "in kerk en ook bij de gemeente" is official (panel 52, g9: "religieus of
    traditioneel getrouwd" stored, the first correction ignored)."""
    chat = Chat(today=TODAY)
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2026]"
        "(recognition_date:2026-10-02), [27](age). mijn [vrouw](relationship:spouse) is [20](age),"
        " we zijn getrouwd in [kerk](marriage_type:religious_or_customary) en ook bij de gemeente"
        " in 2022"
    )
    assert chat.person("spouse")["facts"].get("marriage") == "official", chat.transcript()


def test_zij_is_20_is_dat_te_jong__the_condition_says_both_limits():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België": a tick beside "minstens 21"
    alone is false for a wife of 20 (panel 52, g9)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 oktober 2026]"
        "(recognition_date:2026-10-02), ik ben [27](age). mijn [vrouw](relationship:spouse) is"
        " [20](age), [officieel](marriage_type:official) getrouwd in 2022, voor ik vluchtte"
    )
    reply = chat.say("zij is [20](age), is dat te jong?")
    assert "minstens 21 jaar, of minstens 18 jaar als het huwelijk al bestond" in reply, reply


def test_4_keer_gezien_60_dagen__seed_001s_other_criterion_and_no_camp():
    """Seed 001 (geregistreerde partner): "ofwel dat u elkaar al minstens 2 jaar kent ... minstens
    3 keer hebt ontmoet en dat deze ontmoetingen minstens 45 dagen duurden"; no camp was named
    (panel 52, g10: "Of samenwonen in een kamp ..."; for a Belgian the seeds give no such
    conditions, and the bot says so)."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 maart 2026]"
        "(recognition_date:2026-03-01), [29](age). mijn [vriend](relationship:partner) Sami is"
        " [31](age) en woont in Tunesië, we zijn niet getrouwd"
    )
    reply = chat.say(
        "we zijn 2 jaar samen, nooit samengewoond, 4 keer gezien in tunesie, samen 60 dagen."
        " telt dat als stabiele relatie?"
    )
    assert "kamp" not in reply, reply
    assert "minstens 3 keer" in reply and "45 dagen" in reply, reply


def test_kan_ook_nairobi_daar_is_mijn_nicht__no_niece_who_comes():
    """ "daar is mijn nicht" names someone in the place to apply, no relative who comes (panel
    52, h5: "• Je nicht: wil naar België komen" in the summary)."""
    chat = _kebede_answered()
    chat.say("kan ook nairobi, daar is mijn [nicht](relationship:other_relative)")
    assert sorted(p["relationship"] for p in chat.state["people"]) == ["child", "spouse"], (
        chat.transcript()
    )


def test_papa_is_dood_moet_ik_daar_papier_van_hebben__dead_not_missing():
    """Seed 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen":
    a dead father is shown dead, not missing, with no consent to ask (panel 52, g6)."""
    chat = _amanuels_family()
    reply = chat.say("papa is dood in 2021. moet ik daar papier van hebben?")
    assert "overlijdensakte" in reply and "vermist" not in reply, reply


def test_kan_ik_het_niet_hier_in_gent_doen_bij_de_gemeente__the_post_abroad():
    """Seed 002: the relative applies for a visa at the Belgian post (panel 52, g1: "geen
    antwoord")."""
    chat = _hiwets_family()
    reply = chat.say("kan ik het niet hier in gent doen voor hen, bij de gemeente?")
    assert "niet bij de gemeente in België" in reply, reply


def test_alle_3_samen_of_kan_de_oudste_eerst__each_ones_last_day():
    """Each relative's own last day, the son of 17's first (seed 003: "De aanvrager moet minder
    dan 18 jaar oud zijn"; panel 52, g1: which embassy)."""
    chat = _hiwets_family()
    reply = chat.say("moeten ze alle 3 samen gaan naar de ambassade of kan de oudste eerst")
    assert "Je zoon van 17 jaar: uiterlijk op 1 maart 2027" in reply, reply
    assert "referentiepost" not in reply, reply
