"""Which key opens a store: a random key in the OS keyring, or, where no keyring exists, a passphrase
the user types once per session; and turning an older plain store into an encrypted one.

The window and the command line differ only in how they ask (`Ask`): a dialog, or a terminal prompt; both
take CRM_PASSPHRASE first (`environment_first`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from filelock import FileLock, Timeout

from crm_desktop.secrets import (
    NoKeyringAvailableError,
    delete_secret,
    keyring_available,
    load_secret,
    store_key_name,
    store_secret,
)
from crm_desktop.store import backups, cipher
from crm_desktop.store.blob_copy import blob_dir_for
from crm_desktop.store.blob_seal import seal_plain_files
from crm_desktop.store.cipher import FileKind, StoreKey
from crm_desktop.store.database import OpenProblem, StoreOpenError
from crm_desktop.store.disk_full import DiskFullError
from crm_desktop.tasks import TaskState

__all__ = ["KEEP_PLAIN", "PASSPHRASE_ENV", "Ask", "AskFn", "FileKind", "PlainChosenError", "UnlockCancelledError",
           "encrypt_store", "environment_first", "file_kind", "key_to_open", "unlock"]

MIN_PASSPHRASE = 8
ATTEMPTS = 5
PASSPHRASE_ENV = "CRM_PASSPHRASE"
# What an Ask answers to NEW_PASSPHRASE when the user would rather keep the store unencrypted.
KEEP_PLAIN = "\x00keep-plain"


class Ask(StrEnum):
    """Why the user is asked for a secret."""

    NEW_PASSPHRASE = "new_passphrase"  # a new store and no keyring: choose a passphrase (twice)
    PASSPHRASE = "passphrase"          # no keyring: the passphrase of this store
    KEY_MISSING = "key_missing"        # a keyring, but no key in it for this store (deleted, another account)
    WRONG = "wrong"                    # what was typed did not open the store: once more


AskFn = Callable[[Ask], "str | None"]


class UnlockCancelledError(RuntimeError):
    """The user gave no passphrase: nothing was opened or changed."""


class PlainChosenError(UnlockCancelledError):
    """Asked for a new passphrase, the user chose to keep the store unencrypted."""


def environment_first(ask: AskFn) -> AskFn:
    """`ask` behind CRM_PASSPHRASE: the variable answers the first question (a store's passphrase or recovery key,
    or the passphrase to encrypt a new store with, if long enough); a wrong one, and every later question, go to
    `ask`, so a prompt or dialog can still be typed into."""
    used: list[Ask] = []

    def answer(reason: Ask) -> str | None:
        given = os.environ.get(PASSPHRASE_ENV)
        usable = given and (reason is not Ask.NEW_PASSPHRASE or len(given) >= MIN_PASSPHRASE)
        if usable and not used and reason is not Ask.WRONG:
            used.append(reason)
            return given
        return ask(reason)

    return answer


def can_keep_new_key(ask_can_prompt: bool) -> bool:
    """Whether a new store's key has somewhere to come from: the keyring, CRM_PASSPHRASE, or a prompt."""
    return ask_can_prompt or bool(os.environ.get(PASSPHRASE_ENV)) or keyring_available()


def file_kind(path: Path) -> FileKind:
    return cipher.file_kind(Path(path).expanduser())


def keyring_key(path: Path) -> StoreKey | None:
    """The store's key from the keyring; None when there is none or no keyring at all."""
    try:
        text = load_secret(store_key_name(path))
    except NoKeyringAvailableError:
        return None
    try:
        return cipher.key_from_hex(text) if text else None
    except ValueError:
        return None  # an entry someone edited by hand: as good as none


def save_keyring_key(path: Path, key: StoreKey) -> bool:
    """Keep the key in the keyring (a passphrase-derived key too: no more prompts where a keyring
    appeared later). False when there is no keyring."""
    try:
        store_secret(store_key_name(path), key.raw.hex())
        return True
    except NoKeyringAvailableError:
        return False


def forget_keyring_key(path: Path) -> None:
    with contextlib.suppress(NoKeyringAvailableError):
        delete_secret(store_key_name(path))


