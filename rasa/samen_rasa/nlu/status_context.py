"""Is a status word in a message the sponsor's present status? (pure: no Rasa import)

`sponsor_status` is the status of the person who lives in Belgium now. The statistical model
tags status words well, but it also tags them where they are not that status. The law module
would then be asked about the wrong sponsor, so a tagged status is dropped (the dialogue asks
instead) when its clause says one of these:

- negation right before it: "ik ben **geen** belg", "**niet** erkend als vluchteling";
- a plan or a wish: "ik **wil** belg **worden**", "ik **hoop** erkend te worden", "ik vraag
  de nationaliteit **aan**", "**als** ik erkend **word**";
- a refused, withdrawn, lost or past status: "mijn asielaanvraag is **geweigerd**", "mijn
  erkenning is **ingetrokken**", "**vroeger** was ik asielzoeker";
- a question about the status itself: "**wat is** subsidiaire bescherming", "het
  **verschil tussen** vluchteling en subsidiaire bescherming";
- a status held abroad: "mijn broer is vluchteling **in kenia**", "ik ben vluchteling **in
  griekenland**", "mijn man is ook vluchteling **maar in frankrijk**" ("daar" is Belgium when
  the writer says they are abroad: "mijn man heeft daar subsidiaire bescherming, ik zit in
  irak");
- people in general: "**als je** belg bent", "ge zijt belg en ...?", "voor **mensen met**
  subsidiaire bescherming", "mag **een** erkende vluchteling ...?";
- another person: "mijn **buurman** is belg" (a person named before the status in a question
  is no category: "mijn man heeft een b kaart, kan ik komen?");
- how someone arrived: "ik kwam **als** minderjarige asielzoeker".

`why_not_sponsor` names the reason; the component also keeps one sponsor per message
(`entity_value_normalizer.writers_status_first`: the writer, else a social worker's client;
an asylum seeker's or a card's status yields to the protection status named with it).

A clause is the text between sentence punctuation or ", maar" / "en ik" boundaries around the
status word. Only cue words are looked at; when in doubt the status is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.negation import folded_words, is_negation
from samen_rasa.nlu.vocabulary import CANONICAL, CLIENT_NOUNS

__all__ = ["applies_to_sponsor", "clause_around", "why_not_sponsor"]

_CLAUSE_BREAK = re.compile(
    r"[!?;:\n]|\.(?!\w)(?<!\b\w\.)|,|\b(?:maar|mais|but|terwijl|omdat|want)\b"
    r"|\b(?:en|and|et)\s+(?=(?:ik|k|wij|we|mijn|mn|m'n|zijn|haar|hun|onze|ons|i|my|je|moi"
    r"|wil|wilt|willen|hoop|hopen|ga|gaat|zou|kan|kunnen|mag|mogen|moet|moeten)\b)",
    re.IGNORECASE,
)

NEGATION_FILLERS = frozenset(
    {"erkend", "erkende", "als", "een", "de", "het", "meer", "echt", "a", "la", "le", "un", "une"}
)
# words right after a status that negate it: "asielzoeker af", "belg meer" is handled by
# "geen ... meer" (the negation before)
PLAN_WORDS = frozenset(
    {
        "wil", "wilt", "willen", "wou", "zou", "zouden", "hoop", "hoopt", "hopen", "hope",
        "want", "plan", "plannen", "probeer", "proberen", "misschien", "later", "ooit",
        "binnenkort", "zodra", "aanvraag", "word", "wordt", "hopelijk", "stel", "deviens",
        "deviendrai", "suppose", "imagine",
        "worden", "krijgen", "krijg", "verwacht", "wacht", "devenir", "become", "bijna",
        "almost", "presque",
    }
)  # fmt: skip
# "aanvraag"/"wacht"/"krijgen" also occur in real statuses ("asielaanvraag loopt", "wacht op
# het cgvs" = asylum seeker; "heb subsidiaire bescherming gekregen"), so they count as a plan
# only next to a status that is not asylum_seeker (see _is_plan)
PLAN_AFTER = frozenset(
    {"worden", "word", "wordt", "aangevraagd", "aanvragen", "nodig", "krijgen", "halen"}
)
TIME_PLAN_WORDS = frozenset({"later", "ooit", "binnenkort"})
CONDITIONALS = frozenset({"als", "wanneer", "indien", "if", "si"})
WEAK_PLAN_WORDS = frozenset({"aanvraag", "wacht", "krijgen", "krijg", "verwacht", "word", "wordt"})
LOST_WORDS = frozenset(
    {
        "geweigerd", "geweigert", "afgewezen", "ingetrokken", "verloren", "kwijt",
        "vroeger", "destijds", "vervallen", "refuse", "refused", "rejected", "negatief",
        "negatieve", "weigering", "intrekking", "verlopen", "afgelopen", "expired", "toen",
        "had", "hadden", "eerst", "voorheen", "voordien", "daarvoor", "kwijtgeraakt",
        "withdrawn", "retire", "revoked", "lost", "perdu", "afgenomen", "afgepakt",
    }
)  # fmt: skip
# "toen", "eerst", "had" are a past status ("toen ik nog asielzoeker was") unless the clause
# says the status was obtained then ("toen kreeg ik de brief da ik vluchteling ben")
PAST_TIME_WORDS = frozenset({"toen", "eerst", "had", "hadden"})
PAST_VERBS = frozenset({"was", "waren", "wasi", "etais", "etait"})
# right after the status: "ons papa is erkend vluchteling [geweest]"
PAST_AFTER = frozenset({"geweest", "gewest", "gewees"})
# a present verb between a past word and the status: "ik had subsidiaire bescherming en sinds
# vorige week [ben] ik erkend vluchteling" (the past word belongs to the other status)
PRESENT_VERBS = frozenset(
    {"ben", "is", "bent", "zijt", "heb", "heeft", "hebt", "kben", "kheb", "am", "suis", "ai"}
)
ACQUIRED_WORDS = frozenset(
    {"kreeg", "kregen", "gekregen", "toegekend", "ontvangen", "kreg", "got", "received"}
)
TIME_ADJECTIVES = frozenset({"afgelopen", "verlopen"})
TIME_NOUNS = frozenset(
    {"zomer", "winter", "lente", "herfst", "jaar", "maand", "week", "weken", "maanden",
     "jaren", "dagen", "voorjaar", "najaar", "periode", "keer"}
)  # fmt: skip
# "mag [een erkende] vluchteling ...?": a status as a category in a question
INDEFINITE_ARTICLES = frozenset({"een", "n", "'n", "a", "an", "un", "une"})
GENERIC_ADJECTIVES = frozenset({"erkende", "erkend", "gewone", "echte"})
QUESTION_WORDS = frozenset(
    {"mag", "mogen", "kan", "kunnen", "moet", "moeten", "heeft", "hebben", "hoe", "wat", "wie",
     "hoeveel", "geldt", "gelden", "krijgt", "krijgen", "welke", "waarom", "wanneer", "can",
     "does", "do", "peut", "est-ce", "combien", "what", "how"}
)  # fmt: skip
# people other than the sponsor and the family: their status is not the sponsor's
THIRD_PARTIES = frozenset(
    {"buurman", "buurvrouw", "buren", "vriend", "vrienden", "kennis", "kennissen", "collega",
     "collegas", "kotgenoot", "huisgenoot", "advocaat", "advocate", "ex", "iemand", "landgenoot",
     "landgenoten", "leraar", "lerares", "baas", "werkgever", "docent", "dokter", "tolk",
     "assistent", "assistente", "begeleider", "begeleidster", "friend", "neighbour",
     "neighbor", "colleague", "lawyer", "ami", "amie", "voisin", "voisine", "avocat",
     "huisbaas", "verhuurder", "kamergenoot", "coach", "trainer", "juf", "meester",
     "leerkracht", "landlord", "roommate"}
)  # fmt: skip
# "de vrouw die ik help is subsidiair beschermd": "ik" after a relative pronoun is no subject
RELATIVE_PRONOUNS = frozenset({"die", "dat", "wie", "who", "whom", "que", "qui"})
# another person, by a pronoun: "ik ben belg en hij heeft een verblijfskaart"
OTHER_PRONOUNS = frozenset({"hij", "zij", "he", "she", "il", "elle"})
# family members: the one-word relationship spellings of the vocabulary, without the words
# that name no person ("relatie", "kafala"), and a few that only say who, not which relation
NOT_A_PERSON = frozenset({"relatie", "samenwoningscontract", "verloofd", "kafala"})
KIN = frozenset(
    fold(spelling)
    for spellings in CANONICAL["relationship"].values()
    for spelling in spellings
    if " " not in spelling
) - NOT_A_PERSON | {"dad", "mom", "mum", "vent", "kozijne", "stiefvader", "stiefmoeder"}
POSSESSIVES = frozenset(
    {"mijn", "mn", "m'n", "mijne", "ons", "onze", "zijn", "haar", "hun", "my", "his", "her",
     "our", "their", "mon", "ma", "mes", "son", "sa", "ses", "notre", "leur"}
)  # fmt: skip
# "geldt dat ook voor [mensen met] subsidiaire bescherming?": people in general
GENERIC_PEOPLE = frozenset(
    {"mensen", "personen", "iemand", "gezinnen", "families", "people", "persons", "someone",
     "personnes", "quelqu'un"}
)  # fmt: skip
UNCERTAIN_WORDS = frozenset({"twijfel", "onzeker", "misschien", "mss", "ofwel", "weetniet"})
GENERIC_YOU = frozenset({"ge", "gij", "jij", "u"})
# after a nationality adjective these keep the status: "[belgische] nationaliteit" is in the
# span already; "ik ben [belgische] sinds 2019", "[belgische] vrouw"
ADJECTIVE_FOLLOWERS = frozenset(
    {"nationaliteit", "paspoort", "identiteitskaart", "burger", "staatsburger", "onderdaan",
     "vrouw", "man", "meisje", "jongen", "moeder", "vader", "mama", "papa", "sinds", "sedert",
     "geworden", "maar", "want", "omdat", "zijn", "ben", "bent", "zijt", "met", "van", "nu",
     "ook", "hier", "citizen", "nationality", "nationalite", "origine", "afkomst", "roots",
     "en", "dus", "toch", "wel", "echt", "ondertussen", "inmiddels", "intussen"}
)  # fmt: skip
# short nouns of things after a nationality adjective: "ik volg [nederlandse] les" (panel 25,
# k2: the sponsor with subsidiary protection became an EU citizen)
SHORT_THINGS = frozenset({"les", "tv", "bus", "vak", "cd", "app"})
# "wat is [subsidiaire bescherming]": the opener right before the status (articles between)
QUESTION_OPENERS = (
    ("wat", "is"), ("wat", "betekent"), ("wat", "wil", "zeggen"), ("c'est", "quoi"),
    ("what", "is"), ("what", "does"), ("uitleg", "over"),
)  # fmt: skip
COMPARISON_WORDS = frozenset({"verschil", "difference", "versus", "vs"})
ARTICLES = frozenset({"de", "het", "een", "a", "an", "the", "la", "le", "une", "un"})
PRESENT_WORDS = frozenset({"nu", "inmiddels", "intussen", "ondertussen", "now", "maintenant"})
NATIONALITY_REQUEST = frozenset({"aanvragen", "aangevraagd", "aanvraag", "vraag", "vroeg"})
FIRST_PERSON = frozenset(
    {"ik", "k", "kben", "kheb", "mij", "me", "wij", "we", "i", "je", "j'ai", "ikzelf", "kzelf",
     "myself", "moi"}
)  # fmt: skip
# Dutch "je" (you) next to these; French "je" (I) never is: "als je belg bent", "mag je"
DUTCH_YOU_NEIGHBOURS = frozenset(
    {"als", "wanneer", "indien", "mag", "kan", "moet", "wil", "zou", "krijg", "word", "ben",
     "heb", "bent", "hebt", "wordt", "kunt", "wilt", "krijgt", "zijt"}
)  # fmt: skip
WITH = frozenset({"met", "with", "avec"})
YOU_ARE = frozenset({"zijt", "bent", "zijde", "ben"})
HOME = frozenset(
    {"belgie", "belgium", "belgique", "belgien", "brussel", "bruxelles", "hier", "here", "ici"}
)
# a country or a language is no status: "in [belgique]", "sorry voor mijn [nederlands]"
LANGUAGES = frozenset(
    {"nederlands", "vlaams", "frans", "duits", "engels", "italiaans", "spaans", "pools",
     "portugees", "roemeens", "arabisch", "francais", "anglais", "english", "french"}
)  # fmt: skip
# a language, not a nationality, after these ("mijn nederlands", "in het frans", "spreek duits")
LANGUAGE_CUES = frozenset(
    {"mijn", "mn", "m'n", "je", "jouw", "het", "in", "spreek", "spreekt", "praat", "praten",
     "leer", "leren", "slecht", "goed", "naar", "en", "of", "my", "le", "parle"}
)  # fmt: skip
GENERAL_PLURALS = frozenset(
    {"vluchtelingen", "belgen", "asielzoekers", "derdelanders", "eu-burgers", "burgers",
     "nederlanders", "refugees", "refugies", "beschermden"}
)  # fmt: skip
STATUS_DOCUMENT_WORDS = frozenset({"nationaliteit", "paspoort", "burger", "staatsburger"})
ABROAD_PREPOSITIONS = frozenset({"in", "en", "au", "aux", "daar", "there", "la"})


# a third person's possessive before a language (panel 58, h3); not "wij zijn nederlands"
THIRD_POSSESSIVES = frozenset({"zijn", "haar", "hun", "ons", "onze"})
PLURAL_SUBJECTS = frozenset({"wij", "we", "jullie", "ze", "zij"})


def _someones_language(before: list[str]) -> bool:
    return (
        bool(before[-1:])
        and before[-1] in THIRD_POSSESSIVES
        and not (before[-2:-1] and before[-2] in PLURAL_SUBJECTS)
    )


def clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """(text of the clause before the span, text of the clause after it)."""
    before = text[max(0, start - 160) : start]
    after = text[end : end + 160]
    cut = list(_CLAUSE_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    nxt = _CLAUSE_BREAK.search(after)
    if nxt:
        after = after[: nxt.start()]
    return before, after


def applies_to_sponsor(
    text: str, start: int, end: int, value: str | None = None, countries: Iterable[str] = ()
) -> bool:
    """False when the status word at text[start:end] is clearly not the sponsor's present one.

    `countries`: folded country names and spellings; a place abroad is one of them (not
    Belgium) after "in"/"en"/"au" or "daar" in the clause.
    """
    return why_not_sponsor(text, start, end, value, countries) is None


def why_not_sponsor(
    text: str, start: int, end: int, value: str | None = None, countries: Iterable[str] = ()
) -> str | None:
    """The reason the status at text[start:end] is not the sponsor's present one, or None."""
    before_text, after_text = clause_around(text, start, end)
    before, after = folded_words(before_text), folded_words(after_text)
    span = folded_words(text[start:end])
    phrase = " ".join(span)
    if phrase in HOME or phrase in countries:
        return "place"
    if span and span[-1] in GENERAL_PLURALS and not _we_are(before):
        return "people in general"  # "hebben belgen dezelfde regels als vluchtelingen"
    if (
        phrase in LANGUAGES
        and before[-1:]
        and before[-1] in LANGUAGE_CUES
        and not (after[:1] and after[0] in STATUS_DOCUMENT_WORDS)
    ):
        return "language"  # "sorry voor mijn [nederlands]", "vertalen in het [frans]"
    if phrase in LANGUAGES and _someones_language(before):
        return "language"  # "ik schrijf voor mijn broer, zijn [Nederlands] is nog niet zo goed"
    if not (span and is_negation(span, 0)) and _negated(before):
        return "negation"
    if after[:1] and after[0] in {"meer", "af"} and _any_negation(before, len(before) - 3):
        return "negation"
    if _any_negation(after[:3]) and any(
        w in {"verlengd", "vernieuwd", "geldig", "meer"} for w in after[:5]
    ):
        return "not renewed"  # "mijn subsidiaire bescherming is niet verlengd"
    if after[:1] and is_negation(after, 0):
        return "negation"  # "ik heb de belgische nationaliteit niet"
    if _is_question_about_status(before) or _is_generic_question(text, start, end, before):
        return "question about the status"
    if _is_uncertain(before, after):
        return "doubt"  # "weet niet of het subsidiair of vluchteling is"
    if _is_generic_you(before) or _is_generic_people(before):
        return "people in general"  # "als ge vluchteling zijt", "voor mensen met ..."
    if _subject(before) == "third":
        return "third person"  # "mijn buurman is belg", "een vriend van mij is erkend ..."
    if _is_adjective_of_thing(span, after):
        return "adjective of a thing"  # "de belgische ambassade"
    if any(w in PRESENT_WORDS for w in before[-2:]):
        return None  # "en ben nu erkend vluchteling": whatever came before, this is now
    if any(w in PAST_AFTER for w in after[:2]):
        return "lost or past"  # "ons papa is erkend vluchteling geweest"
    if value == "asylum_seeker" and _arrived_as(before):
        return "lost or past"  # "ik kwam als minderjarige [asielzoeker]": the arrival
    clause = _since_present_verb(before) + span + after
    if _is_lost(clause) or _was_before(before):
        return "lost or past"
    if _is_plan(before, after, value):
        return "plan"
    countries = set(countries)
    if _is_relative_abroad(before, after, countries, text) or _abroad_next(text, end, countries):
        return "abroad"
    return None


