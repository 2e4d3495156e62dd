"""Slots <-> case mapping and reading facts from one message (no Rasa server needed)."""

import datetime as dt

from actions.case_facts import (
    FACT_TO_SLOT,
    facts_from_message,
    message_date,
    parse_age,
    slots_to_case,
)
from tests.actions.conftest import NOW, entity, make_tracker, user_event


def message(intent="inform", entities=(), text=""):
    return {"text": text, "intent": {"name": intent}, "entities": list(entities)}


def test_slots_to_case_leaves_unknown_facts_out_and_uses_int_ages():
    case = slots_to_case(
        {
            "relationship": "spouse",
            "applicant_age": 27.0,
            "sponsor_status": "refugee",
            "recognition_date": "2025-03-03",
            "married": None,
            "marriage_type": "official",
        }
    )
    assert case == {
        "sponsor": {"status": "refugee", "recognition_date": "2025-03-03"},
        "applicant": {"relationship": "spouse", "age": 27, "marriage": "official"},
    }


def test_every_mapped_slot_is_a_domain_slot(domain):
    assert set(FACT_TO_SLOT.values()) <= set(domain["slots"])


def test_story_with_wife_children_refugee_status_and_date():
    facts = facts_from_message(
        message(
            "inform",
            [
                entity("relationship", "spouse", "vrouw", 5),
                entity("relationship", "child", "kinderen", 20),
                entity("country", "Turkije", "Turkije", 40),
                entity("sponsor_status", "refugee", "vluchteling", 70),
                entity(
                    "recognition_date",
                    "sinds februari",
                    start=50,
                    normalized="2026-02-01",
                    flags=["approximate"],
                ),
            ],
        ),
        {},
    )
    assert facts["relationship"] == "spouse"
    assert facts["relationship_own_word"] == "vrouw"
    assert facts["pending_relatives"] == ["child"]
    assert facts["sponsor_status"] == "refugee"
    assert facts["recognition_date"] == "2026-02-01"
    assert facts["recognition_date_approximate"] is True
    assert facts["country"] == "Turkije"


def test_sponsor_role_age_goes_to_sponsor_age():
    facts = facts_from_message(
        message(
            entities=[entity("age", "34", start=0, role="sponsor"), entity("age", "27", start=20)]
        ),
        {},
    )
    assert facts["sponsor_age"] == 34.0
    assert facts["applicant_age"] == 27.0


def test_bare_number_answers_the_requested_age():
    facts = facts_from_message(message(text="17"), {"requested_slot": "applicant_age"})
    assert facts["applicant_age"] == 17.0
    facts = facts_from_message(
        message(entities=[entity("age", "40")]), {"requested_slot": "sponsor_age"}
    )
    assert facts["sponsor_age"] == 40.0 and "applicant_age" not in facts


def test_impossible_age_asks_again():
    facts = facts_from_message(
        message(entities=[entity("age", "200")]), {"requested_slot": "applicant_age"}
    )
    assert facts["applicant_age"] is None
    assert facts["clarification"] == "age|applicant_age"


def test_future_or_ambiguous_date_is_not_guessed():
    for flag in ("future", "ambiguous"):
        facts = facts_from_message(
            message(
                entities=[entity("recognition_date", "x", normalized="2027-01-01", flags=[flag])]
            ),
            {},
        )
        assert facts["recognition_date"] is None
        assert facts["clarification"] == f"{flag}|recognition_date"


def test_date_without_normalized_value_is_ambiguous():
    facts = facts_from_message(message(entities=[entity("recognition_date", "ooit")]), {})
    assert facts["clarification"] == "ambiguous|recognition_date"


def test_date_answers_the_requested_date_slot():
    facts = facts_from_message(
        message(entities=[entity("recognition_date", "1 juni 2023", normalized="2023-06-01")]),
        {"requested_slot": "arrival_date"},
    )
    assert facts == {"arrival_date": "2023-06-01"}


def test_yes_no_answers_fill_requested_boolean_and_enum():
    assert facts_from_message(message("affirm"), {"requested_slot": "disabled"}) == {
        "disabled": True
    }
    assert facts_from_message(message("deny"), {"requested_slot": "married"}) == {"married": False}
    assert facts_from_message(message("deny"), {"requested_slot": "partnership"}) == {
        "partnership": "none"
    }
    assert facts_from_message(message("affirm"), {}) == {}


def test_entities_for_custody_marriage_and_disability():
    facts = facts_from_message(
        message(
            entities=[
                entity("custody", "sole"),
                entity("marriage_type", "religious_or_customary"),
                entity("disability", "disabled"),
            ]
        ),
        {},
    )
    assert facts == {"custody": "sole", "marriage_type": "religious_or_customary", "disabled": True}


