"""Dialogs around a campaign's members: add contacts by name, and preview the e-mail one receives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.record_picker import RecordPicker
from crm_desktop.gui.marketing.fields import ERROR_STYLE


class AddContactsDialog(QDialog):
    """Find contacts as you type, add them to the list; OK adds the listed ones to the campaign."""

    def __init__(self, search, jobs, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add contacts to the campaign"))
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(320)
        self.picker = RecordPicker(self.combo, search, "contact", self.tr("Type a name, company or phone"), jobs)
        self.picker.on_picked(lambda _id: self.add_picked())
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_picked)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.chosen = QListWidget(self)
        self.remove_button = QPushButton(self.tr("&Remove from list"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def add_picked(self) -> None:
        try:
            contact_id = self.picker.picked_id("contact_id")
        except ValidationError as error:
            self.error.setText(translate_message(TR_CONTEXT, next(iter(error.errors.values()))))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        if contact_id and contact_id not in self.contact_ids():
            item = QListWidgetItem(self.combo.currentText())
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.chosen.addItem(item)
        self.combo.setCurrentIndex(0)
        self.combo.setEditText("")

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def contact_ids(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]


class EmailPreviewDialog(QDialog):
    """The subject and body as this member would receive them (placeholders filled in)."""

    def __init__(self, to: str, subject: str, body: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail preview"))
        self.subject_edit = QLineEdit(subject, self)
        self.subject_edit.setReadOnly(True)
        self.body_edit = QPlainTextEdit(body, self)
        self.body_edit.setReadOnly(True)
        self.body_edit.setMinimumSize(480, 260)
        form = QFormLayout()
        form.addRow(self.tr("To:"), QLabel(to, self))
        form.addRow(self.tr("Subject:"), self.subject_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(buttons)
