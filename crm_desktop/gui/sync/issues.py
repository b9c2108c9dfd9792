"""Sync issues: conflicts as a three-way comparison (when you last saw it, yours, the server's) with
keep mine / keep theirs, and rejected changes with the server's reason, their fields editable in
place to fix and retry, or to discard. One row per conflicting field, so a record with several
conflicts is settled field by field."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.common.field_labels import field_label
from crm_desktop.gui.common.field_values import value_text
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.sync.reasons import reason_text


def shown(issue, value) -> str:
    """A conflicting value as the rest of the window writes it (a status by its label, a phone, a day)."""
    return value_text(issue.entity, issue.field, value) or "—"


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
        field = field_label(issue.field) if issue.field else ""
        return (kind, record, field, reason_text(issue.reason))[index.column()]


class FixForm(QWidget):
    """The fields of a rejected change, as the record has them on this computer: the editable ones
    in line edits, each with a line for its error; references and lists shown as they are."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.original: dict[str, str] = {}

    def show_fields(self, fields: list) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.edits, self.errors = {}, {}
        self.original = {f.name: f.text for f in fields}
        for f in fields:
            if not f.editable:
                self.layout_.addRow(field_label(f.name) + ":", QLabel(f.text or "—"))
                continue
            edit, error = QLineEdit(f.text), QLabel()
            error.setStyleSheet("color: #b00020;")
            error.setVisible(False)
            edit.textEdited.connect(error.hide)  # being fixed
            column = QVBoxLayout()
            column.addWidget(edit)
            column.addWidget(error)
            self.layout_.addRow(field_label(f.name) + ":", column)
            self.edits[f.name], self.errors[f.name] = edit, error

    def typed(self) -> dict[str, str]:
        """Only what the user changed."""
        return {name: edit.text() for name, edit in self.edits.items() if edit.text() != self.original[name]}

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setText(translate_message(TR_CONTEXT, message) if message else "")
            label.setVisible(bool(message))
        first = next((self.edits[name] for name in errors if name in self.edits), None)
        if first is not None:
            first.setFocus()


class SyncIssuesDialog(QDialog):
    sig_loaded = Signal()  # the issues (and what each rejected one can be fixed with) are shown
    sig_sync_now = Signal()  # the empty list's button

    def __init__(self, sync_controller, jobs, parent=None) -> None:
        super().__init__(parent)
        self.sync, self.jobs = sync_controller, jobs
        self._fixes: dict[str, list] = {}  # issue id: its fix fields (rejected issues)
        self.loading = True
        self.setWindowTitle(self.tr("Sync issues"))
        self.resize(760, 460)
        self.model = IssuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.empty = EmptyState(self.table, self.tr(
            "No sync issues. A change the server refuses, or one that clashes with someone else's edit of the same "
            "field, waits here for your decision."), self.tr("Sync now"))
        self.empty.sig_action.connect(self.sig_sync_now)
        self.base_label, self.mine_label, self.theirs_label = QLabel(), QLabel(), QLabel()
        for label in (self.base_label, self.mine_label, self.theirs_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QWidget()
        compare = QFormLayout(self.compare)
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addRow(self.tr("When you last synced:"), self.base_label)
        compare.addRow(self.tr("Yours:"), self.mine_label)
        compare.addRow(self.tr("On the server:"), self.theirs_label)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.fix_form = FixForm()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.retry = QPushButton(self.tr("Fix and &retry"))
        self.discard = QPushButton(self.tr("&Discard"))
        self.keep_mine.clicked.connect(lambda: self._settle(self.sync.keep_mine))
        self.keep_theirs.clicked.connect(lambda: self._settle(self.sync.keep_theirs))
        self.retry.clicked.connect(self._retry)
        self.discard.clicked.connect(lambda: self._settle(self.sync.discard))
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.retry, self.discard):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.compare)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.fix_form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.loading = True
        sync = self.sync

        def load():
            issues = sync.issues()
            return issues, {i.id: sync.fix_fields(i.id) for i in issues if i.kind == "rejected"}

        self.jobs.run_db(load, on_done=lambda loaded: self._loaded(*loaded))

    def _loaded(self, issues, fixes: dict[str, list]) -> None:
        self._fixes = fixes
        self.model.set_issues(issues)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show(self.table.currentIndex())
        self.loading = False
        self.sig_loaded.emit()

    def current(self):
        row = self.table.currentIndex().row()
        return self.model.issues[row] if 0 <= row < len(self.model.issues) else None

    def _show(self, _index=None, _previous=None) -> None:
        issue = self.current()
        conflict = issue is not None and issue.kind == "conflict"
        rejected = issue is not None and issue.kind == "rejected"
        self.base_label.setText(shown(issue, issue.base) if conflict else "")
        self.mine_label.setText(shown(issue, issue.mine) if conflict else "")
        self.theirs_label.setText(shown(issue, issue.theirs) if conflict else "")
        self.compare.setVisible(conflict)
        reason = reason_text(issue.reason) if rejected else ""
        self.reason_label.setText(self.tr("The server refused this change: %1").replace("%1", reason or "?")
                                  if rejected else "")
        self.reason_label.setVisible(rejected)
        self.fix_form.show_fields(self._fixes.get(issue.id, []) if rejected else [])
        self.fix_form.setVisible(rejected)
        self.keep_mine.setVisible(conflict)
        self.keep_theirs.setVisible(conflict)
        self.retry.setVisible(rejected)
        self.discard.setVisible(rejected)

    def _retry(self) -> None:
        issue = self.current()
        if issue is not None:
            self.jobs.run_db(self.sync.retry, issue.id, self.fix_form.typed(), on_done=lambda _r: self.reload(),
                             on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        self.fix_form.show_errors(error.errors)

    def _settle(self, action) -> None:
        issue = self.current()
        if issue is not None:
            self.jobs.run_db(action, issue.id, on_done=lambda _r: self.reload())
