"""Sending a campaign's e-mail: queue it, send the queue in the background with progress and Cancel,
then say what happened (what could not go out stays queued for when the computer is online)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.marketing.rules import CampaignData
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.marketing.mail_settings_dialog import MailSettingsDialog
from crm_desktop.tasks import TaskCancelledError

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


class CampaignSender(QObject):
    """One send at a time; `sig_finished` carries the summary shown at the end."""

    sig_finished = Signal(str)

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.crm, self.jobs, self.window = crm, jobs, parent
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.campaign: CampaignData | None = None
        self.queue_report = None
        self._job = None
        self._stopped = False

    @property
    def email(self):
        return getattr(self.crm, "email", None)

    def busy(self) -> bool:
        return self.progress is not None

    def open_settings(self) -> bool:
        return bool(MailSettingsDialog(self.email, self.jobs, self.window).exec())

    def send(self, campaign: CampaignData) -> None:
        if self.busy():
            return
        if self.email is None:
            QMessageBox.information(self.window, self.tr("Send e-mails"),
                                    self.tr("This version of the CRM cannot send e-mail."))
            return
        self.jobs.run_db(self.email.settings, on_done=lambda settings: self._send(campaign, settings))

    def _send(self, campaign: CampaignData, settings) -> None:
        if self.busy():
            return
        if settings is None:
            answer = QMessageBox.question(self.window, self.tr("Send e-mails"), self.tr(
                "No mail server is set up on this computer yet. Set one up now?"))
            if answer != QMessageBox.StandardButton.Yes or not self.open_settings():
                return
        self.campaign, self.queue_report = campaign, None
        self.progress = QProgressDialog(self.tr("Preparing the e-mails of “%1”…").replace("%1", campaign.name),
                                        self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Send e-mails"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.jobs.run_db(self.email.queue_campaign, campaign.id, on_done=self._queued, on_error=self._failed)

    def _queued(self, report) -> None:
        self.queue_report = report
        if self._stopped:
            return
        if self.progress.wasCanceled():
            self._finish(None, cancelled=True)
            return
        self.progress.setLabelText(self.tr("Sending the e-mails of “%1”…").replace("%1", self.campaign.name))
        email, campaign_id = self.email, self.campaign.id
        self._job = self.jobs.run_io(lambda state: email.send_queued(state=state, campaign_id=campaign_id),
                                     on_progress=self._report, on_done=self._finish, on_error=self._failed)
        self.progress.canceled.connect(self._job.cancel)

    def stop(self) -> None:
        """The window is closing: a send run stops after the message in hand, and nothing more is shown."""
        self._stopped = True
        if self._job is not None:
            self._job.cancel()

    def _report(self, done: int, total: int, _message: str) -> None:
        if self.progress is not None and not self.progress.wasCanceled():  # setValue would show it again
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _failed(self, error: BaseException) -> None:
        if self._stopped:
            return
        if isinstance(error, TaskCancelledError):
            self._finish(None, cancelled=True)
            return
        self._close_progress()
        reason = (translate_message(TR_CONTEXT, next(iter(error.errors.values())))
                  if isinstance(error, ValidationError) else str(error))
        QMessageBox.warning(self.window, self.tr("Send e-mails"),
                            self.tr("The e-mails could not be sent: %1").replace("%1", reason))

    def _close_progress(self) -> None:
        self._job = None
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.blockSignals(True)  # closing would emit canceled
            progress.close()
            progress.deleteLater()

    def _finish(self, report, cancelled: bool = False) -> None:
        if self._stopped:
            return
        self._close_progress()
        if report is None:  # stopped before sending: the queue says what waits
            self.jobs.run_db(self.email.counts, self.campaign.id,
                             on_done=lambda counts: self._summarise(None, cancelled, counts.get("queued", 0)))
        else:
            self._summarise(report, cancelled)

    def _summarise(self, report, cancelled: bool, queued: int = 0) -> None:
        if self._stopped:
            return
        text = self.summary(report, cancelled, queued)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send e-mails"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        if report is not None and report.problem in ("login", "tls"):
            box.setIcon(QMessageBox.Icon.Warning)
            settings = box.addButton(self.tr("Mail server settings…"), QMessageBox.ButtonRole.ActionRole)
            settings.clicked.connect(self.open_settings)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.summary_box = box
        self.sig_finished.emit(text)

    def summary(self, report, cancelled: bool = False, queued: int = 0) -> str:
        """What was sent, what failed, what waits (`queued` when there is no report), and who was left out and
        why."""
        lines = []
        problem = "cancelled" if cancelled else (report.problem if report is not None else None)
        if problem:
            lines += [self._problem_text(problem, report.detail if report is not None else ""), ""]
        if report is not None:
            lines.append(self.tr("Sent: %1").replace("%1", f"{report.sent:,}"))
            lines.append(self.tr("Failed: %1").replace("%1", f"{report.failed:,}"))
            remaining = report.remaining
            if report.unsure:
                lines.append(self.tr("%n message(s) may have gone out when the last run stopped: they are not "
                                     "sent again until you decide.", "", report.unsure))
        else:
            remaining = queued
        lines.append(self.tr("Still queued: %1 (will be sent when online)").replace("%1", f"{remaining:,}"))
        q = self.queue_report
        if q is not None and (q.opted_out or q.no_email):
            lines.append(self.tr("Not sent: %1 asked not to be contacted or unsubscribed; %2 without an "
                                 "e-mail address.").replace("%1", f"{q.opted_out:,}").replace("%2", f"{q.no_email:,}"))
        if q is not None and q.already_queued:
            lines.append(self.tr("%n member(s) had been queued before and were not queued again.", "",
                                 q.already_queued))
        return "\n".join(lines)

    def _problem_text(self, problem: str, detail: str) -> str:
        texts = {
            "cancelled": self.tr("Sending was stopped."),
            "offline": self.tr("The mail server cannot be reached: the e-mails wait until you are online."),
            "login": self.tr("The mail server refused the user name or password."),
            "tls": self.tr("A secure connection to the mail server could not be made."),
            "busy": self.tr("E-mails are already being sent; these wait their turn."),
        }
        text = texts.get(problem, self.tr("Sending stopped early."))
        return f"{text} ({detail})" if detail and problem not in ("cancelled", "busy") else text
