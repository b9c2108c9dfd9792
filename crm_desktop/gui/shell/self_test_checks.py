"""The self-test's checks that need Qt: translations, the main window, a chart on matplotlib's Qt canvas."""

from __future__ import annotations

import sys
from pathlib import Path


def check_dashboard_card(ctx) -> str:
    from crm_desktop.charts.theme import Theme
    from crm_desktop.domain.analytics.dashboard import DashboardFilter
    from crm_desktop.gui.analytics.chart_card import ChartCard  # matplotlib's Qt canvas: it needs QtSvg in the bundle
    from crm_desktop.gui.analytics.chart_texts import chart_texts

    app = _application()
    chart = ctx.app.analytics.dashboard(DashboardFilter())[-1]
    card = ChartCard(ctx.app.analytics)
    try:
        card.resize(480, 320)
        card.show_chart(chart, chart_texts(chart), Theme.light())
        card.canvas.draw()
        image = card.grab()
        if image.isNull():
            raise RuntimeError("the chart card drew nothing")
    finally:
        card.deleteLater()
        app.processEvents()
    return f"'{chart.key}' on a Qt canvas, {image.width()}x{image.height()}"


def check_translations(ctx) -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from crm_desktop.gui.shell.translation import current_language, install_translators

    app = _application()
    before = current_language()
    try:
        install_translators(app, "zh_CN")
        title = QCoreApplication.translate("Charts", "Sales and service dashboard")
    finally:
        install_translators(app, before)
    if title == "Sales and service dashboard":
        raise RuntimeError("crm_zh_CN.qm did not load")
    qt_own = QTranslator()
    if not qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise RuntimeError("Qt's own qtbase_zh_CN.qm is missing")
    return title


def check_window(ctx) -> str:
    from PySide6.QtCore import QLibraryInfo, QSettings

    from crm_desktop.gui.shell.main_window import MainWindow
    from crm_desktop.gui.shell.preferences import Preferences

    app = _application()
    _native_platform_plugin(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    prefs = Preferences(QSettings(str(ctx.folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx.app, prefs)
    try:
        window.show()
        app.processEvents()
        image = window.grab()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the window drew nothing")
        pages = window.nav.count()
    finally:
        # Never close(): closeEvent saves the geometry into the user's real settings.
        window.shutdown_background()
        window.hide()
        window.deleteLater()
        app.processEvents()
    return f"{image.width()}x{image.height()} on '{app.platformName()}', {pages} pages in the navigation"


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from crm_desktop.gui.shell.app import create_application

        return create_application([sys.executable])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    return app


def _native_platform_plugin(plugins: str) -> None:
    """The self-test runs offscreen; a rep's screen needs the native platform plugin shipped too."""
    from PySide6.QtCore import QCoreApplication

    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    folders = [Path(folder) / "platforms" for folder in [plugins, *QCoreApplication.libraryPaths()]]
    if not any(native in p.name for folder in folders for p in folder.glob("*")):
        raise FileNotFoundError(f"{native} platform plugin not in {', '.join(map(str, folders))}")
