"""The calendar's reads: owners' activities, follow-ups and deals' expected closes in a span, and contacts by
e-mail (an imported meeting's attendees)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row

from crm_desktop.store.repositories.base import Queries
from crm_desktop.store.types import to_iso

# Activities whose slot may fall in a span: those that happen in it, and open tasks due in it (the caller
# works out each slot and keeps the ones that overlap).
_ACTIVITIES_SQL = """
SELECT t.id, t.kind, t.subject, t.body, t.occurred_at, t.due_at, t.ends_at, t.done, t.account_id, t.contact_id,
       t.opportunity_id, t.place, t.owner_id, coalesce(u.display_name, ''), coalesce(c.name, a.name, ''), c.email
  FROM activities t
  LEFT JOIN users u ON u.id = t.owner_id
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.deleted_at IS NULL AND t.owner_id IN ({owners}) AND t.kind IN ({kinds})
   AND ((t.occurred_at >= :lo AND t.occurred_at < :hi)
        OR (t.kind = 'task' AND t.done = 0 AND t.due_at >= :lo AND t.due_at < :hi))
 ORDER BY t.occurred_at
 LIMIT :limit
"""

_FOLLOWUPS_SQL = """
SELECT 'contact', c.id, c.name, c.next_followup_at, c.owner_id, coalesce(u.display_name, ''), c.email,
       c.account_id
  FROM contacts c LEFT JOIN users u ON u.id = c.owner_id
 WHERE c.owner_id IN ({owners}) AND c.deleted_at IS NULL AND c.next_followup_at IS NOT NULL
   AND c.next_followup_at >= :first AND c.next_followup_at < :last
UNION ALL
SELECT 'account', a.id, a.name, a.next_followup_at, a.owner_id, coalesce(u.display_name, ''), NULL, a.id
  FROM accounts a LEFT JOIN users u ON u.id = a.owner_id
 WHERE a.owner_id IN ({owners}) AND a.deleted_at IS NULL AND a.next_followup_at IS NOT NULL
   AND a.next_followup_at >= :first AND a.next_followup_at < :last
 LIMIT :limit
"""

_DEALS_SQL = """
SELECT o.id, o.name, o.expected_close, o.owner_id, coalesce(u.display_name, ''), coalesce(a.name, o.account_name, ''),
       o.account_id, o.contact_id
  FROM opportunities o
  LEFT JOIN users u ON u.id = o.owner_id
  LEFT JOIN accounts a ON a.id = o.account_id
 WHERE o.owner_id IN ({owners}) AND o.deleted_at IS NULL AND o.status = 'open' AND o.expected_close IS NOT NULL
   AND o.expected_close >= :first AND o.expected_close < :last
 LIMIT :limit
"""

_CONTACTS_BY_EMAIL_SQL = """
SELECT c.email, c.id, c.account_id FROM contacts c
 WHERE c.deleted_at IS NULL AND c.email IN ({emails})
 ORDER BY c.id
"""

# Further addresses live in a JSON list: looked through only for the addresses the indexed column missed.
_CONTACTS_BY_OTHER_EMAIL_SQL = """
SELECT lower(e.value), c.id, c.account_id FROM contacts c, json_each(c.emails) e
 WHERE c.deleted_at IS NULL AND c.emails IS NOT NULL AND lower(e.value) IN ({emails})
 ORDER BY c.id
"""


def _names(prefix: str, values: Sequence[str]) -> tuple[str, dict[str, str]]:
    params = {f"{prefix}{n}": value for n, value in enumerate(values)}
    return ", ".join(f":{name}" for name in params) or "NULL", params


class CalendarRepository(Queries):
    def activities(self, owners: Sequence[str], kinds: Iterable[str], lo: datetime, hi: datetime,
                   limit: int = 5000) -> Sequence[Row[Any]]:
        """(id, kind, subject, body, occurred_at, due_at, ends_at, done, account_id, contact_id, opportunity_id,
        place, owner_id, owner name, customer name, contact e-mail) of activities in [lo, hi) (UTC)."""
        owner_list, params = _names("o", owners)
        kind_list, kind_params = _names("k", sorted(kinds))
        sql = _ACTIVITIES_SQL.format(owners=owner_list, kinds=kind_list)
        return self.conn.exec_driver_sql(sql, {**params, **kind_params, "lo": to_iso(lo), "hi": to_iso(hi),
                                               "limit": limit}).fetchall()

    def followups(self, owners: Sequence[str], first: date, last: date, limit: int = 5000) -> Sequence[Row[Any]]:
        """(entity, id, name, day, owner_id, owner name, e-mail, account_id) of follow-ups due in [first, last)."""
        owner_list, params = _names("o", owners)
        sql = _FOLLOWUPS_SQL.format(owners=owner_list)
        return self.conn.exec_driver_sql(sql, {**params, "first": first.isoformat(), "last": last.isoformat(),
                                               "limit": limit}).fetchall()

    def deals_closing(self, owners: Sequence[str], first: date, last: date, limit: int = 5000) -> Sequence[Row[Any]]:
        """(id, name, expected close, owner_id, owner name, account name, account_id, contact_id) of open deals."""
        owner_list, params = _names("o", owners)
        sql = _DEALS_SQL.format(owners=owner_list)
        return self.conn.exec_driver_sql(sql, {**params, "first": first.isoformat(), "last": last.isoformat(),
                                               "limit": limit}).fetchall()

    def contacts_by_email(self, emails: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """Lower-cased address -> (contact id, account id) of live contacts; the oldest contact when several
        share one."""
        wanted = sorted({e.lower() for e in emails if e})
        found: dict[str, tuple[str, str | None]] = {}
        for sql in (_CONTACTS_BY_EMAIL_SQL, _CONTACTS_BY_OTHER_EMAIL_SQL):
            missing = [e for e in wanted if e not in found]
            if not missing:
                break
            email_list, params = _names("e", missing)
            for email, contact_id, account_id in self.conn.exec_driver_sql(sql.format(emails=email_list), params):
                found.setdefault(email, (contact_id, account_id))
        return found
