"""Service controller: tickets, their workflow and SLA clock, assignment, comments, satisfaction, queues."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from crm_desktop.controllers.service import ticket_clock as clock
from crm_desktop.controllers.service.ticket_values import summary_of_row, ticket_data
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import FieldError, NotFoundError, ValidationError
from crm_desktop.domain.customers.entities import ListSort, UserData
from crm_desktop.domain.customers.enums import TicketEventKind, TicketStatus
from crm_desktop.domain.service.entities import (
    QUEUE_MINE,
    QUEUE_OVERDUE,
    QUEUE_SOON,
    QUEUE_UNASSIGNED,
    BulkAssignResult,
    QueueCounts,
    TicketData,
    TicketFilter,
    TicketInput,
    TicketSummary,
)
from crm_desktop.domain.service.rules import (
    CONTACT_OF_OTHER_ACCOUNT,
    DONE_STATUSES,
    NEEDS_ASSIGNEE,
    NOT_RESOLVED,
    TICKET_CLOSED,
    check_transition,
    clean_comment,
    clean_resolution,
    clean_score,
    clean_ticket,
)
from crm_desktop.domain.service.sla import SlaPolicy, load_policy
from crm_desktop.store.database import Store
from crm_desktop.store.models import Ticket, TicketEvent
from crm_desktop.store.repositories.tickets import TicketQuery, ticket_query
from crm_desktop.store.unit_of_work import UnitOfWork

# Breaching soon and overdue follow the running deadline: its index serves both filter and order.
DEFAULT_SORT = {QUEUE_MINE: ListSort("due"), QUEUE_UNASSIGNED: ListSort("due"), QUEUE_SOON: ListSort("sla"),
                QUEUE_OVERDUE: ListSort("sla")}


def _checked(fn, *args):
    """Run a field rule; its FieldError becomes the ValidationError the dialogs show."""
    try:
        return fn(*args)
    except FieldError as error:
        raise ValidationError({error.field: error.message}) from None


class ServiceController:
    def __init__(self, store: Store, policy_path: Path | None = None) -> None:
        self.store = store
        self.policy_path = policy_path
        self._policy: SlaPolicy | None = None
        self.clock = utcnow  # tests move time by replacing this

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    # --- the SLA policy ----------------------------------------------------------------

    @property
    def policy(self) -> SlaPolicy:
        """The policy file in use (the shipped default unless the user chose one); read once."""
        if self._policy is None:
            self._policy = load_policy(self.policy_path)
        return self._policy

    @staticmethod
    def check_policy(path: Path | None) -> SlaPolicy:
        """Read a policy file without switching to it; raises SlaPolicyError listing every problem."""
        return load_policy(path)

    def use_policy(self, path: Path | None) -> SlaPolicy:
        """Switch to another policy file; raises SlaPolicyError (nothing changes) if it has errors.
        New deadlines follow it; existing tickets keep theirs until their priority changes."""
        policy = load_policy(path)
        self.policy_path, self._policy = path, policy
        return policy

    # --- one ticket --------------------------------------------------------------------

    def get(self, ticket_id: str) -> TicketData:
        with self._uow() as uow:
            return self._data(uow, self._ticket(uow, ticket_id))

    def create(self, data: TicketInput) -> TicketData:
        fields = clean_ticket(data)
        policy, now = self.policy, self.clock()
        with self._uow() as uow:
            ticket = Ticket(number=uow.tickets.next_number(), status=TicketStatus.NEW, created_at=now, **fields)
            self._link_customer(uow, ticket, data.account_id, data.contact_id)
            clock.refresh(ticket, policy)
            uow.tickets.add(ticket)
            self._event(uow, ticket, TicketEventKind.CREATED, None, TicketStatus.NEW, now)
            if data.assignee_id:
                self._assign(uow, ticket, data.assignee_id, now)
            uow.commit()
            return self._data(uow, ticket)

    def update(self, ticket_id: str, data: TicketInput) -> TicketData:
        """Edit the ticket's fields; a new priority recomputes its deadlines, a new assignee is an assignment."""
        fields = clean_ticket(data)
        policy, now = self.policy, self.clock()
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.status == TicketStatus.CLOSED:
                raise ValidationError({"status": TICKET_CLOSED})
            old_priority = ticket.priority
            for name, value in fields.items():
                setattr(ticket, name, value)
            self._link_customer(uow, ticket, data.account_id, data.contact_id)
            if ticket.priority != old_priority:
                clock.reprioritised(ticket, now, policy)
                self._event(uow, ticket, TicketEventKind.PRIORITY, old_priority, ticket.priority, now)
            if data.assignee_id != ticket.assignee_id:
                self._assign(uow, ticket, data.assignee_id, now)
            uow.commit()
            return self._data(uow, ticket)

    def set_status(self, ticket_id: str, status: str, note: str | None = None) -> TicketData:
        """One step of the workflow; `note` is the resolution (required to resolve) or a reopen reason."""
        policy, now = self.policy, self.clock()
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            old = ticket.status
            check_transition(old, status)
            if status == TicketStatus.ASSIGNED and not ticket.assignee_id:
                raise ValidationError({"assignee_id": NEEDS_ASSIGNEE})
            if status == TicketStatus.RESOLVED:
                note = _checked(clean_resolution, note)
            if status == TicketStatus.IN_PROGRESS and not ticket.assignee_id:
                self._assign(uow, ticket, uow.user_id, now, set_status=False)  # who starts the work takes it
            clock.step(ticket, status, now, policy)
            if status == TicketStatus.RESOLVED:
                ticket.resolution = note
            self._event(uow, ticket, TicketEventKind.STATUS, old, status, now, (note or "").strip() or None)
            uow.commit()
            return self._data(uow, ticket)

    def assign(self, ticket_id: str, user_id: str | None) -> TicketData:
        """Give the ticket to a handler (None: back to unassigned); a new ticket becomes assigned."""
        now = self.clock()
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.status == TicketStatus.CLOSED:
                raise ValidationError({"status": TICKET_CLOSED})
            self._assign(uow, ticket, user_id, now)
            uow.commit()
            return self._data(uow, ticket)

    def bulk_assign(self, ticket_ids: list[str], user_id: str | None) -> BulkAssignResult:
        """Assign many tickets in one transaction; closed ones and those already with `user_id` are skipped."""
        now, assigned, skipped = self.clock(), 0, 0
        with self._uow() as uow:
            if user_id and uow.users.get(user_id) is None:
                raise NotFoundError(user_id)
            for ticket_id in dict.fromkeys(ticket_ids):
                ticket = uow.tickets.get(ticket_id)
                if ticket is None or ticket.status == TicketStatus.CLOSED or ticket.assignee_id == user_id:
                    skipped += 1
                    continue
                self._assign(uow, ticket, user_id, now)
                assigned += 1
            uow.commit()
        return BulkAssignResult(assigned, skipped)

    def comment(self, ticket_id: str, text: str) -> TicketData:
        """A comment on the history; the first one on an open ticket is its first response."""
        body = _checked(clean_comment, text)
        now = self.clock()
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            clock.commented(ticket, now, self.policy)
            self._event(uow, ticket, TicketEventKind.COMMENT, None, None, now, body)
            uow.commit()
            return self._data(uow, ticket)

    def rate(self, ticket_id: str, score, comment: str | None = None) -> TicketData:
        """The customer's satisfaction (1-5) with a resolved or closed ticket."""
        value = _checked(clean_score, score)
        now = self.clock()
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.status not in DONE_STATUSES:
                raise ValidationError({"satisfaction_score": NOT_RESOLVED})
            text = (comment or "").strip() or None
            old = ticket.satisfaction_score
            ticket.satisfaction_score, ticket.satisfaction_comment, ticket.satisfaction_at = value, text, now
            self._event(uow, ticket, TicketEventKind.SATISFACTION, None if old is None else str(old), str(value),
                        now, text)
            uow.commit()
            return self._data(uow, ticket)

    def delete(self, ticket_id: str) -> None:
        with self._uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            ticket.deleted_at = self.clock()
            ticket.sla_due_at = ticket.sla_warn_at = None  # off every queue's clock
            uow.commit()

    # --- queues and lists --------------------------------------------------------------

    def _query(self, uow: UnitOfWork, flt: TicketFilter, now: datetime) -> TicketQuery:
        return ticket_query(flt.queue, uow.user_id, now, flt.status, flt.priority, flt.type,
                            (flt.text or "").strip() or None)

    def count(self, flt: TicketFilter) -> int:
        with self._uow() as uow:
            return uow.tickets.count(self._query(uow, flt, self.clock()))

    def page(self, flt: TicketFilter, sort: ListSort, offset: int, limit: int, total=None) -> list[tuple]:
        """Rows of a queue (see TICKET_LIST in the store for the columns)."""
        with self._uow() as uow:
            return uow.tickets.page(self._query(uow, flt, self.clock()), sort, offset, limit, total)

    def default_sort(self, queue: str) -> ListSort:
        return DEFAULT_SORT.get(queue, ListSort("created", True))

    def queue_counts(self) -> QueueCounts:
        """The numbers beside the navigation: my open, unassigned, breaching soon, overdue."""
        now = self.clock()
        with self._uow() as uow:
            counts = [uow.tickets.count(ticket_query(q, uow.user_id, now))
                      for q in (QUEUE_MINE, QUEUE_UNASSIGNED, QUEUE_SOON, QUEUE_OVERDUE)]
        return QueueCounts(*counts)

    def summaries(self, flt: TicketFilter, sort: ListSort | None = None, limit: int | None = None,
                  ) -> list[TicketSummary]:
        """Tickets of a filter as plain summaries (CLI and exports); by default in the queue's order."""
        now = self.clock()
        with self._uow() as uow:
            rows = uow.tickets.stream(self._query(uow, flt, now), sort or self.default_sort(flt.queue))
            out = []
            for row in rows:
                out.append(summary_of_row(row, now))
                if limit is not None and len(out) >= limit:
                    break
            return out

    def of_record(self, entity: str, record_id: str) -> list[TicketSummary]:
        """A customer's service history, newest first."""
        now = self.clock()
        with self._uow() as uow:
            key = {"contact_id": record_id} if entity == "contact" else {"account_id": record_id}
            return [summary_of_row(r, now) for r in uow.tickets.of_record(**key)]

    def assignees(self) -> list[UserData]:
        """Everyone a ticket can be given to (the device user and the colleagues sync brought)."""
        with self._uow() as uow:
            return [UserData(u.id, u.username, u.display_name, u.role, u.team) for u in uow.users.all()]

    @property
    def me(self) -> str:
        return self.store.device_user_id

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _ticket(uow: UnitOfWork, ticket_id: str) -> Ticket:
        ticket = uow.tickets.get(ticket_id)
        if ticket is None:
            raise NotFoundError(ticket_id)
        return ticket

    @staticmethod
    def _link_customer(uow: UnitOfWork, ticket: Ticket, account_id: str | None, contact_id: str | None) -> None:
        """The account and contact (a contact alone brings its account); their names are kept on the ticket."""
        contact = uow.contacts.get(contact_id, include_deleted=True) if contact_id else None
        if contact_id and contact is None:
            raise NotFoundError(contact_id)
        if contact is not None and account_id and contact.account_id and contact.account_id != account_id:
            raise ValidationError({"contact_id": CONTACT_OF_OTHER_ACCOUNT})
        account_id = account_id or (contact.account_id if contact else None)
        account = uow.accounts.get(account_id, include_deleted=True) if account_id else None
        if account_id and account is None:
            raise NotFoundError(account_id)
        ticket.account_id, ticket.account_name = account_id, account.name if account else None
        ticket.contact_id, ticket.contact_name = contact_id, contact.name if contact else None

    def _assign(self, uow: UnitOfWork, ticket: Ticket, user_id: str | None, now: datetime,
                set_status: bool = True) -> None:
        if user_id and uow.users.get(user_id) is None:
            raise NotFoundError(user_id)
        old = ticket.assignee_id
        if old == user_id:
            return
        ticket.assignee_id = user_id
        self._event(uow, ticket, TicketEventKind.ASSIGNED, old, user_id, now)
        if not set_status:
            return
        status = ticket.status
        if user_id and status == TicketStatus.NEW:
            ticket.status = TicketStatus.ASSIGNED
        elif not user_id and status == TicketStatus.ASSIGNED:
            ticket.status = TicketStatus.NEW
        if ticket.status != status:
            self._event(uow, ticket, TicketEventKind.STATUS, status, ticket.status, now)

    @staticmethod
    def _event(uow: UnitOfWork, ticket: Ticket, kind: str, old: str | None, new: str | None, now: datetime,
               body: str | None = None) -> None:
        ticket.updated_at = now
        uow.tickets.add_event(TicketEvent(ticket_id=ticket.id, kind=kind, from_value=old, to_value=new, body=body,
                                    author_id=uow.user_id, created_at=now, updated_at=now))

    def _data(self, uow: UnitOfWork, ticket: Ticket) -> TicketData:
        users = {u.id: u.display_name for u in uow.users.all()}
        activities = uow.activities.timeline(ticket_id=ticket.id)
        return ticket_data(ticket, uow.tickets.events(ticket.id), users, self.clock(), activities)
