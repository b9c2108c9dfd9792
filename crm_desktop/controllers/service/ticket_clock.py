"""A ticket row's SLA clock moved by the rules of domain/service/clock.py: read the fields, apply, write back."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.domain.service import clock
from crm_desktop.domain.service.clock import CLOCK_FIELDS, Policy, SlaClock
from crm_desktop.store.models import Ticket


def clock_of(ticket: Ticket) -> SlaClock:
    return SlaClock(**{name: getattr(ticket, name) for name in CLOCK_FIELDS})


def _write(ticket: Ticket, moved: SlaClock) -> None:
    # Only what changed: an unchanged field stays out of the journal, a None stays None (its default).
    for name in CLOCK_FIELDS:
        value = getattr(moved, name)
        if getattr(ticket, name) != value:
            setattr(ticket, name, value)


def refresh(ticket: Ticket, policy: Policy) -> None:
    _write(ticket, clock.refresh(clock_of(ticket), policy))


def follow_clock(ticket: Ticket, policy: Policy) -> None:
    _write(ticket, clock.follow(clock_of(ticket), policy))


def reprioritised(ticket: Ticket, now: datetime, policy: Policy) -> None:
    """The ticket's priority changed: a deadline missed before stays missed; new deadlines follow."""
    _write(ticket, clock.refresh(clock.note_breach(clock_of(ticket), now), policy))


def step(ticket: Ticket, status: str, now: datetime, policy: Policy) -> None:
    _write(ticket, clock.step(clock_of(ticket), status, now, policy))


def commented(ticket: Ticket, now: datetime, policy: Policy) -> None:
    _write(ticket, clock.commented(clock_of(ticket), now, policy))
