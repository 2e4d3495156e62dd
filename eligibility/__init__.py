"""Samen's eligibility module: Belgian family-reunification law as tested, pure Python.

    from eligibility import assess, validate_case, ValidationError

No Rasa import, no I/O, no clock: the application date is an explicit argument.
"""

from eligibility.assessment import assess
from eligibility.validation import ValidationError, validate_case

__all__ = ["assess", "validate_case", "ValidationError"]
