"""Filling the bot's texts: every word comes from domain.yml's responses (passed in as data).

`Texts` wraps the domain's `responses` mapping; it renders a response with its placeholders,
names people from the reader's position ("je zoon", "jij", "je cliënt") and writes dates and
amounts in Dutch with Babel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from dialogue import state as S
from dialogue import words as W
from eligibility.reader import article, step_word

LOCALE = "nl_BE"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def dutch_date(day: dt.date, approximate: bool | str = False) -> str:
    """3 maart 2026 ("maart 2026" when the user gave only the month, "2026" for a year:
    `approximate` is then "year")."""
    pattern = "y" if approximate == "year" else "MMMM y" if approximate else "d MMMM y"
    return format_date(day, format=pattern, locale=LOCALE)


def euro(value: Decimal) -> str:
    """Babel's Dutch (Belgium) number: 1.400 / 1.555,09."""
    return format_decimal(value, format="#,##0.##", locale=LOCALE)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _partner_of(state: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any] | None:
    """The partner whose child a stepchild is (only for a stepchild with its own word)."""
    if entry.get("relationship") != "stepchild":
        return None
    couples = ("spouse", "partner", "registered_partner")
    found = next((p for p in state["people"] if p["relationship"] in couples), None)
    if found is not None:
        return found
    for key in state.get("context") or {}:  # "mijn vrouw is al hier": named as context only
        relationship, _, word = key.partition(":")
        if relationship in couples and word:
            return {"id": None, "relationship": relationship, "word": word}
    return None


