"""Precision / recall of the redactor on a labelled set of chat messages.

    python bench/redaction.py [--show] [FILE]     (default bench/redaction/labelled.yml)

The file: `messages: [{id, lang, text, spans: [{kind, text}]}]`; a message with
no spans is a look-alike that must stay untouched. A predicted span is a true
positive when it has the same kind as a labelled span it overlaps ("exact"
counts those with the same start and end too). Labelled span texts are located
in the message (each occurrence in turn).

How mistyped identifiers are handled (see privacy/redact.py): a number in the
exact national-number layout with a failing check, an IBAN with the right
country and length but wrong check digits, and a 3-7-2 card number are
redacted anyway as the same kind; a bare digit string with no layout and no cue
is not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from privacy.redact import KINDS, find_identifiers  # noqa: E402

TARGETS_RECALL = {
    "telefoonnummer": 0.99,
    "e-mail": 0.99,
    "iban": 0.99,
    "rijksregisternummer": 0.99,
    "paspoortnummer": 0.95,
    "naam": 0.95,
    "adres": 0.95,
}
TARGET_PRECISION = 0.97
MISTYPED_NOTE = (
    "mistyped identifiers: national-number layout or cue with bad check -> "
    "[rijksregisternummer]; IBAN with right country/length, bad check -> [iban]; "
    "3-7-2 card number -> [paspoortnummer]; bare digits without layout or cue stay"
)


def locate(text: str, spans: list[dict]) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of each labelled span, found in order of occurrence."""
    located = []
    used: Counter[str] = Counter()
    for span in spans:
        needle = str(span["text"])
        start = -1
        for _ in range(used[needle] + 1):
            start = text.find(needle, start + 1)
            if start == -1:
                break
        if start == -1:
            start = text.find(needle)
        if start == -1:
            print(f"  ! label not found in text: {needle!r}", file=sys.stderr)
            continue
        used[needle] += 1
        located.append((span["kind"], start, start + len(needle), needle))
    return located


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "bench/redaction/labelled.yml"))
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    data = yaml.safe_load(Path(args.file).read_text(encoding="utf-8"))
    messages = data["messages"] if isinstance(data, dict) else data

    tp_pred: Counter[str] = Counter()  # predicted spans that match a label
    fp: Counter[str] = Counter()
    tp_gold: Counter[str] = Counter()  # labelled spans found
    fn: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    misses, false_pos = [], []
    lookalikes = touched = 0

    for msg in messages:
        text = str(msg["text"])
        gold = locate(text, msg.get("spans") or [])
        pred = find_identifiers(text)
        if not gold:
            lookalikes += 1
            touched += bool(pred)
        for p in pred:
            hits = [g for g in gold if g[0] == p.kind and g[1] < p.end and p.start < g[2]]
            if hits:
                tp_pred[p.kind] += 1
                if any(g[1] == p.start and g[2] == p.end for g in hits):
                    exact[p.kind] += 1
            else:
                fp[p.kind] += 1
                false_pos.append((msg.get("id"), p.kind, text[p.start : p.end], text))
        for kind, start, end, needle in gold:
            if any(p.kind == kind and p.start < end and start < p.end for p in pred):
                tp_gold[kind] += 1
            else:
                fn[kind] += 1
                got = [
                    (p.kind, text[p.start : p.end]) for p in pred if p.start < end and start < p.end
                ]
                misses.append((msg.get("id"), kind, needle, got, text))

    print(f"{len(messages)} messages, {lookalikes} look-alikes (no identifier)")
    header = (
        f"{'kind':<20} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6} {'F1':>6} "
        f"{'exact':>6}  target"
    )
    print(header)
    print("-" * len(header))
    ok = True
    for kind in KINDS + ("overall",):
        if kind == "overall":
            tpp, fpp = sum(tp_pred.values()), sum(fp.values())
            tpg, fng = sum(tp_gold.values()), sum(fn.values())
            ex = sum(exact.values())
        else:
            tpp, fpp, tpg, fng, ex = tp_pred[kind], fp[kind], tp_gold[kind], fn[kind], exact[kind]
        prec = tpp / (tpp + fpp) if tpp + fpp else 1.0
        rec = tpg / (tpg + fng) if tpg + fng else 1.0
        if kind == "overall":
            target = f"P>={TARGET_PRECISION}"
            met = prec >= TARGET_PRECISION
            print("-" * len(header))
        else:
            target = f"R>={TARGETS_RECALL[kind]}"
            met = rec >= TARGETS_RECALL[kind]
        ok &= met
        print(
            f"{kind:<20} {tpg + fng:>5} {tpp + fpp:>5} {prec:>6.3f} {rec:>6.3f} "
            f"{f1(prec, rec):>6.3f} {ex:>6}  {target} {'ok' if met else 'MISSED'}"
        )
    print(f"look-alike messages wrongly touched: {touched} of {lookalikes}")
    print(MISTYPED_NOTE)
    if args.show:
        print(f"\nmisses ({len(misses)}):")
        for mid, kind, needle, got, text in misses:
            print(f"  [{mid}] {kind}: {needle!r}  got={got}\n      {text!r}")
        print(f"\nfalse positives ({len(false_pos)}):")
        for mid, kind, span, text in false_pos:
            print(f"  [{mid}] {kind}: {span!r}\n      {text!r}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
