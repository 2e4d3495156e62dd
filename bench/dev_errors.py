"""Entity P/R/F1 (exact, and F1 with value right + span overlapping) and the single errors of
a trained model on a DEV file.

    .venv/bin/python bench/dev_errors.py MODEL.tar.gz bench/dev/status_dev.yml [ENTITY,...]

For error analysis on data that is never trained on and is not the held-out test split:
`bench/dev/status_dev.yml` or a seeded dev split of the training data (bench/README.md).
It refuses `tests/nlu/` files: the held-out split reports figures (bench/nlu.py), its single
messages are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nlu as bench  # bench/nlu.py (the script's directory is on sys.path)

DEFAULT_ENTITIES = ["sponsor_status", "custody", "disability", "marriage_type"]


def _keys(text: str, entities: list[dict], shown: list[str]) -> set[tuple[str, str, str]]:
    out = set()
    for e in entities:
        if e["entity"] in shown:
            written = text[e["start"] : e["end"]]
            value = written if e["entity"] == "recognition_date" else str(e.get("value"))
            out.add((e["entity"], written, value))
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    model, data = Path(argv[0]), Path(argv[1])
    shown = argv[2].split(",") if len(argv) > 2 else DEFAULT_ENTITIES
    if bench.is_held_out(data):
        print("error: tests/nlu/ is the held-out split: use bench/nlu.py", file=sys.stderr)
        return 2
    for path, what in ((model, "model"), (data, "data file")):
        if not path.is_file():
            print(f"error: {what} not found: {path}", file=sys.stderr)
            return 2
    examples = bench.load_examples(data)
    project = bench.Project(model)
    gold, pred, texts = [], [], []
    for example in examples:
        parse = project.parse(example["text"])
        texts.append(example["text"])
        gold.append(example["entities"])
        pred.append(parse.get("entities") or [])
    # "overlap F1": value right and span overlapping (dev writers' span conventions differ)
    relaxed = bench.relaxed_f1(gold, pred, texts)
    for name, s in bench.entity_scores(gold, pred, texts).items():
        p, r, f, n = s["precision"], s["recall"], s["f1"], s["support"]
        print(
            f"{name:18s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  overlap F1 "
            f"{relaxed.get(name, 0.0):.3f}  n {n}"
        )
    for text, g_list, p_list in zip(texts, gold, pred, strict=True):
        g, p = _keys(text, g_list, shown), _keys(text, p_list, shown)
        if g != p:
            print(f"--- {text}\n   missed: {sorted(g - p)}\n   extra:  {sorted(p - g)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
