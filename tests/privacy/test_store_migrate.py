# ruff: noqa: F811 - pytest fixtures imported from store_support
"""Conversations stored in clear by Rasa's plain SQL store before this one are fixed at start."""

from __future__ import annotations

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from tests.privacy.store_support import (
    MESSAGES,
    db_url,  # noqa: F401 - fixture
    domain,  # noqa: F401 - fixture
    dump_tables,
    engine_of,
    leaks,
    make_store,
    run,
)


def legacy_conversation(store: SQLTrackerStore, domain, sender: str, consent: bool | None):
    tracker = DialogueStateTracker(sender, domain.slots)
    tracker.update(ActionExecuted("action_listen"))
    if consent is not None:
        tracker.update(SlotSet("consent", consent))
    for text in MESSAGES:
        tracker.update(UserUttered(text, {"name": "inform", "confidence": 1.0}))
        tracker.update(SlotSet("feedback", text))
    run(store.save(tracker))


def test_legacy_conversations_are_redacted_or_deleted_at_start(db_url, domain):
    legacy = SQLTrackerStore(domain, host=db_url)
    legacy_conversation(legacy, domain, "old-yes", True)
    legacy_conversation(legacy, domain, "old-no", False)
    legacy_conversation(legacy, domain, "old-never", None)
    legacy.engine.dispose()
    assert leaks(repr(dump_tables(engine_of(db_url))["events"]))
    store = make_store(db_url, domain)
    tables = dump_tables(engine_of(db_url))
    assert leaks(repr(tables)) == []
    assert {r.split("'")[1] for r in tables["events"]} == {"old-yes"}
    [conversation] = tables["samen_conversations"]
    assert store.reference("old-yes") in conversation
    [consent] = tables["samen_consent"]
    assert "legacy" in consent and "given" in consent
    assert run(store.retrieve("old-yes")).get_slot("consent") is True
    if db_url.startswith("sqlite:///"):  # vacuumed: no clear text left in free pages
        raw = open(db_url.removeprefix("sqlite:///"), "rb").read()
        assert b"amina.haddad" not in raw and b"old-never" not in raw
    # a second start has nothing left to do
    make_store(db_url, domain)
    assert dump_tables(engine_of(db_url)) == tables
    with engine_of(db_url).connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM events")).scalar() == len(
            tables["events"]
        )
