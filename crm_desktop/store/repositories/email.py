"""The device's e-mail outbox: messages by status and campaign, in the order they are sent."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from crm_desktop.domain.marketing.mail import MessageStatus
from crm_desktop.store.models import Contact, EmailMessage
from crm_desktop.store.repositories.base import Repository


class EmailMessageRepository(Repository[EmailMessage]):
    model = EmailMessage

    def contacts_messaged(self, campaign_id: str) -> set[str]:
        """Contacts with a message of this campaign, whatever became of it."""
        return set(self.session.scalars(select(EmailMessage.contact_id).where(EmailMessage.campaign_id == campaign_id)))

    def in_status(self, status: str) -> list[EmailMessage]:
        return list(self.session.scalars(select(EmailMessage).where(EmailMessage.status == status)))

    def with_ids(self, message_ids: Iterable[str]) -> list[EmailMessage]:
        return list(self.session.scalars(select(EmailMessage).where(EmailMessage.id.in_(list(message_ids)))))

    def newest(self, campaign_id: str | None = None, limit: int = 200) -> list[tuple[EmailMessage, str | None]]:
        """Messages, newest first, with the contact's name (None when the contact is gone)."""
        query = (select(EmailMessage, Contact.name).outerjoin(Contact, Contact.id == EmailMessage.contact_id)
                 .order_by(EmailMessage.queued_at.desc(), EmailMessage.id.desc()).limit(limit))
        if campaign_id is not None:
            query = query.where(EmailMessage.campaign_id == campaign_id)
        return [(m, name) for m, name in self.session.execute(query)]

    def counts_by_status(self, campaign_id: str | None = None) -> dict[str, int]:
        """Messages per status present (all campaigns', or this one's)."""
        query = select(EmailMessage.status, func.count()).group_by(EmailMessage.status)
        if campaign_id is not None:
            query = query.where(EmailMessage.campaign_id == campaign_id)
        return {status: n for status, n in self.session.execute(query)}

    def queued_ids(self, campaign_id: str | None = None) -> list[str]:
        """Queued messages in sending order (the order they were queued in)."""
        query = select(EmailMessage.id).where(EmailMessage.status == MessageStatus.QUEUED)
        if campaign_id is not None:
            query = query.where(EmailMessage.campaign_id == campaign_id)
        return list(self.session.scalars(query.order_by(EmailMessage.queued_at, EmailMessage.id)))
