"""Browser tests of the chat widget: Playwright driving Debian's Chromium.

One browser for the session, against the real servers of tests/conftest.py
(`stack`). Chromium comes from Debian (/usr/bin/chromium, installed by
`make test`'s set-up, launcher/browser_setup.sh); Playwright never downloads one.
axe-core is vendored by the same set-up under var/vendor/ and injected by the tests.
Screenshots of each state go to var/screenshots/ (not committed).

The bot's texts and buttons change with the dialogue: the tests drive the
conversation by clicking the buttons the bot offers and typing plain answers, and
assert on behaviour (messages appear, counts, focus, no duplicates, history).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher.model_inputs import ROOT

CHROMIUM = Path(os.environ.get("SAMEN_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "var" / "vendor" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 740}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"Debian's chromium is missing at {CHROMIUM}: apt-get install chromium"
    )
    for item in items:
        if "tests/browser" in str(item.fspath) and "browser" in item.fixturenames:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="samen-chromium-")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=LAUNCH_ARGS,
            headless=True,
            env={**os.environ, "HOME": profile},
        )
        yield chromium
        chromium.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def web_url(stack: Any) -> str:
    # 127.0.0.1 is one of the allowed origins (SAMEN_ALLOWED_ORIGINS default)
    return f"http://127.0.0.1:{stack.ports.web}"


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport=PHONE, locale="nl-BE")
    yield ctx
    ctx.close()


@pytest.fixture
def chat(context: Any, web_url: str) -> Chat:
    return Chat(context.new_page(), web_url)


def wait_for(page: Any, expression: str, arg: Any = None, timeout: float = 30_000) -> Any:
    """page.wait_for_function polling on a timer (requestAnimationFrame stalls in a
    background tab, e.g. the first tab once a second one is open)."""
    return page.wait_for_function(expression, arg=arg, polling=250, timeout=timeout)


class Chat:
    """The widget on one page, as a user sees it."""

    def __init__(self, page: Any, web_url: str, path: str = "/") -> None:
        self.page = page
        self.web_url = web_url
        self.path = path
        self.console_errors: list[str] = []
        page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.set_default_timeout(30_000)

    # --- navigation
    def load(self, path: str | None = None) -> Chat:
        self.page.goto(self.web_url + (path or self.path))
        self.page.wait_for_selector(".samen-w[data-ready=true]", state="attached")
        return self

    def open(self) -> Chat:
        launcher = self.page.locator(".samen-launcher")
        if launcher.is_visible():
            launcher.click()
        self.page.wait_for_selector(".samen-panel", state="visible")
        self.wait_connected()
        return self

    def wait_connected(self, timeout: float = 30_000) -> None:
        wait_for(
            self.page, "() => window.SamenWidget && window.SamenWidget.connected", timeout=timeout
        )

    # --- reading
    @property
    def bots(self) -> Any:
        return self.page.locator(".samen-log .samen-bot:not(.samen-welcome)")

    @property
    def bot_bodies(self) -> Any:
        return self.page.locator(".samen-log .samen-bot:not(.samen-welcome) .samen-body")

    @property
    def users(self) -> Any:
        return self.page.locator(".samen-log .samen-user")

    def bot_texts(self) -> list[str]:
        return [t.strip() for t in self.bot_bodies.all_inner_texts()]

    def user_texts(self) -> list[str]:
        return [t.strip() for t in self.page.locator(".samen-user .samen-body").all_inner_texts()]

    def ids(self) -> list[str]:
        return self.page.eval_on_selector_all(
            ".samen-log .samen-msg[data-id]", "els => els.map(e => e.dataset.id)"
        )

    def open_buttons(self) -> Any:
        return self.page.locator(".samen-log .samen-choice:not([disabled])")

    def session_id(self) -> str:
        return self.page.evaluate("() => window.SamenWidget.sessionId")

    # --- acting
    def type(self, text: str) -> None:
        box = self.page.locator("#samen-input")
        box.fill(text)
        box.press("Enter")

    def settle(self, before: int, timeout: float = 60.0, quiet: float = 0.3) -> int:
        """Wait for the bot's answer: bot messages after `before` and no user message still
        waiting for the server's acknowledgement. The channel acknowledges a message once its
        whole turn is handled (rasa/samen_rasa/channels/guarded.py) and socket.io keeps the
        order of one connection, so every answer of the turn is shown by then; `quiet`
        seconds without a change more, for anything late (a duplicate would show)."""
        wait_for(
            self.page,
            """n => document.querySelectorAll('.samen-log .samen-bot:not(.samen-welcome)')
                      .length > n && !document.querySelector('.samen-pending')""",
            arg=before,
            timeout=timeout * 1000,
        )
        count = self.bots.count()
        deadline = time.monotonic() + timeout
        last_change = time.monotonic()
        while time.monotonic() - last_change < quiet and time.monotonic() < deadline:
            self.page.wait_for_timeout(100)
            now = self.bots.count()
            pending = self.page.locator(".samen-pending").count()
            if now != count or pending:
                count = now
                last_change = time.monotonic()
        return count

    def say(self, text: str) -> int:
        before = self.bots.count()
        self.type(text)
        return self.settle(before)

    def click_answer(self) -> str:
        """Click one of the offered buttons (a 'yes'-like one when there is one)."""
        buttons = self.open_buttons()
        titles = [t.strip() for t in buttons.all_inner_texts()]
        question = self.bot_texts()[-1] if self.bots.count() else ""
        index = pick_button(titles, question)
        before = self.bots.count()
        buttons.nth(index).click()
        self.settle(before)
        return titles[index]

    def tool(self, name: str) -> Any:
        """A tool of the toolbar ("Nieuw gesprek"), through the menu button on a phone."""
        control = self.page.locator(".samen-toolbar").get_by_text(re.compile(name)).first
        if not control.is_visible():
            self.page.locator(".samen-menu").click()
        assert control.is_visible(), f"the tool {name!r} does not show"
        return control

    def answer_once(self) -> str | None:
        """Answer the bot's last question with a button or a plain typed answer."""
        if self.open_buttons().count():
            return self.click_answer()
        last = self.bot_texts()[-1] if self.bots.count() else ""
        if "?" not in last:
            return None
        answer = plain_answer(last)
        if answer:
            self.say(answer)
        return answer

    # --- checks
    def axe(self, state: str) -> list[dict[str, Any]]:
        if not AXE.exists():
            pytest.skip("axe-core is missing (var/vendor/axe.min.js): run 'make test' set-up")
        if not self.page.evaluate("() => typeof window.axe === 'object'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
            ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))",
            AXE_TAGS,
        )
        return result

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))

    def assert_no_duplicates(self) -> None:
        ids = self.ids()
        assert len(ids) == len(set(ids)), f"a message is shown twice: {ids}"


