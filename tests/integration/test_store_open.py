"""Opening problems get a reason, never a traceback: second instance, corrupt, read-only."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from crm_desktop.controllers.security.controller import restore_store
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import ContactInput
from crm_desktop.store.database import OpenProblem, StoreOpenError, open_store
from crm_desktop.store.migrate import backup_database


def test_second_instance_on_the_same_database_is_refused(crm, db_path):
    with pytest.raises(StoreOpenError) as info:
        open_store(db_path)
    assert info.value.problem is OpenProblem.LOCKED


def test_second_instance_in_another_process_is_refused_politely(crm, db_path):
    result = subprocess.run([sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db_path),
                             "search", "x"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "open in another CRM window" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_file_is_reported_with_the_newest_backup_and_can_be_restored(db_path):
    app = CrmApp.open(db_path)
    app.customers.create_contact(ContactInput(name="王芳", mobile="13912345678"))
    app.close()
    backup = backup_database(db_path, db_path.parent / "backups", "manual")
    with open(db_path, "r+b") as f:  # overwrite the header: "file is not a database"
        f.write(b"this is not an sqlite file at all" * 4)
    with pytest.raises(StoreOpenError) as info:
        open_store(db_path)
    assert info.value.problem is OpenProblem.CORRUPT
    assert info.value.backups[0] == backup
    kept = restore_store(db_path, backup, None)
    assert kept.exists()
    app = CrmApp.open(db_path)
    try:
        assert [h.name for h in app.search.search("wf")] == ["王芳"]
    finally:
        app.close()


@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to drop root")
def test_read_only_database_is_reported():
    tmp_path = Path(tempfile.mkdtemp(prefix="crm-ro-"))  # pytest's tmp_path is private to root
    os.chmod(tmp_path, 0o755)
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "crm.db"
    CrmApp.open(db).close()
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    command = [sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db), "agenda"]
    if os.geteuid() == 0:  # root ignores file modes: run as nobody, for whom they apply
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "x"))
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(tmp_path, ignore_errors=True)
    assert result.returncode == 2, result.stderr
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr
