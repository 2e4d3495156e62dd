"""Corrections into training data: validating a marked span, and the NLU YAML export.

The export is Rasa's data/nlu format (`version: "3.1"`, `nlu: - intent: ... examples: |`)
with entities written as `[span](entity)` or `[span]{"entity": "...", "value": "..."}`.
Never an identifier in it: the stored texts are already redacted, and each is redacted
again with privacy.redact.redact_text; a message that changes, or that still holds a
placeholder or any bracket (`[naam]`, `[telefoonnummer]` ...: they would also break the
annotation syntax), is SKIPPED, not rewritten, and the export's header counts the skipped
ones. A placeholder never becomes a made-up example.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from eligibility.validation import CUSTODIES, MARRIAGES, NLU_SPONSOR_STATUSES, RELATIONSHIPS
from privacy.redact import redact_text

HEADER = (
    "# Samen: corrections by staff (staff application export); {kept} examples, {skipped} skipped"
)


# entities whose value must be one of the canonical values the NLU maps every spelling to
CANONICAL_VALUES = {
    "relationship": RELATIONSHIPS,
    "sponsor_status": NLU_SPONSOR_STATUSES,
    "marriage_type": tuple(v for v in MARRIAGES if v != "none"),
    "custody": tuple(v for v in CUSTODIES if v != "none"),
}


class SpanError(ValueError):
    """A marked entity that does not fit the message (one line for the form)."""


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int
    value: str = ""

    def as_dict(self) -> dict[str, Any]:
        """{"entity", "start", "end", "value"} and "role" for "name:role" (e.g. age:sponsor)."""
        name, _, role = self.entity.partition(":")
        found = {"entity": name, "start": self.start, "end": self.end, "value": self.value}
        return found | ({"role": role} if role else {})


def locate(text: str, entity: str, substring: str = "", start=None, end=None, value="") -> Span:
    """The span of an entity: by start/end offsets, or the first occurrence of `substring`."""
    if start not in (None, "") and end not in (None, ""):
        try:
            first, last = int(start), int(end)
        except (TypeError, ValueError) as error:
            raise SpanError("begin en einde moeten getallen zijn") from error
        if not 0 <= first < last <= len(text):
            raise SpanError(f"begin en einde moeten tussen 0 en {len(text)} liggen")
    elif substring.strip():
        first = text.find(substring.strip())
        if first < 0:
            raise SpanError(f"'{substring.strip()}' staat niet in het bericht")
        last = first + len(substring.strip())
    else:
        raise SpanError("geef de tekst van het stuk of begin en einde")
    if text[first:last] != text[first:last].strip() or not text[first:last].strip():
        raise SpanError("een stuk begint en eindigt niet met een spatie")
    value = " ".join(str(value or "").split())
    allowed = CANONICAL_VALUES.get(entity.partition(":")[0])
    if allowed and value not in allowed:
        raise SpanError(f"waarde voor {entity}: kies uit {', '.join(allowed)}")
    return Span(entity, first, last, value)


def check_overlap(spans: list[Span]) -> None:
    ordered = sorted(spans, key=lambda s: s.start)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            raise SpanError("twee gemarkeerde stukken overlappen")


def annotate(text: str, spans: list[dict[str, Any]]) -> str:
    """The text with Rasa's entity annotations, e.g. "[mijn vrouw]{"entity": ...}"."""
    out, last = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        piece = text[span["start"] : span["end"]]
        out.append(text[last : span["start"]])
        value = span.get("value") or ""
        if (value and value != piece) or span.get("role"):
            label = {"entity": span["entity"]} | (
                {"role": span["role"]} if span.get("role") else {}
            )
            label |= {"value": value} if value and value != piece else {}
            out.append(f"[{piece}]{json.dumps(label, ensure_ascii=False)}")
        else:
            out.append(f"[{piece}]({span['entity']})")
        last = span["end"]
    out.append(text[last:])
    return "".join(out)


def exportable(text: str) -> bool:
    """True when the text is safe to export (nothing left to redact, no bracket)."""
    if "[" in text or "]" in text or "\n" in text or "\r" in text:
        return False
    return redact_text(text) == text


def export_yaml(corrections: list[tuple[str, str, list[dict[str, Any]]]]) -> str:
    """(text, intent, spans) -> data/nlu YAML, intents and examples sorted, no duplicates."""
    by_intent: dict[str, set[str]] = defaultdict(set)
    skipped = 0
    for text, intent, spans in corrections:
        if not exportable(text):
            skipped += 1
            continue
        by_intent[intent].add(annotate(text, spans))
    kept = sum(len(v) for v in by_intent.values())
    lines = [HEADER.format(kept=kept, skipped=skipped), 'version: "3.1"', "nlu:"]
    for intent in sorted(by_intent):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {example}" for example in sorted(by_intent[intent])]
    if not by_intent:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"
