"""Rules of the service module: the ticket workflow, what a ticket needs, and its SLA state now."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError
from crm_desktop.domain.customers.enums import TicketChannel, TicketPriority, TicketStatus, TicketType
from crm_desktop.domain.service.entities import SLA_BREACHED, SLA_MET, SLA_OK, SLA_PAUSED, SLA_SOON, TicketInput

# The ticket flow and the score bound are record rules the server applies too.
from crm_protocol.rules.bounds import BAD_SCORE as BAD_SCORE
from crm_protocol.rules.bounds import clean_score as clean_score
from crm_protocol.rules.flows import TICKET_FLOW, check_ticket_transition

NEEDS_RESOLUTION = QT_TRANSLATE_NOOP("Validation", "Describe the resolution before resolving the ticket.")
NEEDS_ASSIGNEE = QT_TRANSLATE_NOOP("Validation", "Choose whom to assign the ticket to.")
NOT_RESOLVED = QT_TRANSLATE_NOOP("Validation", "Satisfaction is recorded once the ticket is resolved.")
EMPTY_COMMENT = QT_TRANSLATE_NOOP("Validation", "Write the comment first.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Validation", "Choose one of the listed values.")
CONTACT_OF_OTHER_ACCOUNT = QT_TRANSLATE_NOOP("Validation", "This contact belongs to another account.")
TICKET_CLOSED = QT_TRANSLATE_NOOP("Validation", "The ticket is closed; reopen it first.")

S = TicketStatus
FLOW = TICKET_FLOW
OPEN_STATUSES = (S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.WAITING)
DONE_STATUSES = (S.RESOLVED, S.CLOSED)
# The resolution clock stops while the customer owes an answer and once the ticket is resolved.
PAUSED_STATUSES = (S.WAITING, S.RESOLVED, S.CLOSED)
# Moving into one of these is the handler's first response to the customer.
RESPONDING_STATUSES = (S.IN_PROGRESS, S.WAITING, S.RESOLVED)


def next_statuses(status: str) -> tuple[str, ...]:
    order: list[str] = list(TicketStatus)
    return tuple(sorted(FLOW.get(status, frozenset()), key=order.index))


def check_transition(current: str, wanted: str) -> None:
    check_ticket_transition(current, wanted)


def is_reopen(current: str, wanted: str) -> bool:
    return current in DONE_STATUSES and wanted not in DONE_STATUSES


def _choice(value: str | None, choices: Iterable[StrEnum], field: str) -> str:
    if value is None or value not in {c.value for c in choices}:
        raise FieldError(field, BAD_CHOICE)
    return value


def _required(value: str | None, field: str, limit: int | None = None) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError(field, REQUIRED)
    return text[:limit] if limit else text


def clean_ticket(data: TicketInput) -> dict[str, str | None]:
    """The ticket's own fields, trimmed and checked; every problem reported at once."""
    c = Collector()
    fields = {
        "subject": c.check("subject", _required, data.subject, "subject", 200),
        "type": c.check("type", _choice, data.type, TicketType, "type"),
        "channel": c.check("channel", _choice, data.channel, TicketChannel, "channel"),
        "priority": c.check("priority", _choice, data.priority, TicketPriority, "priority"),
        "description": (data.description or "").strip() or None,
    }
    c.raise_if_any()
    return fields


def clean_resolution(text: str | None) -> str:
    return _required_or(text, "resolution", NEEDS_RESOLUTION)


def clean_comment(text: str | None) -> str:
    return _required_or(text, "comment", EMPTY_COMMENT)


def _required_or(text: str | None, field: str, message: str) -> str:
    value = (text or "").strip()
    if not value:
        raise FieldError(field, message)
    return value


def sla_state(now: datetime, status: str, due: datetime | None, warn: datetime | None, breached: bool) -> str:
    """Breached sticks once a deadline was missed; otherwise the running clock decides."""
    if breached or (due is not None and now >= due):
        return SLA_BREACHED
    if status in DONE_STATUSES:
        return SLA_MET
    if due is None:
        return SLA_PAUSED
    return SLA_SOON if warn is not None and now >= warn else SLA_OK
