"""Logging, editing and deleting an activity: when it happened, whether a task is open, the last activity and
next follow-up of the records it is logged against, and the agenda's snoozes and moves, as plain values."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
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


def last_activity_without(current: datetime | None, removed_at: datetime, latest_other: datetime | None,
                          ) -> datetime | None:
    """A record's last activity once the activity at `removed_at` no longer counts there (deleted, or moved
    in time): when it was that one, the latest of the others (`latest_other`) takes its place."""
    if current is not None and current == removed_at:
        return latest_other
    return current


def edited_followup(current: date | None, old_plan: date | None, new_plan: date | None) -> date | None:
    """A record's follow-up when an activity's planned date is changed: the change follows through while the
    record still has the old plan (a later activity or a reschedule that moved it since wins)."""
    if old_plan != new_plan and current == old_plan:
        return new_plan
    return current


def removed_followup(current: date | None, plan: date | None) -> date | None:
    """A record's follow-up when an activity that planned `plan` is deleted: its plan goes with it."""
    return None if plan is not None and current == plan else current


# Kinds that are planned ahead (a slot in the calendar): one whose time is still to come is not done yet.
PLANNED_KINDS = frozenset({"visit", "meeting", "call"})


def is_planned(kind: str, starts_at: datetime | None, now: datetime) -> bool:
    """A visit, meeting or call whose time is still to come: planned, not done (it reminds, it is checked in)."""
    return kind in PLANNED_KINDS and starts_at is not None and starts_at > now


def has_happened(kind: str, done: bool, checked_in: bool = False) -> bool:
    """Whether an activity counts as something that happened (a customer's last activity): a visit, meeting or
    call still planned does not, until the rep checks in or it is done (written up, or checked out of)."""
    return done or checked_in or kind not in PLANNED_KINDS


def edited_done(before_kind: str, before_done: bool, kind: str, due_at: datetime | None,
                starts_at: datetime | None = None, now: datetime | None = None) -> bool:
    """Whether an edited activity is done: a task keeps its state, an activity that becomes a task with a due
    time is open, a visit, meeting or call moved to a time still to come is planned, anything else is done."""
    if kind != "task":
        return not (now is not None and is_planned(kind, starts_at, now))
    if before_kind == "task":
        return before_done
    return due_at is None


def snooze_day(today: date, how: str) -> date:
    """"tomorrow", or "next_week": the Monday of next week (as mail clients snooze)."""
    if how == "tomorrow":
        return today + timedelta(days=1)
    return today + timedelta(days=7 - today.weekday())


def moved_due(due_at: datetime | None, day: date) -> datetime:
    """A task's due time moved to `day`, at the same local time of day (09:00 when it had none)."""
    local = due_at.astimezone() if due_at is not None else None
    clock = local.timetz().replace(tzinfo=None) if local is not None else time(9)
    return datetime.combine(day, clock).astimezone()
