"""Dashboard aggregations in SQL: each query reads one covering index range and groups in the database.

Timestamps are UTC text, so a day range is `col >= 'YYYY-MM-DD' AND col < 'YYYY-MM-DD of the day after'`
and a month is `substr(col, 1, 7)`. Every query takes the same scope: a date range and an owner or team.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.store.repositories.base import Queries


@dataclass(frozen=True)
class Scope:
    start: str            # first day, 'YYYY-MM-DD'
    end: str              # the day after the last one, 'YYYY-MM-DD'
    owner_id: str | None = None
    team: str | None = None
    factors: tuple[tuple[str, float], ...] = ()  # currency -> its value in the home currency

    def in_home(self, amount: str, currency: str) -> str:
        """`amount` (stored units) converted to home-currency units in SQL: summing across currencies
        there returns a handful of rows instead of one per currency and group."""
        cases = " ".join(f"WHEN '{code}' THEN {amount} * {factor!r}" for code, factor in self.factors if factor != 1)
        return f"(CASE {currency} {cases} ELSE {amount} END)" if cases else amount

    def owner(self, column: str) -> tuple[str, tuple[Any, ...]]:
        """The owner/team condition on `column` (owner_id, or a ticket's assignee_id)."""
        if self.owner_id:
            return f" AND {column} = ?", (self.owner_id,)
        if self.team:
            return f" AND {column} IN (SELECT id FROM users WHERE team = ?)", (self.team,)
        return "", ()


def scope(start: date, last: date, owner_id: str | None, team: str | None, factors: dict[str, float]) -> Scope:
    # Codes come from the shipped currency file; they are checked anyway, as they land in the SQL text.
    safe = tuple((code, float(f)) for code, f in sorted(factors.items()) if code.isalpha() and len(code) == 3)
    return Scope(start.isoformat(), date.fromordinal(last.toordinal() + 1).isoformat(), owner_id, team, safe)


_Sql = tuple[str, tuple[Any, ...]]  # a statement and its parameters

_WON = "o.status = 'won' AND o.deleted_at IS NULL AND o.closed_at >= ? AND o.closed_at < ?"
_LOST = "o.status = 'lost' AND o.deleted_at IS NULL AND o.closed_at >= ? AND o.closed_at < ?"
_OPEN = "status = 'open' AND deleted_at IS NULL"  # word for word the board index's condition
_ACTIVITY = "a.deleted_at IS NULL AND a.occurred_at >= ? AND a.occurred_at < ?"


class AnalyticsRepository(Queries):
    def _rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return list(self.conn.exec_driver_sql(sql, params))

    # --- sales ---------------------------------------------------------------------------

    def won_by_month(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, deals, home-currency units) of deals won in the range."""
        where, params = s.owner("o.owner_id")
        return self._rows(
            f"SELECT substr(o.closed_at, 1, 7) AS m, count(*), sum({s.in_home('o.amount', 'o.currency')})"
            f" FROM opportunities o INDEXED BY ix_opportunities_closed WHERE {_WON}{where} GROUP BY m",
            (s.start, s.end, *params))

    def orders_by_month(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, orders) of sales orders confirmed or later, by order date."""
        where, params = s.owner("d.owner_id")
        return self._rows(
            "SELECT substr(d.order_date, 1, 7) AS m, count(*) FROM sales_orders d"
            " WHERE d.kind = 'order' AND d.status IN ('confirmed', 'shipped', 'paid') AND d.deleted_at IS NULL"
            f" AND d.order_date >= ? AND d.order_date < ?{where} GROUP BY m", (s.start, s.end, *params))

    def open_deals(self, s: Scope) -> list[tuple[Any, ...]]:
        """(stage id, close day or None, deals, home-currency units, units x probability) of the deals
        open now, in one pass over the board's index (the funnel and the forecast both roll it up).
        Grouped by day, the index's own order: grouping by month would sort every deal first."""
        where, params = s.owner("owner_id")
        home = s.in_home("amount", "currency")
        return self._rows(
            f"SELECT stage_id, expected_close, count(*), sum({home}), sum({home} * probability)"
            f" FROM opportunities INDEXED BY ix_opportunities_board WHERE {_OPEN}{where}"
            " GROUP BY stage_id, expected_close", params)

    def closed_by_month(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, status, deals) of deals won or lost in the range."""
        where, params = s.owner("o.owner_id")
        return self._rows(
            "SELECT substr(o.closed_at, 1, 7) AS m, o.status, count(*) FROM opportunities o"
            " INDEXED BY ix_opportunities_closed WHERE o.status IN ('won', 'lost') AND o.deleted_at IS NULL"
            f" AND o.closed_at >= ? AND o.closed_at < ?{where} GROUP BY m, o.status", (s.start, s.end, *params))

    def lost_by_reason(self, s: Scope) -> list[tuple[Any, ...]]:
        """(loss reason code or "", deals) of deals lost in the range ("": lost before reasons had codes)."""
        where, params = s.owner("o.owner_id")
        return self._rows(
            "SELECT coalesce(o.lost_reason_code, '') AS r, count(*) FROM opportunities o"
            f" INDEXED BY ix_opportunities_closed WHERE {_LOST}{where} GROUP BY r", (s.start, s.end, *params))

    def won_by_owner(self, s: Scope) -> list[tuple[Any, ...]]:
        """(owner id, owner name, home-currency units) of deals won in the range (from the index alone)."""
        where, params = s.owner("o.owner_id")
        return self._rows(
            f"SELECT w.owner_id, coalesce(u.display_name, ''), w.units FROM (SELECT o.owner_id,"
            f" sum({s.in_home('o.amount', 'o.currency')}) AS units FROM opportunities o"
            f" INDEXED BY ix_opportunities_closed WHERE {_WON}{where} GROUP BY o.owner_id) AS w"
            " LEFT JOIN users u ON u.id = w.owner_id", (s.start, s.end, *params))

    def won_by_place(self, s: Scope) -> list[tuple[Any, ...]]:
        """(province, industry, home-currency units) of deals won in the range, by their account."""
        where, params = s.owner("o.owner_id")
        return self._rows(
            "SELECT coalesce(a.province, ''), coalesce(a.industry, ''),"
            f" sum({s.in_home('o.amount', 'o.currency')}) FROM opportunities o INDEXED BY ix_opportunities_closed"
            " LEFT JOIN accounts a INDEXED BY ix_accounts_place ON a.id = o.account_id"
            f" WHERE {_WON}{where} GROUP BY a.province, a.industry", (s.start, s.end, *params))

    # --- activities, service, customers --------------------------------------------------

    def activities(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, kind, owner id or "", activities) in the range, from the per-day counts."""
        where, params = s.owner("owner_id")
        return self._rows(
            "SELECT substr(day, 1, 7) AS m, kind, owner_id, sum(n) FROM activity_day_stats"
            f" WHERE day >= ? AND day < ?{where} GROUP BY m, kind, owner_id HAVING sum(n) > 0",
            (s.start, s.end, *params))

    def tickets_opened(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, tickets) created in the range (an owner filter means the assignee)."""
        where, params = s.owner("t.assignee_id")
        return self._rows(
            "SELECT substr(t.created_at, 1, 7) AS m, count(*) FROM tickets t INDEXED BY ix_tickets_created"
            f" WHERE t.deleted_at IS NULL AND t.created_at >= ? AND t.created_at < ?{where} GROUP BY m",
            (s.start, s.end, *params))

    def tickets_resolved(self, s: Scope) -> list[tuple[Any, ...]]:
        """(month, resolved, within SLA, rated, sum of scores) of tickets resolved in the range."""
        where, params = s.owner("t.assignee_id")
        return self._rows(
            "SELECT substr(t.resolved_at, 1, 7) AS m, count(*), sum(t.sla_breached = 0),"
            " count(t.satisfaction_score), sum(t.satisfaction_score) FROM tickets t INDEXED BY ix_tickets_resolved"
            f" WHERE t.resolved_at >= ? AND t.resolved_at < ? AND t.deleted_at IS NULL{where} GROUP BY m",
            (s.start, s.end, *params))

    def accounts_by_source_level(self, s: Scope) -> list[tuple[Any, ...]]:
        """(source or "", level or "", accounts) of accounts created in the range, from the per-day counts."""
        where, params = s.owner("owner_id")
        return self._rows(
            "SELECT source, level, sum(n) FROM account_day_stats"
            f" WHERE day >= ? AND day < ?{where} GROUP BY source, level HAVING sum(n) > 0",
            (s.start, s.end, *params))

    # --- the records behind a bar --------------------------------------------------------

    def drill(self, what: str, s: Scope, key: str | None, extra: str | None, limit: int) -> list[tuple[Any, ...]]:
        """Rows of the records behind one category; `what` names the query, `key` the category value."""
        sql, params = _DRILLS[what](s, key, extra)
        return self._rows(f"{sql} LIMIT ?", (*params, limit))


_DEAL_COLUMNS = ("SELECT o.id, o.name, coalesce(o.account_name, ''), o.amount, o.currency, o.status,"
                 " coalesce(o.closed_at, o.expected_close), coalesce(u.display_name, '')"
                 " FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id")
_TICKET_COLUMNS = ("SELECT t.id, t.number, t.subject, coalesce(t.account_name, ''), t.status, t.priority,"
                   " t.created_at, coalesce(u.display_name, '')"
                   " FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id")


def _month(key: str) -> tuple[str, str]:
    year, month = int(key[:4]), int(key[5:7])
    after = f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
    return key[:7], after


def _won(s: Scope, column: str | None, value: str | None, month: str | None = None) -> _Sql:
    where, params = s.owner("o.owner_id")
    start, end = (s.start, s.end) if month is None else (max(s.start, _month(month)[0]), min(s.end, _month(month)[1]))
    sql = f"{_DEAL_COLUMNS} LEFT JOIN accounts a ON a.id = o.account_id WHERE {_WON}{where}"
    extra: tuple[Any, ...] = ()
    if column:
        sql += f" AND coalesce({column}, '') = ?"
        extra = (value or "",)
    return sql + " ORDER BY o.closed_at DESC", (start, end, *params, *extra)


def _closed(s: Scope, month: str, _extra: object) -> _Sql:
    where, params = s.owner("o.owner_id")
    first, after = _month(month)
    return (f"{_DEAL_COLUMNS} WHERE o.status IN ('won', 'lost') AND o.deleted_at IS NULL"
            f" AND o.closed_at >= ? AND o.closed_at < ? AND o.closed_at >= ? AND o.closed_at < ?{where}"
            " ORDER BY o.closed_at DESC", (first, after, s.start, s.end, *params))


def _lost(s: Scope, code: str, _extra: object) -> _Sql:
    where, params = s.owner("o.owner_id")
    return (f"{_DEAL_COLUMNS} WHERE {_LOST}{where} AND coalesce(o.lost_reason_code, '') = ?"
            " ORDER BY o.closed_at DESC", (s.start, s.end, *params, code or ""))


def _open(s: Scope, value: str, by: str) -> _Sql:
    where, params = s.owner("o.owner_id")
    if by == "stage":
        return (f"{_DEAL_COLUMNS} WHERE o.status = 'open' AND o.deleted_at IS NULL AND o.stage_id = ?{where}"
                " ORDER BY o.expected_close", (value, *params))
    first, after = _month(value)
    return (f"{_DEAL_COLUMNS} WHERE o.status = 'open' AND o.deleted_at IS NULL AND o.expected_close >= ?"
            f" AND o.expected_close < ?{where} ORDER BY o.expected_close", (first, after, *params))


def _orders(s: Scope, month: str, _extra: object) -> _Sql:
    where, params = s.owner("d.owner_id")
    first, after = _month(month)
    return ("SELECT d.id, d.number, coalesce(d.account_name, ''), d.order_date, d.status, d.total, d.currency,"
            " coalesce(u.display_name, '') FROM sales_orders d LEFT JOIN users u ON u.id = d.owner_id"
            " WHERE d.kind = 'order' AND d.status IN ('confirmed', 'shipped', 'paid') AND d.deleted_at IS NULL"
            f" AND d.order_date >= ? AND d.order_date < ?{where} ORDER BY d.order_date DESC", (first, after, *params))


def _activities(s: Scope, key: str, extra: str | None) -> _Sql:
    """key: a month ('2026-03', with `extra` a kind) or an owner id (with `extra` a kind)."""
    where, params = s.owner("a.owner_id")
    sql = ("SELECT a.id, a.occurred_at, a.kind, a.subject,"
           " coalesce(c.name, ac.name, ''), coalesce(u.display_name, '') FROM activities a"
           " LEFT JOIN contacts c ON c.id = a.contact_id LEFT JOIN accounts ac ON ac.id = a.account_id"
           f" LEFT JOIN users u ON u.id = a.owner_id WHERE {_ACTIVITY}{where}")
    args: tuple[Any, ...] = (s.start, s.end, *params)
    if len(key) == 7 and key[4] == "-":
        first, after = _month(key)
        sql, args = sql + " AND a.occurred_at >= ? AND a.occurred_at < ?", (*args, first, after)
    else:
        sql, args = sql + " AND a.owner_id IS ?", (*args, key or None)
    if extra:
        sql, args = sql + " AND a.kind = ?", (*args, extra)
    return sql + " ORDER BY a.occurred_at DESC", args


def _tickets(s: Scope, month: str, series: str | None) -> _Sql:
    where, params = s.owner("t.assignee_id")
    first, after = _month(month)
    column = "t.resolved_at" if series in ("resolved", "sla_met", "satisfaction") else "t.created_at"
    return (f"{_TICKET_COLUMNS} WHERE t.deleted_at IS NULL AND {column} >= ? AND {column} < ?"
            f" AND {column} >= ? AND {column} < ?{where} ORDER BY {column} DESC",
            (first, after, s.start, s.end, *params))


def _accounts(s: Scope, value: str, column: str) -> _Sql:
    where, params = s.owner("a.owner_id")
    return ("SELECT a.id, a.name, coalesce(a.city, ''), coalesce(a.source, ''), coalesce(a.level, ''),"
            " coalesce(u.display_name, '') FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
            f" WHERE a.deleted_at IS NULL AND a.created_at >= ? AND a.created_at < ? AND coalesce(a.{column}, '') = ?"
            f"{where} ORDER BY a.name", (s.start, s.end, value or "", *params))


_DRILLS: dict[str, Callable[[Scope, Any, Any], _Sql]] = {
    "won_month": lambda s, key, _x: _won(s, None, None, key),
    "won_owner": lambda s, key, _x: _won(s, "o.owner_id", key),
    "won_province": lambda s, key, _x: _won(s, "a.province", key),
    "won_industry": lambda s, key, _x: _won(s, "a.industry", key),
    "closed_month": _closed,
    "lost_reason": _lost,
    "open_stage": lambda s, key, _x: _open(s, key, "stage"),
    "open_month": lambda s, key, _x: _open(s, key, "month"),
    "orders_month": _orders,
    "activities": _activities,
    "tickets_month": _tickets,
    "accounts_source": lambda s, key, _x: _accounts(s, key, "source"),
    "accounts_level": lambda s, key, _x: _accounts(s, key, "level"),
}
