"""A first `crm` command on a computer without a keyring: a new database is made (demo data unencrypted, said so;
with CRM_PASSPHRASE encrypted with it, said so), or the user is told the ways to give it a key, never that an
existing database's key is lost; a database made with --plain remembers that it is kept plain."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crm_desktop.controllers.security.store_keys import FileKind, file_kind
from crm_desktop.controllers.shell.app import CrmApp

FALSE_ALARM = "its key is not in this computer's keyring"


def _headless(db, *args, passphrase: str | None = None, lang: str = "en") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CRM_PLAIN_NEW_STORES", "CRM_PASSPHRASE")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # as on a headless Linux laptop
    if passphrase is not None:
        env["CRM_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "crm_desktop.cli.main", "--lang", lang, "--db", str(db), *args],
                          env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)


def test_demo_into_a_new_database_without_a_keyring_makes_it_and_says_how(tmp_path):
    db = tmp_path / "new.db"
    made = _headless(db, "demo", "--customers", "100")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["contacts"] == 100
    assert FALSE_ALARM not in made.stderr and "without encryption" in made.stderr and "encrypt" in made.stderr
    assert file_kind(db) is FileKind.PLAIN
    crm = CrmApp.open(db)
    try:
        assert not crm.security.kept_plain()  # not the user's choice: the window still offers to encrypt it
    finally:
        crm.close()


def test_another_command_on_a_new_database_names_the_ways_to_give_it_a_key(tmp_path):
    db = tmp_path / "new.db"
    refused = _headless(db, "search", "x")
    assert refused.returncode == 2 and not db.exists()
    assert FALSE_ALARM not in refused.stderr
    assert "CRM_PASSPHRASE" in refused.stderr and "--plain" in refused.stderr and "Traceback" not in refused.stderr
    short = _headless(db, "search", "x", passphrase="short")
    assert short.returncode == 2 and "at least 8" in short.stderr and not db.exists()


def test_crm_passphrase_encrypts_a_new_database_and_says_it_is_the_key(tmp_path):
    db = tmp_path / "new.db"
    made = _headless(db, "demo", "--customers", "50", passphrase="a long passphrase")
    assert made.returncode == 0, made.stderr
    assert file_kind(db) is FileKind.ENCRYPTED and "encrypted with the passphrase in CRM_PASSPHRASE" in made.stderr
    again = _headless(db, "search", "a", passphrase="a long passphrase")
    assert again.returncode == 0 and "CRM_PASSPHRASE" not in again.stderr


def test_a_database_made_with_plain_remembers_it(tmp_path):
    db = tmp_path / "plain.db"
    made = _headless(db, "--plain", "search", "x")
    assert made.returncode == 0, made.stderr
    crm = CrmApp.open(db)
    try:
        assert crm.security.kept_plain()
    finally:
        crm.close()


def test_the_terminal_says_it_in_the_user_s_language(tmp_path):
    db = tmp_path / "新.db"
    made = _headless(db, "demo", "--customers", "20", lang="zh_CN")
    assert made.returncode == 0, made.stderr
    assert "演示数据" in made.stderr and "without encryption" not in made.stderr
    refused = _headless(tmp_path / "other.db", "search", "x", lang="zh_CN")
    assert refused.returncode == 2 and "钥匙串" in refused.stderr and "--plain" in refused.stderr
