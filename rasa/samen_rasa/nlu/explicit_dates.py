"""Explicit recognition dates that the statistical model missed (pure, no Rasa import).

"ik ben erkend vluchteling sinds 3 maart 2026": when DIET tags no recognition date but
the clause around an explicit date (day and month, month and year, a numeric date, or
"8 maanden geleden") speaks of a status decision, that date is taken as the recognition
date. Vague ones ("vorig jaar", "in de zomer") are left to the model and to the dialogue.

A date of another event is never taken, even next to a status: "aangekomen op 3 juni 2023
en nu ben ik erkend", "geboren op 2 februari 2008", "afspraak op 09.12.2026", "geweigerd op
20/08/2025" (`date_context`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samen_rasa.nlu.date_context import RECOGNITION_STEMS, is_recognition_date
from samen_rasa.nlu.dutch_dates import _MONTHS
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.status_context import clause_around

_MONTH_WORDS = sorted({w for words in _MONTHS.values() for w in words if " " not in w}, key=len)
_MONTH = "|".join(re.escape(w) for w in reversed(_MONTH_WORDS))
_UNIT = r"(?:dagen|dag|weken|week|maanden|maand|jaar|mois|months|weeks)"
EXPLICIT_DATE = re.compile(
    rf"(?<![\w/.-])("
    rf"\d{{1,2}}\s+(?:{_MONTH})\b\.?(?:\s+\d{{4}})?"  # 3 maart (2025)
    rf"|\b(?:{_MONTH})\b\.?\s+\d{{4}}"  # maart 2025
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"  # 3/3/25
    rf"|\d{{1,2}}\s+{_UNIT}\s+(?:geleden|terug|ago)"  # 8 maanden geleden
    rf")(?![\w/-])",
    re.IGNORECASE,
)
# a clause about the status decision: the recognition words of `date_context`, and the bodies
# and papers that decide it ("de beslissing van het cgvs", "mijn papieren kwamen op ...")
STATUS_CUES = RECOGNITION_STEMS + ("cgvs", "rvv", "papieren")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def explicit_recognition_dates(text: str) -> list[Span]:
    """Fully written dates whose clause speaks of a status and no other event (else none)."""
    folded = fold(text)
    if not any(cue in folded for cue in STATUS_CUES):
        return []
    spans = []
    for m in EXPLICIT_DATE.finditer(text):
        before, after = clause_around(text, m.start(), m.end())
        clause = fold(before + " " + after)
        if not any(cue in clause for cue in STATUS_CUES):
            continue
        if not is_recognition_date(text, m.start(), m.end()):
            continue
        spans.append(Span(m.start(), m.end(), m.group(0)))
    return spans
