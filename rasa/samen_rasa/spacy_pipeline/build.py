"""Build (and optionally install) the project's spaCy pipeline package `nl_samen`.

    python -m samen_rasa.spacy_pipeline.build --output DIR   # model dir + sdist under DIR
    python -m samen_rasa.spacy_pipeline.build --install      # build + pip install, idempotent

The pipeline starts from `nl_core_news_sm` when that package is installed, otherwise from
`spacy.blank("nl")` (Dutch tokenizer rules, stop words, number words). On top it adds the
project's tokenizer special cases for chat forms ("kheb" -> "k" + "heb", "m'n", "da's", ...,
with NORM set) and an `attribute_ruler` that gives chat forms their standard LEMMA and NORM
("mn" -> "mijn", "ge" -> "je"). Everything is offline. The package version is
`1.0.0+<hash>` where the hash covers this builder, the chat-form table, spaCy's version and
the base pipeline, so `--install` skips the work when the installed `nl_samen` is current.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PACKAGE_NAME = "samen"  # spaCy prefixes the language: the installed package is "nl_samen"
FULL_NAME = "nl_samen"
BASE_MODEL = "nl_core_news_sm"
BASE_VERSION = "1.0.0"

# Contractions split by the tokenizer: text -> [(piece, norm), ...]; pieces concatenate to text.
SPLITS: dict[str, list[tuple[str, str]]] = {
    "kheb": [("k", "ik"), ("heb", "heb")],
    "kben": [("k", "ik"), ("ben", "ben")],
    "kzou": [("k", "ik"), ("zou", "zou")],
    "kwil": [("k", "ik"), ("wil", "wil")],
    "kweet": [("k", "ik"), ("weet", "weet")],
    "kwist": [("k", "ik"), ("wist", "wist")],
    "kmoet": [("k", "ik"), ("moet", "moet")],
    "kga": [("k", "ik"), ("ga", "ga")],
    "khad": [("k", "ik"), ("had", "had")],
    "kdenk": [("k", "ik"), ("denk", "denk")],
    "kvraag": [("k", "ik"), ("vraag", "vraag")],
    "kkan": [("k", "ik"), ("kan", "kan")],
    "kzit": [("k", "ik"), ("zit", "zit")],
    "kwou": [("k", "ik"), ("wou", "wou")],
    "kkrijg": [("k", "ik"), ("krijg", "krijg")],
    "kkom": [("k", "ik"), ("kom", "kom")],
    "kwoon": [("k", "ik"), ("woon", "woon")],
    "kheb's": [("k", "ik"), ("heb", "heb"), ("'s", "eens")],
    "da's": [("da", "dat"), ("'s", "is")],
    "das": [("da", "dat"), ("s", "is")],
    "tis": [("t", "het"), ("is", "is")],
    "'tis": [("'t", "het"), ("is", "is")],
    "dak": [("da", "dat"), ("k", "ik")],
    "dage": [("da", "dat"), ("ge", "je")],
    "kunde": [("kun", "kun"), ("de", "je")],
    "hebde": [("heb", "heb"), ("de", "je")],
    "zijde": [("zij", "ben"), ("de", "je")],
    "moete": [("moet", "moet"), ("e", "je")],
}

# Single tokens: text -> norm (also given as LEMMA by the attribute ruler).
SINGLE: dict[str, str] = {
    "'k": "ik",
    "k": "ik",
    "m'n": "mijn",
    "mn": "mijn",
    "z'n": "zijn",
    "zn": "zijn",
    "d'r": "haar",
    "'t": "het",
    "'m": "hem",
    "ge": "je",
    "gij": "jij",
    "wa": "wat",
    "da": "dat",
    "ni": "niet",
    "nie": "niet",
    "nen": "een",
    "ne": "een",
    "effe": "even",
    "efkes": "even",
    "ff": "even",
    "aub": "alstublieft",
    "a.u.b.": "alstublieft",
    "asb": "alsjeblieft",
    "pls": "alsjeblieft",
    "idd": "inderdaad",
    "mss": "misschien",
    "wrm": "waarom",
    "ok": "oke",
    "oké": "oke",
}


def _variants(text: str) -> list[str]:
    out = [text]
    if text[:1].isalpha() and text[:1].upper() != text[:1]:
        out.append(text[:1].upper() + text[1:])
    upper = text.upper()
    if upper not in out and len(text) > 1:
        out.append(upper)
    return out


def _chat_forms() -> dict[str, str]:
    """Single-word chat forms of `samen_rasa.nlu.folding` (LEMMA/NORM patterns)."""
    from samen_rasa.nlu.folding import CHAT_FORMS

    forms = {k: v for k, v in CHAT_FORMS.items() if " " not in v and " " not in k}
    forms.update(SINGLE)
    return forms


def base_model_available() -> bool:
    return importlib.util.find_spec(BASE_MODEL) is not None


def source_hash(use_base: bool | None = None) -> str:
    """Hash of everything that determines the built pipeline."""
    import spacy

    if use_base is None:
        use_base = base_model_available()
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    h.update(repr(sorted(_chat_forms().items())).encode("utf-8"))
    h.update(spacy.__version__.encode())
    if use_base:
        h.update(spacy.util.get_package_version(BASE_MODEL).encode() or b"?")
    else:
        h.update(b"blank")
    return h.hexdigest()[:12]


def builder_version(use_base: bool | None = None) -> str:
    return f"{BASE_VERSION}+{source_hash(use_base)}"


def build_nlp(use_base: bool | None = None) -> Any:
    """The `nl_samen` Language object (not saved)."""
    import spacy
    from spacy.symbols import NORM, ORTH

    if use_base is None:
        use_base = base_model_available()
    nlp = spacy.load(BASE_MODEL) if use_base else spacy.blank("nl")

    for text, pieces in SPLITS.items():
        assert "".join(p for p, _ in pieces) == text, text
        for variant in _variants(text):
            # keep the variant's own casing in ORTH (pieces must concatenate to the text)
            offset = 0
            case_pieces = []
            for piece, norm in pieces:
                case_pieces.append({ORTH: variant[offset : offset + len(piece)], NORM: norm})
                offset += len(piece)
            nlp.tokenizer.add_special_case(variant, case_pieces)
    for text, norm in SINGLE.items():
        for variant in _variants(text):
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant, NORM: norm}])

    ruler_name = "samen_chat_forms"
    ruler = nlp.add_pipe("attribute_ruler", name=ruler_name)
    patterns: list[dict[str, Any]] = []
    for form, standard in sorted(_chat_forms().items()):
        patterns.append(
            {"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": standard, "NORM": standard}}
        )
    for pieces in SPLITS.values():
        pattern = []
        for i, (piece, _norm) in enumerate(pieces):
            tok: dict[str, Any] = {"LOWER": piece.lower()}
            if i < len(pieces) - 1:
                tok["SPACY"] = False
            pattern.append(tok)
        for i, (_piece, norm) in enumerate(pieces):
            patterns.append(
                {"patterns": [pattern], "attrs": {"LEMMA": norm, "NORM": norm}, "index": i}
            )
    ruler.add_patterns(patterns)

    nlp.meta["name"] = PACKAGE_NAME
    nlp.meta["lang"] = "nl"
    nlp.meta["version"] = builder_version(use_base)
    nlp.meta["description"] = (
        "Samen's Dutch pipeline: "
        + (f"{BASE_MODEL}" if use_base else "spaCy's blank Dutch language")
        + " plus tokenizer exceptions and an attribute ruler for Dutch/Flemish chat forms."
    )
    nlp.meta["author"] = "Samen"
    nlp.meta["license"] = "MIT"
    nlp.meta["samen_base"] = BASE_MODEL if use_base else "blank:nl"
    return nlp


def build(output: Path, use_base: bool | None = None, sdist: bool = True) -> Path:
    """Save the pipeline to `output/nl_samen` and (by default) package it as an sdist.

    Returns the sdist path (or the model directory when `sdist` is False).
    """
    from spacy.cli.package import package

    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp(use_base)
    model_dir = output / FULL_NAME
    nlp.to_disk(model_dir)
    if not sdist:
        return model_dir
    dist_root = output / "packages"
    dist_root.mkdir(exist_ok=True)
    package(model_dir, dist_root, create_sdist=True, create_wheel=False, force=True, silent=True)
    version = nlp.meta["version"]
    found = sorted((dist_root / f"{FULL_NAME}-{version}" / "dist").glob("*.tar.gz"))
    if not found:
        raise RuntimeError(f"spacy package produced no sdist under {dist_root}")
    return found[-1]


def installed_version() -> str | None:
    """Version of the installed `nl_samen` package (None when absent)."""
    from importlib import metadata

    for name in (FULL_NAME, FULL_NAME.replace("_", "-")):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def install(force: bool = False) -> str:
    """Build and pip-install `nl_samen` unless the installed version is current."""
    wanted = builder_version()
    current = installed_version()
    if current == wanted and not force:
        print(f"{FULL_NAME} {current} is up to date")
        return current
    with tempfile.TemporaryDirectory(prefix="nl_samen_build_") as tmp:
        sdist = build(Path(tmp))
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                "--no-index",
                "--force-reinstall",
                str(sdist),
            ],
            check=True,
        )
    print(f"installed {FULL_NAME} {wanted} (was {current})")
    return wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="directory for the model dir and the sdist")
    parser.add_argument("--install", action="store_true", help="build and pip install if stale")
    parser.add_argument("--force", action="store_true", help="with --install: always reinstall")
    parser.add_argument("--blank", action="store_true", help=f"ignore {BASE_MODEL} if installed")
    parser.add_argument("--version", action="store_true", help="print the builder's version")
    args = parser.parse_args(argv)
    if args.version:
        print(builder_version(False if args.blank else None))
        return 0
    if args.install:
        install(force=args.force)
        return 0
    if not args.output:
        parser.error("give --output DIR or --install")
    print(build(args.output, use_base=False if args.blank else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
