"""Export controller: contacts and accounts to xlsx, CSV or vCard, streamed from the store.

Two shapes: whole records (every importable field, so export then import gives the same
records) and a list view as the user sees it (its filter, sort and visible columns).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crm_desktop.controllers.exchange.export_records import record_export
from crm_desktop.domain.common.display import local_time_text, phone_text
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.interchange.csv_writer import write_csv
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.vcard_writer import write_vcards
from crm_desktop.store.database import Store
from crm_desktop.store.disk_full import said_as_disk_full
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.tasks import TaskState

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Interchange", "Choose a file name ending in .xlsx, .csv or .vcf.")
VCARD_CONTACTS_ONLY = QT_TRANSLATE_NOOP("Interchange", "Only contacts can be exported as vCard.")

_FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".vcf": "vcard", ".vcard": "vcard"}
_COLUMN_SQL = {"company": "c.account_name"}  # record field -> SQL, where not the same name
_PHONES = {"mobile", "phone"}
# A card carries numbers and e-mails as stored (E.164; the writer gives each its TYPE) and the
# contact's own address.
_VCARD_FIELDS = ("name", "company", "department", "title", "mobile", "phone", "phones", "email", "emails",
                 "birthday", "notes", "wechat", "tags", "street", "district", "city", "province", "postal_code",
                 "country", "custom_fields")
_VCARD_SQL: dict[str, str] = {}
_VCARD_JSON = frozenset({"phones", "emails", "custom_fields", "tags"})


@dataclass(frozen=True)
class ExportColumn:
    """A visible column of a list view: where it is in the list's row, its header, its kind."""

    position: int
    header: str
    kind: str = "text"  # text | phone | time | date | label
    labels: dict | None = None  # stored value -> shown text (kind "label")


def export_format(path: Path) -> str:
    fmt = _FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InterchangeError(UNKNOWN_FORMAT)
    return fmt


def _card(row, region: str) -> dict:
    card = {}
    for field, value in zip(_VCARD_FIELDS, row, strict=True):
        if field in _VCARD_JSON:
            value = json.loads(value) if value else None
            card[field] = ", ".join(value) if field == "tags" and value else value
        elif field == "birthday":
            card[field] = date.fromisoformat(value) if value else None
        else:
            card[field] = value
    return card


def _shown(column: ExportColumn, value, region: str):
    if value is None:
        return None
    if column.kind == "phone":
        return phone_text(value, region)
    if column.kind == "time":
        return local_time_text(value)
    if column.kind == "date":
        return date.fromisoformat(value) if isinstance(value, str) else value
    if column.kind == "label" and column.labels:
        return column.labels.get(value, value)
    return value


class ExportController:
    def __init__(self, store: Store, home_region: str = "CN") -> None:
        self.store = store
        self.home_region = home_region

    def export_records(self, entity: str, path: Path, *, encoding: str | None = None, language: str = "en",
                       flt: ListFilter | None = None, sort: ListSort | None = None,
                       state: TaskState | None = None) -> int:
        """Every importable field of the records in the list (all of them by default). DiskFullError when
        the file's disk is full: no file, not even a partial one, is left."""
        with said_as_disk_full(Path(path).parent):
            return self._export_records(entity, path, encoding, language, flt, sort, state)

    def _export_records(self, entity: str, path: Path, encoding: str | None, language: str,
                        flt: ListFilter | None, sort: ListSort | None, state: TaskState | None) -> int:
        fmt = export_format(path)
        if fmt == "vcard":
            return self._vcards(entity, path, flt or ListFilter(), sort or ListSort(), state)
        with UnitOfWork(self.store) as uow:
            repo = uow.contacts if entity == "contact" else uow.accounts
            plan = record_export(entity, repo.custom_field_names(), self.home_region)
            total = repo.count(flt or ListFilter())
            rows = repo.stream(flt or ListFilter(), sort or ListSort(), plan.select)
            return self._write(fmt, path, plan.headers(language), (plan.cells(r) for r in rows), total, encoding,
                               state, text_columns=plan.phone_columns, date_columns=plan.date_columns,
                               sheet_title=entity)

    def export_view(self, entity: str, path: Path, columns: list[ExportColumn], flt: ListFilter,
                    sort: ListSort, *, encoding: str | None = None, state: TaskState | None = None) -> int:
        """A list view as shown: its rows in its order, its visible columns (DiskFullError as export_records)."""
        with said_as_disk_full(Path(path).parent):
            return self._export_view(entity, path, columns, flt, sort, encoding, state)

    def _export_view(self, entity: str, path: Path, columns: list[ExportColumn], flt: ListFilter,
                     sort: ListSort, encoding: str | None, state: TaskState | None) -> int:
        fmt = export_format(path)
        if fmt == "vcard":
            return self._vcards(entity, path, flt, sort, state)
        with UnitOfWork(self.store) as uow:
            repo = uow.contacts if entity == "contact" else uow.accounts
            total = repo.count(flt)
            rows = repo.stream(flt, sort)
            region = self.home_region
            cells = ([_shown(c, row[c.position], region) for c in columns] for row in rows)
            return self._write(fmt, path, [c.header for c in columns], cells, total, encoding, state,
                               text_columns={i for i, c in enumerate(columns) if c.kind == "phone"},
                               date_columns={i for i, c in enumerate(columns) if c.kind == "date"},
                               sheet_title=entity)

    def _vcards(self, entity: str, path: Path, flt: ListFilter, sort: ListSort, state) -> int:
        if entity != "contact":
            raise InterchangeError(VCARD_CONTACTS_ONLY)
        select = ", ".join(_VCARD_SQL.get(f) or _COLUMN_SQL.get(f) or f"c.{f}" for f in _VCARD_FIELDS)
        state = state or TaskState()
        with UnitOfWork(self.store) as uow:
            total = uow.contacts.count(flt)
            rows = uow.contacts.stream(flt, sort, select)
            cards = (_card(row, self.home_region) for row in rows)
            return write_vcards(path, cards, progress=lambda n: state.progress(n, max(n, total), ""),
                                cancelled=lambda: state.cancelled)

    @staticmethod
    def _write(fmt: str, path: Path, headers: list[str], rows: Iterable, total: int,
               encoding: str | None, state: TaskState | None, **xlsx) -> int:
        state = state or TaskState()

        def progress(n: int) -> None:
            state.progress(n, max(n, total), "")

        if fmt == "csv":
            return write_csv(path, headers, rows, encoding=encoding or "utf-8-sig", progress=progress,
                             cancelled=lambda: state.cancelled)
        from crm_desktop.interchange.xlsx_writer import write_xlsx  # openpyxl and numpy: 0.2 s of start-up

        return write_xlsx(path, headers, rows, progress=progress, cancelled=lambda: state.cancelled,
                          **xlsx)

