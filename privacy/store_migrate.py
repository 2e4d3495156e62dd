"""Conversations stored before the private store existed (Rasa's plain SQLTrackerStore).

Run once by the store at start (cheap afterwards: it only looks at senders without a
`samen_conversations` row, and the store gives every kept conversation one). A legacy
conversation whose last consent answer was yes is redacted in place and gets its
reference and a consent row (notice version "legacy"); any other one is deleted, since
without consent nothing is kept. On SQLite the file is vacuumed afterwards so that no
old page keeps the clear text (and, in WAL mode, checkpointed, so that the vacuumed pages
replace the old ones in the file and the log is emptied).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from privacy.reference import reference_for
from privacy.store_schema import CONSENT, CONVERSATIONS, EVENTS, scrub, utc

logger = logging.getLogger(__name__)

LEGACY_NOTICE = "legacy"


def _last_consent(events: list[dict[str, Any]]) -> Any:
    value = None
    for event in events:
        if event.get("event") == "slot" and event.get("name") == "consent":
            value = event.get("value")
    return value


def migrate_legacy(
    engine: sa.engine.Engine,
    key: bytes,
    redact: Callable[[dict], dict],
    storage_id: Callable[[str], str],
) -> tuple[int, int]:
    """(kept and redacted, deleted) legacy conversations."""
    kept = deleted = 0
    with engine.begin() as conn:
        senders = [
            sid
            for (sid,) in conn.execute(
                sa.select(EVENTS.c.sender_id)
                .where(EVENTS.c.sender_id.notin_(sa.select(CONVERSATIONS.c.sender_id)))
                .distinct()
            )
        ]
        for sender in senders:
            rows = conn.execute(
                sa.select(EVENTS.c.id, EVENTS.c.data)
                .where(EVENTS.c.sender_id == sender)
                .order_by(EVENTS.c.id)
            ).all()
            events = [json.loads(data) for _, data in rows]
            if _last_consent(events) is not True:
                conn.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender))
                deleted += 1
                continue
            sid = storage_id(sender)
            for (row_id, _), event in zip(rows, events, strict=True):
                conn.execute(
                    EVENTS.update()
                    .where(EVENTS.c.id == row_id)
                    .values(sender_id=sid, data=json.dumps(redact(event)))
                )
            stamps = [e["timestamp"] for e in events if isinstance(e.get("timestamp"), int | float)]
            reference = reference_for(sender, key)
            conn.execute(
                CONVERSATIONS.insert().values(
                    reference=reference,
                    sender_id=sid,
                    first_event_at=utc(min(stamps) if stamps else None),
                    last_event_at=utc(max(stamps) if stamps else None),
                    consent="given",
                )
            )
            conn.execute(
                CONSENT.insert().values(
                    reference=reference,
                    decision="given",
                    notice_version=LEGACY_NOTICE,
                    at=utc(max(stamps) if stamps else None),
                )
            )
            kept += 1
    if kept or deleted:
        scrub(engine)  # SQLite: the file rewritten without the old pages, the log emptied
    if kept or deleted:
        logger.info(
            "legacy conversations: %d kept with consent (now redacted), %d without consent deleted",
            kept,
            deleted,
        )
    return kept, deleted