def status_subject(text: str, start: int, end: int) -> str | None:
    """Who has the status at text[start:end], from the nearest person word before it in the
    clause: "first" (ik, kben, wij), "kin" (mijn broer), "third" (mijn buurman, een vriend
    van mij, mijn advocaat) or None (not said)."""
    before_text, _after = clause_around(text, start, end)
    return _subject(folded_words(before_text))


def _subject(words: list[str]) -> str | None:
    """`status_subject` on the folded words of the clause before the status."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in {"mij", "me", "ons"} and i > 0 and words[i - 1] == "van":
            continue  # "een vriend van mij": the friend is the subject
        if (word in CLIENT_NOUNS or word in KIN) and words[max(0, i - 2) : i][:1] == ["van"]:
            continue  # "de buurvrouw van mijn client": the neighbour is the subject
        if word in FIRST_PERSON and i > 0 and words[i - 1] in RELATIVE_PRONOUNS:
            return "client"  # "de vrouw die ik help is ...": the person helped
        if word in CLIENT_NOUNS:
            return "client"
        if _first_person_at(words, i):
            return "first"
        if word in THIRD_PARTIES and not (i > 0 and words[i - 1] in {"ben", "als", "am", "as"}):
            return "third"  # but "ik ben advocaat": the writer's work
        if word in KIN and i > 0 and words[i - 1] in POSSESSIVES:
            return "kin"
        if word in OTHER_PRONOUNS:
            return "other"
    return None


def _first_person_at(words: list[str], i: int) -> bool:
    """words[i] is the writer ("ik", "kben", French "je"), not Dutch "je" (you)."""
    return words[i] in FIRST_PERSON and not _is_dutch_you(words, i)


def _is_dutch_you(words: list[str], i: int) -> bool:
    """ "als [je] belg bent", "mag [je] als asielzoeker werken": Dutch "you", not French "I"."""
    if words[i] != "je":
        return False
    return (i > 0 and words[i - 1] in DUTCH_YOU_NEIGHBOURS) or (
        i + 1 < len(words) and words[i + 1] in DUTCH_YOU_NEIGHBOURS
    )


def _is_uncertain(before: list[str], after: list[str]) -> bool:
    """ "ik weet niet of het subsidiair of vluchteling is": not a status, a doubt."""
    if (before[-1:] and before[-1] == "of") or (after[:1] and after[0] == "of"):
        return True
    clause = before + after
    if any(w in UNCERTAIN_WORDS for w in clause):
        return True
    return any(w == "weet" for w in clause) and _any_negation(clause)


def _is_generic_you(before: list[str]) -> bool:
    """ "als ge vluchteling zijt moet ge dan niks betalen?", "wat als je belg bent?", "ge
    zijt belg en ge wilt uw ma laten komen, gaat da?": "you" as anyone."""
    you = [i for i, w in enumerate(before) if w in GENERIC_YOU or _is_dutch_you(before, i)]
    if not you or any(_first_person_at(before, i) for i in range(len(before))):
        return False
    if any(w in CONDITIONALS for w in before):
        return True
    # "ge zijt [belg]", "zijde gij ook [vluchteling]?": you as the subject of the status
    return you[-1] >= len(before) - 3 and any(w in YOU_ARE for w in before[-3:])


