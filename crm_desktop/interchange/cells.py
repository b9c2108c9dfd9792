"""What every writer shares: cells as injection-safe text, and a target file replaced only on success."""

from __future__ import annotations

import math
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.tasks import TaskCancelledError

OPEN_ELSEWHERE = QT_TRANSLATE_NOOP("Interchange", "Cannot write {path}: is it open in Excel?")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Interchange", "Cannot write {path}: {reason}.")

# A spreadsheet evaluates a cell starting with these (OWASP's CSV-injection list); tab and CR
# because Excel strips them before looking for the others.
FORMULA_STARTS = frozenset("=+-@\t\r")
# Progress reports and cancel checks come this many rows apart: often enough for a progress bar,
# rare enough to cost nothing.
REPORT_EVERY = 1000


def is_formula_like(text: str) -> bool:
    return bool(text) and text[0] in FORMULA_STARTS


def number_text(value: int | float | Decimal) -> str:
    """A number as plain digits: 13800138000.0 (a phone read as a float) is 13800138000."""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def csv_safe(value: object) -> str:
    """A cell as text a spreadsheet will not evaluate.

    Formula-like text gets a leading apostrophe; the importer strips exactly that apostrophe
    again (when an = + - @ tab or CR follows), so an export reads back unchanged.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value and value[0] in FORMULA_STARTS else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # Excel's spelling
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        # Numbers are not text a user typed, so a negative one needs no apostrophe.
        return number_text(value)
    return str(value)


def display_width(value: object) -> int:
    """Width in Excel's character units of the longest line: Chinese characters take two."""
    if isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    text = value if isinstance(value, str) else str(value)
    return max(len(line) + sum(unicodedata.east_asian_width(c) in "WF" for c in line) for line in text.split("\n"))


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise TaskCancelledError()


def _cannot_write(path: Path, exc: OSError) -> InterchangeError:
    return InterchangeError(CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc))


@contextmanager
def replaced_on_success(path: Path | str) -> Iterator[BinaryIO]:
    """A new file beside `path` that becomes `path` only when the block completes.

    A cancelled or failed export so leaves neither a half-written target nor the temporary file,
    and an existing file stays as it was. OSError becomes InterchangeError.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        handle = open(temp, "xb")  # noqa: SIM115 - its with-block is below, around the yield
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        with handle:
            yield handle
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from exc
        raise
    try:
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            # The folder took the temporary file, so the target itself is locked: Excel on Windows
            # locks the files it has open.
            raise InterchangeError(OPEN_ELSEWHERE, path=str(path)) from exc
        raise _cannot_write(path, exc) from exc
