"""Accent/case folding and chat forms (samen_rasa.nlu.folding)."""

from __future__ import annotations

import pytest

from samen_rasa.nlu.folding import fold, normalise_text, normalise_token, squeeze_repeats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrië", "syrie"),
        ("BELGIË", "belgie"),
        ("Épouse", "epouse"),
        ("Oekraïne", "oekraine"),
        ("tweeëntwintig", "tweeentwintig"),
        ("m’n", "m'n"),
        ("ĳs", "ijs"),
        ("", ""),
        ("abc\x00def\x07", "abc def "),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_keeps_other_scripts() -> None:
    assert fold("مرحبا") == "مرحبا"
    assert fold("ሰላም") == "ሰላም"
    assert fold("😀🙏") == "😀🙏"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("mn", "mijn"),
        ("M'n", "mijn"),
        ("m’n", "mijn"),
        ("k", "ik"),
        ("'k", "ik"),
        ("ge", "je"),
        ("gij", "jij"),
        ("wa", "wat"),
        ("ni", "niet"),
        ("nen", "een"),
        ("effe", "even"),
        ("kheb", "ik heb"),
        ("Syrië", "syrie"),
        ("jaaaa", "ja"),
        ("ok..", "oke"),
        ("vluchtling", "vluchtling"),  # typos are not folding's business
        ("", ""),
    ],
)
def test_normalise_token(token: str, expected: str) -> None:
    assert normalise_token(token) == expected


def test_squeeze_repeats_keeps_double_letters() -> None:
    assert squeeze_repeats("neeeee") == "nee"
    assert squeeze_repeats("maart") == "maart"


def test_normalise_text() -> None:
    assert normalise_text("Kheb mn vrouw in Syrië, da's ni ok") == (
        "ik heb mijn vrouw in syrie , dat is niet oke"
    )


def test_normalise_text_is_fast_on_long_input() -> None:
    import time

    text = "kheb mn vrouw in Syrië 😀 " * 1000  # ~25,000 characters
    start = time.perf_counter()
    out = normalise_text(text)
    assert time.perf_counter() - start < 1.0
    assert out.startswith("ik heb mijn vrouw in syrie")
