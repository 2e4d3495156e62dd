"""Confirmation, answer, next relative and feedback with the real eligibility module."""

from actions.assessment import (
    ActionAssessFamily,
    ActionConfirmFacts,
    ActionNextRelative,
    ActionStoreFeedback,
    confirmation_text,
)
from tests.actions.conftest import (
    entity,
    make_tracker,
    responses,
    run,
    slot_events,
    texts,
    user_event,
)

WIFE = {
    "consent": True,
    "relationship": "spouse",
    "relationship_label": "je vrouw",
    "sponsor_status": "refugee",
    "recognition_date": "2026-02-01",
    "applicant_age": 27.0,
    "marriage_type": "official",
    "sponsor_age": 34.0,
    "relationship_predates_arrival": True,
}
ADULT_DAUGHTER = {
    "consent": True,
    "relationship": "child",
    "relationship_label": "je kind",
    "sponsor_status": "refugee",
    "recognition_date": "2026-02-01",
    "applicant_age": 19.0,
    "disabled": False,
    "sponsor_age": 34.0,
    "minor_when_sponsor_applied_for_asylum": False,
    "minor_siblings_applying": True,
}


def all_text(domain, dispatcher):
    out = []
    for message in dispatcher.messages:
        if message.get("text"):
            out.append(message["text"])
        elif message.get("response"):
            template = domain["responses"][message["response"]][0]["text"]
            values = {k: v for k, v in message.items() if k != "response"}
            out.append(
                template.format_map(
                    type("D", (dict,), {"__missing__": lambda self, k: "{" + k + "}"})(values)
                )
            )
    return "\n".join(out)


def test_confirmation_sentence(domain):
    text = confirmation_text(domain, WIFE)
    assert text == (
        "Je bent erkend vluchteling sinds 1 februari 2026. Jij bent 34 jaar. Je vrouw is 27 jaar."
    )


def test_confirm_facts_asks_klopt_dat(domain):
    tracker = make_tracker(domain, WIFE, latest_action="family_form")
    dispatcher, events = run(ActionConfirmFacts(), tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_confirm_facts"
    assert "sinds 1 februari 2026" in dispatcher.messages[0]["confirmation_text"]
    assert "sinds 1 februari 2026" in slot_events(events)["confirmation_text"]


def test_plain_no_asks_what_to_correct(domain):
    tracker = make_tracker(domain, WIFE, [user_event("nee", "deny")])
    dispatcher, _ = run(ActionConfirmFacts(), tracker, domain)
    assert responses(dispatcher) == ["utter_ask_correction"]


def test_no_with_a_correction_confirms_the_new_facts(domain):
    events = [
        user_event("nee, ze is 17", "deny", [entity("age", "17")]),
        {"event": "slot", "name": "applicant_age", "value": 17.0},
    ]
    tracker = make_tracker(domain, dict(WIFE, applicant_age=17.0), events)
    dispatcher, _ = run(ActionConfirmFacts(), tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_confirm_facts"
    assert "Je vrouw is 17 jaar." in dispatcher.messages[0]["confirmation_text"]


def test_answer_for_wife_of_recent_refugee(domain):
    tracker = make_tracker(domain, WIFE)
    dispatcher, events = run(ActionAssessFamily(), tracker, domain)
    slots = slot_events(events)
    assert slots["route"] == "family_reunification"
    assert slots["assessments"][-1]["route"] == "family_reunification"
    said = responses(dispatcher)
    assert said[0] == "utter_answer_route_family_reunification"
    assert "utter_answer_fee_exempt" in said
    assert "utter_answer_favourable" in said
    assert "utter_disclaimer" in said
    text = all_text(domain, dispatcher)
    assert "vóór 1 februari 2027" in text
    assert "je vrouw heeft recht op gezinshereniging" in text
    assert "huwelijksakte" in text  # documents checklist from the catalogue
    assert "☐" in text


def test_answer_for_adult_daughter_is_humanitarian_with_what_strengthens(domain):
    tracker = make_tracker(domain, ADULT_DAUGHTER)
    dispatcher, events = run(ActionAssessFamily(), tracker, domain)
    assert slot_events(events)["route"] == "humanitarian_visa"
    text = all_text(domain, dispatcher)
    assert "humanitair visum" in text
    assert "Tips voor je aanvraag:" in text and "sterker" in text
    assert "utter_answer_fee_due" in responses(dispatcher)
    assert "utter_answer_favourable" not in responses(dispatcher)


def test_deadline_near_and_passed_warnings(domain):
    near = make_tracker(domain, dict(WIFE, recognition_date="2025-12-10"))
    dispatcher, _ = run(ActionAssessFamily(), near, domain)
    assert "utter_answer_deadline_warning_near" in responses(dispatcher)
    passed = make_tracker(domain, dict(WIFE, recognition_date="2025-06-01"))
    dispatcher, _ = run(ActionAssessFamily(), passed, domain)
    assert "utter_answer_deadline_warning_passed" in responses(dispatcher)


def test_pending_relative_is_flagged(domain):
    tracker = make_tracker(domain, dict(WIFE, pending_relatives=["child"]))
    _, events = run(ActionAssessFamily(), tracker, domain)
    assert slot_events(events)["has_pending_relative"] is True


def test_assessment_error_gives_an_apology(domain, caplog):
    tracker = make_tracker(domain, dict(WIFE, applicant_age=-5.0))
    dispatcher, events = run(ActionAssessFamily(), tracker, domain)
    assert responses(dispatcher) == ["utter_technical_problem"]
    assert events == []
    assert "action_assess_family failed" in caplog.text
    assert "-5" not in caplog.text


def test_next_relative_keeps_sponsor_and_resets_relative(domain):
    tracker = make_tracker(
        domain, dict(WIFE, route="family_reunification", pending_relatives=["child", "parent"])
    )
    dispatcher, events = run(ActionNextRelative(), tracker, domain)
    slots = slot_events(events)
    assert slots["relationship"] == "child" and slots["relationship_label"] == "je kind"
    assert slots["applicant_age"] is None and slots["marriage_type"] is None
    assert slots["pending_relatives"] == ["parent"] and "has_pending_relative" not in slots
    assert "sponsor_status" not in slots
    assert dispatcher.messages[0]["response"] == "utter_next_relative"


def test_feedback_is_stored(domain):
    tracker = make_tracker(domain, WIFE, [user_event("ja", "affirm")])
    dispatcher, events = run(ActionStoreFeedback(), tracker, domain)
    assert slot_events(events) == {"feedback": "useful"}
    assert responses(dispatcher) == ["utter_feedback_thanks"]
    tracker = make_tracker(domain, WIFE, [user_event("nee", "deny")])
    _, events = run(ActionStoreFeedback(), tracker, domain)
    assert slot_events(events) == {"feedback": "not_useful"}


def test_correction_instead_of_feedback_goes_back_to_confirmation(domain):
    events = [
        user_event("nee ze is 17", "deny", [entity("age", "17")]),
        {"event": "slot", "name": "applicant_age", "value": 17.0},
    ]
    tracker = make_tracker(domain, WIFE, events)
    _, result = run(ActionStoreFeedback(), tracker, domain)
    assert result == [{"event": "followup", "name": "action_confirm_facts", "timestamp": None}]
    assert texts is not None


def test_confirmation_keeps_an_approximate_date_approximate(domain):
    text = confirmation_text(domain, dict(WIFE, recognition_date_approximate=True))
    assert text.startswith("Je bent erkend vluchteling sinds februari 2026.")
