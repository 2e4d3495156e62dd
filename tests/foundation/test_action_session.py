"""Rasa's calls to the action server reuse one HTTP session and its kept-alive connection
(`samen_rasa.action_session`), and answer exactly as Rasa 3.6's `EndpointConfig.request`.

Against the real action server (`launcher.action_server`, started as `make run` starts it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from launcher.stack import Ports, Stack
from samen_rasa import action_session
from tests.conftest import free_port

CALL = {
    "next_action": "action_samen_turn",
    "sender_id": "session-test",
    "tracker": {
        "sender_id": "session-test",
        "slots": {},
        "latest_message": {"text": "hallo", "intent": {"name": "greet"}, "entities": []},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    },
    "domain": {},
    "version": "3.6.21",
}


def _run(coroutine):
    """asyncio.run in a thread of its own: an earlier test of the suite may leave an event
    loop running in this thread, where asyncio.run refuses to start."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="module")
def actions(tmp_path_factory) -> Iterator[Stack]:
    running = Stack(
        model=tmp_path_factory.mktemp("no-model") / "unused.tar.gz",
        ports=Ports(actions=free_port(), rasa=free_port(), web=free_port()),
        var_dir=tmp_path_factory.mktemp("var"),
        host="127.0.0.1",
    )
    running.start(only=("actions",))
    yield running
    running.stop()


async def twice(endpoint: EndpointConfig) -> tuple[list, int]:
    answers = [await endpoint.request(json=CALL, method="post") for _ in range(3)]
    loop = asyncio.get_running_loop()
    sessions = {id(s) for s in action_session._sessions.values() if s._loop is loop}
    connections = sum(len(conns) for conns in action_session.shared_session(
        endpoint
    ).connector._conns.values())  # fmt: skip
    await action_session.close_sessions()
    return answers, len(sessions) * 100 + connections


async def call_and_close(endpoint: EndpointConfig) -> dict:
    try:
        return await endpoint.request(json=CALL, method="post")
    finally:
        await action_session.close_sessions()


def test_the_same_answers_over_one_kept_alive_connection(actions):
    endpoint = EndpointConfig(f"{actions.actions_url}/webhook")
    rasas = [_run(endpoint.request(json=CALL, method="post")) for _ in range(2)]
    action_session.install()
    try:
        answers, sessions_and_connections = _run(twice(endpoint))
        # a second event loop gets a session of its own
        again = _run(call_and_close(endpoint))
    finally:
        action_session.uninstall()
    assert sessions_and_connections == 101  # one session, one idle kept-alive connection
    for answer in answers + [again]:
        assert answer == rasas[0]
    assert any(r.get("text") for r in rasas[0]["responses"])


def test_errors_are_rasas(actions):
    endpoint = EndpointConfig(f"{actions.actions_url}/no-such-path")

    async def status() -> int:
        with pytest.raises(ClientResponseError) as caught:
            await call_and_close(endpoint)
        return caught.value.status

    rasa_status = _run(status())
    action_session.install()
    try:
        assert _run(status()) == rasa_status >= 400
    finally:
        action_session.uninstall()
