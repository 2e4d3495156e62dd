"""Findings of panel round 37 on the bot's texts, each named by the seed sentence or the
user's words."""

from tests.dialogue.chat import Chat
from tests.eligibility.case_helpers import advice_ids, condition, deadline, doc_ids, run

BELGIANS_WIFE = (
    "ik ben [belg](sponsor_status:belgian), [31](age:sponsor). [mijn vrouw](relationship:spouse)"
    " is [24](age), we zijn getrouwd in marokko"
)


def test_in_uitzonderlijke_gevallen_in_tweede_orde__an_interim_workers_income():
    """Seed 000: "In uitzonderlijke gevallen is het ook aan te raden ... in tweede orde een
    humanitair visum te vragen ... wanneer je wel bestaansmiddelen kan voorleggen, maar deze
    niet voldoende stabiel, toereikend of regelmatig zijn of wanneer de leeftijdsvoorwaarden
    niet vervuld zijn ... de humanitaire en prangende situatie". A Belgian was told "Lukt het
    niet om genoeg inkomen, een woning of een ziekteverzekering te bewijzen? Vraag dan ..."
    (panel 37, g2 and h2)."""
    chat = Chat.answered(BELGIANS_WIFE, {"applicant.marriage": "officieel"})
    reply = chat.say("ik werk via interim, verdien ongeveer 1800 netto per maand. is dat genoeg?")
    assert "In uitzonderlijke gevallen is het aan te raden" in reply, chat.transcript()
    assert "niet stabiel, niet genoeg of niet regelmatig" in reply
    assert "leeftijdsvoorwaarde" in reply and "dringende situatie" in reply
    assert "een woning of een ziekteverzekering" not in reply


def test_a_steady_income_above_the_reference_hears_no_second_order():
    """The other side: an income told with no doubt about it gets no humanitarian visa in
    second order."""
    chat = Chat.answered(BELGIANS_WIFE, {"applicant.marriage": "officieel"})
    reply = chat.say("ik heb een vast contract en verdien 2000 euro netto per maand")
    assert "tweede orde" not in reply, chat.transcript()


def test_tweede_orde_for_means_not_for_a_home_or_an_insurance():
    """Seed 000's example is the means "niet voldoende stabiel, toereikend of regelmatig": a
    home or an insurance that is missing gives no advice of a second-order request; means that
    fall short do."""
    facts = {"age": 30, "recognition_date": "2024-03-03"}
    home = run(
        "refugee", "spouse", sponsor={**facts, "adequate_housing": False}, age=30,
        marriage="official", relationship_predates_arrival=True,
    )  # fmt: skip
    assert condition(home, "housing")["met"] is False
    assert "second_order_humanitarian" not in advice_ids(home)
    means = run(
        "refugee", "spouse", sponsor={**facts, "sufficient_means": False}, age=30,
        marriage="official", relationship_predates_arrival=True,
    )  # fmt: skip
    assert "second_order_humanitarian" in advice_ids(means)


BELGIANS_MOTHER = (
    "ik ben [belg](sponsor_status:belgian), [45](age:sponsor). [mijn moeder](relationship:parent)"
    " is [72](age), ze woont in turkije en is alleen sinds mijn vader gestorven is"
)


def test_geen_enkel_ander_familielid_kan_zorgen__no_invented_reasons():
    """Seed 001: "Bovendien is het belangrijk om te kunnen bewijzen dat geen enkel ander
    familielid voor het betrokken familielid kan zorgen." The bot added "bijvoorbeeld omdat die
    persoon ver weg woont, een eigen gezin heeft of zelf te weinig geld heeft", in no seed
    (panel 37, h3 and h5)."""
    chat = Chat.answered(BELGIANS_MOTHER)
    reply = chat.say(
        "mijn broer woont ook in turkije, in izmir, maar hij zorgt niet voor haar. is dat een"
        " probleem?"
    )
    assert "geen enkel ander familielid voor je moeder kan zorgen" in reply, chat.transcript()
    assert "ver weg" not in reply and "eigen gezin" not in reply


