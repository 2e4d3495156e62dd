"""Samen's eligibility module: Belgian family-reunification law as tested, pure Python.

    from eligibility import Reader, assess, validate_case, ValidationError

No Rasa import, no I/O, no clock: the application date is an explicit argument.
"""

from eligibility.assessment import assess
from eligibility.reader import Reader
from eligibility.validation import ValidationError, validate_case

__all__ = ["assess", "Reader", "validate_case", "ValidationError"]
