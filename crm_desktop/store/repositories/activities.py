"""Activities (跟进记录): timelines of a record, the agenda of follow-ups and tasks, and a record's latest activity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, select

from crm_desktop.store.models import Activity
from crm_desktop.store.repositories.base import Repository
from crm_desktop.store.types import from_iso, to_iso

_TIMELINE_SQL = """
SELECT t.id, t.kind, t.subject, t.body, t.occurred_at, t.due_at, t.done, t.outcome,
       t.account_id, t.contact_id, t.place, t.next_followup_on, u.display_name,
       a.name, c.name
  FROM activities t
  LEFT JOIN users u ON u.id = t.owner_id
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.deleted_at IS NULL AND {where}
 ORDER BY t.occurred_at DESC
 LIMIT ?
"""

# A customer's follow-ups between two days, with who to call: a contact's own numbers and company, an
# account's primary contact and phone; the subject is that of the latest activity that planned a follow-up
# (a snooze or reschedule since moves the date, not what the follow-up is about).
_FOLLOWUPS_SQL = """
SELECT * FROM (
SELECT 'contact', c.id, c.name, c.next_followup_at, c.name, coalesce(c.account_name, ''),
       coalesce(c.mobile, c.phone),
       (SELECT t.subject FROM activities t
         WHERE t.contact_id = c.id AND t.deleted_at IS NULL AND t.next_followup_on IS NOT NULL
         ORDER BY t.occurred_at DESC LIMIT 1)
  FROM contacts c
 WHERE c.owner_id = :owner AND c.next_followup_at IS NOT NULL AND c.deleted_at IS NULL
   AND c.next_followup_at >= :start AND c.next_followup_at < :end
 ORDER BY c.next_followup_at {order} LIMIT :limit)
UNION ALL
SELECT * FROM (
SELECT 'account', a.id, a.name, a.next_followup_at, coalesce(p.name, ''), a.name,
       coalesce(p.mobile, p.phone, a.phone),
       (SELECT t.subject FROM activities t
         WHERE t.account_id = a.id AND t.contact_id IS NULL AND t.deleted_at IS NULL
           AND t.next_followup_on IS NOT NULL
         ORDER BY t.occurred_at DESC LIMIT 1)
  FROM accounts a
  LEFT JOIN contacts p ON p.id = (SELECT x.id FROM contacts x WHERE x.account_id = a.id AND x.is_primary = 1
                                     AND x.deleted_at IS NULL LIMIT 1)
 WHERE a.owner_id = :owner AND a.next_followup_at IS NOT NULL AND a.deleted_at IS NULL
   AND a.next_followup_at >= :start AND a.next_followup_at < :end
 ORDER BY a.next_followup_at {order} LIMIT :limit)
"""

# Follow-ups per agenda group: before today, today, the next 7 days, later.
_FOLLOWUP_COUNTS_SQL = """
SELECT coalesce(sum(next_followup_at < :today), 0), coalesce(sum(next_followup_at = :today), 0),
       coalesce(sum(next_followup_at > :today AND next_followup_at < :later), 0),
       coalesce(sum(next_followup_at >= :later), 0)
  FROM {table}
 WHERE owner_id = :owner AND next_followup_at IS NOT NULL AND deleted_at IS NULL
"""

# Open tasks due in a span of UTC times (the bounds of local days), with the customer to call.
_TASKS_SQL = """
SELECT t.id, t.subject, t.due_at, t.account_id, t.contact_id, coalesce(c.name, a.name, ''),
       coalesce(c.name, ''), coalesce(a.name, c.account_name, ''), coalesce(c.mobile, c.phone, a.phone)
  FROM activities t
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.owner_id = :owner AND t.done = 0 AND t.deleted_at IS NULL AND t.due_at >= :start AND t.due_at < :end
 ORDER BY t.due_at {order}
 LIMIT :limit
"""

_TASK_COUNTS_SQL = """
SELECT coalesce(sum(due_at < :today), 0), coalesce(sum(due_at >= :today AND due_at < :tomorrow), 0),
       coalesce(sum(due_at >= :tomorrow AND due_at < :later), 0), coalesce(sum(due_at >= :later), 0)
  FROM activities
 WHERE owner_id = :owner AND done = 0 AND deleted_at IS NULL AND due_at IS NOT NULL
