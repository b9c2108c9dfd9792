"""The app lock: after some idle minutes (and at start) the window hides every record behind a lock
screen until the user's PIN, or the database's passphrase or recovery key, is typed."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import settings as declared
from crm_desktop.controllers.security.app_lock import pause_after, pin_matches

CHECK_EVERY_MS = 15_000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class LockScreen(QWidget):
    """Covers the whole window, menus included; what is under it is hidden as well."""

    sig_unlock = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Field CRM is locked"), self)
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        hint = QLabel(self.tr("Type your PIN to go on. Forgot it? The database's passphrase or recovery key "
                              "unlocks it too."), self)
        hint.setWordWrap(True)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.clicked.connect(self._submit)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        box = QWidget(self)
        box.setFixedWidth(420)  # a fixed width lets the wrapped hint take the lines it needs
        inner = QVBoxLayout(box)
        for widget in (title, hint, self.pin_edit, self.unlock_button, self.message):
            inner.addWidget(widget)
        row = QHBoxLayout()  # stretches, not an alignment flag: the wrapped hint then gets its full height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _submit(self) -> None:
        self.sig_unlock.emit(self.pin_edit.text())


class AppLock(QObject):
    """Watches for input anywhere in the app; locks `window` after the idle minutes set in Settings."""

    sig_locked = Signal()
    sig_unlocked = Signal()

    def __init__(self, window, prefs, security) -> None:
        super().__init__(window)
        self.window, self.prefs, self.security = window, prefs, security
        self.locked = False
        self.failures = 0
        self._paused_until = 0.0
        self._last_input = time.monotonic()
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QWidget] = []
        self.screen: LockScreen | None = None
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()

    def stop(self) -> None:
        """The window is closing: stop watching the whole application's input."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self.prefs.get(declared.LOCK_MINUTES) > 0 and bool(self.prefs.get(declared.LOCK_HASH))

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        elif watched is self.window and event.type() == QEvent.Type.Resize and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def check_idle(self) -> None:
        if self.enabled and not self.locked and self.idle_seconds() >= self.prefs.get(declared.LOCK_MINUTES) * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked or not self.prefs.get(declared.LOCK_HASH):
            return
        self.locked = True
        self.failures = 0
        # Dialogs showing records go out of sight too, and no shortcut reaches the window.
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self.window and w.isVisible() and not w.isHidden()]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        self._disabled += [w for w in (self.window.menuBar(), self.window.statusBar(),
                                       *self.window.findChildren(QToolBar)) if w.isEnabled()]
        for item in self._disabled:
            item.setEnabled(False)  # no shortcut fires, no Tab reaches the search box under the screen
        self.window.centralWidget().hide()
        self.screen = LockScreen(self.window)
        self.screen.sig_unlock.connect(self.try_unlock)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.layout().activate()  # laid out before anything paints: no half-drawn frame
        self.screen.raise_()
        self.screen.pin_edit.setFocus()
        self.sig_locked.emit()

    def try_unlock(self, secret: str) -> bool:
        now = time.monotonic()
        if now < self._paused_until:
            self._say(QCoreApplication.translate("LockScreen", "Too many wrong tries: wait %1 seconds.").replace(
                "%1", str(int(self._paused_until - now) + 1)))
            return False
        if pin_matches(secret, self.prefs.get(declared.LOCK_HASH)) or self.security.opens_store(secret):
            self.unlock()
            return True
        self.failures += 1
        self._paused_until = now + pause_after(self.failures)
        self.screen.pin_edit.clear()
        self._say(QCoreApplication.translate("LockScreen", "That is not the PIN."))
        return False

    def _say(self, text: str) -> None:
        if self.screen is not None:
            self.screen.message.setText(text)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        self.window.centralWidget().show()
        for item in self._disabled:
            item.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden, self._disabled = [], []
        self._last_input = time.monotonic()
        self.sig_unlocked.emit()

