"""Service tickets and their events: look-ups, numbers, and the queue pages read from indexes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, literal_column, select

from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.store.models import TICKET_OPEN_SQL, Ticket, TicketEvent, User
from crm_desktop.store.repositories.base import RecordRepository
from crm_desktop.store.repositories.listing import ListSpec, contains_pattern, count_rows, page_rows, stream_rows
from crm_desktop.store.repositories.numbers import next_number
from crm_desktop.store.types import to_iso

_OPEN = "t." + TICKET_OPEN_SQL.replace(" AND deleted_at", " AND t.deleted_at")
TICKET_LIST = ListSpec(
    table="tickets t",
    alias="t",
    # (id, number, provisional, subject, account, contact, status, priority, type, assignee,
    #  created_at, sla_due_at, sla_warn_at, sla_breached, first_response_at, resolution_due_at, satisfaction)
    select="t.id, t.number, t.number_provisional, t.subject, t.account_name, t.contact_name, t.status,"
    " t.priority, t.type, u.display_name, t.created_at, t.sla_due_at, t.sla_warn_at, t.sla_breached,"
    " t.first_response_at, t.resolution_due_at, t.satisfaction_score",
    joins="LEFT JOIN users u ON u.id = t.assignee_id",
    sorts={"due": "t.resolution_due_at", "created": "t.created_at", "number": "t.number", "sla": "t.sla_due_at"},
    filters={
        "mine": f"t.assignee_id = ? AND {_OPEN}",
        "unassigned": f"t.assignee_id IS NULL AND {_OPEN}",
        "open": _OPEN,
        # The running clocks: their deadline (and warning time) against the moment of the query.
        "overdue": "t.sla_due_at <= ?",
        "soon": "t.sla_due_at > ? AND t.sla_warn_at <= ?",
        "status": "t.status = ?",
        "priority": "t.priority = ?",
        "type": "t.type = ?",
        "like": "(t.number LIKE ? ESCAPE '\\' OR t.subject LIKE ? ESCAPE '\\' OR t.account_name LIKE ? ESCAPE '\\'"
                " OR t.contact_name LIKE ? ESCAPE '\\')",
    },
)


@dataclass(frozen=True)
class TicketQuery:
    """Values of TICKET_LIST's filters; a falsy value leaves its filter out."""

    mine: str | None = None
    unassigned: bool = False
    open: bool = False
    overdue: str | None = None
    soon: str | None = None
    status: str | None = None
    priority: str | None = None
    type: str | None = None
    like: str | None = None


def ticket_query(queue: str, user_id: str, now: datetime, status: str | None = None, priority: str | None = None,
                 type: str | None = None, text: str | None = None) -> TicketQuery:
    """The SQL filter of a queue of the service page plus its optional filters."""
    stamp = to_iso(now)
    return TicketQuery(
        mine=user_id if queue == "mine" else None,
        unassigned=queue == "unassigned",
        open=queue == "open",
        overdue=stamp if queue == "overdue" else None,
        soon=stamp if queue == "soon" else None,
        status=status, priority=priority, type=type,
        like=contains_pattern(text) if text else None,
    )


class TicketRepository(RecordRepository[Ticket]):
    model = Ticket

    def add_event(self, event: TicketEvent) -> None:
        self.session.add(event)
        self.session.flush()

    def with_ids(self, ticket_ids: Iterable[str]) -> list[Ticket]:
        """Deleted ones too."""
        return list(self.session.scalars(select(Ticket).where(Ticket.id.in_(list(ticket_ids)))))

    def next_number(self) -> str:
        """The device's next provisional ticket number, e.g. T-000456 (the server may renumber)."""
        return f"T-{next_number(self.session, 'numbers/T'):06d}"

    def events(self, ticket_id: str) -> list[tuple[TicketEvent, str | None]]:
        """The history, oldest first, with each author's display name."""
        stmt = (select(TicketEvent, User.display_name)
                .outerjoin(User, User.id == TicketEvent.author_id)
                .where(TicketEvent.ticket_id == ticket_id, TicketEvent.deleted_at.is_(None))
                .order_by(TicketEvent.created_at, literal_column("ticket_events.rowid")))
        return [(event, name) for event, name in self.session.execute(stmt)]

    def linked_to(self, account_id: str | None = None, contact_id: str | None = None) -> list[Ticket]:
        column = Ticket.account_id if account_id else Ticket.contact_id
        return list(self.session.scalars(select(Ticket).where(column == (account_id or contact_id))))

    def count(self, query: TicketQuery) -> int:
        return count_rows(self.conn, TICKET_LIST, query)

    def page(self, query: TicketQuery, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple[Any, ...]]:
        return page_rows(self.conn, TICKET_LIST, query, sort, offset, limit, total)

    def stream(self, query: TicketQuery, sort: ListSort) -> CursorResult[Any]:
        return stream_rows(self.conn, TICKET_LIST, query, sort)

    def of_record(self, account_id: str | None = None, contact_id: str | None = None) -> list[tuple[Any, ...]]:
        """A customer's newest tickets (the service history beside the activity timeline)."""
        column, value = ("t.contact_id", contact_id) if contact_id else ("t.account_id", account_id)
        sql = (f"SELECT {TICKET_LIST.select} FROM tickets t {TICKET_LIST.joins}"
               f" WHERE {column} = ? AND t.deleted_at IS NULL ORDER BY t.created_at DESC LIMIT 200")
        return list(self.conn.exec_driver_sql(sql, (value,)))
