"""Findings of panel round 108 (stop 44: sets M and N, ten new families), each named by the
user's words or the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel98 import TODAY

_YASSINE = (
    "yo, ik ben [22](age:sponsor) en woon in tanger maar kben opgegroeid in antwerpen. mijn "
    "[ma](relationship:parent) is [belg](sponsor_status:belgian) sinds 2023. kan ik gwn "
    "terugkomen bij haar?"
)


def _yassine() -> Chat:
    """A Belgian's son of 22 who writes from Tangier; he depends on his mother."""
    chat = Chat(today=TODAY)
    chat.say(_YASSINE)
    chat.answer_plainly({})
    return chat


def test_mijn_ma_is_belg__flemish_ma_is_his_mother_not_maar():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent van de Belg"; "mijn ma is belg sinds 2023. kan ik ... terugkomen bij
    haar?" is her son writing (panel 108, n5: "Is je ouder op hoge leeftijd?")."""
    chat = _yassine()
    writer = chat.people[0]
    assert writer.get("self") and writer["relationship"] == "child", chat.transcript()
    assert writer["route"] == "family_reunification", chat.transcript()
    assert chat.sponsor["status"] == "belgian"


def test_ik_ben_het_kind_and_broer_luister__no_one_added():
    """ "IK wil komen, ik ben het kind", "broer luister. mijn ma = belg": the writer, and the
    bot spoken to (panel 108, n5: "Hoe oud is je kind?", "Je broer: wil naar België komen")."""
    chat = _yassine()
    chat.say("IK wil komen, ik ben het [kind](relationship:child). zij is gezond")
    chat.say("[broer](relationship:sibling) luister. ik ben de zoon van een belg [broer]"
             "(relationship:sibling).")  # fmt: skip
    assert len(chat.people) == 1, chat.transcript()