def test_de_emotionele_en_psychologische_afhankelijkheid__how_to_prove_a_mothers_dependency():
    """Seed 001: "Het is belangrijk om de emotionele en psychologische afhankelijkheid te
    kunnen bewijzen, net zoals de financiële afhankelijkheid. In de praktijk hecht de Dienst
    Vreemdelingenzaken veel belang aan dit element." Only the money was said (panel 37, h5)."""
    chat = Chat.answered(BELGIANS_MOTHER)
    reply = chat.say(
        "hoe bewijs ik dat mijn moeder afhankelijk is van mij?", intent="ask_documents"
    )
    line = next(x for x in reply.splitlines() if "afhankelijk is van jou" in x)
    assert "emotioneel en psychologisch en ook financieel" in line, reply
    assert "DVZ hecht in de praktijk veel belang" in line
    assert "geldoverschrijvingen" in line


def test_een_buitenlandse_ziekteverzekering__a_belgians_wife_insured_in_morocco():
    """Seed 004: "een buitenlandse ziekteverzekering. De buitenlandse ziekteverzekering moet de
    risico's in België dekken. De DVZ vermeldt de buitenlandse ziekteverzekering niet op zijn
    website als mogelijk bewijs, maar de Verblijfswet sluit dat niet uit." A Belgian's wife
    heard only a Belgian mutualiteit or a private insurance (panel 37, g2)."""
    chat = Chat.answered(BELGIANS_WIFE, {"applicant.marriage": "officieel"})
    reply = chat.say(
        "ze heeft een ziekteverzekering in marokko. is dat genoeg of moet ze iets belgisch hebben",
        intent="ask_health_insurance",
    )
    assert "Een buitenlandse ziekteverzekering kan ook, als ze de risico's in België dekt" in (
        reply
    ), chat.transcript()
    assert "de Verblijfswet sluit ze niet uit" in reply


def test_a_refugees_wife_hears_no_foreign_insurance_of_seed_004():
    """The other side: seed 004 is about a Belgian's family; a worker's wife (art. 10) is not
    told its foreign insurance."""
    chat = Chat.answered(
        "ik heb een [verblijfskaart](sponsor_status:third_country_national) onbeperkt verblijf,"
        " ik werk in gent. [mijn vrouw](relationship:spouse) is [24](age) en wij zijn getrouwd"
        " in douala",
        {"applicant.marriage": "officieel", "sponsor.age": "36"},
    )
    reply = chat.say("Documenten", intent="ask_documents")
    assert "ziekteverzekering" in reply, chat.transcript()
    assert "buitenlandse ziekteverzekering" not in reply


REFUGEE_WITH_DISABLED_SON = (
    "ik ben [erkend vluchteling](sponsor_status:refugee) sinds [2 april 2026]"
    "(recognition_date:2026-04-02), [66](age:sponsor). [mijn vrouw](relationship:spouse) is"
    " [60](age) en [mijn zoon](relationship:child) is [25](age), hij is blind en volledig"
    " afhankelijk van ons"
)


def test_het_minderjarige_kind__the_12_months_exemption_is_not_a_disabled_son_of_25s():
    """Seed 003: "Het minderjarige kind van een vreemdeling aan wie België de
    vluchtelingenstatus ... heeft toegekend ... De gezinshereniger moet niet bewijzen dat hij
    over bestaansmiddelen beschikt wanneer ... binnen het jaar (12 maanden) na de erkenning";
    seed 002 "Wie vraagt de gezinshereniging aan?" names the spouse, the partners, the minor
    child and the parents. Seed 001 gives the disabled adult child (art. 10, §1, 6°) an attest,
    "alleenstaand zijn" and "met u komen samenleven", no exemption. A son of 25 got
    "Vrijgesteld: ... Je hoeft dit niet te bewijzen, als de aanvraag binnen 12 maanden na de
    erkenning gebeurt" (panel 37, h3)."""
    chat = Chat()
    chat.say(REFUGEE_WITH_DISABLED_SON)
    first = chat.answer_plainly({"applicant.marriage": "officieel"}, 12)
    assert chat.person("child")["route"] == "family_reunification", chat.transcript()
    assert (
        "vrijstelling van de 12 maanden (geen inkomen, woning en ziekteverzekering bewijzen) alleen bij de partner en de minderjarige"
        in first
    )
    conditions = chat.say("Voorwaarden", intent="ask_conditions")
    son = conditions.split("Voorwaarden voor je zoon:")[1]
    assert "Hoeft niet bewezen" not in son, conditions
    assert "☐ Je hebt genoeg stabiele en regelmatige inkomsten" in son


