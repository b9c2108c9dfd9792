"""What every reader hands out: a cell as read, a sheet's name, and the shape of an open table file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol

# A cell as read: text from CSV and vCard; typed values (cached results of formulas) from
# spreadsheets. Empty cells are "" or None.
Cell = str | int | float | bool | date | datetime | time | timedelta | None


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool = False


class TableFile(Protocol):
    path: Path
    format: str  # "xlsx", "xlsm", "xls", "ods", "csv", "vcard"
    encoding: str | None  # detected or chosen text encoding (CSV only)

    def sheets(self) -> list[SheetInfo]: ...

    def default_sheet(self) -> str: ...

    def rows(self, sheet: str | None = None) -> Iterator[list[Cell]]:
        """Rows of a sheet, streamed, top to bottom (the default sheet when None)."""
        ...

    def estimated_rows(self, sheet: str | None = None) -> int: ...

    def close(self) -> None: ...
