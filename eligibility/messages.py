"""Dutch message catalogue: every text the bot and the caseworker view show, with its source.

Plain Dutch at B1 level, "je"-form, short sentences. "Je" is the person who wants to come to
Belgium; "je familielid in België" is the sponsor. Actions and the bot show these texts
verbatim; they do not rewrite them.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility import sources as S
from eligibility.parameters import (
    ADMINISTRATIVE_FINE_EUR,
    DEPENDENCY_BANK_STATEMENT_MONTHS,
    MEANS_EVIDENCE_PREFERRED_MONTHS,
    MIN_DOCUMENTS_FOR_ACCEPTANCE,
    PRIVATE_INSURANCE_MIN_EUR,
    PRIVATE_INSURANCE_MIN_MONTHS,
    REFERENCE_INCOME_EUR_PER_MONTH,
)


@dataclass(frozen=True)
class Message:
    text: str
    source: str


def _eur(amount: object) -> str:
    """1555.09 -> '1.555,09'; 30000 -> '30.000'."""
    text = f"{amount:,}" if isinstance(amount, int) else f"{amount:,.2f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


_REF = _eur(REFERENCE_INCOME_EUR_PER_MONTH.value)
_INS = _eur(PRIVATE_INSURANCE_MIN_EUR.value)
_M = Message

ROUTES: dict[str, Message] = {
    "family_reunification": _M(
        "Je hebt recht op gezinshereniging. Je moet wel bewijzen dat je aan de voorwaarden "
        "voldoet.",
        S.ART_10,
    ),
    "humanitarian_visa": _M(
        "Je hebt geen recht op gezinshereniging. Je kan wel een humanitair visum vragen. Dat is "
        "een gunst, geen recht. De wet legt DVZ geen termijn op: de behandeling kan een jaar of "
        "langer duren.",
        S.ART_9_13,
    ),
    "not_possible": _M("Gezinshereniging is op dit moment niet mogelijk.", S.ART_10),
    "unknown": _M(
        "We weten nog niet genoeg om te zeggen wat mogelijk is. We hebben nog een paar "
        "gegevens nodig.",
        S.ART_10,
    ),
}

CHANCES: dict[str, Message] = {
    "high": _M("De kans op een humanitair visum is groot.", S.PRACTICE_DVZ_HUMANITARIAN),
    "medium": _M(
        "Er is een kans op een humanitair visum. Je moet wel meer bewijzen geven.",
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
}

OFFICES: dict[str, Message] = {
    "family_reunification": _M(
        "Het bureau Gezinshereniging van de Dienst Vreemdelingenzaken (DVZ) behandelt je aanvraag.",
        S.ART_10,
    ),
    "long_stay": _M(
        "Het bureau Lang Verblijf van de Dienst Vreemdelingenzaken (DVZ) behandelt je aanvraag.",
        S.ART_9_13,
    ),
}

DISCLAIMER = _M(
    "Dit is informatie, geen juridisch advies. Laat je helpen door een advocaat of een "
    "gespecialiseerde sociale hulpverlener.",
    S.PRACTICE_DVZ_HUMANITARIAN,
)

SUMMARIES: dict[str, Message] = {
    "summary.unknown": ROUTES["unknown"],
    "summary.spouse_fr": _M(
        "Als echtgenoot of echtgenote heb je recht op gezinshereniging.", S.ART_10_1_4
    ),
    "summary.spouse_age_not_met": _M(
        "Jullie zijn te jong voor gezinshereniging als koppel. Je kan een humanitair visum "
        "vragen, naast een aanvraag gezinshereniging.",
        S.ART_10_1_4,
    ),
    "summary.polygamy_second_spouse": _M(
        "Er is al een echtgenote in België. Maar één echtgenote mag via gezinshereniging komen.",
        S.ART_10_1_4,
    ),
    "summary.religious_marriage_soft": _M(
        "Jullie religieus of gewoonterechtelijk huwelijk geldt niet als officieel huwelijk. Je "
        "dient toch een aanvraag gezinshereniging in. Als DVZ ja zegt, krijg je een humanitair "
        "visum.",
        S.ART_9_13,
    ),
    "summary.religious_marriage": _M(
        "Jullie religieus of gewoonterechtelijk huwelijk geldt niet als officieel huwelijk. "
        "Je kan alleen een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.de_facto_partner": _M(
        "Jullie zijn niet getrouwd en hebben geen geregistreerd partnerschap. Je kan alleen "
        "een humanitair visum vragen, of een visum om in België te trouwen of wettelijk samen "
        "te wonen.",
        S.ART_9_13,
    ),
    "summary.legal_partner_fr": _M(
        "Als geregistreerde partner heb je recht op gezinshereniging.", S.ART_10_1_5
    ),
    "summary.legal_partner_conditions_not_met": _M(
        "Jullie voldoen niet aan alle voorwaarden voor partners. Je kan een humanitair visum "
        "vragen, naast een aanvraag gezinshereniging.",
        S.ART_10_1_5,
    ),
    "summary.minor_child_fr": _M(
        "Als minderjarig kind heb je recht op gezinshereniging.", S.ART_10_1_4
    ),
    "summary.child_conditions_not_met": _M(
        "Je voldoet niet aan alle voorwaarden voor kinderen. Je kan een humanitair visum "
        "vragen, naast een aanvraag gezinshereniging.",
        S.ART_10_1_4,
    ),
    "summary.child_of_minor_sponsor": _M(
        "Je familielid in België is minderjarig. Een minderjarige kan zijn kinderen niet laten "
        "komen via gezinshereniging. Een humanitair visum kan uitzonderlijk.",
        S.ART_10_1_4,
    ),
    "summary.adult_child_humanitarian": _M(
        "Je bent meerderjarig. Je hebt geen recht op gezinshereniging. Je kan wel een "
        "humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.disabled_adult_child_fr": _M(
        "Als meerderjarig kind met een handicap heb je recht op gezinshereniging.", S.ART_10_1_6
    ),
    "summary.adult_during_procedure_fr": _M(
        "Je was minderjarig toen je ouder asiel vroeg. Je behoudt je recht op gezinshereniging, "
        "maar alleen als de aanvraag binnen 12 maanden na de erkenning van je ouder gebeurt. "
        "Daarna vervalt het recht. Dan kan alleen nog een humanitair visum, behalve bij "
        "overmacht.",
        S.CJEU_C279_20,
    ),
    "summary.belgian_descendant_fr": _M(
        "Als (klein)kind van een Belg heb je recht op gezinshereniging.", S.ART_40TER_2
    ),
    "summary.belgian_descendant_not_dependent": _M(
        "Je bent 21 jaar of ouder en niet ten laste van de Belg. Je hebt geen recht op "
        "gezinshereniging. Je kan wel een humanitair visum vragen.",
        S.ART_40TER_2,
    ),
    "summary.adoption_not_recognised": _M(
        "België erkent de band met je (adoptie)ouder of voogd niet. Je hebt geen recht op "
        "gezinshereniging. Je kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.parents_nbmv_fr": _M(
        "Je kind is een niet-begeleide minderjarige met bescherming in België. Als ouder heb je "
        "recht op gezinshereniging.",
        S.ART_10_1_7,
    ),
    "summary.parents_former_nbmv_fr": _M(
        "Je kind kwam alleen en minderjarig naar België en werd meerderjarig tijdens de "
        "asielprocedure. Je kan gezinshereniging vragen binnen 3 maanden na de erkenning.",
        S.CJEU_C550_16,
    ),
    "summary.parents_minor_belgian_fr": _M(
        "Je kind is een minderjarige Belg. Als ouder heb je recht op gezinshereniging.",
        S.ART_40TER_2_2,
    ),
    "summary.parent_of_minor_humanitarian": _M(
        "Je kind in België is minderjarig, maar niet alleen naar België gekomen. Je hebt geen "
        "recht op gezinshereniging. Een humanitair visum kan uitzonderlijk, in het belang van "
        "het kind.",
        S.ART_9_13,
    ),
    "summary.elderly_parent_humanitarian": _M(
        "Als ouder of grootouder van een meerderjarige heb je geen recht op gezinshereniging. "
        "Je kan wel een humanitair visum vragen.",
        S.ART_9_13,
    ),
    "summary.sibling_nbmv": _M(
        "Als broer of zus heb je geen recht op gezinshereniging. Je kan wel een humanitair "
        "visum vragen.",
        S.ART_9_13,
    ),
    "summary.other_relative_humanitarian": _M(
        "Als ander familielid heb je geen recht op gezinshereniging. Je kan wel een humanitair "
        "visum vragen.",
        S.ART_9_13,
    ),
    "summary.asylum_seeker": _M(
        "Je familielid in België is nog asielzoeker. Zolang de asielprocedure loopt, is "
        "gezinshereniging niet mogelijk. Dat kan pas na de erkenning als vluchteling of na "
        "subsidiaire bescherming. Een humanitair visum kan je wel nu al vragen.",
        S.ART_10,
    ),
    "summary.eu_citizen_fr": _M(
        "Je familielid in België is een EU-burger. Je hebt waarschijnlijk recht op "
        "gezinshereniging. Onze informatie gaat daar niet over: vraag raad aan een advocaat.",
        S.ART_40BIS,
    ),
    "summary.eu_citizen_other": _M(
        "Je familielid in België is een EU-burger. Onze informatie gaat daar niet over. Vraag "
        "raad aan een advocaat.",
        S.ART_40BIS,
    ),
}

CONDITIONS: dict[str, Message] = {
    "sponsor_protected_status": _M(
        "Je familielid in België is erkend vluchteling of heeft subsidiaire bescherming. Hij of "
        "zij woont legaal in België.",
        S.ART_10,
    ),
    "sponsor_belgian": _M("Je familielid in België is Belg.", S.ART_40TER),
    "sponsor_legal_residence": _M(
        "Je familielid in België heeft een verblijfsrecht in België.", S.ART_10
    ),
    "sponsor_adult": _M("Je familielid in België is meerderjarig (18 jaar of ouder).", S.ART_10),
    "living_together": _M("Je komt samenwonen met je familielid in België.", S.ART_10),
    "official_marriage": _M(
        "Jullie huwelijk geldt als officieel huwelijk in het land waar jullie trouwden.",
        S.ART_10_1_4,
    ),
    "partnership_equivalent": _M(
        "Jullie partnerschap is geregistreerd in Denemarken, Duitsland, Finland, IJsland, "
        "Noorwegen, het Verenigd Koninkrijk of Zweden. Het telt als een huwelijk.",
        S.KB_2007_ART_12,
    ),
    "spouse_age": _M(
        "Jullie zijn allebei minstens 21 jaar. Bestond het huwelijk al voor de aankomst in "
        "België? Dan is 18 jaar genoeg.",
        S.ART_10_1_4,
    ),
    "belgian_spouse_age_21": _M("Jullie zijn allebei minstens 21 jaar.", S.ART_40TER_2),
    "one_spouse_only": _M(
        "Er is geen andere echtgenote of echtgenoot al in België. Maar één echtgenote mag komen.",
        S.ART_10_1_4,
    ),
    "partnership_registered": _M(
        "Jullie partnerschap is officieel geregistreerd, in België of in het buitenland.",
        S.ART_10_1_5,
    ),
    "partner_age": _M(
        "Jullie zijn allebei minstens 21 jaar. Woonden jullie al een jaar samen voor de "
        "aankomst in België? Dan is 18 jaar genoeg.",
        S.ART_10_1_5,
    ),
    "stable_relationship": _M(
        "Jullie relatie is stabiel en duurzaam: jullie woonden minstens 1 jaar samen, of jullie "
        "kennen elkaar minstens 2 jaar en zagen elkaar 3 keer (samen 45 dagen), of jullie "
        "hebben samen een kind.",
        S.ART_10_1_5,
    ),
    "partners_unmarried": _M(
        "Jullie zijn allebei niet getrouwd. Jullie hebben geen vaste relatie met iemand anders.",
        S.ART_10_1_5,
    ),
    "child_under_18": _M("Je bent jonger dan 18 jaar.", S.ART_10_1_4),
    "child_unmarried": _M("Je bent niet getrouwd.", S.ART_10_1_4),
    "custody": _M(
        "Je ouder in België (of zijn partner) heeft het hoederecht over jou. Is het hoederecht "
        "gedeeld? Dan geeft de andere ouder toestemming.",
        S.ART_10_1_4,
    ),
    "child_dependent": _M(
        "Je bent ten laste van je ouder in België of van zijn partner.", S.ART_10_1_4
    ),
    "disabled_cannot_provide": _M(
        "Je hebt een handicap. Daardoor kan je niet zelf in je behoeften voorzien.",
        S.ART_10_1_6,
    ),
    "minor_at_sponsor_asylum_application": _M(
        "Je was jonger dan 18 jaar toen je ouder in België asiel vroeg.", S.CJEU_C279_20
    ),
    "request_within_12_months_or_force_majeure": _M(
        "Je vraagt gezinshereniging binnen 12 maanden na de erkenning van je ouder. Of je kon "
        "niet op tijd door overmacht.",
        S.CJEU_C279_20,
    ),
    "sponsor_under_18": _M("Je kind in België is jonger dan 18 jaar.", S.ART_10_1_7),
    "sponsor_unaccompanied": _M(
        "Je kind kwam zonder ouder of voogd naar België en woonde daarna niet bij een "
        "verantwoordelijke volwassene.",
        S.ART_10_1_7,
    ),
    "sponsor_minor_at_asylum_application": _M(
        "Je kind was jonger dan 18 jaar toen het asiel vroeg.", S.ART_1_1_FEE
    ),
    "parents_request_within_3_months": _M(
        "Je vraagt het visum binnen 3 maanden na de erkenning van je kind.", S.CJEU_C550_16
    ),
    "belgian_descendant_under_21": _M("Je bent jonger dan 21 jaar.", S.ART_40BIS_2_3),
    "belgian_descendant_dependent": _M(
        "Je bent 21 jaar of ouder en je bent ten laste van de Belg (of van zijn partner).",
        S.ART_40BIS_2_3,
    ),
    "family_cell": _M(
        "Je maakt deel uit van het gezin van de Belg: jullie wonen samen, of er zijn "
        "duidelijke banden (contact, geld).",
        S.ART_40TER_2,
    ),
    "legal_bond_recognised": _M(
        "België erkent de adoptie (Federale Centrale Autoriteit) of een Belgische rechtbank "
        "bekrachtigde de voogdij.",
        S.ART_10_1_4,
    ),
    "eu_conditions_to_check": _M(
        "De voorwaarden voor familie van een EU-burger staan niet in onze informatie. Laat ze "
        "nakijken door een advocaat.",
        S.ART_40BIS,
    ),
    "means_of_subsistence": _M(
        "Je familielid in België heeft genoeg stabiele en regelmatige inkomsten voor zichzelf "
        "en het gezin.",
        S.ART_10_2,
    ),
    "housing": _M(
        "Je familielid in België heeft een woning die groot genoeg is voor het gezin.",
        S.ART_10_2,
    ),
    "health_insurance": _M(
        "Je familielid in België heeft een ziekteverzekering voor zichzelf en het gezin.",
        S.ART_10_2,
    ),
    "means_of_subsistence@belgian": _M(
        "De Belg heeft genoeg stabiele en regelmatige inkomsten voor zichzelf en het gezin.",
        S.ART_40TER_2,
    ),
    "housing@belgian": _M(
        "De Belg heeft een woning die groot genoeg is voor het gezin.", S.ART_40TER_2
    ),
    "health_insurance@belgian": _M(
        "De Belg heeft een ziekteverzekering voor zichzelf en het gezin.", S.ART_40TER_2
    ),
}

DOCUMENTS: dict[str, Message] = {
    "visa_application_form": _M(
        "Een visumaanvraagformulier. Vul het in, zet de datum erop en onderteken het.",
        S.ART_12BIS_1,
    ),
    "visa_application_form_humanitarian": _M(
        "Een visumaanvraagformulier. Duid aan dat het om een humanitaire aanvraag gaat. Vul het "
        "in, zet de datum erop en onderteken het.",
        S.ART_9_13,
    ),
    "fee_payment_proof": _M(
        "Een bewijs dat je de bijdrage (retributie) betaald hebt. Bijvoorbeeld een "
        "rekeninguittreksel.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    "fee_payment_proof@belgian": _M(
        "Een bewijs dat je de bijdrage (retributie) betaald hebt. Bijvoorbeeld een "
        "rekeninguittreksel of een stortingsbewijs met stempel van de post.",
        S.ART_40TER,
    ),
    "travel_document": _M(
        "Een geldig paspoort (reisdocument) waarin een visum kan.", S.PRACTICE_DVZ_TRAVEL_DOCUMENT
    ),
    "travel_document_protected": _M(
        "Een geldig paspoort (reisdocument) waarin een visum kan. Heb je geen paspoort? Dat is "
        "geen onoverkomelijk probleem. Je kan de aanvraag toch indienen en je identiteit met "
        "andere bewijzen tonen. Kan je geen paspoort krijgen? Dan kan je een doorlaatbewijs "
        "(laissez-passer) vragen.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "identity_other_evidence": _M(
        "Heb je geen paspoort? Toon dan je identiteit met andere bewijzen. Bijvoorbeeld een "
        "geboorteakte, een familieboekje of een document van UNHCR. De ambassade zegt welke "
        "bewijzen ze aanvaardt.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "identity_alternative_proof": _M(
        "Heb je geen geldig paspoort? Dan mag je ook een vervallen paspoort of identiteitskaart "
        "tonen, een verblijfskaart van een ander EER-land, of een ander bewijs van je "
        "identiteit.",
        S.ART_40TER,
    ),
    "sponsor_protection_decision": _M(
        "De beslissing van het CGVS of de RvV die je familielid erkent als vluchteling of "
        "subsidiaire bescherming geeft. En een kopie van zijn of haar verblijfskaart.",
        S.ART_10,
    ),
    "sponsor_residence_permit": _M(
        "Een kopie van de verblijfskaart van je familielid in België.", S.ART_10
    ),
    "marriage_certificate": _M(
        "Jullie huwelijksakte. Kan DVZ de akte niet erkennen, bijvoorbeeld omdat de legalisatie "
        "ontbreekt? Dan kan je andere geldige bewijzen geven.",
        S.RVV_CASE_LAW,
    ),
    "partnership_certificate": _M(
        "Het officiële bewijs van jullie geregistreerd partnerschap (wettelijke samenwoning).",
        S.ART_10_1_5,
    ),
    "religious_marriage_proof": _M(
        "Het bewijs van jullie religieus of gewoonterechtelijk huwelijk.", S.ART_9_13
    ),
    "relationship_evidence": _M(
        "Concrete bewijzen van jullie relatie. Bijvoorbeeld foto's, berichten, bewijzen dat "
        "jullie samenwoonden.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "common_child_birth_certificate": _M(
        "De geboorteakte van jullie gemeenschappelijk kind.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "impossibility_to_marry_proof": _M(
        "Bewijs dat jullie niet konden trouwen. Bijvoorbeeld de wet of de praktijk in jullie land.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "asylum_file_statements": _M(
        "Wat je partner over jullie relatie vertelde in het asielgesprek bij het CGVS.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "stable_relationship_proof": _M(
        "Bewijs van een stabiele relatie: 1 jaar samenwonen, of 2 jaar contact (berichten, "
        "foto's) en 3 ontmoetingen van samen minstens 45 dagen (bijvoorbeeld vliegtuigtickets), "
        "of de geboorteakte van jullie kind.",
        S.ART_10_1_5,
    ),
    "unmarried_proof_partners": _M(
        "Een bewijs dat jullie allebei niet getrouwd zijn.", S.ART_10_1_5
    ),
    "birth_certificate": _M(
        "Je geboorteakte. Die toont je leeftijd en wie je ouders zijn.", S.ART_12BIS_5_6
    ),
    "adoption_recognition": _M(
        "De erkenning van de adoptie door de Federale Centrale Autoriteit (FCA), of de "
        "Belgische rechterlijke beslissing over de voogdij.",
        S.ART_10_1_4,
    ),
    "unmarried_proof": _M(
        "Een bewijs dat je niet getrouwd bent. Dat is nodig als je oud genoeg bent om te trouwen.",
        S.ART_10_1_4,
    ),
    "unmarried_proof@disabled_adult": _M(
        "Een bewijs dat je niet getrouwd bent.",
        S.ART_10_1_6,
    ),
    "custody_proof": _M(
        "Een bewijs van het hoederecht. Is het hoederecht gedeeld? Dan ook de toestemming van "
        "de andere ouder.",
        S.ART_10_1_4,
    ),
    "custody_sole_judgment": _M(
        "Een kopie van het vonnis dat het hoederecht aan je ouder in België (of zijn partner) "
        "geeft.",
        S.ART_10_1_4,
    ),
    "other_parent_consent_proof": _M(
        "De schriftelijke toestemming van je andere ouder dat je naar België komt. Is die ouder "
        "verdwenen? Dan een attest van de overheid of een beslissing van de rechter.",
        S.ART_10_1_4,
    ),
    "dependency_proof": _M(
        "Een bewijs dat je ten laste bent van je ouder in België of van zijn partner.",
        S.ART_10_1_4,
    ),
    "disability_certificate": _M(
        "Een attest over je gezondheid. Een dokter die de Belgische ambassade aanduidt, maakt "
        "het op. Het zegt dat je door je handicap niet zelf in je behoeften kan voorzien.",
        S.ART_10_1_6,
    ),
    "annex_26": _M(
        "Bijlage 26 (of 26quinquies) die je ouder kreeg toen hij of zij asiel vroeg. Die toont "
        "de datum van de asielaanvraag.",
        S.KB_1981_ANNEX_26,
    ),
    "sponsor_birth_certificate": _M(
        "De geboorteakte van je kind in België. Die toont dat jij de ouder bent.",
        S.ART_12BIS_5_6,
    ),
    "family_link_proof": _M(
        "Documenten die jullie familieband tonen, bijvoorbeeld geboorteaktes.", S.ART_9_13
    ),
    "own_means_proof": _M(
        "Bewijs dat je genoeg eigen geld hebt om in België nooit steun (OCMW) nodig te hebben.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "dependency_on_parents_proof": _M(
        "Bewijs dat je nog ten laste bent van je ouders: je woont bij hen, je bent niet "
        "getrouwd, je studeert, je hebt geen eigen inkomen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "parents_death_or_disappearance_proof": _M(
        "Bewijs dat je ouders overleden of vermist zijn.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "foreign_guardianship_or_adoption_act": _M(
        "De buitenlandse akte of beslissing over de voogdij of adoptie, als je die hebt.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "family_ties_proof": _M(
        "Bewijzen dat je altijd deel uitmaakte van het gezin. En dat er sterke emotionele of "
        "financiële banden zijn met je (adoptie)ouder of voogd.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "no_other_carer_proof": _M(
        "Bewijs dat geen ander familielid voor je kan zorgen.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "sponsor_marriage_or_partnership_certificate": _M(
        "De huwelijksakte of de akte van geregistreerd partnerschap tussen je (groot)ouder en "
        "de Belg.",
        S.ART_40TER,
    ),
    "bank_statements_6_months": _M(
        f"Bankuittreksels van de laatste {DEPENDENCY_BANK_STATEMENT_MONTHS.value} maanden. Ze "
        "tonen dat de Belg je geld stuurde om je te steunen.",
        S.ART_40TER_2,
    ),
    "belgian_income_proof": _M(
        "Bewijs van het inkomen van de Belg. Bijvoorbeeld recente loonfiches.", S.ART_40TER_2
    ),
    "own_lack_of_means_proof": _M(
        "Bewijs dat je zelf geen of te weinig inkomen en geen huis of grond hebt. Bijvoorbeeld "
        "een attest van de overheid in je land.",
        S.ART_40TER_2,
    ),
    "diplomas": _M(
        "Je diploma's, als je die hebt. DVZ kijkt of je zelf werk kan vinden.", S.ART_40TER_2
    ),
    "family_cell_proof": _M(
        "Woon je niet samen met de Belg? Toon dan dat jullie een gezin vormen: regelmatig "
        "contact, of de Belg onderhoudt je financieel.",
        S.ART_40TER_2,
    ),
    "explanation_no_official_document": _M(
        "Een uitleg waarom je geen officiële akte kan geven.", S.ART_12BIS_5_6
    ),
    "other_valid_evidence": _M(
        "Andere geldige bewijzen van de familieband. Bijvoorbeeld een geboorteattest, een "
        "notariële akte, een affidavit, een identiteitskaart met de namen van je ouders, of "
        "een vervangend vonnis.",
        S.ART_12BIS_5_6,
    ),
    "means_proof": _M(
        "Bewijs dat je familielid in België stabiele, regelmatige en voldoende inkomsten heeft "
        "voor zichzelf en het gezin. Het gezin mag geen steun van de overheid nodig hebben.",
        S.ART_10_2,
    ),
    "means_proof@belgian": _M(
        "Bewijs van stabiele en regelmatige inkomsten van de Belg: aanslagbiljet, loonfiches, "
        "arbeidscontract, pensioenfiches of uitkering. Geef bij voorkeur bewijzen van de "
        f"laatste {MEANS_EVIDENCE_PREFERRED_MONTHS.value} maanden. Verdient de Belg minstens "
        f"{_REF} euro per maand (het referentiebedrag)? Dan zijn geen extra bewijzen nodig.",
        S.ART_40TER_2,
    ),
    "housing_proof": _M(
        "Bewijs dat je familielid in België een woning heeft die groot genoeg is voor het gezin. "
        "De woning moet voldoen aan de regels voor een huurwoning.",
        S.ART_10_2,
    ),
    "housing_proof@belgian": _M(
        "Een geregistreerd huurcontract of een notariële eigendomsakte van de woning waar de "
        "Belg nu woont.",
        S.ART_40TER_2,
    ),
    "health_insurance_proof": _M(
        "Bewijs dat je familielid in België een ziekteverzekering heeft. Die dekt de risico's in "
        "België voor zichzelf en het gezin.",
        S.ART_10_2,
    ),
    "health_insurance_proof@belgian": _M(
        "Bewijs van ziekteverzekering: een attest van de Belgische mutualiteit, of een "
        f"privéverzekering van minstens {_INS} euro voor minstens "
        f"{PRIVATE_INSURANCE_MIN_MONTHS.value} maanden in België.",
        S.ART_40TER_2,
    ),
    "public_health_certificate": _M(
        "Een medisch attest. Het toont dat je geen ziekte hebt die gevaarlijk is voor de "
        "volksgezondheid.",
        S.ART_10,
    ),
    "dependency_evidence": _M(
        "Bewijs dat je afhankelijk bent van je familielid in België: bewijzen van "
        "geldoverschrijvingen, bewijs dat je geen eigen inkomen hebt, en het inkomen van je "
        "familielid.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "international_organisation_report": _M(
        "Als het kan: een rapport van een internationale organisatie (zoals UNHCR of het Rode "
        "Kruis) over je leefomstandigheden.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "individual_situation_evidence": _M(
        "Documenten over jouw eigen situatie, zo concreet mogelijk. Een verwijzing naar de "
        "algemene situatie in het land is niet genoeg.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "legalisation_and_translation": _M(
        "Laat buitenlandse akten legaliseren of voorzien van een apostille. Is een akte niet in "
        "het Nederlands, Frans, Duits of Engels? Laat ze dan vertalen door een beëdigd vertaler. "
        "Een vertaling uit het buitenland moet je apart laten legaliseren.",
        S.ART_12BIS_5_6,
    ),
}

ADVICE: dict[str, Message] = {
    "see_lawyer": _M(
        "Vraag hulp aan een advocaat of een gespecialiseerde sociale hulpverlener. Zij kunnen je "
        "kansen inschatten en je dossier helpen opstellen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "not_in_sources": _M(
        "Deze situatie staat niet in onze informatie. Laat ze nakijken door een advocaat.",
        S.ART_40TER,
    ),
    "second_order_humanitarian": _M(
        "Je voldoet niet aan alle voorwaarden voor gezinshereniging. Vraag daarom in je "
        "aanvraag gezinshereniging ook een humanitair visum 'in tweede orde'. Beschrijf je "
        "humanitaire situatie al in die aanvraag.",
        S.ART_9_13,
    ),
    "spouse_age_rule": _M(
        "Jullie moeten allebei 21 jaar zijn. Trouwden jullie voor de aankomst in België? Dan is "
        "18 jaar genoeg.",
        S.ART_10_1_4,
    ),
    "polygamy_one_spouse": _M(
        "België erkent geen polygaam huwelijk. Maar één echtgenote mag naar België komen.",
        S.ART_10_1_4,
    ),
    "polygamy_children_keep_right": _M(
        "Kinderen uit een polygaam huwelijk hebben wel recht op gezinshereniging, als ze aan "
        "de gewone voorwaarden voldoen.",
        S.GWH_95_2008,
    ),
    "soft_procedure": _M(
        "Je familielid in België is vluchteling of heeft subsidiaire bescherming. Dien je "
        "aanvraag in als aanvraag gezinshereniging. Je betaalt geen bijdrage. Het bureau "
        "Gezinshereniging van DVZ behandelt ze.",
        S.PRACTICE_DVZ,
    ),
    "b17_renewal": _M(
        "Zegt DVZ ja? Dan krijg je een humanitair visum met code B17, niet B11. Dat heeft "
        "gevolgen als je verblijf verlengd wordt. Vaak moet je dan bijvoorbeeld genoeg "
        "inkomen bewijzen.",
        S.PRACTICE_DVZ,
    ),
    "common_children_crucial": _M(
        "Hebben jullie samen kinderen? Dat is vaak heel belangrijk om jullie relatie te bewijzen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "religious_marriage_check_law": _M(
        "Kijk na of jullie religieus of gewoonterechtelijk huwelijk toch als officieel huwelijk "
        "geldt in het land waar jullie trouwden. Dan heb je wel recht op gezinshereniging.",
        S.ART_10_1_4,
    ),
    "marriage_visa_alternative": _M(
        "Je kan ook een visum vragen om in België te trouwen of wettelijk samen te wonen.",
        S.ART_10_1_5,
    ),
    "impossible_to_marry": _M(
        "Konden jullie niet trouwen, bijvoorbeeld omdat de familie het verbood of omdat jullie "
        "een LGBTIQ+-koppel zijn? Toon dat aan met de wet of de praktijk in jullie land.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "lgbtiq_persecution_ground": _M(
        "Was je geaardheid een reden voor vervolging? Dat kan belangrijk zijn. Toon ook dat "
        "jullie gezinsleven alleen stopte door de vlucht.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "asylum_file_statements": _M(
        "Verwijs naar wat je familielid in België vertelde in zijn of haar asieldossier (het "
        "gesprek bij het CGVS).",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "age_test": _M(
        "Twijfelt de ambassade of DVZ aan je leeftijd? Dan kan een dokter een leeftijdstest doen.",
        S.ART_10_1_4,
    ),
    "best_interests_child": _M(
        "Bij elke beslissing over een kind moet het belang van het kind op de eerste plaats komen.",
        f"{S.CONSTITUTION_22BIS}; {S.CRC_3}; {S.ART_12BIS_7}",
    ),
    "adult_child_strengthen": _M(
        "Toon aan dat je nog deel uitmaakt van het gezin: je bent niet getrouwd, je studeert, "
        "je hebt geen eigen inkomen, je woonde altijd bij je ouders. Je dossier is sterker als "
        "je minderjarige broers of zussen tegelijk aanvragen, als je medische zorg nodig hebt, "
        "of als je ouder genoeg inkomen heeft.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_child_deadline_passed": _M(
        "De termijn van 12 maanden na de erkenning van je ouder is voorbij. Daarmee is je recht "
        "op gezinshereniging vervallen. Alleen een humanitair visum is nog mogelijk.",
        S.CJEU_C279_20,
    ),
    "force_majeure_extension": _M(
        "Je vraagt later dan 12 maanden na de erkenning. Toon aan dat overmacht je verhinderde "
        "om op tijd aan te vragen.",
        S.CJEU_C279_20,
    ),
    "siblings_humanitarian_together": _M(
        "Willen broers of zussen mee? Zij kunnen een humanitair visum vragen, samen met jullie "
        "aanvraag.",
        S.ART_9_13,
    ),
    "parents_3_months": _M(
        "Dien de aanvraag in binnen 3 maanden na de erkenning van je kind.", S.ART_1_1_FEE
    ),
    "parents_3_months_passed": _M(
        "De termijn van 3 maanden na de erkenning van je kind is voorbij.", S.ART_1_1_FEE
    ),
    "elderly_parent_strengthen": _M(
        "Toon een uitzonderlijke kwetsbaarheid aan: hoge leeftijd, medische problemen, of je "
        "bent alleen omdat familie wegviel. Woonde je altijd bij je kind? Toon dat ook.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "ascendant_own_means": _M(
        "Heb je genoeg eigen geld om in België nooit steun nodig te hebben? Samen met duidelijke "
        "banden met België kan dat genoeg zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "apply_with_parents": _M(
        "Dien je aanvraag in op hetzelfde moment als de aanvraag gezinshereniging van je ouders.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "half_sibling_extra_elements": _M(
        "Ben je een half- of stiefbroer of -zus, en vraagt niet je eigen ouder mee aan? Toon "
        "dan extra humanitaire elementen aan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adult_sibling_strengthen": _M(
        "Toon uitvoerig aan dat je nog ten laste bent van je ouders en anders helemaal alleen "
        "achterblijft. Medische noden of gevaar in het land waar je bent maken je dossier "
        "sterker.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_precarious_situation": _M(
        "Toon aan dat je situatie heel onveilig is en dat je extra kwetsbaar bent.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_cannot_care": _M(
        "Toon met een sterk dossier aan dat je ouders helemaal niet meer voor je kunnen zorgen "
        "en dat je niet veilig bent.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "other_relative_specific_situation": _M(
        "Elke situatie is anders. Ook situaties die hier niet staan, kunnen kans maken.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "asylum_seeker_wait": _M(
        "Wacht op de beslissing over de asielaanvraag. Na de erkenning kan je familie "
        "gezinshereniging vragen. Vraag het dan binnen 12 maanden: dan gelden gunstigere "
        "voorwaarden.",
        S.ART_10_2_FAVOURABLE,
    ),
    "asylum_seeker_humanitarian_exception": _M(
        "Een humanitair visum kan je wel vragen, ook nu al. Ook familie van andere "
        "derdelanders kan daarvoor in aanmerking komen. DVZ geeft het maar uitzonderlijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "eu_citizen_not_in_sources": _M(
        "De regels voor familie van een EU-burger staan in artikel 40bis. Onze informatie gaat "
        "daar niet over.",
        S.ART_40BIS,
    ),
    "adoption_get_recognition": _M(
        "Laat de buitenlandse adoptie erkennen door de Federale Centrale Autoriteit (FCA), of "
        "de voogdij bekrachtigen door een Belgische rechtbank. Dan heb je recht op "
        "gezinshereniging als kind.",
        S.ART_10_1_4,
    ),
    "adoption_strengthen": _M(
        "DVZ vraagt veel bewijs. Toon sterke emotionele of financiële banden aan en dat niemand "
        "anders voor je kan zorgen. Je dossier is sterker als je (adoptie)ouder genoeg inkomen "
        "heeft.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "means_below_reference": _M(
        f"Verdient de Belg minder dan {_REF} euro per maand? Geef dan een overzicht van al zijn "
        "inkomsten en uitgaven. DVZ bekijkt dan wat het gezin nodig heeft.",
        S.ART_40TER_2,
    ),
    "late_request": _M(
        "Je vraagt later dan 12 maanden na de erkenning. Je recht blijft, maar je moet nu "
        "inkomen, woning en ziekteverzekering bewijzen. Leg uit waarom je niet op tijd kon. "
        "DVZ bekijkt die redenen.",
        S.ART_10_2_FAVOURABLE,
    ),
    "any_belgian_post": _M(
        "Je mag je aanvraag indienen bij elke Belgische ambassade of elk consulaat voor visa. "
        "Soms duidt de FOD Buitenlandse Zaken één post aan. Dan moet je daar gaan.",
        S.ART_12BIS_1,
    ),
    "external_service_provider": _M(
        "Vaak werkt de ambassade met VFS Global of TLS Contact. Zij nemen je aanvraag aan, "
        "maar beslissen niet.",
        S.ART_12BIS_1,
    ),
    "incomplete_file_accepted": _M(
        "Is je dossier nog niet volledig? Dien toch op tijd in. De aanvraag wordt aanvaard met "
        f"{MIN_DOCUMENTS_FOR_ACCEPTANCE.value} documenten: het formulier, het betalingsbewijs "
        "(tenzij je vrijgesteld bent), je paspoort of ander bewijs van identiteit, en het "
        "bewijs van de status van je familielid.",
        S.PRACTICE_DVZ_ACCEPTANCE,
    ),
    "humanitarian_is_favour": _M(
        "Een humanitair visum is geen recht. Het is een gunst. DVZ beslist zelf, geval per "
        "geval. De wet legt geen voorwaarden vast.",
        S.ART_9_13,
    ),
    "humanitarian_long_stay_office": _M(
        "Het bureau Lang Verblijf van DVZ behandelt humanitaire aanvragen, niet de dienst "
        "Gezinshereniging.",
        S.ART_9_13,
    ),
    "humanitarian_tick_form": _M(
        "Duid op het visumformulier aan dat het een humanitaire aanvraag is. Zo komt je dossier "
        "bij de juiste dienst.",
        S.ART_9_13,
    ),
    "humanitarian_no_deadline": _M(
        "De wet legt DVZ geen termijn op om te beslissen. De behandeling kan een jaar of langer "
        "duren.",
        S.ART_9_13,
    ),
    "humanitarian_dependency": _M(
        "Toon aan dat je emotioneel en financieel afhankelijk bent van je familielid. "
        "Bijvoorbeeld met bewijzen van geldoverschrijvingen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_no_other_carer": _M(
        "Toon aan dat geen ander familielid voor je kan zorgen.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "humanitarian_reports": _M(
        "Een rapport van UNHCR of het Rode Kruis over je situatie kan helpen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_individual_situation": _M(
        "Beschrijf jouw eigen situatie zo concreet mogelijk, met documenten. De algemene "
        "situatie in het land is niet genoeg.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "humanitarian_fundamental_rights": _M(
        "DVZ moet je recht op gezinsleven en het verbod op onmenselijke behandeling "
        "respecteren, en het belang van het kind.",
        f"{S.ECHR_8}; {S.ECHR_3}",
    ),
    "laissez_passer": _M(
        "Heb je geen paspoort en kan je er geen krijgen? Vraag dan een doorlaatbewijs "
        "(laissez-passer). Leg uit waarom je geen paspoort hebt. DVZ geeft het als je uitleg "
        "geloofwaardig is.",
        S.PRACTICE_DVZ_TRAVEL_DOCUMENT,
    ),
    "fingerprints": _M(
        "Heb je geen reisdocument waarin een visum D kan? Dan neemt de ambassade je "
        "vingerafdrukken.",
        S.ART_30BIS,
    ),
    "administrative_fine": _M(
        "Kom je België binnen zonder geldig paspoort (en visum)? Dan kan DVZ je een boete "
        f"geven van {ADMINISTRATIVE_FINE_EUR.value} euro.",
        S.ART_41_4,
    ),
    "dna_test": _M(
        "Heb je geen officiële akte en ook geen andere geldige bewijzen? Dan kan DVZ een "
        "gesprek, een onderzoek of een DNA-test voorstellen.",
        S.ART_12BIS_5_6,
    ),
}

DEADLINES: dict[str, Message] = {
    "favourable_conditions_end": _M(
        "Laatste dag om aan te vragen zonder bewijs van inkomen, woning en ziekteverzekering.",
        S.ART_10_2_FAVOURABLE,
    ),
    "adult_child_request_end": _M(
        "Laatste dag voor de aanvraag. Daarna vervalt het recht op gezinshereniging van een kind "
        "dat tijdens de asielprocedure meerderjarig werd.",
        S.CJEU_C279_20,
    ),
    "parents_request_end": _M(
        "Laatste dag voor de ouders van een kind dat tijdens de asielprocedure meerderjarig "
        "werd (zonder bijdrage).",
        S.ART_1_1_FEE,
    ),
}

FEES: dict[bool, Message] = {
    True: _M("Je betaalt geen bijdrage (retributie).", S.ART_1_1_FEE),
    False: _M("Je betaalt een bijdrage in de administratieve kosten (retributie).", S.ART_1_1_FEE),
}

EXEMPTION_WHY: dict[str, Message] = {
    "favourable_period": _M(
        "Je hoeft dit niet te bewijzen: de aanvraag valt binnen 12 maanden na de erkenning.",
        S.ART_10_2_FAVOURABLE,
    ),
    "child_joining_alone": _M(
        "Je hoeft dit niet te bewijzen: je kind is minderjarig en komt als enige naar België.",
        S.ART_10_2,
    ),
    "common_child": _M(
        "Je hoeft dit niet te bewijzen: het is een kind van jullie samen.", S.ART_10_1_4
    ),
}

FEE_DUE_BELGIAN = _M(
    "Je betaalt een bijdrage in de administratieve kosten (retributie).", S.ART_40TER
)

CHANCE_REASONS: dict[str, Message] = {
    "sibling_minor_parents_applying": _M(
        "Je hoeft in principe geen andere humanitaire redenen aan te tonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_minor_half_or_step": _M(
        "Toon best extra humanitaire redenen aan.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "sibling_adult_parents_applying": _M(
        "Je moet meer bewijzen geven dan een minderjarige broer of zus.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_deceased_or_missing": _M(
        "Het is niet evident. Het kan alleen als de situatie heel onveilig is.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "sibling_parents_alive_not_coming": _M(
        "Het is bijzonder moeilijk als de ouders nog leven.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "sibling_adult_parents_not_coming": _M(
        "Als de ouders niet meekomen, is de kans veel lager.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "adult_child": _M("DVZ geeft het maar uitzonderlijk.", S.PRACTICE_DVZ_HUMANITARIAN),
    "adult_child_with_minor_siblings": _M(
        "Het dossier is sterker omdat minderjarige broers of zussen tegelijk aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "elderly_parent_vulnerable": _M(
        "Het maakt meestal alleen kans als je een uitzonderlijke kwetsbaarheid kan aantonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "elderly_parent_not_vulnerable": _M(
        "Het maakt meestal alleen kans als je een uitzonderlijke kwetsbaarheid kan aantonen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "ascendant_own_means": _M(
        "Genoeg eigen geld en duidelijke banden met België kunnen samen genoeg zijn.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "adoption_not_recognised": _M(
        "DVZ vraagt veel bewijs. Je hebt een sterk dossier nodig.", S.PRACTICE_DVZ_HUMANITARIAN
    ),
    "religious_marriage_common_child": _M(
        "DVZ geeft het maar uitzonderlijk. Een gemeenschappelijk kind is vaak heel belangrijk.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "religious_marriage_no_common_child": _M(
        "Zonder gemeenschappelijk kind is het nog onzekerder. Er is weinig of geen ervaring "
        "met zulke aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "religious_marriage_soft_procedure": _M(
        "De aanvraag volgt een soepelere procedure, maar het blijft een gunst.", S.PRACTICE_DVZ
    ),
    "de_facto_partner": _M(
        "Zonder huwelijk en zonder gemeenschappelijk kind is het nog onzekerder. Er is weinig "
        "of geen ervaring met zulke aanvragen.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "de_facto_partner_strengthened": _M(
        "DVZ geeft het maar uitzonderlijk. Een gemeenschappelijk kind of het bewijs dat jullie "
        "niet konden trouwen helpt.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "second_order": _M(
        "Het is een uitzondering. Toon de humanitaire situatie al in de aanvraag aan.",
        S.PRACTICE_DVZ_HUMANITARIAN,
    ),
    "best_interests_child": _M("Het kan uitzonderlijk, in het belang van het kind.", S.ART_12BIS_7),
    "other_relative": _M("DVZ geeft het maar uitzonderlijk.", S.PRACTICE_DVZ_HUMANITARIAN),
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
}
