"""Serve the web chat page: `python -m web.serve --port 8080 --rasa-port 5005`.

Static files from web/static, plus /config.js telling the page where Rasa's
socket.io endpoint is. Logs request paths only, never message text (the chat
itself goes from the browser straight to Rasa over socket.io).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
logger = logging.getLogger("web")


class ChatPageHandler(SimpleHTTPRequestHandler):
    rasa_port = 5005

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path.split("?")[0] == "/config.js":
            body = "window.SAMEN_CONFIG = " + json.dumps({"rasaPort": self.rasa_port}) + ";\n"
            data = body.encode()
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.info("%s %s", self.command, self.path.split("?")[0])


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
    handler = functools.partial(ChatPageHandler, directory=str(STATIC))
    with ThreadingHTTPServer((args.host, args.port), handler) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
