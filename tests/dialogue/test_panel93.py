"""Findings of panel round 93 (stop 41, ten new families), each named by the user's words or
the seed sentence."""

import datetime as dt

from tests.dialogue.chat import Chat

TODAY = dt.date(2026, 12, 7)


def _asylum_seeker() -> Chat:
    """An asylum seeker whose wife is in Basra (panel 93, p5)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [asielzoeker](sponsor_status:asylum_seeker) in belgie sinds mei 2026. [mijn "
             "vrouw](relationship:spouse) is [26](age), [officieel](marriage_type:official) "
             "getrouwd in basra")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_na_erkenning_mag_ze_naar_ambassade_in_ander_land__any_post():
    """Seed 002: the family of a recognised refugee "kunnen zich bij elke Belgische ambassade of
    elk Belgisch consulaat ... aanbieden". "nee ik bedoel na erkenning. mag ze dan ook naar
    ambassade in ander land, bv amman?" (panel 93, p5: the humanitarian request's post)."""
    chat = _asylum_seeker()
    reply = chat.say("nee ik bedoel na erkenning. mag ze dan ook naar ambassade in ander land, "
                     "bv amman?", intent="ask_where_to_apply")  # fmt: skip
    assert "bij elke Belgische ambassade" in reply, chat.transcript()
    assert "humanitaire aanvraag" not in reply


def test_en_als_ik_erkend_word_is_er_een_deadline__the_familys_request():
    """Seed 002: the family member applies ("Wie vraagt de gezinshereniging aan? De echtgenoot
    ..."). An asylum seeker asking the deadline after his recognition is not told "Dan heb je
    12 maanden ... om de aanvraag in te dienen" (panel 93, p5: P)."""
    chat = _asylum_seeker()
    reply = chat.say("en als ik erkend word, wat dan? is er een deadline?", intent="ask_deadline")
    assert "Dan kan je familie de aanvraag doen binnen 12 maanden" in reply, chat.transcript()
    assert "Dan heb je 12 maanden" not in reply


def test_waar_moet_paul_dat_aanvragen__the_request_is_his_at_the_post():
    """Seed 001: a humanitarian visa is asked at "de bevoegde Belgische diplomatieke post". A
    student in Leuven asking where her husband applies is not told "Dien de aanvraag in" (panel
    93, p4: P)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben student, ik heb een [A-kaart](sponsor_status:third_country_national) "
             "tijdelijk verblijf, ik ben [29](age:sponsor). [mijn man](relationship:spouse) is "
             "[32](age), [officieel](marriage_type:official) getrouwd in 2020")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("waar moet paul dat aanvragen? in yaounde of kan het in douala?",
                     intent="ask_where_to_apply")  # fmt: skip
    assert "Dien de aanvraag in bij" not in reply, chat.transcript()


def _shirin() -> Chat:
    """A woman with subsidiary protection since February 2026, married in May 2026 after her
    arrival in 2024 (panel 93, o4)."""
    chat = Chat(today=TODAY)
    chat.say("ik heb [subsidiaire bescherming](sponsor_status:subsidiary_protection) sinds [20 "
             "februari 2026](recognition_date:2026-02-20), ik ben [33](age:sponsor). [mijn man]"
             "(relationship:spouse) is [35](age), [officieel](marriage_type:official) getrouwd "
             "in istanbul")  # fmt: skip
    return chat


def test_nog_niet_getrouwd_toen_ik_kwam_pas_na__married_after_the_arrival_still_married():
    """Seed 003: the favourable conditions hold for a marriage "reeds ... vóór de aankomst".
    "nee we waren nog niet getrouwd toen ik kwam. pas na" answers that question; the husband
    stays a husband (panel 93, o4: "Ik heb het aangepast. • Je vriend: 35 jaar")."""
    chat = _shirin()
    assert chat.question == "applicant.relationship_predates_arrival", chat.transcript()
    chat.say("nee we waren nog niet getrouwd toen ik kwam. pas na", intent="deny")
    husband = chat.person("spouse")
    assert husband["facts"].get("relationship_predates_arrival") is False, chat.transcript()
    assert husband["facts"].get("marriage") == "official"


def test_getrouwd_pas_in_mei_2026_ik_ben_in_2024_gekomen__after_the_arrival():
    """ "we kenden elkaar al lang in iran, maar getrouwd zijn we pas in mei 2026. ik ben in 2024
    naar hier gekomen" answers the question of the bond before the arrival (panel 93, o4:
    "Sorry, dat begreep ik niet goed")."""
    chat = _shirin()
    chat.say("we kenden elkaar al lang in iran, maar getrouwd zijn we pas in mei 2026. ik ben in "
             "2024 naar hier gekomen")  # fmt: skip
    husband = chat.person("spouse")
    assert husband["facts"].get("relationship_predates_arrival") is False, chat.transcript()


def test_mutualiteit_genoeg__the_belgians_practice_not_cited_to_art_40ter():
    """Seed 004 lists the insurance proofs for a Belgian's family and names no article; art.
    40ter is a Belgian's. Told to a woman with subsidiary protection as the Belgian's practice
    (panel 93, o4 and o5: C, twice each)."""
    chat = _shirin()
    chat.answer_plainly({"applicant.relationship_predates_arrival": "nee"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("ik ben aangesloten bij de mutualiteit, is dat genoeg als verzekering voor "
                     "hem? welk bewijs?", intent="ask_health_insurance")  # fmt: skip
    assert "praktijk DVZ bij gezinshereniging met een Belg" in reply, chat.transcript()
    assert "40ter" not in reply


def test_ik_ben_maatschappelijk_werker__the_privacy_notice_of_a_clients_family():
    """The privacy notice read by a social worker names the client's family and status (panels
    92 and 93, m3 and p2: "bewaar ik wat je over je familie schrijft ... en je
    verblijfsstatus")."""
    chat = Chat(today=TODAY, consent=False)
    reply = chat.say("Dag, ik ben Tom, maatschappelijk werker bij het CAW in Gent. Ik heb een "
                     "vraag voor een client van mij, erkend vluchteling. Hij wil zijn moeder naar "
                     "België halen.", intent="check_eligibility")  # fmt: skip
    assert "de familie van je cliënt" in reply, chat.transcript()
    assert "je verblijfsstatus" not in reply


