"""The review index (staff_conversation) and the hand-offs, kept up to date from `events`.

Incremental: a watermark (staff_syncstate) holds the highest events.id already read; each
run reads the newer events in batches, groups them by conversation and updates the rows.
Runs at each request of the lists and the dashboard (cheap when nothing is new). Events of a
conversation that is no longer in samen_conversations (erased, purged, consent withdrawn)
are skipped; erasure and retention delete the index rows themselves (column `reference`).

A hand-off comes from the slot event `handoff_requested` = true (and from the intake,
staff.views.intake). Ids are assigned before commit (PostgreSQL, several Rasa instances), so
each run re-reads the last LOOKBACK ids below the watermark and merges only the events newer
than each conversation's own last_event_id (one conversation is written by one instance at a
time, under Rasa's lock store, so its own ids commit in order).
`python -m staff staffsync --rebuild` rebuilds the index from scratch.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from staff.models import Conversation, HandOff, RasaEvent, StoredConversation, SyncState

BATCH = 5000
LOOKBACK = 2000
SEARCH_LIMIT = 20_000
FALLBACK_INTENTS = {"nlu_fallback"}
FALLBACK_ACTIONS = {"action_default_fallback"}
_lock = threading.Lock()


@dataclass
class Delta:
    """What a batch of events adds to one conversation's row."""

    first: float | None = None
    last: float | None = None
    last_id: int = 0
    user_messages: int = 0
    texts: list[str] = field(default_factory=list)
    fallback: bool = False
    route: str | None = None
    sponsor_status: str | None = None
    relationships: set[str] = field(default_factory=set)
    handoff_at: float | None = None
    feedback: str | None = None

    def add(self, event_id: int, event: dict[str, Any]) -> None:
        stamp = event.get("timestamp")
        if isinstance(stamp, int | float):
            self.first = stamp if self.first is None else min(self.first, stamp)
            self.last = stamp if self.last is None else max(self.last, stamp)
        self.last_id = max(self.last_id, event_id)
        kind = event.get("event")
        if kind == "user":
            self._user(event)
        elif kind == "action" and event.get("name") in FALLBACK_ACTIONS:
            self.fallback = True
        elif kind == "slot":
            self._slot(event.get("name"), event.get("value"), stamp)

    def _user(self, event: dict[str, Any]) -> None:
        self.user_messages += 1
        if event.get("text"):
            self.texts.append(str(event["text"]).lower())
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent in FALLBACK_INTENTS:
            self.fallback = True

    def _slot(self, name: str | None, value: Any, stamp: Any) -> None:
        if name == "route" and isinstance(value, str):
            self.route = value
        elif name == "sponsor_status" and isinstance(value, str):
            self.sponsor_status = value
        elif name == "relationship" and isinstance(value, str):
            self.relationships.add(value)
        elif name == "case" and isinstance(value, dict):
            for person in value.get("people") or []:
                if isinstance(person, dict) and isinstance(person.get("relationship"), str):
                    self.relationships.add(person["relationship"])
        elif name == "handoff_requested" and value is True:
            self.handoff_at = stamp if isinstance(stamp, int | float) else self.last
        elif name == "feedback" and isinstance(value, str):
            self.feedback = value


def aware(stamp: float | None) -> dt.datetime:
    if stamp is None:
        return dt.datetime.now(dt.timezone.utc)
    return dt.datetime.fromtimestamp(float(stamp), dt.timezone.utc)


def sync(batch: int = BATCH) -> int:
    """Read the new events into the index; the number of events read."""
    from staff.reading import rasa_tables_ready

    if not rasa_tables_ready():
        return 0
    total = 0
    with _lock:
        while True:
            count, full = _sync_batch(batch)
            total += count
            if not full:
                return total


