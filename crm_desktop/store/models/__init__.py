"""SQLAlchemy models of the local store: synced records and the local-only bookkeeping tables."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.money import AMOUNT_SCALE, PRICE_SCALE, QUANTITY_SCALE
from crm_desktop.store.types import JsonText, ScaledDecimal, UtcDateTime

_LIVE = text("deleted_at IS NULL")
# Conditions of partial indexes that segment queries name word for word (so SQLite can use them).
CONTACT_HAS_EMAIL_SQL = "deleted_at IS NULL AND email IS NOT NULL AND email != ''"
DEAL_OPEN_SQL = "deleted_at IS NULL AND status = 'open'"


class Base(DeclarativeBase):
    pass


class SyncedRecord(Base):
    """A record that reps edit offline: device-made id, UTC times, tombstone, server version."""

    __abstract__ = True
    # Entity name used in the outbox, the audit log and the sync protocol.
    __entity__: str = ""
    # Derived columns kept on the device only (search keys, denormalised names): never synced.
    __local_fields__: frozenset[str] = frozenset()
    # False for records only the server may change (users): no outbox or audit entries.
    __journaled__: bool = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    # Server version of the row this device last saw; 0 = never synced.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class Account(SyncedRecord):
    __tablename__ = "accounts"
    __entity__ = "account"
    __local_fields__ = frozenset({"name_key"})

    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str | None] = mapped_column(String(60))
    industry: Mapped[str | None] = mapped_column(String(60))
    level: Mapped[str | None] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(16), default="lead")
    source: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(60))
    province: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list | None] = mapped_column(JsonText)
    notes: Mapped[str | None] = mapped_column(Text)
    last_activity_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_followup_at: Mapped[date | None] = mapped_column(Date)
    in_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    # Columns of an imported file that fill no field: header -> text, shown and exported again.
    custom_fields: Mapped[dict | None] = mapped_column(JsonText)
    # Values an import could not read, kept as typed: [{field, value, message, where}].
    review: Mapped[list | None] = mapped_column(JsonText)
    # When the record was created in the system it was imported from.
    original_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    name_key: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_accounts_live_name", "name", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_accounts_name_key", "name_key"),
        Index("ix_accounts_owner", "owner_id"),
        Index("ix_accounts_city", "city"),
        Index("ix_accounts_last_activity", "last_activity_at"),
        Index("ix_accounts_followup", "owner_id", "next_followup_at",
              sqlite_where=text("next_followup_at IS NOT NULL AND deleted_at IS NULL")),
        # Won revenue by province and industry: each won deal's account read from the index alone.
        Index("ix_accounts_place", "id", "province", "industry"),
        # Segments: every account field a rule may name, with the id, read from the index alone.
        Index("ix_accounts_segment", "level", "status", "industry", "source", "province", "city", "id",
              sqlite_where=_LIVE),
        Index("ix_accounts_review", "id", sqlite_where=text("review IS NOT NULL")),
    )


CONTACT_BARE_SQL = ("deleted_at IS NULL AND mobile_digits IS NULL AND phone_digits IS NULL AND extra_digits IS NULL"
                    " AND email IS NULL")


class Contact(SyncedRecord):
    __tablename__ = "contacts"
    __entity__ = "contact"
    __local_fields__ = frozenset({"account_name", "mobile_digits", "phone_digits", "extra_digits"})

    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(80))
    department: Mapped[str | None] = mapped_column(String(80))
    # E.164, an extension after ";ext=" (+861012345678;ext=8001): the first mobile and work phone.
    mobile: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    # The other numbers: [{"kind": mobile|work|home|fax|other, "number": E.164[;ext=]}].
    phones: Mapped[list | None] = mapped_column(JsonText)
    email: Mapped[str | None] = mapped_column(String(254))
    emails: Mapped[list | None] = mapped_column(JsonText)  # further addresses
    wechat: Mapped[str | None] = mapped_column(String(64))
    birthday: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(80))
    lifecycle: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(60))
    province: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    custom_fields: Mapped[dict | None] = mapped_column(JsonText)  # as on Account
    review: Mapped[list | None] = mapped_column(JsonText)  # as on Account
    original_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    tags: Mapped[list | None] = mapped_column(JsonText)
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    last_activity_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_followup_at: Mapped[date | None] = mapped_column(Date)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    # Never sent marketing email: asked not to be contacted, or unsubscribed from campaigns.
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    unsubscribed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    account_name: Mapped[str | None] = mapped_column(String(120))
    mobile_digits: Mapped[str | None] = mapped_column(String(20))
    phone_digits: Mapped[str | None] = mapped_column(String(20))
    # Digits of the first other number (a fax, a home phone): a duplicate check finds it by index.
    extra_digits: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("ix_contacts_live_name", "name", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_contacts_account", "account_id"),
        # Segment counts: live contacts per account (and those with an e-mail address) from the index alone.
        Index("ix_contacts_live_account", "account_id", sqlite_where=_LIVE),
        Index("ix_contacts_live_email", "account_id", sqlite_where=text(CONTACT_HAS_EMAIL_SQL)),
        Index("ix_contacts_owner", "owner_id", "last_activity_at", sqlite_where=_LIVE),
        Index("ix_contacts_mobile_digits", "mobile_digits"),
        # Most people have no landline and no other number: only those that do are indexed.
        Index("ix_contacts_phone_digits", "phone_digits", sqlite_where=text("phone_digits IS NOT NULL")),
        Index("ix_contacts_extra_digits", "extra_digits", sqlite_where=text("extra_digits IS NOT NULL")),
        Index("ix_contacts_review", "id", sqlite_where=text("review IS NOT NULL")),
        # People with no number or e-mail, by account: an import's name matching reads only these.
        Index("ix_contacts_bare", "account_id", sqlite_where=text(CONTACT_BARE_SQL)),
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_last_activity", "last_activity_at"),
        Index("ix_contacts_account_name", "account_name"),
        Index("ix_contacts_followup", "owner_id", "next_followup_at",
              sqlite_where=text("next_followup_at IS NOT NULL AND deleted_at IS NULL")),
    )


class Activity(SyncedRecord):
    __tablename__ = "activities"
    __entity__ = "activity"

    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    outcome: Mapped[str | None] = mapped_column(String(200))
    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    opportunity_id: Mapped[str | None] = mapped_column(String(36))
    ticket_id: Mapped[str | None] = mapped_column(String(36))
    place: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    next_followup_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_activities_account", "account_id", "occurred_at"),
        Index("ix_activities_contact", "contact_id", "occurred_at"),
        Index("ix_activities_opportunity", "opportunity_id", "occurred_at"),
        Index("ix_activities_ticket", "ticket_id", "occurred_at"),
        Index("ix_activities_open_tasks", "owner_id", "due_at",
              sqlite_where=text("done = 0 AND deleted_at IS NULL")),
    )


class Tag(SyncedRecord):
    __tablename__ = "tags"
    __entity__ = "tag"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class User(SyncedRecord):
    """Local users: the device's own user now, mirrored server users once sync lands."""

    __tablename__ = "users"
    __entity__ = "user"
    __journaled__ = False

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="rep")
    team: Mapped[str | None] = mapped_column(String(60))
    is_device_user: Mapped[bool] = mapped_column(Boolean, default=False)


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
              sqlite_where=_LIVE),
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


