"""The layer rules of architecture.md, read from the imports of every module."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_desktop"
QT_ONLY_IN_GUI = ("PySide6", "shiboken6", "matplotlib.backends.backend_qt", "matplotlib.backends.backend_qtagg")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(under: Path):
    return sorted(p for p in under.rglob("*.py") if "forms" not in p.parts or under.name == "forms")


def _matches(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", [p for p in modules(PACKAGE) if "gui" not in p.relative_to(PACKAGE).parts],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_qt_is_imported_only_by_the_gui(path):
    offending = {name for name in imports(path) if _matches(name, QT_ONLY_IN_GUI)}
    assert not offending, f"{path.relative_to(ROOT)} imports {offending}"


@pytest.mark.parametrize("path", modules(PACKAGE / "gui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_gui_talks_to_controllers_only(path):
    offending = {name for name in imports(path)
                 if _matches(name, ("sqlalchemy", "alembic", "sqlite3", "crm_desktop.store"))}
    assert not offending, f"{path.relative_to(ROOT)} imports {offending}"


@pytest.mark.parametrize("path", modules(PACKAGE / "domain"), ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_is_pure(path):
    offending = {name for name in imports(path)
                 if _matches(name, ("sqlalchemy", "sqlite3", "crm_desktop.store", "crm_desktop.controllers"))}
    assert not offending, f"{path.relative_to(ROOT)} imports {offending}"


def test_the_rule_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _matches("PySide6.QtWidgets", QT_ONLY_IN_GUI)
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imports(bad)


@pytest.mark.parametrize("path", modules(ROOT / "crm_server"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_server_runs_headless_and_never_imports_the_gui(path):
    offending = {name for name in imports(path) if _matches(name, (*QT_ONLY_IN_GUI, "crm_desktop.gui", "matplotlib"))}
    assert not offending, f"{path.relative_to(ROOT)} imports {offending}"
