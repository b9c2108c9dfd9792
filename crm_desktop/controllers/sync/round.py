"""One sync round: snapshot if the device has none, push the outbox, pull until drained
(sync-protocol.md). Every page and every acknowledged batch is committed with its position, so a
process killed at any point resumes where it stopped, and nothing acknowledged is applied twice.

The round owns its transactions (a unit of work per page, batch or login, committed here); the steps
on the store are crm_desktop/sync's and never commit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.database import Store
from crm_desktop.store.types import to_iso
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync import answers, engine, installation, outbox
from crm_desktop.sync.engine import (
    ACCOUNT,
    CURSOR,
    LAST_SYNC,
    PHASE,
    SNAPSHOT_TOKEN,
    SWEEP,
    SyncReport,
    apply_items,
    restart_snapshot,
)
from crm_desktop.sync.identity import adopt_server_identity
from crm_desktop.sync.installation import Installation
from crm_desktop.sync.records import drop_copy, drop_unseen, forget_versions, note_seen
from crm_desktop.sync.resolve import REFETCH
from crm_desktop.sync.transport import ForkedError, GapError, ResetRequiredError, Tokens, Transport
from crm_desktop.tasks import TaskState
from crm_protocol.envelope import PullItem
from crm_protocol.outcomes import CONFLICT, REJECTED

AfterApply = Callable[[UnitOfWork, set[tuple[str, str]]], None]  # more local follow-ups of rows written from the server


class SyncEngine:
    def __init__(self, store: Store, transport: Transport, after_apply: AfterApply | None = None,
                 installation: Installation | None = None) -> None:
        self.store, self.transport, self.after_apply = store, transport, after_apply
        self.installation = installation or Installation()

    # --- state ---------------------------------------------------------------------------

    def _remote(self) -> UnitOfWork:
        """A unit of work writing what the server sent: the journal records nothing to push."""
        return UnitOfWork(self.store, remote=True)

    def state(self, key: str, default: Any = None) -> Any:
        with UnitOfWork(self.store) as uow:
            return uow.sync_state.value(key, default)

    # --- login ---------------------------------------------------------------------------

    def login(self, server: str, username: str, password: str, device_name: str) -> Tokens:
        """Exchange the password for tokens; the first login makes this device's user the server's."""
        account = self.state(ACCOUNT) or {}
        same_user = account.get("username") == username and account.get("server") == server
        # A restored or copied store logs in as a new device: the old one's numbers are taken.
        same_device = same_user and self._same_store()
        tokens = self.transport.login(username, password, device_name,
                                      account.get("device_id") if same_device else None)
        with self._remote() as uow:
            adopt_server_identity(uow.session, self.store.device_user_id, tokens.user_id, username)
            if not same_user and account:
                # Another server or user: this store's copy of the old one's data is not theirs.
                for key in (CURSOR, SNAPSHOT_TOKEN, PHASE):
                    uow.sync_state.put(key, None)
            if not same_device:
                outbox.forget_numbers(uow.session)
            uow.sync_state.put(ACCOUNT, {"server": server, "username": username, "user_id": tokens.user_id,
                                         "device_id": tokens.device_id, "device_name": device_name})
            self._commit_with_new_epoch(uow)
        self.store.device_user_id = tokens.user_id
        return tokens

    # --- which device this store is ------------------------------------------------------

    def _same_store(self) -> bool:
        with UnitOfWork(self.store) as uow:
            return installation.is_same_store(uow.session, self.installation, self.store.path)

    def _commit_with_new_epoch(self, uow: UnitOfWork) -> None:
        """Commit with a new store epoch (push numbers were handed out, or the device changed), then
        note it beside the store: a backup of the store from before no longer matches."""
        epoch = installation.renew(uow.session, self.installation, self.store.path)
        uow.commit()
        self.installation.remember(self.store.path, epoch)

    def _become_new_device(self) -> None:
        """This store is a restored backup or a copy: register as a new device (the server keeps the
        old one for whoever still holds it) and number every unacknowledged edit afresh from 1. Their
        ids and base versions stay, so the server answers those it applied already from their first
        application, and applies the rest once."""
        account = self.state(ACCOUNT) or {}
        tokens = self.transport.register_device(account.get("device_name") or "laptop")
        with self._remote() as uow:
            uow.sync_state.put(ACCOUNT, {**account, "device_id": tokens.device_id})
            outbox.forget_numbers(uow.session)
            self._commit_with_new_epoch(uow)

    # --- one round -----------------------------------------------------------------------

    def sync(self, state: TaskState | None = None) -> SyncReport:
        """`state` hears `progress(records so far, 0, phase)` (phase: snapshot, push or pull; the total is
        unknown) and is checked between pages: a cancel raises TaskCancelledError."""
        state = state or TaskState()
        report = SyncReport()
        try:
            self._round(report, state)
        except ResetRequiredError:
            # History after our cursor is gone (long absence, restored server): download the
            # snapshot again, keeping every unsent edit, then push them.
            with self._remote() as uow:
                restart_snapshot(uow.session)
                uow.commit()
            self._round(report, state)
        with self._remote() as uow:
            uow.sync_state.put(LAST_SYNC, to_iso(utcnow()))
            uow.commit()
            report.pending = uow.outbox.pending_count()
        return report

    def _round(self, report: SyncReport, state: TaskState) -> None:
        if self.state(PHASE) != "pull" or not self.state(CURSOR):
            report.snapshot = True
            report.pulled += self._snapshot(state)
        self._push(report, state)
        report.pulled += self._refetch()
        report.pulled += self._pull(state)

    def _snapshot(self, state: TaskState) -> int:
        token, applied = self.state(SNAPSHOT_TOKEN) or "", 0
        sweep = bool(self.state(SWEEP))
        while True:
            state.check()
            page = self.transport.snapshot(token, engine.PAGE)
            with self._remote() as uow:
                applied += self._apply(uow, page["items"])
                if sweep:
                    note_seen(uow.session, page["items"])
                    if page["done"]:
                        applied += drop_unseen(uow.session)
                        uow.sync_state.put(SWEEP, None)
                if page["done"]:
                    uow.sync_state.put(CURSOR, page["cursor"])
                    uow.sync_state.put(PHASE, "pull")
                    uow.sync_state.put(SNAPSHOT_TOKEN, None)
                else:
                    uow.sync_state.put(SNAPSHOT_TOKEN, page["token"])
                    uow.sync_state.put(PHASE, "snapshot")
                uow.commit()
            state.progress(applied, 0, "snapshot")
            if page["done"]:
                return applied
            token = page["token"]

    def _push(self, report: SyncReport, state: TaskState) -> None:
        with UnitOfWork(self.store) as uow:
            pending = uow.outbox.pending_count()
        if pending and not self._same_store():  # a restored or copied store: nothing it repeats is taken
            self._become_new_device()
        gaps, forked = 0, False
        while True:
            state.check()
            with self._remote() as uow:
                entries, numbered = outbox.next_batch(uow.session)
                if not entries:
                    return
                # The numbers are committed before the request: a retry sends the same.
                if numbered:
                    self._commit_with_new_epoch(uow)
                else:
                    uow.commit()
                try:
                    answer = self.transport.push([outbox.as_mutation(e) for e in entries])
                except GapError as gap:
                    gaps += 1
                    if gaps > 2:
                        raise
                    outbox.renumber(uow.session, gap.expected_seq)
                    uow.commit()
                    continue
                except ForkedError:
                    if forked:
                        raise
                    forked = True
                    self._become_new_device()
                    continue
                counts = answers.acknowledge(uow.session, entries, answer["results"])
                uow.commit()
            report.pushed += len(answer["results"])
            report.conflicts += counts.get(CONFLICT, 0)
            report.rejected += counts.get(REJECTED, 0)
            for outcome, n in counts.items():
                report.outcomes[outcome] = report.outcomes.get(outcome, 0) + n
            state.progress(report.pushed, 0, "push")

    def _refetch(self) -> int:
        """Records whose rejected change the user gave up: the server's copy replaces the local one,
        or the local one goes when the server has none (a record whose creation was refused)."""
        wanted = self.state(REFETCH) or []
        if not wanted:
            return 0
        found = {(entity, record_id): self.transport.record(entity, record_id) for entity, record_id in wanted}
        with self._remote() as uow:
            items = [item for item in found.values() if item is not None]
            # Taken whatever the version.
            forget_versions(uow.session, [(item["entity"], item["id"]) for item in items])
            applied = self._apply(uow, items)
            applied += sum(drop_copy(uow.session, entity, record_id) for (entity, record_id), item in found.items()
                           if item is None)
            uow.sync_state.put(REFETCH, None)
            uow.commit()
        return applied

    def _pull(self, state: TaskState) -> int:
        applied = 0
        while True:
            state.check()
            page = self.transport.pull(self.state(CURSOR) or "", engine.PAGE)
            with self._remote() as uow:
                applied += self._apply(uow, page["items"])
                uow.sync_state.put(CURSOR, page["cursor"])
                uow.commit()
            state.progress(applied, 0, "pull")
            if not page["has_more"]:
                return applied

    def _apply(self, uow: UnitOfWork, items: list[PullItem]) -> int:
        after = self.after_apply
        return apply_items(uow.session, items, (lambda touched: after(uow, touched)) if after is not None else None)
