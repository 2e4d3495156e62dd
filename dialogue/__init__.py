"""Samen's dialogue: a pure module (no Rasa import) beside `eligibility`.

    from dialogue import take_turn

`take_turn(state, parsed_message, today, responses, ...)` returns the new state and the
replies; the Rasa action `action_samen_turn` is a thin adapter around it.
"""

from dialogue.turn import Turn, take_turn

__all__ = ["Turn", "take_turn"]
