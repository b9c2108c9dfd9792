"""The outbox as the push sees it: the next batch numbered for the server, and what each answer
means for the local store (versions, server numbers, conflicts and rejections to show the user).

A mutation gets its push number (`device_seq`) once, committed before the request goes out, so
a retry after a lost answer sends exactly the same mutations under the same numbers.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.store.journal import plain
from crm_desktop.store.models import Conflict, OutboxEntry, SyncedRecord, SyncState
from crm_desktop.sync.records import model_of

BATCH = 500
LAST_SEQ = "sync/last_device_seq"


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def next_batch(session: Session, limit: int = BATCH) -> list[OutboxEntry]:
    """The oldest entries, whole mutation groups only (a group larger than `limit` goes alone),
    numbered for the server. Commits the numbering."""
    entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(limit + 1)))
    if len(entries) > limit:
        cut = limit
        while cut > 0 and entries[cut].group_id == entries[cut - 1].group_id:
            cut -= 1
        # A group bigger than a batch (an import journals thousands of rows as one action) goes
        # in batch-sized parts: each part is applied whole, the group as a whole cannot be.
        entries = entries[:cut] if cut else entries[:limit]
    last = _last_seq(session)
    for entry in entries:
        if entry.device_seq is None:
            last += 1
            entry.device_seq = last
    _set_last_seq(session, last)
    session.commit()
    return entries


def renumber(session: Session, expected_seq: int) -> None:
    """The server expects `expected_seq` next (it was restored from a backup, or this store was
    copied from another device): number every pending mutation afresh from there."""
    entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    session.execute(update(OutboxEntry).values(device_seq=None))
    session.flush()
    for number, entry in enumerate(entries, start=expected_seq):
        entry.device_seq = number
    _set_last_seq(session, expected_seq + len(entries) - 1)
    session.commit()


def as_mutation(entry: OutboxEntry) -> dict:
    return {"seq": entry.device_seq, "mutation_id": entry.mutation_id, "group_id": entry.group_id,
            "entity": entry.entity, "record_id": entry.record_id, "op": entry.op, "changes": entry.changes,
            "base_version": entry.base_version, "base_values": entry.base_values,
            "device_time": plain(entry.device_time)}


def acknowledge(session: Session, entries: list[OutboxEntry], results: list[dict]) -> dict[str, int]:
    """Record the server's answers in the store (the caller commits): each mutation leaves the
    outbox; versions and server-set fields land on the local rows; conflicts and rejections
    become sync issues. Returns counts by outcome. A few queries per batch, not per mutation."""
    by_seq = {e.device_seq: e for e in entries}
    counts = {"applied": 0, "merged": 0, "conflict": 0, "rejected": 0}
    with session.no_autoflush:
        rows = _rows_of(session, entries)
        waiting = _still_waiting(session, entries)  # records with later edits not yet numbered
        for result in results:
            entry = by_seq.get(result["seq"])
            if entry is None:
                continue
            counts[result["outcome"]] = counts.get(result["outcome"], 0) + 1
            if result["outcome"] == "rejected":
                session.add(Conflict(kind="rejected", entity=entry.entity, record_id=entry.record_id, field="",
                                     base=None, mine=entry.changes, theirs=None, reason=result.get("reason"),
                                     mutation=as_mutation(entry)))
            for conflict in result.get("conflicts") or []:
                session.add(Conflict(kind="conflict", entity=entry.entity, record_id=entry.record_id,
                                     field=conflict["field"], base=conflict.get("base"), mine=conflict.get("mine"),
                                     theirs=conflict.get("theirs"), server_id=conflict.get("id")))
            row = rows.get((entry.entity, entry.record_id))
            if row is not None and result.get("version"):
                _settle(session, row, entry, result, entry.record_id in waiting)
    session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_([e.seq for e in entries])))
    session.flush()
    return counts


def _rows_of(session: Session, entries: list[OutboxEntry]) -> dict[tuple[str, str], SyncedRecord]:
    rows, by_entity = {}, {}
    for entry in entries:
        by_entity.setdefault(entry.entity, set()).add(entry.record_id)
    for entity, ids in by_entity.items():
        model = model_of(entity)
        if model is not None:
            for row in session.scalars(select(model).where(model.id.in_(sorted(ids)))):
                rows[(entity, row.id)] = row
    return rows


def _still_waiting(session: Session, entries: list[OutboxEntry]) -> set[str]:
    ids = sorted({e.record_id for e in entries})
    return set(session.scalars(select(OutboxEntry.record_id).where(OutboxEntry.record_id.in_(ids),
                                                                   OutboxEntry.device_seq.is_(None))))


def _settle(session: Session, row: SyncedRecord, entry: OutboxEntry, result: dict, waiting: bool) -> None:
    """The row now matches server version `result.version` as far as this mutation goes."""
    from crm_desktop.sync.records import write_remote_fields

    version = result["version"]
    if waiting and result["outcome"] == "applied" and row.version == entry.base_version:
        # Later pending edits of this record were made on top of this one: they build on the
        # version the server just made, not on the older base (nothing else changed meanwhile).
        session.execute(update(OutboxEntry).where(OutboxEntry.record_id == entry.record_id,
                                                  OutboxEntry.seq > entry.seq,
                                                  OutboxEntry.base_version == entry.base_version,
                                                  OutboxEntry.device_seq.is_(None))
                        .values(base_version=version))
    # Only a clean apply means the server's row is exactly ours: after a merge it holds others'
    # changes too, which the pull that follows brings (with the version, not before it).
    new_version = max(row.version or 0, version) if result["outcome"] == "applied" else None
    write_remote_fields(session, row, result.get("server_fields") or {}, version=new_version)


def _last_seq(session: Session) -> int:
    state = session.get(SyncState, LAST_SEQ)
    numbered = session.scalar(select(func.max(OutboxEntry.device_seq))) or 0
    return max(int(state.value or 0) if state else 0, numbered)


def _set_last_seq(session: Session, value: int) -> None:
    state = session.get(SyncState, LAST_SEQ)
    if state is None:
        session.add(SyncState(key=LAST_SEQ, value=value))
    else:
        state.value = value
