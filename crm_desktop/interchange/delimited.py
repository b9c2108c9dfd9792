"""CSV, TSV and Excel "Unicode text" files: text encoding detection and streamed rows."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.encodings import EncodingChoice, bom_encoding, encoding_choices, utf16_without_bom
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.sheets import Cell, SheetInfo

CHUNK = 1 << 20  # error location reads the file in pieces of this size
SNIFF_CHARS = 64 * 1024
ESTIMATE_LINES = 200

DECODE_FAILED = QT_TRANSLATE_NOOP(
    "Interchange", "Line {line} cannot be read as {encoding} text. Choose another encoding and import again.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Interchange", "Unknown text encoding: {encoding}.")
BAD_LINE = QT_TRANSLATE_NOOP("Interchange", "Line {line} of this file cannot be read ({detail}).")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Interchange", 'The sheet "{sheet}" is not in this file.')

__all__ = ["DelimitedFile", "DetectedEncoding", "EncodingChoice", "bom_encoding", "checked_encoding",
           "encoding_choices", "utf16_without_bom"]
_SEP_LINE = re.compile(r"\ufeff?sep=(.)\r?\n?$")  # Excel's "sep=;" first line names the delimiter


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


class DetectedEncoding:
    """The text encoding of a file, chosen or detected, and how sure detection is of it.

    encoding: what rows() decodes with (a Python codec name). encoding_sure: false when detection could
    not decide; the import wizard then shows a preview in each of encoding_alternatives (the two
    likeliest, best first; one when no other encoding reads the file differently, as for UTF-8) or of
    all encoding_choices (each with its decoded preview lines, see encodings.encoding_choices), and
    opens the file again with the one the user picks. An encoding passed in is always sure.
    """

    path: Path
    encoding: str
    encoding_sure: bool
    encoding_alternatives: list[str]
    encoding_choices: list[EncodingChoice]

    def _set_encoding(self, encoding: str | None) -> None:
        choices = [EncodingChoice(encoding, True, ())] if checked_encoding(encoding) else self._detect()
        self.encoding_choices = choices
        self.encoding, self.encoding_sure = choices[0].encoding, choices[0].sure
        self.encoding_alternatives = [c.encoding for c in choices[:2]]

    def _detect(self) -> list[EncodingChoice]:
        return encoding_choices(self.path)


class DelimitedFile(TextTable, DetectedEncoding):
    """One sheet of text cells; the delimiter is sniffed from the beginning of the file."""

    format = "csv"

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self._set_encoding(encoding)
        # Undecodable bytes are the rows' business (they name the line); the delimiter is sniffed regardless.
        with open(path, encoding=self.encoding, errors="replace", newline="") as f:
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
