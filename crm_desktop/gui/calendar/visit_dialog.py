"""A visit made from a slot dragged in the calendar: its subject, time, and (if known yet) the customer and place;
the same form, filled in, gives a visit planned that way its customer later."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from crm_desktop.domain.calendar.entities import CalendarEntry, VisitDetails
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.gui.common.form_errors import show_errors
from crm_desktop.gui.common.formats import date_text, time_text
from crm_desktop.gui.common.record_picker import RecordPicker, picked_ids


class VisitDialog(QDialog):
    """Saved through the job runner; `saved_id` is the new visit's. `editing` (a calendar entry) edits that
    visit instead: `before` and `after` are its details, for an undo."""

    def __init__(self, calendar, search, jobs, start: datetime, end: datetime, parent=None,
                 editing: CalendarEntry | None = None) -> None:
        super().__init__(parent)
        self.calendar, self.jobs = calendar, jobs
        self.start, self.end = start, end
        self.editing = editing
        self.saved_id: str | None = None
        self.before: VisitDetails | None = None
        self.after: VisitDetails | None = None
        self.setWindowTitle(self.tr("New visit") if editing is None else self.tr("Edit visit"))
        form = QFormLayout(self)
        self.subjectEdit = QLineEdit(self.tr("Visit"))
        self.subjectEdit.selectAll()
        form.addRow(self.tr("Subject"), self.subjectEdit)
        self.when = QLabel(f"{date_text(start)} {time_text(start)}–{time_text(end)}")
        form.addRow(self.tr("When"), self.when)
        self.accountCombo, self.contactCombo = QComboBox(), QComboBox()
        self.account_picker = RecordPicker(self.accountCombo, search, "account", self.tr("Type a company name"), jobs)
        self.contact_picker = RecordPicker(self.contactCombo, search, "contact", self.tr("Type a name or phone"), jobs)
        form.addRow(self.tr("Account"), self.accountCombo)
        form.addRow(self.tr("Contact"), self.contactCombo)
        self.placeEdit = QLineEdit()
        self.placeEdit.setPlaceholderText(self.tr("Address or meeting room"))
        form.addRow(self.tr("Place"), self.placeEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        if editing is not None:
            self.subjectEdit.setText(editing.subject)
            self.placeEdit.setText(editing.place)
            if editing.contact_id:
                self.contact_picker.set_record(editing.contact_id, editing.customer)
            elif editing.account_id:
                self.account_picker.set_record(editing.account_id, editing.customer)

    def save(self) -> None:
        try:
            picked = picked_ids({"account_id": self.account_picker, "contact_id": self.contact_picker})
        except ValidationError as error:
            self._refused(error)
            return
        if self.editing is not None:
            self.after = VisitDetails(self.subjectEdit.text(), picked["account_id"], picked["contact_id"],
                                      self.placeEdit.text())
            self.jobs.run_db(self.calendar.set_details, self.editing.id, self.after, on_done=self._edited,
                             on_error=self._refused)
            return
        self.jobs.run_db(self.calendar.create_visit, self.start, self.end, self.subjectEdit.text(),
                         picked["account_id"], picked["contact_id"], self.placeEdit.text(),
                         on_done=self._saved, on_error=self._refused)

    def _edited(self, before: VisitDetails) -> None:
        self.before = before
        self.accept()

    def _saved(self, activity_id: str) -> None:
        self.saved_id = activity_id
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self, error, {"subject": self.subjectEdit, "account_id": self.accountCombo,
                                        "contact_id": self.contactCombo})
