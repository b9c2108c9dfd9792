"""Records that point at an account or a contact (deals, quotes and orders, tickets), for merges."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.store.models import Opportunity, SalesOrder, Ticket

_OF_ACCOUNT = {"opportunities": Opportunity, "orders": SalesOrder, "tickets": Ticket}
_OF_CONTACT = {"opportunities": Opportunity, "tickets": Ticket}


class LinkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def of_account(self, account_id: str) -> dict[str, list]:
        """Per kind, the records (deleted ones too: a restore must find them at the kept account)."""
        return {kind: list(self.session.scalars(select(model).where(model.account_id == account_id)))
                for kind, model in _OF_ACCOUNT.items()}

    def of_contact(self, contact_id: str) -> dict[str, list]:
        return {kind: list(self.session.scalars(select(model).where(model.contact_id == contact_id)))
                for kind, model in _OF_CONTACT.items()}
