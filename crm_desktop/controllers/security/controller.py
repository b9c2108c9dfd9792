"""Keeping the store safe: backups (daily, rotated, and by hand), restoring one, the integrity check
after an unclean exit, and the recovery key of an encrypted store."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout

from crm_desktop.controllers.security.store_keys import Ask, AskFn, UnlockCancelledError, keyring_key
from crm_desktop.store import backups, cipher
from crm_desktop.store.backups import BackupError, BackupInfo, BackupProblem
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.database import OpenProblem, Store, StoreOpenError, open_store
from crm_desktop.store.migrate import KNOWN_REVISIONS, current_revision
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync import installation
from crm_desktop.tasks import TaskCancelledError, TaskState

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
DEFAULT_KEEP = 7
KEPT_PLAIN = "security/kept_plain"  # in sync_state: the user chose to keep this store unencrypted

__all__ = ["BackupError", "BackupInfo", "BackupProblem", "BackupSummary", "SecurityController", "restore_newest_good",
           "restore_store"]


@dataclass(frozen=True)
class BackupSummary:
    """A backup as listed (cheap: name and file data only; `inspect_backup` opens it)."""

    path: Path
    kind: str
    made_at: datetime
    size: int


def _summary(path: Path) -> BackupSummary:
    stat = path.stat()
    return BackupSummary(path, backups.kind_of(path), datetime.fromtimestamp(stat.st_mtime), stat.st_size)


def _progress(state: TaskState | None):
    if state is None:
        return None, None
    return (lambda done, total: state.progress(done, total, "")), (lambda: state.cancelled)


class SecurityController:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def encrypted(self) -> bool:
        return self.store.encrypted

    @property
    def unclean_exit(self) -> bool:
        return self.store.unclean_exit

    def key_source(self) -> str:
        """"none" (a plain store), "keyring" (its key is in the OS keyring) or "passphrase" (typed each session)."""
        if self.store.key is None:
            return "none"
        kept = keyring_key(self.store.path)
        return "keyring" if kept is not None and kept.raw == self.store.key.raw else "passphrase"

    def kept_plain(self) -> bool:
        """Whether the user chose to keep this (plain) store unencrypted: made with --plain, or "keep it
        unencrypted" answered; the choice lives in the store, so it holds on every computer it is opened on."""
        if self.store.key is not None:
            return False
        with UnitOfWork(self.store) as uow:
            return bool(uow.sync_state.value(KEPT_PLAIN))

    def keep_plain(self) -> None:
        with UnitOfWork(self.store) as uow:
            uow.sync_state.put(KEPT_PLAIN, True)
            uow.commit()

    def backup_folder(self) -> Path:
        return backups.backup_dir_for(self.store.path)

    def opens_store(self, secret: str) -> bool:
        """Whether `secret` is this store's passphrase or recovery key (unlocks the app lock when the
        PIN is forgotten). Always False for a plain store."""
        if self.store.key is None or not secret:
            return False
        try:
            typed = cipher.key_from_secret(secret, self.store.path)
        except OSError:
            return False
        return hmac.compare_digest(typed.raw, self.store.key.raw)

    def schema_revision(self) -> str | None:
        return current_revision(self.store.engine)

    def recovery_key(self) -> str | None:
        """The key in hex, to write down: it opens the store when the keyring entry is lost."""
        return self.store.key.recovery_text() if self.store.key else None

    # --- backups -------------------------------------------------------------------------

    def backups(self) -> list[BackupSummary]:
        return [_summary(b) for b in backups.list_backups(self.store.path)]

    def suggested_backup_name(self) -> str:
        return backups.backup_name(self.store.path, MANUAL)

    def backup_now(self, target: Path | None = None, state: TaskState | None = None, kind: str = MANUAL) -> Path:
        """A consistent copy while the app runs (into backups/ unless `target` says where). Raises
        BackupError (a full disk, a cancel); the store is only ever read."""
        path = self.store.path
        if target is None:
            folder = backups.backup_dir_for(path)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / backups.backup_name(path, kind)
        progress, cancelled = _progress(state)
        return backups.copy_store(path, self.store.key, Path(target), progress, cancelled)

    def backup_if_due(self, keep: int = DEFAULT_KEEP, every: timedelta = timedelta(days=1),
                      now: datetime | None = None) -> Path | None:
        """The daily backup when the newest is older than `every` (or there is none), then only the
        `keep` newest daily ones stay. Returns the new backup, if one was made."""
        if keep <= 0:
            return None
        now = now or datetime.now()
        newest = backups.newest_of_kind(self.store.path, DAILY)
        if newest is not None and now - datetime.fromtimestamp(newest.stat().st_mtime) < every:
            return None
        made = self.backup_now(kind=DAILY)
        backups.rotate(self.store.path, DAILY, keep)
        return made

    def inspect_backup(self, backup: Path) -> BackupInfo:
        """Counts, date and schema of a backup, after checking it opens with this store's key, is sound
        and is not from a newer version. Raises BackupError saying why not."""
        return backups.inspect(backup, self.store.key, KNOWN_REVISIONS)

    def check_integrity(self, quick: bool = False) -> list[str]:
        """SQLite's integrity check of the store: [] when sound."""
        return backups.integrity_problems(self.store.path, self.store.key, quick)

    def newest_good_backup(self) -> Path | None:
        return newest_good_backup(self.store.path, self.store.key)


