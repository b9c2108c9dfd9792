"""Opening the local store: single-instance lock, readable errors, migrations, device user."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, exc, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.store import cipher, derived, journal
from crm_desktop.store.backups import backup_dir_for, list_backups
from crm_desktop.store.blobs import BlobStore, blob_dir_for
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.disk_full import is_disk_full
from crm_desktop.store.engine import create_store_engine
from crm_desktop.store.migrate import NewerSchemaError, upgrade
from crm_desktop.store.models import User
from crm_desktop.store.wal import Checkpointer


class StoreSession(Session):
    """Session class carrying the store's write hooks (journal, derived indexes)."""


journal.register(StoreSession)
derived.register(StoreSession)


class OpenProblem(StrEnum):
    LOCKED = "locked"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    NEWER = "newer"
    WRONG_KEY = "wrong_key"  # the key or passphrase does not decrypt it (or its first page is damaged)
    DISK_FULL = "disk_full"  # no room for its WAL files or a migration: the file itself is sound


class StoreOpenError(RuntimeError):
    """The store cannot be opened; `problem` says why, `backups` what could be opened instead."""

    def __init__(self, problem: OpenProblem, path: Path, backups: list[Path], detail: str = ""):
        super().__init__(f"{problem}: {path} {detail}".strip())
        self.problem = problem
        self.path = path
        self.backups = backups
        self.detail = detail


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[StoreSession]
    device_user_id: str
    lock: FileLock | None = field(default=None, repr=False)
    backup_made: Path | None = None
    key: StoreKey | None = field(default=None, repr=False)  # None: a plain SQLite file
    unclean_exit: bool = False  # the last session ended without closing the store (crash, power cut)
    checkpointer: Checkpointer = field(init=False, repr=False)
    blobs: BlobStore = field(init=False, repr=False)  # attachment files, in `<stem>.files/` beside the store

    def __post_init__(self) -> None:
        self.checkpointer = Checkpointer(self.engine)
        self.blobs = BlobStore(blob_dir_for(self.path), self.key, self.sessions)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        self.checkpointer.wait()
        self.engine.dispose()
        running_marker(self.path).unlink(missing_ok=True)
        if self.lock is not None:
            self.lock.release()


def running_marker(path: Path) -> Path:
    """Exists while a session has the store open; found at the next open, it means an unclean exit."""
    return Path(str(path) + ".running")


def _check_writable(path: Path) -> None:
    folder = path.parent
    # WAL needs to create -wal and -shm files beside the database, so the folder counts too.
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise StoreOpenError(OpenProblem.READ_ONLY, path, list_backups(path))


def _classify(error: Exception, path: Path, keyed: bool) -> StoreOpenError:
    text = str(error).lower()
    if is_disk_full(error, path.parent):
        # Before anything else: a full disk fails in ways that read like damage ("disk I/O error").
        problem = OpenProblem.DISK_FULL
    elif "locked" in text or "busy" in text:
        problem = OpenProblem.LOCKED
    elif "readonly" in text or "read-only" in text or "unable to open" in text:
        problem = OpenProblem.READ_ONLY
    elif keyed and "not a database" in text:
        problem = OpenProblem.WRONG_KEY
    else:
        problem = OpenProblem.CORRUPT
    return StoreOpenError(problem, path, list_backups(path), str(error))


def _ensure_device_user(sessions: sessionmaker[StoreSession]) -> str:
    with sessions() as session:
        user_id = session.scalar(select(User.id).where(User.is_device_user.is_(True)))
        if user_id:
            return str(user_id)
        name = getpass.getuser() or "me"
        user = User(username=name, display_name=name, role="rep", is_device_user=True)
        session.add(user)
        session.flush()
        user.owner_id = user.id
        session.commit()
        return user.id


def open_store(path: Path, key: StoreKey | None = None) -> Store:
    """Open (creating or migrating as needed) the store at `path`, or raise StoreOpenError. With a
    key the file is SQLCipher (a new one is created encrypted); a plain file opens without one."""
    path = Path(path).expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except PermissionError as error:
        raise StoreOpenError(OpenProblem.READ_ONLY, path, [], str(error)) from error
    except OSError as error:
        if is_disk_full(error):
            raise StoreOpenError(OpenProblem.DISK_FULL, path, [], str(error)) from error
        raise
    _check_writable(path)
    # Not per thread: the window opens the store on its job runner's thread and closes it on the GUI thread.
    lock = FileLock(str(path) + ".lock", thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise StoreOpenError(OpenProblem.LOCKED, path, []) from None
    except OSError as error:  # the lock file is new: a full disk may have no room for it
        if is_disk_full(error):
            raise StoreOpenError(OpenProblem.DISK_FULL, path, [], str(error)) from error
        raise
    if key is not None and cipher.file_kind(path) is cipher.FileKind.PLAIN:
        key = None  # an older plain store: opened as it is; the caller offers to encrypt it
    engine = create_store_engine(path, key)
    marker = running_marker(path)
    unclean = marker.exists()
    try:
        backup = upgrade(engine, path, backup_dir_for(path), key)
        sessions = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        user_id = _ensure_device_user(sessions)
        marker.touch()
    except NewerSchemaError as error:
        engine.dispose()
        lock.release()
        raise StoreOpenError(OpenProblem.NEWER, path, list_backups(path), str(error)) from error
    except Exception as error:
        engine.dispose()
        lock.release()
        # The backup before a migration, the marker: a full disk shows in file errors as well.
        if isinstance(error, (exc.DBAPIError, *cipher.DB_ERRORS)) or is_disk_full(error, path.parent):
            raise _classify(error, path, key is not None) from error
        raise
    return Store(path, engine, sessions, user_id, lock, backup, key, unclean)
