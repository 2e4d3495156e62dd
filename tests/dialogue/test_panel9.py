"""What the persona panel's ninth round found (2026-12-02, q1-q5, r1-r5), each as the user
wrote it, annotated as the NLU tags it."""

from __future__ import annotations

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel3_side import _family


def test_q1_dna_for_a_married_couple_with_a_right__the_act_or_other_valid_proofs():
    """Seed 002, "Bijzondere bepaling": "moet de Dienst Vreemdelingenzaken rekening houden met
    andere geldige bewijzen ... op voorwaarde dat deze band al vóór de binnenkomst van de
    gezinshereniger in België bestond". A refugee's officially married wife has a right: her
    marriage is not proven "met concrete feiten" as on a humanitarian request (seed 000)."""
    chat = _family()
    reply = chat.say("moet mijn [vrouw](relationship:spouse) een dna test doen?", "ask_dna_test")
    assert "Een huwelijk toon je met de huwelijksakte" in reply, chat.transcript()
    assert "andere geldige bewijzen" in reply
    assert "art. 12bis" in reply and "praktijk DVZ bij humanitair visum" not in reply


def test_dna_for_a_religious_marriage__the_relation_by_concrete_facts():
    """Seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke kinderen." (the other side)"""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[4 september 2026](recognition_date:2026-09-04), ik ben [35](age:sponsor). mijn "
        "[vrouw](relationship:spouse) is [30](age), we zijn enkel religieus getrouwd",
        {"applicant.marriage": "religieus"},
    )
    reply = chat.say("moet mijn [vrouw](relationship:spouse) een dna test doen?", "ask_dna_test")
    assert "Een huwelijk of relatie toon je anders" in reply, chat.transcript()
    assert "Een huwelijk toon je met de huwelijksakte" not in reply


def test_q4_ik_word_18_op_3_januari__the_parents_last_day_is_the_day_before():
    """Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (art. 10, §1, 7°). "ik
    word 18 op 3 januari" kept the 12-month date as the deadline (panel 9, q4); the date is no
    recognition date either."""
    chat = Chat()
    chat.say(
        "ik ben [17](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds "
        "[september](recognition_date:2026-09-01|approximate), ik word 18 op "
        "[3 januari](recognition_date:2026-01-03). ik kwam alleen. kunnen mijn "
        "[ouders](relationship:parent) komen?"
    )
    assert chat.sponsor.get("majority_date") == "2027-01-03", chat.transcript()
    assert chat.sponsor["recognition_date"] == "2026-09-01"
    reply = chat.answer_plainly({"sponsor.unaccompanied_minor": "ja"})
    assert "uiterlijk op 2 januari 2027" in reply, chat.transcript()
    assert "art. 10, §1, 7°" in reply
    assert chat.last.calendar == __import__("datetime").date(2027, 1, 2)
    assert chat.last.calendar_kind == "sponsor_turns_18"


def test_r2_dochter_wordt_18_op_9_januari__a_residents_daughter_applies_before():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." The daughter of a sponsor
    with a residence card turns 18 on 9 January (panel 9, r2)."""
    chat = Chat()
    chat.say(
        "ik heb een [verblijfskaart](sponsor_status:third_country_national), ik ben [44](age:sponsor)"
        ". [mijn dochter](relationship:child) is [17](age) en wordt [18](age) op 9 januari"
    )
    child = chat.people[0]
    assert child["age"] == 17 and child["facts"].get("majority_date") == "2027-01-09", (
        chat.transcript()
    )
    chat.answer_plainly({})
    reply = chat.say("tot wanneer moet ik indienen?", intent="ask_deadline")
    assert "8 januari 2027" in reply, chat.transcript()


def test_ik_heb_maar_1_kind__how_many_not_a_child_of_1():
    """Panel 9: "ik heb maar 1 kind" made a child of 1 beside the two already named."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee), [mijn vrouw](relationship:spouse)"
        " en [kinderen](relationship:child) zijn in syrie"
    )
    chat.say("ik heb maar [1](age) [kind](relationship:child)")
    children = [p for p in chat.people if p["relationship"] == "child"]
    assert len(children) == 1 and children[0]["age"] != 1, chat.transcript()


def test_haar_dochter__the_conditions_name_her_his_stepdaughter_not_his_daughter():
    """Seed 004 asks custody of "je Belgische (stief)ouder"'s partner's child; the conditions
    said "Je dochter is jonger dan 21 jaar" to the husband of her mother (panel 10 check)."""
    chat = Chat()
    chat.say(
        "ik ben [belg](sponsor_status:belgian), ik ben [40](age:sponsor). [mijn vrouw]"
        "(relationship:spouse) is [35](age) en woont in marokko met [haar dochter]"
        "(relationship:stepchild) van [12](age). we zijn officieel getrouwd"
    )
    chat.say("de vader heeft het hoederecht samen met mijn vrouw")
    chat.say("ja hij geeft toestemming")
    chat.answer_plainly({})
    reply = chat.say("Voorwaarden", intent="ask_conditions")
    assert "Je stiefdochter is jonger dan 21 jaar" in reply, chat.transcript()
    assert "je dochter" not in reply.lower()


NBMV_MOTHER_AND_SISTER = (
    "ik ben [16](age:sponsor) en [erkend vluchteling](sponsor_status:refugee) sinds "
    "[1 oktober 2026](recognition_date:2026-10-01), ik kwam alleen. [mijn mama]"
    "(relationship:parent) wil komen met [mijn zus](relationship:sibling), papa is dood. mijn "
    "zus is [20](age)"
)


def test_wat_moet_ze_bewijzen__the_adult_sisters_humanitarian_file():
    """Seed 000: "Je zal uitvoerig moeten aantonen dat je ondanks je meerderjarigheid nog
    steeds ten laste bent van je ouders ... Je toont aan dat je anders helemaal alleen en
    geïsoleerd achterblijft." ("wat moet ze bewijzen?" got "Op die vraag vind ik geen
    antwoord")."""
    chat = Chat()
    chat.say(NBMV_MOTHER_AND_SISTER)
    chat.answer_plainly({})
    reply = chat.say("en [mijn zus](relationship:sibling), wat moet ze bewijzen?")
    # the father is dead: "van je mama", not "van de ouders" (panel 40, g5)
    assert "ten laste is van je mama" in reply, chat.transcript()
    assert "geen antwoord" not in reply


