"""Full-text search index over accounts and contacts (SQLite FTS5), and its ranked query.

Two FTS5 tables share one rowid per record (`search_docs.seq`):
- `search_trigram` (trigram tokenizer) answers queries of three or more characters; each key
  is stored between start and end marks, so "equals" and "starts with" are phrase queries too.
- `search_short` (unicode61) answers one- and two-character queries: whole words for pinyin
  initials and prefixes, Chinese characters one by one for 张 or 张伟 anywhere in a name.
A record gets a new, higher seq whenever it is created or sees activity, so `ORDER BY rowid
DESC` lists the most recently active records first and a query can stop after `limit` rows
even when a one-character query matches tens of thousands of records.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection

from crm_desktop.domain.names import contains_cjk, tidy
from crm_desktop.domain.phones import query_digits
from crm_desktop.domain.search_keys import END, START, short_document, trigram_document

CREATE_SQL = (
    "CREATE VIRTUAL TABLE search_trigram USING fts5(keys, tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_short USING fts5(whole, chars, tokenize='unicode61', "
    "prefix='1 2')",
)
_PHONE_QUERY = re.compile(r"^[\d\s\-+()（）]+$")
_ASCII_WORDS = re.compile(r"^[a-z\s]+$")


def _next_seq(conn: Connection) -> int:
    return (conn.exec_driver_sql("SELECT max(seq) FROM search_docs").scalar() or 0) + 1


def add_documents(conn: Connection, docs: Iterable[tuple[str, str, list[str]]]) -> int:
    """Index (entity, record_id, keys) in the given order: later docs rank as more recent."""
    seq = _next_seq(conn)
    doc_rows, tri_rows, short_rows = [], [], []
    for entity, record_id, keys in docs:
        doc_rows.append((seq, entity, record_id))
        tri_rows.append((seq, trigram_document(keys)))
        short_rows.append((seq, *short_document(keys)))
        seq += 1
    conn.exec_driver_sql("INSERT INTO search_docs(seq, entity, record_id) VALUES (?,?,?)", doc_rows)
    conn.exec_driver_sql("INSERT INTO search_trigram(rowid, keys) VALUES (?,?)", tri_rows)
    conn.exec_driver_sql(
        "INSERT INTO search_short(rowid, whole, chars) VALUES (?,?,?)", short_rows
    )
    return len(doc_rows)


def remove_document(conn: Connection, record_id: str) -> None:
    seq = conn.exec_driver_sql(
        "SELECT seq FROM search_docs WHERE record_id = ?", (record_id,)
    ).scalar()
    if seq is None:
        return
    conn.exec_driver_sql("DELETE FROM search_trigram WHERE rowid = ?", (seq,))
    conn.exec_driver_sql("DELETE FROM search_short WHERE rowid = ?", (seq,))
    conn.exec_driver_sql("DELETE FROM search_docs WHERE seq = ?", (seq,))


def update_document(
    conn: Connection, entity: str, record_id: str, keys: list[str], *, bump: bool
) -> None:
    """Re-index one record; `bump` moves it to the front of the recency order."""
    seq = conn.exec_driver_sql(
        "SELECT seq FROM search_docs WHERE record_id = ?", (record_id,)
    ).scalar()
    if seq is None or bump:
        remove_document(conn, record_id)
        add_documents(conn, [(entity, record_id, keys)])
        return
    whole, chars = short_document(keys)
    conn.exec_driver_sql(
        "UPDATE search_trigram SET keys = ? WHERE rowid = ?", (trigram_document(keys), seq)
    )
    conn.exec_driver_sql(
        "UPDATE search_short SET whole = ?, chars = ? WHERE rowid = ?", (whole, chars, seq)
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


def _tier_queries(kind: str, term: str) -> list[tuple[str, str]]:
    """(table, MATCH expression) per ranking tier: exact, then prefix, then substring."""
    if len(term) >= 3:
        return [
            ("search_trigram", _phrase(START + term + END)),
            ("search_trigram", _phrase(START + term)),
            ("search_trigram", _phrase(term)),
        ]
    words = re.findall(r"\w+", term)
    if len(words) != 1:
        return []
    word = words[0]
    tiers = [("search_short", f"whole : {_phrase(word)}"), ("search_short", f"whole : {_phrase(word)} *")]
    if kind == "cjk":
        tiers.append(("search_short", f"chars : {_phrase(' '.join(word))}"))
    return tiers


def ranked_seqs(conn: Connection, query: str, limit: int = 50) -> list[int]:
    """Index rows best first: exact, then prefix, then substring; recent activity breaks ties."""
    kind, term = search_terms(query)
    if not term:
        return []
    found: dict[int, None] = {}
    for table, match in _tier_queries(kind, term):
        rows = conn.exec_driver_sql(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        )
        for (seq,) in rows:
            found.setdefault(seq)
        if len(found) >= limit:
            break
    return list(found)[:limit]
