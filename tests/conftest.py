"""Shared fixtures: one trained model and one running bot per test session.

The model is trained once (launcher.train skips training when the model for the
current data/config/domain hash exists) and the real action server, Rasa server
and web page are started on free ports with the same code `make run` uses.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from launcher.stack import Ports, Stack
from launcher.train import train

AUTH_TOKEN = "test-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BotClient:
    """Talks to the running servers the way a channel or an operator would."""

    def __init__(self, stack: Stack, token: str) -> None:
        self.stack = stack
        self.token = token
        self.http = requests.Session()

    def send(self, sender_id: str, text: str) -> list[dict[str, Any]]:
        reply = self.http.post(
            f"{self.stack.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender_id, "message": text},
            timeout=60,
        )
        reply.raise_for_status()
        return reply.json()

    def texts(self, sender_id: str, text: str) -> list[str]:
        return [m.get("text", "") for m in self.send(sender_id, text) if m.get("text")]

    def tracker(self, sender_id: str) -> dict[str, Any]:
        reply = self.http.get(
            f"{self.stack.rasa_url}/conversations/{sender_id}/tracker",
            params={"token": self.token},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()

    def slots(self, sender_id: str) -> dict[str, Any]:
        return self.tracker(sender_id)["slots"]

    def parse(self, text: str) -> dict[str, Any]:
        reply = self.http.post(
            f"{self.stack.rasa_url}/model/parse",
            params={"token": self.token},
            json={"text": text},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    return train()


@pytest.fixture(scope="session")
def stack(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    ports = Ports(actions=free_port(), rasa=free_port(), web=free_port())
    running = Stack(
        model=trained_model,
        ports=ports,
        var_dir=tmp_path_factory.mktemp("var"),
        auth_token=AUTH_TOKEN,
        host="127.0.0.1",
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def bot(stack: Stack) -> BotClient:
    return BotClient(stack, AUTH_TOKEN)
