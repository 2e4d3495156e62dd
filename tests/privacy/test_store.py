# ruff: noqa: F811 - pytest fixtures imported from store_support
"""The private tracker store: redacted first, nothing durable without consent, real erasure.

Runs on SQLite and on PostgreSQL (a schema of its own in the `test` database).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.privacy.store_support import (
    MESSAGES,
    Conversation,
    db_url,  # noqa: F401 - fixture
    domain,  # noqa: F401 - fixture
    dump_tables,
    engine_of,
    leaks,
    make_store,
    new_sender,
    rows_naming,
    run,
)


def table_counts(url: str) -> dict[str, int]:
    return {name: len(rows) for name, rows in dump_tables(engine_of(url)).items()}


def talk_with_identifiers(conv: Conversation, slots: dict | None = None) -> None:
    for text in MESSAGES:
        conv.turn(text, bot=f"Je schreef: {text}", slots={"feedback": text})
    if slots:
        conv.turn(slots=slots)


def test_before_consent_nothing_reaches_sql(db_url, domain):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    talk_with_identifiers(conv)
    counts = table_counts(db_url)
    assert counts["events"] == 0 and counts["samen_conversations"] == 0
    assert counts["samen_consent"] == 0
    # the conversation is alive in memory, redacted there too
    tracker = run(store.retrieve(conv.sender))
    assert tracker is not None and tracker.latest_message.text
    assert not leaks(json.dumps([e.as_dict() for e in tracker.events]))


def test_with_consent_every_event_is_written_redacted(db_url, domain):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn(MESSAGES[0], bot="Eerst iets over je privacy. Ga je akkoord?")
    conv.turn("/affirm", slots={"consent": True})
    talk_with_identifiers(conv)
    tables = dump_tables(engine_of(db_url))
    user_rows = [row for row in tables["events"] if "'user'" in row]
    assert len(user_rows) == len(MESSAGES) + 2, "the message before consent is kept too"
    assert "[telefoonnummer]" in " ".join(tables["events"])
    assert leaks("\n".join(r for rows in tables.values() for r in rows)) == []
    [row] = tables["samen_conversations"]
    reference = store.reference(conv.sender)
    assert reference in row and "given" in row
    [consent] = tables["samen_consent"]
    assert "given" in consent and "2026-12" in consent
    # the tracker comes back from SQL (redacted) and the dialogue goes on
    tracker = run(store.retrieve(conv.sender))
    assert tracker.get_slot("consent") is True
    assert not leaks(json.dumps([e.as_dict() for e in tracker.events]))


def test_a_refused_consent_keeps_only_the_consent_row(db_url, domain, monkeypatch):
    monkeypatch.setenv("SAMEN_NOTICE_VERSION", "2027-01")
    store = make_store(db_url, domain, volatile_ttl_seconds=1)
    conv = Conversation(store, domain)
    conv.turn(MESSAGES[0], bot="Ga je akkoord?")
    conv.turn("/deny", slots={"consent": False})
    talk_with_identifiers(conv)
    tables = dump_tables(engine_of(db_url))
    assert tables["events"] == [] and tables["samen_conversations"] == []
    [consent] = tables["samen_consent"]
    assert store.reference(conv.sender) in consent and "refused" in consent
    assert "2027-01" in consent
    assert run(store.retrieve(conv.sender)) is not None  # alive while the session runs
    time.sleep(1.2)
    assert run(store.retrieve(conv.sender)) is None  # gone with the session
    assert store.volatile.keys() == []
    assert table_counts(db_url)["events"] == 0


def test_a_conversation_never_consented_expires_with_its_session(db_url, domain):
    store = make_store(db_url, domain, volatile_ttl_seconds=1)
    conv = Conversation(store, domain)
    talk_with_identifiers(conv)
    time.sleep(1.2)
    assert store.volatile.sweep() == 1  # the sweeper thread does this every minute
    assert run(store.retrieve(conv.sender)) is None
    assert sum(table_counts(db_url).values()) == 0


def test_the_session_expiry_comes_from_the_domain(db_url, domain):
    store = make_store(db_url, domain)
    assert store.ttl_seconds == domain.session_config.session_expiration_time * 60 == 3600


def test_erasure_deletes_every_row_of_the_conversation(db_url, domain):
    store = make_store(db_url, domain)
    other = Conversation(store, domain)
    other.turn("hallo", slots={"consent": True})
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    talk_with_identifiers(conv)
    reference = store.reference(conv.sender)
    engine = engine_of(db_url)
    with engine.begin() as c:  # a staff table (the staff app comes later)
        c.execute(sa.text("CREATE TABLE staff_notes (id INTEGER PRIMARY KEY, reference TEXT)"))
        c.execute(
            sa.text("INSERT INTO staff_notes VALUES (1, :r), (2, 'SAM-0000-0000')"),
            {"r": reference},
        )
    assert rows_naming(engine, conv.sender, reference)
    conv.turn("wis mijn gegevens", slots={"consent": False, "erasure_requested": True})
    assert rows_naming(engine, conv.sender, reference) == {}
    if db_url.startswith("sqlite:///"):  # secure_delete: not even in the file's free pages
        raw = Path(db_url.removeprefix("sqlite:///")).read_bytes()
        assert conv.sender.encode() not in raw and reference.encode() not in raw
        assert other.sender.encode() in raw
    assert run(store.retrieve(conv.sender)) is None, "the next message starts afresh"
    counts = table_counts(db_url)
    assert counts["staff_notes"] == 1 and counts["samen_conversations"] == 1
    assert counts["events"] > 0  # the other conversation is untouched
    # the next message is a fresh conversation, without consent
    conv.turn("hallo")
    tracker = run(store.retrieve(conv.sender))
    assert not tracker.get_slot("consent") and tracker.get_slot("erasure_requested") is False
    assert rows_naming(engine, conv.sender, reference) == {}


def test_erasure_before_consent_leaves_nothing_in_memory(db_url, domain):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    talk_with_identifiers(conv)
    conv.turn("wis mijn gegevens", slots={"consent": False, "erasure_requested": True})
    assert run(store.retrieve(conv.sender)) is None
    assert sum(table_counts(db_url).values()) == 0


def test_withdrawn_consent_takes_the_conversation_out_of_sql(db_url, domain):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    talk_with_identifiers(conv)
    conv.turn("/deny", slots={"consent": False})
    tables = dump_tables(engine_of(db_url))
    assert tables["events"] == [] and tables["samen_conversations"] == []
    decisions = [row for row in tables["samen_consent"]]
    assert ["given" in decisions[0], "withdrawn" in decisions[1]] == [True, True]
    tracker = run(store.retrieve(conv.sender))
    assert tracker is not None and tracker.get_slot("consent") is False


class Broker:
    def __init__(self):
        self.published = []

    def publish(self, event, **kwargs):
        self.published.append(event)


def test_the_event_broker_gets_redacted_events_and_only_after_consent(db_url, domain):
    broker = Broker()
    store = make_store(db_url, domain, event_broker=broker)
    conv = Conversation(store, domain)
    talk_with_identifiers(conv)
    assert broker.published == []
    conv.turn("/affirm", slots={"consent": True})
    talk_with_identifiers(conv)
    assert len([e for e in broker.published if e["event"] == "user"]) == 2 * len(MESSAGES) + 1
    assert leaks(json.dumps(broker.published)) == []
    conv.turn("wis mijn gegevens", slots={"erasure_requested": True})
    assert broker.published[-1]["event"] == "samen_erasure"
    assert broker.published[-1]["reference"] == store.reference(conv.sender)


def test_a_sender_id_that_is_an_identifier_is_stored_under_a_pseudonym(db_url, domain):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain, sender="whatsapp:+32486554433")
    conv.turn("/affirm", slots={"consent": True})
    conv.turn("hallo")
    tables = dump_tables(engine_of(db_url))
    assert tables["events"] and leaks(repr(tables)) == []
    assert all("anon-" in row for row in tables["events"])
    assert run(store.retrieve(conv.sender)).get_slot("consent") is True


@pytest.mark.parametrize(
    "text",
    [
        "mijn vrouw zit in turkije " * 4000,  # 100,000 characters
        "hallo\x00\x07\x1b[31m\u202e \ud800 \U0001f64f" * 50,
        "ሰበይተይ ኣብ ቱርኪ ኣላ زوجتي في تركيا 0470 12 34 56",
    ],
    ids=["very_long", "control_and_surrogates", "scripts"],
)
def test_odd_input_never_crashes_storage(db_url, domain, text):
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    conv.turn(text, bot="ok", slots={"feedback": text})
    tracker = run(store.retrieve(conv.sender))
    assert tracker.latest_message.text
    assert "470123456" not in json.dumps([e.as_dict() for e in tracker.events]).replace(" ", "")


def test_a_failing_redactor_blanks_the_texts_and_logs_one_line(db_url, domain, monkeypatch, caplog):
    import privacy.redact

    def broken(value, known=None):
        raise RecursionError("boom")

    monkeypatch.setattr(privacy.redact, "redact_value", broken)
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    conv.turn(MESSAGES[0], bot=MESSAGES[0])
    tables = dump_tables(engine_of(db_url))
    assert leaks(repr(tables)) == []
    assert "[onleesbaar]" in repr(tables["events"])
    assert any("redaction failed" in r.getMessage() for r in caplog.records)
    assert all(MESSAGES[0] not in r.getMessage() for r in caplog.records)


def test_with_redis_a_conversation_without_consent_waits_there_redacted_and_expiring(
    db_url, domain
):
    import redis

    url = "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"Redis at {url} is not running")
    client = redis.Redis.from_url(url)
    store = make_store(db_url, domain, redis_url=url)
    conv = Conversation(store, domain, sender=new_sender("redis"))
    talk_with_identifiers(conv)
    key = f"samen:volatile:{conv.sender}"
    assert 3500 < client.ttl(key) <= 3600
    assert leaks(client.get(key).decode()) == []
    assert table_counts(db_url)["events"] == 0
    # a second Rasa instance (another store object) sees the same conversation
    assert run(make_store(db_url, domain, redis_url=url).retrieve(conv.sender)) is not None
    conv.turn("/affirm", slots={"consent": True})
    assert client.exists(key) == 0
    assert table_counts(db_url)["events"] > len(MESSAGES)


def test_every_profile_stores_through_the_private_store():
    from launcher.endpoints import compose, variables_from_urls

    private = "samen_rasa.stores.private_store.PrivateTrackerStore"
    assert compose({})["tracker_store"]["type"] == private
    pg = compose({"DATABASE_URL": "postgresql://u@db:5432/samen"})["tracker_store"]
    assert pg["type"] == private and pg["dialect"] == "postgresql"
    env = {"DATABASE_URL": "postgresql://u@db/samen", "REDIS_URL": "redis://r:6379/1"}
    both = compose(env)["tracker_store"]
    assert both["type"] == private and both["redis_url"] == "${SAMEN_REDIS_URL}"
    assert variables_from_urls(env)["SAMEN_REDIS_URL"] == "redis://r:6379/1"
    assert "redis_url" not in compose({})["tracker_store"]


def test_each_event_is_redacted_once_and_written_once_in_order(db_url, domain, monkeypatch):
    from samen_rasa.stores import private_store

    redacted: list[str] = []
    original = private_store._redact_event

    def counting(event, known=None):
        redacted.append(f"{event['event']}@{event.get('timestamp')}")
        return original(event, known)

    monkeypatch.setattr(private_store, "_redact_event", counting)
    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn(MESSAGES[0], bot="Eerst iets over je privacy. Ga je akkoord?")
    conv.turn("/affirm", slots={"consent": True})
    for text in MESSAGES[1:4]:
        conv.turn(text, bot=f"Je schreef: {text}", slots={"feedback": text})
    with engine_of(db_url).connect() as conn:
        rows = conn.execute(sa.text("SELECT data FROM events ORDER BY id")).scalars().all()
    written = [f"{e['event']}@{e.get('timestamp')}" for e in map(json.loads, rows)]
    # session start 3 + turn 1 (user, action, bot, listen) + consent turn (user, slot, listen)
    # + 3 turns x (user, action, bot, slot, listen)
    assert len(set(written)) == len(written) == 3 + 4 + 3 + 3 * 5, "each event written once"
    assert redacted == written, "each event redacted once, in order, the one written"
    tracker = run(store.retrieve(conv.sender))
    replayed = [f"{e['event']}@{e.get('timestamp')}" for e in (x.as_dict() for x in tracker.events)]
    assert written[-len(replayed) :] == replayed
    assert leaks(repr(rows)) == []


def test_the_vocabulary_shortcut_changes_no_redaction(domain):
    from privacy.redact import redact_value
    from samen_rasa.stores.private_store import (
        STRUCTURAL_KEYS,
        _redact_event,
        domain_vocabulary,
    )

    known = domain_vocabulary(domain)
    assert "greet" in known and "action_samen_turn" in known and "consent" in known
    ranking = [{"name": name, "confidence": 0.1} for name in sorted(domain.intents)]
    events = [
        {"event": "user", "text": text, "timestamp": 1.0, "metadata": {"model_id": "ab12"},
         "parse_data": {"text": text, "intent": {"name": "greet", "confidence": 0.9},
                        "intent_ranking": ranking,
                        "entities": [{"entity": "age", "value": text, "start": 0, "end": 3}]}}
        for text in [*MESSAGES, "greet", "mijn naam is greet"]
    ] + [
        {"event": "action", "name": "action_samen_turn", "policy": "RulePolicy", "timestamp": 2},
        {"event": "slot", "name": "feedback", "value": MESSAGES[2], "timestamp": 3.0},
        {"event": "bot", "text": MESSAGES[6], "data": {"buttons": [{"title": MESSAGES[7]}]}},
    ]  # fmt: skip
    for event in events:
        before = redact_value(event)  # the store's redaction before the shortcut
        for key in STRUCTURAL_KEYS:
            if key in event:
                before[key] = event[key]
        assert _redact_event(event, known) == before
        assert list(_redact_event(event, known)) == list(event)


def test_only_rasas_own_stamps_are_learnt_never_a_users_text(db_url, domain):
    store = make_store(db_url, domain)
    stamps = {"model_id": "3f2a9c0d1e", "assistant_id": "samen"}
    user = {"event": "user", "text": MESSAGES[6], "metadata": {"model_id": MESSAGES[6]}}
    slot = {"event": "slot", "name": "consent", "value": True, "metadata": stamps}
    known = store._learn_stamps([user, slot])
    assert known["3f2a9c0d1e"] == "3f2a9c0d1e" and known["samen"] == "samen"
    assert MESSAGES[6] not in known
    assert not leaks(repr(sorted(known)))


def test_a_save_waits_for_the_disk_in_the_writer_thread_not_in_the_event_loop(db_url, domain):
    import asyncio
    import threading

    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    tracker = run(store.retrieve(conv.sender))
    threads: list[str] = []
    original = store._save_sync

    def slow_save(t):
        threads.append(threading.current_thread().name)
        time.sleep(0.3)  # a commit waiting for a slow disk
        return original(t)

    store._save_sync = slow_save

    async def both() -> int:
        ticks = 0

        async def other_conversation() -> None:
            nonlocal ticks
            for _ in range(10):
                await asyncio.sleep(0.01)
                ticks += 1

        async def saving() -> int:
            await store.save(tracker)
            return ticks  # how far the other conversation got while the save waited

        during, _ = await asyncio.gather(saving(), other_conversation())
        return during

    assert run(both()) >= 3, "the event loop went on while the save waited"
    assert threads and threads[0].startswith("samen-store-writer")


def test_write_in_thread_false_saves_in_the_event_loop(db_url, domain):
    store = make_store(db_url, domain, write_in_thread="false")
    assert store._writer is None
    conv = Conversation(store, domain)
    conv.turn("/affirm", slots={"consent": True})
    conv.turn(MESSAGES[0], bot="ok")
    assert table_counts(db_url)["events"] > 0


def test_entities_still_point_at_their_words_after_redaction(db_url, domain):
    """Panel 27, b4: "mevrouw H., ... Haar moeder (71)": "H" became "[naam]" and the mother's
    entity offsets, left as they were, read "m" ("de m van je cliënt" ten times)."""
    from rasa.shared.core.events import UserUttered

    store = make_store(db_url, domain)
    conv = Conversation(store, domain)
    conv.turn(MESSAGES[0], bot="Eerst iets over je privacy. Ga je akkoord?")
    conv.turn("/affirm", slots={"consent": True})
    text = "Ik schrijf voor mevrouw H., bel 0470 12 34 56. Haar moeder (71) is ziek"
    words = ["moeder", "71"]
    entities = [
        {
            "entity": name,
            "value": word,
            "start": text.index(word),
            "end": text.index(word) + len(word),
        }
        for name, word in zip(["relationship", "age"], words, strict=True)
    ]
    parse = {"intent": {"name": "inform", "confidence": 0.9}, "entities": entities, "text": text}
    tracker = run(store.retrieve(conv.sender))
    tracker.update(UserUttered(text, parse["intent"], entities, parse, timestamp=conv._tick()))
    run(store.save(tracker))
    stored = run(make_store(db_url, domain).retrieve(conv.sender)).latest_message
    assert "0470" not in stored.text and "[naam]" in stored.text
    assert [stored.text[e["start"] : e["end"]] for e in stored.entities] == words
