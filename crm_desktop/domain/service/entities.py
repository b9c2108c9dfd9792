"""Plain dataclasses of the service module (tickets, their history and queues) for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The queues of the service page; each is a fixed filter over the tickets.
QUEUE_MINE, QUEUE_UNASSIGNED, QUEUE_SOON, QUEUE_OVERDUE, QUEUE_OPEN, QUEUE_ALL = (
    "mine", "unassigned", "soon", "overdue", "open", "all")
QUEUES = (QUEUE_MINE, QUEUE_UNASSIGNED, QUEUE_SOON, QUEUE_OVERDUE, QUEUE_OPEN, QUEUE_ALL)

# What the SLA of a ticket looks like now (colour and text of the queue rows).
SLA_OK, SLA_SOON, SLA_BREACHED, SLA_PAUSED, SLA_MET = "ok", "soon", "breached", "paused", "met"


@dataclass(frozen=True)
class TicketInput:
    subject: str
    type: str = "service_request"
    channel: str = "phone"
    priority: str = "normal"
    description: str | None = None
    account_id: str | None = None
    contact_id: str | None = None
    assignee_id: str | None = None


@dataclass(frozen=True)
class TicketEventData:
    id: str
    kind: str
    at: datetime
    author_name: str
    from_value: str | None
    to_value: str | None
    body: str | None


@dataclass(frozen=True)
class TicketData:
    id: str
    number: str
    number_provisional: bool
    type: str
    channel: str
    priority: str
    status: str
    subject: str
    description: str | None
    account_id: str | None
    account_name: str | None
    contact_id: str | None
    contact_name: str | None
    assignee_id: str | None
    assignee_name: str | None
    created_at: datetime
    first_response_due_at: datetime
    first_response_at: datetime | None
    resolution_due_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution: str | None
    satisfaction_score: int | None
    satisfaction_comment: str | None
    sla: str                               # SLA_* now
    next_deadline: datetime | None          # the running clock's deadline; None when paused or done
    next_statuses: tuple[str, ...] = ()     # where the workflow may go from here
    events: tuple[TicketEventData, ...] = ()


@dataclass(frozen=True)
class TicketFilter:
    """A queue plus the optional filters of the service page; None means "any"."""

    queue: str = QUEUE_OPEN
    status: str | None = None
    priority: str | None = None
    type: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class QueueCounts:
    mine: int
    unassigned: int
    soon: int
    overdue: int


@dataclass(frozen=True)
class BulkAssignResult:
    assigned: int
    skipped: int   # closed tickets, or already with that assignee


@dataclass(frozen=True)
class TicketSummary:
    """One line of the CLI listing and of the service history on a customer's page."""

    id: str
    number: str
    subject: str
    status: str
    priority: str
    assignee: str | None
    due_at: datetime | None
    breached: bool
    created_at: datetime | None = None
    satisfaction_score: int | None = None
