"""One sync round: snapshot if the device has none, push the outbox, pull until drained
(sync-protocol.md). Every page and every acknowledged batch is committed with its position, so a
process killed at any point resumes where it stopped, and nothing acknowledged is applied twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.database import Store
from crm_desktop.store.models import SnapshotSeen, SyncState
from crm_desktop.store.types import to_iso
from crm_desktop.sync import answers, installation, outbox
from crm_desktop.sync.identity import adopt_server_identity
from crm_desktop.sync.installation import Installation
from crm_desktop.sync.records import (
    apply_page,
    drop_copy,
    drop_unseen,
    forget_versions,
    note_seen,
    refresh_copied_names,
    stub_missing_parents,
)
from crm_desktop.sync.resolve import REFETCH
from crm_desktop.sync.transport import ForkedError, GapError, ResetRequiredError, Tokens, Transport

CURSOR, SNAPSHOT_TOKEN, PHASE, LAST_SYNC = "sync/cursor", "sync/snapshot_token", "sync/phase", "sync/last_sync_at"
# Set while a snapshot repeated after reset_required runs: copies it does not deliver are dropped.
SWEEP = "sync/sweep_after_snapshot"
ACCOUNT = "sync/account"  # {server, username, user_id, device_id}
PAGE = 2000


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """The user stopped the sync; everything committed so far stays."""


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    pending: int = 0
    snapshot: bool = False
    outcomes: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected, "pending": self.pending}


Progress = Callable[[str, int], None]  # (phase, records so far)
AfterApply = Callable[[Session, set], None]  # more local follow-ups of rows written from the server


class SyncEngine:
    def __init__(self, store: Store, transport: Transport, after_apply: AfterApply | None = None,
                 installation: Installation | None = None) -> None:
        self.store, self.transport, self.after_apply = store, transport, after_apply
        self.installation = installation or Installation()

    # --- state ---------------------------------------------------------------------------

    def _session(self) -> Session:
        session = self.store.sessions()
        session.info["remote"] = True
        return session

    def state(self, key: str, default=None):
        with self.store.sessions() as s:
            row = s.get(SyncState, key)
            return row.value if row is not None else default

    @staticmethod
    def _put(session: Session, key: str, value) -> None:
        row = session.get(SyncState, key)
        if row is None:
            session.add(SyncState(key=key, value=value))
        else:
            row.value = value

    # --- login ---------------------------------------------------------------------------

    def login(self, server: str, username: str, password: str, device_name: str) -> Tokens:
        """Exchange the password for tokens; the first login makes this device's user the server's."""
        account = self.state(ACCOUNT) or {}
        same_user = account.get("username") == username and account.get("server") == server
        # A restored or copied store logs in as a new device: the old one's numbers are taken.
        same_device = same_user and self._same_store()
        tokens = self.transport.login(username, password, device_name,
                                      account.get("device_id") if same_device else None)
        with self._session() as s:
            adopt_server_identity(s, self.store.device_user_id, tokens.user_id, username)
            if not same_user and account:
                # Another server or user: this store's copy of the old one's data is not theirs.
                for key in (CURSOR, SNAPSHOT_TOKEN, PHASE):
                    self._put(s, key, None)
            if not same_device:
                outbox.forget_numbers(s)
            self._put(s, ACCOUNT, {"server": server, "username": username, "user_id": tokens.user_id,
                                   "device_id": tokens.device_id, "device_name": device_name})
            self._commit_with_new_epoch(s)
        self.store.device_user_id = tokens.user_id
        return tokens

    # --- which device this store is ------------------------------------------------------

    def _same_store(self) -> bool:
        with self.store.sessions() as s:
            return installation.is_same_store(s, self.installation, self.store.path)

    def _commit_with_new_epoch(self, session: Session) -> None:
        """Commit with a new store epoch (push numbers were handed out, or the device changed), then
        note it beside the store: a backup of the store from before no longer matches."""
        epoch = installation.renew(session, self.installation, self.store.path)
        session.commit()
        self.installation.remember(self.store.path, epoch)

    def _become_new_device(self) -> None:
        """This store is a restored backup or a copy: register as a new device (the server keeps the
        old one for whoever still holds it) and number every unacknowledged edit afresh from 1. Their
        ids and base versions stay, so the server answers those it applied already from their first
        application, and applies the rest once."""
        account = self.state(ACCOUNT) or {}
        tokens = self.transport.register_device(account.get("device_name") or "laptop")
        with self._session() as s:
            self._put(s, ACCOUNT, {**account, "device_id": tokens.device_id})
            outbox.forget_numbers(s)
            self._commit_with_new_epoch(s)

    # --- one round -----------------------------------------------------------------------

    def sync(self, progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
        report = SyncReport()
        try:
            self._round(report, progress, cancelled)
        except ResetRequiredError:
            # History after our cursor is gone (long absence, restored server): download the
            # snapshot again, keeping every unsent edit, then push them.
            with self._session() as s:
                for key in (CURSOR, SNAPSHOT_TOKEN):
                    self._put(s, key, None)
                self._put(s, PHASE, "snapshot")
                self._put(s, SWEEP, True)
                s.execute(SnapshotSeen.__table__.delete())
                s.commit()
            self._round(report, progress, cancelled)
        with self._session() as s:
            self._put(s, LAST_SYNC, to_iso(utcnow()))
            s.commit()
            report.pending = outbox.pending_count(s)
        return report

    def _round(self, report: SyncReport, progress, cancelled) -> None:
        if self.state(PHASE) != "pull" or not self.state(CURSOR):
            report.snapshot = True
            report.pulled += self._snapshot(progress, cancelled)
        self._push(report, progress, cancelled)
        report.pulled += self._refetch()
        report.pulled += self._pull(progress, cancelled)

    def _snapshot(self, progress, cancelled) -> int:
        token, applied = self.state(SNAPSHOT_TOKEN) or "", 0
        sweep = bool(self.state(SWEEP))
        while True:
            _check(cancelled)
            page = self.transport.snapshot(token, PAGE)
            with self._session() as s:
                applied += self._apply(s, page["items"])
                if sweep:
                    note_seen(s, page["items"])
                    if page["done"]:
                        applied += drop_unseen(s)
                        self._put(s, SWEEP, None)
                if page["done"]:
                    self._put(s, CURSOR, page["cursor"])
                    self._put(s, PHASE, "pull")
                    self._put(s, SNAPSHOT_TOKEN, None)
                else:
                    self._put(s, SNAPSHOT_TOKEN, page["token"])
                    self._put(s, PHASE, "snapshot")
                s.commit()
            if progress:
                progress("snapshot", applied)
            if page["done"]:
                return applied
            token = page["token"]

    def _push(self, report: SyncReport, progress, cancelled) -> None:
        with self.store.sessions() as s:
            pending = outbox.pending_count(s)
        if pending and not self._same_store():  # a restored or copied store: nothing it repeats is taken
            self._become_new_device()
        gaps, forked = 0, False
        while True:
            _check(cancelled)
            with self._session() as s:
                entries, numbered = outbox.next_batch(s)
                if not entries:
                    return
                # The numbers are committed before the request: a retry sends the same.
                if numbered:
                    self._commit_with_new_epoch(s)
                else:
                    s.commit()
                try:
                    answer = self.transport.push([outbox.as_mutation(e) for e in entries])
                except GapError as gap:
                    gaps += 1
                    if gaps > 2:
                        raise
                    outbox.renumber(s, gap.expected_seq)
                    s.commit()
                    continue
                except ForkedError:
                    if forked:
                        raise
                    forked = True
                    self._become_new_device()
                    continue
                counts = answers.acknowledge(s, entries, answer["results"])
                s.commit()
            report.pushed += len(answer["results"])
            report.conflicts += counts.get("conflict", 0)
            report.rejected += counts.get("rejected", 0)
            for outcome, n in counts.items():
                report.outcomes[outcome] = report.outcomes.get(outcome, 0) + n
            if progress:
                progress("push", report.pushed)

    def _refetch(self) -> int:
        """Records whose rejected change the user gave up: the server's copy replaces the local one,
        or the local one goes when the server has none (a record whose creation was refused)."""
        wanted = self.state(REFETCH) or []
        if not wanted:
            return 0
        found = {(entity, record_id): self.transport.record(entity, record_id) for entity, record_id in wanted}
        with self._session() as s:
            items = [item for item in found.values() if item is not None]
            forget_versions(s, [(item["entity"], item["id"]) for item in items])  # taken whatever the version
            applied = self._apply(s, items)
            applied += sum(drop_copy(s, entity, record_id) for (entity, record_id), item in found.items()
                           if item is None)
            self._put(s, REFETCH, None)
            s.commit()
        return applied

    def _pull(self, progress, cancelled) -> int:
        applied = 0
        while True:
            _check(cancelled)
            page = self.transport.pull(self.state(CURSOR) or "", PAGE)
            with self._session() as s:
                applied += self._apply(s, page["items"])
                self._put(s, CURSOR, page["cursor"])
                s.commit()
            if progress:
                progress("pull", applied)
            if not page["has_more"]:
                return applied

    def _apply(self, session: Session, items: list[dict]) -> int:
        # References are checked when the page commits, not row by row: within a page a deal may
        # come before the stage it points at.
        # The pragma lasts until the transaction ends, so one must be open: Python's sqlite3 opens it
        # only at the first write, hence the no-op write.
        session.execute(text("UPDATE sync_state SET value = value WHERE 0"))
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        touched = apply_page(session, items)
        stub_missing_parents(session, touched)
        refresh_copied_names(session, touched)
        if self.after_apply is not None and touched:
            self.after_apply(session, touched)
        return len(touched)


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise Cancelled
