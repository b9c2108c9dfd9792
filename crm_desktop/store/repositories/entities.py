"""Any synced record by its entity name (as the outbox, the audit log and sync issues name it)."""

from __future__ import annotations

from functools import cache

from crm_desktop.store.models import SyncedRecord
from crm_desktop.store.repositories.base import Queries


@cache
def _models() -> dict[str, type[SyncedRecord]]:
    return {m.class_.__entity__: m.class_ for m in SyncedRecord.registry.mappers
            if issubclass(m.class_, SyncedRecord) and m.class_.__entity__}


def model_named(entity: str) -> type[SyncedRecord] | None:
    return _models().get(entity)


class EntityRepository(Queries):
    def get(self, entity: str, record_id: str) -> SyncedRecord | None:
        """The record, deleted or not; None for an unknown entity or id."""
        model = model_named(entity)
        return self.session.get(model, record_id) if model is not None else None

    def name_of(self, entity: str, record_id: str) -> str:
        """What names the record in a list (its name, subject or number); "" when it is not here."""
        row = self.get(entity, record_id)
        return str(getattr(row, "name", None) or getattr(row, "subject", None) or getattr(row, "number", None) or "")

    @staticmethod
    def entity_referenced(model: type[SyncedRecord], field: str) -> str | None:
        """The entity a foreign key column of `model` points at (None: not a reference to a synced record)."""
        for fk in model.__table__.columns[field].foreign_keys:
            target = next((m.class_ for m in SyncedRecord.registry.mappers if m.local_table is fk.column.table), None)
            if target is not None:
                return str(target.__entity__)
        return None
