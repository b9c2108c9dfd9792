"""Where things live: shipped data and resources beside the package, user files per platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

from crm_desktop import APP_NAME, APP_ORG

# A frozen build (installer issue) unpacks data/ and resources/ next to the executable.
_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
DATA_DIR = _ROOT / "data"
RESOURCES_DIR = _ROOT / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

_dirs = PlatformDirs(APP_NAME, APP_ORG)


def default_db_path() -> Path:
    """The embedded default: one SQLite file in the user's data directory."""
    return Path(_dirs.user_data_dir) / "crm.db"
