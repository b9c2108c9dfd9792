"""Screenshots for the README: the window offscreen over a demo store, in English and Chinese."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from crm_desktop.controllers.app import CrmApp  # noqa: E402
from crm_desktop.gui.app import create_application  # noqa: E402
from crm_desktop.gui.main_window import MainWindow  # noqa: E402
from crm_desktop.gui.preferences import Preferences  # noqa: E402
from crm_desktop.gui.translation import install_translators  # noqa: E402

OUT = ROOT / "docs"


def settle(app, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, crm, language: str, name: str, query: str | None = None) -> Path:
    install_translators(app, language)
    prefs = Preferences(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(crm, prefs)
    window.resize(1440, 860)
    window.show()
    titles = [c.title for c in window.customers.model.columns]
    window.customers.table.sortByColumn(titles.index("Last activity"), Qt.SortOrder.DescendingOrder)
    window.customers.select_first_row()
    if query:
        window.search_box.setText(query)
    settle(app)
    target = OUT / name
    window.grab().save(str(target))
    window.jobs.shutdown()
    window.close()
    return target


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = create_application()
    folder = Path(tempfile.mkdtemp())
    crm = CrmApp.open(folder / "crm.db")
    crm.load_demo(5000, seed=11)
    print(shoot(app, crm, "en", "screenshot.png"))
    print(shoot(app, crm, "zh_CN", "screenshot-zh.png", query="zw"))
    crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
