"""The staff application's server for the tests: gunicorn started by the launcher's own code
(launcher.stack.Stack, web server only) on a free port with a temporary var/ directory.

Conversations are written into the same database the way the tracker store writes them
(staff.sample); accounts are created with the documented command (`python -m staff
createstaff`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from launcher.model_inputs import ROOT
from launcher.stack import Ports, Stack
from privacy.handoff import INTAKE_PATH, SIGNATURE_HEADER
from privacy.settings import database_url
from privacy.store_schema import engine_for
from staff import sample
from tests.conftest import free_port

PASSWORD = "correct-horse-battery-9"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class StaffServer:
    def __init__(self, stack: Stack, env: dict[str, str]) -> None:
        self.stack = stack
        self.env = env
        self.url = f"http://127.0.0.1:{stack.ports.web}"
        self.var_dir = stack.var_dir
        self.database_url = database_url(str(stack.var_dir))  # DATABASE_URL wins, as in the server
        self.key = env["SAMEN_SECRET_KEY"].encode("utf-8")

    def engine(self) -> sa.engine.Engine:
        return engine_for(self.database_url)

    def create_user(self, username: str, role: str, password: str = PASSWORD) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "staff", "createstaff", username, "--role", role],
            cwd=ROOT,
            env={**self.env, "SAMEN_STAFF_PASSWORD": password},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    def client(self) -> StaffClient:
        return StaffClient(self.url)


class StaffClient:
    """A browser without JavaScript: a cookie jar and the CSRF token of each form."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.get(self.url + path, timeout=60, allow_redirects=False, **kwargs)

    def token(self, path: str) -> str:
        page = self.http.get(self.url + path, timeout=60)
        found = CSRF.search(page.text)
        assert found, f"no CSRF token on {path} ({page.status_code})"
        return found.group(1)

    def post(self, path: str, data: dict[str, Any], form: str | None = None) -> requests.Response:
        """POST like the form on `form` (default: `path`) would, with its CSRF token."""
        token = self.token(form or path)
        return self.http.post(
            self.url + path,
            data={**data, "csrfmiddlewaretoken": token},
            timeout=120,
            allow_redirects=False,
        )

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        return self.post("/staff/login/", {"username": username, "password": password})


def store(server: StaffServer, events: list[dict]) -> tuple[str, str]:
    """One conversation written as the tracker store writes it: (reference, sender id)."""
    sender = "test-" + uuid.uuid4().hex
    engine = server.engine()
    with engine.begin() as conn:
        reference = sample.store(conn, server.key, sender, events)
    engine.dispose()
    return reference, sender


def conversation(text: str = "mijn vrouw wil komen", **extra: bool) -> list[dict]:
    now = time.time() - 60
    events = [
        sample.user("akkoord", "affirm", now),
        sample.slot("consent", True, now + 1),
        sample.user(
            text,
            "inform",
            now + 2,
            0.87,
            [{"entity": "relationship", "value": "spouse", "start": 5, "end": 10}],
        ),
        sample.slot(
            "case", sample.case_state("spouse", "refugee", "family_reunification"), now + 3
        ),
        sample.slot("route", "family_reunification", now + 3),
        sample.slot("sponsor_status", "refugee", now + 3),
        sample.bot("Je vrouw heeft recht op gezinshereniging.", now + 4),
    ]
    if extra.get("handoff"):
        events += [
            sample.user("ik wil met iemand praten", "request_human", now + 5),
            sample.slot("handoff_requested", True, now + 5),
        ]
    if extra.get("fallback"):
        events += [
            sample.user("qwerty", "nlu_fallback", now + 6, 0.1),
            sample.action("action_default_fallback", now + 6),
        ]
    if extra.get("negative"):
        events.append(sample.slot("feedback", "not_useful", now + 7))
    return events


def signed_post(server: StaffServer, body: bytes, signature: str | None) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers[SIGNATURE_HEADER] = signature
    return requests.post(server.url + INTAKE_PATH, data=body, headers=headers, timeout=30)


def intake_body(reference: str, contact: str | None) -> bytes:
    now = dt.datetime.now(dt.timezone.utc).isoformat().replace("+00:00", "Z")
    return json.dumps({"reference": reference, "contact": contact, "requested_at": now}).encode()


@pytest.fixture(scope="session")
def staff_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaffServer]:
    var_dir = tmp_path_factory.mktemp("staffvar")
    stack = Stack(
        model=Path("unused"), ports=Ports(web=free_port()), var_dir=var_dir, host="127.0.0.1"
    )
    env = stack._environment()
    stack.start(timeout=120, only=("web",))
    server = StaffServer(stack, env)
    server.create_user("admin1", "admin")
    server.create_user("reviewer1", "reviewer")
    yield server
    stack.stop()


@pytest.fixture(scope="session")
def stack_staff(stack: Stack) -> StaffServer:
    """The staff application of the whole running stack (tests/conftest.py `stack`)."""
    server = StaffServer(stack, stack._environment())
    server.create_user("e2e-admin", "admin")
    return server


@pytest.fixture(scope="session")
def admin(staff_server: StaffServer) -> StaffClient:
    client = staff_server.client()
    assert client.login("admin1").status_code == 302
    return client


@pytest.fixture(scope="session")
def reviewer(staff_server: StaffServer) -> StaffClient:
    client = staff_server.client()
    assert client.login("reviewer1").status_code == 302
    return client
