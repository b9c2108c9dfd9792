"""Marketing rules: campaign vocabularies, segment definitions, email templates and their
placeholders, and the figures of a campaign's effect (pure: no store, no Qt)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from crm_desktop.domain.common.dates import parse_date
from crm_desktop.domain.common.money import parse_decimal
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError
from crm_desktop.domain.customers.names import normalize_name, tidy

UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Validation", "Unknown placeholder. Use {{name}}, {{title}}, {{company}}, {{city}}, {{email}}, {{owner}} "
    "or {{campaign}}.")
UNCLOSED_PLACEHOLDER = QT_TRANSLATE_NOOP("Validation", "A placeholder is not closed: write {{name}}.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
BAD_SEGMENT_VALUE = QT_TRANSLATE_NOOP("Validation", "This value is not one of the choices.")


class CampaignType(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    EVENT = "event"
    EXHIBITION = "exhibition"
    WEBINAR = "webinar"
    ADS = "ads"


class CampaignStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"


class MemberStatus(StrEnum):
    TARGETED = "targeted"
    SENT = "sent"
    RESPONDED = "responded"
    CONVERTED = "converted"


# A member's status only moves forward: a reply does not undo a conversion.
MEMBER_ORDER = {s: i for i, s in enumerate(MemberStatus)}


class SegmentTarget(StrEnum):
    CONTACT = "contact"
    ACCOUNT = "account"


# --- segments ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SegmentRule:
    """A saved filter. Lists are "any of"; None / empty means "any". For contacts, level, status,
    industry, source, province and city are their account's; tags and owner are the contact's own.
    `inactive_since`: no activity on or after that day (never contacted counts);
    `active_since`: some activity on or after that day."""

    target: str = SegmentTarget.CONTACT
    levels: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    owner_ids: tuple[str, ...] = ()
    inactive_since: date | None = None
    active_since: date | None = None
    has_open_opportunity: bool | None = None
    has_open_ticket: bool | None = None
    has_email: bool | None = None

    def as_json(self) -> dict[str, Any]:
        """The definition as stored (and synced): only what is set, dates as ISO text."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value in (None, (), []) or key == "target":
                continue
            if isinstance(value, date):
                value = value.isoformat()
            out[key] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_json(cls, target: str, data: dict[str, Any] | None) -> SegmentRule:
        """Read a stored definition; keys a newer version wrote are ignored."""
        data = data or {}
        values: dict[str, Any] = {"target": target}
        for f in cls.__dataclass_fields__.values():
            if f.name == "target" or f.name not in data or data[f.name] is None:
                continue
            raw = data[f.name]
            if f.name.endswith("_since"):
                values[f.name] = date.fromisoformat(raw)
            elif isinstance(raw, list):
                values[f.name] = tuple(str(v) for v in raw)
            else:
                values[f.name] = bool(raw)
        return cls(**values)


@dataclass(frozen=True)
class SegmentInput:
    name: str
    rule: SegmentRule
    description: str | None = None


@dataclass(frozen=True)
class SegmentData:
    id: str
    name: str
    rule: SegmentRule
    description: str | None
    owner_id: str | None


def clean_segment(data: SegmentInput) -> dict[str, Any]:
    collector = Collector()
    name = collector.check("name", normalize_name, data.name)
    target = collector.check("target", _member_of, data.rule.target, SegmentTarget, "target")
    collector.raise_if_any()
    return {"name": name, "target": target, "definition": data.rule.as_json(),
            "description": tidy(data.description) or None}


def _member_of(value: str, allowed: type[StrEnum], field_name: str) -> str:
    if value not in {m.value for m in allowed}:
        raise FieldError(field_name, BAD_SEGMENT_VALUE)
    return str(value)


# --- email templates ---------------------------------------------------------------------------

# What a template may hold (UNKNOWN_PLACEHOLDER names them too).
PLACEHOLDERS = ("name", "title", "company", "city", "email", "owner", "campaign")
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")


@dataclass(frozen=True)
class TemplateInput:
    name: str
    subject: str
    body: str


@dataclass(frozen=True)
class TemplateData:
    id: str
    name: str
    subject: str
    body: str


def check_placeholders(text: str, field_name: str) -> None:
    """FieldError for a placeholder this app cannot fill, or a `{{` left open."""
    for match in _PLACEHOLDER.finditer(text):
        if match.group(1) not in PLACEHOLDERS:
            raise FieldError(field_name, UNKNOWN_PLACEHOLDER)
    if "{{" in _PLACEHOLDER.sub("", text):
        raise FieldError(field_name, UNCLOSED_PLACEHOLDER)


