"""PrivateTrackerStore: the one path from a conversation to storage, redacted first.

Configured in rasa/profiles/embedded/endpoints.yml (SQLite) and in the DATABASE_URL
overlay (PostgreSQL) as `type: samen_rasa.stores.private_store.PrivateTrackerStore`.
Every channel's events reach storage through `save`, so every rule below holds for
every channel, present or future:

1. Redacted first. Each event dict goes through `privacy.redact.redact_value` (user
   text, parse data with entities, slot values, bot text and data, metadata) before
   it is written anywhere: SQL, memory, Redis or the event broker. A sender id that is
   itself an identifier (a phone number from a messaging channel) is stored under a
   keyed pseudonym instead. Only the new events of a save are redacted, each once; the
   names of the domain and Rasa's own stamps (model and assistant id) that recur in every
   event are looked up, not redacted again (the same result, bench/README.md "Load").
2. No consent, nothing durable. Until the dialogue sets the slot `consent` to true the
   conversation lives only in memory (or in Redis when `redis_url` is set) and expires
   with the session (domain session_config). From the consent on it is written to SQL
   and streamed to the event broker. A refusal keeps only its row in `samen_consent`;
   a withdrawal (consent true, later false) takes the conversation out of SQL again.
3. Real erasure. New events with `erasure_requested` = true delete every event of
   the sender and every derived row (privacy.erasure), in memory too; the next
   message starts a fresh conversation. The event broker gets a `samen_erasure`
   notice so that its consumers can delete their copies. On SQLite (write-ahead log,
   `secure_delete`, privacy.store_schema) the commit of an erasure or a withdrawal is
   followed by a checkpoint that empties the log, so no old page image of the
   conversation stays in the -wal file.
4. `samen_conversations` (reference number, first/last event time, consent) and
   `samen_consent` (the consent record) are kept up to date from the events.
5. A read never serves what SQL no longer holds. The stored (redacted) rows of recent
   conversations are kept in memory (`SessionCache`, `cache_size`, default 2,000
   conversations, each forgotten 5 minutes after its last use, `cache_idle_seconds`), so a
   turn does not fetch the whole session from SQL again; every read first asks SQL for the
   conversation's number of events and highest event id (one indexed query) and uses the
   copy only when both are unchanged, so a conversation erased or purged by another process
   (privacy.erasure, privacy.retention, the staff app) is never served from it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from privacy import store_schema as schema
from privacy.erasure import erase_rows
from privacy.reference import pseudonym_for, reference_for, secret_key
from privacy.settings import notice_version
from samen_rasa.stores.volatile import MemoryVolatile, RedisVolatile, since_last_session

logger = logging.getLogger(__name__)

CONSENT_SLOT = "consent"
ERASURE_SLOT = "erasure_requested"
NOTICE_VERSION_SLOT = "consent_notice_version"
DEFAULT_TTL_MINUTES = 60.0
# top-level keys that name the event's structure, never what the user wrote
STRUCTURAL_KEYS = ("event", "timestamp", "name", "policy", "confidence")
UNREADABLE = "[onleesbaar]"
# Rasa's processor stamps these on the metadata of every event; the events it makes itself
RASA_STAMPS = ("model_id", "assistant_id")
RASA_MADE = ("action", "slot", "session_started", "active_loop", "followup", "reset_slots")
VOCABULARY_LIMIT = 5_000

Event = dict[str, Any]


def _redact_event(event: Event, known: dict[str, str] | None = None) -> Event:
    """The event with every identifier replaced; on a redactor failure, its texts blanked.

    The structural keys are kept as they are (never redacted, so not passed to the
    redactor); `known` maps the domain's names to their redaction (`domain_vocabulary`).
    """
    from privacy.redact import redact_value

    rest = {k: v for k, v in event.items() if k not in STRUCTURAL_KEYS}
    try:
        redacted = redact_value(rest, known)
    except Exception as error:  # noqa: BLE001 - the message must still be answered
        logger.error(
            "redaction failed on a %s event (%s); its texts are stored as %s",
            event.get("event"),
            type(error).__name__,
            UNREADABLE,
        )
        return _blank(event)
    if event.get("event") == "user":
        _move_entities(event, redacted)
    return {k: event[k] if k in STRUCTURAL_KEYS else redacted[k] for k in event}


def _move_entities(event: Event, redacted: Event) -> None:
    """The entities' offsets moved with the text they point into (a placeholder is longer or
    shorter than the identifier it replaces)."""
    from privacy.redact import redact_entities

    parse = event.get("parse_data")
    if not isinstance(parse, dict) or not isinstance(parse.get("entities"), list):
        return
    text = parse.get("text", event.get("text"))
    redacted["parse_data"]["entities"] = redact_entities(text, redacted["parse_data"]["entities"])


def domain_vocabulary(domain: Domain | None) -> dict[str, str]:
    """The domain's names (intents, entities, slots, actions and responses, forms), each
    mapped to its redaction: they recur in every turn's events (intent ranking, entities,
    slot and action names). Only the domain's own words, never a user's."""
    from privacy.redact import redact_text

    if domain is None:
        return {}
    names = {
        *domain.intents,
        *domain.entities,
        *(slot.name for slot in domain.slots),
        *domain.action_names_or_texts,
        *domain.form_names,
    }
    return {name: redact_text(name) for name in names if isinstance(name, str) and name}


def _blank(event: Event) -> Event:
    """Keep what replays the dialogue (event type, names, intent); drop every text."""
    kept: Event = {k: event[k] for k in STRUCTURAL_KEYS if k in event}
    kind = event.get("event")
    if kind == "user":
        intent = (event.get("parse_data") or {}).get("intent") or {}
        kept["text"] = UNREADABLE
        kept["parse_data"] = {
            "intent": {"name": intent.get("name"), "confidence": intent.get("confidence")},
            "entities": [],
            "text": UNREADABLE,
        }
    elif kind == "bot":
        kept["text"] = UNREADABLE
        kept["data"] = {}
    elif kind == "slot":
        value = event.get("value")
        kept["value"] = value if isinstance(value, bool | int | float) or value is None else None
    else:
        return {k: v for k, v in event.items() if not isinstance(v, str) or k in STRUCTURAL_KEYS}
    return kept


@dataclass
class CachedSession:
    """A conversation's stored rows as SQL returns them: the number of events and the
    highest event id of the sender (all sessions), the latest `session_started` timestamp,
    and (timestamp, data) of the events Rasa's session query selects, in id order."""

    count: int
    max_id: int | None
    start: float | None
    rows: list[tuple[float | None, str]] = field(default_factory=list)
    used: float = field(default_factory=time.monotonic)

    def add(self, rows: list[tuple[int, str, float | None, str]]) -> None:
        """Append stored rows (id, type_name, timestamp, data), in id order, keeping only
        what `SQLTrackerStore._event_query` would select: events whose timestamp is at least
        the latest session start, or every event when there is none."""
        for row_id, kind, timestamp, _ in rows:
            self.count += 1
            self.max_id = row_id if self.max_id is None else max(self.max_id, row_id)
            if kind == "session_started" and timestamp is not None:
                self.start = timestamp if self.start is None else max(self.start, timestamp)
        pairs = self.rows + [(timestamp, data) for _, _, timestamp, data in rows]
        if self.start is not None:
            pairs = [(t, d) for t, d in pairs if t is not None and t >= self.start]
        self.rows = pairs


