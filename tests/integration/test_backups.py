"""Backups and restore on real (encrypted) files: consistent while another thread writes, daily rotation,
restore round trips that keep the replaced store, and clear refusals that never touch the live store: a
backup of another install, of a newer schema, a damaged one, a full disk. A damaged store is found after an
unclean exit and the newest good backup is put back."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.controllers.security.controller import (
    BackupError,
    BackupProblem,
    newest_good_backup,
    restore_newest_good,
    restore_store,
)
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import ContactInput
from crm_desktop.store import cipher
from crm_desktop.store.database import OpenProblem, StoreOpenError, running_marker
from tests.fakes import ScriptedAsk
from tests.small_disk import small_disk


@pytest.fixture
def secure(db_path):
    """An encrypted store (key in the in-memory keyring) with a few contacts."""
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    for name in ("王芳", "李强", "张伟"):
        crm.customers.create_contact(ContactInput(name=name))
    yield crm
    crm.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))
                                   if not p.name.endswith(".lock"))).hexdigest()


def _names(crm) -> set[str]:
    with crm.store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM contacts WHERE deleted_at IS NULL")}


def test_a_backup_made_while_another_thread_writes_is_one_consistent_moment(secure, monkeypatch):
    """Small steps, so the writer's commits restart the copy and it falls back to one step."""
    from crm_desktop.store import backups

    monkeypatch.setattr(backups, "PAGES_PER_STEP", 16)
    crm = secure
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        while not stop.is_set():
            crm.customers.create_contact(ContactInput(name=f"并发{written[0]}"))
            written[0] += 1

    for i in range(1500):  # enough pages that the copy takes several steps
        crm.customers.create_contact(ContactInput(name=f"预置{i}", email=f"p{i}@example.cn"))
    before = len(_names(crm))
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backup = crm.security.backup_now()
    finally:
        stop.set()
        thread.join()
    assert written[0] > 0
    info = crm.security.inspect_backup(backup)  # integrity check passed, same key
    assert cipher.file_kind(backup) is cipher.FileKind.ENCRYPTED
    con = cipher.connect(backup, crm.store.key)
    contacts = con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    journaled = con.execute("SELECT count(*) FROM outbox WHERE entity = 'contact'").fetchone()[0]
    indexed = con.execute("SELECT count(*) FROM search_docs WHERE entity = 'contact'").fetchone()[0]
    con.close()
    assert before <= contacts <= before + written[0] and info.counts["contacts"] == contacts
    assert journaled == indexed == contacts  # each contact with its outbox entry and search row: whole commits


def test_restore_round_trips_and_keeps_the_store_it_replaced(secure, db_path):
    crm = secure
    backup = crm.security.backup_now()
    crm.customers.create_contact(ContactInput(name="备份之后"))
    key = crm.store.key
    crm.close()
    kept = restore_store(db_path, backup, key)
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    assert _names(crm) == {"王芳", "李强", "张伟"}
    crm.close()
    assert kept is not None and kept.parent.name == "backups" and "before-restore" in kept.name
    restore_store(db_path, kept, key)  # and back again
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    try:
        assert "备份之后" in _names(crm)
    finally:
        crm.close()


def test_a_backup_from_another_install_a_newer_version_or_damaged_is_refused_untouched(secure, db_path, tmp_path):
    crm = secure
    key = crm.store.key
    other = CrmApp.open(tmp_path / "other.db", key=cipher.new_key())
    other.close()
    newer = crm.security.backup_now(tmp_path / "newer.db")
    con = cipher.connect(newer, key)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    damaged = crm.security.backup_now(tmp_path / "damaged.db")
    with open(damaged, "r+b") as f:
        f.seek(damaged.stat().st_size // 2)
        f.write(os.urandom(8192))
    crm.close()
    before = _digest(db_path)
    for backup, problem in ((tmp_path / "other.db", BackupProblem.FOREIGN), (newer, BackupProblem.NEWER),
                            (damaged, BackupProblem.DAMAGED), (tmp_path / "gone.db", BackupProblem.MISSING)):
        with pytest.raises(BackupError) as info:
            restore_store(db_path, backup, key)
        assert info.value.problem is problem
        assert _digest(db_path) == before


def test_daily_backups_are_made_once_a_day_and_rotated(secure):
    security = secure.security
    made = security.backup_if_due(keep=3)
    assert made is not None and security.backup_if_due(keep=3) is None  # not twice the same day
    for days in range(1, 6):
        os.utime(made, (made.stat().st_atime, (datetime.now() - timedelta(days=days)).timestamp()))
        made = security.backup_if_due(keep=3)
        assert made is not None
    assert [b.kind for b in security.backups()] == ["daily"] * 3
    assert security.backup_if_due(keep=0) is None  # switched off


def test_a_full_disk_during_a_backup_says_so_and_leaves_no_half_backup(secure, db_path, tmp_path):
    crm = secure
    for i in range(2000):
        crm.customers.create_contact(ContactInput(name=f"客户{i}", email=f"c{i}@example.cn"))
    before = _names(crm)
    with small_disk(tmp_path, 256) as small:
        with pytest.raises(BackupError) as info:
            crm.security.backup_now(small / "crm-backup.db")
        assert info.value.problem is BackupProblem.DISK_FULL
        assert list(small.iterdir()) == []
    assert _names(crm) == before and not crm.security.check_integrity()


def test_a_damaged_store_is_found_and_the_newest_good_backup_restored(secure, db_path):
    crm = secure
    good = crm.security.backup_now()
    crm.customers.create_contact(ContactInput(name="损坏前"))
    bad = crm.security.backup_now()
    with open(bad, "r+b") as f:  # the newest backup is damaged too: it is passed over
        f.seek(4096)
        f.write(os.urandom(4096 * 3))
    crm.close()
    running_marker(db_path).touch()  # as a crash leaves it
    size = db_path.stat().st_size
    with open(db_path, "r+b") as f:
        f.truncate(size // 2)
    key = cipher.key_from_hex(crm.store.key.raw.hex())
    with pytest.raises(StoreOpenError) as info:
        CrmApp.open(db_path, key=key).close()
    assert info.value.problem in (OpenProblem.CORRUPT, OpenProblem.WRONG_KEY) and info.value.backups
    assert newest_good_backup(db_path, key) == good
    assert restore_newest_good(db_path, ScriptedAsk()) == good
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    try:
        assert _names(crm) == {"王芳", "李强", "张伟"}
        assert not crm.security.check_integrity()
    finally:
        crm.close()


def test_an_unclean_exit_is_noticed_and_a_subtle_damage_reported(db_path):
    crm = CrmApp.open(db_path)
    for i in range(300):
        crm.customers.create_contact(ContactInput(name=f"客户{i}"))
    crm.close()
    assert not running_marker(db_path).exists()
    crm = CrmApp.open(db_path)
    assert not crm.security.unclean_exit
    crm.store.engine.dispose()  # the process "dies": the marker stays behind
    crm.store.lock.release()
    con = sqlite3.connect(db_path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_contacts_account'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(db_path, "r+b") as f:  # an index page scribbled over: the file still opens
        f.seek((root - 1) * page + 8)
        f.write(b"\xff" * 64)
    crm = CrmApp.open(db_path)
    try:
        assert crm.security.unclean_exit
        assert crm.security.check_integrity()
    finally:
        crm.close()


@pytest.mark.skipif(not shutil.which("mount"), reason="needs mount")
def test_small_disk_helper_really_fills(tmp_path):
    with small_disk(tmp_path, 64) as small, pytest.raises(OSError):
        (small / "big").write_bytes(b"x" * 200_000)
