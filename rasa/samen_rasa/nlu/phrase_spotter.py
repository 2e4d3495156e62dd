"""Closed-vocabulary entities the statistical model missed (pure: no Rasa import).

Also `sponsor_status`, but only within three words after "ik ben", "heb", "als", "met", "nu"
... ("ik ben [duitser]", "heb ik een [bkaart]", "nu erkend als [vluchteling]") and, in the
component, only when the model found no status and `status_context` agrees that it is the
sponsor's present status.

`custody`, `disability` and `marriage_type` have few values and few ways to say them
("gedeeld hoederecht", "gehandicapt", "religieus"), but they are rare in the training data,
so DIET sometimes misses a phrase it has seen many times. The spotter finds the known phrases
(the spelling tables of `canonical.Canonicaliser`: core vocabulary, training synonyms and
annotated spans) in a message, longest first, on whole words, with a conservative typo
tolerance for long single words ("hoederegt", "gehandicapd"). The caller adds a spot only
where the model found no entity.

Precision first, per entity (`SPOTTING`):

- `heads`: a phrase must contain one of these word stems (a custody phrase names custody:
  "alleen" or "samen" on their own are not custody).
- `cues`: the message must contain one of these stems ("officieel" is a marriage type only
  in a message about a marriage, not in "een officiële vertaling").
- `after`: one of these words must come within the two words before the phrase.
- `exclude`: whole phrases never spotted (a bare "erkend" or "statuut").
- `skip`: stems that exclude a phrase: a span must keep the annotation convention (only the
  qualifier: "[religieus] getrouwd", not "[religieus getrouwd]"), and documents
  ("huwelijksakte") or circumstances ("rolstoel") are no values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.fuzzy import osa_distance
from samen_rasa.nlu.negation import WORD, folded_words, is_negation
from samen_rasa.nlu.vocabulary import AMBIGUOUS

__all__ = ["Spot", "PhraseSpotter", "SPOTTING", "in_context", "negated"]


@dataclass(frozen=True)
class Rule:
    heads: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    # one of these words within the `window` words before the phrase ("ik ben [belg]")
    after: frozenset[str] = frozenset()
    window: int = 2
    exclude: frozenset[str] = frozenset()  # whole phrases that are never spotted


SPOTTING: dict[str, Rule] = {
    "custody": Rule(
        heads=("gezag", "hoederecht", "voogd", "custody", "garde", "ouderschap", "autorite"),
        skip=("samen met", "met mijn ex"),
    ),
    "disability": Rule(
        skip=("rolstoel", "zorgen", "leven", "disabled", "een "),
    ),
    # only after "ik ben", "heb een", "als", "met een": "ik ben [duitser]", "met een [bkaart]"
    "sponsor_status": Rule(
        after=frozenset(
            {"ben", "bent", "is", "zijn", "heb", "hebt", "heeft", "hebben", "kben", "kheb",
             "als", "met", "suis", "am", "ai", "has", "have", "got", "with", "as", "are", "werd",
             "nu", "toch", "inmiddels", "intussen", "ondertussen", "now"}
        ),
        window=3,  # "heb ik een [b kaart]", "nu erkend als [vluchteling]"
        exclude=AMBIGUOUS.get("sponsor_status", frozenset()),
    ),
    "marriage_type": Rule(
        cues=(
            "trouw", "getrouwd", "gehuwd", "huwelijk", "huwde", "married", "marriage",
            "mariage", "marie", "nikah", "nikkah",
        ),
        skip=(
            "getrouwd", "gehuwd", "huwelijk", "akte", "boekje", "married", "marriage", "mariage",
            "religious or customary", "official", "customary",
        ),
    ),
}  # fmt: skip

MAX_WORDS = 6
SHORT_ANSWER_WORDS = 4  # "gedeeld", "alleen ik", "officieel": an answer to the bot's question
# a value the model tagged is kept only in a message about its subject (or a short answer):
# "ik ben hier [alleen]" is no custody, "een [officiële] vertaling" no marriage type
CONTEXT: dict[str, tuple[str, ...]] = {
    "custody": SPOTTING["custody"].heads,
    "marriage_type": SPOTTING["marriage_type"].cues
    + ("moskee", "imam", "kerk", "gemeentehuis", "stadhuis", "burgerlijke stand", "religi",
       "traditi", "gewoonte", "sjeik", "sheikh", "mosque", "church", "civil"),
}  # fmt: skip


def negated(text: str, start: int) -> bool:
    """True when the word right before `start` is a negation ("niet [gehandicapt]")."""
    words = folded_words(text[max(0, start - 30) : start])
    return bool(words) and is_negation(words, len(words) - 1)


@lru_cache(maxsize=16)
def _message_words(text: str) -> tuple[int, str]:
    """(number of words, folded words joined): once per message, not once per entity."""
    words = folded_words(text[:2000])
    return len(words), " ".join(words)


def in_context(entity: str, text: str) -> bool:
    """False when `text` is too long to be a bare answer and never names the entity's subject."""
    cues = CONTEXT.get(entity)
    if not cues:
        return True
    count, folded = _message_words(text)
    if count <= SHORT_ANSWER_WORDS:
        return True
    return any(cue in folded for cue in cues)


