"""Orders controller: quotes and sales orders, their lines and totals, stock check and reservation."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from crm_desktop.controllers.sales.lines import PricedLine, lines_total, priced_lines
from crm_desktop.domain.common import money
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, NotFoundError, ValidationError
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.domain.customers.enums import DocumentKind, OrderStatus
from crm_desktop.domain.sales.entities import (
    LineInput,
    OrderData,
    OrderInput,
    Shortage,
    StockShortageError,
    TransitionError,
)
from crm_desktop.domain.sales.rules import NO_LINES, check_transition, next_statuses
from crm_desktop.domain.sales.values import order_line_data, order_row_of
from crm_desktop.store.database import Store
from crm_desktop.store.models import SalesOrder, SalesOrderLine
from crm_desktop.store.repositories.orders import order_filter
from crm_desktop.store.unit_of_work import UnitOfWork

PREFIX = {DocumentKind.QUOTE: "QT", DocumentKind.ORDER: "SO"}
LOCKED = QT_TRANSLATE_NOOP("Validation", "Only a draft can be edited; this one is already confirmed or closed.")
_EDITABLE = {OrderStatus.DRAFT, OrderStatus.SENT}


class OrdersController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    # --- documents ----------------------------------------------------------------------

    def get(self, order_id: str) -> OrderData:
        with self._uow() as uow:
            return self._data(uow, self._order(uow, order_id))

    def create(self, data: OrderInput) -> OrderData:
        with self._uow() as uow:
            kind = DocumentKind(data.kind)
            account = uow.accounts.get(data.account_id, include_deleted=True) if data.account_id else None
            if account is None:
                raise ValidationError({"account_id": REQUIRED})
            money.digits(data.currency)
            day = data.order_date or datetime.now().date()
            order = SalesOrder(kind=kind, number=uow.orders.next_number(PREFIX[kind], day.year), status="draft",
                               account_id=account.id, account_name=account.name, order_date=day)
            self._fill(uow, order, data)
            uow.orders.add(order)
            self._write_lines(uow, order, priced_lines(uow, data.lines, order.currency))
            uow.commit()
            return self._data(uow, order)

    def update(self, order_id: str, data: OrderInput) -> OrderData:
        with self._uow() as uow:
            order = self._order(uow, order_id)
            if order.status not in _EDITABLE:
                raise ValidationError({"status": LOCKED})
            old = uow.orders.lines(order.id)
            self._fill(uow, order, data)
            if data.order_date:
                order.order_date = data.order_date
            priced = priced_lines(uow, data.lines, order.currency, frozenset(x.product_id for x in old))
            self._write_lines(uow, order, priced, old)
            uow.commit()
            return self._data(uow, order)

    def from_opportunity(self, opportunity_id: str, kind: str = DocumentKind.QUOTE) -> OrderData:
        """A draft quote or order for the deal's account, with the deal's product lines."""
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id)
            if o is None:
                raise NotFoundError(opportunity_id)
            if not o.account_id:
                raise ValidationError({"account_id": REQUIRED})
            lines = tuple(LineInput(x.product_id, x.quantity, x.unit_price, x.discount_pct)
                          for x in uow.opportunities.lines(o.id))
            data = OrderInput(kind, o.account_id, o.id, o.currency, lines=lines)
        return self.create(data)

    def convert_quote(self, quote_id: str) -> OrderData:
        """The accepted quote becomes a draft order with the same lines and prices."""
        quote = self.get(quote_id)
        if quote.kind != DocumentKind.QUOTE:
            raise TransitionError(quote.kind, DocumentKind.ORDER)
        with self._uow() as uow:
            # Converting twice (a double click, a second window) opens the order made the first time.
            existing = uow.orders.converted_from(quote_id)
            if existing is not None:
                return self._data(uow, existing)
        if quote.status != OrderStatus.ACCEPTED:
            self.set_status(quote_id, OrderStatus.ACCEPTED)
        lines = tuple(LineInput(x.product_id, x.quantity, x.unit_price, x.discount_pct) for x in quote.lines)
        order = self.create(OrderInput(DocumentKind.ORDER, quote.account_id, quote.opportunity_id, quote.currency,
                                       notes=quote.notes, lines=lines))
        with self._uow() as uow:
            self._order(uow, order.id).quote_id = quote.id
            uow.commit()
        return self.get(order.id)

    def delete(self, order_id: str) -> None:
        """Drafts only: anything confirmed is cancelled instead, so stock and history stay right."""
        with self._uow() as uow:
            order = self._order(uow, order_id)
            if order.status not in _EDITABLE:
                raise ValidationError({"status": LOCKED})
            order.deleted_at = utcnow()
            uow.commit()

    # --- status flow and stock ----------------------------------------------------------

    def confirm(self, order_id: str) -> OrderData:
        """Check stock for every line and reserve it all, or reserve nothing and list the short lines."""
        with self._uow() as uow:
            order = self._order(uow, order_id)
            check_transition(order.kind, order.status, OrderStatus.CONFIRMED)
            lines = uow.orders.lines(order.id)
            if not lines:
                raise ValidationError({"lines": NO_LINES})
            shortages = self._reserve(uow, order.id, lines)
            if shortages:
                uow.rollback()
                raise StockShortageError(shortages)
            order.status, order.confirmed_at = OrderStatus.CONFIRMED, utcnow()
            uow.commit()
            return self._data(uow, order)

    def set_status(self, order_id: str, status: str) -> OrderData:
        """Ship (stock leaves), pay, cancel (a confirmed order's reservation is released), or for
        quotes send / accept / decline. Confirming goes through `confirm`."""
        if status == OrderStatus.CONFIRMED:
            return self.confirm(order_id)
        with self._uow() as uow:
            order = self._order(uow, order_id)
            check_transition(order.kind, order.status, status)
            needs = _needs(uow.orders.lines(order.id))
            if order.status == OrderStatus.CONFIRMED and status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED):
                for product_id, quantity in needs.items():
                    product = uow.products.get(product_id, include_deleted=True)
                    if status == OrderStatus.SHIPPED:
                        uow.products.increment(product, {"kind": "ship", "order_id": order.id},
                                               stock_on_hand=-quantity, stock_reserved=-quantity)
                    else:
                        uow.products.increment(product, {"kind": "release", "order_id": order.id},
                                               stock_reserved=-quantity)
            order.status = status
            stamp = {OrderStatus.SHIPPED: "shipped_at", OrderStatus.PAID: "paid_at",
                     OrderStatus.CANCELLED: "cancelled_at"}.get(status)
            if stamp:
                setattr(order, stamp, utcnow())
            uow.commit()
            return self._data(uow, order)

    def next_statuses(self, order: OrderData) -> list[str]:
        return sorted(next_statuses(order.kind, order.status), key=list(OrderStatus).index)

    @staticmethod
    def _reserve(uow: UnitOfWork, order_id: str, lines: list[SalesOrderLine]) -> list[Shortage]:
        shortages = []
        for product_id, quantity in _needs(lines).items():
            product = uow.products.get(product_id, include_deleted=True)
            if product is None or not product.active or product.deleted_at is not None:
                name = product.name if product else next(x.product_name for x in lines if x.product_id == product_id)
                sku = product.sku if product else ""
                shortages.append(Shortage(product_id, sku, name, quantity, Decimal(0), inactive=True))
            elif not uow.products.reserve(product, quantity, order_id):
                uow.products.reread(product)
                shortages.append(Shortage(product.id, product.sku, product.name, quantity,
                                          product.stock_on_hand - product.stock_reserved))
        return shortages

    # --- lists --------------------------------------------------------------------------

    def count(self, kind: str | None = None, status: str | None = None, text: str | None = None,
              owner_id: str | None = None) -> int:
        with self._uow() as uow:
            return uow.orders.count(order_filter(kind, status, text, owner_id))

    def page(self, kind: str | None, status: str | None, text: str | None, sort: ListSort, offset: int,
             limit: int, total: int | None = None, owner_id: str | None = None) -> list[tuple]:
        """Rows (id, number, provisional, order_date, account, status, currency, total, owner, kind)."""
        with self._uow() as uow:
            rows = uow.orders.page(order_filter(kind, status, text, owner_id), sort, offset, limit, total)
            return [order_row_of(r) for r in rows]

    def of_record(self, account_id: str | None = None, opportunity_id: str | None = None) -> list[tuple]:
        with self._uow() as uow:
            return [order_row_of(r) for r in uow.orders.of_record(account_id, opportunity_id)]

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _order(uow: UnitOfWork, order_id: str) -> SalesOrder:
        order = uow.orders.get(order_id)
        if order is None:
            raise NotFoundError(order_id)
        return order

    @staticmethod
    def _fill(uow: UnitOfWork, order: SalesOrder, data: OrderInput) -> None:
        if data.account_id and data.account_id != order.account_id:
            account = uow.accounts.get(data.account_id, include_deleted=True)
            if account is None:
                raise NotFoundError(data.account_id)
            order.account_id, order.account_name = account.id, account.name
        money.digits(data.currency)
        order.currency = data.currency
        order.opportunity_id = data.opportunity_id or None
        order.valid_until = data.valid_until
        order.notes = (data.notes or "").strip() or None

    @staticmethod
    def _write_lines(uow: UnitOfWork, order: SalesOrder, priced: list[PricedLine], old=()) -> None:
        old = list(old)
        for position, line in enumerate(priced):
            row = old[position] if position < len(old) else None
            if row is None:
                row = SalesOrderLine(order_id=order.id)
                uow.orders.add_line(row)
            p = line.product
            row.product_id, row.sku, row.product_name, row.unit = p.id, p.sku, p.name, p.unit or ""
            row.quantity, row.unit_price, row.discount_pct = line.quantity, line.unit_price, line.discount_pct
            row.line_total, row.position = line.total, position
        for surplus in old[len(priced):]:
            surplus.deleted_at = utcnow()
        totals = lines_total(priced, order.currency)
        order.subtotal, order.discount, order.total = totals.subtotal, totals.discount, totals.total

    @staticmethod
    def _data(uow: UnitOfWork, d: SalesOrder) -> OrderData:
        owner = uow.users.get(d.owner_id) if d.owner_id else None
        return OrderData(
            id=d.id, kind=d.kind, number=d.number, number_provisional=bool(d.number_provisional), status=d.status,
            account_id=d.account_id, account_name=d.account_name or "", opportunity_id=d.opportunity_id,
            quote_id=d.quote_id, currency=d.currency, order_date=d.order_date, valid_until=d.valid_until,
            notes=d.notes, subtotal=d.subtotal, discount=d.discount, total=d.total,
            owner_name=owner.display_name if owner else None,
            lines=tuple(order_line_data(x) for x in uow.orders.lines(d.id)),
            confirmed_at=d.confirmed_at, shipped_at=d.shipped_at, paid_at=d.paid_at, cancelled_at=d.cancelled_at,
        )


def _needs(lines) -> dict[str, Decimal]:
    """Quantity per product (two lines of one product reserve their sum)."""
    needs: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        needs[line.product_id] += line.quantity
    return dict(needs)
