"""Privacy settings read from the environment; one place for each promise's number."""

from __future__ import annotations

import os

DEFAULT_RETENTION_DAYS = 365
DEFAULT_NOTICE_VERSION = "2026-12"


def retention_days() -> int:
    """How long a conversation is kept after its last message (env SAMEN_RETENTION_DAYS)."""
    raw = os.environ.get("SAMEN_RETENTION_DAYS", "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
    except ValueError as error:
        raise ValueError(
            f"SAMEN_RETENTION_DAYS: expected a whole number of days, got {raw!r}"
        ) from error
    if days < 1:
        raise ValueError(f"SAMEN_RETENTION_DAYS: must be at least 1, got {days}")
    return days


def retention_text(days: int | None = None) -> str:
    """The retention period in Dutch for the privacy notice: "12 maanden", "30 dagen", "2 jaar"."""
    days = retention_days() if days is None else days
    if days % 365 == 0 and days >= 730:
        return f"{days // 365} jaar"
    if days % 365 == 0:
        return "12 maanden"
    if days >= 60 and days % 30 == 0:
        return f"{days // 30} maanden"
    return "1 dag" if days == 1 else f"{days} dagen"


def notice_version() -> str:
    """The version of the privacy notice users consent to (env SAMEN_NOTICE_VERSION)."""
    return os.environ.get("SAMEN_NOTICE_VERSION", "").strip() or DEFAULT_NOTICE_VERSION


def database_url(var_dir: str | None = None) -> str:
    """Where conversations are stored: env DATABASE_URL, else SQLite var/tracker.db.

    `var_dir` (or env SAMEN_VAR_DIR, set by the launcher) names the var/ directory.
    """
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    from pathlib import Path

    var = Path(
        var_dir or os.environ.get("SAMEN_VAR_DIR") or Path(__file__).resolve().parent.parent / "var"
    )
    return f"sqlite:///{var / 'tracker.db'}"
