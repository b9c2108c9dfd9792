"""Fill the search index from the records themselves (first migration, repair)."""

from __future__ import annotations

from sqlalchemy import Connection

from crm_desktop.domain.phones import phone_digits
from crm_desktop.domain.search_keys import account_search_keys, contact_search_keys
from crm_desktop.store.search_index import add_documents

BATCH = 20_000

# Both entities in one stream, least recently active first, so seq order is recency order.
_DOCS_SQL = """
SELECT 'account', id, name, short_name, phone, NULL, NULL,
       coalesce(last_activity_at, created_at) AS touched
  FROM accounts WHERE deleted_at IS NULL
UNION ALL
SELECT 'contact', id, name, mobile_digits, phone_digits, email, account_name,
       coalesce(last_activity_at, created_at) AS touched
  FROM contacts WHERE deleted_at IS NULL
ORDER BY touched, id
"""


def _keys(row) -> list[str]:
    entity, _id, name, a, b, email, account_name, _touched = row
    if entity == "account":
        return account_search_keys(name, a, phone_digits(b))
    return contact_search_keys(name, a, b, email, account_name)


def rebuild_search_index(conn: Connection) -> int:
    for table in ("search_docs", "search_trigram", "search_short"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    result = conn.exec_driver_sql(_DOCS_SQL)
    total = 0
    while rows := result.fetchmany(BATCH):
        total += add_documents(conn, [(r[0], r[1], _keys(r)) for r in rows])
    return total
