"""Which files a trained model depends on, and the hash that names the model."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
MODEL_PREFIX = "samen-"

# Everything that changes what `rasa train` produces: training data, domain,
# config and the code of the project's own pipeline components (NLU components
# and the spaCy pipeline). Runtime-only extensions (channels, stores) are left
# out: changing them never needs a retraining.
MODEL_INPUTS = (
    "data",
    "config.yml",
    "domain.yml",
    "rasa/samen_rasa/nlu",
    "rasa/samen_rasa/spacy_pipeline",
)
IGNORED_PARTS = {"__pycache__", ".ruff_cache"}
# Input/output channels are read when Rasa starts, never by `rasa train`.
IGNORED_DIRS = ("rasa/samen_rasa/channels",)


def input_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for name in MODEL_INPUTS:
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not IGNORED_PARTS.intersection(p.parts)
                and p.suffix != ".pyc"
                and not any(p.is_relative_to(root / d) for d in IGNORED_DIRS)
            )
    return sorted(files)


def model_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in input_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(root: Path = ROOT) -> Path:
    return root / "models" / f"{MODEL_PREFIX}{model_hash(root)}.tar.gz"
