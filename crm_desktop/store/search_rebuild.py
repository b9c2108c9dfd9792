"""Fill the search index from the records themselves (first migration, repair)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection

from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.domain.customers.search_keys import SearchKeys, account_search_keys, contact_search_keys
from crm_desktop.store.search_index import add_documents
from crm_desktop.tasks import TaskState

BATCH = 20_000

# Both entities in one stream, least recently active first, so seq order is recency order.
_DOCS_SQL = """
SELECT 'account', id, name, short_name, phone, NULL,
       coalesce(last_activity_at, created_at) AS touched
  FROM accounts WHERE deleted_at IS NULL
UNION ALL
SELECT 'contact', id, name, mobile_digits, phone_digits, email,
       coalesce(last_activity_at, created_at) AS touched
  FROM contacts WHERE deleted_at IS NULL
ORDER BY touched, id
"""


def _keys(row: Sequence[Any]) -> SearchKeys:
    entity, _id, name, a, b, email, _touched = row
    if entity == "account":
        return account_search_keys(name, a, phone_digits(b))
    return contact_search_keys(name, a, b, email)


def rebuild_search_index(conn: Connection, state: TaskState | None = None) -> int:
    """Index every live account and contact, least recently active first.

    This thread reads rows and writes the index (SQLite work, GIL released) while a helper
    thread computes the keys of the next batch (Python work).
    """
    for table in ("search_docs", "search_trigram"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    result = conn.exec_driver_sql(_DOCS_SQL)
    total = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-keys") as pool:
        pending = None
        while True:
            rows = result.fetchmany(BATCH)
            upcoming = pool.submit(_documents, rows) if rows else None
            if pending is not None:
                total += add_documents(conn, pending.result())
                if state is not None:
                    state.check()
            if upcoming is None:
                break
            pending = upcoming
    return total


def _documents(rows: Iterable[Sequence[Any]]) -> list[tuple[str, str, SearchKeys]]:
    return [(r[0], r[1], _keys(r)) for r in rows]
