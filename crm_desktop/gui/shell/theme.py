"""The window's style sheet: the light theme, or its dark twin while the system's palette is dark."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.paths import RESOURCES_DIR

LIGHT, DARK = "theme.qss", "theme-dark.qss"


def theme_name(palette: QPalette) -> str:
    """The palette decides (as it does for the charts): its text colours must stay readable on the sheet's
    backgrounds, whatever the system calls its scheme."""
    return DARK if palette.window().color().lightness() < 128 else LIGHT


class _Theme(QObject):
    """Applies the sheet that suits the palette, and again when the system switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.applied: str | None = None
        self.apply()
        # The palette follows the new scheme after the signal: look at it once it has.
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, self.apply))

    def apply(self) -> None:
        name = theme_name(self.app.palette())
        path = RESOURCES_DIR / name
        if name != self.applied and path.exists():
            self.applied = name
            self.app.setStyleSheet(path.read_text(encoding="utf-8"))


def apply_theme(app: QApplication) -> str | None:
    """Set the sheet that suits the palette now (after a palette of one's own, too); returns its name."""
    theme = app.findChild(_Theme)
    if theme is None:
        theme = _Theme(app)
    else:
        theme.apply()
    return theme.applied
