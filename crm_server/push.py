"""`POST /sync/push`: a device's mutations applied in seq order, exactly once, in one transaction
(sync-protocol.md, Push).

The device row is locked first, so two copies of one push landing on two nodes run one after the
other and the second finds its outcomes stored. Each mutation group runs in a savepoint: a group
with a rejected mutation leaves nothing behind, and the groups after it still apply.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_protocol.checks import WireError
from crm_protocol.envelope import MutationOutcome, mark_rejected, rejected_outcome
from crm_protocol.outcomes import DEVICE_FORKED, GAP, INVALID_MUTATION, REJECTED, UPGRADE_REQUIRED
from crm_server import SERVER_SCHEMA_VERSIONS
from crm_server.auth import Caller
from crm_server.merge import MergeEngine
from crm_server.models import AppliedMutation, Device
from crm_server.mutations import MutationIn, Prepared, prepare
from crm_server.scopes import TeamBook, Viewer


class PushError(Exception):
    """The whole push is refused (nothing applied): HTTP `status`, an `error` code and details."""

    def __init__(self, status: int, error: str, **detail: Any) -> None:
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail


@dataclass
class PushResult:
    results: list[MutationOutcome]
    last_applied_seq: int
    wake: str | None = None  # something was written: the payload that wakes waiting devices


def check_schema_version(version: int) -> None:
    if version not in SERVER_SCHEMA_VERSIONS:
        raise PushError(426, UPGRADE_REQUIRED, supported=list(SERVER_SCHEMA_VERSIONS))


class PushService:
    def __init__(self, session: Session, caller: Caller, max_batch: int, sent_at: datetime | None = None) -> None:
        self.session, self.caller, self.max_batch = session, caller, max_batch
        self.sent_at = sent_at  # the device's clock when it sent the push

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
        seen: set[str] = set()
        for m in mutations:
            if m.mutation_id in seen:  # one edit is one mutation: a client never numbers it twice
                raise PushError(422, INVALID_MUTATION, reason="duplicate_mutation_id", seq=m.seq)
            seen.add(m.mutation_id)
        # Every mutation is checked against the wire schema before anything is written.
        try:
            prepared = [prepare(m) for m in mutations]
        except WireError as error:
            raise PushError(422, INVALID_MUTATION, reason=error.reason, **error.detail) from None

        device = self.session.scalars(select(Device).where(Device.id == device_id).with_for_update()).one()
        last = device.last_applied_seq
        stored = self._stored(device_id, [m for m in mutations if m.seq <= last])
        fresh = [p for p in prepared if p.mutation.seq > last]
        if fresh and fresh[0].mutation.seq != last + 1:
            raise PushError(409, GAP, expected_seq=last + 1, got=fresh[0].mutation.seq)
        echoes = self._first_applications(fresh)

        if fresh:
            # A retried batch may repeat mutations applied before its new ones: the device made the
            # new ones on top of those, exactly as if they had all come in one push.
            for m in mutations:
                if m.seq <= last:
                    self.engine.note_applied(m, stored[m.seq])
            self.engine.lock_rows([p for p in fresh if p.mutation.mutation_id not in echoes])
        outcomes = self._apply(fresh, echoes)
        for outcome in outcomes:
            first = echoes.get(outcome["mutation_id"])
            self.session.add(AppliedMutation(device_id=device_id, seq=outcome["seq"],
                                             mutation_id=outcome["mutation_id"], outcome=outcome,
                                             echo_of=first.device_id if first else None))
        if fresh:
            device.last_applied_seq = fresh[-1].mutation.seq
        wake = self.engine.wake() if fresh and self.engine.reached else None
        self.session.commit()
        results = [stored[m.seq] for m in mutations if m.seq <= last] + outcomes
        return PushResult(results, device.last_applied_seq, wake)

    def _stored(self, device_id: str, repeated: list[MutationIn]) -> dict[int, MutationOutcome]:
        """The stored outcomes of mutations this device pushed before. A stored outcome answers only
        the same mutation: another mutation under a known seq means two stores number as this
        device (a restored backup, a copied file), and the push is refused as `device_forked`."""
        if not repeated:
            return {}
        rows = self.session.scalars(select(AppliedMutation).where(
            AppliedMutation.device_id == device_id, AppliedMutation.seq.in_([m.seq for m in repeated])))
        found = {row.seq: row for row in rows}
        for m in repeated:
            row = found.get(m.seq)
            if row is None or row.mutation_id != m.mutation_id:
                raise PushError(409, DEVICE_FORKED, seq=m.seq,
                                message="another mutation was pushed under this seq: register as a new device")
        return {seq: row.outcome for seq, row in found.items()}

    def _first_applications(self, fresh: list[Prepared]) -> dict[str, AppliedMutation]:
        """New numbers for mutations already applied (a restored or copied store, registered anew,
        sends its unacknowledged outbox again): their first application, by mutation id."""
        ids = [p.mutation.mutation_id for p in fresh]
        found: dict[str, AppliedMutation] = {}
        for start in range(0, len(ids), 500):
            query = select(AppliedMutation).where(AppliedMutation.mutation_id.in_(ids[start:start + 500]),
                                                  AppliedMutation.echo_of.is_(None))
            found.update((row.mutation_id, row) for row in self.session.scalars(query))
        return found

    @property
    def engine(self) -> MergeEngine:
        if not hasattr(self, "_engine"):
            viewer = Viewer.of(self.session, self.caller)
            self._engine = MergeEngine(self.session, viewer, TeamBook(self.session), self.caller.device_id,
                                       self.sent_at)
        return self._engine

    def _apply(self, fresh: list[Prepared], echoes: dict[str, AppliedMutation]) -> list[MutationOutcome]:
        outcomes: list[MutationOutcome] = []
        for group in _groups(fresh):
            echoed = {p.mutation.seq: self._echo(p.mutation, echoes[p.mutation.mutation_id])
                      for p in group if p.mutation.mutation_id in echoes}
            results = self._apply_group([p for p in group if p.mutation.seq not in echoed])
            by_seq = {**echoed, **{r["seq"]: r for r in results}}
            outcomes.extend(by_seq[p.mutation.seq] for p in group)
        return outcomes

    def _echo(self, m: MutationIn, first: AppliedMutation) -> MutationOutcome:
        """The first application's outcome under the new number; nothing is applied again."""
        if not hasattr(self, "_my_devices"):
            self._my_devices = set(self.session.scalars(select(Device.id).where(Device.user_id == self.caller.user_id)))
        if first.device_id not in self._my_devices:  # never another user's outcome, not even its version
            return rejected_outcome(m.seq, m.mutation_id, m.entity, m.record_id,
                                    "mutation_id_taken: another user's mutation has this id")
        # `echo`: the values it carries are as of then; the device fetches the record as it is now.
        outcome: MutationOutcome = {**first.outcome, "seq": m.seq, "echo": True}
        self.engine.note_applied(m, outcome)
        return outcome

    def _apply_group(self, group: list[Prepared]) -> list[MutationOutcome]:
        if not group:
            return []
        self.engine.begin_group()
        if len(group) == 1 and not self.engine.checked_with_its_group(group[0]):
            # A lone mutation checks everything before it writes, so a rejection leaves
            # nothing behind and it needs no savepoint (two round trips saved per mutation).
            return [self.engine.apply(group[0])]
        savepoint = self.session.begin_nested()
        results = [self.engine.apply(p) for p in group]
        self.engine.close_group(group, results)
        failed = next((r for r in results if r["outcome"] == REJECTED), None)
        if failed is None:
            savepoint.commit()
            return results
        savepoint.rollback()  # one user action is applied whole or not at all
        self.engine.forget(group)
        for r in results:
            if r["outcome"] != REJECTED:
                mark_rejected(r, f"group_rejected: seq {failed['seq']} of the same action was rejected")
        return results


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
