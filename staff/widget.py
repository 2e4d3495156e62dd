"""The chat pages on :8080 (formerly web/serve.py): `/` the demo NGO page, `/chat` the chat.

In the HTML pages `{{SAMEN_SERVER}}` becomes the Rasa server's URL (SAMEN_BOT_URL, or this
host on SAMEN_RASA_PORT), so the pages carry no inline configuration. The widget's files are
served by whitenoise (staff.middleware.WidgetFiles), gzipped by staff.middleware.Compress,
with ETags (ConditionalGetMiddleware).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.clickjacking import xframe_options_sameorigin

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
PAGES = {"": "index.html", "index.html": "index.html", "chat": "chat.html"}


def rasa_port() -> int:
    return int(os.environ.get("SAMEN_RASA_PORT") or 5005)


def bot_url(host_header: str | None, port: int | None = None) -> str:
    """The Rasa server as the browser reaches it."""
    configured = os.environ.get("SAMEN_BOT_URL", "").strip().rstrip("/")
    if configured:
        return configured
    hostname = urlsplit(f"//{host_header or 'localhost'}").hostname or "localhost"
    if ":" in hostname:  # IPv6 literal
        hostname = f"[{hostname}]"
    return f"http://{hostname}:{port or rasa_port()}"


def content_security_policy(bot: str) -> str:
    socket = bot.replace("https://", "wss://").replace("http://", "ws://")
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src 'self' {bot} {socket}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'self'",
        ]
    )


@lru_cache(maxsize=8)
def _page(name: str, mtime: float) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


@xframe_options_sameorigin  # as the chat pages' CSP: frame-ancestors 'self'
def page(request, name: str = "") -> HttpResponse:
    """One of the two HTML pages with the bot's URL filled in."""
    filename = PAGES.get(name)
    if filename is None:
        return not_found(request)
    path = STATIC / filename
    html = _page(filename, path.stat().st_mtime).replace(
        "{{SAMEN_SERVER}}", bot_url(request.get_host())
    )
    return HttpResponse(html, content_type="text/html; charset=utf-8")


def not_found(request, exception=None) -> HttpResponse:
    return HttpResponseNotFound("Niet gevonden\n", content_type="text/plain; charset=utf-8")