def test_een_vriend_zegt_dat_alleen_kinderen_onder_18_mogen_komen__no_one_added():
    """ "een vriend zegt dat alleen kinderen onder 18 mogen komen en dat een volwassen zoon een
    humanitair visum moet vragen. klopt dat?": children in general, in what a friend said
    (panel 93, p3: "Hoe oud is je tweede kind?")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian), [58](age:sponsor). [mijn zoon]"
             "(relationship:child) is [23](age), hij studeert en ik betaal alles voor hem")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    chat.say("een [vriend](relationship:partner) zegt dat alleen [kinderen](relationship:child) "
             "onder 18 mogen komen en dat een [volwassen zoon](relationship:child) een humanitair "
             "visum moet vragen. klopt dat?", intent="ask_humanitarian_visa")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["child"], chat.transcript()


def test_moet_ik_voor_huda_ook_betalen__the_second_wife_pays():
    """Seed 001: "mag er maar één echtgenote naar België komen via gezinshereniging"; seed 002:
    "De andere familieleden ... moeten een retributie betalen". "moet ik voor huda ook betalen
    als zij met humanitair visum komt?" (panel 93, o1: "Voor de anderen niet")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) sinds [1 oktober 2026]"
             "(recognition_date:2026-10-01), ik ben [52](age:sponsor). [mijn eerste vrouw]"
             "(relationship:spouse) is [45](age) en [mijn tweede vrouw](relationship:spouse) is "
             "[30](age), allebei [officieel](marriage_type:official) getrouwd")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("hoeveel kost dat allemaal? moet ik voor huda ook betalen als zij met "
                     "humanitair visum komt?", intent="ask_costs")  # fmt: skip
    assert "Dan betaalt zij wel een bijdrage" in reply, chat.transcript()


def test_haar_andere_zoon_hassan_zou_ook_mee_moeten_komen__the_clients_brother():
    """Seed 000 (meerderjarige broer of zus, with a parent who applies): a social worker's "ze
    woont samen met haar andere zoon Hassan (25), maar die is mentaal gehandicapt ... Hassan
    zou ook mee moeten komen" of the client's mother is the client's brother, disabled, who
    comes; the handicap is not the mother's (panel 93, p2: "De moeder van je cliënt: 60 jaar,
    met een handicap", the brother left out)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben maatschappelijk werker, ik schrijf voor een cliënt, [erkend vluchteling]"
             "(sponsor_status:refugee), hij is [28](age:sponsor). Hij wil [zijn moeder]"
             "(relationship:parent) naar belgie halen, ze is [60](age)")  # fmt: skip
    chat.say("ze woont samen met haar andere [zoon](relationship:child) Hassan ([25](age)), maar "
             "die is [mentaal gehandicapt](disability) en volledig afhankelijk van haar. Hassan "
             "zou ook mee moeten komen eigenlijk")  # fmt: skip
    mother, brother = chat.person("parent"), chat.person("sibling")
    assert brother["age"] == 25 and brother["facts"].get("disabled") is True, chat.transcript()
    assert not mother["facts"].get("disabled")
    assert "ill" not in (mother.get("noted") or [])