FUZZY_MIN_CHARS = 8  # single words of 8+ characters may differ by one edit


@dataclass(frozen=True)
class Spot:
    entity: str
    start: int
    end: int
    text: str
    value: str


class PhraseSpotter:
    """Known phrases per entity: folded words -> canonical value."""

    def __init__(self, phrases: Mapping[str, Mapping[str, str]], rules: Mapping[str, Rule]):
        self.rules = dict(rules)
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {}
        self.single_words: dict[str, dict[str, str]] = {}
        for entity, table in phrases.items():
            rule = self.rules.get(entity)
            if rule is None:
                continue
            kept: dict[tuple[str, ...], str] = {}
            for spelling, value in table.items():
                words = tuple(w for w in (fold(x) for x in WORD.findall(spelling)) if w)
                if not words or len(words) > MAX_WORDS or not _allowed(words, value, rule):
                    continue
                kept.setdefault(words, value)
            self.phrases[entity] = kept
            self.single_words[entity] = {
                w[0]: v for w, v in kept.items() if len(w) == 1 and len(w[0]) >= FUZZY_MIN_CHARS
            }

    @classmethod
    def from_tables(
        cls, tables: Mapping[str, Mapping[str, str]], rules: Mapping[str, Rule] | None = None
    ) -> PhraseSpotter:
        return cls(tables, SPOTTING if rules is None else rules)

    def spots(self, text: str, entities: Iterable[str] | None = None) -> list[Spot]:
        """Non-overlapping known phrases in `text`, longest first, left to right."""
        tokens = [(m.start(), m.end(), fold(m.group(0))) for m in WORD.finditer(text)]
        if not tokens:
            return []
        folded_tokens = [t[2] for t in tokens]
        folded_text = " ".join(folded_tokens)
        wanted = [e for e in (entities or self.phrases) if e in self.phrases]
        found: list[Spot] = []
        taken = [False] * len(tokens)
        for entity in wanted:
            rule = self.rules[entity]
            if rule.cues and not any(cue in folded_text for cue in rule.cues):
                continue
            table = self.phrases[entity]
            i = 0
            while i < len(tokens):
                hit = None
                for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
                    if any(taken[i : i + n]):
                        continue
                    words = tuple(t[2] for t in tokens[i : i + n])
                    value = table.get(words)
                    if value is None and n == 1:
                        value = self._fuzzy(entity, words[0])
                    if value is not None:
                        hit = (n, value)
                        break
                if hit is None:
                    i += 1
                    continue
                n, value = hit
                start, end = tokens[i][0], tokens[i + n - 1][1]
                if rule.after and not any(
                    t[2] in rule.after for t in tokens[max(0, i - rule.window) : i]
                ):
                    i += n
                    continue
                if i > 0 and is_negation(folded_tokens, i - 1):
                    # "niet officieel", "geen gedeeld gezag": the model or the dialogue decides
                    i += n
                    continue
                found.append(Spot(entity, start, end, text[start:end], value))
                for k in range(i, i + n):
                    taken[k] = True
                i += n
        return sorted(found, key=lambda s: s.start)

    def _fuzzy(self, entity: str, word: str) -> str | None:
        if len(word) < FUZZY_MIN_CHARS:
            return None
        best: str | None = None
        for key, value in self.single_words[entity].items():
            if osa_distance(word, key, 1) <= 1:
                if best is not None and best != value:
                    return None
                best = value
        return best


def _allowed(words: tuple[str, ...], value: str, rule: Rule) -> bool:
    phrase = " ".join(words)
    if phrase in rule.exclude or len(phrase) < 4:
        return False
    if not rule.after and (phrase == fold(value) or phrase == fold(value.replace("_", " "))):
        # the canonical name itself ("shared", "disabled") is no user phrase; a status after
        # "i am" may be ("i am [belgian]", "i am a [refugee]")
        return False
    if any(s in phrase for s in rule.skip):
        return False
    if rule.heads and not any(h in phrase for h in rule.heads):
        return False
    return True
