"""The project's spaCy pipeline builder (samen_rasa.spacy_pipeline.build), blank fallback."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
import spacy

from samen_rasa.spacy_pipeline import build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # use_base=False: the path taken on a machine without nl_core_news_sm
    return build.build(tmp_path_factory.mktemp("nl_samen"), use_base=False, sdist=False)


def test_builds_without_nl_core_news_sm(built: Path) -> None:
    nlp = spacy.load(built)
    assert nlp.lang == "nl"
    assert nlp.meta["name"] == "samen"
    assert nlp.meta["lang"] == "nl"
    assert nlp.meta["version"] == build.builder_version(use_base=False)
    assert nlp.meta["samen_base"] == "blank:nl"
    assert "samen_chat_forms" in nlp.pipe_names


def test_chat_forms_are_split_and_normalised(built: Path) -> None:
    nlp = spacy.load(built)
    doc = nlp("kheb mn vrouw in syrie")
    assert [t.text for t in doc] == ["k", "heb", "mn", "vrouw", "in", "syrie"]
    assert [t.norm_ for t in doc] == ["ik", "heb", "mijn", "vrouw", "in", "syrie"]
    assert doc[0].lemma_ == "ik" and doc[2].lemma_ == "mijn"
    # offsets are those of the original text
    assert [(t.idx, len(t)) for t in doc][:2] == [(0, 1), (1, 3)]


@pytest.mark.parametrize(
    ("text", "tokens", "norms"),
    [
        ("'k heb m'n kind", ["'k", "heb", "m'n", "kind"], ["ik", "heb", "mijn", "kind"]),
        ("da's ni goed", ["da", "'s", "ni", "goed"], ["dat", "is", "niet", "goed"]),
        (
            "Kzou effe wa vragen",
            ["K", "zou", "effe", "wa", "vragen"],
            ["ik", "zou", "even", "wat", "vragen"],
        ),
        ("ge zijt nen bot", ["ge", "zijt", "nen", "bot"], ["je", "zijt", "een", "bot"]),
        ("z'n zus", ["z'n", "zus"], ["zijn", "zus"]),
    ],
)
def test_tokenizer_exceptions(built: Path, text: str, tokens: list[str], norms: list[str]) -> None:
    doc = spacy.load(built)(text)
    assert [t.text for t in doc] == tokens
    assert [t.norm_ for t in doc] == norms


def test_split_lemmas_only_for_glued_forms(built: Path) -> None:
    nlp = spacy.load(built)
    glued = nlp("kunde mij helpen")
    apart = nlp("kun de formulieren")
    assert glued[1].lemma_ == "je"
    assert apart[1].lemma_ != "je"


def test_robust_on_odd_text(built: Path) -> None:
    nlp = spacy.load(built)
    for text in ["", "😀🙏", "مرحبا", "ሰላም", "a\x00b", "x" * 20_000]:
        nlp(text)


def test_version_is_a_stable_hash() -> None:
    assert build.builder_version(False) == build.builder_version(False)
    assert build.builder_version(False).startswith(build.BASE_VERSION + "+")


def test_sdist_is_installable_package(tmp_path: Path) -> None:
    sdist = build.build(tmp_path, use_base=False)
    assert sdist.name.startswith("nl_samen-") and sdist.name.endswith(".tar.gz")
    with tarfile.open(sdist) as tar:
        names = tar.getnames()
    assert any(n.endswith("setup.py") for n in names)
    assert any(n.endswith("meta.json") for n in names)
