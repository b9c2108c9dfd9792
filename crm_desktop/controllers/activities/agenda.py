"""The rep's agenda, read by group (overdue, today, the next 7 days, later), and its due dates moved: a
follow-up rescheduled, snoozed or cleared, a task's due time moved, each step undoable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from crm_desktop.domain.activities.entities import (
    FOLLOWUP,
    GROUPS,
    LATER,
    OVERDUE,
    TASK,
    TODAY,
    WEEK,
    Agenda,
    AgendaItem,
    AgendaRef,
    DueState,
)
from crm_desktop.domain.activities.rules import moved_due
from crm_desktop.domain.common.ids import from_iso
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.store.unit_of_work import UnitOfWork

WEEK_DAYS = 7


def _midnight(day: date) -> datetime:
    """The local start of `day`, as an aware time (compared in UTC with the stored due times)."""
    return datetime.combine(day, time.min).astimezone()


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_agenda(uow: UnitOfWork, owner: str, today: date, limit: int) -> Agenda:
    """Every group's count, and up to `limit` rows of each: the overdue ones newest first (what slipped
    lately is still worth a call; the count says how many older ones there are), the others soonest first."""
    later = today + timedelta(days=WEEK_DAYS + 1)
    spans = {OVERDUE: (None, today), TODAY: (today, today + timedelta(days=1)),
             WEEK: (today + timedelta(days=1), later), LATER: (later, None)}
    repo = uow.activities
    follow_counts = repo.followup_counts(owner, today, later)
    task_counts = repo.task_counts(owner, _midnight(today), _midnight(today + timedelta(days=1)), _midnight(later))
    counts = {g: follow_counts[i] + task_counts[i] for i, g in enumerate(GROUPS)}
    items: list[AgendaItem] = []
    for group in GROUPS:
        if not counts[group]:
            continue
        start, end = spans[group]
        newest_first = group == OVERDUE
        rows = [*_followups(repo.followups(owner, start, end, newest_first=newest_first, limit=limit), today, group),
                *_tasks(repo.open_tasks(owner, _midnight(start) if start else None, _midnight(end) if end else None,
                                        newest_first=newest_first, limit=limit), today, group)]
        rows.sort(key=lambda i: (i.due, i.kind == TASK, i.due_at.isoformat() if i.due_at else "", i.name),
                  reverse=newest_first)
        items.extend(rows[:limit])
    return Agenda(today, tuple(items), counts)


def _followups(rows: Iterable, today: date, group: str) -> list[AgendaItem]:
    out = []
    for entity, record_id, name, day, person, company, phone, subject in rows:
        due = _day(day)
        out.append(AgendaItem(FOLLOWUP, due, due < today, entity, record_id, name, subject or "", None, group,
                              person, company, phone))
    return out


def _tasks(rows: Iterable, today: date, group: str) -> list[AgendaItem]:
    out = []
    for activity_id, subject, due_at, account_id, contact_id, name, person, company, phone in rows:
        at = from_iso(due_at) if isinstance(due_at, str) else due_at
        due = at.astimezone().date()
        entity, record_id = ("contact", contact_id) if contact_id else ("account", account_id)
        out.append(AgendaItem(TASK, due, due < today, entity, record_id or "", name, subject, activity_id,
                              group, person, company, phone, at))
    return out


def due_states(uow: UnitOfWork, refs: Sequence[AgendaRef]) -> list[DueState]:
    """When each entry is due now (what an undo puts back)."""
    out = []
    for ref in refs:
        if ref.kind == TASK:
            out.append(DueState(ref, at=_task(uow, ref).due_at))
        else:
            out.append(DueState(ref, day=_customer(uow, ref).next_followup_at))
    return out


def put_dues(uow: UnitOfWork, states: Sequence[DueState]) -> None:
    """Set each entry's due date (a task keeps its time of day when only a day is given)."""
    for state in states:
        if state.ref.kind == TASK:
            task = _task(uow, state.ref)
            at = state.at if state.at is not None or state.day is None else moved_due(task.due_at, state.day)
            if at is not None and at != task.due_at:
                task.due_at = at
        else:
            record = _customer(uow, state.ref)
            if record.next_followup_at != state.day:
                record.next_followup_at = state.day


def _task(uow: UnitOfWork, ref: AgendaRef):
    task = uow.activities.get(ref.activity_id) if ref.activity_id else None
    if task is None or task.deleted_at is not None:
        raise NotFoundError(ref.activity_id or "")
    return task


def _customer(uow: UnitOfWork, ref: AgendaRef):
    record = (uow.contacts if ref.entity == "contact" else uow.accounts).get(ref.record_id)
    if record is None:
        raise NotFoundError(ref.record_id)
    return record
