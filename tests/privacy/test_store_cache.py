# ruff: noqa: F811 - pytest fixtures imported from store_support
"""The store's in-memory copy of recent conversations (`SessionCache`) serves exactly what SQL
holds, and never a conversation that another process erased or purged.

Runs on SQLite and on PostgreSQL; erasure and retention run as their own processes
(`python -m privacy erase|purge`), as staff and cron run them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from rasa.shared.core.events import SessionStarted

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


def events_of(tracker) -> list[dict]:
    return [event.as_dict() for event in tracker.events] if tracker else []


def uncached(db_url, domain):
    """A store reading SQL at every retrieve (Rasa's own query), for comparison."""
    return make_store(db_url, domain, cache_size=0)


def privacy_cli(db_url: str, *args: str) -> str:
    """`python -m privacy ...` in a process of its own, on the test's database."""
    env = dict(os.environ)
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'rasa'}"
    done = subprocess.run(
        [sys.executable, "-m", "privacy", "--database-url", db_url, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def consented(store, domain, start: float | None = None) -> Conversation:
    conv = Conversation(store, domain, start=start)
    conv.turn("hallo", bot="Eerst iets over je privacy. Ga je akkoord?")
    conv.turn("/affirm", slots={"consent": True})
    for text in MESSAGES[:3]:
        conv.turn(text, bot=f"Je schreef: {text}", slots={"feedback": text})
    return conv


def test_a_cached_read_equals_sqls_at_every_turn_and_across_sessions(db_url, domain):
    store = make_store(db_url, domain)
    plain = uncached(db_url, domain)
    conv = consented(store, domain)
    sid = store.storage_id(conv.sender)
    for step in range(6):
        if step == 3:  # a new session in the same conversation: only its events are read
            tracker = run(store.retrieve(conv.sender))
            tracker.update(SessionStarted(timestamp=conv._tick()))
            run(store.save(tracker))
        conv.turn(f"bericht {step}", bot=f"antwoord {step}", slots={"feedback": f"f{step}"})
        assert store.cache.get(sid) is not None, "the save extended the copy"
        cached = run(store.retrieve(conv.sender))
        assert events_of(cached) == events_of(run(plain.retrieve(conv.sender)))
    assert any(e["event"] == "session_started" for e in events_of(cached))
    assert sum(e["event"] == "session_started" for e in events_of(cached)) == 1
    # the whole history (all sessions) is always read from SQL
    full = run(store.retrieve_full_tracker(conv.sender))
    assert events_of(full) == events_of(run(plain.retrieve_full_tracker(conv.sender)))


def test_a_conversation_erased_by_another_process_is_never_served_or_saved_again(db_url, domain):
    store = make_store(db_url, domain)
    conv = consented(store, domain)
    sid = store.storage_id(conv.sender)
    reference = store.reference(conv.sender)
    assert run(store.retrieve(conv.sender)) is not None and store.cache.get(sid) is not None
    assert "events and" in privacy_cli(db_url, "erase", reference)
    engine = engine_of(db_url)
    assert rows_naming(engine, conv.sender, reference) == {}
    assert run(store.retrieve(conv.sender)) is None, "served from memory after an erasure"
    # the next message starts afresh, without consent: nothing of the old one comes back
    tracker = conv.turn("hallo")
    assert [e for e in events_of(tracker) if e["event"] == "user"][0]["text"] == "hallo"
    assert not any(e.get("name") == "consent" for e in events_of(tracker))
    assert rows_naming(engine, conv.sender, reference) == {}


def test_a_conversation_purged_by_retention_is_never_served_again(db_url, domain):
    store = make_store(db_url, domain)
    conv = consented(store, domain, start=time.time() - 3 * 86400)  # last message 3 days ago
    assert run(store.retrieve(conv.sender)) is not None
    assert "1 conversation" in privacy_cli(db_url, "purge", "--days", "1")
    assert rows_naming(engine_of(db_url), conv.sender, store.reference(conv.sender)) == {}
    assert run(store.retrieve(conv.sender)) is None


def test_events_written_by_another_instance_are_read(db_url, domain):
    """Two Rasa instances on one database (the scale-out profile): each sees the other's."""
    first = make_store(db_url, domain)
    second = make_store(db_url, domain)
    conv = consented(first, domain)
    assert run(first.retrieve(conv.sender)) is not None  # cached in the first
    conv.store = second
    conv.turn("via de tweede", bot="ok", slots={"feedback": "tweede"})
    conv.store = first
    got = events_of(run(first.retrieve(conv.sender)))
    assert got == events_of(run(uncached(db_url, domain).retrieve(conv.sender)))
    assert any(e.get("text") == "via de tweede" for e in got)


def test_a_withdrawn_consent_and_an_erasure_in_the_conversation_drop_the_copy(db_url, domain):
    store = make_store(db_url, domain)
    conv = consented(store, domain)
    sid = store.storage_id(conv.sender)
    conv.turn("/deny", slots={"consent": False})
    assert store.cache.get(sid) is None
    tracker = run(store.retrieve(conv.sender))
    assert tracker is not None and tracker.get_slot("consent") is False  # from memory now
    conv = consented(store, domain)
    conv.turn("wis mijn gegevens", slots={"consent": False, "erasure_requested": True})
    assert store.cache.get(store.storage_id(conv.sender)) is None
    assert run(store.retrieve(conv.sender)) is None


def test_the_copy_is_forgotten_after_its_idle_time_and_bounded_in_size(db_url, domain):
    store = make_store(db_url, domain, cache_size=2, cache_idle_seconds=0.5)
    convs = [consented(store, domain) for _ in range(3)]
    sids = [store.storage_id(c.sender) for c in convs]
    assert store.cache.get(sids[0]) is None and len(store.cache) == 2
    time.sleep(0.6)
    assert all(store.cache.get(sid) is None for sid in sids)
    assert len(store.cache) == 0
