"""Search controller: the one box that finds accounts and contacts, offline."""

from __future__ import annotations

from crm_desktop.domain.customers.entities import SearchHit
from crm_desktop.store.database import Store
from crm_desktop.store.unit_of_work import UnitOfWork


class SearchController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        if not query.strip():
            return []
        with UnitOfWork(self.store) as uow:
            return uow.search.search(query, limit)
