"""The one engine factory: SQLite (or SQLCipher, given a key) in WAL mode with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

from crm_desktop.gui_thread_guard import check_store_access
from crm_desktop.store.cipher import StoreKey, connect
from crm_desktop.store.wal import restore_on_checkin

# Page cache per connection, in KiB (negative = KiB for SQLite). Two or three connections
# stay well inside the 400 MB budget of the whole app at a million contacts.
CACHE_KIB = 32_000
BUSY_TIMEOUT_MS = 3_000


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def create_store_engine(path: Path, key: StoreKey | None = None) -> Engine:
    """Engine for the store at `path`: SQLCipher keyed with `key`, or plain SQLite without one. Its errors never
    carry the statement's parameters (customer data) into a message, a log or a traceback."""
    options = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args=options, hide_parameters=True)
    else:
        # The key goes in before anything reads the file; the dialect speaks to sqlcipher3, so its
        # errors are wrapped like sqlite3's.
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher, creator=lambda: connect(path, key, **options),
                               hide_parameters=True)
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "before_cursor_execute", _guard)
    restore_on_checkin(engine)
    return engine


def _guard(*_args: object) -> None:
    # The debug switch of gui_thread_guard: off, this is one flag test per statement.
    check_store_access()
