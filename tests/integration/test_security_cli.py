"""`crm backup`, `crm restore`, `crm encrypt` and `crm check`, and a terminal without a keyring:
the passphrase comes from CRM_PASSPHRASE, and a missing or wrong one is a one-line reason, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crm_desktop.cli.main import main
from crm_desktop.controllers.security.store_keys import FileKind, file_kind
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import ContactInput


def _run(capsys, db_path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_encrypt_backup_check_and_restore_from_the_command_line(capsys, db_path, tmp_path):
    crm = CrmApp.open(db_path)
    crm.customers.create_contact(ContactInput(name="王芳"))
    crm.close()
    code, out, _ = _run(capsys, db_path, "encrypt", "--json")
    assert code == 0 and json.loads(out) == {"encrypted": True, "changed": True}
    assert file_kind(db_path) is FileKind.ENCRYPTED
    code, out, _ = _run(capsys, db_path, "encrypt")
    assert code == 0 and "already encrypted" in out
    code, out, _ = _run(capsys, db_path, "backup", str(tmp_path / "copy.db"), "--json")
    made = json.loads(out)
    assert code == 0 and made["encrypted"] and file_kind(tmp_path / "copy.db") is FileKind.ENCRYPTED
    code, out, _ = _run(capsys, db_path, "check", "--json")
    checked = json.loads(out)
    assert code == 0 and checked["ok"] and checked["encrypted"] and checked["schema_revision"]
    crm = CrmApp.open_secure(db_path, lambda _reason: None)
    crm.customers.create_contact(ContactInput(name="李强"))
    crm.close()
    code, out, _ = _run(capsys, db_path, "restore", str(tmp_path / "copy.db"), "--json")
    restored = json.loads(out)
    assert code == 0 and restored["previous_kept"]
    code, out, _ = _run(capsys, db_path, "search", "lq")
    assert code == 0 and "李强" not in out
    code, out, _ = _run(capsys, db_path, "search", "wf")
    assert "王芳" in out


def test_restore_refuses_a_foreign_backup_with_a_reason(capsys, db_path, tmp_path):
    CrmApp.open_secure(db_path, lambda _reason: None).close()
    other = tmp_path / "other.db"
    CrmApp.open_secure(other, lambda _reason: None).close()  # its own key
    before = db_path.read_bytes()
    code, out, err = _run(capsys, db_path, "restore", str(other))
    assert code == 1 and out == "" and "another installation" in err
    assert db_path.read_bytes() == before


def test_check_reports_damage_with_a_nonzero_exit(capsys, db_path):
    crm = CrmApp.open(db_path)
    for i in range(300):
        crm.customers.create_contact(ContactInput(name=f"客户{i}"))
    crm.close()
    import sqlite3

    con = sqlite3.connect(db_path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_contacts_account'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(db_path, "r+b") as f:
        f.seek((root - 1) * page + 8)
        f.write(b"\xff" * 64)
    code, out, _ = _run(capsys, db_path, "check", "--json")
    assert code == 1 and not json.loads(out)["ok"] and json.loads(out)["problems"]


def _headless(*args, passphrase: str | None, db) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CRM_PLAIN_NEW_STORES", "CRM_PASSPHRASE")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # as on a headless Linux laptop
    if passphrase is not None:
        env["CRM_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db), *args], env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_without_a_keyring_the_terminal_uses_crm_passphrase(tmp_path):
    db = tmp_path / "headless.db"
    refused = _headless("search", "x", passphrase=None, db=db)
    assert refused.returncode == 2 and "CRM_PASSPHRASE" in refused.stderr and "Traceback" not in refused.stderr
    assert not db.exists()
    made = _headless("demo", "--customers", "200", passphrase="a long passphrase", db=db)
    assert made.returncode == 0, made.stderr
    assert file_kind(db) is FileKind.ENCRYPTED
    found = _headless("search", "zhang", "--json", passphrase="a long passphrase", db=db)
    assert found.returncode == 0 and json.loads(found.stdout)
    wrong = _headless("search", "zhang", passphrase="not it", db=db)
    assert wrong.returncode == 2 and "does not open it" in wrong.stderr and "Traceback" not in wrong.stderr
