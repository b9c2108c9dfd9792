"""The window's safety features: File menu entries (back up now, restore, security and backups, audit log,
lock), a customer's change history in the Edit menu, the daily backup while the app runs, and the app lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop import settings as declared
from crm_desktop.gui.security.app_lock import AppLock
from crm_desktop.gui.security.audit_window import AuditWindow
from crm_desktop.gui.security.dialog import SecurityDialog
from crm_desktop.gui.security.restore_dialog import RestoreDialog
from crm_desktop.gui.security.texts import backup_problem_text
from crm_desktop.gui.shell.jobs import Progress
from crm_desktop.gui.shell.menus import EDIT

FIRST_CHECK_MS = 60_000        # the daily backup waits until the window has settled
CHECK_EVERY_MS = 60 * 60_000   # then looks once an hour whether a day has passed
FILE_GROUP, HISTORY_GROUP = 30, 10  # the File menu's group, and the Edit menu's group of record commands


class SecurityActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        crm, prefs = window.crm, window.prefs
        self.security, self.prefs, self.jobs = crm.security, prefs, window.jobs
        self.backup_action = window.add_action(self.tr("&Back up now…"), self.back_up_now, group=FILE_GROUP)
        self.restore_action = window.add_action(self.tr("&Restore from backup…"), self.restore, group=FILE_GROUP)
        self.audit_action = window.add_action(self.tr("&Audit log…"), self.show_audit, group=FILE_GROUP)
        self.settings_action = window.add_action(self.tr("Security and bac&kups…"), self.open_settings,
                                                 group=FILE_GROUP)
        self.lock_action = window.add_action(self.tr("&Lock"), self.lock_now, QKeySequence("Ctrl+L"),
                                             group=FILE_GROUP)
        self.history_action = window.add_action(self.tr("Change &history of selected…"),
                                                self.show_history_of_selected, "Ctrl+H", EDIT, HISTORY_GROUP)
        window.on_shutdown(self.stop)
        self.app_lock = AppLock(window, prefs, crm.security)
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start(FIRST_CHECK_MS)
        self.audit_window: AuditWindow | None = None
        if self.app_lock.enabled:
            QTimer.singleShot(0, self.app_lock.lock)  # a restart must not get round the lock

    def stop(self) -> None:
        self.backup_timer.stop()
        self.app_lock.stop()

    def daily_backup(self) -> None:
        """On the file pool (the copy has its own connection); a failure is said in the status bar, since
        nobody asked for this backup."""
        keep = self.prefs.get(declared.BACKUP_KEEP)
        self.backup_timer.start(CHECK_EVERY_MS)
        if keep > 0:
            self.jobs.run_io(self.security.backup_if_due, keep, on_done=self._daily_done,
                             on_error=self._daily_failed)

    def _daily_done(self, made: Path | None) -> None:
        if made is not None:
            self.window.statusBar().showMessage(self.tr("Daily backup made: %1").replace("%1", made.name), 10_000)

    def _daily_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(self.tr("The daily backup failed: %1").replace(
            "%1", backup_problem_text(error)), 30_000)

    def back_up_now(self) -> None:
        folder = self.security.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up to"),
                                              str(folder / self.security.suggested_backup_name()),
                                              self.tr("CRM database (*.db)"))
        if not name:
            return
        target = Path(name) if name.endswith(".db") else Path(name + ".db")
        self.jobs.run(self.security.backup_now, target, progress=Progress(self.tr("Backing up…"), self.window),
                      on_done=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self.last_backup = path
        self.window.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 15_000)

    def _backup_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Back up"), self.tr("The backup was not made: %1").replace(
            "%1", backup_problem_text(error)))

    def restore(self) -> None:
        self.restore_dialog = dialog = RestoreDialog(self.security, self.jobs, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.window.sig_restore.emit(dialog.chosen)

    def show_audit(self, record: tuple[str, str, str] | None = None) -> AuditWindow:
        if self.audit_window is not None:
            self.audit_window.close()
        self.audit_window = AuditWindow(self.window.crm.audit, self.jobs, self.window, record)
        self.audit_window.show()
        return self.audit_window

    def show_history_of_selected(self) -> AuditWindow:
        """The audit log of the customer shown on the right (the whole log when none is)."""
        page = self.window.commands("customers").page
        record = page.detail.record
        return self.show_audit((page.entity(), record.id, record.name) if record is not None else None)

    def open_settings(self) -> None:
        self.settings_dialog = dialog = SecurityDialog(self.prefs, self.security, self.window)
        dialog.sig_encrypt.connect(self.window.sig_encrypt)
        dialog.exec()

    def lock_now(self) -> None:
        if not self.prefs.get(declared.LOCK_HASH):
            QMessageBox.information(self.window, self.tr("Lock"), self.tr(
                "Set a PIN first (File → Security and backups…)."))
            return
        self.app_lock.lock()