# A ticket's resolution clock runs in these statuses (the partial indexes repeat it word for word,
# so that SQLite recognises a query's condition as the index's).
TICKET_OPEN_SQL = "status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL"


class Ticket(SyncedRecord):
    """A complaint or service request, with its SLA deadlines (see controllers/ticket_clock.py)."""

    __tablename__ = "tickets"
    __entity__ = "ticket"
    # The running deadline and its warning time depend on the SLA policy file of this device.
    __local_fields__ = frozenset({"account_name", "contact_name", "sla_due_at", "sla_warn_at"})

    number: Mapped[str] = mapped_column(String(20))
    number_provisional: Mapped[bool] = mapped_column(Boolean, default=True)
    type: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(8))
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(12), default="new")
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    assignee_id: Mapped[str | None] = mapped_column(String(36))
    first_response_due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolution_due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The resolution clock: stopped since `sla_paused_at`; business seconds of earlier pauses.
    sla_paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sla_paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # A deadline was missed at some point; stays true through pauses, resolution and reopening.
    sla_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction_score: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str | None] = mapped_column(Text)
    satisfaction_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    account_name: Mapped[str | None] = mapped_column(String(120))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    # The running clock's next deadline and its warning time; NULL while paused or done.
    sla_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sla_warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_tickets_created", "created_at", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_tickets_number", "number"),
        Index("ix_tickets_resolution_due", "resolution_due_at", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_tickets_account", "account_id", "created_at"),
        Index("ix_tickets_contact", "contact_id", "created_at"),
        # My open tickets and the unassigned ones (assignee NULL), by deadline.
        Index("ix_tickets_open_assignee", "assignee_id", "resolution_due_at", sqlite_where=text(TICKET_OPEN_SQL)),
        # Segments: who has an open ticket.
        Index("ix_tickets_open_contact", "contact_id", sqlite_where=text(TICKET_OPEN_SQL)),
        Index("ix_tickets_open_account", "account_id", sqlite_where=text(TICKET_OPEN_SQL)),
        # Overdue and breaching soon: a range of the running deadlines; also the order of the SLA column.
        Index("ix_tickets_clock", "sla_due_at", "sla_warn_at"),
        # The dashboard's resolved tickets, SLA compliance and satisfaction by month.
        Index("ix_tickets_resolved", "resolved_at", "sla_breached", "satisfaction_score", "assignee_id",
              sqlite_where=_LIVE),
    )


