"""Cue words for structured identifiers and for the numbers that must stay.

Where they come from: the words Dutch/Flemish, French and English speakers put
before a phone number, account number, national number, passport or card
number in chat, and the names Belgian migration bodies give their own file
numbers (DVZ "OV-nummer", CGVS "dossiernummer", RvV "rolnummer", "arrest",
"kenmerk", "ref"), which the legal assessment needs and which must stay even
when they look like a phone number. Regular expressions, case-insensitive; one
place for each list. Extend here, never in redact.py.
"""

from __future__ import annotations

PHONE = (
    r"\b(?:gsm|tel|telefoon|telefoonnummer|telnr|gsm-?nummer|mobiel|mobiele\s+nummer|"
    r"nummer|nr|bel|bellen|belt|sms|whatsapp|whats\s*app|signal|viber|telegram|"
    r"bereikbaar|contact|téléphone|tél|portable|numéro|appelez|appeler|joindre|"
    r"phone|mobile|cell|call|number|reach)\b"
)

# Only the words that name a phone (not "nummer"/"number"): a document number
# after "paspoort ..." stays a document number unless one of these comes between.
PHONE_STRONG = (
    r"\b(?:gsm|tel|telefoon|telefoonnummer|telnr|gsm-?nummer|mobiel|bel|bellen|belt|sms|"
    r"whatsapp|téléphone|tél|portable|appelez|appeler|phone|mobile|cell|call)\b"
)

IBAN = (
    r"\b(?:iban|rekening|rekeningnummer|rekeningnr|bankrekening|bankrekeningnummer|"
    r"bank|compte|numéro\s+de\s+compte|compte\s+bancaire|account|bank\s+account|"
    r"account\s+number)\b"
)

NATIONAL_NUMBER = (
    r"\b(?:rijksregister|rijksregisternummer|rijksregisternr|rrn|rr-nummer|rr|"
    r"nationaal\s+nummer|nationaalnummer|insz|insz-nummer|bis|bisnummer|bis-nummer|"
    r"numéro\s+national|numéro\s+de\s+registre\s+national|registre\s+national|niss|"
    r"national\s+(?:register\s+)?number|national\s+id|identificatienummer|"
    r"sociale\s+zekerheid|social\s+security)\b"
)

# Passport, identity card, residence card.
DOCUMENT = (
    r"\b(?:paspoort|paspoortnummer|paspoortnr|pasnummer|passport|passport\s+number|"
    r"passport\s+no|passeport|numéro\s+de\s+passeport|identiteitskaart|"
    r"identiteitskaartnummer|id-kaart|id\s+kaart|idkaart|kaartnummer|eid|eid-kaart|"
    r"eid-nummer|verblijfskaart|verblijfskaartnummer|verblijfsvergunning|"
    r"vreemdelingenkaart|verblijfstitel|reisdocument|reisdocumentnummer|"
    r"documentnummer|document\s+number|document\s+no|carte\s+d'identité|"
    r"titre\s+de\s+séjour|carte\s+de\s+séjour|numéro\s+de\s+carte|residence\s+card|"
    r"residence\s+permit|id\s+card|id\s+number|identity\s+card|travel\s+document|"
    r"laissez-passer|a-kaart|b-kaart|f-kaart|f\+-kaart|emf-kaart|"
    r"oranje\s+kaart|elektronische\s+kaart)\b"
)

# File/case numbers of the migration bodies and courts: the number after it stays.
CASE_NUMBER = (
    r"(?:\b(?:dossier|dossiernummer|dossiernr|dossier\s+nr|dossier\s+nummer|"
    r"referentie|referentienummer|ref|réf|référence|kenmerk|ons\s+kenmerk|uw\s+kenmerk|"
    r"rolnummer|rolnr|arrest|arrestnummer|zaak|zaaknummer|notre\s+réf|votre\s+réf|"
    r"numéro\s+de\s+dossier|n°\s+de\s+dossier|case|case\s+number|file|file\s+number|"
    r"reference|ov|ov-nummer|ov-nr|o\.v\.|sp|cgvs|rvv|cce|dvz|office\s+des\s+étrangers|"
    r"vreemdelingenzaken|beslissing|décision|decision|aanvraag|demande|application|"
    r"visumaanvraag|visum|visa|vfs|tls|aanvraagnummer|application\s+number|"
    r"gwf|ticket|bestelling|order|factuur|facture|invoice|ondernemingsnummer|"
    r"btw|btw-nummer|kbo|kbo-nummer|numéro\s+d'entreprise|tva|vat|enterprise\s+number)\b)"
)

# Words right after a number that make it an amount, a duration or an age.
NOT_AFTER = (
    r"(?:euro|euros|eur|€|jaar|jaren|jr|maand|maanden|week|weken|dag|dagen|ans|an|mois|"
    r"semaines|jours|years|year|months|month|weeks|days|uur|heures|hours|kinderen|"
    r"enfants|children|personen|personnes|people|m2|m²|km|kg)\b"
)
