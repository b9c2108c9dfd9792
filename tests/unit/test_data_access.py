"""Layer rule 2, read from the code: repositories own every query, and only a controller commits."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_desktop"
# The unit of work's commit is the one controllers call; opening a store creates its device user once
# (beside the migrations), before any controller exists.
MAY_COMMIT = {PACKAGE / "store" / "unit_of_work.py", PACKAGE / "store" / "database.py"}
QUERIES = {"execute", "scalar", "scalars", "query", "exec_driver_sql"}


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]


def _below_controllers() -> list[Path]:
    return sorted(p for layer in ("store", "sync", "interchange") for p in (PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", _below_controllers(), ids=lambda p: str(p.relative_to(ROOT)))
def test_nothing_below_a_controller_commits(path):
    commits = [c.lineno for c in _calls(path) if c.func.attr == "commit"]
    assert path in MAY_COMMIT or not commits, f"{path.relative_to(ROOT)} commits at lines {commits}"


def _is_transaction_control(call: ast.Call) -> bool:
    """A pragma or BEGIN the demo generator issues around its bulk load (it owns that transaction)."""
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Constant | ast.JoinedStr) and ast.unparse(first).lstrip("f'\"").startswith(
        ("PRAGMA", "BEGIN"))


def _queries(path: Path) -> list[int]:
    """Lines that send a statement (a result's own scalar() reads what came back: no arguments)."""
    return [c.lineno for c in _calls(path) if c.func.attr in QUERIES and c.args and not _is_transaction_control(c)]


@pytest.mark.parametrize("path", sorted((PACKAGE / "controllers").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_controllers_ask_repositories_and_never_query_themselves(path):
    queries = _queries(path)
    assert not queries, f"{path.relative_to(ROOT)} queries the database itself at lines {queries}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    sql = {m for m in imported if m == "sqlalchemy" or (m.startswith("sqlalchemy.") and m != "sqlalchemy.exc")}
    assert not sql, f"{path.relative_to(ROOT)} imports {sql} (only its exceptions are a controller's business)"


def test_the_rules_catch_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(s):\n    s.execute('SELECT 1')\n    s.commit()\n    s.exec_driver_sql('PRAGMA x').scalar()\n")
    assert _queries(bad) == [2]
    assert [c.lineno for c in _calls(bad) if c.func.attr == "commit"] == [3]
