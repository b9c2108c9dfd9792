"""What the bundle leaves out is really unused: checked against the import graph of the desktop app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bundle_config as config

ROOT = Path(__file__).resolve().parents[2]
IMPORT_ALL = """
import importlib, json, pkgutil, sys
import crm_desktop
for module in pkgutil.walk_packages(crm_desktop.__path__, "crm_desktop."):
    importlib.import_module(module.name)
print(json.dumps(sorted(sys.modules)))
"""
# Excluded, yet imported from source: each import sits in a try block and the app works without it
# (httpx's optional command line, tried when httpx is imported).
OPTIONAL = {"click", "rich", "pygments", "httpx._main"}


def test_nothing_excluded_is_imported_by_the_desktop_app():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=300).stdout
    imported = set(json.loads(out.splitlines()[-1]))
    excluded = {name for name in imported if any(name == e or name.startswith(e + ".") for e in config.EXCLUDES)}
    assert {name for name in excluded if name.split(".")[0] not in OPTIONAL and name not in OPTIONAL} == set()
    assert "crm_server" not in {name.split(".")[0] for name in imported}


def test_only_the_qt_modules_the_app_imports_are_kept():
    used = set()
    for path in (ROOT / "crm_desktop").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] in {"from", "import"} and words[1].startswith("PySide6."):
                used.add(words[1].split(".")[1])
    assert used <= set(config.QT_MODULES_USED)
    assert "QtSvg" in config.QT_MODULES_USED  # matplotlib.backends.qt_compat imports it for the dashboard
    assert not {f"PySide6.{m}" for m in config.QT_MODULES_USED} & set(config.EXCLUDES)


def test_qt_plugins_kept_on_every_platform_layout():
    for qt in ("PySide6/Qt", "PySide6"):  # Linux and macOS wheels, Windows wheels
        assert config.keep_binary(f"{qt}/plugins/platforms/libqxcb.so")
        assert config.keep_binary(f"{qt}/plugins/platforms/qwindows.dll")
        assert config.keep_binary(f"{qt}/plugins/platforms/libqcocoa.dylib")
        assert config.keep_binary(f"{qt}/plugins/platforms/libqoffscreen.so")  # --self-test
        assert config.keep_binary(f"{qt}/plugins/imageformats/qjpeg.dll")
        assert config.keep_binary(f"{qt}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
        assert not config.keep_binary(f"{qt}/plugins/platforms/libqeglfs.so")
        assert not config.keep_binary(f"{qt}/plugins/platformthemes/libqgtk3.so")
        assert not config.keep_binary(f"{qt}/plugins/imageformats/qpdf.dll")
        assert not config.keep_binary(f"{qt}/plugins/sqldrivers/qsqlite.dll")
        assert config.keep_data(f"{qt}/translations/qtbase_zh_CN.qm")
        assert not config.keep_data(f"{qt}/translations/qtbase_de.qm")
        assert not config.keep_data(f"{qt}/translations/qtdeclarative_zh_CN.qm")
    assert config.keep_binary("PySide6/Qt6Core.dll") and config.keep_binary("libpython3.11.so.1.0")
    assert config.keep_data("data/sales/pipeline_stages.json")


def test_windows_version_resource_is_numeric():
    text = config.windows_version_info("1.2.3rc1")
    assert "filevers=(1, 2, 3, 1)" in text and "StringStruct('ProductVersion', '1.2.3rc1')" in text
