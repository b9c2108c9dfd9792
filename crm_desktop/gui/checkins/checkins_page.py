"""Check-ins, for managers (and a rep's own): when and where each visit was checked in and out, how the position
was found, the server's doubts in words and whether the chain still holds it as it was made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.checkins.controller import CheckInsController
from crm_desktop.domain.activities.checkins import CheckInRow
from crm_desktop.gui.checkins.texts import chain_text, coordinates_text, doubts_text, source_text, wgs84_note
from crm_desktop.gui.common.formats import datetime_text, number_text
from crm_desktop.gui.shell.jobs import JobRunner
from crm_protocol.rules.checkins import IN

WARNING = QColor("#c0392b")
TIME, EVENT, USER, VISIT, CUSTOMER, SOURCE, COORDINATES, CHAIN, DOUBTS = range(9)  # the doubts take the rest


class CheckInsPage(QWidget):
    sig_check_out = Signal(str)  # activity id: check out of this open visit

    def __init__(self, checkins: CheckInsController, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.checkins, self.jobs = checkins, jobs
        self.loading = False
        self.rows: list[CheckInRow] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.doubtful_only = QCheckBox(self.tr("Only doubtful or changed ones"))
        self.doubtful_only.toggled.connect(lambda _on: self._fill())
        self.check_out_button = QPushButton(self.tr("Check out…"))
        self.check_out_button.setToolTip(self.tr("Check out of the selected visit: records when you left"))
        self.check_out_button.clicked.connect(self._check_out)
        actions.addWidget(self.doubtful_only)
        actions.addStretch()
        actions.addWidget(self.check_out_button)
        layout.addLayout(actions)
        self.model = QStandardItemModel(0, 9, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Event"), self.tr("By"), self.tr("Visit"), self.tr("Customer"),
            self.tr("Position"), self.tr("Coordinates (WGS-84)"), self.tr("Chain"), self.tr("Doubts")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        note = QLabel(wgs84_note())
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint, quieter than the data
        note.setWordWrap(True)
        layout.addWidget(note)
        self._enable()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.jobs.run_db(self.checkins.listing, on_done=lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[CheckInRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        doubtful = sum(1 for r in rows if r.doubts)
        broken = sum(1 for r in rows if r.broken)
        parts = [self.tr("%1 check-ins").replace("%1", number_text(len(rows))),
                 self.tr("%1 doubtful").replace("%1", number_text(doubtful))]
        parts.append(self.tr("chain intact") if not broken
                     else self.tr("%1 changed after they were made").replace("%1", number_text(broken)))
        self.summary.setText(" · ".join(parts))
        self._fill()
        self.loading = False

    def shown_rows(self) -> list[CheckInRow]:
        if self.doubtful_only.isChecked():
            return [r for r in self.rows if r.doubts or r.broken]
        return list(self.rows)

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in self.shown_rows():
            cells = [datetime_text(row.at), self.tr("Check-in") if row.event == IN else self.tr("Check-out"),
                     row.user, row.subject, row.customer, source_text(row.position_source, row.accuracy_m),
                     coordinates_text(row.latitude, row.longitude), chain_text(row.broken), doubts_text(row.doubts)]
            items = [QStandardItem(text) for text in cells]
            items[TIME].setData(row, Qt.ItemDataRole.UserRole)
            if row.place:
                items[SOURCE].setToolTip(row.place)
            items[DOUBTS].setToolTip("\n".join(doubts_text((d,)) for d in row.doubts))
            for column, bad in ((DOUBTS, bool(row.doubts)), (CHAIN, row.broken is not None)):
                if bad:
                    items[column].setForeground(QBrush(WARNING))
            self.model.appendRow(items)
        for column in range(DOUBTS):  # the doubts are long: elided, whole in their tooltip
            self.table.resizeColumnToContents(column)
        self._enable()

    def selected(self) -> CheckInRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row(), TIME).data(Qt.ItemDataRole.UserRole) if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.check_out_button.setEnabled(chosen is not None and chosen.open_visit)

    def _check_out(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.open_visit:
            self.sig_check_out.emit(chosen.activity_id)
