"""Secret session ids and the short in-memory replay buffer of the socket.io channel.

The buffer only bridges a network drop or a reload: it keeps the last messages of
each session for a limited time, in this process's memory only (the conversation
itself is in the tracker store). A session's messages are only ever sent to a socket
that presented that session's id, which is a random secret of 128 bits or more.
"""

from __future__ import annotations

import re
import secrets
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Any

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


def valid_session_id(value: Any) -> bool:
    """A session id we accept: long and random-looking enough not to be guessed."""
    return isinstance(value, str) and bool(SESSION_ID.match(value)) and len(set(value)) >= 8


def new_session_id() -> str:
    return secrets.token_hex(16)


@dataclass
class _Session:
    messages: deque = field(default_factory=deque)
    mids: OrderedDict = field(default_factory=OrderedDict)
    touched: float = field(default_factory=time.monotonic)


class SessionBuffers:
    """Last messages per session id, with ids, plus the client ids already handled."""

    def __init__(
        self, per_session: int = 100, ttl_seconds: float = 7200.0, max_sessions: int = 5000
    ) -> None:
        self.per_session = per_session
        self.ttl = ttl_seconds
        self.max_sessions = max_sessions
        self._sessions: OrderedDict[str, _Session] = OrderedDict()
        self._epoch = secrets.token_hex(3)
        self._counter = 0

    def _session(self, session_id: str) -> _Session:
        now = time.monotonic()
        while self._sessions:  # drop the idle and the oldest sessions
            oldest_id, oldest = next(iter(self._sessions.items()))
            if now - oldest.touched > self.ttl or len(self._sessions) > self.max_sessions:
                del self._sessions[oldest_id]
            else:
                break
        session = self._sessions.pop(session_id, None) or _Session(
            messages=deque(maxlen=self.per_session)
        )
        session.touched = now
        self._sessions[session_id] = session
        return session

    def add(self, session_id: str, message: dict[str, Any], mid: str | None = None) -> dict:
        """Store a copy of the message with an id (the given client id or a new one)."""
        self._counter += 1
        stamped = dict(message)
        stamped["id"] = mid or f"s{self._epoch}-{self._counter}"
        stamped["ts"] = int(time.time() * 1000)
        self._session(session_id).messages.append(stamped)
        return stamped

    def since(self, session_id: str, last_id: str | None) -> list[dict[str, Any]]:
        """The buffered messages after last_id (all of them when it is unknown or None)."""
        session = self._sessions.get(session_id)
        if session is None:
            return []
        messages = list(session.messages)
        for index, message in enumerate(messages):
            if message["id"] == last_id:
                return messages[index + 1 :]
        return messages

    def first_time(self, session_id: str, mid: str) -> bool:
        """True the first time a client message id is seen for this session."""
        session = self._session(session_id)
        if mid in session.mids:
            return False
        session.mids[mid] = True
        while len(session.mids) > 4 * self.per_session:
            session.mids.popitem(last=False)
        return True

    def forget(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)