def test_wat_moet_mijn_vrouw_bewijzen__a_right_is_proven_by_its_conditions():
    """The other side: a wife with a right proves the conditions of art. 10, not a
    humanitarian file."""
    chat = _family()
    reply = chat.say("wat moet [mijn vrouw](relationship:spouse) bewijzen?")
    assert reply.startswith("Voorwaarden voor je vrouw"), chat.transcript()
    assert "humanitair" not in reply


# --- panel 10 (2026-12-02): s1-s5, t1-t5 ---------------------------------------------------------


def test_t4_ik_ben_de_oma_van_dawit__the_grandmother_abroad_writes():
    """Panel 10, t4: "ik ben de oma van Dawit. ik woon in Addis Abeba ... dawit is 16 en
    alleen naar belgie gegaan, hij heeft nu vluchteling papier daar" made the grandmother the
    refugee. Seed 001: "Deze uitzondering kan bijvoorbeeld worden toegepast op de broers en
    zussen, de wettelijke voogd of andere leden van de familie van het kind." """
    chat = Chat()
    chat.say(
        "salam. ik ben de [oma](relationship:grandparent) van Dawit. ik woon in Addis Abeba "
        "ethiopie. dawit is [16](age) en alleen naar belgie gegaan, hij heeft nu "
        "[vluchteling](sponsor_status:refugee) papier daar. zijn [mama](relationship:parent) en "
        "[papa](relationship:parent) zijn dood. ik heb hem opgevoed. kan ik naar hem komen?",
        intent="check_eligibility",
    )
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert chat.sponsor["age"] == 16 and chat.sponsor["status"] == "refugee"
    assert [(p["relationship"], p.get("self")) for p in chat.people] == [("grandparent", True)]
    assert "Over wie gaat" not in chat.transcript()
    reply = chat.answer_plainly({})
    assert "Je kleinzoon is minderjarig. Is het in het belang van het kind" in reply, (
        chat.transcript()
    )
    assert "Jij: erkend" not in chat.transcript()


