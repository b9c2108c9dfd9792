"""Shared fixtures: offscreen Qt, isolated user directories, a real SQLite store per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no screen, and never the developer's own
# settings or data directories.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="crm-tests-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["LANG"] = "en_US.UTF-8"
# Stores made by `crm` in a subprocess stay plain, so tests can read them with sqlite3; the
# encrypted default has tests of its own (tests/integration/test_encryption.py).
os.environ["CRM_PLAIN_NEW_STORES"] = "1"
os.environ.pop("LANGUAGE", None)

import keyring  # noqa: E402
import pytest  # noqa: E402

from crm_desktop.controllers.shell.app import CrmApp  # noqa: E402
from tests.fakes import MemoryKeyring  # noqa: E402

keyring.set_keyring(MemoryKeyring())  # tokens stored by the sync tests stay in this process

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def crm(db_path: Path):
    app = CrmApp.open(db_path)
    yield app
    app.close()


@pytest.fixture
def demo_crm(crm):
    """A store with a small deterministic demo territory."""
    crm.load_demo(400, seed=7)
    return crm


@pytest.fixture
def no_keyring():
    """A computer without a keyring backend (headless Linux): secrets cannot be kept."""
    from keyring.backends import fail

    kept = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(kept)


@pytest.fixture
def keyring_store():
    """The in-memory keyring's entries, to look at or delete."""
    return keyring.get_keyring().secrets