def _we_are(before: list[str]) -> bool:
    """ "we zijn erkende [vluchtelingen] sinds 2020": the writer's family, no people in
    general (panel 111, v4: a son's correction of his father's status ignored)."""
    last = before[-4:]
    return "zijn" in last and any(w in ("we", "wij", "wy") for w in last)


def _is_generic_people(before: list[str]) -> bool:
    """ "geldt dat ook voor mensen met [subsidiaire bescherming]?", "iemand met een b kaart"."""
    words = [w for w in before[-4:] if w not in ARTICLES]
    return len(words) >= 2 and words[-1] in WITH and words[-2] in GENERIC_PEOPLE


def _is_adjective_of_thing(span: list[str], after: list[str]) -> bool:
    """ "de [belgische] ambassade": a nationality adjective before a noun that is no person."""
    if len(span) != 1 or not span[0].endswith(("sche", "isch", "se")) or not after:
        return False
    nxt = after[0]
    thing = len(nxt) > 3 or nxt in SHORT_THINGS
    return nxt not in ADJECTIVE_FOLLOWERS and thing and not is_negation(after, 0)


def _any_negation(words: list[str], start: int = 0) -> bool:
    return any(is_negation(words, i) for i in range(max(0, start), len(words)))


def _was_before(before: list[str]) -> bool:
    """ "hij was asielzoeker maar nu is hij belg", "vroeger was ik ...": a past tense right
    before the status (over articles, "al"/"eerst" and a pronoun after the verb)."""
    fillers = {"al", "eerst", "ooit", "toch", "ook", "wel", "dus"}  # "ma vader was toch ook
    words = [w for w in before[-5:] if w not in ARTICLES and w not in fillers]  # vluchteling"
    if words and words[-1] in {"ik", "hij", "zij", "ze", "we", "wij", "je"}:
        words = words[:-1]
    return bool(words) and words[-1] in PAST_VERBS


