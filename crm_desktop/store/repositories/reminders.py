"""Reminders: the open activities and follow-ups of an owner around a time, and the reminders this laptop raised."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from crm_desktop.store.models import ReminderRaised
from crm_desktop.store.repositories.base import Repository
from crm_desktop.store.types import to_iso

# Open tasks by their due time, planned visits, meetings and calls by their start; each branch reads its own
# index (ix_activities_open_tasks, ix_activities_owner_time). {ids}: those named (snoozed ones) wherever they fall.
_TIMED_SQL = """
SELECT t.id, t.kind, t.subject, {at} AS at, t.remind_minutes, coalesce(c.name, a.name, ''),
       CASE WHEN c.id IS NULL THEN '' ELSE coalesce(a.name, c.account_name, '') END, coalesce(t.place, '')
  FROM activities t
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.owner_id = :owner AND t.done = 0 AND t.deleted_at IS NULL AND {kind} AND {at} IS NOT NULL
   AND ({at} >= :start AND {at} < :end {ids})
"""
_TASK = ("t.due_at", "t.kind = 'task'")
_TIMED = ("t.occurred_at", "t.kind IN ('visit', 'meeting', 'call')")

# A customer's follow-up day, with what it is about: the subject of the latest activity that planned one.
_FOLLOWUPS_SQL = """
SELECT 'contact', c.id, c.name, coalesce(c.account_name, ''), c.next_followup_at,
       (SELECT t.subject FROM activities t
         WHERE t.contact_id = c.id AND t.deleted_at IS NULL AND t.next_followup_on IS NOT NULL
         ORDER BY t.occurred_at DESC LIMIT 1)
  FROM contacts c
 WHERE c.owner_id = :owner AND c.next_followup_at IS NOT NULL AND c.deleted_at IS NULL
   AND (c.next_followup_at >= :start AND c.next_followup_at <= :end {ids_c})
UNION ALL
SELECT 'account', a.id, a.name, '', a.next_followup_at,
       (SELECT t.subject FROM activities t
         WHERE t.account_id = a.id AND t.contact_id IS NULL AND t.deleted_at IS NULL
           AND t.next_followup_on IS NOT NULL
         ORDER BY t.occurred_at DESC LIMIT 1)
  FROM accounts a
 WHERE a.owner_id = :owner AND a.next_followup_at IS NOT NULL AND a.deleted_at IS NULL
   AND (a.next_followup_at >= :start AND a.next_followup_at <= :end {ids_a})
"""


def _named(prefix: str, ids: Sequence[str]) -> tuple[str, dict[str, str]]:
    """` OR {prefix}.id IN (:k0, :k1, ...)` and its parameters (empty when there are none)."""
    if not ids:
        return "", {}
    params = {f"k{i}": key for i, key in enumerate(ids)}
    return f" OR {prefix}.id IN ({', '.join(':' + k for k in params)})", params


class ReminderRepository(Repository[ReminderRaised]):
    model = ReminderRaised

    def timed(self, owner_id: str, start: datetime, end: datetime, ids: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """Open activities of `owner_id` due in [start, end) or named in `ids`: (id, kind, subject, at,
        remind_minutes, customer, company, place); `at` is a task's due time or the others' start."""
        extra, named = _named("t", ids)
        params = {"owner": owner_id, "start": to_iso(start), "end": to_iso(end), **named}
        rows: list[tuple[Any, ...]] = []
        for at, kind in (_TASK, _TIMED):
            sql = _TIMED_SQL.format(at=at, kind=kind, ids=extra)
            rows.extend(tuple(row) for row in self.conn.exec_driver_sql(sql, params))
        return rows

    def followups(self, owner_id: str, first: date, last: date, ids: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """Customers of `owner_id` with a follow-up from `first` to `last` (inclusive) or named in `ids`:
        (entity, id, name, company, day, subject)."""
        extra_c, named = _named("c", ids)
        extra_a, _ = _named("a", ids)
        sql = _FOLLOWUPS_SQL.format(ids_c=extra_c, ids_a=extra_a)
        params = {"owner": owner_id, "start": first.isoformat(), "end": last.isoformat(), **named}
        return [tuple(row) for row in self.conn.exec_driver_sql(sql, params)]

    def snoozed(self) -> list[ReminderRaised]:
        """Every reminder waiting for its snooze to end (or ended and not yet raised again)."""
        return list(self.session.scalars(select(ReminderRaised).where(ReminderRaised.snoozed_until.is_not(None))))

    def raised(self, keys: Iterable[str]) -> list[ReminderRaised]:
        """What was raised for these activities or customers (for any due time)."""
        wanted = sorted(set(keys))
        out: list[ReminderRaised] = []
        for i in range(0, len(wanted), 500):  # SQLite's variables per statement
            chunk = wanted[i:i + 500]
            out.extend(self.session.scalars(select(ReminderRaised).where(ReminderRaised.activity_id.in_(chunk))))
        return out

    def put(self, key: str, due_at: datetime, raised_at: datetime, snoozed_until: datetime | None) -> None:
        row = self.session.get(ReminderRaised, (key, due_at))
        if row is None:
            self.session.add(ReminderRaised(activity_id=key, due_at=due_at, raised_at=raised_at,
                                            snoozed_until=snoozed_until))
        else:
            row.raised_at, row.snoozed_until = raised_at, snoozed_until
        self.session.flush()

    def forget_before(self, before: datetime) -> None:
        """Raised reminders of things due before `before`: they cannot come due again."""
        self.session.execute(delete(ReminderRaised).where(ReminderRaised.due_at < before))
