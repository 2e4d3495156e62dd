"""Who reads the answer, and the small grammar that writes every text from their position.

The catalogue (messages.py) holds templates with placeholders; `render(template, voice)` fills
them for one reader. In Dutch only "zijn"/"hebben" and inversion differ between "je" and
"hij"/"zij" (je woont / hij woont, je kan / hij kan), so the grammar stays small:

Placeholders, as (sponsor reads / applicant reads / helper reads):

- `{rel}` subject, `{rel_obj}` object: je zoon / je, jou / de zoon van je cliënt
- `{rel_of:de geboorteakte}`: de geboorteakte van je zoon / je geboorteakte /
  de geboorteakte van de zoon van je cliënt
- `{rel_is}` `{rel_has}`: is, heeft / bent, hebt / is, heeft
- `{is_rel}` `{has_rel}` (inversion): is je zoon / ben je / is de zoon van je cliënt
- `{rel_pron}` `{rel_pron_obj}`: hij, hem (zij, haar; no pronoun: the noun again) / je, jou
- `{is_rel_pron}` `{has_rel_pron}`: is hij / ben je; `{rel_self}`: zichzelf / jezelf
- the same for the sponsor with `sp`: je, jou, je X / je man, X van je man / je cliënt;
  `{sp_of:de partner}` names the sponsor's partner with the reader's word when known
  (`Reader.partner`: "je vrouw", "de vrouw van je cliënt"), else "je partner"
- a fourth reader, `relative`: a relative abroad reads about another applicant (the
  sponsor's mother about his father): `{rel}` je man, `{sp}` je zoon (neither is the reader)
- `{we}` `{our}` (the two people concerned): jullie / jullie / ze, hun
- the minor in Belgium of seed 001's "hoger belang van het kind" with `child`: `{child}`,
  `{child_obj}`, `{child_has}`, `{child_of:het belang}`: je, jou, hebt, je belang when the
  minor reads; het kind, het kind, heeft, het belang van het kind for every other reader
  (panel 37, g4: "Toon aan waarom het kind je oom nodig heeft" to the boy himself)

A placeholder at the start of a sentence is capitalised. Unknown pronoun: the noun is
repeated, never "hij of zij".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLES = ("sponsor", "applicant", "helper", "relative")
PRONOUNS = ("hij", "zij")


@dataclass(frozen=True)
class Reader:
    # "sponsor" (in Belgium), "applicant" (abroad, about herself), "helper" (for a client),
    # "relative" (abroad, about another relative who applies too)
    role: str = "sponsor"
    relative: str | None = None  # the reader's word for the applicant: "zoon", "vrouw", "mama"
    pronoun: str | None = None  # "hij" | "zij" | None (unknown: repeat the noun)
    sponsor: str | None = None  # roles "applicant"/"relative": their word for the person in Belgium
    # the sponsor's word for their own spouse or partner ("vrouw", "man"), when known:
    # "{sp_of:de partner}" is then "je vrouw" / "de vrouw van je cliënt"
    partner: str | None = None
    # role "relative": the reader is the sponsor's own spouse or partner, so "{sp_of:de
    # partner}" is "jou" (panel 7, m1: "ten laste van je man of van de partner van je man")
    reader_is_partner: bool = False
    # role "relative": the relative is the sponsor's, not the reader's ("zijn papa" written by
    # the sponsor's mother): "de papa van je zoon", never "je papa" (panel 10, s1)
    relative_of_sponsor: bool = False
    # the sponsor's one parent who applies ("moeder" when the father died): "{parents}" is
    # then "je moeder" / "de moeder van je cliënt", else "de ouders" (panel 14, a4)
    parent: str | None = None
    # role "helper": the relative is the writer's own, a child writing for her parent ("k
    # schrijf voor mijn mama ... mijn zus"): "je zus", not "de zus van je mama" (panel 104, y2)
    relative_of_writer: bool = False

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if self.pronoun is not None and self.pronoun not in PRONOUNS:
            raise ValueError(f"pronoun must be one of {PRONOUNS} or None")


# The applicant as the sponsor calls them: (neutral, male, female).
RELATIVE_NOUNS: dict[str | None, tuple[str, str, str]] = {
    "spouse": ("partner", "man", "vrouw"),
    "registered_partner": ("partner", "partner", "partner"),
    "partner": ("partner", "partner", "partner"),
    "child": ("kind", "zoon", "dochter"),
    "stepchild": ("stiefkind", "stiefzoon", "stiefdochter"),
    "adopted_child": ("adoptiekind", "adoptiezoon", "adoptiedochter"),
    "foster_child": ("pleegkind", "pleegzoon", "pleegdochter"),
    "parent": ("ouder", "vader", "moeder"),
    "grandparent": ("grootouder", "grootvader", "grootmoeder"),
    "grandchild": ("kleinkind", "kleinzoon", "kleindochter"),
    "sibling": ("broer of zus", "broer", "zus"),
    "other_relative": ("familielid", "familielid", "familielid"),
    None: ("familielid", "familielid", "familielid"),
}
# Two relatives with one word told apart by age in every text: "zoon van 16 jaar" beside a
# son of 4 (panel 14, a1: "je zoon" for both, one of them left out).
RELATIVE_WITH_AGE = "{word} van {age} jaar"
# The sponsor as the applicant calls them (the sponsor's gender is not known).
SPONSOR_NOUNS: dict[str | None, str] = {
    "spouse": "partner",
    "registered_partner": "partner",
    "partner": "partner",
    "child": "ouder",
    "stepchild": "stiefouder",
    "adopted_child": "adoptieouder",
    "foster_child": "pleegouder",
    "parent": "kind",
    "grandparent": "kleinkind",
    "grandchild": "grootouder",
    "sibling": "broer of zus",
}
# Words whose pronoun is certain.
GENDERED = {
    "hij": "zoon man vader papa broer opa grootvader stiefzoon kleinzoon echtgenoot "
    "pleegzoon adoptiezoon neef oom verloofde_m",
    "zij": "dochter vrouw moeder mama zus oma grootmoeder stiefdochter kleindochter "
    "echtgenote pleegdochter adoptiedochter nicht tante",
}
_GENDER_OF = {w: p for p, words in GENDERED.items() for w in words.split()}
# Dutch "het" nouns among the applicant's words ("het kind van je cliënt"); diminutives
# ("meisje", "zoontje", "broertje") are "het" too; every other word takes "de".
HET_NOUNS = frozenset(
    {"kind", "stiefkind", "pleegkind", "adoptiekind", "kleinkind", "familielid", "lief"}
)


def article(word: str) -> str:
    """ "het" for a het-noun or a diminutive (the last word before any "van" decides: "eerste
    kind", "kind van 16 jaar"; panel 31, b1: "de kind van 16 jaar"), else "de"."""
    head = word.split(" van ")[0].split()
    last = head[-1].casefold() if head else ""
    return "het" if last in HET_NOUNS or (len(last) > 3 and last.endswith("je")) else "de"


_ARTICLE = re.compile(r"^(de|het|een)\s+", re.IGNORECASE)
_OWN = re.compile(r"^(mijn|m'n|je|jouw|zijn|haar)\s+", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^{}]*))?\}")
_SENTENCE_START = re.compile(r"(^|[.?!]\s+|\n)$")


