"""When something reminds: its lead time, whether it is due now (or was missed while the CRM was closed), when
to look again, and where a snooze ends."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from crm_desktop.domain.reminders.entities import (
    FOLLOWUP,
    MAX_LEAD,
    MAX_SLEEP,
    MISSED_HORIZON,
    NO_REMINDER,
    Candidate,
    Notice,
    Raised,
    Reminder,
)

SNOOZE_MINUTES = {"5m": 5, "15m": 15, "1h": 60}


def lead_minutes(remind_minutes: int | None, default: int) -> int | None:
    """The activity's own lead, else the user's default; None: it never reminds."""
    lead = default if remind_minutes is None else remind_minutes
    if lead is None or lead <= NO_REMINDER:
        return None
    return min(max(lead, 0), MAX_LEAD)


def followup_moment(day: date, at: time) -> datetime:
    """A follow-up's day at the time of day the user chose, in this computer's time zone (as UTC)."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def reminder_of(candidate: Candidate, default_lead: int) -> Reminder | None:
    """The reminder a candidate makes, or None when it must not remind. A follow-up reminds at its set time of
    day (the time is the user's choice of when to be told, not a meeting to get to)."""
    if candidate.kind == FOLLOWUP:
        lead: int | None = 0
    else:
        lead = lead_minutes(candidate.remind_minutes, default_lead)
    if lead is None:
        return None
    at = candidate.at.astimezone(UTC)
    return Reminder(candidate.key, candidate.kind, at, at - timedelta(minutes=lead), candidate.subject,
                    candidate.customer, candidate.entity, candidate.record_id, candidate.company, candidate.place)


def is_due(reminder: Reminder, now: datetime, raised: Raised | None) -> bool:
    """Never raised: due once its time has come, unless the thing itself is long past (the agenda lists those).
    Raised: only a snooze that has run out brings it back."""
    if raised is None:
        return reminder.remind_at <= now and reminder.at >= now - MISSED_HORIZON
    return raised.snoozed_until is not None and raised.snoozed_until <= now


def wake_of(reminder: Reminder, now: datetime, raised: Raised | None) -> datetime | None:
    """The next moment after `now` this reminder falls due, if it will."""
    if raised is None:
        return reminder.remind_at if reminder.remind_at > now else None
    if raised.snoozed_until is not None and raised.snoozed_until > now:
        return raised.snoozed_until
    return None


def next_wake(moments: Iterable[datetime | None], now: datetime) -> datetime:
    """The earliest coming moment, and at the latest MAX_SLEEP from now."""
    return min([m for m in moments if m is not None and m > now] + [now + MAX_SLEEP])


def snooze_until(choice: str, now: datetime, followup_at: time) -> datetime:
    """Where a snooze ends: in 5 or 15 minutes, an hour, or tomorrow at the follow-up time of day."""
    if choice in SNOOZE_MINUTES:
        return now + timedelta(minutes=SNOOZE_MINUTES[choice])
    if choice != "tomorrow":
        raise ValueError(choice)
    return followup_moment(now.astimezone().date() + timedelta(days=1), followup_at)


def notice_of(reminders: Iterable[Reminder], started_at: datetime) -> Notice | None:
    """One notification for what fell due at once: those due before the CRM started were missed while it was
    closed, and say so as a group rather than one message each."""
    items = tuple(sorted(reminders, key=lambda r: (r.at, r.subject)))
    if not items:
        return None
    missed = sum(1 for r in items if not r.snoozed and r.remind_at < started_at)
    return Notice(items, missed)


def window_span(now: datetime) -> tuple[datetime, datetime]:
    """The times of the things worth reading at `now`: the missed horizon back, the longest lead and sleep ahead."""
    return now - MISSED_HORIZON, now + MAX_SLEEP + timedelta(minutes=MAX_LEAD)


def stale_before(now: datetime) -> datetime:
    """Raised reminders of things older than this are forgotten (they can never be due again)."""
    return now - timedelta(days=30)
