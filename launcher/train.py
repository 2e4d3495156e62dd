"""Train the model when its inputs changed: `python -m launcher.train`.

The model file is named after a hash of data/, config.yml, domain.yml and the
project's pipeline code, so an unchanged project is never trained twice.
Prints one line on failure; the full Rasa output is in var/log/train.log.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from launcher.model_inputs import MODEL_PREFIX, ROOT, model_path
from launcher.yaml_check import first_yaml_error

LOG = ROOT / "var" / "log" / "train.log"


def last_error_line(log_text: str) -> str:
    lines = [line.strip() for line in log_text.splitlines() if line.strip()]
    for line in reversed(lines):
        if any(key in line for key in ("Error", "ERROR", "error:", "Exception", "InvalidDomain")):
            return line[:400]
    return lines[-1][:400] if lines else "no output"


def train(force: bool = False) -> Path:
    target = model_path()
    if target.exists() and not force:
        print(f"model: up to date ({target.relative_to(ROOT)})")
        target.touch()  # newest model = the one served
        return target
    problem = first_yaml_error()
    if problem:
        raise SystemExit(f"error: {problem}")
    LOG.parent.mkdir(parents=True, exist_ok=True)
    print(f"model: training {target.name} (log: {LOG.relative_to(ROOT)})", flush=True)
    started = time.monotonic()
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    with LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(
            [
                # Rasa's CLI with the training overrides (launcher/rasa_train.py)
                sys.executable, "-m", "launcher.rasa_train", "train",
                "--out", str(target.parent),
                "--fixed-model-name", target.name.removesuffix(".tar.gz"),
            ],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env, check=False,
        )  # fmt: skip
    if result.returncode != 0 or not target.exists():
        raise SystemExit(f"error: training failed: {last_error_line(LOG.read_text('utf-8'))}")
    for old in target.parent.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if old != target and old.stat().st_mtime < time.time() - 7 * 24 * 3600:
            old.unlink()
    print(f"model: trained in {time.monotonic() - started:.0f} s")
    return target


def main(argv: list[str]) -> int:
    train(force="--force" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
