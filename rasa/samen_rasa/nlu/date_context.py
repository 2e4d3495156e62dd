"""Is a date in a message the date of the recognition? (pure: no Rasa import)

`recognition_date` is the date on which the sponsor was recognised as a refugee or got
subsidiary protection: the law module counts the favourable period of art. 10 from it. People
write other dates in the same message: when they arrived, married, applied for asylum, had
their interview, were refused, when a child was born or an appointment is. The statistical
model tags many of those as the recognition date, and a wrong date can turn a right into a
missed deadline, so a tagged date is dropped (the dialogue asks instead) when:

- the nearest cue word in its clause names another event ("aangekomen op 3 juni 2023",
  "geboren in 2001", "asiel aangevraagd in oktober 2023", "de afspraak is op 27 januari",
  "asielzoeker sinds vorig jaar") rather than the recognition ("erkend sinds mei 2024",
  "subsidiaire bescherming gekregen op 30 juni"); at equal distance a cue before the date
  wins ("aangekomen in 2022 en erkend sinds mei 2024": 2022 is the arrival);
- or the message never speaks of a recognition, is longer than an answer to the bot's
  question "sinds wanneer ben je erkend?" and does not begin with the date ("mijn dochter is
  sinds september bij mijn zus"; but "ergens in 2024, de exacte dag weet ik niet meer").

A number of years after "ik ben" or "is" is an age, not a date ("ik ben 19 jaar").

A clause is cut as in `status_context.clause_around`. Only cue words are looked at; a date
with no cue in its clause is kept.
"""

from __future__ import annotations

from samen_rasa.nlu.negation import folded_words
from samen_rasa.nlu.status_context import clause_around

__all__ = ["is_recognition_date", "is_other_event", "RECOGNITION_STEMS", "OTHER_EVENT_STEMS"]

# word stems that name the recognition (or the decision that granted it)
RECOGNITION_STEMS = (
    "erkend", "erkent", "erkenning", "vluchteling", "vluchtling", "vlugteling", "statuut",
    "status", "bescherming", "beschermd", "subsidiair", "subsidiere", "subsidaire", "toegekend",
    "positie", "beslissing", "refugee", "refugie", "protection", "protege",
    "recognised", "recognized", "reconnu",
)  # fmt: skip
RECOGNITION_WORDS = frozenset({"sb", "erkend", "erkent", "asiel"})  # "asiel gekregen"
# word stems of other events ("aanvraag" also covers "asielaanvraag")
OTHER_EVENT_STEMS = (
    "aangekomen", "aankomst", "toegekomen", "arrive", "geboren", "born", "naissance",
    "getrouwd", "gehuwd", "huwelijk", "trouw", "married", "mariage", "marie", "afspraak",
    "rendez", "appointment", "interview", "gehoor", "vervalt", "verloopt", "expire",
    "uiterlijk", "deadline", "geweigerd", "weigering", "negatie", "refus", "afgewezen",
    "beroep", "gevlucht", "vertrokken", "aangevraagd", "aanvraag", "asielaanvraag",
    "ingediend", "genaturaliseerd", "naturalis", "nationaliteit", "asielzoeker", "verzoeker",
    "oranje", "procedure", "ingetrokken", "paspoort", "passport", "wacht", "verjaar",
    "jarig",
    # a death or a disappearance ("vader overleden in augustus": panel 27, b4)
    "overleden", "overleed", "gestorven", "stierf", "sterf", "vermoord", "gedood", "verdwenen",
    "vermist", "died", "deces", "decede",
)  # fmt: skip
OTHER_EVENT_WORDS = frozenset(
    {"geb", "vlucht", "fled", "getrouwt", "asylum", "tegen", "before", "avant"}
)
# "vroeg asiel": the asylum application, not "asiel gekregen"; "werd 18": a birthday
ASKED_VERBS = frozenset({"vroeg", "vroegen", "vraagt", "vragen", "vroegt"})
TURNED_VERBS = frozenset({"werd", "wordt", "word", "worden", "werden"})
# "kwam aan", "kwamen toe": an arrival
ARRIVAL_VERBS = frozenset({"kwam", "kwamen", "komen", "gekomen", "kom"})
ARRIVAL_PARTICLES = frozenset({"aan", "toe"})
# weaker: residence, cards, waiting, deadlines; these decide only when the clause has no
# recognition word ("ik ben hier sinds 2023", but "erkend vluchteling in belgie sinds 2024")
WEAK_EVENT_STEMS = ("woon", "verblijf", "kaart", "geldig")
WEAK_EVENT_WORDS = frozenset({"hier", "belgie", "loopt", "voor", "tot", "bkaart"})
AGE_UNITS = frozenset({"jaar", "jaren", "j", "jr", "ans", "years"})
AGE_VERBS = frozenset({"ben", "bent", "is", "zijn", "word", "wordt", "werd", "suis", "est", "am"})
ANSWER_WORDS = 8  # a message this short may be a bare answer: "sinds 3 maart, mijn vrouw ..."
ANSWER_START = 3  # a date within the first words answers the bot: "ergens in 2024, de dag ..."


