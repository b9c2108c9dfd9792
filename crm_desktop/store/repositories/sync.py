"""The store's own bookkeeping: device settings and sync positions (sync_state), sync issues, the outbox."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from crm_desktop.store.models import Conflict, OutboxEntry, SyncState
from crm_desktop.store.repositories.base import Repository

_CHUNK = 500


class SyncStateRepository(Repository[SyncState]):
    """Values by key, local to this device (never synced): cursors, settings, counters."""

    model = SyncState

    def value(self, key: str, default: Any = None) -> Any:
        row = self.session.get(SyncState, key)
        return row.value if row is not None else default

    def put(self, key: str, value: Any) -> None:
        row = self.session.get(SyncState, key)
        if row is None:
            self.session.add(SyncState(key=key, value=value))
        else:
            row.value = value


class ConflictRepository(Repository[Conflict]):
    """Sync issues: a guarded field the server kept, or a change it rejected."""

    model = Conflict

    def open_count(self) -> int:
        return self.session.scalar(
            select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))) or 0

    def open(self) -> list[Conflict]:
        """The unresolved ones, oldest first."""
        return list(self.session.scalars(
            select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)))

    def open_rejections(self) -> list[Conflict]:
        return list(self.session.scalars(
            select(Conflict).where(Conflict.kind == "rejected", Conflict.resolved_at.is_(None))))


class OutboxRepository(Repository[OutboxEntry]):
    """Mutations waiting to be pushed, in the order they were made (`seq`)."""

    model = OutboxEntry

    def pending_count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def oldest(self, limit: int | None = None) -> list[OutboxEntry]:
        return list(self.session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(limit)))

    def highest_push_number(self) -> int:
        return self.session.scalar(select(func.max(OutboxEntry.device_seq))) or 0

    def forget_push_numbers(self) -> None:
        self.session.execute(update(OutboxEntry).values(device_seq=None))

    def of_records(self, record_ids: list[str]) -> list[tuple[str, int, str, dict[str, Any] | None, int | None]]:
        """(record id, seq, op, changes, push number) of the records' entries."""
        ids = sorted(set(record_ids))
        found: list[tuple[str, int, str, dict[str, Any] | None, int | None]] = []
        for start in range(0, len(ids), _CHUNK):
            query = select(OutboxEntry.record_id, OutboxEntry.seq, OutboxEntry.op, OutboxEntry.changes,
                           OutboxEntry.device_seq).where(OutboxEntry.record_id.in_(ids[start:start + _CHUNK]))
            found += [(r, seq, op, changes, n) for r, seq, op, changes, n in self.session.execute(query)]
        return found
