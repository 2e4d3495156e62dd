"""Word lists for street addresses (one place for all of them).

Where they come from: Belgian street-name endings and street types as they
appear in Flemish and Brussels street names (Kerkstraat, Bondgenotenlaan,
Brusselsesteenweg, Meir, Grote Markt, Frère-Orbanplein) and in Walloon/Brussels
French ones (rue, avenue, chaussée, boulevard, place), plus the English types
users write; and the cues people use in chat to give where they live ("ik woon
in de ...", "mijn adres is ...", "j'habite rue ...", "I live at ..."). Extend a
list here, never in redact.py.
"""

from __future__ import annotations

# Dutch street names end in one of these (Kerk|straat, Bondgenoten|laan).
STREET_SUFFIXES = (
    "straat straatje str. str stwg. stwg steenweg weg laan lei dreef plein pleintje markt "
    "kaai kade dijk dam "
    "baan heirbaan gracht singel vest vesten hof park pad wegel berg helling kouter dries "
    "veld velden rei rui reitje kaai boulevard square ring plaats plaatsje hoek dal "
    "poort brug gaarde gaard meers akker beemd bos"
).split()

# Street types written before the name (French, Dutch, English): "rue de la Loi 16".
STREET_PREFIXES = (
    "rue avenue av. chaussée chée boulevard bd bld place square quai allée impasse chemin "
    "clos drève route sentier cité galerie passage rond-point esplanade parvis rempart "
    "straat laan"
).split()

# English street types written after the name: "12 Baker Street".
STREET_TYPES_EN = "street st road rd avenue ave lane ln drive dr way close court".split()

# House-number box words: "Kerkstraat 12 bus 3", "rue X 5 bte 2".
BOX_WORDS = "bus b bte boîte boite box app appartement apt".split()

# Cues after which a street address follows (regular expressions, case-insensitive).
CUES = (
    r"\b(?:ik|wij|we|hij|zij|ze|u|jij|je|mijn\s+\w+|m'n\s+\w+|ons\s+\w+|onze\s+\w+)\s+"
    r"(?:woon|wonen|woont|verblijf|verblijven|verblijft|logeer|logeren|logeert)\b",
    r"\b(?:woon|wonen|woont)\s+(?:ik|wij|we|hij|zij|ze)\b",
    r"(?:\b|(?<=\s)')k\s*woon\b",  # West Flemish "kwoon", "'k woon"
    r"\b(?:mijn|m'n|ons|onze|zijn|haar|hun|uw|het)\s+(?:nieuwe?\s+|oude?\s+)?"
    r"(?:woon|domicilie|post|thuis|verblijfs)?adres\b",
    r"(?:^|(?<=[\s,;(]))(?:woon|domicilie|post)?adres\s*:",
    r"\bverhuisd\s+naar\b",
    r"\bverhuizen\s+naar\b",
    r"\bingeschreven\s+(?:in|op|aan)\b",
    r"\bgedomicilieerd\s+(?:in|op|aan|te)\b",
    r"\bj'\s*habite\b",
    r"\b(?:nous\s+habitons|il\s+habite|elle\s+habite|ils\s+habitent|on\s+habite)\b",
    r"\b(?:mon|notre|son|sa)\s+(?:nouvelle\s+)?adresse\b",
    r"(?:^|(?<=[\s,;(]))adresse\s*:",
    r"\bdomicilié(?:e|s)?\s+(?:à|au|a)\b",
    r"\bi\s+(?:now\s+)?live\b",
    r"\b(?:we|he|she|they)\s+(?:now\s+)?lives?\b",
    r"\b(?:my|our|his|her|their)\s+(?:new\s+|home\s+)?address\b",
    r"(?:^|(?<=[\s,;(]))address\s*:",
    r"\bmoved\s+to\b",
)

# Well-known institution addresses that are not personal data (they stay).
INSTITUTIONS = (
    "pachecolaan 44",
    "koning albert ii-laan 26",
    "boulevard pachéco 44",
    "wetstraat 16",
    "rue de la loi 16",
)
