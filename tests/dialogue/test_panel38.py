"""Findings of panel round 38 (stop 29), each named by the user's words or the seed sentence."""

from tests.dialogue.chat import Chat

SYRIAN_MOTHER = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 augustus 2026](recognition_date:2026-08-03), [38](age:sponsor) jaar. [mijn man]"
    "(relationship:spouse) is [45](age), officieel getrouwd"
)


def _children(chat: Chat) -> list:
    return sorted(p.get("age") for p in chat.people if p["relationship"] == "child")


def test_de_aanvrager_moet_minder_dan_18_jaar_oud_zijn__wordt_binnen_2_maand_18():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." "de kinderen zijn 6, 13 en
    17. de oudste wordt binnen 2 maand 18, op 5 februari" made him "Je kind van 18 jaar" and
    his last day the 12 months' "3 augustus 2027 (nog 242 dagen)" (panel 38, g4)."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say(
        "[de kinderen](relationship:child) zijn 6, 13 en 17. de oudste wordt binnen 2 maand 18,"
        " op 5 februari"
    )
    assert _children(chat) == [6, 13, 17], chat.transcript()
    reply = chat.answer_plainly({})
    assert "uiterlijk op 4 februari 2027" in reply, chat.transcript()


def test_wat_gebeurt_er_als_de_aanvraag_niet_binnen_is_voor_zijn_verjaardag():
    """ "wat gebeurt er als de aanvraag niet binnen is voor zijn verjaardag?" got "Op die vraag
    vind ik geen antwoord" (panel 38, g4): his last day and "Daarna is er geen recht op
    gezinshereniging als kind meer"."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say(
        "[de kinderen](relationship:child) zijn 6, 13 en 17. de oudste wordt binnen 2 maand 18,"
        " op 5 februari"
    )
    chat.answer_plainly({})
    reply = chat.say(
        "kan mijn oudste zoon nog mee komen? wat gebeurt er als de aanvraag niet binnen is voor"
        " zijn verjaardag?"
    )
    assert "4 februari 2027" in reply and "geen antwoord" not in reply, chat.transcript()


def test_ze_wordt_over_2_jaar_18__no_birthday_of_a_child_of_16_now():
    """The other side: "mijn dochter is 16" keeps 16; a span before the age is no age now."""
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say("[mijn dochter](relationship:child) is [16](age)")
    assert _children(chat) == [16], chat.transcript()


IRAQI = (
    "ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds"
    " [5 januari 2026](recognition_date:2026-01-05), [41](age:sponsor) jaar. [mijn vrouw]"
    "(relationship:spouse) is [35](age), officieel getrouwd"
)


def test_indien_de_aanvraag_laattijdig_wordt_ingediend__income_then_matters():
    """Seed 002: "Indien de aanvraag laattijdig wordt ingediend zijn de gunstigere voorwaarden
    ... niet meer van toepassing." "als ze toch pas in maart kan indienen ... ik verdien maar
    1400 euro" got "Of 1.400 euro per maand genoeg is, speelt voor deze aanvraag dus geen rol"
    (panel 38, h3)."""
    chat = Chat.answered(IRAQI)
    reply = chat.say(
        "als ze toch pas in maart kan indienen met uitleg over de afspraak, accepteert dvz dat"
        " dan? ik verdien maar 1400 euro"
    )
    assert "dan moeten inkomen, woning en ziekteverzekering wel bewezen worden" in reply, (
        chat.transcript()
    )
    assert "speelt voor deze aanvraag dus geen rol" not in reply


def test_ik_verdien_1400_euro__in_time_the_amount_plays_no_part():
    """The other side: in time, the exempt income is still said to play no part."""
    chat = Chat.answered(IRAQI)
    reply = chat.say("ik verdien maar 1400 euro, is dat genoeg?")
    assert "speelt voor deze aanvraag dus geen rol" in reply, chat.transcript()


def test_de_afspraak_is_pas_in_maart__file_in_time_and_keep_the_proofs():
    """ "maar de afspraak in amman is pas in maart. dat is na 5 januari. wat moet ik doen??"
    got "Op die vraag vind ik geen antwoord" (panel 38, h3)."""
    chat = Chat.answered(IRAQI)
    reply = chat.say(
        "maar de afspraak in amman is pas in maart. dat is na 5 januari. wat moet ik doen??"
    )
    assert "Bewaar de bewijzen" in reply and "geen antwoord" not in reply, chat.transcript()


def test_geen_advies_om_te_wachten__an_asylum_seekers_choice_is_for_a_lawyer():
    """No seed advises an asylum seeker to wait; seed 000 "Je doet daarom best beroep op een
    advocaat" (panel 38, h2: "Wacht op de beslissing over de asielaanvraag" to a family in
    Gaza)."""
    chat = Chat()
    chat.say(
        "ik heb asiel gevraagd, [nog geen antwoord](sponsor_status:asylum_seeker)."
        " [mijn vrouw](relationship:spouse) is [27](age), officieel getrouwd"
    )
    reply = chat.answer_plainly({"sponsor.age": "[30](age)"}, 20)
    transcript = chat.transcript()
    assert "Wacht op de beslissing" not in transcript, transcript
    assert reply


BELGIAN_FIANCEE = (
    "ik ben [belg](sponsor_status:belgian), [30](age:sponsor). [mijn verloofde]"
    "(relationship:partner) is [32](age), hij woont in kinshasa, we zijn niet getrouwd"
)


def test_als_we_trouwen_en_hij_vraagt_gezinshereniging_hoe_lang__not_the_humanitarian_year():
    """ "en als we trouwen en hij vraagt gezinshereniging, hoe lang wacht hij dan op antwoord?"
    got seed 001's humanitarian "De wet legt DVZ geen termijn op" (panel 38, h5)."""
    chat = Chat.answered(BELGIAN_FIANCEE)
    reply = chat.say(
        "en als we trouwen en hij vraagt gezinshereniging, hoe lang wacht hij dan op antwoord?",
        intent="ask_processing_time",
    )
    assert "De wet legt DVZ geen termijn op" not in reply, chat.transcript()
    assert "gezinshereniging" in reply


