"""SQLCipher at rest: store keys, keyed connections, and telling plain, encrypted and damaged files apart.

A store key is 32 random bytes kept in the OS keyring, used as SQLCipher's raw key (no key
derivation on every connection). Where no keyring exists the user's passphrase goes through
SQLCipher's own KDF (PBKDF2-HMAC-SHA512, 256,000 rounds, the 16-byte salt at the head of the file);
it is computed here once per session, so a file made either way opens with the stock `sqlcipher`
shell too (`PRAGMA key = 'passphrase'`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from crm_desktop.store.disk_full import DiskFullError, is_disk_full

KEY_BYTES = 32
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's default
PLAIN_HEADER = b"SQLite format 3\x00"
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")

DatabaseError = sqlcipher.DatabaseError
# What either driver raises for a file it cannot read (stdlib sqlite3 serves plain stores).
DB_ERRORS = (sqlite3.Error, sqlcipher.Error)


class FileKind(StrEnum):
    MISSING = "missing"      # no file, or an empty one: a new store
    PLAIN = "plain"          # an ordinary SQLite file
    ENCRYPTED = "encrypted"  # anything else: SQLCipher (or damage, which only a key can tell)


@dataclass(frozen=True, repr=False)
class StoreKey:
    """The raw key, and the salt when it was derived from a passphrase (SQLCipher takes both)."""

    raw: bytes
    salt: bytes | None = None

    def blob(self) -> str:
        """SQLCipher's raw-key literal: x'<key><salt>'."""
        return f"x'{self.raw.hex()}{self.salt.hex() if self.salt else ''}'"

    def pragma(self) -> str:
        return f'PRAGMA key = "{self.blob()}"'

    def recovery_text(self) -> str:
        """The key as 64 hex digits, in groups of eight, for the user to write down."""
        text = self.raw.hex().upper()
        return " ".join(text[i:i + 8] for i in range(0, len(text), 8))

    def __repr__(self) -> str:  # never the key itself, in logs or tracebacks
        return "StoreKey(<hidden>)"


def new_key() -> StoreKey:
    return StoreKey(os.urandom(KEY_BYTES))


def derive_key(passphrase: str, salt: bytes) -> StoreKey:
    return StoreKey(hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES), salt)


def key_from_secret(text: str, path: Path) -> StoreKey:
    """What the user typed to unlock `path`: its recovery key (64 hex digits, spaces allowed) or the
    passphrase it was made with."""
    compact = re.sub(r"\s+", "", text)
    if _HEX_KEY.match(compact):
        return StoreKey(bytes.fromhex(compact))
    return derive_key(text, file_salt(path))


def key_from_hex(text: str) -> StoreKey:
    return StoreKey(bytes.fromhex(text))


def file_salt(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SALT_BYTES)


def file_kind(path: Path) -> FileKind:
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileKind.MISSING
    with open(path, "rb") as f:
        head = f.read(len(PLAIN_HEADER))
    return FileKind.PLAIN if head == PLAIN_HEADER else FileKind.ENCRYPTED


def connect(path: Path, key: StoreKey | None, **kwargs: Any) -> sqlite3.Connection:
    """A DB-API connection to the store: SQLCipher keyed with `key`, or plain sqlite3 without one."""
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(path, **kwargs)
        return plain
    con: sqlite3.Connection = sqlcipher.connect(str(path), **kwargs)  # a fork of sqlite3: the same API
    # SQLCipher logs every failed page decryption to stderr; a wrong key is reported to the user instead.
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(key.pragma())
    return con


def opens_with(path: Path, key: StoreKey) -> bool:
    """Whether `key` decrypts the file (reads its first page; no change made). Raises DiskFullError when
    the disk has no room for the WAL index a read needs: the key may well be right."""
    con = connect(path, key)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError as error:
        folder = Path(path).parent
        if is_disk_full(error, folder):
            raise DiskFullError(folder) from error
        return False
    finally:
        con.close()


def export_encrypted(source: Path, source_key: StoreKey | None, target: Path, key: StoreKey) -> None:
    """Write an encrypted copy of `source` (plain or keyed) at `target` with SQLCipher's sqlcipher_export,
    which copies schema, data, and the user_version pragma in one pass."""
    con = sqlcipher.connect(str(source))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            con.execute(source_key.pragma())
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.blob()))
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()


def row_counts(path: Path, key: StoreKey | None, tables: list[str] | None = None) -> dict[str, int]:
    """Rows per table of the store file at `path` (every table, unless `tables` names them), with every
    committed change folded into the main file first: the file alone then holds the whole store."""
    con = connect(path, key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if tables is None:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                " AND name NOT LIKE 'sqlite_%'")]
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        con.close()
