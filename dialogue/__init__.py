"""Samen's dialogue: a pure module (no Rasa import) beside `eligibility`.

    from dialogue import take_turn

`take_turn(state, parsed_message, today, responses, ...)` returns the new state and the
replies; the Rasa action `action_samen_turn` is a thin adapter around it. The rules that
decide who each fact belongs to (context persons, registered partners, plain answers and
unknown facts, the applicant writing, birthdays, chat words, people already in Belgium) are
described in docs/DIALOGUE_RULES.md.
"""

from dialogue.turn import Turn, take_turn

__all__ = ["Turn", "take_turn"]