def _sync_batch(batch: int) -> tuple[int, bool]:
    """One batch: (events read beyond the watermark, whether the batch was full)."""
    with transaction.atomic():
        state, _ = SyncState.objects.select_for_update().get_or_create(name="events")
        if not RasaEvent.objects.filter(id__gt=state.last_event_id).exists():
            return 0, False
        # ids are assigned before commit (PostgreSQL, several Rasa instances): an event
        # committed late can land below the watermark, so the last LOOKBACK ids are read
        # again; events a conversation already merged (<= its last_event_id) are skipped
        start = max(0, state.last_event_id - LOOKBACK)
        rows = list(
            RasaEvent.objects.filter(id__gt=start)
            .order_by("id")
            .values_list("id", "sender_id", "data")[:batch]
        )
        beyond = sum(1 for event_id, _, _ in rows if event_id > state.last_event_id)
        if not beyond:
            return 0, False
        by_sender: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for event_id, sender_id, data in rows:
            try:
                event = json.loads(data or "{}")
            except ValueError:
                continue
            by_sender.setdefault(sender_id, []).append((event_id, event))
        _apply(by_sender)
        state.last_event_id = rows[-1][0]
        state.save(update_fields=["last_event_id"])
    return beyond, len(rows) == batch


def _references(sender_ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(sender_ids), 500):
        chunk = sender_ids[start : start + 500]
        rows = StoredConversation.objects.filter(sender_id__in=chunk)
        found.update(rows.values_list("sender_id", "reference"))
    return found


def _existing(references: list[str]) -> dict[str, Conversation]:
    found: dict[str, Conversation] = {}
    for start in range(0, len(references), 500):
        for row in Conversation.objects.filter(reference__in=references[start : start + 500]):
            found[row.reference] = row
    return found


def _apply(by_sender: dict[str, list[tuple[int, dict[str, Any]]]]) -> None:
    references = _references(list(by_sender))
    existing = _existing([references[s] for s in by_sender if s in references])
    new, changed = [], []
    for sender_id, events in by_sender.items():
        reference = references.get(sender_id)
        if reference is None:
            continue  # erased, purged or consent withdrawn since
        row = existing.get(reference)
        seen = row.last_event_id if row is not None else 0
        delta = Delta()
        for event_id, event in events:
            if event_id > seen:
                delta.add(event_id, event)
        if not delta.last_id:
            continue
        if row is None:
            row = Conversation(reference=reference, sender_id=sender_id,
                               first_at=aware(delta.first), last_at=aware(delta.last))  # fmt: skip
            new.append(row)
        else:
            changed.append(row)
        _merge(row, delta)
        if delta.handoff_at is not None:
            _handoff(reference, aware(delta.handoff_at))
    Conversation.objects.bulk_create(new, batch_size=500)
    if changed:
        Conversation.objects.bulk_update(changed, UPDATED_FIELDS, batch_size=500)


UPDATED_FIELDS = [
    "first_at",
    "last_at",
    "route",
    "relationships",
    "sponsor_status",
    "handoff",
    "fallback",
    "feedback",
    "user_messages",
    "search_text",
    "last_event_id",
]


def _merge(row: Conversation, delta: Delta) -> None:
    if delta.first is not None:
        row.first_at = min(row.first_at, aware(delta.first))
        row.last_at = max(row.last_at, aware(delta.last))
    row.route = delta.route or row.route
    row.sponsor_status = delta.sponsor_status or row.sponsor_status
    known = {r for r in row.relationships.split(",") if r}
    merged = sorted(known | delta.relationships)
    row.relationships = f",{','.join(merged)}," if merged else ""
    row.handoff = row.handoff or delta.handoff_at is not None
    row.fallback = row.fallback or delta.fallback
    row.feedback = delta.feedback or row.feedback
    row.user_messages += delta.user_messages
    if delta.texts:
        row.search_text = (row.search_text + "\n" + "\n".join(delta.texts))[-SEARCH_LIMIT:]
    row.last_event_id = max(row.last_event_id, delta.last_id)


def _handoff(reference: str, requested_at: dt.datetime) -> None:
    """A hand-off asked in the chat: created once; a later ask reopens a closed one."""
    handoff, created = HandOff.objects.get_or_create(
        reference=reference, defaults={"requested_at": requested_at}
    )
    if not created and handoff.status == HandOff.DONE and requested_at > handoff.updated_at:
        handoff.status = HandOff.NEW
        handoff.requested_at = requested_at
        handoff.save(update_fields=["status", "requested_at", "updated_at"])


def reindex() -> int:
    """Rebuild the index from all events (keeps review flags of rows that stay)."""
    with transaction.atomic():
        SyncState.objects.update_or_create(name="events", defaults={"last_event_id": 0})
        Conversation.objects.update(
            user_messages=0, search_text="", relationships="", fallback=False, last_event_id=0
        )
    return sync()
