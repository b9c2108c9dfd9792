"""GUI fixtures: the real main window over a real store, and a way to drive modal dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.gui.shell.preferences import Preferences


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The English catalogue installed as the app installs it (it carries the plural forms: "1 deal", "4 deals")."""
    from crm_desktop.gui.shell.translation import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, crm, prefs):
    from crm_desktop.gui.shell.main_window import MainWindow

    w = MainWindow(crm, prefs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown_background()


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: ASCII as key presses, Chinese as an input method commits it."""
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def when_modal(cls, act, attempts: int = 200):
    """Run `act(dialog)` once a modal dialog of type `cls` is open (exec() blocks the test)."""

    def poll(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
