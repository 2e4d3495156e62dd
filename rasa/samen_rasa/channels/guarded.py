"""Rasa's REST and socket.io channels with the command guard in front.

They keep Rasa's names ("rest", "socketio"), so the URLs stay
/webhooks/rest/webhook and /socket.io. Every message passes through
``guard_text`` before Rasa sees it (see command_guard.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from samen_rasa.channels.command_guard import guard_text, load_button_payloads

Handler = Callable[[UserMessage], Awaitable[Any]]
logger = logging.getLogger(__name__)


def _domain_path() -> Path:
    return Path(os.environ.get("SAMEN_DOMAIN", "domain.yml"))


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
    """REST channel (/webhooks/rest/webhook) with the command guard."""

    def blueprint(self, on_new_message: Handler) -> Blueprint:
        return super().blueprint(guarded(on_new_message))


class GuardedSocketIOInput(SocketIOInput):
    """socket.io channel (/socket.io) with the command guard."""

    def blueprint(self, on_new_message: Handler) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
