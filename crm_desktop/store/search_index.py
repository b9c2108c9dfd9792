"""Full-text search index over accounts and contacts (SQLite FTS5), and its ranked query.

One FTS5 trigram table, `search_trigram`, holds each record's keys between marks (see
domain/search_keys.py), so "equals", "starts with" and "contains" are all phrase queries,
for one-character queries too. Its rowid is `search_docs.seq`: a record gets a new, higher
seq whenever it is created or sees activity, so `ORDER BY rowid DESC` lists the most recently
active records first and a query can stop after `limit` rows even when a one-character
query matches tens of thousands of records.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection

from crm_desktop.domain.names import contains_cjk, tidy
from crm_desktop.domain.phones import query_digits
from crm_desktop.domain.search_keys import END, START, SUFFIX, SearchKeys, trigram_document

# columnsize=0: no per-row sizes (no bm25 ranking here). A 64 MiB hash and 4 KiB pages halve
# the time to load a million rows (fewer segment flushes and merges).
CREATE_SQL = (
    "CREATE VIRTUAL TABLE search_trigram USING fts5(keys, tokenize='trigram', columnsize=0)",
    "INSERT INTO search_trigram(search_trigram, rank) VALUES ('pgsz', 4050)",
    f"INSERT INTO search_trigram(search_trigram, rank) VALUES ('hashsize', {64 * 1024 * 1024})",
)
_PHONE_QUERY = re.compile(r"^[\d\s\-+()（）]+$")
_ASCII_WORDS = re.compile(r"^[a-z\s]+$")


def document_row(seq: int, entity: str, record_id: str, keys: SearchKeys) -> tuple:
    """One prepared index row: (seq, entity, record_id, index body)."""
    return (seq, entity, record_id, trigram_document(keys))


def insert_document_rows(conn: Connection, rows: list[tuple]) -> int:
    """Write prepared rows (see document_row) to the index and its record map."""
    conn.exec_driver_sql(
        "INSERT INTO search_docs(seq, entity, record_id) VALUES (?,?,?)", [r[:3] for r in rows]
    )
    conn.exec_driver_sql(
        "INSERT INTO search_trigram(rowid, keys) VALUES (?,?)", [(r[0], r[3]) for r in rows]
    )
    return len(rows)


def next_seq(conn: Connection) -> int:
    return (conn.exec_driver_sql("SELECT max(seq) FROM search_docs").scalar() or 0) + 1


def add_documents(conn: Connection, docs: Iterable[tuple[str, str, SearchKeys]]) -> int:
    """Index (entity, record_id, keys) in the given order: later docs rank as more recent."""
    first = next_seq(conn)
    rows = [document_row(first + i, *doc) for i, doc in enumerate(docs)]
    return insert_document_rows(conn, rows) if rows else 0


def remove_document(conn: Connection, record_id: str) -> None:
    seq = conn.exec_driver_sql(
        "SELECT seq FROM search_docs WHERE record_id = ?", (record_id,)
    ).scalar()
    if seq is None:
        return
    conn.exec_driver_sql("DELETE FROM search_trigram WHERE rowid = ?", (seq,))
    conn.exec_driver_sql("DELETE FROM search_docs WHERE seq = ?", (seq,))


def update_document(
    conn: Connection, entity: str, record_id: str, keys: SearchKeys, *, bump: bool
) -> None:
    """Re-index one record; `bump` moves it to the front of the recency order."""
    seq = conn.exec_driver_sql(
        "SELECT seq FROM search_docs WHERE record_id = ?", (record_id,)
    ).scalar()
    if seq is None or bump:
        remove_document(conn, record_id)
        add_documents(conn, [(entity, record_id, keys)])
        return
    conn.exec_driver_sql(
        "UPDATE search_trigram SET keys = ? WHERE rowid = ?", (trigram_document(keys), seq)
    )


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def search_terms(query: str) -> tuple[str, str]:
    """(kind, term) of a typed query: kind is 'phone', 'cjk' or 'text'."""
    text = tidy(query)
    if _PHONE_QUERY.match(text) and any(c.isdigit() for c in text):
        return "phone", query_digits(text)
    term = unicodedata.normalize("NFKC", text).lower()
    if _ASCII_WORDS.match(term):
        term = term.replace(" ", "")  # "zhang wei" finds the key "zhangwei"
    return ("cjk" if contains_cjk(term) else "text"), term


def _tier_queries(kind: str, term: str) -> list[str]:
    """MATCH expressions per ranking tier: equals, then starts with, then contains."""
    tiers = [_phrase(START + term + END), _phrase(START + term)]
    if len(term) >= 3:
        tiers.append(_phrase(term))
    elif kind == "cjk":
        tiers.append(_phrase(SUFFIX + term))  # 伟 or 伟明 inside a Chinese name
    return tiers


def ranked_seqs(conn: Connection, query: str, limit: int = 50) -> list[int]:
    """Index rows best first: exact, then prefix, then substring; recent activity breaks ties."""
    kind, term = search_terms(query)
    if not term:
        return []
    found: dict[int, None] = {}
    for match in _tier_queries(kind, term):
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?"
            " ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        )
        for (seq,) in rows:
            found.setdefault(seq)
        if len(found) >= limit:
            break
    return list(found)[:limit]
