"""Segments, email templates, campaigns and their members: look-ups, lists and the counts beside them."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select

from crm_desktop.domain.marketing.rules import SegmentRule
from crm_desktop.store.models import Campaign, CampaignMember, Contact, EmailTemplate, Segment
from crm_desktop.store.repositories import segments as segment_sql
from crm_desktop.store.repositories.base import RecordRepository


class SegmentRepository(RecordRepository[Segment]):
    model = Segment

    def all_live(self) -> list[Segment]:
        return list(self.session.scalars(select(Segment).where(Segment.deleted_at.is_(None)).order_by(Segment.name)))

    def named(self, name: str) -> Segment | None:
        return self.session.scalars(select(Segment).where(Segment.name == name, Segment.deleted_at.is_(None))).first()

    def name_taken(self, name: str, except_id: str | None) -> bool:
        """Whether another live segment has this name."""
        return self.session.scalar(select(Segment.id).where(
            Segment.name == name, Segment.deleted_at.is_(None), Segment.id != except_id)) is not None

    def count_picked(self, rule: SegmentRule) -> int:
        """How many live contacts (or accounts) the rule picks."""
        return segment_sql.count(self.conn, rule)

    def ids_picked(self, rule: SegmentRule) -> Iterator[str]:
        """The ids the rule picks, read lazily."""
        return segment_sql.ids(self.conn, rule)


class TemplateRepository(RecordRepository[EmailTemplate]):
    model = EmailTemplate

    def all_live(self) -> list[EmailTemplate]:
        return list(self.session.scalars(select(EmailTemplate).where(EmailTemplate.deleted_at.is_(None))
                                         .order_by(EmailTemplate.name)))


class CampaignRepository(RecordRepository[Campaign]):
    model = Campaign

    def all_live(self, campaign_ids: list[str] | None = None) -> list[Campaign]:
        """Newest first (by start date, then name); only these, if `campaign_ids` are given."""
        query = select(Campaign).where(Campaign.deleted_at.is_(None))
        if campaign_ids is not None:
            query = query.where(Campaign.id.in_(campaign_ids))
        return list(self.session.scalars(query.order_by(Campaign.start_date.desc(), Campaign.name)))


class MemberRepository(RecordRepository[CampaignMember]):
    """Campaign members (campaign x contact)."""

    model = CampaignMember

    def count_in(self, campaign_id: str) -> int:
        return self.session.scalar(select(func.count()).select_from(CampaignMember).where(
            CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))) or 0

    def counts_by_campaign(self) -> dict[str, int]:
        return {cid: n for cid, n in self.session.execute(
            select(CampaignMember.campaign_id, func.count()).where(CampaignMember.deleted_at.is_(None))
            .group_by(CampaignMember.campaign_id))}

    def counts_by_status(self) -> dict[str, dict[str, int]]:
        """campaign -> member status -> live members."""
        counts: dict[str, dict[str, int]] = {}
        for cid, status, n in self.session.execute(
                select(CampaignMember.campaign_id, CampaignMember.status, func.count())
                .where(CampaignMember.deleted_at.is_(None)).group_by(CampaignMember.campaign_id,
                                                                     CampaignMember.status)):
            counts.setdefault(cid, {})[status] = n
        return counts

    def contact_ids_in(self, campaign_id: str) -> set[str]:
        return set(self.session.scalars(select(CampaignMember.contact_id).where(
            CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))))

    def with_contacts(self, campaign_id: str, limit: int | None = None,
                      live_contacts_only: bool = False) -> list[tuple[CampaignMember, Contact]]:
        """The live members with their contacts, by the contacts' names."""
        query = (select(CampaignMember, Contact).join(Contact, Contact.id == CampaignMember.contact_id)
                 .where(CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None)))
        if live_contacts_only:
            query = query.where(Contact.deleted_at.is_(None))
        return [(m, c) for m, c in self.session.execute(query.order_by(Contact.name, Contact.id).limit(limit))]
