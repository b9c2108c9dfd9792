"""My agenda: overdue and today's follow-ups and open tasks, oldest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.common.list_models import AgendaModel


class AgendaPage(QWidget):
    sig_open = Signal(str, str)  # entity, record id
    sig_task_done = Signal(str)  # activity id

    def __init__(self, activities, jobs, parent=None) -> None:
        super().__init__(parent)
        self.activities, self.jobs = activities, jobs
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        top.addWidget(self.summary)
        top.addStretch()
        self.done_button = QPushButton(self.tr("Mark task done"))
        self.done_button.clicked.connect(self._mark_done)
        top.addWidget(self.done_button)
        layout.addLayout(top)
        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(2, 260)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.jobs.run_db(self.activities.agenda, on_done=self._show)

    def _show(self, items: list) -> None:
        self.model.set_items(items)
        overdue = sum(1 for i in items if i.overdue)
        self.summary.setText(self.tr("%1 due today, %2 overdue")
                             .replace("%1", str(len(items) - overdue)).replace("%2", str(overdue)))

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _open(self, index) -> None:
        item = self.model.item(index.row())
        if item:
            self.sig_open.emit(item.entity, item.record_id)

    def _mark_done(self) -> None:
        item = self._selected()
        if item and item.activity_id:
            self.jobs.run_db(self.activities.complete_task, item.activity_id, on_done=lambda _r: self._done(item))

    def _done(self, item) -> None:
        self.refresh()
        self.sig_task_done.emit(item.activity_id)
