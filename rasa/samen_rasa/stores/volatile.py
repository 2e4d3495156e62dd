"""Where a conversation lives before consent: process memory, or Redis with a TTL.

Both hold redacted events only and forget a conversation `ttl` seconds after its last
save (the session expiry of domain.yml's session_config), so a conversation without
consent leaves no trace once its session is over.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

logger = logging.getLogger(__name__)

Events = list[dict[str, Any]]


def since_last_session(events: Events) -> Events:
    """The events of the latest session (from its session_started event)."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "session_started":
            return events[index:]
    return events


class MemoryVolatile:
    """Conversations in this process's memory; a sweeper thread drops expired ones."""

    def __init__(self, ttl: float, sweep_every: float = 60.0) -> None:
        self.ttl = ttl
        self._data: dict[str, tuple[Events, float]] = {}
        self._lock = threading.Lock()
        self._sweeper = threading.Thread(
            target=self._sweep_forever, args=(sweep_every,), daemon=True, name="samen-volatile"
        )
        self._sweeper.start()

    def _sweep_forever(self, every: float) -> None:
        while True:
            time.sleep(every)
            self.sweep()

    def sweep(self) -> int:
        now = time.monotonic()
        with self._lock:
            expired = [key for key, (_, until) in self._data.items() if until <= now]
            for key in expired:
                del self._data[key]
        return len(expired)

    def load(self, key: str) -> Events | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            if item[1] <= time.monotonic():
                del self._data[key]
                return None
            return list(item[0])

    def append(self, key: str, events: Events) -> None:
        with self._lock:
            item = self._data.get(key)
            stored = item[0] if item and item[1] > time.monotonic() else []
            self._data[key] = (stored + list(events), time.monotonic() + self.ttl)

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def keys(self) -> list[str]:
        self.sweep()
        with self._lock:
            return list(self._data)


class RedisVolatile:
    """Conversations in Redis under samen:volatile:<id>, expiring `ttl` seconds after a save."""

    PREFIX = "samen:volatile:"

    def __init__(self, url: str, ttl: float) -> None:
        import redis

        self.ttl = max(1, int(ttl))
        self.client = redis.Redis.from_url(url)

    def load(self, key: str) -> Events | None:
        raw = self.client.get(self.PREFIX + key)
        return None if raw is None else json.loads(raw)

    def append(self, key: str, events: Events) -> None:
        stored = self.load(key) or []
        self.client.set(self.PREFIX + key, json.dumps(stored + list(events)), ex=self.ttl)

    def delete(self, key: str) -> None:
        self.client.delete(self.PREFIX + key)

    def keys(self) -> list[str]:
        return [
            k.decode()[len(self.PREFIX) :] for k in self.client.scan_iter(match=self.PREFIX + "*")
        ]

    def sweep(self) -> int:
        return 0  # Redis expires the keys itself