class SessionCache:
    """`CachedSession`s by storage id, at most `size`, each dropped `idle` seconds after
    its last use. Shared by the event loop (reads) and the writer thread (saves)."""

    def __init__(self, size: int, idle: float) -> None:
        self.size = size
        self.idle = idle
        self._items: OrderedDict[str, CachedSession] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, sid: str) -> CachedSession | None:
        now = time.monotonic()
        with self._lock:
            item = self._items.get(sid)
            if item is None:
                return None
            if now - item.used > self.idle:
                del self._items[sid]
                return None
            item.used = now
            self._items.move_to_end(sid)
            return item

    def put(self, sid: str, item: CachedSession) -> None:
        if self.size <= 0:
            return
        now = time.monotonic()
        with self._lock:
            item.used = now
            self._items[sid] = item
            self._items.move_to_end(sid)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
            while self._items:  # the least recently used first
                oldest_sid, oldest = next(iter(self._items.items()))
                if now - oldest.used <= self.idle:
                    break
                del self._items[oldest_sid]

    def drop(self, sid: str) -> None:
        with self._lock:
            self._items.pop(sid, None)

    def __len__(self) -> int:
        return len(self._items)


def _slot_value(event: Event, slot: str) -> Any:
    if event.get("event") == "slot" and event.get("name") == slot:
        return event.get("value")
    return None


