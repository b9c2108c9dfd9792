"""A ticket's SLA clock: deadlines from the policy, pauses while waiting or resolved, breaches that stick.

Deadlines are computed from `created_at` plus the business time of earlier pauses, so a priority
change or a resumed clock recomputes them with the same formula. `sla_due_at`/`sla_warn_at` hold
the running clock's next deadline (first response until there is one, then resolution) for the
queue indexes; they are NULL while the clock stands still.
"""

from __future__ import annotations

from datetime import datetime

from crm_desktop.domain.customers.enums import TicketStatus
from crm_desktop.domain.service.rules import DONE_STATUSES, PAUSED_STATUSES, RESPONDING_STATUSES, is_reopen
from crm_desktop.domain.service.sla import SlaPolicy
from crm_desktop.store.models import Ticket


def refresh(ticket: Ticket, policy: SlaPolicy) -> None:
    """Deadlines and the running deadline from the ticket's priority, pauses and status."""
    d = policy.deadlines(ticket.priority, ticket.created_at, ticket.sla_paused_seconds or 0)
    ticket.first_response_due_at, ticket.resolution_due_at = d.first_response_due, d.resolution_due
    _run_clock(ticket, d)


def follow_clock(ticket: Ticket, policy: SlaPolicy) -> None:
    """Only the running deadline (a local field), for a ticket whose deadlines came from the server."""
    _run_clock(ticket, policy.deadlines(ticket.priority, ticket.created_at, ticket.sla_paused_seconds or 0))


def _run_clock(ticket: Ticket, d) -> None:
    if ticket.status in PAUSED_STATUSES:
        ticket.sla_due_at = ticket.sla_warn_at = None
    elif ticket.first_response_at is None and d.first_response_due <= d.resolution_due:
        ticket.sla_due_at, ticket.sla_warn_at = d.first_response_due, d.first_response_warn
    else:
        ticket.sla_due_at, ticket.sla_warn_at = d.resolution_due, d.resolution_warn


def note_breach(ticket: Ticket, now: datetime) -> None:
    """Before any change: a deadline already missed is remembered, whatever the change does."""
    if ticket.sla_due_at is not None and now >= ticket.sla_due_at:
        ticket.sla_breached = True


def responded(ticket: Ticket, now: datetime) -> None:
    if ticket.first_response_at is None:
        ticket.first_response_at = now
        if now > ticket.first_response_due_at:
            ticket.sla_breached = True


def pause(ticket: Ticket, now: datetime) -> None:
    if ticket.sla_paused_at is None:
        if now > ticket.resolution_due_at:
            ticket.sla_breached = True
        ticket.sla_paused_at = now


def resume(ticket: Ticket, policy: SlaPolicy, now: datetime) -> None:
    """The pause's business time moves the resolution deadline on, unless it was already missed."""
    paused_at = ticket.sla_paused_at
    if paused_at is None:
        return
    if paused_at < ticket.resolution_due_at:
        ticket.sla_paused_seconds = (ticket.sla_paused_seconds or 0) + policy.business_seconds(
            ticket.priority, paused_at, now)
    ticket.sla_paused_at = None


def step(ticket: Ticket, status: str, now: datetime, policy: SlaPolicy) -> None:
    """Move a ticket to `status` (already checked against the workflow) and keep its clock right.
    The controller and the demo generator both take steps through here, so they cannot drift apart."""
    old = ticket.status
    note_breach(ticket, now)
    if status in RESPONDING_STATUSES and old not in DONE_STATUSES:
        responded(ticket, now)
    if old in PAUSED_STATUSES and status not in PAUSED_STATUSES:
        resume(ticket, policy, now)
    elif status in PAUSED_STATUSES:
        pause(ticket, now)
    ticket.status = status
    if status == TicketStatus.RESOLVED:
        ticket.resolved_at = now
    elif status == TicketStatus.CLOSED:
        ticket.closed_at = now
    elif is_reopen(old, status):
        ticket.resolved_at = ticket.closed_at = None
    refresh(ticket, policy)


def commented(ticket: Ticket, now: datetime, policy: SlaPolicy) -> None:
    """A comment on an open ticket is its first response, if it has none yet."""
    if ticket.status not in DONE_STATUSES:
        note_breach(ticket, now)
        responded(ticket, now)
        refresh(ticket, policy)
