"""Product lines of opportunities, quotes and orders: checked against the products, priced."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, Collector
from crm_desktop.domain.sales.entities import LineInput
from crm_desktop.domain.sales.rules import INACTIVE_PRODUCT, MIXED_CURRENCY
from crm_desktop.store.unit_of_work import UnitOfWork

UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP("Validation", "Choose a product.")


@dataclass(frozen=True)
class PricedLine:
    product: object  # the Product row, for snapshots and stock
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    total: Decimal


def priced_lines(uow: UnitOfWork, lines: tuple[LineInput, ...], currency: str,
                 keep_inactive: frozenset[str] = frozenset()) -> list[PricedLine]:
    """Validated lines; every problem is reported at once, keyed `lines.<row>.<field>`.

    `keep_inactive`: products already on the document before an edit, which may stay even
    though the product has since been retired (new lines must use active products)."""
    c = Collector()
    out: list[PricedLine] = []
    for row, line in enumerate(lines):
        key = f"lines.{row}"
        product = uow.products.get(line.product_id) if line.product_id else None
        if product is None:
            c.errors[f"{key}.product_id"] = UNKNOWN_PRODUCT
            continue
        if not product.active and product.id not in keep_inactive:
            c.errors[f"{key}.product_id"] = INACTIVE_PRODUCT
        quantity = c.check(f"{key}.quantity", money.parse_quantity, line.quantity, f"{key}.quantity")
        discount = c.check(f"{key}.discount_pct", money.parse_discount, line.discount_pct, f"{key}.discount_pct")
        price = c.check(f"{key}.unit_price", money.parse_decimal, line.unit_price, f"{key}.unit_price")
        if price is None and line.unit_price in (None, ""):
            if product.currency != currency:
                c.errors[f"{key}.unit_price"] = MIXED_CURRENCY
            price = product.list_price
        if quantity is None or discount is None or price is None:
            continue
        out.append(PricedLine(product, quantity, price, discount,
                              money.line_total(quantity, price, discount, currency)))
    c.raise_if_any()
    return out


def lines_total(lines: list[PricedLine], currency: str) -> money.Totals:
    return money.document_totals([(x.quantity, x.unit_price, x.discount_pct) for x in lines], currency)
