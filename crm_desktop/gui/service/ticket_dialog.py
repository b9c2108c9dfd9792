"""One service ticket (Designer form ui/ticket_dialog.ui): fields, workflow, SLA, history, comments, rating."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from crm_desktop.domain.common.validation import TR_CONTEXT, NotFoundError, ValidationError
from crm_desktop.domain.customers.enums import TicketStatus as S
from crm_desktop.domain.sales.entities import TransitionError
from crm_desktop.domain.service.entities import TicketData, TicketInput
from crm_desktop.domain.service.rules import is_reopen
from crm_desktop.gui.attachments.section import files_tab
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.labels import (
    TICKET_ACTION,
    TICKET_CHANNEL,
    TICKET_PRIORITY,
    TICKET_STATUS,
    TICKET_TYPE,
    label,
    translate_message,
)
from crm_desktop.gui.common.record_picker import RecordPicker, picked_ids
from crm_desktop.gui.forms.ui_ticket_dialog import Ui_TicketDialog
from crm_desktop.gui.sales.order_dialog import number_text
from crm_desktop.gui.service.ticket_history import TicketHistoryList
from crm_desktop.gui.service.ticket_panels import NotePrompt, StarRating, show_satisfaction, show_sla, stale_text

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

# Fields whose errors have a label under their input; any other error goes to the line under the header.
_PLACED = {"subject": "subjectEdit", "type": "typeCombo", "channel": "channelCombo", "priority": "priorityCombo",
           "account_id": "accountCombo", "contact_id": "contactCombo", "assignee_id": "assigneeCombo",
           "comment": "commentEdit", "satisfaction_score": "scoreButton1"}


class TicketDialog(QDialog):
    """Create or work a ticket; every write goes through crm.service and refused input stays in place."""

    sig_saved = Signal(str)  # ticket id, after any write (save, status step, comment, rating)
    sig_loaded = Signal()  # the assignees arrived: the dialog shows the ticket

    def __init__(self, crm: CrmApp, jobs: JobRunner, ticket: TicketData | None = None,
                 account: tuple[str, str] | None = None, contact: tuple[str, str] | None = None, parent=None) -> None:
        """`account` / `contact`: (id, name) to preselect for a new ticket."""
        super().__init__(parent)
        self.crm, self.jobs, self.service = crm, jobs, crm.service
        self.ticket = ticket
        self.saved: TicketData | None = None
        self.dirty = False
        self.loading = True  # the assignees come from the database thread
        self.form = f = Ui_TicketDialog()
        f.setupUi(self)
        self.history = TicketHistoryList(self)
        f.historyLayout.insertWidget(0, self.history, 1)
        self.account_picker = RecordPicker(f.accountCombo, crm.search.search, "account",
                                           self.tr("Type to find a company"), jobs)
        self.contact_picker = RecordPicker(f.contactCombo, crm.search.search, "contact",
                                           self.tr("Type to find a person"), jobs)
        self.contact_picker.on_picked(self._contact_picked)
        for table, combo in ((TICKET_TYPE, f.typeCombo), (TICKET_CHANNEL, f.channelCombo),
                             (TICKET_PRIORITY, f.priorityCombo)):
            for code in table:
                combo.addItem(label(table, code), code)
        self.user_names: dict[str, str] = {}
        f.assigneeCombo.addItem(self.tr("Unassigned"), None)
        self.rating = StarRating([f.scoreButton1, f.scoreButton2, f.scoreButton3, f.scoreButton4, f.scoreButton5])
        self.action_buttons: dict[str, QPushButton] = {}
        f.addCommentButton.clicked.connect(self.add_comment)
        # A visit or call for the ticket goes on the customer's timeline and in the ticket's history.
        self.log_activity_button = QPushButton(self.tr("Log &activity…"), self)
        self.log_activity_button.setAutoDefault(False)
        self.log_activity_button.clicked.connect(self.log_activity)
        f.commentLayout.insertWidget(f.commentLayout.count() - 1, self.log_activity_button)
        f.recordButton.clicked.connect(self.record_satisfaction)
        # The customer's photos of the fault, the engineer's report: in a tab beside the history.
        self.files = files_tab(f.activityLayout, f.historyGroup, jobs, getattr(crm, "attachments", None), "ticket",
                               ticket.id if ticket else None)
        f.commentEdit.installEventFilter(self)
        self.save_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        f.buttonBox.rejected.connect(self.reject)
        title = f.numberLabel.font()
        title.setPointSize(title.pointSize() + 4)
        title.setBold(True)
        f.numberLabel.setFont(title)
        f.statusLabel.setStyleSheet("padding: 2px 8px; border-radius: 4px; background: #e8ecef;")
        if ticket is None:
            self.account_picker.set_record(*(account or (None, None)))
            self.contact_picker.set_record(*(contact or (None, None)))
            f.typeCombo.setCurrentIndex(f.typeCombo.findData("service_request"))
            f.channelCombo.setCurrentIndex(f.channelCombo.findData("phone"))
            f.priorityCombo.setCurrentIndex(f.priorityCombo.findData("normal"))
        self.resize(*((980, 660) if ticket else (560, 560)))
        self._show(ticket, fields=False)
        jobs.run_db(self.service.assignees, on_done=self._loaded)

    def _loaded(self, users) -> None:
        f, ticket = self.form, self.ticket
        self.user_names = {u.id: u.display_name for u in users}
        for user_id, name in self.user_names.items():
            f.assigneeCombo.addItem(name, user_id)
        self._show(ticket, fields=ticket is not None)
        for signal in (f.subjectEdit.textEdited, f.descriptionEdit.textChanged, f.typeCombo.currentIndexChanged,
                       f.channelCombo.currentIndexChanged, f.priorityCombo.currentIndexChanged,
                       f.assigneeCombo.currentIndexChanged, f.accountCombo.editTextChanged,
                       f.contactCombo.editTextChanged):
            signal.connect(self._touched)
        self.dirty = ticket is None
        self.save_button.setEnabled(True)
        self.loading = False
        # A new ticket starts with its subject, an open one with a comment, a closed one with Reopen.
        first = f.subjectEdit if ticket is None else f.commentEdit if f.commentEdit.isEnabled() else None
        (first or next(iter(self.action_buttons.values()), f.subjectEdit)).setFocus()
        self.sig_loaded.emit()

    # --- showing -------------------------------------------------------------------------

    def _show(self, t: TicketData | None, fields: bool = True) -> None:
        """Everything from `t`; the editable fields only when `fields` (so unsaved edits survive a comment)."""
        f = self.form
        if t is None:
            f.numberLabel.setText(self.tr("New ticket"))
            self.setWindowTitle(self.tr("New ticket"))
        else:
            f.numberLabel.setText(number_text(t.number, t.number_provisional))
            self.setWindowTitle(f"{t.number} · {t.subject}")
        font = f.numberLabel.font()
        font.setItalic(bool(t and t.number_provisional))
        f.numberLabel.setFont(font)
        f.numberLabel.setToolTip(self.tr("Provisional number: the server assigns the final one at the next sync.")
                                 if t and t.number_provisional else "")
        status = t.status if t else S.NEW
        f.statusLabel.setText(label(TICKET_STATUS, status))
        f.statusLabel.setVisible(t is not None)
        closed = status == S.CLOSED
        f.statusLabel.setToolTip(self.tr("A closed ticket is read-only; reopen it to change it.") if closed else "")
        if t is not None and fields:
            self._fill(t)
        for edit in (f.subjectEdit, f.descriptionEdit):
            edit.setReadOnly(closed)
        for combo in (f.typeCombo, f.channelCombo, f.priorityCombo, f.accountCombo, f.contactCombo,
                      f.assigneeCombo):
            combo.setEnabled(not closed)
        self.save_button.setVisible(not closed)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setVisible(t is None)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setVisible(t is not None)
        f.slaGroup.setVisible(t is not None)
        f.activityPanel.setVisible(t is not None)
        if t is None:
            return
        show_sla(f, t)
        self.history.show_events(t.events, self.user_names)
        f.commentEdit.setEnabled(not closed)
        f.addCommentButton.setEnabled(not closed)
        self.log_activity_button.setEnabled(not closed)
        show_satisfaction(f, self.rating, t)
        self._actions(t)

    def _fill(self, t: TicketData) -> None:
        f = self.form
        f.subjectEdit.setText(t.subject)
        f.descriptionEdit.setPlainText(t.description or "")
        for combo, value in ((f.typeCombo, t.type), (f.channelCombo, t.channel), (f.priorityCombo, t.priority)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for picker, record_id, name in ((self.account_picker, t.account_id, t.account_name),
                                        (self.contact_picker, t.contact_id, t.contact_name)):
            picker.combo.setCurrentIndex(0)
            picker.combo.setEditText("")
            picker.set_record(record_id, name)
        if t.assignee_id and f.assigneeCombo.findData(t.assignee_id) < 0:
            f.assigneeCombo.addItem(t.assignee_name or t.assignee_id, t.assignee_id)  # not among the assignees
        f.assigneeCombo.setCurrentIndex(max(0, f.assigneeCombo.findData(t.assignee_id)))
        self.dirty = False

    def _actions(self, t: TicketData) -> None:
        layout = self.form.actionsLayout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        previous: QWidget = self.form.descriptionEdit
        for target in t.next_statuses:
            key = "reopen" if is_reopen(t.status, target) else target
            # A bare "Close" beside the dialog's own Close button would read like closing the window.
            text = self.tr("Close ticket") if key == S.CLOSED else label(TICKET_ACTION, key)
            button = QPushButton(text, self)
            button.setAutoDefault(False)  # Enter in a field saves; it never moves the workflow
            button.clicked.connect(lambda _=False, s=target: self.change_status(s))
            layout.addWidget(button)
            self.action_buttons[key] = button
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.form.commentEdit)

    def _touched(self, *args) -> None:
        self.dirty = True

    def _contact_picked(self, contact_id: str) -> None:
        """A contact brings its account when none is chosen yet."""
        if self.form.accountCombo.currentText().strip():
            return
        customers = self.crm.customers

        def get():
            try:
                return customers.get_contact(contact_id)
            except NotFoundError:
                return None

        self.jobs.run_db(get, on_done=self._fill_account)

    def _fill_account(self, contact) -> None:
        if contact is not None and contact.account_id and not self.form.accountCombo.currentText().strip():
            self.account_picker.set_record(contact.account_id, contact.account_name)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.form.commentEdit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_comment()
            return True
        return super().eventFilter(watched, event)

    # --- writing -------------------------------------------------------------------------

    def collect(self) -> TicketInput:
        f = self.form
        picked = picked_ids({"account_id": self.account_picker, "contact_id": self.contact_picker})
        return TicketInput(
            subject=f.subjectEdit.text(), type=f.typeCombo.currentData(), channel=f.channelCombo.currentData(),
            priority=f.priorityCombo.currentData(), description=f.descriptionEdit.toPlainText(),
            account_id=picked["account_id"], contact_id=picked["contact_id"],
            assignee_id=f.assigneeCombo.currentData())

    # Writes run on the database thread; `then(ok)` (or `then(why not)` for _attempt) follows the outcome.

    def save(self) -> None:
        """The Save button: write the fields and close; refused input keeps the dialog open."""
        if not self.loading:
            self.write_fields(lambda ok: self.accept() if ok else None)

    def write_fields(self, then=None) -> None:
        """Create or update the ticket from the fields, leaving the dialog open."""
        try:
            data = self.collect()
        except ValidationError as error:
            self.show_validation(error)
            if then is not None:
                then(False)
            return
        if self.ticket is None:
            self._write(lambda: self.service.create(data), then=then)
        else:
            ticket_id = self.ticket.id
            self._write(lambda: self.service.update(ticket_id, data), then=then)

    def change_status(self, status: str) -> None:
        """One workflow step; unsaved field edits are saved first so that nothing typed is lost."""
        if self.dirty:
            self.write_fields(lambda ok: self._step(status) if ok else None)
        else:
            self._step(status)

    def _step(self, status: str) -> None:
        t = self.ticket
        if status == S.ASSIGNED and t.status != S.NEW:
            return  # saving the chosen assignee has already assigned it
        if status == S.RESOLVED:
            prompt = NotePrompt(self.tr("Resolve %1").replace("%1", t.number),
                                self.tr("How was the problem resolved?"), self.tr("Resolve"), self)
        elif is_reopen(t.status, status):
            prompt = NotePrompt(self.tr("Reopen %1").replace("%1", t.number),
                                self.tr("Why is the ticket reopened? (optional)"), self.tr("Reopen"), self)
        else:
            self._write(lambda: self.service.set_status(t.id, status))
            return
        prompt.attempt = lambda note, answer: self._attempt(lambda: self.service.set_status(t.id, status, note),
                                                            then=answer)
        prompt.exec()
        prompt.deleteLater()

    def add_comment(self) -> None:
        if self.ticket is None or not self.form.commentEdit.isEnabled():
            return
        ticket_id, text = self.ticket.id, self.form.commentEdit.toPlainText()
        self._write(lambda: self.service.comment(ticket_id, text), fields=not self.dirty,
                    then=lambda ok: self.form.commentEdit.clear() if ok else None)

    def log_activity(self) -> None:
        """A visit, call or note for this ticket (its customer's timeline shows it too)."""
        from crm_desktop.gui.activities.activity_dialog import ActivityDialog

        if self.ticket is None:
            return
        t = self.ticket
        dialog = ActivityDialog(self.crm.activities, self.jobs, ticket_id=t.id, account_id=t.account_id,
                                contact_id=t.contact_id, parent=self)
        if dialog.exec():
            ticket_id = t.id
            self._write(lambda: self.service.get(ticket_id), fields=not self.dirty)

    def record_satisfaction(self) -> None:
        ticket_id, score, comment = self.ticket.id, self.rating.score, self.form.satisfactionCommentEdit.text()
        self._write(lambda: self.service.rate(ticket_id, score, comment), fields=not self.dirty)

    def _write(self, action, fields: bool = True, then=None) -> None:
        """Run one controller write; refusals are shown in place and the dialog keeps what was typed."""
        self._attempt(action, fields, None if then is None else lambda why: then(why is None))

    def _attempt(self, action, fields: bool = True, then=None) -> None:
        """Run `action`; then(None) when written, else then(why not), also shown under the fields at fault or
        under the header."""
        answer = then or (lambda _why: None)

        def written(ticket: TicketData) -> None:
            clear_errors(self.form)
            if self.files is not None and self.files.record_id != ticket.id:
                self.files.show_record("ticket", ticket.id)  # a new ticket takes files once it is saved
            self.ticket = self.saved = ticket
            self._show(ticket, fields)
            self.sig_saved.emit(ticket.id)
            answer(None)

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.show_validation(error)
                answer("\n".join(translate_message(TR_CONTEXT, m) for m in error.errors.values()))
            elif isinstance(error, TransitionError):  # the ticket moved on elsewhere (sync, another window)
                self._reload()
                answer(self._general(stale_text(error.current, error.wanted)))
            elif isinstance(error, NotFoundError):
                answer(self._general(self.tr("The ticket, account, contact or assignee no longer exists.")))
            else:
                raise error

        self.jobs.run_db(action, on_done=written, on_error=refused)

    def _general(self, message: str) -> str:
        clear_errors(self.form)
        self.form.generalError.setText(message)
        self.form.generalError.setVisible(True)
        return message

    def _reload(self) -> None:
        def shown(ticket: TicketData) -> None:
            self.ticket = ticket
            self._show(ticket, fields=not self.dirty)

        def gone(error: BaseException) -> None:
            if not isinstance(error, NotFoundError):
                raise error

        self.jobs.run_db(self.service.get, self.ticket.id, on_done=shown, on_error=gone)

    def show_validation(self, error: ValidationError) -> None:
        f = self.form
        placed = {k: v for k, v in error.errors.items() if k in _PLACED}
        rest = [translate_message(TR_CONTEXT, v) for k, v in error.errors.items() if k not in _PLACED]
        show_errors(self, f, ValidationError(placed), {k: getattr(f, w) for k, w in _PLACED.items()})
        f.generalError.setText("\n".join(rest))
        f.generalError.setVisible(bool(rest))

    def reject(self) -> None:
        """Esc, Cancel and Close: the result says whether anything was written."""
        self.done(QDialog.DialogCode.Accepted if self.saved else QDialog.DialogCode.Rejected)
