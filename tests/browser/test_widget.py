"""The chat widget in a real browser (Debian's Chromium) against the real servers."""

from __future__ import annotations

import json
from typing import Any

import requests

from tests.browser.conftest import (
    PHONE,
    Chat,
    expected_bubbles,
    pick_button,
    plain_answer,
    wait_for,
)

STORY = "mijn vrouw en zoon van 8 zijn nog in syrie, ik ben erkend vluchteling sinds 3 maart 2026"
MAX_TURNS = 12


def no_violations(chat: Chat, state: str) -> None:
    chat.screenshot(state)
    violations = chat.axe(state)
    assert not violations, f"axe-core in state '{state}': {json.dumps(violations, indent=1)}"


def no_csp_errors(chat: Chat) -> None:
    refused = [e for e in chat.console_errors if "Content Security Policy" in e or "Refused" in e]
    assert not refused, refused


def run_assessment(chat: Chat, states: bool = False) -> None:
    """Tell the story, then answer with buttons or plain words until the bot stops asking."""
    chat.say(STORY)
    if states:
        no_violations(chat, "3-during-assessment")
    seen_buttons = False
    for _ in range(MAX_TURNS):
        if chat.open_buttons().count() and states and not seen_buttons:
            seen_buttons = True
            no_violations(chat, "4-with-buttons")
        if chat.answer_once() is None:
            break
        chat.assert_no_duplicates()


def tracker(stack: Any, sender: str) -> dict[str, Any]:
    reply = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.auth_token},
        timeout=30,
    )
    reply.raise_for_status()
    return reply.json()


def push_bot_message(stack: Any, sender: str, text: str, data: dict | None = None) -> None:
    """A bot message sent to the session's socket through Rasa's HTTP API."""
    reply = requests.post(
        f"{stack.rasa_url}/conversations/{sender}/tracker/events",
        params={
            "token": stack.auth_token,
            "output_channel": "socketio",
            "execute_side_effects": "true",
        },
        json=[{"event": "bot", "text": text, "data": data or {}}],
        timeout=30,
    )
    reply.raise_for_status()


def user_texts_in_tracker(stack: Any, sender: str) -> list[str]:
    return [e.get("text") for e in tracker(stack, sender)["events"] if e.get("event") == "user"]


# --- states, accessibility, layout ----------------------------------------------------


def test_closed_and_open_states_pass_axe_and_csp(chat: Chat) -> None:
    chat.load()
    assert chat.page.locator(".samen-panel").is_hidden()
    no_violations(chat, "1-closed")
    chat.open()
    assert chat.page.evaluate("() => document.activeElement.id") == "samen-input"
    no_violations(chat, "2-open")
    # every control has a name
    for control in chat.page.locator(".samen-w button, .samen-w textarea, .samen-w input").all():
        if control.is_visible():
            name = "e => e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()"
            assert control.evaluate(name)
    no_csp_errors(chat)


def test_full_page_variant_passes_axe(context: Any, web_url: str) -> None:
    chat = Chat(context.new_page(), web_url, "/chat").load()
    chat.wait_connected()
    assert chat.page.locator("h1.samen-title").is_visible()
    no_violations(chat, "6-full-page")
    no_csp_errors(chat)


def test_assessment_with_buttons_and_typed_answers(chat: Chat, stack: Any) -> None:
    chat.load().open()
    run_assessment(chat, states=True)
    texts = " ".join(chat.bot_texts()).lower()
    assert "gezinshereniging" in texts, chat.bot_texts()[-5:]
    no_violations(chat, "5-after-answer")
    # answered buttons are disabled, the chosen answer appears as the user's message
    for chosen in chat.page.locator(".samen-choice.samen-chosen").all():
        assert chosen.is_disabled()
    # the UI shows exactly what the bot sent, once
    chat.assert_no_duplicates()
    assert chat.bots.count() == expected_bubbles(tracker(stack, chat.session_id()))
    no_csp_errors(chat)


