"""The tables of the private tracker store (SQLAlchemy; SQLite and PostgreSQL).

`events` has exactly the columns of Rasa's SQLTrackerStore (so Rasa's own queries
work on it), but every row holds a redacted event. Two derived tables:

- `samen_conversations`: one row per conversation kept with consent: its reference
  number (what the user quotes to the NGO), the storage id of its sender, the time of
  its first and last event (UTC) and the consent state. Erasure and retention go
  through it.
- `samen_consent`: the consent record (GDPR art. 7(1)): every decision (given,
  refused, withdrawn), the version of the notice and the time. A refused consent keeps
  only this row.

Every table named `samen_*` or `staff_*` with a `reference` or `sender_id` column is
a derived table: erasure and retention delete its rows with the conversation's. The staff
application's tables (staff/models.py: hand-offs with the encrypted contact, the review
index, tags, notes, corrections) all have a `reference` column for that reason. One
exception by design: the staff audit log (`staff_auditentry`) names its column
`conversation_reference`, so who read or erased which conversation, and when, stays
provable after the erasure (accountability, GDPR art. 5(2)); it holds no conversation text.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()
logger = logging.getLogger(__name__)

DERIVED_PREFIXES = ("samen_", "staff_")
LINK_COLUMNS = ("reference", "sender_id")
# derived tables whose rows can exist without a kept conversation (a hand-off asked before
# or without consent, with a call-back contact): retention deletes them by their own time
STANDALONE_TIME_COLUMNS = {"staff_handoff": "requested_at"}


class SQLEvent(Base):
    """An event, redacted, as Rasa's SQLTrackerStore stores it."""

    __tablename__ = "events"

    id = sa.Column(sa.Integer, sa.Sequence("events_seq", optional=True), primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    type_name = sa.Column(sa.String(255), nullable=False)
    timestamp = sa.Column(sa.Float)
    intent_name = sa.Column(sa.String(255))
    action_name = sa.Column(sa.String(255))
    data = sa.Column(sa.Text)


class Conversation(Base):
    """A conversation kept with consent."""

    __tablename__ = "samen_conversations"

    reference = sa.Column(sa.String(16), primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    first_event_at = sa.Column(sa.DateTime, nullable=False)
    last_event_at = sa.Column(sa.DateTime, nullable=False, index=True)
    consent = sa.Column(sa.String(16), nullable=False)


class Consent(Base):
    """One consent decision: given, refused or withdrawn."""

    __tablename__ = "samen_consent"

    id = sa.Column(sa.Integer, sa.Sequence("samen_consent_seq", optional=True), primary_key=True)
    reference = sa.Column(sa.String(16), nullable=False, index=True)
    decision = sa.Column(sa.String(16), nullable=False)
    notice_version = sa.Column(sa.String(32), nullable=False)
    at = sa.Column(sa.DateTime, nullable=False, index=True)


EVENTS = SQLEvent.__table__
CONVERSATIONS = Conversation.__table__
CONSENT = Consent.__table__


def utc(timestamp: float | None) -> dt.datetime:
    """A Rasa event timestamp (seconds since the epoch) as a naive UTC datetime."""
    if timestamp is None:
        return dt.datetime.utcnow()
    return dt.datetime.utcfromtimestamp(float(timestamp))


def normalise_url(url: str) -> str:
    """postgres:// (Heroku style) -> postgresql:// (SQLAlchemy 1.4 needs the long name)."""
    if url.startswith("postgres://"):
        return "postgresql://" + url[len("postgres://") :]
    return url


# Every SQLite connection of the tracker store and of the privacy commands (the staff app sets
# WAL and secure_delete on its own connections, staff/apps.py):
SQLITE_PRAGMAS = (
    # deleted rows and freed pages are overwritten with zeros, so an erased conversation
    # leaves no bytes in the file's free space
    "PRAGMA secure_delete = ON",
    # write-ahead log: a reader is never blocked by a commit, and a commit appends its pages
    # to the log with one fsync (the rollback journal needs several, and locks readers out).
    # Persistent in the file; the staff app set it already (staff/apps.py). The log keeps the
    # old page images until a checkpoint: an erasure therefore ends with `checkpoint`.
    "PRAGMA journal_mode = WAL",
    # every commit is synced to the log before it returns (SQLite's default, said out loud):
    # a crash of the process or of the machine loses no committed event
    "PRAGMA synchronous = FULL",
)


def sqlite_pragmas(engine: sa.engine.Engine) -> None:
    """SQLite: `SQLITE_PRAGMAS` on every connection the engine opens (PostgreSQL removes
    dead rows at its next (auto)vacuum and has no page images to worry about)."""
    if engine.dialect.name != "sqlite":
        return

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()


def checkpoint(engine: sa.engine.Engine, attempts: int = 3) -> bool:
    """After an erasure (or any deletion of conversation rows): move every page of SQLite's
    write-ahead log into the database file and truncate the log to zero bytes
    (`PRAGMA wal_checkpoint(TRUNCATE)`), so that no old image of an erased row stays in the
    -wal file; with `secure_delete` the database file holds zeros where the rows were.

    Runs on a connection of its own, outside any transaction, after the erasure's commit.
    SQLite waits (its busy timeout) for other connections' readers and writers; if one
    still holds the log, it is tried again (`attempts`). True when the log is empty (or the
    database is not SQLite in WAL mode); False, logged, if it could not be done now (the
    next erasure or SQLite's next automatic checkpoint will, and `make erase` can be rerun).
    """
    if engine.dialect.name != "sqlite":
        return True
    for attempt in range(attempts):
        try:
            with engine.connect() as conn:
                busy, log_frames, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except sa.exc.OperationalError as error:  # locked past the busy timeout
            logger.warning("WAL checkpoint: %s (attempt %d)", type(error).__name__, attempt + 1)
            continue
        if not busy:
            return log_frames in (0, -1)  # -1: not in WAL mode, nothing to checkpoint
        logger.warning("WAL checkpoint: the log is in use (attempt %d)", attempt + 1)
    logger.error("WAL checkpoint after an erasure did not complete; old pages stay in the log")
    return False


def scrub(engine: sa.engine.Engine, attempts: int = 3) -> bool:
    """After a deletion of conversation rows: no byte of them left anywhere in the files.

    `secure_delete` zeroes a row where it is deleted, but not the older copies SQLite left
    behind when it moved the row between pages (a b-tree rebalance rewrites a page and
    leaves the moved cells' old bytes in its unused space). `VACUUM` rewrites the whole
    database from its live rows, so no such copy survives, and `checkpoint` then moves the
    rewritten pages into the file and empties the log. PostgreSQL: nothing to do (its
    dead rows go at the next (auto)vacuum). Rare and short: an erasure, a withdrawal or a
    purge, on a database the retention period keeps small. False, logged, if SQLite stayed
    busy (the next erasure or `make erase` does it again).
    """
    if engine.dialect.name != "sqlite":
        return True
    for attempt in range(attempts):
        try:
            with engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
            break
        except sa.exc.OperationalError as error:  # another writer past the busy timeout
            logger.warning("VACUUM after a deletion: %s (attempt %d)", error, attempt + 1)
    else:
        logger.error("VACUUM after a deletion did not complete; old copies may stay in the file")
        checkpoint(engine, attempts)
        return False
    return checkpoint(engine, attempts)


def engine_for(url: str) -> sa.engine.Engine:
    """An engine like Rasa's (honours POSTGRESQL_SCHEMA) with the tables created."""
    url = normalise_url(url)
    kwargs: dict = {}
    schema = os.environ.get("POSTGRESQL_SCHEMA")
    if url.startswith("postgresql") and schema:
        kwargs["connect_args"] = {"options": f"-csearch_path={schema}"}
    engine = sa.create_engine(url, **kwargs)
    sqlite_pragmas(engine)
    Base.metadata.create_all(engine)
    return engine


def derived_tables(bind: sa.engine.Connection | sa.engine.Engine) -> Iterator[tuple[sa.Table, str]]:
    """(table, link column) for every samen_*/staff_* table that names a conversation."""
    inspector = sa.inspect(bind)
    metadata = sa.MetaData()
    for name in sorted(inspector.get_table_names()):
        if not name.startswith(DERIVED_PREFIXES):
            continue
        columns = {column["name"] for column in inspector.get_columns(name)}
        links = [link for link in LINK_COLUMNS if link in columns]
        if links:
            table = sa.Table(name, metadata, *(sa.Column(link, sa.String) for link in links))
            for link in links:
                yield table, link
