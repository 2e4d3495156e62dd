"""Exact calendar arithmetic, written once.

Months are added with end-of-month clamping: 2024-02-29 + 12 months = 2025-02-28 and
2025-01-31 + 1 month = 2025-02-28. A request made on the deadline day itself is in time;
the day after is late.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def add_months(day: date, months: int) -> date:
    """Return `day` plus `months` calendar months, clamped to the last day of the month."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month0 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def in_time(request_day: date, deadline: date) -> bool:
    """A request on the deadline day itself is in time; the day after is late."""
    return request_day <= deadline


def parse_iso_date(text: str) -> date:
    """Parse a strict ISO `YYYY-MM-DD` date; raise ValueError for anything else."""
    match = _ISO.fullmatch(text)
    if not match:
        raise ValueError("must be a date written as YYYY-MM-DD")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError("is not an existing calendar date") from None
