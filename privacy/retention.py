"""Retention: delete conversations whose last event is older than the limit.

One setting, `SAMEN_RETENTION_DAYS` (privacy.settings.retention_days, default 365),
drives both this command and the sentence in the privacy notice
(privacy.settings.retention_text). `python -m privacy purge [--days N] [--dry-run]`;
`make purge`; `make run` purges at start and then every 24 hours.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import sqlalchemy as sa

from privacy.erasure import erase_rows
from privacy.settings import retention_days
from privacy.store_schema import (
    CONSENT,
    CONVERSATIONS,
    EVENTS,
    STANDALONE_TIME_COLUMNS,
    engine_for,
    scrub,
)


@dataclass(frozen=True)
class Purged:
    days: int
    conversations: int
    consent_rows: int
    dry_run: bool
    standalone_rows: int = 0

    def line(self) -> str:
        verb = "would delete" if self.dry_run else "deleted"
        extra = (
            f", {self.standalone_rows} hand-offs without a conversation"
            if self.standalone_rows
            else ""
        )
        return (
            f"purge: {verb} {self.conversations} conversations with no message in the last"
            f" {self.days} days ({self.consent_rows} consent records without a conversation"
            f"{extra})"
        )


def _expired(conn: sa.engine.Connection, cutoff: dt.datetime) -> list[tuple[str, str | None]]:
    kept = conn.execute(
        sa.select(CONVERSATIONS.c.sender_id, CONVERSATIONS.c.reference).where(
            CONVERSATIONS.c.last_event_at < cutoff
        )
    ).all()
    # events without a conversation row (stored before the private store existed)
    cutoff_epoch = cutoff.replace(tzinfo=dt.timezone.utc).timestamp()
    orphans = conn.execute(
        sa.select(EVENTS.c.sender_id)
        .where(EVENTS.c.sender_id.notin_(sa.select(CONVERSATIONS.c.sender_id)))
        .group_by(EVENTS.c.sender_id)
        .having(sa.func.max(EVENTS.c.timestamp) < cutoff_epoch)
    ).all()
    return [(s, r) for s, r in kept] + [(s, None) for (s,) in orphans]


def _standalone(conn: sa.engine.Connection, cutoff: dt.datetime, dry_run: bool) -> int:
    """Rows of STANDALONE_TIME_COLUMNS tables older than the cutoff whose reference has no
    kept conversation (e.g. a hand-off with a contact, asked without consent)."""
    existing = set(sa.inspect(conn).get_table_names())
    count = 0
    for name, column in STANDALONE_TIME_COLUMNS.items():
        if name not in existing:
            continue
        table = sa.table(name, sa.column("reference"), sa.column(column))
        stale = sa.and_(
            table.c[column] < cutoff,
            table.c.reference.notin_(sa.select(CONVERSATIONS.c.reference)),
        )
        if dry_run:
            count += conn.execute(
                sa.select(sa.func.count()).select_from(table).where(stale)
            ).scalar()
        else:
            count += conn.execute(table.delete().where(stale)).rowcount
    return count


def purge(
    engine_url: str, days: int | None = None, dry_run: bool = False, now: float | None = None
) -> Purged:
    """Delete (or, with dry_run, count) the conversations past the retention limit."""
    days = retention_days() if days is None else days
    if days < 1:
        raise ValueError(f"--days must be at least 1, got {days}")
    cutoff = dt.datetime.utcfromtimestamp((time.time() if now is None else now) - days * 86400)
    engine = engine_for(engine_url)
    try:
        with engine.begin() as conn:
            expired = _expired(conn, cutoff)
            stale_consent = sa.and_(
                CONSENT.c.at < cutoff,
                CONSENT.c.reference.notin_(sa.select(CONVERSATIONS.c.reference)),
            )
            consent_rows = conn.execute(
                sa.select(sa.func.count()).select_from(CONSENT).where(stale_consent)
            ).scalar()
            if not dry_run:
                for sender_id, reference in expired:
                    erase_rows(conn, sender_id, reference)
                # re-evaluated after the erasures above: their consent rows are gone already
                conn.execute(CONSENT.delete().where(stale_consent))
            standalone = _standalone(conn, cutoff, dry_run)
        if not dry_run:
            scrub(engine)  # SQLite: no old copy of the purged rows in the file or its log
    finally:
        engine.dispose()
    return Purged(days, len(expired), consent_rows, dry_run, standalone)