def _clean(word: str) -> str:
    return _OWN.sub("", word.strip()).strip()


def step_word(word: str) -> str:
    """ "dochter" -> "stiefdochter", "kind" -> "stiefkind"; a word with no step form (a
    name, "meisje") stays."""
    return f"stief{word}" if word.casefold() in ("zoon", "dochter", "kind") else word


class Voice:
    """The values of every placeholder for one reader and one relationship."""

    def __init__(self, reader: Reader | None, relationship: str | None) -> None:
        self.reader = reader or Reader()
        r = self.reader
        pronoun = r.pronoun
        word = _clean(r.relative) if r.relative else None
        if word and pronoun is None:
            pronoun = _GENDER_OF.get(word.casefold())
        if not word:
            nouns = RELATIVE_NOUNS.get(relationship, RELATIVE_NOUNS[None])
            word = {None: nouns[0], "hij": nouns[1], "zij": nouns[2]}[pronoun]
        self.pronoun = pronoun
        self.applicant_reads = r.role == "applicant"
        self.sponsor_reads = r.role == "sponsor"
        stepchild = relationship == "stepchild" and not r.reader_is_partner  # her own child
        if stepchild and not word.casefold().startswith("stief"):
            word = step_word(word)  # "haar dochter": his stepdaughter, never "je dochter"
        if r.role == "helper":  # a sister writing for her brother: "je broer" (panel 58, h3)
            self.sp_noun = f"je {_clean(r.sponsor)}" if r.sponsor else "je cliënt"
            self.rel_noun = f"{article(word)} {word} van {self.sp_noun}"
            if r.relative_of_writer:
                self.rel_noun = f"je {word}"
        else:
            self.rel_noun = f"je {word}"
            sponsor_word = _clean(r.sponsor) if r.sponsor else None
            self.sp_noun = f"je {sponsor_word or SPONSOR_NOUNS.get(relationship, 'familielid')}"
            if r.relative_of_sponsor:
                self.rel_noun = f"{article(word)} {word} van {self.sp_noun}"
        self.values = self._values()

    def _person(self, prefix: str, own: bool, noun: str, pronoun: str | None) -> dict:
        if own:
            subj, obj = "je", "jou"
            pron, pron_obj = "je", "jou"
            is_, has = "bent", "hebt"
            is_inv, has_inv = "ben je", "heb je"
            is_pron, has_pron = "ben je", "heb je"
            self_ = "jezelf"
        else:
            subj = obj = noun
            pron = {"hij": "hij", "zij": "zij"}.get(pronoun or "", noun)
            pron_obj = {"hij": "hem", "zij": "haar"}.get(pronoun or "", noun)
            is_, has = "is", "heeft"
            is_inv, has_inv = f"is {noun}", f"heeft {noun}"
            is_pron, has_pron = f"is {pron}", f"heeft {pron}"
            self_ = "zichzelf"
        return {
            prefix: subj,
            f"{prefix}_obj": obj,
            f"{prefix}_pron": pron,
            f"{prefix}_pron_obj": pron_obj,
            f"{prefix}_is": is_,
            f"{prefix}_has": has,
            f"is_{prefix}": is_inv,
            f"has_{prefix}": has_inv,
            f"is_{prefix}_pron": is_pron,
            f"has_{prefix}_pron": has_pron,
            f"{prefix}_self": self_,
        }

    def _values(self) -> dict[str, str]:
        values = self._person("rel", self.applicant_reads, self.rel_noun, self.pronoun)
        values.update(self._person("sp", self.sponsor_reads, self.sp_noun, None))
        values.update(self._person("child", self.sponsor_reads, "het kind", None))
        helper = self.reader.role == "helper"
        values.update({"we": "ze" if helper else "jullie", "our": "hun" if helper else "jullie"})
        values["parents"] = self._parents()
        return values

    def _parents(self) -> str:
        word = _clean(self.reader.parent) if self.reader.parent else None
        if not word:
            return "de ouders"
        if word == "jij":  # the one parent who applies writes herself (dialogue SELF_PARENT)
            return "jou"
        if self.reader.role == "helper":
            return f"{article(word)} {word} van {self.sp_noun}"
        return f"je {word}" if self.reader.role == "sponsor" else f"de {word} van {self.sp_noun}"

    def of(self, who: str, thing: str) -> str:
        """ "de geboorteakte" of the applicant ("rel") or the sponsor ("sp")."""
        own = self.applicant_reads if who == "rel" else self.sponsor_reads  # sp, child
        if who == "sp" and thing == "de partner" and self.reader.reader_is_partner:
            return "jou"
        if who == "sp" and thing == "de partner" and self.reader.partner:
            thing = f"{article(_clean(self.reader.partner))} {_clean(self.reader.partner)}"
        if own:
            return "je " + _ARTICLE.sub("", thing)
        return f"{thing} van {self.values[who + '_obj']}"


def render(template: str, voice: Voice, constants: dict[str, str] | None = None) -> str:
    """Fill the placeholders of `template` for `voice`; capitalise at sentence starts."""
    constants = constants or {}

    def fill(match: re.Match[str]) -> str:
        name, arg = match.group(1), match.group(2)
        upper = name[:1].isupper()
        name = name[:1].lower() + name[1:]
        if name in ("rel_of", "sp_of", "child_of"):
            value = voice.of(name[:-3], arg or "")
        elif name in voice.values:
            value = voice.values[name]
        else:
            value = constants[name]
        if upper or _SENTENCE_START.search(match.string[: match.start()]):
            value = value[:1].upper() + value[1:]
        return value

    text = _PLACEHOLDER.sub(fill, template)
    return text[:1].upper() + text[1:]
