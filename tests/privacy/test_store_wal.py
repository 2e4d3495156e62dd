# ruff: noqa: F811 - pytest fixtures imported from store_support
"""SQLite's write-ahead log and real erasure: after "wis mijn gegevens", `python -m privacy
erase`, a withdrawal or a purge, no byte of the conversation is left in the database file,
its -wal log or its -shm index, while the bot keeps running (its connections open).

The log keeps old page images until a checkpoint; `secure_delete` zeroes the rows in the
pages, and the store and the privacy commands empty the log after each deletion
(`privacy.store_schema.checkpoint`). Each test first checks that the text did reach the log,
so the check afterwards is not vacuous.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from privacy.erasure import erase
from privacy.retention import purge
from tests.privacy.store_support import (
    ROOT,
    TEST_KEY,
    Conversation,
    domain,  # noqa: F401 - fixture
    make_store,
    run,
)

# what the erased user wrote and what the bot said back: ordinary words the redactor keeps
SAID = ("waterput achter het zonnebloemveld", "grootmoeder bakt pistachekoekjes")
KEPT = "de andere gebruiker vraagt naar de kosten van een visum"


@pytest.fixture()
def sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMEN_SECRET_KEY", TEST_KEY)
    return f"sqlite:///{tmp_path / 'tracker.db'}"


def files_of(url: str) -> dict[str, bytes]:
    """The database file and its companions (-wal, -shm, -journal) as they are on disk."""
    db = Path(url.removeprefix("sqlite:///"))
    return {
        path.name: path.read_bytes()
        for path in db.parent.iterdir()
        if path.name == db.name or path.name.startswith(f"{db.name}-")
    }


def found(url: str, needle: str) -> list[str]:
    return [name for name, data in files_of(url).items() if needle.encode() in data]


def talk(store, domain, consent: bool = True) -> Conversation:
    conv = Conversation(store, domain)
    conv.turn("hallo", bot="Ga je akkoord?")
    if consent:
        conv.turn("/affirm", slots={"consent": True})
    for text in SAID:
        conv.turn(f"mijn vraag gaat over de {text}", bot=f"Je schreef over de {text}.")
    return conv


def assert_in_the_log_before(url: str) -> None:
    for text in SAID:
        assert "tracker.db-wal" in found(url, text), "the test needs the text in the log"


def assert_gone(url: str, conv: Conversation, reference: str) -> None:
    for needle in (*SAID, conv.sender, reference):
        assert found(url, needle) == [], needle
    wal = files_of(url).get("tracker.db-wal")
    assert not wal, "the log is empty after the erasure"
    assert "tracker.db" in found(url, KEPT), "the other conversation is untouched"


def talked_in_the_log(sqlite_url: str, domain):
    """A running store, another user's conversation, and this user's conversation, whose text
    is shown to be in the write-ahead log first: (store, conversation, reference)."""
    store = make_store(sqlite_url, domain)
    other_user(store, domain)
    conv = talk(store, domain)
    reference = store.reference(conv.sender)
    assert_in_the_log_before(sqlite_url)
    return store, conv, reference


def other_user(store, domain) -> None:
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    conv.turn(KEPT, bot="Dat hangt af van het visum.")


def test_the_store_runs_sqlite_in_wal_mode_with_full_sync_and_secure_delete(sqlite_url, domain):
    store = make_store(sqlite_url, domain)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_wis_mijn_gegevens_leaves_no_byte_in_the_database_or_its_log(sqlite_url, domain):
    store, conv, reference = talked_in_the_log(sqlite_url, domain)
    conv.turn("wis mijn gegevens", slots={"consent": False, "erasure_requested": True})
    assert_gone(sqlite_url, conv, reference)
    # the bot goes on: the next message is a fresh conversation, written to the log again
    other_user(store, domain)
    assert run(store.retrieve(conv.sender)) is None


def test_erase_by_reference_leaves_no_byte_while_the_bot_runs(sqlite_url, domain):
    store, conv, reference = talked_in_the_log(sqlite_url, domain)
    assert erase(reference, sqlite_url).found  # the staff page and `make erase` call this
    assert_gone(sqlite_url, conv, reference)


def test_the_erase_command_in_its_own_process_empties_the_log(sqlite_url, domain):
    store, conv, reference = talked_in_the_log(sqlite_url, domain)
    command = [sys.executable, "-m", "privacy", "--database-url", sqlite_url, "erase", reference]
    env = dict(os.environ, SAMEN_SECRET_KEY=TEST_KEY)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert_gone(sqlite_url, conv, reference)
    assert run(store.retrieve(conv.sender)) is None


def test_a_withdrawal_leaves_no_byte_in_the_database_or_its_log(sqlite_url, domain):
    store, conv, reference = talked_in_the_log(sqlite_url, domain)
    conv.turn("/deny", slots={"consent": False})  # withdrawn: back to memory only
    for needle in (*SAID, conv.sender):
        assert found(sqlite_url, needle) == [], needle
    assert not files_of(sqlite_url).get("tracker.db-wal")
    assert reference.encode() in files_of(sqlite_url)["tracker.db"]  # the consent record


def test_a_purge_leaves_no_byte_in_the_database_or_its_log(sqlite_url, domain):
    store = make_store(sqlite_url, domain)
    other_user(store, domain)
    conv = Conversation(store, domain, start=time.time() - 400 * 86400)
    conv.turn("/affirm", slots={"consent": True})
    for text in SAID:
        conv.turn(f"mijn vraag gaat over de {text}", bot=f"Je schreef over de {text}.")
    reference = store.reference(conv.sender)
    assert_in_the_log_before(sqlite_url)
    assert purge(sqlite_url, days=365).conversations == 1
    assert_gone(sqlite_url, conv, reference)


def test_a_checkpoint_waits_for_a_reader_and_reports_what_it_could_not_do(sqlite_url, domain):
    from privacy.store_schema import checkpoint

    store = make_store(sqlite_url, domain)
    other_user(store, domain)
    reader = sa.create_engine(sqlite_url, connect_args={"timeout": 0.1})
    with reader.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
        other_user(store, domain)  # a commit while the reader holds its snapshot
        quick = sa.create_engine(sqlite_url, connect_args={"timeout": 0.1})
        assert checkpoint(quick, attempts=2) is False
        conn.exec_driver_sql("ROLLBACK")
    assert checkpoint(store.engine) is True
    assert not files_of(sqlite_url).get("tracker.db-wal")


def test_an_erased_conversation_leaves_no_copy_when_pages_were_rebalanced(sqlite_url):
    """`secure_delete` zeroes a row where it is deleted, not the older copies a b-tree
    rebalance left behind when it moved the row to another page. Many interleaved
    conversations make the sender index split and rebalance; each erased one is gone."""
    import datetime as dt
    import random

    from privacy.store_schema import CONVERSATIONS, EVENTS, engine_for

    pick = random.Random(7)
    senders = [f"sender-{pick.getrandbits(48):012x}" for _ in range(200)]
    references = {sender: f"SAM-{index:04d}-TEST" for index, sender in enumerate(senders)}
    engine = engine_for(sqlite_url)
    now = dt.datetime(2026, 12, 7)
    with engine.begin() as conn:
        for sender in senders:
            row = dict(reference=references[sender], sender_id=sender, consent="given")
            conn.execute(
                CONVERSATIONS.insert().values(first_event_at=now, last_event_at=now, **row)
            )
    for _ in range(30):  # turns of everyone, interleaved, one commit each like the bot
        with engine.begin() as conn:
            for sender in pick.sample(senders, 200):
                data = "x" * pick.randint(50, 400)
                conn.execute(EVENTS.insert().values(sender_id=sender, type_name="user", data=data))
    engine.dispose()
    erased = senders[::2]  # deterministic: without VACUUM, 2 of these 100 stay in the file
    for sender in erased:
        assert erase(references[sender], sqlite_url).events == 30
    left = [sender for sender in erased if found(sqlite_url, sender)]
    assert left == [], f"{len(left)} of {len(erased)} erased senders still in the files"
    assert found(sqlite_url, senders[1]) == ["tracker.db"]  # the others are kept
