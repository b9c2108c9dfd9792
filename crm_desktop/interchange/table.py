"""Reading any supported file as sheets of rows: the one entry point of the readers."""

from __future__ import annotations

import codecs
from pathlib import Path

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange import delimited, spreadsheet, vcard
from crm_desktop.interchange.errors import NOT_A_TABLE, InterchangeError
from crm_desktop.interchange.sheets import TableFile

EMPTY = QT_TRANSLATE_NOOP("Interchange", "The file is empty.")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Interchange", "This file cannot be opened ({reason}).")

HEAD = 8192
# Formats that are surely not tables, recognised before the text heuristics look at them.
_BINARY_MAGIC = (b"\x89PNG", b"%PDF-", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"Rar!\x1a", b"7z\xbc\xaf",
                 b"\x1f\x8b", b"\xfd7zXZ", b"II*\x00", b"MM\x00*", b"\x7fELF")
# Control bytes that never occur in text (tab, line breaks, vertical tab and form feed as in-cell
# line breaks, Ctrl-Z as a DOS end of file and escape do).
_CONTROL = bytes([*range(0, 9), *range(14, 26), *range(28, 32)])


def _is_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > len(head) // 100


def open_table(path: Path, encoding: str | None = None) -> TableFile:
    """Open a file by its content (not its name); InterchangeError when it cannot be read.

    Workbooks (xlsx, xlsm, xlsb, xls, ods) are recognised by their container, vCards by their
    first line; any other text is read as CSV. `encoding` overrides the detected text encoding.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD)
    except OSError as error:
        raise InterchangeError(CANNOT_OPEN, reason=error.strerror or str(error)) from None
    if not head:
        raise InterchangeError(EMPTY)
    if head.startswith((*spreadsheet.ZIP_MAGIC, spreadsheet.OLE_MAGIC)):
        return spreadsheet.Workbook(path, spreadsheet.detect_workbook(path, head))
    wide = delimited.bom_encoding(head) or delimited.utf16_without_bom(head)
    if encoding and codecs.lookup(delimited.checked_encoding(encoding)).name.startswith(("utf-16", "utf-32")):
        wide = encoding  # the user says so, though no BOM or NUL pattern did
    if not wide and _is_binary(head):
        raise InterchangeError(NOT_A_TABLE)
    text = head.decode(wide or "latin-1", "ignore").lstrip("\ufeff \t\r\n")
    if text[:11].upper() == "BEGIN:VCARD":
        return vcard.VCardFile(path, encoding)
    return delimited.DelimitedFile(path, encoding)
