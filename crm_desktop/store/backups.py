"""Backups of the store: consistent copies made with SQLite's online backup API while the app runs,
encrypted with the store's own key, checked before anything is restored from them.

Backups live in `backups/` beside the store and are named `<store>-<when>-<kind>.db`, kind being
`daily` (rotated), `manual`, `rev0009` (before a migration) or `before-encryption`. A backup's attachment
files are in `<backup stem>.files/` beside it (store/blob_copy.py), and a restore brings them back.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from crm_desktop.store import blob_copy, cipher
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.disk_full import DiskFullError, is_disk_full

PAGES_PER_STEP = 4096  # 16 MB a step: progress, cancel, and writers are never held up for long
MAX_RESTARTS = 3       # a copy restarted this often by concurrent writes is taken in one step instead
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)-(?P<kind>[a-z0-9-]+)\.db$")
COUNTED = ("accounts", "contacts", "activities", "opportunities", "tickets")


class BackupProblem(StrEnum):
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"
    CANCELLED = "cancelled"
    FOREIGN = "foreign"      # another key: made by another installation, or with another passphrase
    NEWER = "newer"          # written by a newer version of the app
    DAMAGED = "damaged"      # fails SQLite's integrity check, or is not a CRM store at all
    MISSING = "missing"


class BackupError(RuntimeError):
    def __init__(self, problem: BackupProblem, path: Path | None = None, detail: str = "") -> None:
        super().__init__(f"{problem}: {path or ''} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class BackupInfo:
    """What the restore dialog previews: when, which schema, how much is in it."""

    path: Path
    made_at: datetime
    kind: str
    size: int
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)


def backup_dir_for(path: Path) -> Path:
    return Path(path).parent / "backups"


def list_backups(path: Path) -> list[Path]:
    """Backups of this store, newest first."""
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(path).stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def backup_name(path: Path, kind: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{Path(path).stem}-{stamp}-{kind}.db"


def kind_of(backup: Path) -> str:
    match = _NAME.match(backup.name)
    return match["kind"] if match else "manual"


def copy_store(path: Path, key: StoreKey | None, target: Path,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
    """A consistent copy of the live store at `target`, encrypted with the same key. Written to a
    `.partial` file renamed at the end, so a failure (a full disk, a cancel) leaves no half backup
    that could later be mistaken for a good one. The store itself is only read. Its attachment files go along
    (store/blob_copy.py): linked or copied before the copy is renamed into place, removed again if it fails."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    restarts, last_remaining = 0, None

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal restarts, last_remaining
        if last_remaining is not None and remaining > last_remaining:
            restarts += 1  # another connection wrote meanwhile: SQLite began the copy again
            if restarts > MAX_RESTARTS:
                raise _RestartedError
        last_remaining = remaining
        if progress:
            progress(total - remaining, total)
        if cancelled and cancelled():
            raise BackupError(BackupProblem.CANCELLED, target)

    source = cipher.connect(path, key, check_same_thread=False)
    try:
        for pages in (PAGES_PER_STEP, -1):
            dest = cipher.connect(partial, key)
            try:
                source.backup(dest, pages=pages, progress=step if pages > 0 else None)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                break
            except _RestartedError:
                continue  # busy store: one step under one read snapshot (WAL: writers go on)
            finally:
                dest.close()
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, *cipher.DB_ERRORS) as error:
        partial.unlink(missing_ok=True)
        raise _write_error(error, target) from error
    finally:
        source.close()
    try:
        files = blob_copy.copy_blobs(path, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _write_error(error, target) from error
    try:
        os.replace(partial, target)
    except OSError:
        blob_copy.remove_files(files)
        raise
    return target


class _RestartedError(Exception):
    """Internal: too many restarts of a stepwise copy."""


def _write_error(error: Exception, target: Path) -> BackupError:
    full = is_disk_full(error, target.parent)
    return BackupError(BackupProblem.DISK_FULL if full else BackupProblem.WRITE_FAILED, target, str(error))


def inspect(backup: Path, key: StoreKey | None, known_revisions: tuple[str, ...]) -> BackupInfo:
    """Open a backup read-only with the store's key: its schema revision and record counts, after
    SQLite's integrity check. Raises BackupError saying why it cannot be restored."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(BackupProblem.MISSING, backup)
    kind = cipher.file_kind(backup)
    if kind is cipher.FileKind.ENCRYPTED and key is None:
        raise BackupError(BackupProblem.FOREIGN, backup)
    use = key if kind is cipher.FileKind.ENCRYPTED else None
    if use is not None and not cipher.opens_with(backup, use):
        raise BackupError(BackupProblem.FOREIGN, backup)
    con = cipher.connect(backup, use)
    try:
        try:
            problems = [row[0] for row in con.execute("PRAGMA integrity_check")]
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {t: con.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
                      for t in COUNTED}
        except cipher.DB_ERRORS as error:  # unreadable, or not a CRM store (no such table)
            problem = BackupProblem.DISK_FULL if is_disk_full(error, backup.parent) else BackupProblem.DAMAGED
            raise BackupError(problem, backup, str(error)) from error
    finally:
        con.close()
    if problems != ["ok"]:
        raise BackupError(BackupProblem.DAMAGED, backup, "; ".join(problems[:3]))
    revision = revision[0] if revision else None
    if revision not in known_revisions:
        raise BackupError(BackupProblem.NEWER, backup, str(revision))
    stat = backup.stat()
    return BackupInfo(backup, datetime.fromtimestamp(stat.st_mtime), kind_of(backup), stat.st_size, revision, counts)


def rotate(path: Path, kind: str, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups of this kind; returns what was removed."""
    mine = [b for b in list_backups(path) if kind_of(b) == kind]
    removed = mine[max(keep, 0):]
    for old in removed:
        old.unlink(missing_ok=True)
        blob_copy.remove_blob_dir(old)
    return removed


def newest_of_kind(path: Path, kind: str) -> Path | None:
    return next((b for b in list_backups(path) if kind_of(b) == kind), None)


def store_files(path: Path) -> list[Path]:
    """The store and its WAL companions, as they exist."""
    return [p for p in (Path(str(path) + s) for s in ("", "-wal", "-shm")) if p.exists()]


def move_aside(path: Path, suffix: str) -> Path:
    """Rename the store's files to `<store><suffix>` (and -wal, -shm); returns the new main path."""
    kept = Path(str(path) + suffix)
    for part in store_files(path):
        part.replace(Path(str(kept) + part.name[len(Path(path).name):]))
    return kept


def put_back(kept: Path, path: Path, suffix: str) -> None:
    """Undo move_aside: whatever stands at `path` now is removed first."""
    for part in store_files(path):
        part.unlink()
    for part in store_files(kept):
        part.replace(Path(str(path) + part.name[len(kept.name):]))


def integrity_problems(path: Path, key: StoreKey | None, quick: bool = False) -> list[str]:
    """[] when SQLite finds the file sound; otherwise its first complaints. A check that cannot run for
    want of space raises DiskFullError: that says nothing about the file."""
    con = cipher.connect(path, key)
    try:
        rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchmany(10)
        found = [r[0] for r in rows]
    except cipher.DB_ERRORS as error:
        if is_disk_full(error, Path(path).parent):
            raise DiskFullError(Path(path).parent) from error
        return [str(error)]
    finally:
        con.close()
    return [] if found == ["ok"] else found
