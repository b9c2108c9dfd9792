"""Unit of work: one session, one transaction, the repositories that share it.

Repositories add, query and flush; only the controller commits (`with uow: ...; uow.commit()`).
"""

from __future__ import annotations

from crm_desktop.domain.common.ids import new_id
from crm_desktop.store.database import Store
from crm_desktop.store.repositories.activities import ActivityRepository
from crm_desktop.store.repositories.analytics import AnalyticsRepository
from crm_desktop.store.repositories.customers import AccountRepository, ContactRepository
from crm_desktop.store.repositories.links import LinkRepository
from crm_desktop.store.repositories.orders import OrderRepository, ProductRepository
from crm_desktop.store.repositories.sales import OpportunityRepository, StageRepository
from crm_desktop.store.repositories.search import SearchRepository
from crm_desktop.store.repositories.tickets import TicketRepository
from crm_desktop.store.repositories.users import UserRepository


class UnitOfWork:
    def __init__(self, store: Store, user_id: str | None = None) -> None:
        self.store = store
        self.user_id = user_id or store.device_user_id

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.sessions()
        # One unit of work is one mutation group in the outbox (applied atomically by the server).
        self.session.info.update(user_id=self.user_id, group_id=new_id())
        self.accounts = AccountRepository(self.session)
        self.contacts = ContactRepository(self.session)
        self.activities = ActivityRepository(self.session)
        self.users = UserRepository(self.session)
        self.search = SearchRepository(self.session)
        self.stages = StageRepository(self.session)
        self.opportunities = OpportunityRepository(self.session)
        self.products = ProductRepository(self.session)
        self.orders = OrderRepository(self.session)
        self.tickets = TicketRepository(self.session)
        self.links = LinkRepository(self.session)
        self.analytics = AnalyticsRepository(self.session)
        return self

    def __exit__(self, *exc_info) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
