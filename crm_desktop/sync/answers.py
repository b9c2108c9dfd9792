"""What the server's answers to a push mean for the local store: versions and server numbers on the
rows, the server's value where a conflict kept it, counters as the server counted them, and the sync
issues a person settles (conflicts, rejections).

Every answer leaves the laptop holding what the server holds, or an edit still to push: a conflict
writes the server's value here (the issue keeps the user's, to send again with "keep mine"), an
increment brings the counter's resulting value, a rejected increment is taken back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crm_desktop.store import field_bases
from crm_desktop.store.models import Conflict, OutboxEntry, SyncedRecord
from crm_desktop.sync.outbox import PendingEdits, as_mutation
from crm_desktop.sync.records import model_of, write_remote_fields
from crm_desktop.sync.resolve import refetch_later
from crm_protocol.envelope import Conflict as WireConflict
from crm_protocol.envelope import MutationOutcome
from crm_protocol.outcomes import APPLIED, CONFLICT, INCREMENT, OUTCOMES, REJECTED


def acknowledge(session: Session, entries: list[OutboxEntry], results: list[MutationOutcome]) -> dict[str, int]:
    """Record the server's answers in the store (the caller commits): each mutation leaves the
    outbox; versions and server-set fields land on the local rows; conflicts and rejections
    become sync issues. Returns counts by outcome. A few queries per batch, not per mutation."""
    by_seq = {e.device_seq: e for e in entries}
    counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
    echoed: list[tuple[str, str]] = []
    with session.no_autoflush:
        rows = _rows_of(session, entries)
        later = PendingEdits(session, [e.record_id for e in entries])
        for result in results:
            entry = by_seq.get(result["seq"])
            if entry is None:
                continue
            outcome = result["outcome"]
            counts[outcome] = counts.get(outcome, 0) + 1
            row = rows.get((entry.entity, entry.record_id))
            if outcome == REJECTED:
                session.add(Conflict(kind=REJECTED, entity=entry.entity, record_id=entry.record_id, field="",
                                     base=None, mine=entry.changes, theirs=None, reason=result.get("reason"),
                                     mutation=as_mutation(entry)))
                if row is not None and entry.op == INCREMENT:
                    _take_back(row, entry)
            for conflict in result.get("conflicts") or []:
                session.add(Conflict(kind=CONFLICT, entity=entry.entity, record_id=entry.record_id,
                                     field=conflict["field"], base=conflict.get("base"), mine=conflict.get("mine"),
                                     theirs=conflict.get("theirs"), server_id=conflict.get("id"),
                                     server_version=result.get("version"), mutation=as_mutation(entry)))
                if row is not None:
                    _take_theirs(session, row, entry, conflict, result.get("version"), later)
            if row is not None and result.get("version"):
                _settle(session, row, entry, result, later)
            if result.get("echo"):
                # Applied long ago, under the device this store was copied or restored from: what the
                # answer carries is as of then, and fields kept through pulls may be stale since.
                echoed.append((entry.entity, entry.record_id))
    if echoed:
        refetch_later(session, echoed)
    session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_([e.seq for e in entries])))
    session.flush()
    return counts


def _rows_of(session: Session, entries: list[OutboxEntry]) -> dict[tuple[str, str], SyncedRecord]:
    rows: dict[tuple[str, str], SyncedRecord] = {}
    by_entity: dict[str, set[str]] = {}
    for entry in entries:
        by_entity.setdefault(entry.entity, set()).add(entry.record_id)
    for entity, ids in by_entity.items():
        model = model_of(entity)
        if model is not None:
            for row in session.scalars(select(model).where(model.id.in_(sorted(ids)))):
                rows[(entity, row.id)] = row
    return rows


def _settle(session: Session, row: SyncedRecord, entry: OutboxEntry, result: MutationOutcome,
            later: PendingEdits) -> None:
    """The row now matches server version `result.version` as far as this mutation goes."""
    version, outcome = result["version"], result["outcome"]
    if later.unnumbered(entry.record_id) and outcome == APPLIED and row.version == entry.base_version:
        # Later pending edits of this record were made on top of this one: they build on the
        # version the server just made, not on the older base (nothing else changed meanwhile).
        session.execute(update(OutboxEntry).where(OutboxEntry.record_id == entry.record_id,
                                                  OutboxEntry.seq > entry.seq,
                                                  OutboxEntry.base_version == entry.base_version,
                                                  OutboxEntry.device_seq.is_(None))
                        .values(base_version=version))
    fields = dict(result.get("server_fields") or {})
    if entry.op == INCREMENT:
        # The counters as the server counted them, plus what this laptop reserved since.
        pending = later.deltas(entry.record_id, entry.seq)
        fields = {name: str(Decimal(str(value)) + pending.get(name, Decimal(0))) for name, value in fields.items()}
    # Only a clean apply means the server's row is exactly ours: after a merge it holds others'
    # changes too, which the pull that follows brings (with the version, not before it).
    # `version` is set: acknowledge settles only answers that carry one.
    new_version = max(row.version or 0, cast(int, version)) if outcome == APPLIED else None
    write_remote_fields(session, row, fields, version=new_version)


def _take_theirs(session: Session, row: SyncedRecord, entry: OutboxEntry, conflict: WireConflict, version: int | None,
                 later: PendingEdits) -> None:
    """The server kept its value: so does the laptop, as of the server's version, unless the user
    edited the field again since (that edit goes out next and meets the same check)."""
    name = conflict["field"]
    if later.edit_field(entry.record_id, name, entry.seq):
        return
    write_remote_fields(session, row, {name: conflict.get("theirs")})
    if version:
        field_bases.keep(session.connection(), row.id, name, version)


def _take_back(row: SyncedRecord, entry: OutboxEntry) -> None:
    """A refused increment (say, stock that would go below zero) no longer counts here either."""
    for name, amount in (entry.changes or {}).items():
        current = getattr(row, name, None)
        if current is not None:
            setattr(row, name, current - Decimal(str(amount)))
