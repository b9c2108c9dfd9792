"""Local derived data kept in step with every ORM write: search keys, sort keys, digits, tag index.

Registered on the store's session class, so no write path can forget it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from crm_desktop.domain.customers.names import company_key
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.domain.customers.pinyin_keys import pinyin_keys
from crm_desktop.domain.customers.search_keys import SearchKeys, account_search_keys, contact_search_keys
from crm_desktop.domain.customers.sort_keys import name_sort_key
from crm_desktop.domain.exchange.import_phones import extra_digits
from crm_desktop.store import search_index
from crm_desktop.store.models import Account, Contact, Product

_ACCOUNT_KEY_FIELDS = ("name", "short_name", "phone", "deleted_at", "last_activity_at")
_CONTACT_KEY_FIELDS = (
    "name", "mobile", "phone", "email", "deleted_at", "last_activity_at",
)


def _changed(obj: Account | Contact, fields: Iterable[str]) -> set[str]:
    state: InstanceState[Account | Contact] = inspect(obj)
    return {f for f in fields if state.attrs[f].history.has_changes()}


def fill_local_fields(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Account):
            obj.name_key = company_key(obj.name)
            obj.name_sort = name_sort_key(obj.name)
        elif isinstance(obj, Contact):
            obj.name_sort = name_sort_key(obj.name)
            obj.mobile_digits = phone_digits(obj.mobile) or None
            obj.phone_digits = phone_digits(obj.phone) or None
            obj.extra_digits = extra_digits(obj.phones)
        elif isinstance(obj, Product):
            obj.search_text = product_search_text(obj.sku, obj.name)


def product_search_text(sku: str, name: str) -> str:
    """What the product picker matches a typed fragment against: SKU, name, its pinyin."""
    full, initials = pinyin_keys(name or "")
    return " ".join([(sku or "").lower(), (name or "").lower(), *full, *initials])


def _account_keys(a: Account) -> SearchKeys:
    return account_search_keys(a.name, a.short_name, phone_digits(a.phone))


def _contact_keys(c: Contact) -> SearchKeys:
    return contact_search_keys(c.name, c.mobile_digits, c.phone_digits, c.email)


def _reindex(conn: Connection, obj: Any, entity: str, keys_of: Callable[[Any], SearchKeys], changed: set[str],
             is_new: bool) -> None:
    if obj.deleted_at is not None:
        search_index.remove_document(conn, obj.id)
        return
    bump = is_new or bool(changed & {"last_activity_at", "deleted_at"})
    search_index.update_document(conn, entity, obj.id, keys_of(obj), bump=bump)


def _retag(conn: Connection, entity: str, obj: Account | Contact) -> None:
    conn.exec_driver_sql("DELETE FROM record_tags WHERE record_id = ?", (obj.id,))
    if obj.deleted_at is None and obj.tags:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO record_tags(tag, entity, record_id) VALUES (?,?,?)",
            [(t, entity, obj.id) for t in obj.tags],
        )


def _rename_account_everywhere(session: Session, account: Account) -> None:
    """Contacts, deals, orders and tickets show their company's name (a local copy, never synced)."""
    for table in ("contacts", "opportunities", "sales_orders", "tickets"):
        session.connection().exec_driver_sql(
            f"UPDATE {table} SET account_name = ? WHERE account_id = ?", (account.name, account.id)
        )
    for obj in list(session.identity_map.values()):
        if getattr(obj, "account_id", None) == account.id and hasattr(obj, "account_name"):
            session.expire(obj, ["account_name"])


def _rename_contact_on_tickets(session: Session, contact: Contact) -> None:
    session.connection().exec_driver_sql(
        "UPDATE tickets SET contact_name = ? WHERE contact_id = ?", (contact.name, contact.id)
    )
    for obj in list(session.identity_map.values()):
        if getattr(obj, "contact_id", None) == contact.id and hasattr(obj, "contact_name"):
            session.expire(obj, ["contact_name"])


def update_indexes(session: Session, _ctx: UOWTransaction) -> None:
    conn = session.connection()
    renamed: list[Account | Contact] = []
    new = session.new  # a fresh set on every access: read once, not once per object (20,000² checks)
    for obj in (*new, *session.dirty):
        is_new = obj in new
        if isinstance(obj, Account):
            changed = _changed(obj, (*_ACCOUNT_KEY_FIELDS, "tags"))
            if is_new or changed & set(_ACCOUNT_KEY_FIELDS):
                _reindex(conn, obj, "account", _account_keys, changed, is_new)
            if is_new or changed & {"tags", "deleted_at"}:
                _retag(conn, "account", obj)
            if not is_new and "name" in changed:
                renamed.append(obj)
        elif isinstance(obj, Contact):
            changed = _changed(obj, (*_CONTACT_KEY_FIELDS, "tags"))
            if is_new or changed & set(_CONTACT_KEY_FIELDS):
                _reindex(conn, obj, "contact", _contact_keys, changed, is_new)
            if is_new or changed & {"tags", "deleted_at"}:
                _retag(conn, "contact", obj)
            if not is_new and "name" in changed:
                renamed.append(obj)
    session.info["renamed_records"] = renamed


def follow_account_renames(session: Session, _ctx: UOWTransaction) -> None:
    # After the flush has finished, so the refreshes below see the committed-to-be rows.
    for record in session.info.pop("renamed_records", []):
        if isinstance(record, Account):
            _rename_account_everywhere(session, record)
        else:
            _rename_contact_on_tickets(session, record)


def register(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", fill_local_fields)
    event.listen(session_class, "after_flush", update_indexes)
    event.listen(session_class, "after_flush_postexec", follow_account_renames)
