"""Reuse one HTTP client session (and its kept-alive connections) for Rasa's outgoing requests.

Rasa 3.6's `EndpointConfig.request` (rasa/utils/endpoints.py) opens a new
`aiohttp.ClientSession` for every request and closes it afterwards: each custom-action call
(one per turn in Samen) builds a connector, opens a new TCP connection to the action server,
and tears both down again. `install()` replaces the method with the same code that uses one
session per event loop and per (headers, basic auth) of the endpoint, so the connection to
the action server is kept alive between turns. What is sent and what comes back are the same:
the same method, URL, headers, query parameters, body, per-request timeout (the session's
default is Rasa's `DEFAULT_REQUEST_TIMEOUT`, as before), the same `ClientResponseError` on a
status >= 400 and the same `None` for a non-JSON answer.

An idle connection is dropped by the client after `KEEPALIVE_SECONDS`, below the action
server's (Sanic's) keep-alive timeout of 5 s, so the client never reuses a connection the
server is closing. Installed explicitly by `launcher.rasa_server` (never at import);
`uninstall()` puts Rasa's method back.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import Any

import aiohttp
from aiohttp.client_exceptions import ContentTypeError
from rasa.core import run as rasa_run
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

_ORIGINAL = EndpointConfig.request
_ORIGINAL_CLOSE = rasa_run.close_resources
# below Sanic's KEEP_ALIVE_TIMEOUT (5 s), the action server's
KEEPALIVE_SECONDS = 2.0

_sessions: dict[tuple[Any, ...], aiohttp.ClientSession] = {}


def _key(endpoint: EndpointConfig, loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
    auth = endpoint.basic_auth or {}
    return (
        id(loop),
        tuple(sorted((endpoint.headers or {}).items())),
        auth.get("username"),
        auth.get("password"),
    )


def shared_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """The session of this event loop for the endpoint's headers and basic auth."""
    loop = asyncio.get_running_loop()
    key = _key(endpoint, loop)
    session = _sessions.get(key)
    if session is None or session.closed or getattr(session, "_loop", loop) is not loop:
        auth = None
        if endpoint.basic_auth:
            auth = aiohttp.BasicAuth(
                endpoint.basic_auth["username"], endpoint.basic_auth["password"]
            )
        for stale, old in list(_sessions.items()):  # sessions of event loops now closed
            if getattr(old, "_loop", loop).is_closed():
                del _sessions[stale]
        session = aiohttp.ClientSession(
            headers=endpoint.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
        )
        _sessions[key] = session
    return session


async def request(
    self: EndpointConfig,
    method: str = "post",
    subpath: str | None = None,
    content_type: str | None = "application/json",
    compress: bool = False,
    **kwargs: Any,
) -> Any:
    """`EndpointConfig.request` on the shared session (otherwise Rasa 3.6's code)."""
    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if "headers" in kwargs:
        headers.update(kwargs["headers"])
        del kwargs["headers"]
    if self.headers:
        headers.update(self.headers)

    url = concat_url(self.url, subpath)

    sslcontext = None
    if self.cafile:
        try:
            sslcontext = ssl.create_default_context(cafile=self.cafile)
        except FileNotFoundError as e:
            raise FileNotFoundException(
                f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist."
            ) from e

    session = shared_session(self)
    async with session.request(
        method,
        url,
        headers=headers,
        params=self.combine_parameters(kwargs),
        compress=compress,
        ssl=sslcontext,
        **kwargs,
    ) as response:
        if response.status >= 400:
            raise ClientResponseError(
                response.status, response.reason, await response.content.read()
            )
        try:
            return await response.json()
        except ContentTypeError:
            return None


async def close_sessions() -> None:
    """Close the sessions of the running event loop (at server stop)."""
    loop = asyncio.get_running_loop()
    for key, session in list(_sessions.items()):
        if key[0] == id(loop):
            del _sessions[key]
            await session.close()


async def close_resources(app: Any, loop: asyncio.AbstractEventLoop) -> None:
    """Rasa's `close_resources` (its server's `after_server_stop`), then the sessions."""
    await _ORIGINAL_CLOSE(app, loop)
    await close_sessions()


def install() -> None:
    """Rasa's outgoing requests reuse one session per event loop (idempotent); the sessions
    are closed when the server stops."""
    EndpointConfig.request = request
    rasa_run.close_resources = close_resources


def uninstall() -> None:
    EndpointConfig.request = _ORIGINAL
    rasa_run.close_resources = _ORIGINAL_CLOSE


def installed() -> bool:
    return EndpointConfig.request is request