def key_for_new_store(path: Path, ask: AskFn) -> StoreKey:
    """A random key kept in the keyring, or, with no keyring, one derived from a passphrase the user
    chooses. Raises UnlockCancelledError if they choose none, PlainChosenError if they keep it plain."""
    key = cipher.new_key()
    if save_keyring_key(path, key):
        return key
    passphrase = ask(Ask.NEW_PASSPHRASE)
    if passphrase == KEEP_PLAIN:
        raise PlainChosenError()
    if not passphrase:
        raise UnlockCancelledError()
    return cipher.derive_key(passphrase, os.urandom(cipher.SALT_BYTES))


def unlock(path: Path, ask: AskFn, attempts: int = ATTEMPTS) -> StoreKey:
    """The key of an encrypted store: the keyring's if it opens the file, else what the user types
    (the passphrase, or the recovery key). A key typed in is kept in the keyring when there is one."""
    path = Path(path).expanduser()
    key = keyring_key(path)
    if key is not None and cipher.opens_with(path, key):
        return key
    reason = Ask.PASSPHRASE if not keyring_available() else Ask.KEY_MISSING
    for _ in range(attempts):
        secret = ask(reason)
        if not secret:
            raise UnlockCancelledError()
        key = cipher.key_from_secret(secret, path)
        if cipher.opens_with(path, key):
            save_keyring_key(path, key)
            return key
        reason = Ask.WRONG
    raise StoreOpenError(OpenProblem.WRONG_KEY, path, backups.list_backups(path))


def key_to_open(path: Path, ask: AskFn, plain_new: bool = False) -> StoreKey | None:
    """The key to open `path` with: None for a plain store (or a new one made plain on purpose, by `plain_new`
    or by the user's answer)."""
    kind = file_kind(path)
    if kind is FileKind.PLAIN or (kind is FileKind.MISSING and plain_new):
        return None
    if kind is FileKind.MISSING:
        try:
            return key_for_new_store(path, ask)
        except PlainChosenError:
            return None
    try:
        return unlock(path, ask)
    except DiskFullError as error:  # the key was never tried: no passphrase asked, nothing called damaged
        raise StoreOpenError(OpenProblem.DISK_FULL, path, [], str(error)) from error


def encrypt_store(path: Path, ask: AskFn, state: TaskState | None = None) -> StoreKey:
    """Turn the plain store at `path` (not open anywhere) into an encrypted one, in place.

    An encrypted copy is written beside it and checked (it opens with the key, passes SQLite's
    integrity check and holds as many rows in every table); only then does it replace the plain file,
    in one rename, and the key is in the keyring before that. A failure or a cancel leaves the plain
    store exactly as it was. Plain backups in backups/ are encrypted the same way."""
    path = Path(path).expanduser().resolve()
    state = state or TaskState()
    if file_kind(path) is not FileKind.PLAIN:
        raise ValueError(f"{path} is not a plain store")
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise StoreOpenError(OpenProblem.LOCKED, path, []) from None
    try:
        key = key_for_new_store(path, ask)
        plain = [b for b in backups.list_backups(path) if file_kind(b) is FileKind.PLAIN]
        targets = [path, *plain]
        for done, target in enumerate(targets):
            state.progress(done, len(targets), target.name)
            state.check()
            _encrypt_file(target, key)
            # The attachment files beside it follow: encrypted at rest like the store (a failure leaves a file
            # plain and whole, and a plain file still reads: each says in its header which it is).
            seal_plain_files(blob_dir_for(target), key)
        state.progress(len(targets), len(targets), "")
        return key
    except BaseException:
        if file_kind(path) is FileKind.PLAIN:
            forget_keyring_key(path)  # nothing uses the new key
        raise
    finally:
        lock.release()


def _encrypt_file(path: Path, key: StoreKey) -> None:
    expected = cipher.row_counts(path, None)
    copy = Path(str(path) + ".encrypting")
    copy.unlink(missing_ok=True)
    try:
        cipher.export_encrypted(path, None, copy, key)
        found = cipher.row_counts(copy, key, list(expected))
        problems = backups.integrity_problems(copy, key)
        if found != expected or problems:
            raise RuntimeError(f"the encrypted copy of {path.name} does not match it: {problems or found}")
        for companion in ("-wal", "-shm"):
            Path(str(path) + companion).unlink(missing_ok=True)  # empty after the checkpoint
        os.replace(copy, path)
    finally:
        copy.unlink(missing_ok=True)

