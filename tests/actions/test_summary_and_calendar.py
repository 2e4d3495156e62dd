"""The copyable case summary and the .ics deadline file."""

import datetime as dt

from actions.calendar_file import ActionSendCalendar, build_ics
from actions.summary import ActionCaseSummary
from tests.actions.conftest import make_tracker, responses, run, texts
from tests.actions.test_assessment import ADULT_DAUGHTER, WIFE


def test_summary_lists_facts_route_conditions_documents_and_sources(domain):
    slots = dict(
        WIFE,
        route="family_reunification",
        assessments=[{"relationship_label": "je vrouw", "route": "family_reunification"}],
    )
    dispatcher, _ = run(ActionCaseSummary(), make_tracker(domain, slots), domain)
    [summary] = texts(dispatcher)
    assert summary.startswith("Samenvatting van je situatie")
    assert "Je bent erkend vluchteling sinds 1 februari 2026." in summary
    assert "Je vrouw: recht op gezinshereniging" in summary
    assert "vóór 1 februari 2027" in summary
    assert "Voorwaarden:" in summary and "Documenten om te verzamelen:" in summary
    assert "Bronnen: " in summary and "Vreemdelingenwet" in summary
    assert "geen juridisch advies" in summary


def test_summary_mentions_earlier_relatives(domain):
    slots = dict(
        ADULT_DAUGHTER,
        route="humanitarian_visa",
        assessments=[
            {"relationship_label": "je vrouw", "route": "family_reunification"},
            {"relationship_label": "je kind", "route": "humanitarian_visa"},
        ],
    )
    dispatcher, _ = run(ActionCaseSummary(), make_tracker(domain, slots), domain)
    [summary] = texts(dispatcher)
    assert "Je vrouw: recht op gezinshereniging" in summary
    assert "Je kind: humanitair visum" in summary


def test_summary_without_a_case(domain):
    dispatcher, _ = run(ActionCaseSummary(), make_tracker(domain, {"consent": True}), domain)
    assert responses(dispatcher) == ["utter_no_case_yet"]


def test_ics_is_a_valid_all_day_event():
    ics = build_ics(
        dt.date(2027, 2, 1),
        "Titel, met komma",
        "Lange uitleg " * 10,
        dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone.utc),
    )
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "DTSTART;VALUE=DATE:20270201" in lines
    assert "DTEND;VALUE=DATE:20270202" in lines
    assert "SUMMARY:Titel\\, met komma" in lines
    assert all(len(line.encode()) <= 75 for line in lines)


def test_calendar_is_sent_to_the_web_chat(domain):
    slots = dict(WIFE, route="family_reunification")
    dispatcher, _ = run(ActionSendCalendar(), make_tracker(domain, slots), domain)
    assert responses(dispatcher) == ["utter_ics_sent"]
    custom = dispatcher.messages[1]["custom"]
    assert custom["type"] == "calendar" and custom["filename"] == "samen-deadline.ics"
    assert "DTSTART;VALUE=DATE:20270201" in custom["content"]
    assert "SUMMARY:Samen: laatste dag gunstige voorwaarden gezinshereniging" in custom["content"]


def test_no_calendar_for_a_humanitarian_visa(domain):
    slots = dict(ADULT_DAUGHTER, route="humanitarian_visa")
    dispatcher, _ = run(ActionSendCalendar(), make_tracker(domain, slots), domain)
    assert dispatcher.messages == []


def test_summary_stays_one_message_on_the_rest_channel(domain):
    # Rasa's REST channel splits a text at blank lines into separate messages
    slots = dict(WIFE, route="family_reunification")
    dispatcher, _ = run(ActionCaseSummary(), make_tracker(domain, slots), domain)
    assert "\n\n" not in texts(dispatcher)[0]
