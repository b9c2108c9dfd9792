"""Create or edit an e-mail template: name, subject and body with placeholders checked at save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.marketing.rules import PLACEHOLDERS, TemplateData, TemplateInput
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.marketing.fields import ErrorRows


class TemplateDialog(QDialog):
    """A placeholder the CRM cannot fill is refused by the controller; the message shows under its field."""

    def __init__(self, marketing, jobs, template: TemplateData | None = None, parent=None) -> None:
        super().__init__(parent)
        self.marketing, self.jobs, self.before, self.saved = marketing, jobs, template, None
        self.setWindowTitle(self.tr("Edit e-mail template") if template else self.tr("New e-mail template"))
        self.name_edit = QLineEdit(self)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setPlaceholderText(self.tr("e.g. {{name}}, you are invited to {{campaign}}"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setMinimumSize(460, 220)
        self.hint = QLabel(self.tr("Placeholders filled in for each recipient: %1")
                           .replace("%1", "  ".join("{{" + p + "}}" for p in PLACEHOLDERS)), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        self.rows = ErrorRows(form)
        self.rows.add(self.tr("&Name:"), self.name_edit, "name")
        self.rows.add(self.tr("&Subject:"), self.subject_edit, "subject")
        self.rows.add(self.tr("&Body:"), self.body_edit, "body")
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if template:
            self.name_edit.setText(template.name)
            self.subject_edit.setText(template.subject)
            self.body_edit.setPlainText(template.body)
        clear_errors(self.rows.errors)

    def collect(self) -> TemplateInput:
        return TemplateInput(self.name_edit.text().strip(), self.subject_edit.text().strip(),
                             self.body_edit.toPlainText())

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.marketing.save_template, data, self.before.id if self.before else None,
                         on_done=self._saved, on_error=self._refused)

    def _saved(self, template: TemplateData) -> None:
        self.saved = template
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.rows.errors, error, self.rows.widgets)
