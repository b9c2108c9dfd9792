"""The running app around its window: opening the store (unlocking it, offering the newest good backup
when it is damaged), checking it after an unclean exit, offering to encrypt an older plain store,
and restoring a backup, which closes the store and opens the restored one in a new window."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from crm_desktop import settings as declared
from crm_desktop.controllers.security.controller import BackupError, restore_newest_good, restore_store
from crm_desktop.controllers.security.store_keys import (
    PlainChosenError,
    UnlockCancelledError,
    encrypt_store,
    keyring_available,
)
from crm_desktop.controllers.shell.app import CrmApp, OpenProblem, StoreOpenError
from crm_desktop.controllers.shell.disk_full import DiskFullError
from crm_desktop.gui.security.passphrase_dialog import ask_with_dialog
from crm_desktop.gui.security.texts import backup_problem_text, describe_open_problem
from crm_desktop.gui.shell.disk_full_notice import cannot_open_text, disk_full_or_none
from crm_desktop.gui.shell.jobs import JobRunner, Progress
from crm_desktop.tasks import TaskCancelledError


class AppShell(QObject):
    def __init__(self, db_path: Path, prefs, language: str, plain_new: bool = False) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.prefs = prefs
        self.language = language
        self.plain_new = plain_new
        self.crm: CrmApp | None = None
        self.window = None
        # Read while opening, off the GUI thread: the user chose to keep the store plain; a keyring exists.
        self.kept_plain, self.keyring = False, True
        self.jobs = JobRunner(self)  # the work the app cannot go on without, waited for behind a dialog

    def _options(self) -> dict:
        sla_policy = self.prefs.get(declared.SLA_POLICY)
        return {"phone_region": self.prefs.get(declared.PHONE_REGION), "language": self.language,
                "sla_policy": Path(sla_policy) if sla_policy else None}

    # --- start -------------------------------------------------------------------------

    def start(self) -> bool:
        """Open the store and show the window; False when the user gave up (nothing to show)."""
        new = not self.db_path.exists()
        self.crm = self.open_with_recovery()
        if self.crm is None:
            return False
        if self.crm.security.unclean_exit and not self.check_after_unclean_exit():
            return False
        if (not new and not self.crm.security.encrypted and not self.kept_plain
                and self.prefs.get(declared.OFFER_ENCRYPTION)):
            self.offer_encryption()
        self.show_window()
        return True

    def _wait(self, parent, text: str, fn, cancellable: bool = False):
        """`fn(state)` on the job runner behind an application-modal progress dialog; its value, or its error
        raised here. The screen keeps painting meanwhile."""
        progress = Progress(text, parent, cancellable, Qt.WindowModality.ApplicationModal, delay_ms=400)
        return self.jobs.run(fn, progress=progress).result()

    def _open_secure(self, ask, options: dict, _state) -> CrmApp:
        """On the job runner's thread: unlocked (asking on the GUI thread), migrated, opened."""
        crm = CrmApp.open_secure(self.db_path, ask, self.plain_new, **options)
        self.kept_plain = crm.security.kept_plain()
        if not crm.security.encrypted and not self.kept_plain:  # the offer says how the key would be kept
            self.keyring = keyring_available()
        return crm

    def _open(self, key) -> CrmApp:
        """Open the store again (after encrypting or restoring it) off the GUI thread."""
        options = self._options()
        return self._wait(None, self.tr("Opening the customer database…"),
                          lambda _state: CrmApp.open(self.db_path, key=key, **options))

    def open_with_recovery(self) -> CrmApp | None:
        """Open (asking for the passphrase if need be); on failure explain why and offer the newest
        good backup. None = give up."""
        while True:
            try:
                return self._wait(None, self.tr("Opening the customer database…"),
                                  partial(self._open_secure, ask_with_dialog(), self._options()))
            except UnlockCancelledError:
                return None
            except StoreOpenError as error:
                if not self._offer_backup(error):
                    return None

    def _offer_backup(self, error: StoreOpenError) -> bool:
        """Say why the store did not open; True = open again (a backup was restored, or space was freed)."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot open the database"), describe_open_problem(error))
        restore = retry = None
        if error.backups and error.problem in (OpenProblem.CORRUPT, OpenProblem.WRONG_KEY):
            restore = box.addButton(self.tr("Open the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
            box.setInformativeText(self.tr("The damaged file is kept in the backups folder."))
        elif error.problem is OpenProblem.DISK_FULL:  # the file is sound: once there is room it opens
            retry = box.addButton(QMessageBox.StandardButton.Retry)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if retry is not None and box.clickedButton() is retry:
            return True
        if restore is None or box.clickedButton() is not restore:
            return False
        try:
            restored = self._wait(None, self.tr("Restoring the newest good backup…"),
                                  lambda state: restore_newest_good(self.db_path, ask_with_dialog(), state))
        except (BackupError, StoreOpenError, UnlockCancelledError) as failure:
            QMessageBox.warning(None, self.tr("Restore"), self.tr("No backup could be restored: %1").replace(
                "%1", backup_problem_text(failure)))
            return False
        if restored is None:
            QMessageBox.warning(None, self.tr("Restore"), self.tr("None of the backups opens and passes the check."))
            return False
        return True

    def check_after_unclean_exit(self) -> bool:
        """SQLite's integrity check, since the last session ended without closing the store. On damage
        offer the newest good backup. False = give up."""
        security = self.crm.security
        try:
            problems = self._wait(None, self.tr("The CRM did not close properly last time. Checking the database…"),
                                  lambda _state: security.check_integrity())
        except DiskFullError as error:  # the check could not run: that says nothing about the file
            QMessageBox.critical(None, self.tr("Cannot open the database"), cannot_open_text(error.folder))
            return False
        if not problems:
            return True
        answer = QMessageBox.critical(
            None, self.tr("The database is damaged"),
            self.tr("SQLite found damage in the customer database:\n%1\n\nRestore the newest good backup? The "
                "damaged database is kept in the backups folder.").replace("%1", "\n".join(problems[:3])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return True  # the user goes on with what they have
        backup = self._wait(None, self.tr("Looking for the newest good backup…"),
                            lambda _state: security.newest_good_backup())
        if backup is None:
            QMessageBox.warning(None, self.tr("Restore"), self.tr("None of the backups opens and passes the check."))
            return True
        return self._restore(backup, show_window=False)

    def offer_encryption(self) -> None:
        """For an older plain store; "keep it unencrypted" is remembered in the store itself (not asked again)."""
        text = self.tr(
            "Your customer database is not encrypted: anyone who gets hold of this computer's disk can read it. "
            "Encrypt it now? Its key is kept in the system keyring, so you will not have to type anything.") \
            if self.keyring else self.tr(
            "Your customer database is not encrypted: anyone who gets hold of this computer's disk can read it. "
            "Encrypt it now? This computer has no system keyring to keep the key in, so you will choose a "
            "passphrase and type it each time the CRM starts.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Encrypt the customer database"), text)
        encrypt = box.addButton(self.tr("&Encrypt now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        never = box.addButton(self.tr("&Keep it unencrypted"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(encrypt)
        box.exec()
        if box.clickedButton() is never:
            self.keep_plain()
        elif box.clickedButton() is encrypt:
            self.encrypt()

    def keep_plain(self) -> None:
        security = self.crm.security
        self._wait(self.window, self.tr("Saving your choice…"), lambda _state: security.keep_plain())
        self.kept_plain = True

    def encrypt(self) -> bool:
        """Close the store, encrypt it in place, open it again with its key."""
        self.crm.close()
        ask = ask_with_dialog()
        try:
            key = self._wait(self.window, self.tr("Encrypting the customer database…"),
                             lambda state: encrypt_store(self.db_path, ask, state), cancellable=True)
        except PlainChosenError:  # asked for a passphrase, the user kept it plain: not offered again
            key, self.kept_plain = None, True
        except (UnlockCancelledError, TaskCancelledError):
            key = None
        except Exception as error:  # the plain store is untouched: say why and go on
            QMessageBox.warning(self.window, self.tr("Encrypt the customer database"), self.tr(
                "The database could not be encrypted and is unchanged: %1").replace(
                "%1", disk_full_or_none(error, self.db_path.parent) or str(error)))
            key = None
        self.crm = self._open(key)
        if key is None and self.kept_plain:
            self.keep_plain()
        return key is not None

    # --- window ------------------------------------------------------------------------

    def show_window(self) -> None:
        from crm_desktop.gui.shell.main_window import MainWindow

        self.window = MainWindow(self.crm, self.prefs)
        self.window.sig_restore.connect(self.restore_from_window)
        self.window.sig_encrypt.connect(self.encrypt_from_window)
        self.window.show()
        if os.environ.get("CRM_EXIT_WHEN_INTERACTIVE"):  # bench/startup.py measures up to here
            QTimer.singleShot(0, lambda: (print("interactive", flush=True), QCoreApplication.quit()))
        else:
            window = self.window
            # On the window's own runner: the answer is dropped with the window if that is gone first.
            window.jobs.run_db(self.crm.is_empty, on_done=lambda empty: window.offer_demo_data() if empty else None)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def restore_from_window(self, backup: Path) -> None:
        self._restore(backup)

    def encrypt_from_window(self) -> None:
        self._close_window()
        self.encrypt()
        self.show_window()

    def _restore(self, backup: Path, show_window: bool = True) -> bool:
        """Close the store, put `backup` in its place (checked first, the current one kept in backups/),
        open the result; on failure the current store is back as it was."""
        key = self.crm.store.key
        self._close_window()
        self.crm.close()
        try:
            kept = self._wait(None, self.tr("Restoring the backup…"),
                              lambda state: restore_store(self.db_path, backup, key, state), cancellable=True)
            message = self.tr("The backup is restored. The database it replaced is kept as %1.").replace(
                "%1", kept.name if kept else "-")
        except (BackupError, StoreOpenError, TaskCancelledError) as failure:
            message = self.tr("Nothing was restored: %1").replace("%1", backup_problem_text(failure))
        self.crm = self._open(key)
        if show_window:
            self.show_window()
        QMessageBox.information(self.window, self.tr("Restore from backup"), message)
        return True

    def close(self) -> None:
        if self.crm is not None:
            self.crm.close()
