"""Accent/case folding and Dutch chat forms (pure: no Rasa, no spaCy).

`fold("Syrië")` -> "syrie"; `normalise_token("mn")` -> "mijn"; `normalise_text` folds and
rewrites the chat forms of a whole text word by word. Everything here is linear in the
length of the input and never raises on odd text (emoji, Arabic, Ge'ez, control characters).

Typos of content words ("vluchtling") are NOT handled here: they belong to entity
canonicalisation (`samen_rasa.nlu.canonical`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CHAT_FORMS",
    "fold",
    "normalise_token",
    "normalise_text",
    "squeeze_repeats",
]

# Chat form (already folded, lower case) -> standard Dutch form (folded).
# Only forms that are unambiguous in the context of this bot. Multi-word values are allowed
# ("kheb" -> "ik heb") for `normalise_text`; for a single token the tokenizer of the project's
# spaCy pipeline splits such contractions first ("k" + "heb").
CHAT_FORMS: dict[str, str] = {
    # pronouns and possessives
    "k": "ik",
    "'k": "ik",
    "ek": "ik",
    "kik": "ik",
    "ikke": "ik",
    "mn": "mijn",
    "m'n": "mijn",
    "mijne": "mijn",
    "mne": "mijn",
    "zn": "zijn",
    "z'n": "zijn",
    "d'r": "haar",
    "ge": "je",
    "gij": "jij",
    "gy": "jij",
    "g'": "je",
    "ur": "uw",
    "julie": "jullie",
    "'t": "het",
    "t": "het",
    "'m": "hem",
    "em": "hem",
    "da": "dat",
    "dak": "dat ik",
    "dage": "dat je",
    "wa": "wat",
    "wadde": "wat",
    "ni": "niet",
    "nie": "niet",
    "nt": "niet",
    "nen": "een",
    "ne": "een",
    "effe": "even",
    "efkes": "even",
    "eventjes": "even",
    "ff": "even",
    "da's": "dat is",
    "das": "dat is",
    "tis": "het is",
    "'tis": "het is",
    "kheb": "ik heb",
    "kben": "ik ben",
    "kzou": "ik zou",
    "kwil": "ik wil",
    "kweet": "ik weet",
    "kmoet": "ik moet",
    "kga": "ik ga",
    "khad": "ik had",
    "kdenk": "ik denk",
    "kvraag": "ik vraag",
    "kkan": "ik kan",
    "kzit": "ik zit",
    "kwou": "ik wou",
    # abbreviations and chat spellings
    "aub": "alstublieft",
    "a.u.b.": "alstublieft",
    "asb": "alsjeblieft",
    "avb": "alstublieft",
    "svp": "alstublieft",
    "pls": "alsjeblieft",
    "plz": "alsjeblieft",
    "please": "alsjeblieft",
    "idd": "inderdaad",
    "mss": "misschien",
    "miss": "misschien",
    "mischien": "misschien",
    "wrm": "waarom",
    "wnr": "wanneer",
    "wnneer": "wanneer",
    "hoelang": "hoe lang",
    "hvl": "hoeveel",
    "evt": "eventueel",
    "bv": "bijvoorbeeld",
    "bvb": "bijvoorbeeld",
    "vr": "voor",
    "vd": "van de",
    "nr": "naar",
    "mr": "maar",
    "ok": "oke",
    "okey": "oke",
    "okay": "oke",
    "okido": "oke",
    "oki": "oke",
    "jaa": "ja",
    "jah": "ja",
    "jep": "ja",
    "jup": "ja",
    "yes": "ja",
    "yep": "ja",
    "ya": "ja",
    "neen": "nee",
    "nope": "nee",
    "nah": "nee",
    "thx": "bedankt",
    "tnx": "bedankt",
    "thnx": "bedankt",
    "thanks": "bedankt",
    "merci": "bedankt",
    "mercikes": "bedankt",
    "dankjewel": "dank je wel",
    "dankuwel": "dank u wel",
    "hoi": "hallo",
    "hey": "hallo",
    "hai": "hallo",
    "hi": "hallo",
    "salut": "hallo",
    "salam": "hallo",
    "slm": "hallo",
    "goeiedag": "goedendag",
    "goededag": "goedendag",
    "goeiemorgen": "goedemorgen",
    "goeienavond": "goedenavond",
    "kunde": "kun je",
    "moete": "moet je",
    "hebde": "heb je",
    "zijde": "ben je",
    "zyt": "zijt",
}

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_REPEATS = re.compile(r"(\w)\1{2,}")
_WORD = re.compile(r"[\w'’.]+|[^\w\s]", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def fold(text: str) -> str:
    """Lower-case, strip accents (Latin diacritics) and normalise apostrophes.

    "Syrië" -> "syrie", "ÉPOUSE" -> "epouse", "m’n" -> "m'n", "ĳ" -> "ij". Characters of other
    scripts are kept as they are (apart from their combining marks in the Latin/general
    combining blocks). Control characters become spaces.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _COMBINING.sub("", decomposed)
    stripped = "".join(
        " " if (unicodedata.category(ch) == "Cc" and ch not in "\t\n") else ch for ch in stripped
    )
    return unicodedata.normalize("NFC", stripped.casefold().translate(_APOSTROPHES))


def squeeze_repeats(word: str) -> str:
    """Collapse a letter repeated 3+ times to two ("jaaaa" -> "jaa", "neeee" -> "nee")."""
    return _REPEATS.sub(r"\1\1", word)


def normalise_token(token: str) -> str:
    """Folded standard form of one token: `fold`, squeeze repeats, then the chat form table.

    Multi-word chat forms ("kheb") come back as several words ("ik heb"); a token that is
    not a chat form comes back folded ("Syrië" -> "syrie").
    """
    folded = squeeze_repeats(fold(token).strip())
    if not folded:
        return folded
    hit = CHAT_FORMS.get(folded)
    if hit is not None:
        return hit
    # trailing dots of chat ("ok..") and stray quotes
    trimmed = folded.strip(".'")
    if trimmed != folded and trimmed:
        return CHAT_FORMS.get(trimmed, trimmed)
    return folded


def normalise_text(text: str) -> str:
    """Fold a whole text and rewrite chat forms word by word (punctuation kept as tokens)."""
    if not text:
        return ""
    words = _WORD.findall(fold(text))
    return " ".join(normalise_token(w) for w in words if w.strip())