def newest_good_backup(path: Path, key: StoreKey | None) -> Path | None:
    """The newest backup that opens with the key and passes the integrity check."""
    for backup in backups.list_backups(path):
        try:
            backups.inspect(backup, key, KNOWN_REVISIONS)
            return backup
        except BackupError:
            continue
    return None


def restore_newest_good(path: Path, ask: AskFn, state: TaskState | None = None) -> Path | None:
    """For a store that will not open (damaged, or its first page unreadable): put the newest backup
    that opens and passes the check in its place. The key is the keyring's, or what the user types
    (a passphrase is applied with each backup's own salt). Returns the backup used, or None."""
    path = Path(path).expanduser().resolve()
    key = keyring_key(path)
    secret = None
    for backup in backups.list_backups(path):
        use = key
        encrypted = cipher.file_kind(backup) is cipher.FileKind.ENCRYPTED
        if encrypted and (use is None or not cipher.opens_with(backup, use)):
            if secret is None:
                secret = ask(Ask.PASSPHRASE if key is None else Ask.KEY_MISSING)
                if not secret:
                    raise UnlockCancelledError()
            use = cipher.key_from_secret(secret, backup)
        try:
            backups.inspect(backup, use, KNOWN_REVISIONS)
        except BackupError:
            continue
        restore_store(path, backup, use, state)
        return backup
    return None


def restore_store(path: Path, backup: Path, key: StoreKey | None, state: TaskState | None = None) -> Path | None:
    """Put `backup` in place of the store at `path`, which must not be open.

    The backup is checked first (key, integrity, schema). The current store is moved aside, the
    backup copied in and opened as the app would open it; if anything fails the current store is put
    back untouched. Once the restored store opens, the one it replaced is kept in backups/ (returned),
    so choosing the wrong backup loses nothing."""
    path = Path(path).expanduser().resolve()
    backups.inspect(backup, key, KNOWN_REVISIONS)
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise StoreOpenError(OpenProblem.LOCKED, path, []) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f".before-restore-{stamp}"
    kept = backups.move_aside(path, suffix) if path.exists() else None
    try:
        progress, cancelled = _progress(state)
        source_key = key if cipher.file_kind(backup) is cipher.FileKind.ENCRYPTED else None
        backups.copy_store(backup, source_key, path, progress, cancelled)
        lock.release()
        _restored(open_store(path, source_key))  # migrations run, the device user is there: it works
    except BaseException as error:
        if lock.is_locked:
            lock.release()
        if kept is not None:
            backups.put_back(kept, path, suffix)
        if isinstance(error, BackupError) and error.problem is BackupProblem.CANCELLED:
            raise TaskCancelledError() from error
        raise
    finally:
        if lock.is_locked:
            lock.release()
    if kept is None:
        return None
    return _file_away(kept, path)


def _restored(store) -> None:
    """A restored store may number pushes the server has seen from the store it replaced: it syncs
    as a new device (crm_desktop/sync/installation.py)."""
    try:
        with UnitOfWork(store) as uow:
            installation.forget(uow.session)
            uow.commit()
    finally:
        store.close()


def _file_away(kept: Path, path: Path) -> Path:
    """The replaced store into backups/, its WAL beside it (a damaged store may hold changes there)."""
    folder = backups.backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backups.backup_name(path, BEFORE_RESTORE)
    kept.replace(target)
    wal = Path(str(kept) + "-wal")
    if wal.exists():
        wal.replace(Path(str(target) + "-wal"))
    Path(str(kept) + "-shm").unlink(missing_ok=True)  # SQLite rebuilds it
    return target
