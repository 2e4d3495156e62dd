"""Bounded Damerau-Levenshtein distance (optimal string alignment) and a conservative matcher.

Pure Python, no dependencies. `osa_distance(a, b, limit)` stops early once the distance is
known to exceed `limit`, so a comparison costs O(len(a) * (2 * limit + 1)).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["osa_distance", "allowed_distance", "best_match"]


def allowed_distance(word: str) -> int:
    """Edits tolerated for a word of this length: 0 below 5 chars, 1 for 5-8, 2 for 9+."""
    n = len(word)
    if n >= 9:
        return 2
    if n >= 5:
        return 1
    return 0


def osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance of `a` and `b`, or `limit + 1` if it exceeds `limit`.

    Counts insertions, deletions, substitutions and transpositions of adjacent characters.
    """
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    if la == 0 or lb == 0:
        d = max(la, lb)
        return d if d <= limit else limit + 1
    big = limit + 1
    prev_prev: list[int] | None = None
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [big] * (lb + 1)
        cur[0] = i
        lo = max(1, i - limit)
        hi = min(lb, i + limit)
        row_min = cur[0] if lo == 1 else big
        ca = a[i - 1]
        for j in range(lo, hi + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev_prev is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev_prev[j - 2] + 1)
            cur[j] = v
            if v < row_min:
                row_min = v
        if row_min > limit:
            return big
        prev_prev, prev = prev, cur
    d = prev[lb]
    return d if d <= limit else big


def best_match(
    word: str, table: Mapping[str, str] | Iterable[str], max_distance: int | None = None
) -> str | None:
    """The value of the single closest key of `table` within the allowed distance, or None.

    `table` maps spellings to values (an iterable of strings maps each to itself). The
    tolerance is `allowed_distance(word)` unless given, and a key must itself have 5+ chars.
    When keys with different values share the smallest distance the match is ambiguous and
    None is returned (never guess).
    """
    limit = allowed_distance(word) if max_distance is None else max_distance
    if limit <= 0 or not word:
        return None
    items = table.items() if isinstance(table, Mapping) else ((k, k) for k in table)
    best: str | None = None
    best_d = limit + 1
    tie = False
    for key, value in items:
        key_limit = min(limit, allowed_distance(key))
        if key_limit <= 0:
            continue
        d = osa_distance(word, key, key_limit)
        if d > key_limit:
            continue
        if d < best_d:
            best, best_d, tie = value, d, False
        elif d == best_d and value != best:
            tie = True
    if best is None or tie:
        return None
    return best
