"""Activities (跟进记录): timelines of a record and the agenda of follow-ups and tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.store.models import Activity
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


class ActivityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, activity_id: str) -> Activity | None:
        return self.session.get(Activity, activity_id)

    def add(self, activity: Activity) -> None:
        self.session.add(activity)
        self.session.flush()

    def linked_to(self, *, account_id: str | None = None, contact_id: str | None = None):
        column = Activity.account_id if account_id else Activity.contact_id
        return list(self.session.scalars(select(Activity).where(column == (account_id or contact_id))))

    def timeline(self, *, account_id: str | None = None, contact_id: str | None = None,
                 opportunity_id: str | None = None, ticket_id: str | None = None,
                 limit: int = 300) -> list[tuple]:
        """An account's timeline includes the activities of its contacts."""
        conn = self.session.connection()
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

    def due_followups(self, owner_id: str, until: date) -> list[tuple]:
        day = until.isoformat()
        return self.session.connection().exec_driver_sql(
            _FOLLOWUPS_SQL, (owner_id, day, owner_id, day)
        ).fetchall()

    def open_tasks(self, owner_id: str, until: datetime) -> list[tuple]:
        """Open tasks due before `until` (exclusive: a task due at midnight is tomorrow's)."""
        return self.session.connection().exec_driver_sql(
            _TASKS_SQL, (owner_id, to_iso(until))
        ).fetchall()
