"""A customer's activity timeline with its corrections: edit (double-click, F2) or delete (Delete) the selected
activity, from the buttons above the list or its context menu. The activities module does the work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from crm_desktop.domain.customers.entities import ActivityData
from crm_desktop.gui.common.list_models import TimelineModel

EDIT_KEYS = (Qt.Key.Key_F2,)
DELETE_KEYS = (Qt.Key.Key_Delete,)


class TimelineList(QListView):
    """Takes F2 and Delete for the activity selected while it has the focus (the window's own shortcuts
    would edit or delete the customer)."""

    sig_key = Signal(int)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in (*EDIT_KEYS, *DELETE_KEYS) and self.currentIndex().isValid()
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (*EDIT_KEYS, *DELETE_KEYS) and self.currentIndex().isValid():
            self.sig_key.emit(event.key())
            return
        super().keyPressEvent(event)


class ActivityTimeline(QWidget):
    sig_edit = Signal(str)  # activity id
    sig_delete = Signal(object)  # ActivityData

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.view = TimelineList()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.doubleClicked.connect(lambda index: self._edit(index))
        self.view.sig_key.connect(self._key)
        self.edit_button = QPushButton(self.tr("Edit activity…"))
        self.edit_button.setToolTip(self.tr("Correct the selected activity (double-click it, or F2)"))
        self.delete_button = QPushButton(self.tr("Delete activity"))
        self.delete_button.setToolTip(self.tr("Delete the selected activity (Delete); Ctrl+Z brings it back"))
        self.edit_button.clicked.connect(lambda: self._edit(self.view.currentIndex()))
        self.delete_button.clicked.connect(lambda: self._delete(self.view.currentIndex()))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch()
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.model.modelReset.connect(self._enable)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self._enable()

    def set_items(self, items: list[ActivityData]) -> None:
        self.model.set_items(items)

    def selected(self) -> ActivityData | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        has = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _edit(self, index: QModelIndex) -> None:
        activity = self.model.item(index.row()) if index.isValid() else None
        if activity is not None:
            self.sig_edit.emit(activity.id)

    def _delete(self, index: QModelIndex) -> None:
        activity = self.model.item(index.row()) if index.isValid() else None
        if activity is not None:
            self.sig_delete.emit(activity)

    def _key(self, key: int) -> None:
        (self._edit if key in EDIT_KEYS else self._delete)(self.view.currentIndex())

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for text, key, act in ((self.tr("Edit activity…"), Qt.Key.Key_F2, self._edit),
                               (self.tr("Delete activity"), Qt.Key.Key_Delete, self._delete)):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(key))  # shown beside the entry: the key that does it in the list
            action.triggered.connect(lambda _=False, act=act: act(index))
        menu.exec(self.view.viewport().mapToGlobal(pos))