def clean_template(data: TemplateInput) -> dict[str, Any]:
    collector = Collector()
    name = collector.check("name", normalize_name, data.name)
    subject = tidy(data.subject)
    if not subject:
        collector.errors["subject"] = REQUIRED
    else:
        collector.check("subject", check_placeholders, subject, "subject")
    body = (data.body or "").strip()
    if not body:
        collector.errors["body"] = REQUIRED
    else:
        collector.check("body", check_placeholders, body, "body")
    collector.raise_if_any()
    return {"name": name, "subject": subject, "body": body}


def render(text: str, values: dict[str, str]) -> str:
    """Fill the placeholders (checked when the template was saved; a missing value is empty)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)


# --- campaigns ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class CampaignInput:
    name: str
    type: str = CampaignType.EMAIL
    status: str = CampaignStatus.PLANNED
    start_date: date | str | None = None
    end_date: date | str | None = None
    budget: Decimal | str | None = None
    actual_cost: Decimal | str | None = None
    expected_revenue: Decimal | str | None = None
    segment_id: str | None = None
    template_id: str | None = None
    description: str | None = None
    currency: str = "CNY"


@dataclass(frozen=True)
class CampaignData:
    id: str
    name: str
    type: str
    status: str
    start_date: date | None
    end_date: date | None
    budget: Decimal
    actual_cost: Decimal
    expected_revenue: Decimal
    currency: str
    segment_id: str | None
    template_id: str | None
    launched_at: datetime | None
    description: str | None
    owner_id: str | None
    members: int = 0


def clean_campaign(data: CampaignInput) -> dict[str, Any]:
    collector = Collector()
    values: dict[str, Any] = {
        "name": collector.check("name", normalize_name, data.name),
        "type": collector.check("type", _member_of, data.type, CampaignType, "type"),
        "status": collector.check("status", _member_of, data.status, CampaignStatus, "status"),
        "start_date": collector.check("start_date", parse_date, data.start_date, "start_date"),
        "end_date": collector.check("end_date", parse_date, data.end_date, "end_date"),
        "segment_id": data.segment_id or None,
        "template_id": data.template_id or None,
        "description": tidy(data.description) or None,
        "currency": data.currency or "CNY",
    }
    for money_field in ("budget", "actual_cost", "expected_revenue"):
        amount = collector.check(money_field, parse_decimal, getattr(data, money_field), money_field)
        values[money_field] = amount if amount is not None else Decimal(0)
    if values["start_date"] and values["end_date"] and values["end_date"] < values["start_date"]:
        collector.errors["end_date"] = ENDS_BEFORE_START
    collector.raise_if_any()
    return values


@dataclass(frozen=True)
class MemberData:
    id: str
    contact_id: str
    name: str
    company: str
    email: str
    status: str
    sent_at: datetime | None
    reachable: bool  # has an address and neither asked not to be contacted nor unsubscribed


@dataclass(frozen=True)
class CampaignEffect:
    """What a campaign brought in (won revenue in the campaign's currency)."""

    campaign_id: str
    name: str
    status: str
    members: int
    sent: int
    responded: int
    converted: int
    opportunities: int
    won_deals: int
    won_revenue: Decimal
    actual_cost: Decimal
    currency: str
    response_rate: float | None = None
    cost_per_lead: Decimal | None = None
    roi: float | None = None  # (won revenue - cost) / cost
    extra: dict[str, Any] = field(default_factory=dict)


def effect(campaign_id: str, name: str, status: str, counts: dict[str, int], opportunities: int, won_deals: int,
           won_revenue: Decimal, actual_cost: Decimal, currency: str) -> CampaignEffect:
    """The comparison figures. A lead is a member who responded or converted."""
    members = sum(counts.values())
    reached = sum(n for s, n in counts.items() if s != MemberStatus.TARGETED)
    leads = counts.get(MemberStatus.RESPONDED, 0) + counts.get(MemberStatus.CONVERTED, 0)
    return CampaignEffect(
        campaign_id, name, status, members, reached, leads, counts.get(MemberStatus.CONVERTED, 0), opportunities,
        won_deals, won_revenue, actual_cost, currency,
        response_rate=leads / reached if reached else None,
        cost_per_lead=(actual_cost / leads).quantize(Decimal("0.01")) if leads and actual_cost else None,
        roi=float((won_revenue - actual_cost) / actual_cost) if actual_cost else None,
    )
