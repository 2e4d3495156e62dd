"""The staff application in a real browser (Debian's Chromium, Playwright): login, queue,
transcript, correction, and an axe-core scan of every staff page.

Runs against the staff server of tests/staff/conftest.py (gunicorn + Django on a free port,
temporary var/; no Rasa needed); skipped, naming what to install, without Chromium.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.browser.conftest import Chat
from tests.staff.conftest import (  # noqa: F401 - fixtures
    PASSWORD,
    StaffServer,
    conversation,
    intake_body,
    signed_post,
    staff_server,
    store,
)

SERIOUS = ("serious", "critical")


@pytest.fixture
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (page.errors.append("dialog: " + d.message), d.dismiss()))
    yield page
    context.close()


@pytest.fixture(scope="module")
def accounts(staff_server: StaffServer) -> StaffServer:  # noqa: F811
    staff_server.create_user("browser-admin", "admin")
    return staff_server


def log_in(page: Any, server: StaffServer, username: str = "browser-admin") -> None:
    page.goto(server.url + "/staff/")
    assert "/staff/login/" in page.url
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(re.compile(r"/staff/handoffs/"))


def serious_violations(page: Any, state: str) -> list[dict[str, Any]]:
    chat = Chat(page, "")
    chat.screenshot(f"staff-{state}")
    return [v for v in chat.axe(state) if v.get("impact") in SERIOUS]


def test_login_queue_transcript_and_correction(page: Any, accounts: StaffServer) -> None:
    reference, _ = store(
        accounts, conversation("<script>alert(1)</script> mijn vrouw", handoff=True)
    )
    page.goto(accounts.url + "/staff/login/")
    page.get_by_label("Gebruikersnaam").fill("browser-admin")
    page.get_by_label("Wachtwoord").fill("fout-wachtwoord-123")
    page.get_by_role("button", name="Aanmelden").click()
    page.get_by_role("alert").wait_for()
    assert "Voer een juiste" in page.get_by_role("alert").inner_text()
    log_in(page, accounts)
    card = page.locator(".card", has_text=reference)
    assert card.is_visible() and "recht op gezinshereniging" in card.inner_text()
    card.get_by_role("button", name=re.compile("Aan mij toewijzen")).click()
    page.wait_for_load_state()
    assert "In behandeling" in page.locator(".card", has_text=reference).inner_text()
    page.get_by_role("link", name=reference).click()
    page.get_by_role("link", name="Het gesprek lezen").click()
    message = page.locator(".msg.user", has_text="alert(1)")
    assert message.locator(".text").inner_text() == "<script>alert(1)</script> mijn vrouw"
    message.get_by_role("link", name=re.compile("verbeteren")).click()
    page.get_by_label("Juiste intent").select_option("check_eligibility")
    page.get_by_label("Entiteit 1").select_option("relationship")
    page.get_by_label("Stuk tekst 1").fill("mijn vrouw")
    page.get_by_label("Waarde 1").fill("spouse")
    page.get_by_role("button", name="Verbetering bewaren").click()
    page.wait_for_url(re.compile(rf"/staff/conversations/{reference}/$"))
    assert page.locator(".msg.user a", has_text="(verbeterd)").count() == 1
    assert not page.errors, page.errors


def test_every_staff_page_passes_axe(page: Any, accounts: StaffServer) -> None:
    reference, sender = store(accounts, conversation(handoff=True, fallback=True))
    body = intake_body(reference, "0470 12 34 56")
    from privacy.handoff import sign

    assert signed_post(accounts, body, sign(body, accounts.key)).status_code == 201
    page.goto(accounts.url + "/staff/login/")
    found = {"login": serious_violations(page, "login")}
    log_in(page, accounts)
    paths = {
        "handoffs": "/staff/handoffs/",
        "handoff": f"/staff/handoffs/{reference}/",
        "conversations": "/staff/conversations/",
        "transcript": f"/staff/conversations/{reference}/",
        "corrections": "/staff/corrections/",
        "dashboard": "/staff/dashboard/",
        "audit": "/staff/admin/audit/",
        "accounts": "/staff/admin/accounts/",
        "erase": "/staff/admin/erase/",
        "erase-confirm": f"/staff/admin/erase/?referentie={reference}",
        "password": "/staff/password/",
    }
    for state, path in paths.items():
        page.goto(accounts.url + path)
        found[state] = serious_violations(page, state)
    page.goto(accounts.url + f"/staff/conversations/{reference}/")
    page.locator(".msg.user a", has_text="verbeteren").first.click()
    found["correct"] = serious_violations(page, "correct")
    bad = {state: v for state, v in found.items() if v}
    assert not bad, json.dumps(bad, indent=1)
    refused = [e for e in page.errors if "Content Security Policy" in e or "Refused" in e]
    assert not refused, refused
