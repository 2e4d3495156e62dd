"""Bar charts rendered on the server as SVG (no script): each comes with its table.

A chart is a list of (label, value); `bars` lays it out for the template
(templates/staff/chart.html), which draws rects with presentation attributes only (no
inline style, so the staff CSP holds).
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 640
BAR = 22
GAP = 6
LABEL = 200


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    y: int
    width: int
    text_y: int


@dataclass(frozen=True)
class Chart:
    title: str
    caption: str
    bars: list[Bar]
    height: int
    unit: str = ""


def bars(title: str, caption: str, rows: list[tuple[str, float]], unit: str = "") -> Chart:
    top = max((v for _, v in rows), default=0) or 1
    room = WIDTH - LABEL - 60
    laid = [
        Bar(
            str(label),
            value,
            i * (BAR + GAP),
            max(1, round(room * value / top)) if value else 0,
            i * (BAR + GAP) + BAR - 6,
        )
        for i, (label, value) in enumerate(rows)
    ]
    return Chart(title, caption, laid, max(BAR, len(rows) * (BAR + GAP)), unit)
