"""Dutch readability of everything the bot says: domain.yml responses and the eligibility
catalogue, with placeholders filled with typical values.

    .venv/bin/python bench/readability.py [--top 15] [--json]

Prints the score of the whole catalogue and the hardest texts. No maintained Dutch readability
package is installed in .venv, so the two classic formulas are implemented here:

- **Flesch-Douma** (W.H. Douma, "De leesbaarheid van landbouwbladen", Wageningen 1960; the
  Dutch adaptation of Flesch's Reading Ease):
  ``206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence``.
  Higher is easier: 60-70 is "redelijk makkelijk", 70-80 "makkelijk". As a rough guide, B1
  text scores 60 or more.
- **LIX** (C.H. Björnsson, "Läsbarhet", Stockholm 1968; used for Dutch too):
  ``words per sentence + 100 * share of words longer than 6 letters``.
  Lower is easier: under 40 is easy, 40-50 average. Dutch compounds ("gezinshereniging")
  weigh heavily here.

Counting: a sentence ends at . ! ? : or a line break (each bullet or checkbox is one); a word is
a run of letters (digits and dates count as words); syllables are Dutch vowel groups
(a e i o u y and accented vowels; "ij", "ui", "oe", "ie", "eu", "au", "ou", "ei", "aa", ...
are one group, a diaeresis ë ï ü ö starts a new one: "Bel-gi-ë"), at least one per word.
Legal references in brackets ("(art. 10 Vreemdelingenwet)", "(praktijk DVZ ...)") and the
"Bron: ..." lines are left out: they are citations, not prose. Labels and building blocks
(`utter_label_*`, `utter_mark_*`, `utter_line_*`) are fragments, not texts, and are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eligibility import messages as M  # noqa: E402
from eligibility.reader import Reader, Voice  # noqa: E402

SKIP_PREFIXES = ("utter_label_", "utter_mark_", "utter_line_", "utter_ics_title")
# typical values for the placeholders of domain.yml responses
TYPICAL = {
    "relative": "je vrouw", "Relative": "Je vrouw", "rel": "je vrouw", "Rel": "Je vrouw",
    "sp": "jij", "Sp": "Jij", "who": "Je vrouw", "date": "3 maart 2027", "days": "92",
    "amount": "1.400", "reference": "1.555,09", "retention": "12 maanden",
    "name": "onze organisatie", "phone": "02 123 45 67", "hours": "maandag tot vrijdag",
    "address": "Kerkstraat 1, Brussel", "ages": "9", "partner": "je vrouw",
    "confirmation_text": "• Jij: erkend vluchteling, sinds 3 maart 2026\n• Je vrouw: 30 jaar",
    "facts": "• Je vrouw: 30 jaar", "names": "je broer", "why": "Je hoeft dit niet te bewijzen.",
    "sources": "art. 10", "route": "recht op gezinshereniging", "label": "vrouw",
}  # fmt: skip
_CITATION = re.compile(
    r"\((?:art\.|artikel|praktijk|GwH|HvJ|bijlage|KB|Bron)[^()]*(?:\([^()]*\)[^()]*)*\)",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^\s*(Bron|Bronnen):.*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'’-]*")
_VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü"
_DIAERESIS = "ëïüö"


def syllables(word: str) -> int:
    """Dutch syllables by vowel groups; a diaeresis starts a new group."""
    count, previous = 0, False
    for char in word.lower():
        vowel = char in _VOWELS
        if vowel and (not previous or char in _DIAERESIS):
            count += 1
        previous = vowel
    return max(count, 1)


@dataclass
class Counts:
    sentences: int = 0
    words: int = 0
    syllables: int = 0
    long_words: int = 0

    def add(self, other: Counts) -> None:
        self.sentences += other.sentences
        self.words += other.words
        self.syllables += other.syllables
        self.long_words += other.long_words

    @property
    def flesch_douma(self) -> float:
        if not self.words:
            return 0.0
        per_100 = 100 * self.syllables / self.words
        return 206.84 - 0.77 * per_100 - 0.93 * self.words / max(self.sentences, 1)

    @property
    def lix(self) -> float:
        if not self.words:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words


def prose(text: str) -> str:
    text = _SOURCE_LINE.sub("", text)
    return _CITATION.sub("", text)


def count(text: str) -> Counts:
    counts = Counts()
    for sentence in _SENTENCE_END.split(prose(text)):
        words = _WORD.findall(sentence)
        if not words:
            continue
        counts.sentences += 1
        counts.words += len(words)
        counts.syllables += sum(syllables(w) for w in words)
        counts.long_words += sum(1 for w in words if len(re.sub(r"\W", "", w)) > 6)
    return counts


class _Typical(dict):
    def __missing__(self, key: str) -> str:
        return "dit"


def domain_texts(path: Path = ROOT / "domain.yml") -> dict[str, str]:
    responses = yaml.safe_load(path.read_text("utf-8"))["responses"]
    found = {}
    for name, variants in responses.items():
        if name.startswith(SKIP_PREFIXES) or not variants:
            continue
        template = str(variants[0].get("text", ""))
        found[f"domain:{name}"] = template.format_map(_Typical(TYPICAL))
    return found


def catalogue_texts() -> dict[str, str]:
    voice = Voice(Reader(role="sponsor", relative="vrouw"), "spouse")
    found = {
        f"catalogue:{name}:{key}": M.text(message, voice, **M.CASE_VALUE_EXAMPLES)
        for name, catalogue in M.CATALOGUES.items()
        for key, message in catalogue.items()
    }
    found["catalogue:fees:True"] = M.text(M.FEES[True], voice)
    found["catalogue:fees:False"] = M.text(M.FEES[False], voice)
    found["catalogue:disclaimer"] = M.text(M.DISCLAIMER, voice)
    return found


def report(texts: dict[str, str], top: int) -> dict:
    total = Counts()
    scored = []
    for name, text in texts.items():
        counts = count(text)
        if not counts.words:
            continue
        total.add(counts)
        scored.append((name, counts))
    # the hardest texts: lowest Flesch-Douma among texts of at least one full sentence
    hardest = sorted((s for s in scored if s[1].words >= 6), key=lambda s: s[1].flesch_douma)
    return {
        "texts": len(scored),
        "sentences": total.sentences,
        "words": total.words,
        "words_per_sentence": round(total.words / max(total.sentences, 1), 1),
        "syllables_per_word": round(total.syllables / max(total.words, 1), 2),
        "flesch_douma": round(total.flesch_douma, 1),
        "lix": round(total.lix, 1),
        "hardest": [
            {
                "text": name,
                "flesch_douma": round(c.flesch_douma, 1),
                "lix": round(c.lix, 1),
                "words_per_sentence": round(c.words / max(c.sentences, 1), 1),
            }
            for name, c in hardest[:top]
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    parts = {"domain.yml": domain_texts(), "catalogue": catalogue_texts()}
    everything = {**parts["domain.yml"], **parts["catalogue"]}
    result = report(everything, args.top)
    result["by_source"] = {
        name: {k: report(t, 0)[k] for k in ("texts", "flesch_douma", "lix")}
        for name, t in parts.items()
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{result['texts']} texts, {result['sentences']} sentences, {result['words']} words: "
        f"{result['words_per_sentence']} words/sentence, "
        f"{result['syllables_per_word']} syllables/word"
    )
    print(f"Flesch-Douma {result['flesch_douma']} (higher is easier), LIX {result['lix']}")
    for name, figures in result["by_source"].items():
        print(f"  {name}: {figures['texts']} texts, Flesch-Douma {figures['flesch_douma']}, "
              f"LIX {figures['lix']}")  # fmt: skip
    print(f"\nThe {args.top} hardest texts (Flesch-Douma, LIX, words/sentence):")
    for item in result["hardest"]:
        print(
            f"  {item['flesch_douma']:6.1f} {item['lix']:5.1f} {item['words_per_sentence']:5.1f}"
            f"  {item['text']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
