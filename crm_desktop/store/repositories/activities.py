"""Activities (跟进记录): timelines of a record and the agenda of follow-ups and tasks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, select

from crm_desktop.store.models import Activity
from crm_desktop.store.repositories.base import Repository
from crm_desktop.store.types import to_iso

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

_FOLLOWUPS_SQL = """
SELECT 'account', id, name, next_followup_at FROM accounts
 WHERE owner_id = ? AND next_followup_at IS NOT NULL AND deleted_at IS NULL
   AND next_followup_at <= ?
UNION ALL
SELECT 'contact', id, name, next_followup_at FROM contacts
 WHERE owner_id = ? AND next_followup_at IS NOT NULL AND deleted_at IS NULL
   AND next_followup_at <= ?
ORDER BY 4
LIMIT 500
"""

_TASKS_SQL = """
SELECT t.id, t.subject, t.due_at, t.account_id, t.contact_id, coalesce(c.name, a.name)
  FROM activities t
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.owner_id = ? AND t.done = 0 AND t.deleted_at IS NULL AND t.due_at < ?
 ORDER BY t.due_at
 LIMIT 500
"""


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

    def due_followups(self, owner_id: str, until: date) -> Sequence[Row[Any]]:
        day = until.isoformat()
        return self.conn.exec_driver_sql(
            _FOLLOWUPS_SQL, (owner_id, day, owner_id, day)
        ).fetchall()

    def open_tasks(self, owner_id: str, until: datetime) -> Sequence[Row[Any]]:
        """Open tasks due before `until` (exclusive: a task due at midnight is tomorrow's)."""
        return self.conn.exec_driver_sql(
            _TASKS_SQL, (owner_id, to_iso(until))
        ).fetchall()
