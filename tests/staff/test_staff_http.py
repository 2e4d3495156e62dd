"""The staff application over HTTP, against the real gunicorn server (tests/staff/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
import requests
import sqlalchemy as sa

from privacy.handoff import sign
from tests.staff.conftest import (
    StaffClient,
    StaffServer,
    conversation,
    intake_body,
    signed_post,
    store,
)

STAFF_PAGES = [
    "/staff/",
    "/staff/handoffs/",
    "/staff/conversations/",
    "/staff/corrections/",
    "/staff/dashboard/",
    "/staff/password/",
    "/staff/admin/audit/",
    "/staff/admin/accounts/",
    "/staff/admin/erase/",
    "/staff/corrections/export.yml",
    "/staff/conversations/SAM-0000-0000/",
    "/staff/handoffs/SAM-0000-0000/",
    "/staff/conversations/SAM-0000-0000/correct/1/",
]
ADMIN_PAGES = [
    "/staff/admin/audit/",
    "/staff/admin/accounts/",
    "/staff/admin/erase/",
    "/staff/corrections/export.yml",
]


# --- accounts and access ------------------------------------------------------------------


def test_login_wrong_password_and_logout(staff_server: StaffServer) -> None:
    client = staff_server.client()
    refused = client.login("reviewer1", "wrong-password-1")
    assert refused.status_code == 200 and "Voer een juiste" in refused.text
    assert "samen_staff_session" not in client.http.cookies
    ok = client.login("reviewer1")
    assert ok.status_code == 302 and ok.headers["Location"] == "/staff/"
    cookie = next(c for c in client.http.cookies if c.name == "samen_staff_session")
    assert cookie.has_nonstandard_attr("HttpOnly") and cookie.path == "/staff/"
    set_cookie = ok.headers["Set-Cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie
    assert client.get("/staff/handoffs/").status_code == 200
    assert client.get("/staff/logout/").status_code == 405  # logout is a POST
    assert client.post("/staff/logout/", {}, form="/staff/handoffs/").status_code == 302
    assert client.get("/staff/handoffs/").status_code == 302


def test_lockout_after_repeated_failures(staff_server: StaffServer) -> None:
    staff_server.create_user("locky", "reviewer")
    client = staff_server.client()
    for _ in range(5):
        assert client.login("locky", "not-the-password").status_code == 200
    locked = client.login("locky")  # the right password, too late
    assert locked.status_code == 200 and "geblokkeerd" in locked.text
    assert "samen_staff_session" not in client.http.cookies


def test_every_staff_url_redirects_to_login(staff_server: StaffServer) -> None:
    client = staff_server.client()
    for path in STAFF_PAGES:
        reply = client.get(path)
        assert reply.status_code == 302, path
        assert reply.headers["Location"].startswith("/staff/login/?next="), path


def test_admin_urls_refused_to_a_reviewer(reviewer: StaffClient, admin: StaffClient) -> None:
    for path in ADMIN_PAGES:
        assert reviewer.get(path).status_code == 403, path
        assert admin.get(path).status_code == 200, path
    refused = reviewer.http.post(
        reviewer.url + "/staff/admin/erase/",
        data={
            "reference": "SAM-0000-0000",
            "confirm": "ja",
            "csrfmiddlewaretoken": reviewer.token("/staff/handoffs/"),
        },
        allow_redirects=False,
        timeout=30,
    )
    assert refused.status_code == 403


def test_post_without_csrf_token_is_refused(admin: StaffClient, staff_server: StaffServer) -> None:
    reference, _ = store(staff_server, conversation())
    reply = admin.http.post(
        admin.url + f"/staff/conversations/{reference}/note/",
        data={"text": "zonder token"},
        allow_redirects=False,
        timeout=30,
    )
    assert reply.status_code == 403
    assert "Traceback" not in reply.text


def test_staff_pages_send_a_strict_csp_and_no_store(admin: StaffClient) -> None:
    reply = admin.get("/staff/handoffs/")
    csp = reply.headers["Content-Security-Policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp
        and "frame-ancestors 'none'" in csp
    )
    assert reply.headers["Cache-Control"] == "no-store"
    assert "<script>" not in reply.text and " style=" not in reply.text


def test_createstaff_refuses_a_weak_password(staff_server: StaffServer) -> None:
    import subprocess
    import sys

    from launcher.model_inputs import ROOT

    done = subprocess.run(
        [sys.executable, "-m", "staff", "createstaff", "weak", "--role", "admin"],
        cwd=ROOT,
        env={**staff_server.env, "SAMEN_STAFF_PASSWORD": "123"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0 and "password refused" in done.stderr
    assert "Traceback" not in done.stderr


# --- hand-offs -----------------------------------------------------------------------------


def test_intake_signature_body_and_encrypted_contact(
    staff_server: StaffServer, admin: StaffClient
) -> None:
    reference, _ = store(staff_server, conversation(handoff=False))
    contact = "0470 12 34 56"
    body = intake_body(reference, contact)
    assert signed_post(staff_server, body, None).status_code == 403
    assert signed_post(staff_server, body, "sha256=" + "0" * 64).status_code == 403
    bad = b'{"reference": "nope", "contact": null, "requested_at": "2026-12-02T10:00:00Z"}'
    refused = signed_post(staff_server, bad, sign(bad, staff_server.key))
    assert refused.status_code == 400 and "reference" in refused.json()["error"]
    ok = signed_post(staff_server, body, sign(body, staff_server.key))
    assert ok.status_code == 201 and ok.json() == {"ok": True}
    again = intake_body(reference, None)  # idempotent: no contact keeps the one stored
    assert signed_post(staff_server, again, sign(again, staff_server.key)).status_code == 201
    # encrypted at rest: the clear contact is in no file of the database
    for path in staff_server.var_dir.glob("tracker.db*"):
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # the server's checkpoint removed the -wal file since the
            continue  # glob: a file that is gone holds nothing
        assert contact.encode() not in data and b"0470123456" not in data, path.name
    page = admin.get(f"/staff/handoffs/{reference}/")
    assert page.status_code == 200 and contact in page.text
    audit = admin.get(f"/staff/admin/audit/?referentie={reference}").text
    assert "contact" in audit and "admin1" in audit
    done = admin.post(
        f"/staff/handoffs/{reference}/update/",
        {"action": "status", "status": "done"},
        form=f"/staff/handoffs/{reference}/",
    )
    assert done.status_code == 302
    engine = staff_server.engine()
    with engine.connect() as conn:
        stored = conn.execute(
            sa.text("select status, contact_encrypted from staff_handoff where reference = :r"),
            {"r": reference},
        ).one()
    engine.dispose()
    assert stored == ("done", None)
    assert contact not in admin.get(f"/staff/handoffs/{reference}/").text


def test_handoff_from_the_chat_events_is_queued_with_its_summary(
    staff_server: StaffServer, reviewer: StaffClient
) -> None:
    reference, _ = store(staff_server, conversation(handoff=True))
    queue = reviewer.get("/staff/handoffs/")
    assert queue.status_code == 200 and reference in queue.text
    assert "recht op gezinshereniging" in queue.text  # the route, in the bot's own words
    assert "retributie" in queue.text  # the fee line (refugee within the year: exempt)
    assign = reviewer.post(
        f"/staff/handoffs/{reference}/update/",
        {"action": "assign", "next": "queue"},
        form="/staff/handoffs/",
    )
    assert assign.status_code == 302
    detail = reviewer.get(f"/staff/handoffs/{reference}/").text
    assert "In behandeling" in detail and "reviewer1" in detail
    for title in ("Voorwaarden", "Kosten", "Termijn", "Documenten", "Bronnen"):
        assert title in detail, title
    assert "print.css" in detail


# --- review --------------------------------------------------------------------------------


def test_filters_find_the_right_conversations(
    staff_server: StaffServer, reviewer: StaffClient
) -> None:
    word = "zoekwoord" + uuid.uuid4().hex[:6]
    plain, _ = store(staff_server, conversation(f"mijn vrouw {word}"))
    fallback, _ = store(staff_server, conversation(f"mijn vrouw {word}", fallback=True))
    negative, _ = store(staff_server, conversation(f"mijn vrouw {word}", negative=True))

    def found(query: str) -> set[str]:
        page = reviewer.get(f"/staff/conversations/?q={word}&{query}").text
        return {r for r in (plain, fallback, negative) if r in page}

    assert found("") == {plain, fallback, negative}
    assert found("fallback=ja") == {fallback}
    assert found("negative=ja") == {negative}
    assert found("negative=nee") == {plain, fallback}
    assert found("route=family_reunification&relationship=spouse&sponsor_status=refugee") == {
        plain,
        fallback,
        negative,
    }
    assert found("relationship=child") == set()
    by_reference = reviewer.get(f"/staff/conversations/?q={fallback.lower().replace('-', ' ')}")
    assert fallback in by_reference.text and "1 gesprek gevonden" in by_reference.text
    today = dt.date.today().isoformat()
    assert found(f"date_from={today}&date_to={today}") == {plain, fallback, negative}
    assert found("date_to=2000-01-01") == set()
    reviewer.post(
        f"/staff/conversations/{plain}/reviewed/", {}, form=f"/staff/conversations/{plain}/"
    )
    assert found("reviewed=ja") == {plain}
    assert found("reviewed=nee") == {fallback, negative}


def test_transcript_escapes_text_and_is_audited(
    staff_server: StaffServer, reviewer: StaffClient, admin: StaffClient
) -> None:
    reference, _ = store(staff_server, conversation("<script>alert(1)</script> mijn vrouw"))
    page = reviewer.get(f"/staff/conversations/{reference}/")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "inform" in page.text and "0,87" in page.text and "relationship" in page.text
    tagged = reviewer.post(
        f"/staff/conversations/{reference}/tag/",
        {"name": "<b>Nakijken</b>"},
        form=f"/staff/conversations/{reference}/",
    )
    assert tagged.status_code == 302
    noted = reviewer.post(
        f"/staff/conversations/{reference}/note/",
        {"text": "<i>bellen</i>"},
        form=f"/staff/conversations/{reference}/",
    )
    assert noted.status_code == 302
    page = reviewer.get(f"/staff/conversations/{reference}/").text
    assert "&lt;b&gt;nakijken&lt;/b&gt;" in page and "&lt;i&gt;bellen&lt;/i&gt;" in page
    audit = admin.get(f"/staff/admin/audit/?referentie={reference}").text
    assert audit.count("transcript") >= 2 and "reviewer1" in audit


def test_dashboard_has_charts_with_tables(staff_server: StaffServer, reviewer: StaffClient) -> None:
    store(staff_server, conversation(handoff=True, negative=True))
    page = reviewer.get("/staff/dashboard/").text
    assert page.count("<svg") >= 5 and page.count("<table") >= 5
    for title in (
        "Gesprekken per dag",
        "Wegen",
        "Meest gestelde vragen",
        "Medewerker gevraagd",
        "Was dit nuttig?",
        "Niet begrepen",
    ):
        assert title in page, title


# --- corrections ---------------------------------------------------------------------------


def _user_event_id(server: StaffServer, sender: str, text: str) -> int:
    engine = server.engine()
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("select id, data from events where sender_id = :s and type_name = 'user'"),
            {"s": sender},
        ).all()
    engine.dispose()
    return next(i for i, data in rows if json.loads(data)["text"] == text)


def test_correct_a_message(staff_server: StaffServer, reviewer: StaffClient) -> None:
    text = "mijn schoonmoeder en mijn dochter van 12 willen komen"
    reference, sender = store(staff_server, conversation(text))
    event_id = _user_event_id(staff_server, sender, text)
    path = f"/staff/conversations/{reference}/correct/{event_id}/"
    wrong = reviewer.post(path, {"intent": "inform", "entity_0": "relationship", "text_0": "tante"})
    assert wrong.status_code == 400 and "staat niet in het bericht" in wrong.text
    bad_intent = reviewer.post(path, {"intent": "no_such_intent"})
    assert bad_intent.status_code == 400
    overlap = reviewer.post(
        path,
        {
            "intent": "inform",
            "entity_0": "relationship",
            "start_0": "0",
            "end_0": "17",
            "value_0": "other_relative",
            "entity_1": "age",
            "start_1": "5",
            "end_1": "9",
        },
    )
    assert overlap.status_code == 400 and "overlappen" in overlap.text
    unknown = reviewer.post(
        path,
        {
            "intent": "inform",
            "entity_0": "relationship",
            "text_0": "mijn dochter",
            "value_0": "daughter",
        },
    )
    assert unknown.status_code == 400 and "kies uit" in unknown.text
    ok = reviewer.post(
        path,
        {
            "intent": "check_eligibility",
            "entity_0": "relationship",
            "text_0": "mijn schoonmoeder",
            "value_0": "other_relative",
            "entity_1": "relationship",
            "start_1": "21",
            "end_1": "32",
            "value_1": "child",
            "entity_2": "age",
            "text_2": "12",
        },
    )
    assert ok.status_code == 302
    listing = reviewer.get("/staff/corrections/").text
    assert "check_eligibility" in listing


@pytest.mark.slow
def test_export_is_valid_rasa_data(
    staff_server: StaffServer, reviewer: StaffClient, admin: StaffClient, tmp_path
) -> None:
    corrections = {
        "mijn schoonzus wil graag naar hier komen": {
            "intent": "check_eligibility", "entity_0": "relationship",
            "text_0": "mijn schoonzus", "value_0": "other_relative",
        },
        "ik ben 16 en mijn broertje zit nog in eritrea": {
            "intent": "inform", "entity_0": "age:sponsor", "text_0": "16",
            "entity_1": "relationship", "text_1": "mijn broertje", "value_1": "sibling",
        },
        "bel me op [telefoonnummer] aub": {"intent": "request_human"},
    }  # fmt: skip
    for text, form in corrections.items():
        reference, sender = store(staff_server, conversation(text))
        event_id = _user_event_id(staff_server, sender, text)
        path = f"/staff/conversations/{reference}/correct/{event_id}/"
        assert reviewer.post(path, form).status_code == 302, text
    export = admin.get("/staff/corrections/export.yml")
    assert export.status_code == 200
    body = export.text
    assert '[mijn schoonzus]{"entity": "relationship", "value": "other_relative"}' in body
    assert '[16]{"entity": "age", "role": "sponsor"}' in body
    assert "[telefoonnummer]" not in body  # a placeholder is skipped, never exported
    assert 'version: "3.1"' in body
    validate_with_rasa(body, tmp_path)


def validate_with_rasa(export: str, tmp_path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    from launcher.model_inputs import ROOT

    shutil.copytree(ROOT / "data", tmp_path / "data")
    for name in ("domain.yml", "config.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "data" / "nlu" / "staff_corrections.yml").write_text(export, encoding="utf-8")
    # Rasa's command line with the training overrides (launcher.rasa_train): the same
    # errors as `rasa data validate` (tests/foundation/test_training_overrides.py), faster
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'rasa'}")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "launcher.rasa_train",
            "data",
            "validate",
            "--data",
            str(tmp_path / "data"),
            "--domain",
            str(tmp_path / "domain.yml"),
            "--config",
            str(tmp_path / "config.yml"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "staff_corrections" not in output, output[-3000:]


# --- erasure -------------------------------------------------------------------------------


def test_admin_erases_a_conversation_by_reference(
    staff_server: StaffServer, admin: StaffClient
) -> None:
    reference, sender = store(staff_server, conversation(handoff=True))
    body = intake_body(reference, "iemand@example.org")
    assert signed_post(staff_server, body, sign(body, staff_server.key)).status_code == 201
    admin.post(
        f"/staff/conversations/{reference}/tag/",
        {"name": "wissen"},
        form=f"/staff/conversations/{reference}/",
    )
    assert reference in admin.get("/staff/conversations/").text  # indexed
    confirm = admin.post("/staff/admin/erase/", {"reference": reference.lower()})
    assert confirm.status_code == 200 and "definitief wissen" in confirm.text
    erased = admin.post(
        "/staff/admin/erase/", {"reference": reference, "confirm": "ja"}, form="/staff/admin/erase/"
    )
    assert erased.status_code == 200 and f"erase: {reference}:" in erased.text
    engine = staff_server.engine()
    with engine.connect() as conn:
        events = conn.execute(
            sa.text("select count(*) from events where sender_id = :s"), {"s": sender}
        ).scalar()
        rows = {
            t: conn.execute(
                sa.text(f"select count(*) from {t} where reference = :r"), {"r": reference}
            ).scalar()
            for t in ("staff_conversation", "staff_handoff", "staff_tag")
        }
        audit = conn.execute(
            sa.text(
                "select count(*) from staff_auditentry where"
                " conversation_reference = :r and action = 'erase'"
            ),
            {"r": reference},
        ).scalar()
    engine.dispose()
    assert events == 0 and rows == dict.fromkeys(rows, 0)
    assert audit == 1  # accountability survives the erasure
    assert admin.get(f"/staff/conversations/{reference}/").status_code == 404
    assert reference not in admin.get("/staff/handoffs/").text
    assert "12 maanden" in admin.get("/staff/admin/erase/").text  # the retention setting


# --- the chat pages on the same server -----------------------------------------------------


def test_widget_pages_are_served_with_their_csp(staff_server: StaffServer) -> None:
    for path in ("/", "/chat", "/widget/widget.js", "/widget/nl.json", "/nope"):
        reply = requests.get(staff_server.url + path, timeout=10)
        csp = reply.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "form-action 'none'" in csp, path
    page = requests.get(staff_server.url + "/", timeout=10)
    assert "{{SAMEN_SERVER}}" not in page.text and 'data-server="http://127.0.0.1:' in page.text
    assert page.headers.get("Content-Encoding") == "gzip"
    widget = requests.get(staff_server.url + "/widget/widget.js", timeout=10)
    again = requests.get(
        staff_server.url + "/widget/widget.js",
        timeout=10,
        headers={"If-None-Match": widget.headers["ETag"]},
    )
    assert again.status_code == 304 and not again.content
    assert requests.get(staff_server.url + "/index.html", timeout=10).text == page.text
    assert requests.get(staff_server.url + "/../launcher/stack.py", timeout=10).status_code == 404


def test_retention_deletes_an_old_hand_off_without_a_conversation(
    staff_server: StaffServer,
) -> None:
    from privacy.retention import purge

    old, recent = "SAM-01D0-0000", "SAM-RECE-NT00"
    for reference, days in ((old, 400), (recent, 2)):
        when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
        body = json.dumps({"reference": reference, "contact": "iemand@example.org",
                           "requested_at": when.isoformat()}).encode()  # fmt: skip
        assert signed_post(staff_server, body, sign(body, staff_server.key)).status_code == 201
    result = purge(staff_server.database_url, days=365)
    assert result.standalone_rows == 1 and "1 hand-offs without a conversation" in result.line()
    engine = staff_server.engine()
    with engine.connect() as conn:
        left = {r for (r,) in conn.execute(sa.text("select reference from staff_handoff"))}
    engine.dispose()
    assert old not in left and recent in left
