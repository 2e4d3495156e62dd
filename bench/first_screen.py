"""Does the first answer fit on a phone? The blind set's first answers in the real widget.

    PYTHONPATH=.:rasa python bench/first_screen.py [--width 375] [--height 740] [--show N]

Plays every conversation of the blind set (`bench/conversations/*.yml`) through the pure
dialogue, as `bench/offline_conversations.py` does, and keeps the bubbles of the turn that
gives the first assessment (the turn where the state first says `answered`), with their
buttons. Each such answer is then shown in the widget's full-page variant
(`web/static/chat.html`, its own CSS and renderer) in Debian's Chromium at a phone's size,
from the widget's saved history, and measured: the height from the top of the answer's
first bubble to the bottom of its buttons, against the height of the visible message log
(the screen minus the header, the input and the footer).

Prints how many first answers fit, the median and the largest, and the ten longest.
A lower bound on what a person sees: the user's own message above the answer is not
counted, and the platform's browser bars (which take part of a real 740 px screen) are not
simulated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "rasa"), str(ROOT / "bench")]

import conversations as B  # noqa: E402
import offline_conversations as O  # noqa: E402

STATIC = ROOT / "web" / "static"
CHROMIUM = Path(os.environ.get("SAMEN_CHROMIUM", "/usr/bin/chromium"))
SERVER = "http://127.0.0.1:9"  # nothing listens: the widget shows its saved history only


class FirstAnswerBot(O.FakeBot):
    """The offline bot, keeping the first assessment's bubbles with their buttons."""

    def __init__(self, today: dt.date) -> None:
        super().__init__(today)
        self.first: list[dict[str, Any]] | None = None

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        was_answered = bool(self.state(sender).get("answered"))
        message = O.fake_parse(text, self.today)
        earlier = self.history.setdefault(sender, [])
        turn = O.take_turn(self.states.get(sender), message, self.today, O.RESPONSES,
                           reference="SAM-X", earlier=list(earlier))  # fmt: skip
        earlier.append(message)
        self.states[sender] = turn.state
        if self.first is None and not was_answered and turn.state.get("answered"):
            self.first = [dict(r) for r in turn.replies]
        return [{"text": r["text"]} for r in turn.replies]


def first_answers() -> list[tuple[str, list[dict[str, Any]]]]:
    answers = []
    for scenario in B.load(sorted(B.SET.glob("*.yml"))):
        today = dt.date.fromisoformat(str(scenario.get("today") or "2026-12-01"))
        bot = FirstAnswerBot(today)
        B.Run(bot, scenario).play()
        if bot.first:
            answers.append((scenario["id"], bot.first))
    return answers


def _serve() -> tuple[http.server.ThreadingHTTPServer, str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            if self.path.split("?")[0] in ("/", "/chat"):
                body = (STATIC / "chat.html").read_text("utf-8").replace("{{SAMEN_SERVER}}", SERVER)
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            super().do_GET()

    handler = functools.partial(Handler, directory=str(STATIC))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


MEASURE = """() => {
  document.querySelector('.samen-status').hidden = true;  // as when connected
  const log = document.querySelector('.samen-log');
  const answer = [...log.querySelectorAll("li.samen-msg.samen-bot[data-id^='first-']")];
  const top = answer[0].getBoundingClientRect().top;
  const bottom = answer[answer.length - 1].getBoundingClientRect().bottom;
  const text = answer.map(li => li.querySelector('.samen-body').getBoundingClientRect());
  const textHeight = text[text.length - 1].bottom - text[0].top;
  return {answer: Math.ceil(bottom - top), text: Math.ceil(textHeight), visible: log.clientHeight};
}"""


def _history(bubbles: list[dict[str, Any]]) -> str:
    now_ms = int(time.time() * 1000)
    items = [{"id": "u0", "who": "user", "text": "ja dat klopt", "ts": now_ms}]
    for i, bubble in enumerate(bubbles):
        buttons = [
            {"title": b["title"], "payload": str(b.get("payload") or b["title"])}
            for b in bubble.get("buttons") or []
        ]
        item = {"id": f"first-{i}", "who": "bot", "text": bubble["text"], "ts": now_ms}
        if buttons:
            item["buttons"] = buttons
        items.append(item)
    state = {"sid": "0" * 32, "items": items, "lastId": None, "erase": [], "updated": now_ms}
    return json.dumps(state)


def measure(answers, width: int, height: int) -> list[tuple[str, int, int, int]]:
    from playwright.sync_api import sync_playwright

    server, url = _serve()
    profile = tempfile.mkdtemp(prefix="samen-bench-")
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--headless", "--no-sandbox", "--disable-gpu"],
                env={**os.environ, "HOME": profile},
            )
            page = browser.new_context(viewport={"width": width, "height": height}).new_page()
            page.goto(url + "/chat")
            for scenario_id, bubbles in answers:
                page.evaluate(
                    "([k, v]) => localStorage.setItem(k, v)", ["samen:" + SERVER, _history(bubbles)]
                )
                page.reload()
                page.wait_for_selector("li[data-id='first-0']")
                figures = page.evaluate(MEASURE)
                rows.append((scenario_id, figures["answer"], figures["visible"], figures["text"]))
            browser.close()
    finally:
        server.shutdown()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=375)
    parser.add_argument("--height", type=int, default=740)
    parser.add_argument("--show", type=int, default=10, help="the N longest answers")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"first_screen: Debian's chromium is missing at {CHROMIUM}: apt-get install chromium")
        return 2
    answers = first_answers()
    rows = measure(answers, args.width, args.height)
    visible = rows[0][2]
    fit = sum(answer <= shown for _, answer, shown, _ in rows)
    text_fit = sum(text <= shown for _, _, shown, text in rows)
    heights = [answer for _, answer, _, _ in rows]
    chars = {sid: sum(len(b["text"]) for b in bubbles) for sid, bubbles in answers}
    print(f"screen {args.width}x{args.height}: message log {visible} px visible")
    print(f"first answers: {len(rows)} of the blind set's conversations")
    print(f"fit on one screen with their buttons: {fit}/{len(rows)}")
    print(f"fit on one screen, text only: {text_fit}/{len(rows)}")
    print(f"with buttons: median {statistics.median(heights):.0f} px, largest {max(heights)} px")
    print(
        f"characters: median {statistics.median(chars.values()):.0f}, largest {max(chars.values())}"
    )
    for sid, answer, shown, _ in sorted(rows, key=lambda r: -r[1])[: args.show]:
        print(f"  {answer:5d} px  {answer / shown:4.2f} screens  {chars[sid]:5d} chars  {sid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