def test_a_humanitarian_visas_duration_is_still_seed_001s():
    """The other side: "hoe lang duurt het?" of the fiancé's humanitarian request."""
    chat = Chat.answered(BELGIAN_FIANCEE)
    reply = chat.say("hoe lang duurt het?", intent="ask_processing_time")
    assert "De wet legt DVZ geen termijn op" in reply, chat.transcript()


def test_wettelijk_samenwonen_met_een_belg__no_art_10_conditions():
    """A Belgian's fiancé: the registered partnership's conditions were cited as art. 10,
    §1, 5°, a foreign sponsor's (panel 38, h5)."""
    chat = Chat.answered(BELGIAN_FIANCEE)
    reply = chat.say("en als we wettelijk samenwonen, kan hij dan via gezinshereniging komen?")
    assert "art. 10, §1, 5°" not in reply, chat.transcript()
    assert "partner van een Belg" in reply


ERITREAN = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds"
    " [3 juli 2026](recognition_date:2026-07-03), [39](age:sponsor) jaar. [mijn vrouw]"
    "(relationship:spouse) is [34](age), we zijn getrouwd in de kerk, niet bij de gemeente"
)


def test_de_slaagkansen_zijn_in_dit_geval_veel_onzekerder__the_church_paper_lost():
    """Seed 000: "Als je geen enkel bewijs kan voorleggen van je reeds bestaande huwelijksband
    is een aanvraag voor een visum gezinshereniging in de praktijk niet mogelijk ... De
    slaagkansen zijn in dit geval veel onzekerder. DVZ zal slechts uitzonderlijk een humanitair
    visum toekennen". The wife whose church paper is lost got "kans redelijk" (panels 37 and
    38, h1)."""
    chat = Chat.answered(
        ERITREAN + " en het papier van de kerk is kwijt", {"applicant.marriage": "religieus"}
    )
    reply = chat.log[-1]
    assert "Kans op een humanitair visum: klein" in reply, chat.transcript()
    assert "visum gezinshereniging (art. 10" not in reply


def test_a_church_marriage_with_its_paper_keeps_the_soft_procedure():
    """The other side: with the church's paper, seed 000's softer procedure for a protected
    sponsor's spouse."""
    chat = Chat.answered(
        ERITREAN + ", we hebben het papier van de kerk", {"applicant.marriage": "religieus"}
    )
    reply = chat.log[-1]
    assert "kans klein" not in reply and "visum gezinshereniging (art. 10" in reply, (
        chat.transcript()
    )


GUINEAN_BOY = (
    "ik ben [15](age:sponsor) jaar, alleen gekomen, ik ben [erkend vluchteling]"
    "(sponsor_status:refugee) sinds [6 oktober 2026](recognition_date:2026-10-06)."
    " [mijn mama](relationship:parent) moet komen en [mijn oom](relationship:other_relative)"
    " die mij groot gemaakt heeft"
)


