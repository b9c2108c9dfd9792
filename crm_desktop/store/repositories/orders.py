"""Products, quotes and sales orders: look-ups, stock increments, document numbers, list pages."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from crm_desktop.domain.common.money import QUANTITY_SCALE
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.store.journal import record_increment
from crm_desktop.store.models import Product, SalesOrder, SalesOrderLine
from crm_desktop.store.repositories.base import RecordRepository
from crm_desktop.store.repositories.listing import ListSpec, contains_pattern, count_rows, page_rows
from crm_desktop.store.repositories.numbers import next_number

ORDER_LIST = ListSpec(
    table="sales_orders d",
    alias="d",
    select="d.id, d.number, d.number_provisional, d.order_date, d.account_name, d.status, d.currency,"
    " d.total, u.display_name, d.kind",
    joins="LEFT JOIN users u ON u.id = d.owner_id",
    sorts={"order_date": "d.order_date", "number": "d.number", "total": "d.total", "account": "d.account_name"},
    filters={
        "kind": "d.kind = ?",
        "status": "d.status = ?",
        "owner_id": "d.owner_id = ?",
        "account_id": "d.account_id = ?",
        "like": "(d.number LIKE ? ESCAPE '\\' OR d.account_name LIKE ? ESCAPE '\\')",
    },
)


@dataclass(frozen=True)
class OrderFilter:
    kind: str | None = None
    status: str | None = None
    owner_id: str | None = None
    account_id: str | None = None
    like: str | None = None


def order_filter(kind: str | None = None, status: str | None = None, text: str | None = None,
                 owner_id: str | None = None) -> OrderFilter:
    """The filter of the quotes and orders list; `text` matches number or account anywhere."""
    return OrderFilter(kind, status, owner_id, None, contains_pattern(text) if text else None)


def _units(quantity: Decimal) -> int:
    return int(quantity.scaleb(QUANTITY_SCALE))


class ProductRepository(RecordRepository[Product]):
    model = Product

    def by_sku(self, sku: str, exclude_id: str | None = None) -> Product | None:
        stmt = select(Product).where(Product.sku == sku, Product.deleted_at.is_(None))
        if exclude_id:
            stmt = stmt.where(Product.id != exclude_id)
        return self.session.scalars(stmt.limit(1)).first()

    def find(self, text: str | None, active_only: bool, limit: int) -> list[Product]:
        stmt = select(Product).where(Product.deleted_at.is_(None))
        if active_only:
            stmt = stmt.where(Product.active.is_(True))
        for word in (text or "").lower().split():
            stmt = stmt.where(Product.search_text.like(contains_pattern(word), escape="\\"))
        return list(self.session.scalars(stmt.order_by(Product.sku).limit(limit)))

    def reserve(self, product: Product, quantity: Decimal, order_id: str) -> bool:
        """Reserve for the order if the stock covers it, in one statement: two orders racing for the
        last units cannot both get them. False (nothing changed) when it does not cover it."""
        units = _units(quantity)
        done = self.conn.exec_driver_sql(
            "UPDATE products SET stock_reserved = stock_reserved + ?"
            " WHERE id = ? AND stock_on_hand - stock_reserved >= ?", (units, product.id, units),
        ).rowcount == 1
        if done:
            record_increment(self.session, product, {"stock_reserved": quantity},
                             {"kind": "reserve", "order_id": order_id})
            self.session.expire(product, ["stock_reserved"])
        return done

    def reread(self, product: Product) -> None:
        """The row as the database holds it now (its counters moved in SQL)."""
        self.session.refresh(product)

    def increment(self, product: Product, cause: dict[str, Any], **deltas: Decimal) -> None:
        """Add to stock counters (release, ship, adjust) as an increment mutation with its cause."""
        sets = ", ".join(f"{field} = {field} + ?" for field in deltas)
        self.conn.exec_driver_sql(
            f"UPDATE products SET {sets} WHERE id = ?", (*(_units(d) for d in deltas.values()), product.id)
        )
        record_increment(self.session, product, deltas, cause)
        self.session.expire(product, list(deltas))


class OrderRepository(RecordRepository[SalesOrder]):
    model = SalesOrder

    def add_line(self, line: SalesOrderLine) -> None:
        """Staged: the caller fills it in, and the next flush journals it whole."""
        self.session.add(line)

    def lines(self, order_id: str) -> list[SalesOrderLine]:
        return list(self.session.scalars(
            select(SalesOrderLine)
            .where(SalesOrderLine.order_id == order_id, SalesOrderLine.deleted_at.is_(None))
            .order_by(SalesOrderLine.position)
        ))

    def converted_from(self, quote_id: str) -> SalesOrder | None:
        stmt = select(SalesOrder).where(SalesOrder.quote_id == quote_id, SalesOrder.deleted_at.is_(None))
        return self.session.scalars(stmt.limit(1)).first()

    def next_number(self, prefix: str, year: int) -> str:
        """The device's next provisional number, e.g. SO-2026-000123 (the server may renumber)."""
        return f"{prefix}-{year}-{next_number(self.session, f'numbers/{prefix}/{year}'):06d}"

    def count(self, flt: OrderFilter) -> int:
        return count_rows(self.conn, ORDER_LIST, flt)

    def page(self, flt: OrderFilter, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple[Any, ...]]:
        return page_rows(self.conn, ORDER_LIST, flt, sort, offset, limit, total)

    def of_record(self, account_id: str | None = None, opportunity_id: str | None = None) -> list[tuple[Any, ...]]:
        column, value = ("d.opportunity_id", opportunity_id) if opportunity_id else ("d.account_id", account_id)
        sql = (f"SELECT {ORDER_LIST.select} FROM sales_orders d {ORDER_LIST.joins}"
               f" WHERE {column} = ? AND d.deleted_at IS NULL ORDER BY d.order_date DESC, d.rowid DESC LIMIT 200")
        return list(self.conn.exec_driver_sql(sql, (value,)))

    def revenue(self, owner_id: str | None, team: str | None) -> list[tuple[Any, ...]]:
        """(month 'YYYY-MM', owner name, currency, orders, total units) of confirmed orders and later."""
        where, params = "", list[str]()
        if owner_id:
            where, params = " AND d.owner_id = ?", [owner_id]
        elif team:
            where, params = " AND d.owner_id IN (SELECT id FROM users WHERE team = ?)", [team]
        sql = ("SELECT substr(d.order_date, 1, 7) AS month, coalesce(u.display_name, ''), d.currency, count(*),"
               " sum(d.total) FROM sales_orders d LEFT JOIN users u ON u.id = d.owner_id"
               " WHERE d.kind = 'order' AND d.status IN ('confirmed', 'shipped', 'paid')"
               f" AND d.deleted_at IS NULL{where} GROUP BY month, u.display_name, d.currency"
               " ORDER BY month, u.display_name")
        return list(self.conn.exec_driver_sql(sql, tuple(params)))
