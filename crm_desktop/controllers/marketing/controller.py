"""Marketing controller: segments with live counts, email templates with previews, campaigns and
their members, and what each campaign brought in."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from crm_desktop.domain.common import money
from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from crm_desktop.domain.marketing.rules import (
    MEMBER_ORDER,
    CampaignData,
    CampaignEffect,
    CampaignInput,
    CampaignStatus,
    MemberData,
    MemberStatus,
    SegmentData,
    SegmentInput,
    SegmentRule,
    SegmentTarget,
    TemplateData,
    TemplateInput,
    clean_campaign,
    clean_segment,
    clean_template,
    effect,
    render,
)
from crm_desktop.store.database import Store
from crm_desktop.store.models import Campaign, CampaignMember, Contact, EmailTemplate, Segment
from crm_desktop.store.repositories.base import RecordRepository
from crm_desktop.store.unit_of_work import UnitOfWork

_Row = TypeVar("_Row", Segment, EmailTemplate, Campaign, CampaignMember)

DUPLICATE_SEGMENT = QT_TRANSLATE_NOOP("Validation", "Another segment already has this name.")
NO_SEGMENT = QT_TRANSLATE_NOOP("Validation", "Choose the segment whose contacts the campaign targets.")


def segment_data(s: Segment) -> SegmentData:
    return SegmentData(s.id, s.name, SegmentRule.from_json(s.target, s.definition), s.description, s.owner_id)


def template_data(t: EmailTemplate) -> TemplateData:
    return TemplateData(t.id, t.name, t.subject, t.body)


def campaign_data(c: Campaign, members: int = 0) -> CampaignData:
    return CampaignData(c.id, c.name, c.type, c.status, c.start_date, c.end_date, c.budget, c.actual_cost,
                        c.expected_revenue, c.currency, c.segment_id, c.template_id, c.launched_at, c.description,
                        c.owner_id, members)


def reachable(contact: Contact) -> bool:
    """May be sent marketing email: has an address, did not opt out."""
    return bool(contact.email) and not contact.do_not_contact and not contact.unsubscribed


class MarketingController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    # --- segments ------------------------------------------------------------------------

    def segments(self) -> list[SegmentData]:
        with self._uow() as uow:
            return [segment_data(s) for s in uow.segments.all_live()]

    def segment(self, segment_id: str) -> SegmentData:
        with self._uow() as uow:
            return segment_data(uow.segments.get_live(segment_id))

    def segment_named(self, name: str) -> SegmentData:
        with self._uow() as uow:
            found = uow.segments.named(name.strip())
            if found is None:
                raise NotFoundError(name)
            return segment_data(found)

    def save_segment(self, data: SegmentInput, segment_id: str | None = None) -> SegmentData:
        values = clean_segment(data)
        with self._uow() as uow:
            if uow.segments.name_taken(values["name"], segment_id):
                raise ValidationError({"name": DUPLICATE_SEGMENT})
            segment = Segment() if segment_id is None else uow.segments.get_live(segment_id)
            for name, value in values.items():
                setattr(segment, name, value)
            uow.segments.add(segment, flush=False)
            uow.commit()
            return segment_data(segment)

    def delete_segment(self, segment_id: str) -> None:
        self._soft_delete(lambda uow: uow.segments, segment_id)

    def count(self, rule: SegmentRule) -> int:
        """How many live contacts (or accounts) the rule picks: the live count beside the editor."""
        with self._uow() as uow:
            return uow.segments.count_picked(rule)

    def count_segment(self, segment_id: str) -> int:
        return self.count(self.segment(segment_id).rule)

    def segment_ids(self, rule: SegmentRule) -> list[str]:
        """The ids the rule picks (for lists and exports)."""
        with self._uow() as uow:
            return list(uow.segments.ids_picked(rule))

    # --- templates -----------------------------------------------------------------------

    def templates(self) -> list[TemplateData]:
        with self._uow() as uow:
            return [template_data(t) for t in uow.templates.all_live()]

    def template(self, template_id: str) -> TemplateData:
        with self._uow() as uow:
            return template_data(uow.templates.get_live(template_id))

    def save_template(self, data: TemplateInput, template_id: str | None = None) -> TemplateData:
        """Refused (ValidationError) when a placeholder is unknown or left open."""
        values = clean_template(data)
        with self._uow() as uow:
            template = EmailTemplate() if template_id is None else uow.templates.get_live(template_id)
            for name, value in values.items():
                setattr(template, name, value)
            uow.templates.add(template, flush=False)
            uow.commit()
            return template_data(template)

    def delete_template(self, template_id: str) -> None:
        self._soft_delete(lambda uow: uow.templates, template_id)

    def preview(self, template: TemplateInput | TemplateData, contact_id: str,
                campaign_id: str | None = None) -> tuple[str, str]:
        """(subject, body) as this contact would receive it."""
        with self._uow() as uow:
            campaign = uow.campaigns.get(campaign_id, include_deleted=True) if campaign_id else None
            values = self.placeholder_values(uow, uow.contacts.get(contact_id, include_deleted=True), campaign)
        return render(template.subject, values), render(template.body, values)

    @staticmethod
    def placeholder_values(uow: UnitOfWork, contact: Contact | None, campaign: Campaign | None) -> dict[str, str]:
        if contact is None:
            raise NotFoundError("contact")
        account = uow.accounts.get(contact.account_id, include_deleted=True) if contact.account_id else None
        owner = uow.users.get(contact.owner_id) if contact.owner_id else None
        return {"name": contact.name, "title": contact.title or "", "company": contact.account_name or "",
                "city": (account.city if account else "") or "", "email": contact.email or "",
                "owner": owner.display_name if owner else "", "campaign": campaign.name if campaign else ""}

    # --- campaigns -----------------------------------------------------------------------

    def campaigns(self) -> list[CampaignData]:
        with self._uow() as uow:
            counts = uow.members.counts_by_campaign()
            return [campaign_data(c, counts.get(c.id, 0)) for c in uow.campaigns.all_live()]

    def campaign(self, campaign_id: str) -> CampaignData:
        with self._uow() as uow:
            c = uow.campaigns.get_live(campaign_id)
            return campaign_data(c, uow.members.count_in(campaign_id))

    def save_campaign(self, data: CampaignInput, campaign_id: str | None = None) -> CampaignData:
        values = clean_campaign(data)
        with self._uow() as uow:
            campaign = Campaign() if campaign_id is None else uow.campaigns.get_live(campaign_id)
            for name, value in values.items():
                setattr(campaign, name, value)
            uow.campaigns.add(campaign, flush=False)
            uow.commit()
            return campaign_data(campaign, uow.members.count_in(campaign.id))

    def delete_campaign(self, campaign_id: str) -> None:
        self._soft_delete(lambda uow: uow.campaigns, campaign_id)

    def launch(self, campaign_id: str) -> int:
        """Take the segment's contacts as members (those already in stay as they are; an account
        segment brings the accounts' contacts) and make the campaign active. Returns members added."""
        with self._uow() as uow:
            campaign = uow.campaigns.get_live(campaign_id)
            segment = uow.segments.get(campaign.segment_id) if campaign.segment_id else None
            if segment is None:
                raise ValidationError({"segment_id": NO_SEGMENT})
            rule = SegmentRule.from_json(segment.target, segment.definition)
            picked = list(uow.segments.ids_picked(rule))
            if rule.target == SegmentTarget.ACCOUNT:
                picked = uow.contacts.live_ids_in_accounts(picked)
            added = self._add(uow, campaign_id, picked)
            campaign.status = CampaignStatus.ACTIVE
            campaign.launched_at = campaign.launched_at or utcnow()
            uow.commit()
            return added

    def add_members(self, campaign_id: str, contact_ids: list[str]) -> int:
        with self._uow() as uow:
            uow.campaigns.get_live(campaign_id)
            added = self._add(uow, campaign_id, contact_ids)
            uow.commit()
            return added

    def remove_member(self, member_id: str) -> None:
        self._soft_delete(lambda uow: uow.members, member_id)

    def members(self, campaign_id: str, limit: int | None = None) -> list[MemberData]:
        with self._uow() as uow:
            return [MemberData(m.id, c.id, c.name, c.account_name or "", c.email or "", m.status, m.sent_at,
                               reachable(c)) for m, c in uow.members.with_contacts(campaign_id, limit)]

    def set_member_status(self, member_id: str, status: str, force: bool = False) -> None:
        """Record a reply or a conversion. Without `force` a status never moves back (a late
        'responded' does not undo 'converted')."""
        MemberStatus(status)
        with self._uow() as uow:
            member = uow.members.get_live(member_id)
            if force or MEMBER_ORDER[MemberStatus(status)] > MEMBER_ORDER[MemberStatus(member.status)]:
                member.status = status
                now = utcnow()
                if status == MemberStatus.RESPONDED:
                    member.responded_at = member.responded_at or now
                elif status == MemberStatus.CONVERTED:
                    member.converted_at = member.converted_at or now
                uow.commit()

    # --- effect --------------------------------------------------------------------------

    def effect(self, campaign_id: str) -> CampaignEffect:
        [found] = [e for e in self.compare([campaign_id])]
        return found

    def compare(self, campaign_ids: list[str] | None = None) -> list[CampaignEffect]:
        """Each campaign's members by status, deals attributed to it (their `campaign`), won revenue,
        cost per lead and ROI; newest first."""
        with self._uow() as uow:
            campaigns = uow.campaigns.all_live(campaign_ids)
            counts = uow.members.counts_by_status()
            deals = uow.opportunities.campaign_results()
            out = []
            for c in campaigns:
                total, won, revenue = 0, 0, Decimal(0)
                for currency, (n, n_won, amount) in deals.get(c.id, {}).items():
                    total, won = total + n, won + n_won
                    revenue += money.to_home(amount, currency, c.currency)  # deals in other currencies
                out.append(effect(c.id, c.name, c.status, counts.get(c.id, {}), total, won,
                                  money.round_money(revenue, c.currency), c.actual_cost, c.currency))
            return out

    # --- helpers -------------------------------------------------------------------------

    def _soft_delete(self, repo_of: Callable[[UnitOfWork], RecordRepository[_Row]], record_id: str) -> None:
        with self._uow() as uow:
            repo_of(uow).get_live(record_id).deleted_at = utcnow()
            uow.commit()

    @staticmethod
    def _add(uow: UnitOfWork, campaign_id: str, contact_ids: list[str]) -> int:
        """New members for contacts not yet in the campaign, written in bulk (a launch may add tens
        of thousands) with their outbox and audit entries."""
        present = uow.members.contact_ids_in(campaign_id)
        fresh = [cid for cid in dict.fromkeys(contact_ids) if cid not in present]
        uow.members.flush()
        writer = uow.bulk_writer()
        writer.insert(CampaignMember, [{"id": new_id(), "campaign_id": campaign_id, "contact_id": cid,
                                        "status": MemberStatus.TARGETED} for cid in fresh])
        return len(fresh)
