"""Excel (xlsx, xlsm, xlsb, xls) and OpenDocument (ods) workbooks read through python-calamine."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import python_calamine as calamine

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.errors import NOT_A_TABLE, InterchangeError
from crm_desktop.interchange.sheets import Cell, SheetInfo

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
MAX_UNCOMPRESSED = 1 << 30  # a workbook that unpacks to more than this is refused (zip bomb)
_BOMB_RATIO = 200
_BOMB_MIN_SIZE = 50 << 20
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"

TOO_LARGE = QT_TRANSLATE_NOOP("Interchange", "This file would unpack to more than {limit} MB; it is not imported.")
PASSWORD = QT_TRANSLATE_NOOP(
    "Interchange",
    "This workbook is protected with a password. Open it in Excel, remove the password, save it and import again.")
DAMAGED = QT_TRANSLATE_NOOP("Interchange", "This workbook is damaged and cannot be read ({detail}).")
NO_SHEETS = QT_TRANSLATE_NOOP("Interchange", "This workbook has no worksheets.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Interchange", 'The sheet "{sheet}" is not in this file.')


def check_zip_size(members: list[zipfile.ZipInfo]) -> None:
    """Refuse archives that would unpack to an absurd size before anything decompresses them."""
    too_big = InterchangeError(TOO_LARGE, limit=MAX_UNCOMPRESSED >> 20)
    if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise too_big
    for m in members:
        if m.file_size > _BOMB_MIN_SIZE and m.file_size > _BOMB_RATIO * max(m.compress_size, 1):
            raise too_big


def _zip_format(path: Path) -> str:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InterchangeError(DAMAGED, detail=str(error)) from None
    with archive:
        members = archive.infolist()
        check_zip_size(members)
        names = {m.filename for m in members}
        if "mimetype" in names:
            with archive.open("mimetype") as f:
                if f.read(200).decode("ascii", "replace").strip().startswith(_ODS_MIME):
                    return "ods"
        if "xl/workbook.xml" in names:
            macro = "xl/vbaProject.bin" in names
            if not macro and "[Content_Types].xml" in names:
                with archive.open("[Content_Types].xml") as f:
                    macro = b"macroEnabled" in f.read(1 << 20)
            return "xlsm" if macro else "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
    raise InterchangeError(NOT_A_TABLE)


def _ole_probe(path: Path) -> tuple[set[str], bool]:
    """Stream names of a compound file and whether its workbook starts with FILEPASS (encrypted xls).

    Reads only the directory chain (FAT sectors listed in the header) and the first sector of the
    workbook stream; ([], False) when the container is too odd for this, and calamine decides.
    """
    names: set[str] = set()
    workbook_sector = None
    with open(path, "rb") as f:
        header = f.read(512)
        size = 1 << int.from_bytes(header[30:32], "little")
        if size not in (512, 4096):
            return names, False
        fat = [int.from_bytes(header[76 + 4 * i:80 + 4 * i], "little") for i in range(109)]
        fat = [s for s in fat if s < 0xFFFFFFFA]

        def sector(number: int) -> bytes:
            f.seek((number + 1) * size)
            return f.read(size)

        current, seen = int.from_bytes(header[48:52], "little"), set()
        while current < 0xFFFFFFFA and current not in seen and len(seen) < 4096:
            seen.add(current)
            data = sector(current)
            for offset in range(0, len(data) - 127, 128):
                entry = data[offset:offset + 128]
                length = int.from_bytes(entry[64:66], "little")
                if 2 <= length <= 64:
                    name = entry[:length - 2].decode("utf-16-le", "replace")
                    names.add(name)
                    stream_size = int.from_bytes(entry[120:124], "little")
                    if name in ("Workbook", "Book") and stream_size >= 4096:  # not in the mini stream
                        workbook_sector = int.from_bytes(entry[116:120], "little")
            per_sector, index = size // 4, current
            if index // per_sector >= len(fat):
                break
            table = sector(fat[index // per_sector])
            current = int.from_bytes(table[4 * (index % per_sector):4 * (index % per_sector) + 4], "little")
        encrypted = False
        if workbook_sector is not None:
            record = sector(workbook_sector)
            # FILEPASS (0x002F) must directly follow the BOF record of the workbook globals.
            after_bof = 4 + int.from_bytes(record[2:4], "little")
            encrypted = record[:2] == b"\x09\x08" and record[after_bof:after_bof + 2] == b"\x2f\x00"
    return names, encrypted


def _ole_format(path: Path) -> str:
    names, encrypted = _ole_probe(path)
    # An encrypted xlsx is a compound file holding the encrypted zip and how it was encrypted.
    if encrypted or {"EncryptionInfo", "EncryptedPackage"} & names:
        raise InterchangeError(PASSWORD)
    if names and not {"Workbook", "Book"} & names:
        raise InterchangeError(NOT_A_TABLE)  # a Word document, an Outlook message...
    return "xls"


def detect_workbook(path: Path, head: bytes) -> str:
    return _ole_format(path) if head.startswith(OLE_MAGIC) else _zip_format(path)


def _damaged(error: Exception) -> InterchangeError:
    if isinstance(error, calamine.PasswordError):
        return InterchangeError(PASSWORD)
    return InterchangeError(DAMAGED, detail=str(error) or type(error).__name__)


class Workbook:
    """Worksheets of a workbook, cells typed as calamine gives them (cached values of formulas)."""

    encoding = None

    def __init__(self, path: Path, format: str) -> None:
        self.path = path
        self.format = format
        try:
            self._book = calamine.CalamineWorkbook.from_path(str(path))
            metadata = self._book.sheets_metadata
        except (calamine.CalamineError, OSError, ValueError) as error:
            raise _damaged(error) from None
        # Chart and dialog sheets hold no rows.
        self._sheets = [SheetInfo(m.name, m.visible != calamine.SheetVisibleEnum.Visible)
                        for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        self._loaded: tuple[str, calamine.CalamineSheet] | None = None

    def sheets(self) -> list[SheetInfo]:
        return list(self._sheets)

    def default_sheet(self) -> str:
        if not self._sheets:
            raise InterchangeError(NO_SHEETS)
        return next((s.name for s in self._sheets if not s.hidden), self._sheets[0].name)

    def _sheet(self, name: str | None) -> calamine.CalamineSheet:
        name = self.default_sheet() if name is None else name
        if name not in {s.name for s in self._sheets}:
            raise InterchangeError(NO_SUCH_SHEET, sheet=name)
        # Keep the last sheet: estimated_rows() then rows() would otherwise parse it twice.
        if self._loaded is None or self._loaded[0] != name:
            self._loaded = None
            try:
                self._loaded = (name, self._book.get_sheet_by_name(name))
            except (calamine.CalamineError, OSError, ValueError) as error:
                raise _damaged(error) from None
        return self._loaded[1]

    def rows(self, sheet: str | None = None) -> Iterator[list[Cell]]:
        return self._rows(self._sheet(sheet))

    @staticmethod
    def _rows(sheet: calamine.CalamineSheet) -> Iterator[list[Cell]]:
        try:
            for row in sheet.iter_rows():
                yield list(row)
        except (calamine.CalamineError, ValueError) as error:
            raise _damaged(error) from None

    def estimated_rows(self, sheet: str | None = None) -> int:
        # iter_rows() starts at the first row of the sheet, even when the data starts lower.
        end = self._sheet(sheet).end
        return end[0] + 1 if end else 0

    def close(self) -> None:
        self._loaded = None
        self._book.close()
