"""Words and negations in chat text, shared by the context rules (pure: no Rasa import).

`status_context` (is a status the sponsor's present one?) and `phrase_spotter` (is a spotted
custody, disability or marriage phrase negated?) read the same words and the same negations.

"pas" is a negation only in French, after "ne"/"n'" ("je ne suis **pas** réfugié"); in Dutch
it means "just" or "only": "ik ben **pas** erkend" is a recognition, not its denial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samen_rasa.nlu.folding import fold

__all__ = ["NEGATIONS", "WORD", "folded_words", "is_negation"]

WORD = re.compile(r"[\w'’-]+", re.UNICODE)
NEGATIONS = frozenset(
    {"geen", "gene", "genen", "niet", "nie", "ni", "not", "no", "nooit", "never", "jamais"}
)
FRENCH_NE = frozenset({"ne", "n'", "n’"})


def folded_words(text: str) -> list[str]:
    """The words of `text`, accent- and case-folded."""
    return [fold(w) for w in WORD.findall(text)]


def is_negation(words: Sequence[str], i: int) -> bool:
    """True when folded `words[i]` negates: "niet", "geen", ..., or French "ne ... pas"."""
    word = words[i]
    if word in NEGATIONS:
        return True
    if word != "pas":
        return False
    return any(w in FRENCH_NE or w.startswith(("n'", "n’")) for w in words[max(0, i - 3) : i])
