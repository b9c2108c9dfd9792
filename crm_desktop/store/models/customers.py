"""Tables of the customers module: accounts, contacts, tags and the search index's documents."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.models.base import LIVE, Base, SyncedRecord
from crm_desktop.store.types import JsonText, UtcDateTime

# Conditions of partial indexes that segment queries name word for word (so SQLite can use them).
CONTACT_HAS_EMAIL_SQL = "deleted_at IS NULL AND email IS NOT NULL AND email != ''"


class Account(SyncedRecord):
    __tablename__ = "accounts"
    __entity__ = "account"
    __local_fields__ = frozenset({"name_key", "name_sort"})

    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str | None] = mapped_column(String(60))
    industry: Mapped[str | None] = mapped_column(String(60))
    level: Mapped[str | None] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(16), default="lead")
    source: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(60))
    province: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[Any] | None] = mapped_column(JsonText)
    notes: Mapped[str | None] = mapped_column(Text)
    last_activity_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_followup_at: Mapped[date | None] = mapped_column(Date)
    in_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    # Columns of an imported file that fill no field: header -> text, shown and exported again.
    custom_fields: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    # Values an import could not read, kept as typed: [{field, value, message, where}].
    review: Mapped[list[Any] | None] = mapped_column(JsonText)
    # When the record was created in the system it was imported from.
    original_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    name_key: Mapped[str | None] = mapped_column(String(120))
    # The list's name order: Chinese names by pinyin (domain/customers/sort_keys.py), set with the search keys.
    name_sort: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_accounts_live_sort", "name_sort", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_accounts_name_key", "name_key"),
        Index("ix_accounts_owner", "owner_id"),
        Index("ix_accounts_city", "city"),
        Index("ix_accounts_last_activity", "last_activity_at"),
        Index("ix_accounts_followup", "owner_id", "next_followup_at",
              sqlite_where=text("next_followup_at IS NOT NULL AND deleted_at IS NULL")),
        # Won revenue by province and industry: each won deal's account read from the index alone.
        Index("ix_accounts_place", "id", "province", "industry"),
        # Segments: every account field a rule may name, with the id, read from the index alone.
        Index("ix_accounts_segment", "level", "status", "industry", "source", "province", "city", "id",
              sqlite_where=LIVE),
        Index("ix_accounts_review", "id", sqlite_where=text("review IS NOT NULL")),
    )


CONTACT_BARE_SQL = ("deleted_at IS NULL AND mobile_digits IS NULL AND phone_digits IS NULL AND extra_digits IS NULL"
                    " AND email IS NULL")


class Contact(SyncedRecord):
    __tablename__ = "contacts"
    __entity__ = "contact"
    __local_fields__ = frozenset({"account_name", "mobile_digits", "phone_digits", "extra_digits", "name_sort"})

    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(80))
    department: Mapped[str | None] = mapped_column(String(80))
    # E.164, an extension after ";ext=" (+861012345678;ext=8001): the first mobile and work phone.
    mobile: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    # The other numbers: [{"kind": mobile|work|home|fax|other, "number": E.164[;ext=]}].
    phones: Mapped[list[Any] | None] = mapped_column(JsonText)
    email: Mapped[str | None] = mapped_column(String(254))
    emails: Mapped[list[Any] | None] = mapped_column(JsonText)  # further addresses
    wechat: Mapped[str | None] = mapped_column(String(64))
    birthday: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(80))
    lifecycle: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(60))
    province: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    custom_fields: Mapped[dict[str, Any] | None] = mapped_column(JsonText)  # as on Account
    review: Mapped[list[Any] | None] = mapped_column(JsonText)  # as on Account
    original_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    tags: Mapped[list[Any] | None] = mapped_column(JsonText)
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    last_activity_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_followup_at: Mapped[date | None] = mapped_column(Date)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    # Never sent marketing email: asked not to be contacted, or unsubscribed from campaigns.
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    unsubscribed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    account_name: Mapped[str | None] = mapped_column(String(120))
    mobile_digits: Mapped[str | None] = mapped_column(String(20))
    phone_digits: Mapped[str | None] = mapped_column(String(20))
    # Digits of the first other number (a fax, a home phone): a duplicate check finds it by index.
    extra_digits: Mapped[str | None] = mapped_column(String(20))
    name_sort: Mapped[str | None] = mapped_column(Text)  # as on Account

    __table_args__ = (
        Index("ix_contacts_live_sort", "name_sort", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_contacts_account", "account_id"),
        # Segment counts: live contacts per account (and those with an e-mail address) from the index alone.
        Index("ix_contacts_live_account", "account_id", sqlite_where=LIVE),
        Index("ix_contacts_live_email", "account_id", sqlite_where=text(CONTACT_HAS_EMAIL_SQL)),
        Index("ix_contacts_owner", "owner_id", "last_activity_at", sqlite_where=LIVE),
        Index("ix_contacts_mobile_digits", "mobile_digits"),
        # Most people have no landline and no other number: only those that do are indexed.
        Index("ix_contacts_phone_digits", "phone_digits", sqlite_where=text("phone_digits IS NOT NULL")),
        Index("ix_contacts_extra_digits", "extra_digits", sqlite_where=text("extra_digits IS NOT NULL")),
        Index("ix_contacts_review", "id", sqlite_where=text("review IS NOT NULL")),
        # People with no number or e-mail, by account: an import's name matching reads only these.
        Index("ix_contacts_bare", "account_id", sqlite_where=text(CONTACT_BARE_SQL)),
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_last_activity", "last_activity_at"),
        Index("ix_contacts_account_name", "account_name"),
        Index("ix_contacts_followup", "owner_id", "next_followup_at",
              sqlite_where=text("next_followup_at IS NOT NULL AND deleted_at IS NULL")),
    )


class Tag(SyncedRecord):
    __tablename__ = "tags"
    __entity__ = "tag"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class RecordTag(Base):
    """Local index of the `tags` field of accounts and contacts, for fast tag filters."""

    __tablename__ = "record_tags"

    tag: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)

    __table_args__ = (Index("ix_record_tags_record", "record_id"),)


class SearchDoc(Base):
    """Maps a search-index row to its record. `seq` grows with each touch, so the newest
    rows of the index are the most recently active records (the ranking tie-break)."""

    __tablename__ = "search_docs"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
