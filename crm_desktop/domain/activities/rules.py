"""Logging an activity: when it happened, whether a task is open, and the last activity and next
follow-up of the records it is logged against, as plain values."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def as_logged(values: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Cleaned activity values as they are recorded: it happened now unless said otherwise, and a task
    with a due time is open until ticked off."""
    out = dict(values)
    out["occurred_at"] = out["occurred_at"] or now
    if out["kind"] == "task" and out["done"] is True and out["due_at"]:
        out["done"] = False
    return out


def last_activity(current: datetime | None, occurred_at: datetime) -> datetime:
    """A record's last activity once one that happened at `occurred_at` is logged (a back-dated one
    leaves a later last activity alone)."""
    return occurred_at if current is None or occurred_at >= current else current


def next_followup(current: date | None, last_activity_before: datetime | None, occurred_at: datetime,
                  planned: date | None, today: date) -> date | None:
    """The follow-up of the record an activity is logged against: a new date (`planned`) replaces it;
    without one, an activity that is not back-dated settles a follow-up that was due, and a later one stays."""
    if planned is not None:
        return planned
    newest = last_activity_before is None or occurred_at >= last_activity_before
    if newest and current is not None and current <= today:
        return None
    return current
