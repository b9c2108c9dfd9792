"""A server node installs without the app (`pip install '.[server]'`): crm_server builds its app with the
desktop packages unimportable, and the protocol package needs neither side. Checked in a fresh process
whose import system refuses those packages, which is what a server venv without them amounts to."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def desktop_only_modules() -> set[str]:
    """The top-level modules of the `desktop` extra's packages, read from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {canonicalize_name(Requirement(r).name) for r in project["optional-dependencies"]["desktop"]}
    modules = {"shiboken6"}  # PySide6's own dependency
    for module, distributions in importlib.metadata.packages_distributions().items():
        if not module.startswith("_") and wanted & {canonicalize_name(d) for d in distributions}:
            modules.add(module)
    return modules


def run_without(refused: set[str], code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a new interpreter in which importing any of `refused` fails."""
    prelude = f"import sys\nfor name in {sorted(refused)!r}:\n    sys.modules[name] = None\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_the_desktop_extra_names_the_packages_a_server_must_not_need():
    assert {"PySide6", "matplotlib", "sqlcipher3", "httpx"} <= desktop_only_modules()


def test_the_server_builds_its_app_without_the_desktop_packages():
    done = run_without(desktop_only_modules() | {"crm_desktop"}, """
        import pkgutil

        import crm_server
        from crm_server.app import create_app
        from crm_server.settings import ServerSettings

        for module in pkgutil.walk_packages(crm_server.__path__, "crm_server."):
            if ".migrations" not in module.name:  # alembic runs those, inside a migration
                __import__(module.name)
        app = create_app(ServerSettings(database_url="sqlite://"))
        assert "/sync/push" in app.openapi()["paths"]
        print("built")
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "built"


def test_the_refusal_is_real():
    done = run_without({"PySide6"}, "import PySide6.QtCore")
    assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr


def test_the_protocol_imports_neither_side_nor_a_database_nor_qt():
    done = run_without({"crm_desktop", "crm_server", "sqlalchemy", "alembic", "PySide6", "shiboken6"}, """
        import pkgutil

        import crm_protocol

        for module in pkgutil.walk_packages(crm_protocol.__path__, "crm_protocol."):
            __import__(module.name)
        print("imported")
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported"
