"""Converting stored sales rows to the plain values the GUI shows: Decimals, dates, lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from crm_desktop.domain.common import money
from crm_desktop.domain.common.ids import from_iso
from crm_desktop.domain.sales.entities import Card, LineData, StageData


# What these conversions read of a stored row (the store's models have these columns; domain cannot import them).
class StoredStage(Protocol):
    id: str
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool


class StoredProduct(Protocol):
    sku: str
    name: str
    unit: str


class StoredDealLine(Protocol):
    id: str
    product_id: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal


class StoredOrderLine(StoredDealLine, Protocol):
    sku: str
    product_name: str
    unit: str
    line_total: Decimal


def amount_of(units: int | None, scale: int = money.AMOUNT_SCALE) -> Decimal:
    """A raw stored integer (see store.types.ScaledDecimal) as its Decimal value."""
    return Decimal(units or 0).scaleb(-scale)


def date_of(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def time_of(value: datetime | str | None) -> datetime | None:
    return from_iso(value) if isinstance(value, str) else value


def card_of(row: Sequence[Any]) -> Card:
    """A board card / table row with typed values (see domain.sales.Card)."""
    return (row[0], row[1], row[2], amount_of(row[3]), row[4], row[5], date_of(row[6]), row[7],
            time_of(row[8]), *row[9:])


def order_row_of(row: Sequence[Any]) -> tuple[Any, ...]:
    """(id, number, provisional, order_date, account, status, currency, total, owner, kind)."""
    return (row[0], row[1], bool(row[2]), date_of(row[3]), row[4], row[5], row[6], amount_of(row[7]), row[8],
            row[9])


def stage_data(s: StoredStage) -> StageData:
    return StageData(s.id, s.name, s.position, s.probability, bool(s.is_won), bool(s.is_lost))


def deal_line_data(line: StoredDealLine, product: StoredProduct | None, currency: str) -> LineData:
    """A deal's line: the product is looked up, the total computed."""
    total = money.line_total(line.quantity, line.unit_price, line.discount_pct, currency)
    return LineData(line.id, line.product_id, product.sku if product else "", product.name if product else "",
                    (product.unit if product else "") or "", line.quantity, line.unit_price, line.discount_pct, total)


def order_line_data(line: StoredOrderLine) -> LineData:
    """A quote's or order's line: the product as it was when written, the stored total."""
    return LineData(line.id, line.product_id, line.sku, line.product_name, line.unit or "", line.quantity,
                    line.unit_price, line.discount_pct, line.line_total)


def in_home(groups: Iterable[tuple[str, Decimal]], home: str) -> Decimal:
    """Sum of (currency, Decimal amount) pairs converted to the home currency and rounded."""
    total = sum((money.to_home(amount, currency, home) for currency, amount in groups), Decimal(0))
    return money.round_money(total, home)
