"""Accounts and contacts: look-ups, duplicate candidates, and the customer list pages."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.repositories.listing import ListSpec, count_rows, has_rows, page_rows, stream_rows

_ACCOUNT_FILTERS = {
    "owner_id": "a.owner_id = ?",
    "level": "a.level = ?",
    "status": "a.status = ?",
    "city": "a.city = ?",
    "tag": "a.id IN (SELECT record_id FROM record_tags WHERE tag = ? AND entity = 'account')",
    "needs_review": "a.review IS NOT NULL",
}
ACCOUNT_LIST = ListSpec(
    table="accounts a",
    alias="a",
    select="a.id, a.name, a.level, a.status, a.industry, a.city, a.phone, u.display_name,"
    " a.last_activity_at, a.next_followup_at",
    joins="LEFT JOIN users u ON u.id = a.owner_id",
    sorts={"name": "a.name", "city": "a.city", "last_activity": "a.last_activity_at",
           "created": "a.id"},
    filters=_ACCOUNT_FILTERS,
    live_count="account",
)
_IN_ACCOUNTS = "c.account_id IN (SELECT id FROM accounts WHERE {} = ?)"
CONTACT_LIST = ListSpec(
    table="contacts c",
    alias="c",
    select="c.id, c.name, c.account_name, c.title, c.mobile, c.email, a.city, u.display_name,"
    " c.last_activity_at, c.next_followup_at",
    joins="LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = c.owner_id",
    sorts={"name": "c.name", "account": "c.account_name", "mobile": "c.mobile_digits",
           "email": "c.email", "last_activity": "c.last_activity_at", "created": "c.id"},
    filters={
        "owner_id": "c.owner_id = ?",
        "level": _IN_ACCOUNTS.format("level"),
        "status": _IN_ACCOUNTS.format("status"),
        "city": _IN_ACCOUNTS.format("city"),
        "tag": "c.id IN (SELECT record_id FROM record_tags WHERE tag = ? AND entity = 'contact')",
        "needs_review": "c.review IS NOT NULL",
    },
    live_count="contact",
)


class _RecordRepository:
    model: type

    def __init__(self, session: Session) -> None:
        self.session = session

    def custom_field_names(self) -> list[str]:
        """Every custom field some live record holds, in the order first met (an export's extra columns)."""
        table = self.model.__tablename__
        rows = self.session.connection().exec_driver_sql(
            f"SELECT DISTINCT j.key FROM {table} t, json_each(t.custom_fields) j"
            " WHERE t.custom_fields IS NOT NULL AND t.deleted_at IS NULL")
        return [r[0] for r in rows]

    def get(self, record_id: str, include_deleted: bool = False):
        obj = self.session.get(self.model, record_id)
        if obj is None or (obj.deleted_at is not None and not include_deleted):
            return None
        return obj

    def add(self, obj) -> None:
        self.session.add(obj)
        self.session.flush()


class AccountRepository(_RecordRepository):
    model = Account

    def by_name_key(self, key: str, exclude_id: str | None = None) -> list[Account]:
        stmt = select(Account).where(Account.name_key == key, Account.deleted_at.is_(None))
        if exclude_id:
            stmt = stmt.where(Account.id != exclude_id)
        return list(self.session.scalars(stmt.limit(20)))

    def contact_count(self, account_id: str) -> int:
        return self.session.scalar(
            select(func.count()).where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
        )

    def count(self, flt: ListFilter) -> int:
        return count_rows(self.session.connection(), ACCOUNT_LIST, flt)

    def any_live(self) -> bool:
        return has_rows(self.session.connection(), ACCOUNT_LIST)

    def page(self, flt: ListFilter, sort: ListSort, offset: int, limit: int, total=None):
        return page_rows(self.session.connection(), ACCOUNT_LIST, flt, sort, offset, limit, total)

    def stream(self, flt: ListFilter, sort: ListSort, select: str | None = None):
        return stream_rows(self.session.connection(), ACCOUNT_LIST, flt, sort, select)

    def cities(self) -> list[str]:
        rows = self.session.execute(
            select(Account.city).where(Account.city.is_not(None)).distinct().order_by(Account.city)
        )
        return [r[0] for r in rows]

    def tags(self) -> list[str]:
        rows = self.session.connection().exec_driver_sql(
            "SELECT DISTINCT tag FROM record_tags ORDER BY tag"
        )
        return [r[0] for r in rows]


class ContactRepository(_RecordRepository):
    model = Contact

    def _live(self):
        return select(Contact).where(Contact.deleted_at.is_(None))

    def by_mobile_digits(self, digits: str, exclude_id: str | None = None) -> list[Contact]:
        stmt = self._live().where(Contact.mobile_digits == digits)
        return self._excluding(stmt, exclude_id)

    def by_email(self, email: str, exclude_id: str | None = None) -> list[Contact]:
        return self._excluding(self._live().where(Contact.email == email), exclude_id)

    def in_account(self, account_id: str, exclude_id: str | None = None,
                   include_deleted: bool = False) -> list[Contact]:
        stmt = select(Contact) if include_deleted else self._live()
        return self._excluding(stmt.where(Contact.account_id == account_id), exclude_id)

    def _excluding(self, stmt, exclude_id):
        if exclude_id:
            stmt = stmt.where(Contact.id != exclude_id)
        return list(self.session.scalars(stmt.limit(500)))

    def count(self, flt: ListFilter) -> int:
        return count_rows(self.session.connection(), CONTACT_LIST, flt)

    def any_live(self) -> bool:
        return has_rows(self.session.connection(), CONTACT_LIST)

    def page(self, flt: ListFilter, sort: ListSort, offset: int, limit: int, total=None):
        return page_rows(self.session.connection(), CONTACT_LIST, flt, sort, offset, limit, total)

    def stream(self, flt: ListFilter, sort: ListSort, select: str | None = None):
        return stream_rows(self.session.connection(), CONTACT_LIST, flt, sort, select)
