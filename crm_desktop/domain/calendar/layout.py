"""Where entries go in a day or week grid: timed entries by minute of their local day, overlapping ones side by
side in columns; all-day entries in a row of their own; a month's entries by day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crm_desktop.domain.calendar.entities import CalendarEntry
from crm_desktop.domain.calendar.ranges import local_midnight

DAY_MINUTES = 24 * 60
MIN_MINUTES = 22  # a short call still gets a box tall enough to read


@dataclass(frozen=True)
class Placed:
    """A timed entry's box on one day: minutes from local midnight, and its column among the ones it overlaps."""

    entry: CalendarEntry
    day_index: int
    top: float
    bottom: float
    column: int = 0
    columns: int = 1


def _minutes(at: datetime, midnight: datetime) -> float:
    return (at - midnight).total_seconds() / 60


def pieces(entry: CalendarEntry, days: Sequence[date]) -> list[Placed]:
    """A timed entry cut at local midnights: one box per day it covers (a visit past midnight goes on)."""
    assert entry.start is not None and entry.end is not None
    out = []
    for index, day in enumerate(days):
        midnight, next_midnight = local_midnight(day), local_midnight(day + timedelta(days=1))
        if entry.end <= midnight or entry.start >= next_midnight:
            continue
        length = _minutes(next_midnight, midnight)
        top = max(0.0, _minutes(entry.start, midnight))
        bottom = min(length, _minutes(entry.end, midnight))
        bottom = min(length, max(bottom, top + MIN_MINUTES))
        top = min(top, bottom - MIN_MINUTES)
        out.append(Placed(entry, index, top, bottom))
    return out


def lay_out(entries: Iterable[CalendarEntry], days: Sequence[date]) -> list[Placed]:
    """Every timed entry's boxes; on each day, entries that overlap share the width in columns (a group of
    entries that overlap one another, directly or through others, takes as many columns as it needs)."""
    by_day: dict[int, list[Placed]] = {}
    for entry in entries:
        if entry.all_day:
            continue
        for piece in pieces(entry, days):
            by_day.setdefault(piece.day_index, []).append(piece)
    out: list[Placed] = []
    for boxes in by_day.values():
        out.extend(_columns(sorted(boxes, key=lambda p: (p.top, -p.bottom, p.entry.subject, p.entry.id))))
    return out


def _columns(boxes: list[Placed]) -> list[Placed]:
    out: list[Placed] = []
    group: list[tuple[Placed, int]] = []
    ends: list[float] = []  # per column, where its last box ends
    group_end = float("-inf")

    def close() -> None:
        width = max((column for _box, column in group), default=-1) + 1
        out.extend(Placed(b.entry, b.day_index, b.top, b.bottom, column, width) for b, column in group)

    for box in boxes:
        if group and box.top >= group_end:
            close()
            group, ends, group_end = [], [], float("-inf")
        free = next((n for n, end in enumerate(ends) if end <= box.top), None)
        if free is None:
            ends.append(box.bottom)
            free = len(ends) - 1
        else:
            ends[free] = box.bottom
        group.append((box, free))
        group_end = max(group_end, box.bottom)
    if group:
        close()
    return out


def all_day_by_day(entries: Iterable[CalendarEntry], days: Sequence[date]) -> dict[date, list[CalendarEntry]]:
    """All-day entries per day shown (follow-ups, deals' expected closes)."""
    shown = set(days)
    out: dict[date, list[CalendarEntry]] = {}
    for entry in entries:
        if entry.all_day and entry.day in shown:
            out.setdefault(entry.day, []).append(entry)
    for items in out.values():
        items.sort(key=lambda e: (e.kind, e.subject))
    return out


def by_day(entries: Iterable[CalendarEntry], days: Sequence[date]) -> dict[date, list[CalendarEntry]]:
    """A month's cells: each day's entries, all-day ones first, then by start (an entry over midnight
    shows on the day it starts)."""
    shown = set(days)
    out: dict[date, list[CalendarEntry]] = {}
    for entry in entries:
        day = entry.local_day()
        if day in shown:
            out.setdefault(day, []).append(entry)
    for items in out.values():
        items.sort(key=lambda e: (not e.all_day, e.start.timestamp() if e.start else 0.0, e.subject))
    return out


def moved(start: datetime, end: datetime | None, new_start: datetime) -> tuple[datetime, datetime | None]:
    """An entry moved to `new_start` keeps its length."""
    return new_start, (new_start + (end - start)) if end is not None else None
