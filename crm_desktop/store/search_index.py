"""Full-text search index over accounts and contacts (SQLite FTS5), and its ranked query.

One FTS5 trigram table, `search_trigram`, holds each record's keys after marks (see
domain/customers/search_keys.py), so "starts with" and "contains" are both phrase queries, for
one-character Chinese queries too; "equals" is read back from the stored keys.

Its rowid is `search_docs.seq`: a record gets a new, higher seq whenever it is created or sees
activity, so `ORDER BY rowid DESC` lists the most recently active records first and a query can
stop after `limit` rows even when a one-character query matches tens of thousands of records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection

from crm_desktop.domain.customers.names import contains_cjk, fold, tidy
from crm_desktop.domain.customers.phones import query_digits
from crm_desktop.domain.customers.search_keys import (
    CJK_START,
    START,
    SUFFIX,
    SearchKeys,
    document_keys,
    trigram_document,
)

# columnsize=0: no per-row sizes (no bm25 ranking here). A 64 MiB hash and 4 KiB pages halve
# the time to load a million rows (fewer segment flushes and merges).
HASH_BYTES = 64 * 1024 * 1024
CREATE_SQL = (
    "CREATE VIRTUAL TABLE search_trigram USING fts5(keys, tokenize='trigram', columnsize=0)",
    "INSERT INTO search_trigram(search_trigram, rank) VALUES ('pgsz', 4050)",
    f"INSERT INTO search_trigram(search_trigram, rank) VALUES ('hashsize', {HASH_BYTES})",
)
_PHONE_QUERY = re.compile(r"^[\d\s\-+()（）]+$")
_ASCII_WORDS = re.compile(r"^[a-z\s]+$")


def document_row(seq: int, entity: str, record_id: str, keys: SearchKeys) -> tuple[int, str, str, str]:
    """One prepared index row: (seq, entity, record_id, index body)."""
    return (seq, entity, record_id, trigram_document(keys))


def insert_document_rows(conn: Connection, rows: list[tuple[int, str, str, str]]) -> int:
    """Write prepared rows (see document_row) to the index and its record map."""
    conn.exec_driver_sql(
        "INSERT INTO search_docs(seq, entity, record_id) VALUES (?,?,?)", [r[:3] for r in rows]
    )
    conn.exec_driver_sql(
        "INSERT INTO search_trigram(rowid, keys) VALUES (?,?)", [(r[0], r[3]) for r in rows]
    )
    return len(rows)


def set_hash_size(conn: Connection, size: int) -> None:
    """How many bytes of pending terms FTS5 keeps in memory before it writes a segment (the store's setting,
    so it is part of the caller's transaction)."""
    conn.exec_driver_sql(f"INSERT INTO search_trigram(search_trigram, rank) VALUES ('hashsize', {int(size)})")


def next_seq(conn: Connection) -> int:
    return (conn.exec_driver_sql("SELECT max(seq) FROM search_docs").scalar() or 0) + 1


def add_documents(conn: Connection, docs: Iterable[tuple[str, str, SearchKeys]]) -> int:
    """Index (entity, record_id, keys) in the given order: later docs rank as more recent."""
    first = next_seq(conn)
    rows = [document_row(first + i, *doc) for i, doc in enumerate(docs)]
    return insert_document_rows(conn, rows) if rows else 0


def remove_document(conn: Connection, record_id: str) -> None:
    remove_documents(conn, [record_id])


def remove_documents(conn: Connection, record_ids: list[str]) -> None:
    """Drop the index rows of many records (at most a few hundred ids per call)."""
    if not record_ids:
        return
    marks = ",".join("?" * len(record_ids))
    ids = tuple(record_ids)
    conn.exec_driver_sql(
        f"DELETE FROM search_trigram WHERE rowid IN (SELECT seq FROM search_docs WHERE record_id IN ({marks}))",
        ids,
    )
    conn.exec_driver_sql(f"DELETE FROM search_docs WHERE record_id IN ({marks})", ids)


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
    term = fold(text)
    if _ASCII_WORDS.match(term):
        term = term.replace(" ", "")  # "zhang wei" finds the key "zhangwei"
    return ("cjk" if contains_cjk(term) else "text"), term


_TOP_SQL = (
    "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ? ORDER BY rowid DESC LIMIT ?"
)
# How many of the most recent "starts with" matches are ranked when a query matches densely.
PREFIX_WINDOW = 2


def _top(conn: Connection, match: str, limit: int) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql(_TOP_SQL, (match, limit))]


def _short_query(conn: Connection, kind: str, term: str, limit: int) -> list[int]:
    """One or two characters: the most recent "starts with" matches ranked (equals first),
    then for Chinese the names that contain the characters."""
    start = CJK_START if kind == "cjk" and len(term) == 1 else START
    starts = _ranked(conn, _top(conn, _phrase(start + term), PREFIX_WINDOW * limit), term)
    inside = _top(conn, _phrase(SUFFIX + term), limit) if kind == "cjk" else []
    return list(dict.fromkeys([*starts, *inside]))[:limit]


def _tier_of(document: str, term: str) -> int:
    keys = document_keys(document)
    if term in keys:
        return 0
    return 1 if any(k.startswith(term) for k in keys) else 2


def _ranked(conn: Connection, seqs: list[int], term: str) -> list[int]:
    """Sort index rows by tier (equals, starts with, contains), most recent first within one."""
    if not seqs:
        return []
    marks = ",".join("?" * len(seqs))
    rows = conn.exec_driver_sql(
        f"SELECT rowid, keys FROM search_trigram WHERE rowid IN ({marks})", tuple(seqs)
    )
    tiers = {seq: _tier_of(document, term) for seq, document in rows}
    return sorted(tiers, key=lambda seq: (tiers[seq], -seq))


def ranked_seqs(conn: Connection, query: str, limit: int = 50) -> list[int]:
    """Index rows best first: equals, then starts with, then contains; recent activity breaks ties.

    Three or more characters: the "contains" query runs first. Fewer than `limit` rows is the
    complete answer, ranked here. A dense answer adds the most recent "starts with" matches
    (PREFIX_WINDOW x limit of them, equals first) ahead of it. Asking FTS5 for "equals" directly
    costs up to 20 ms at a million contacts when few rows match, because its marks are in
    nearly every row; this way no query is slower than two plain top-N look-ups.
    """
    kind, term = search_terms(query)
    if not term:
        return []
    if len(term) < 3:
        return _short_query(conn, kind, term, limit)
    contains = _top(conn, _phrase(term), limit)
    if len(contains) < limit:
        return _ranked(conn, contains, term)
    starts = _ranked(conn, _top(conn, _phrase(START + term), PREFIX_WINDOW * limit), term)
    return list(dict.fromkeys([*starts, *contains]))[:limit]
