"""Bulk loading: secondary indexes rebuilt once at the end instead of row by row."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import Connection

from crm_desktop.store.engine import CACHE_KIB

BULK_CACHE_KIB = 262_144
# An import into a large store touches index pages all over; 96 MiB holds the hot ones
# while keeping the whole app near its memory budget.
IMPORT_CACHE_KIB = 98_304


@contextmanager
def bulk_load_mode(conn: Connection, models) -> None:
    """Inside one transaction: drop the models' secondary indexes, load, create them again.

    Sorting a million keys once is several times faster than a million B-tree inserts; the
    caller's transaction keeps it all-or-nothing (a failed load leaves the old indexes).
    """
    indexes = [ix for model in models for ix in model.__table__.indexes]
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        for index in indexes:
            index.drop(conn)
        yield
        for index in indexes:
            index.create(conn)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")



@contextmanager
def large_cache(conn: Connection) -> None:
    """A big page cache for one long write (an import), so index pages stay in memory."""
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        conn.exec_driver_sql("PRAGMA shrink_memory")