YES = re.compile(r"^(ja|akkoord|ok|oké|verder|ik ga akkoord|doorgaan|officieel|klopt)", re.I)
NO_GO = re.compile(r"mens|medewerker|stop|wis|privacy|nieuw|niet akkoord", re.I)
# yes/no questions whose honest answer in the story (wife and son of 8 abroad) is "no"
ANSWER_NO = re.compile(
    r"getrouwd|gehuwd|handicap|beperking|al in belgi|andere (vrouw|echtgeno)|weiger|"
    r"veroordeel|strafblad|eigen kind|zelf kinderen|minderjarig toen|niet-begeleid",
    re.I,
)


def pick_button(titles: list[str], question: str = "") -> int:
    """The button a user with this story would click (the bot's wording may change)."""
    lowered = [t.lower().strip() for t in titles]
    lines = [line for line in question.splitlines() if line.strip()]
    asked = lines[-1] if lines else ""  # the question itself, not a read-back above it
    if "nee" in lowered and ANSWER_NO.search(asked):
        return lowered.index("nee")
    for index, title in enumerate(titles):
        if YES.search(title):
            return index
    for index, title in enumerate(titles):
        if not NO_GO.search(title):
            return index
    return 0


def plain_answer(question: str) -> str | None:
    """A plain answer for a question of the assessment (wife and son of 8 in Syria);
    None for a question that is not about the facts (e.g. 'another question?')."""
    q = question.lower()
    if re.search(r"datum|wanneer|sinds|erkend op|welke dag", q):
        return "3 maart 2026"
    if re.search(r"hoe oud|leeftijd|jaar oud", q):
        return "8 jaar" if re.search(r"zoon|kind", q) else "34 jaar"
    if re.search(r"statuut|status|verblijf", q):
        return "ik ben erkend vluchteling"
    if re.search(r"getrouwd|huwelijk|gehuwd", q):
        return "ja, we zijn officieel getrouwd in syrie"
    if re.search(r"waar|welk land", q):
        return "in syrie"
    if re.search(r"wie |welk familielid", q):
        return "mijn vrouw en mijn zoon"
    return None


def expected_bubbles(tracker: dict[str, Any]) -> int:
    """How many bot messages the socket.io channel shows for the tracker's bot events."""
    count = 0
    for event in tracker.get("events", []):
        if event.get("event") != "bot":
            continue
        data = event.get("data") or {}
        parts = [p for p in (event.get("text") or "").strip().split("\n\n") if p.strip()]
        count += len(parts)
        if (data.get("buttons") or data.get("quick_replies")) and not parts:
            count += 1
        if data.get("custom") or data.get("attachment"):
            count += 1
    return count
