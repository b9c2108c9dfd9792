"""Records that point at an account or a contact (deals, quotes and orders, tickets), for merges."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.store.models import Opportunity, SalesOrder, Ticket
from crm_desktop.store.repositories.base import Queries

_OF_ACCOUNT: dict[str, type[Opportunity | SalesOrder | Ticket]] = {
    "opportunities": Opportunity, "orders": SalesOrder, "tickets": Ticket}
_OF_CONTACT: dict[str, type[Opportunity | Ticket]] = {"opportunities": Opportunity, "tickets": Ticket}


class LinkRepository(Queries):
    def of_account(self, account_id: str) -> dict[str, list[Opportunity | SalesOrder | Ticket]]:
        """Per kind, the records (deleted ones too: a restore must find them at the kept account)."""
        return {kind: list(self.session.scalars(select(model).where(model.account_id == account_id)))
                for kind, model in _OF_ACCOUNT.items()}

    def of_contact(self, contact_id: str) -> dict[str, list[Opportunity | Ticket]]:
        return {kind: list(self.session.scalars(select(model).where(model.contact_id == contact_id)))
                for kind, model in _OF_CONTACT.items()}
