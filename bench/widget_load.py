"""Load time of the chat widget on a slow phone connection: `python bench/widget_load.py`.

Starts the three servers (like the tests), opens the demo page in Debian's Chromium
at 375x740 with the network throttled through CDP (Network.emulateNetworkConditions,
default 400 kbit/s down and up, 400 ms round trip, no cache), and prints:
- time from navigation to the launcher being usable (widget ready),
- time to the chat being connected after opening it,
- time from navigation to the first bot message (the user opens the chat and sends a
  first question as soon as the input is there),
- bytes transferred (encoded, on the wire) by the page load and by the whole run.
Use --url to measure an already running page instead (e.g. http://localhost:8080/).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "rasa")]

from launcher.model_inputs import model_path  # noqa: E402
from launcher.stack import Ports, Stack  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(url: str, kbit: float, rtt_ms: float, question: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 375, "height": 740})
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        throughput = kbit * 1000 / 8  # bytes per second
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": rtt_ms,
                "downloadThroughput": throughput,
                "uploadThroughput": throughput,
            },
        )
        wire = {"bytes": 0.0}
        cdp.on(
            "Network.loadingFinished",
            lambda event: wire.__setitem__("bytes", wire["bytes"] + event["encodedDataLength"]),
        )
        cdp.on(
            "Network.webSocketFrameReceived",
            lambda event: wire.__setitem__(
                "bytes", wire["bytes"] + len(event["response"]["payloadData"])
            ),
        )
        cdp.on(
            "Network.webSocketFrameSent",
            lambda event: wire.__setitem__(
                "bytes", wire["bytes"] + len(event["response"]["payloadData"])
            ),
        )
        start = time.monotonic()
        page.goto(url, wait_until="commit", timeout=120_000)
        page.wait_for_selector(".samen-w[data-ready=true]", state="attached", timeout=120_000)
        ready = time.monotonic() - start
        page_bytes = wire["bytes"]
        page.click(".samen-launcher")
        page.wait_for_function(
            "() => window.SamenWidget && window.SamenWidget.connected", timeout=120_000
        )
        connected = time.monotonic() - start
        page.fill("#samen-input", question)
        page.press("#samen-input", "Enter")
        page.wait_for_selector(
            ".samen-log .samen-bot:not(.samen-welcome)", state="attached", timeout=180_000
        )
        first_bot = time.monotonic() - start
        page.wait_for_timeout(500)
        total_bytes = wire["bytes"]
        browser.close()
    return {
        "widget_ready_s": ready,
        "connected_s": connected,
        "first_bot_message_s": first_bot,
        "page_load_bytes": page_bytes,
        "total_bytes": total_bytes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="measure this running page instead of starting servers")
    parser.add_argument("--kbit", type=float, default=400.0)
    parser.add_argument("--rtt", type=float, default=400.0, help="round trip in ms")
    parser.add_argument("--question", default="Kan mijn vrouw naar België komen?")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM} is missing: apt-get install chromium")
        return 1
    stack = None
    url = args.url
    if not url:
        model = model_path()
        if not model.exists():
            print("error: no trained model; run 'make run' or 'make test' first")
            return 1
        ports = Ports(actions=free_port(), rasa=free_port(), web=free_port())
        stack = Stack(model=model, ports=ports, var_dir=ROOT / "var" / "bench", host="127.0.0.1")
        print("bench: starting the servers ...", flush=True)
        stack.start()
        url = f"http://127.0.0.1:{ports.web}/"
    try:
        figures = measure(url, args.kbit, args.rtt, args.question)
    finally:
        if stack:
            stack.stop()
    print(f"widget load on {args.kbit:.0f} kbit/s, {args.rtt:.0f} ms round trip, no cache:")
    print(f"  widget ready (launcher usable)     {figures['widget_ready_s']:6.2f} s")
    print(f"  chat opened and connected          {figures['connected_s']:6.2f} s")
    print(f"  first bot message (incl. question) {figures['first_bot_message_s']:6.2f} s")
    print(f"  bytes for the page + widget        {figures['page_load_bytes'] / 1024:6.1f} KB")
    print(f"  bytes for the whole run            {figures['total_bytes'] / 1024:6.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
