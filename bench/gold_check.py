"""Do the post-processing rules keep what the annotators marked? (no model needed)

    .venv/bin/python bench/gold_check.py [FILE.yml ...] [--entities sponsor_status,age]

Feeds every message's **gold** entities, as if the model had found exactly them, through
`EntityValueNormalizer` (span repair, status and date context, phrase spotting, the writer's
own status first) with the spelling tables trained from `data/`, and prints each gold entity
the rules drop or change and each entity they add. A rule that drops an annotated status in
the training data or a dev set is too wide. Default files: `data/**.yml` and `bench/dev/*.yml`.
It refuses `tests/nlu/` (the held-out split reports figures only, see bench/README.md).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import nlu as bench  # bench/nlu.py (the script's directory is on sys.path)

ROOT = bench.ROOT
CHECKED = ("sponsor_status", "age", "recognition_date")
NOW = date(2026, 11, 22)


def _key(e: dict) -> tuple:
    value = None if e["entity"] == "recognition_date" else str(e.get("value"))
    return (e["entity"], e.get("start"), e.get("end"), value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--entities", default=",".join(CHECKED))
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    files = [f.resolve() for f in args.files] or [
        f
        for f in sorted((ROOT / "data").rglob("*.yml"))
        + sorted((ROOT / "bench" / "dev").glob("*.yml"))
        if "\nnlu:" in "\n" + f.read_text(encoding="utf-8")
    ]
    if any(bench.is_held_out(f) for f in files):
        print("error: tests/nlu/ is the held-out split: use bench/nlu.py", file=sys.stderr)
        return 2
    shown = set(args.entities.split(","))

    from rasa.shared.nlu.training_data.message import Message

    from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer

    EntityValueNormalizer.clock = staticmethod(lambda: NOW)
    normaliser = EntityValueNormalizer(EntityValueNormalizer.get_default_config(), None, None)
    normaliser.train(bench.load_training(ROOT / "data"))

    total = {"gold": 0, "dropped": 0, "added": 0}
    for path in files:
        examples = [ex for ex in bench.load_examples(path) if ex["text"]]
        if not examples:
            continue
        dropped = added = gold_n = 0
        for ex in examples:
            message = Message(
                data={"text": ex["text"], "entities": [dict(e) for e in ex["entities"]]}
            )
            normaliser.process([message])
            out = [e for e in message.get("entities") or [] if e["entity"] in shown]
            gold = [e for e in ex["entities"] if e["entity"] in shown]
            gold_keys, out_keys = {_key(e) for e in gold}, {_key(e) for e in out}
            lost = [k for k in gold_keys if k not in out_keys]
            new = [k for k in out_keys if k not in gold_keys]
            gold_n += len(gold_keys)
            dropped += len(lost)
            added += len(new)
            if (lost or new) and not args.quiet:
                print(f"--- {path.relative_to(ROOT)}: {ex['text']}")
                for k in lost:
                    print(f"   dropped: {k[0]} {ex['text'][k[1] : k[2]]!r} {k[3] or ''}")
                for k in new:
                    print(f"   added:   {k[0]} {ex['text'][k[1] : k[2]]!r} {k[3] or ''}")
        print(f"{path.relative_to(ROOT)}: gold {gold_n}, dropped {dropped}, added {added}")
        total["gold"] += gold_n
        total["dropped"] += dropped
        total["added"] += added
    print(f"all: gold {total['gold']}, dropped {total['dropped']}, added {total['added']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
