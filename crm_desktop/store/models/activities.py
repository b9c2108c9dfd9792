"""The activities table: visits, calls, meetings, notes and tasks on a timeline."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.models.base import SyncedRecord
from crm_desktop.store.types import UtcDateTime


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
