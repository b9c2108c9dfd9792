"""Logging a call, visit, meeting, e-mail, note or task with its next follow-up date; the same form, filled in,
corrects a logged one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.domain.activities.entities import ActivityStep
from crm_desktop.domain.activities.rules import edited_done, is_planned
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import ActivityData, ActivityInput
from crm_desktop.domain.customers.enums import ActivityKind
from crm_desktop.gui.attachments.section import activity_files
from crm_desktop.gui.checkins.visit_buttons import VisitCheckButtons
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.formats import localize_date_edits
from crm_desktop.gui.common.labels import KIND, label
from crm_desktop.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from crm_desktop.gui.reminders.lead_field import RemindField
from crm_desktop.gui.shell.jobs import JobRunner


class ActivityDialog(QDialog):
    """`editing` fills the form from a logged activity and saves the correction; `settles_followup` (the
    agenda's "Done" on a follow-up) logs what came of it and settles the customer's follow-up."""

    def __init__(self, activities: ActivitiesController, jobs: JobRunner, *, account_id: str | None = None,
                 contact_id: str | None = None, opportunity_id: str | None = None, ticket_id: str | None = None,
                 kind: str = "visit", parent=None, editing: ActivityData | None = None, subject: str = "",
                 settles_followup: bool = False) -> None:
        super().__init__(parent)
        self.activities, self.jobs = activities, jobs
        self.before = editing
        if editing is not None:
            account_id, contact_id = editing.account_id, editing.contact_id
            opportunity_id, ticket_id, kind = editing.opportunity_id, editing.ticket_id, editing.kind
        self.account_id, self.contact_id, self.opportunity_id = account_id, contact_id, opportunity_id
        self.ticket_id = ticket_id
        self.settles_followup = settles_followup
        self.saved: ActivityData | None = None
        self.step: ActivityStep | None = None  # the saved step, with the follow-up before and after (undo)
        self.form = f = Ui_ActivityDialog()
        f.setupUi(self)
        localize_date_edits(self)  # the .ui names one fixed pattern
        for k in ActivityKind:
            f.kindCombo.addItem(label(KIND, k.value), k.value)
        f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(kind)))
        f.occurredEdit.setDateTime(QDateTime.currentDateTime())
        f.followupEdit.setDate(QDate.currentDate().addDays(7))
        f.followupEdit.setEnabled(False)
        f.followupCheck.toggled.connect(f.followupEdit.setEnabled)
        f.subjectEdit.setText(subject)
        if editing is not None:
            self._fill(editing)
        elif settles_followup:
            self.setWindowTitle(self.tr("Log the follow-up"))
            f.followupCheck.setText(self.tr("Plan the next one"))
        # "Remind me": the activity's own lead time (gui/reminders), when the dialog belongs to the window.
        self.remind = RemindField.attach(self, editing.id if editing is not None else None)
        # "Check in" / "Check out" on a visit (gui/checkins), when the dialog belongs to the window.
        self.check_buttons = VisitCheckButtons.attach(self, editing)
        # The visit's photos and signed forms (gui/attachments), when the dialog belongs to the window.
        self.files = activity_files(self, f.verticalLayout, jobs, editing.id if editing is not None else None)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        clear_errors(f)

    def _fill(self, a: ActivityData) -> None:
        f = self.form
        self.setWindowTitle(self.tr("Edit activity"))
        f.subjectEdit.setText(a.subject)
        f.bodyEdit.setPlainText(a.body or "")
        when = _when(a)
        if when is not None:
            f.occurredEdit.setDateTime(when.astimezone().replace(tzinfo=None))  # local, as typed
        f.outcomeEdit.setText(a.outcome or "")
        f.placeEdit.setText(a.place or "")
        f.followupCheck.setChecked(a.next_followup_on is not None)
        if a.next_followup_on is not None:
            f.followupEdit.setDate(a.next_followup_on)

    def collect(self) -> ActivityInput:
        f = self.form
        kind = f.kindCombo.currentData()
        occurred = f.occurredEdit.dateTime().toPython().astimezone()
        due = occurred if kind == "task" else None
        now = datetime.now().astimezone()
        # A visit booked for later is planned, not done: it reminds, shows in the calendar and is checked in.
        before, done = self.before, kind != "task" and not is_planned(kind, occurred, now)
        if before is not None:
            done = edited_done(before.kind, before.done, kind, due, occurred, now)
            shown = _when(before)
            if shown is not None and _same_minute(shown, occurred):
                # The form shows minutes: a time left as it was keeps the stored one, seconds and all.
                occurred = before.occurred_at or occurred
                due = shown if kind == "task" else None
        return ActivityInput(
            kind=kind, subject=f.subjectEdit.text().strip(), body=f.bodyEdit.toPlainText().strip(),
            occurred_at=occurred, due_at=due, done=done, outcome=f.outcomeEdit.text().strip(),
            account_id=self.account_id, contact_id=self.contact_id, opportunity_id=self.opportunity_id,
            ticket_id=self.ticket_id, place=f.placeEdit.text().strip(),
            latitude=before.latitude if before else None, longitude=before.longitude if before else None,
            next_followup_on=f.followupEdit.date().toPython() if f.followupCheck.isChecked() else None,
        )

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as error:
            self._refused(error)
            return
        if self.before is not None:
            self.jobs.run_db(self.activities.update, self.before.id, data, on_done=self._saved,
                             on_error=self._refused)
        else:
            self.jobs.run_db(self.activities.log_step, data, self.settles_followup, on_done=self._saved,
                             on_error=self._refused)

    def _saved(self, step: ActivityStep) -> None:
        self.step, self.saved = step, step.activity
        if self.remind is not None:
            self.remind.save(step.activity.id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.form, error, {"kind": self.form.kindCombo, "subject": self.form.subjectEdit})


def _when(a: ActivityData) -> datetime | None:
    """The time the form shows: a task's due time (as logging it took it), else when it happened."""
    return a.due_at if a.kind == "task" and a.due_at is not None else a.occurred_at


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.astimezone().replace(second=0, microsecond=0) == b.astimezone().replace(second=0, microsecond=0)
