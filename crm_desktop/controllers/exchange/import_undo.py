"""Undo of a whole import from its journal: created records go, updated ones get their old values.

Works from before-images, not by replaying history, so unrelated edits elsewhere never matter.
A record of the batch that was edited after the import is reported; the user chooses whether
that later edit stays (the record is then left alone, or only its untouched fields restored).
"""

from __future__ import annotations

from collections.abc import Iterator

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError
from crm_desktop.domain.exchange.imports import LaterEdit, UndoPreview, UndoResult
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.store.bulk import import_mode
from crm_desktop.store.bulk_write import BulkWriter, RecordChange
from crm_desktop.store.database import Store
from crm_desktop.store.journal import plain, synced_fields_of
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.repositories.imports import ImportRepository
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.tasks import TaskState

ALREADY_UNDONE = QT_TRANSLATE_NOOP("Interchange", "This import has already been undone.")
CHUNK = 2000
_MODELS = {"contact": Contact, "account": Account}
# An account the batch created is in later use when people outside the batch work there.
IN_USE = "contacts"


def _edited_fields(model, action: str, after: dict, current: dict) -> tuple[str, ...]:
    """Fields whose value is no longer what the import wrote."""
    fields = synced_fields_of(model) if action == "created" else tuple(after)
    return tuple(f for f in fields if plain(current.get(f)) != after.get(f))


class ImportUndo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _entries(self, repo: ImportRepository, batch_id: str, entity: str) -> Iterator[list[tuple]]:
        """Journal rows (record id, action, before, after) of one entity, a chunk at a time."""
        last = 0
        while True:
            rows = repo.journal_chunk(batch_id, entity, last, CHUNK)
            if not rows:
                return
            last = rows[-1][0]
            yield [r[1:] for r in rows]

    def _batch(self, repo: ImportRepository, batch_id: str):
        batch = repo.get(batch_id)
        if batch is None:
            raise NotFoundError(batch_id)
        return batch

    def _scan(self, repo: ImportRepository, batch_id: str, entity: str, removed: set[str]):
        """(record id, action, before, after, current record, later-edited fields) per entry."""
        model = _MODELS[entity]
        for chunk in self._entries(repo, batch_id, entity):
            current = {r["id"]: r for r in repo.records(model, [e[0] for e in chunk])}
            in_use = {}
            if model is Account:
                in_use = repo.live_contacts_of_accounts([e[0] for e in chunk if e[1] == "created"])
            for record_id, action, before, after in chunk:
                record = current.get(record_id)
                if record is None:
                    continue
                edited = _edited_fields(model, action, after, record)
                if in_use.get(record_id, set()) - removed:
                    edited = (*edited, IN_USE)
                yield record_id, action, before, after, record, edited

    def preview(self, batch_id: str) -> UndoPreview:
        with UnitOfWork(self.store) as uow:
            repo = uow.imports
            batch = self._batch(repo, batch_id)
            later, counts = [], {"created": 0, "updated": 0}
            removed: set[str] = set()
            # Contacts first: a company the batch created stays in use only through others.
            for entity in ("contact", "account"):
                for record_id, action, _b, _a, record, edited in self._scan(repo, batch_id, entity, removed):
                    counts[action] += 1
                    if entity == "contact" and action == "created":
                        removed.add(record_id)
                    live_edit = [f for f in edited if f != "deleted_at"]
                    if live_edit and record.get("deleted_at") is None:
                        later.append(LaterEdit(entity, record_id, record.get("name") or "", tuple(live_edit)))
            return UndoPreview(batch_id, counts["created"], counts["updated"], later,
                               batch.undone_at is not None)

    def run(self, batch_id: str, keep_later_edits: bool, state: TaskState) -> UndoResult:
        result = UndoResult()
        with UnitOfWork(self.store) as uow:
            repo = uow.imports
            batch = self._batch(repo, batch_id)
            if batch.undone_at is not None:
                raise InterchangeError(ALREADY_UNDONE)
            writer = uow.bulk_writer()
            total = batch.created + batch.updated + batch.accounts_created
            removed: set[str] = set()
            done = 0
            with import_mode(uow.connection()):
                for entity in ("contact", "account"):
                    model = _MODELS[entity]
                    deletes, restores = [], []
                    for record_id, action, before, after, record, edited in self._scan(
                            repo, batch_id, entity, removed):
                        done += 1
                        keep = set(edited) - {"deleted_at"} if keep_later_edits else set()
                        if action == "created":
                            if record.get("deleted_at") is not None:
                                removed.add(record_id)
                            elif keep:
                                result.kept += 1
                            else:
                                deletes.append((record_id, record.get("version") or 0))
                                removed.add(record_id)
                        else:
                            change = self._restore(record, before, after, keep)
                            if change is None:
                                result.kept += 1
                            else:
                                restores.append(change)
                        if len(deletes) + len(restores) >= CHUNK:
                            self._flush(uow, writer, model, deletes, restores, result)
                            state.check()
                            state.progress(done, max(done, total), "")
                    self._flush(uow, writer, model, deletes, restores, result)
            batch.undone_at = writer.now
            uow.commit()
            self.store.checkpointer.start()
        return result

    @staticmethod
    def _restore(record: dict, before: dict, after: dict, keep: set[str]) -> RecordChange | None:
        fields = [f for f in after if f not in keep]
        if not fields:
            return None
        old = {f: before.get(f) for f in fields}
        return RecordChange(record["id"], record.get("version") or 0, old,
                            {f: record.get(f) for f in fields})

    def _flush(self, uow: UnitOfWork, writer: BulkWriter, model, deletes: list, restores: list,
               result: UndoResult) -> None:
        if model is Contact:
            self._follow_accounts(uow, restores)
        writer.soft_delete(model, deletes)
        writer.update(model, restores)
        result.removed += len(deletes)
        result.restored += len(restores)
        deletes.clear()
        restores.clear()

    @staticmethod
    def _follow_accounts(uow: UnitOfWork, restores: list[RecordChange]) -> None:
        """A contact moved back to its old company shows that company's name again."""
        names = uow.accounts.names_of(c.after["account_id"] for c in restores if c.after.get("account_id"))
        for change in restores:
            if "account_id" in change.after:
                change.after["account_name"] = names.get(change.after["account_id"])
