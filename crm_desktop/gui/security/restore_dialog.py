"""Restore from backup: the backups of this store (or any file), each previewed before it is chosen:
when it was made, its schema, how many customers, deals and tickets it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.security.texts import backup_problem_text

KIND_TITLES = {"daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
               "manual": QT_TRANSLATE_NOOP("RestoreDialog", "By hand"),
               "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
               "rev": QT_TRANSLATE_NOOP("RestoreDialog", "Before an update")}  # rev0009: made before a migration


class RestoreDialog(QDialog):
    """`chosen` is the backup to restore once accepted; the caller closes the store and restores it."""

    def __init__(self, security, jobs, parent=None) -> None:
        super().__init__(parent)
        self.security, self.jobs = security, jobs
        self.chosen: Path | None = None
        self._previewed: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.other_button = QPushButton(self.tr("Other &file…"), self)
        self.other_button.clicked.connect(self.choose_file)
        self.preview = QLabel(self.tr("Choose a backup to see what it holds."), self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The database you have now is kept in the backups folder, so a restore can be undone "
                              "by restoring that copy."), self)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backups of this database, newest first:"), self))
        row.addStretch(1)
        row.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        locale = QLocale()
        self.rows = self.security.backups()
        self.table.setRowCount(len(self.rows))
        for i, b in enumerate(self.rows):
            made = datetime_text(b.made_at)
            title = KIND_TITLES.get("rev" if b.kind.startswith("rev") else b.kind)
            kind = self.tr(title) if title else b.kind
            for column, text in enumerate((made, kind, locale.formattedDataSize(b.size))):
                self.table.setItem(i, column, QTableWidgetItem(text))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_preview(self.rows[rows[0].row()].path)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), "",
                                              self.tr("CRM database (*.db);;All files (*)"))
        if name:
            self.table.clearSelection()
            self.show_preview(Path(name))

    def show_preview(self, path: Path) -> None:
        """Checked off the GUI thread (SQLite reads the whole file): the key fits, it is sound, not newer."""
        self._previewed = None
        self.restore_button.setEnabled(False)
        self.preview.setText(self.tr("Checking %1…").replace("%1", path.name))
        self.jobs.run_io(self.security.inspect_backup, path, on_done=self._inspected,
                         on_error=lambda error: self._unusable(path, error))

    def _inspected(self, info) -> None:
        counts = info.counts
        self.preview.setText(self.tr(
            "%1, made %2\nAccounts: %3 · Contacts: %4 · Activities: %5 · Deals: %6 · Tickets: %7").replace(
            "%1", info.path.name).replace("%2", datetime_text(info.made_at))
            .replace("%3", f"{counts['accounts']:,}").replace("%4", f"{counts['contacts']:,}")
            .replace("%5", f"{counts['activities']:,}").replace("%6", f"{counts['opportunities']:,}")
            .replace("%7", f"{counts['tickets']:,}"))
        self._previewed = info.path
        self.restore_button.setEnabled(True)

    def _unusable(self, path: Path, error: BaseException) -> None:
        self.preview.setText(self.tr("%1 cannot be restored: %2").replace("%1", path.name).replace(
            "%2", backup_problem_text(error)))

    def confirm(self) -> None:
        if self._previewed is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Replace the customer database with %1? The window closes and opens again on the restored "
            "database.").replace("%1", self._previewed.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = self._previewed
            self.accept()
