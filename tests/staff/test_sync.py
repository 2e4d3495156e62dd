"""The review index (staff.sync) through `python -m staff staffsync`, on a database of its own:
an event committed late, below the watermark, is still indexed, and nothing twice."""

from __future__ import annotations

import subprocess
import sys
import time

import sqlalchemy as sa

from launcher.model_inputs import ROOT
from privacy.reference import reference_for
from privacy.store_schema import CONVERSATIONS, EVENTS, engine_for, utc
from staff import sample

KEY = "sync-test-key"


def staff(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "staff", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def add(conn: sa.engine.Connection, sender: str, first_id: int, texts: list[str]) -> str:
    now = time.time()
    events = [sample.user(text, "inform", now + i) for i, text in enumerate(texts)]
    rows = list(sample.event_rows(sender, events))
    for offset, row in enumerate(rows):
        row["id"] = first_id + offset
    conn.execute(EVENTS.insert(), rows)
    reference = reference_for(sender, KEY.encode())
    conn.execute(CONVERSATIONS.insert().values(reference=reference, sender_id=sender,
                 first_event_at=utc(now), last_event_at=utc(now), consent="given"))  # fmt: skip
    return reference


def test_a_late_event_below_the_watermark_is_indexed_once(tmp_path, monkeypatch) -> None:
    import os

    env = {**os.environ, "SAMEN_VAR_DIR": str(tmp_path), "SAMEN_SECRET_KEY": KEY}
    env.pop("DATABASE_URL", None)
    engine = engine_for(f"sqlite:///{tmp_path / 'tracker.db'}")
    staff(env, "migrate", "--noinput")
    with engine.begin() as conn:
        first = add(conn, "sender-a", 100, ["eerste bericht", "tweede bericht"])
    assert "2 events" in staff(env, "staffsync")
    with engine.begin() as conn:  # committed after the sync, with lower ids
        late = add(conn, "sender-b", 50, ["laat bericht"])
        conn.execute(EVENTS.insert(), list(sample.event_rows("sender-a", [
            sample.user("derde bericht", "inform", time.time())])))  # fmt: skip
    staff(env, "staffsync")
    with engine.connect() as conn:
        rows = dict(conn.execute(sa.text(
            "select reference, user_messages from staff_conversation")).all())  # fmt: skip
    engine.dispose()
    assert rows == {first: 3, late: 1}
