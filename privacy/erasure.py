"""Real erasure: every event of a conversation and every row derived from it.

Used by the tracker store when the dialogue sets `erasure_requested` (the user wrote
"wis mijn gegevens") and by staff from the shell: `python -m privacy erase SAM-XXXX-XXXX`.
Works on SQLite and PostgreSQL; deletes rows (no flags, no soft delete). On SQLite the
deleted rows are overwritten with zeros (`secure_delete`), the file is rewritten without the
older copies a page rebalance leaves behind, and the write-ahead log, which still holds old
images of the pages, is emptied after the commit (`scrub`).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from privacy.reference import normalise_reference
from privacy.store_schema import CONVERSATIONS, EVENTS, derived_tables, engine_for, scrub


@dataclass(frozen=True)
class Erased:
    reference: str
    found: bool
    events: int
    derived_rows: int

    def line(self) -> str:
        if not self.found:
            return f"erase: nothing stored under {self.reference}"
        return (
            f"erase: {self.reference}: {self.events} events and {self.derived_rows}"
            " derived rows deleted"
        )


def erase_rows(
    conn: sa.engine.Connection, sender_id: str | None, reference: str | None
) -> tuple[int, int]:
    """Delete a conversation's events and derived rows; (events, derived rows) deleted.

    `sender_id` is the storage id (the events' sender_id column). Runs in the caller's
    transaction.
    """
    events = 0
    if sender_id:
        events = conn.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender_id)).rowcount
    derived = 0
    for table, link in list(derived_tables(conn)):
        value = reference if link == "reference" else sender_id
        if value:
            derived += conn.execute(table.delete().where(table.c[link] == value)).rowcount
    return events, derived


def erase(reference: str, engine_url: str) -> Erased:
    """Erase the conversation with this reference number (e.g. "SAM-7K3Q-9XTD")."""
    ref = normalise_reference(reference)
    engine = engine_for(engine_url)
    try:
        with engine.begin() as conn:
            sender_id = conn.execute(
                sa.select(CONVERSATIONS.c.sender_id).where(CONVERSATIONS.c.reference == ref)
            ).scalar()
            events, derived = erase_rows(conn, sender_id, ref)
        scrub(engine)  # SQLite: no old copy of the rows left in the file or its -wal log
    finally:
        engine.dispose()
    return Erased(ref, bool(sender_id or events or derived), events, derived)
