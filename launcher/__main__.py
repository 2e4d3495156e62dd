"""`python -m launcher`: start the bot (what `make run` does after set-up)."""

from __future__ import annotations

import os
import signal
import sys
import threading

from launcher.endpoints import ConfigError
from launcher.model_inputs import model_path
from launcher.stack import Ports, Stack

PURGE_EVERY = 24 * 3600.0  # seconds: the retention purge runs at start and then daily


def purge_once(stack: Stack) -> None:
    """Delete the conversations past the retention limit; one line, never raises."""
    from privacy.retention import purge
    from privacy.settings import database_url

    try:
        print(purge(database_url(str(stack.var_dir))).line(), flush=True)
    except Exception as error:  # noqa: BLE001 - the bot keeps running; the line says why
        first = (str(error).splitlines() or [type(error).__name__])[0]
        print(f"error: retention purge failed: {first}", flush=True)


def purge_daily(stack: Stack, stopped: threading.Event, every: float = PURGE_EVERY) -> None:
    while not stopped.wait(every):
        purge_once(stack)


def main() -> int:
    model = model_path()
    if not model.exists():
        print(f"error: no trained model {model.name}; run 'make run' (it trains first)")
        return 1
    stack = Stack(model=model, ports=Ports(), auth_token=os.environ.get("BOT_AUTH_TOKEN") or None)
    stopped = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    purge_once(stack)
    threading.Thread(target=purge_daily, args=(stack, stopped), daemon=True).start()
    print("run: starting the action server, the Rasa server and the web server ...", flush=True)
    try:
        stack.start()
    except (RuntimeError, ConfigError) as error:
        print(f"error: {error}")
        return 1
    print(
        "\nSamen is running:\n"
        f"  web chat      {stack.web_url}/\n"
        f"  staff app     {stack.web_url}/staff/  (first account: make staff-user NAME=ana"
        " ROLE=admin)\n"
        f"  Rasa server   http://localhost:{stack.ports.rasa}  (REST: /webhooks/rest/webhook,"
        " socket.io, HTTP API)\n"
        f"  action server http://localhost:{stack.ports.actions}\n"
        "  logs          var/log/   conversations: var/tracker.db"
        " (kept with consent only, redacted; purged daily)\n"
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