def test_the_wife_of_the_same_refugee_keeps_the_12_months_exemption():
    """The other side: the spouse (seed 002) and a minor child (seed 003) keep it."""
    chat = Chat()
    chat.say(REFUGEE_WITH_DISABLED_SON)
    chat.answer_plainly({"applicant.marriage": "officieel"}, 12)
    conditions = chat.say("Voorwaarden", intent="ask_conditions")
    wife = conditions.split("Voorwaarden voor je vrouw:")[1].split("Voorwaarden voor")[0]
    assert "Hoeft niet bewezen te worden: inkomen, woning en ziekteverzekering." in wife, conditions
    child = run(
        "refugee", "child", sponsor={"age": 40, "recognition_date": "2025-03-03"}, age=10,
        relationship_predates_arrival=True, joins_alone=False,
    )  # fmt: skip
    assert child["exempt_from"] == ["means_of_subsistence", "housing", "health_insurance"]
    assert deadline(child, "favourable_conditions_end")["date"] == "2026-03-03"


UNCLE_OF_A_BOY = (
    "ik ben [15](age:sponsor), alleen gekomen, [erkend vluchteling](sponsor_status:refugee)"
    " sinds [6 oktober 2026](recognition_date:2026-10-06). [mijn oom](relationship:other_relative)"
    " heeft mij groot gemaakt, hij is in conakry"
)


def test_het_hoger_belang_van_het_kind__the_uncle_of_a_boy_of_15():
    """Seed 001: "wanneer blijkt dat het in het hoger belang van het kind zou zijn dat andere
    personen dan deze toegelaten door de wet met het kind in België komen samenleven ... een
    rapport van een internationale organisatie ... om ... het hoger belang van het kind te
    kunnen aantonen". A boy of 15 was asked "Bewijs dat je oom afhankelijk is van jou: bewijzen
    van geldoverschrijvingen, ... en bewijs van je inkomen" (panel 37, g4)."""
    chat = Chat.answered(UNCLE_OF_A_BOY)
    assert chat.person("other_relative")["route"] == "humanitarian_visa", chat.transcript()
    reply = chat.say("Documenten", intent="ask_documents")
    assert "Bewijzen dat het in je belang is dat je oom met jou in België komt samenleven" in (
        reply
    ), reply
    assert "afhankelijk is van jou" not in reply and "bewijs van je inkomen" not in reply


def test_an_adults_uncle_still_shows_the_dependency():
    """The other side: an adult sponsor's relative keeps seed 001's dependency proofs."""
    r = run("refugee", "other_relative", sponsor={"age": 40}, age=60)
    assert "dependency_evidence" in doc_ids(r)
    assert "best_interests_evidence" not in doc_ids(r)


def test_je_bent_minderjarig__the_boy_himself_is_je_not_het_kind():
    """Seed 001's "hoger belang van het kind" said to the child who writes: "Is het in het
    belang van het kind dat je oom bij jou ... Toon aan waarom het kind je oom nodig heeft,
    bijvoorbeeld omdat hij het kind opvoedde" (panel 37, g4)."""
    chat = Chat()
    chat.say(UNCLE_OF_A_BOY)
    first = chat.answer_plainly({}, 12)
    assert "Is het in je belang dat je oom bij jou in België komt wonen?" in first, (
        chat.transcript()
    )
    assert "Toon aan waarom je je oom nodig hebt, bijvoorbeeld omdat hij jou opvoedde" in first
    assert "het kind je oom nodig" not in first


def test_a_helper_writes_of_the_boy_as_her_client():
    """The other side: a social worker who writes for the boy reads of "het kind"."""
    chat = Chat()
    chat.say(
        "ik ben sociaal assistent en schrijf voor mijn cliënt. hij is [15](age:sponsor), alleen"
        " gekomen, [erkend vluchteling](sponsor_status:refugee) sinds [6 oktober 2026]"
        "(recognition_date:2026-10-06). [zijn oom](relationship:other_relative) heeft hem groot"
        " gemaakt"
    )
    first = chat.answer_plainly({}, 12)
    assert chat.state.get("writer") == "helper", chat.transcript()
    assert "Is het in het belang van het kind dat de oom van je cliënt" in first, chat.transcript()
    assert "in je belang" not in first


