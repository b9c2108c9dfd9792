"""Plain dataclasses that cross from controllers to the GUI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_desktop.domain.marketing.rules import SegmentRule


@dataclass(frozen=True)
class AccountInput:
    name: str
    short_name: str | None = None
    industry: str | None = None
    level: str | None = None
    status: str = "lead"
    source: str | None = None
    phone: str | None = None
    website: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    street: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    owner_id: str | None = None
    in_pool: bool = False


@dataclass(frozen=True)
class AccountData(AccountInput):
    id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_activity_at: datetime | None = None
    next_followup_at: date | None = None
    owner_name: str | None = None
    contact_count: int = 0
    # Kept by an import (read-only here; an edit form leaves them as they are).
    postal_code: str | None = None
    original_created_at: datetime | None = None  # when the source system created it
    custom_fields: dict[str, str] = field(default_factory=dict, hash=False)  # column title -> text
    # Values an import could not read, kept as typed: {field, value, message, file, sheet, row}.
    review: tuple[dict[str, Any], ...] = field(default=(), hash=False)


@dataclass(frozen=True)
class ContactInput:
    name: str
    account_id: str | None = None
    title: str | None = None
    department: str | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    birthday: date | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    owner_id: str | None = None
    is_primary: bool = False
    do_not_contact: bool = False  # asked not to be contacted: never sent marketing email
    unsubscribed: bool = False


@dataclass(frozen=True)
class ContactData(ContactInput):
    id: str = ""
    account_name: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_activity_at: datetime | None = None
    next_followup_at: date | None = None
    owner_name: str | None = None
    # Kept by an import (read-only here; an edit form leaves them as they are).
    # The numbers beyond mobile and phone: {kind, number}.
    phones: tuple[dict[str, str], ...] = field(default=(), hash=False)
    emails: tuple[str, ...] = ()  # further addresses
    country: str | None = None  # the person's own address
    province: str | None = None
    city: str | None = None
    district: str | None = None
    street: str | None = None
    postal_code: str | None = None
    source: str | None = None
    lifecycle: str | None = None
    original_created_at: datetime | None = None  # when the source system created it
    custom_fields: dict[str, str] = field(default_factory=dict, hash=False)  # column title -> text
    # Values an import could not read, kept as typed: {field, value, message, file, sheet, row}.
    review: tuple[dict[str, Any], ...] = field(default=(), hash=False)


@dataclass(frozen=True)
class ActivityInput:
    kind: str
    subject: str
    body: str | None = None
    occurred_at: datetime | None = None
    due_at: datetime | None = None
    done: bool = True
    outcome: str | None = None
    account_id: str | None = None
    contact_id: str | None = None
    opportunity_id: str | None = None
    ticket_id: str | None = None  # a visit or call made for a service ticket
    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    next_followup_on: date | None = None


@dataclass(frozen=True)
class ActivityData(ActivityInput):
    id: str = ""
    owner_name: str | None = None
    account_name: str | None = None
    contact_name: str | None = None


@dataclass(frozen=True)
class SearchHit:
    type: str  # "contact" | "account"
    id: str
    name: str
    account: str | None
    mobile: str | None
    email: str | None


@dataclass(frozen=True)
class DuplicateCandidate:
    entity: str
    id: str
    name: str
    detail: str  # the company of a contact, the city of an account
    reasons: tuple[str, ...]
    mobile: str = ""  # as stored (E.164): the window writes it as every other number
    email: str = ""


@dataclass(frozen=True)
class ListFilter:
    """Filters of the customer lists; None means "any"."""

    owner_id: str | None = None
    level: str | None = None
    status: str | None = None
    tag: str | None = None
    city: str | None = None
    needs_review: bool = False  # only records holding values an import could not read
    # A saved segment's rule: its contacts, or accounts (an account rule lists its accounts'
    # contacts, a contact rule the accounts of its contacts).
    segment: SegmentRule | None = None


@dataclass(frozen=True)
class ListSort:
    column: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class UserData:
    id: str
    username: str
    display_name: str
    role: str
    team: str | None = None
    is_device_user: bool = False


@dataclass
class MergeResult:
    kept_id: str
    merged_id: str
    moved: dict[str, int] = field(default_factory=dict)