def _is_recognition(word: str) -> bool:
    if word.startswith(("vlu", "vlo")) and "ling" in word:
        return True  # "vluchtelling", "vlugteling", "vloechteling"
    return word in RECOGNITION_WORDS or word.startswith(RECOGNITION_STEMS)


def is_other_event(word: str) -> bool:
    """True when a folded word names an event that is not the recognition."""
    if _is_recognition(word) and not word.startswith(("asielzoeker", "asielaanvraag")):
        return False
    return word in OTHER_EVENT_WORDS or word.startswith(OTHER_EVENT_STEMS)


def _is_weak_event(word: str) -> bool:
    return word in WEAK_EVENT_WORDS or word.startswith(WEAK_EVENT_STEMS)


def _read(words: list[str]) -> list[str]:
    """Two-word readings: "kwam aan" is an arrival, "negatieve beslissing" a refusal, and
    "(verzoeker) internationale bescherming" is an asylum application, not a protection."""
    out = list(words)
    for i, (word, nxt) in enumerate(zip(words, words[1:], strict=False)):
        if word in ARRIVAL_VERBS and nxt in ARRIVAL_PARTICLES:
            out[i] = "aangekomen"
        elif word.startswith("negatie") and nxt.startswith("beslissing"):
            out[i + 1] = "negatief"
        elif word == "internationale" and nxt.startswith("bescherm"):
            out[i + 1] = "internationale"
        elif word == "s" and nxt == "b":
            out[i] = "sb"  # "s.b." (subsidiaire bescherming)
        elif word in ASKED_VERBS and nxt == "asiel":
            out[i + 1] = "asielaanvraag"  # "hij vroeg asiel in juni 2024" (panel 23, v3)
        elif word == "asiel" and (nxt in ASKED_VERBS or nxt.startswith("aan")):
            out[i] = "asielaanvraag"  # "toen ik asiel vroeg in belgie, januari 2025" (a1)
        elif word in TURNED_VERBS and nxt.isdigit():
            out[i] = "verjaardag"  # "hij werd 18 in oktober 2025" (panel 23, s1)
        elif word.isdigit() and nxt == "geworden":
            out[i + 1] = "verjaardag"  # "hij is 18 geworden in maart 2025" (panel 24, g1)
    return out


def _nearest(before: list[str], after: list[str], test) -> float | None:
    """Distance in words to the nearest word passing `test`; a word after counts half more."""
    found = [float(d) for d, w in enumerate(reversed(before), start=1) if test(w)][:1]
    found += [d + 0.5 for d, w in enumerate(after, start=1) if test(w)][:1]
    return min(found) if found else None


def _is_age(span: list[str], before: list[str], after: list[str]) -> bool:
    """ "ik ben [19 jaar]", "betrokkene is [34 jaar]", "mijn zoon is [2 jaar]": an age."""
    if len(span) != 2 or not span[0].isdigit() or span[1] not in AGE_UNITS:
        return False
    if after[:1] and (after[0] in {"geleden", "terug", "ago"} or _is_recognition(after[0])):
        return False  # "ik ben 2 jaar erkend"
    return bool(before) and before[-1] in AGE_VERBS


def is_recognition_date(text: str, start: int, end: int) -> bool:
    """False when the date at text[start:end] is clearly the date of another event."""
    before_text, after_text = clause_around(text, start, end)
    before = _read(folded_words(before_text))
    after = _read(folded_words(after_text))
    if _is_age(folded_words(text[start:end]), before, after):
        return False
    recognition = _nearest(before, after, _is_recognition)
    other = _nearest(before, after, is_other_event)
    if other is not None and (recognition is None or other < recognition):
        return False
    if recognition is not None:
        return True
    if _nearest(before, after, _is_weak_event) is not None:
        return False
    words = folded_words(text[:2000])
    if len(words) <= ANSWER_WORDS or len(folded_words(text[:start])) < ANSWER_START:
        return True
    return any(_is_recognition(w) for w in _read(words))  # not "asiel vroeg" (panel 29, a1)
