"""Shared by the store, erasure and retention tests: databases, identifiers, table scans."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import re
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("SAMEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
TEST_KEY = "test-secret-key-for-the-store"

# what a user writes, and each identifier that must never be stored in clear
IDENTIFIERS = {
    "phone": "0470 12 34 56",
    "phone_intl": "+32 486 55 44 33",
    "email": "amina.haddad@example.be",
    "iban": "BE71 0961 2345 6769",
    "national_number": "85.07.30-033.28",
    "passport": "EH123456",
    "name": "Amina Haddad",
    "address": "Kerkstraat 12",
}
MESSAGES = [
    f"mijn gsm is {IDENTIFIERS['phone']}",
    f"of bel {IDENTIFIERS['phone_intl']}",
    f"mail me op {IDENTIFIERS['email']}",
    f"mijn rekening is {IDENTIFIERS['iban']}",
    f"mijn rijksregisternummer is {IDENTIFIERS['national_number']}",
    f"mijn paspoortnummer is {IDENTIFIERS['passport']}",
    f"ik heet {IDENTIFIERS['name']}",
    f"ik woon in de {IDENTIFIERS['address']} in Gent",
]


def compact(text: str) -> str:
    return re.sub(r"[\s.\-/+]", "", text).lower()


def leaks(blob: str) -> list[str]:
    """The identifiers found in clear in `blob` (also without spaces, dots and dashes)."""
    squeezed = compact(blob)
    found = []
    for kind, value in IDENTIFIERS.items():
        if value.lower() in blob.lower() or compact(value) in squeezed:
            found.append(kind)
    # parts that identify on their own
    for part in ("Haddad", "Kerkstraat", "486554433", "470123456", "0961234567"):
        if part.lower() in squeezed and part not in found:
            found.append(part)
    return found


def dump_tables(engine: sa.engine.Engine) -> dict[str, list[str]]:
    """Every row of every table of the database (the current schema), as text."""
    out: dict[str, list[str]] = {}
    inspector = sa.inspect(engine)
    with engine.connect() as conn:
        for name in inspector.get_table_names():
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            out[name] = [repr(tuple(row)) for row in conn.execute(sa.select(table))]
    return out


def rows_naming(engine: sa.engine.Engine, *needles: str) -> dict[str, int]:
    """How many rows of each table contain any needle (sender id, reference)."""
    counts = {}
    for name, rows in dump_tables(engine).items():
        n = sum(1 for row in rows if any(needle in row for needle in needles))
        if n:
            counts[name] = n
    return counts


def run(coro):
    """Run a coroutine to completion in its own thread and event loop (the browser tests'
    Playwright keeps an event loop running in the main thread of the same session)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


@pytest.fixture(scope="session")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain.yml"))


def _pg_available() -> str | None:
    try:
        engine = sa.create_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
        return None
    except Exception as error:  # noqa: BLE001
        return f"PostgreSQL at {PG_URL} is not running ({type(error).__name__})"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, monkeypatch):
    """A fresh database: a SQLite file, or a schema of its own in PostgreSQL's `test`."""
    monkeypatch.setenv("SAMEN_SECRET_KEY", TEST_KEY)
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    reason = _pg_available()
    if reason:
        pytest.skip(reason)
    schema = f"samen_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    monkeypatch.setenv("POSTGRESQL_SCHEMA", schema)
    try:
        yield PG_URL
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def engine_of(url: str) -> sa.engine.Engine:
    from privacy.store_schema import engine_for

    return engine_for(url)


_HEX_AS_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def new_sender(prefix: str = "conv") -> str:
    """A fresh sender id that is never itself an identifier: a random hex id can hold a run
    of digits that reads as a phone number ("conv-0471234567"), and the store then keeps
    the conversation under a pseudonym, so that rows looked up by the sender id are not
    found (the flake of stop 29's retention test)."""
    return f"{prefix}-{uuid.uuid4().hex[:12].translate(_HEX_AS_LETTERS)}"


def make_store(url: str, domain, **kwargs):
    from samen_rasa.stores.private_store import PrivateTrackerStore

    return PrivateTrackerStore(domain=domain, host=url, **kwargs)


class Conversation:
    """Drives a tracker through the store the way Rasa's processor does: retrieve, add, save."""

    def __init__(self, store, domain, sender: str | None = None, start: float | None = None):
        self.store = store
        self.domain = domain
        self.sender = sender or new_sender()
        self.clock = time.time() if start is None else start

    def _tick(self) -> float:
        self.clock += 1.0
        return self.clock

    def turn(self, text: str | None = None, bot: str | None = None, slots: dict | None = None):
        from rasa.shared.core.events import (
            ActionExecuted,
            BotUttered,
            SessionStarted,
            SlotSet,
            UserUttered,
        )
        from rasa.shared.core.trackers import DialogueStateTracker

        tracker = run(self.store.retrieve(self.sender))
        if tracker is None:
            tracker = DialogueStateTracker(self.sender, self.domain.slots)
            tracker.update(ActionExecuted("action_session_start", timestamp=self._tick()))
            tracker.update(SessionStarted(timestamp=self._tick()))
            tracker.update(ActionExecuted("action_listen", timestamp=self._tick()))
        if text is not None:
            entities = [{"entity": "free", "value": text, "start": 0, "end": len(text)}]
            parse = {"intent": {"name": "inform", "confidence": 0.9}, "entities": entities}
            parse["text"] = text
            tracker.update(
                UserUttered(text, parse["intent"], entities, parse, timestamp=self._tick())
            )
        if bot is not None:
            tracker.update(ActionExecuted("utter_x", timestamp=self._tick()))
            tracker.update(BotUttered(bot, {"buttons": [{"title": bot}]}, timestamp=self._tick()))
        for name, value in (slots or {}).items():
            tracker.update(SlotSet(name, value, timestamp=self._tick()))
        tracker.update(ActionExecuted("action_listen", timestamp=self._tick()))
        run(self.store.save(tracker))
        return tracker
