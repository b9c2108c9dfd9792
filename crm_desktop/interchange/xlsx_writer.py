"""Streaming XLSX export: a styled, filterable, frozen header; text cells that never become formulas."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from types import SimpleNamespace
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import fromstring

from crm_desktop.interchange import cells

HEADER_FILL = "DDEBF7"
SAMPLE_ROWS = 200  # rows looked at for column widths
MIN_WIDTH, MAX_WIDTH = 8, 50
MAX_CELL_CHARS = 32767  # Excel's limit; a longer text makes Excel "repair" the whole file
MAX_EXACT_DIGITS = 15  # Excel keeps 15 significant digits: longer numbers (ID cards) go as text

_FORMULA_STARTS = cells.FORMULA_STARTS
# Plain text in XML: the parser would turn a raw CR into LF, hence &#13;.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# Not allowed in XML 1.0 at all; dropped (or replaced, for broken surrogates) so the export goes on.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_EDGE_SPACE = frozenset(" \t\n\r")
_SHEET_TITLE_BAD = re.compile(r"[\\/?*\[\]:]")
_GENERAL, _TEXT, _DATE = 0, 1, 2


def write_xlsx(path: Path | str, headers: list[str], rows: Iterable[Sequence], *, sheet_title: str,
               text_columns: set[int] = frozenset(), date_columns: set[int] = frozenset(),
               progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write one sheet, return the number of data rows; TaskCancelledError or InterchangeError leave no file.

    `text_columns` (phones) are text formatted "@", so Excel keeps their digits and leading zeros;
    `date_columns` hold dates or ISO date strings, shown yyyy-mm-dd. Cells beyond the headers are dropped.
    """
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(" ".join(_SHEET_TITLE_BAD.sub(" ", sheet_title).split())[:31] or "Sheet")
    rows = iter(rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    # Write-only sheets stream top to bottom, so widths and panes come before any row.
    for col, width in enumerate(_widths(headers, sample), 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    kinds = [_TEXT if i in text_columns else _DATE if i in date_columns else _GENERAL for i in range(len(headers))]
    renderer = _RowRenderer(ws, kinds)
    count = 0
    with cells.replaced_on_success(path) as target:
        with _sheet_data(ws) as xf:
            for element in fromstring(renderer.header(headers)):
                xf.write(element)
            chunks = iter(lambda: list(islice(rows, cells.REPORT_EVERY)), [])
            for chunk in chain([sample] if sample else [], chunks):
                cells.check_cancelled(cancelled)
                try:
                    elements = fromstring(renderer.rows(chunk, count + 2))
                except (SyntaxError, ValueError):  # a control character or a broken surrogate
                    elements = fromstring(renderer.rows(chunk, count + 2, clean=True))
                for element in elements:
                    xf.write(element)
                count += len(chunk)
                if progress is not None:
                    progress(count)
        if headers:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
        save_workbook(workbook, target)
    return count


def save_workbook(workbook: Workbook, target: BinaryIO) -> None:
    """workbook.save(target), but a failed save (a full disk) abandons its zip archive: openpyxl leaves the
    archive open, and when it is collected, long after the error was reported, it writes to the closed file
    and prints a traceback."""
    archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)  # as openpyxl's save does
    try:
        ExcelWriter(workbook, archive).save()
    except BaseException:
        archive.fp = None  # the file is thrown away: nothing more goes into it, now or at collection
        raise


@contextlib.contextmanager
def _sheet_data(ws) -> Iterator:
    """openpyxl's XML stream of a write-only sheet, inside <sheetData>.

    Private openpyxl (3.1) API: ws.append() builds a Cell object per value and writes it element
    by element, twice as slow as one parse of a chunk of rows. The tests read the files back.
    """
    ws._get_writer()  # writes <worksheet> up to <cols>
    writer = ws._writer
    try:
        xf = writer.xf.send(True)
        with xf.element("sheetData"):
            yield xf
        writer.xf.send(None)
    except BaseException:
        with contextlib.suppress(Exception):
            writer.close()
        writer.cleanup()  # openpyxl's temporary file of the sheet
        raise
    ws._rows = SimpleNamespace(close=lambda: None)  # close() then writes no second <sheetData>


class _RowRenderer:
    """Rows as the XML text of <row> elements, a chunk of them in one string for one parse."""

    def __init__(self, ws, kinds: list[int]) -> None:
        self.letters = [get_column_letter(i) for i in range(1, len(kinds) + 1)]
        self.kinds = kinds
        line = Side(style="thin", color="9BC2E6")
        self.header_style = _style(ws, font=Font(bold=True), fill=PatternFill("solid", fgColor=HEADER_FILL),
                                   border=Border(bottom=line), alignment=Alignment(vertical="center"))
        self.text_style = _style(ws, number_format="@")
        # Excel's own mark of a typed '=1+1: the cell stays text even when edited.
        self.quoted_style = _style(ws, quotePrefix=True)
        self.date_style = _style(ws, number_format="yyyy-mm-dd")
        self.datetime_style = _style(ws, number_format="yyyy-mm-dd hh:mm")

    def header(self, headers: list[str]) -> str:
        texts = "".join(_text_cell(f"{c}1", str(h or ""), self.header_style)
                        for c, h in zip(self.letters, headers, strict=True))
        return f'<x><row r="1">{texts}</row></x>'

    def rows(self, chunk: list[Sequence], first_row: int, clean: bool = False) -> str:
        out = ["<x>"]
        append = out.append
        for number, row in enumerate(chunk, first_row):
            r = str(number)
            append(f'<row r="{r}">')
            for letter, kind, value in zip(self.letters, self.kinds, row, strict=False):
                if value is None or value == "":
                    continue
                if type(value) is str and kind == _GENERAL:  # the common case, kept short
                    style = self.quoted_style if value[0] in _FORMULA_STARTS else ""
                    append(_text_cell(letter + r, _clean(value) if clean else value, style))
                else:
                    append(self._cell(letter + r, kind, value, clean))
            append("</row>")
        append("</x>")
        return "".join(out)

    def _cell(self, ref: str, kind: int, value: object, clean: bool) -> str:
        if kind == _DATE and isinstance(value, str) and len(value) == 10:
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(value)
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone().replace(tzinfo=None)
            if kind != _DATE:
                return f'<c r="{ref}"{self.datetime_style}><v>{cells.number_text(to_excel(value))}</v></c>'
            value = value.date()
        if isinstance(value, date):
            return f'<c r="{ref}"{self.date_style}><v>{cells.number_text(to_excel(value))}</v></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float | Decimal):
            digits = cells.number_text(value)
            if kind != _TEXT and _exact_in_excel(value, digits):
                return f'<c r="{ref}"><v>{digits}</v></c>'
            value = digits
        text = _clean(str(value)) if clean else str(value)
        style = self.text_style if kind == _TEXT else self.quoted_style if text[:1] in _FORMULA_STARTS else ""
        return _text_cell(ref, text, style)


def _text_cell(ref: str, text: str, style: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
    space = ' xml:space="preserve"' if text and (text[0] in _EDGE_SPACE or text[-1] in _EDGE_SPACE) else ""
    return f'<c r="{ref}" t="inlineStr"{style}><is><t{space}>{text.translate(_ESCAPES)}</t></is></c>'


def _exact_in_excel(value: int | float | Decimal, digits: str) -> bool:
    """False for what Excel would garble as a number: 18-digit ID numbers, NaN, infinity."""
    if isinstance(value, float) or (isinstance(value, Decimal) and not value.is_finite()):
        return math.isfinite(value)
    return len(digits.lstrip("-").replace(".", "").lstrip("0")) <= MAX_EXACT_DIGITS


def _clean(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _NOT_XML.sub("", text))


def _style(ws, **attributes) -> str:
    """The ` s="n"` attribute of a cell style, registered with the workbook through a prototype cell."""
    cell = WriteOnlyCell(ws)
    for name, value in attributes.items():
        setattr(cell, name, value)
    return f' s="{cell.style_id}"'


def _widths(headers: list[str], sample: list[Sequence]) -> list[float]:
    # The header gets room for the filter's drop-down button.
    widest = [cells.display_width(h) + 3 for h in headers]
    for row in sample:
        for i, value in enumerate(row[:len(headers)]):
            if value is not None and value != "":
                widest[i] = max(widest[i], cells.display_width(value))
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widest]
