"""A ticket's SLA clock: deadlines from the policy, pauses while waiting or resolved, breaches that stick.

Pure functions over `SlaClock` values: each takes the clock as it is and returns it as it becomes (the
service controller reads a ticket's fields into one, and writes back what changed; the demo generator
plays its tickets through the same functions, so the two cannot drift apart).

Deadlines are computed from `created_at` plus the business time of earlier pauses, so a priority
change or a resumed clock recomputes them with the same formula. `sla_due_at`/`sla_warn_at` hold
the running clock's next deadline (first response until there is one, then resolution) for the
queue indexes; they are None while the clock stands still.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Protocol

from crm_desktop.domain.customers.enums import TicketStatus
from crm_desktop.domain.service.rules import DONE_STATUSES, PAUSED_STATUSES, RESPONDING_STATUSES, is_reopen
from crm_desktop.domain.service.sla import SlaDeadlines


class Policy(Protocol):
    """What the clock asks of an SLA policy (domain/service/sla.py SlaPolicy, or a memo of one)."""

    def deadlines(self, priority: str, created_at: datetime, paused_seconds: int = 0) -> SlaDeadlines: ...

    def business_seconds(self, priority: str, start: datetime, end: datetime) -> int: ...


@dataclass(frozen=True, slots=True)
class SlaClock:
    """The fields of a ticket the clock reads and writes. None stays None until a rule sets a value
    (a ticket not yet stored has no pause seconds or breach flag yet, and gets them by default)."""

    status: str
    priority: str
    created_at: datetime
    first_response_due_at: datetime | None = None
    resolution_due_at: datetime | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    sla_paused_at: datetime | None = None
    sla_paused_seconds: int | None = None
    sla_breached: bool | None = None
    sla_due_at: datetime | None = None
    sla_warn_at: datetime | None = None


CLOCK_FIELDS = tuple(f.name for f in fields(SlaClock))


def _past(now: datetime, due: datetime | None) -> bool:
    return due is not None and now > due


def refresh(c: SlaClock, policy: Policy) -> SlaClock:
    """Deadlines and the running deadline from the ticket's priority, pauses and status."""
    d = policy.deadlines(c.priority, c.created_at, c.sla_paused_seconds or 0)
    due, warn = _running(c.status, c.first_response_at, d)
    return replace(c, first_response_due_at=d.first_response_due, resolution_due_at=d.resolution_due,
                   sla_due_at=due, sla_warn_at=warn)


def follow(c: SlaClock, policy: Policy) -> SlaClock:
    """Only the running deadline (a local field), for a ticket whose deadlines came from the server."""
    due, warn = _running(c.status, c.first_response_at,
                         policy.deadlines(c.priority, c.created_at, c.sla_paused_seconds or 0))
    return c if (due, warn) == (c.sla_due_at, c.sla_warn_at) else replace(c, sla_due_at=due, sla_warn_at=warn)


def _running(status: str, first_response_at: datetime | None,
             d: SlaDeadlines) -> tuple[datetime | None, datetime | None]:
    """(deadline, warning time) of the running clock; none while it stands still."""
    if status in PAUSED_STATUSES:
        return None, None
    if first_response_at is None and d.first_response_due <= d.resolution_due:
        return d.first_response_due, d.first_response_warn
    return d.resolution_due, d.resolution_warn


def note_breach(c: SlaClock, now: datetime) -> SlaClock:
    """Before any change: a deadline already missed is remembered, whatever the change does."""
    if c.sla_due_at is not None and now >= c.sla_due_at and not c.sla_breached:
        return replace(c, sla_breached=True)
    return c


def step(c: SlaClock, status: str, now: datetime, policy: Policy) -> SlaClock:
    """Move a ticket to `status` (already checked against the workflow) and keep its clock right."""
    old = c.status
    breached = c.sla_breached
    if c.sla_due_at is not None and now >= c.sla_due_at:
        breached = True
    first_response_at = c.first_response_at
    if status in RESPONDING_STATUSES and old not in DONE_STATUSES and first_response_at is None:
        first_response_at = now
        if _past(now, c.first_response_due_at):
            breached = True
    paused_at, paused_seconds = c.sla_paused_at, c.sla_paused_seconds
    if old in PAUSED_STATUSES and status not in PAUSED_STATUSES:
        # Resumed: the pause's business time moves the resolution deadline on, unless it was already missed.
        if paused_at is not None:
            if c.resolution_due_at is not None and paused_at < c.resolution_due_at:
                paused_seconds = (paused_seconds or 0) + policy.business_seconds(c.priority, paused_at, now)
            paused_at = None
    elif status in PAUSED_STATUSES and paused_at is None:
        if _past(now, c.resolution_due_at):
            breached = True
        paused_at = now
    resolved_at, closed_at = c.resolved_at, c.closed_at
    if status == TicketStatus.RESOLVED:
        resolved_at = now
    elif status == TicketStatus.CLOSED:
        closed_at = now
    elif is_reopen(old, status):
        resolved_at = closed_at = None
    # Built once, not step by step: the demo generator plays millions of these.
    d = policy.deadlines(c.priority, c.created_at, paused_seconds or 0)
    due, warn = _running(status, first_response_at, d)
    return SlaClock(status=status, priority=c.priority, created_at=c.created_at,
                    first_response_due_at=d.first_response_due, resolution_due_at=d.resolution_due,
                    first_response_at=first_response_at, resolved_at=resolved_at, closed_at=closed_at,
                    sla_paused_at=paused_at, sla_paused_seconds=paused_seconds, sla_breached=breached,
                    sla_due_at=due, sla_warn_at=warn)


def commented(c: SlaClock, now: datetime, policy: Policy) -> SlaClock:
    """A comment on an open ticket is its first response, if it has none yet."""
    if c.status in DONE_STATUSES:
        return c
    c = note_breach(c, now)
    if c.first_response_at is None:
        c = replace(c, first_response_at=now, sla_breached=True if _past(now, c.first_response_due_at)
                    else c.sla_breached)
    return refresh(c, policy)
