"""A day's route: the owner's visits (and meetings with a place) in a span of time with their customer's address,
and the positions measured at their check-ins or at earlier visits to the same customer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from crm_desktop.store.repositories.base import Queries
from crm_desktop.store.types import to_iso

_STOPS_SQL = """
SELECT t.id, t.kind, t.subject, t.occurred_at, t.ends_at, t.done, t.place, t.latitude, t.longitude,
       t.account_id, t.contact_id, a.name, c.name,
       a.country, a.province, a.city, a.district, a.street,
       c.country, c.province, c.city, c.district, c.street
  FROM activities t
  LEFT JOIN accounts a ON a.id = t.account_id
  LEFT JOIN contacts c ON c.id = t.contact_id
 WHERE t.owner_id = :owner AND t.deleted_at IS NULL AND t.occurred_at >= :start AND t.occurred_at < :end
   AND (t.kind = 'visit' OR (t.kind = 'meeting' AND coalesce(t.place, '') != ''))
 ORDER BY t.occurred_at, t.id
 LIMIT :limit
"""

# The latest position a device measured at a check-in of each activity (WGS-84), newest first.
_MEASURED_SQL = """
SELECT k.activity_id, k.latitude, k.longitude
  FROM checkins k
 WHERE k.activity_id IN ({marks}) AND k.deleted_at IS NULL AND k.position_source = 'device'
   AND k.latitude IS NOT NULL AND k.longitude IS NOT NULL
 ORDER BY k.at DESC
"""

# The latest position measured at any visit to each account: the visit's own, or one of its check-ins.
_AT_ACCOUNT_SQL = """
SELECT account_id, latitude, longitude FROM (
  SELECT t.account_id, t.latitude, t.longitude, t.occurred_at AS at
    FROM activities t
   WHERE t.account_id IN ({marks}) AND t.deleted_at IS NULL AND t.latitude IS NOT NULL AND t.longitude IS NOT NULL
  UNION ALL
  SELECT t.account_id, k.latitude, k.longitude, k.at
    FROM checkins k JOIN activities t ON t.id = k.activity_id
   WHERE t.account_id IN ({marks}) AND k.deleted_at IS NULL AND k.position_source = 'device'
     AND k.latitude IS NOT NULL AND k.longitude IS NOT NULL)
 ORDER BY at DESC
"""


class RouteRepository(Queries):
    def stops(self, owner_id: str, start: datetime, end: datetime, limit: int = 200) -> list[tuple[Any, ...]]:
        """Visits and meetings with a place from `start` to `end` (UTC bounds of local days), by time:
        (id, kind, subject, occurred_at, ends_at, done, place, latitude, longitude, account_id, contact_id,
        account name, contact name, the account's country, province, city, district, street, then the contact's)."""
        params = {"owner": owner_id, "start": to_iso(start), "end": to_iso(end), "limit": limit}
        return [tuple(r) for r in self.conn.exec_driver_sql(_STOPS_SQL, params)]

    def measured(self, activity_ids: Sequence[str]) -> dict[str, tuple[float, float]]:
        """Each activity's latest check-in position the device measured."""
        return self._latest(_MEASURED_SQL, activity_ids)

    def measured_at_accounts(self, account_ids: Sequence[str]) -> dict[str, tuple[float, float]]:
        """Each account's latest position measured at any visit to it."""
        return self._latest(_AT_ACCOUNT_SQL, account_ids)

    def _latest(self, sql: str, keys: Sequence[str]) -> dict[str, tuple[float, float]]:
        out: dict[str, tuple[float, float]] = {}
        keys = sorted(set(keys))
        for k in range(0, len(keys), 400):  # SQLite's limit on parameters
            chunk = keys[k:k + 400]
            marks = ", ".join("?" * len(chunk))
            params = tuple(chunk) * sql.count("{marks}")
            for key, latitude, longitude in self.conn.exec_driver_sql(sql.format(marks=marks), params):
                out.setdefault(key, (float(latitude), float(longitude)))
        return out
