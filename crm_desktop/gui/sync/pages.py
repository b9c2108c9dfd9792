"""The sync module in the window: status button, runner, File menu entries; a pull announces a broad change."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from crm_desktop.domain.common.changes import SYNC, Changes
from crm_desktop.gui.shell.disk_full_notice import show_disk_full
from crm_desktop.gui.shell.pages import register_commands
from crm_desktop.gui.sync.dialogs import SyncLoginDialog, failure_text
from crm_desktop.gui.sync.issues import SyncIssuesDialog
from crm_desktop.gui.sync.runner import SyncRunner
from crm_desktop.gui.sync.status import SyncStatusButton

FILE_GROUP = 40


class SyncCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        crm = shell.crm
        self.sync_now_action = shell.add_action(self.tr("S&ync now"), lambda: self.runner.sync_now(), "F9",
                                                group=FILE_GROUP)
        shell.add_action(self.tr("Connect to &server…"), self.connect_to_server, group=FILE_GROUP)
        shell.add_action(self.tr("Sync iss&ues…"), self.show_sync_issues, group=FILE_GROUP)
        self.status = SyncStatusButton(shell)
        shell.add_status_widget(self.status)
        self.runner = SyncRunner(crm.sync, shell.jobs, shell, folder=crm.db_path.parent)
        self.runner.sig_status.connect(self.status.show_status)
        self.runner.sig_progress.connect(self.status.show_progress)
        self.runner.sig_synced.connect(self._synced)
        self.runner.sig_failed.connect(self._failed)
        self.status.sig_sync_now.connect(self.runner.sync_now)
        self.status.sig_show_issues.connect(self.show_sync_issues)
        self.status.sig_connect.connect(self.connect_to_server)
        self.status.sig_log_out.connect(self.log_out_of_server)
        shell.on_shutdown(self.runner.stop)
        QTimer.singleShot(0, self.runner.start)  # after the first paint

    def connect_to_server(self) -> None:
        if SyncLoginDialog(self.shell.crm.sync, self.shell.jobs, self.shell).exec():
            self.shell.show_message(self.tr("Connected. Your data is being synced."))
            self.runner.sync_now()

    def log_out_of_server(self) -> None:
        self.shell.jobs.run_io(self.shell.crm.sync.logout, on_done=lambda _r: self.runner.check())

    def show_sync_issues(self) -> SyncIssuesDialog:
        dialog = SyncIssuesDialog(self.shell.crm.sync, self.shell.jobs, self.shell)
        dialog.sig_sync_now.connect(self.runner.sync_now)
        # A decision may have taken the server's version of records: any page may be stale.
        dialog.finished.connect(lambda _r: (self.runner.check(), self.shell.announce(Changes.all(reason=SYNC))))
        dialog.open()
        return dialog

    def _synced(self, report) -> None:
        if report.pulled:
            self.shell.announce(Changes.all(reason=SYNC))
        if report.conflicts or report.rejected:
            self.shell.show_message(self.tr("Some changes need your decision: see Sync issues."), 15000)

    def _failed(self, code: str) -> None:
        crm = self.shell.crm
        if code == "disk_full":  # the runner says it once, until a round succeeds
            show_disk_full(self.shell, failure_text(code, crm.db_path.parent))
        elif code != "offline":  # offline is shown in the status bar; the rest needs the user to act
            self.shell.show_message(failure_text(code), 30000)


register_commands("sync", 90, SyncCommands)
