"""Users cannot inject intents or entities by starting a message with "/"."""

from __future__ import annotations

from pathlib import Path

from samen_rasa.channels.command_guard import button_payloads, guard_text, load_button_payloads

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = {
    "responses": {
        "utter_ask_consent": [
            {"text": "Akkoord?", "buttons": [
                {"title": "Akkoord", "payload": "/affirm"},
                {"title": "Vluchteling", "payload": '/inform{"sponsor_status": "refugee"}'},
                {"title": "Gewoon tekst", "payload": "ja"},
            ]}
        ]
    }
}  # fmt: skip


def test_a_button_payload_the_bot_offers_passes_as_a_command():
    allowed = button_payloads(DOMAIN)
    assert guard_text("/affirm", allowed) == "/affirm"
    assert guard_text('/inform{"sponsor_status":"refugee"}', allowed) == (
        '/inform{"sponsor_status":"refugee"}'
    )


def test_any_other_slash_message_loses_its_slash_and_goes_through_nlu():
    allowed = button_payloads(DOMAIN)
    assert guard_text('/inform{"sponsor_status": "belgian"}', allowed) == (
        'inform{"sponsor_status": "belgian"}'
    )
    assert guard_text("/restart", allowed) == "restart"
    assert guard_text("//greet", allowed) == "greet"
    assert guard_text("/", allowed) == ""


def test_ordinary_text_is_left_alone():
    allowed = button_payloads(DOMAIN)
    for text in ("mijn vrouw is 27", "ja / nee", "", None):
        assert guard_text(text, allowed) == text


def test_the_real_domain_offers_only_slash_payloads_that_are_commands():
    allowed = load_button_payloads(ROOT / "domain.yml")
    assert all(p.startswith("/") for p in allowed)


def test_payloads_written_with_doubled_braces_in_the_domain_match_what_clients_send():
    domain = {"responses": {"r": [{"text": "?", "buttons": [
        {"title": "Echtgenote", "payload": '/inform{{"relationship":"spouse"}}'},
    ]}]}}  # fmt: skip
    allowed = button_payloads(domain)
    assert guard_text('/inform{"relationship":"spouse"}', allowed) == (
        '/inform{"relationship":"spouse"}'
    )
