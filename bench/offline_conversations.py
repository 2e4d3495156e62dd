"""The blind conversation set played through the pure dialogue, without the NLU (a dev aid).

    PYTHONPATH=.:rasa python bench/offline_conversations.py [--show ID] [--failures] [FILES]

`bench/conversations.py` plays the set against the running bot; this plays it in-process
against `dialogue.take_turn` with a crude stand-in for the NLU: no relationship or age
entities at all (the dialogue's own reading must find them), the sponsor status and the
recognition date from the project's rule-based spotters, and affirm/deny from yes/no words.
It is a lower bound: it finds the answers the dialogue itself does not understand (loops),
not the NLU's misses. The same simulated user and scoring as `bench/conversations.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "rasa"), str(ROOT / "bench")]

import conversations as B  # noqa: E402

from dialogue import take_turn  # noqa: E402
from dialogue.reading import free_status  # noqa: E402
from samen_rasa.nlu.dutch_dates import parse_date  # noqa: E402
from samen_rasa.nlu.explicit_dates import explicit_recognition_dates  # noqa: E402
from samen_rasa.nlu.folding import fold  # noqa: E402

RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text("utf-8"))["responses"]


def fake_parse(text: str, today: dt.date) -> dict[str, Any]:
    folded = f" {fold(text)} "
    entities: list[dict[str, Any]] = []
    status = free_status(folded.replace("belgie", "").replace("belgium", ""))
    if status and any(
        c in folded for c in (" ik ben ", " ik heb ", " erkend", " k ben ", " mijn ")
    ):
        entities.append({"entity": "sponsor_status", "value": status, "start": 0, "end": 1})
    for span in explicit_recognition_dates(text):
        parsed = parse_date(span.text, now=today)
        entities.append(
            {"entity": "recognition_date", "value": span.text, "start": span.start,
             "end": span.end, "normalized": parsed.iso, "flags": parsed.flag_list()}
        )  # fmt: skip
    if not any(e["entity"] == "recognition_date" for e in entities):
        for match in re.finditer(
            r"(?:sinds|erkend in|erkend op|op) ((?:\d{1,2} )?[a-z]+(?: \d{4})?)", text, re.I
        ):
            parsed = parse_date(match.group(1), now=today)
            if (
                parsed.iso
                and "unparsed" not in parsed.flags
                and any(
                    c in folded
                    for c in ("erkend", "status", "bescherming", "vluchteling", "statuut")
                )
            ):
                entities.append(
                    {"entity": "recognition_date", "value": match.group(1),
                     "start": match.start(1), "end": match.end(1), "normalized": parsed.iso,
                     "flags": parsed.flag_list()}
                )  # fmt: skip
                break
    intent = "inform"
    words = folded.split()
    if words and words[0] in ("ja", "jaa", "klopt", "ok", "oke", "yes", "jawel", "akkoord"):
        intent = "affirm"
    elif words and words[0] in ("nee", "neen", "neeje", "no", "non", "nie"):
        intent = "deny"
    return {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities}


class FakeBot:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.states: dict[str, Any] = {}
        self.history: dict[str, list] = {}

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        message = fake_parse(text, self.today)
        earlier = self.history.setdefault(sender, [])
        turn = take_turn(self.states.get(sender), message, self.today, RESPONSES,
                         reference="SAM-X", earlier=list(earlier))  # fmt: skip
        earlier.append(message)
        self.states[sender] = turn.state
        return [{"text": r["text"]} for r in turn.replies]

    def state(self, sender: str) -> dict[str, Any]:
        return self.states.get(sender) or {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args(argv)
    scenarios = B.load(args.files or sorted(B.SET.glob("*.yml")))
    results = []
    for scenario in scenarios:
        today = dt.date.fromisoformat(str(scenario.get("today") or "2026-12-01"))
        results.append(B.Run(FakeBot(today), scenario).play())
    B.report(results)
    for r in results:
        if r["id"] in args.show or (args.failures and not r["success"]):
            print(f"\n== {r['id']}: wrong={r['wrong']} extra={r['extra']} people={r['people']}")
            print(f"   needless={r['needless']}")
            print("\n".join(r["transcript"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
