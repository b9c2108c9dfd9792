"""The activities table (visits, calls, meetings, notes and tasks on a timeline), visits' check-ins and the
reminders already raised."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.models.base import Base, SyncedRecord
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
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    remind_minutes: Mapped[int | None] = mapped_column(Integer)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_activities_account", "account_id", "occurred_at"),
        Index("ix_activities_contact", "contact_id", "occurred_at"),
        Index("ix_activities_opportunity", "opportunity_id", "occurred_at"),
        Index("ix_activities_ticket", "ticket_id", "occurred_at"),
        Index("ix_activities_open_tasks", "owner_id", "due_at",
              sqlite_where=text("done = 0 AND deleted_at IS NULL")),
        # The calendar reads a span of days for one owner.
        Index("ix_activities_owner_time", "owner_id", "occurred_at"),
    )


class CheckIn(SyncedRecord):
    """One check-in or check-out of a visit, chained to the device's previous one by `prev_hash`."""

    __tablename__ = "checkins"
    __entity__ = "checkin"

    activity_id: Mapped[str] = mapped_column(String(36))
    event: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    accuracy_m: Mapped[float | None] = mapped_column(Float)
    position_source: Mapped[str | None] = mapped_column(String(16))
    place: Mapped[str | None] = mapped_column(String(200))
    photo_id: Mapped[str | None] = mapped_column(String(36))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    doubt: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_checkins_activity", "activity_id", "at"),)


class ReminderRaised(Base):
    """A reminder this laptop has shown (or snoozed), so a restart raises nothing twice. Local, never synced:
    keyed by the activity and the due time it was raised for, so a rescheduled activity reminds again."""

    __tablename__ = "reminders_raised"

    activity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
