"""The fixture files read back without the importer: CSV rows, sheet rows, vCard names."""

from __future__ import annotations

import csv
import io
import quopri
import re

import openpyxl
from python_calamine import CalamineWorkbook

from tests.real_exports.expected import Fixture


def text_rows(fixture: Fixture) -> list[list[str]]:
    text = fixture.path.read_bytes().decode(fixture.encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=fixture.delimiter))


def sheet_rows(fixture: Fixture) -> list[list]:
    if fixture.kind == "xls":
        book = CalamineWorkbook.from_path(str(fixture.path))
        return book.get_sheet_by_name(fixture.sheet).to_python()
    book = openpyxl.load_workbook(fixture.path)
    sheet = book[fixture.sheet] if fixture.sheet else book.active
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def card_names(text: str) -> list[str]:
    """Each card's FN, unfolded and decoded (quoted-printable in the card's charset), read independently of
    the importer's own vCard reader."""
    lines = re.sub(r"\r\n[ \t]", "", text).replace("=\r\n", "").split("\r\n")
    names = []
    for line in lines:
        key, _, value = line.partition(":")
        if key.split(";")[0] != "FN":
            continue
        params = dict(p.partition("=")[::2] for p in key.split(";")[1:])
        if params.get("ENCODING") == "QUOTED-PRINTABLE":
            value = quopri.decodestring(value.encode("ascii")).decode(params.get("CHARSET", "utf-8"))
        names.append(value)
    return names


def cells_of(row: list) -> set[str]:
    return {str(v).strip() for v in row if v not in (None, "")}
