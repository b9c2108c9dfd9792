"""Numbers and category labels as the charts show them: short axis ticks, full values, compact months."""

from __future__ import annotations

import math
import re
import unicodedata

from crm_desktop.domain.analytics.dashboard import MONEY, PERCENT, SCORE

ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Western thousands (k, M, B) or Chinese myriads (万 = 10^4, 亿 = 10^8).
_WESTERN = ((1e9, "B"), (1e6, "M"), (1e3, "k"))
_MYRIADS = ((1e8, "亿"), (1e4, "万"))


def _trim(number: float) -> str:
    """One decimal below ten, none above: 1.2M, 12M, 120M (a tick label wants few digits)."""
    text = f"{number:,.1f}" if abs(number) < 10 else f"{number:,.0f}"
    return text[:-2] if text.endswith(".0") else text


def short_number(value: float, myriads: bool = False) -> str:
    for size, suffix in _MYRIADS if myriads else _WESTERN:
        if abs(value) >= size:
            return _trim(value / size) + suffix
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:,.1f}"


def short_value(value: float, unit: str, symbol: str = "¥", myriads: bool = False) -> str:
    """Axis ticks and labels on bars: ¥1.2M / ¥12万, 12,345, 45 %, 4.3 ("" for a gap: NaN)."""
    if math.isnan(value):
        return ""
    if unit == MONEY:
        sign = "-" if value < 0 else ""
        return f"{sign}{symbol}{short_number(abs(value), myriads)}"
    if unit == PERCENT:
        return f"{value:.0f} %"
    if unit == SCORE:
        return f"{value:.1f}"
    return short_number(value, myriads) if abs(value) >= 100_000 else f"{value:,.0f}"


def full_value(value: float, unit: str, symbol: str = "¥") -> str:
    """Tooltips and tables: every digit that matters (¥1,234,567, 45.3 %, 4.25)."""
    if math.isnan(value):
        return ""
    if unit == MONEY:
        sign = "-" if value < 0 else ""
        return f"{sign}{symbol}{abs(value):,.0f}"
    if unit == PERCENT:
        return f"{value:.1f} %"
    if unit == SCORE:
        return f"{value:.2f}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def tick_value(value: float, unit: str, symbol: str = "¥", myriads: bool = False) -> str:
    if unit == SCORE:
        return f"{value:g}"
    return short_value(value, unit, symbol, myriads)


def months(categories: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """(year, month) of each category when all are "YYYY-MM" months, else None."""
    found = [_MONTH.match(c) if isinstance(c, str) else None for c in categories]
    if not categories or not all(found):
        return None
    return [(int(m.group(1)), int(m.group(2))) for m in found]


def month_labels(periods: list[tuple[int, int]], names: tuple[str, ...], step: int = 1) -> list[str]:
    """"Mar" per month, the year under the first one shown and under each January."""
    labels = []
    for index, (year, month) in enumerate(periods):
        first = index == 0
        newyear = month == 1 or any(m == 1 for _, m in periods[max(0, index - step + 1): index])
        labels.append(f"{names[month - 1]}\n{year}" if first or newyear else names[month - 1])
    return labels


def month_step(room: float, label: float) -> int:
    """Label every month, or every second, third ... so that labels `label` wide do not touch (`room` per month)."""
    return max(1, math.ceil(label / room)) if room > 0 else 1


def columns(text: str) -> int:
    """Width in half-em columns: Hanzi and full-width forms take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def elide(text: str, limit: int) -> str:
    """At most `limit` columns, with "…" where it was cut."""
    if columns(text) <= limit:
        return text
    kept, width = [], 0
    for ch in text:
        width += columns(ch)
        if width > limit - 1:
            break
        kept.append(ch)
    return "".join(kept).rstrip() + "…"

