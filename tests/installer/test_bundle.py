"""The installer build on Linux: PyInstaller makes the bundle, which then runs as on a rep's new machine
(--version, --self-test, a first start on the default store) and packages as a .deb."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import bundle_config as config
import pytest
import smoke

from crm_desktop import __version__
from crm_desktop.self_test import CHECKS

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
# Whatever goes into the bundle: a build older than any of these is rebuilt.
SOURCES = ["main.py", "pyproject.toml", "crm_desktop", "data", "resources", "installer"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build (CI builds the others)")]


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if "__pycache__" not in p.parts]
        newest = max([newest, *(p.stat().st_mtime for p in files if p.is_file())])
    return newest


@pytest.fixture(scope="module")
def executable() -> Path:
    """The bundle's executable, built now unless a build newer than every source file is there."""
    built = smoke.bundle_executable(DIST)
    if not built.exists() or built.stat().st_mtime < newest_source():
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--no-smoke", "--no-package"],
                       cwd=ROOT, check=True, timeout=1800)
    assert built.exists()
    return built


@pytest.fixture(scope="module")
def smoked(executable, tmp_path_factory) -> smoke.SmokeResult:
    return smoke.smoke_test(executable, tmp_path_factory.mktemp("fresh-home"))


def test_version_is_printed(smoked):
    assert smoked.version.returncode == 0
    assert smoked.version.stdout.strip() == f"crm {__version__}"


def test_every_self_test_check_passes_in_the_bundle(smoked):
    out = smoked.self_test.stdout
    assert smoked.self_test.returncode == 0, out + smoked.self_test.stderr
    assert "self-test (bundle," in out.splitlines()[0]
    for name, _check in CHECKS:
        assert f"ok      {name}: " in out
    assert f"self-test passed: {len(CHECKS)} checks" in out


def test_user_data_goes_to_the_user_data_folder_never_into_the_bundle(smoked):
    assert smoked.first_store.returncode == 0, smoked.first_store.stderr
    assert [p.relative_to(p.parents[3]) for p in smoked.databases] == [Path(".local/share/FieldCRM/crm.db")]
    assert smoked.written_in_bundle == []


def test_the_bundle_carries_no_server_and_no_unused_qt(executable):
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz").toc)
    tops = {name.split(".")[0] for name in modules}
    assert not tops & {"crm_server", "fastapi", "uvicorn", "starlette", "psycopg", "pydantic", "pytest", "tkinter",
                        "keyrings"}
    assert {"crm_desktop", "alembic", "sqlcipher3", "keyring", "python_calamine", "openpyxl", "matplotlib"} <= tops
    internal = smoke.bundle_root(executable) / "_internal"
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert qt_modules == set(config.QT_MODULES_USED)
    migrations = internal / "crm_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and len(list((migrations / "versions").glob("0*.py"))) >= 10
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == ["crm_en.qm", "crm_zh_CN.qm"]


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb is Debian's")
def test_deb_installs_the_bundle_a_command_a_menu_entry_and_an_icon(executable, tmp_path):
    from deb import build_deb

    deb = build_deb(smoke.bundle_root(executable), __version__, tmp_path, tmp_path / "work", compression="gzip")
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: fieldcrm" in info and f"Version: {__version__}" in info and "libxcb-icccm4" in info
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./opt/fieldcrm/FieldCRM" in listing and "./usr/bin/fieldcrm -> /opt/fieldcrm/FieldCRM" in listing
    assert "./usr/share/applications/fieldcrm.desktop" in listing
    assert "./usr/share/icons/hicolor/256x256/apps/fieldcrm.png" in listing
    assert "root/root" in listing.splitlines()[0]
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    desktop = (unpacked / "usr/share/applications/fieldcrm.desktop").read_text(encoding="utf-8")
    assert "Exec=fieldcrm" in desktop and "Icon=fieldcrm" in desktop
    installed = unpacked / "opt" / "fieldcrm" / "FieldCRM"
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"crm {__version__}"
