"""Sync issues: conflicts as a three-way comparison (when you last saw it, yours, the server's) with
keep mine / keep theirs, and rejected changes with the server's reason, to retry once fixed or to
discard. One row per field, so a record with several conflicts is settled field by field."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)


def shown(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class IssuesModel(QAbstractTableModel):
    """The open sync issues (a short list: held whole)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.issues: list = []

    def set_issues(self, issues: list) -> None:
        self.beginResetModel()
        self.issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Issue"), self.tr("Record"), self.tr("Field"), self.tr("Reason"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        issue = self.issues[index.row()]
        kind = self.tr("Conflict") if issue.kind == "conflict" else self.tr("Rejected")
        record = issue.record_name or issue.record_id[:8]
        return (kind, record, issue.field or "", issue.reason or "")[index.column()]


class SyncIssuesDialog(QDialog):
    def __init__(self, sync_controller, parent=None) -> None:
        super().__init__(parent)
        self.sync = sync_controller
        self.setWindowTitle(self.tr("Sync issues"))
        self.resize(760, 460)
        self.model = IssuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.base_label, self.mine_label, self.theirs_label = QLabel(), QLabel(), QLabel()
        for label in (self.base_label, self.mine_label, self.theirs_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        compare = QFormLayout()
        compare.addRow(self.tr("When you last synced:"), self.base_label)
        compare.addRow(self.tr("Yours:"), self.mine_label)
        compare.addRow(self.tr("On the server:"), self.theirs_label)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.retry = QPushButton(self.tr("&Retry"))
        self.discard = QPushButton(self.tr("&Discard"))
        self.keep_mine.clicked.connect(lambda: self._settle(self.sync.keep_mine))
        self.keep_theirs.clicked.connect(lambda: self._settle(self.sync.keep_theirs))
        self.retry.clicked.connect(lambda: self._settle(self.sync.retry))
        self.discard.clicked.connect(lambda: self._settle(self.sync.discard))
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.retry, self.discard):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(compare)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_issues(self.sync.issues())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show(self.table.currentIndex())

    def current(self):
        row = self.table.currentIndex().row()
        return self.model.issues[row] if 0 <= row < len(self.model.issues) else None

    def _show(self, _index=None, _previous=None) -> None:
        issue = self.current()
        conflict = issue is not None and issue.kind == "conflict"
        rejected = issue is not None and issue.kind == "rejected"
        self.base_label.setText(shown(issue.base) if conflict else "")
        self.mine_label.setText(shown(issue.mine) if issue is not None else "")
        self.theirs_label.setText(shown(issue.theirs) if conflict else (issue.reason or "") if rejected else "")
        self.keep_mine.setVisible(conflict)
        self.keep_theirs.setVisible(conflict)
        self.retry.setVisible(rejected)
        self.discard.setVisible(rejected)

    def _settle(self, action) -> None:
        issue = self.current()
        if issue is not None:
            action(issue.id)
            self.reload()
