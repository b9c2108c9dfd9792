"""An empty list's guidance over its rows: what goes there and a button for the first one, gone once rows arrive."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.gui.common.icons import icon_for

ICON_SIZE = QSize(40, 40)
TEXT_WIDTH = 520  # a sentence across a wide table is hard to read
ROOM_FOR_ICON = 170  # a short list (a tab of the detail pane) shows the sentence and the button only
MARGIN = 16


class EmptyState(QWidget):
    """Lies over `view`'s viewport (its header stays, so the columns still say what a row holds). It shows only
    once the model has been filled and came back empty: a list still loading shows nothing rather than "none"."""

    sig_action = Signal()  # the button: start the first record

    def __init__(self, view: QAbstractItemView, text: str, action_text: str = "", icon: str | None = None) -> None:
        super().__init__(view.viewport())
        self.view = view
        self._filled = False  # the model has been loaded (reset) at least once
        self._icon = icon
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setVisible(icon is not None)
        self.label = QLabel(text, self)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter than the data it stands for
        self.button = QPushButton(action_text, self)
        self.button.setVisible(bool(action_text))
        self.button.clicked.connect(self.sig_action)
        self.column = layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._paint_icon()
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._filled_now)
        model.rowsRemoved.connect(self._filled_now)
        model.rowsInserted.connect(self.update_shown)
        model.layoutChanged.connect(self.update_shown)
        self._fit()
        self.update_shown()

    def set_text(self, text: str, action_text: str | None = None) -> None:
        """Another sentence (a filter that finds nothing is not an empty list); `action_text` "" hides the button,
        and no text at all shows nothing (where the page says it already)."""
        self.label.setText(text)
        if action_text is not None:
            self.button.setText(action_text)
            self.button.setVisible(bool(action_text))
        self.update_shown()

    def is_shown(self) -> bool:
        return not self.isHidden()

    def _filled_now(self, *args) -> None:
        self._filled = True
        self.update_shown()

    def update_shown(self, *args) -> None:
        self.setVisible(self._filled and bool(self.label.text()) and self.view.model().rowCount() == 0)

    def _paint_icon(self) -> None:
        if self._icon is not None:
            drawn = icon_for(self, self._icon, QPalette.ColorRole.PlaceholderText)
            self.picture.setPixmap(drawn.pixmap(ICON_SIZE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        """Cover the viewport, the sentence in a readable column at its middle."""
        area = self.view.viewport().rect()
        self.setGeometry(area)
        side = max(MARGIN, (area.width() - TEXT_WIDTH) // 2)
        self.column.setContentsMargins(side, MARGIN, side, MARGIN)
        self.picture.setVisible(self._icon is not None and area.height() >= ROOM_FOR_ICON)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
        super().changeEvent(event)
