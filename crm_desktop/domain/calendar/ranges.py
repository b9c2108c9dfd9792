"""Day, week and month spans of local days, and their bounds as UTC times (entries are kept in UTC)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

DAY, WEEK, MONTH = "day", "week", "month"
VIEWS = (DAY, WEEK, MONTH)


def local_midnight(day: date) -> datetime:
    """The start of a local day as an aware time (its UTC offset is that day's: summer time is right)."""
    return datetime.combine(day, time.min).astimezone()


@dataclass(frozen=True)
class CalendarRange:
    """The days a view shows, [first, last): a day, a week from Monday, or the whole weeks around a month."""

    view: str
    anchor: date  # the day the view was opened on (a month view's month)
    first: date
    last: date

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days)]

    def utc_bounds(self) -> tuple[datetime, datetime]:
        return local_midnight(self.first).astimezone(UTC), local_midnight(self.last).astimezone(UTC)

    def contains(self, day: date) -> bool:
        return self.first <= day < self.last


def range_of(view: str, anchor: date) -> CalendarRange:
    if view == DAY:
        return CalendarRange(view, anchor, anchor, anchor + timedelta(days=1))
    if view == WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return CalendarRange(view, anchor, monday, monday + timedelta(days=7))
    if view != MONTH:
        raise ValueError(view)
    first_of_month = anchor.replace(day=1)
    next_month = (first_of_month + timedelta(days=32)).replace(day=1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    last = next_month + timedelta(days=(7 - next_month.weekday()) % 7)
    return CalendarRange(view, anchor, first, last)


def shifted(span: CalendarRange, steps: int) -> CalendarRange:
    """The previous (-1) or next (+1) day, week or month."""
    if span.view == DAY:
        return range_of(DAY, span.anchor + timedelta(days=steps))
    if span.view == WEEK:
        return range_of(WEEK, span.anchor + timedelta(days=7 * steps))
    month = span.anchor.year * 12 + span.anchor.month - 1 + steps
    return range_of(MONTH, date(month // 12, month % 12 + 1, 1))
