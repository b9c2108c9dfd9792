"""The layer rule import-linter cannot check (.importlinter has the rest): matplotlib's Qt backend only in gui/."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_desktop"
# import-linter sees a third-party package only as a whole ("matplotlib"), and charts/ may use matplotlib's
# Agg backend headless; only the Qt backends belong to the GUI.
QT_BACKENDS = ("matplotlib.backends.backend_qt", "matplotlib.backends.backend_qtagg",
               "matplotlib.backends.backend_qtcairo", "matplotlib.backends.qt_compat")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_matplotlib_qt_backend_only_in_the_gui(path):
    offending = {name for name in imports(path) if _matches(name, QT_BACKENDS)}
    assert not offending, f"{path.relative_to(ROOT)} imports {offending}"


def test_the_rule_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from matplotlib.backends import backend_qtagg\nimport matplotlib.backends.backend_agg\n")
    found = imports(bad)
    assert {name for name in found if _matches(name, QT_BACKENDS)} == {"matplotlib.backends.backend_qtagg"}
