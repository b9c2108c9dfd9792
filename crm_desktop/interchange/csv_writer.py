"""CSV export the way Excel opens it: CRLF lines, cells safe from formula injection, UTF-8 with BOM or GBK."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.cells import REPORT_EVERY, check_cancelled, csv_safe, replaced_on_success
from crm_desktop.interchange.errors import InterchangeError

CANNOT_ENCODE = QT_TRANSLATE_NOOP(
    "Interchange", "Row {row}, column {column}: {encoding} cannot store the character {char}. Export as UTF-8.")


def write_csv(path: Path | str, headers: list[str], rows: Iterable[Sequence], *, encoding: str = "utf-8-sig",
              progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write the rows and return how many; TaskCancelledError or InterchangeError leave no file.

    "utf-8-sig" (the BOM tells Excel it is UTF-8) reads everywhere; "gbk" is for old tools and
    Chinese Excel before 2016; "gb18030" encodes every character and reads as GBK where GBK can.
    A character GBK cannot encode (an emoji in a WeChat name, 𠮷) is an InterchangeError naming
    row, column and character rather than a silent fallback to GB18030: whoever chose GBK needs a
    file that is GBK (the 4-byte GB18030 sequences would show as garbage in a GBK reader), and
    the choice to make instead is one click away.
    """
    encoder = codecs.getincrementalencoder(encoding)("strict")  # incremental: one BOM, not one per chunk
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    count = 0
    rows = iter(rows)
    with replaced_on_success(path) as target:
        chunks = iter(lambda: list(islice(rows, REPORT_EVERY)), [])
        for first_row, chunk in _numbered([list(headers)], chunks):
            check_cancelled(cancelled)
            buffer.seek(0)
            buffer.truncate()
            writer.writerows([csv_safe(value) for value in row] for row in chunk)
            try:
                target.write(encoder.encode(buffer.getvalue()))
            except UnicodeEncodeError as exc:
                raise _unencodable(exc, headers, chunk, first_row, encoding) from exc
            if first_row > 1:
                count += len(chunk)
                if progress is not None:
                    progress(count)
        target.write(encoder.encode("", final=True))
    return count


def _numbered(header: list, chunks):
    """(file row number of the chunk's first row, chunk), the header being row 1."""
    yield 1, header
    row = 2
    for chunk in chunks:
        yield row, chunk
        row += len(chunk)


def _unencodable(exc: UnicodeEncodeError, headers: list[str], chunk: list[Sequence], first_row: int,
                 encoding: str) -> InterchangeError:
    char = exc.object[exc.start]
    number, column = next(((number, headers[col] if col < len(headers) else str(col + 1))
                           for number, row in enumerate(chunk, first_row)
                           for col, value in enumerate(row) if char in csv_safe(value)), (first_row, "?"))
    return InterchangeError(CANNOT_ENCODE, row=number, column=column, char=f"{char} (U+{ord(char):04X})",
                            encoding=encoding.upper().removesuffix("-SIG"))
