"""Refresh resources/translations/*.ts from the sources (lupdate) and compile .qm (lrelease).

Translators edit the .ts files (Qt Linguist); existing translations survive an update.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")  # en only carries plural forms ("1 contact", "2 contacts")


def sources() -> list[Path]:
    # crm_protocol holds the record rules' messages (the app shows them translated; the server sends English).
    files = (sorted((ROOT / "crm_desktop").rglob("*.py")) + sorted((ROOT / "crm_protocol").rglob("*.py"))
             + sorted((ROOT / "ui").glob("*.ui")))
    # Compiled forms repeat the .ui strings; lupdate reads the .ui files themselves.
    return [f for f in files if "forms" not in f.parts]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"crm_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"crm_{language}.qm"


def lupdate(target: Path) -> None:
    relative = [str(f.relative_to(ROOT)) for f in sources()]
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *relative,
                    "-ts", str(target)], check=True, cwd=ROOT, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                   check=True, cwd=ROOT)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_file(language))
        lrelease(ts_file(language), qm_file(language))
        print(f"{ts_file(language).relative_to(ROOT)} -> {qm_file(language).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
