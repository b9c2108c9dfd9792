"""The global search box: results as you type (Ctrl+K), found off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from crm_desktop.gui.common.list_models import ITEM_ROLE, SearchResultModel


class SearchResults(QFrame):
    """Drop-down under the box; a child of the window, so it never steals keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.model = SearchResultModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel()
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.hide()


class SearchBox(QLineEdit):
    sig_open = Signal(str, str)  # entity, record id
    sig_results_shown = Signal(int)

    def __init__(self, search, jobs, window: QWidget) -> None:
        super().__init__()
        self._search = search
        self._jobs = jobs
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search name, pinyin, phone, e-mail, company…  (Ctrl+K)"))
        self.setMinimumWidth(360)
        self.results = SearchResults(window)
        self.results.list.clicked.connect(lambda index: self._open_row(index.row()))
        self.textChanged.connect(self._query)
        self.installEventFilter(self)

    def _query(self, text: str) -> None:
        if not text.strip():
            self.results.hide()
            return
        # Each keystroke asks again; answers to older texts are dropped when they arrive.
        self._jobs.run_db(self._search.search, text, 50, on_done=lambda hits: self._show(text, hits))

    def _show(self, text: str, hits) -> None:
        if text != self.text():
            return
        self.results.model.set_items(hits)
        self.results.list.setVisible(bool(hits))
        self.results.empty.setVisible(not hits)
        self.results.empty.setText(self.tr("No customer matches “%1”.").replace("%1", text))
        self._place()
        if hits:
            self.results.list.setCurrentIndex(self.results.model.index(0, 0))
        self.sig_results_shown.emit(len(hits))

    def _place(self) -> None:
        window = self.results.parentWidget()
        origin = self.mapTo(window, QPoint(0, self.height()))
        rows = min(max(self.results.model.rowCount(), 1), 12)
        self.results.setGeometry(origin.x(), origin.y() + 2, max(self.width(), 520), 12 + rows * 24)
        self.results.show()
        self.results.raise_()

    def _open_row(self, row: int) -> None:
        hit = self.results.model.item(row)
        if hit is None:
            return
        self.results.hide()
        self.sig_open.emit(hit.type, hit.id)

    def eventFilter(self, obj, event) -> bool:
        if obj is self and event.type() == QEvent.Type.KeyPress and self.results.isVisible():
            key = event.key()
            current = self.results.list.currentIndex().row()
            count = self.results.model.rowCount()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.list.setCurrentIndex(self.results.model.index((current + step) % count, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(max(current, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self.results.hide()
                return True
        return super().eventFilter(obj, event)

    def current_hits(self):
        return [self.results.model.data(self.results.model.index(r, 0), ITEM_ROLE)
                for r in range(self.results.model.rowCount())]
