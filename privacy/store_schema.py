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
import os
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

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


def secure_delete(engine: sa.engine.Engine) -> None:
    """SQLite: overwrite deleted rows with zeros, so an erased conversation leaves no bytes.

    (PostgreSQL removes dead rows at its next (auto)vacuum.)
    """
    if engine.dialect.name != "sqlite":
        return

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()


def engine_for(url: str) -> sa.engine.Engine:
    """An engine like Rasa's (honours POSTGRESQL_SCHEMA) with the tables created."""
    url = normalise_url(url)
    kwargs: dict = {}
    schema = os.environ.get("POSTGRESQL_SCHEMA")
    if url.startswith("postgresql") and schema:
        kwargs["connect_args"] = {"options": f"-csearch_path={schema}"}
    engine = sa.create_engine(url, **kwargs)
    secure_delete(engine)
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
