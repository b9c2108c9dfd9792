"""CSV, TSV and Excel "Unicode text" files: text encoding detection and streamed rows."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from crm_desktop.domain.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.table import Cell, SheetInfo

CHUNK = 1 << 20  # encoding detection and error location read the file in pieces of this size
SNIFF_CHARS = 64 * 1024
ESTIMATE_LINES = 200

DECODE_FAILED = QT_TRANSLATE_NOOP(
    "Interchange", "Line {line} cannot be read as {encoding} text. Choose another encoding and import again.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Interchange", "Unknown text encoding: {encoding}.")
BAD_LINE = QT_TRANSLATE_NOOP("Interchange", "Line {line} of this file cannot be read ({detail}).")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Interchange", 'The sheet "{sheet}" is not in this file.')

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SEP_LINE = re.compile(r"\ufeff?sep=(.)\r?\n?$")  # Excel's "sep=;" first line names the delimiter


def bom_encoding(head: bytes) -> str | None:
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes on one side of the pairs (ASCII digits, commas, newlines)."""
    sample = head[:1024]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 4:
        return None
    if odd.count(0) > len(odd) // 10 and even.count(0) <= len(even) // 100:
        return "utf-16-le"
    if even.count(0) > len(even) // 10 and odd.count(0) <= len(odd) // 100:
        return "utf-16-be"
    return None


def detect_encoding(path: Path) -> str:
    """BOM, else UTF-16 by its NULs, else UTF-8 unless the first non-ASCII piece is not UTF-8 (then GB18030)."""
    with open(path, "rb") as f:
        chunk = f.read(CHUNK)
        found = bom_encoding(chunk) or utf16_without_bom(chunk)
        if found:
            return found
        while chunk:
            if not chunk.isascii():
                try:
                    # final=False: a character cut at the end of the piece is not an error.
                    codecs.getincrementaldecoder("utf-8")().decode(chunk, final=False)
                except UnicodeDecodeError:
                    return "gb18030"  # superset of GBK and GB2312, as written by Chinese Excel and WPS
                return "utf-8"
            chunk = f.read(CHUNK)
    return "utf-8"


def checked_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InterchangeError(UNKNOWN_ENCODING, encoding=encoding) from None
    return encoding


def open_text(path: Path, encoding: str) -> TextIO:
    # newline="": quoted fields keep their line breaks, and the csv module sees \r\n as it needs.
    return open(path, encoding=encoding, errors="strict", newline="")


def failing_line(path: Path, encoding: str) -> int:
    """The 1-based line where decoding fails (text streams decode ahead, so their position is no help)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    line = 1
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            try:
                line += decoder.decode(chunk).count("\n")
            except UnicodeDecodeError as error:
                good = error.object[:error.start]
                return line + codecs.decode(good, encoding, "replace").count("\n")
    return line


@contextmanager
def decoding(path: Path, encoding: str):
    """Turn a decoding failure into an error naming the line, instead of replacing characters silently."""
    try:
        yield
    except UnicodeDecodeError:
        line = failing_line(path, encoding)
        raise InterchangeError(DECODE_FAILED, line=line, encoding=encoding.upper()) from None


def estimate_lines(path: Path) -> int:
    """Lines in the file from the average length of the first ones: cheap, exact for small files."""
    size = path.stat().st_size
    count = total = 0
    with open(path, "rb") as f:
        while count < ESTIMATE_LINES and (line := f.readline(CHUNK)):
            count += 1
            total += len(line)
    if count < ESTIMATE_LINES or not total:
        return count
    return max(count, round(size * count / total))


class TextTable:
    """A text file read as a single sheet named after the file."""

    path: Path

    def sheets(self) -> list[SheetInfo]:
        return [SheetInfo(self.path.stem)]

    def default_sheet(self) -> str:
        return self.path.stem

    def _check(self, sheet: str | None) -> None:
        if sheet not in (None, self.path.stem):
            raise InterchangeError(NO_SUCH_SHEET, sheet=sheet)

    def close(self) -> None:
        pass  # every rows() call opens and closes its own stream


class DelimitedFile(TextTable):
    """One sheet of text cells; the delimiter is sniffed from the beginning of the file."""

    format = "csv"

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = checked_encoding(encoding) or detect_encoding(path)
        with decoding(path, self.encoding), open_text(path, self.encoding) as f:
            sample = f.read(SNIFF_CHARS)
        first_line = sample.split("\n", 1)[0]
        sep = _SEP_LINE.match(first_line)
        self._skip_sep_line = bool(sep)
        self.delimiter = sep.group(1) if sep else self._sniff(sample)

    def _sniff(self, sample: str) -> str:
        if len(sample) == SNIFF_CHARS and "\n" in sample:
            sample = sample[:sample.rindex("\n")]  # a cut last line would mislead the sniffer
        try:
            return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            first = sample.split("\n", 1)[0]
            counts = {d: first.count(d) for d in ",;\t|"}
            best = max(counts, key=counts.get)
            if counts[best]:
                return best
            return "\t" if self.encoding.startswith("utf-16") else ","

    def rows(self, sheet: str | None = None) -> Iterator[list[Cell]]:
        self._check(sheet)
        return self._rows()

    def _rows(self) -> Iterator[list[Cell]]:
        with decoding(self.path, self.encoding), open_text(self.path, self.encoding) as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            first = True
            try:
                for row in reader:
                    if first:
                        first = False
                        if self._skip_sep_line:
                            continue
                        if row and row[0].startswith("\ufeff"):  # a BOM left by an explicitly chosen encoding
                            row[0] = row[0][1:]
                    yield row
            except csv.Error as error:
                raise InterchangeError(BAD_LINE, line=reader.line_num, detail=str(error)) from None

    def estimated_rows(self, sheet: str | None = None) -> int:
        self._check(sheet)
        return max(0, estimate_lines(self.path) - self._skip_sep_line)
