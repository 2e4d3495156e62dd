"""Cold full training, Rasa's own `rasa train` against the project's, side by side (issue 17).

    .venv/bin/python bench/train_time.py [--rounds 2] [--keep]

Each round trains the project's data, config and domain twice, one after the other, each time
with an empty `RASA_CACHE_DIRECTORY` and a new output folder:

- `rasa`: plain `python -m rasa train` (Rasa 3.6 as it comes);
- `project`: `python -m launcher.rasa_train train`, what `make run` and `make test` use (the
  training overrides of `rasa/samen_rasa/`: the schema validator built once, spaCy loaded
  once, DIET's training step on two plain tapes).

For each training it prints the wall time, the CPU time (user + sys of the process tree, which
other work on the machine inflates far less than the wall time), the peak RSS of the largest
process, DIET's first epoch and its 24 epochs (read off its progress bar in the log), and the
md5 of DIET's checkpoint, which is the same for both when the overrides keep the model. The
last lines give the project/rasa ratios per round. Nothing is asserted: the figures are for
bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "rasa": [sys.executable, "-m", "rasa", "train"],
    "project": [sys.executable, "-m", "launcher.rasa_train", "train"],
}
# tqdm's bar in Rasa's log: "Epochs:   4%|▍  | 1/24 [00:13<05:13, ..."
_EPOCH_BAR = re.compile(r"Epochs:[^|]*\|[^|]*\|\s*(\d+)/(\d+) \[(\d+):(\d+)(?::(\d+))?<")


@dataclass
class Training:
    variant: str
    wall: float
    cpu: float
    peak_rss_gb: float
    first_epoch: float | None
    all_epochs: float | None
    diet_md5: str


def _elapsed(match: re.Match) -> float:
    parts = [int(p) for p in match.group(3, 4, 5) if p is not None]
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return float(seconds)


def epoch_times(log_text: str) -> tuple[float | None, float | None]:
    """DIET's first epoch and all its epochs, in whole seconds, from its progress bar."""
    first = last = None
    for match in _EPOCH_BAR.finditer(log_text):
        done, total = int(match.group(1)), int(match.group(2))
        if done == 1 and first is None:
            first = _elapsed(match)
        if done == total:
            last = _elapsed(match)
    return first, last


def diet_md5(model: Path) -> str:
    """md5 of DIET's weights in the packed model ("-" when there is none)."""
    with tarfile.open(model) as archive:
        for member in sorted(archive.getmembers(), key=lambda m: m.name):
            if "DIETClassifier" in member.name and member.name.endswith(".data-00000-of-00001"):
                return hashlib.md5(archive.extractfile(member).read()).hexdigest()[:12]
    return "-"


def train(variant: str, work: Path) -> Training:
    out, cache, log = work / f"{variant}-models", work / f"{variant}-cache", work / f"{variant}.log"
    for folder in (out, cache):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    env = dict(
        os.environ, RASA_CACHE_DIRECTORY=str(cache), TF_CPP_MIN_LOG_LEVEL="3",
        PYTHONPATH=f"{ROOT}:{ROOT / 'rasa'}", PYTHONWARNINGS="ignore",
    )  # fmt: skip
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as log_file:
        child = subprocess.Popen(
            [*COMMANDS[variant], "--out", str(out), "--fixed-model-name", variant],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - started
    model = out / f"{variant}.tar.gz"
    if os.waitstatus_to_exitcode(status) != 0 or not model.exists():
        raise SystemExit(f"error: the {variant} training failed; see {log}")
    first, all_epochs = epoch_times(log.read_text("utf-8", errors="replace"))
    return Training(
        variant, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024**2,
        first, all_epochs, diet_md5(model),
    )  # fmt: skip


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} s"


def report(trainings: list[Training]) -> None:
    print("| round | variant | wall | CPU | peak RSS | DIET 1st epoch | DIET epochs | DIET md5 |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for index, t in enumerate(trainings):
        print(
            f"| {index // 2 + 1} | {t.variant} | {t.wall:.1f} s | {t.cpu:.1f} s | "
            f"{t.peak_rss_gb:.2f} GB | {_seconds(t.first_epoch)} | {_seconds(t.all_epochs)} | "
            f"{t.diet_md5} |"
        )
    for index in range(0, len(trainings) - 1, 2):
        pair = {t.variant: t for t in trainings[index : index + 2]}
        rasa, project = pair["rasa"], pair["project"]
        print(
            f"round {index // 2 + 1}: project/rasa wall {project.wall / rasa.wall:.2f}x, "
            f"CPU {project.cpu / rasa.cpu:.2f}x, peak RSS "
            f"{project.peak_rss_gb / rasa.peak_rss_gb:.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the logs and models")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="samen-train-time-"))
    trainings = []
    try:
        for round_number in range(args.rounds):
            # alternate the order so neither variant always runs on a warmer machine
            order = ("rasa", "project") if round_number % 2 == 0 else ("project", "rasa")
            for variant in order:
                trainings.append(train(variant, work))
                print(f"  {variant}: {trainings[-1].wall:.1f} s", flush=True)
            trainings[-2:] = sorted(trainings[-2:], key=lambda t: t.variant != "rasa")
        report(trainings)
    finally:
        if args.keep:
            print(f"logs and models kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