ARRIVAL_VERBS = frozenset(
    {"kwam", "kwamen", "aangekomen", "toegekomen", "gekomen", "came", "arrived", "arrive",
     "arrivee", "binnengekomen"}
)  # fmt: skip


def _arrived_as(before: list[str]) -> bool:
    """ "ik kwam in 2015 als [asielzoeker]", "arrived as an asylum seeker": how someone came
    (an asylum seeker then; for a refugee, "kwam als vluchteling" may still hold)."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in {"als", "as", "comme"}:
            return any(w in ARRIVAL_VERBS for w in before[max(0, i - 5) : i])
    return False


def _since_present_verb(before: list[str]) -> list[str]:
    """The words before the status from its own present verb on: in "ik had subsidiaire
    bescherming en sinds vorige week ben ik erkend vluchteling", "had" is the other status's."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in PRESENT_VERBS:
            return before[i:]
    return before


def _is_lost(clause: list[str]) -> bool:
    """A refused, withdrawn, expired or past status ("geweigerd", "toen ik nog ... was")."""
    acquired = any(w in ACQUIRED_WORDS for w in clause)
    if "nog" in clause and any(w in PAST_VERBS for w in clause):
        return True  # "in 2015 was ik nog vluchteling in een kamp"
    for i, word in enumerate(clause):
        if word not in LOST_WORDS:
            continue
        if word in PAST_TIME_WORDS and acquired:
            continue  # "toen kreeg ik de brief da ik vluchteling ben"
        if word == "toen" and "nog" not in clause:
            continue  # "toen was da subsidiaire": the status then obtained
        if word in TIME_ADJECTIVES and clause[i + 1 : i + 2] and clause[i + 1] in TIME_NOUNS:
            continue  # "sinds afgelopen zomer": a date, not an expiry
        return True
    return False


