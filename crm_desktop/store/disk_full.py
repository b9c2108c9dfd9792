"""A full disk told apart from damage: SQLite's SQLITE_FULL (either driver), ENOSPC and EDQUOT from file writes."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

# Context under which the messages below are translated (resources/translations/*.ts).
TR_CONTEXT = "DiskFull"
NOTHING_CHANGED = QT_TRANSLATE_NOOP(
    "DiskFull", "The disk is full: nothing was changed. Free some space on {folder} and try again.")
NOTHING_CHANGED_NO_FOLDER = QT_TRANSLATE_NOOP(
    "DiskFull", "The disk is full: nothing was changed. Free some space and try again.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "DiskFull", "The disk is full, so the customer database cannot be opened. It is not damaged and nothing "
                "in it was changed. Free some space on {folder} and try again.")

SQLITE_FULL = 13
SQLITE_IOERR = 10
# sqlite3_errstr(SQLITE_FULL). SQLCipher's driver carries no error code, only this text.
_FULL_TEXT = "database or disk is full"
_IO_TEXT = "disk i/o error"
# SQLite reports a WAL index (-shm) it cannot grow as an I/O error, not as SQLITE_FULL; such an error
# on a disk with less room than this left is taken for what it is.
NEARLY_FULL_BYTES = 1 << 20
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_DB_ERRORS = (sqlite3.Error, sqlcipher.Error)


class DiskFullError(RuntimeError):
    """A write failed for want of space and was undone; `folder` is where space must be freed."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        super().__init__(NOTHING_CHANGED.format(folder=self.folder))


def is_disk_full(error: BaseException | None, folder: Path | None = None) -> bool:
    """Whether `error`, or one behind it (SQLAlchemy's `orig`, `__cause__`, `__context__`), is a full disk.

    With `folder`, an SQLite I/O error counts too when that folder's disk has next to no room left."""
    for link in error_chain(error):
        if isinstance(link, DiskFullError) or getattr(link, "problem", None) == "disk_full":
            return True  # also BackupError and StoreOpenError that said so (StrEnum values)
        if isinstance(link, OSError) and link.errno in _FULL_ERRNOS:
            return True
        if not isinstance(link, _DB_ERRORS):
            continue
        code = getattr(link, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
        text = str(link).lower()
        if code == SQLITE_FULL or _FULL_TEXT in text:
            return True
        if folder is not None and (code == SQLITE_IOERR or _IO_TEXT in text) and nearly_full(folder):
            return True
    return False


def nearly_full(folder: Path) -> bool:
    """Whether the disk holding `folder` (or its nearest existing parent) has less than NEARLY_FULL_BYTES free."""
    place = Path(folder)
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextmanager
def said_as_disk_full(folder: Path) -> Iterator[None]:
    """Any error of the block that is a full disk leaves it as DiskFullError(folder); others go as they are."""
    try:
        yield
    except DiskFullError:
        raise
    except Exception as error:
        if is_disk_full(error, folder):
            raise DiskFullError(folder) from error
        raise


def disk_full_folder(error: BaseException | None) -> Path | None:
    """Where space must be freed, when the error says: DiskFullError's folder, the folder of the file a
    backup or the store was written to, or of the file an OSError names."""
    for link in error_chain(error):
        if isinstance(link, DiskFullError):
            return link.folder
        written = getattr(link, "path", None)
        if getattr(link, "problem", None) == "disk_full" and written:
            return Path(written).parent
        if isinstance(link, OSError) and link.errno in _FULL_ERRNOS and link.filename:
            return Path(os.fsdecode(link.filename)).parent
    return None


def error_chain(error: BaseException | None) -> Iterator[BaseException]:
    """`error` and every error behind it: SQLAlchemy's `orig`, `__cause__`, `__context__`, each once."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        link = todo.pop(0)  # the error itself first, then what lies behind it
        if not isinstance(link, BaseException) or id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo.extend((getattr(link, "orig", None), link.__cause__, link.__context__))
