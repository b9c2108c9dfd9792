"""Starting the window: application object, language, theme, opening the store, first run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_NAME, APP_ORG, __version__
from crm_desktop import settings as declared
from crm_desktop.controllers.app import CrmApp, OpenProblem, StoreOpenError
from crm_desktop.gui.preferences import Preferences
from crm_desktop.gui.translation import install_translators, resolve_language
from crm_desktop.paths import RESOURCES_DIR


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    theme = RESOURCES_DIR / "theme.qss"
    if theme.exists():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))
    _prefer_cjk_font(app)
    return app


def _prefer_cjk_font(app: QApplication) -> None:
    """Chinese names need a CJK font; pick an installed one if the default lacks the glyphs."""
    families = set(QFontDatabase.families())
    for family in ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                   "WenQuanYi Micro Hei"):
        if family in families:
            font = QFont(app.font())
            font.setFamilies([app.font().family(), family])
            app.setFont(font)
            return


def describe_open_problem(error: StoreOpenError) -> str:
    translate = QCoreApplication.translate
    texts = {
        OpenProblem.LOCKED: translate(
            "Startup", "This customer database is already open in another CRM window. "
                       "Switch to that window, or close it and try again."),
        OpenProblem.READ_ONLY: translate(
            "Startup", "The customer database or its folder is read-only, so changes could not be saved. "
                       "Check the file permissions or choose another location with --db."),
        OpenProblem.CORRUPT: translate("Startup", "The customer database is damaged and cannot be opened."),
        OpenProblem.NEWER: translate(
            "Startup", "This customer database was saved by a newer version of the CRM. Please update the app."),
    }
    return texts[error.problem] + "\n\n" + str(error.path)


def open_with_recovery(db_path: Path, phone_region: str, language: str = "en",
                       sla_policy: Path | None = None) -> CrmApp | None:
    """Open the store; on failure explain why and offer the newest backup. None = give up."""
    translate = QCoreApplication.translate
    while True:
        try:
            return CrmApp.open(db_path, phone_region, language, sla_policy)
        except StoreOpenError as error:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("Startup", "Cannot open the database"),
                              describe_open_problem(error))
            restore = None
            if error.backups and error.problem is OpenProblem.CORRUPT:
                restore = box.addButton(translate("Startup", "Open the newest backup"),
                                        QMessageBox.ButtonRole.AcceptRole)
                box.setInformativeText(translate("Startup", "Newest backup: %1").replace("%1", error.backups[0].name))
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if restore is None or box.clickedButton() is not restore:
                return None
            CrmApp.restore_backup(error.path, error.backups[0])


def run_gui(db_path: Path, language: str | None = None, *, exec_loop: bool = True) -> int:
    app = create_application()
    prefs = Preferences()
    language = install_translators(app, resolve_language(language or prefs.get(declared.LANGUAGE)))
    # The language also names the default pipeline stages the first time they are created.
    sla_policy = prefs.get(declared.SLA_POLICY)
    crm = open_with_recovery(db_path, prefs.get(declared.PHONE_REGION), language,
                             Path(sla_policy) if sla_policy else None)
    if crm is None:
        return 2
    from crm_desktop.gui.main_window import MainWindow

    window = MainWindow(crm, prefs)
    window.show()
    if os.environ.get("CRM_EXIT_WHEN_INTERACTIVE"):  # bench/startup.py measures up to here
        QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
    elif crm.is_empty():
        QTimer.singleShot(0, window.offer_demo_data)
    if not exec_loop:
        return 0
    code = app.exec()
    crm.close()
    return code