def _negated(before: list[str]) -> bool:
    """A negation right before the status, over filler words ("niet erkend als")."""
    for i in range(len(before) - 1, max(-1, len(before) - 5), -1):
        if is_negation(before, i):
            return True
        if before[i] not in NEGATION_FILLERS:
            return False
    return False


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], with its closing punctuation."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[left + 1 : right]


def _is_generic_question(text: str, start: int, end: int, before: list[str]) -> bool:
    """ "mag een erkende vluchteling zijn ouders laten komen?", "hoeveel kost het voor een
    belg?", "geldt dat ook voor subsidiaire bescherming?": a status as a category in a
    question, not the writer's (no first person before it in the clause)."""
    if any(w in FIRST_PERSON or w in POSSESSIVES or w in CLIENT_NOUNS for w in before):
        return False  # "mijn man heeft een b kaart, kan ik ...?": a person, not a category
    words = list(before)
    while words and words[-1] in GENERIC_ADJECTIVES:
        words.pop()
    if not words or not (words[-1] in INDEFINITE_ARTICLES or words[-1] in {"voor", "for", "pour"}):
        return False
    sentence = _sentence_around(text, start, end)
    opener = folded_words(sentence)[:1]
    return sentence.rstrip().endswith("?") or bool(opener and opener[0] in QUESTION_WORDS)


