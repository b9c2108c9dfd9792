"""Tickets as the plain values the GUI and the CLI get: full records with history, and list summaries."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.domain.customers.enums import TicketEventKind
from crm_desktop.domain.service.entities import SLA_BREACHED, TicketData, TicketEventData, TicketSummary
from crm_desktop.domain.service.rules import next_statuses, sla_state
from crm_desktop.store.models import Ticket
from crm_desktop.store.types import from_iso


def ticket_data(t: Ticket, events, users: dict[str, str], now: datetime, activities=()) -> TicketData:
    """The ticket with its history: its own events and, in time order among them, the activities
    logged for it (timeline rows: id, kind, subject, body, occurred_at, …, owner name at 12)."""
    history = [TicketEventData(e.id, e.kind, e.created_at, name or "", e.from_value, e.to_value, e.body)
               for e, name in events]
    history += [TicketEventData(r[0], TicketEventKind.ACTIVITY, _time(r[4]), r[12] or "", r[1], None, r[2])
                for r in activities]
    history.sort(key=lambda e: e.at)  # stable: events of one moment keep their order
    return TicketData(
        id=t.id, number=t.number, number_provisional=t.number_provisional, type=t.type, channel=t.channel,
        priority=t.priority, status=t.status, subject=t.subject, description=t.description,
        account_id=t.account_id, account_name=t.account_name, contact_id=t.contact_id, contact_name=t.contact_name,
        assignee_id=t.assignee_id, assignee_name=users.get(t.assignee_id) if t.assignee_id else None,
        created_at=t.created_at, first_response_due_at=t.first_response_due_at, first_response_at=t.first_response_at,
        resolution_due_at=t.resolution_due_at, resolved_at=t.resolved_at, closed_at=t.closed_at,
        resolution=t.resolution, satisfaction_score=t.satisfaction_score, satisfaction_comment=t.satisfaction_comment,
        sla=sla_state(now, t.status, t.sla_due_at, t.sla_warn_at, t.sla_breached),
        next_deadline=t.sla_due_at, next_statuses=next_statuses(t.status),
        events=tuple(history),
    )


def _time(value) -> datetime | None:
    return from_iso(value) if isinstance(value, str) else value


def row_sla(row: tuple, now: datetime) -> str:
    """The SLA state of a TICKET_LIST row (status 6, due 11, warn 12, breached 13)."""
    return sla_state(now, row[6], _time(row[11]), _time(row[12]), bool(row[13]))


def summary_of_row(row: tuple, now: datetime) -> TicketSummary:
    return TicketSummary(
        id=row[0], number=row[1], subject=row[3], status=row[6], priority=row[7], assignee=row[9],
        due_at=_time(row[11]) or _time(row[15]), breached=row_sla(row, now) == SLA_BREACHED,
        created_at=_time(row[10]), satisfaction_score=row[16],
    )
