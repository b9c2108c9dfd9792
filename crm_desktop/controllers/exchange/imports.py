"""Import controller: look at a file, import it as one batch (or dry-run it), list and undo batches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain, islice
from pathlib import Path

from crm_desktop.controllers.exchange.import_report import ImportReport
from crm_desktop.controllers.exchange.import_run import ImportRun, SheetLayout, sheet_layout
from crm_desktop.controllers.exchange.import_undo import ImportUndo
from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.domain.exchange.imports import (
    FileOverview,
    ImportBatchInfo,
    ImportOptions,
    ImportResult,
    UndoPreview,
    UndoResult,
)
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.fields import FIELDS_OF, PHONE_FIELDS, field_spec
from crm_desktop.interchange.mapping import (
    column_titles,
    find_header_row,
    header_field,
    header_signature,
    suggest_mapping,
)
from crm_desktop.interchange.table import TableFile, open_table
from crm_desktop.store.bulk import import_mode
from crm_desktop.store.database import Store
from crm_desktop.store.day_stats import inserts_tallied
from crm_desktop.store.disk_full import said_as_disk_full
from crm_desktop.store.models import ImportBatch
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.tasks import TaskState, collector_paused

EMPTY_SHEET = QT_TRANSLATE_NOOP("Interchange", "The sheet \u201c{sheet}\u201d is empty.")
NO_DATA = QT_TRANSLATE_NOOP("Interchange", "The sheet has a header row but no data below it.")
NO_HEADER_ROW = QT_TRANSLATE_NOOP("Interchange", "Row {row} is below the end of the sheet; choose another header row.")
NO_SHEET = QT_TRANSLATE_NOOP("Interchange", "The file has no sheet named \u201c{sheet}\u201d.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP("Interchange", "No column is mapped to the name; choose which column holds it.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Interchange", "Unknown field \u201c{field}\u201d in the column mapping.")

HEAD_ROWS = 20  # rows read to find the header row and show the sheet
SAMPLE_ROWS = 5
CHUNK = 2000
# Fields of which at least one must be mapped: what can name a record.
_IDENTIFYING = {"contact": {"name", "first_name", "last_name", "company", "email", *PHONE_FIELDS},
                "account": {"name"}}


def _identity(_context: str, text: str) -> str:
    return text


def _open_sheet(table: TableFile, sheet: str | None, entity: str) -> tuple[str, Iterator[list], list[list]]:
    """(sheet name, its rows, the first HEAD_ROWS of them already read off the rows). Without a
    sheet named, the first visible sheet whose top rows hold a header row (an instructions sheet
    before the data is passed over)."""
    name = sheet or _table_sheet(table, entity)
    if name not in [s.name for s in table.sheets()]:
        raise InterchangeError(NO_SHEET, sheet=name)
    rows = table.rows(name)
    head = list(islice(rows, HEAD_ROWS))
    if not head or all(_blank(r) for r in head):
        raise InterchangeError(EMPTY_SHEET, sheet=name)
    return name, rows, head


def _table_sheet(table: TableFile, entity: str) -> str:
    default = table.default_sheet()
    visible = [s.name for s in table.sheets() if not s.hidden]
    if len(visible) < 2:
        return default
    for name in [default, *(n for n in visible if n != default)]:
        head = list(islice(table.rows(name), HEAD_ROWS))
        if has_header_row(head, entity):
            return name
    return default


def has_header_row(head: list[list], entity: str) -> bool:
    """Some row among these names at least two fields: the sheet holds a table of records."""
    return any(sum(1 for cell in row if isinstance(cell, str) and header_field(cell, entity)) >= 2 for row in head)


def _sheet_rows(table: TableFile, entity: str) -> list[tuple[str, int]]:
    """Each visible sheet with the number of rows below its header row (what the wizard lists)."""
    out = []
    for info in table.sheets():
        if info.hidden:
            continue
        head = list(islice(table.rows(info.name), HEAD_ROWS))
        if not head or all(_blank(r) for r in head):
            out.append((info.name, 0))
            continue
        out.append((info.name, max(0, table.estimated_rows(info.name) - find_header_row(head, entity) - 1)))
    return out


def _blank(row: list) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


class ImportController:
    def __init__(self, store: Store, phone_region: str = "CN") -> None:
        self.store = store
        self.phone_region = phone_region

    @property
    def reports_dir(self) -> Path:
        return self.store.path.parent / "import-reports"

    # --- looking at a file ---------------------------------------------------------------

    def inspect(self, path: Path, entity: str = "contact", sheet: str | None = None,
                header_row: int | None = None, encoding: str | None = None) -> FileOverview:
        """What the wizard shows: sheets, top rows, detected header row, suggested mapping."""
        table = open_table(Path(path), encoding)
        try:
            sheet_rows = _sheet_rows(table, entity)
            name, _rows, head = _open_sheet(table, sheet, entity)
            index = find_header_row(head, entity) if header_row is None else header_row
            headers = head[index] if index < len(head) else []
            mapping, saved = self._mapping_for(headers, entity)
            below = head[index + 1:index + 1 + SAMPLE_ROWS]
            samples = [[cell_text(r[i]) if i < len(r) else "" for r in below] for i in range(len(headers))]
            return FileOverview(
                path=Path(path), format=table.format, encoding=table.encoding,
                sheets=[(s.name, s.hidden) for s in table.sheets()], sheet=name, header_row=index,
                top_rows=[[cell_text(v) for v in r] for r in head], columns=column_titles(headers),
                samples=samples, mapping=mapping, mapping_saved=saved,
                estimated_rows=max(0, table.estimated_rows(name) - index - 1),
                sheet_rows=sheet_rows, sheet_chosen=sheet is None and name != table.default_sheet(),
                encoding_sure=getattr(table, "encoding_sure", True),
                encoding_alternatives=list(getattr(table, "encoding_alternatives", [])),
            )
        finally:
            table.close()

    def _mapping_for(self, headers: list, entity: str) -> tuple[list[str | None], bool]:
        with UnitOfWork(self.store) as uow:
            saved = uow.imports.saved_mapping(header_signature(headers), entity)
        if saved is not None and len(saved) == len(headers):
            return saved, True
        return suggest_mapping(headers, entity), False

    # --- importing -----------------------------------------------------------------------

    def run(self, path: Path, options: ImportOptions, state: TaskState | None = None,
            translate: Callable[[str, str], str] = _identity, language: str = "en") -> ImportResult:
        """Import one file as one transaction; a dry run rolls it back and reports the same. On a full disk
        (the store, or the error report beside it) it raises DiskFullError with nothing imported."""
        state = state or TaskState()
        path = Path(path)
        table = open_table(path, options.encoding)
        try:
            sheet, rows, head = _open_sheet(table, options.sheet, options.entity)
            index = options.header_row if options.header_row is not None else find_header_row(head, options.entity)
            if index >= len(head):
                raise InterchangeError(NO_HEADER_ROW, row=index + 1)
            headers = head[index]
            mapping = list(options.mapping) if options.mapping else self._mapping_for(headers, options.entity)[0]
            self._check_mapping(mapping, options.entity)
            layout = sheet_layout(path.name, sheet, headers, mapping, translate)
            data = chain(head[index + 1:], rows)
            total = max(1, table.estimated_rows(sheet) - index - 1)
            with said_as_disk_full(self.store.path.parent), collector_paused():
                return self._import(path, layout, index, headers, data, total, options, state, translate, language)
        finally:
            table.close()

    @staticmethod
    def _check_mapping(mapping: list, entity: str) -> None:
        known = {f.key for f in FIELDS_OF[entity]}
        for target in mapping:
            if target is not None and target not in known:
                raise InterchangeError(UNKNOWN_FIELD, field=target)
        if not _IDENTIFYING[entity] & set(mapping):
            raise InterchangeError(NO_NAME_COLUMN)

    def _import(self, path, layout: SheetLayout, index, headers, data, total, options, state,
                translate, language) -> ImportResult:
        colon, semicolon = ("：", "；") if language.startswith("zh") else (": ", "; ")

        def describe(error: ValidationError) -> str:
            return semicolon.join(f"{field_spec(options.entity, f).header(language)}{colon}"
                                  f"{translate('Validation', m)}" for f, m in error.errors.items())

        with UnitOfWork(self.store) as uow:
            repo = uow.imports
            batch = ImportBatch(id=new_id(), entity=options.entity, file_name=path.name, sheet=layout.sheet,
                                on_duplicate=str(options.on_duplicate), user_id=uow.user_id,
                                stamp=utcnow())
            repo.add(batch)
            writer = uow.bulk_writer(batch.stamp)
            conn = uow.connection()
            first_number = index + 2  # 1-based row numbers as the spreadsheet shows them
            read = 0
            with import_mode(conn), inserts_tallied(conn) as tally:
                run = ImportRun(repo, writer, batch.id, options.entity, options.on_duplicate,
                                self.phone_region, layout, translate, describe, tally)
                for chunk in _chunks(data, first_number):
                    state.check()
                    run.feed(chunk)
                    read += len(chunk)
                    state.progress(min(read, total), max(read, total), "")
            result = run.result
            result.sheet = layout.sheet
            if not (result.created or result.updated or result.skipped or result.errors):
                raise InterchangeError(NO_DATA)
            if run.failed or run.warned or result.skipped_lines:
                result.error_report = ImportReport(self.reports_dir, translate, language).write(
                    path, layout, headers, run, options.dry_run)
            for key in ("created", "updated", "skipped", "errors", "accounts_created"):
                setattr(batch, key, getattr(result, key))
            batch.error_report = str(result.error_report) if result.error_report else None
            repo.save_mapping(header_signature(headers), options.entity, layout.mapping)
            result.dry_run = options.dry_run
            if options.dry_run:
                uow.rollback()
            else:
                uow.commit()
                self.store.checkpointer.start()
                result.batch_id = batch.id
            return result

    # --- batches and undo ----------------------------------------------------------------

    def batches(self) -> list[ImportBatchInfo]:
        with UnitOfWork(self.store) as uow:
            return [
                ImportBatchInfo(b.id, b.entity, b.file_name, b.stamp, b.created, b.updated, b.skipped,
                                b.errors, b.accounts_created, b.error_report, b.undone_at)
                for b in uow.imports.batches()
            ]

    def undo_preview(self, batch_id: str) -> UndoPreview:
        return ImportUndo(self.store).preview(batch_id)

    def undo(self, batch_id: str, keep_later_edits: bool = True,
             state: TaskState | None = None) -> UndoResult:
        with said_as_disk_full(self.store.path.parent):
            return ImportUndo(self.store).run(batch_id, keep_later_edits, state or TaskState())


def _chunks(rows, first_number: int) -> Iterator[list[tuple[int, list]]]:
    numbered = enumerate(rows, first_number)
    while chunk := list(islice(numbered, CHUNK)):
        yield chunk
