"""Dutch message catalogue: every text the bot and the caseworker view show, with its source.

Plain Dutch at B1 level, "je"-form, short sentences. Every text is a template written for any
reader: the placeholders of `eligibility.reader` (`{rel}`, `{rel_of:de geboorteakte}`, `{sp}`,
`{we}`, ...) name the applicant and the sponsor from the reader's position, and `CONSTANTS`
(`{majority}`, `{ref_income}`, ...) bring every age, period and amount from parameters.py.
`text(message, voice)` renders one; actions show the rendered texts verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility import parameters as P
from eligibility import sources as S
from eligibility.reader import Voice, render


@dataclass(frozen=True)
class Message:
    text: str
    source: str


def _eur(amount: object) -> str:
    """1555.09 -> '1.555,09'; 30000 -> '30.000'."""
    text = f"{amount:,}" if isinstance(amount, int) else f"{amount:,.2f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _or_list(items: tuple[str, ...] | list[str], word: str = "of") -> str:
    """("a", "b", "c") -> "a, b of c"."""
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


# Every number and list in the texts, read from parameters.py (never retyped).
CONSTANTS: dict[str, str] = {
    "majority": str(P.MAJORITY_AGE.value),
    "spouse_age": str(P.SPOUSE_MIN_AGE.value),
    "spouse_age_reduced": str(P.SPOUSE_MIN_AGE_MARRIAGE_BEFORE_ARRIVAL.value),
    "belgian_spouse_age": str(P.BELGIAN_SPOUSE_MIN_AGE.value),
    "partner_age": str(P.PARTNER_MIN_AGE.value),
    "partner_age_reduced": str(P.PARTNER_MIN_AGE_COHABITATION_BEFORE_ARRIVAL.value),
    "stable_cohabitation_months": str(P.STABLE_COHABITATION_MONTHS.value),
    "stable_acquaintance_months": str(P.STABLE_ACQUAINTANCE_MONTHS.value),
    "meetings": str(P.STABLE_MEETINGS_MIN.value),
    "meeting_days": str(P.STABLE_MEETINGS_TOTAL_DAYS.value),
    "belgian_descendant_age": str(P.BELGIAN_DESCENDANT_AGE_LIMIT.value),
    "adult_child_months": str(P.ADULT_CHILD_REQUEST_MONTHS.value),
    "parents_months": str(P.PARENT_FEE_EXEMPTION_MONTHS.value),
    "favourable_months": str(P.FAVOURABLE_PERIOD_MONTHS.value),
    "bank_months": str(P.DEPENDENCY_BANK_STATEMENT_MONTHS.value),
    "means_months": str(P.MEANS_EVIDENCE_PREFERRED_MONTHS.value),
    "ref_income": _eur(P.REFERENCE_INCOME_EUR_PER_MONTH.value),
    "insurance_eur": _eur(P.PRIVATE_INSURANCE_MIN_EUR.value),
    "insurance_months": str(P.PRIVATE_INSURANCE_MIN_MONTHS.value),
    "fine": str(P.ADMINISTRATIVE_FINE_EUR.value),
    "min_documents": str(P.MIN_DOCUMENTS_FOR_ACCEPTANCE.value),
    "languages": _or_list(P.NO_TRANSLATION_LANGUAGES.value),
    "equivalent_countries": _or_list(
        [name for _, name, _ in P.EQUIVALENT_PARTNERSHIP_COUNTRIES.value], "of"
    ),
}
# The case's own numbers that some entries take (`text(..., count=...)`), with example values
# for the tests that render every entry.
CASE_VALUE_EXAMPLES: dict[str, str] = {
    "count": "3",
    "days": "63",
    "day": "3 mei 2027",
    "left": "6",
    "country": "Verenigd Koninkrijk",
}
_M = Message


def under_40ter(message: Message) -> Message:
    """The message as said to a Belgian's family: art. 40ter (seed 004), never art. 10."""
    if message.source.startswith("art. 10,"):
        return Message(message.text, S.ART_40TER_2)
    return message


def text(message: Message, voice: Voice, **case_values: str) -> str:
    """The message written for this reader; `case_values` fill the case's own numbers."""
    return render(message.text, voice, {**CONSTANTS, **case_values})


ROUTES: dict[str, Message] = {
    "family_reunification": _M(
        "{Rel} {rel_has} recht op gezinshereniging. Wel moeten de voorwaarden bewezen "
        "worden met documenten.",
        S.ART_10,
    ),
    "humanitarian_visa": _M(
        "{Rel} {rel_has} geen recht op gezinshereniging. {Rel_pron} kan wel een "
        "humanitair visum vragen. Dat is een gunst, geen recht. De wet legt DVZ geen "
        "termijn op: de behandeling kan een jaar of langer duren.",
        S.ART_9_13,
    ),
    "not_possible": _M(
        "Gezinshereniging is op dit moment niet mogelijk.",
        S.ART_10,
    ),
    "unknown": _M(
        "We weten nog niet genoeg om te zeggen wat mogelijk is. We hebben nog een paar "
        "gegevens nodig.",
        S.ART_10,
    ),
}

