"""Connecting to the company server (the login form) and the messages of sync failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from crm_desktop.gui.forms.ui_sync_login_dialog import Ui_SyncLoginDialog
from crm_desktop.gui.shell.disk_full_notice import disk_full_or_none, disk_full_text


def failure_text(code: str, folder: Path | None = None) -> str:
    """What a sync failure means for the user, by the transport error's code ("disk_full": the store's
    disk, `folder`, is full)."""
    if code == "disk_full":
        return disk_full_text(folder=folder)
    if code == "offline":
        return QCoreApplication.translate(
            "Sync", "The server cannot be reached. Your changes stay on this computer and are sent when the "
                    "connection is back.")
    if code == "credentials":
        return QCoreApplication.translate(
            "Sync", "The username or password is wrong, or your login has expired. Log in again.")
    if code == "revoked":
        return QCoreApplication.translate(
            "Sync", "An administrator revoked this computer's access. Your unsent changes are kept; ask your "
                    "administrator, then log in again.")
    if code == "upgrade_required":
        return QCoreApplication.translate(
            "Sync", "The server needs a newer version of this app. Your changes are kept until you update.")
    if code == "throttled":
        return QCoreApplication.translate("Sync", "Too many failed logins. Wait a few minutes, then try again.")
    if code == "refused":
        return QCoreApplication.translate(
            "Sync", "The server refused the request. Your changes are kept; please tell your administrator.")
    return QCoreApplication.translate("Sync", "Sync failed unexpectedly. Your changes are kept.")


class SyncLoginDialog(QDialog):
    """Server, optional company CA, username and password; logs in on a worker thread."""

    def __init__(self, sync_controller, jobs, parent=None) -> None:
        super().__init__(parent)
        self.sync, self.jobs = sync_controller, jobs
        self.form = f = Ui_SyncLoginDialog()
        f.setupUi(self)
        self.login_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        self.login_button.clicked.connect(self.log_in)
        f.caBundleButton.clicked.connect(self.choose_ca_bundle)
        jobs.run_db(sync_controller.account, on_done=self._fill)

    def _fill(self, account) -> None:
        """The account this device last used, to log in again (what was typed meanwhile stays)."""
        f = self.form
        if account is not None and not f.serverEdit.text() and not f.usernameEdit.text():
            f.serverEdit.setText(account.server)
            f.usernameEdit.setText(account.username)
            f.caBundleEdit.setText(account.ca_bundle or "")
            f.passwordEdit.setFocus()

    def choose_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the company CA certificate"),
                                              self.form.caBundleEdit.text(),
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.form.caBundleEdit.setText(path)

    def log_in(self) -> None:
        f = self.form
        server, username, password = f.serverEdit.text().strip(), f.usernameEdit.text().strip(), f.passwordEdit.text()
        if not server.startswith(("https://", "http://")):
            self.show_message(self.tr("Enter the server's address, starting with https://"))
            return
        if not username or not password:
            self.show_message(self.tr("Enter your username and password."))
            return
        self.login_button.setEnabled(False)
        self.show_message(self.tr("Logging in…"), error=False)
        self.jobs.run_io(self.sync.login, server, username, password, f.caBundleEdit.text().strip() or None,
                         on_done=self._logged_in, on_error=self._failed)

    def _logged_in(self, _account) -> None:
        self.form.passwordEdit.clear()
        self.accept()

    def _failed(self, error) -> None:
        from crm_desktop.sync.transport import SyncError

        self.login_button.setEnabled(True)
        if (full := disk_full_or_none(error)) is not None:  # the tokens and account could not be kept
            self.show_message(full)
            return
        if not isinstance(error, SyncError):
            raise error
        self.show_message(failure_text(error.code))

    def show_message(self, text: str, error: bool = True) -> None:
        label = self.form.messageLabel
        label.setStyleSheet("color: #c0392b;" if error else "")
        label.setText(text)
        label.setVisible(True)
