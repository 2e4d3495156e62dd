# ruff: noqa: F811 - pytest fixtures imported from store_support
"""Retention: exactly the conversations past the limit are deleted; the notice states it."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from privacy.retention import purge
from privacy.settings import retention_days, retention_text
from tests.privacy.store_support import (
    ROOT,
    Conversation,
    db_url,  # noqa: F401 - fixture
    domain,  # noqa: F401 - fixture
    dump_tables,
    engine_of,
    make_store,
    rows_naming,
)

DAY = 86400.0


def conversation_aged(store, domain, days_ago: float, consent: bool = True) -> Conversation:
    conv = Conversation(store, domain, start=time.time() - days_ago * DAY)
    conv.turn("/affirm" if consent else "/deny", slots={"consent": consent})
    conv.turn("mijn vrouw zit in turkije", bot="ok")
    return conv


def test_purge_deletes_exactly_the_conversations_past_the_limit(db_url, domain):
    store = make_store(db_url, domain)
    old = [conversation_aged(store, domain, d) for d in (366, 400, 800)]
    young = [conversation_aged(store, domain, d) for d in (364, 30, 0)]
    refused_long_ago = conversation_aged(store, domain, 500, consent=False)
    engine = engine_of(db_url)
    dry = purge(db_url, days=365, dry_run=True)
    assert (dry.conversations, dry.consent_rows) == (3, 1)
    assert all(rows_naming(engine, c.sender) for c in old)
    result = purge(db_url, days=365)
    assert (result.conversations, result.consent_rows) == (3, 1)
    for conv in old + [refused_long_ago]:
        ref = store.reference(conv.sender)
        assert rows_naming(engine, conv.sender, ref) == {}, "an expired conversation is left"
    for conv in young:
        assert set(rows_naming(engine, conv.sender, store.reference(conv.sender))) == {
            "events", "samen_conversations", "samen_consent",
        }  # fmt: skip
    assert len(dump_tables(engine)["samen_conversations"]) == 3
    assert purge(db_url, days=365).conversations == 0


def test_the_purge_command_reads_the_setting_and_prints_one_line(tmp_path, domain, monkeypatch):
    monkeypatch.setenv("SAMEN_SECRET_KEY", "k")
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = make_store(url, domain)
    conversation_aged(store, domain, 40)
    conversation_aged(store, domain, 10)
    env = {"SAMEN_RETENTION_DAYS": "30", "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "privacy", "--database-url", url, "purge"]
    dry = subprocess.run(command + ["--dry-run"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert dry.stdout.startswith("purge: would delete 1 conversations"), dry.stderr
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.count("\n") == 1
    assert done.stdout.startswith("purge: deleted 1 conversations with no message in the last 30")
    assert len(dump_tables(engine_of(url))["samen_conversations"]) == 1
    bad = subprocess.run(
        command + ["--days", "0"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert bad.returncode == 2 and bad.stderr.startswith("error: --days must be at least 1")


def test_one_setting_drives_the_notice_text(monkeypatch):
    monkeypatch.delenv("SAMEN_RETENTION_DAYS", raising=False)
    assert retention_days() == 365 and retention_text() == "12 maanden"
    monkeypatch.setenv("SAMEN_RETENTION_DAYS", "30")
    assert retention_days() == 30 and retention_text() == "30 dagen"
    expected = {1: "1 dag", 90: "3 maanden", 180: "6 maanden", 730: "2 jaar", 45: "45 dagen"}
    assert {d: retention_text(d) for d in expected} == expected
    monkeypatch.setenv("SAMEN_RETENTION_DAYS", "twaalf")
    with pytest.raises(ValueError, match="^SAMEN_RETENTION_DAYS"):
        retention_days()


def test_make_run_purges_at_start_and_daily(tmp_path, monkeypatch, capsys):
    import threading

    from launcher.__main__ import purge_daily, purge_once
    from launcher.stack import Stack

    monkeypatch.delenv("DATABASE_URL", raising=False)
    stack = Stack(model=tmp_path / "m.tar.gz", var_dir=tmp_path / "var")
    (tmp_path / "var").mkdir()
    purge_once(stack)
    assert capsys.readouterr().out.startswith("purge: deleted 0 conversations")
    assert (tmp_path / "var" / "tracker.db").exists()
    stopped = threading.Event()
    timer = threading.Thread(target=purge_daily, args=(stack, stopped, 0.05))
    timer.start()
    threading.Event().wait(0.3)
    stopped.set()
    timer.join(2)
    assert capsys.readouterr().out.count("purge: deleted 0") >= 2