CHANCES: dict[str, Message] = {
    "high": _M(
        "De kans op een humanitair visum is groot.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "medium": _M(
        "Er is een kans op een humanitair visum, als het dossier sterk is.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "low": _M(
        "De kans op een humanitair visum is klein.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "very_low": _M(
        "De kans op een humanitair visum is heel klein.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "unstated": _M(
        "Hoe groot de kans op een humanitair visum is, zegt onze informatie niet.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
}

# seed 001 says which office handles a request as DVZ's practice, no article does (panel 63,
# h1: "Bron: art. 9 en 13" for the office)
OFFICES: dict[str, Message] = {
    "family_reunification": _M(
        "Het bureau Gezinshereniging van de Dienst Vreemdelingenzaken (DVZ) behandelt de aanvraag.",
        S.PRACTICE_DVZ,
    ),
    "long_stay": _M(
        "Het bureau Lang Verblijf van de Dienst Vreemdelingenzaken (DVZ) behandelt de aanvraag.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
}

DISCLAIMER = _M(
    "Dit is informatie, geen juridisch advies. Vraag hulp aan een advocaat of een "
    "gespecialiseerde sociale hulpverlener.",
    S.PRACTICE_DVZ_HUMANITARIAN,
)

SUMMARIES: dict[str, Message] = {
    "summary.unknown": ROUTES["unknown"],
    "summary.spouse_fr": _M(
        "{Rel} {rel_has} recht op gezinshereniging, want {we} zijn getrouwd (of {we} "
        "hebben een partnerschap dat als huwelijk telt).",
        S.ART_10_1_4,
    ),
    "summary.spouse_age_not_met": _M(
        "{We} zijn nog niet allebei oud genoeg voor gezinshereniging als koppel. Vraag naast "
        "de aanvraag "
        "gezinshereniging ook een humanitair visum.",
        S.ART_10_1_4,
    ),
    "summary.polygamy_second_spouse": _M(
        "Er is al een echtgenote in België. Maar één echtgenote mag via gezinshereniging komen.",
        S.ART_10_1_4,
    ),
    "summary.polygamy_another_spouse": _M(
        "Er is al een echtgenote die via gezinshereniging kan komen. Maar één echtgenote mag "
        "via gezinshereniging naar België komen. Voor een tweede vrouw met een religieus "
        "huwelijk is er dus geen gezinshereniging.",
        S.ART_10_1_4,
    ),
    "summary.religious_marriage_soft": _M(
        "Geldt {our} religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk? "
        "Dien dan toch een aanvraag gezinshereniging in. Zegt DVZ ja? Dan volgt een "
        "humanitair visum.",
        S.ART_9_13,
    ),
    # seeds 000/001: a partner in fact only ("feitelijke relatie") is no "echtgenoot/
    # echtgenote of partner" whose children "afzonderlijk" may come (panel 19, l3)
    "summary.stepchild_de_facto": _M(
        "{We} zijn niet officieel getrouwd en hebben geen geregistreerd partnerschap. Dan is "
        "{rel} voor de wet geen kind van {our} gezin. {Rel} kan alleen een humanitair visum "
        "vragen.",
        S.ART_9_13,
    ),
    # seed 000: "enkel recht op gezinshereniging wanneer jouw religieus of gewoonterechtelijk
    # huwelijk ook als officieel huwelijk geldt in het land waar het werd afgesloten"
    "summary.marriage_to_check": _M(
        "Het recht op gezinshereniging hangt af van {our} huwelijk. Is het officieel, of geldt "
        "het religieus huwelijk als officieel in het land waar het gesloten werd? Dan {has_rel} "
        "dat recht. Zo niet, dan kan {rel} alleen een humanitair visum vragen.",
        S.ART_10_1_4,
    ),
    "summary.religious_marriage": _M(
        "{Our} religieus of gewoonterechtelijk huwelijk geldt niet als officieel "
        "huwelijk. Dan kan {rel} alleen een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.de_facto_partner": _M(
        "{We} zijn niet getrouwd en hebben geen geregistreerd partnerschap. {Rel} kan "
        "alleen een humanitair visum vragen, of een visum om in België te trouwen of "
        "wettelijk samen te wonen.",
        S.ART_9_13,
    ),
    "summary.legal_partner_fr": _M(
        "{Rel} {rel_has} als geregistreerde partner recht op gezinshereniging.",
        S.ART_10_1_5,
    ),
    "summary.legal_partner_conditions_not_met": _M(
        "{We} voldoen niet aan alle voorwaarden voor partners. Vraag naast de aanvraag "
        "gezinshereniging ook een humanitair visum.",
        S.ART_10_1_5,
    ),
    "summary.minor_child_fr": _M(
        "{Rel} {rel_is} minderjarig en {rel_has} recht op gezinshereniging.",
        S.ART_10,
    ),
    "summary.child_conditions_not_met": _M(
        "{Rel} voldoet niet aan alle voorwaarden voor kinderen. Vraag naast de aanvraag"
        " gezinshereniging ook een humanitair visum.",
        S.ART_10,
    ),
    # seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder die je komt
    # vervoegen, het recht van bewaring over je heeft." (panel 68, g4: "recht op
    # gezinshereniging" to a grandmother without custody; art. 10, §1, 4° cited before)
    "summary.belgian_descendant_no_custody": _M(
        "{Rel} moet bewijzen dat {sp} het hoederecht (recht van bewaring) over {rel_obj} "
        "{sp_has}. Dat is nu niet zo. Daarom {has_rel} geen recht op gezinshereniging. Een "
        "humanitair visum kan wel, maar het is een gunst.",
        S.ART_40TER_2,
    ),
    # seed 003: "Ongehuwde staat – De aanvrager moet ongehuwd zijn."; seed 001: "alleenstaand
    # zijn (ongehuwd)" (panel 69, g1: a married daughter of 17 was not told why)
    "summary.child_married": _M(
        "{Rel} is getrouwd. Een kind moet ongehuwd zijn om recht op gezinshereniging te "
        "hebben. Daarom {has_rel} dat recht niet. {Rel_pron} kan wel een humanitair visum "
        "vragen, samen met de aanvraag van de familie.",
        S.ART_10,
    ),
    "summary.child_of_minor_sponsor": _M(
        "{Sp} {sp_is} jonger dan {majority} jaar. Wie jonger is dan {majority}, kan geen "
        "kinderen laten komen via gezinshereniging. Een humanitair visum kan wel, maar "
        "alleen in uitzonderlijke gevallen.",
        S.ART_10,
    ),
    "summary.adult_child_humanitarian": _M(
        "{Rel} {rel_is} meerderjarig. Daarom {has_rel_pron} geen recht op "
        "gezinshereniging. {Rel_pron} kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.disabled_adult_child_fr": _M(
        "{Rel} {rel_is} meerderjarig en {rel_has} een handicap. Daarom {has_rel_pron} "
        "recht op gezinshereniging.",
        S.ART_10_1_6,
    ),
    "summary.adult_during_procedure_fr": _M(
        "{Rel} was minderjarig toen {sp} asiel vroeg. {Rel_pron} behoudt het recht op "
        "gezinshereniging, maar alleen als de aanvraag binnen {adult_child_months} "
        "maanden na de erkenning gebeurt. Daarna vervalt het recht. Dan kan alleen nog "
        "een humanitair visum, behalve bij overmacht.",
        S.CJEU_C279_20,
    ),
    # seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    # gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    # werd om zijn visumaanvraag tijdig in te dienen." (panel 26, m3: "Goed nieuws ... Dat is
    # een recht" after the 12 months)
    "summary.adult_during_procedure_force_majeure": _M(
        "{Rel} was minderjarig toen {sp} asiel vroeg. De {adult_child_months} maanden na de "
        "erkenning zijn voorbij. {Rel_pron} behoudt het recht op gezinshereniging alleen als "
        "{we} aantonen dat overmacht een aanvraag op tijd onmogelijk maakte. Lukt dat niet, "
        "dan kan {rel} nog een humanitair visum vragen.",
        S.CJEU_C279_20,
    ),
    "summary.belgian_descendant_fr": _M(
        "{Rel} {rel_has} als (klein)kind van een Belg recht op gezinshereniging.",
        S.ART_40TER_2,
    ),
    "summary.belgian_descendant_not_dependent": _M(
        "{Rel} {rel_is} {belgian_descendant_age} jaar of ouder en niet ten laste van "
        "{sp_obj}. Daarom {has_rel_pron} geen recht op gezinshereniging. {Rel_pron} kan"
        " wel een humanitair visum vragen.",
        S.ART_40TER_2,
    ),
    "summary.adoption_not_recognised": _M(
        "België erkent de adoptie of voogdij niet. Daarom {has_rel_pron} geen recht op "
        "gezinshereniging. {Rel_pron} kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.parents_nbmv_fr": _M(
        "{Sp} {sp_is} een niet-begeleide minderjarige met bescherming in België. Daarom"
        " {has_rel} als ouder recht op gezinshereniging.",
        S.ART_10_1_7,
    ),
    "summary.parents_former_nbmv_fr": _M(
        "{Sp} kwam alleen en minderjarig naar België en werd meerderjarig tijdens de "
        "asielprocedure. {Rel} kan gezinshereniging vragen binnen {parents_months} "
        "maanden na de erkenning.",
        S.CJEU_C550_16,
    ),
    "summary.parents_minor_belgian_fr": _M(
        "{Sp} {sp_is} een minderjarige Belg. Daarom {has_rel} als ouder recht op gezinshereniging.",
        S.ART_40TER_2_2,
    ),
    "summary.parent_of_minor_humanitarian": _M(
        "{Sp} {sp_is} minderjarig, maar niet alleen naar België gekomen. Daarom "
        "{has_rel} geen recht op gezinshereniging. Een humanitair visum kan "
        "uitzonderlijk, in het belang van het kind.",
        S.ART_9_13,
    ),
    "summary.elderly_parent_humanitarian": _M(
        "{Rel} {rel_has} als ouder of grootouder van een meerderjarige geen recht op "
        "gezinshereniging. {Rel_pron} kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.sibling_nbmv": _M(
        "{Rel} {rel_has} als broer of zus geen recht op gezinshereniging. {Rel_pron} "
        "kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.other_relative_humanitarian": _M(
        "{Rel} {rel_has} geen recht op gezinshereniging. {Rel_pron} kan wel een "
        "humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.asylum_seeker": _M(
        "{Sp} {sp_is} nog asielzoeker. Zolang de asielprocedure loopt, is "
        "gezinshereniging niet mogelijk. Dat kan pas na de erkenning als vluchteling of"
        " na subsidiaire bescherming. Een humanitair visum kan {rel} wel nu al vragen.",
        S.ART_10,
    ),
    # seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig derdelands
    # ... kind"; seed 001: "Meerderjarige kinderen, kleinkinderen, ouders, neven, feitelijke
    # partners en andere familieleden kunnen u niet ... vervoegen via gezinshereniging" (panel
    # 32, d4: "kan pas na de erkenning" to an asylum seeker of 27 about his mother)
    "summary.asylum_seeker_no_right_later": _M(
        "{Sp} {sp_is} nog asielzoeker. Ook na een erkenning {has_rel} geen recht op "
        "gezinshereniging. Een humanitair visum kan {rel} wel vragen, nu al of later.",
        S.ART_9_13,
    ),
    # seed 000: "Uiteraard kunnen ook familieleden van andere derdelanders ... in aanmerking
    # komen voor een humanitair visum"; no seed says what a temporary stay gives (panel 27, b3)
    "summary.temporary_stay": _M(
        "{Sp} {sp_has} een tijdelijk verblijf in België, bijvoorbeeld als student, met een "
        "A-kaart voor werk of met tijdelijke bescherming. Onze "
        "informatie zegt niet of {rel} dan recht {rel_has} op gezinshereniging: daarvoor "
        "gelden andere regels. Is er geen recht? Dan kan {rel} een humanitair visum vragen, "
        "maar dat is een gunst, geen recht.",
        S.ART_9_13,
    ),
    "summary.eu_citizen_fr": _M(
        "{Sp} {sp_is} een EU-burger. {Rel} {rel_has} waarschijnlijk recht op "
        "gezinshereniging. Onze informatie gaat daar niet over: vraag raad aan een "
        "advocaat.",
        S.ART_40BIS,
    ),
    # art. 40bis (in no seed) may give a dependent ascendant of the EU citizen or of the
    # spouse a right: never "geen recht" as a fact (panel 71, g3: a mother-in-law)
    "summary.eu_citizen_other": _M(
        "{Sp} {sp_is} een EU-burger. Voor die familie geldt art. 40bis. Onze informatie gaat "
        "daar niet over: of {rel} een recht heeft, bijvoorbeeld als {rel} ten laste is, kan "
        "ik niet zeggen. Vraag raad aan een advocaat. Een humanitair visum is een andere weg.",
        S.ART_40BIS,
    ),
}

CONDITIONS: dict[str, Message] = {
    "sponsor_protected_status": _M(
        "{Sp} {sp_is} erkend vluchteling of {sp_has} subsidiaire bescherming, en woont "
        "legaal in België.",
        S.ART_10,
    ),
    # the status is known: seed 003 "De gezinshereniger moet in België over de status van
    # beschermde vreemdeling beschikken en moet er legaal verblijven", said for that status
    "sponsor_protected_status@refugee": _M(
        "{Sp} {sp_is} erkend vluchteling en woont legaal in België.",
        S.ART_10,
    ),
    "sponsor_protected_status@subsidiary_protection": _M(
        "{Sp} {sp_has} subsidiaire bescherming en woont legaal in België.",
        S.ART_10,
    ),
    "sponsor_belgian": _M(
        "{Sp} {sp_is} Belg.",
        S.ART_40TER,
    ),
    "sponsor_legal_residence": _M(
        "{Sp} {sp_has} een verblijfsrecht in België.",
        S.ART_10,
    ),
    "sponsor_adult": _M(
        "{Sp} {sp_is} meerderjarig ({majority} jaar of ouder).",
        S.ART_10,
    ),
    "living_together": _M(
        "{Rel} komt samenwonen met {sp_obj}.",
        S.ART_10,
    ),
    "official_marriage": _M(
        "{Our} huwelijk geldt als officieel huwelijk in het land waar {we} trouwden.",
        S.ART_10_1_4,
    ),
    "partnership_equivalent": _M(
        "{Our} partnerschap is geregistreerd in {equivalent_countries}. Het telt als een huwelijk.",
        S.KB_2007_ART_12,
    ),
    "spouse_age": _M(
        "{We} zijn allebei minstens {spouse_age} jaar, of minstens {spouse_age_reduced} jaar "
        "als het huwelijk al bestond voor de aankomst in België.",
        S.ART_10_1_4,
    ),
    "belgian_spouse_age_21": _M(
        "{We} zijn allebei minstens {belgian_spouse_age} jaar.",
        S.ART_40TER_2,
    ),
    "one_spouse_only": _M(
        "Er is geen andere echtgenote of echtgenoot al in België. Maar één echtgenoot of "
        "echtgenote mag komen.",
        S.ART_10_1_4,
    ),
    "partnership_registered": _M(
        "{Our} partnerschap is officieel geregistreerd, in België of in het buitenland.",
        S.ART_10_1_5,
    ),
    "partner_age": _M(
        "{We} zijn allebei minstens {partner_age} jaar. Woonden {we} al een jaar samen "
        "voor de aankomst in België? Dan is {partner_age_reduced} jaar genoeg.",
        S.ART_10_1_5,
    ),
    "stable_relationship": _M(
        # seed 001: "gedurende minstens 1 jaar, voorafgaand aan de aanvraag, wettelijk en
        # onafgebroken ... samengewoond" (panel 40, g2: "minstens 12 maanden samen" fitted a
        # couple who lived together informally until he fled)
        "{Our} relatie is stabiel en duurzaam: {we} woonden in de "
        "{stable_cohabitation_months} maanden voor de aanvraag wettelijk en zonder onderbreking "
        "samen, of {we} kennen elkaar minstens "
        "{stable_acquaintance_months} maanden, hadden regelmatig contact en zagen elkaar in de "
        "{stable_acquaintance_months} maanden voor de aanvraag minstens {meetings} keer (samen "
        "minstens {meeting_days} dagen), of {we} hebben samen een kind.",
        S.ART_10_1_5,
    ),
    "partners_unmarried": _M(
        "{We} zijn allebei niet getrouwd. {We} hebben geen vaste relatie met iemand anders.",
        S.ART_10_1_5,
    ),
    "child_under_18": _M(
        "{Rel} {rel_is} jonger dan {majority} jaar.",
        S.ART_10,
    ),
    "child_unmarried": _M(
        "{Rel} {rel_is} niet getrouwd.",
        S.ART_10,
    ),
    # seed 001 "Uw gehandicapt meerderjarig kind ... (art. 10 § 1, 6°): ... alleenstaand zijn"
    "child_unmarried@adult_humanitarian": _M(
        "{Rel} {rel_is} niet getrouwd.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "child_unmarried@disabled_adult": _M(
        "{Rel} {rel_is} niet getrouwd.",
        S.ART_10_1_6,
    ),
    "custody": _M(
        "Het hoederecht over {rel_obj} moet bij {sp_obj} of bij {sp_of:de partner} liggen. Is "
        "het hoederecht gedeeld? Dan geeft {rel_of:de andere ouder} toestemming.",
        S.ART_10,
    ),
    "child_dependent": _M(
        "{Rel} {rel_is} ten laste van {sp_obj} of van {sp_of:de partner}.",
        S.ART_10,
    ),
    # a sponsor with no spouse or partner: seed 001's "u of uw echtgenoot/echtgenote of
    # partner" is the sponsor alone
    "child_dependent@sponsor_unmarried": _M(
        "{Rel} {rel_is} ten laste van {sp_obj}.",
        S.ART_10,
    ),
    "custody@stepchild": _M(
        "Het hoederecht over {rel_obj} moet bij {sp_of:de partner} liggen. Is het hoederecht "
        "gedeeld? Dan geeft {rel_of:de andere ouder} toestemming.",
        S.ART_10,
    ),
    "custody@sponsor_widowed": _M(
        "Het hoederecht over {rel_obj} moet bij {sp_obj} liggen.",
        S.ART_10,
    ),
    "custody@sponsor_unmarried": _M(
        "Het hoederecht over {rel_obj} moet bij {sp_obj} liggen. Is het hoederecht gedeeld? Dan "
        "geeft {rel_of:de andere ouder} toestemming.",
        S.ART_10,
    ),
    # seed 001: proven only by "een attest ... opgemaakt door een arts aangesteld door de
    # bevoegde Belgische diplomatieke of consulaire post": always still to prove
    "disabled_cannot_provide": _M(
        "{Rel} {rel_has} een handicap. Daardoor kan {rel_pron} niet voor {rel_self} zorgen."
        " Dat toont een attest van een dokter die de Belgische ambassade aanduidt.",
        S.ART_10_1_6,
    ),
    "minor_at_sponsor_asylum_application": _M(
        "{Rel} was jonger dan {majority} jaar toen {sp} asiel vroeg.",
        S.CJEU_C279_20,
    ),
    "request_within_12_months_or_force_majeure": _M(
        "De aanvraag gebeurt binnen {adult_child_months} maanden na {sp_of:de "
        "erkenning}. Of overmacht maakte een aanvraag op tijd onmogelijk.",
        S.CJEU_C279_20,
    ),
    "sponsor_under_18": _M(
        "{Sp} {sp_is} jonger dan {majority} jaar.",
        S.ART_10_1_7,
    ),
    # seed 001 (art. 10, §1, 7°): "het Rijk binnengekomen is zonder begeleiding van een
    # krachtens de wet verantwoordelijke meerderjarige vreemdeling en vervolgens niet
    # daadwerkelijk onder de hoede van een dergelijke persoon gestaan heeft": two facts, the
    # second never asked (so never ticked)
    "sponsor_unaccompanied": _M(
        "{Sp} kwam zonder ouder of voogd naar België.",
        S.ART_10_1_7,
    ),
    "sponsor_not_in_adult_care": _M(
        # "een dergelijke persoon": an adult foreigner responsible by law; not any
        # responsible adult (a Belgian guardian read it as his own role; panel 31, a5)
        "Na de aankomst stond {sp} niet echt onder de hoede van een volwassen vreemdeling die "
        "volgens de wet voor {sp_obj} verantwoordelijk is.",
        S.ART_10_1_7,
    ),
    # seed 002: "in de loop van de asielprocedure meerderjarig is geworden" (art. 1/1, §2, 3°);
    # the right itself for a sponsor who turned 18 during the procedure is C-550/16's; art. 10,
    # §1, 7° (seed 001) says "jonger is dan achttien jaar", now (panel 17, h2)
    "sponsor_minor_at_asylum_application": _M(  # the right's condition is C-550/16's; art.
        "{Sp} was jonger dan {majority} jaar bij de asielaanvraag.",  # 1/1 is the fee's
        S.CJEU_C550_16,  # (panel 65, j5)
    ),
    "parents_request_within_3_months": _M(
        "De aanvraag gebeurt binnen {parents_months} maanden na {sp_of:de erkenning}.",
        S.CJEU_C550_16,
    ),
    "belgian_descendant_under_21": _M(
        "{Rel} {rel_is} jonger dan {belgian_descendant_age} jaar.",
        S.ART_40BIS_2_3,
    ),
    "belgian_descendant_dependent": _M(
        "{Rel} {rel_is} {belgian_descendant_age} jaar of ouder en ten laste van "
        "{sp_obj} of van {sp_of:de partner}.",
        S.ART_40BIS_2_3,
    ),
    "family_cell": _M(
        "{Rel} hoort bij het gezin van {sp_obj}: {we} wonen samen, of er zijn "
        "duidelijke banden (contact, geld).",
        S.ART_40TER_2,
    ),
    "legal_bond_recognised": _M(
        "De Federale Centrale Autoriteit erkende de adoptie. Of een Belgische rechtbank "
        "keurde de voogdij goed (bekrachtigd).",
        S.PRACTICE_FOREIGN_BOND,
    ),
    "eu_conditions_to_check": _M(
        "De voorwaarden voor familie van een EU-burger staan niet in onze informatie. "
        "Laat ze nakijken door een advocaat.",
        S.ART_40BIS,
    ),
    # seed 000: "Ook hierbij is het belangrijk dat je jouw aanvraag gelijktijdig indient met de
    # aanvraag gezinshereniging van je ouder(s)"; "samen met de aanvraag tot gezinshereniging
    # van je ouders"
    "sibling_applies_with_parents": _M(
        "{Rel} dient de aanvraag in op hetzelfde moment als de aanvraag gezinshereniging van "
        "{parents}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "means_of_subsistence": _M(
        "{Sp} {sp_has} genoeg stabiele en regelmatige inkomsten voor {sp_self} en het gezin.",
        S.ART_10_2,
    ),
    "housing": _M(
        "{Sp} {sp_has} een woning die groot genoeg is voor het gezin.",
        S.ART_10_2,
    ),
    "health_insurance": _M(
        "{Sp} {sp_has} een ziekteverzekering voor {sp_self} en het gezin.",
        S.ART_10_2,
    ),
    "means_of_subsistence@belgian": _M(
        "{Sp} {sp_has} genoeg stabiele en regelmatige inkomsten voor {sp_self} en het gezin.",
        S.ART_40TER_2,
    ),
    "housing@belgian": _M(
        "{Sp} {sp_has} een woning die groot genoeg is voor het gezin.",
        S.ART_40TER_2,
    ),
    "health_insurance@belgian": _M(
        "{Sp} {sp_has} een ziekteverzekering voor {sp_self} en het gezin.",
        S.ART_40TER_2,
    ),
}

_CUSTODY_WITHOUT_JUDGMENT = (
    "Is er geen vonnis over het hoederecht? Dan is een schriftelijke verklaring genoeg waarin "
    "{rel_of:de andere ouder} toestemming geeft. Is die ouder verdwenen? Dan is een attest "
    "nodig van de overheid van het land van herkomst dat dat bevestigt, of een beslissing van "
    "een rechter."
)


DOCUMENTS: dict[str, Message] = {
    # the form is one of the documents of "Aanvaarding van de aanvraag" (seed 002), which
    # names no article; art. 12bis, §1 is where to apply, not the form
    "visa_application_form": _M(
        "Een visumaanvraagformulier: ingevuld, met de datum erop en ondertekend.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    # seed 001 "Humanitair visum": "Het is belangrijk om op het visumformulier aan te duiden
    # dat het om een humanitaire visumaanvraag gaat": practice, not the articles, which "leggen
    # geen voorwaarden vast" (panel 22, r1, r2, r4, r5)
    "visa_application_form_humanitarian": _M(
        "Een visumaanvraagformulier: ingevuld, met de datum erop en ondertekend. Duid "
        "aan dat het om een humanitaire aanvraag gaat.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "fee_payment_proof": _M(
        "Een bewijs dat de bijdrage (retributie) betaald is. Bijvoorbeeld een uittreksel "
        "van de bank.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    "fee_payment_proof@belgian": _M(
        "Een bewijs dat de bijdrage (retributie) betaald is. Bijvoorbeeld een "
        "rekeninguittreksel of een stortingsbewijs met stempel van de post.",
        S.PRACTICE_DVZ,  # seed 004 "Betalingsbewijs bijdrage in administratieve kosten" names
    ),  # no article; art. 1/1 is named in seed 002 for the exemptions (panel 105, y5, k1, k2)
    # seed 002: "een geldig reisdocument moet worden voorgelegd wanneer de visumaanvraag wordt
    # ingediend of, ten laatste, voor het bekomen van het visum" (panel 5, j1)
    "travel_document": _M(
        "{Rel_of:het paspoort} (reisdocument). Het moet geldig zijn en er moet een "
        "visum in kunnen. Is het verlopen, of is er nog geen? Dan kan de aanvraag toch: een "
        "geldig paspoort moet er ten laatste zijn voor het visum wordt afgegeven.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    # seed 002: "De Belgische ambassade of het Belgisch consulaat die of dat bevoegd is, bepaalt
    # de alternatieve documenten ... (bv. een geboorteakte, een familieboekje, een document
    # afgegeven door het UNHCR, enz.)" (panel 37, g1: no examples, no one who decides)
    "travel_document_protected": _M(
        "{Rel_of:het paspoort} (reisdocument). Het moet geldig zijn en er moet een "
        "visum in kunnen. {Has_rel_pron} geen paspoort? Dat is geen onoverkomelijk "
        "probleem. {Rel_pron} kan de aanvraag toch indienen en de identiteit met andere"
        " bewijzen tonen, bijvoorbeeld een geboorteakte, een familieboekje of een document "
        "van UNHCR. De ambassade bepaalt welke. Kan {rel_pron} geen paspoort krijgen? Dan "
        "kan {rel_pron} een doorlaatbewijs (laissez-passer) vragen.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "identity_other_evidence": _M(
        "{Has_rel_pron} geen paspoort? Dat is geen onoverkomelijk probleem. De "
        "identiteit kan ook blijken uit andere bewijzen. Bijvoorbeeld een geboorteakte,"
        " een familieboekje of een document van UNHCR. De ambassade zegt welke bewijzen"
        " ze aanvaardt.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "identity_alternative_proof": _M(
        "{Has_rel_pron} geen geldig paspoort? Dan mag {rel_pron} ook een vervallen "
        "paspoort of identiteitskaart tonen, een verblijfskaart van een ander EER-land,"
        " of een ander bewijs van de identiteit.",
        S.ART_40TER,
    ),
    "sponsor_protection_decision": _M(
        "De beslissing van het CGVS of de RvV die {sp_obj} erkent als vluchteling of "
        "{sp_obj} subsidiaire bescherming geeft. En een kopie van {sp_of:de "
        "verblijfskaart}.",
        S.ART_10,
    ),
    # a humanitarian request is no art. 10 request (seed 001: "niet ... op grond van artikel
    # 10"; panel 43, h1: the siblings' list cited art. 10)
    "sponsor_protection_decision@humanitarian_refugee": _M(
        "De beslissing van het CGVS of de RvV die {sp_obj} erkent als vluchteling. En een "
        "kopie van {sp_of:de verblijfskaart}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sponsor_protection_decision@humanitarian_subsidiary_protection": _M(
        "De beslissing van het CGVS of de RvV die {sp_obj} subsidiaire bescherming geeft. En "
        "een kopie van {sp_of:de verblijfskaart}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sponsor_protection_decision@refugee": _M(
        "De beslissing van het CGVS of de RvV die {sp_obj} erkent als vluchteling. En een "
        "kopie van {sp_of:de verblijfskaart}.",
        S.ART_10,
    ),
    "sponsor_protection_decision@subsidiary_protection": _M(
        "De beslissing van het CGVS of de RvV die {sp_obj} subsidiaire bescherming geeft. En "
        "een kopie van {sp_of:de verblijfskaart}.",
        S.ART_10,
    ),
    "sponsor_residence_permit": _M(
        "Een kopie van {sp_of:de verblijfskaart}.",
        S.ART_10,
    ),
    # seed 001 "Humanitair visum": "Naast de officiële documenten die ook moeten worden
    # ingediend ... voor een aanvraag tot gezinshereniging"
    "sponsor_residence_permit_humanitarian": _M(
        "Een kopie van {sp_of:de verblijfskaart}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "marriage_certificate": _M(
        "{Our} huwelijksakte. Is er geen akte, of kan DVZ de akte niet erkennen? Bijvoorbeeld "
        "omdat de stempel van de ambassade (legalisatie) ontbreekt, of omdat het land geen "
        "werkende administratie heeft? Dan kunnen andere geldige bewijzen.",
        S.RVV_CASE_LAW,
    ),
    # seed 002 "Bijzondere bepaling": "moet de Dienst Vreemdelingenzaken rekening houden met
    # andere geldige bewijzen ... op voorwaarde dat deze band al vóór de binnenkomst van de
    # gezinshereniger in België bestond" (panels 76 and 77: seed 000's "andere geldige
    # bewijzen" said to a couple who married after the arrival)
    "marriage_certificate@bond_after_arrival": _M(
        "{Our} huwelijksakte. DVZ moet andere geldige bewijzen bekijken als er geen akte is, "
        "maar die regel geldt alleen voor een band die al bestond vóór de aankomst in België. "
        "{We} trouwden pas daarna. Zorg dus voor een huwelijksakte die DVZ kan erkennen. "
        "Lukt dat niet? Laat het nakijken door een advocaat.",
        S.ART_12BIS_5_6,
    ),
    # a Belgian's spouse (seed 004, art. 40ter): the marriage act; the RvV's "andere geldige
    # bewijzen" for a valid marriage whose act DVZ cannot recognise is seed 000's note on the
    # family of a protected person, and seed 004 allows other evidence only "als je onmogelijk
    # een officiële akte kan voorleggen" (not said here for a missing legalisation)
    "marriage_certificate@belgian": _M(
        "{Our} huwelijksakte.",
        S.ART_40TER,
    ),
    # another third-country national's spouse: seed 002 "De algemene regel is dat de aanvrager
    # een authentiek document moet voorleggen om zijn bloed- of aanverwantschapsband ... aan te
    # tonen"; the other valid evidence is its "Bijzondere bepaling" for protected persons
    "marriage_certificate@third_country": _M(
        "{Our} huwelijksakte.",
        S.ART_12BIS_5_6,
    ),
    # seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    # bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke kinderen." (a spouse's bond
    # is the marriage, never birth certificates)
    "spouse_bond_proof": _M(
        "{Our} huwelijksakte. Is er geen officiële akte? Dan concrete bewijzen van {our} "
        "relatie, of bijvoorbeeld de geboorteakte van een kind dat {we} samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "partnership_certificate": _M(
        "Het officiële bewijs dat {our} partnerschap geregistreerd is.",
        S.ART_10_1_5,
    ),
    "religious_marriage_proof": _M(
        "Het bewijs van {our} religieus of traditioneel huwelijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "relationship_evidence": _M(
        "Concrete bewijzen van {our} relatie, zoals foto's en berichten. Of bewijs dat {we}"
        " samen woonden.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "common_child_birth_certificate": _M(
        "De geboorteakte van elk kind dat {we} samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "impossibility_to_marry_proof": _M(
        "Bewijs dat {we} niet konden trouwen. Bijvoorbeeld de wet of de praktijk in het land.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "asylum_file_statements": _M(
        "Wat {sp} over {our} relatie vertelde in het asielgesprek bij het CGVS.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "stable_relationship_proof": _M(
        "Bewijs van een stabiele relatie: {stable_cohabitation_months} maanden wettelijk en "
        "zonder onderbreking samenwonen vlak voor de aanvraag, of "
        "{stable_acquaintance_months} maanden contact (berichten, "
        "foto's) en {meetings} ontmoetingen van samen minstens {meeting_days} dagen "
        "(bijvoorbeeld vliegtuigtickets), of de geboorteakte van {our} kind.",
        S.ART_10_1_5,
    ),
    "unmarried_proof_partners": _M(
        "Een bewijs dat {we} allebei niet getrouwd zijn.",
        S.ART_10_1_5,
    ),
    # seed 003: "De aanvrager die geen authentieke akte kan voorleggen om zijn afstamming
    # bewijzen moet uitleggen waarom hij dat niet kan doen en kan andere geldige bewijzen
    # voorleggen." (panel 7, n3: "de kinderen hebben geen geboorteakte")
    "birth_certificate": _M(
        "{Rel_of:de geboorteakte}. Die toont {rel_of:de leeftijd} en wie {rel_of:de ouders} zijn."
        " Is er geen akte? Leg dan uit waarom, en toon andere geldige bewijzen.",
        S.ART_12BIS_5_6,
    ),
    # seed 004 "Geboorte- of adoptieakte": "Als je onmogelijk een officiële akte kan
    # voorleggen, kan de DVZ rekening houden met 'andere geldige bewijzen' ... De onmogelijkheid
    # moet ontstaan zijn onafhankelijk van je wil" (panel 19, l4: art. 12bis, §5-6, the
    # protected sponsor's article, cited to a Belgian's daughter)
    "birth_certificate@belgian": _M(
        "{Rel_of:de geboorteakte}. Die toont {rel_of:de leeftijd} en wie {rel_of:de ouders} zijn."
        " Is een officiële akte onmogelijk, buiten {rel_of:de eigen wil} om? Dan kan DVZ andere "
        "geldige bewijzen aanvaarden, zoals een vervangend vonnis.",
        S.ART_40TER,
    ),
    # seed 002: other valid proofs only "op voorwaarde dat deze band al vóór de binnenkomst van
    # de gezinshereniger in België bestond" (panel 8, p4: a baby born after the arrival)
    "birth_certificate@bond_after_arrival": _M(
        "{Rel_of:de geboorteakte}. Die toont {rel_of:de leeftijd} en wie {rel_of:de ouders} zijn.",
        S.ART_12BIS_5_6,
    ),
    # seed 002 "[Artikel 12bis, §§ 5 en 6]": "De algemene regel is dat de aanvrager een
    # authentiek document moet voorleggen"; the other valid proofs are the "Bijzondere
    # bepaling" of a protected sponsor's family; seed 003: without an act "zal de Dienst
    # Vreemdelingenzaken de visumaanvraag over het algemeen weigeren, onder voorbehoud van een
    # DNA-test" (panel 47, h4: "toon andere geldige bewijzen" to a worker's children)
    "birth_certificate@third_country": _M(
        "{Rel_of:de geboorteakte}. Die toont {rel_of:de leeftijd} en wie {rel_of:de ouders} zijn."
        " Is er geen akte? Dan weigert DVZ het visum meestal, tenzij een DNA-test de band toont.",
        S.ART_12BIS_5_6,
    ),
    # a humanitarian file of a third-country national's relative: the family link is DVZ's
    # practice; seed 003's refusal "onder voorbehoud van een DNA-test" is the minor child's of
    # a protected sponsor (panel 71, g4: art. 12bis, §5-6 cited for an adult son's visa)
    "birth_certificate@humanitarian_third_country": _M(
        "{Rel_of:de geboorteakte}. Die toont {rel_of:de leeftijd} en wie {rel_of:de ouders} zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adoption_recognition": _M(
        "Het bewijs dat de Federale Centrale Autoriteit (FCA) de adoptie erkent. Of de "
        "beslissing van een Belgische rechter over de voogdij.",
        S.PRACTICE_FOREIGN_BOND,
    ),
    "adoption_recognition@belgian": _M(
        "Het bewijs dat de Federale Centrale Autoriteit (FCA) de adoptie erkent. Of de "
        "beslissing van een Belgische rechter over de voogdij.",
        S.PRACTICE_FOREIGN_BOND,
    ),
    # seed 003 "Ongehuwde staat": "Een bewijs van ongehuwde staat voorleggen indien de
    # aanvrager oud genoeg is om op geldige wijze in het huwelijk te treden." The age depends
    # on the foreign law (no age in the seeds), so the condition is said in the same sentence:
    # a list that names a document by its first sentence keeps it
    "unmarried_proof": _M(
        "Als {rel_pron} oud genoeg {rel_is} om te trouwen: een bewijs dat {rel} niet "
        "getrouwd {rel_is}.",
        S.ART_10,
    ),
    # seed 000 "Meerderjarige dochter of zoon": "dat je nog steeds ten laste bent van je
    # ouders (je niet getrouwd bent, dat je nog studeert ...)" (panel 14, a2: not art. 10)
    "unmarried_proof@adult_humanitarian": _M(
        "Een bewijs dat {rel} niet getrouwd {rel_is}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "unmarried_proof@disabled_adult": _M(
        "Een bewijs dat {rel} niet getrouwd {rel_is}.",
        S.ART_10_1_6,
    ),
    "custody_proof": _M(
        "Een bewijs van het hoederecht over {rel_obj}. Is het hoederecht gedeeld? Dan "
        "ook de toestemming van {rel_of:de andere ouder}.",
        S.ART_10,
    ),
    # the other parent died: no judgment exists; the death is what shows the custody (seed
    # 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen"; panel
    # 43, g1: "Een kopie van het vonnis ... (of aan de partner van je cliënt)" to a widow)
    # the same when the child's other parent died (a stepdaughter's father; panel 60, h12:
    # "Wat zonder vonnis volstaat, staat niet in onze informatie")
    "custody_other_parent_died": _M(
        "De overlijdensakte van {rel_of:de andere ouder}, of een ander officieel document dat "
        "het overlijden toont. Die toont waarom het hoederecht bij één ouder ligt.",
        S.ART_10,
    ),
    "custody_sole_judgment@sponsor_widowed": _M(
        "De overlijdensakte van de andere ouder van {rel_obj}, of een ander officieel document "
        "dat het overlijden toont.",
        S.ART_10,
    ),
    # a stepchild: the custody is the partner's, not the sponsor's (seed 001 "Kinderen enkel van
    # één echtgenoot"; panel 43, g4: "aan jou (of aan je vrouw)" to the Belgian stepfather)
    "custody_sole_judgment@stepchild": _M(
        "Een kopie van het vonnis dat het hoederecht over {rel_obj} aan {sp_of:de partner} geeft.",
        S.ART_10,
    ),
    "custody_sole_judgment": _M(
        "Een kopie van het vonnis dat het hoederecht over {rel_obj} aan {sp_obj} (of "
        "aan {sp_of:de partner}) geeft.",
        S.ART_10,
    ),
    # seed 003: "Het bewijs dat de gezinshereniger, zijn echtgenoot of zijn partner over een
    # hoederecht beschikt en, indien de hoede gedeeld wordt, dat de andere houder van het
    # hoederecht zijn toestemming gegeven heeft, voorleggen" (panel 53, h3: the consent alone)
    "shared_custody_proof": _M(
        "Een bewijs dat {sp} het hoederecht over {rel_obj} {sp_has}, samen met "
        "{rel_of:de andere ouder}.",
        S.ART_10,
    ),
    # seed 001 (art. 10): "de toestemming van de andere ouder voorleggen dat zij u in België
    # komen vervoegen"; the attest for a parent who disappeared is seed 004's, for a Belgian's
    # family only (panel 32, c4)
    "other_parent_consent_proof": _M(
        "De toestemming van {rel_of:de andere ouder} voor de komst naar België.",
        S.ART_10,
    ),
    "other_parent_consent_proof@belgian": _M(
        "De schriftelijke toestemming van {rel_of:de andere ouder} voor de komst naar "
        "België. Is die ouder verdwenen? Dan een attest van de overheid of een "
        "beslissing van de rechter.",
        S.ART_40TER_2,
    ),
    "dependency_proof": _M(
        "Een bewijs dat {rel} ten laste {rel_is} van {sp_obj} of van {sp_of:de partner}.",
        S.ART_10,
    ),
    "dependency_proof@sponsor_unmarried": _M(
        "Een bewijs dat {rel} ten laste {rel_is} van {sp_obj}.",
        S.ART_10,
    ),
    # seed 004 (a Belgian's family): "Als je het recht van bewaring niet kan bewijzen met een
    # rechterlijke beslissing, dan volstaat een schriftelijke verklaring van de andere ouder
    # ... Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    # instanties van het land van herkomst die dat bevestigt." (panel 33, a2)
    "custody_without_judgment_proof@belgian": _M(_CUSTODY_WITHOUT_JUDGMENT, S.ART_40TER_2),
    # seed 001 (art. 10) asks the judgment; what stands in for it is not in the seeds
    "custody_without_judgment_proof": _M(
        "Er is geen vonnis over het hoederecht over {rel_obj}. DVZ vraagt normaal een kopie "
        "van dat vonnis. Wat zonder vonnis volstaat, staat niet in onze informatie. Laat het "
        "nakijken door een advocaat of een sociaal werker.",
        S.ART_10,
    ),
    "custody_sole_judgment@sponsor_unmarried": _M(
        "Een kopie van het vonnis dat het hoederecht over {rel_obj} aan {sp_obj} geeft.",
        S.ART_10,
    ),
    "disability_certificate": _M(
        "{Rel_of:het gezondheidsattest}. Een dokter die de Belgische ambassade "
        "aanduidt, maakt het op. Het zegt dat {rel} door een handicap niet voor "
        "{rel_self} kan zorgen.",
        S.ART_10_1_6,
    ),
    "annex_26": _M(
        "Bijlage 26 (of 26quinquies) die {sp} kreeg bij de asielaanvraag. Die toont de "
        "datum van de asielaanvraag.",
        S.KB_1981_ANNEX_26,
    ),
    "sponsor_birth_certificate": _M(
        "{Sp_of:de geboorteakte}. Die toont wie {sp_of:de ouders} zijn.",
        S.ART_12BIS_5_6,
    ),
    # seed 001 "Humanitair visum": "Naast de officiële documenten die ook moeten worden
    # ingediend ... voor een aanvraag tot gezinshereniging": a parent's humanitarian file
    # proves the link by the same papers, as DVZ practice, not under art. 12bis (panel 24, g2)
    "sponsor_birth_certificate@humanitarian": _M(
        "{Sp_of:de geboorteakte}. Die toont wie {sp_of:de ouders} zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "Humanitair visum": "Naast de officiële documenten die ook moeten worden
    # ingediend ... voor een aanvraag tot gezinshereniging": practice, not the articles
    # (panel 22, r1)
    "family_link_proof": _M(
        "Papieren die tonen dat {we} familie zijn. Bijvoorbeeld geboorteaktes.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # an EU citizen's family: art. 40bis names who is family; the seeds say no more (panel 36,
    # h5: the humanitarian practice cited for an EU citizen's wife, and "geboorteaktes" only)
    "family_link_proof@eu_citizen": _M(
        "Papieren die tonen dat {we} familie zijn. Bijvoorbeeld de huwelijksakte of geboorteaktes.",
        S.ART_40BIS,
    ),
    "own_means_proof": _M(
        "Bewijs dat {rel} genoeg eigen geld {rel_has} om in België nooit steun (OCMW) "
        "nodig te hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Je zal uitvoerig moeten aantonen dat je ondanks je meerderjarigheid nog
    # steeds ten laste bent van je ouders en deel uitmaakt van je oorspronkelijke kerngezin. Je
    # toont aan dat je anders helemaal alleen en geïsoleerd achterblijft." and "Je kan
    # bijvoorbeeld beschrijven en aantonen dat: ..." (examples, not facts the user gave)
    "dependency_on_parents_proof": _M(
        "Bewijs dat {rel} nog ten laste {rel_is} van de ouders, bij het gezin van vroeger "
        "hoort en anders helemaal alleen achterblijft. Bijvoorbeeld dat {rel_pron} nog bij "
        "de ouders woont, niet getrouwd {rel_is}, nog studeert en geen eigen inkomen {rel_has}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "parents_death_or_disappearance_proof": _M(
        "Bewijs dat {rel_of:de ouders} overleden of vermist zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "foreign_guardianship_or_adoption_act": _M(
        "De buitenlandse akte of beslissing over de voogdij of adoptie, als die er is.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "family_ties_proof": _M(
        "Bewijzen dat {rel} altijd bij het gezin hoorde. En dat er sterke emotionele of"
        " financiële banden zijn met {sp_obj}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Een hoge leeftijd, medische problemen en een geïsoleerde situatie door het
    # wegvallen van familieleden kunnen een belangrijke rol spelen" (panel 58, h1: the illness
    # and the widowhood told, missing from the list)
    "medical_condition_proof": _M(
        "Medische documenten over de ziekte van {rel_obj}, zo concreet mogelijk. Bijvoorbeeld "
        "een attest van de arts over de ziekte en de zorg die {rel_pron} nodig {rel_has}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "partner_death_certificate": _M(
        "De overlijdensakte van {rel_of:de partner}. Die toont dat {rel} alleen kwam te staan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder die je komt
    # vervoegen, het recht van bewaring over je heeft" (panel 59, g8: a grandson whose parents
    # died; no proof of their death in the list)
    # seed 004: "De bloedverwantschap ... met de Belg bewijs je met een geboorte- of adoptieakte"
    # (a grandchild: his own and his parent's, the Belgian's child)
    "grandchild_parent_birth_certificate": _M(
        "De geboorteakte van de ouder van {rel_obj} die het kind van {sp_obj} is. Samen met "
        "{rel_of:de geboorteakte} toont die de band met {sp_obj}.",
        S.ART_40TER,
    ),
    "grandchild_parents_death_certificates": _M(
        "De overlijdensakten van {rel_of:de ouders}, of een ander officieel bewijs dat ze "
        "overleden of vermist zijn. Ze tonen waarom {sp} het recht van bewaring {sp_has}.",
        S.ART_40TER,
    ),
    "no_other_carer_proof": _M(
        "Bewijs dat geen ander familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sponsor_marriage_or_partnership_certificate": _M(
        "De huwelijksakte of de akte van geregistreerd partnerschap tussen {sp_obj} en "
        "{sp_of:de partner}.",
        S.ART_40TER,
    ),
    "bank_statements_6_months": _M(
        "Bankuittreksels van de laatste {bank_months} maanden. Ze tonen dat {sp} geld "
        "stuurde om {rel_obj} te steunen.",
        S.PRACTICE_DVZ_40TER,
    ),
    "belgian_income_proof": _M(
        "Bewijs van {sp_of:het inkomen}. Bijvoorbeeld de laatste loonfiches.",
        S.PRACTICE_DVZ_40TER,
    ),
    "own_lack_of_means_proof": _M(
        "Bewijs dat {rel} zelf geen of te weinig inkomen {rel_has}, en geen huis of "
        "grond. Bijvoorbeeld een attest van de overheid in het land van herkomst.",
        S.PRACTICE_DVZ_40TER,
    ),
    "diplomas": _M(
        "{Rel_of:de diploma's}, als die er zijn. DVZ kijkt of {rel} zelf werk kan vinden.",
        S.PRACTICE_DVZ_40TER,
    ),
    "family_cell_proof": _M(
        "Wonen {we} niet samen? Toon dan dat {we} een gezin vormen: regelmatig contact,"
        " of {sp} steunt {rel_obj} met geld.",
        S.ART_40TER_2,
    ),
    "explanation_no_official_document": _M(
        "Een uitleg waarom er geen officiële akte is.",
        S.ART_12BIS_5_6,
    ),
    "other_valid_evidence": _M(
        "Andere geldige bewijzen van de familieband. Bijvoorbeeld: een geboorteattest, "
        "een akte van een notaris, een verklaring onder eed (affidavit), een "
        "identiteitskaart met de namen van de ouders, of een vonnis dat de akte vervangt.",
        S.ART_12BIS_5_6,
    ),
    "means_proof": _M(
        "Bewijs dat {sp} stabiele, regelmatige en voldoende inkomsten {sp_has} voor "
        "{sp_self} en het gezin. Het gezin mag geen steun van de overheid nodig hebben.",
        S.ART_10_2,
    ),
    "means_proof@belgian": _M(
        "Bewijs van {sp_of:de inkomsten}: aanslagbiljet, loonfiches, arbeidscontract, "
        "rekeninguittreksels, de laatste boekhoudkundige balans of pensioenfiches. Een "
        "werkloosheidsuitkering telt samen met bewijzen van actief zoeken naar werk. Andere "
        "uitkeringen noemt onze informatie niet. Geef bij voorkeur bewijzen van de laatste "
        "{means_months} maanden. Is het inkomen minstens {ref_income} euro per maand "
        "(het referentiebedrag)? Dan zijn geen extra bewijzen nodig.",
        # seed 004: "dan hoef je geen bijkomende bewijzen toe te voegen (Grondwettelijk Hof 26
        # september 2013, nr. 121/2013)"
        f"{S.ART_40TER_2}; {S.GWH_121_2013}",
    ),
    "housing_proof": _M(
        "Bewijs dat {sp} een woning {sp_has} die groot genoeg is voor het gezin. De "
        "woning moet voldoen aan de regels voor een huurwoning.",
        S.ART_10_2,
    ),
    "housing_proof@belgian": _M(
        "Een geregistreerd huurcontract of een notariële eigendomsakte van de woning "
        "waar {sp} nu woont.",
        S.ART_40TER_2,
    ),
    "health_insurance_proof": _M(
        "Bewijs dat {sp} een ziekteverzekering {sp_has}. Die dekt de risico's in België"
        " voor {sp_self} en het gezin.",
        S.ART_10_2,
    ),
    # seed 004: "een modelattest van de Belgische mutualiteit van je ouder ... een
    # privéziekteverzekering ... gedurende minstens 3 maanden, voor een bedrag van 30.000 euro.
    # Je moet ook bewijzen dat je Belgische (stief)ouder ... aangesloten is bij een Belgisch
    # ziekenfonds." (the second half was missing; panel 31, a2)
    # seed 004 also: "een buitenlandse ziekteverzekering. De buitenlandse ziekteverzekering
    # moet de risico's in België dekken. De DVZ vermeldt de buitenlandse ziekteverzekering niet
    # op zijn website als mogelijk bewijs, maar de Verblijfswet sluit dat niet uit." (panel
    # 37, g2: "ze heeft een ziekteverzekering in marokko, is dat genoeg?")
    "health_insurance_proof@belgian": _M(
        "Bewijs van ziekteverzekering: een attest van {sp_of:de Belgische mutualiteit}, "
        "of een privéverzekering van minstens {insurance_eur} euro voor minstens "
        "{insurance_months} maanden in België. Bij een privéverzekering bewijs je ook dat "
        "{sp} bij een Belgisch ziekenfonds aangesloten {sp_is}. Een buitenlandse "
        "ziekteverzekering kan ook, als ze de risico's in België dekt. DVZ noemt ze niet op "
        "zijn website, maar de Verblijfswet sluit ze niet uit.",
        S.ART_40TER_2,
    ),
    "public_health_certificate": _M(
        "Een medisch attest. Het toont dat {rel} geen ziekte {rel_has} die gevaarlijk "
        "is voor de volksgezondheid.",
        S.ART_10,
    ),
    # seed 001: "Het is belangrijk om de emotionele en psychologische afhankelijkheid te
    # kunnen bewijzen, net zoals de financiële afhankelijkheid. In de praktijk hecht de Dienst
    # Vreemdelingenzaken veel belang aan dit element. Bijgevolg is het nuttig om het bewijs van
    # geldoverschrijvingen ..." (panel 37, h5: only the money was said)
    "dependency_evidence": _M(
        "Bewijs dat {rel} afhankelijk {rel_is} van {sp_obj}, emotioneel en psychologisch en "
        "ook financieel. DVZ hecht in de praktijk veel belang aan die afhankelijkheid. Nuttig "
        "zijn bewijzen van geldoverschrijvingen, bewijs dat {rel_pron} geen eigen inkomen "
        "{rel_has}, en bewijs van {sp_of:het inkomen}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "het bewijs van geldoverschrijvingen aan het familielid ... en het bewijs van uw
    # inkomen in België"; "het bewijs dat uw familielid geen eigen inkomsten heeft" is no proof
    # to ask of a minor child (seed 003 asks of a minor child only that it is "ten laste")
    "dependency_evidence@minor_child": _M(
        "Bewijs dat {sp} voor {rel_obj} zorgt: bijvoorbeeld bewijzen van "
        "geldoverschrijvingen en bewijs van {sp_of:het inkomen}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "dat geen enkel ander familielid voor het betrokken familielid kan zorgen":
    # moot for a child who travels with a parent (seed 000: "Er kan immers niet verwacht
    # worden dat jij als minderjarige alleen zou achterblijven zonder je ouders")
    "no_other_carer_proof@minor_child": _M(
        "Als {rel} niet samen met een ouder naar België reist, toon dan aan dat geen ander "
        "familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "Het principe 'hoger belang van het kind'": "wanneer blijkt dat het in het
    # hoger belang van het kind zou zijn dat andere personen dan deze toegelaten door de wet
    # met het kind in België komen samenleven"; "een rapport van een internationale
    # organisatie (zoals het UNHCR, het ICRK,...) ... om ... het hoger belang van het kind te
    # kunnen aantonen" (panel 37, g4: the money proofs of a dependent relative asked of a
    # boy of 15 for the uncle who raised him)
    "best_interests_evidence": _M(
        "Bewijzen dat het in {child_of:het belang} is dat {rel} met {child_obj} in België "
        "komt samenleven. Als het kan: een rapport van een internationale organisatie (zoals "
        "UNHCR of het Rode Kruis) dat dat belang aantoont.",
        S.ART_9_13,
    ),
    "international_organisation_report": _M(
        "Als het kan: een rapport van een internationale organisatie (zoals UNHCR of "
        "het Rode Kruis) over {rel_of:de leefomstandigheden}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "individual_situation_evidence": _M(
        "Documenten over {rel_of:de eigen situatie}, zo concreet mogelijk. Een "
        "verwijzing naar de algemene situatie in het land is niet genoeg.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "legalisation_and_translation": _M(
        "Laat buitenlandse akten legaliseren of voorzien van een apostille. Is een akte"
        " niet in het {languages}? Laat ze dan vertalen door een beëdigd vertaler. Een "
        "vertaling uit het buitenland moet apart gelegaliseerd worden.",
        S.PRACTICE_LEGALISATION,  # seed 002 "Nuttige info" (no article), seed 004
    ),
}

# sentences said for two kinds of sponsor with two sources (a protected or third-country
# sponsor's family: art. 12bis or art. 10; a Belgian's: seed 004 or the visa practice)
_WHERE_RESIDENCE = (
    "Dien de aanvraag in bij de Belgische ambassade of het Belgisch consulaat dat bevoegd is "
    "voor de plaats waar {rel} woont."
)
_WHERE_LIST = (
    "Welke post bevoegd is, staat op de website van de FOD Buitenlandse Zaken "
    "(www.diplomatie.fed.be). Lees daar en op de website van de post de praktische "
    "informatie voor je begint."
)
_EXTERNAL_PROVIDER = (
    "Vaak werkt de ambassade met VFS Global of TLS Contact. Zij nemen de aanvraag aan, maar "
    "beslissen niet."
)


ADVICE: dict[str, Message] = {
    # seed 000 "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener";
    # seed 001 "Het is aangeraden om beroep te doen op uw advocaat of sociale hulpverlener"
    "lawyer_not_required": _M(
        "Nee, een advocaat is niet verplicht. Het is wel aangeraden: een advocaat of een "
        "gespecialiseerde sociaal werker kan de kansen inschatten en het dossier helpen "
        "opstellen. Onze organisatie kan je ook helpen, zonder kosten.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "see_lawyer": _M(
        "Vraag hulp aan een advocaat of een gespecialiseerde sociale hulpverlener. Zij "
        "kunnen de kansen inschatten en het dossier helpen opstellen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # no seed says what a temporary stay gives (panel 27, b3)
    "temporary_stay_not_in_sources": _M(
        "Welke regels voor een tijdelijk verblijf gelden, staat niet in onze informatie. Laat "
        "het nakijken door een advocaat of een sociaal werker voor {we} iets aanvragen.",
        S.ART_9_13,
    ),
    "not_in_sources": _M(
        "Deze situatie staat niet in onze informatie. Laat ze nakijken door een advocaat.",
        S.ART_40TER,
    ),
    # seed 000: "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor
    # een visum gezinshereniging in tweede orde een humanitair visum te vragen. Dit is
    # bijvoorbeeld het geval wanneer gezinsleden in principe wel in aanmerking komen voor
    # gezinshereniging, maar er niet aan alle voorwaarden voor gezinshereniging voldaan is
    # ... Het is in zo'n geval belangrijk om al in de aanvraag voor gezinshereniging de
    # humanitaire en prangende situatie voldoende aan te tonen." (panel 37, g2: said as a
    # general instruction)
    "second_order_humanitarian": _M(
        "Niet alle voorwaarden voor gezinshereniging zijn vervuld. In uitzonderlijke gevallen "
        "is het dan aan te raden om in de aanvraag gezinshereniging ook een humanitair visum "
        "'in tweede orde' te vragen. Toon dan al in die aanvraag de humanitaire en dringende "
        "situatie aan.",
        S.ART_9_13,
    ),
    "spouse_age_rule": _M(
        "{We} moeten allebei {spouse_age} jaar zijn. Trouwden {we} voor de aankomst in "
        "België? Dan is {spouse_age_reduced} jaar genoeg. Zijn {we} allebei oud genoeg? Dan "
        "kan {rel} gezinshereniging vragen.",
        S.ART_10_1_4,
    ),
    # a Belgian's spouse: art. 40ter knows no lower age for a marriage before the arrival
    # (panel 8, o4: the art. 10 reduction was given to a Belgian born in Belgium)
    # seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk
    # geldt, dan kan enkel een humanitair visum worden afgeleverd" (panel 67, l5: "Zijn jullie
    # allebei oud genoeg? Dan kan je man gezinshereniging vragen" of a nikah)
    "spouse_age_rule_if_official@belgian": _M(
        "De leeftijd alleen is niet genoeg: {our} huwelijk moet als officieel huwelijk gelden. "
        "Is dat zo? Dan moeten {we} allebei minstens {belgian_spouse_age} jaar zijn. Geldt het "
        "niet als officieel huwelijk? Dan kan alleen een humanitair visum.",
        S.ART_40TER_2,
    ),
    "spouse_age_rule_if_official": _M(
        "De leeftijd alleen is niet genoeg: {our} huwelijk moet als officieel huwelijk gelden. "
        "Is dat zo? Dan moeten {we} allebei minstens {spouse_age} jaar zijn, of 18 als het "
        "huwelijk al bestond voor de aankomst in België. Geldt het niet als officieel huwelijk? "
        "Dan kan alleen een humanitair visum.",
        S.ART_10_1_4,
    ),
    "spouse_age_rule@belgian": _M(
        "{We} moeten allebei minstens {belgian_spouse_age} jaar zijn. Zijn {we} allebei oud "
        "genoeg? Dan kan {rel} gezinshereniging vragen.",
        S.ART_40TER_2,
    ),
    "polygamy_one_spouse": _M(
        "België erkent geen huwelijk met meer dan één vrouw. Slechts één echtgenote mag via "
        "gezinshereniging naar België komen.",
        S.ART_10_1_4,
    ),
    # seed 001: "Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    # komen via gezinshereniging"; "Familieleden die niet binnen een van deze categorieën
    # vallen ... kunnen eventueel een voorlopige toelating tot verblijf aanvragen op grond van
    # de artikelen 9 en 13 (humanitair visum)" (panel 19, l5: both wives told a right)
    "polygamy_other_spouse": _M(
        "Welke echtgenote via gezinshereniging komt, staat niet in onze informatie. Vraag het "
        "aan een advocaat. De andere echtgenote kan eventueel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    # seed 001: "Familieleden die niet binnen een van deze categorieën vallen ... kunnen
    # eventueel een voorlopige toelating tot verblijf aanvragen op grond van de artikelen 9 en
    # 13 (humanitair visum)"; "slechts uitzonderlijk" (panel 54, b5: no way named for her)
    "polygamy_second_spouse_humanitarian": _M(
        "{Rel} kan eventueel een humanitair visum vragen. Dat wordt maar uitzonderlijk toegekend.",
        S.ART_9_13,
    ),
    "polygamy_children_keep_right": _M(
        "Kinderen uit een polygaam huwelijk hebben wel recht op gezinshereniging, als "
        "ze aan de gewone voorwaarden voldoen.",
        S.GWH_95_2008,
    ),
    "soft_procedure": _M(
        "{Sp} {sp_is} vluchteling of {sp_has} subsidiaire bescherming. Dien de aanvraag"
        " in als aanvraag gezinshereniging. Er is geen bijdrage te betalen. Het bureau "
        "Gezinshereniging van DVZ behandelt ze.",
        S.PRACTICE_DVZ,
    ),
    "b17_renewal": _M(
        "Zegt DVZ ja? Dan volgt een humanitair visum met code B17, niet B11. Dat heeft "
        "gevolgen bij de verlenging van het verblijf. Vaak moet dan bijvoorbeeld genoeg"
        " inkomen bewezen worden.",
        S.PRACTICE_DVZ,
    ),
    # seed 000: "Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak een cruciaal
    # element." (panel 33, b3: "klein?? we hebben toch een kind samen. telt da nie?")
    "common_child_strengthens": _M(
        "{Our} kind samen helpt: dat is vaak een cruciaal element om de relatie te bewijzen. "
        "Voeg de geboorteakte toe. Toch geeft DVZ dit visum maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 (geregistreerde partner): "U hebt een 'stabiele en duurzame' relatie. Om dat
    # te bewijzen ... ofwel dat u een gemeenschappelijk kind hebt."
    "common_child_registered_partnership": _M(
        "Sluiten {we} een geregistreerd partnerschap (wettelijke samenwoning)? Dan kan dat "
        "een recht op gezinshereniging geven. {Our} kind samen bewijst dan de stabiele "
        "relatie die nodig is. Ook de andere voorwaarden moeten vervuld zijn, zoals de "
        "leeftijd.",
        S.ART_10_1_5,
    ),
    # seed 001: "Uw feitelijke partner zal zich slechts ... kunnen herenigen ... via een visum
    # met het oog op een huwelijk of een wettelijke samenwoning"; the spouse (art. 10, §1, 4°)
    # and the registered partner (5°) have the right (panel 55, d1; 56, f2)
    # seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen dat
    # je ten laste bent van de Belg" (bankuittreksels van de laatste 6 maanden), said to a
    # Belgian's child of 20 (panel 64, h2: the first answer never said it)
    "dependency_from_21_soon": _M(
        "{Rel} {rel_is} bijna {belgian_descendant_age}. Vanaf {belgian_descendant_age} jaar moet "
        "{rel} ook bewijzen dat {rel_pron} ten laste {rel_is} van {sp_obj}, bijvoorbeeld met "
        "bankuittreksels van de laatste {bank_months} maanden. Bewaar dus nu al de bewijzen van "
        "elke overschrijving.",
        S.ART_40BIS_2_3,
    ),
    "married_or_registered_right": _M(
        "{Rel} kan een visum vragen om in België te trouwen of wettelijk samen te wonen. "
        "Daarna kan {rel} wel recht op gezinshereniging hebben.",
        S.ART_10_1_4_5,
    ),
    # a Belgian's spouse has the right (art. 40ter); no seed gives a Belgian's registered
    # partner's conditions (see registration_would_help@belgian)
    "married_or_registered_right@belgian": _M(
        "{Rel} kan een visum vragen om in België te trouwen of wettelijk samen te wonen. Na "
        "het huwelijk kan {rel} wel recht op gezinshereniging hebben.",
        S.ART_40TER_2,
    ),
    "common_children_crucial": _M(
        "Hebben {we} samen kinderen? Dat is vaak heel belangrijk om de relatie te bewijzen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000 "Dan heeft je man wel recht" + seed 002 "Te late indiening ... de klassieke
    # voorwaarden" (panel 14, a2: "moet ik dan inkomen hebben?")
    "religious_marriage_valid_late": _M(
        "Geldt het huwelijk toch als officieel huwelijk? Dan komt de aanvraag later dan "
        "{favourable_months} maanden na {sp_of:de erkenning}. Dan moeten inkomen, woning en "
        "ziekteverzekering bewezen worden.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 000: "Dit kan nagegaan worden aan de hand van de wetgeving van dit land of specifieke
    # landeninformatie. De regels van familiaal internationaal privaatrecht (IPR) bepalen het
    # toepasselijke recht." (panel 68, g2: "hoe weet ik of die in marokko als officieel telt"
    # got the humanitarian visa's income)
    "religious_marriage_how_to_check": _M(
        "Of een religieus of gewoonterechtelijk huwelijk als officieel huwelijk geldt, hangt af "
        "van de wet van het land waar het gesloten werd. Dat kan je nagaan met de wetgeving "
        "van dat land of met specifieke landeninformatie. De regels van het internationaal "
        "privaatrecht (IPR) bepalen welk recht geldt. Laat het nakijken door een advocaat.",
        S.ART_10_1_4,
    ),
    "religious_marriage_check_law": _M(
        "Kijk na of {our} religieus of gewoonterechtelijk huwelijk volgens de wet van het "
        "land waar {we} trouwden toch als officieel huwelijk geldt. Dan {has_rel} wel recht "
        "op gezinshereniging.",
        S.ART_10_1_4,
    ),
    # seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    # wanneer uw huwelijk al bestond vóór de aankomst in België." (panel 103, y4: a bride of 20,
    # married after the arrival, told "Dan heeft je vrouw wel recht")
    "religious_marriage_check_law_age": _M(
        "Kijk na of {our} religieus of gewoonterechtelijk huwelijk volgens de wet van het "
        "land waar {we} trouwden toch als officieel huwelijk geldt. Ook dan moeten {we} allebei "
        "{spouse_age} jaar zijn, of {spouse_age_reduced} jaar als {we} al getrouwd waren voor "
        "de aankomst in België. Pas dan {has_rel} recht op gezinshereniging.",
        S.ART_10_1_4,
    ),
    "religious_marriage_check_law_age@belgian": _M(
        "Kijk na of {our} religieus of gewoonterechtelijk huwelijk volgens de wet van het "
        "land waar {we} trouwden toch als officieel huwelijk geldt. Ook dan moeten {we} allebei "
        "{belgian_spouse_age} jaar zijn. Pas dan {has_rel} recht op gezinshereniging.",
        S.ART_40TER_2,
    ),
    # seed 001 names this visa without an article: "of via een visum met het oog op een
    # huwelijk of een wettelijke samenwoning" (panel 5, j3: art. 10, §1, 5° is the registered
    # partner's right, not this visa)
    "marriage_visa_alternative": _M(
        "{Rel} kan ook een visum vragen om in België te trouwen of wettelijk samen te wonen.",
        S.PRACTICE_DVZ,
    ),
    "impossible_to_marry": _M(
        "Konden {we} niet trouwen, bijvoorbeeld omdat de familie het verbood of omdat "
        "{we} een LGBTIQ+-koppel zijn? Toon dat aan met de wet of de praktijk in het "
        "land.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "lgbtiq_persecution_ground": _M(
        "Was de geaardheid een reden voor vervolging? Dat kan belangrijk zijn. Toon ook"
        " dat het gezinsleven alleen stopte door de vlucht.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "asylum_file_statements": _M(
        "Verwijs naar wat {sp} vertelde in {sp_of:het asieldossier} (het gesprek bij het CGVS).",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "age_test": _M(
        "Twijfelt de ambassade of DVZ aan {rel_of:de leeftijd}? Dan kan een dokter een "
        "leeftijdstest doen.",
        S.ART_10,
    ),
    # seed 001: the child must be "jonger zijn dan 18 jaar" (art. 10, §1, 4°); seed 003 keeps
    # the right only of a child who turned 18 "tijdens het onderzoek van deze aanvraag" (the
    # sponsor's asylum application, C-279/20), so a child still 17 after it applies before 18
    "apply_before_child_turns_18": _M(
        "Belangrijk: dien de aanvraag in vóór {rel} {majority} wordt. Daarna vervalt dit recht.",
        S.ART_10,
    ),
    # seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar"; seed 002: a request
    # "op een datum waarop de gezinshereniger zijn recht op gezinshereniging heeft verloren (b.v.
    # wanneer niet meer wordt voldaan aan de leeftijdsvoorwaarde ...)" is too late
    "apply_before_sponsor_turns_18": _M(
        "Belangrijk: de aanvraag moet gebeuren vóór {sp} {majority} wordt. Daarna vervalt dit "
        "recht.",
        S.ART_10_1_7,
    ),
    "best_interests_child": _M(
        "Bij elke beslissing over een kind moet het belang van het kind op de eerste plaats komen.",
        f"{S.CONSTITUTION_22BIS}; {S.CRC_3}; {S.ART_12BIS_7}",
    ),
    # seed 000: "nog steeds deel uitmaakt van je oorspronkelijke kerngezin en dat je anders
    # helemaal alleen en geïsoleerd achterblijft ... Je kan bijvoorbeeld beschrijven en aantonen
    # dat: je niet getrouwd bent, dat je nog studeert ...": examples to show, no facts told
    # (panel 55, c1: "hij ... studeert" of a son who no longer studies)
    "adult_child_strengthen": _M(
        "Toon aan dat {rel} nog bij het gezin hoort en anders helemaal alleen en geïsoleerd "
        "achterblijft. Bijvoorbeeld: niet getrouwd, nog studeren, geen eigen inkomen, altijd bij "
        "de ouders gewoond. Het dossier is sterker als minderjarige broers of zussen tegelijk "
        "aanvragen, als {rel_pron} medische zorg nodig {rel_has}, of als {sp} genoeg inkomen "
        "{sp_has}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_child_deadline_passed": _M(
        "De termijn van {adult_child_months} maanden na {sp_of:de erkenning} is "
        "voorbij. Daarmee is {rel_of:het recht op gezinshereniging} vervallen. Alleen "
        "een humanitair visum is nog mogelijk.",
        S.CJEU_C279_20,
    ),
    # seed 003: "behoudt zijn recht op gezinshereniging indien het meerderjarig geworden is
    # tijdens het onderzoek van deze aanvraag"; seed 000 "Gezinshereniging met een derdelander
    # is voorbehouden aan minderjarige kinderen ... Wel kan je een humanitair visum aanvragen"
    "adult_after_sponsor_recognition": _M(
        "{Rel} werd 18 na {sp_of:de erkenning}. Het recht blijft alleen voor een kind dat 18 "
        "werd tijdens de asielprocedure. Voor {rel} is er dus geen recht op "
        "gezinshereniging meer, wel een humanitair visum. Twijfel je over de datum? Vraag het "
        "na bij een advocaat.",
        S.CJEU_C279_20,
    ),
    # seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    # religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land
    # waar het werd afgesloten"; seed 001: "De kinderen die ... uw echtgenoot/echtgenote ...
    # afzonderlijk kreeg, mogen u onder bepaalde voorwaarden in België komen vervoegen."
    "stepchild_if_marriage_official": _M(
        "Geldt het religieus huwelijk toch als officieel huwelijk in het land waar het "
        "gesloten werd? Dan {has_rel} wel recht op gezinshereniging, als kind van "
        "{sp_of:de partner}. Dan moet het hoederecht bij {sp_of:de partner} liggen. Is het "
        "hoederecht gedeeld? Dan moet de andere ouder toestemmen.",
        S.ART_10,
    ),
    # the same sentence of seed 003, the consent not asked yet; seed 004 for a Belgian: "Is er
    # een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen" (panel 46, h4)
    "shared_custody_consent_open": _M(
        "Het hoederecht over {rel_obj} is gedeeld. Het recht op gezinshereniging geldt alleen "
        "als de andere ouder schriftelijk toestemt. Zonder die toestemming blijft een "
        "humanitair visum.",
        S.ART_10,
    ),
    "shared_custody_consent_open@belgian": _M(
        "Het hoederecht over {rel_obj} is gedeeld. Het recht op gezinshereniging geldt alleen "
        "als de andere ouder schriftelijk toestemt. Zonder die toestemming blijft een "
        "humanitair visum.",
        S.ART_40TER_2,
    ),
    # seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met
    # de gezinshereniging instemmen." (panel 27, b5: only "humanitair visum, kans klein")
    "shared_custody_no_consent": _M(
        "Het hoederecht over {rel_obj} is gedeeld. Geeft de andere ouder schriftelijk "
        "toestemming? Dan {has_rel_pron} recht op gezinshereniging. Zonder die toestemming "
        "blijft een humanitair visum.",
        S.ART_10,
    ),
    "force_majeure_extension": _M(
        "De aanvraag komt later dan {adult_child_months} maanden na {sp_of:de "
        "erkenning}. Toon aan dat overmacht een aanvraag op tijd onmogelijk maakte.",
        S.CJEU_C279_20,
    ),
    "siblings_humanitarian_together": _M(
        "Willen broers of zussen mee? Zij kunnen een humanitair visum vragen, samen met"
        " die aanvraag.",
        S.ART_9_13,
    ),
    "parents_3_months": _M(
        "Dien de aanvraag in binnen {parents_months} maanden na {sp_of:de erkenning}.",
        S.PARENTS_3_MONTHS,
    ),
    # seed 002: "indien en vreemdeling ... in de loop van de asielprocedure meerderjarig is
    # geworden en de visumaanvraag binnen de drie maanden na de erkenning ... wordt ingediend"
    # (panel 42, g4: "werd meerderjarig tijdens de asielprocedure" to a boy recognised at 17)
    "parents_3_months_passed": _M(
        "Het recht van de ouders liep tot {sp} {majority} werd. Werd {sp} {majority} tijdens "
        "de asielprocedure? Dan liep het tot {parents_months} maanden na {sp_of:de erkenning}."
        " Die termijn is voorbij. Kon de aanvraag niet op tijd? DVZ bekijkt een late aanvraag "
        "toch: leg uit waarom het niet eerder kon. Laat een advocaat helpen.",
        S.PARENTS_RIGHT_ENDED,
    ),
    "elderly_parent_strengthen": _M(
        "Toon een uitzonderlijke kwetsbaarheid aan: hoge leeftijd, medische problemen, "
        "of {rel} {rel_is} alleen omdat familie wegviel. Woonde {rel_pron} altijd bij "
        "{sp_obj}? Toon dat ook.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000 (ouders): "Jouw kind internationale bescherming geniet en je kan argumenteren dat
    # het hechte gezinsleven enkel werd onderbroken door de gedwongen vlucht van je kinderen";
    # "Er kan ook verwezen worden naar de relevante verklaringen in het asieldossier van jouw
    # kind in België."
    "parent_forced_flight": _M(
        "{Sp} {sp_has} bescherming in België. Toon aan dat het gezinsleven alleen stopte door "
        "de gedwongen vlucht. Verwijs ook naar wat {sp} vertelde in "
        "{sp_of:het asieldossier}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000 (partners): "Ook het feit dat het gezinsleven enkel werd stopgezet door de
    # gedwongen vlucht en dat het gezinsleven niet verdergezet kan worden in het herkomstland
    # is van belang." (panel 40, g2: "ik kan niet terug naar belarus ... telt dat mee?")
    "partner_forced_flight": _M(
        "Toon aan dat {our} samenleven alleen stopte door de gedwongen vlucht, en dat {we} "
        "niet samen in het land van herkomst kunnen leven. Dat is van belang.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "ascendant_own_means": _M(
        "{Has_rel_pron} genoeg eigen geld om in België nooit steun nodig te hebben? "
        "Samen met duidelijke banden met België kan dat genoeg zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "apply_with_parents": _M(
        "Dien {rel_of:de aanvraag} in op hetzelfde moment als de aanvraag gezinshereniging "
        "van {parents}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Het is belangrijk dat je jouw aanvraag gelijktijdig indient met de aanvraag
    # ... van je ouder(s)", for a parent who asks a humanitarian visa (panel 47, g4)
    "apply_with_parent_humanitarian": _M(
        "Dien {rel_of:de aanvraag} in samen met die van de ouder die meekomt. Een minderjarige "
        "kan niet alleen achterblijven.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "apply_with_parent_humanitarian_adult": _M(
        "Dien {rel_of:de aanvraag} in op hetzelfde moment als die van de ouder.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "half_sibling_extra_elements": _M(
        "{Is_rel_pron} een half- of stiefbroer of -zus, en vraagt de eigen ouder niet "
        "mee aan? Toon dan extra humanitaire redenen aan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_sibling_strengthen": _M(
        "Toon uitvoerig aan dat {rel} nog ten laste {rel_is} van {parents} en anders "
        "helemaal alleen achterblijft. Medische noden of gevaar in het land van "
        "verblijf maken het dossier sterker.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_precarious_situation": _M(
        "Toon aan dat {rel_of:de situatie} heel onveilig is en dat {rel_pron} extra "
        "kwetsbaar {rel_is}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_cannot_care": _M(
        "Toon met een sterk dossier aan dat {rel_of:de ouders} helemaal niet meer voor "
        "{rel_pron_obj} kunnen zorgen en dat {rel_pron} niet veilig {rel_is}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001, "Het principe 'hoger belang van het kind'": "Deze uitzondering kan bijvoorbeeld
    # worden toegepast op de broers en zussen, de wettelijke voogd of andere leden van de
    # familie van het kind."
    # the minor named from the reader's place: "je belang", "jou" to the minor himself
    # (panel 37, g4: "Toon aan waarom het kind je oom nodig heeft" to a boy of 15)
    "family_of_a_child": _M(
        "{Sp} {sp_is} minderjarig. Is het in {child_of:het belang} dat {rel} bij {sp_obj} "
        "in België komt wonen? Dan kan een humanitair visum uitzonderlijk. Toon aan waarom {child} "
        "{rel_obj} nodig {child_has}, bijvoorbeeld omdat {rel_pron} {child_obj} opvoedde.",
        S.ART_9_13,
    ),
    "other_relative_specific_situation": _M(
        "Elke situatie is anders. Ook situaties die hier niet staan, kunnen kans maken.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # no seed advises to wait: seed 000 "Je doet daarom best beroep op een advocaat of
    # gespecialiseerde hulpverlener" (panel 38, h2: "Wacht op de beslissing" to a family in Gaza)
    "asylum_seeker_wait": _M(
        "Gezinshereniging kan pas na de erkenning. Vraag het dan binnen {favourable_months} "
        "maanden: dan gelden gunstigere voorwaarden. Of je beter nu al een humanitair visum "
        "vraagt of wacht, bespreek je best met een advocaat.",
        S.ART_10_2_FAVOURABLE,
    ),
    "asylum_seeker_humanitarian_exception": _M(
        "Een humanitair visum kan {rel} wel vragen, ook nu al. Ook familie van andere "
        "derdelanders kan daarvoor in aanmerking komen. DVZ geeft het maar "
        "uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "Als het recht van bewaring over de kinderen gedeeld wordt met de andere
    # ouder, moeten de kinderen: ... de toestemming van de andere ouder voorleggen"; seed 004:
    # "Is er een gedeeld recht van bewaring? Dan moet de andere ouder toestemmen" and "dan
    # volstaat een schriftelijke verklaring van de andere ouder waarin hij toestemming geeft".
    # No seed covers an EU citizen's family (panel 37, g5: asked three times, never told)
    "eu_custody_consent": _M(
        "Delen de ouders van {rel_obj} het hoederecht? Voor andere families zegt onze "
        "informatie: dan moet de andere ouder toestemmen dat {rel} naar België komt. Is er "
        "geen vonnis over het hoederecht? Dan volstaat een schriftelijke verklaring van de "
        "andere ouder waarin die toestemming geeft. Of dit ook zo is voor familie van een "
        "EU-burger, staat niet in onze informatie: een advocaat moet het bevestigen.",
        S.CUSTODY_CONSENT_OTHERS,
    ),
    "eu_citizen_not_in_sources": _M(
        "De regels voor familie van een EU-burger staan in artikel 40bis. Onze "
        "informatie gaat daar niet over.",
        S.ART_40BIS,
    ),
    "adoption_get_recognition": _M(
        "Laat de buitenlandse adoptie erkennen door de Federale Centrale Autoriteit "
        "(FCA), of de voogdij bekrachtigen door een Belgische rechtbank. Alleen dan komt "
        "{rel} in aanmerking voor gezinshereniging als kind.",
        S.PRACTICE_FOREIGN_BOND,
    ),
    # seed 004 is the Belgian's; the recognition rule is seed 000's (panel 28, b5: art. 10
    # cited to a Belgian)
    "adoption_get_recognition@belgian": _M(
        "Laat de buitenlandse adoptie erkennen door de Federale Centrale Autoriteit "
        "(FCA), of de voogdij bekrachtigen door een Belgische rechtbank. Alleen dan komt "
        "{rel} in aanmerking voor gezinshereniging als kind.",
        S.PRACTICE_FOREIGN_BOND,
    ),
    # seed 000: "In het geval van een feitelijke adoptie of een niet-erkende buitenlandse
    # voogdij of adoptie-akte kan een humanitair visum enkel kans op slagen hebben mits een
    # sterk dossier" (panel 81, h5: "er is geen adoptie en geen voogdij, niks op papier" told
    # to have the guardianship ratified)
    "adoption_none_yet": _M(
        "Is er nog geen voogdij of adoptie op papier? Dan kan {rel} nu alleen een humanitair "
        "visum vragen, en dat maakt alleen kans met een sterk dossier. Pas een buitenlandse "
        "voogdij die een Belgische rechtbank bekrachtigt, of een adoptie die de FCA erkent, "
        "kan gezinshereniging mogelijk maken.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adoption_strengthen": _M(
        "DVZ vraagt veel bewijs. Toon sterke emotionele of financiële banden aan en dat"
        " niemand anders voor {rel_obj} kan zorgen. Het dossier is sterker als {sp} "
        "genoeg inkomen {sp_has}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "means_below_reference": _M(
        "Is {sp_of:het inkomen} lager dan {ref_income} euro per maand? Geef dan een "
        "overzicht van alle inkomsten en uitgaven. DVZ bekijkt dan wat het gezin nodig "
        "heeft.",
        S.ART_40TER_2,
    ),
    # seed 003's exemption is the minor child's, seed 002's favourable conditions the
    # spouse's, partner's, minor child's and parents'; seed 001 gives the disabled adult child
    # "een attest ... alleenstaand zijn; met u komen samenleven onder hetzelfde dak" and no
    # exemption (panel 37, h3)
    "favourable_period_not_for_disabled_adult": _M(
        "Onze informatie noemt de vrijstelling van de {favourable_months} maanden (geen "
        "inkomen, woning en ziekteverzekering bewijzen) alleen bij de partner en de "
        "minderjarige kinderen. Of ze ook geldt voor {rel_obj}, zegt ze niet. Reken er dus op "
        "dat die bewijzen nodig zijn, naast het attest van de arts van de ambassade. Laat dit "
        "nakijken door een advocaat.",
        f"{S.ART_10_2_FAVOURABLE}; {S.ART_10_1_6}",
    ),
    "late_request": _M(
        "De aanvraag komt later dan {favourable_months} maanden na {sp_of:de "
        "erkenning}. Het recht blijft, maar inkomen, woning en ziekteverzekering moeten"
        " nu bewezen worden. Leg uit waarom de aanvraag niet op tijd kon. DVZ bekijkt "
        "die redenen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: no means for a minor child who comes alone, also after the 12 months
    "late_request_only_child": _M(
        "De aanvraag komt later dan {favourable_months} maanden na {sp_of:de erkenning}. "
        "Het recht blijft, maar een woning en een ziekteverzekering moeten nu bewezen worden."
        " Inkomen niet: een minderjarig kind dat als enige komt, hoeft dat niet. Leg uit "
        "waarom de aanvraag niet op tijd kon. DVZ bekijkt die redenen.",
        S.ART_10_2_FAVOURABLE,
    ),
    "any_belgian_post": _M(
        "{Rel} mag de aanvraag indienen bij elke Belgische ambassade of elk consulaat "
        "voor visa. Soms duidt de FOD Buitenlandse Zaken één post aan. Dan moet "
        "{rel_pron} daar gaan.",
        S.ART_12BIS_1,
    ),
    # seed 002's sentence, for a Belgian's family as the visa practice, not art. 12bis (k1)
    "external_service_provider@belgian": _M(
        _EXTERNAL_PROVIDER,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "external_service_provider@eu_citizen": _M(
        _EXTERNAL_PROVIDER,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "external_service_provider": _M(
        _EXTERNAL_PROVIDER,
        S.ART_12BIS_1,
    ),
    "incomplete_file_accepted": _M(
        "Is het dossier nog niet volledig? Dien toch op tijd in. De aanvraag wordt "
        "aanvaard met {min_documents} documenten: het formulier, het betalingsbewijs "
        "(tenzij er vrijstelling is), een paspoort of ander bewijs van identiteit, en "
        "het bewijs van {sp_of:de status}.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    # seed 002: "Deze vrijstelling is ook van toepassing indien deze vreemdeling in de loop van
    # de asielprocedure meerderjarig is geworden en de visumaanvraag binnen de drie maanden na
    # de erkenning ... wordt ingediend"; "De andere familieleden ... moeten een retributie
    # betalen. Het gaat met name om ... de vader of de moeder van een meerderjarige beschermde
    # vreemdeling" (panel 47, g4: "niet eenduidig" where the seed is clear)
    "parents_fee_due_after_3_months": _M(
        "{Sp} werd 18 tijdens de asielprocedure, en de 3 maanden na {sp_of:de erkenning} zijn "
        "voorbij. Daarom betalen de ouders de bijdrage.",
        S.ART_1_1_FEE,
    ),
    "humanitarian_is_favour": _M(
        "Een humanitair visum is geen recht. Het is een gunst. DVZ beslist zelf, geval "
        "per geval. De wet legt geen voorwaarden vast.",
        S.ART_9_13,
    ),
    "humanitarian_long_stay_office": _M(
        "Humanitaire aanvragen gaan naar het bureau Lang Verblijf van DVZ. Niet naar de "
        "dienst Gezinshereniging.",
        S.ART_9_13,
    ),
    "humanitarian_tick_form": _M(
        "Duid op het visumformulier aan dat het een humanitaire aanvraag is. Zo komt "
        "het dossier bij de juiste dienst.",
        S.ART_9_13,
    ),
    "humanitarian_no_deadline": _M(
        "De wet legt DVZ geen termijn op om te beslissen. De behandeling kan een jaar "
        "of langer duren.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_dependency": _M(
        "Toon aan dat {rel} emotioneel en financieel afhankelijk {rel_is} van {sp_obj}."
        " Bijvoorbeeld met bewijzen van geldoverschrijvingen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_no_other_carer": _M(
        "Toon aan dat geen ander familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_dependency@minor_child": _M(
        "Toon aan dat {sp} voor {rel_obj} zorgt. Bijvoorbeeld met bewijzen van "
        "geldoverschrijvingen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_no_other_carer@minor_child": _M(
        "Als {rel} niet samen met een ouder naar België reist, toon dan aan dat geen ander "
        "familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_reports": _M(
        "Een rapport van UNHCR of het Rode Kruis over {rel_of:de situatie} kan helpen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_individual_situation": _M(
        "Beschrijf {rel_of:de eigen situatie} zo concreet mogelijk, met documenten. De "
        "algemene situatie in het land is niet genoeg.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_fundamental_rights": _M(
        "DVZ moet het recht op gezinsleven, het verbod op onmenselijke behandeling en "
        "het belang van het kind respecteren.",
        f"{S.ECHR_8}; {S.ECHR_3}",
    ),
    "laissez_passer": _M(
        "{Has_rel_pron} geen paspoort en kan {rel_pron} er geen krijgen? Vraag dan een "
        "doorlaatbewijs (laissez-passer). Leg uit waarom er geen paspoort is. DVZ geeft"
        " het als de uitleg geloofwaardig is.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "fingerprints": _M(
        "{Has_rel_pron} geen reisdocument waarin een visum D kan? Dan neemt de "
        "ambassade vingerafdrukken.",
        S.ART_30BIS,
    ),
    "administrative_fine": _M(
        "Wie België binnenkomt zonder geldig paspoort (en visum), kan van DVZ een boete"
        " krijgen van {fine} euro.",
        S.ART_41_4,
    ),
    "dna_test": _M(
        "Is er geen officiële akte en ook geen ander geldig bewijs? Dan kan DVZ een "
        "gesprek, een onderzoek of een DNA-test voorstellen.",
        S.ART_12BIS_5_6,
    ),
}

DEADLINES: dict[str, Message] = {
    "favourable_conditions_end": _M(
        "Laatste dag om aan te vragen zonder bewijs van inkomen, woning en ziekteverzekering.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    # gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    # werd" (rounds 118-122, t2: the kidnapped son told only "Daarna vervalt het recht")
    "adult_child_request_end": _M(
        "Laatste dag voor de aanvraag. Daarna vervalt het recht op gezinshereniging van"
        " een kind dat tijdens de asielprocedure meerderjarig werd, behalve bij overmacht:"
        " dan moet de aanvrager aantonen wat een aanvraag op tijd verhinderde.",
        S.CJEU_C279_20,
    ),
    # seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (art. 10, §1, 7°)
    "sponsor_turns_18": _M(
        "Laatste dag voor de aanvraag van de ouders: de dag voor {sp} {majority} wordt. "
        "Daarna vervalt dit recht.",
        S.ART_10_1_7,
    ),
    # seed 003: "De aanvrager moet minder dan 18 jaar oud zijn."
    "child_turns_18": _M(
        "Laatste dag voor de aanvraag: de dag voor {rel} {majority} wordt. Daarna is er geen "
        "recht op gezinshereniging als kind meer.",
        S.ART_10,
    ),
    "parents_request_end": _M(
        "Laatste dag voor de ouders van een kind dat tijdens de asielprocedure "
        "meerderjarig werd (zonder bijdrage).",
        S.PARENTS_3_MONTHS,
    ),
}

# seed 002 "Retributie": "De volgende personen betalen geen retributie: ..." (the exemption,
# art. 1/1, §2, 3°); "De andere familieleden ... moeten een retributie betalen" (the retributie
# itself, art. 1/1: the exemption clause is no source for a fee that is due)
FEES: dict[bool, Message] = {
    True: _M(
        "Er is geen bijdrage (retributie) te betalen.",
        S.ART_1_1_FEE,
    ),
    False: _M(
        "Er is een bijdrage (retributie) te betalen voor de kosten van de aanvraag.",
        S.ART_1_1,
    ),
}

# an EU citizen's family: no seed says whether they pay (panel 36, h5: art. 1/1 cited to them)
FEE_EU_NOT_IN_SOURCES = _M(
    "Of familie van een EU-burger een bijdrage (retributie) betaalt, staat niet in onze "
    "informatie. Vraag het na bij de ambassade of de Dienst Vreemdelingenzaken.",
    S.ART_40BIS,
)

# seed 000, religious marriage of a protected sponsor's spouse (the soft procedure): "Er moet
# geen administratieve bijdrage voor het humanitair visum betaald worden." (practice, not the
# art. 1/1, §2, 3° exemption, which names the legal spouse)
FEE_SOFT_PROCEDURE = _M(
    "Er is geen bijdrage (retributie) voor het humanitair visum te betalen.",
    S.PRACTICE_DVZ,
)

EXEMPTION_WHY: dict[str, Message] = {
    "favourable_period": _M(
        "{Sp} hoeft dit niet te bewijzen, als de aanvraag binnen {favourable_months} "
        "maanden na de erkenning gebeurt.",
        S.ART_10_2_FAVOURABLE,
    ),
    "child_joining_alone": _M(
        "{Sp} hoeft dit niet te bewijzen: {rel} {rel_is} minderjarig en komt als enige "
        "naar België.",
        S.ART_10_2,
    ),
    # art. 10, §2, second and third paragraphs name 4° to 6°, not the parents (7°); no seed
    # names material conditions for them (parameters.MATERIAL_CONDITIONS_NOT_FOR). Said with
    # seed 001's own source for the parents, art. 10, §1, 7°, and its two conditions (panel 98,
    # s4: art. 10, §2, tweede en derde lid, which no seed names, read as a wrong citation)
    "parents_of_unaccompanied_minor": _M(
        "{Sp} hoeft dit niet te bewijzen. Voor de ouders van een minderjarige die alleen naar "
        "België kwam, noemt de wet maar twee voorwaarden: het kind is jonger dan 18 en kwam "
        "zonder begeleiding van een volwassene die voor het kind verantwoordelijk was. Geen "
        "inkomen, woning of ziekteverzekering.",
        S.ART_10_1_7,
    ),
    "common_child": _M(
        "{Sp} hoeft dit niet te bewijzen: {rel} {rel_is} een kind van {sp_obj} en "
        "{sp_of:de partner} samen.",
        S.ART_10,
    ),
    # seed 003: custody is proven "Indien de ouders van de aanvrager gescheiden zijn"; a parent
    # who died is no separation, but the death is what shows it (seed 000: "Wanneer jouw ouders
    # overleden of vermist zijn, moet je dit kunnen aantonen"; panel 42, g3: "de partner van je
    # cliënt" for a husband who died in 2022)
    "common_child@sponsor_widowed": _M(
        "{Sp} hoeft geen hoederecht te bewijzen: de andere ouder van {rel_obj} is overleden. "
        "Toon het overlijden aan met de overlijdensakte, of met een ander officieel document.",
        S.ART_10,
    ),
}

FEE_DUE_BELGIAN = _M(
    "Er is een bijdrage (retributie) te betalen voor de kosten van de aanvraag.",
    S.ART_40TER,
)

CHANCE_REASONS: dict[str, Message] = {
    "sibling_minor_parents_applying": _M(
        "{Rel} hoeft in principe geen andere humanitaire redenen aan te tonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_minor_half_or_step": _M(
        "Toon best extra humanitaire redenen aan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_adult_parents_applying": _M(
        "Er zijn meer bewijzen nodig dan voor een minderjarige broer of zus.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_deceased_or_missing": _M(
        "Het is niet evident. Het kan alleen als de situatie heel onveilig is.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_alive_not_coming": _M(
        "Het is bijzonder moeilijk als de ouders nog leven.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_minor_parent_humanitarian": _M(
        "{Rel} komt mee met een ouder die zelf een humanitair visum vraagt. Hoe DVZ dat "
        "beoordeelt, staat niet apart in onze informatie. De kans is wellicht niet groter dan "
        "die van de ouder.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_adult_parent_humanitarian": _M(
        "{Rel} vraagt samen met een ouder die zelf geen recht op gezinshereniging heeft. Onze "
        "informatie beschrijft een meerderjarige broer of zus alleen naast ouders met dat recht, "
        "en ook dan is de bewijslast hoger. De kans is wellicht niet groter dan die van de "
        "ouder.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_adult_parents_not_coming": _M(
        "Als de ouders niet meekomen, is de kans veel lager.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_child": _M(
        "DVZ geeft het maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_child_not_alone": _M(
        "De kans is heel klein. Een humanitair visum maakt vooral kans als {rel} anders "
        "helemaal alleen en geïsoleerd achterblijft. {Rel} woont bij de andere ouder, die "
        "blijft.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_child_with_minor_siblings": _M(
        "Het dossier is sterker, omdat broers of zussen jonger dan {majority} op hetzelfde "
        "moment aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "elderly_parent_vulnerable": _M(
        "Het maakt meestal alleen kans als {rel} een uitzonderlijke kwetsbaarheid kan aantonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "elderly_parent_not_vulnerable": _M(
        "Het maakt meestal alleen kans als {rel} een uitzonderlijke kwetsbaarheid kan aantonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "ascendant_own_means": _M(
        "Genoeg eigen geld en duidelijke banden met België kunnen samen genoeg zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adoption_not_recognised": _M(
        "DVZ vraagt veel bewijs. Je hebt een sterk dossier nodig.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "DVZ erkent in dat geval een 'feitelijke relatie'" and of that relation "DVZ zal
    # slechts uitzonderlijk een humanitair visum toekennen op basis van een bewezen feitelijke
    # relatie" (panels 78 and 81: the reason said with its chain, not only "uitzonderlijk")
    "religious_marriage_common_child": _M(
        "Geldt het huwelijk niet als officieel huwelijk? Dan ziet DVZ het als een feitelijke "
        "relatie, en daarvoor geeft DVZ maar uitzonderlijk een visum. Een gemeenschappelijk "
        "kind is vaak heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "in de praktijk een soepelere procedure"; "De relatie kan dan aangetoond
    # worden aan de hand van concrete feitelijke bewijzen of bijvoorbeeld het bestaan van
    # gemeenschappelijke kinderen."
    "religious_marriage_soft": _M(
        "Voor de partner van iemand met bescherming is er in de praktijk een soepelere "
        "procedure. Toon de relatie aan met concrete bewijzen, bijvoorbeeld kinderen die {we} "
        "samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "religious_marriage_children_unknown": _M(
        "Geldt het huwelijk niet als officieel huwelijk? Dan ziet DVZ het als een feitelijke "
        "relatie, en daarvoor geeft DVZ maar uitzonderlijk een visum. Hebben {we} samen "
        "kinderen? Dat is vaak heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "religious_marriage_no_common_child": _M(
        "Zonder gemeenschappelijk kind is het nog onzekerder. Er is weinig of geen "
        "ervaring met zulke aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "polygamous_second_spouse": _M(
        "DVZ geeft een humanitair visum maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "de_facto_partner": _M(
        "Zonder huwelijk en zonder gemeenschappelijk kind is het nog onzekerder. Er is "
        "weinig of geen ervaring met zulke aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "de_facto_partner_strengthened": _M(
        "DVZ geeft het maar uitzonderlijk. Een gemeenschappelijk kind of het bewijs dat"
        " {we} niet konden trouwen helpt.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "second_order": _M(
        "Het is een uitzondering. Toon de humanitaire situatie al in de aanvraag aan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "best_interests_child": _M(
        "Het kan uitzonderlijk, in het belang van het kind.",
        S.ART_12BIS_7,
    ),
    "other_relative": _M(
        "DVZ geeft het maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "family_of_asylum_seeker": _M(
        "Ook familie van andere derdelanders kan het vragen. DVZ geeft het maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
}
# a temporary resident is one of seed 000's "andere derdelanders" too
CHANCE_REASONS["family_of_temporary_resident"] = CHANCE_REASONS["family_of_asylum_seeker"]


# Side questions (issue 13): answers the dialogue gives with the case in context. Each quotes
# one seed; where the seeds are silent, the text says so.
_HOUSING_EXEMPT = (
    "{Sp} hoeft nu geen woning te bewijzen. De band bestond al voor de aankomst in België. "
    "Dat geldt als de aanvraag binnen {favourable_months} maanden na de erkenning gebeurt."
)
_STEPCHILD_NO_ADOPTION = (
    "Een adoptie is niet nodig. Als kind van {sp_of:de partner} {has_rel_pron} een eigen "
    "recht op gezinshereniging. Het bewijs is de geboorteakte van {rel_obj} en de "
    "huwelijksakte of de akte van het geregistreerd partnerschap."
)
SIDE: dict[str, Message] = {
    # seed 002 "Indiening van de visumaanvraag" [art. 12bis, §1, eerste lid]
    # seed 002 "Indiening van de visumaanvraag": after the recognition, for the family of a
    # protected person (panel 69, g5: an asylum seeker's "mag de aanvraag gezinshereniging later
    # ook bij een andere Belgische ambassade?" got the humanitarian visa's post)
    "where_after_recognition": _M(
        "Na {sp_of:de erkenning} mag de familie de aanvraag gezinshereniging indienen bij elke "
        "Belgische ambassade of elk Belgisch consulaat dat visa behandelt. Soms duidt de FOD "
        "Buitenlandse Zaken één referentiepost aan. Dan moet de aanvraag daar.",
        S.ART_12BIS_1,
    ),
    "where_any_post": _M(
        "{Rel} mag de aanvraag indienen bij elke Belgische ambassade of elk Belgisch "
        "consulaat dat visa behandelt.",
        S.ART_12BIS_1,
    ),
    "where_reference_post": _M(
        "Soms duidt de FOD Buitenlandse Zaken één referentiepost aan. Dan is er geen "
        "keuze: de aanvraag moet daar.",
        S.ART_12BIS_1,
    ),
    # seed 002: "niet verplicht om de aanvraag te aanvaarden wanneer hij vaststelt dat de
    # aanvrager a priori geen enkele reden heeft" (panel 82, h1: "kies een post voor het land
    # waar ... woont" read as a rule against Addis for a family in Sudan)
    "where_link_needed": _M(
        "Een post mag de aanvraag weigeren als er geen enkele reden is om ze daar in te "
        "dienen. Kies dus een post waar {rel} een reden heeft om de aanvraag in te dienen, "
        "bijvoorbeeld in het land waar {rel} nu woont of verblijft.",
        S.ART_12BIS_1,
    ),
    # a Belgian's family: art. 12bis is the third-country sponsor's article (art. 10); the
    # application abroad, at the post where the relative lives, is the visa practice (panel
    # 19, k1: art. 12bis, §1 cited to a Belgian's husband)
    "where_residence@belgian": _M(
        _WHERE_RESIDENCE,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "where_residence@eu_citizen": _M(  # art. 12bis is art. 10's (panel 65, j3)
        _WHERE_RESIDENCE,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "where_list@belgian": _M(
        _WHERE_LIST,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    # an EU citizen's family: art. 12bis is art. 10's (panel 65, j3); the post's practice
    "where_list@eu_citizen": _M(
        _WHERE_LIST,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    # seed 001 (art. 10, §1, 6°): "wordt een meerderjarig kind beschouwd als gehandicapt wanneer
    # het 'omwille van zijn handicap niet kan voorzien in zijn eigen behoeften'", shown by "een
    # attest ... opgemaakt door een arts aangesteld door de bevoegde Belgische diplomatieke of
    # consulaire post" (panel 24, g5: "ik heb epilepsie ... telt dat als handicap?" got a loop)
    "disability_rule_children_only": _M(
        "De regel voor een meerderjarige met een handicap geldt alleen voor een kind van "
        "{sp_obj} of van {sp_of:de partner}. {Rel} valt er niet onder.",
        S.ART_10_1_6,
    ),
    "disability_meaning": _M(
        "Een kind van 18 jaar of ouder telt als gehandicapt als het door de handicap niet in "
        "de eigen behoeften kan voorzien. Dat toont een attest van een dokter die de Belgische "
        "ambassade aanduidt. Of een bepaalde ziekte daaronder valt, staat niet in onze "
        "informatie: dat zegt het attest.",
        S.ART_10_1_6,
    ),
    # seed 001 and seed 003 give each relative's right its own conditions ("Het minderjarige
    # kind van een vreemdeling aan wie België de vluchtelingenstatus ... heeft toegekend");
    # nothing ties a child's right to his mother's request (panel 46, h2)
    "own_right": _M(
        "{Rel} {rel_has} een eigen recht op gezinshereniging, met eigen voorwaarden. Wordt de "
        "aanvraag van een ander familielid geweigerd? Dan blijft het recht van {rel_obj}. Met "
        "wie {rel_pron} dan reist, staat niet in onze informatie.",
        S.ART_10,
    ),
    # seed 003: "Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    # gezinshereniging instemmen" (panel 48, h3: a girl of 3 who might come without her father)
    "own_right_minor": _M(
        "{Rel} {rel_has} een eigen recht op gezinshereniging, met eigen voorwaarden. Wordt de "
        "aanvraag van een ander familielid geweigerd? Dan blijft het recht van {rel_obj}. Komt "
        "{rel_pron} zonder de andere ouder, en is het hoederecht gedeeld? Dan moet die ouder "
        "schriftelijk toestemmen.",
        S.ART_10,
    ),
    # seed 002: "De datum van indiening van de aanvraag is echter van wezenlijk belang" and "Te
    # late indiening van het verzoek betekent indiening op een datum waarop de gezinshereniger
    # zijn recht op gezinshereniging heeft verloren (b.v. wanneer niet meer wordt voldaan aan
    # de leeftijdsvoorwaarde ...)" (panel 46, g2)
    "filing_date_counts": _M(
        "Wat telt, is de dag waarop de aanvraag ingediend wordt. Een beslissing na die "
        "verjaardag maakt een aanvraag die op tijd ingediend is, niet te laat. Dien dus in vóór "
        "de laatste dag, ook als het dossier nog niet volledig is.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    # seed 002 says it of the sponsor's age condition ("de leeftijdsvoorwaarde die aan de
    # gezinshereniger wordt gesteld"), not of a child's 18th birthday (panel 95, m3: C)
    "filing_date_counts_child": _M(
        "Onze informatie zegt: de dag waarop de aanvraag ingediend wordt, is van wezenlijk "
        "belang. Over een beslissing na de 18de verjaardag van {rel_obj} zegt ze niets apart. "
        "Dien dus in vóór de laatste dag, ook als het dossier nog niet volledig is.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    # seed 004: "Geef dan best alle gegevens zodat de DVZ de financiële toestand ... kan
    # beoordelen. Geef bijvoorbeeld een gedetailleerd overzicht van zijn maandelijkse inkomsten
    # en uitgaven" (panel 46, g3)
    "needs_analysis_overview": _M(
        "Geef alle gegevens over het geld van het gezin: een overzicht per maand van alle "
        "inkomsten en van alle uitgaven, zoals de huur. Zo kan DVZ zien wat het gezin nodig "
        "heeft. Welke inkomsten precies meetellen, staat niet in onze informatie.",
        S.ART_40TER_2,
    ),
    # seed 004 (a Belgian's family): "Leg de bewijzen van huisvesting voor van het adres waar
    # ... effectief woont op het moment van de aanvraag ... Het heeft geen zin om een
    # huurcontract of eigendomsakte af te geven van een woning waar je gezin pas later zal
    # intrekken"; seed 003 asks "voldoende huisvesting" of the others, without a word on when
    "home_later_not_belgian": _M(
        "Voor de familie van een Belg zegt onze informatie: het bewijs gaat over de woning waar "
        "je woont op het moment van de aanvraag. Een huurcontract van een woning waar het gezin "
        "pas later gaat wonen, heeft geen zin. Voor andere gezinnen staat dat niet apart in onze "
        "informatie. Vraag het na bij onze organisatie.",
        S.ART_40TER_2,
    ),
    # no seed says how long the sponsor must have lived in Belgium (panel 47, h4)
    # seed 002: "Over het algemeen moet de visumaanvraag worden ingediend bij de Belgische
    # ambassade of het Belgisch consulaat die of dat bevoegd is voor de verblijfplaats van de
    # aanvrager"; no seed says whether a visitor may apply once in Belgium (panel 128-130, s5
    # and u5: "kunnen ze niet gewoon als toerist komen en dan hier alles regelen?")
    "visit_then_stay_not_in_sources": _M(
        "Onze informatie beschrijft de aanvraag bij de Belgische ambassade of het consulaat. "
        "Meestal is dat in het land waar {rel} woont. Kan {rel} eerst als bezoeker of toerist "
        "komen, en dan hier de aanvraag doen of blijven? Dat staat niet in onze informatie. "
        "Doe dat niet zonder advies: vraag het eerst aan een advocaat of aan onze organisatie.",
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "residence_period_not_in_sources": _M(
        "Hoe lang {sp} al in België moet wonen voor de familie kan komen, staat niet in onze "
        "informatie. Vraag het na bij een advocaat of bij onze organisatie.",
        S.ART_10,
    ),
    # seed 000, adult siblings and children: "dat je niet getrouwd bent, dat je nog studeert
    # en dat je geen eigen inkomsten hebt waardoor je nog ten laste bent van je ouders"
    # (panel 47, g1: "is dat dagwerk een probleem?" got the advice again)
    # seed 001 (humanitair visum): "het bewijs dat uw familielid geen eigen inkomsten heeft"
    # among the proofs of dependency (panel 64, i4: "hij heeft werk in marokko, is dat een
    # probleem?" unanswered)
    "relative_works_humanitarian": _M(
        "Voor een humanitair visum kijkt DVZ of {rel} afhankelijk {rel_is} van {sp_obj}. Een "
        "nuttig bewijs is dat {rel} geen eigen inkomen {rel_has}. Werk en een eigen inkomen "
        "maken het dus moeilijker om die afhankelijkheid te tonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004: "bewijs van jouw 'onvermogen'. Je mag geen of onvoldoende inkomsten hebben en
    # geen onroerende goederen hebben" (panel 108, n5: a son's café work read as his mother's)
    # seed 001: "U bent beiden ouder dan 21 jaar"; the income rule of the request she can file
    # once both are 21, beside her humanitarian visa now (panel 108, m4)
    "income_once_21": _M(
        "Vraagt {rel} gezinshereniging zodra jullie allebei 21 zijn? Dan geldt dit:",
        S.ART_10_1_4,
    ),
    # seed 002: "De echtgenoot, de partner en de minderjarige kinderen van een erkend
    # vluchteling ... betalen geen retributie" (panel 108, m4)
    "fee_once_21": _M(
        "Vraagt {rel} gezinshereniging zodra jullie allebei 21 zijn? Dan betaalt {rel_pron} "
        "geen bijdrage (retributie): de echtgenoot van een erkend vluchteling of subsidiair "
        "beschermde is vrijgesteld.",
        S.ART_1_1_FEE,
    ),
    # seed 001: "Het partnerschap wordt gelijkgesteld met het huwelijk wanneer geregistreerd
    # in een van de volgende landen: Denemarken, Duitsland, Finland, IJsland, Noorwegen,
    # Verenigd Koninkrijk en Zweden (art. 12 van het KB van 17 mei 2007)" (panel 110, r2)
    "partnership_as_marriage": _M(
        "Ja. Jullie partnerschap is geregistreerd in een land van de lijst ({country}). Dan "
        "geldt het in België als een huwelijk. {Rel} vraagt gezinshereniging zoals een "
        "echtgenoot. Een stabiele relatie (samenwonen of ontmoetingen) hoeven jullie dan niet "
        "te bewijzen.",
        S.KB_2007_ART_12,
    ),
    "applicants_own_earnings": _M(
        "Dat inkomen is van {rel_obj} zelf, niet van {sp_obj}. Het telt bij 'ten laste': {rel} "
        "mag zelf geen of te weinig inkomsten hebben. Toon aan hoe weinig en hoe onregelmatig "
        "dat werk is.",
        S.PRACTICE_DVZ_40TER,
    ),
    "relatives_own_earnings": _M(
        "Eigen inkomsten maken het moeilijker om te tonen dat {rel} nog ten laste {rel_is} van "
        "de ouders. Toon aan hoe weinig en hoe onregelmatig dat werk is.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Deze situatie moet onderscheiden worden van de situatie waarbij het huwelijk
    # wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan erkennen. In dat geval is
    # gezinshereniging wel mogelijk wanneer 'andere geldige bewijzen' worden voorgelegd. Dit doet
    # zich bijvoorbeeld voor wanneer de legalisatie ontbreekt of het land van herkomst niet over
    # een functionerende administratie beschikt." (panel 48, h3: the legalisation rule again)
    "marriage_deed_not_legalised": _M(
        "Geldt het huwelijk als officieel huwelijk in het land waar het gesloten werd, maar kan "
        "de akte niet gelegaliseerd worden, bijvoorbeeld omdat de overheid niet werkt? Dan "
        "kunnen andere geldige bewijzen. Geldt het daar niet als officieel huwelijk? Dan blijft "
        "de weg van het humanitair visum.",
        S.RVV_CASE_LAW,  # seed 000's "rechtspraak van de RvV" (panel 67, l3: art. 10, §1, 4°)
    ),
    # seed 002 "Wie vraagt de gezinshereniging aan? De echtgenoot ..., De wettelijke partner,
    # Een minderjarig kind, De vader of de moeder van een minderjarige beschermde vreemdeling";
    # "Indiening van de visumaanvraag [Artikel 12bis, §1 ...]: ... bij de Belgische ambassade
    # of het Belgisch consulaat" (panel 24, g3 and g4: "wie moet de aanvraag doen, ik hier of
    # hodan in belgie?" got "geen antwoord")
    "who_applies": _M(
        "Het familielid dat naar België komt, doet zelf de aanvraag. Het is een visumaanvraag "
        "bij de Belgische ambassade of het Belgisch consulaat, niet bij de gemeente in België.",
        S.ART_12BIS_1,
    ),
    # seed 004: "Bij een aanvraag in België kan je het bewijs leveren met: ..." (a Belgian's
    # family); no seed covers an EU citizen's family (panels 85 and 86, l1: "niet bij de
    # gemeente" said to an EU citizen's wife)
    # seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name
    # om zijn meerderjarige kinderen" (panel 87, i1: "moet abel betalen als hij 18 is?")
    "fee_if_adult_child": _M(
        "Nu {rel_is} {rel} jonger dan {majority}: dan is er geen bijdrage (retributie). Is "
        "{rel_pron} al {majority} bij de aanvraag? Dan is er geen recht op gezinshereniging als "
        "kind meer, en betaalt {rel_pron} voor een humanitair visum wel een bijdrage: "
        "meerderjarige kinderen betalen. Het bedrag staat niet in onze informatie.",
        S.ART_1_1_FEE,
    ),
    # seeds 002 and 003: "een vreemdeling aan wie België de vluchtelingenstatus of subsidiaire
    # bescherming heeft toegekend", every time both (panel 98, t2)
    "status_difference": _M(
        "Voor gezinshereniging maakt dat geen verschil. Dezelfde regels gelden voor een "
        "erkend vluchteling en voor iemand met subsidiaire bescherming: wie mag komen, de "
        "{favourable_months} maanden zonder bewijs van inkomen, woning en ziekteverzekering, "
        "en wie geen bijdrage betaalt.",
        S.ART_10,
    ),
    # a minor sponsor's guardian: no seed says what the guardian signs (panel 98, s4: "moet ik
    # dat zelf doen of mijn voogd?" got the lawyer text)
    "guardian_role": _M(
        "Wat je voogd daarbij moet doen of tekenen, zegt onze informatie niet. Je voogd kan je "
        "wel helpen met de papieren, net als een advocaat of een sociaal werker.",
        S.PRACTICE_DVZ,
    ),
    "who_applies_in_belgium_unknown": _M(
        "Het familielid dat naar België komt, doet zelf de aanvraag, meestal bij de Belgische "
        "ambassade of het Belgisch consulaat. Onze informatie noemt ook een aanvraag in "
        "België, maar zegt niet wanneer dat kan. Vraag het na bij de gemeente of een advocaat "
        "voor je familielid naar België reist.",
        S.ART_40TER,
    ),
    "who_applies_in_belgium_unknown@eu_citizen": _M(
        "Het familielid dat naar België komt, doet zelf de aanvraag. Waar dat gebeurt voor "
        "familie van een EU-burger (bij de ambassade of in België), zegt onze informatie niet: "
        "die regels staan in artikel 40bis. Vraag het na bij de gemeente of een advocaat voor "
        "je familielid naar België reist.",
        S.ART_40BIS,
    ),
    "who_applies@visa_post": _M(
        "Het familielid dat naar België komt, doet zelf de aanvraag. Het is een visumaanvraag "
        "bij de Belgische ambassade of het Belgisch consulaat, niet bij de gemeente in België.",
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "where_residence": _M(
        _WHERE_RESIDENCE,
        S.ART_12BIS_1,
    ),
    # seed 002: "bij de Belgische ambassade of het Belgisch consulaat die of dat bevoegd is
    # voor de verblijfplaats van de aanvrager"; "De lijst van de Belgische ambassades en
    # consulaten wordt op de site van de FOD Buitenlandse Zaken gepubliceerd"
    # seed 000: "Ook hierbij is het belangrijk dat je jouw aanvraag gelijktijdig indient met de
    # aanvraag gezinshereniging van je ouder(s)"; a humanitarian visa has no deadline of its own
    "deadline_with_parents": _M(
        "{Rel} {rel_has} geen eigen termijn (humanitair visum). Dien {rel_of:de aanvraag} in "
        "op hetzelfde moment als de aanvraag gezinshereniging van {parents}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 003: "Anderzijds moet de gezinshereniger niet bewijzen dat hij over bestaansmiddelen
    # beschikt indien de aanvrager zijn kind ... is, en dit kind bij hem komt wonen alvorens 18
    # jaar te zijn en de enige is die zich bij de gezinshereniger komt voegen"
    "income_child_alone": _M(
        "Komt alleen {rel}, jonger dan {majority}, en verder niemand? Dan is er geen bewijs "
        "van inkomen nodig.",
        S.ART_10_2,
    ),
    # "... en de enige is die zich bij de gezinshereniger komt voegen" (seed 003): a brother
    # who comes with a humanitarian visa joins the sponsor too (panel 53, g2: "Geldt dat nog
    # als Abdi tegelijk een humanitair visum aanvraagt?")
    "income_child_alone_not_with_others": _M(
        "Komt iemand anders mee, ook met een humanitair visum? Dan is {rel} niet de enige die "
        "komt. Dan geldt die vrijstelling niet, en moet het inkomen wel bewezen worden.",
        S.ART_10_2,
    ),
    # the same sentence asked of two children who come together (panel 36, g3: "als beide
    # zonen samen komen, zonder de moeder? geldt de uitzondering dan ook?" unanswered)
    "income_children_together": _M(
        "Nee. Zonder bewijs van inkomen kan het alleen als er één kind jonger dan {majority} "
        "komt, en verder niemand. Komen er twee kinderen samen? Dan moet het inkomen wel "
        "bewezen worden, tenzij de aanvraag binnen {favourable_months} maanden na "
        "{sp_of:de erkenning} gebeurt.",
        S.ART_10_2,
    ),
    # seed 001: "Indien u getrouwd bent ... dan mag uw echtgenoot/echtgenote ... u in België komen
    # vervoegen onder de volgende voorwaarden (art. 10 § 1, 4°)"; "U bent beiden ouder dan 21
    # jaar. Deze leeftijd wordt teruggebracht tot 18 jaar wanneer ... het huwelijk al bestond
    # vóór uw aankomst"; seed 003: the exemption needs a bond from before the arrival
    # a Belgian's spouse: art. 40ter, §2 as for the other texts of a Belgian sponsor (the
    # seeds name no arrival for a Belgian; panel 15, c3: "na je aankomst", art. 10 cited)
    # seed 001 "Uw andere meerderjarige kinderen ... Onder bepaalde bijzondere omstandigheden
    # kunnen zij zich eventueel met u herenigen op grond van een tijdelijke
    # verblijfsvergunning (art. 9 en 13 - humanitair visum)"; seed 000 "in tweede orde ... of
    # wanneer de leeftijdsvoorwaarden niet vervuld zijn" (panel 15, c2)
    # seed 000 (ouders): "Als ouder heb je geen recht op gezinshereniging met je meerderjarig
    # derdelands of meerderjarig Belgisch kind. Je kan wel een aanvraag voor een humanitair
    # visum indienen. Over het algemeen maakt dit enkel kans wanneer je een uitzonderlijke
    # kwetsbaarheid kan aantonen." (panel 40, g3: "is er nog andere manier?")
    # seed 001 (art. 10, §1, 7°): "het Rijk binnengekomen is zonder begeleiding van een
    # krachtens de wet verantwoordelijke meerderjarige vreemdeling en vervolgens niet
    # daadwerkelijk onder de hoede van een dergelijke persoon gestaan heeft" (panel 40, g5: "Ze
    # woont bij een Belgisch pleeggezin. Is dat een probleem?")
    # seed 001's proofs of dependency (humanitarian visa) for a child who must be "ten laste"
    # under art. 10 (seed 003 lists none; panel 40, h1: "hoe bewijs ik dat lina ten laste is?
    # ik stuur soms geld via western union" got the condition again)
    # seed 003 "De aanvrager moet ten laste zijn van de gezinshereniger, zijn echtgenoot of zijn
    # partner", said to an asylum seeker of the right after a recognition (panel 63, h3: "moet
    # ik bewijzen dat kinderen ten laste zijn van mij na erkenning? ik stuur nu geen geld")
    "dependency_after_recognition": _M(
        "Na een erkenning moet een minderjarig kind voor gezinshereniging ten laste zijn van "
        "{sp_obj} of van {sp_of:de partner}. Dat moet met documenten bewezen worden. Hoe dat "
        "kan zonder geldoverschrijvingen, zegt onze informatie niet. Vraag het na bij een "
        "advocaat of een sociaal werker.",
        S.ART_10,
    ),
    "dependency_proof_kinds": _M(
        "Welke bewijzen DVZ hiervoor vraagt, noemt onze informatie bij het humanitair visum: "
        "bewijzen van geldoverschrijvingen, bewijs dat {rel} geen eigen inkomen {rel_has}, en "
        "bewijs van {sp_of:het inkomen}. Bewaar dus de bewijzen van elke overschrijving.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke beslissing,
    # dan volstaat een schriftelijke verklaring van de andere ouder waarin hij toestemming
    # geeft." (panel 41, h1: "is een brief genoeg of moet hij naar een rechter of notaris?")
    "consent_in_writing": _M(
        "Onze informatie zegt dit bij gezinshereniging met een Belg: is er geen beslissing van "
        "een rechter over het hoederecht? Dan volstaat een schriftelijke verklaring van de "
        "andere ouder waarin die toestemming geeft. Een notaris noemt ze niet. Vraag na of dat "
        "ook voor {our} aanvraag zo is.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    "consent_in_writing@belgian": _M(
        "Is er geen beslissing van een rechter over het hoederecht? Dan volstaat een "
        "schriftelijke verklaring van de andere ouder waarin die toestemming geeft. Een "
        "notaris noemt onze informatie niet.",
        S.ART_40TER_2,
    ),
    # seed 004 "Bewijs recht van bewaring": the grandparent's custody; how it passes to him,
    # and whether the parents' consent then suffices, no seed says (panel 68, g4)
    "custody_not_the_sponsors": _M(
        "Een minderjarig (klein)kind moet bewijzen dat de (groot)ouder die het komt vervoegen, "
        "het hoederecht (recht van bewaring) heeft. {Sp} {sp_has} dat hoederecht nu niet. Hoe "
        "het hoederecht naar {sp_obj} kan gaan, bijvoorbeeld via een rechter, en of een "
        "schriftelijke toestemming van de ouders dan volstaat, zegt onze informatie niet. "
        "Vraag het aan een advocaat.",
        S.ART_40TER_2,
    ),
    "consent_sibling_humanitarian": _M(
        "Het hoederecht en de toestemming van de andere ouder zijn voorwaarden voor een kind "
        "dat bij zijn ouder in België komt wonen. Voor het humanitair visum van {rel} staat "
        "in onze informatie geen regel over toestemming van de andere ouder. Vraag aan de "
        "ambassade of een advocaat welke papieren nodig zijn als de andere ouder niet "
        "meereist.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "Uw ouders als u een niet-begeleide minderjarige vreemdeling (NBMV) bent ... op
    # voorwaarde dat de NBMV jonger is dan achttien jaar" (panel 74, g1: "heeft de papa ook
    # recht, als hij later alsnog een aanvraag doet?" unanswered)
    "parent_later_own_request": _M(
        "Ja. Elke ouder van {sp_obj} heeft een eigen recht op gezinshereniging. Een ouder die "
        "nu blijft, kan later apart een aanvraag doen. Maar die aanvraag moet er zijn voor "
        "{sp} {majority} wordt. Daarna vervalt dat recht.",
        S.ART_10_1_7,
    ),
    "foster_family_uam": _M(
        "Over een pleeggezin zegt onze informatie niets apart. De voorwaarde gaat over een "
        "volwassen vreemdeling die volgens de wet verantwoordelijk is. Laat een advocaat "
        "nakijken of dat bij het pleeggezin zo is.",
        S.ART_10_1_7,
    ),
    "after_sponsor_18_parents": _M(
        "Gebeurt de aanvraag pas als {sp} al 18 {sp_is}? Dan hebben de ouders geen recht op "
        "gezinshereniging meer. Ze kunnen wel een humanitair visum vragen. Dat maakt meestal "
        "alleen kans als ze een uitzonderlijke kwetsbaarheid kunnen aantonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "after_18_humanitarian": _M(
        "Is {rel} al 18 bij de aanvraag? Dan is er geen recht op gezinshereniging meer. Een "
        "humanitair visum kan dan nog, maar alleen in bijzondere omstandigheden. Is er "
        "twijfel? Vraag het humanitair visum dan 'in tweede orde' in de aanvraag "
        "gezinshereniging.",
        S.ART_9_13,
    ),
    # seed 001: "Bovendien is het belangrijk om te kunnen bewijzen dat geen enkel ander
    # familielid voor het betrokken familielid kan zorgen" (panel 17, g2: "DVZ gaat zeggen zus
    # kan zorgen toch?"); no seed gives reasons why another cannot (panel 37, h3 and h5:
    # "ver weg woont, een eigen gezin heeft of zelf te weinig geld heeft" was invented)
    # seed 001 "Het principe 'hoger belang van het kind'": "wanneer blijkt dat het in het hoger
    # belang van het kind zou zijn dat andere personen dan deze toegelaten door de wet met het
    # kind ... zou dit uitzonderlijk kunnen op grond van een voorlopige verblijfsvergunning
    # (art. 9 en 13 - humanitair visum)"
    "best_interests_humanitarian": _M(
        "DVZ moet daar rekening mee houden, ook bij een humanitair visum. Beschrijf dus "
        "concreet waarom het voor het kind het beste is om naar België te komen.",
        S.ART_12BIS_7,
    ),
    "other_carer": _M(
        "DVZ kijkt of een ander familielid voor {rel_obj} kan zorgen. Het is belangrijk om "
        "te kunnen bewijzen dat geen enkel ander familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004 "Bewijs recht van bewaring": "Als je minderjarig bent moet je bewijzen dat de
    # (groot)ouder die je komt vervoegen, het recht van bewaring over je heeft. Is er een
    # gedeeld recht van bewaring? Dan moet de andere ouder toestemmen" (panel 18, i5)
    "no_consent_adult": _M(
        "Het hoederecht en de toestemming van de andere ouder gelden alleen voor een kind "
        "jonger dan {majority} jaar. {Rel} {rel_is} meerderjarig: die toestemming is dus niet "
        "nodig.",
        S.ART_40TER_2,
    ),
    "married_partner_right@belgian": _M(
        "Trouwen {we} officieel? Dan heeft {rel} recht op gezinshereniging als "
        "echtgenoot of echtgenote, onder voorwaarden. {We} moeten allebei minstens "
        "{belgian_spouse_age} jaar zijn. {Sp} moet dan genoeg inkomen, een woning en een "
        "ziekteverzekering bewijzen.",
        S.ART_40TER_2,
    ),
    "married_partner_right": _M(
        "Trouwen {we} officieel? Dan heeft {rel} recht op gezinshereniging als "
        "echtgenoot of echtgenote, onder voorwaarden. {We} moeten dan allebei minstens "
        "{spouse_age} jaar zijn. Een huwelijk na {sp_of:de aankomst} in België geeft geen "
        "vrijstelling: dan moeten inkomen, woning en ziekteverzekering bewezen worden.",
        S.ART_10_1_4,
    ),
    # seed 002: "De volgende personen betalen geen retributie: de echtgenoot, de gelijkgestelde
    # of wettelijke partner en de minderjarige kinderen van een vreemdeling aan wie België de
    # vluchtelingenstatus of subsidiaire bescherming heeft toegekend"
    "fee_after_recognition": _M(
        "Na de erkenning betalen deze familieleden geen bijdrage voor de aanvraag "
        "gezinshereniging: de echtgenoot of partner en de minderjarige kinderen. Dat geldt "
        "voor een vluchteling en voor wie subsidiaire bescherming krijgt.",
        S.ART_1_1_FEE,
    ),
    # seed 002: "De volgende personen betalen geen retributie: de echtgenoot, de gelijkgestelde
    # of wettelijke partner ... van een vreemdeling aan wie België de vluchtelingenstatus of
    # subsidiaire bescherming heeft toegekend" (panel 19, l1: "als we getrouwd zijn moet hij
    # dan ook betalen?" was told the partner's fee)
    "fee_if_married": _M(
        "Zijn {we} getrouwd, of hebben {we} een geregistreerd partnerschap (wettelijke "
        "samenwoning)? Dan betaalt {sp_of:de echtgenoot of partner} geen bijdrage (retributie).",
        S.ART_1_1_FEE,
    ),
    # seed 003: "De gezinshereniger moet beschikken over stabiele, regelmatige en voldoende
    # bestaansmiddelen"; seed 004 for a Belgian: "Bewijs van toereikende en stabiele
    # bestaansmiddelen". No exemption outside a protected sponsor's favourable period.
    "material_to_prove": _M(
        "Te bewijzen: genoeg stabiele en regelmatige inkomsten, een woning die groot genoeg "
        "is en een ziekteverzekering voor het hele gezin.",
        S.ART_10_2,
    ),
    # seed 003: "... en de enige is die zich bij de gezinshereniger komt voegen" (panel 53, h3)
    "material_to_prove_child_alone": _M(
        "Te bewijzen: een woning die groot genoeg is en een ziekteverzekering voor het hele "
        "gezin. Inkomen hoeft niet: {rel} is minderjarig en komt als enige.",
        S.ART_10_2,
    ),
    "material_to_prove@belgian": _M(
        "Te bewijzen: genoeg stabiele en regelmatige inkomsten, een woning die groot genoeg "
        "is en een ziekteverzekering voor het hele gezin.",
        S.ART_40TER_2,
    ),
    # seed 001: "De kinderen die u kreeg met uw echtgenoot/echtgenote of partner, evenals de
    # kinderen die u ... afzonderlijk kreeg, mogen u onder bepaalde voorwaarden in België komen
    # vervoegen (art. 10 § 1, 4°)"; a request is made for a child who is born
    "unborn_child": _M(
        "Een kind dat nog niet geboren is, kan nog geen aanvraag doen. Na de geboorte kan "
        "{sp_of:het kind} onder voorwaarden gezinshereniging vragen: de geboorteakte toont "
        "wie de ouders zijn. Woont het kind bij de moeder en komt zij niet mee? Dan gaan de "
        "regels over het hoederecht en de toestemming van de andere ouder.",
        S.ART_10,
    ),
    # an asylum seeker's child: seed 000 "Uiteraard kunnen ook familieleden van andere
    # derdelanders ... in aanmerking komen" (a humanitarian visa now), seed 003 after the
    # recognition, with the conditions for a bond born after the arrival (panel 48, g5:
    # "gezinshereniging vragen" to a man still in the asylum procedure)
    "unborn_child@asylum_seeker": _M(
        "Een kind dat nog niet geboren is, kan nog geen aanvraag doen. Na de geboorte kan "
        "{sp_of:het kind} nu alleen een humanitair visum vragen, samen met de moeder. Word je "
        "erkend? Dan kan gezinshereniging, maar voor een kind dat na je aankomst geboren is, "
        "moet je wel inkomen, een woning en een ziekteverzekering bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 000 (feitelijke partner): "De relatie kan dan aangetoond worden aan de hand van
    # concrete feitelijke bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke
    # kinderen." (panel 13, y4: a baby on the way)
    "unborn_common_child": _M(
        "Na de geboorte is de baby een kind van {we} samen. Dat kan helpen om de relatie te "
        "bewijzen. Voeg dan de geboorteakte toe aan het dossier van {rel}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "where_no_post": _M(
        "Geen Belgische ambassade of consulaat in dat land? Dan is een post in een ander "
        "land bevoegd voor de plaats waar {rel} woont. Welke post dat is, staat op "
        "www.diplomatie.fed.be.",
        S.ART_12BIS_1,
    ),
    # a humanitarian request: the same list, not art. 12bis (family reunification; panel 7)
    "where_list@humanitarian": _M(
        _WHERE_LIST,
        S.PRACTICE_DVZ_VISA_POST,
    ),
    "where_list": _M(
        _WHERE_LIST,
        S.ART_12BIS_1,
    ),
    # seed 000: "Wel kan je een aanvraag voor een humanitair visum indienen samen met de
    # aanvraag tot gezinshereniging van je ouders"
    "where_humanitarian_together": _M(
        "Dien de humanitaire aanvraag in samen met de aanvragen gezinshereniging. Doe dat bij "
        "dezelfde post, op hetzelfde moment.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "where_humanitarian_marked": _M(
        "Duid op het visumformulier aan dat het om een humanitaire aanvraag gaat.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 "Humanitair visum": "de bevoegde Belgische diplomatieke post"
    "where_humanitarian": _M(
        "De aanvraag gebeurt bij de Belgische ambassade of het consulaat dat bevoegd is voor "
        "de plaats waar {rel} woont. Duid op het visumformulier aan dat het om een humanitaire "
        "aanvraag gaat.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 003: "De gezinshereniger moet niet bewijzen dat hij over bestaansmiddelen beschikt
    # wanneer de afstamming ... vóór zijn aankomst in België werd vastgesteld en het verzoek
    # ... wordt ingediend binnen het jaar (12 maanden) na de erkenning"
    "income_exempt_favourable": _M(
        "{Sp} hoeft nu geen inkomen te bewijzen. De band bestond al voor de aankomst in "
        "België. Dat geldt als de aanvraag binnen {favourable_months} maanden na de "
        "erkenning gebeurt.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003 "Bijzondere bepaling: De gezinshereniger moet niet bewijzen dat hij over
    # voldoende huisvesting beschikt wanneer de afstamming ... vóór zijn aankomst in België
    # werd vastgesteld en het verzoek ... wordt ingediend binnen het jaar (12 maanden) na de
    # erkenning" (panel 45: asked about the parents' home, a condition line came back)
    "housing_exempt_favourable": _M(_HOUSING_EXEMPT, S.ART_10_2_FAVOURABLE),
    "housing_not_needed_favourable": _M(f"Nee. {_HOUSING_EXEMPT}", S.ART_10_2_FAVOURABLE),
    # the same sentence, the other side: "wanneer de afstamming van de aanvrager vóór zijn
    # aankomst in België werd vastgesteld": a child born after the arrival has no exemption
    # seed 003: the favourable conditions "wanneer ... de afstamming ... vóór zijn aankomst in
    # België werd vastgesteld"; seed 001: "wanneer uw huwelijk al bestond vóór de aankomst in
    # België" (panel 19, l1: "ik ben al 8 maand erkend" of a marriage still to come was given
    # the 12 months' last day)
    # the same, told of a marriage already concluded after the arrival (panel 73, g2: "maar wij
    # zijn getrouwd in 2019, na dat ik in belgie kwam. maakt dat verschil?" got a tip on
    # children); seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt
    # teruggebracht tot 18 jaar wanneer uw huwelijk al bestond vóór de aankomst"
    "married_after_arrival_told": _M(
        "{We} trouwden pas na {sp_of:de aankomst} in België. Dan geldt de termijn van 12 "
        "maanden zonder bewijs van inkomen, woning en ziekteverzekering niet: {sp} moet die "
        "altijd bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    "married_after_arrival_told@religious": _M(
        "{We} trouwden pas na {sp_of:de aankomst} in België. Geldt het huwelijk toch als "
        "officieel huwelijk? Dan geldt de termijn van 12 maanden zonder bewijs van inkomen, "
        "woning en ziekteverzekering niet: {sp} moet die altijd bewijzen. Voor het humanitair "
        "visum verandert dat niets.",
        S.ART_10_2_FAVOURABLE,
    ),
    "married_after_arrival_age": _M(
        "Omdat het huwelijk pas na de aankomst kwam, moeten {we} allebei minstens "
        "{spouse_age} jaar zijn, niet {spouse_age_reduced}.",
        S.ART_10_1_4,
    ),
    "marriage_after_arrival_no_favour": _M(
        "Trouwen jullie pas na {sp_of:de aankomst} in België? Dan geldt de termijn van 12 "
        "maanden zonder bewijs van inkomen, woning en ziekteverzekering niet. Die geldt "
        "alleen als de band al bestond vóór {sp_of:de aankomst}. Dan moet {sp} wel genoeg "
        "inkomen, een geschikte woning en een ziekteverzekering bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # the same for a partnership registered now (panel 59, h8: "als we registreren, moet ik
    # dan een inkomen hebben? ik werk nog niet")
    "registration_after_arrival_no_favour": _M(
        "Laten {we} het partnerschap pas na {sp_of:de aankomst} in België registreren? Dan "
        "geldt de termijn van 12 maanden zonder bewijs van inkomen, woning en ziekteverzekering "
        "niet. Die geldt alleen als de band al bestond vóór {sp_of:de aankomst}. Dan moet {sp} "
        "wel genoeg inkomen, een geschikte woning en een ziekteverzekering bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 001: "een officieel bewijs van verklaring van wettelijke samenwoning bij het
    # gemeentebestuur in België of bij de bevoegde buitenlandse instantie" (panel 59, h8: "waar
    # doen we dat? zij is in kampala" got the embassy)
    "registration_where": _M(
        "Een wettelijke samenwoning laat je registreren bij het gemeentebestuur in België, of "
        "bij de bevoegde instantie in het buitenland. Daarna is een officieel bewijs van die "
        "registratie nodig. Niet elk land laat zo'n registratie toe.",
        S.ART_10_1_5,
    ),
    # seed 003: the child's own right ("Het minderjarige kind ... moet ... aantonen": descent,
    # age, unmarried, custody) has no date of birth in it; only the exemption asks "wanneer de
    # afstamming van de aanvrager vóór zijn aankomst in België werd vastgesteld" (panel 69, h5:
    # "mijn dochter is geboren na mijn aankomst in belgie. maakt dat uit?" got no answer)
    "born_after_arrival": _M(
        "{Rel} werd geboren na {sp_of:de aankomst} in België. {Rel_pron} heeft toch recht op "
        "gezinshereniging als minderjarig kind. Wat niet geldt voor {rel_obj}: de vrijstelling "
        "van inkomen, woning en ziekteverzekering in de eerste {favourable_months} maanden na "
        "de erkenning. Die vraagt dat de band al bestond vóór de aankomst.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: the favourable conditions hold "wanneer de afstamming ... vóór zijn aankomst
    # in België werd vastgesteld en het verzoek ... binnen het jaar (12 maanden)" (panel 72,
    # h4: "zijn de 12 maanden nu al voorbij?" got "geen vaste termijn" twice)
    "no_twelve_months_bond_after": _M(
        "De 12 maanden na de erkenning gelden niet voor {rel}: de band ontstond pas na de "
        "aankomst in België. Er loopt dus geen termijn af. Inkomen, woning en "
        "ziekteverzekering moeten altijd bewezen worden. Dien de aanvraag in zodra die "
        "bewijzen klaar zijn.",
        S.ART_10_2_FAVOURABLE,
    ),
    "income_bond_after_arrival": _M(
        "De band met {rel_obj} ontstond pas na de aankomst in België. Daarom moet {sp} "
        "voor {rel_obj} wel genoeg inkomen, een geschikte woning en een ziekteverzekering "
        "bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 002 "Laattijdige indiening": "Het recht op gezinshereniging blijft behouden, maar
    # het wordt enkel erkend indien de aanvrager ... aantoont dat de klassieke voorwaarden ...
    # vervuld zijn"; "moet uitleg verschaffen over de redenen" -- asked before the last day
    # seed 002 "Laattijdige indiening van de aanvraag": "De aanvrager die van de gunstigere
    # voorwaarden wenst te genieten moet uitleg verschaffen over de redenen die de tijdige
    # indiening van zijn visumaanvraag verhinderd hebben. De omstandigheden ... worden door de
    # Dienst Vreemdelingenzaken onderzocht." (panel 34, c3: "wat kunnen de ouders nog doen?")
    # seed 000, "Meerderjarige dochter of zoon": "Het dossier is nog sterker wanneer ... Je hebt
    # minderjarige broers en zussen die op hetzelfde ogenblik een aanvraag gezinshereniging
    # indienen" (panel 42, g3: "Moeten Omid en Zahra hun aanvragen samen indienen?")
    # seed 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit kunnen aantonen"
    # (panel 52, g6: a dead father answered as a missing one)
    # seed 000: "Indien van toepassing voeg je ook de buitenlandse akte of rechterlijke
    # beslissing van de voogdij/adoptie/specifieke buitenlandse rechtsfiguur toe"; "Je bewijst
    # dat je anders helemaal alleen en geïsoleerd achterblijft" (panel 53, h2)
    "guardianship_papers": _M(
        "Is er een buitenlandse akte of beslissing over de voogdij? Voeg die dan toe. Zijn "
        "{rel_of:de ouders} overleden? Voeg dan hun overlijdensakten toe.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "dead_parent_proof": _M(
        "Een ouder die overleden is: toon dat aan, met de overlijdensakte of een ander "
        "officieel document.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000 (siblings whose parents are missing): "Wanneer jouw ouders overleden of vermist
    # zijn, moet je dit kunnen aantonen"; seed 004 says how, for a Belgian's family
    "missing_parent_proof_sibling": _M(
        "Een ouder die vermist is: toon dat aan. Voor familie van een Belg zegt onze "
        "informatie hoe: met een attest van de officiële instanties van het land van herkomst, "
        "of met een rechterlijke beslissing. Of dat ook zo is voor {rel_obj}, en of er dan "
        "toestemming van die ouder nodig is, staat niet in onze informatie. Vraag het na bij "
        "een advocaat.",
        S.MISSING_PARENT_PROOF,
    ),
    # seed 004: "Als de andere ouder verdwenen is moet je een attest hebben van de officiële
    # instanties van het land van herkomst die dat bevestigt. Of moet je de afwezigheid
    # bewijzen met een rechterlijke beslissing." (panel 83, i5: cited to humanitarian practice
    # for a refugee's daughter)
    "missing_parent_proof": _M(
        "Is de andere ouder verdwenen? Voor familie van een Belg zegt onze informatie: toon dat "
        "aan met een attest van de officiële instanties van het land van herkomst, of met een "
        "rechterlijke beslissing. Of dat ook zo is voor {rel_obj}, en of er dan toestemming "
        "van die ouder nodig is, staat niet in onze informatie. Vraag het na bij een advocaat.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    "together_adult_child": _M(
        "Dat moet niet, maar het helpt: de aanvraag van {rel_obj} is sterker als minderjarige "
        "broers of zussen op hetzelfde moment gezinshereniging aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "together_not_in_sources": _M(
        "Of die aanvragen samen moeten, staat niet in onze informatie. Vraag het na bij een "
        "advocaat of bij onze organisatie.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend"
    # (panel 51, h5, h7: "heeft dawit dan veel kans met dat humanitair visum?")
    "humanitarian_exceptional": _M(
        "Een humanitair visum is geen recht. In de praktijk wordt het maar uitzonderlijk gegeven.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000 (religious marriage): "Hierbij vormt het bestaan van gemeenschappelijke kinderen
    # vaak een cruciaal element" (panel 51, g1: "helpt het dat we 2 kinderen samen hebben?")
    "common_children_religious_marriage": _M(
        "Ja, dat helpt. Kinderen samen zijn vaak heel belangrijk om de relatie te bewijzen. "
        "Voeg hun geboorteaktes toe. Toch geeft DVZ dit visum maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "parents_3_months_late": _M(
        "Kon de aanvraag van de ouders niet binnen die {parents_months} maanden? Dien ze dan "
        "toch in en leg uit wat een aanvraag op tijd verhinderde. DVZ onderzoekt die redenen. "
        "Daarnaast blijft een humanitair visum mogelijk, het best met een sterk dossier.",
        # seed 002's "Laattijdige indiening van de aanvraag", not art. 10's 12 months (panel
        # 51, g6: art. 10, §2, vijfde lid cited for the parents' 3 months)
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    "deadline_if_late": _M(
        "Dien je later in? Dan blijft het recht, maar dan moeten inkomen, woning en "
        "ziekteverzekering wel bewezen worden. Wil je toch de gunstige voorwaarden? Leg dan "
        "uit waarom de aanvraag niet op tijd kon. DVZ bekijkt die redenen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: "wanneer de afstamming van de aanvrager vóór zijn aankomst in België werd
    # vastgesteld"; no seed speaks of a pregnancy (panel 46, h5: "Zainab was al zwanger voor
    # hij vertrok, maakt dat niks uit?" got an income text)
    "pregnancy_before_arrival_not_in_sources": _M(
        "Onze informatie zegt: de gunstige regel geldt als de afstamming vastgesteld was vóór "
        "de aankomst in België. Of een zwangerschap vóór het vertrek daarvoor telt, staat niet "
        "in onze informatie. Vraag het na bij een advocaat.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 002 "Bijzondere bepaling": "andere geldige bewijzen ... op voorwaarde dat deze band
    # al vóór de binnenkomst van de gezinshereniger in België bestond"; seed 003 "zal de Dienst
    # Vreemdelingenzaken de visumaanvraag over het algemeen weigeren, onder voorbehoud van een
    # DNA-test" (panel 46, h5: a baby born after his father's arrival was told of the other
    # valid proofs)
    "dna_child_bond_after_arrival": _M(
        "Voor {rel} gelden de andere geldige bewijzen niet. Die regel is er alleen voor een band "
        "die al bestond vóór de aankomst van {sp_obj} in België.",
        S.ART_12BIS_5_6,
    ),
    # seed 002 (art. 12bis, §§ 5 en 6): "Wanneer de gezinshereniger een vreemdeling aan wie
    # België de vluchtelingenstatus of subsidiaire bescherming heeft toegekend is en de
    # aanvrager geen officieel document kan voorleggen, moet de Dienst Vreemdelingenzaken
    # rekening houden met andere geldige bewijzen ... op voorwaarde dat deze band al vóór de
    # binnenkomst van de gezinshereniger in België bestond. Indien dat niet mogelijk is, kan
    # de Dienst Vreemdelingenzaken overgaan tot en onderhoud, of tot een onderzoek, of
    # voorstellen om een aanvullende analyse te laten uitvoeren (b.v. DNA-test)."
    "no_official_document_protected": _M(
        "Kan {rel} geen officiële akte krijgen, bijvoorbeeld omdat contact met de overheid "
        "van het land niet kan? Dan moet DVZ ook andere geldige bewijzen van de band "
        "bekijken, als die band al bestond voor de aankomst in België. Lukt ook dat niet? "
        "Dan kan DVZ een gesprek, een onderzoek of een DNA-test voorstellen.",
        S.ART_12BIS_5_6,
    ),
    # seed 002: "om de bloed- of aanverwantschapsband aan te tonen ... (b.v. DNA-test)";
    # seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    # bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke kinderen" ... "zullen ook de
    # relevante verklaringen tijdens het persoonlijk onderhoud met het CGVS ... belangrijk zijn"
    "dna_couple": _M(
        "Een DNA-test toont een bloedband, zoals tussen ouder en kind. Een huwelijk of relatie "
        "toon je anders: met de akte, of met concrete feiten, bijvoorbeeld kinderen die {we} "
        "samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "zullen ook de relevante verklaringen tijdens het persoonlijk onderhoud met het
    # CGVS ... belangrijk zijn": only for a sponsor who asked asylum (panel 23, s4: said to
    # the partner of a worker who never asked asylum)
    # seed 000: "De slaagkansen zijn nog onzekerder als ... er geen gemeenschappelijke
    # kinderen zijn. Het bewijs van de duurzame relatie en het bijzondere humanitaire karakter
    # van de aanvraag spelen hier een cruciale rol." (panel 72, g5: the DNA text)
    "no_common_children": _M(
        "Zonder kinderen samen is de kans nog onzekerder. Dan zijn het bewijs van {our} "
        "duurzame relatie en de bijzondere humanitaire situatie heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "dna_couple_asylum_interview": _M(
        "Wat in het asielgesprek bij het CGVS over de relatie gezegd werd, telt ook.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 002 "De algemene regel is dat de aanvrager een authentiek document moet voorleggen
    # om zijn bloed- of aanverwantschapsband met de gezinshereniger aan te tonen"; the other
    # proofs and the DNA test are its "Bijzondere bepaling" for a protected sponsor only
    # (panel 23, s4: the DNA line of a refugee's family given to a worker's daughter)
    "dna_general_rule": _M(
        "De regel is: {rel} toont de band met {sp_obj} met een officiële akte, zoals een "
        "geboorteakte. Andere bewijzen of een DNA-test zijn in onze informatie alleen voorzien "
        "voor de familie van een erkend vluchteling, iemand met subsidiaire bescherming of een "
        "Belg.",
        S.ART_12BIS_5_6,
    ),
    # a couple of a sponsor who is neither protected nor Belgian: seed 002's "Bijzondere
    # bepaling" holds only for a protected sponsor (panel 36, h1: a worker's wife was told the
    # refugees' rule); seed 000's "andere geldige bewijzen" of a marriage are not ruled out (review)
    "dna_couple_general": _M(
        "Een DNA-test toont een bloedband, zoals tussen ouder en kind. Een huwelijk toon je met "
        "de huwelijksakte. Is er geen huwelijksakte? Vraag dan aan een advocaat welke andere "
        "bewijzen DVZ in jullie geval aanvaardt.",
        S.ART_12BIS_5_6,
    ),
    # seed 002 "Bijzondere bepaling": "moet de Dienst Vreemdelingenzaken rekening houden met
    # andere geldige bewijzen ... om de bloed- of aanverwantschapsband aan te tonen, op voorwaarde
    # dat deze band al vóór de binnenkomst van de gezinshereniger in België bestond" (panel 9, q1:
    # a married couple with a right was answered from the humanitarian practice)
    "dna_couple_protected": _M(
        "Een DNA-test toont een bloedband, zoals tussen ouder en kind. Een huwelijk toon je met "
        "de huwelijksakte. Is er geen officieel document? Dan moet DVZ ook andere geldige "
        "bewijzen bekijken, als het huwelijk al bestond vóór de aankomst in België. Lukt dat "
        "niet, dan kan DVZ een gesprek of een onderzoek doen.",
        S.ART_12BIS_5_6,
    ),
    # seed 001, "Humanitair visum": "Naast de officiële documenten die ook moeten worden
    # ingediend op de bevoegde Belgische diplomatieke post voor een aanvraag tot
    # gezinshereniging, zal u ook het bewijs moeten voorleggen van alle elementen ..." (panel
    # 10, s3: a Belgian's mother on a humanitarian request was answered from art. 40ter)
    "dna_humanitarian": _M(
        "Voor een humanitair visum toon je de familieband met dezelfde officiële documenten als "
        "bij gezinshereniging, zoals een geboorteakte. Is er geen akte? Vraag dan aan een "
        "advocaat of sociaal werker welke andere bewijzen kunnen.",
        S.ART_9_13,
    ),
    # seed 001: "Uw partner mag u enkel via gezinshereniging vervoegen indien uw partnerschap
    # officieel geregistreerd is" (panel 10, t2: "als we een wettelijke samenwoning doen, kan
    # ze dan via gezinshereniging?" got "Daar heb ik niets over")
    # seed 001 (geregistreerde partner): "dat u elkaar in de twee jaar voorafgaand aan de
    # aanvraag minstens 3 keer hebt ontmoet en dat deze ontmoetingen minstens 45 dagen
    # duurden"; no such condition for a spouse (panel 33, b2: "iets met 45 dagen?")
    "meeting_days_registered_partners": _M(
        "De {meeting_days} dagen zijn een voorwaarde voor een geregistreerde partner "
        "(wettelijke samenwoning) zonder kind samen en zonder {stable_cohabitation_months} "
        "maanden samenwonen: zij zagen elkaar in de {stable_acquaintance_months} maanden voor de "
        "aanvraag minstens {meetings} keer, samen minstens {meeting_days} dagen. Voor een "
        "huwelijk noemt onze informatie die voorwaarde niet.",
        S.ART_10_1_5,
    ),
    # seed 001: "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt
    # ontmoet en dat deze ontmoetingen minstens 45 dagen duurden" applied to the user's own
    # numbers (panel 55, d1: "3 bezoeken van 3 weken, is dat genoeg?")
    "meetings_enough": _M(
        "{We} zagen elkaar {count} keer, samen ongeveer {days} dagen. Dat is genoeg voor de "
        "ontmoetingen: minstens {meetings} keer, samen minstens {meeting_days} dagen, in de "
        "{stable_acquaintance_months} maanden voor de aanvraag. {We} moeten elkaar dan ook al "
        "minstens {stable_acquaintance_months} maanden kennen en regelmatig contact hebben. "
        "Bewaar de bewijzen, zoals vliegtuigtickets en stempels in het paspoort.",
        S.ART_10_1_5,
    ),
    "meetings_not_enough": _M(
        "{We} zagen elkaar {count} keer, samen ongeveer {days} dagen. Dat is nog niet genoeg "
        "voor die regel: minstens {meetings} keer, samen minstens {meeting_days} dagen, in de "
        "{stable_acquaintance_months} maanden voor de aanvraag. Een stabiele relatie kan ook "
        "blijken uit {stable_cohabitation_months} maanden samenwonen of een kind samen.",
        S.ART_10_1_5,
    ),
    "meetings_enough@belgian": _M(
        "{We} zagen elkaar {count} keer, samen ongeveer {days} dagen. Voor de partner van "
        "iemand die geen Belg is, is dat genoeg voor de ontmoetingen: minstens {meetings} keer, "
        "samen minstens {meeting_days} dagen. Die regel vraagt ook dat {we} elkaar al minstens "
        "{stable_acquaintance_months} maanden kennen en regelmatig contact hebben, via "
        "telefoon, brieven of berichten (bijvoorbeeld e-mails en foto's). Welke regel geldt "
        "voor de partner van een Belg, zegt onze informatie niet: vraag het aan een advocaat. "
        "Bewaar de bewijzen, zoals vliegtuigtickets en berichten.",
        S.ART_10_1_5,
    ),
    "meetings_not_enough@belgian": _M(
        "{We} zagen elkaar {count} keer, samen ongeveer {days} dagen. Voor de partner van "
        "iemand die geen Belg is, is dat nog niet genoeg: minstens {meetings} keer, samen "
        "minstens {meeting_days} dagen. Welke regel geldt voor de partner van een Belg, zegt "
        "onze informatie niet: vraag het aan een advocaat.",
        S.ART_10_1_5,
    ),
    # seed 002: "De algemene regel is dat de aanvrager een authentiek document moet voorleggen
    # om zijn bloed- of aanverwantschapsband met de gezinshereniger aan te tonen." and the
    # refugee's family's "andere geldige bewijzen" (panel 63, g1: "Ik heb alleen een foto op
    # mijn telefoon. Is een kopie genoeg?" got the wedding photos)
    "copy_of_a_deed": _M(
        "De regel is dat een authentiek document de band toont: de officiële akte zelf. Dat een "
        "kopie of een foto op de telefoon genoeg is, zegt onze informatie niet. Kan de akte echt "
        "niet voorgelegd worden? Leg dan uit waarom, en toon andere geldige bewijzen. Bij het "
        "gezin van een vluchteling of een subsidiair beschermde moet DVZ daar rekening mee "
        "houden, als de band al bestond voor de aankomst in België.",
        S.ART_12BIS_5_6,
    ),
    # seed 004: "Als je het (klein)kind bent van de echtgenoot of partner van de Belg, moet je ook
    # de huwelijksakte of de akte van het geregistreerd partnerschap ... voorleggen"; seed 001:
    # the children of the spouse (panel 65, j6: "Moet ik Divine eerst adopteren?" unanswered)
    "stepchild_no_adoption": _M(_STEPCHILD_NO_ADOPTION, S.ART_10),
    "stepchild_no_adoption@belgian": _M(_STEPCHILD_NO_ADOPTION, S.ART_40TER_2),
    # seed 001: "ofwel dat u elkaar al minstens 2 jaar kent en dat u twee bewijzen levert"
    # (panel 63, h4: "we kennen mekaar pas 18 maand, maakt da uit?" unanswered; 4 meetings of
    # 70 days called enough after "we zijn 18 maand samen")
    "known_too_short": _M(
        "{We} kennen elkaar {count} maanden. Voor de weg met de ontmoetingen moeten {we} elkaar "
        "al minstens {stable_acquaintance_months} maanden kennen: nog {left} maanden. "
        "Een stabiele relatie kan ook blijken uit {stable_cohabitation_months} maanden "
        "samenwonen of een kind samen.",
        S.ART_10_1_5,
    ),
    "known_too_short@belgian": _M(
        "{We} kennen elkaar {count} maanden (nog {left} tot {stable_acquaintance_months}). Voor "
        "de partner van iemand die geen Belg is, moeten partners elkaar al minstens "
        "{stable_acquaintance_months} maanden kennen als ze geen "
        "{stable_cohabitation_months} maanden samenwoonden en geen kind samen hebben. Welke "
        "regel geldt voor de partner van een Belg, zegt onze informatie niet: vraag het aan een "
        "advocaat.",
        S.ART_10_1_5,
    ),
    # seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    # aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn recht"
    "adult_at_asylum_no_rule": _M(
        "{Rel} was al meerderjarig toen {sp} asiel vroeg. De regel voor een kind dat toen nog "
        "minderjarig was, helpt {rel_obj} dus niet. Wat wel geldt, staat hieronder.",
        S.CJEU_C279_20,
    ),
    # seed 002: for the family of a protected person "de afwezigheid van een reisdocument geen
    # onoverkomelijk obstakel", said to an asylum seeker for after the recognition (panel 58, h4)
    # a helper for an asylum seeker reads "Na de erkenning van je cliënt" (panel 106, z1: "Word
    # je erkend" to the volunteer)
    "passport_after_recognition": _M(
        "Na {sp_of:de erkenning} vraagt {rel} gezinshereniging aan. Dan is geen paspoort geen "
        "onoverkomelijk probleem. {Rel_pron} kan de identiteit tonen met andere bewijzen, "
        "bijvoorbeeld een geboorteakte, een familieboekje of een document van UNHCR. De "
        "ambassade bepaalt welke. Kan {rel_pron} geen paspoort krijgen? Dan kan {rel_pron} een "
        "doorlaatbewijs (laissez-passer) vragen.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    # seed 004: "Als je minderjarig bent moet je bewijzen dat de (groot)ouder die je komt
    # vervoegen, het recht van bewaring over je heeft" (panel 59, g8: the foster child's
    # ratification and humanitarian advice said to a Belgian grandmother)
    # seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    # voogdij bekrachtigd wordt door een Belgische rechtbank" (round 118, s3: "De buitenlandse
    # beslissing over de voogdij bewijst dan ...", and death certificates of living parents)
    "guardianship_as_custody_proof": _M(
        "{Rel} {rel_has} als kleinkind van {sp_obj} een eigen recht op gezinshereniging, als "
        "{sp} het recht van bewaring {sp_has}. De buitenlandse beslissing over de voogdij kan "
        "dat tonen. Maar volgens onze informatie telt een buitenlandse voogdij voor "
        "gezinshereniging pas als een Belgische rechtbank ze heeft bekrachtigd. Laat dus "
        "nakijken of dat hier nodig is.",
        S.PRACTICE_FOREIGN_BOND,
    ),
    # the same rule of seed 004 for a grandparent who has no custody yet; whether a kafala
    # counts as custody no seed says (panel 68, g4: "al een eigen recht" and the parents'
    # death certificates told to a grandmother whose son is alive)
    "guardianship_to_get_custody": _M(
        "Krijg {sp} het hoederecht via een beslissing in het buitenland, zoals een voogdij? Dan "
        "toont die beslissing dat {sp} het recht van bewaring {sp_has}. Dan kan {rel} als "
        "kleinkind van {sp_obj} wel recht op gezinshereniging hebben. Of een kafala zo telt, "
        "zegt onze informatie niet. Laat dat nakijken door een advocaat.",
        S.ART_40TER,
    ),
    # seed 003: the 12 months are the favourable conditions of family reunification; a
    # humanitarian visa has no such period (panel 60, h8: "is er geen deadline van 1 jaar na
    # mijn bescherming? vriend zei dat" got the processing time)
    "twelve_months_for_a_right": _M(
        "De termijn van {favourable_months} maanden na {sp_of:de erkenning} geldt voor "
        "gezinshereniging: een echtgenoot, een geregistreerde partner of een minderjarig kind. "
        "Voor een humanitair visum is er geen termijn om aan te vragen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 000: "Als je de echtgeno(o)t(e) bent van een erkend vluchteling of subsidiair
    # beschermde wiens huwelijk niet geldt als officieel huwelijk, dan stellen we in de praktijk
    # een soepelere procedure vast" (panel 60, g5: "kan grace dat ook, zonder betalen zoals bij
    # vluchtelingen?" of a worker's customary wife got "geen antwoord")
    "soft_procedure_only_protected": _M(
        "Die soepelere procedure (aanvragen als gezinshereniging, zonder bijdrage, met een "
        "visum B17) geldt alleen voor de echtgenoot van een erkend vluchteling of iemand met "
        "subsidiaire bescherming. Voor {rel} geldt ze niet: {rel} kan een humanitair visum "
        "vragen, of {we} trouwen officieel.",  # "ze" to a son who types (round 120, t3)
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001 names "een visum met het oog op een huwelijk of een wettelijke samenwoning" and
    # nothing of how it works (panel 61, h15: "hoe werkt dat visum om te trouwen?" got the
    # humanitarian visa's tips)
    "marriage_visa_how": _M(
        "{Rel} kan een visum vragen om in België te trouwen of wettelijk samen te wonen. Na het "
        "huwelijk of de registratie kan {rel} recht op gezinshereniging hebben. Hoe dat visum "
        "werkt en welke papieren ervoor nodig zijn, staat niet in onze informatie. Vraag het "
        "na bij een advocaat of bij onze organisatie.",
        S.ART_10_1_4_5,
    ),
    # a Belgian's spouse: art. 40ter (panel 63, h4: art. 10 cited to a Belgian)
    "marriage_visa_how@belgian": _M(
        "{Rel} kan een visum vragen om in België te trouwen of wettelijk samen te wonen. Na het "
        "huwelijk kan {rel} recht op gezinshereniging hebben. Hoe dat visum werkt en welke "
        "papieren ervoor nodig zijn, staat niet in onze informatie. Vraag het na bij een "
        "advocaat of bij onze organisatie.",
        S.ART_40TER_2,
    ),
    # seed 000: "Dit is bijvoorbeeld het geval wanneer gezinsleden in principe wel in aanmerking
    # komen voor gezinshereniging, maar ... wanneer de leeftijdsvoorwaarden niet vervuld zijn"
    # (panel 62, h6: "mag ik de aanvraag al indienen voor 3 mei?" got the processing time)
    "apply_now_second_order": _M(
        "Nu aanvragen kan, maar dan als aanvraag gezinshereniging met daarin ook een humanitair "
        "visum 'in tweede orde', omdat de leeftijdsvoorwaarde nog niet vervuld is. Toon dan al "
        "de humanitaire en dringende situatie aan. Of wacht tot {we} allebei oud genoeg zijn: "
        "dan kan {rel} gewoon gezinshereniging vragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "Uw feitelijke partner zal zich slechts in bepaalde bijzondere omstandigheden
    # met u kunnen herenigen ... (humanitair visum) of via een visum met het oog op een
    # huwelijk of een wettelijke samenwoning"; seed 000: "De slaagkansen zijn in dit geval veel
    # onzekerder ... Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak een cruciaal
    # element" (panel 73, h4: "we zijn niet getrouwd, is dat een groot probleem?" unanswered)
    "not_married_partner": _M(
        "Zonder huwelijk of geregistreerd partnerschap heeft {rel} geen recht op "
        "gezinshereniging. {Rel} kan wel een humanitair visum vragen, of een visum om in België "
        "te trouwen of wettelijk samen te wonen. De kans op een humanitair visum is veel "
        "onzekerder. Kinderen die {we} samen hebben, zijn daarbij vaak heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "registration_would_help": _M(
        "Laten {we} {our} partnerschap registreren (wettelijke samenwoning)? Dan kan {rel} "
        "wel gezinshereniging vragen, als {our} relatie stabiel is: {we} woonden minstens "
        "{stable_cohabitation_months} maanden wettelijk en onafgebroken samen, voor de "
        "aanvraag, of {we} kennen elkaar minstens "
        "{stable_acquaintance_months} maanden, hadden regelmatig contact en zagen elkaar in de "
        "{stable_acquaintance_months} maanden voor de aanvraag minstens {meetings} keer (samen "
        "minstens {meeting_days} dagen), of {we} hebben samen een kind. {We} moeten allebei "
        "minstens {partner_age} jaar zijn.",
        S.ART_10_1_5,
    ),
    # seed 001's conditions are art. 10's (a sponsor who is no Belgian); no seed gives a
    # Belgian's registered partner's (panel 38, h5: art. 10, §1, 5° cited to a Belgian)
    "registration_would_help@belgian": _M(
        "Laten {we} {our} partnerschap registreren (wettelijke samenwoning)? Dan kan "
        "gezinshereniging misschien wel. Onze informatie geeft de voorwaarden daarvoor alleen "
        "voor de partner van iemand die geen Belg is. Welke voorwaarden gelden voor de "
        "partner van een Belg, vraag je best aan een advocaat.",
        S.ART_40TER,
    ),
    # seed 001: "dat u elkaar in de twee jaar voorafgaand aan de aanvraag minstens 3 keer hebt
    # ontmoet en dat deze ontmoetingen minstens 45 dagen duurden (bv. vliegtuigtickets, enz.)"
    # (panel 53, h4: asked three times whether her visits count)
    "registration_rule_elsewhere": _M(
        "Voor de partner van iemand die geen Belg is, zegt onze informatie: de relatie is "
        "stabiel als jullie minstens {stable_cohabitation_months} maanden wettelijk en "
        "onafgebroken samenwoonden, voor de aanvraag, of als "
        "jullie elkaar minstens {stable_acquaintance_months} maanden kennen, regelmatig contact "
        "hadden en elkaar in de {stable_acquaintance_months} maanden voor de aanvraag minstens "
        "{meetings} keer zagen, samen minstens {meeting_days} dagen. Bewijzen zijn bijvoorbeeld "
        "vliegtickets.",
        S.ART_10_1_5,
    ),
    # seed 004: "In de praktijk eist de DVZ niet dat je Belgische (stief)ouder ... zelf als
    # huurder vermeld staat in het geregistreerd huurcontract. Het volstaat dat hij op dat adres
    # woont en dat dat blijkt uit het Rijksregister. De persoon die wel als huurder vermeld staat
    # ... moet een familielid zijn" (panel 11, u3)
    # seed 004: "Een huurcontract moet geregistreerd zijn op het registratiekantoor. De
    # registratie is een verplichting van de verhuurder. Maar ook de huurder kan het zelf laten
    # registreren." (panel 50, g2: "wie moet da doen")
    "lease_registration": _M(
        "Het huurcontract moet geregistreerd zijn op het registratiekantoor. Dat moet de "
        "verhuurder doen. Maar ook de huurder kan het zelf laten registreren.",
        S.PRACTICE_DVZ,
    ),
    # seed 004: "een notariële eigendomsakte van de woning waar hij woont en waar hij zijn
    # hoofdverblijfplaats heeft"; "De eigendomsakte moet een notariële akte zijn. Een
    # verkoopcompromis wordt bijvoorbeeld niet aanvaard." (panel 63, g3: "volstaat mijn
    # notariële akte, ook al staat daar alleen mijn naam op?" unanswered)
    "own_deed": _M(
        "Een notariële eigendomsakte is een bewijs van de woning, als {sp} daar echt woont en "
        "ingeschreven {sp_is} (de hoofdverblijfplaats). Een verkoopcompromis is niet genoeg. "
        "Dat de gezinsleden niet op de akte staan, noemt onze informatie niet als probleem. "
        "DVZ kan de woning toch te klein vinden om er te koken, te wonen en te slapen.",
        S.ART_40TER_2,
    ),
    # seed 004 names "een geregistreerd huurcontract van de woning die hij huurt" and "een
    # notariële eigendomsakte van de woning waar hij woont", and for a lease: "De persoon die
    # wel als huurder vermeld staat in de huurovereenkomst moet een familielid zijn"; of a home
    # a relative owns it says nothing (panel 102, w3: answered with the lease rule)
    "deed_of_a_relative": _M(
        "Het bewijs van de woning is een geregistreerd huurcontract of een notariële "
        "eigendomsakte van de woning waar {sp} woont en ingeschreven {sp_is}. Staat een "
        "huurcontract op naam van familie? Dat aanvaardt DVZ als {sp} op dat adres woont. "
        "Over een huis dat van familie is, zegt onze informatie niets. Vraag aan een sociaal "
        "werker of advocaat welk bewijs DVZ dan aanvaardt.",
        S.PRACTICE_DVZ,
    ),
    # seed 000 (a parent of high age): "een geïsoleerde situatie door het wegvallen van
    # familieleden"; "omdat er geen andere gezinsleden de zorg voor jou kunnen opnemen"
    # (panel 103, z3: "moet ik zeggen dat ik een broer heb?" unanswered)
    "other_carer_told": _M(
        "Het dossier moet tonen dat geen ander familielid voor {rel_obj} kan zorgen. Is er "
        "een broer, zus of ander familielid? Noem die dan best, en leg uit waarom die niet "
        "voor {rel_obj} kan zorgen, met bewijzen. Bijvoorbeeld omdat die ver weg woont, zelf "
        "geen verblijf of plaats heeft, of zelf een gezin moet onderhouden. Laat het dossier "
        "nakijken door een advocaat of sociaal werker.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "lease_in_a_relatives_name": _M(
        "DVZ eist niet dat {sp} zelf als huurder op het huurcontract staat. Het volstaat dat "
        "{sp} op dat adres woont, zoals het Rijksregister toont. Wie wel als huurder op het "
        "contract staat, moet familie zijn van {sp_obj}, bijvoorbeeld {sp_of:de partner}.",
        S.PRACTICE_DVZ,
    ),
    # seed 004: "Leg de bewijzen van huisvesting voor van het adres waar je Belgische
    # (stief)ouder ... effectief woont op het moment van de aanvraag gezinshereniging. Het
    # heeft geen zin om een huurcontract of eigendomsakte af te geven van een woning waar je
    # gezin pas later zal intrekken (bijvoorbeeld na de gezinshereniging). Zelfs al is die
    # woning ruimer en beter geschikt." (panel 31, a2)
    "lease_of_a_later_home": _M(
        "Geef het contract van de woning waar {sp} woont op het moment van de aanvraag. Een "
        "contract of akte van een woning waar het gezin pas later intrekt, heeft geen zin. "
        "Ook niet als die woning groter is.",
        S.ART_40TER_2,
    ),
    # seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    # gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    # werd om zijn visumaanvraag tijdig in te dienen"; seed 001: other adult children "op grond
    # van een tijdelijke verblijfsvergunning (art. 9 en 13 - humanitair visum)" (panel 48, h1)
    "adult_child_late": _M(
        "Komt de aanvraag van {rel} later? Dan vervalt het recht op gezinshereniging, "
        "behalve bij overmacht: toon dan aan wat een aanvraag op tijd verhinderde. Anders "
        "blijft alleen een humanitair visum, en dat is een gunst.",
        S.CJEU_C279_20,
    ),
    # the same sentence of seed 003, for a child who was a minor at the application and is an
    # adult now (panel 45, g2: "telt het dat Sara minderjarig was toen haar vader asiel
    # vroeg?" was not answered)
    "minor_at_asylum_counts": _M(
        "Ja, dat telt. {Rel} was jonger dan {majority} toen {sp} asiel vroeg. Daarom "
        "{has_rel_pron} nog recht op gezinshereniging als kind, ook nu {rel_pron} meerderjarig "
        "{rel_is}. De aanvraag moet wel binnen {adult_child_months} maanden na de erkenning "
        "gebeuren.",
        S.CJEU_C279_20,
    ),
    # seed 003: "Een kind dat minderjarig was op het moment dat de gezinshereniger ... zijn/haar
    # aanvraag om internationale bescherming in België heeft ingediend, behoudt zijn recht op
    # gezinshereniging indien het meerderjarig geworden is tijdens het onderzoek van deze
    # aanvraag, op voorwaarde dat de aanvraag voor gezinshereniging wordt ingediend binnen 12
    # maanden na de erkenning" (panel 13, y5: an asylum seeker's son turns 18 before the decision)
    "asylum_seeker_child_turns_18": _M(
        "Was {rel} jonger dan {majority} toen {sp} asiel vroeg? Dan blijft het recht op "
        "gezinshereniging na de erkenning, ook als {rel_pron} intussen {majority} wordt. De "
        "aanvraag moet dan wel binnen {adult_child_months} maanden na de erkenning gebeuren.",
        S.CJEU_C279_20,
    ),
    # seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    # gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    # werd om zijn visumaanvraag tijdig in te dienen." (panel 13, z3: no appointment in time)
    "no_appointment_force_majeure": _M(
        "Lukt het echt niet op tijd, bijvoorbeeld omdat de ambassade geen afspraak geeft? "
        "Bewaar de bewijzen, zoals mails en schermafdrukken. Bij overmacht kan de termijn van "
        "{adult_child_months} maanden voor {rel} verlengd worden.",
        S.CJEU_C279_20,
    ),
    # seed 002: "De aanvrager die van de gunstigere voorwaarden wenst te genieten moet uitleg
    # verschaffen over de redenen die de tijdige indiening van zijn visumaanvraag verhinderd
    # hebben."
    "no_appointment_reasons": _M(
        "Lukt het echt niet op tijd, bijvoorbeeld omdat de ambassade geen afspraak geeft? "
        "Bewaar de bewijzen, zoals mails en schermafdrukken. Wie later indient, legt uit wat "
        "een aanvraag op tijd verhinderde. DVZ bekijkt die redenen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: "De gezinshereniger moet in België over de status van beschermde vreemdeling
    # beschikken"; seed 000: "wanneer jouw religieus of gewoonterechtelijk huwelijk ook als
    # officieel huwelijk geldt in het land waar het werd afgesloten" (panel 29, b1: an asylum
    # seeker told "dan heeft je vrouw wel recht")
    "religious_marriage_asylum_seeker": _M(
        "Zolang {sp} asielzoeker {sp_is}, is er nog geen gezinshereniging, wat het huwelijk ook "
        "is. Na de erkenning telt het religieus huwelijk als het officieel geldt in het land "
        "waar {we} trouwden. Kijk dat na met de wet van dat land.",
        S.ART_10,
    ),
    # seed 000: "Als jouw religieus of gewoonterechtelijk huwelijk niet als officieel huwelijk
    # geldt, dan kan enkel een humanitair visum worden afgeleverd. DVZ erkent in dat geval een
    # 'feitelijke relatie'", with the soft procedure for a protected sponsor's spouse
    "religious_marriage_if_not_official": _M(
        "Geldt het religieus huwelijk niet als officieel huwelijk? Dan kan alleen een "
        "humanitair visum. DVZ kijkt dan naar een feitelijke relatie: toon die aan, "
        "bijvoorbeeld met gemeenschappelijke kinderen. Voor de partner van een erkend "
        "vluchteling of subsidiair beschermde kan de aanvraag toch als aanvraag "
        "gezinshereniging, zonder bijdrage. Het visum is dan een humanitair visum (B17).",
        S.ART_9_13,
    ),
    # seed 003: "Ongehuwde staat – De aanvrager moet ongehuwd zijn."; seed 001: "alleenstaand
    # zijn (ongehuwd)" (panel 29, a1)
    "child_marries": _M(
        "{Rel} moet ongehuwd zijn. Trouwt {rel_pron} voor de aanvraag, dan is er geen recht op "
        "gezinshereniging als kind meer. Een humanitair visum kan {rel} dan nog vragen.",
        S.ART_10,
    ),
    # seed 000: "indien de buitenlandse voogdij bekrachtigd wordt door een Belgische rechtbank
    # of indien de buitenlandse adoptie erkend wordt door de Federale Centrale Autoriteit (FCA)
    # inzake adoptie" (panel 28, b5: "wat is FCA?" twice unanswered)
    "fca_meaning": _M(
        "De FCA is de Federale Centrale Autoriteit inzake adoptie. Zij erkent een buitenlandse "
        "adoptie. Een buitenlandse voogdij, zoals een kafala, laat je bekrachtigen door een "
        "Belgische rechtbank. Hoe lang dat duurt, staat niet in onze informatie.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "Het polygaam huwelijk wordt in België niet erkend. Indien u meerdere
    # echtgenotes hebt, mag er maar één echtgenote naar België komen via gezinshereniging."
    # An ended marriage is not in the seeds (panel 28, a5: "geen antwoord", then the wife
    # taken out)
    # seed 001 (art. 10, §1, 5°): "U moet beiden ongehuwd zijn en geen duurzame relatie met
    # een andere persoon hebben." (panel 32, c2: "ze is op papier nog getrouwd met haar ex, de
    # scheiding is nog niet rond" got "Je vriendin kan dus komen")
    "partner_still_married": _M(
        "Als partners moeten {we} allebei ongehuwd zijn. Is de scheiding nog niet rond? Dan is "
        "{rel} nog getrouwd, en dan is er nu geen recht op gezinshereniging als partners. "
        "Vraag een advocaat wat kan zodra de scheiding rond is.",
        S.ART_10_1_5,
    ),
    "earlier_marriage_divorced": _M(
        "Onze informatie beperkt alleen een huwelijk met meer dan één echtgenote tegelijk: "
        "dan mag er maar één komen. Over een vorig huwelijk dat met een scheiding eindigde, "
        "zegt ze niets meer. {Rel} kan dus komen zoals hierboven staat. Vraag een advocaat "
        "welke bewijzen van de scheiding nodig zijn.",
        S.ART_10_1_4,
    ),
    # seed 003: "Deze termijn van 12 maanden kan worden verlengd (en het recht op
    # gezinshereniging behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd
    # werd om zijn visumaanvraag tijdig in te dienen." (panel 26, m3: "is dat overmacht?")
    "force_majeure_adult_child": _M(
        "Bij overmacht kan de termijn van {adult_child_months} maanden voor {rel} verlengd "
        "worden, en blijft het recht op gezinshereniging. Dan moeten {we} aantonen dat "
        "overmacht de aanvraag op tijd verhinderde. Of dat lukt, kan ik niet beoordelen. "
        "Bewaar alle bewijzen en vraag raad aan een advocaat.",
        S.CJEU_C279_20,
    ),
    # seed 002: "De aanvrager die van de gunstigere voorwaarden wenst te genieten moet uitleg
    # verschaffen over de redenen die de tijdige indiening van zijn visumaanvraag verhinderd
    # hebben. De omstandigheden ... worden door de Dienst Vreemdelingenzaken onderzocht."
    "force_majeure_late_request": _M(
        "Wie later indient dan {favourable_months} maanden na de erkenning, legt uit wat een "
        "aanvraag op tijd verhinderde. De Dienst Vreemdelingenzaken onderzoekt die redenen. "
        "Dat kan ik niet beoordelen. Het recht op gezinshereniging blijft, maar dan moeten "
        "inkomen, woning en ziekteverzekering bewezen worden, tenzij DVZ de redenen aanvaardt.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 000 ("Ouder met hoge leeftijd"): "Een hoge leeftijd, medische problemen en een
    # geïsoleerde situatie door het wegvallen van familieleden kunnen een belangrijke rol
    # spelen ... De individuele situatie moet zo concreet en gedetailleerd mogelijk beschreven
    # en aangetoond worden." Nothing of the sponsor's own health (panel 25, k4).
    "sponsor_own_health": _M(
        "Voor een humanitair visum noemt onze informatie wat telt bij {rel}: een hoge "
        "leeftijd, medische problemen en een geïsoleerde situatie. Over jouw eigen gezondheid "
        "zegt ze niets. Beschrijf de situatie zo concreet mogelijk en toon ze aan. Vraag een "
        "advocaat of jouw gezondheid kan helpen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    # dat je ten laste bent van de Belg" (panel 10, t1: "moet hij ten laste zijn van mij?")
    # seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    # dat je ten laste bent van de Belg" (panel 50, h4: "hij is ouder dan 21, kan dat nog?")
    "descendant_over_21_dependent": _M(
        "Ja. Ook een kind van {belgian_descendant_age} jaar of ouder heeft dat recht, als "
        "{rel_pron} ten laste {rel_is} van {sp_obj}. Dat moet je bewijzen. Welke bewijzen, zie "
        "je onder 'Documenten'.",
        S.ART_40BIS_2_3,
    ),
    # the same after "is er een deadline voor jasmine?": no "Ja." to a deadline that does not
    # exist (panel 125, k3: "Ja. Ook een kind van 21 jaar of ouder heeft dat recht")
    "descendant_over_21_dependent_no_deadline": _M(
        "Ook een kind van {belgian_descendant_age} jaar of ouder heeft dat recht, als "
        "{rel_pron} ten laste {rel_is} van {sp_obj}. Dat moet je bewijzen. Welke bewijzen, zie "
        "je onder 'Documenten'.",
        S.ART_40BIS_2_3,
    ),
    # the day told ("Grace wordt 21 jaar op 14 april 2027"; panel 63, h2: the rule only, never
    # linked to her birthday); seed 004 "bankuittreksels van de laatste 6 maanden"
    "dependency_from_21_day": _M(
        "{Rel} {rel_is} {belgian_descendant_age} vanaf {day}. Gebeurt de aanvraag op of na die "
        "dag? Dan moet {rel} ook bewijzen dat {rel_pron} ten laste {rel_is} van {sp_obj}, "
        "bijvoorbeeld met bankuittreksels van de laatste {bank_months} maanden. Bewaar dus nu al "
        "de bewijzen van elke overschrijving.",
        S.ART_40BIS_2_3,
    ),
    "dependency_from_21": _M(
        "Vanaf {belgian_descendant_age} jaar moet {rel} ook bewijzen dat {rel_pron} ten laste "
        "{rel_is} van {sp_obj}. Jonger dan {belgian_descendant_age} hoeft dat niet.",
        S.ART_40BIS_2_3,
    ),
    # seed 004: "Als je onmogelijk een officiële akte kan voorleggen, kan de DVZ rekening houden
    # met 'andere geldige bewijzen'."
    "dna_couple_belgian": _M(
        "Een DNA-test toont een bloedband, zoals tussen ouder en kind. Een huwelijk toon je met "
        "de huwelijksakte. Kan je die onmogelijk voorleggen? Dan kan DVZ rekening houden met "
        "andere geldige bewijzen.",
        S.ART_40TER,
    ),
    # seed 000: "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor een
    # visum gezinshereniging in tweede orde een humanitair visum te vragen ... wanneer ... je
    # wel bestaansmiddelen kan voorleggen, maar deze niet voldoende stabiel, toereikend of
    # regelmatig zijn" -- asked "is er echt niks?" before the conditions are known
    # seed 001: "Indien u of uw echtgenoot/echtgenote of partner het exclusief recht van
    # bewaring heeft ... een kopie van het vonnis voorleggen dat u het exclusief recht van
    # bewaring toekent." (panel 33, b2: "en als die ex toch nie wil tekenen? kan de jongen dan
    # nie mee?" got "Dank je voor je reactie")
    # seed 004: "Als je het recht van bewaring niet kan bewijzen met een rechterlijke beslissing,
    # dan volstaat een schriftelijke verklaring van de andere ouder waarin hij toestemming
    # geeft" (panel 63, g3: "wat als hij geen toestemming wil geven? kan Mark dan niet mee?"
    # got the humanitarian visa's FAQ; the custody told sole, with no judgment)
    "no_judgment_consent_refused": _M(
        "Er is geen vonnis over het hoederecht over {rel_obj}. Dan bewijst een schriftelijke "
        "verklaring van {rel_of:de andere ouder} met toestemming dat hoederecht. Geeft die "
        "ouder geen toestemming, en is er geen vonnis? Dan kan het hoederecht niet bewezen "
        "worden, en is er geen recht op gezinshereniging. Een humanitair visum blijft.",
        S.ART_40TER_2,
    ),
    "custody_judgment_instead": _M(
        "Geeft een rechter het hoederecht alleen aan {sp_obj} of aan {sp_of:de partner}? Dan "
        "is de toestemming van {rel_of:de andere ouder} niet nodig. Leg dan een kopie van dat "
        "vonnis voor.",
        S.ART_10,
    ),
    # seed 001: "In tegenstelling tot de gezinshereniging, is een humanitair visum geen recht."
    # "De wet verplicht de Dienst Vreemdelingenzaken niet om binnen een bepaalde termijn een
    # beslissing te nemen. De behandelingstermijn kan tot een jaar of meer oplopen." (panel
    # 33, a2: "dat humanitair visum in 2de orde, hoe lang duurt da en is dat even goed?" got
    # the family reunification's answer twice)
    # seed 000: "Deze situatie moet onderscheiden worden van de situatie waarbij het huwelijk
    # wel als officieel huwelijk geldt, maar DVZ de akte zelf niet kan erkennen. In dat geval
    # is gezinshereniging wel mogelijk wanneer 'andere geldige bewijzen' worden voorgelegd."
    # (panel 33, a3: "geen huwelijksakte, alleen nikah ... wat dan?" got no answer)
    "marriage_deed_missing_official": _M(
        "Geldt {our} huwelijk als officieel huwelijk in het land waar {we} trouwden, maar is "
        "er geen akte die DVZ kan erkennen? Bijvoorbeeld omdat de legalisatie ontbreekt, of "
        "omdat het land geen werkende administratie heeft? Dan kan gezinshereniging toch, met "
        "andere geldige bewijzen.",
        S.RVV_CASE_LAW,
    ),
    # seed 002 "Bijzondere bepaling": "andere geldige bewijzen ... op voorwaarde dat deze band
    # al vóór de binnenkomst van de gezinshereniger in België bestond" (panel 77, g2 and h1: the
    # other valid proofs said to a couple who married after the arrival)
    "marriage_deed_missing_official@bond_after_arrival": _M(
        "Geldt {our} huwelijk als officieel huwelijk, maar is er geen akte die DVZ kan "
        "erkennen? DVZ moet andere geldige bewijzen alleen bekijken voor een band die al "
        "bestond vóór de aankomst in België. {We} trouwden pas daarna. Zorg dus voor een akte "
        "die DVZ kan erkennen, of laat het nakijken door een advocaat.",
        S.ART_12BIS_5_6,
    ),
    # seed 000: "DVZ erkent in dat geval een 'feitelijke relatie'. De relatie kan dan
    # aangetoond worden aan de hand van concrete feitelijke bewijzen of bijvoorbeeld het
    # bestaan van gemeenschappelijke kinderen."
    "marriage_deed_missing_religious": _M(
        "Geldt het religieus huwelijk niet als officieel huwelijk? Dan moet de relatie blijken "
        "uit concrete feiten, bijvoorbeeld kinderen die {we} samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Als je geen enkel bewijs kan voorleggen van je reeds bestaande huwelijksband
    # is een aanvraag voor een visum gezinshereniging in de praktijk niet mogelijk. Er kan dan
    # enkel een humanitair visum worden gevraagd. De slaagkansen zijn in dit geval veel
    # onzekerder. DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een
    # bewezen feitelijke relatie. Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak
    # een cruciaal element." (panel 37, h1: the church paper lost, "kans redelijk" kept)
    "marriage_no_proof_at_all": _M(
        "Is er helemaal geen bewijs van het huwelijk? Dan kan alleen een humanitair visum. De "
        "kans is dan veel onzekerder: DVZ geeft het slechts uitzonderlijk, op basis van een "
        "bewezen relatie. Kinderen die {we} samen hebben, zijn daarbij vaak heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "Indien uw meerderjarig kind gehandicapt is, kan het u ... vervoegen" with the
    # embassy doctor's attest; seed 000: an adult child has no right and "kan een humanitair
    # visum aanvragen" (panel 34, d4: "en als de dokter zegt hij is niet genoeg gehandicapt?")
    "disability_not_recognised": _M(
        "Zegt de dokter van de ambassade dat de handicap niet ernstig genoeg is? Dan heeft {rel} "
        "geen recht op gezinshereniging als meerderjarig kind. Een humanitair visum kan dan nog, "
        "maar alleen in bijzondere omstandigheden. Vraag het humanitair visum daarom al 'in "
        "tweede orde' in de aanvraag gezinshereniging.",
        S.ART_9_13,
    ),
    # seed 002: "indien de ambassade of het consulaat van mening is dat het redelijkerwijs
    # mogelijk is om een reisdocument te bekomen, moet dit document worden voorgelegd" and
    # "Dit doorlaatbewijs wordt niet automatisch afgegeven. De aanvrager moet uitleggen
    # waarom ..." (panel 34, d1, a4: the Eritrean passport and the diaspora tax)
    # seed 002: "een geldig reisdocument" (an expired passport is none) and, for a protected
    # person's family, "hij moet zijn identiteit met andere bewijsmiddelen aantonen"; seed 004
    # names "een vervallen paspoort" as proof of identity for a Belgian's family (panel 84, i1)
    "expired_passport": _M(
        "Een vervallen paspoort is geen geldig reisdocument. Het kan wel helpen om de "
        "identiteit te tonen: voor familie van een Belg noemt onze informatie een vervallen "
        "paspoort als bewijs van identiteit. Welke bewijzen de ambassade aanvaardt, bepaalt zij "
        "zelf.",
        f"{S.PRACTICE_DVZ_TRAVEL_DOCUMENT}; {S.PRACTICE_DVZ_BELGIANS_FAMILY}",
    ),  # (panel 95, m4: art. 40ter read as a wrong citation for a refugee's father)
    "travel_document_limits": _M(
        "Maar de ambassade beslist of een paspoort in de praktijk redelijkerwijs te krijgen is. "
        "Vindt zij van wel? Dan moet het paspoort er toch komen. Een doorlaatbewijs komt ook "
        "niet automatisch: leg uit waarom er geen paspoort is. DVZ geeft het als die uitleg "
        "geloofwaardig is.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    # seed 001 (geregistreerde partner): "ofwel dat u gedurende minstens 1 jaar, voorafgaand
    # aan de aanvraag, wettelijk en onafgebroken in België of in het buitenland hebt
    # samengewoond" (panel 34, c5: "we woonden 1 jaar samen in het kamp, telt dat?")
    "cohabitation_counts": _M(
        "Voor een geregistreerd partnerschap telt samenwonen als bewijs van een stabiele relatie, "
        "als {we} minstens {stable_cohabitation_months} maanden wettelijk en onafgebroken "
        "samenwoonden, voorafgaand aan de aanvraag. Dat kan ook in het buitenland.",
        S.ART_10_1_5,
    ),
    # said only when a camp is named (panel 52, g10: a camp no one had mentioned)
    "cohabitation_in_a_camp": _M(
        "Of samenwonen in een kamp als wettelijk telt, staat niet in onze informatie.",
        S.ART_10_1_5,
    ),
    "humanitarian_visa_what": _M(
        "Een humanitair visum is geen recht, maar een gunst: DVZ beslist per geval. De wet "
        "legt DVZ geen termijn op om te beslissen. De behandeling kan een jaar of langer duren.",
        S.ART_9_13,
    ),
    # no seed names a language test or an integration course among the conditions of the
    # request (panel 33, a1: "moet ik eerst nederlands leren? of een examen doen?")
    "language_test_not_in_sources": _M(
        "In de voorwaarden die onze informatie noemt, staat geen taaltest en geen examen voor "
        "de aanvraag. Wat er na de aankomst in België volgt, zoals inburgering, staat niet in "
        "onze informatie.",
        S.ART_10,
    ),
    # seed 000: "In uitzonderlijke gevallen is het ook aan te raden ... in tweede orde een
    # humanitair visum te vragen ... wanneer je wel bestaansmiddelen kan voorleggen, maar deze
    # niet voldoende stabiel, toereikend of regelmatig zijn of wanneer de
    # leeftijdsvoorwaarden niet vervuld zijn. Het is in zo'n geval belangrijk om al in de
    # aanvraag voor gezinshereniging de humanitaire en prangende situatie voldoende aan te
    # tonen." Not for a home or an insurance (panel 37, g2 and h2: "Lukt het niet om genoeg
    # inkomen, een woning of een ziekteverzekering te bewijzen?")
    # the same sentence for a religious marriage that may count as official after all
    # (panel 72, g5: "en als het niet genoeg is? wat dan? en het is een nieuw contract")
    "second_order_if_official": _M(
        "Dat inkomen moet dan stabiel, regelmatig en genoeg zijn. Is het dat nog niet, "
        "bijvoorbeeld bij een nieuw contract? Dan is het in uitzonderlijke gevallen aan te "
        "raden om in de aanvraag gezinshereniging ook een humanitair visum 'in tweede orde' "
        "te vragen. Toon dan al in die aanvraag de humanitaire en dringende situatie aan.",
        S.ART_9_13,
    ),
    "second_order_if_needed": _M(
        "In uitzonderlijke gevallen is het aan te raden om in de aanvraag gezinshereniging "
        "ook een humanitair visum 'in tweede orde' te vragen. Bijvoorbeeld als er wel inkomen "
        "is, maar het is niet stabiel, niet genoeg of niet regelmatig. Of als de "
        "leeftijdsvoorwaarde niet vervuld is. Toon dan al in die aanvraag de humanitaire en "
        "dringende situatie aan.",
        S.ART_9_13,
    ),
    # seed 000: "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw
    # religieus of gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land
    # waar het werd afgesloten." The seeds do not ask a new marriage.
    "marry_again_not_in_sources": _M(
        "Onze informatie zegt niet dat {we} opnieuw moeten trouwen.",
        S.ART_10_1_4,
    ),
    # seed 001 "U bent beiden ouder dan 21 jaar"; a Belgian's spouse: art. 40ter (panel 59, h6:
    # "ik word 21 op 3 mei 2027. kan emre dan wel via gezinshereniging komen?" twice unanswered)
    "age_21_on_day": _M(
        "{Sp} {sp_is} {spouse_age} jaar vanaf {day}. Vanaf die dag kan {rel} gezinshereniging "
        "vragen, als de andere voorwaarden vervuld zijn.",
        S.ART_10_1_4,
    ),
    "age_21_on_day@belgian": _M(
        "{Sp} {sp_is} {belgian_spouse_age} jaar vanaf {day}. Vanaf die dag kan {rel} "
        "gezinshereniging vragen, als de andere voorwaarden vervuld zijn.",
        S.ART_40TER_2,
    ),
    # the partner's own 21st birthday ("ze wordt 21 op 14 maart 2027"), the sponsor older
    # (panel 91, m5: "Je bent 21 jaar vanaf 14 maart 2027" to a man of 31, twice)
    "partner_21_on_day": _M(
        "{Rel} {rel_is} {spouse_age} jaar vanaf {day}. Vanaf die dag kan {rel} "
        "gezinshereniging vragen, als de andere voorwaarden vervuld zijn.",
        S.ART_10_1_4,
    ),
    "partner_21_on_day@belgian": _M(
        "{Rel} {rel_is} {belgian_spouse_age} jaar vanaf {day}. Vanaf die dag kan {rel} "
        "gezinshereniging vragen, als de andere voorwaarden vervuld zijn.",
        S.ART_40TER_2,
    ),
    # the sponsor's age not known: both must be 21
    "partner_21_on_day_sponsor_unknown": _M(
        "{Rel} {rel_is} {spouse_age} jaar vanaf {day}. {We} moeten dan allebei "
        "{spouse_age} jaar zijn. Dan kan {rel} gezinshereniging vragen, als de andere "
        "voorwaarden vervuld zijn.",
        S.ART_10_1_4,
    ),
    "partner_21_on_day_sponsor_unknown@belgian": _M(
        "{Rel} {rel_is} {belgian_spouse_age} jaar vanaf {day}. {We} moeten dan allebei "
        "{belgian_spouse_age} jaar zijn. Dan kan {rel} gezinshereniging vragen, als de andere "
        "voorwaarden vervuld zijn.",
        S.ART_40TER_2,
    ),
    # the partner still younger than 21 on that day: both must be (panel 70, g5: "Vanaf die dag
    # kan je vrouw gezinshereniging vragen" of a wife of 19)
    "age_21_on_day_partner_younger": _M(
        "{Sp} {sp_is} {spouse_age} jaar vanaf {day}. Maar ook {rel} moet {spouse_age} jaar "
        "zijn: pas als jullie allebei {spouse_age} zijn, kan {rel} gezinshereniging vragen.",
        S.ART_10_1_4,
    ),
    "age_21_on_day_partner_younger@belgian": _M(
        "{Sp} {sp_is} {belgian_spouse_age} jaar vanaf {day}. Maar ook {rel} moet "
        "{belgian_spouse_age} jaar zijn: pas als jullie allebei {belgian_spouse_age} zijn, kan "
        "{rel} gezinshereniging vragen.",
        S.ART_40TER_2,
    ),
    # the same sentence while the route is not known yet (a fact still missing)
    "income_exempt_if_right": _M(
        "{Sp} hoeft geen inkomen te bewijzen als de band al bestond voor de aankomst in "
        "België, en de aanvraag binnen {favourable_months} maanden na de erkenning gebeurt.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 001 gives the disabled adult child's right ("Uw meerderjarige gehandicapte kinderen")
    # no deadline; seed 003's 12 months are the exemption's, which our sources do not give her
    # (panel 46, h3: "en voor ifrah, is er ook een datum?" got her brother's day)
    # seed 002: "Indien de aanvraag laattijdig wordt ingediend zijn de gunstigere voorwaarden
    # ... niet meer van toepassing" (panel 104, z5: "geen termijn" read as no reason to hurry)
    "deadline_none_disabled_adult": _M(
        "Voor {rel_obj} noemt onze informatie geen eigen termijn: het recht blijft. Dien de "
        "aanvraag toch best samen met de rest van het gezin in. Wie te laat indient, verliest "
        "de gunstigere regels voor familie van een beschermde persoon, zoals de aanvaarding van "
        "een onvolledig dossier. Inkomen, woning en ziekteverzekering moeten voor {rel_obj} wel "
        "bewezen worden.",
        S.ART_10_1_6,
    ),
    # seed 003: "behoudt zijn recht op gezinshereniging ... op voorwaarde dat de aanvraag ...
    # wordt ingediend binnen 12 maanden na de erkenning": asked whether the 12 months passed
    # while it is not known whether the son was a minor at the asylum request (panel 56, f1:
    # "Het recht blijft" said of him)
    "adult_child_if_minor_passed": _M(
        "Was {rel} jonger dan 18 toen {sp} asiel vroeg? Dan moest de aanvraag binnen "
        "{adult_child_months} maanden na {sp_of:de erkenning} gebeuren. Die termijn is voorbij. "
        "Daarmee is {rel_of:het recht op gezinshereniging} vervallen, tenzij overmacht het op "
        "tijd indienen verhinderde. Anders kan {rel} alleen een humanitair visum vragen.",
        S.CJEU_C279_20,
    ),
    # seed 003: "binnen het jaar (12 maanden) na de erkenning van de vluchtelingenstatus of de
    # toekenning van subsidiaire bescherming door het Commissariaat-generaal ... of de Raad voor
    # Vreemdelingenbetwistingen" (panel 57, m4: "vanaf de brief of vanaf mijn verblijfskaart?")
    "favourable_period_start": _M(
        "De {favourable_months} maanden tellen vanaf de erkenning: de datum op de beslissing "
        "van het CGVS of de RvV. Niet vanaf de dag dat de brief aankwam, en niet vanaf de "
        "verblijfskaart.",
        S.ART_10_2_FAVOURABLE,
    ),
    # a deadline computed while the route is not known yet: said as a condition
    "deadline_if_right": _M(
        "Dit geldt als {rel} recht {rel_has} op gezinshereniging. Dat weet ik pas als ik "
        "alles over {rel_obj} weet.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 002: late request -> the classic conditions
    "income_exempt_on_time": _M(
        "Dat geldt alleen als de aanvraag op tijd gebeurt. Daarna moet {sp} wel genoeg "
        "inkomen bewijzen.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 003: "Anderzijds moet de gezinshereniger niet bewijzen dat hij over
    # bestaansmiddelen beschikt indien de aanvrager zijn kind ... is, en dit kind bij hem komt
    # wonen alvorens 18 jaar te zijn en de enige is die zich bij de gezinshereniger komt
    # voegen." (panel 124, q2: "Daarna moet je vrouw wel genoeg inkomen bewijzen" of her son)
    "income_exempt_on_time_minor_child": _M(
        "Dat geldt alleen als de aanvraag op tijd gebeurt. Daarna moet {sp} wel genoeg "
        "inkomen bewijzen, behalve als {rel} nog minderjarig {rel_is} en als enige naar "
        "België komt.",
        S.ART_10_2,
    ),
    # the same for the home (seed 003 "Bijzondere bepaling ... voldoende huisvesting"; panel
    # 47, g5: "geen woning te bewijzen ... Daarna moet je cliënt wel genoeg inkomen bewijzen")
    "housing_exempt_on_time": _M(
        "Dat geldt alleen als de aanvraag op tijd gebeurt. Daarna moet {sp} wel een woning "
        "bewijzen die groot genoeg is.",
        S.ART_10_2_FAVOURABLE,
    ),
    # seed 004: "gelijk is aan of hoger is dan het wettelijke referentiebedrag, dan hoef je
    # geen bijkomende bewijzen toe te voegen"; "bij voorkeur ... van de laatste 12 maanden"
    "income_at_least_reference": _M(
        "Is het inkomen minstens het referentiebedrag? Dan zijn geen extra bewijzen over "
        "het inkomen nodig. Geef wel bewijzen, het best van de laatste {means_months} "
        "maanden.",
        f"{S.ART_40TER_2}; {S.GWH_121_2013}",
    ),
    # seed 003 "Bestaansmiddelen": the means of "de gezinshereniger"; a partner's income is
    # not in the seeds (panel 13, z2: "mijn vrouw verdient 1300 euro, is dat genoeg?")
    "income_of_the_partner": _M(
        "Onze informatie spreekt over {sp_of:het eigen inkomen}. Of DVZ ook het inkomen van "
        "{sp_of:de partner} meetelt, staat er niet in. Vraag het na bij onze organisatie.",
        S.ART_10_2,
    ),
    # seed 004: "aantoont dat hij een inkomen heeft dat gelijk is aan of hoger is dan het
    # wettelijke referentiebedrag" (the Belgian's); "Geef dan best alle gegevens ... een
    # gedetailleerd overzicht van zijn maandelijkse inkomsten en uitgaven"
    "income_of_the_partner@belgian": _M(
        "Het referentiebedrag gaat over {sp_of:het eigen inkomen}. Of DVZ ook het inkomen "
        "van {sp_of:de partner} meetelt, staat niet in onze informatie. Zet het wel in het "
        "overzicht van alle inkomsten en uitgaven.",
        S.ART_40TER_2,
    ),
    # seed 000: "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor
    # een visum gezinshereniging in tweede orde een humanitair visum te vragen. Dit is
    # bijvoorbeeld het geval wanneer ... er niet aan alle voorwaarden voor gezinshereniging
    # voldaan is ... Het is in zo'n geval belangrijk om al in de aanvraag voor
    # gezinshereniging de humanitaire en prangende situatie voldoende aan te tonen" (panel
    # 19, k1, l4: "wat bedoel je met in tweede orde? moet ik dan 2 aanvragen doen?")
    "second_order_explained": _M(
        "In tweede orde betekent: in de aanvraag gezinshereniging vraag je ook een "
        "humanitair visum, voor het geval DVZ de gezinshereniging weigert. Dat is aan te raden "
        "in uitzonderlijke gevallen, als niet alle voorwaarden vervuld zijn, bijvoorbeeld het "
        "inkomen of de leeftijd. Toon de humanitaire situatie dan al in de aanvraag "
        "gezinshereniging.",
        S.ART_9_13,
    ),
    # seed 004 "Bewijs recht van bewaring": "Als je het recht van bewaring niet kan bewijzen
    # met een rechterlijke beslissing, dan volstaat een schriftelijke verklaring van de andere
    # ouder waarin hij toestemming geeft. Als de andere ouder verdwenen is moet je een attest
    # hebben van de officiële instanties van het land van herkomst die dat bevestigt. Of moet
    # je de afwezigheid bewijzen met een rechterlijke beslissing." (panel 20, m4: "er is geen
    # vonnis over het hoederecht. welk papier hebben we dan nodig?" got no answer)
    "custody_without_judgment@belgian": _M(
        _CUSTODY_WITHOUT_JUDGMENT,
        S.ART_40TER_2,
    ),
    # seed 001: "Indien u of uw echtgenoot/echtgenote of partner het exclusief recht van
    # bewaring heeft ... een kopie van het vonnis voorleggen dat u het exclusief recht van
    # bewaring toekent"; the other parent's consent only "Als het recht van bewaring ...
    # gedeeld wordt" (panel 124, q2: "Ana heeft een vonnis ... zij alleen heeft de bewaring. is
    # da genoeg zonder de papa?" answered twice with a missing parent's proof for a Belgian)
    "custody_sole_judgment": _M(
        "Heeft {sp} alleen het hoederecht, met een vonnis? Dan vraagt DVZ een kopie van dat "
        "vonnis. De toestemming van {rel_of:de andere ouder} is dan niet nodig: die is alleen "
        "nodig als het hoederecht gedeeld is.",
        S.ART_10,
    ),
    # seed 001 (art. 10, §1, 4°): "een kopie van het vonnis voorleggen dat u het exclusief
    # recht van bewaring toekent" ... "de toestemming van de andere ouder voorleggen"; what
    # stands in for a judgment is seed 004's, for a Belgian's family only (panel 31, a3: it
    # was cited as art. 10, §1, 4° to a card holder)
    "custody_without_judgment": _M(
        "Heeft maar één ouder het hoederecht? Dan vraagt DVZ een kopie van het vonnis dat "
        "dat zegt. Is het hoederecht gedeeld? Dan is de toestemming van {rel_of:de andere ouder} "
        "nodig. Is er geen vonnis? Voor familie van een Belg zegt onze informatie: dan volstaat "
        "een schriftelijke toestemming van de andere ouder. Is die ouder verdwenen? Dan een "
        "attest van de overheid van het land of een rechterlijke beslissing. Of dat ook voor "
        "{our} aanvraag zo is, laat je best nakijken door een advocaat of een sociaal werker.",
        f"{S.ART_10}; {S.PRACTICE_DVZ_BELGIANS_FAMILY}",
    ),  # (panel 93, o5: "Wat dan volstaat, staat niet in onze informatie" beside seed 004)
    # seed 004 gives "1.555,09 euro per maand" without saying net or gross (panel 20, m4:
    # "dat referentiebedrag van 1555 euro, is dat netto of bruto?")
    "income_net_or_gross": _M(
        "Of het referentiebedrag netto of bruto is, staat niet in onze informatie. Vraag het "
        "na bij onze organisatie of een advocaat.",
        S.ART_40TER_2,
    ),
    # seeds 003 and 004 speak of the sponsor's own means; money from someone else (a
    # father-in-law, a brother) is not in the seeds (panel 19, k1: "kan mijn schoonvader
    # bijspringen, hij werkt in marokko")
    "income_of_others": _M(
        "Onze informatie spreekt over {sp_of:het eigen inkomen}. Of DVZ ook geld van iemand "
        "anders meetelt, bijvoorbeeld van familie, staat er niet in. Vraag het na bij onze "
        "organisatie.",
        S.ART_10_2,
    ),
    # seeds 000/001 on a humanitarian file speak of the sponsor's income ("het bewijs van uw
    # inkomen in België") and the applicant's own means, never of a third person's money
    # (panel 24, g2: the 1.555,09 euro of the son's right said of the mother's visa)
    "income_of_others@humanitarian": _M(
        "Of DVZ ook geld van iemand anders meetelt, bijvoorbeeld van familie, staat niet in "
        "onze informatie. Vraag het na bij onze organisatie.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004 "Wat als de bestaansmiddelen ... lager zijn dan 1.555,09 euro per maand? Geef
    # dan best alle gegevens ... een gedetailleerd overzicht van zijn maandelijkse inkomsten en
    # uitgaven"
    "income_of_others@belgian": _M(
        "Het referentiebedrag gaat over {sp_of:het eigen inkomen}. Of DVZ ook geld van iemand "
        "anders meetelt, bijvoorbeeld van familie, staat niet in onze informatie. Zet het wel "
        "in het overzicht van alle inkomsten en uitgaven.",
        S.ART_40TER_2,
    ),
    # seed 004 "Eventueel bewijs van 'ten laste' zijn": "bewijs van het inkomen van de Belg (en
    # zijn echtgenoot of partner). Bijvoorbeeld recente loonfiches."
    "income_of_the_partner_dependency": _M(
        "Moet {rel} bewijzen dat {rel_pron} ten laste {rel_is} (vanaf {belgian_descendant_age} "
        "jaar)? Dan vraagt DVZ ook bewijs van het inkomen van {sp_of:de partner}, "
        "bijvoorbeeld recente loonfiches.",
        S.ART_40BIS_2_3,
    ),
    # seed 004 "Bewijs van voldoende huisvesting": "De documenten vormen maar een weerlegbaar
    # vermoeden. ... als de woning niet voldoende ruim is om er te koken, te wonen en te slapen
    # (zie het koninklijk besluit elementaire vereisten woninghuur van 8 juli 1997). In de
    # praktijk zal de DVZ dat moeilijk kunnen controleren. Tenzij bijvoorbeeld in de
    # huurovereenkomst zelf staat dat het gaat om een eenpersoonswoning." (panel 13, z2)
    # seed 004's practice, said to another family as a Belgian's rule (panel 63, g5: "één
    # slaapkamer, volstaat dat?" got only "staat niet in onze informatie")
    "housing_space_belgian_practice": _M(
        "Voor gezinshereniging met een Belg zegt onze informatie: DVZ kan weigeren als de "
        "woning te klein is om er te koken, te wonen en te slapen, of als in het huurcontract "
        "staat dat het een woning voor 1 persoon is. Vraag na of dat ook voor {our} aanvraag "
        "zo is.",
        S.KB_1997_HOUSING,  # seed 004 names the KB; art. 40ter is a Belgian's, cited to a
    ),  # worker with subsidiary protection (panel 91, n4: C)
    "housing_space@belgian": _M(
        "Het huurcontract of de eigendomsakte is meestal genoeg als bewijs. Maar DVZ kan toch "
        "weigeren als de woning te klein is om er te koken, te wonen en te slapen. In de "
        "praktijk kan DVZ dat moeilijk controleren. Behalve als in het huurcontract staat "
        "dat het een woning voor 1 persoon is.",
        f"{S.ART_40TER_2}; {S.KB_1997_HOUSING}",
    ),
    # seed 001 "De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    # voorwaarden vast"; seed 000 "Je kan aantonen dat je kind over voldoende bestaansmiddelen
    # (en eventueel huisvesting) beschikt in België" (panel 36, g5: a Belgian's mother on a
    # humanitarian request was told art. 40ter's housing rule)
    "housing_humanitarian": _M(
        "Voor een humanitair visum legt de wet geen voorwaarden vast, ook niet voor de woning. "
        "Bewijs van genoeg inkomen en eventueel een woning om {rel_obj} op te vangen, maakt "
        "het dossier wel sterker.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 003 "Huisvesting": "De gezinshereniger moet beschikken over voldoende huisvesting
    # om het familielid ... te herbergen, en die voldoet aan de voorwaarden die gesteld worden
    # aan een onroerend goed dat wordt verhuurd als hoofdverblijfplaats"
    "housing_needed": _M(
        "Ja. {Sp} moet een woning hebben die groot genoeg is voor het gezin. Die woning moet "
        "voldoen aan de regels voor een huurwoning die als hoofdverblijfplaats dient.",
        f"{S.ART_10_2}; {S.CIVIL_CODE_HOUSING}",
    ),
    # seed 004 "Bewijs van voldoende huisvesting": "Leg de bewijzen van huisvesting voor van
    # het adres waar je Belgische (stief)ouder ... effectief woont ... een geregistreerde
    # huurovereenkomst ... of een notariële eigendomsakte"
    "housing_needed@belgian": _M(
        "Ja. {Sp} moet een woning hebben die groot genoeg is voor het gezin. Het bewijs is "
        "een geregistreerd huurcontract of een notariële eigendomsakte van de woning waar "
        "{sp} nu woont.",
        S.ART_40TER_2,
    ),
    # seed 003 "Huisvesting": "voldoende huisvesting ... die voldoet aan de voorwaarden die
    # gesteld worden aan een onroerend goed dat wordt verhuurd als hoofdverblijfplaats"
    "housing_space": _M(
        "De woning moet groot genoeg zijn voor het gezin en voldoen aan de regels voor een "
        "huurwoning die als hoofdverblijfplaats dient. Hoeveel kamers nodig zijn, staat niet in "
        "onze informatie. Vraag het na bij onze organisatie.",
        S.CIVIL_CODE_HOUSING,
    ),
    # seed 004 "Bewijs van voldoende huisvesting": "Leg de bewijzen van huisvesting voor van
    # het adres waar je Belgische (stief)ouder ... effectief woont op het moment van de
    # aanvraag ... Op de wachtlijst staan voor een sociale woning, voldoet niet als bewijs."
    "housing_waiting_list@belgian": _M(
        "Op de wachtlijst staan voor een sociale woning is geen bewijs. Het bewijs gaat over "
        "de woning waar {sp} nu echt woont: een geregistreerd huurcontract of een notariële "
        "eigendomsakte.",
        S.ART_40TER_2,
    ),
    # the same sentence of seed 004 is said of a Belgian only; seed 003 asks "voldoende
    # huisvesting" of the others, without a word on waiting lists (panel 23, v4)
    "housing_waiting_list": _M(
        "Voor de familie van een Belg zegt onze informatie duidelijk: op de wachtlijst staan "
        "voor een sociale woning is geen bewijs van een woning. Voor andere gezinnen staat "
        "dat niet apart in onze informatie. Vraag het na bij onze organisatie.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    # seed 004: "Geef dan best alle gegevens ... individuele behoefteanalyse"
    "income_below_needs_analysis": _M(
        "Is het inkomen lager? Geef DVZ dan een overzicht van alle inkomsten en uitgaven "
        "per maand. DVZ bekijkt dan wat het gezin echt nodig heeft (een behoefteanalyse). "
        "Hoe DVZ beslist, kan ik niet voorspellen.",
        S.ART_40TER_2,
    ),
    # seed 003 "Bestaansmiddelen" (art. 10): no amount in the seeds for this case
    "income_no_amount": _M(
        "{Sp} moet stabiele, regelmatige en voldoende inkomsten hebben voor {sp_self} en "
        "het gezin. Het gezin mag geen steun van de overheid nodig hebben. Onze "
        "informatie noemt hiervoor geen vast bedrag. Of een bedrag genoeg is, kan ik dus "
        "niet zeggen.",
        S.ART_10_2,
    ),
    # seed 001: "In de praktijk is het bijvoorbeeld belangrijk om te bewijzen dat uw
    # familielid afhankelijk van u is en dat u in staat zal zijn om het familielid ten laste
    # te nemen. ... In de praktijk hecht de Dienst Vreemdelingenzaken veel belang aan dit
    # element." (panel 33, a5: "ik heb geen inkomen" answered "Voeg daarom bewijs van je
    # inkomen toe")
    "income_humanitarian_none": _M(
        "Voor een humanitair visum legt de wet geen vast inkomen op. Maar DVZ hecht veel "
        "belang aan bewijs dat {sp} voor {rel_obj} kan zorgen. Zonder eigen inkomen is het "
        "dossier op dat punt zwakker. Bespreek met een advocaat of sociaal werker wat je wel "
        "kan tonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # the same, for the whole family when no one relative was asked about (panel 46: "voor je
    # dochter" to a man whose wife and two daughters ask)
    "income_humanitarian_none@family": _M(
        "Voor een humanitair visum legt de wet geen vast inkomen op. Maar DVZ hecht veel "
        "belang aan bewijs dat {sp} voor de familie kan zorgen. Zonder eigen inkomen is het "
        "dossier op dat punt zwakker. Bespreek met een advocaat of sociaal werker wat je wel "
        "kan tonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "income_humanitarian@family": _M(
        "Voor een humanitair visum legt de wet geen vast inkomen op. Het helpt wel om te "
        "tonen dat {sp} voor de familie kan zorgen. Voeg daarom bewijs van {sp_of:het "
        "inkomen} toe.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000, of the family of "een persoon met internationale bescherming": "Er kan ook
    # verwezen worden naar de relevante verklaringen in het asieldossier"; nothing is said of
    # an asylum seeker's interview (panel 45, h1: "telt mijn asielgesprek?" got an income text)
    # seed 000: "Indien jouw partner internationale bescherming geniet, zullen ook de
    # relevante verklaringen tijdens het persoonlijk onderhoud met het CGVS in de
    # asielprocedure belangrijk zijn" (panel 57, k2: asked twice before the interview)
    "asylum_file_asylum_seeker": _M(
        "Ja. Krijgt {sp} bescherming, dan is wat {sp} in het persoonlijk onderhoud bij het "
        "CGVS over de familie en de relatie vertelt, later belangrijk als bewijs. Ook voor "
        "een humanitair visum kan de familie naar het asieldossier verwijzen. {Sp} {sp_has} "
        "nog geen beslissing: hoe het gesprek verloopt, bespreek je best met een advocaat.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 000: "Als ouder heb je geen recht op gezinshereniging met je meerderjarig ... kind",
    # and "Je kan aantonen dat je kind over voldoende bestaansmiddelen (en eventueel
    # huisvesting) beschikt in België om je als ouder ten laste te nemen" (panel 58, g3: "als
    # Mariam meer zou verdienen of een grotere woning heeft?")
    "more_means_no_right": _M(
        "Ook met meer inkomen of een grotere woning krijgt {rel} geen recht op "
        "gezinshereniging: dat hangt af van de familieband, niet van het inkomen. Wel maken "
        "genoeg inkomen en een woning het humanitair dossier sterker. Voeg de bewijzen toe.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 001: "bewijzen dat ... u in staat zal zijn om het familielid ten laste te nemen"
    # seed 000: "Je kan aantonen dat je kind over voldoende bestaansmiddelen ... beschikt in
    # België om je als ouder ten laste te nemen": the sponsor's means; a partner's pay is in no
    # seed (panel 91, m4: "het is het loon van mijn man. telt dat ook?" told "Voeg daarom bewijs
    # van je inkomen toe")
    "income_humanitarian@partner": _M(
        "Voor een humanitair visum legt de wet geen vast inkomen op. Het helpt wel om te "
        "tonen dat {sp} voor {rel_obj} kan zorgen. Onze informatie spreekt over "
        "{sp_of:het eigen inkomen}. Of DVZ ook het loon van {sp_of:de partner} meetelt, staat "
        "er niet in. Vraag het na bij onze organisatie.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "income_humanitarian": _M(
        "Voor een humanitair visum legt de wet geen vast inkomen op. Het helpt wel om te "
        "tonen dat {sp} voor {rel_obj} kan zorgen. Voeg daarom bewijs van {sp_of:het "
        "inkomen} toe.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 004 "Bewijs van toereikende en stabiele bestaansmiddelen"
    # seed 004 ("Welke documenten moet je voorleggen?" for a Belgian's family): the only proofs
    # the seeds list; for another sponsor said as such (panel 40, h2: "welk bewijs voor
    # woning moet ik geven", "welke papieren van mijn werk", "mutualiteit ... genoeg?")
    "proof_kinds_housing_not_belgian": _M(
        "Welke bewijzen DVZ voor de woning vraagt, staat in onze informatie alleen voor "
        "gezinshereniging met een Belg: een geregistreerd huurcontract of een notariële "
        "eigendomsakte van de woning waar {sp} nu echt woont. Een woning waar het gezin pas later "
        "intrekt, heeft geen zin. Vraag na of dat ook voor {our} aanvraag zo is.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    "proof_kinds_income_not_belgian": _M(
        "Welke bewijzen DVZ voor het inkomen vraagt, staat in onze informatie alleen voor "
        "gezinshereniging met een Belg: het laatste aanslagbiljet, loonfiches, een "
        "arbeidscontract en rekeninguittreksels, bij voorkeur van de laatste {means_months} "
        "maanden. Vraag na of dat ook voor {our} aanvraag zo is.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    "proof_kinds_insurance_not_belgian": _M(
        "Welke bewijzen DVZ voor de ziekteverzekering vraagt, staat in onze informatie alleen "
        "voor gezinshereniging met een Belg: een modelattest van de Belgische mutualiteit dat "
        "het gezinslid zich bij die mutualiteit kan aansluiten, of een privéverzekering. Vraag "
        "na of dat ook voor {our} aanvraag zo is.",
        S.PRACTICE_DVZ_BELGIANS_FAMILY,
    ),
    "income_kinds_belgian": _M(
        "Onze informatie noemt deze bewijzen van inkomen: loonfiches, een "
        "arbeidscontract, het laatste aanslagbiljet, pensioenfiches of uittreksels van de "
        "bank. Of de laatste balans van de boekhouding. Een werkloosheidsuitkering kan ook,"
        " samen met bewijzen dat {sp} actief werk zoekt.",
        S.ART_40TER_2,
    ),
    "income_kinds_not_in_sources": _M(
        "Welke soorten inkomen meetellen, staat niet in onze informatie. Bijvoorbeeld of "
        "een leefloon of andere steun van het OCMW meetelt.",
        S.ART_10_2,
    ),
    # a Belgian sponsor's means: seed 004 "Bewijs van toereikende en stabiele
    # bestaansmiddelen" (art. 40ter), never art. 10
    "income_kinds_not_in_sources@belgian": _M(
        "Welke soorten inkomen meetellen, staat niet in onze informatie. Bijvoorbeeld of "
        "een leefloon of andere steun van het OCMW meetelt.",
        S.ART_40TER_2,
    ),
    # seed 003: "om te voorkomen dat zij ten laste vallen van de openbare overheden"
    "income_no_public_burden": _M(
        "Onze informatie zegt wel dat het gezin niet ten laste mag vallen van de overheid.",
        S.ART_10_2,
    ),
    # seed 002 "Bijzondere bepaling": "moet de Dienst Vreemdelingenzaken rekening houden met
    # andere geldige bewijzen ... op voorwaarde dat deze band al vóór de binnenkomst van de
    # gezinshereniger in België bestond"; seed 003: "De aanvrager die geen authentieke akte kan
    # voorleggen ... moet uitleggen waarom hij dat niet kan doen" (panel 22, r1: "je zegt mijn
    # geboorteakte. ik heb dat niet" got "Heb je nog een vraag?")
    "no_certificate@protected": _M(
        "Is er geen officiële akte? Leg dan uit waarom. Bestond de familieband al voor "
        "{sp_of:de aankomst} in België? Dan moet DVZ ook andere geldige bewijzen bekijken. Lukt "
        "dat niet, dan kan DVZ een gesprek, een onderzoek of een DNA-test voorstellen.",
        S.ART_12BIS_5_6,
    ),
    "no_certificate": _M(
        "Is er geen officiële akte? Leg dan uit waarom, en toon andere geldige bewijzen. Lukt "
        "dat niet, dan kan DVZ een DNA-test voorstellen.",
        S.ART_12BIS_5_6,
    ),
    # seed 002: "de aanvrager een authentiek document moet voorleggen om zijn bloed- of
    # aanverwantschapsband ... aan te tonen"; no seed names photos as proof of a marriage
    # (panel 37, g1: "tellen trouwfoto's als bewijs?" got the whole list, then "Dank je")
    "wedding_photos": _M(
        "Of trouwfoto's meetellen als bewijs van het huwelijk, staat niet in onze informatie. "
        "Het huwelijk bewijs je met de huwelijksakte. Kan DVZ die akte niet erkennen? Dan moet "
        "DVZ ook andere geldige bewijzen bekijken.",
        S.ART_12BIS_5_6,
    ),
    # seed 000: "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke
    # bewijzen" (a religious marriage that does not count as official)
    "wedding_photos@religious": _M(
        "Ja, foto's kunnen helpen: bij een religieus huwelijk moet de relatie blijken uit "
        "concrete feiten, zoals foto's, berichten of kinderen die {we} samen hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # seed 002 "Retributie": "De volgende personen betalen geen retributie: de echtgenoot, de
    # gelijkgestelde of wettelijke partner en de minderjarige kinderen ...; de vader en de
    # moeder ... indien deze vreemdeling ... minder dan 18 jaar oud was." "De andere
    # familieleden ... moeten een retributie betalen. Het gaat met name om zijn meerderjarige
    # kinderen, de meerderjarige broers en zussen ..." (panel 31, a4: "waarom moet mijn zoon
    # wel betalen?")
    "fee_why_protected": _M(
        "Geen bijdrage betalen: de echtgenoot of partner, de minderjarige kinderen, en de "
        "ouders van wie jonger dan 18 was bij de asielaanvraag. De andere familieleden "
        "betalen wel, ook met een recht op gezinshereniging. Bijvoorbeeld meerderjarige "
        "kinderen en meerderjarige broers en zussen.",
        S.ART_1_1_FEE,
    ),
    # the seeds say nothing of an appeal; seed 000: "In uitzonderlijke gevallen is het ook aan
    # te raden om bij een aanvraag voor een visum gezinshereniging in tweede orde een
    # humanitair visum te vragen ... (bijvoorbeeld wanneer de leeftijdsvoorwaarden niet
    # vervuld zijn ...)" (panel 32: "en als dvz nee zegt?" got "geen antwoord")
    "if_refused_family_reunification": _M(
        "Wat je kan doen na een weigering, staat niet in onze informatie. Laat een weigering "
        "meteen nakijken door een advocaat of onze organisatie. Twijfel je nu al of alle "
        "voorwaarden vervuld zijn? Vraag dan in de aanvraag gezinshereniging ook een "
        "humanitair visum, in tweede orde. Toon de humanitaire situatie dan al in die "
        "aanvraag.",
        S.ART_9_13,
    ),
    "if_refused": _M(
        "Wat je kan doen na een weigering, staat niet in onze informatie. Laat een weigering "
        "meteen nakijken door een advocaat of onze organisatie.",
        S.ART_9_13,
    ),
    # an asylum seeker's own asylum refused: seed 000 gives the humanitarian visa to family of
    # "andere derdelanders" too; of the asylum refusal the seeds say nothing (panel 98, t2:
    # "Wat je kan doen na een weigering" cited to art. 9 and 13, read as a wrong citation)
    "if_asylum_refused": _M(
        "Wat er gebeurt als je asielaanvraag geweigerd wordt, staat niet in onze informatie. "
        "Laat een weigering meteen nakijken door een advocaat of onze organisatie. Een "
        "humanitair visum kan DVZ ook geven aan familie van vreemdelingen die niet erkend "
        "zijn. Dat is een gunst, geen recht.",
        S.ART_9_13,
    ),
    "dna_who_pays_not_in_sources": _M(
        "Wie de DNA-test betaalt, staat niet in onze informatie.",
        S.ART_12BIS_5_6,
    ),
    # seed 003 "Afstamming": "weigeren, onder voorbehoud van een DNA-test"
    "dna_child": _M(
        "Is er geen akte die toont wie de ouders zijn, en ook geen ander geldig bewijs? Dan "
        "weigert DVZ het visum meestal, tenzij een DNA-test de band toont. Is de test "
        "positief en zijn de andere voorwaarden vervuld? Dan kan {rel} het visum toch "
        "krijgen.",
        S.ART_10,
    ),
    # seed 004: "Als je ook geen 'andere geldige bewijzen' kan voorleggen, dan kan de DVZ
    # een DNA-test uitvoeren."
    "dna_belgian": _M(
        "Is er geen officiële akte en ook geen ander geldig bewijs van de familieband? "
        "Dan kan DVZ een DNA-test uitvoeren.",
        S.ART_40TER,
    ),
}

# Facts the user volunteered (illness, having raised the sponsor, money sent, being alone,
# danger): what to prove and how, as seeds 000 and 001 describe the humanitarian file.
VOLUNTEERED: dict[str, Message] = {
    # 000 ("Ouder met hoge leeftijd"): "Een hoge leeftijd, medische problemen en een
    # geïsoleerde situatie door het wegvallen van familieleden kunnen een belangrijke rol
    # spelen" (panel 23, s3, s5: a mother of 78 was told only "Ziek" and "Geld")
    "elderly": _M(
        "Hoge leeftijd: toon aan hoe oud {rel} {rel_is} en wat {rel_pron} daardoor niet meer "
        "alleen kan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 000: "Je bent behoeftig op medisch vlak. Dit kan jouw afhankelijkheid ... versterken."
    "ill": _M(
        "Ziek: toon de ziekte zo concreet mogelijk aan met medische documenten. Dat kan de "
        "afhankelijkheid van de familie sterker maken.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 001: "de emotionele en psychologische afhankelijkheid te kunnen bewijzen"; 000: "dat je
    # steeds hebt samengewoond"
    "raised": _M(
        "Opgevoed: toon de sterke emotionele band aan. Bijvoorbeeld dat {we} lang samenwoonden.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 001: "het bewijs van geldoverschrijvingen aan het familielid, het bewijs dat uw
    # familielid geen eigen inkomsten heeft en het bewijs van uw inkomen in België"
    "money": _M(
        "Geld: bewaar de bewijzen van de geldoverschrijvingen. Voeg ook bewijs toe dat "
        "{rel} geen eigen inkomen {rel_has}, en bewijs van {sp_of:het inkomen}.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 001: "bewijzen dat geen enkel ander familielid voor het betrokken familielid kan
    # zorgen"; 000: "een geïsoleerde situatie door het wegvallen van familieleden"
    "alone": _M(
        "Alleen: toon aan dat geen ander familielid voor {rel_obj} kan zorgen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 000: "Er kan ook een 'nieuwe' situatie van afhankelijkheid ontstaan doordat jouw
    # echtgeno(o)t(e) bijvoorbeeld recent overleden is." (panel 6, k4)
    "widowed": _M(
        "Partner overleden: dat kan een nieuwe afhankelijkheid geven. Toon het overlijden aan "
        "met de overlijdensakte.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    # 000: "zo concreet en gedetailleerd mogelijk ... Een verwijzing naar de algemene
    # situatie volstaat voor DVZ niet"; 001: "een rapport van een internationale organisatie"
    "danger": _M(
        "Gevaar: beschrijf {rel_of:de eigen situatie} zo concreet mogelijk, met "
        "documenten. De algemene situatie in het land is niet genoeg. Een rapport van "
        "UNHCR of het Rode Kruis kan helpen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
}


def lookup(catalogue: dict[str, Message], key: str, tags: tuple[str, ...] = ()) -> Message:
    """The entry `key`, or its variant `key@tag` for the first tag that has one (e.g. a
    Belgian sponsor's housing proof, seed 004, instead of art. 10's, seed 003)."""
    for tag in tags:
        variant = catalogue.get(f"{key}@{tag}")
        if variant is not None:
            return variant
    return catalogue[key]


CATALOGUES: dict[str, dict] = {
    "routes": ROUTES,
    "chances": CHANCES,
    "offices": OFFICES,
    "summaries": SUMMARIES,
    "conditions": CONDITIONS,
    "documents": DOCUMENTS,
    "advice": ADVICE,
    "deadlines": DEADLINES,
    "chance_reasons": CHANCE_REASONS,
    "exemption_why": EXEMPTION_WHY,
    "side": SIDE,
    "volunteered": VOLUNTEERED,
}
