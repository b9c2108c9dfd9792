"""Unit of work: one session, one transaction, and every repository on it, made when first asked for.

Repositories add, query and flush; only the controller commits (`with uow: ...; uow.commit()`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.store.bulk_write import BulkWriter
from crm_desktop.store.database import Store
from crm_desktop.store.repositories.activities import ActivityRepository
from crm_desktop.store.repositories.analytics import AnalyticsRepository
from crm_desktop.store.repositories.attachments import AttachmentRepository
from crm_desktop.store.repositories.audit import AuditRepository
from crm_desktop.store.repositories.base import Queries
from crm_desktop.store.repositories.calendar import CalendarRepository
from crm_desktop.store.repositories.checkins import CheckInRepository
from crm_desktop.store.repositories.customers import AccountRepository, ContactRepository
from crm_desktop.store.repositories.email import EmailMessageRepository
from crm_desktop.store.repositories.entities import EntityRepository
from crm_desktop.store.repositories.imports import ImportRepository
from crm_desktop.store.repositories.links import LinkRepository
from crm_desktop.store.repositories.marketing import (
    CampaignRepository,
    MemberRepository,
    SegmentRepository,
    TemplateRepository,
)
from crm_desktop.store.repositories.orders import OrderRepository, ProductRepository
from crm_desktop.store.repositories.reminders import ReminderRepository
from crm_desktop.store.repositories.route import RouteRepository
from crm_desktop.store.repositories.sales import LossReasonRepository, OpportunityRepository, StageRepository
from crm_desktop.store.repositories.search import SearchRepository
from crm_desktop.store.repositories.sync import ConflictRepository, OutboxRepository, SyncStateRepository
from crm_desktop.store.repositories.tickets import TicketRepository
from crm_desktop.store.repositories.users import UserRepository

_R = TypeVar("_R", bound=Queries)


class UnitOfWork:
    """`remote=True`: the session writes what the server sent (the journal records nothing to push)."""

    session: Session

    def __init__(self, store: Store, user_id: str | None = None, *, remote: bool = False) -> None:
        self.store = store
        self.user_id = user_id or store.device_user_id
        self.remote = remote
        self._repositories: dict[type[Queries], Queries] = {}

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.sessions()
        # One unit of work is one mutation group in the outbox (applied atomically by the server).
        self.session.info.update(user_id=self.user_id, group_id=new_id())
        if self.remote:
            self.session.info["remote"] = True
        self._repositories = {}
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def connection(self) -> Connection:
        """The transaction's connection, for bulk statements and the pragmas around them."""
        return self.session.connection()

    def bulk_writer(self, now: datetime | None = None) -> BulkWriter:
        """Rows written in bulk in this transaction, journaled as this unit of work's mutation group."""
        return BulkWriter(self.connection(), self.user_id, self.session.info["group_id"], now or utcnow())

    def _repository(self, kind: type[_R]) -> _R:
        found = self._repositories.get(kind)
        if not isinstance(found, kind):
            found = self._repositories[kind] = kind(self.session)
        return found

    # --- customers and activities ----------------------------------------------------------

    @property
    def accounts(self) -> AccountRepository:
        return self._repository(AccountRepository)

    @property
    def contacts(self) -> ContactRepository:
        return self._repository(ContactRepository)

    @property
    def activities(self) -> ActivityRepository:
        return self._repository(ActivityRepository)

    @property
    def calendar(self) -> CalendarRepository:
        return self._repository(CalendarRepository)

    @property
    def checkins(self) -> CheckInRepository:
        return self._repository(CheckInRepository)

    @property
    def reminders(self) -> ReminderRepository:
        return self._repository(ReminderRepository)

    @property
    def route(self) -> RouteRepository:
        return self._repository(RouteRepository)

    @property
    def attachments(self) -> AttachmentRepository:
        return self._repository(AttachmentRepository)

    @property
    def links(self) -> LinkRepository:
        return self._repository(LinkRepository)

    @property
    def search(self) -> SearchRepository:
        return self._repository(SearchRepository)

    @property
    def users(self) -> UserRepository:
        return self._repository(UserRepository)

    # --- sales and service -----------------------------------------------------------------

    @property
    def stages(self) -> StageRepository:
        return self._repository(StageRepository)

    @property
    def loss_reasons(self) -> LossReasonRepository:
        return self._repository(LossReasonRepository)

    @property
    def opportunities(self) -> OpportunityRepository:
        return self._repository(OpportunityRepository)

    @property
    def products(self) -> ProductRepository:
        return self._repository(ProductRepository)

    @property
    def orders(self) -> OrderRepository:
        return self._repository(OrderRepository)

    @property
    def tickets(self) -> TicketRepository:
        return self._repository(TicketRepository)

    # --- marketing -------------------------------------------------------------------------

    @property
    def segments(self) -> SegmentRepository:
        return self._repository(SegmentRepository)

    @property
    def templates(self) -> TemplateRepository:
        return self._repository(TemplateRepository)

    @property
    def campaigns(self) -> CampaignRepository:
        return self._repository(CampaignRepository)

    @property
    def members(self) -> MemberRepository:
        return self._repository(MemberRepository)

    @property
    def email(self) -> EmailMessageRepository:
        return self._repository(EmailMessageRepository)

    # --- analytics, exchange, security, sync -----------------------------------------------

    @property
    def analytics(self) -> AnalyticsRepository:
        return self._repository(AnalyticsRepository)

    @property
    def imports(self) -> ImportRepository:
        return self._repository(ImportRepository)

    @property
    def audit(self) -> AuditRepository:
        return self._repository(AuditRepository)

    @property
    def entities(self) -> EntityRepository:
        return self._repository(EntityRepository)

    @property
    def sync_state(self) -> SyncStateRepository:
        return self._repository(SyncStateRepository)

    @property
    def conflicts(self) -> ConflictRepository:
        return self._repository(ConflictRepository)

    @property
    def outbox(self) -> OutboxRepository:
        return self._repository(OutboxRepository)
