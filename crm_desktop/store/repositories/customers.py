"""Accounts and contacts: look-ups, duplicate candidates, and the customer list pages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import CursorResult, Select, func, select

from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.repositories.base import RecordRepository
from crm_desktop.store.repositories.listing import (
    ListSpec,
    count_rows,
    has_rows,
    page_rows,
    row_position,
    stream_rows,
)

C = TypeVar("C", Account, Contact)
_CHUNK = 500

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
    sorts={"name": "a.name_sort", "city": "a.city", "last_activity": "a.last_activity_at",
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
    sorts={"name": "c.name_sort", "account": "c.account_name", "mobile": "c.mobile_digits",
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


class _CustomerRepository(RecordRepository[C]):
    spec: ListSpec

    def custom_field_names(self) -> list[str]:
        """Every custom field some live record holds, in the order first met (an export's extra columns)."""
        table = self.model.__tablename__
        rows = self.conn.exec_driver_sql(
            f"SELECT DISTINCT j.key FROM {table} t, json_each(t.custom_fields) j"
            " WHERE t.custom_fields IS NOT NULL AND t.deleted_at IS NULL")
        return [r[0] for r in rows]

    def count(self, flt: ListFilter) -> int:
        return count_rows(self.conn, self.spec, flt)

    def any_live(self) -> bool:
        return has_rows(self.conn, self.spec)

    def page(self, flt: ListFilter, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple[Any, ...]]:
        return page_rows(self.conn, self.spec, flt, sort, offset, limit, total)

    def position(self, flt: ListFilter, sort: ListSort, record_id: str) -> int | None:
        return row_position(self.conn, self.spec, flt, sort, record_id)

    def stream(self, flt: ListFilter, sort: ListSort, select: str | None = None) -> CursorResult[Any]:
        return stream_rows(self.conn, self.spec, flt, sort, select)


class AccountRepository(_CustomerRepository[Account]):
    model = Account
    spec = ACCOUNT_LIST

    def by_name_key(self, key: str, exclude_id: str | None = None) -> list[Account]:
        stmt = select(Account).where(Account.name_key == key, Account.deleted_at.is_(None))
        if exclude_id:
            stmt = stmt.where(Account.id != exclude_id)
        return list(self.session.scalars(stmt.limit(20)))

    def contact_count(self, account_id: str) -> int:
        return self.session.scalar(
            select(func.count()).where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
        ) or 0

    def names_of(self, account_ids: Iterable[str]) -> dict[str, str]:
        """id -> name, deleted accounts too."""
        ids = list(dict.fromkeys(account_ids))
        found: dict[str, str] = {}
        for start in range(0, len(ids), _CHUNK):
            part = ids[start:start + _CHUNK]
            found.update((i, name) for i, name in self.session.execute(
                select(Account.id, Account.name).where(Account.id.in_(part))))
        return found

    def cities(self) -> list[str]:
        rows = self.session.execute(
            select(Account.city).where(Account.city.is_not(None)).distinct().order_by(Account.city)
        )
        return [r[0] for r in rows if r[0] is not None]

    def tags(self) -> list[str]:
        rows = self.conn.exec_driver_sql(
            "SELECT DISTINCT tag FROM record_tags ORDER BY tag"
        )
        return [r[0] for r in rows]


class ContactRepository(_CustomerRepository[Contact]):
    model = Contact
    spec = CONTACT_LIST

    @staticmethod
    def _live() -> Select[Contact]:
        return select(Contact).where(Contact.deleted_at.is_(None))

    def by_mobile_digits(self, digits: str, exclude_id: str | None = None) -> list[Contact]:
        stmt = self._live().where(Contact.mobile_digits == digits)
        return self._excluding(stmt, exclude_id)

    def by_email(self, email: str, exclude_id: str | None = None) -> list[Contact]:
        return self._excluding(self._live().where(Contact.email == email), exclude_id)

    def in_account(self, account_id: str, exclude_id: str | None = None,
                   include_deleted: bool = False) -> list[Contact]:
        stmt: Select[Contact] = select(Contact)
        if not include_deleted:
            stmt = self._live()
        return self._excluding(stmt.where(Contact.account_id == account_id), exclude_id)

    def people_of(self, account_id: str, limit: int) -> list[tuple[Any, ...]]:
        """(id, name, title, mobile, email) of an account's live contacts, in the list's name order."""
        return list(self.conn.exec_driver_sql(
            "SELECT id, name, title, mobile, email FROM contacts WHERE account_id = ? AND deleted_at IS NULL"
            " ORDER BY name_sort, id LIMIT ?", (account_id, limit)).fetchall())

    def live_ids_in_accounts(self, account_ids: list[str]) -> list[str]:
        """The live contacts of these accounts (an account segment's people)."""
        found: list[str] = []
        for start in range(0, len(account_ids), _CHUNK):
            found += self.session.scalars(select(Contact.id).where(
                Contact.account_id.in_(account_ids[start:start + _CHUNK]), Contact.deleted_at.is_(None)))
        return found

    def _excluding(self, stmt: Select[Contact], exclude_id: str | None) -> list[Contact]:
        if exclude_id:
            stmt = stmt.where(Contact.id != exclude_id)
        return list(self.session.scalars(stmt.limit(500)))