ROMANIANS_HUSBAND_AND_STEPSON = (
    "ik ben [roemeense](sponsor_status:eu_citizen) en werk in brussel, [36](age:sponsor)."
    " [mijn man](relationship:spouse) is [40](age), hij woont in chisinau. [zijn zoon]"
    "(relationship:stepchild) is [14](age). kunnen ze allebei naar hier komen?"
)


def test_is_er_een_gedeeld_recht_van_bewaring__an_eu_citizens_stepson():
    """Seed 001: "Als het recht van bewaring over de kinderen gedeeld wordt met de andere
    ouder, moeten de kinderen: ... de toestemming van de andere ouder voorleggen"; seed 004:
    "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen" and "dan
    volstaat een schriftelijke verklaring van de andere ouder". No seed covers an EU citizen's
    family. A Romanian was told "Je man en de zoon van je man: recht op gezinshereniging" as a
    fact and, asked three times "moet zijn moeder toestemming geven?", never heard of consent
    (panel 37, g5)."""
    chat = Chat()
    chat.say(ROMANIANS_HUSBAND_AND_STEPSON)
    first = chat.answer_plainly({"applicant.marriage": "officieel"}, 12)
    assert "waarschijnlijk recht op gezinshereniging; een advocaat moet dat bevestigen" in first
    assert ": recht op gezinshereniging" not in first, chat.transcript()
    assert "Voor andere families zegt onze informatie: dan moet de andere ouder toestemmen" in (
        first
    )
    reply = chat.say("maar moet zijn moeder toestemming geven of niet?")
    assert "schriftelijke verklaring van de andere ouder" in reply, chat.transcript()
    assert "een advocaat moet het bevestigen" in reply
    summary = chat.say("Samenvatting", intent="ask_summary")
    assert "De zoon van je man: waarschijnlijk recht op gezinshereniging" in summary


def test_huur_ik_een_appartement__an_eu_citizen_hears_no_art_10_housing_rule():
    """Seed 003 gives its housing rule ("artikel 2 van Boek III, Titel VIII ... Burgerlijk
    Wetboek") for a protected sponsor; an EU citizen was told it as hers (panel 37, g5)."""
    chat = Chat()
    chat.say(ROMANIANS_HUSBAND_AND_STEPSON)
    chat.answer_plainly({"applicant.marriage": "officieel"}, 12)
    reply = chat.say(
        "moet ik mijn loon of huurcontract tonen? ik verdien 2600 bruto en huur een appartement"
        " met 2 slaapkamers"
    )
    assert "artikel 40bis. Onze informatie gaat daar niet over" in reply, chat.transcript()
    assert "Burgerlijk Wetboek" not in reply and "groot genoeg" not in reply
    assert reply.count("Onze informatie gaat daar niet over") == 1


def test_an_eu_citizens_own_wife_alone_hears_no_consent():
    """The other side: with no child of one partner there is no consent to speak of; a
    Belgian's stepchild keeps seed 004's consent as a fact of its own rules."""
    chat = Chat()
    chat.say(
        "ik ben [pools](sponsor_status:eu_citizen), [40](age:sponsor), ik werk in mechelen."
        " [mijn vrouw](relationship:spouse) is [37](age)"
    )
    first = chat.answer_plainly({"applicant.marriage": "officieel"}, 12)
    assert "toestemmen" not in first, chat.transcript()
    belgian = run("belgian", "stepchild", sponsor={"age": 40}, age=14, custody="shared")
    assert "eu_custody_consent" not in advice_ids(belgian)


def test_a_belgians_studio_still_gets_seed_004s_housing_rule():
    """The other side: a Belgian sponsor's home question keeps seed 004's answer."""
    chat = Chat.answered(BELGIANS_WIFE, {"applicant.marriage": "officieel"})
    reply = chat.say("ik woon in een studio, is dat erg?")
    assert "kan toch weigeren als de woning te klein is" in reply, chat.transcript()