def test_mijn_voogd_kan_dat_doen_voor_mij__who_helps_not_a_guardianship_of_the_uncle():
    """ "mijn voogd kan dat doen voor mij?" from a boy of 15 got seed 000's foreign
    guardianship: "Dan heeft je oom recht op gezinshereniging als kind" (panel 38, g3)."""
    chat = Chat.answered(GUINEAN_BOY)
    reply = chat.say("mijn voogd kan dat doen voor mij?")
    assert "advocaat" in reply, chat.transcript()
    assert "recht op gezinshereniging als kind" not in reply


BELGIAN_STEPFATHER = (
    "ik ben [belg](sponsor_status:belgian), [36](age:sponsor). [mijn vrouw](relationship:spouse)"
    " is [29](age), officieel getrouwd, en [haar dochtertje](relationship:stepchild) van [8](age)"
    " uit haar eerste huwelijk moet ook komen"
)


def test_als_de_andere_ouder_verdwenen_is_moet_je_een_attest_hebben__no_tick():
    """Seed 004: "Als de andere ouder verdwenen is moet je een attest hebben ... Of ... een
    rechterlijke beslissing." "de vader is verdwenen ... mijn vrouw alleen maar er is geen
    vonnis" ticked "✔ Het hoederecht over je stiefdochter ligt bij jou of bij je vrouw"
    (panel 38, g5)."""
    chat = Chat()
    chat.say(BELGIAN_STEPFATHER)
    chat.say(
        "de vader is verdwenen, al jaren geen contact. dus ik denk mijn vrouw alleen maar er is"
        " geen vonnis"
    )
    chat.answer_plainly({})
    reply = chat.say("Voorwaarden", intent="ask_conditions")
    assert "☐ Het hoederecht over je stiefdochter" in reply, chat.transcript()


def test_sole_custody_with_a_judgment_is_still_ticked():
    """The other side: a sole custody by judgment is met."""
    chat = Chat()
    chat.say(BELGIAN_STEPFATHER)
    chat.say("mijn vrouw heeft alleen het hoederecht, er is een vonnis van de rechtbank")
    chat.answer_plainly({})
    reply = chat.say("Voorwaarden", intent="ask_conditions")
    assert "✔ Het hoederecht over je stiefdochter" in reply, chat.transcript()


def _syrian_family_answered() -> Chat:
    chat = Chat()
    chat.say(SYRIAN_MOTHER)
    chat.say(
        "[de kinderen](relationship:child) zijn 6, 13 en 17. de oudste wordt binnen 2 maand 18,"
        " op 5 februari"
    )
    chat.answer_plainly({})
    return chat


def test_de_datum_is_30_juli_2026_niet_3_augustus__the_recognition_date_corrected():
    """ "wacht ik kijk op de brief van cgvs. de datum is 30 juli 2026, niet 3 augustus. sorry"
    was ignored and the 12 months stayed four days late (panel 38, g4)."""
    chat = _syrian_family_answered()
    chat.say("wacht ik kijk op de brief van cgvs. de datum is 30 juli 2026, niet 3 augustus. sorry")
    assert chat.sponsor["recognition_date"] == "2026-07-30", chat.transcript()


def test_als_het_niet_lukt_voor_5_februari__his_birthday_ends_the_right():
    """Seed 003: "De aanvrager moet minder dan 18 jaar oud zijn." "als het voor mijn zoon niet
    lukt voor 5 februari, kan hij dan nooit meer komen?" got "Wie later indient, legt uit ...
    DVZ bekijkt die redenen", as if reasons could save his right (panel 38, g4)."""
    chat = _syrian_family_answered()
    reply = chat.say(
        "als het voor mijn zoon niet lukt voor 5 februari, kan hij dan nooit meer komen? hij kan"
        " niet alleen in turkije blijven"
    )
    assert "geen recht op gezinshereniging meer. Een humanitair visum kan dan nog" in reply, (
        chat.transcript()
    )
    assert "DVZ bekijkt die redenen" not in reply


def test_an_appointment_too_late_without_a_birthday_keeps_the_reasons():
    """The other side: no 18th birthday ahead, the late request's reasons (seed 002)."""
    chat = Chat.answered(IRAQI)
    reply = chat.say("de ambassade geeft pas een afspraak op 10 maart, wat moeten we doen?")
    assert "DVZ bekijkt die redenen" in reply, chat.transcript()
