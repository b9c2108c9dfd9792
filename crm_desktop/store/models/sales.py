"""Tables of the sales module: pipeline stages, loss reasons, deals and their lines, products, orders."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.money import AMOUNT_SCALE, PRICE_SCALE, QUANTITY_SCALE
from crm_desktop.store.models.base import LIVE, SyncedRecord
from crm_desktop.store.types import ScaledDecimal, UtcDateTime

DEAL_OPEN_SQL = "deleted_at IS NULL AND status = 'open'"


Amount = ScaledDecimal(AMOUNT_SCALE)


Price = ScaledDecimal(PRICE_SCALE)


Quantity = ScaledDecimal(QUANTITY_SCALE)


_LIVE_OPEN = text("status = 'open' AND deleted_at IS NULL")


class PipelineStage(SyncedRecord):
    __tablename__ = "pipeline_stages"
    __entity__ = "pipeline_stage"

    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    probability: Mapped[int] = mapped_column(Integer)
    is_won: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, default=False)
    key: Mapped[str | None] = mapped_column(String(30))  # shipped default stage it came from


class LossReason(SyncedRecord):
    """One entry of the list a lost deal's reason is picked from; deals keep its `code`."""

    __tablename__ = "loss_reasons"
    __entity__ = "loss_reason"

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)


class Opportunity(SyncedRecord):
    __tablename__ = "opportunities"
    __entity__ = "opportunity"
    __local_fields__ = frozenset({"account_name"})

    name: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("pipeline_stages.id"))
    amount: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    probability: Mapped[int] = mapped_column(Integer, default=0)
    probability_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_close: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="open")
    lost_reason: Mapped[str | None] = mapped_column(String(200))
    lost_reason_code: Mapped[str | None] = mapped_column(String(40))  # a LossReason's code, or "other"
    source: Mapped[str | None] = mapped_column(String(16))
    campaign_id: Mapped[str | None] = mapped_column(String(36))
    notes: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_activity_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    account_name: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        # The board: cards per stage in close order, and the stage totals read from the index alone.
        Index("ix_opportunities_board", "stage_id", "expected_close", "owner_id", "currency", "amount",
              "probability", sqlite_where=_LIVE_OPEN),
        Index("ix_opportunities_close", "status", "expected_close"),
        Index("ix_opportunities_account", "account_id"),
        Index("ix_opportunities_open_account", "account_id", sqlite_where=text(DEAL_OPEN_SQL)),
        Index("ix_opportunities_owner", "owner_id"),
        Index("ix_opportunities_live_name", "name", sqlite_where=text("deleted_at IS NULL")),
        # Won and lost deals by close month (win rate, won revenue by owner and place).
        Index("ix_opportunities_closed", "status", "closed_at", "owner_id", "currency", "amount", "account_id",
              sqlite_where=LIVE),
    )


class OpportunityLine(SyncedRecord):
    __tablename__ = "opportunity_lines"
    __entity__ = "opportunity_line"

    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price)
    discount_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_opportunity_lines_opportunity", "opportunity_id"),)


class Product(SyncedRecord):
    __tablename__ = "products"
    __entity__ = "product"
    __local_fields__ = frozenset({"search_text"})

    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    list_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    stock_on_hand: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    # Reserved by confirmed orders; changed only by increments, so concurrent orders add up.
    stock_reserved: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_products_sku", "sku"), Index("ix_products_name", "name"))


class SalesOrder(SyncedRecord):
    """A quote or a sales order (`kind`): same shape, different status flows."""

    __tablename__ = "sales_orders"
    __entity__ = "sales_order"
    __local_fields__ = frozenset({"account_name"})

    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(30))
    # Numbers made on the device are provisional until the server confirms them on push.
    number_provisional: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    opportunity_id: Mapped[str | None] = mapped_column(ForeignKey("opportunities.id"))
    quote_id: Mapped[str | None] = mapped_column(String(36))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    order_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    subtotal: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    discount: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    account_name: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_sales_orders_kind_date", "kind", "order_date"),
        Index("ix_sales_orders_account", "account_id"),
        Index("ix_sales_orders_opportunity", "opportunity_id"),
        Index("ix_sales_orders_number", "number"),
    )


class SalesOrderLine(SyncedRecord):
    """A line with the product's SKU, name and unit as they were when the line was written."""

    __tablename__ = "sales_order_lines"
    __entity__ = "sales_order_line"

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_orders.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price)
    discount_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    line_total: Mapped[Decimal] = mapped_column(Amount)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_sales_order_lines_order", "order_id"),)
