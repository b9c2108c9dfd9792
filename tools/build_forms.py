"""Compile ui/*.ui (Qt Designer) into crm_desktop/gui/forms/ui_*.py with pyside6-uic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "crm_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install the project's dependencies first")
    return found


def compile_form(ui_file: Path) -> str:
    """Python source that pyside6-uic makes of one form."""
    result = subprocess.run([uic(), "--no-autoconnection", str(ui_file)], check=True,
                            capture_output=True, text=True)
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
