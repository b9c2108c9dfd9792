"""Bulk loading: secondary indexes rebuilt once at the end instead of row by row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import cast

from sqlalchemy import Connection, Index, Table

from crm_desktop.store import search_index
from crm_desktop.store.engine import CACHE_KIB
from crm_desktop.store.models import Base
from crm_desktop.store.wal import defer_checkpoint

BULK_CACHE_KIB = 262_144
# An import into a large store touches index pages all over, but they come from the OS's file cache
# cheaply: 16 MiB runs as fast as 96 MiB or 1 GiB (measured at a million contacts) and keeps the
# app's memory flat and well inside its budget.
IMPORT_CACHE_KIB = 16_384
# An import's search documents (about 130,000 for 100,000 rows) are as quick to index with 16 MiB of
# pending terms flushed along the way as with the index's 64 MiB flushed at the commit, and the import
# stays 48 MB further inside its memory budget.
IMPORT_HASH_BYTES = 16 * 1024 * 1024


class BulkLoad:
    """The indexes a bulk load dropped; `create_next` builds one of them early, between other work."""

    def __init__(self, conn: Connection, indexes: Iterable[Index]) -> None:
        self.conn = conn
        self.pending = list(indexes)

    def create_next(self, models: Iterable[type[Base]] | None = None) -> bool:
        """Create one pending index (of `models` only, if given); False when none is left."""
        for index in self.pending:
            if models is None or index.table in {m.__table__ for m in models}:
                self.pending.remove(index)
                index.create(self.conn)
                return True
        return False


@contextmanager
def bulk_load_mode(conn: Connection, models: Iterable[type[Base]]) -> Iterator[BulkLoad]:
    """Inside one transaction: drop the models' secondary indexes, load, create them again.

    Sorting a million keys once is several times faster than a million B-tree inserts; the
    caller's transaction keeps it all-or-nothing (a failed load leaves the old indexes).
    """
    indexes = [ix for model in models for ix in cast(Table, model.__table__).indexes]
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        for index in indexes:
            index.drop(conn)
        load = BulkLoad(conn, indexes)
        yield load
        while load.create_next():
            pass
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")


@contextmanager
def import_mode(conn: Connection) -> Iterator[None]:
    """One long write (an import or its undo): its own page cache and search-index memory, and no checkpoint
    at its commit (the caller starts Store.checkpointer after committing)."""
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    search_index.set_hash_size(conn, IMPORT_HASH_BYTES)
    defer_checkpoint(conn)
    try:
        yield
    finally:
        search_index.set_hash_size(conn, search_index.HASH_BYTES)
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        conn.exec_driver_sql("PRAGMA shrink_memory")
