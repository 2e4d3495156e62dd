"""Intent groups the dialogue treats alike (names from CONTRACT section 2 and domain.yml)."""

from __future__ import annotations

# general questions: answered at any moment, from the case when there is one
FAQ_INTENTS = (
    "ask_documents", "ask_humanitarian_visa", "ask_costs", "ask_deadline",
    "ask_processing_time", "ask_dna_test", "ask_travel_document", "ask_means_of_subsistence",
    "ask_housing", "ask_health_insurance", "ask_legalisation", "ask_conditions", "ask_summary",
)  # fmt: skip
# small talk: one response each
SMALL_TALK = {
    "greet": "utter_greet_again",
    "thank": "utter_you_are_welcome",
    "goodbye": "utter_goodbye",
    "bot_challenge": "utter_iamabot",
}
# a story about the family (facts follow)
STORY_INTENTS = ("inform", "check_eligibility")
