"""What every repository shares: one session to get, add and flush on; the controller commits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.store.models import Base, SyncedRecord

T = TypeVar("T", bound=Base)
R = TypeVar("R", bound=SyncedRecord)


class Queries:
    """Reads (and writes) on the unit of work's session; the base of every repository."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self) -> Connection:
        """The transaction's connection, for SQL that reads indexes directly rather than building objects."""
        return self.session.connection()

    def flush(self) -> None:
        self.session.flush()


class Repository(Queries, Generic[T]):
    """Rows of `model`. `add` flushes, so the row has its id (and its journal entries) at once;
    `add(..., flush=False)` leaves a row to be filled in first: the next flush journals it once, whole."""

    model: type[T]

    def get(self, key: Any) -> T | None:
        return self.session.get(self.model, key)

    def get_live(self, key: Any) -> T:
        """The record, or NotFoundError when it was never here or is deleted (a tombstone)."""
        obj = self.session.get(self.model, key)
        if obj is None or getattr(obj, "deleted_at", None) is not None:
            raise NotFoundError(key)
        return obj

    def add(self, obj: T, *, flush: bool = True) -> None:
        self.session.add(obj)
        if flush:
            self.session.flush()

    def add_all(self, objs: Iterable[T]) -> None:
        """Staged only: they are flushed (and journaled) with the rest of the transaction."""
        self.session.add_all(list(objs))


class RecordRepository(Repository[R]):
    """Synced records, which are soft-deleted: `get` finds live ones unless asked for deleted ones too."""

    def get(self, key: Any, include_deleted: bool = False) -> R | None:
        obj = self.session.get(self.model, key)
        if obj is None or (obj.deleted_at is not None and not include_deleted):
            return None
        return obj

