"""A span's calendar entries read from the store: activities by their slot, customers' follow-ups and open
deals' expected closes as all-day entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from crm_desktop.domain.calendar.entities import ACTIVITY, DEAL, FOLLOWUP, CalendarEntry
from crm_desktop.domain.calendar.ranges import local_midnight
from crm_desktop.domain.common.ids import from_iso
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_protocol.calendar_events import SHOWN_KINDS, slot

# An entry that started this long before the span may still run into it (a visit over midnight).
LOOK_BACK = timedelta(days=1)


def _time(value) -> datetime | None:
    return from_iso(value) if isinstance(value, str) else value


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_entries(uow: UnitOfWork, owners: Sequence[str], first: date, last: date, now: datetime) -> list[CalendarEntry]:
    repo = uow.calendar
    lo, hi = local_midnight(first), local_midnight(last)
    today = now.astimezone().date()
    out: list[CalendarEntry] = []
    for (activity_id, kind, subject, body, occurred, due, ends, done, account_id, contact_id, opportunity_id, place,
         owner_id, owner_name, customer, email) in repo.activities(owners, SHOWN_KINDS, lo - LOOK_BACK, hi):
        occurred_at, due_at, ends_at = _time(occurred), _time(due), _time(ends)
        assert occurred_at is not None
        start, end = slot(kind, occurred_at, due_at, ends_at, bool(done))
        if end <= lo or start >= hi:
            continue
        open_task = kind == "task" and not done
        whole_day = _whole_days(start, end)
        out.append(CalendarEntry(
            ACTIVITY, activity_id, kind, subject, start, end, start.astimezone().date() if whole_day else None,
            done=bool(done), overdue=open_task and start < now, owner_id=owner_id, owner_name=owner_name,
            account_id=account_id, contact_id=contact_id, opportunity_id=opportunity_id, customer=customer,
            contact_email=email, place=place or "", body=body or "", whole_day=whole_day))
    for entity, record_id, name, day, owner_id, owner_name, email, account_id in repo.followups(owners, first, last):
        due = _day(day)
        out.append(CalendarEntry(
            FOLLOWUP, record_id, FOLLOWUP, name, day=due, done=False, overdue=due < today, owner_id=owner_id,
            owner_name=owner_name, entity=entity, account_id=account_id,
            contact_id=record_id if entity == "contact" else None, customer=name, contact_email=email))
    for deal_id, name, close, owner_id, owner_name, account, account_id, contact_id in repo.deals_closing(
            owners, first, last):
        due = _day(close)
        out.append(CalendarEntry(
            DEAL, deal_id, DEAL, name, day=due, done=False, overdue=due < today, owner_id=owner_id,
            owner_name=owner_name, entity="opportunity", account_id=account_id, contact_id=contact_id,
            opportunity_id=deal_id, customer=account))
    return out


def _whole_days(start: datetime, end: datetime) -> bool:
    """From a local midnight to a later one: an all-day meeting."""
    local_start, local_end = start.astimezone(), end.astimezone()
    return (local_start.time() == local_end.time() == datetime.min.time()) and end - start >= timedelta(hours=23)
