"""The one write path's bookkeeping: every change to a synced record appends an outbox
entry (sync-protocol.md) and an audit entry in the same transaction as the change itself.

Hooked into the session's flush, so a controller cannot change a record without both.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.store import field_bases
from crm_desktop.store.models import AuditEntry, OutboxEntry, SyncedRecord
from crm_protocol.envelope import SCHEMA_VERSION
from crm_protocol.values import to_wire

_BOOKKEEPING = frozenset({"id", "updated_at", "version", "demo"})  # demo: the device's own sample data
# The outbox speaks the wire protocol's schema and values (crm_protocol): one definition for both sides.
plain = to_wire


@cache
def synced_fields_of(model: type[SyncedRecord]) -> tuple[str, ...]:
    return tuple(
        attr.key for attr in inspect(model).column_attrs
        if attr.key not in _BOOKKEEPING and attr.key not in model.__local_fields__
    )


def _synced_fields(obj: SyncedRecord) -> tuple[str, ...]:
    return synced_fields_of(type(obj))


def _creation(obj: SyncedRecord) -> dict[str, Any]:
    return {f: plain(getattr(obj, f)) for f in _synced_fields(obj) if getattr(obj, f) is not None}


def _edit(obj: SyncedRecord) -> tuple[dict[str, Any], dict[str, Any]]:
    """(changed fields with new values, the same fields' values before the edit)."""
    state: InstanceState[SyncedRecord] = inspect(obj)
    after: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for field in _synced_fields(obj):
        history = state.attrs[field].history
        if not history.has_changes():
            continue
        new = history.added[0] if history.added else None
        old = history.deleted[0] if history.deleted else None
        if new != old:
            after[field], before[field] = plain(new), plain(old)
    return after, before


def action_of(after: dict[str, Any]) -> str:
    if "deleted_at" in after:
        return "delete" if after["deleted_at"] is not None else "restore"
    return "update"


def journal_changes(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    if session.info.get("remote"):
        return  # rows written from the server's answers are not the user's edits: nothing to push
    user_id = session.info.get("user_id")
    group_id = session.info.setdefault("group_id", new_id())
    now = utcnow()
    entries: list[OutboxEntry | AuditEntry] = []
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord):
            raise RuntimeError("synced records are soft-deleted (set deleted_at), never removed")
    for obj in list(session.new):
        if not isinstance(obj, SyncedRecord) or not obj.__journaled__:
            continue
        obj.created_at = obj.created_at or now
        obj.updated_at = obj.created_at
        obj.owner_id = obj.owner_id or user_id
        if obj.id is None:
            obj.id = new_id()
        after = _creation(obj)
        entries.append(_outbox(obj, "upsert", after, None, group_id, now))
        entries.append(_audit(obj, "create", {k: [None, v] for k, v in after.items()}, user_id, now))
    edits = []
    for obj in list(session.dirty):
        if not isinstance(obj, SyncedRecord) or not obj.__journaled__:
            continue
        if not session.is_modified(obj):
            continue
        after, before = _edit(obj)
        if after:
            edits.append((obj, after, before))
    bases = field_bases.bases_of(session.connection(), [(o.id, after, o.version or 0) for o, after, _ in edits]) \
        if edits else {}
    for obj, after, before in edits:
        obj.updated_at = now
        action = action_of(after)
        op = "delete" if action == "delete" else "upsert"
        entries.append(_outbox(obj, op, after, before, group_id, now, bases.get(obj.id)))
        changed = {k: [before[k], after[k]] for k in after}
        entries.append(_audit(obj, action, changed, user_id, now))
    session.add_all(entries)


def _outbox(obj: SyncedRecord, op: str, after: dict[str, Any], before: dict[str, Any] | None, group_id: str,
            now: datetime, base_versions: dict[str, int] | None = None) -> OutboxEntry:
    return OutboxEntry(
        mutation_id=new_id(), group_id=group_id, entity=obj.__entity__, record_id=obj.id, op=op,
        changes=after, base_version=obj.version or 0, base_values=before, base_versions=base_versions or None,
        schema_version=SCHEMA_VERSION, device_time=now,
    )


def _audit(obj: SyncedRecord, action: str, changed: dict[str, list[Any]], user_id: str | None,
           now: datetime) -> AuditEntry:
    return AuditEntry(
        at=now, user_id=user_id, entity=obj.__entity__, record_id=obj.id, action=action,
        changed_fields=changed,
    )


def record_increment(session: Session, obj: SyncedRecord, deltas: dict[str, Decimal], cause: dict[str, Any]) -> None:
    """Journal an `increment` mutation (counters such as stock): the server adds the deltas to
    its current values, so concurrent reservations from other devices are never lost. `cause` says
    why (an order's reservation, release or shipment, or an adjustment and its reason); the server
    checks it. The caller has already applied the deltas to the row with an UPDATE ... SET f = f + delta."""
    now = utcnow()
    changes = {field: plain(delta) for field, delta in deltas.items()}
    group_id = session.info.setdefault("group_id", new_id())
    session.add(OutboxEntry(
        mutation_id=new_id(), group_id=group_id, entity=obj.__entity__, record_id=obj.id, op="increment",
        changes=changes, base_version=obj.version or 0, base_values=None, schema_version=SCHEMA_VERSION,
        device_time=now, cause=cause,
    ))
    session.add(_audit(obj, "increment", {k: [None, v] for k, v in changes.items()}, session.info.get("user_id"),
                       now))


def record_resend(session: Session, obj: SyncedRecord, fields: list[str]) -> None:
    """Journal the record's current values of `fields` as a new edit (a rejected change sent again
    after the user fixed it): an outbox entry on top of the version the device has now."""
    now = utcnow()
    values = {f: plain(getattr(obj, f)) for f in fields if f in synced_fields_of(type(obj))}
    if values:
        bases = field_bases.bases_of(session.connection(), [(obj.id, values, obj.version or 0)])
        session.add(_outbox(obj, "upsert", values, None, session.info.setdefault("group_id", new_id()), now,
                            bases.get(obj.id)))
        session.add(_audit(obj, "update", {k: [None, v] for k, v in values.items()}, session.info.get("user_id"),
                           now))


def register(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", journal_changes)
