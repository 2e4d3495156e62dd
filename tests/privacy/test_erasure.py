# ruff: noqa: F811 - pytest fixtures imported from store_support
"""Erasure by reference number (staff, shell): every table is checked afterwards."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa

from privacy.erasure import erase
from tests.privacy.store_support import (
    MESSAGES,
    ROOT,
    Conversation,
    db_url,  # noqa: F401 - fixture
    domain,  # noqa: F401 - fixture
    engine_of,
    make_store,
    rows_naming,
    run,
)


def consented(store, domain, n: int = 3) -> Conversation:
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    for text in MESSAGES[:n]:
        conv.turn(text, bot="ok", slots={"feedback": text})
    return conv


def test_erase_by_reference_deletes_every_row_in_every_table(db_url, domain):
    store = make_store(db_url, domain)
    kept, gone = consented(store, domain), consented(store, domain)
    ref_kept, ref_gone = store.reference(kept.sender), store.reference(gone.sender)
    engine = engine_of(db_url)
    with engine.begin() as c:
        c.execute(sa.text("CREATE TABLE staff_exports (reference VARCHAR(16), body TEXT)"))
        c.execute(
            sa.text("INSERT INTO staff_exports VALUES (:a, 'x'), (:b, 'y')"),
            {"a": ref_kept, "b": ref_gone},
        )
    result = erase(ref_gone.lower(), db_url)
    assert result.found and result.events > 0 and result.derived_rows >= 3
    assert rows_naming(engine, gone.sender, ref_gone) == {}
    assert set(rows_naming(engine, kept.sender, ref_kept)) == {
        "events", "samen_conversations", "samen_consent", "staff_exports",
    }  # fmt: skip
    assert run(store.retrieve(gone.sender)) is None
    assert run(store.retrieve(kept.sender)) is not None
    assert not erase(ref_gone, db_url).found


def test_the_erase_command_prints_one_line(tmp_path, domain, monkeypatch):
    monkeypatch.setenv("SAMEN_SECRET_KEY", "k")
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = make_store(url, domain)
    conv = consented(store, domain)
    ref = store.reference(conv.sender)
    command = [sys.executable, "-m", "privacy", "--database-url", url, "erase", ref]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"erase: {ref}: ") and done.stdout.count("\n") == 1
    assert rows_naming(engine_of(url), conv.sender, ref) == {}
    bad = subprocess.run(command[:-1] + ["not-a-ref"], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("error: not a Samen reference")
    assert "Traceback" not in bad.stderr
