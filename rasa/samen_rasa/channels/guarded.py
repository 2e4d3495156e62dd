"""Rasa's REST and socket.io channels with the command guard and an origin check in front.

They keep Rasa's names ("rest", "socketio"), so the URLs stay
/webhooks/rest/webhook and /socket.io. Every message passes through
``guard_text`` before Rasa sees it (see command_guard.py).

Both channels accept browsers only from the configured origins
(``cors_allowed_origins`` in credentials.yml, filled from SAMEN_ALLOWED_ORIGINS):
a request or socket.io handshake with any other ``Origin`` header is refused
(403 for REST, 400 from engine.io). Requests without an Origin header (servers,
command-line tools) are not browsers and pass.

The socket.io channel adds what the web widget needs for continuity
(see web/static/widget/widget.js and session.py):
- the session id must be a random secret (at least 22 URL-safe characters); a
  guessable one is replaced by a fresh random id in ``session_confirm``;
- every message sent to a session gets an ``id``; the last messages of each session
  are kept in memory for a short while, and a tab that reconnects with
  ``session_request {session_id, last_id}`` gets what it missed (only that session,
  only with its secret id);
- a user message carries a client id (``mid``): a resend after a network drop is
  acknowledged but not handled twice; the acknowledgement tells the widget the
  message arrived; the message is echoed to the session's other tabs;
- ``session_end {session_id}`` forgets the session's buffered messages.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from samen_rasa.channels.command_guard import guard_text, load_button_payloads
from samen_rasa.channels.session import SessionBuffers, new_session_id, valid_session_id

Handler = Callable[[UserMessage], Awaitable[Any]]
logger = logging.getLogger(__name__)

DEFAULT_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
USER_ECHO_EVT = "user_echo"


def _domain_path() -> Path:
    return Path(os.environ.get("SAMEN_DOMAIN", "domain.yml"))


def parse_origins(value: str | Iterable[str] | None) -> list[str]:
    """Origins from a comma-separated string or a list; '*' is refused (never all)."""
    if value is None:
        items: list[str] = []
    elif isinstance(value, str):
        items = value.split(",")
    else:
        items = [str(v) for v in value]
    # "${SAMEN_ALLOWED_ORIGINS}" when the YAML reader left it (or the variable is unset)
    items = [os.path.expandvars(item) for item in items]
    items = [part for item in items for part in item.split(",") if "${" not in part]
    origins = [item.strip().rstrip("/") for item in items if item.strip()]
    if "*" in origins:
        logger.warning("'*' in the allowed origins is ignored: name the web origins")
        origins = [o for o in origins if o != "*"]
    return origins or list(DEFAULT_ORIGINS)


def guarded(on_new_message: Handler) -> Handler:
    allowed = load_button_payloads(_domain_path())

    async def handler(message: UserMessage) -> Any:
        message.text = guard_text(message.text, allowed)
        try:
            return await on_new_message(message)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - logged without the message text
            # Rasa's own handler would log the user's text; we log only the failure.
            logger.error(
                "handling a %s message failed: %s", message.input_channel, type(error).__name__
            )
            return None

    return handler


class GuardedRestInput(RestInput):
    """REST channel (/webhooks/rest/webhook) with the command guard and the origin check."""

    def __init__(self, cors_allowed_origins: str | Iterable[str] | None = None) -> None:
        self.allowed_origins = parse_origins(cors_allowed_origins)

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedRestInput:
        return cls((credentials or {}).get("cors_allowed_origins"))

    def blueprint(self, on_new_message: Handler) -> Blueprint:
        blueprint = super().blueprint(guarded(on_new_message))
        allowed = set(self.allowed_origins)

        @blueprint.on_request
        async def refuse_foreign_origin(request: Request) -> Any:
            origin = request.headers.get("origin")
            if origin and origin.rstrip("/") not in allowed:
                return response.json({"error": "origin not allowed"}, status=403)
            return None

        return blueprint


class BufferedSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, with an id on every message and a replay buffer."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str, buffers: SessionBuffers) -> None:
        super().__init__(sio, bot_message_evt)
        self.buffers = buffers

    async def _send_message(self, socket_id: str, response: Any) -> None:
        message = self.buffers.add(socket_id, dict(response))
        await self.sio.emit(self.bot_message_evt, message, room=socket_id)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        # Rasa's own version spreads the payload into emit()'s arguments; the widget
        # reads a custom payload (e.g. the .ics calendar file) under "custom".
        await self._send_message(recipient_id, {"custom": json_message})


class GuardedSocketIOInput(SocketIOInput):
    """socket.io channel (/socket.io) with the command guard, origins and continuity."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedSocketIOInput:
        credentials = credentials or {}
        channel = cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
        )
        channel.allowed_origins = parse_origins(credentials.get("cors_allowed_origins"))
        channel.buffers = SessionBuffers(
            per_session=int(credentials.get("replay_messages", 100)),
            ttl_seconds=float(credentials.get("replay_minutes", 120)) * 60,
        )
        return channel

    allowed_origins: list[str] = list(DEFAULT_ORIGINS)
    buffers: SessionBuffers | None = None

    def get_output_channel(self) -> SocketIOOutput | None:
        if self.sio is None:
            return super().get_output_channel()
        return BufferedSocketIOOutput(self.sio, self.bot_message_evt, self._buffers())

    def _buffers(self) -> SessionBuffers:
        if self.buffers is None:
            self.buffers = SessionBuffers()
        return self.buffers

    def blueprint(self, on_new_message: Handler) -> Blueprint:  # noqa: C901 - event handlers
        handle = guarded(on_new_message)
        buffers = self._buffers()
        namespace = self.namespace
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=list(self.allowed_origins))
        self.sio = sio
        blueprint = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> Any:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict, auth: dict | None) -> bool:
            if self.jwt_key:
                from rasa.core.channels.channel import decode_bearer_token

                token = (auth or {}).get("token")
                return bool(token and decode_bearer_token(token, self.jwt_key, self.jwt_algorithm))
            return True

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not valid_session_id(session_id):
                session_id = new_session_id()
            for room in list(sio.rooms(sid, namespace=namespace)):
                if room != sid and room != session_id:
                    sio.leave_room(sid, room, namespace=namespace)
            sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            last_id = data.get("last_id")
            for message in buffers.since(session_id, last_id if isinstance(last_id, str) else None):
                event = USER_ECHO_EVT if message.get("from") == "user" else self.bot_message_evt
                await sio.emit(event, message, room=sid, namespace=namespace)

        @sio.on("session_end", namespace=namespace)
        async def session_end(sid: str, data: Any) -> None:
            session_id = (data or {}).get("session_id") if isinstance(data, dict) else None
            if valid_session_id(session_id):
                buffers.forget(session_id)
                sio.leave_room(sid, session_id, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any) -> dict[str, Any]:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not self.session_persistence:
                session_id = sid
            elif not valid_session_id(session_id):
                return {"ok": False, "error": "session"}
            text = data.get("message") or ""
            if not isinstance(text, str):
                return {"ok": False, "error": "message"}
            mid = data.get("mid")
            mid = mid if isinstance(mid, str) and 0 < len(mid) <= 64 else None
            if mid and not buffers.first_time(session_id, mid):
                return {"ok": True, "duplicate": True}
            shown = data.get("shown") if isinstance(data.get("shown"), str) else text
            echo = buffers.add(session_id, {"from": "user", "text": shown[:2000]}, mid)
            await sio.emit(USER_ECHO_EVT, echo, room=session_id, skip_sid=sid, namespace=namespace)
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            output = BufferedSocketIOOutput(sio, self.bot_message_evt, buffers)
            message = UserMessage(
                text, output, session_id, input_channel=self.name(), metadata=metadata
            )
            await handle(message)
            return {"ok": True}

        return blueprint
