"""A bulk load's search index, built on a thread of its own in a side database and copied in at the end.

Filling the FTS5 trigram index is a third of the SQLite work of a million-contact demo. A side
database (its own file, encrypted with the store's key when the store is) lets another core do it
while the loader writes the records: the thread's SQLite runs without the GIL, and each batch of
documents is one statement (json_each), so it does not wait for the GIL row by row either.

Only for a store whose index is empty: the side index's shadow tables (FTS5's own storage: segments,
their term index and the documents) then replace the store's, in the loader's transaction, and the
store's index holds exactly the side's documents. FTS5 caches the structure of its segments per
connection and notices other connections' commits only, so the loader's connection must not be used
again afterwards (the caller invalidates it). Anything else (a store that has search documents, or
an FTS5 format of another version) writes straight to the store (DirectIndex).
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from sqlalchemy import Connection

from crm_desktop.store.cipher import StoreKey, connect

ALIAS = "search_side"
# Documents come as UTF-8 JSON: [[seq, entity, record id, index body], ...] (search_index.document_row).
# Bound as a blob, cast to text: newer SQLite would read a blob as its binary JSON format.
_DOCS_SQL = ("INSERT INTO search_docs (seq, entity, record_id) SELECT json_extract(value, '$[0]'),"
             " json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(CAST(? AS TEXT))")
_INDEX_SQL = ("INSERT INTO search_trigram (rowid, keys) SELECT json_extract(value, '$[0]'),"
              " json_extract(value, '$[3]') FROM json_each(CAST(? AS TEXT))")
# FTS5's pending-terms hash walks long chains once it holds a million trigrams (its hash of short
# terms clusters); flushing every 2 MiB keeps it small and in the CPU cache: a fifth less time. The
# setting is the side table's own: the store keeps its 64 MiB for everyday writes.
_SIDE_HASH = 2 * 1024 * 1024


class DirectIndex:
    """Documents written straight to the store's index, in the loader's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, documents: bytes) -> None:
        self.conn.exec_driver_sql(_DOCS_SQL, (documents,))
        self.conn.exec_driver_sql(_INDEX_SQL, (documents,))

    def copy_into(self, conn: Connection) -> None:
        pass


class SideIndex:
    """Open before the loader's transaction begins (ATTACH cannot run inside one); `add` batches while
    loading, `copy_into` at the end of the transaction, `close` after it (commit or rollback)."""

    def __init__(self, conn: Connection, path: Path, key: StoreKey | None) -> None:
        self.path = path
        self._discard_file()
        tables: dict[str, str] = {name: sql for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM main.sqlite_master WHERE name IN ('search_docs', 'search_trigram')")}
        config: dict[str, object] = {k: v for k, v in conn.exec_driver_sql(
            "SELECT k, v FROM main.search_trigram_config")}
        self._side = connect(path, key, check_same_thread=False, isolation_level=None)
        try:
            self._side.execute("PRAGMA journal_mode=OFF")  # a scratch file: nothing to recover
            self._side.execute("PRAGMA synchronous=OFF")
            self._side.execute(tables["search_docs"])
            self._side.execute(tables["search_trigram"])
            if "pgsz" in config:  # the segment page size the store's index is written with
                self._side.execute("INSERT INTO search_trigram (search_trigram, rank) VALUES ('pgsz', ?)",
                                   (config["pgsz"],))
            self._side.execute("INSERT INTO search_trigram (search_trigram, rank) VALUES ('hashsize', ?)",
                               (_SIDE_HASH,))
            side_config = dict(self._side.execute("SELECT k, v FROM search_trigram_config"))
            self.usable = side_config.get("version") == config.get("version")
            attach = f"ATTACH DATABASE ? AS {ALIAS}" + (" KEY ?" if key is not None else "")
            conn.exec_driver_sql(attach, (str(path),) if key is None else (str(path), key.blob()))
        except BaseException:
            self._side.close()
            self._discard_file()
            raise
        self._attached = True
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._stop = self._done = False
        self._thread = threading.Thread(target=self._run, name="search-side", daemon=True)
        self._thread.start()

    @staticmethod
    def store_index_is_empty(conn: Connection) -> bool:
        """No document in the store's index (read inside the loader's transaction: nothing can slip in)."""
        docs = conn.exec_driver_sql("SELECT count(*) FROM main.search_docs").scalar()
        content = conn.exec_driver_sql("SELECT 1 FROM main.search_trigram_content LIMIT 1").scalar()
        return not docs and content is None

    def add(self, documents: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(documents)

    def copy_into(self, conn: Connection) -> None:
        """Waits for the thread, then replaces the store's (empty) index with the side's, inside the loader's
        transaction. The caller must not use `conn`'s connection again (see the module docstring)."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        if not self._done:
            raise RuntimeError("the side search index was not completed")
        shadow = [r[0] for r in conn.exec_driver_sql(
            f"SELECT name FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name LIKE 'search_trigram_%'"
            " AND name != 'search_trigram_config'")]
        for table in shadow:
            conn.exec_driver_sql(f"DELETE FROM main.{table}")
            conn.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM {ALIAS}.{table}")
        conn.exec_driver_sql(f"INSERT INTO main.search_docs SELECT * FROM {ALIAS}.search_docs")

    def close(self, conn: Connection) -> None:
        """Stops the thread and removes the side database (after the loader's transaction ended)."""
        self._stop = True
        self._queue.put(None)
        self._thread.join()
        try:
            if self._attached:
                conn.exec_driver_sql(f"DETACH DATABASE {ALIAS}")
                self._attached = False
        finally:
            self._side.close()
            self._discard_file()

    def _run(self) -> None:
        side = self._side
        try:
            side.execute("BEGIN")
            while (documents := self._queue.get()) is not None:
                if not self._stop:
                    side.execute(_DOCS_SQL, (documents,))
                    side.execute(_INDEX_SQL, (documents,))
            side.execute("COMMIT")
            self._done = not self._stop
        except BaseException as error:  # handed to the loader at its next add or at copy_into
            self._error = error

    def _discard_file(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