def _is_question_about_status(before: list[str]) -> bool:
    if any(w in COMPARISON_WORDS for w in before):
        return True
    words = list(before)
    while words and words[-1] in ARTICLES:
        words.pop()
    return any(tuple(words[-len(q) :]) == q for q in QUESTION_OPENERS)


def _is_plan(before: list[str], after: list[str], value: str | None) -> bool:
    # after the status only words that govern it: "belg [worden]", "b-kaart [aangevraagd]",
    # "een verblijfskaart [nodig]"; "ik ben asielzoeker en hoop ..." is another clause
    if (
        any(w in PLAN_AFTER for w in after[:2])
        and not (
            value == "asylum_seeker" and any(w in {"aangevraagd", "aanvragen"} for w in after[:2])
        )
        and not (before[-1:] and before[-1] in WITH)
    ):
        return True  # but "heeft mijn client met [subsidiaire bescherming] nodig": a person's
    window = before[-6:]
    own = before[-3:]
    for i in range(len(own) - 1, -1, -1):
        if own[i] in CONDITIONALS or own[i] in FIRST_PERSON:
            own = own[i + 1 :]  # "de aanvraag als ik [belg] ben": the request is another
            break
    if value == "belgian" and any(w in NATIONALITY_REQUEST for w in own + after[:3]):
        return True  # "ik vraag de belgische nationaliteit aan"
    strong = {w for w in window if w in PLAN_WORDS and w not in WEAK_PLAN_WORDS}
    if strong and not (strong <= TIME_PLAN_WORDS and any(w in ACQUIRED_WORDS for w in window)):
        return True  # but "twee jaar later kreeg ik subsidiaire bescherming" is past
    if value == "asylum_seeker":
        return False
    # a weak word is a plan in a condition: "als ik erkend word", "wanneer ik belg word", "als
    # ik subsidiaire bescherming krijg" ("belg worden" right after the status is a plan
    # already: PLAN_AFTER above); not "de aanvraag als ik belg ben" (the weak word is before
    # the condition) nor "de aanvraag indienen als vluchteling" ("als" = in the role of)
    conditions = [i for i, w in enumerate(window) if w in CONDITIONALS and i + 1 < len(window)]
    if not conditions:
        return False
    scope = window[conditions[-1] :] + after[:2]
    return any(w in WEAK_PLAN_WORDS for w in scope)


