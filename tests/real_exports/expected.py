"""What a fixture file holds: the expected people, the lines to skip, and helpers that write rows as programs do."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import openpyxl

# A value the test does not check: the export leaves it open how the import should split it
# (a one-line address, say), so any reading is right as long as nothing else is wrong.
ANY = "<any>"

# Every key an expected person has; the test compares each one (None: must be empty).
KEYS = ("name", "company", "mobile", "phone", "phones", "email", "country", "province", "city", "district", "street",
        "postal_code", "owner", "source", "lifecycle", "created", "custom", "review", "row")

# Country names as exports write them, by ISO code: the test accepts any spelling of the right country
# in the stored value, because how the store spells a country is the importer's choice.
COUNTRY_NAMES = {
    "CN": ("CN", "China", "中国", "中华人民共和国", "Chine", "People's Republic of China", "PRC"),
    "DE": ("DE", "Germany", "Deutschland", "德国", "Allemagne", "Alemania", "ドイツ"),
    "GB": ("GB", "UK", "United Kingdom", "英国", "Great Britain", "Vereinigtes Königreich", "Royaume-Uni"),
    "US": ("US", "USA", "United States", "美国", "United States of America", "Vereinigte Staaten"),
    "FR": ("FR", "France", "法国", "Frankreich"),
    "ES": ("ES", "Spain", "España", "西班牙", "Espagne", "Spanien"),
    "JP": ("JP", "Japan", "日本", "Japon"),
    "AT": ("AT", "Austria", "Österreich", "奥地利", "Autriche"),
    "CH": ("CH", "Switzerland", "Schweiz", "瑞士", "Suisse"),
}


def country_code(text: str | None) -> str | None:
    """The ISO code of a country name as stored, or the text itself when it names none of the above."""
    if not text:
        return None
    folded = text.strip().casefold()
    for code, names in COUNTRY_NAMES.items():
        if folded in {n.casefold() for n in names}:
            return code
    return text


def person(name: str, **values) -> dict:
    """An expected person: every key of KEYS, those not given empty. phones: [(kind, E.164)];
    review: [(field, value as written)]; custom: {header: text}; created: the source's creation date;
    owner: the owner's name as the file writes it; row: the 1-based row a spreadsheet shows."""
    unknown = set(values) - set(KEYS)
    if unknown:
        raise TypeError(f"unknown keys {sorted(unknown)}")
    expected: dict = dict.fromkeys(KEYS)
    expected.update(phones=[], custom={}, review=[])
    expected.update(values, name=name)
    return expected


@dataclass
class Fixture:
    """A file as a program wrote it and what importing it must give."""

    path: Path
    people: list[dict]
    skipped_rows: list[int] = field(default_factory=list)  # footers, totals, repeated headers (1-based rows)
    errors: int = 0  # rows where nothing names a person or a company
    users: list[tuple[str, str]] = field(default_factory=list)  # (username, display name) to create first
    sheet: str | None = None  # the sheet holding the people, in a workbook
    data_rows: int | None = None  # rows of people on that sheet
    encoding: str | None = None  # text files: the encoding the program wrote
    delimiter: str = ","
    owner_may_stay_custom: bool = False  # owners written as ids of the other system (Salesforce OwnerId)

    @property
    def kind(self) -> str:
        return self.path.suffix.lower().lstrip(".")


class Rows:
    """Rows of a sheet as they are added, so each person knows the row number a spreadsheet shows."""

    def __init__(self, *rows: list) -> None:
        self.rows: list[list] = [list(r) for r in rows]

    def add(self, row: list) -> int:
        self.rows.append(list(row))
        return len(self.rows)

    def by_header(self, header: list[str], values: dict) -> int:
        """A row from {header: value}; headers not named stay empty."""
        unknown = set(values) - set(header)
        if unknown:
            raise KeyError(f"not in the header: {sorted(unknown)}")
        return self.add([values.get(h, "") for h in header])


def write_text_csv(path: Path, rows: list[list], encoding: str, *, delimiter: str = ",", quote_all: bool = True,
                   newline: str = "\r\n", bom: bool = False) -> Path:
    """CSV as Windows programs write it: CRLF, every field quoted unless told otherwise."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline,
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for row in rows:
        # A footer such as "Grand Totals (7 records)" is one quoted field, not padded to the header's width.
        writer.writerow(["" if v is None else v for v in row])
    data = buffer.getvalue().encode(encoding)  # strict: a character the program could not write is a bug here
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_sheet(book: openpyxl.Workbook, title: str, rows: list[list], *, first: bool = False):
    """A sheet with the rows as given (None for an empty cell); the workbook's default sheet when first."""
    sheet = book.active if first else book.create_sheet(title)
    sheet.title = title
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    return sheet


def dated(text: str) -> date:
    return date.fromisoformat(text)
