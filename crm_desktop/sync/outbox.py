"""The outbox as the push sees it: the next batch numbered for the server, as the wire carries it.

A mutation gets its push number (`device_seq`) once, committed before the request goes out, so
a retry after a lost answer sends exactly the same mutations under the same numbers. What the
server's answers mean for the local store is in crm_desktop/sync/answers.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from sqlalchemy.orm import Session

from crm_desktop.store.journal import plain
from crm_desktop.store.models import OutboxEntry
from crm_desktop.store.repositories.sync import OutboxRepository, SyncStateRepository
from crm_protocol.envelope import Mutation, StockCause
from crm_protocol.outcomes import Op

BATCH = 500
LAST_SEQ = "sync/last_device_seq"


def pending_count(session: Session) -> int:
    return OutboxRepository(session).pending_count()


def next_batch(session: Session, limit: int = BATCH) -> tuple[list[OutboxEntry], bool]:
    """The oldest entries, whole mutation groups only (a group larger than `limit` goes alone),
    numbered for the server; and whether new numbers were handed out (the caller commits them
    before sending, with a new store epoch: crm_desktop/sync/installation.py)."""
    entries = OutboxRepository(session).oldest(limit + 1)
    if len(entries) > limit:
        cut = limit
        while cut > 0 and entries[cut].group_id == entries[cut - 1].group_id:
            cut -= 1
        # A group bigger than a batch (an import journals thousands of rows as one action) goes
        # in batch-sized parts: each part is applied whole, the group as a whole cannot be.
        entries = entries[:cut] if cut else entries[:limit]
    last, numbered = _last_seq(session), False
    for entry in entries:
        if entry.device_seq is None:
            last += 1
            entry.device_seq, numbered = last, True
    _set_last_seq(session, last)
    return entries, numbered


def renumber(session: Session, expected_seq: int) -> None:
    """The server expects `expected_seq` next (the server was restored from a backup): number every
    pending mutation afresh from there."""
    outbox = OutboxRepository(session)
    entries = outbox.oldest()
    outbox.forget_push_numbers()
    session.flush()
    for number, entry in enumerate(entries, start=expected_seq):
        entry.device_seq = number
    _set_last_seq(session, expected_seq + len(entries) - 1)


def forget_numbers(session: Session) -> None:
    """A new device numbers from 1: every unacknowledged mutation goes again under new numbers,
    with its original ids and base versions (the caller commits)."""
    OutboxRepository(session).forget_push_numbers()
    _set_last_seq(session, 0)


def as_mutation(entry: OutboxEntry) -> Mutation:
    # Sent once numbered (next_batch), so `device_seq` is set; the outbox holds only protocol ops.
    mutation: Mutation = {"seq": cast(int, entry.device_seq), "mutation_id": entry.mutation_id,
                          "group_id": entry.group_id, "entity": entry.entity, "record_id": entry.record_id,
                          "op": cast(Op, entry.op), "changes": entry.changes, "base_version": entry.base_version,
                          "base_values": entry.base_values, "device_time": plain(entry.device_time)}
    if entry.base_versions:
        mutation["base_versions"] = entry.base_versions
    if entry.cause:
        mutation["cause"] = cast(StockCause, entry.cause)
    return mutation


def _last_seq(session: Session) -> int:
    stored = SyncStateRepository(session).value(LAST_SEQ)
    return max(int(stored or 0), OutboxRepository(session).highest_push_number())


def _set_last_seq(session: Session, value: int) -> None:
    SyncStateRepository(session).put(LAST_SEQ, value)


class PendingEdits:
    """The outbox entries of some records, to ask what the user did after a given mutation."""

    def __init__(self, session: Session, record_ids: list[str]) -> None:
        self.by_record: dict[str, list[tuple[int, str, dict[str, Any], int | None]]] = {}
        for record_id, seq, op, changes, device_seq in OutboxRepository(session).of_records(record_ids):
            self.by_record.setdefault(record_id, []).append((seq, op, changes or {}, device_seq))

    def edit_field(self, record_id: str, field: str, after_seq: int) -> bool:
        return any(seq > after_seq and op != "increment" and field in changes
                   for seq, op, changes, _n in self.by_record.get(record_id, ()))

    def deltas(self, record_id: str, after_seq: int) -> dict[str, Decimal]:
        total: dict[str, Decimal] = {}
        for seq, op, changes, _n in self.by_record.get(record_id, ()):
            if seq > after_seq and op == "increment":
                for name, amount in changes.items():
                    total[name] = total.get(name, Decimal(0)) + Decimal(str(amount))
        return total

    def unnumbered(self, record_id: str) -> bool:
        return any(n is None for _seq, _op, _changes, n in self.by_record.get(record_id, ()))
