"""Small report workbooks: one sheet per table, typed cells, bold frozen header, a totals row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from crm_desktop.interchange import cells
from crm_desktop.interchange.xlsx_writer import save_workbook

TEXT, MONTH, MONEY, INT, PERCENT = "text", "month", "money", "int", "percent"
KINDS = frozenset({TEXT, MONTH, MONEY, INT, PERCENT})
NUMBER_FORMATS = {MONTH: "yyyy-mm", MONEY: "#,##0.00", INT: "#,##0", PERCENT: "0.0%"}
HEADER_FILL = "DDEBF7"
MIN_WIDTH, MAX_WIDTH = 8, 50
_SHEET_TITLE_BAD = re.compile(r"[\\/?*\[\]:]")
_RIGHT = Alignment(horizontal="right")


@dataclass
class ReportSheet:
    """One table of a report. Money cells are Decimals in one currency; percent cells are 0..100;
    a month cell is a date (any day of the month) or a text such as "No date"."""

    title: str
    headers: Sequence[str]
    kinds: Sequence[str]
    rows: list[Sequence] = field(default_factory=list)
    totals: Sequence | None = None

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.kinds):
            raise ValueError("one kind per header")
        unknown = set(self.kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown column kinds {sorted(unknown)}")


def write_table_xlsx(path: Path | str, sheets: list[ReportSheet]) -> Path:
    """Write `sheets` to `path`; a temporary file becomes `path` only once complete (InterchangeError on failure)."""
    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for sheet in sheets:
        _fill(workbook.create_sheet(_sheet_title(sheet.title, used)), sheet)
    if not sheets:
        workbook.create_sheet("Sheet")
    with cells.replaced_on_success(path) as target:
        save_workbook(workbook, target)
    return path


def _fill(ws, sheet: ReportSheet) -> None:
    header_font, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    ws.append([_text(h) for h in sheet.headers])
    for col, kind in enumerate(sheet.kinds, 1):
        cell = ws.cell(1, col)
        cell.font, cell.fill = header_font, fill
        if kind != TEXT:
            cell.alignment = _RIGHT
    for row in sheet.rows:
        _write_row(ws, ws.max_row + 1, row, sheet.kinds)
    if sheet.totals is not None:
        number = ws.max_row + 1
        _write_row(ws, number, sheet.totals, sheet.kinds)
        line = Side(style="thin")
        for col in range(1, len(sheet.kinds) + 1):
            ws.cell(number, col).font = Font(bold=True)
            ws.cell(number, col).border = Border(top=line)
    ws.freeze_panes = "A2"
    all_rows = [sheet.headers, *sheet.rows, *([sheet.totals] if sheet.totals is not None else [])]
    for col, kind in enumerate(sheet.kinds):
        width = max((_width(r[col] if col < len(r) else None, kind) for r in all_rows), default=MIN_WIDTH)
        ws.column_dimensions[get_column_letter(col + 1)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))


def _write_row(ws, number: int, values: Sequence, kinds: Sequence[str]) -> None:
    for col, kind in enumerate(kinds, 1):
        value = values[col - 1] if col - 1 < len(values) else None
        cell = ws.cell(number, col)
        cell.value = _cell_value(value, kind)
        if isinstance(cell.value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        elif cell.value is not None and kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[kind]
        if kind != TEXT:
            cell.alignment = _RIGHT


def _cell_value(value, kind: str):
    if value is None or value == "":
        return None
    if kind == MONTH:
        if isinstance(value, date):
            # Excel has no month type: the first of the month shown yyyy-mm sorts and filters as a date.
            return datetime(value.year, value.month, 1)
        return _text(value)
    if kind in (MONEY, INT, PERCENT) and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        if kind == INT:
            return int(value)
        number = Decimal(value) / 100 if kind == PERCENT else Decimal(value)
        # Excel stores doubles anyway; the number format shows the cents.
        return float(number)
    return _text(value)


def _text(value) -> str:
    return cells.csv_safe(value) if not isinstance(value, str) else value


def _width(value, kind: str) -> int:
    if value is None:
        return 0
    if kind == MONEY and isinstance(value, int | float | Decimal):
        return len(f"{float(value):,.2f}")
    if kind == MONTH and isinstance(value, date):
        return 7
    return cells.display_width(value)


def _sheet_title(title: str, used: set[str]) -> str:
    base = " ".join(_SHEET_TITLE_BAD.sub(" ", title).split())[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name
