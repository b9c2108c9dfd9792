"""The encrypted store: made by default, unreadable without its key, the same app on top (search, WAL,
migrations), clear answers for a wrong key or a lost keyring entry, passphrases where no keyring exists,
and turning an older plain store into an encrypted one without losing a row."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from crm_desktop.controllers.security.store_keys import Ask, UnlockCancelledError, encrypt_store, file_kind
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.secrets import store_key_name
from crm_desktop.store import cipher, migrate
from crm_desktop.store.cipher import FileKind
from crm_desktop.store.database import OpenProblem, StoreOpenError, running_marker
from crm_desktop.store.engine import create_store_engine
from tests.fakes import ScriptedAsk

NAME = "欧阳娜娜"
MOBILE = "13912345678"


def _all_bytes(path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _add_people(crm, n: int = 1) -> None:
    crm.customers.create_contact(ContactInput(name=NAME, mobile=MOBILE, email="nana@example.cn"))
    for i in range(n - 1):
        crm.customers.create_contact(ContactInput(name=f"王{i}"))


def test_a_new_store_is_encrypted_with_a_key_in_the_keyring_and_works_as_before(db_path, keyring_store):
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    try:
        assert crm.security.encrypted and crm.security.key_source() == "keyring"
        _add_people(crm, 30)
        assert [h.name for h in crm.search.search("oynn")] == [NAME]  # FTS5 on the encrypted file
        assert [h.name for h in crm.search.search("912345")] == [NAME]
        with crm.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert NAME.encode() not in _all_bytes(db_path) and MOBILE.encode() not in _all_bytes(db_path)
    finally:
        crm.close()
    assert len(keyring_store[("FieldCRM", store_key_name(db_path))]) == 64  # 256 bits in hex
    assert file_kind(db_path) is FileKind.ENCRYPTED
    data = db_path.read_bytes()
    assert NAME.encode() not in data and "欧阳".encode("utf-16-le") not in data and b"SQLite format 3" not in data
    plain = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM contacts").fetchone()
    plain.close()
    again = CrmApp.open_secure(db_path, ScriptedAsk())  # nobody is asked: the keyring has the key
    try:
        assert [h.name for h in again.search.search("nana")] == [NAME]
    finally:
        again.close()


def test_migrations_run_on_an_encrypted_store_and_back_it_up_encrypted(db_path):
    key = cipher.new_key()
    engine = create_store_engine(db_path, key)
    migrate.upgrade(engine, db_path, db_path.parent / "backups", key, target="0005")
    engine.dispose()
    crm = CrmApp.open(db_path, key=key)
    try:
        assert crm.security.schema_revision() == migrate.HEAD_REVISION
        backup = crm.store.backup_made
        assert backup is not None and file_kind(backup) is FileKind.ENCRYPTED
        con = cipher.connect(backup, key)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        con.close()
    finally:
        crm.close()


def test_a_wrong_key_is_a_clear_error_and_the_file_is_untouched(db_path):
    crm = CrmApp.open(db_path, key=cipher.new_key())
    _add_people(crm)
    crm.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreOpenError) as info:
        CrmApp.open(db_path, key=cipher.new_key())
    assert info.value.problem is OpenProblem.WRONG_KEY
    assert db_path.read_bytes() == before


def test_a_lost_keyring_entry_asks_for_the_recovery_key_which_opens_it_and_is_kept_again(db_path, keyring_store):
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    _add_people(crm)
    recovery = crm.security.recovery_key()
    crm.close()
    del keyring_store[("FieldCRM", store_key_name(db_path))]
    ask = ScriptedAsk("not the key", recovery)
    crm = CrmApp.open_secure(db_path, ask)
    try:
        assert ask.asked == [Ask.KEY_MISSING, Ask.WRONG]
        assert [h.name for h in crm.search.search("nana")] == [NAME]
    finally:
        crm.close()
    assert ("FieldCRM", store_key_name(db_path)) in keyring_store
    del keyring_store[("FieldCRM", store_key_name(db_path))]
    before = db_path.read_bytes()
    with pytest.raises(UnlockCancelledError):
        CrmApp.open_secure(db_path, ScriptedAsk(None))  # the user gives up: nothing changes
    with pytest.raises(StoreOpenError) as info:
        CrmApp.open_secure(db_path, ScriptedAsk(*["wrong"] * 5))
    assert info.value.problem is OpenProblem.WRONG_KEY
    assert db_path.read_bytes() == before


def test_without_a_keyring_a_passphrase_is_chosen_once_and_asked_each_session(db_path, no_keyring):
    ask = ScriptedAsk("correct horse battery")
    crm = CrmApp.open_secure(db_path, ask)
    _add_people(crm)
    assert crm.security.key_source() == "passphrase"
    crm.close()
    assert ask.asked == [Ask.NEW_PASSPHRASE]
    # SQLCipher's own KDF: the stock binding opens it with the passphrase alone.
    con = sqlcipher.connect(str(db_path))
    con.execute("PRAGMA key = 'correct horse battery'")
    assert con.execute("SELECT name FROM contacts").fetchall() == [(NAME,)]
    con.close()
    ask = ScriptedAsk("Correct horse battery", "correct horse battery")
    crm = CrmApp.open_secure(db_path, ask)
    try:
        assert ask.asked == [Ask.PASSPHRASE, Ask.WRONG]
        assert [h.name for h in crm.search.search("oynn")] == [NAME]
    finally:
        crm.close()


def _table_counts(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE 'sqlite_%'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_a_plain_store_is_encrypted_in_place_keeping_every_record_and_its_backups(db_path, keyring_store):
    crm = CrmApp.open(db_path)
    crm.load_demo(400, seed=7)
    contract = db_path.parent / "合同.txt"
    contract.write_bytes("甲方：华东贸易有限公司 secret terms".encode())
    account = crm.customers.create_account(AccountInput(name="华东贸易有限公司"))
    attached = crm.attachments.attach_file("account", account.id, contract)
    crm.security.backup_now()
    assert not crm.security.encrypted
    crm.close()
    files = [p for p in (db_path.parent / (db_path.stem + ".files")).rglob("*") if p.is_file()]
    assert files and any(b"secret terms" in p.read_bytes() for p in files)  # a plain store keeps plain files
    con = sqlite3.connect(db_path)
    expected = _table_counts(con)
    con.close()
    key = encrypt_store(db_path, ScriptedAsk())
    assert file_kind(db_path) is FileKind.ENCRYPTED
    assert not (db_path.parent / (db_path.name + ".encrypting")).exists()
    con = cipher.connect(db_path, key)
    assert _table_counts(con) == expected
    con.close()
    assert all(file_kind(b) is FileKind.ENCRYPTED for b in (db_path.parent / "backups").glob("*.db"))
    # The attachment files are encrypted at rest with the store, in its folder and in the backups' folders.
    sealed = [p for p in db_path.parent.rglob("*") if p.is_file() and ".files" in str(p.parent)]
    assert len(sealed) >= 2 and not any(b"secret terms" in p.read_bytes() for p in sealed)
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    try:
        assert crm.security.encrypted
        assert crm.search.search("zhang")
        copy = db_path.parent / "copy.txt"
        crm.attachments.export(attached.id, copy)
        assert copy.read_bytes() == contract.read_bytes()
    finally:
        crm.close()


def test_a_failed_encryption_leaves_the_plain_store_as_it_was(db_path, keyring_store, monkeypatch):
    crm = CrmApp.open(db_path)
    _add_people(crm, 20)
    crm.close()
    before = db_path.read_bytes()

    def broken_export(source, source_key, target, key):
        target.write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cipher, "export_encrypted", broken_export)
    with pytest.raises(OSError):
        encrypt_store(db_path, ScriptedAsk())
    assert file_kind(db_path) is FileKind.PLAIN and db_path.read_bytes() == before
    assert not (db_path.parent / (db_path.name + ".encrypting")).exists()
    assert ("FieldCRM", store_key_name(db_path)) not in keyring_store  # no orphan key


def test_encryption_killed_midway_loses_nothing(db_path, tmp_path):
    """SIGKILL while `crm encrypt` writes the copy: the plain store is still whole (and can be encrypted later)."""
    crm = CrmApp.open(db_path)
    crm.load_demo(3000, seed=3)
    crm.close()
    con = sqlite3.connect(db_path)
    expected = _table_counts(con)
    con.close()
    env = dict(os.environ, CRM_PASSPHRASE="a passphrase for the kill test",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    process = subprocess.Popen([sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db_path), "encrypt"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    copy = db_path.with_name(db_path.name + ".encrypting")
    deadline = time.monotonic() + 60
    while not copy.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if file_kind(db_path) is FileKind.PLAIN:
        con = sqlite3.connect(db_path)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    else:  # the kill came after the rename: the encrypted store is whole
        con = cipher.connect(db_path, cipher.key_from_secret("a passphrase for the kill test", db_path))
    assert _table_counts(con) == expected
    con.close()
    assert not running_marker(db_path).exists()
    # Run again to the end: the leftover copy is cleared and the store ends up encrypted and whole.
    done = subprocess.run([sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db_path), "encrypt", "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert file_kind(db_path) is FileKind.ENCRYPTED and not copy.exists()
    con = cipher.connect(db_path, cipher.key_from_secret("a passphrase for the kill test", db_path))
    assert _table_counts(con) == expected
    con.close()
