"""The demo generator's statements: its rows inserted by executemany inside the generator's one
transaction (no ORM objects, no journal: demo data is the device's own start; every row marked demo = 1, so
store/demo_removal.py deletes exactly these), and the few look-ups around them (users, the catalogue, won deals,
document counters)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

Rows = Sequence[Sequence[Any]]


def insert_sql(table: str, columns: str) -> str:
    """INSERT of `columns` (space separated): `name` binds a value, `name?` binds '' for NULL (nullif),
    `name=literal` is written as is."""
    names, values = [], []
    for column in columns.split():
        name, _, literal = column.partition("=")
        if literal:
            values.append(literal)
        elif name.endswith("?"):
            name = name[:-1]
            values.append("nullif(?, '')")
        else:
            values.append("?")
        names.append(name)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(values)})"


_USER_SQL = (
    "INSERT INTO users (id, created_at, updated_at, owner_id, version, username, display_name,"
    " role, team, is_device_user, demo) VALUES (?,?,?,NULL,0,?,?,?,?,0,1)"
)
_ACCOUNT_SQL = insert_sql(
    "accounts", "id created_at updated_at owner_id version=0 demo=1 name short_name=NULL industry level status source"
    " phone?"
    " country province? city district? street? tags? last_activity_at? next_followup_at? in_pool=0 name_key"
    " name_sort")
_CONTACT_SQL = insert_sql(
    "contacts", "id created_at updated_at owner_id version=0 demo=1 account_id? name title department mobile? phone?"
    " email?"
    " tags? is_primary last_activity_at? next_followup_at? account_name? mobile_digits? phone_digits?"
    " name_sort")
_ACTIVITY_SQL = insert_sql(
    "activities", "id created_at updated_at owner_id version=0 demo=1 kind subject body=NULL occurred_at due_at? done"
    " outcome? account_id? contact_id next_followup_on=NULL")
_VISIT_SQL = insert_sql(
    "activities", "id created_at updated_at owner_id version=0 demo=1 kind='visit' subject body=NULL occurred_at"
    " due_at=NULL done=0 outcome=NULL account_id contact_id? place next_followup_on=NULL ends_at")
_TAG_SQL = "INSERT OR IGNORE INTO record_tags (tag, entity, record_id) VALUES (?,?,?)"
_PRODUCT_SQL = (
    "INSERT INTO products (id, created_at, updated_at, owner_id, version, sku, name, unit, list_price, currency,"
    " stock_on_hand, stock_reserved, active, search_text, demo) VALUES (?,?,?,NULL,0,?,?,?,?,'CNY',?,?,?,?,1)"
)
_DEAL_SQL = insert_sql(
    "opportunities", "id created_at updated_at owner_id version=0 demo=1 name account_id? contact_id stage_id amount"
    " currency"
    " probability probability_manual expected_close status lost_reason? lost_reason_code? source closed_at?"
    " last_activity_at?"
    " account_name?")
_DEAL_LINE_SQL = (
    "INSERT INTO opportunity_lines (id, created_at, updated_at, owner_id, version, opportunity_id, product_id,"
    " quantity, unit_price, discount_pct, position, demo) VALUES (?,?,?,?,0,?,?,?,?,?,?,1)"
)
_ORDER_SQL = (
    "INSERT INTO sales_orders (id, created_at, updated_at, owner_id, version, kind, number, number_provisional,"
    " status, account_id, opportunity_id, quote_id, currency, order_date, valid_until, notes, subtotal, discount,"
    " total, confirmed_at, shipped_at, paid_at, cancelled_at, account_name, demo)"
    " VALUES (?,?,?,?,0,?,?,1,?,?,?,NULL,?,?,?,NULL,?,?,?,?,?,?,?,?,1)"
)
_ORDER_LINE_SQL = (
    "INSERT INTO sales_order_lines (id, created_at, updated_at, owner_id, version, order_id, product_id, sku,"
    " product_name, unit, quantity, unit_price, discount_pct, line_total, position, demo)"
    " VALUES (?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,1)"
)
_TICKET_SQL = insert_sql(
    "tickets", "id created_at updated_at owner_id=NULL version=0 demo=1 number number_provisional=1 type channel"
    " priority status subject description? account_id? contact_id? assignee_id? first_response_due_at?"
    " resolution_due_at? first_response_at? resolved_at? closed_at? sla_paused_at? sla_paused_seconds"
    " sla_breached resolution? satisfaction_score? satisfaction_comment? satisfaction_at? account_name?"
    " contact_name? sla_due_at? sla_warn_at?")
_EVENT_SQL = insert_sql(
    "ticket_events", "id created_at updated_at owner_id=NULL version=0 demo=1 ticket_id kind from_value? to_value?"
    " body? author_id?")


class DemoStatements:
    """The demo's reads and writes on the generator's connection (inside its transaction).
    An empty list of rows writes nothing: executemany with none would run the statement once, unbound."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _many(self, sql: str, rows: Rows) -> None:
        if rows:
            self.conn.exec_driver_sql(sql, rows)

    # --- users -----------------------------------------------------------------------------

    def usernames(self) -> set[str]:
        return {r[0] for r in self.conn.exec_driver_sql("SELECT username FROM users")}

    def add_users(self, rows: Rows) -> None:
        """(id, created, updated, username, display name, role, team) of colleagues (not device users)."""
        self._many(_USER_SQL, rows)

    def colleague_ids(self) -> list[str]:
        return [r[0] for r in self.conn.exec_driver_sql("SELECT id FROM users WHERE is_device_user = 0")]

    def live_user_ids(self) -> list[str]:
        return [r[0] for r in self.conn.exec_driver_sql("SELECT id FROM users WHERE deleted_at IS NULL")]

    # --- customers -------------------------------------------------------------------------

    def add_accounts(self, rows: Rows) -> None:
        self._many(_ACCOUNT_SQL, rows)

    def add_contacts(self, rows: Rows) -> None:
        self._many(_CONTACT_SQL, rows)

    def add_activities(self, rows: Rows) -> None:
        self._many(_ACTIVITY_SQL, rows)

    def visit_targets(self, owner_id: str, limit: int) -> list[tuple[str, str, str, str | None, str]]:
        """(account id, name, address, a contact id or None, city) of up to `limit` demo accounts in China that
        `owner_id` owns, at random: where a rep's planned visits go."""
        return list(self.conn.exec_driver_sql(
            "SELECT a.id, a.name, coalesce(a.province, '') || coalesce(a.city, '') || coalesce(a.district, '')"
            " || coalesce(a.street, ''), (SELECT c.id FROM contacts c WHERE c.account_id = a.id LIMIT 1), a.city"
            " FROM accounts a WHERE a.owner_id = ? AND a.demo = 1 AND a.deleted_at IS NULL AND a.district IS NOT NULL"
            " ORDER BY random() LIMIT ?", (owner_id, limit)))

    def add_planned_visits(self, rows: Rows) -> None:
        """(id, created, updated, owner, subject, start, account, contact, place, end) of open visits."""
        self._many(_VISIT_SQL, rows)

    def add_tags(self, rows: Rows) -> None:
        """(tag, entity, record id) rows of the tag index."""
        self._many(_TAG_SQL, rows)

    # --- sales -----------------------------------------------------------------------------

    def catalogue(self) -> list[tuple[str, str, str, str, int]]:
        """(id, sku, name, unit, list price units) of the live, active CNY products, by SKU."""
        return [(i, sku, name, unit, price) for i, sku, name, unit, price in self.conn.exec_driver_sql(
            "SELECT id, sku, name, unit, list_price FROM products WHERE deleted_at IS NULL AND active = 1"
            " AND currency = 'CNY' ORDER BY sku")]

    def add_products(self, rows: Rows) -> None:
        self._many(_PRODUCT_SQL, rows)

    def add_deals(self, rows: Rows) -> None:
        self._many(_DEAL_SQL, rows)

    def add_deal_lines(self, rows: Rows) -> None:
        self._many(_DEAL_LINE_SQL, rows)

    def won_deals(self, limit: int) -> list[tuple[str, str, str | None, str | None, str]]:
        """(id, account id, account name, owner id, currency) of won deals of an account."""
        rows = self.conn.exec_driver_sql(
            "SELECT id, account_id, account_name, owner_id, currency FROM opportunities"
            " WHERE status = 'won' AND account_id IS NOT NULL ORDER BY id LIMIT ?", (limit,))
        return [(i, account, name, owner, currency) for i, account, name, owner, currency in rows]

    def add_orders(self, rows: Rows) -> None:
        self._many(_ORDER_SQL, rows)

    def add_order_lines(self, rows: Rows) -> None:
        self._many(_ORDER_LINE_SQL, rows)

    def hold_stock(self, reserved: Iterable[tuple[str, int]]) -> None:
        """Confirmed orders hold their stock: on hand grows by the same units, so availability stays positive."""
        self._many("UPDATE products SET stock_reserved = stock_reserved + ?, stock_on_hand = stock_on_hand + ?"
                   " WHERE id = ?", [(units, units, pid) for pid, units in reserved])

    # --- service ---------------------------------------------------------------------------

    def add_tickets(self, rows: Rows) -> None:
        self._many(_TICKET_SQL, rows)

    def add_ticket_events(self, rows: Rows) -> None:
        self._many(_EVENT_SQL, rows)

    # --- document counters (sync_state, as store/repositories/numbers.py keeps them) ---------

    def counter(self, key: str) -> int:
        value = self.conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).scalar()
        return int(json.loads(value) or 0) if value else 0

    def set_counters(self, values: dict[str, int]) -> None:
        self._many("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [(k, json.dumps(v)) for k, v in values.items()])
