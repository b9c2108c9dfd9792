"""Starting the window: application object, language, theme; the shell opens the store and shows the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from crm_desktop import APP_NAME, APP_ORG, __version__, gui_thread_guard
from crm_desktop import settings as declared
from crm_desktop.gui.shell.app_shell import AppShell
from crm_desktop.gui.shell.disk_full_notice import install_disk_full_net
from crm_desktop.gui.shell.preferences import Preferences
from crm_desktop.gui.shell.theme import apply_theme
from crm_desktop.gui.shell.translation import install_translators, resolve_language


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    apply_theme(app)
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


def run_gui(db_path: Path, language: str | None = None, *, exec_loop: bool = True, plain_new: bool = False) -> int:
    app = create_application()
    if gui_thread_guard.forbidden_by_environment():  # CRM_FORBID_GUI_STORE=1: a developer's debug switch
        gui_thread_guard.forbid_store_on_gui_thread()
    prefs = Preferences()
    # The language also names the default pipeline stages the first time they are created.
    language = install_translators(app, resolve_language(language or prefs.get(declared.LANGUAGE)))
    install_disk_full_net(Path(db_path).expanduser().resolve().parent)
    shell = AppShell(db_path, prefs, language, plain_new)
    if not shell.start():
        return 2
    if not exec_loop:
        return 0
    code = app.exec()
    shell.close()
    return code
