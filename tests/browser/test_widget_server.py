"""The widget's files and servers without a browser: size, CSP, allowed origins."""

from __future__ import annotations

import gzip
import json
import re
from typing import Any

import requests

from launcher.model_inputs import ROOT
from samen_rasa.channels.guarded import parse_origins
from samen_rasa.channels.session import SessionBuffers, valid_session_id

STATIC = ROOT / "web" / "static"
WIDGET_FILES = ["widget/widget.js", "widget/widget.css", "widget/nl.json"]
WIDGET_FILES += ["vendor/socket.io.min.js"]
FOREIGN = "http://evil.example"


def test_whole_widget_is_under_60_kb_gzipped() -> None:
    total = sum(len(gzip.compress((STATIC / name).read_bytes(), 9)) for name in WIDGET_FILES)
    assert total < 60 * 1024, f"widget is {total} bytes gzipped"


def test_pages_have_no_inline_script_or_style_and_no_cdn() -> None:
    for page in ("index.html", "chat.html"):
        html = (STATIC / page).read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), page
        assert "<style" not in html and " style=" not in html, page
        assert not re.search(r" on[a-z]+=", html), page
        assert not re.search(r"(src|href)=\"(https?:)?//", html), page


def test_widget_never_sets_html_from_data() -> None:
    source = (STATIC / "widget" / "widget.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in source, sink


def test_catalogue_holds_the_widget_texts() -> None:
    texts = json.loads((STATIC / "widget" / "nl.json").read_text(encoding="utf-8"))
    source = (STATIC / "widget" / "widget.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bT\.([a-z_]+)", source))
    assert used <= set(texts), used - set(texts)
    assert texts["erase_command"] == "wis mijn gegevens"


def test_every_page_has_a_csp_without_unsafe_inline(stack: Any) -> None:
    base = f"http://127.0.0.1:{stack.ports.web}"
    for path in ("/", "/chat", "/widget/widget.js", "/widget/nl.json", "/nope"):
        reply = requests.get(base + path, timeout=10)
        csp = reply.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, (path, csp)
        assert "*" not in csp, csp
    page = requests.get(base + "/", timeout=10).text
    assert f'data-server="http://127.0.0.1:{stack.ports.rasa}"' in page
    assert requests.get(base + "/../launcher/stack.py", timeout=10).status_code == 404


def test_rest_refuses_a_foreign_origin(stack: Any) -> None:
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    body = {"sender": "origin-test-" + "a1b2c3d4e5f6a7b8", "message": "hallo"}
    refused = requests.post(url, json=body, headers={"Origin": FOREIGN}, timeout=60)
    assert refused.status_code == 403
    allowed = requests.post(
        url, json=body, headers={"Origin": f"http://127.0.0.1:{stack.ports.web}"}, timeout=60
    )
    assert allowed.status_code == 200
    assert (
        allowed.headers.get("Access-Control-Allow-Origin") == f"http://127.0.0.1:{stack.ports.web}"
    )


def test_socketio_refuses_a_foreign_origin(stack: Any) -> None:
    url = f"{stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    refused = requests.get(url, headers={"Origin": FOREIGN}, timeout=10)
    assert refused.status_code == 400
    assert "Access-Control-Allow-Origin" not in refused.headers
    own = f"http://localhost:{stack.ports.web}"
    allowed = requests.get(url, headers={"Origin": own}, timeout=10)
    assert allowed.status_code == 200 and '"sid"' in allowed.text


def test_origins_setting_never_means_everyone() -> None:
    assert parse_origins("*") == ["http://localhost:8080", "http://127.0.0.1:8080"]
    assert parse_origins("https://a.org/, https://b.org") == ["https://a.org", "https://b.org"]
    assert parse_origins("${SAMEN_UNSET_VARIABLE}") == parse_origins(None)


def test_session_ids_must_be_secret_and_replay_is_per_session() -> None:
    assert not valid_session_id("1")
    assert not valid_session_id("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert valid_session_id("9f2c4e7a1b3d5f60718293a4b5c6d7e8")
    buffers = SessionBuffers(per_session=3)
    a, b = "9f2c4e7a1b3d5f60718293a4b5c6d7e8", "0123456789abcdef0123456789abcdef"
    first = buffers.add(a, {"text": "een"})
    buffers.add(a, {"text": "twee"})
    buffers.add(b, {"text": "ander gesprek"})
    assert [m["text"] for m in buffers.since(a, first["id"])] == ["twee"]
    assert [m["text"] for m in buffers.since(a, None)] == ["een", "twee"]
    assert buffers.first_time(a, "m1") and not buffers.first_time(a, "m1")
    buffers.forget(a)
    assert buffers.since(a, None) == []