# sanic's loggers have handlers of their own (not the root logger's)
OWN_HANDLER_LOGGERS = ("sanic.root", "sanic.error", "sanic.access")


def _install_log_filter() -> None:
    """Rasa's process: every log handler redacts (Rasa configured logging before the store)."""
    from privacy.logfilter import install

    install(OWN_HANDLER_LOGGERS)


class PrivateTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that redacts, keeps nothing without consent and really erases."""

    Base = schema.Base
    SQLEvent = schema.SQLEvent

    def __init__(
        self,
        domain: Domain | None = None,
        dialect: str = "sqlite",
        host: str | None = None,
        port: int | None = None,
        db: str = "rasa.db",
        username: str | None = None,
        password: str | None = None,
        event_broker: EventBroker | None = None,
        login_db: str | None = None,
        query: dict | None = None,
        redis_url: str | None = None,
        volatile_ttl_seconds: float | None = None,
        write_in_thread: bool = True,
        cache_size: int = 2_000,
        cache_idle_seconds: float = 300.0,
        **kwargs: Any,
    ) -> None:
        _install_log_filter()
        super().__init__(
            domain=domain,
            dialect=dialect,
            host=host,
            port=port,
            db=db,
            username=username,
            password=password,
            event_broker=event_broker,
            login_db=login_db,
            query=query,
            **kwargs,
        )
        self._use_sqlite_pool()
        schema.sqlite_pragmas(self.engine)
        self.engine.dispose()  # connections opened from now on: secure_delete, WAL, FULL sync
        self._key = secret_key()
        self._redis_url = redis_url or None
        self._ttl_override = float(volatile_ttl_seconds) if volatile_ttl_seconds else None
        self._volatile: MemoryVolatile | RedisVolatile | None = None
        self._volatile_lock = threading.Lock()
        self._storage_ids: dict[str, str] = {}
        self._vocabulary: tuple[Domain | None, dict[str, str]] = (None, {})
        in_thread = str(write_in_thread).lower() not in ("false", "0", "no")
        self._writer = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="samen-store-writer")
            if in_thread
            else None
        )
        self._reader = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="samen-store-reader")
            if in_thread
            else None
        )
        self.cache = SessionCache(int(cache_size), float(cache_idle_seconds))
        self._deleted = False  # set by a save that deleted rows (the one writer's state)
        from privacy.store_migrate import migrate_legacy

        try:
            migrate_legacy(self.engine, self._key, _redact_event, self.storage_id)
        except sa.exc.SQLAlchemyError as error:  # another instance migrating at the same time
            logger.error("legacy conversations not migrated yet (%s)", type(error).__name__)

    def _use_sqlite_pool(self) -> None:
        """SQLite file: keep the connections open between turns (a pool of a few, shared by
        the event loop, the reader and the writer thread) instead of SQLAlchemy 1.4's
        default for SQLite files (`NullPool`: a new connection, with its schema read again,
        for every query). In WAL mode this also keeps the log open: SQLite checkpoints and
        deletes the log when its last connection closes, which with `NullPool` was after
        nearly every turn. (SQLAlchemy 2.0 pools SQLite files the same way by default.)"""
        url = self.engine.url
        if self.engine.dialect.name != "sqlite" or url.database in (None, "", ":memory:"):
            return
        self.engine.dispose()
        self.engine = sa.create_engine(
            url,
            poolclass=sa.pool.QueuePool,
            pool_size=3,  # the event loop, the reader thread, the writer thread
            max_overflow=10,
            connect_args={"check_same_thread": False},  # each used by one thread at a time
        )
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    # ---- identities -------------------------------------------------------------

    def storage_id(self, sender_id: str) -> str:
        """The id events are stored under: the sender id, or a pseudonym if it is personal."""
        known = self._storage_ids.get(sender_id)
        if known is None:
            from privacy.redact import redact_text

            try:
                personal = len(sender_id) > 128 or redact_text(sender_id) != sender_id
            except Exception:  # noqa: BLE001
                personal = True
            known = pseudonym_for(sender_id, self._key) if personal else sender_id
            if len(self._storage_ids) > 10_000:
                self._storage_ids.clear()
            self._storage_ids[sender_id] = known
        return known

    def reference(self, sender_id: str) -> str:
        return reference_for(sender_id, self._key)

    @property
    def vocabulary(self) -> dict[str, str]:
        """`domain_vocabulary` of the current domain (computed once per domain)."""
        if self._vocabulary[0] is not self.domain:
            self._vocabulary = (self.domain, domain_vocabulary(self.domain))
        return self._vocabulary[1]

    def _learn_stamps(self, events: list[Event]) -> dict[str, str]:
        """The vocabulary, with the values Rasa stamps on every event it makes (metadata
        `model_id`, `assistant_id`) learnt from its own events (never a user message's)."""
        from privacy.redact import redact_text

        known = self.vocabulary
        for event in events:
            if event.get("event") not in RASA_MADE or len(known) >= VOCABULARY_LIMIT:
                continue
            metadata = event.get("metadata") or {}
            for key in RASA_STAMPS:
                value = metadata.get(key)
                if isinstance(value, str) and value not in known:
                    known[value] = redact_text(value)
        return known

    # ---- the volatile (pre-consent) store ----------------------------------------

    @property
    def ttl_seconds(self) -> float:
        if self._ttl_override:
            return self._ttl_override
        minutes = self.domain.session_config.session_expiration_time if self.domain else 0
        return float(minutes or DEFAULT_TTL_MINUTES) * 60.0

    @property
    def volatile(self) -> MemoryVolatile | RedisVolatile:
        if self._volatile is None:
            with self._volatile_lock:  # the event loop and the writer thread: made once
                if self._volatile is None:
                    if self._redis_url:
                        self._volatile = RedisVolatile(self._redis_url, self.ttl_seconds)
                    else:
                        self._volatile = MemoryVolatile(self.ttl_seconds)
        return self._volatile

    # ---- reading -----------------------------------------------------------------

    def _event_query(
        self, session: Any, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> Any:
        return super()._event_query(
            session, self.storage_id(sender_id), fetch_events_from_all_sessions
        )

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        events = self.volatile.load(self.storage_id(sender_id))
        if events:
            self.cache.drop(self.storage_id(sender_id))  # not in SQL (yet, or any more)
            if not fetch_events_from_all_sessions:
                events = since_last_session(events)
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if fetch_events_from_all_sessions or self.cache.size <= 0:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        if self._reader is None:
            rows = self._session_rows(sender_id)
        else:  # a wait for SQLite's lock (a commit of the writer thread) blocks this thread only
            loop = asyncio.get_running_loop()
            rows = await loop.run_in_executor(self._reader, self._session_rows, sender_id)
        events = [json.loads(data) for _, data in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    def _sender_state(self, conn: sa.engine.Connection, sid: str) -> tuple[int, int | None]:
        """(number of events, highest event id) of a sender in SQL: one indexed query."""
        table = schema.EVENTS
        count, max_id = conn.execute(
            sa.select(sa.func.count(table.c.id), sa.func.max(table.c.id)).where(
                table.c.sender_id == sid
            )
        ).one()
        return int(count or 0), max_id

    def _session_rows(self, sender_id: str) -> list[tuple[float | None, str]]:
        """The latest session's stored rows, from the cache when SQL still holds exactly
        what it holds (same number of events, same highest id), else from SQL."""
        sid = self.storage_id(sender_id)
        cached = self.cache.get(sid)
        with self.engine.connect() as conn:
            if cached is not None and self._sender_state(conn, sid) == (
                cached.count,
                cached.max_id,
            ):
                return list(cached.rows)
            table = schema.EVENTS
            rows = conn.execute(
                sa.select(table.c.id, table.c.type_name, table.c.timestamp, table.c.data)
                .where(table.c.sender_id == sid)
                .order_by(table.c.id)
            ).all()
        if not rows:
            self.cache.drop(sid)
            return []
        fresh = CachedSession(0, None, None)
        fresh.add([tuple(row) for row in rows])
        self.cache.put(sid, fresh)
        return list(fresh.rows)

    async def keys(self) -> Iterable[str]:
        return sorted(set(await super().keys()) | set(self.volatile.keys()))

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Nothing: `save` publishes the redacted events it keeps (never before consent)."""

    # ---- writing -----------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Redact and store the tracker's new events, then publish what was kept.

        The database work runs in the store's one writer thread (`write_in_thread`, the
        default), so that Sanic's event loop serves other conversations while a commit
        waits for the disk; one thread, so the writes never run concurrently, as before.
        Rasa's lock store still holds this conversation until the save is done.
        """
        if self._writer is None:
            published, erased, sid, reference = self._save_sync(tracker)
        else:
            loop = asyncio.get_running_loop()
            published, erased, sid, reference = await loop.run_in_executor(
                self._writer, self._save_sync, tracker
            )
        if erased:
            self._publish(
                [{"event": "samen_erasure", "reference": reference, "timestamp": time.time()}], sid
            )
        else:
            self._publish(published, sid)

    def _save_sync(self, tracker: DialogueStateTracker) -> tuple[list[Event], bool, str, str]:
        """The database part of `save`: (events to publish, erased?, storage id, reference)."""
        sender_id = tracker.sender_id
        sid = self.storage_id(sender_id)
        published: list[Event] = []
        erased = False
        reference = ""
        self._deleted = False
        with self.session_scope() as session:
            conn = session.connection()
            # the session's stored events: counted in the cached copy if it still matches
            # SQL (one indexed query, also needed to extend the copy; a matching copy means
            # the events are in SQL, so consent was given and not withdrawn), else asked
            current = self._matching_copy(conn, sid)
            durable = current is not None or self._is_durable(conn, sid)
            if current is not None:
                stored = len(current.rows)
            elif durable:
                stored = self._event_query(session, sender_id, False).count()
            else:
                stored = len(since_last_session(self.volatile.load(sid) or []))
            events = [e.as_dict() for e in list(tracker.events)[stored:]]
            known = self._learn_stamps(events)
            new = [_redact_event(event, known) for event in events]
            if not new:
                return [], False, sid, reference
            reference = self.reference(sender_id)
            if any(_slot_value(e, ERASURE_SLOT) is True for e in new):
                self.cache.drop(sid)
                events, derived = erase_rows(conn, sid, reference)
                session.commit()
                self.cache.drop(sid)
                self.volatile.delete(sid)
                erased = self._deleted = True
                logger.info(
                    "erasure: conversation %s erased (%d events, %d derived rows)",
                    reference,
                    events,
                    derived,
                )
            else:
                cached = self._cache_before_append(sid, current, new, durable)
                published = self._write(conn, tracker, sid, reference, new, durable)
                if cached is not None:
                    cached = self._cache_after_append(conn, sid, cached)
                session.commit()
                if cached is not None:
                    self.cache.put(sid, cached)
        if self._deleted:  # erased or withdrawn: no old image of its rows left in the WAL
            schema.scrub(self.engine)
        return published, erased, sid, reference

    def _matching_copy(self, conn: sa.engine.Connection, sid: str) -> CachedSession | None:
        """The cached copy of a conversation if SQL still holds exactly its rows (same number
        of events, same highest id), else None."""
        cached = self.cache.get(sid)
        if cached is None or self._sender_state(conn, sid) != (cached.count, cached.max_id):
            return None
        return cached

    def _cache_before_append(
        self, sid: str, current: CachedSession | None, new: list[Event], durable: bool
    ) -> CachedSession | None:
        """The cached copy that this save will extend: only a plain append to a durable
        conversation whose copy matched SQL (`current`, from `_matching_copy` in the same
        save); any other save drops the copy."""
        self.cache.drop(sid)
        plain = durable and all(_slot_value(e, CONSENT_SLOT) is None for e in new)
        if current is None or not plain:
            return None
        return CachedSession(current.count, current.max_id, current.start, list(current.rows))

    def _cache_after_append(
        self, conn: sa.engine.Connection, sid: str, cached: CachedSession
    ) -> CachedSession | None:
        """The copy with the rows just inserted (every row of the sender after the copy's
        highest id, read in the same transaction: one indexed query). A row another process
        deleted meanwhile is caught by the next read's check of the number of events."""
        table = schema.EVENTS
        if cached.max_id is None:
            return None
        rows = conn.execute(
            sa.select(table.c.id, table.c.type_name, table.c.timestamp, table.c.data)
            .where(table.c.sender_id == sid, table.c.id > cached.max_id)
            .order_by(table.c.id)
        ).all()
        if not rows:
            return None
        cached.add([tuple(row) for row in rows])
        return cached

    def _is_durable(self, conn: sa.engine.Connection, sid: str) -> bool:
        consent = conn.execute(
            sa.select(schema.CONVERSATIONS.c.consent).where(schema.CONVERSATIONS.c.sender_id == sid)
        ).scalar()
        return consent == "given"

    def _write(
        self,
        conn: sa.engine.Connection,
        tracker: DialogueStateTracker,
        sid: str,
        reference: str,
        new: list[Event],
        durable: bool,
    ) -> list[Event]:
        """Write `new` to the stage it belongs to (switching at consent events)."""
        written: list[Event] = []
        buffer: list[Event] = []
        for event in new:
            decision = _slot_value(event, CONSENT_SLOT)
            if decision is True:
                if not durable:
                    moved = (self.volatile.load(sid) or []) + buffer
                    self._insert_events(conn, sid, moved)
                    written += moved
                    self.volatile.delete(sid)
                    buffer = []
                    durable = True
                    self._record_consent(conn, tracker, reference, "given", event)
                elif self._last_decision(conn, reference) != "given":
                    self._record_consent(conn, tracker, reference, "given", event)
            elif decision is False:
                if durable:
                    self._insert_events(conn, sid, buffer)
                    kept = self._sql_events(conn, sid)
                    erase_rows(conn, sid, None)  # events + samen_conversations; consent rows stay
                    self._deleted = True
                    self.volatile.append(sid, kept)
                    written = []
                    buffer = []
                    durable = False
                    self._record_consent(conn, tracker, reference, "withdrawn", event)
                else:
                    self._record_consent(conn, tracker, reference, "refused", event)
            buffer.append(event)
        if durable:
            self._insert_events(conn, sid, buffer)
            written += buffer
            self._touch_conversation(conn, sid, reference, written)
        else:
            self.volatile.append(sid, buffer)
        return written

    def _insert_events(self, conn: sa.engine.Connection, sid: str, events: list[Event]) -> None:
        if not events:
            return
        rows = []
        for event in events:
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            action = event.get("name")
            rows.append(
                {
                    "sender_id": sid,
                    "type_name": str(event.get("event"))[:255],
                    "timestamp": event.get("timestamp"),
                    "intent_name": str(intent)[:255] if intent is not None else None,
                    "action_name": str(action)[:255] if action is not None else None,
                    "data": json.dumps(event),
                }
            )
        conn.execute(schema.EVENTS.insert(), rows)

    def _sql_events(self, conn: sa.engine.Connection, sid: str) -> list[Event]:
        rows = conn.execute(
            sa.select(schema.EVENTS.c.data)
            .where(schema.EVENTS.c.sender_id == sid)
            .order_by(schema.EVENTS.c.id)
        )
        return [json.loads(data) for (data,) in rows]

    def _touch_conversation(
        self, conn: sa.engine.Connection, sid: str, reference: str, events: list[Event]
    ) -> None:
        stamps = [e["timestamp"] for e in events if isinstance(e.get("timestamp"), int | float)]
        first = schema.utc(min(stamps) if stamps else None)
        last = schema.utc(max(stamps) if stamps else None)
        table = schema.CONVERSATIONS
        row = conn.execute(
            sa.select(table.c.sender_id, table.c.first_event_at, table.c.last_event_at).where(
                table.c.reference == reference
            )
        ).first()
        if row is None:
            conn.execute(
                table.insert().values(
                    reference=reference,
                    sender_id=sid,
                    first_event_at=first,
                    last_event_at=last,
                    consent="given",
                )
            )
            return
        if row.sender_id != sid:
            logger.error("reference %s is shared by two conversations", reference)
        conn.execute(
            table.update()
            .where(table.c.reference == reference)
            .values(
                first_event_at=min(row.first_event_at, first),
                last_event_at=max(row.last_event_at, last),
                consent="given",
            )
        )

    def _last_decision(self, conn: sa.engine.Connection, reference: str) -> str | None:
        table = schema.CONSENT
        return conn.execute(
            sa.select(table.c.decision)
            .where(table.c.reference == reference)
            .order_by(table.c.id.desc())
            .limit(1)
        ).scalar()

    def _record_consent(
        self,
        conn: sa.engine.Connection,
        tracker: DialogueStateTracker,
        reference: str,
        decision: str,
        event: Event,
    ) -> None:
        version = None
        if NOTICE_VERSION_SLOT in tracker.slots:
            version = tracker.get_slot(NOTICE_VERSION_SLOT)
        conn.execute(
            schema.CONSENT.insert().values(
                reference=reference,
                decision=decision,
                notice_version=str(version or notice_version())[:32],
                at=schema.utc(event.get("timestamp")),
            )
        )
        logger.info("consent: %s %s", reference, decision)

    def _publish(self, events: list[Event], sid: str) -> None:
        if self.event_broker is None or not events:
            return
        for event in events:
            self.event_broker.publish({"sender_id": sid, **event})