class TicketEvent(SyncedRecord):
    """One step of a ticket's history: created, status, assignment, priority, comment, satisfaction."""

    __tablename__ = "ticket_events"
    __entity__ = "ticket_event"

    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(16))
    from_value: Mapped[str | None] = mapped_column(String(36))
    to_value: Mapped[str | None] = mapped_column(String(36))
    body: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "created_at"),)


class RecordTag(Base):
    """Local index of the `tags` field of accounts and contacts, for fast tag filters."""

    __tablename__ = "record_tags"

    tag: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)

    __table_args__ = (Index("ix_record_tags_record", "record_id"),)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))
    changed_fields: Mapped[dict | None] = mapped_column(JsonText)

    __table_args__ = (Index("ix_audit_record", "record_id"), Index("ix_audit_at", "at"),
                      Index("ix_audit_user_at", "user_id", "at"), Index("ix_audit_entity_at", "entity", "at"))


class OutboxEntry(Base):
    """One mutation waiting to be pushed; `seq` numbers this device's mutations without gaps."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_record", "record_id"), Index("ix_outbox_device_seq", "device_seq", unique=True),
                      {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    group_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict] = mapped_column(JsonText)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    base_values: Mapped[dict | None] = mapped_column(JsonText)
    schema_version: Mapped[int] = mapped_column(Integer)
    device_time: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The seq this mutation was first pushed with (the server's numbering, without gaps); a retry
    # after a lost answer sends it again under the same number.
    device_seq: Mapped[int | None] = mapped_column(Integer)
    cause: Mapped[dict | None] = mapped_column(JsonText)  # why a counter moves (increments of stock)
    # Fields whose edit builds on an older server value than `base_version`: field -> that version.
    base_versions: Mapped[dict | None] = mapped_column(JsonText)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict | list | str | int | None] = mapped_column(JsonText)


class FieldBase(Base):
    """A field of a synced row whose local value is based on another server version than the row's
    (`version`): the server's value of a conflict written here, newer than the rest of the row. An
    edit of the field builds on this version, so it is not taken for a concurrent change."""

    __tablename__ = "sync_field_bases"
    __table_args__ = ({"sqlite_with_rowid": False},)

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SnapshotSeen(Base):
    """Records a repeated snapshot has delivered so far (kept across restarts while it runs): when it
    ends, synced copies it did not deliver were deleted on the server or left this user's scope."""

    __tablename__ = "sync_snapshot_seen"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class Conflict(Base):
    """A sync issue for the user: a guarded field the server kept (`kind` conflict, three values),
    or a mutation the server rejected (`kind` rejected, its `reason` and the mutation to retry)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(12), default="conflict", server_default="conflict")
    reason: Mapped[str | None] = mapped_column(Text)
    mutation: Mapped[dict | None] = mapped_column(JsonText)
    server_id: Mapped[str | None] = mapped_column(String(36))  # the server's conflict id
    server_version: Mapped[int | None] = mapped_column(Integer)  # the record's server version holding `theirs`
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    base: Mapped[object] = mapped_column(JsonText, nullable=True)  # "no value" is a value here
    mine: Mapped[object] = mapped_column(JsonText, nullable=True)
    theirs: Mapped[object] = mapped_column(JsonText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ActivityDayStat(Base):
    """Live activities per UTC day, kind and owner (kept by triggers: see store/day_stats.py)."""

    __tablename__ = "activity_day_stats"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    owner_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # "" = no owner
    n: Mapped[int] = mapped_column(Integer, default=0)


class AccountDayStat(Base):
    """Live accounts per UTC day of creation, source, level and owner (kept by triggers)."""

    __tablename__ = "account_day_stats"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    source: Mapped[str] = mapped_column(String(16), primary_key=True)   # "" = none
    level: Mapped[str] = mapped_column(String(1), primary_key=True)     # "" = none
    owner_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class ContactSegmentStat(Base):
    """Live contacts of live accounts per combination of the account's segment fields ("" = none),
    kept by triggers (migration 0010): a segment of account fields is counted from a few thousand of
    these rows instead of a walk over every matching contact."""

    __tablename__ = "contact_segment_stats"
    __table_args__ = ({"sqlite_with_rowid": False},)

    level: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(60), primary_key=True)
    industry: Mapped[str] = mapped_column(String(60), primary_key=True)
    source: Mapped[str] = mapped_column(String(60), primary_key=True)
    province: Mapped[str] = mapped_column(String(60), primary_key=True)
    city: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    with_email: Mapped[int] = mapped_column(Integer, default=0)


class LiveCount(Base):
    """Live contacts and accounts ("contact", "account"), kept by triggers (migration 0012): the
    unfiltered customer list's length without counting a million index entries."""

    __tablename__ = "live_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class SearchDoc(Base):
    """Maps a search-index row to its record. `seq` grows with each touch, so the newest
    rows of the index are the most recently active records (the ranking tie-break)."""

    __tablename__ = "search_docs"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36), unique=True)


class ImportBatch(Base):
    """One import run: what was read, how duplicates were handled, the counts, whether undone."""

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(120))
    on_duplicate: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(String(36))
    # The records' updated_at as the import left them: a later value means a later edit.
    stamp: Mapped[datetime] = mapped_column(UtcDateTime)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    accounts_created: Mapped[int] = mapped_column(Integer, default=0)
    error_report: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ImportJournalEntry(Base):
    """Before- and after-image of one record an import created or updated (for undo)."""

    __tablename__ = "import_journal"

    batch_id: Mapped[str] = mapped_column(ForeignKey("import_batches.id"), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))  # "created" | "updated"
    before: Mapped[dict | None] = mapped_column(JsonText)
    after: Mapped[dict] = mapped_column(JsonText)


class ImportMapping(Base):
    """The column mapping a user chose, offered again for files with the same headers."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    mapping: Mapped[list] = mapped_column(JsonText)
    used_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


# Marketing's tables live in a module of their own (this one is long enough); importing it here
# registers them wherever the models are loaded.
from crm_desktop.store.models.marketing import (  # noqa: E402, F401
    Campaign,
    CampaignMember,
    EmailMessage,
    EmailTemplate,
    Segment,
)
