"""What the window says when the store cannot be opened, or a backup cannot be made or restored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.controllers.security.controller import BackupError, BackupProblem
from crm_desktop.controllers.security.store_keys import UnlockCancelledError
from crm_desktop.controllers.shell.app import OpenProblem, StoreOpenError
from crm_desktop.gui.shell.disk_full_notice import cannot_open_text, disk_full_or_none
from crm_desktop.tasks import TaskCancelledError


def describe_open_problem(error: StoreOpenError) -> str:
    if error.problem is OpenProblem.DISK_FULL:
        return cannot_open_text(error.path.parent)  # names the folder to free space on
    translate = QCoreApplication.translate
    texts = {
        OpenProblem.LOCKED: translate(
            "Startup", "This customer database is already open in another CRM window. "
                       "Switch to that window, or close it and try again."),
        OpenProblem.READ_ONLY: translate(
            "Startup", "The customer database or its folder is read-only, so changes could not be saved. "
                       "Check the file permissions or choose another location with --db."),
        OpenProblem.CORRUPT: translate("Startup", "The customer database is damaged and cannot be opened."),
        OpenProblem.NEWER: translate(
            "Startup", "This customer database was saved by a newer version of the CRM. Please update the app."),
        OpenProblem.WRONG_KEY: translate(
            "Startup", "The passphrase or key does not open the customer database, or the start of the file "
                       "is damaged."),
    }
    return texts[error.problem] + "\n\n" + str(error.path)


def backup_problem_text(error: BaseException) -> str:
    translate = QCoreApplication.translate
    if isinstance(error, StoreOpenError):
        return describe_open_problem(error)
    if isinstance(error, TaskCancelledError):
        return translate("Backups", "it was cancelled.")
    if isinstance(error, UnlockCancelledError):
        return translate("Backups", "no passphrase was given.")
    if not isinstance(error, BackupError):
        return disk_full_or_none(error) or str(error)  # a full disk met outside the copy (its folder, a check)
    texts = {
        BackupProblem.DISK_FULL: translate("Backups", "the disk is full. Free some space or choose another drive."),
        BackupProblem.WRITE_FAILED: translate("Backups", "the file could not be written (%1).").replace(
            "%1", error.detail),
        BackupProblem.CANCELLED: translate("Backups", "it was cancelled."),
        BackupProblem.FOREIGN: translate(
            "Backups", "this backup does not open with this database's key: it was made by another installation "
                       "or with another passphrase."),
        BackupProblem.NEWER: translate("Backups", "this backup was made by a newer version of the CRM."),
        BackupProblem.DAMAGED: translate("Backups", "this backup is damaged or is not a CRM database."),
        BackupProblem.MISSING: translate("Backups", "the backup file is gone."),
    }
    return texts[error.problem]
