"""Loading the UI language: the system locale by default, or the one chosen in settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop.paths import TRANSLATIONS_DIR

_installed: list[QTranslator] = []
_language = ["en"]  # the language last installed (reports and headers follow it)


def current_language() -> str:
    """The UI language in use: "en" or "zh_CN"."""
    return _language[0]


def resolve_language(choice: str | None) -> str:
    """'system' (or nothing) follows the system locale; Chinese locales get zh_CN."""
    if choice and choice != "system":
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(app: QCoreApplication, language: str) -> str:
    """Replace the app's translators with those for `language`; returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _language[0] = language
    ours = QTranslator(app)  # English has one too: it carries the plural forms
    if ours.load(str(TRANSLATIONS_DIR / f"crm_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    qt_base = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel ...)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language


def translate_headless(language: str, context: str, text: str) -> str:
    """`text` in `language` for the command line: the window's catalogue on a QCoreApplication, no window."""
    app = QCoreApplication.instance() or QCoreApplication([])
    if current_language() != language or not _installed:
        install_translators(app, language)
    return QCoreApplication.translate(context, text)
