"""Audit log: who changed what and when, narrowed by kind of record, a record's name, person, action and
days; exported to xlsx as filtered. Counting and the first page run on the database thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from crm_desktop.controllers.security.audit import AuditFilter
from crm_desktop.gui.common.formats import date_format
from crm_desktop.gui.exchange.interchange_text import error_text
from crm_desktop.gui.security.audit_model import (
    ACTION,
    COLUMNS,
    ENTITY,
    AuditTableModel,
    action_label,
    cells,
    entity_label,
)
from crm_desktop.gui.shell.jobs import Progress

TYPING_PAUSE_MS = 350


class AuditWindow(QDialog):
    """Not modal: it can stay open beside the records it explains."""

    def __init__(self, audit, jobs, parent=None, record: tuple[str, str, str] | None = None) -> None:
        super().__init__(parent)
        self.audit, self.jobs = audit, jobs
        self._generation = 0
        self._query = None
        self._record_id = record[1] if record else None
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 600)
        self.entity_combo = QComboBox(self)
        self.entity_combo.addItem(self.tr("Any"), None)
        for code in ENTITY:
            self.entity_combo.addItem(entity_label(code), code)
        self.record_edit = QLineEdit(self)
        self.record_edit.setPlaceholderText(self.tr("Part of a name"))
        self.record_edit.setClearButtonEnabled(True)
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("Anyone"), None)
        jobs.run_db(audit.users, on_done=self._fill_users)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Any"), None)
        for code in ACTION:
            self.action_combo.addItem(action_label(code), code)
        self.since_edit, self.until_edit = self._date_edit(), self._date_edit()
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel(self)
        self.model = AuditTableModel(audit, jobs, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 90, 80, 110, 200)):
            self.table.setColumnWidth(column, width)
        self._layout()
        if record:
            entity, _record_id, name = record
            self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(entity)))
            self.record_edit.setText(name)
            self.record_edit.setToolTip(self.tr("Only this record; type to look for others"))
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh)
        self.record_edit.textEdited.connect(self._typed)
        for combo in (self.entity_combo, self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.refresh)
        self.refresh()

    def _fill_users(self, users: list[tuple[str, str]]) -> None:
        for user_id, name in users:
            self.user_combo.addItem(name, user_id)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())  # the days as every list writes them
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any day"))  # shown at the minimum date: no bound
        edit.setDate(edit.minimumDate())
        return edit

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for title, widget in ((self.tr("Kind:"), self.entity_combo), (self.tr("Record:"), self.record_edit),
                              (self.tr("Who:"), self.user_combo), (self.tr("What:"), self.action_combo),
                              (self.tr("From:"), self.since_edit), (self.tr("To:"), self.until_edit)):
            bar.addWidget(QLabel(title, self))
            bar.addWidget(widget)
        bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        return None if edit.date() == edit.minimumDate() else edit.date().toPython()

    def _typed(self) -> None:
        self._record_id = None  # typing asks for records by name, no longer the one we opened with
        self.typing.start()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(entity=self.entity_combo.currentData(), record_id=self._record_id,
                           record_text=self.record_edit.text() or None, user_id=self.user_combo.currentData(),
                           since=self._day(self.since_edit), until=self._day(self.until_edit),
                           action=self.action_combo.currentData())

    def refresh(self) -> None:
        self._generation += 1
        generation, flt, audit = self._generation, self.current_filter(), self.audit
        self.count_label.setText(self.tr("Looking…"))

        def load():
            query = audit.query(flt)
            return query, audit.count(query), audit.page(query, 0, 200)

        self.jobs.run_db(load, on_done=lambda result: self._loaded(generation, *result))

    def _loaded(self, generation: int, query, total: int, first: list) -> None:
        if generation != self._generation:
            return  # the filter changed meanwhile
        self._query = query
        self.model.set_query(query, total, first)
        self.count_label.setText(self.tr("%n change(s)", "", total))

    def export(self) -> None:
        if self._query is None:
            return
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(documents or Path.home()) / f"audit-{date.today().isoformat()}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), str(default),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        headers = [self.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
        query = self._query
        self.export_button.setEnabled(False)
        self.jobs.run(self.audit.export, query, path, headers, cells,
                      progress=Progress(self.tr("Exporting the audit log…"), self),
                      on_done=lambda count: self._exported(count, path), on_error=self._failed)

    def _exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.exported = (count, path)
        self.count_label.setText(self.tr("Exported %n change(s) to %1", "", count).replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