def test_new_relative_after_an_answer_keeps_sponsor_facts_and_resets_relative():
    slots = {
        "relationship": "spouse",
        "applicant_age": 27.0,
        "route": "family_reunification",
        "sponsor_status": "refugee",
        "marriage_type": "official",
    }
    facts = facts_from_message(
        message(entities=[entity("relationship", "sibling", "broer")]), slots
    )
    assert facts["relationship"] == "sibling"
    assert facts["applicant_age"] is None and facts["marriage_type"] is None
    assert facts["route"] is None
    assert "sponsor_status" not in facts


def test_same_relationship_again_before_an_answer_changes_nothing():
    assert (
        facts_from_message(
            message(entities=[entity("relationship", "spouse")]), {"relationship": "spouse"}
        )
        == {}
    )


def test_correction_after_answer_clears_the_route():
    slots = {"relationship": "spouse", "applicant_age": 27.0, "route": "family_reunification"}
    facts = facts_from_message(message("deny", [entity("age", "17")]), slots)
    assert facts == {"applicant_age": 17.0, "route": None}


def test_parse_age_bounds():
    assert parse_age("17") == 17.0
    assert parse_age("-1") is None and parse_age("131") is None and parse_age("x") is None


def test_message_date_is_the_local_date_of_the_latest_user_message(domain):
    tracker = make_tracker(domain, events=[user_event(timestamp=NOW)])
    assert message_date(tracker) == dt.date(2026, 11, 22)


def test_a_question_while_an_age_is_asked_is_not_an_age():
    assert (
        facts_from_message(
            message("ask_costs", text="hoeveel kost het?"), {"requested_slot": "sponsor_age"}
        )
        == {}
    )
    facts = facts_from_message(message(text="250"), {"requested_slot": "applicant_age"})
    assert facts == {"applicant_age": None, "clarification": "age|applicant_age"}


def test_untagged_answer_to_a_date_question_is_parsed_like_the_nlu_does():
    today = dt.date(2026, 11, 22)
    facts = facts_from_message(
        message(text="volgende maand"), {"requested_slot": "recognition_date"}, today
    )
    assert facts == {"recognition_date": None, "clarification": "future|recognition_date"}
    facts = facts_from_message(
        message(text="10 januari 2026"), {"requested_slot": "recognition_date"}, today
    )
    assert facts["recognition_date"] == "2026-01-10"
    assert (
        facts_from_message(
            message(text="dat weet ik niet"), {"requested_slot": "recognition_date"}, today
        )
        == {}
    )


def test_day_of_a_date_tagged_as_an_age_is_read_as_the_date():
    text = "ik ben erkend vluchteling sinds 1 december 2025, mijn vrouw van 30 is in Somalië"
    facts = facts_from_message(
        message(
            text=text,
            entities=[
                entity("age", "1", start=32),
                entity("relationship", "spouse", start=54),
                entity("age", "30", start=64),
            ],
        ),
        {},
        dt.date(2026, 11, 22),
    )
    assert facts["recognition_date"] == "2025-12-01"
    assert facts["applicant_age"] == 30.0


def test_split_date_with_a_month_entity_is_joined():
    text = "ik ben erkend vluchteling sinds 1 juni 2025"
    facts = facts_from_message(
        message(
            text=text,
            entities=[
                entity("age", "1", start=32),
                entity(
                    "recognition_date",
                    "juni",
                    start=34,
                    normalized="2026-06-01",
                    flags=["approximate"],
                ),
            ],
        ),
        {},
        dt.date(2026, 11, 22),
    )
    assert facts["recognition_date"] == "2025-06-01"
    assert facts["recognition_date_approximate"] is False
    assert "applicant_age" not in facts


def test_untagged_recognition_date_next_to_the_status_is_read():
    text = "mijn verloofde woont in Syrië, ik ben erkend vluchteling sinds 3 maart 2026"
    facts = facts_from_message(
        message(
            text=text,
            entities=[
                entity("relationship", "partner", start=5),
                entity("sponsor_status", "refugee", start=38),
            ],
        ),
        {},
        dt.date(2026, 11, 22),
    )
    assert facts["recognition_date"] == "2026-03-03"
    # without a status in the message a date is not taken for the recognition date
    facts = facts_from_message(
        message(
            text="mijn zoon is geboren op 3 maart 2010", entities=[entity("relationship", "child")]
        ),
        {},
        dt.date(2026, 11, 22),
    )
    assert "recognition_date" not in facts


def test_partly_tagged_date_uses_the_full_date():
    text = "erkend sinds 1 juni 2025"
    facts = facts_from_message(
        message(
            text=text,
            entities=[
                entity(
                    "recognition_date",
                    "juni",
                    start=15,
                    normalized="2026-06-01",
                    flags=["approximate"],
                )
            ],
        ),
        {},
        dt.date(2026, 11, 22),
    )
    assert facts["recognition_date"] == "2025-06-01"
    assert facts["recognition_date_approximate"] is False
