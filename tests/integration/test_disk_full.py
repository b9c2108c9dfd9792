"""A full disk (a real tmpfs, filled) is said as such: by the command line on stderr with exit code 3, in the
user's language, without SQL or record data; nothing changes and no half-written file is left; and a store
that cannot open for want of space is never called damaged."""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from crm_desktop.cli.errors import EXIT_DISK_FULL
from crm_desktop.controllers.security.controller import BackupError, BackupProblem
from crm_desktop.controllers.shell.app import CrmApp, OpenProblem, StoreOpenError
from crm_desktop.controllers.shell.disk_full import DiskFullError, is_disk_full
from crm_desktop.domain.customers.entities import ContactInput
from crm_desktop.store.database import running_marker
from tests.fakes import ScriptedAsk
from tests.small_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = "The disk is full: nothing was changed. Free some space on"
CHINESE = "磁盘已满：未做任何更改。请在"
CANNOT_OPEN = "The disk is full, so the customer database cannot be opened. It is not damaged"


def crm_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def store_with_contacts(db: Path, names=("王芳", "李强")) -> None:
    crm = CrmApp.open(db)
    try:
        for i, name in enumerate(names):
            crm.customers.create_contact(ContactInput(name=name, mobile=f"1391234{i:04d}"))
        crm.security.keep_plain()  # as `crm --plain` leaves it, so the runs below change nothing but data
    finally:
        crm.close()


