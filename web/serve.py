"""Serve the demo NGO page and the chat widget: `python -m web.serve --port 8080 --rasa-port 5005`.

A thin static server; anything else (the staff app, nginx, a CDN-less NGO site) can
serve web/static the same way. What it adds to plain files:
- `/` is the demo NGO page with the widget, `/chat` the full-page chat (for links
  from messaging apps);
- in the HTML pages, `{{SAMEN_SERVER}}` becomes the Rasa server's URL (SAMEN_BOT_URL,
  or this host on the Rasa port), so the pages carry no inline configuration;
- every response has a Content-Security-Policy without 'unsafe-inline' (scripts,
  styles and fetches from this origin, the socket connection to the Rasa server);
- gzip for text files, ETag/304 for repeated visits on slow connections.
Logs request paths only, never message text (the chat goes from the browser
straight to Rasa over socket.io).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import logging
import mimetypes
import os
import sys
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

STATIC = Path(__file__).resolve().parent / "static"
PAGES = {"/": "index.html", "/index.html": "index.html", "/chat": "chat.html"}
COMPRESSIBLE = {".js", ".css", ".json", ".html", ".svg", ".txt", ".ics"}
logger = logging.getLogger("web")


def bot_url(host_header: str | None, rasa_port: int) -> str:
    """The Rasa server as the browser reaches it."""
    configured = os.environ.get("SAMEN_BOT_URL", "").strip().rstrip("/")
    if configured:
        return configured
    hostname = urlsplit(f"//{host_header or 'localhost'}").hostname or "localhost"
    if ":" in hostname:  # IPv6 literal
        hostname = f"[{hostname}]"
    return f"http://{hostname}:{rasa_port}"


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


@lru_cache(maxsize=64)
def _load(path: Path, mtime: float) -> tuple[bytes, bytes]:
    raw = path.read_bytes()
    return raw, gzip.compress(raw, compresslevel=9, mtime=0)


def resolve(url_path: str) -> Path | None:
    """The file under web/static for a URL path, or None (no listing, no escape)."""
    if url_path in PAGES:
        return STATIC / PAGES[url_path]
    relative = url_path.lstrip("/")
    if not relative or relative.startswith(".") or "/." in relative or "\\" in relative:
        return None
    candidate = (STATIC / relative).resolve()
    if not candidate.is_relative_to(STATIC) or not candidate.is_file():
        return None
    return candidate


class ChatPageHandler(BaseHTTPRequestHandler):
    rasa_port = 5005
    server_version = "samen-web"
    sys_version = ""

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        url_path = urlsplit(self.path).path
        path = resolve(url_path)
        bot = bot_url(self.headers.get("Host"), self.rasa_port)
        if path is None:
            self._send(HTTPStatus.NOT_FOUND, b"Niet gevonden\n", "text/plain", bot, head)
            return
        raw, packed = _load(path, path.stat().st_mtime)
        if path.suffix == ".html":
            raw = raw.replace(b"{{SAMEN_SERVER}}", bot.encode())
            packed = gzip.compress(raw, compresslevel=9, mtime=0)
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or path.suffix in {".js", ".json"}:
            ctype += "; charset=utf-8"
        etag = '"' + hashlib.sha256(raw).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(HTTPStatus.NOT_MODIFIED, b"", None, bot, True, etag=etag)
            return
        accepts_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "")
        use_gzip = accepts_gzip and path.suffix in COMPRESSIBLE
        body = packed if use_gzip else raw
        self._send(HTTPStatus.OK, body, ctype, bot, head, etag=etag, gzipped=use_gzip)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        ctype: str | None,
        bot: str,
        head: bool,
        etag: str | None = None,
        gzipped: bool = False,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Security-Policy", content_security_policy(bot))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        # the widget's script may be embedded by NGO pages on other origins
        self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        self.end_headers()
        if not head and body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.info("%s %s", self.command, urlsplit(self.path).path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa-port", type=int, default=5005)
    parser.add_argument("--host", default="0.0.0.0")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s web %(message)s")
    if not (STATIC / "vendor" / "socket.io.min.js").exists():
        print("error: web/static/vendor/socket.io.min.js is missing; run 'make setup'")
        return 1
    ChatPageHandler.rasa_port = args.rasa_port
    with ThreadingHTTPServer((args.host, args.port), ChatPageHandler) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
