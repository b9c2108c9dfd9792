"""What an import is asked to do and what it reports back (plain dataclasses for GUI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any


class DuplicatePolicy(StrEnum):
    """What to do with a row that matches an existing record (or an earlier row of the file)."""

    SKIP = "skip"
    UPDATE = "update"  # fill the record's empty fields only
    OVERWRITE = "overwrite"  # the file's non-empty values replace the record's
    CREATE = "create"  # a new record anyway


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


@dataclass(frozen=True)
class ImportOptions:
    entity: str = "contact"  # "contact" | "account"
    sheet: str | None = None  # None: the first visible sheet
    header_row: int | None = None  # 0-based; None: detected
    mapping: tuple[str | None, ...] | None = None  # target field per column; None: saved or suggested
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP
    encoding: str | None = None  # CSV text encoding; None: detected
    dry_run: bool = False


@dataclass(frozen=True)
class FileOverview:
    """What the import wizard shows once a file is chosen."""

    path: Path
    format: str
    encoding: str | None
    sheets: list[tuple[str, bool]]  # (name, hidden)
    sheet: str
    header_row: int
    top_rows: list[list[str]]  # the first rows of the sheet as text, header row included
    columns: list[str]  # display titles of the header row
    samples: list[list[str]]  # per column, a few values from the rows below the header
    mapping: list[str | None]
    mapping_saved: bool  # the mapping is the one chosen last time for these headers
    estimated_rows: int
    sheet_rows: list[tuple[str, int]] = field(default_factory=list)  # (sheet, rows below its header)
    sheet_chosen: bool = False  # the reader picked the sheet (it holds the table; the first does not)
    encoding_sure: bool = True  # False: the wizard shows the text in `encoding_alternatives` to pick
    encoding_alternatives: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PreviewRow:
    """One source row as the import will store it."""

    row_number: int  # 1-based, as the spreadsheet shows it
    action: RowAction
    values: dict[str, object]
    reason: str = ""  # the error, or what the row matched


@dataclass(frozen=True)
class SkippedLine:
    """A line of the sheet that holds no record: a report footer, a total, a repeated header."""

    sheet: str
    row_number: int
    reason: str  # untranslated; context "Interchange"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0  # rows that repeat a record and change nothing
    errors: int = 0  # rows refused: nothing in them names a person or a company
    warnings: int = 0  # values kept for review on records that were imported
    accounts_created: int = 0
    batch_id: str | None = None  # None for a dry run
    error_report: Path | None = None  # errors, warnings and skipped lines, with sheet and row
    preview: list[PreviewRow] = field(default_factory=list)
    dry_run: bool = False
    skipped_lines: list[SkippedLine] = field(default_factory=list)
    unmatched_owners: list[str] = field(default_factory=list)  # kept as text on the records
    sheet: str = ""  # the sheet the rows came from

    def as_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "skipped": self.skipped,
                "errors": self.errors, "warnings": self.warnings, "accounts_created": self.accounts_created,
                "batch_id": self.batch_id, "sheet": self.sheet,
                "skipped_lines": [{"sheet": s.sheet, "row": s.row_number, "reason": s.reason}
                                  for s in self.skipped_lines],
                "unmatched_owners": self.unmatched_owners,
                "error_report": str(self.error_report) if self.error_report else None,
                "dry_run": self.dry_run}


@dataclass(frozen=True)
class ImportBatchInfo:
    id: str
    entity: str
    file_name: str
    started_at: datetime
    created: int
    updated: int
    skipped: int
    errors: int
    accounts_created: int
    error_report: str | None
    undone_at: datetime | None


@dataclass(frozen=True)
class LaterEdit:
    """A record of the batch that someone edited after the import."""

    entity: str
    record_id: str
    name: str
    fields: tuple[str, ...]  # fields whose value is no longer what the import wrote


@dataclass(frozen=True)
class UndoPreview:
    batch_id: str
    created: int
    updated: int
    later_edits: list[LaterEdit]
    undone: bool


@dataclass
class UndoResult:
    removed: int = 0  # records the import created, now deleted again
    restored: int = 0  # records the import updated, now back to their earlier values
    kept: int = 0  # records left as a later edit made them

    def as_json(self) -> dict[str, Any]:
        return {"removed": self.removed, "restored": self.restored, "kept": self.kept}
