"""The audit view: who changed what and when on this computer, filtered and paged, exported to xlsx."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from crm_desktop.domain.common.ids import from_iso
from crm_desktop.store.database import Store
from crm_desktop.store.repositories.audit import REFERENCES, AuditQuery, AuditRepository
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.tasks import TaskState

__all__ = ["AuditController", "AuditFilter", "AuditRow"]


@dataclass(frozen=True)
class AuditFilter:
    """What the user narrows the log to. Days are local calendar days, both ends included."""

    entity: str | None = None
    record_id: str | None = None
    record_text: str | None = None  # part of a record's name
    user_id: str | None = None
    since: date | None = None
    until: date | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    entity: str
    record_id: str
    record_name: str
    action: str
    changes: dict  # field -> [before, after]


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class AuditController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def query(self, flt: AuditFilter) -> AuditQuery:
        """The filter resolved for SQL: a name typed becomes the ids of the records it matches."""
        record_ids = None
        if flt.record_id:
            record_ids = (flt.record_id,)
        elif flt.record_text and flt.record_text.strip():
            with UnitOfWork(self.store) as uow:
                record_ids = uow.audit.records_named(flt.record_text, flt.entity)
        return AuditQuery(
            entity=flt.entity, record_ids=record_ids, user_id=flt.user_id, action=flt.action,
            start=_local_midnight(flt.since) if flt.since else None,
            end=_local_midnight(flt.until + timedelta(days=1)) if flt.until else None)

    def count(self, q: AuditQuery) -> int:
        with UnitOfWork(self.store) as uow:
            return uow.audit.count(q)

    def page(self, q: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        with UnitOfWork(self.store) as uow:
            return self._rows(uow.audit, list(uow.audit.rows(q, offset, limit)))

    def users(self) -> list[tuple[str, str]]:
        """(id, name) of everyone the log may name, by name."""
        with UnitOfWork(self.store) as uow:
            return sorted(uow.audit.user_names().items(), key=lambda item: item[1])

    @staticmethod
    def _rows(audit: AuditRepository, raw: list) -> list[AuditRow]:
        """Rows with the names of their records, people and the records their fields point at."""
        changes = [json.loads(r[6]) if r[6] else {} for r in raw]
        refs = [(r[3], r[4]) for r in raw]
        for changed in changes:
            for field, pair in changed.items():
                if field in REFERENCES and isinstance(pair, list):
                    refs += [(REFERENCES[field], v) for v in pair if isinstance(v, str)]
        names = audit.names(refs)
        people = audit.user_names()

        def named(changed: dict) -> dict:
            out = {}
            for field, pair in changed.items():
                entity = REFERENCES.get(field)
                if entity and isinstance(pair, list):
                    pair = [names.get((entity, v), v) if isinstance(v, str) else v for v in pair]
                out[field] = pair
            return out

        return [AuditRow(r[0], from_iso(r[1]), people.get(r[2], r[2] or ""), r[3], r[4],
                         names.get((r[3], r[4]), ""), r[5], named(c)) for r, c in zip(raw, changes, strict=True)]

    def export(self, q: AuditQuery, path: Path, headers: list[str], cells, state: TaskState | None = None) -> int:
        """Every entry the filter picks to an xlsx sheet; `cells(row)` turns an AuditRow into the
        sheet's cells (the window words actions and fields in the user's language)."""
        from crm_desktop.interchange.xlsx_writer import write_xlsx  # openpyxl: only when exporting (start-up time)

        state = state or TaskState()
        total = self.count(q)

        def stream():
            with UnitOfWork(self.store) as uow:
                result = uow.audit.rows(q)
                while batch := result.fetchmany(500):
                    for row in self._rows(uow.audit, list(batch)):
                        yield cells(row)

        return write_xlsx(path, headers, stream(), sheet_title="audit",
                          progress=lambda n: state.progress(n, max(total, n), ""), cancelled=lambda: state.cancelled)