def _place_at(words: list[str], i: int, countries: set[str]) -> str | None:
    """ "home" or "abroad" when words[i] is "in"/"au"/... before Belgium or a country."""
    if words[i] not in ABROAD_PREPOSITIONS or i + 1 >= len(words):
        return None
    if words[i + 1] in HOME:
        return "home"
    return "abroad" if _names_country(words[i + 1 : i + 3], countries) else None


def _names_country(words: list[str], countries: set[str]) -> bool:
    """The first one or two words name a country ("irak", "saudi arabie")."""
    return bool(words) and (words[0] in countries or " ".join(words[:2]) in countries)


def _is_relative_abroad(
    before: list[str], after: list[str], countries: set[str], text: str = ""
) -> bool:
    """A status held abroad: "mijn broer is vluchteling in kenia", "is daar erkend bij unhcr",
    "ik ben vluchteling in griekenland" (right after the status, for the writer too)."""
    if after[:1] and _place_at(after, 0, countries) == "abroad":
        return True  # "ik ben [vluchteling] in griekenland"
    if any(_first_person_at(before, i) for i in range(len(before))):
        return False
    if "unhcr" in after[:4]:
        return True
    if (
        any(w in {"daar", "there", "la-bas"} for w in before[-2:])
        and not any(w in HOME for w in before)
        and not _writer_abroad(text, countries)
    ):
        return True  # "zit in soedan en is daar erkend vluchteling" (not: "mijn man heeft daar
        # subsidiaire bescherming, ik zit in irak": there is Belgium for a writer abroad)
    if any(_place_at(before, i, countries) == "abroad" for i in range(len(before))):
        return True  # "mijn broer is in turkije geregistreerd als syrische [vluchteling]"
    for i, word in enumerate(after[:8]):
        if word in HOME:
            return False
        if word in {"en", "and", "et"} and after[i + 1 : i + 2] and after[i + 1] in NEW_SUBJECT:
            return False  # "de papa is erkend vluchteling en de kinderen zitten in soedan"
        if (
            (word in KIN or word == "ex" or word.startswith("ex-"))
            and i + 1 < len(after)
            and _place_at(after, i + 1, countries)
        ):
            return False  # "... en heeft gedeeld hoederecht met de vader in guinee": his place
        place = _place_at(after, i, countries)
        if place:
            return place == "abroad"
        if word in {"daar", "there"}:
            return True
    return False