def test_grandparent_of_an_adult__the_ascendants_rule_stays():
    """The other side: the grandmother of an adult refugee is an ascendant (seed 000: "enkel
    kans wanneer je een uitzonderlijke kwetsbaarheid kan aantonen"), no child's interest."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee), ik ben [30](age:sponsor). "
        "[mijn oma](relationship:grandparent) is [80](age) en woont alleen in syrie"
    )
    assert "in het belang van het kind" not in chat.transcript()


def test_t5_mijn_dochter_lina__lina_wordt_18_op_14_januari():
    """Panel 10, t5: "mijn dochter Lina is nog in Gaziantep ... Lina wordt 18 op 14 januari
    2027" asked "Over wie gaat 17 jaar?" and gave the 12-month date. Seed 003: "De aanvrager
    moet minder dan 18 jaar oud zijn", kept after 18 only if she became adult "tijdens het
    onderzoek van deze aanvraag"."""
    chat = Chat()
    reply = chat.say(
        "hallo ik ben syrier, ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection)"
        " sinds 3 maanden (erkend op [10 september 2026](recognition_date:2026-09-10)). mijn "
        "[dochter](relationship:child) Lina is nog in Gaziantep turkije met haar "
        "[moeder](relationship:parent), mijn [vrouw](relationship:spouse). Lina wordt [18](age) "
        "op 14 januari 2027. is het te laat voor haar??"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    daughter = chat.person("child")
    assert daughter["age"] == 17 and daughter["facts"]["majority_date"] == "2027-01-14"
    answer = chat.answer_plainly({"applicant.marriage": "officieel", "applicant.age": "39"})
    assert "uiterlijk op 13 januari 2027" in answer, chat.transcript()
    assert "10 september 2027" not in answer.split("Termijn")[0]


def test_ze_is_17_wordt_18_op__one_girl_not_two_ages():
    """Panel 10, t5: "ze is 17, wordt 18 op 14 januari 2027" asked "Over wie gaat 17 jaar?"."""
    chat = Chat()
    chat.say(
        "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[10 september 2026](recognition_date:2026-09-10). [mijn dochter](relationship:child) "
        "is in turkije"
    )
    reply = chat.say("ze is [17](age), wordt [18](age) op 14 januari 2027")
    assert "Over wie gaat" not in reply, chat.transcript()
    assert chat.person("child")["facts"]["majority_date"] == "2027-01-14"


S1_MOTHER = (
    "goeiedag ik schrijf voor [mijn zoon](relationship:child) Yonas hij is in belgie alleen "
    "gekomen, hij is [16](age) en heeft [vluchteling](sponsor_status:refugee) papier gekregen. "
    "ik ben zijn [mama](relationship:parent) wij zitten in ethiopie in kamp. kan ik en zijn "
    "[papa](relationship:parent) komen? en zijn [zus](relationship:sibling) ook"
)


def test_s1_ik_schrijf_voor_mijn_zoon__his_mother_abroad_no_social_worker():
    """Panel 10, s1: "ik schrijf voor mijn zoon Yonas ... ik ben zijn mama wij zitten in
    ethiopie" was read as a social worker ("je cliënt") and later as the refugee herself.
    Seed 001: "Indien u een NBMV bent ... kunnen uw ouders u via gezinshereniging in België
    komen vervoegen."""
    chat = Chat()
    chat.say(S1_MOTHER)
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert "cliënt" not in chat.transcript()
    chat.say("[12 september 2026](recognition_date:2026-09-12)")
    reply = chat.answer_plainly({"applicant.age": "19"})
    assert "• Jij en de papa van je zoon: recht op gezinshereniging" in reply, chat.transcript()
    assert "Je papa" not in chat.transcript() and "je zus" not in reply


def test_kunnen_wij_in_addis_abeba_aanvragen__where_to_apply():
    """Panel 10, s1: "kunnen wij in addis abeba aanvragen of moet het in eritrea?" got "Op die
    vraag vind ik geen antwoord". Seed 002: "kunnen zich bij elke Belgische ambassade of elk
    Belgisch consulaat ... aanbieden"."""
    chat = _family()
    reply = chat.say("kunnen wij in addis abeba aanvragen of moet het in eritrea?")
    assert "bij elke Belgische ambassade" in reply, chat.transcript()


def _belgians_mother() -> Chat:
    return Chat.answered(
        "ik ben [belgische](sponsor_status:belgian), [45](age:sponsor) jaar. [mijn mama]"
        "(relationship:parent) woont in marokko, ze is [71](age) en weduwe, ze heeft "
        "suikerziekte en woont alleen",
        {"applicant.own_sufficient_means": "nee", "applicant.elderly": "ja"},
    )


def test_s3_kan_mijn_mama_niet_via_gezinshereniging__the_reason_with_its_seed():
    """Panel 10, s3: "kan mijn mama niet via gezinshereniging komen omdat ik belg ben?" got
    "Op die vraag vind ik geen antwoord". Seed 000: "Als ouder heb je geen recht op
    gezinshereniging met je meerderjarig derdelands of meerderjarig Belgisch kind." """
    chat = _belgians_mother()
    reply = chat.say(
        "kan [mijn mama](relationship:parent) niet via gezinshereniging komen omdat ik belg ben?"
    )
    assert "geen recht op gezinshereniging" in reply, chat.transcript()
    assert "geen antwoord" not in reply


def test_s3_dna_for_a_belgians_mother_on_a_humanitarian_request__not_art_40ter():
    """Panel 10, s3: the DNA answer cited art. 40ter to a mother without a 40ter right."""
    chat = _belgians_mother()
    reply = chat.say("moet ze een dna test doen?", intent="ask_dna_test")
    assert "humanitair visum" in reply and "40ter" not in reply, chat.transcript()


def test_s5_kan_ik_mijn_2_vrouwen_allebei_halen__only_one_wife():
    """Panel 10, s5: "kan ik dan mijn 2 vrouwen allebei halen?" got "Op die vraag vind ik geen
    antwoord". Seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar
    België komen via gezinshereniging. Deze beperking is echter niet van toepassing op de
    kinderen"."""
    chat = Chat()
    chat.say("ik heb 2 [vrouwen](relationship:spouse) en 5 [kinderen](relationship:child)")
    reply = chat.say("kan ik dan mijn 2 vrouwen allebei halen?")
    assert "Slechts één echtgenote mag via gezinshereniging naar België komen" in reply, (
        chat.transcript()
    )
    assert "Kinderen uit een polygaam huwelijk hebben wel recht" in reply


T1_STEPSON = (
    "ik ben [belgische](sponsor_status:belgian), [44](age:sponsor) jaar. mijn man woont bij mij."
    " zijn [zoon](relationship:child) uit zijn eerste huwelijk, yassine, is [19](age) en woont "
    "in casablanca"
)


def test_t1_zijn_zoon_uit_zijn_eerste_huwelijk_yassine_is_19__her_stepson_of_19():
    """Panel 10, t1: "zijn zoon uit zijn eerste huwelijk, yassine, is 19" asked "Over wie gaat
    19 jaar?" and called him "je zoon". Seed 004 names "het (klein)kind ... van de echtgenoot
    of partner van de Belg" apart."""
    chat = Chat()
    reply = chat.say(T1_STEPSON)
    assert "Over wie gaat" not in reply, chat.transcript()
    stepson = chat.person("stepchild")
    assert stepson["age"] == 19
    assert "je zoon" not in reply.lower()


def test_t1_moet_hij_ten_laste_zijn__a_belgians_stepson_under_21_need_not():
    """Panel 10, t1: "moet hij ten laste zijn van mij?" got "Voor jouw situatie ken ik geen vaste
    termijn". Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die
    aantonen dat je ten laste bent van de Belg"."""
    chat = Chat.answered(T1_STEPSON)
    reply = chat.say("yassine is 19 en werkt een beetje. moet hij ten laste zijn van mij?")
    assert "Jonger dan 21 hoeft dat niet" in reply, chat.transcript()
    assert "termijn" not in reply and "Over wie gaat" not in reply
    assert "dependent" not in chat.person("stepchild")["facts"]


def test_t1_het_is_niet_mijn_zoon_het_is_de_zoon_van_mijn_man__a_stepson_no_husband():
    """Panel 10, t1: the correction made him "je zoon" and added the husband as an applicant."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian). [mijn zoon](relationship:child) is [19](age)"
        " en woont in casablanca"
    )
    chat.say(
        "het is niet [mijn zoon](relationship:child), het is de zoon van "
        "[mijn man](relationship:spouse). hij is [19](age)"
    )
    assert [p["relationship"] for p in chat.people] == ["stepchild"], chat.transcript()


def test_karim_is_47_ik_ben_44__a_name_is_not_the_writer():
    """Panel 10, t1: "karim is 47. ik ben 44" gave the writer 47."""
    chat = Chat()
    chat.say(
        "ik ben [belgische](sponsor_status:belgian), [mijn man](relationship:spouse) is in marokko"
    )
    chat.say("karim is [47](age:sponsor). ik ben [44](age:sponsor)")
    assert chat.sponsor["age"] == 44, chat.transcript()


T2_PRIYA = (
    "goeiedag, ik ben van india, ik werk hier als ingenieur met een [B kaart](sponsor_status:third_country_national) "
    "(onbeperkt verblijf)"
    ". [mijn vriendin](relationship:partner) priya zit nog in Pune, we zijn niet getrouwd maar "
    "ze is 5 maand zwanger van mij. hoe krijg ik haar hier"
)


def test_t2_we_kennen_elkaar_3_jaar__no_age():
    """Panel 10, t2: "we kennen elkaar 3 jaar" asked "Over wie gaat 3 jaar?"."""
    chat = Chat()
    chat.say(T2_PRIYA)
    reply = chat.say(
        "nee dat niet. we kennen elkaar [3](age) jaar, ik ben 4 keer naar india geweest"
    )
    assert "Over wie gaat" not in reply, chat.transcript()


def test_t2_priya_mee_als_mama__her_role_no_mother():
    """Panel 10, t2: "en priya mee als mama?" invented the writer's mother ("Is je mama op hoge
    leeftijd?")."""
    chat = Chat()
    chat.say(T2_PRIYA)
    chat.say(
        "maar als de [baby](relationship:child) geboren is, in maart, kan de baby dan wel "
        "komen? en priya mee als [mama](relationship:parent)?"
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()


def test_t2_ik_ben_34_priya_is_31__her_age():
    chat = Chat()
    chat.say(T2_PRIYA)
    reply = chat.say("ik ben [34](age:sponsor), priya is [31](age)")
    assert chat.person("partner")["age"] == 31 and chat.sponsor["age"] == 34, chat.transcript()
    assert "Over wie gaat" not in reply


def test_t2_als_we_een_wettelijke_samenwoning_doen__seed_001s_registered_partner():
    """Panel 10, t2: "als we een wettelijke samenwoning doen ..., kan ze dan via
    gezinshereniging?" invented a "geregistreerde tweede partner" and got "Daar heb ik niets
    over". Seed 001: "Uw partner mag u enkel via gezinshereniging vervoegen indien uw
    partnerschap officieel geregistreerd is"."""
    chat = Chat.answered(T2_PRIYA, {"applicant.age": "31", "sponsor.age": "34"})
    reply = chat.say(
        "en als we een [wettelijke samenwoning](relationship:registered_partner) doen hier of in "
        "india, kan ze dan via gezinshereniging?"
    )
    assert "Laten jullie jullie partnerschap registreren" in reply, chat.transcript()
    assert "art. 10, §1, 5°" in reply
    assert [p["relationship"] for p in chat.people] == ["partner"]
    assert "partnership" not in chat.person("partner")["facts"]


S4_BRENDA = (
    "hey ik woon in belgie met een [verblijfskaart](sponsor_status:third_country_national) (A "
    "kaart, ik werk hier) en [mijn vriendin](relationship:partner) in kameroen is zwanger van "
    "mij. wij zijn niet getrouwd. kan zij komen voor de bevalling?"
)


def test_s4_we_zijn_wel_traditioneel_getrouwd__the_girlfriend_is_the_wife():
    """Panel 10, s4: "wacht we zijn wel traditioneel getrouwd" and "het is geen vriendin maar
    mijn vrouw" made a second person ("Je vriendin" and "Je vrouw: 1 jaar"). Seed 000: "Als
    jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk geldt, dan kan
    enkel een humanitair visum worden afgeleverd." """
    chat = Chat()
    chat.say(S4_BRENDA)
    assert chat.say("nog niet, ze is 5 maand zwanger").startswith("Was het onmogelijk"), (
        chat.transcript()
    )
    chat.say(
        "nee dat niet, maar wacht we zijn wel [traditioneel getrouwd]"
        "(marriage_type:religious_or_customary) in het dorp vorig jaar"
    )
    chat.say("nee, we zijn traditioneel getrouwd, niet gewoon [vriendin](relationship:partner)")
    chat.say(
        "er is maar [1](age) persoon: [mijn vrouw](relationship:spouse) Brenda, traditioneel "
        "getrouwd, 5 maand zwanger"
    )
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("spouse", None)], (
        chat.transcript()
    )
    chat.answer_plainly({})
    reply = chat.say("en [mijn vrouw](relationship:spouse) brenda dan, kan zij niet mee?")
    assert "geldt niet als officieel huwelijk" in reply, chat.transcript()


def test_s5_ik_heb_2_vrouwen__je_eerste_vrouw_never_je_man_of_vrouw():
    """Panel 10, s5: a man with two wives read "Je man of eerste vrouw"."""
    chat = Chat()
    reply = chat.say(
        "ik ben [asielzoeker](sponsor_status:asylum_seeker). ik heb 2 [vrouwen]"
        "(relationship:spouse) in pakistan"
    )
    labels = [chat.last.texts.label(chat.state, p) for p in chat.people]
    assert labels == ["je eerste vrouw", "je tweede vrouw"], chat.transcript()
    assert "man of" not in reply


def test_s5_ik_heb_asiel_gevraagd_10_maanden_geleden__no_recognition_date():
    """Panel 10, s5: an asylum seeker's "asiel gevraagd 10 maanden geleden" was stored as the
    recognition date ("Jij: asielzoeker, sinds februari 2026")."""
    chat = Chat()
    chat.say(
        "ik heb [asiel](sponsor_status:asylum_seeker) gevraagd [10 maanden geleden]"
        "(recognition_date:2026-02-01|approximate) en wacht nog. [mijn vrouw](relationship:spouse)"
        " is in pakistan"
    )
    assert not chat.sponsor.get("recognition_date"), chat.transcript()


def test_t3_kinderen_dochter_19_zoon_15_zoon_9__each_their_age_and_no_third_son():
    """Panel 10, t3: "zij is 38. kinderen: dochter 19, zoon 15, zoon 9" was dropped (the 38 read
    as a count before "kinderen"), then "de 2 zonen van 15 en 9" made the daughter 15 and a
    "tweede zoon van 9". Seed 003: a child who turned 18 during the asylum procedure keeps the
    right only "binnen 12 maanden na de erkenning": the daughter of 19 is late."""
    chat = Chat()
    chat.say(
        "Dag, ik ben maatschappelijk werker bij het OCMW. Ik schrijf voor een cliënt, "
        "[erkend vluchteling](sponsor_status:refugee) sinds [september 2025]"
        "(recognition_date:2025-09-01|approximate). Zijn [vrouw](relationship:spouse) en 3 "
        "[kinderen](relationship:child) zitten in Pakistan."
    )
    chat.say("[12 september 2025](recognition_date:2025-09-12)")
    chat.say(
        "zij is [38](age). [kinderen](relationship:child): [dochter](relationship:child) [19](age),"
        " [zoon](relationship:child) [15](age), [zoon](relationship:child) [9](age)"
    )
    ages = sorted((p["word"], p["age"]) for p in chat.people)
    assert ages == [("dochter", 19), ("vrouw", 38), ("zoon", 9), ("zoon", 15)], chat.transcript()
    chat.say("ja de 2 [zonen](relationship:child) van [15](age) en [9](age) vragen tegelijk aan")
    assert sorted((p["word"], p["age"]) for p in chat.people) == ages, chat.transcript()


# --- panel 11 (2026-12-02): u1-u5, v1-v5 ---------------------------------------------------------


def test_v5_ik_ben_de_grote_broer_van_yonas__the_brother_abroad_writes():
    """Panel 11, v5: "ik ben de grote broer van Yonas. hij is 16 ... ik ben 19 en woon met mama
    in Khartoum ... mama wil naar yonas en ik ook" made the writer the refugee and gave the
    mother a humanitarian visa. Seed 001: "Indien u een NBMV bent ... kunnen uw ouders u via
    gezinshereniging in België komen vervoegen"; seed 000: an adult sibling's humanitarian
    visa "gelijktijdig ... met de aanvraag gezinshereniging van je ouder(s)"."""
    chat = Chat()
    chat.say(
        "hallo ik ben de [grote broer](relationship:sibling) van Yonas. hij is [16](age:sponsor) en"
        " is alleen naar belgie gekomen, nu hij is [erkend vluchteling](sponsor_status:refugee). "
        "ik ben [19](age:sponsor) en woon met [mama](relationship:parent) in Khartoum. papa is "
        "dood. [mama](relationship:parent) wil naar yonas en ik ook."
    )
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert chat.sponsor["age"] == 16
    me = next(p for p in chat.people if p.get("self"))
    assert (me["relationship"], me["age"]) == ("sibling", 19)
    chat.say("[12 augustus 2026](recognition_date:2026-08-12)")
    reply = chat.answer_plainly({})
    assert "Je mama: recht op gezinshereniging" in reply, chat.transcript()
    assert "Jij: humanitair visum" in reply and "voor jou is er een bijdrage" in reply


V3_FRIEND = (
    "ik ben iraans en [erkend als vluchteling](sponsor_status:refugee) in belgie omdat ik homo "
    "ben. [mijn vriend](relationship:partner) zit nog in turkije, we woonden 4 jaar samen in "
    "teheran maar trouwen was natuurlijk onmogelijk. kan hij naar hier komen"
)


def test_v3_helpt_het_dat_ik_erkend_ben_omdat_ik_homo_ben__seed_000s_persecution_ground():
    """Panel 11, v3: "Daar heb ik voor deze situatie niets over". Seed 000: "Als je de partner
    bent van een persoon met internationale bescherming, dan kan het feit dat geaardheid een
    grond voor vervolging was een belangrijke factor zijn ... Er wordt best verwezen naar de
    relevante verklaringen in het asieldossier." """
    chat = Chat.answered(V3_FRIEND, {"applicant.common_child": "nee geen kinderen"})
    reply = chat.say("moet ik bewijzen dat trouwen niet kon? en helpt het dat ik erkend ben omdat"
                     " ik homo ben?")  # fmt: skip
    assert "Was de geaardheid een reden voor vervolging?" in reply, chat.transcript()
    assert "asieldossier" in reply
    assert "religieus" not in reply and "Hebben jullie samen kinderen" not in reply


def test_v3_we_zijn_niet_getrouwd_ook_niet_religieus__no_marriage_no_children():
    """Panel 11, v3: stored as a religious marriage ("Je man") and "je vraagt naar kinderen"
    made two children."""
    chat = Chat.answered(V3_FRIEND, {"applicant.common_child": "nee geen kinderen"})
    chat.say(
        "we zijn NIET getrouwd, ook niet [religieus](marriage_type:religious_or_customary). en je "
        "vraagt naar [kinderen](relationship:child) maar ik zei al nee."
    )
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert "marriage" not in chat.person("partner")["facts"]


def test_v2_late_with_a_daughter_who_comes_alone__no_income_to_prove():
    """Panel 11, v2: "Maar nu moeten inkomen, woning en ziekteverzekering bewezen worden" to a
    refugee 18 months late whose only child coming is 15. Seed 003: "moet de gezinshereniger
    niet bewijzen dat hij over bestaansmiddelen beschikt indien de aanvrager zijn kind ... is,
    en dit kind bij hem komt wonen alvorens 18 jaar te zijn en de enige is"."""
    chat = Chat.answered(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds "
        "[3 juni 2025](recognition_date:2025-06-03). [mijn dochter](relationship:child) van "
        "[15](age) is in pakistan bij haar moeder, we zijn gescheiden",
        {"applicant.custody": "samen", "applicant.joins_alone": "ja"},
    )
    answer = chat.transcript().split("Dit is mijn inschatting")[-1]
    assert "Inkomen niet: een minderjarig kind dat als enige komt" in answer, chat.transcript()
    assert "inkomen, woning en ziekteverzekering" not in answer


U1_SISTER = (
    "ik schrijf vanuit caïro. [mijn kleine broer](relationship:sibling) Yonas zit in belgie, hij"
    " is alleen gegaan en heeft nu [vluchteling](sponsor_status:refugee) statuut sinds "
    "[september](recognition_date:2026-09-01|approximate). hij is [16](age:sponsor). ik ben "
    "zijn [zus](relationship:sibling), [29](age) jaar. onze [papa](relationship:parent) is dood,"
    " [mama](relationship:parent) woont hier bij mij met ons [jongste broertje]"
    "(relationship:sibling) van [10](age). wij willen allemaal naar hem toe"
)


def test_u1_the_sister_in_cairo__mother_and_little_brother_come_too():
    """Panel 11, u1: "onze papa is dood, mama woont hier bij mij met ons jongste broertje van
    10" (written from Caïro) lost the mother ("dood" was read as hers, "hier" as Belgium) and
    "hij is 17 niet 16, hij wordt 18 op 3 maart 2027" made the writer 17. Seed 001: the parents
    of an NBMV, "Op voorwaarde dat de NBMV jonger is dan achttien jaar"."""
    chat = Chat()
    chat.say(U1_SISTER)
    kinds = sorted((p["relationship"], p["age"], bool(p.get("self"))) for p in chat.people)
    assert kinds == [("parent", None, False), ("sibling", 10, False), ("sibling", 29, True)], (
        chat.transcript()
    )
    chat.say(
        "[22 september 2026](recognition_date:2026-09-22). maar nee wacht hij is [17](age) niet "
        "16, hij wordt 18 op 3 maart 2027"
    )
    assert chat.sponsor["age"] == 17 and chat.sponsor["majority_date"] == "2027-03-03", (
        chat.transcript()
    )
    assert next(p for p in chat.people if p.get("self"))["age"] == 29
    chat.say("[mijn broer](relationship:sibling) Yonas is [17](age)")
    assert len(chat.people) == 3, chat.transcript()


def test_u4_zwanger_4_maand__no_baby_age_for_her_and_31_zij_is_27():
    """Panel 11, u4: "ze is zwanger 4 maand" made the girlfriend "een baby, jonger dan 1 jaar";
    "31, zij is 27" asked "Over wie gaat 31 jaar?"; "ouders waren wel tegen" made two
    parents."""
    chat = Chat()
    chat.say(
        "hey ik werk in antwerpen met single permit (gecombineerde vergunning)"
        "(sponsor_status:third_country_national). [mijn vriendin](relationship:partner) is in Pune"
        " en ze is zwanger [4](age) maand. we zijn niet getrouwd. kan zij komen?"
    )
    assert chat.person("partner")["age"] is None, chat.transcript()
    chat.say("nee, [ouders](relationship:parent) waren wel tegen want andere kaste")
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    reply = chat.say("[31](age), zij is [27](age)")
    assert "Over wie gaat" not in reply, chat.transcript()
    assert chat.sponsor["age"] == 31 and chat.person("partner")["age"] == 27


def test_u5_een_clinte_eritrese_vrouw__no_wife_of_the_client():
    """Panel 11, u5: "Ik schrijf voor een cliënte, Eritrese vrouw, erkend vluchteling. Ze wil
    haar man en haar moeder laten overkomen" invented "de vrouw van je cliënt"."""
    chat = Chat()
    chat.say(
        "Goedemiddag, ik ben maatschappelijk werker bij het OCMW. Ik schrijf voor een cliënte, "
        "Eritrese [vrouw](relationship:spouse), [erkend vluchteling](sponsor_status:refugee). Ze "
        "wil [haar man](relationship:spouse) en [haar moeder](relationship:parent) laten "
        "overkomen."
    )
    words = sorted(p["word"] for p in chat.people)
    assert words == ["man", "moeder"], chat.transcript()


def test_u2_van_mijn_eerste_vrouw_die_dood_is__the_living_wife_stays():
    """Panel 11, u2: "de 12 jarige is niet van mijn vrouw, is van mijn eerste vrouw die dood
    is" answered "Wat erg van je vrouw" and dropped the living wife (and gave her 12)."""
    chat = Chat()
    chat.say(
        "Salaam, ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
        "[12 mei 2026](recognition_date:2026-05-12). [mijn vrouw](relationship:spouse) en 4 "
        "[kinderen](relationship:child) zitten in Iran. kinderen zijn [19](age), [17](age), "
        "[12](age) en [6](age). de 17 jarige wordt 18 op 20 januari 2027!!"
    )
    assert chat.person("child", 1)["facts"]["majority_date"] == "2027-01-20", chat.transcript()
    reply = chat.say(
        "nee wacht, de [12](age) jarige is niet van [mijn vrouw](relationship:spouse), is van "
        "[mijn eerste vrouw](relationship:spouse) die dood is."
    )
    assert "Wat erg van je vrouw" not in reply, chat.transcript()
    wife = chat.person("spouse")
    assert wife["age"] is None


U3_STEPSON = (
    "ik ben [belg](sponsor_status:belgian), geboren in gent, [45](age:sponsor) jaar. mijn vrouw "
    "woont bij mij. [haar zoon](relationship:stepchild) is [20](age) en woont in kinshasa bij "
    "zijn oma"
)


def test_u3_hij_wordt_21__from_21_he_proves_he_is_dependent():
    """Panel 11, u3: "hij wordt 21 op 14 februari 2027. moet ik dan de aanvraag voor die datum
    doen?" got only "Voor deze situatie ken ik geen vaste termijn". Seed 004: "Ben je 21 jaar of
    ouder? Dan moet je ook de bewijzen voorleggen die aantonen dat je ten laste bent"."""
    chat = Chat.answered(U3_STEPSON)
    reply = chat.say(
        "hij wordt 21 op 14 februari 2027. moet ik dan de aanvraag voor die datum doen?",
        intent="ask_deadline",
    )
    assert "21 vanaf 14 februari 2027" in reply, chat.transcript()
    assert "moet je stiefzoon ook bewijzen dat hij ten laste is" in reply, chat.transcript()


def test_u3_huurcontract_op_naam_van_mijn_vrouw__seed_004s_practice():
    """Panel 11, u3: seed 004: "In de praktijk eist de DVZ niet dat je Belgische (stief)ouder
    ... zelf als huurder vermeld staat ... Het volstaat dat hij op dat adres woont"."""
    chat = Chat.answered(U3_STEPSON)
    reply = chat.say(
        "het huurcontract staat op naam van mijn vrouw, niet van mij. is dat een probleem?"
    )
    assert "DVZ eist niet dat je zelf als huurder op het huurcontract staat" in reply, (
        chat.transcript()
    )
    assert "praktijk DVZ" in reply


# --- panel 12 (2026-12-02): w1-w5, x1-x5 ---------------------------------------------------------


def test_x2_al_6_jaar_ik_ben_hier_6_jaar__years_in_belgium_no_age():
    """Panel 12, x2: "ik woon in antwerpen al 6 jaar" and "ik ben hier 6 jaar" made the father
    6, and "Wie jonger is dan 18, kan geen kinderen laten komen" followed."""
    chat = Chat()
    chat.say(
        "hoi ik woon in antwerpen al [6](age:sponsor) jaar met [verblijfskaart]"
        "(sponsor_status:third_country_national). [mijn dochter](relationship:child) van [14](age)"
        " woont bij mijn ex in nador"
    )
    chat.say("ik ben hier [6](age:sponsor) jaar, zij is [14](age)")
    assert chat.sponsor.get("age") is None, chat.transcript()
    assert chat.person("child")["age"] == 14


def test_x4_mijn_broers_zijn_gevlucht_naar_duitsland__no_applicants():
    """Panel 12, x4: the brothers who fled to Germany became the only applicants."""
    chat = Chat()
    chat.say(
        "goeiedag, [mijn moeder](relationship:parent) is [78](age) en woont alleen in aleppo. ik "
        "ben [erkend vluchteling](sponsor_status:refugee) in gent sinds 2021. [mijn broers]"
        "(relationship:sibling) zijn gevlucht naar Duitsland. kan mama naar hier komen?"
    )
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()


def test_w4_als_eerst_alleen_het_kind_van_9_komt__no_means_for_that_child():
    """Panel 12, w4: "als eerst alleen het kind van 9 komt ..., moet meneer dan toch
    bestaansmiddelen bewijzen?" got "Je cliënt moet stabiele ... inkomsten hebben". Seed 003:
    "moet de gezinshereniger niet bewijzen dat hij over bestaansmiddelen beschikt indien de
    aanvrager zijn kind ... is, en dit kind bij hem komt wonen alvorens 18 jaar te zijn en de
    enige is"."""
    chat = _family()
    reply = chat.say(
        "als eerst alleen het kind van 11 komt, moet ik dan toch inkomen bewijzen?",
        intent="ask_means_of_subsistence",
    )
    # the child is named with the age: there are other children (stop 25)
    assert "Komt alleen je kind van 11 jaar, jonger dan 18, en verder niemand? Dan is er geen" in (
        reply
    ), chat.transcript()


def test_w1_ik_ben_met_onze_kinderen_in_kampala__the_wife_abroad_writes():
    """Panel 12, w1: "mijn man Tesfay is in belgie erkend als vluchteling ... ik ben met onze
    kinderen in kampala uganda" was read as the refugee writing ("Jij: erkend vluchteling")."""
    chat = Chat()
    chat.say(
        "hallo ik ben Mebrat, [mijn man](relationship:spouse) Tesfay is in belgie erkend als "
        "[vluchteling](sponsor_status:refugee) sinds [3 maart 2026](recognition_date:2026-03-03)."
        " ik ben met onze [kinderen](relationship:child) in kampala uganda."
    )
    assert chat.state["writer"] == "applicant", chat.transcript()
    me = next(p for p in chat.people if p.get("self"))
    assert me["relationship"] == "spouse"
    reply = chat.say(
        "selam is [17](age), ze wordt [18](age) op 14 februari 2027. dan nog abel [12](age) en "
        "hanna [7](age)"
    )
    assert "Over wie gaat" not in reply, chat.transcript()
    ages = sorted(p["age"] for p in chat.people if p["relationship"] == "child")
    assert ages == [7, 12, 17]


def test_w2_onze_ouders_zijn_overleden_papa_in_2019_en_mama_vorig_jaar__no_parents():
    """Panel 12, w2: the dead parents named one by one became applicants "met recht op
    gezinshereniging", and the sister who writes was asked whether her parents apply."""
    chat = Chat()
    chat.say(
        "goeiedag, ik schrijf voor [mijn kleine broer](relationship:sibling) Dawit hij is "
        "[16](age:sponsor) en alleen naar belgie gegaan, nu heeft hij [vluchtelingenstatus]"
        "(sponsor_status:refugee). onze [ouders](relationship:parent) zijn dood. ik ben zijn "
        "[zus](relationship:sibling), [24](age) jaar, ik woon in nairobi. kan ik naar hem komen?"
    )
    me = next(p for p in chat.people if p.get("self"))
    assert me["facts"].get("parents_deceased_or_missing") is True, chat.transcript()
    chat.say(
        "onze [ouders](relationship:parent) zijn overleden, [papa](relationship:parent) in 2019 "
        "en [mama](relationship:parent) vorig jaar"
    )
    assert [p["relationship"] for p in chat.people] == ["sibling"], chat.transcript()


def test_w3_fatima_is_marokkaanse_met_een_f_kaart_ik_ben_belg__still_belgian():
    """Panel 12, w3: his wife's F card made the Belgian sponsor "niet-EU-burger"."""
    chat = Chat.answered(U3_STEPSON)
    chat.say(
        "nog iets: fatima is marokkaanse met een [F kaart](sponsor_status:third_country_national),"
        " ik ben [belg](sponsor_status:belgian). maakt dat uit wie van ons de aanvraag doet?"
    )
    assert chat.sponsor["status"] == "belgian", chat.transcript()


X1_MOTHER = (
    "salam ik ben de [mama](relationship:parent) van Yonas, hij is alleen naar belgie gekomen en "
    "heeft nu [vluchteling](sponsor_status:refugee) papier sinds 2 maand. hij is [16](age). ik en"
    " zijn [vader](relationship:parent) en zijn [zus](relationship:sibling) willen naar hem "
    "komen, we zitten in kamp in soedan"
)


def test_x1_the_mama_of_yonas__his_ages_and_his_fathers_stay_apart():
    """Panel 12, x1: the son's 17 went to the father, then 49 to the little brother; "zelfde
    mama en papa" added grandparents. Seed 001: "Indien u een NBMV bent ... kunnen uw ouders u
    via gezinshereniging in België komen vervoegen."""
    chat = Chat()
    chat.say(X1_MOTHER)
    assert chat.sponsor["age"] == 16, chat.transcript()
    chat.say("16 zei ik toch. nee wacht hij is [17](age) nu, in maart wordt hij 18")
    assert chat.sponsor["age"] == 17, chat.transcript()
    chat.say(
        "nee!! de [vader](relationship:parent) is niet 17, YONAS is [17](age). de "
        "[papa](relationship:parent) is [49](age). status gekregen [2 oktober 2026]"
        "(recognition_date:2026-10-02)"
    )
    chat.say(
        "zijn zus is [20](age). en er is ook [klein broertje](relationship:sibling) van [9](age)"
    )
    chat.say(
        "nee gewoon zijn echte broer, zelfde [mama](relationship:parent) en "
        "[papa](relationship:parent)"
    )
    me = next(p for p in chat.people if p.get("self"))
    others = sorted((p["relationship"], p["age"]) for p in chat.people if not p.get("self"))
    assert me["age"] is None, chat.transcript()
    assert others == [("parent", 49), ("sibling", 9), ("sibling", 20)], chat.transcript()
    assert "Over wie gaat" not in chat.transcript()


def test_x3_telt_wel_denk_ik__a_guess_changes_no_marriage_and_ik_24():
    """Panel 12, x3: "in afghanistan telt een huwelijk bij de mullah wel denk ik" made the
    religious marriage official ("Ik heb het aangepast"); "hij is 31 en ik 24" asked "Over
    wie gaat 24 jaar?"."""
    chat = Chat()
    chat.say(
        "[mijn man](relationship:spouse) heeft [subsidiaire bescherming]"
        "(sponsor_status:subsidiary_protection) in belgie, ik ben in iran. we zijn "
        "[religieus](marriage_type:religious_or_customary) getrouwd bij de mullah"
    )
    chat.say("in afghanistan telt een huwelijk bij de mullah wel denk ik, maar we hebben geen akte")
    me = next(p for p in chat.people if p.get("self"))
    assert me["facts"]["marriage"] == "religious_or_customary", chat.transcript()
    reply = chat.say("hij is [31](age) en ik [24](age)")
    me = next(p for p in chat.people if p.get("self"))
    assert "Over wie gaat" not in reply and me["age"] == 24, chat.transcript()


def test_x5_zijn_nichtje__named_het_nichtje_van_je_client():
    """Panel 12, x5: the niece was "Het familielid van je cliënt"."""
    chat = Chat()
    chat.say(
        "ik ben maatschappelijk werker. mijn cliënt is [erkend vluchteling](sponsor_status:refugee)"
        ". [zijn nichtje](relationship:other_relative) van [12](age) woont in kenia, haar ouders "
        "zijn dood"
    )
    label = chat.last.texts.label(chat.state, chat.person("other_relative"))
    assert label == "het nichtje van je cliënt", chat.transcript()


# --- panel 13 (2026-12-02): y1-y5, z1-z5 ---------------------------------------------------------


def test_y1_zelfde_papa_en_mama_and_mama_wil_ook_komen__one_mother_no_father():
    """Panel 13, y1: "mama wil ook komen" made a second mama, "zelfde papa en mama. papa is dood"
    added the dead father; "12 augustus 2026 denk ik. wacht nee het was 21 augustus" kept the
    12th."""
    chat = Chat()
    chat.say(
        "hoi ik ben nour, ik woon in libanon met [mijn mama](relationship:parent) en [kleine zus]"
        "(relationship:sibling). [mijn broer](relationship:sibling) omar is alleen naar belgie "
        "gegaan en hij heeft nu [vluchteling](sponsor_status:refugee) status gekregen. hij is "
        "[16](age). kunnen wij naar hem komen?"
    )
    chat.say("ja hij was alleen. ik ben [20](age). [mama](relationship:parent) wil ook komen")
    chat.say(  # volunteered: the parents of a minor are not asked it (no 12 months; art. 10, §2)
        "[12 augustus 2026](recognition_date:2026-08-12) denk ik. wacht nee het was "
        "[21 augustus](recognition_date:2026-08-21), staat op de brief van cgvs"
    )
    assert chat.sponsor["recognition_date"] == "2026-08-21", chat.transcript()
    chat.say(
        "nee gewoon mijn zus, zelfde [papa](relationship:parent) en [mama](relationship:parent). "
        "[papa](relationship:parent) is dood in 2023"
    )
    kinds = sorted(p["relationship"] for p in chat.people if not p.get("self"))
    assert kinds == ["parent", "sibling"], chat.transcript()


def test_z1_dan_is_hij_18__a_later_age_not_now():
    """Panel 13, z1: "in februari wordt hij 18, dan is hij 18" made the refugee 18 now, and the
    parents got the 3-month date."""
    chat = Chat()
    chat.say(X1_MOTHER)
    chat.say("hij wordt [18](age) op 3 februari 2027, dan is hij [18](age)")
    assert chat.sponsor["age"] == 17 and chat.sponsor["majority_date"] == "2027-02-03", (
        chat.transcript()
    )  # 17 now: he turns 18 on that day


def test_z3_geen_afspraak_voor_februari__file_in_time_and_keep_proof():
    """Panel 13, z3: "ambassade in islamabad geeft geen afspraak voor februari. wat moeten we
    doen" got the generic where-to-apply text. Seed 002: "Het is dus belangrijk dat het
    familielid ... zijn aanvraag tijdig kan indienen, ongeacht het feit of zijn dossier volledig
    of onvolledig is"; seed 003: "Deze termijn van 12 maanden kan worden verlengd ... door
    overmacht"."""
    chat = _family()
    reply = chat.say(
        "dat is binnen 2 weken! ambassade in beiroet geeft geen afspraak voor februari. wat moeten"
        " we doen"
    )
    assert "Dien toch op tijd in" in reply, chat.transcript()
    assert "elke Belgische ambassade" in reply and "Bewaar de bewijzen" in reply


def test_y5_an_asylum_seekers_son_turns_18_before_the_decision__seed_003():
    """Panel 13, y5: "hij wordt 18 op 14 februari 2027. verliest hij dan zijn recht als ik later
    erkend word?" got "geen antwoord" or the assessment again. Seed 003: "Een kind dat
    minderjarig was op het moment dat de gezinshereniger ... zijn/haar aanvraag om
    internationale bescherming ... heeft ingediend, behoudt zijn recht ... binnen 12 maanden na
    de erkenning"."""
    chat = Chat.answered(
        "ik heb [asiel](sponsor_status:asylum_seeker) gevraagd, nog geen antwoord. [mijn vrouw]"
        "(relationship:spouse) en [mijn zoon](relationship:child) van [17](age) zijn in sudan"
    )
    reply = chat.say(
        "[mijn zoon](relationship:child) wordt 18 op 14 februari 2027. verliest hij dan zijn "
        "recht als ik later erkend word?"
    )
    assert "Dan blijft het recht op gezinshereniging na de erkenning" in reply, chat.transcript()
    assert "C-279/20" in reply


def test_z3_ja_alle_3_van_ons_samen__no_age():
    """Panel 13, z3: "ja alle 3 van ons samen" asked "Over wie gaat 3 jaar?"."""
    chat = _family()
    reply = chat.say("ja alle [3](age) van ons samen")
    assert "Over wie gaat" not in reply, chat.transcript()


def test_z2_wat_als_hij_21_is_voor_we_indienen__seed_004s_dependency_not_a_favour():
    """Panel 13, z2: "maar wat als hij 21 is voor we indienen, verandert er dan iets?" got the
    humanitarian-visa text. Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen
    voorleggen die aantonen dat je ten laste bent van de Belg"."""
    chat = Chat.answered(U3_STEPSON)
    reply = chat.say("maar wat als hij 21 is voor we indienen, verandert er dan iets?")
    assert "Vanaf 21 jaar moet je stiefzoon ook bewijzen" in reply, chat.transcript()
    assert "humanitair" not in reply


def test_y1_de_datum_is_21_augustus_niet_12__the_recognition_date_corrected():
    """Panel 13, y1: "de datum is 21 augustus niet 12" at the read-back changed nothing."""
    chat = Chat()
    chat.say(
        "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [12 augustus 2026]"
        "(recognition_date:2026-08-12). [mijn vrouw](relationship:spouse) is in libanon"
    )
    chat.say("nee!! de datum is 21 augustus niet [12](age)")
    assert chat.sponsor["recognition_date"] == "2026-08-21", chat.transcript()
