"""Logging a call, visit, meeting, e-mail, note or task with its next follow-up date."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import ActivityInput
from crm_desktop.domain.customers.enums import ActivityKind
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.labels import KIND, label
from crm_desktop.gui.forms.ui_activity_dialog import Ui_ActivityDialog


class ActivityDialog(QDialog):
    def __init__(self, activities: ActivitiesController, jobs, *, account_id: str | None = None,
                 contact_id: str | None = None, opportunity_id: str | None = None, ticket_id: str | None = None,
                 kind: str = "visit", parent=None) -> None:
        super().__init__(parent)
        self.activities, self.jobs = activities, jobs
        self.account_id, self.contact_id, self.opportunity_id = account_id, contact_id, opportunity_id
        self.ticket_id = ticket_id
        self.saved = None
        self.form = f = Ui_ActivityDialog()
        f.setupUi(self)
        for k in ActivityKind:
            f.kindCombo.addItem(label(KIND, k.value), k.value)
        f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(kind)))
        f.occurredEdit.setDateTime(QDateTime.currentDateTime())
        f.followupEdit.setDate(QDate.currentDate().addDays(7))
        f.followupEdit.setEnabled(False)
        f.followupCheck.toggled.connect(f.followupEdit.setEnabled)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        clear_errors(f)

    def collect(self) -> ActivityInput:
        f = self.form
        occurred = f.occurredEdit.dateTime().toPython().astimezone()
        kind = f.kindCombo.currentData()
        return ActivityInput(
            kind=kind, subject=f.subjectEdit.text().strip(), body=f.bodyEdit.toPlainText().strip(),
            occurred_at=occurred, due_at=occurred if kind == "task" else None,
            done=kind != "task", outcome=f.outcomeEdit.text().strip(),
            account_id=self.account_id, contact_id=self.contact_id, opportunity_id=self.opportunity_id,
            ticket_id=self.ticket_id,
            place=f.placeEdit.text().strip(),
            next_followup_on=f.followupEdit.date().toPython() if f.followupCheck.isChecked() else None,
        )

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.activities.log, data, on_done=self._saved, on_error=self._refused)

    def _saved(self, activity) -> None:
        self.saved = activity
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.form, error, {"kind": self.form.kindCombo, "subject": self.form.subjectEdit})
