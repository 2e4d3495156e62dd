"""Shared fixtures: one trained model and one running bot per test session.

The model is trained once (launcher.train skips training when the model for the
current data/config/domain hash exists) and the real action server, Rasa server
and web page are started on free ports with the same code `make run` uses.

When the model is missing (a fresh clone, changed data), its training starts in a
child process as soon as the tests are collected, and the tests that do not need
the model run first, beside it: the training keeps about one of the two cores busy
(bench/README.md, "Fourth session"). The tests that need the model (the fixture
`trained_model`, directly or through `stack`/`bot`, or the mark `e2e`) run after
them, in their usual order, and wait for the training where it is not done yet.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from launcher.model_inputs import ROOT, model_path
from launcher.stack import Ports, Stack
from launcher.train import train

AUTH_TOKEN = "test-token"

# the training started in the background for this session (empty: the model was there)
_training: dict[str, Any] = {}


def needs_model(item: pytest.Item) -> bool:
    return "trained_model" in item.fixturenames or item.get_closest_marker("e2e") is not None


@pytest.hookimpl(trylast=True)  # after -k/-m deselection: only the tests that will run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not any(needs_model(item) for item in items):
        return
    items[:] = sorted(items, key=needs_model)  # stable: each group keeps its order
    if model_path().exists() or config.option.collectonly:
        return
    output = ROOT / "var" / "log" / "train-background.out"
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "launcher.train"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped with Rasa's child
        )  # fmt: skip
    _training.update(process=process, output=output)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"model: training {model_path().name} beside the tests that do not need it"
            " (log: var/log/train.log)"
        )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    process = _training.get("process")
    if process is not None and process.poll() is not None:
        for line in _training["output"].read_text("utf-8").splitlines()[-1:]:
            terminalreporter.write_line(line)  # "model: trained in N s" or the error


def pytest_unconfigure(config: pytest.Config) -> None:
    process = _training.get("process")
    if process is not None and process.poll() is None:  # the session ended early
        os.killpg(process.pid, signal.SIGTERM)
        process.wait()


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
    process = _training.get("process")
    if process is not None:
        if process.wait() != 0:
            text = _training["output"].read_text("utf-8").strip()
            pytest.fail(f"the background training failed: {text}", pytrace=False)
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
