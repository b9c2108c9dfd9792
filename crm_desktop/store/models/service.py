"""Tables of the service module: tickets and their history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.models.base import LIVE, SyncedRecord
from crm_desktop.store.types import UtcDateTime

# A ticket's resolution clock runs in these statuses (the partial indexes repeat it word for word,
# so that SQLite recognises a query's condition as the index's).
TICKET_OPEN_SQL = "status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL"


class Ticket(SyncedRecord):
    """A complaint or service request, with its SLA deadlines (see domain/service/clock.py)."""

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
              sqlite_where=LIVE),
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
