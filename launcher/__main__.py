"""`python -m launcher`: start the bot (what `make run` does after set-up)."""

from __future__ import annotations

import os
import signal
import sys
import threading

from launcher.endpoints import ConfigError
from launcher.model_inputs import model_path
from launcher.stack import Ports, Stack


def main() -> int:
    model = model_path()
    if not model.exists():
        print(f"error: no trained model {model.name}; run 'make run' (it trains first)")
        return 1
    stack = Stack(model=model, ports=Ports(), auth_token=os.environ.get("BOT_AUTH_TOKEN") or None)
    stopped = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    print("run: starting the action server, the Rasa server and the web page ...", flush=True)
    try:
        stack.start()
    except (RuntimeError, ConfigError) as error:
        print(f"error: {error}")
        return 1
    print(
        "\nSamen is running:\n"
        f"  web chat      {stack.web_url}/\n"
        f"  Rasa server   http://localhost:{stack.ports.rasa}  (REST: /webhooks/rest/webhook,"
        " socket.io, HTTP API)\n"
        f"  action server http://localhost:{stack.ports.actions}\n"
        "  logs          var/log/   conversations: var/tracker.db\n"
        "Press Ctrl-C to stop.",
        flush=True,
    )
    while not stopped.wait(1.0):
        for server in stack.servers:
            if server.process and server.process.poll() is not None:
                print(f"error: the {server.name} server stopped; see var/log/{server.name}.log")
                stopped.set()
    print("\nrun: stopping ...", flush=True)
    stack.stop()
    print("run: stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
