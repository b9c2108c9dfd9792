"""The installer's helpers (installer/*.py) are scripts, not a package: put their folder on the path."""

import sys
from pathlib import Path

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))
