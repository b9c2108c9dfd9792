"""GUI fixtures: the real main window over a real store, and a way to drive modal dialogs."""

from __future__ import annotations

import gc
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from crm_desktop import gui_thread_guard
from crm_desktop.gui.shell.preferences import Preferences


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The English catalogue installed as the app installs it (it carries the plural forms: "1 deal", "4 deals")."""
    from crm_desktop.gui.shell.translation import install_translators

    install_translators(qapp, "en")


class _Kept(logging.Handler):
    """Keeps the errors the job runner logged (what it showed in the status bar instead of raising)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def gui_thread_never_waits_on_the_store():
    """The debug switch is on in every GUI test: widget code that touches the store on the GUI thread raises
    (the test body itself may seed and check data through the controllers). A refusal, or any other job error
    that went to the status bar instead of up the stack, still fails the test."""
    failed_jobs = _Kept()
    logging.getLogger("crm_desktop.gui.shell.jobs").addHandler(failed_jobs)
    gui_thread_guard.reset_violations()
    gui_thread_guard.forbid_store_on_gui_thread()
    yield
    gc.enable()  # job runners collect on the GUI thread (gui/shell/jobs.py); the tests after these need not
    gui_thread_guard.forbid_store_on_gui_thread(False)
    logging.getLogger("crm_desktop.gui.shell.jobs").removeHandler(failed_jobs)
    assert gui_thread_guard.violations() == [], "widget code touched the store on the GUI thread"
    assert [r.getMessage() + ": " + repr(r.exc_info[1]) for r in failed_jobs.records] == []


@pytest.fixture
def jobs():
    """A job runner of its own, for a page or dialog tested without the window."""
    from crm_desktop.gui.shell.jobs import JobRunner

    runner = JobRunner()
    yield runner
    runner.shutdown()


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


def on_worker(fn, *args, **kwargs):
    """`fn(*args)` on another thread, as the job runner runs it (the store is widget code's there), its value."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def settle(qtbot, jobs, timeout: int = 10_000) -> None:
    """Wait until the job runner has delivered every job, and every job those deliveries started."""
    qtbot.waitUntil(jobs.idle, timeout=timeout)


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
    """Run `act(dialog)` once a modal dialog of type `cls` is open (exec() blocks the test), and has what it
    shows from the database thread (a dialog with a `loading` flag)."""

    def poll(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and not getattr(dialog, "loading", False):
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