def no_horizontal_scrolling(chat: Chat) -> None:
    page = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    assert chat.page.evaluate(page) <= 0
    for part in (".samen-panel", ".samen-log", ".samen-form"):
        width = chat.page.locator(part).evaluate("e => e.scrollWidth - e.clientWidth")
        assert width <= 0, part


def test_320px_and_200_percent_text_no_horizontal_scrolling(browser: Any, web_url: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        chat = Chat(context.new_page(), web_url).load().open()
        chat.say("Hallo, ik wil mijn moeder naar België laten komen. Kan dat?")
        no_horizontal_scrolling(chat)
        chat.screenshot("7-320px")
        # text zoomed to 200 % on a phone
        chat.page.set_viewport_size(PHONE)
        chat.page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
        chat.page.wait_for_timeout(200)
        no_horizontal_scrolling(chat)
        box = chat.page.locator("#samen-input").bounding_box()
        assert box and box["width"] >= 150, "the input is too narrow to type in"
        chat.screenshot("7-200-percent-text")
    finally:
        context.close()


def test_on_a_phone_the_tools_fold_behind_the_menu(browser: Any, web_url: str) -> None:
    """The conversation gets the screen's height on a phone: "Nieuw gesprek", "Gesprek
    wissen" and "Tijden tonen" come behind a menu button; on a wide screen they stay shown."""
    context = browser.new_context(viewport=PHONE)
    try:
        chat = Chat(context.new_page(), web_url).load().open()
        toolbar, menu = chat.page.locator(".samen-toolbar"), chat.page.locator(".samen-menu")
        assert toolbar.is_hidden() and menu.is_visible()
        assert menu.get_attribute("aria-expanded") == "false"
        assert menu.get_attribute("aria-controls") == toolbar.get_attribute("id")
        menu.click()
        assert toolbar.is_visible() and menu.get_attribute("aria-expanded") == "true"
        no_violations(chat, "8-phone-menu-open")
        # closing the menu closes a tool's question with it; a new conversation closes it
        chat.tool("Nieuw gesprek").click()
        assert chat.page.locator(".samen-confirm").is_visible()
        menu.click()
        assert toolbar.is_hidden() and chat.page.locator(".samen-confirm").count() == 0
        chat.tool("Nieuw gesprek").click()
        chat.page.locator(".samen-confirm .samen-danger").click()
        assert toolbar.is_hidden() and menu.get_attribute("aria-expanded") == "false"
        chat.page.set_viewport_size({"width": 1024, "height": 768})
        assert toolbar.is_visible() and menu.is_hidden()
    finally:
        context.close()


BUTTON_GROUPS = """() => [...document.querySelectorAll('.samen-log .samen-buttons')].map(g => ({
  menu: g.classList.contains('samen-menu-row'), count: g.children.length,
  rows: new Set([...g.children].map(b => Math.round(b.getBoundingClientRect().top))).size,
  scrolls: g.scrollWidth > g.clientWidth,
  question: g.closest('li').querySelector('.samen-body').textContent.trim().endsWith('?')}))"""


def test_on_a_phone_the_answers_menu_is_one_row_and_a_questions_choices_wrap(
    browser: Any, web_url: str
) -> None:
    """Issue 13: the first answer fits a 375x740 screen with its menu. The six follow-ups after
    an answer ("Documenten" ... "Met iemand praten") are one row that scrolls sideways (three
    rows of buttons took 143 px of the 551 px of the log); the choices of a question ("Wie van
    je familie ...?") stay all in view, wrapped."""
    context = browser.new_context(viewport=PHONE)
    try:
        chat = Chat(context.new_page(), web_url).load().open()
        chat.say("hallo")
        chat.answer_once()  # the consent: "Akkoord"
        run_assessment(chat)
        groups = chat.page.evaluate(BUTTON_GROUPS)
        menus = [g for g in groups if g["menu"]]
        assert menus, groups
        assert all(g["rows"] == 1 and g["scrolls"] and not g["question"] for g in menus), menus
        asked = [g for g in groups if g["question"] and g["count"] >= 5]
        assert asked and all(not g["menu"] and g["rows"] > 1 for g in asked), groups
        menu = chat.page.locator(".samen-menu-row").last
        last = menu.locator(".samen-choice").last
        last.focus()  # a keyboard user reaches the hidden end of the row
        assert last.evaluate("b => { const r = b.getBoundingClientRect(),"
                             " g = b.parentElement.getBoundingClientRect();"
                             " return r.right <= g.right + 1; }")  # fmt: skip
        no_horizontal_scrolling(chat)
        no_violations(chat, "9-phone-answer-menu")
    finally:
        context.close()


REPLY_TOP = """() => {
  const log = document.querySelector('.samen-log');
  const items = [...log.children];
  const lastUser = items.map(e => e.classList.contains('samen-user')).lastIndexOf(true);
  const first = items.slice(lastUser + 1).find(e => e.classList.contains('samen-bot'));
  return first.getBoundingClientRect().top - log.getBoundingClientRect().top;
}"""
AT_BOTTOM = """() => { const l = document.querySelector('.samen-log');
  return l.scrollHeight - l.clientHeight - l.scrollTop <= 2; }"""


def test_a_long_answer_is_shown_from_its_start(context: Any, web_url: str, stack: Any) -> None:
    """A reply taller than the phone's screen is read from its first line, not scrolled to
    its end (the person would have to scroll back up to find where it starts); a short one
    leaves the log at the bottom as usual."""
    chat = Chat(context.new_page(), web_url).load().open()
    chat.say("hallo")
    wait_for(chat.page, AT_BOTTOM)
    chat.say("en mijn moeder?")
    long_answer = "\n".join(
        f"• Regel {n} van een lang antwoord over je familie." for n in range(60)
    )
    push_bot_message(stack, chat.session_id(), long_answer)
    wait_for(chat.page, "t => document.querySelector('.samen-log').textContent.includes(t)",
             arg="Regel 59")  # fmt: skip
    wait_for(chat.page, f"() => {{ const top = ({REPLY_TOP})(); return top >= 0 && top < 40; }}")
    assert not chat.page.evaluate(AT_BOTTOM)
    # a message that comes later (a staff member's, seconds after the reply) is shown itself
    chat.page.wait_for_timeout(5500)
    push_bot_message(stack, chat.session_id(), "Een medewerker belt je morgen.")
    wait_for(chat.page, AT_BOTTOM)
    # a short reply after the person's next words: the bottom again
    chat.say("dank je")
    wait_for(chat.page, AT_BOTTOM)


def test_reduced_motion_is_honoured(browser: Any, web_url: str) -> None:
    context = browser.new_context(viewport=PHONE, reduced_motion="reduce")
    try:
        chat = Chat(context.new_page(), web_url).load().open()
        name = chat.page.evaluate(
            "() => getComputedStyle(document.querySelector('.samen-dots')).animationName"
        )
        assert name == "none"
    finally:
        context.close()


# --- continuity ---------------------------------------------------------------------


def test_reload_midway_shows_history_and_goes_on(chat: Chat) -> None:
    chat.load().open()
    chat.say(STORY)
    chat.answer_once()
    sid = chat.session_id()
    users, bots = chat.user_texts(), chat.bot_texts()
    assert users and bots
    chat.page.reload()
    chat.page.wait_for_selector(".samen-w[data-ready=true]", state="attached")
    chat.open()
    assert chat.session_id() == sid
    assert chat.user_texts() == users
    assert chat.bot_texts() == bots
    answered = chat.answer_once() or chat.say("wat zijn de voorwaarden?")
    assert answered
    assert chat.bots.count() > len(bots)
    chat.assert_no_duplicates()
    chat.screenshot("8-after-reload")


def test_second_tab_shares_the_conversation(context: Any, web_url: str) -> None:
    first = Chat(context.new_page(), web_url).load().open()
    first.say("Kan mijn moeder naar België komen?")
    second = Chat(context.new_page(), web_url).load().open()
    assert second.session_id() == first.session_id()
    assert second.bot_texts() == first.bot_texts()
    assert second.user_texts() == first.user_texts()
    second.say("ik ben erkend vluchteling")
    wait_for(
        first.page,
        "n => document.querySelectorAll('.samen-log .samen-user').length === n",
        arg=second.users.count(),
    )
    wait_for(
        first.page,
        "n => document.querySelectorAll('.samen-log .samen-bot:not(.samen-welcome)').length >= n",
        arg=second.bots.count(),
    )
    first.page.wait_for_timeout(1000)
    assert first.user_texts() == second.user_texts()
    assert first.bot_texts() == second.bot_texts()
    first.assert_no_duplicates()
    second.assert_no_duplicates()


def test_offline_30_seconds_loses_and_duplicates_nothing(chat: Chat, stack: Any) -> None:
    chat.load().open()
    chat.say("Kan mijn vrouw naar België komen?")
    sid = chat.session_id()
    chat.page.context.set_offline(True)
    status = chat.page.locator(".samen-status")
    status.wait_for(state="visible")
    assert status.inner_text().strip()
    chat.screenshot("9-offline")
    chat.type("ik ben erkend vluchteling")
    assert chat.page.locator(".samen-pending").count() == 1
    chat.page.wait_for_timeout(30_000)
    before = chat.bots.count()
    chat.page.context.set_offline(False)
    chat.wait_connected(timeout=60_000)
    chat.settle(before)
    chat.page.locator(".samen-pending").wait_for(state="detached")
    sent = ["Kan mijn vrouw naar België komen?", "ik ben erkend vluchteling"]
    assert chat.user_texts() == sent
    assert user_texts_in_tracker(stack, sid) == sent
    assert chat.bots.count() == expected_bubbles(tracker(stack, sid))
    chat.assert_no_duplicates()


def test_missed_bot_messages_are_replayed_after_a_drop(chat: Chat, stack: Any) -> None:
    chat.load().open()
    chat.say("hallo")
    sid = chat.session_id()
    before = chat.bots.count()
    chat.page.context.set_offline(True)
    chat.page.locator(".samen-status").wait_for(state="visible")
    push_bot_message(stack, sid, "Een bericht terwijl je offline was.")
    chat.page.context.set_offline(False)
    chat.wait_connected(timeout=60_000)
    wait_for(
        chat.page,
        "n => document.querySelectorAll('.samen-log .samen-bot:not(.samen-welcome)').length > n",
        arg=before,
    )
    chat.page.wait_for_timeout(1000)
    assert chat.bots.count() == before + 1
    chat.assert_no_duplicates()


def test_new_conversation_and_wipe(chat: Chat, stack: Any) -> None:
    chat.load().open()
    chat.say("Kan mijn vader naar België komen?")
    first = chat.session_id()
    chat.tool("Nieuw gesprek").click()
    chat.page.locator(".samen-confirm .samen-danger").click()
    assert chat.bots.count() == 0 and chat.users.count() == 0
    second = chat.session_id()
    assert second != first
    chat.wait_connected()
    chat.say("Kan mijn dochter naar België komen?")
    assert user_texts_in_tracker(stack, second) == ["Kan mijn dochter naar België komen?"]
    # wipe: the browser keeps nothing of it and the server gets the erasure command
    chat.tool("Gesprek wissen").click()
    chat.screenshot("10-confirm-wipe")
    chat.page.locator(".samen-confirm .samen-danger").click()
    assert chat.bots.count() == 0 and chat.users.count() == 0
    third = chat.session_id()
    assert third not in (first, second)
    # the erasure command goes out (then the old id is dropped from the browser)
    wait_for(
        chat.page,
        "sid => !JSON.stringify(Object.assign({}, localStorage)).includes(sid)",
        arg=second,
        timeout=30_000,
    )
    stored = chat.page.evaluate("() => JSON.stringify(Object.assign({}, localStorage))")
    assert "dochter" not in stored and first not in stored
    texts = user_texts_in_tracker(stack, second)
    assert not texts or texts[-1] == "wis mijn gegevens", texts
    # after a reload nothing comes back
    chat.page.reload()
    chat.page.wait_for_selector(".samen-w[data-ready=true]", state="attached")
    chat.open()
    assert chat.bots.count() == 0 and chat.users.count() == 0


# --- messages -------------------------------------------------------------------------


def test_html_and_script_are_shown_as_text(chat: Chat, stack: Any) -> None:
    chat.load().open()
    evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>vet</b>'
    chat.say(evil)
    html = '<a href="javascript:alert(1)">klik</a><i>schuin</i>'
    push_bot_message(stack, chat.session_id(), html)
    wait_for(
        chat.page,
        "t => [...document.querySelectorAll('.samen-bot')].some(e => e.textContent.includes(t))",
        arg=html,
    )
    assert chat.user_texts()[0] == evil
    log = chat.page.locator(".samen-log")
    assert log.locator("img, script, b, i, a[href^=javascript]").count() == 0
    assert chat.page.evaluate("() => window.__xss") is None


def test_lists_links_and_calendar_file(chat: Chat, stack: Any) -> None:
    chat.load().open()
    chat.say("hallo")
    sid = chat.session_id()
    before = chat.bots.count()
    text = (
        "Wat je nodig hebt:\n- een paspoort\n• een geboorteakte\n"
        "✔ je bent erkend\n✗ geen inkomen nodig\n1. eerst\n2. dan\n"
        "Meer info: https://dofi.ibz.be/nl"
    )
    push_bot_message(stack, sid, text)
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    push_bot_message(
        stack,
        sid,
        "",
        {"custom": {"type": "calendar", "filename": "samen-deadline.ics", "content": ics}},
    )
    wait_for(
        chat.page,
        "n => document.querySelectorAll('.samen-log .samen-bot:not(.samen-welcome)').length > n+1",
        arg=before,
    )
    message = chat.bots.nth(before)
    assert message.locator("ul > li").count() == 4
    assert message.locator("ol > li").count() == 2
    link = message.locator("a.samen-link")
    assert link.get_attribute("href") == "https://dofi.ibz.be/nl"
    assert "noopener" in (link.get_attribute("rel") or "")
    calendar = chat.page.locator("a.samen-file[download]")
    assert calendar.get_attribute("download") == "samen-deadline.ics"
    with chat.page.expect_download() as download:
        calendar.click()
    assert download.value.suggested_filename == "samen-deadline.ics"
    # timestamps on request
    times = chat.page.locator(".samen-bot time").first
    assert times.is_hidden()
    chat.tool("Tijden tonen").click()
    assert times.is_visible()
    chat.screenshot("11-lists-and-times")


# --- keyboard only ----------------------------------------------------------------------


def focused(chat: Chat, script: str = "e => e.className") -> Any:
    return chat.page.evaluate(f"() => ({script})(document.activeElement)")


def test_keyboard_only(chat: Chat) -> None:
    title = "e => e.disabled ? '' : e.textContent.trim()"
    chat.load()
    keyboard = chat.page.keyboard
    for _ in range(15):
        keyboard.press("Tab")
        if "samen-launcher" in focused(chat):
            break
    assert "samen-launcher" in focused(chat)
    outline = focused(chat, "e => getComputedStyle(e).outlineStyle")
    assert outline != "none", "no visible focus on the launcher"
    keyboard.press("Enter")
    assert focused(chat, "e => e.id") == "samen-input"
    chat.wait_connected()
    before = chat.bots.count()
    keyboard.type(STORY)
    keyboard.press("Enter")
    chat.settle(before)
    assert focused(chat, "e => e.id") == "samen-input", "focus left the input after sending"
    for _ in range(MAX_TURNS):
        if chat.open_buttons().count():
            # from the input the newest answers are just before it; from the chosen
            # answer (a message in the log) they come right after it
            step = "Shift+Tab" if focused(chat, "e => e.id") == "samen-input" else "Tab"
            titles = [t.strip() for t in chat.open_buttons().all_inner_texts()]
            target = titles[pick_button(titles, chat.bot_texts()[-1])]
            for _ in range(40):
                keyboard.press(step)
                if "samen-choice" in focused(chat) and focused(chat, title) == target:
                    break
            assert "samen-choice" in focused(chat)
            assert focused(chat, "e => getComputedStyle(e).outlineStyle") != "none"
            before = chat.bots.count()
            keyboard.press("Enter")
            # focus goes to the chosen answer, shown as the user's message
            assert "samen-user" in focused(chat)
            chat.settle(before)
        else:
            last = chat.bot_texts()[-1]
            answer = plain_answer(last) if "?" in last else None
            if not answer:
                break
            for _ in range(40):
                if focused(chat, "e => e.id") == "samen-input":
                    break
                keyboard.press("Tab")
            assert focused(chat, "e => e.id") == "samen-input"
            before = chat.bots.count()
            keyboard.type(answer)
            keyboard.press("Enter")
            chat.settle(before)
    # keyboard only from start to end: the answer came
    assert "gezinshereniging" in " ".join(chat.bot_texts()).lower()
    keyboard.press("Escape")
    assert "samen-launcher" in focused(chat), "closing the chat must return focus to the launcher"


def test_live_region_announces_each_bot_message_once(chat: Chat) -> None:
    chat.load().open()
    chat.page.evaluate(
        """() => {
          window.__announced = [];
          const live = document.querySelector('.samen-w [aria-live=polite]');
          new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(
            n => window.__announced.push(n.textContent)))).observe(live, {childList: true});
        }"""
    )
    assert chat.page.locator(".samen-log[aria-live]").count() == 0
    chat.say("Kan mijn broer naar België komen?")
    announced = chat.page.evaluate("() => window.__announced")
    # one announcement per new bot message, none for the user's own or the history
    assert len(announced) == chat.bots.count()
    chat.page.reload()
    chat.page.wait_for_selector(".samen-w[data-ready=true]", state="attached")
    assert chat.page.locator(".samen-w [aria-live=polite] > *").count() == 0


# --- embedding ------------------------------------------------------------------------


def embed_page(context: Any, web_url: str, stack: Any, attributes: str) -> Chat:
    """Any NGO page with only the script tag: written into a page of the web server's
    origin (with its Content-Security-Policy)."""
    html = (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>NGO</title></head>'
        "<body><main><h1>Een andere organisatie</h1><p>Tekst van de organisatie.</p></main>"
        f'<script src="/widget/widget.js" data-server="{stack.rasa_url}" {attributes}></script>'
        "</body></html>"
    )
    chat = Chat(context.new_page(), web_url, "/niet-gevonden")
    chat.page.goto(web_url + "/niet-gevonden")
    chat.page.set_content(html)
    chat.page.wait_for_selector(".samen-w[data-ready=true]", state="attached")
    return chat


def test_data_attributes_configure_the_widget(context: Any, web_url: str, stack: Any) -> None:
    attributes = 'data-title="Hulp bij familie" data-open="true" data-color="#7a1f5c"'
    chat = embed_page(context, web_url, stack, attributes)
    assert chat.page.locator(".samen-panel").is_visible(), "data-open=true starts open"
    assert chat.page.locator("#samen-title").inner_text() == "Hulp bij familie"
    main = "() => getComputedStyle(document.querySelector('.samen-send')).backgroundColor"
    assert chat.page.evaluate(main) == "rgb(122, 31, 92)"
    chat.wait_connected()
    no_violations(chat, "12-embedded-custom-colour")
    # a colour with too little contrast for white text is refused
    warnings: list[str] = []
    context.on("console", lambda msg: warnings.append(msg.text))
    pale = embed_page(context, web_url, stack, 'data-color="#ffd700"')
    assert pale.page.locator(".samen-panel").is_hidden(), "closed by default"
    assert pale.page.evaluate(main) == "rgb(11, 93, 75)"
    assert any("contrast" in w for w in warnings)
