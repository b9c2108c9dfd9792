"""SQLAlchemy models of marketing: segments, campaigns and their members, email templates, and the
device's email outbox (local only: the messages this computer sends by SMTP)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.money import AMOUNT_SCALE
from crm_desktop.store.models.base import Base, SyncedRecord
from crm_desktop.store.types import JsonText, ScaledDecimal, UtcDateTime

_Amount = ScaledDecimal(AMOUNT_SCALE)


class Segment(SyncedRecord):
    """A saved filter over contacts or accounts (its definition: domain/marketing.SegmentRule)."""

    __tablename__ = "segments"
    __entity__ = "segment"

    name: Mapped[str] = mapped_column(String(120))
    target: Mapped[str] = mapped_column(String(8), default="contact")  # contact | account
    definition: Mapped[dict[str, Any]] = mapped_column(JsonText)
    description: Mapped[str | None] = mapped_column(Text)


class EmailTemplate(SyncedRecord):
    __tablename__ = "email_templates"
    __entity__ = "email_template"

    name: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class Campaign(SyncedRecord):
    __tablename__ = "campaigns"
    __entity__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(16), default="email")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    budget: Mapped[Decimal] = mapped_column(_Amount, default=Decimal(0))
    actual_cost: Mapped[Decimal] = mapped_column(_Amount, default=Decimal(0))
    expected_revenue: Mapped[Decimal] = mapped_column(_Amount, default=Decimal(0))
    segment_id: Mapped[str | None] = mapped_column(ForeignKey("segments.id"))
    template_id: Mapped[str | None] = mapped_column(ForeignKey("email_templates.id"))
    launched_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_campaigns_live_start", "start_date", sqlite_where=text("deleted_at IS NULL")),)


class CampaignMember(SyncedRecord):
    __tablename__ = "campaign_members"
    __entity__ = "campaign_member"

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    status: Mapped[str] = mapped_column(String(12), default="targeted")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    converted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_campaign_members_campaign", "campaign_id", "status"),
        Index("ix_campaign_members_contact", "contact_id"),
    )


class EmailMessage(Base):
    """One personalised email waiting in, or gone from, this device's outbox. Sent by SMTP when the
    computer is online; `status`: queued, sent, failed (given up; `error` says why)."""

    __tablename__ = "email_outbox"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str | None] = mapped_column(String(36))
    member_id: Mapped[str | None] = mapped_column(String(36))
    contact_id: Mapped[str] = mapped_column(String(36))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # Message-ID header, fixed when queued: a retry after a lost answer is the same message.
    message_id: Mapped[str] = mapped_column(String(120))
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    headers: Mapped[dict[str, Any] | None] = mapped_column(JsonText)

    __table_args__ = (Index("ix_email_outbox_status", "status", "queued_at"),)