# after "en": a new subject starts ("en de kinderen zitten in soedan")
NEW_SUBJECT = ARTICLES | POSSESSIVES | FIRST_PERSON | OTHER_PRONOUNS | {"ze", "hun", "they"}
_WRITER_ABROAD = re.compile(
    r"\b(?:ik|k|wij|we|i|je)\s+(?:\w+\s+){0,4}?(?:in|au|en)\s+(\w+(?:\s\w+)?)"
)
_ABROAD_NEXT = re.compile(
    r"^\s*[,;]?\s*(?:maar|but|mais)\s+(?:dan\s+|wel\s+|ook\s+)?(?:in|au|en)\s+(\w+(?:\s\w+)?)"
)


@lru_cache(maxsize=32)
def _folded_head(text: str) -> str:
    """The folded words of the message's first 600 characters, once per message (a message
    with several statuses asks for it once per status)."""
    return " ".join(folded_words(text[:600]))


def _writer_abroad(text: str, countries: set[str]) -> bool:
    """ "ik zit met de kinderen in irak": the writer is abroad (so "daar" is Belgium)."""
    return any(
        _names_country(match.group(1).split(), countries)
        for match in _WRITER_ABROAD.finditer(_folded_head(text))
    )


def _abroad_next(text: str, end: int, countries: set[str]) -> bool:
    """ "mijn man is ook [vluchteling] maar in frankrijk": the place right after the clause."""
    match = _ABROAD_NEXT.match(" ".join(folded_words(text[end : end + 60])))
    return bool(match) and _names_country(match.group(1).split(), countries)
