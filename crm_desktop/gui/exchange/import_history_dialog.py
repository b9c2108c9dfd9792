"""Import history: every imported file with its counts, its error report, and undo."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView

from crm_desktop.domain.exchange.imports import ImportBatchInfo
from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.common.formats import datetime_text, number_text
from crm_desktop.gui.exchange.import_run_pages import open_report
from crm_desktop.gui.exchange.import_undo_flow import ImportUndoFlow
from crm_desktop.gui.exchange.interchange_text import entity_plural, error_text
from crm_desktop.gui.forms.ui_import_history_dialog import Ui_ImportHistoryDialog
from crm_desktop.gui.shell.jobs import JobRunner

_Index = QModelIndex | QPersistentModelIndex


class ImportBatchModel(QAbstractTableModel):
    _NUMBERS = ("created", "updated", "skipped", "errors")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.batches: list[ImportBatchInfo] = []

    def set_batches(self, batches: list[ImportBatchInfo]) -> None:
        self.beginResetModel()
        self.batches = sorted(batches, key=lambda b: b.started_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        batch = self.batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone_at is not None:
            return QBrush(QColor("#8a96a3"))
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return datetime_text(batch.started_at)
        if column == 1:
            return batch.file_name
        if column == 2:
            return entity_plural(batch.entity)
        if 3 <= column <= 6:
            return number_text(getattr(batch, self._NUMBERS[column - 3]))
        if batch.undone_at is not None:
            return self.tr("Undone %1").replace("%1", datetime_text(batch.undone_at))
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Imported"), self.tr("File"), self.tr("Records"), self.tr("Created"), self.tr("Updated"),
                self.tr("Skipped"), self.tr("Errors"), self.tr("Undone"))[section]


class ImportHistoryDialog(QDialog):
    sig_data_changed = Signal()  # an import was undone
    sig_import = Signal()  # the empty list's button: import a first file

    def __init__(self, imports, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.imports = imports
        self.jobs = jobs
        self.form = f = Ui_ImportHistoryDialog()
        f.setupUi(self)
        self.model = ImportBatchModel(self)
        view = f.batchView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = EmptyState(view, self.tr("No file has been imported into this database yet."),
                                self.tr("Import a file…"), "import")
        self.empty.sig_action.connect(self.sig_import)
        f.undoButton.clicked.connect(self.undo_selected)
        f.errorReportButton.clicked.connect(self.open_error_report)
        self.undo_flow = ImportUndoFlow(imports, jobs, self)
        self.undo_flow.sig_finished.connect(self._undone)
        self.reload()

    def reload(self) -> None:
        self.jobs.run_db(self.imports.batches, on_done=self._show, on_error=self._failed)

    def _show(self, batches: list[ImportBatchInfo]) -> None:
        self.model.set_batches(batches)
        view = self.form.batchView
        view.resizeColumnsToContents()
        view.setColumnWidth(1, min(max(view.columnWidth(1), 160), 260))
        self.form.emptyLabel.hide()  # it says what went wrong; an empty history has its own guidance
        if batches:
            view.selectRow(0)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.form.emptyLabel.setText(error_text(error))
        self.form.emptyLabel.show()

    def selected(self) -> ImportBatchInfo | None:
        rows = self.form.batchView.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.form.undoButton.setEnabled(batch is not None and batch.undone_at is None
                                        and not self.undo_flow.busy)
        self.form.errorReportButton.setEnabled(batch is not None and bool(batch.error_report))

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is not None:
            self.form.undoButton.setEnabled(False)
            self.undo_flow.start(batch.id)

    def _undone(self, result) -> None:
        if result is not None:
            self.sig_data_changed.emit()
        self.reload()

    def open_error_report(self) -> None:
        batch = self.selected()
        if batch is not None and batch.error_report:
            open_report(self, batch.error_report)
