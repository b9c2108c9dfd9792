"""The Check in (and Check out) dialog: the visit and its customer, where the computer is (measured, or not
measured and why, with the address that stands in), an optional photo and a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.checkins.controller import CheckInsController
from crm_desktop.domain.activities.checkins import CheckInData, Position, VisitTarget
from crm_desktop.domain.attachments.entities import MESSAGES, AttachmentError
from crm_desktop.domain.attachments.entities import TR_CONTEXT as ATTACHMENTS_CONTEXT
from crm_desktop.domain.common.validation import TR_CONTEXT, NotFoundError, ValidationError
from crm_desktop.gui.checkins.position import PositionFinder, SourceFactory, default_source
from crm_desktop.gui.checkins.texts import coordinates_text, wgs84_note
from crm_desktop.gui.common.formats import datetime_text, number_text
from crm_desktop.gui.shell.jobs import JobRunner

PHOTO_FILTER = "*.jpg *.jpeg *.png *.heic *.webp *.bmp"


class CheckInDialog(QDialog):
    """`checking_out`: the same dialog checks out of `activity_id`. Without an `activity_id` a new visit of the
    customer (`account_id` / `contact_id`) is made. `source_factory` gives the location service (tests inject one).
    After `exec()`, `done_data` holds what was recorded."""

    def __init__(self, checkins: CheckInsController, jobs: JobRunner, *, activity_id: str | None = None,
                 account_id: str | None = None, contact_id: str | None = None, checking_out: bool = False,
                 source_factory: SourceFactory = default_source, photos: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.checkins, self.jobs = checkins, jobs
        self.activity_id, self.account_id, self.contact_id = activity_id, account_id, contact_id
        self.checking_out = checking_out
        self.target: VisitTarget | None = None
        self.position: Position | None = None
        self.locating = True
        self._reason = ""  # why no position was measured
        self.loading = True
        self.saving = False
        self.done_data: CheckInData | None = None
        self.setWindowTitle(self.tr("Check out") if checking_out else self.tr("Check in"))
        self.setMinimumWidth(520)

        self.visit_label = QLabel(self.tr("Loading…"))
        self.subject_edit = QLineEdit()  # a new visit's subject
        self.subject_edit.setPlaceholderText(self.tr("Visit"))
        self.customer_label = QLabel()
        self.position_label = QLabel(self.tr("Finding your position…"))
        self.accuracy_label = QLabel("—")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._locate)
        self.map_note = QLabel(wgs84_note())
        self.map_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint, quieter than the data
        self.photo_edit = QLineEdit()
        self.photo_edit.setPlaceholderText(self.tr("No photo (optional)"))
        self.photo_button = QPushButton(self.tr("Choose…"))
        self.photo_button.clicked.connect(self._choose_photo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What happened (optional); added to the visit's details"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c0392b;")
        for label in (self.visit_label, self.customer_label, self.position_label, self.map_note, self.error_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Visit:"), self.visit_label)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Customer:"), self.customer_label)
        position_row = QHBoxLayout()
        position_row.addWidget(self.position_label, 1)
        position_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Position:"), position_row)
        form.addRow(self.tr("Accuracy:"), self.accuracy_label)
        form.addRow(self.map_note)  # across both columns: a narrow column makes it a tall block
        self.photo_row = QWidget()
        photo = QHBoxLayout(self.photo_row)
        photo.setContentsMargins(0, 0, 0, 0)
        photo.addWidget(self.photo_edit, 1)
        photo.addWidget(self.photo_button)
        if photos and not checking_out:
            form.addRow(self.tr("Photo:"), self.photo_row)
        else:
            self.photo_row.setVisible(False)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Check out") if checking_out else self.tr("Check in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.finder = PositionFinder(self, source_factory)
        self.finder.sig_found.connect(self._found)
        self.finder.sig_unavailable.connect(self._not_found)
        self.jobs.run_db(self.checkins.target, activity_id, account_id, contact_id, on_done=self._loaded,
                         on_error=self._refused)
        self._locate()
        self.note_edit.setFocus()  # what the rep is likeliest to type

    # --- what it shows ----------------------------------------------------------------------------

    def _loaded(self, target: VisitTarget) -> None:
        self.target, self.loading = target, False
        if target.activity_id is None:
            self.visit_label.setText(self.tr("A new visit, starting now"))
            self.subject_edit.setText(self.tr("Visit: %1").replace("%1", target.customer))
        else:
            self.visit_label.setText(target.subject)
            self.form.setRowVisible(self.subject_edit, False)
            if target.checked_in_at is not None:
                self.visit_label.setText(self.tr("%1 (checked in %2)").replace("%1", target.subject)
                                         .replace("%2", datetime_text(target.checked_in_at)))
        self.customer_label.setText(target.customer)
        if self.position is None and not self.locating:
            self._show_fallback(self._reason)
        self._enable()

    def _locate(self) -> None:
        self.locating, self._reason = True, ""
        self.retry_button.setVisible(False)
        self.position_label.setText(self.tr("Finding your position…"))
        self._enable()
        self.finder.request()

    def _found(self, position: Position) -> None:
        self.position, self.locating = position, False
        self.position_label.setText(self.tr("Measured: %1 (WGS-84, from the device)")
                                    .replace("%1", coordinates_text(position.latitude, position.longitude)))
        self.accuracy_label.setText(self.tr("±%1 m").replace("%1", number_text(round(position.accuracy_m)))
                                    if position.accuracy_m is not None else self.tr("Not given by the device"))
        self.map_note.setVisible(True)
        self._enable()

    def _not_found(self, reason: str) -> None:
        self.position, self.locating, self._reason = None, False, reason
        self.retry_button.setVisible(True)
        self._show_fallback(reason)
        self._enable()

    def _show_fallback(self, reason: str) -> None:
        address = self.target.address if self.target is not None else ""
        if address:
            text = self.tr("Not measured: %1. The customer's address is recorded instead: %2")
            self.position_label.setText(text.replace("%1", reason).replace("%2", address))
        else:
            self.position_label.setText(self.tr("Not measured: %1. The customer has no address; the check-in "
                                                "is recorded without a place.").replace("%1", reason))
        self.accuracy_label.setText("—")
        self.map_note.setVisible(False)

    def _enable(self) -> None:
        self.ok_button.setEnabled(not self.loading and not self.locating and not self.saving
                                  and self.target is not None)

    def _choose_photo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), self.photo_edit.text(),
                                                self.tr("Images (%1)").replace("%1", PHOTO_FILTER))
        if chosen:
            self.photo_edit.setText(chosen)

    # --- saving ---------------------------------------------------------------------------------------

    def save(self) -> None:
        if self.target is None or self.saving:
            return
        self.saving = True
        self._enable()
        self.error_label.setVisible(False)
        note = self.note_edit.toPlainText().strip() or None
        if self.checking_out:
            self.jobs.run_db(self.checkins.check_out, self.target.activity_id, self.position, note,
                             on_done=self._saved, on_error=self._refused)
            return
        typed = self.photo_edit.text().strip()
        photo = Path(typed) if typed else None
        activity_id, account_id, contact_id = self.target.activity_id, self.account_id, self.contact_id
        subject = (self.subject_edit.text().strip() or None) if activity_id is None else None
        position, checkins = self.position, self.checkins
        self.jobs.run_db(lambda: checkins.check_in(activity_id, account_id=account_id, contact_id=contact_id,
                                                   position=position, photo=photo, note=note, subject=subject),
                         on_done=self._saved, on_error=self._refused)

    def _saved(self, data: CheckInData) -> None:
        self.done_data, self.saving = data, False
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saving, self.loading = False, False
        if isinstance(error, ValidationError):
            text = " ".join(self.tr_validation(m) for m in error.errors.values())
        elif isinstance(error, AttachmentError):
            text = error.message(QCoreApplication.translate(ATTACHMENTS_CONTEXT, MESSAGES[error.problem]))
        elif isinstance(error, NotFoundError):
            text = self.tr("The visit no longer exists (deleted meanwhile).")
        else:
            raise error
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self._enable()

    @staticmethod
    def tr_validation(message: str) -> str:
        return QCoreApplication.translate(TR_CONTEXT, message)