"""

# The columns that tie an activity to the records whose last activity it moves.
_LINK_COLUMNS = {"contact": "contact_id", "account": "account_id", "opportunity": "opportunity_id"}
_FIRST_DAY, _LAST_DAY = "0001-01-01", "9999-12-31"


class ActivityRepository(Repository[Activity]):
    """`get` finds deleted activities too: each caller says what a deleted one means to it."""

    model = Activity

    def linked_to(self, *, account_id: str | None = None, contact_id: str | None = None) -> list[Activity]:
        column = Activity.account_id if account_id else Activity.contact_id
        return list(self.session.scalars(select(Activity).where(column == (account_id or contact_id))))

    def timeline(self, *, account_id: str | None = None, contact_id: str | None = None,
                 opportunity_id: str | None = None, ticket_id: str | None = None,
                 limit: int = 300) -> Sequence[Row[Any]]:
        """An account's timeline includes the activities of its contacts."""
        conn = self.conn
        params: tuple[str | None, ...]
        if ticket_id:
            where, params = "t.ticket_id = ?", (ticket_id,)
        elif opportunity_id:
            where, params = "t.opportunity_id = ?", (opportunity_id,)
        elif account_id:
            where = "(t.account_id = ? OR t.contact_id IN (SELECT id FROM contacts WHERE account_id = ?))"
            params = (account_id, account_id)
        else:
            where, params = "t.contact_id = ?", (contact_id,)
        return conn.exec_driver_sql(_TIMELINE_SQL.format(where=where), (*params, limit)).fetchall()

    def followups(self, owner_id: str, start: date | None, end: date | None, *, newest_first: bool = False,
                  limit: int = 500) -> Sequence[Row[Any]]:
        """Customers whose next follow-up falls in [start, end) (None: open), the earliest first (or the
        latest): (entity, id, name, day, person, company, phone, subject); at most `limit` of each entity."""
        sql = _FOLLOWUPS_SQL.format(order="DESC" if newest_first else "ASC")
        params = {"owner": owner_id, "start": start.isoformat() if start else _FIRST_DAY,
                  "end": end.isoformat() if end else _LAST_DAY, "limit": limit}
        return self.conn.exec_driver_sql(sql, params).fetchall()

    def followup_counts(self, owner_id: str, today: date, later: date) -> tuple[int, int, int, int]:
        """Follow-ups before today, today, up to `later` (exclusive), and from `later` on."""
        params = {"owner": owner_id, "today": today.isoformat(), "later": later.isoformat()}
        totals = [0, 0, 0, 0]
        for table in ("contacts", "accounts"):
            row = self.conn.exec_driver_sql(_FOLLOWUP_COUNTS_SQL.format(table=table), params).one()
            totals = [t + int(n) for t, n in zip(totals, row, strict=True)]
        return totals[0], totals[1], totals[2], totals[3]

    def open_tasks(self, owner_id: str, start: datetime | None, end: datetime | None, *,
                   newest_first: bool = False, limit: int = 500) -> Sequence[Row[Any]]:
        """Open tasks due in [start, end) (None: open): (id, subject, due_at, account_id, contact_id, name,
        person, company, phone). A task due at midnight belongs to the day that starts then."""
        sql = _TASKS_SQL.format(order="DESC" if newest_first else "ASC")
        params = {"owner": owner_id, "start": to_iso(start) if start else "", "end": to_iso(end) if end else "~",
                  "limit": limit}
        return self.conn.exec_driver_sql(sql, params).fetchall()

    def task_counts(self, owner_id: str, today: datetime, tomorrow: datetime,
                    later: datetime) -> tuple[int, int, int, int]:
        """Open tasks due before `today` (a UTC time), before `tomorrow`, before `later`, and after."""
        params = {"owner": owner_id, "today": to_iso(today), "tomorrow": to_iso(tomorrow), "later": to_iso(later)}
        row = self.conn.exec_driver_sql(_TASK_COUNTS_SQL, params).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def latest_other(self, entity: str, record_id: str, activity_id: str) -> datetime | None:
        """When the latest live activity of a contact, account or deal happened, but for `activity_id`."""
        column = _LINK_COLUMNS[entity]
        value = self.conn.exec_driver_sql(
            f"SELECT max(occurred_at) FROM activities WHERE {column} = ? AND deleted_at IS NULL AND id != ?"
            # a visit, meeting or call still planned has not happened (domain/activities/rules.py has_happened)
            " AND (done = 1 OR checked_in_at IS NOT NULL OR kind NOT IN ('visit', 'meeting', 'call'))",
            (record_id, activity_id)).scalar()
        return from_iso(value) if value else None