def contents(db: Path) -> dict[str, str]:
    """A digest of every table of the (plain) store: equal digests, the same data."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: hashlib.sha256(repr(sorted(map(repr, con.execute(f'SELECT * FROM "{t}"')))).encode()).hexdigest()
                for t in tables}
    finally:
        con.close()


def people_file(folder: Path, rows: int = 3000) -> Path:
    path = folder / "people.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["姓名", "手机", "邮箱", "公司"])
        writer.writerows([f"导入客户{i:04d}", f"1350000{i:04d}", f"import{i}@example.cn", f"导入公司{i % 50}"]
                         for i in range(rows))
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")


@pytest.mark.parametrize(("language", "said"), [("en", ENGLISH), ("zh_CN", CHINESE)])
def test_an_import_on_a_full_disk_says_so_without_customer_data_and_changes_nothing(tmp_path, language, said):
    source = people_file(tmp_path)
    with small_disk(tmp_path) as small:
        db = small / "crm.db"
        store_with_contacts(db)
        before = contents(db)
        filler = fill(small, leave_kib=256)  # room to open the store, not to import 3,000 people
        result = crm_cli(db, "--lang", language, "import", "contacts", str(source))
        assert result.returncode == EXIT_DISK_FULL, result.stderr
        assert said in result.stderr and str(small) in result.stderr
        for secret in ("导入客户", "1350000", "import1@", "导入公司", "SQL", "parameters", "Traceback", "INSERT"):
            assert secret not in result.stderr + result.stdout
        assert not (small / "import-reports").exists()
        filler.unlink()
        assert contents(db) == before
        crm = CrmApp.open(db)
        try:
            assert crm.imports.batches() == [] and sorted(h.name for h in crm.search.search("li")) == ["李强"]
        finally:
            crm.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("unclean", [False, True], ids=["closed", "after-a-crash-marker"])
def test_a_store_on_a_full_disk_is_disk_full_not_damaged(tmp_path, encrypted, unclean):
    with small_disk(tmp_path) as small:
        db = small / "crm.db"
        crm = CrmApp.open_secure(db, ScriptedAsk()) if encrypted else CrmApp.open(db)
        crm.customers.create_contact(ContactInput(name="王芳"))
        crm.security.backup_now()  # a backup that a damaged store would be offered
        crm.close()
        if unclean:
            running_marker(db).touch()
        filler = fill(small)
        ask = ScriptedAsk()
        with pytest.raises(StoreOpenError) as info:
            CrmApp.open_secure(db, ask)
        assert info.value.problem is OpenProblem.DISK_FULL
        assert ask.asked == []  # the key in the keyring was never called wrong
        filler.unlink()
        crm = CrmApp.open_secure(db, ScriptedAsk())
        try:
            assert [h.name for h in crm.search.search("wf")] == ["王芳"]
        finally:
            crm.close()


def test_the_command_line_says_a_store_cannot_open_for_want_of_space(tmp_path):
    with small_disk(tmp_path) as small:
        db = small / "crm.db"
        store_with_contacts(db)
        running_marker(db).touch()
        fill(small)
        result = crm_cli(db, "search", "王")
        assert result.returncode == EXIT_DISK_FULL, result.stderr
        assert CANNOT_OPEN in result.stderr and str(small) in result.stderr
        assert "damaged or is not" not in result.stderr and "backup" not in result.stderr.lower()
        assert "Traceback" not in result.stderr


def test_a_backup_to_a_full_disk_says_so_and_leaves_no_partial_file(tmp_path):
    db = tmp_path / "crm.db"
    store_with_contacts(db, [f"客户{i}" for i in range(300)])
    with small_disk(tmp_path, 256) as small:
        result = crm_cli(db, "backup", str(small / "crm-backup.db"))
        assert result.returncode == EXIT_DISK_FULL, result.stderr
        assert ENGLISH in result.stderr and str(small) in result.stderr
        assert "Traceback" not in result.stderr
        assert leftovers(small) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".vcf"])
def test_an_export_to_a_full_disk_says_so_and_leaves_no_partial_file(tmp_path, suffix):
    db = tmp_path / "crm.db"
    store_with_contacts(db, [f"客户{i}" for i in range(300)])
    with small_disk(tmp_path, 256) as small:
        fill(small, leave_kib=8)
        result = crm_cli(db, "--lang", "zh_CN", "export", "contacts", str(small / f"contacts{suffix}"))
        assert result.returncode == EXIT_DISK_FULL, result.stderr
        assert CHINESE in result.stderr and str(small) in result.stderr
        assert "客户1" not in result.stderr and "Traceback" not in result.stderr
        assert leftovers(small) == []


def test_an_export_in_the_window_raises_disk_full_with_the_folder(tmp_path):
    crm = CrmApp.open(tmp_path / "crm.db")
    try:
        for i in range(300):
            crm.customers.create_contact(ContactInput(name=f"客户{i}"))
        with small_disk(tmp_path, 256) as small:
            fill(small)
            with pytest.raises(DiskFullError) as info:
                crm.exports.export_records("contact", small / "contacts.xlsx")
            assert info.value.folder == small and leftovers(small) == []
            with pytest.raises(BackupError) as backup:
                crm.security.backup_now(small / "copy.db")
            assert backup.value.problem is BackupProblem.DISK_FULL and is_disk_full(backup.value)
            assert leftovers(small) == []
    finally:
        crm.close()


def test_the_engine_never_puts_record_data_in_its_errors(crm):
    crm.customers.create_contact(ContactInput(name="王芳", mobile="13912345678"))
    with crm.store.engine.connect() as conn, pytest.raises(Exception) as info:
        conn.exec_driver_sql("INSERT INTO contacts (id, name) VALUES (?, ?)", ("same", "秘密客户"))
        conn.exec_driver_sql("INSERT INTO contacts (id, name) VALUES (?, ?)", ("same", "秘密客户"))
    assert "秘密客户" not in str(info.value)


def test_a_disk_full_error_is_told_by_either_driver_and_by_errno(tmp_path):
    import errno

    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", ("秘密",), sqlcipher.OperationalError("database or disk is full"))
    assert is_disk_full(wrapped)
    assert is_disk_full(OSError(errno.EDQUOT, os.strerror(errno.EDQUOT)))
    assert not is_disk_full(sqlite3.OperationalError("disk I/O error"), tmp_path)  # room enough here: not full
    assert not is_disk_full(sqlite3.DatabaseError("file is not a database"))


def test_any_other_database_error_is_one_line_without_sql_or_record_data(tmp_path):
    db = tmp_path / "crm.db"
    store_with_contacts(db)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE search_docs")  # a store damaged behind the app's back
    con.commit()
    con.close()
    result = crm_cli(db, "search", "王芳")  # found in the index, then read from the table that is gone
    assert result.returncode == 1, result.stderr
    assert "crm: the database could not do this: OperationalError: no such table: search_docs" in result.stderr
    for secret in ("王芳", "SQL", "SELECT", "Traceback"):
        assert secret not in result.stderr


def test_crm_sync_says_a_full_disk_met_while_applying_changes(tmp_path, capsys):
    from crm_desktop.cli import sync as cli_sync

    with small_disk(tmp_path) as small:
        crm = CrmApp.open(small / "crm.db")
        try:
            fill(small)
            with pytest.raises(Exception) as met:  # what the sync engine meets writing a page it pulled
                crm.customers.create_contact(ContactInput(name="来自服务器", mobile="13912345678"))
        finally:
            crm.close()

    class FullDiskSync:
        def account(self):
            return SimpleNamespace(server="https://crm.example.cn", username="wang")

        def is_logged_in(self) -> bool:
            return True

        def sync(self):
            raise met.value

    app = SimpleNamespace(sync=FullDiskSync(), db_path=small / "crm.db")
    args = SimpleNamespace(server="https://crm.example.cn", user="wang", ca_bundle=None, json=False, lang=None)
    assert cli_sync.cmd_sync(app, args) == EXIT_DISK_FULL
    said = capsys.readouterr().err
    assert ENGLISH in said and str(small) in said and "来自服务器" not in said and "SQL" not in said
