"""Parts of the ticket dialog: the SLA panel's texts and colours, and the resolution / reopen prompt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout

from crm_desktop.domain.common.validation import TR_CONTEXT
from crm_desktop.domain.service.entities import SLA_BREACHED, SLA_MET, SLA_OK, SLA_PAUSED, SLA_SOON, TicketData
from crm_desktop.domain.service.rules import DONE_STATUSES, NOT_RESOLVED
from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.common.labels import TICKET_SLA, TICKET_STATUS, label, translate_message

ERROR_COLOUR = "#c0392b"
STAR_COLOUR = "#e5a100"
SLA_COLOURS = {SLA_BREACHED: ERROR_COLOUR, SLA_SOON: "#d68910", SLA_PAUSED: "#7f8c8d", SLA_MET: "#1e8449"}


def sla_note(t: TicketData) -> str:
    """One sentence under the SLA state saying what it means for the handler."""
    if t.sla == SLA_PAUSED:
        return QCoreApplication.translate("TicketPanels", "Clock paused while waiting on the customer.")
    if t.sla == SLA_BREACHED:
        return QCoreApplication.translate("TicketPanels", "A deadline was missed; the ticket stays marked as breached.")
    if t.sla == SLA_SOON:
        return QCoreApplication.translate("TicketPanels", "The next deadline is close.")
    if t.sla == SLA_MET:
        return QCoreApplication.translate("TicketPanels", "Resolved within the service level.")
    return ""


def _moment(label_widget: QLabel, value: datetime | None, due: datetime | None) -> None:
    """A time the handler answered or resolved; red when it came after its deadline."""
    if value is None:
        label_widget.setText(QCoreApplication.translate("TicketPanels", "Not yet"))
        label_widget.setStyleSheet("color: #7f8c8d;")
        return
    label_widget.setText(datetime_text(value))
    label_widget.setStyleSheet(f"color: {ERROR_COLOUR};" if due is not None and value > due else "")


def show_sla(form, t: TicketData) -> None:
    """Fill the SLA group of the ticket form (ui/ticket_dialog.ui) from `t`."""
    form.firstDueValue.setText(datetime_text(t.first_response_due_at))
    _moment(form.firstAtValue, t.first_response_at, t.first_response_due_at)
    form.resolutionDueValue.setText(datetime_text(t.resolution_due_at))
    _moment(form.resolvedAtValue, t.resolved_at, t.resolution_due_at)
    state = label(TICKET_SLA, t.sla)
    if t.next_deadline is not None and t.sla in (SLA_OK, SLA_SOON):
        state += " · " + QCoreApplication.translate("TicketPanels", "next deadline %1").replace(
            "%1", datetime_text(t.next_deadline))
    form.slaStateValue.setText(state)
    colour = SLA_COLOURS.get(t.sla)
    form.slaStateValue.setStyleSheet(f"font-weight: bold; color: {colour};" if colour else "font-weight: bold;")
    note = sla_note(t)
    form.slaNoteLabel.setText(note)
    form.slaNoteLabel.setVisible(bool(note))


class StarRating:
    """Five star buttons as a 1-5 score; None until one is clicked."""

    def __init__(self, buttons: list[QToolButton]) -> None:
        self.buttons, self.score = buttons, None
        for n, star in enumerate(buttons, 1):
            text = QCoreApplication.translate("TicketPanels", "%1 of 5").replace("%1", str(n))
            star.setToolTip(text)
            star.setAccessibleName(text)
            font = star.font()
            font.setPointSize(font.pointSize() + 4)
            star.setFont(font)
            star.clicked.connect(lambda _=False, n=n: self.set_score(n))

    def set_score(self, score: int | None) -> None:
        self.score = score
        for n, star in enumerate(self.buttons, 1):
            lit = bool(score) and n <= score
            star.setText("★" if lit else "☆")
            star.setStyleSheet(f"color: {STAR_COLOUR};" if lit else "")


def show_satisfaction(form, rating: StarRating, t: TicketData) -> None:
    """The satisfaction group: usable once the ticket is resolved or closed, and says why not before."""
    done = t.status in DONE_STATUSES
    form.satisfactionGroup.setEnabled(done)
    why = "" if done else translate_message(TR_CONTEXT, NOT_RESOLVED)
    form.satisfactionGroup.setToolTip(why)
    if done and t.satisfaction_score is None:
        hint = QCoreApplication.translate("TicketPanels", "Ask the customer how satisfied they are: 1 to 5 stars.")
    else:
        hint = why
    form.satisfactionHint.setText(hint)
    form.satisfactionHint.setVisible(bool(hint))
    rating.set_score(t.satisfaction_score)
    form.satisfactionCommentEdit.setText(t.satisfaction_comment or "")


def stale_text(current: str, wanted: str) -> str:
    """Why a workflow button did nothing: the ticket had already moved on (another window, a sync)."""
    if current == wanted:
        return QCoreApplication.translate("TicketPanels", "The ticket is already “%1”.").replace(
            "%1", label(TICKET_STATUS, current))
    return QCoreApplication.translate(
        "TicketPanels", "The ticket is now “%1” and cannot go to “%2” from there; the buttons show what it can do now."
    ).replace("%1", label(TICKET_STATUS, current)).replace("%2", label(TICKET_STATUS, wanted))


class NotePrompt(QDialog):
    """Asks for the resolution or a reopen reason; stays open with the text while `attempt` refuses it."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # attempt(note, answer): tries the note, then calls answer(why it was refused, or None) (a write on the
        # database thread answers later).
        self.attempt: Callable[[str, Callable[[str | None], None]], None] = lambda note, answer: answer(None)
        self.prompt_label = QLabel(prompt, self)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.prompt_label.setBuddy(self.edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, 220)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _try(self) -> None:
        self.ok_button.setEnabled(False)
        self.attempt(self.text(), self._answered)

    def _answered(self, why: str | None) -> None:
        self.ok_button.setEnabled(True)
        if why:
            self.error_label.setText(why)
            self.error_label.setVisible(True)
            self.edit.setFocus()
            return
        self.accept()