def test_word_ik_dan_geweigerd__no_earlier_refusal_and_the_mothers_amount():
    """Seed 004: "Een lager inkomen betekent niet automatisch dat de aanvraag geweigerd wordt";
    "mijn ma verdient 1480 netto, kzag ergens 1555. word ik dan geweigerd?" (panel 108, n5:
    "Waarom de vorige aanvraag geweigerd werd, staat in de beslissing" and "Het
    referentiebedrag gaat over je eigen inkomen")."""
    chat = _yassine()
    reply = chat.say("mijn [ma](relationship:parent) verdient 1480 netto, kzag ergens 1555. word "
                     "ik dan geweigerd?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "vorige aanvraag" not in reply, reply
    assert "Je schreef 1.480 euro" in reply, reply
    assert "je eigen inkomen" not in reply and "het eigen inkomen van je ma" in reply, reply


def test_ik_werk_soms_in_een_cafe__the_sons_own_income_weighs_on_ten_laste():
    """Seed 004: "bewijs van jouw 'onvermogen'. Je mag geen of onvoldoende inkomsten hebben";
    the son's café work is his own income, no sponsor's (panel 108, n5)."""
    chat = _yassine()
    reply = chat.say("ik werk soms in nen café hier voor 150 euro per maand, in het zwart. is "
                     "da erg voor mijn dossier?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "referentiebedrag" not in reply, reply
    assert "ten laste" in reply and "geen of te weinig inkomsten" in reply, reply


def test_a_brother_told_is_still_a_brother():
    reading = read(parse("mijn [broer](relationship:sibling), hij is 20"))
    assert reading.mentions[0].context is None


_HOZAN = (
    "hallo k schrijf voor mijn [ma](relationship:parent) want haar nederlands is ni zo goed. "
    "mijn [zusje](relationship:sibling) is nog in irak in een kamp bij duhok. kan zij naar "
    "belgie komen??"
)


def _hozan() -> Chat:
    """A boy of 16 who writes for his mother (subsidiary protection since 9 May 2025) about
    the niece she raised, first called his "zusje"."""
    chat = Chat(consent=False, today=TODAY)
    chat.say(_HOZAN, intent="check_eligibility")
    chat.say("akkoord", intent="affirm")
    chat.say("zij heeft [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds "
             "[9 mei 2025](recognition_date:2025-05-09)")  # fmt: skip
    return chat


def test_k_schrijf_voor_mijn_ma__her_son_is_spoken_to_of_his_ma_not_of_a_client():
    """ "hallo k schrijf voor mijn ma want haar nederlands is ni zo goed" (panel 108, n4:
    "Om de situatie van je cliënt te bekijken", "Op welke dag precies kreeg je cliënt de
    status?")."""
    chat = Chat(consent=False, today=TODAY)
    notice = chat.say(_HOZAN, intent="check_eligibility")
    assert "cliënt" not in notice and "de verblijfsstatus van je ma" in notice, notice
    reply = chat.say("akkoord", intent="affirm")
    assert "cliënt" not in reply and "verblijfsstatus van je ma" in reply, chat.transcript()


def test_every_privacy_notice_makes_the_same_promises():
    """The promises of the notice (who reads, how long, erasure, no money) are one text for
    every reader: only the first bullet names whose situation it is."""
    from tests.dialogue.chat import RESPONSES

    notices = {
        n: r[0]["text"] for n, r in RESPONSES.items() if n.startswith("utter_privacy_notice")
    }
    promises = {text.split("\n", 2)[2] for text in notices.values()}
    assert len(notices) >= 3 and len(promises) == 1, notices


def test_ze_is_ni_echt_mijn_zus_ze_is_mijn_nicht__one_niece():
    """Seed 001: "neven ... en andere familieleden kunnen u niet in België komen vervoegen via
    gezinshereniging"; "eigenlijk is ze ni echt mijn zus he, ze is mijn nicht, de dochter van
    mijn nonkel" (panel 108, n4: "Je zusje: recht op gezinshereniging" beside "Je nicht")."""
    chat = _hozan()
    chat.say("[14](age)")
    chat.say("ja ze was al geboren. maar eigenlijk is ze ni echt mijn [zus](relationship:sibling)"
             " he, ze is mijn [nicht](relationship:other_relative), de [dochter](relationship:"
             "child) van mijn [nonkel](relationship:other_relative) shero. hij is vermoord in "
             "2014 en haar [mama](relationship:parent) nesrin is ontvoerd door isis en nooit "
             "meer gezien. voor ons is ze gewoon mijn [zus](relationship:sibling)")  # fmt: skip
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("other_relative", 14)], (
        chat.transcript()
    )


def test_mijn_ma_heeft_de_bescherming_ma_is_42__no_grandmother():
    """ "ik ben 16 maar t gaat ni over mij he!! mijn MA heeft de bescherming en zij wil nadia
    hier. ma is 42" (panel 108, n4: "Is de mama van je ma op hoge leeftijd?")."""
    chat = _hozan()
    chat.say("[14](age)")
    chat.say("ze is ni echt mijn [zus](relationship:sibling), ze is mijn [nicht](relationship:"
             "other_relative). [ma](relationship:parent) heeft haar sinds ze 2 was.")  # fmt: skip
    chat.say("ik ben 16 maar t gaat ni over mij he!! mijn [MA](relationship:parent) heeft de "
             "bescherming en zij wil nadia hier. [ma](relationship:parent) is [42](age)")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["other_relative"], chat.transcript()
    assert chat.sponsor.get("age") == 42, chat.transcript()


def test_te_lang_man_and_de_nicht_van_mij_is_dochter_van__no_one_added():
    """ "te lang man 😅 ma vraagt: zij verdient maar 1150 euro" (panel 108, n4: "Hoe oud is de
    man van je ma?"); "de nicht van mij = dochter van de broer van ma" ("Hoe oud is je
    dochter?")."""
    reading = read(parse("te lang [man](relationship:spouse) 😅 ma vraagt: zij verdient maar "
                         "1150 euro"))  # fmt: skip
    assert reading.mentions == []
    reading = read(parse("nadia, 14 jaar, de [nicht](relationship:other_relative) van mij = "
                         "[dochter](relationship:child) van de [broer](relationship:sibling) "
                         "van ma"))  # fmt: skip
    assert reading.mentions[1].context == "apposition"


def _eric(answer_age: str = "[27](age), 12 juni 1999") -> Chat:
    """A refugee recognised on 19 January 2026 who married Aline (20, born 2 March 2006) in
    Kigali in August 2026, after his arrival in October 2022."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [19 januari 2026]"
             "(recognition_date:2026-01-19) en ik ben getrouwd met mijn [vrouw](relationship:"
             "spouse) in rwanda")  # fmt: skip
    chat.say("ze is [20](age)")
    chat.say("officieel op het gemeentehuis in kigali, we hebben de akte")
    chat.say(answer_age)
    return chat


def test_27_12_juni_1999__his_age_and_his_birth_day_no_recognition():
    """ "27, 12 juni 1999" asked his age (panel 108, m4: "Jij: erkend vluchteling, sinds 12
    juni 1999")."""
    chat = _eric("[27](age), [12 juni 1999](recognition_date:1999-06-12)")
    assert chat.sponsor["recognition_date"] == "2026-01-19", chat.transcript()
    assert chat.sponsor["age"] == 27


def test_via_de_kerk_leren_kennen_and_getrouwd_in_augustus__official_and_after_the_arrival():
    """Seed 001: "Deze leeftijd wordt teruggebracht tot 18 jaar wanneer uw huwelijk al bestond
    vóór de aankomst"; "we kennen mekaar sinds 2024 via de kerk online, moa getrouwd zijn we in
    augustus dit jaar, 21 augustus 2026 in kigali" (panel 108, m4: "religieus of traditioneel
    getrouwd", then "Sorry, dat begreep ik niet goed")."""
    chat = _eric()
    chat.say("we kennen mekaar sinds 2024 via de [kerk](marriage_type:religious_or_customary) "
             "online, moa getrouwd zijn we in augustus dit jaar, [21 augustus 2026]"
             "(recognition_date:2026-08-21) in kigali")  # fmt: skip
    wife = chat.person("spouse")
    assert wife["facts"].get("marriage") == "official", chat.transcript()
    assert wife["facts"].get("relationship_predates_arrival") is False, chat.transcript()
    assert chat.sponsor["recognition_date"] == "2026-01-19", chat.transcript()


def test_ik_ben_in_belgie_sinds_oktober_2022__the_arrival_no_recognition():
    """ "nee, ik ben in belgie sinds oktober 2022, we zijn pas getrouwd na" (panel 108, m4:
    "Jij: erkend vluchteling, sinds oktober 2022")."""
    chat = _eric()
    chat.say("nee, ik ben in belgie sinds oktober 2022, we zijn pas getrouwd na, in augustus "
             "2026", intent="deny")  # fmt: skip
    assert chat.sponsor["recognition_date"] == "2026-01-19", chat.transcript()


def _erics_answer() -> Chat:
    chat = _eric()
    chat.say("getrouwd zijn we in augustus 2026, na mijn aankomst")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    assert chat.person("spouse")["route"] == "humanitarian_visa", chat.transcript()
    return chat


def test_als_ik_wacht_tot_maart_moet_ik_dan_inkomen_tonen__the_rule_once_both_are_21():
    """Seed 001: "U bent beiden ouder dan 21 jaar"; seed 003: the favourable period only
    "wanneer de afstamming ... vóór zijn aankomst in België werd vastgesteld" (panel 108, m4:
    "Voor een humanitair visum legt de wet geen vast inkomen op" only)."""
    chat = _erics_answer()
    reply = chat.say("ja moa als ik wacht tot maart en dan gewone gezinshereniging doe, moet ik "
                     "dan inkomen tonen of nie?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "zodra jullie allebei 21 zijn" in reply, reply
    assert "stabiele, regelmatige en voldoende inkomsten" in reply, reply
    assert "trouwden pas na je aankomst" in reply, reply


def test_moet_ze_betalen__nothing_for_the_reunification_once_both_are_21():
    """Seed 002: "De volgende personen betalen geen retributie: de echtgenoot ... van een
    vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend" (panel 108, m4:
    "ook as we de gewone gezinshereniging doen na 2 maart?" unanswered); the spouse pays
    nothing now either, on the humanitarian visa (rounds 121-122, u4: a fee was W and C)."""
    chat = _erics_answer()
    reply = chat.say("en moet ze betalen? vluchtelingen betalen ni zei mijne maat",
                     intent="ask_costs")  # fmt: skip
    assert "er is geen bijdrage" in reply and "Dan betaalt zij geen bijdrage" in reply, reply


def test_mijn_ouders_zijn_er_ni_meer__no_parent_added():
    """ "mijn ouders zijn er ni meer" (panel 108, m4: "Is je eerste ouder op hoge leeftijd?")."""
    reading = read(parse("mijn [ouders](relationship:parent) zijn er ni meer"))
    assert reading.mentions[0].context == "deceased"
