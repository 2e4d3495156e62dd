"""The action server passes hand-offs to the staff intake, signed; a failure is one log line."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from actions.handoff_intake import send_handoff
from privacy.handoff import INTAKE_PATH, SIGNATURE_HEADER, verify

KEY = "test-secret"
NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.timezone.utc)


class _Intake(BaseHTTPRequestHandler):
    received: list[tuple[str, bytes, str | None]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.path, body, self.headers.get(SIGNATURE_HEADER)))
        self.send_response(201)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def intake(monkeypatch: pytest.MonkeyPatch) -> Iterator[list]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Intake)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Intake.received = []
    monkeypatch.setenv("SAMEN_SECRET_KEY", KEY)
    monkeypatch.setenv("SAMEN_STAFF_URL", f"http://127.0.0.1:{server.server_port}")
    yield _Intake.received
    server.shutdown()


def test_the_hand_off_reaches_the_intake_signed_with_the_deployment_secret(intake):
    assert send_handoff("SAM-7K3Q-9XTD", "0470 12 34 56", NOW)
    (path, body, signature) = intake[0]
    assert path == INTAKE_PATH
    assert json.loads(body) == {
        "reference": "SAM-7K3Q-9XTD",
        "contact": "0470 12 34 56",
        "requested_at": "2026-12-02T09:30:00+00:00",
    }
    assert verify(body, signature, KEY.encode())
    assert not verify(body, signature, b"another-secret")


def test_an_unreachable_intake_is_one_log_line_without_the_contact(monkeypatch, caplog):
    monkeypatch.setenv("SAMEN_SECRET_KEY", KEY)
    monkeypatch.setenv("SAMEN_STAFF_URL", "http://127.0.0.1:9")
    assert not send_handoff("SAM-7K3Q-9XTD", "0470 12 34 56", NOW)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "SAM-7K3Q-9XTD" in lines[0] and "0470" not in lines[0]
