"""`POST /sync/push`: a device's mutations applied in seq order, exactly once, in one transaction
(sync-protocol.md, Push).

The device row is locked first, so two copies of one push landing on two nodes run one after the
other and the second finds its outcomes stored. Each mutation group runs in a savepoint: a group
with a rejected mutation leaves nothing behind, and the groups after it still apply.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_server import SERVER_SCHEMA_VERSIONS
from crm_server.auth import Caller
from crm_server.merge import MergeEngine, Prepared, prepare
from crm_server.models import AppliedMutation, Device
from crm_server.scopes import TeamBook, Viewer
from crm_server.wire_values import WireError


class PushError(Exception):
    """The whole push is refused (nothing applied): HTTP `status`, an `error` code and details."""

    def __init__(self, status: int, error: str, **detail) -> None:
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail


@dataclass(frozen=True)
class MutationIn:
    seq: int
    mutation_id: str
    entity: str
    record_id: str
    op: str
    changes: dict
    base_version: int = 0
    base_values: dict | None = None
    group_id: str | None = None
    device_time: str | None = None


@dataclass
class PushResult:
    results: list[dict]
    last_applied_seq: int
    wake: str | None = None  # something was written: the payload that wakes waiting devices


def check_schema_version(version: int) -> None:
    if version not in SERVER_SCHEMA_VERSIONS:
        raise PushError(426, "upgrade_required", supported=list(SERVER_SCHEMA_VERSIONS))


class PushService:
    def __init__(self, session: Session, caller: Caller, max_batch: int) -> None:
        self.session, self.caller, self.max_batch = session, caller, max_batch

    def push(self, device_id: str, schema_version: int, mutations: list[MutationIn]) -> PushResult:
        check_schema_version(schema_version)
        if device_id != self.caller.device_id:
            raise PushError(403, "device_mismatch", message="the token belongs to another device")
        if len(mutations) > self.max_batch:
            raise PushError(413, "batch_too_large", limit=self.max_batch)
        for earlier, later in itertools.pairwise(mutations):
            if later.seq != earlier.seq + 1:
                raise PushError(422, "seq_order", message="mutations must be in seq order without gaps",
                                  seq=later.seq)
        # Every mutation is checked against the wire schema before anything is written.
        try:
            prepared = [prepare(m) for m in mutations]
        except WireError as error:
            raise PushError(422, "invalid_mutation", reason=error.reason, **error.detail) from None

        device = self.session.scalars(select(Device).where(Device.id == device_id).with_for_update()).one()
        last = device.last_applied_seq
        stored = self._stored(device_id, [m.seq for m in mutations if m.seq <= last])
        fresh = [p for p in prepared if p.mutation.seq > last]
        if fresh and fresh[0].mutation.seq != last + 1:
            raise PushError(409, "gap", expected_seq=last + 1, got=fresh[0].mutation.seq)

        if fresh:
            # A retried batch may repeat mutations applied before its new ones: the device made the
            # new ones on top of those, exactly as if they had all come in one push.
            for m in mutations:
                if m.seq <= last:
                    self.engine.note_applied(m, stored[m.seq])
            self.engine.lock_rows(fresh)
        outcomes = self._apply(fresh)
        for outcome in outcomes:
            self.session.add(AppliedMutation(device_id=device_id, seq=outcome["seq"],
                                             mutation_id=outcome["mutation_id"], outcome=outcome))
        if fresh:
            device.last_applied_seq = fresh[-1].mutation.seq
        wake = self.engine.wake() if fresh and self.engine.reached else None
        self.session.commit()
        results = [stored[m.seq] for m in mutations if m.seq <= last] + outcomes
        return PushResult(results, device.last_applied_seq, wake)

    def _stored(self, device_id: str, seqs: list[int]) -> dict[int, dict]:
        if not seqs:
            return {}
        rows = self.session.scalars(select(AppliedMutation).where(
            AppliedMutation.device_id == device_id, AppliedMutation.seq.in_(seqs)))
        found = {row.seq: row.outcome for row in rows}
        # Outcomes are kept as long as the device; a missing one means it was applied long ago.
        return {seq: found.get(seq, {"seq": seq, "outcome": "applied", "version": None}) for seq in seqs}

    @property
    def engine(self) -> MergeEngine:
        if not hasattr(self, "_engine"):
            viewer = Viewer.of(self.session, self.caller)
            self._engine = MergeEngine(self.session, viewer, TeamBook(self.session), self.caller.device_id)
        return self._engine

    def _apply(self, fresh: list[Prepared]) -> list[dict]:
        outcomes: list[dict] = []
        for group in _groups(fresh):
            if len(group) == 1:
                # A lone mutation checks everything before it writes, so a rejection leaves
                # nothing behind and it needs no savepoint (two round trips saved per mutation).
                outcomes.append(self.engine.apply(group[0]))
                continue
            savepoint = self.session.begin_nested()
            results = [self.engine.apply(p) for p in group]
            failed = next((r for r in results if r["outcome"] == "rejected"), None)
            if failed is None:
                savepoint.commit()
                outcomes.extend(results)
                continue
            savepoint.rollback()  # one user action is applied whole or not at all
            self.engine.forget(group)
            for r in results:
                if r["outcome"] != "rejected":
                    r.update(outcome="rejected", version=None, conflicts=[], server_fields={},
                             reason=f"group_rejected: seq {failed['seq']} of the same action was rejected")
            outcomes.extend(results)
        return outcomes


def _groups(prepared: list[Prepared]) -> list[list[Prepared]]:
    """Runs of consecutive mutations with the same group id (one user action each)."""
    groups: list[list[Prepared]] = []
    for p in prepared:
        gid = p.mutation.group_id
        if groups and gid is not None and groups[-1][-1].mutation.group_id == gid:
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups
