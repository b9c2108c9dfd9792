"""A sync round's vocabulary and its steps on the store: the positions it keeps in sync_state, its
report, and a page of server rows applied. None of it commits: the round that decides when a page,
a batch or a login is committed is the sync controller's (crm_desktop/controllers/sync/round.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from crm_desktop.store.models import SnapshotSeen
from crm_desktop.store.repositories.sync import SyncStateRepository
from crm_desktop.sync.records import apply_page, refresh_copied_names, stub_missing_parents
from crm_desktop.tasks import TaskCancelledError
from crm_protocol.envelope import PAGE_ROWS, PullItem

CURSOR, SNAPSHOT_TOKEN, PHASE, LAST_SYNC = "sync/cursor", "sync/snapshot_token", "sync/phase", "sync/last_sync_at"
# Set while a snapshot repeated after reset_required runs: copies it does not deliver are dropped.
SWEEP = "sync/sweep_after_snapshot"
ACCOUNT = "sync/account"  # {server, username, user_id, device_id}
PAGE = PAGE_ROWS


# The user stopped the sync (TaskState.cancel); everything committed so far stays.
Cancelled = TaskCancelledError


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    pending: int = 0
    snapshot: bool = False
    outcomes: dict[str, int] = field(default_factory=dict)
    # Attachment files, after the records (crm_desktop/controllers/sync/files.py): sent, fetched, failed
    # (tried again later), and left for a later round (backing off, or not yet uploaded by their sender).
    files_sent: int = 0
    files_received: int = 0
    files_failed: int = 0
    files_waiting: int = 0
    files_error: str | None = None  # the connection or account error that ended the files' part early

    def as_dict(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected, "pending": self.pending, "files_sent": self.files_sent,
                "files_received": self.files_received, "files_failed": self.files_failed}


def apply_items(session: Session, items: list[PullItem],
                follow_up: Callable[[set[tuple[str, str]]], None] | None = None) -> int:
    """Server rows written into the store (a page of a snapshot or a pull, or records fetched again);
    `follow_up(touched)` adds the local follow-ups of the rows written. Returns how many were written."""
    # References are checked when the page commits, not row by row: within a page a deal may
    # come before the stage it points at.
    # The pragma lasts until the transaction ends, so one must be open: Python's sqlite3 opens it
    # only at the first write, hence the no-op write.
    session.execute(text("UPDATE sync_state SET value = value WHERE 0"))
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    touched = apply_page(session, items)
    stub_missing_parents(session, touched)
    refresh_copied_names(session, touched)
    if follow_up is not None and touched:
        follow_up(touched)
    return len(touched)


def restart_snapshot(session: Session) -> None:
    """History after our cursor is gone (long absence, restored server): the snapshot is downloaded
    again, keeping every unsent edit, and copies it does not deliver are dropped at its end."""
    state = SyncStateRepository(session)
    for key in (CURSOR, SNAPSHOT_TOKEN):
        state.put(key, None)
    state.put(PHASE, "snapshot")
    state.put(SWEEP, True)
    session.execute(cast(Table, SnapshotSeen.__table__).delete())
