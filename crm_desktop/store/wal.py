"""The write-ahead log copied into the store file off the writer's path, after a bulk write.

SQLite checkpoints at the commit that grows the log past a thousand pages, on the committing
connection: after an import that is seconds of copying (2.6 s of a 100,000-row import into a
million contacts) spent while the user waits for the result. Bulk writers switch that off for
their transaction and hand the copy to a thread of its own with its own connection; a PASSIVE
checkpoint never blocks readers or writers, and closing the store waits for it. The setting must
hold through the commit, which comes after the writer lets go of its connection, so the pool puts
it back when the connection is returned.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, Engine, event

AUTO_CHECKPOINT_PAGES = 1000  # SQLite's default
_DEFERRED = "checkpoint_deferred"


def defer_checkpoint(conn: Connection) -> None:
    """No checkpoint at the commit of this connection's transaction (call Checkpointer.start after it)."""
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    conn.info[_DEFERRED] = True  # the pool entry's: seen again when the connection is checked in


def restore_on_checkin(engine: Engine) -> None:
    """Give every pooled connection SQLite's automatic checkpoints back when it is returned."""
    event.listen(engine, "checkin", _restore)


def _restore(dbapi_connection: Any, record: Any) -> None:
    if dbapi_connection is not None and record.info.pop(_DEFERRED, False):
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={AUTO_CHECKPOINT_PAGES}")


class Checkpointer:
    """Runs one checkpoint at a time on a background thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return  # that checkpoint copies whatever the log holds when it gets there
            self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def wait(self) -> None:
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
