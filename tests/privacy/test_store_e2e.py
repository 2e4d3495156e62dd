"""Done when (issue 14), through the real servers: REST channel, Rasa, action server.

After a conversation full of identifiers, no table and no file under the run's var/
holds any of them in clear, on SQLite (the session's bot) and on PostgreSQL (a second
stack with DATABASE_URL, in a schema of its own). Without consent nothing reaches SQL;
a refusal keeps only its consent row; "wis mijn gegevens" leaves zero rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from launcher.model_inputs import ROOT
from launcher.stack import Ports, Stack
from privacy.reference import reference_for
from tests.conftest import AUTH_TOKEN, BotClient, free_port
from tests.privacy.store_support import MESSAGES, PG_URL, _pg_available, leaks, new_sender

pytestmark = pytest.mark.e2e


class EnvStack(Stack):
    """A stack started with extra environment variables (without touching os.environ)."""

    extra_env: dict[str, str] = {}

    def _environment(self) -> dict[str, str]:
        saved = dict(os.environ)
        os.environ.update(self.extra_env)
        try:
            return super()._environment()
        finally:
            os.environ.clear()
            os.environ.update(saved)


class Run:
    """One running stack and the database it stores conversations in."""

    def __init__(
        self,
        name: str,
        bot: BotClient,
        engine: sa.engine.Engine,
        var_dir: Path,
        url: str = "",
        env: dict[str, str] | None = None,
    ):
        self.name, self.bot, self.engine, self.var_dir = name, bot, engine, var_dir
        self.url, self.env = url, env or {}

    @property
    def key(self) -> bytes:
        env_key = os.environ.get("SAMEN_SECRET_KEY")
        return (env_key or (self.var_dir / "secret.key").read_text("utf-8").strip()).encode()

    def reference(self, sender: str) -> str:
        return reference_for(sender, self.key)

    def tables(self) -> dict[str, list[str]]:
        out = {}
        with self.engine.connect() as conn:
            for name in sa.inspect(conn).get_table_names():
                table = sa.Table(name, sa.MetaData(), autoload_with=conn)
                out[name] = [repr(tuple(row)) for row in conn.execute(sa.select(table))]
        return out

    def rows_naming(self, *needles: str) -> dict[str, int]:
        counts = {}
        for name, rows in self.tables().items():
            n = sum(1 for row in rows if any(needle in row for needle in needles))
            if n:
                counts[name] = n
        return counts

    def files_text(self) -> dict[str, str]:
        return {
            str(p.relative_to(self.var_dir)): p.read_bytes().decode("latin-1")
            for p in self.var_dir.rglob("*")
            if p.is_file()
        }


@pytest.fixture(scope="module")
def sqlite_run(stack, bot) -> Run:
    url = f"sqlite:///{stack.var_dir / 'tracker.db'}"
    engine = sa.create_engine(url)
    yield Run("sqlite", bot, engine, stack.var_dir, url)
    engine.dispose()


@pytest.fixture(scope="module")
def postgresql_run(trained_model, tmp_path_factory) -> Iterator[Run]:
    reason = _pg_available()
    if reason:
        pytest.skip(reason)
    schema = f"samen_e2e_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    running = EnvStack(
        model=trained_model,
        ports=Ports(actions=free_port(), rasa=free_port(), web=free_port()),
        var_dir=tmp_path_factory.mktemp("var_pg"),
        auth_token=AUTH_TOKEN,
        host="127.0.0.1",
    )
    running.extra_env = {"DATABASE_URL": PG_URL, "POSTGRESQL_SCHEMA": schema}
    engine = sa.create_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        running.start()
        yield Run(
            "postgresql",
            BotClient(running, AUTH_TOKEN),
            engine,
            running.var_dir,
            PG_URL,
            running.extra_env,
        )
    finally:
        running.stop()
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def run(request) -> Run:
    return request.getfixturevalue(f"{request.param}_run")


def texts(run: Run, sender: str, message: str) -> str:
    return " ".join(run.bot.texts(sender, message))


def consent(run: Run, sender: str) -> None:
    notice = texts(run, sender, "hallo")
    assert "privacy" in notice.lower(), notice
    texts(run, sender, "/affirm")
    assert run.bot.slots(sender)["consent"] is True


def test_without_consent_nothing_reaches_the_database(run):
    sender = new_sender("e2e-none")
    texts(run, sender, "hallo")
    texts(run, sender, MESSAGES[0])
    assert run.bot.tracker(sender)["events"], "the conversation runs (in memory)"
    assert run.rows_naming(sender, run.reference(sender)) == {}


def test_a_refused_consent_keeps_only_its_consent_row(run):
    sender = new_sender("e2e-deny")
    texts(run, sender, "hallo")
    texts(run, sender, "/deny")
    assert run.bot.slots(sender)["consent"] is False
    texts(run, sender, MESSAGES[1])
    reference = run.reference(sender)
    assert run.rows_naming(sender, reference) == {"samen_consent": 1}
    [row] = [r for r in run.tables()["samen_consent"] if reference in r]
    assert "refused" in row and "2026-12" in row


def test_a_conversation_full_of_identifiers_is_stored_without_any(run):
    sender = new_sender("e2e-ids")
    consent(run, sender)
    for message in MESSAGES:
        assert run.bot.send(sender, message) is not None
    reference = run.reference(sender)
    stored = run.rows_naming(sender, reference)
    assert stored.get("events", 0) > 2 * len(MESSAGES)
    assert stored["samen_conversations"] == 1 and stored["samen_consent"] == 1
    every_row = "\n".join(r for rows in run.tables().values() for r in rows)
    assert leaks(every_row) == []
    assert "[telefoonnummer]" in every_row and "[e-mail]" in every_row
    # files: the SQLite database, logs, endpoints, everything under this run's var/
    for name, text in run.files_text().items():
        assert leaks(text) == [], f"{name} holds an identifier in clear"
    # the tracker served by the HTTP API is the stored one: redacted too
    assert leaks(str(run.bot.tracker(sender))) == []


def test_wis_mijn_gegevens_leaves_zero_rows_in_every_table(run):
    sender = new_sender("e2e-erase")
    consent(run, sender)
    texts(run, sender, MESSAGES[0])
    reference = run.reference(sender)
    assert run.rows_naming(sender, reference)
    texts(run, sender, "wis mijn gegevens")
    if run.rows_naming(sender, reference):  # the NLU asked "Wil je dat ik je gegevens wis?"
        texts(run, sender, "/request_erasure")
    assert run.rows_naming(sender, reference) == {}
    for name, text in run.files_text().items():
        assert sender not in text, f"{name} still names the erased conversation"
    # the next message starts a fresh conversation (privacy notice again, no consent)
    assert "privacy" in texts(run, sender, "hallo").lower()
    assert not run.bot.slots(sender)["consent"]
    assert run.rows_naming(sender, reference) == {}


def test_a_conversation_erased_by_staff_while_the_bot_runs_is_never_served_again(run):
    """Erasure by reference number from another process (`python -m privacy erase`, what the
    staff app and `make erase` do) while the Rasa server keeps the conversation's rows in its
    memory (the store's cache): the next message starts afresh and nothing comes back."""
    sender = new_sender("e2e-staff-erase")
    consent(run, sender)
    texts(run, sender, MESSAGES[0])
    texts(run, sender, "mijn vrouw is 30 en woont in syrie")
    reference = run.reference(sender)
    assert run.rows_naming(sender, reference)
    env = dict(os.environ) | run.env
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'rasa'}"
    done = subprocess.run(
        [sys.executable, "-m", "privacy", "--database-url", run.url, "erase", reference],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0 and "deleted" in done.stdout, done.stderr
    assert run.rows_naming(sender, reference) == {}
    events = run.bot.tracker(sender)["events"]
    assert not any(e.get("event") == "user" for e in events), "served after the erasure"
    assert "privacy" in texts(run, sender, "hallo").lower()
    assert not run.bot.slots(sender)["consent"]
    said = [e.get("text") for e in run.bot.tracker(sender)["events"] if e.get("event") == "user"]
    assert said == ["hallo"]
    assert run.rows_naming(sender, reference) == {}, "re-saved after the erasure"


def test_odd_and_very_long_messages_are_answered_and_stored(run):
    sender = new_sender("e2e-odd")
    consent(run, sender)
    for message in (
        "mijn vrouw zit in turkije " * 2000,
        "hallo\x00\x07\u202e \U0001f64f 0470123456",
    ):
        assert isinstance(run.bot.send(sender, message), list)
    assert leaks("\n".join(run.tables()["events"])) == []


def test_server_and_action_server_logs_never_hold_an_identifier(run):
    """Both servers write a log line built from input (an unknown action's name)."""
    name = f"action_bel {MESSAGES[0].split(' is ')[1]} of {MESSAGES[2].split(' op ')[1]}"
    tracker = {"sender_id": "x", "slots": {}, "latest_message": {}, "events": [], "paused": False}
    tracker |= {"followup_action": None, "active_loop": {}, "latest_action_name": None}
    body = {"next_action": name, "sender_id": "x", "tracker": tracker, "domain": {}}
    reply = run.bot.http.post(f"{run.bot.stack.actions_url}/webhook", json=body, timeout=30)
    assert reply.status_code == 404
    run.bot.http.post(
        f"{run.bot.stack.rasa_url}/conversations/e2e-log/execute",
        params={"token": AUTH_TOKEN},
        json={"name": name},
        timeout=30,
    )
    logs = {p.name: p.read_text("utf-8", errors="replace") for p in run.var_dir.glob("log/*")}
    assert "No registered action found for name 'action_bel [telefoonnummer]" in logs["actions.log"]
    for log_name, text in logs.items():
        assert leaks(text) == [], f"{log_name} holds an identifier in clear"