@dataclass
class Texts:
    responses: dict[str, Any]
    settings: dict[str, Any] = field(default_factory=dict)
    # the conversation's state, when a turn reads it: a helper who writes for her own
    # relative ("ik schrijf voor mijn broer") reads "je broer" wherever a text says "je cliënt"
    state: dict[str, Any] | None = None

    def has(self, name: str) -> bool:
        return bool(self.responses.get(name))

    def text(self, name: str, /, **values: Any) -> str:
        variants = self.responses.get(name) or []
        if not variants:
            raise KeyError(name)
        template = str(variants[0].get("text", ""))
        text = template.format_map(_Blank({k: v for k, v in values.items() if v is not None}))
        return self._for_a_family_helper(text)

    def _for_a_family_helper(self, text: str) -> str:
        """ "de familie van je cliënt" -> "de familie van je broer" (panel 59, h3: "Hij is
        geen cliënt, hij is mijn broer")."""
        state = self.state or {}
        word = state.get("sponsor_word") or ""
        if state.get("writer") != "helper" or not word or "cliënt" not in text:
            return text
        if word not in self.own_words():
            return text
        return text.replace("je cliënt", f"je {word}").replace("Je cliënt", f"Je {word}")

    def buttons(self, name: str) -> list[dict[str, str]]:
        variants = self.responses.get(name) or []
        raw = (variants[0].get("buttons") if variants else None) or []
        return [
            {
                "title": str(b["title"]),
                "payload": str(b["payload"]).replace("{{", "{").replace("}}", "}"),
            }
            for b in raw
        ]

    def first(self, *names: str) -> str:
        """The first of `names` that the domain defines (variants before the general one)."""
        for name in names:
            if self.has(name):
                return name
        raise KeyError(names[-1])

    def own_words(self) -> set[str]:
        """The writer's own words for a person that the texts may use ("je ma", "je buurman")."""
        return self.words("utter_label_family_words") | self.words("utter_label_acquaintance_words")

    def words(self, name: str) -> set[str]:
        return {w.strip().lower() for w in self.text(name).split(",") if w.strip()}

    def and_list(self, items: list[str]) -> str:
        """["a", "b", "c"] -> "a, b en c"."""
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self.text('utter_label_and')} " + items[-1]

    # --- naming people ---------------------------------------------------------------------

    def label(self, state: dict[str, Any], entry: dict[str, Any]) -> str:
        """How the reader names this relative: "je zoon", "je kind van 9", "jij",
        "het eerste kind van je cliënt"."""
        if entry.get("self"):
            return self.text("utter_label_self")
        word = entry.get("word")
        partner = _partner_of(state, entry)
        # "Maksym is ook zijn zoon" from the wife abroad: the couple's child is "je zoon" to
        # her (panel 101, v1: "De zoon van je man")
        ours = S.writer_is_partner(state) and (entry.get("facts") or {}).get("common_child")
        if entry.get("of_sponsor") and word and not ours:  # "zijn papa", "het broertje"
            sponsor = self.sponsor_label(state)
            return self.text("utter_label_of_sponsor", article=article(word), word=word, sp=sponsor)
        if partner is not None and partner.get("self"):
            partner = None  # the partner writes: her own daughter is "je dochter" (panel 14, b3)
        if partner is not None and word in W.CHILD_WORDS_OWN:
            # "haar dochter": the partner's daughter, not the writer's ("de dochter van je vrouw")
            partner_label = self.label(state, partner)
            base = self.text("utter_label_stepchild_of", word=word, partner=partner_label)
        elif word and word in self.own_words():
            if entry["relationship"] == "stepchild" and not S.writer_is_partner(state):
                word = step_word(word)  # "zijn zoon uit zijn eerste huwelijk": her stepson
            base = self.text("utter_label_own_word", word=word)
        else:
            relationship = entry.get("writer_relationship") or entry["relationship"]
            base = self.text(
                self.first(
                    f"utter_label_relationship_{relationship}",
                    "utter_label_relationship_other_relative",
                )
            )
        base = self._numbered(state, entry, base)
        if state.get("writer") != "helper" or partner is not None and word in W.CHILD_WORDS_OWN:
            return base  # "de zoon van de vrouw van je cliënt" names the client already
        if entry.get("writer_relationship") and state.get("sponsor_word") in W.HELPERS_PARENT_WORDS:
            return base  # "k schrijf voor mijn mama ... mijn zus": "je zus" (panel 103, y2)
        noun = base.split(" ", 1)[-1]  # "je eerste zoon" -> "eerste zoon"
        return self._of_client(state, noun)

    def _of_client(self, state: dict[str, Any], noun: str) -> str:
        """ "de zoon van je cliënt", or "de vrouw van je broer" from his sister (panel 58)."""
        client = self.sponsor_label(state)
        return self.text("utter_label_of_sponsor", article=article(noun), word=noun, sp=client)

    def named(self, state: dict[str, Any], word: str) -> str:
        """A person by the writer's word alone: "je papa", or "de papa van je cliënt" to a
        social worker (panel 23, s2: "Ik heb je papa weggelaten" to a guardian)."""
        if state.get("writer") == "helper":
            return self._of_client(state, word)
        return self.text("utter_label_own_word", word=word)

    def _numbered(self, state: dict[str, Any], entry: dict[str, Any], base: str) -> str:
        """Several relatives of one kind: "je kind van 9", "je eerste zoon"; "je mama" and
        "je papa" need no number."""
        word = entry.get("word")
        twins = [
            p
            for p in state["people"]
            if p is not entry and p["relationship"] == entry["relationship"] and not p.get("self")
        ]
        if twins and word and word in self.own_words():
            twins = [p for p in twins if p.get("word") == word]
        if not twins:
            return base
        aged = entry.get("age") is not None
        same_age = any((p.get("age"), p.get("months")) == (entry.get("age"), entry.get("months"))
                       for p in twins)  # fmt: skip
        if aged and not same_age:
            return self.text("utter_label_with_age", label=base, age=self.age_text(entry))
        same = [p for p in state["people"] if p["relationship"] == entry["relationship"]]
        ordinals = self.text("utter_label_ordinals").split(",")
        number = [p["id"] for p in same].index(entry["id"])
        ordinal = ordinals[min(number, len(ordinals) - 1)].strip()
        owner, _, noun = base.rpartition(" ")
        numbered = self.text("utter_label_with_number", owner=owner, ordinal=ordinal, noun=noun)
        if aged:  # twins: "je eerste kind van 1 jaar", "je tweede kind van 1 jaar"
            return self.text("utter_label_with_age", label=numbered, age=self.age_text(entry))
        return numbered

    def sponsor_label(self, state: dict[str, Any]) -> str:
        """The person in Belgium seen by the reader: "jij", "je man", "je cliënt"."""
        if state.get("writer") == "applicant":
            word = state.get("sponsor_word") or ""
            if word in self.own_words():
                return self.text("utter_label_own_word", word=word)
            return self.text("utter_label_sponsor_relative")
        if state.get("writer") == "helper":
            word = state.get("sponsor_word") or ""  # "ik schrijf voor mijn broer" (panel 58)
            if word in self.own_words():
                return self.text("utter_label_own_word", word=word)
            return self.text("utter_label_client")
        return self.text("utter_label_self")

    def age_text(self, entry: dict[str, Any]) -> str:
        months = entry.get("months")
        if months is not None and months < 12:
            return self.text("utter_label_age_months", months=months)
        if entry.get("age") == 0 and months is None:  # "mijn baby": under 1, months unknown
            return self.text("utter_label_age_baby")
        return self.text("utter_label_age_years", age=entry.get("age"))
