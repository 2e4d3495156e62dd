"""Explicit recognition dates that the statistical model missed (pure, no Rasa import).

"ik ben erkend vluchteling sinds 3 maart 2026": when DIET tags no recognition date but
the message speaks of a status decision and contains a fully written date (day, month
and year, or a numeric date), that date is taken as the recognition date. Only explicit
dates qualify; vague ones ("vorig jaar") are left to the model and to the dialogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samen_rasa.nlu.dutch_dates import _MONTHS
from samen_rasa.nlu.folding import fold

_MONTH_WORDS = sorted({w for words in _MONTHS.values() for w in words if " " not in w}, key=len)
_MONTH = "|".join(re.escape(w) for w in reversed(_MONTH_WORDS))
EXPLICIT_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}}\s+(?:{_MONTH})\.?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}}))(?!\d)",
    re.IGNORECASE,
)
STATUS_CUES = (
    "erkend", "erkenning", "vluchteling", "vluchtling", "status", "statuut", "bescherming",
    "beschermd", "cgvs", "rvv", "beslissing", "papieren", "refugee", "refugie",
)  # fmt: skip


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def explicit_recognition_dates(text: str) -> list[Span]:
    """Fully written dates in a message that speaks of a status (else none)."""
    folded = fold(text)
    if not any(cue in folded for cue in STATUS_CUES):
        return []
    return [Span(m.start(), m.end(), m.group(0)) for m in EXPLICIT_DATE.finditer(text)]
