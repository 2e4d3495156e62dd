"""Reference numbers: short, unambiguous, keyed; the key is created once with mode 600."""

from __future__ import annotations

import os
import re
import stat

import pytest

from privacy.reference import (
    CROCKFORD,
    ensure_key_file,
    normalise_reference,
    pseudonym_for,
    reference_for,
    secret_key,
)

FORMAT = re.compile(r"^SAM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def test_a_reference_is_short_and_has_no_ambiguous_letters():
    refs = {reference_for(f"sender-{i}", b"k") for i in range(2000)}
    assert len(refs) == 2000
    for ref in refs:
        assert FORMAT.match(ref), ref
        assert not set(ref[4:].replace("-", "")) & set("ILOU")
    assert set(CROCKFORD).isdisjoint("ILOU")


def test_the_same_sender_and_key_give_the_same_reference_another_key_another():
    assert reference_for("abc", b"k1") == reference_for("abc", b"k1")
    assert reference_for("abc", b"k1") != reference_for("abc", b"k2")
    assert "abc" not in reference_for("abc", b"k1")


def test_a_reference_typed_by_a_person_is_understood():
    ref = reference_for("abc", b"k")
    assert normalise_reference(ref.lower().replace("-", " ")) == ref
    assert normalise_reference(ref.replace("-", "")) == ref
    assert normalise_reference("sam-oooo-iiii") == "SAM-0000-1111"
    with pytest.raises(ValueError):
        normalise_reference("SAM-123")


def test_pseudonyms_are_long_and_keyed():
    p = pseudonym_for("+32486554433", b"k")
    assert p.startswith("anon-") and len(p) == 37 and "486554433" not in p
    assert p != pseudonym_for("+32486554433", b"other")


def test_the_key_file_is_created_once_with_mode_600(tmp_path, monkeypatch):
    monkeypatch.delenv("SAMEN_SECRET_KEY", raising=False)
    path = tmp_path / "var" / "secret.key"
    first = ensure_key_file(path)
    assert len(first) == 64
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert ensure_key_file(path) == first
    assert secret_key(path) == first.encode()


def test_the_environment_key_wins_and_a_missing_key_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMEN_SECRET_KEY", "from-env")
    assert secret_key(tmp_path / "none") == b"from-env"
    monkeypatch.delenv("SAMEN_SECRET_KEY")
    with pytest.raises(RuntimeError, match="SAMEN_SECRET_KEY"):
        secret_key(tmp_path / "none")
