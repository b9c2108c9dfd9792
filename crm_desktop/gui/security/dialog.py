"""Security and backups: whether the store is encrypted (and its recovery key), daily backups kept,
and the app lock's idle minutes and PIN (saved only as an Argon2 hash)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from crm_desktop import settings as declared
from crm_desktop.controllers.security.app_lock import hash_pin, pin_matches, pin_problem
from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.forms.ui_security_dialog import Ui_SecurityDialog


class SecurityDialog(QDialog):
    sig_encrypt = Signal()  # the window closes the store and encrypts it

    def __init__(self, prefs, security, parent=None) -> None:
        super().__init__(parent)
        self.prefs, self.security = prefs, security
        self.form = f = Ui_SecurityDialog()
        f.setupUi(self)
        source = security.key_source()
        f.encryptionLabel.setText({
            "keyring": self.tr("The customer database is encrypted. Its key is kept in this computer's keyring."),
            "passphrase": self.tr("The customer database is encrypted with a passphrase, asked for each time the "
                                  "CRM starts."),
            "none": self.tr("The customer database is NOT encrypted: anyone with this computer's disk can read "
                            "it."),
        }[source])
        f.encryptButton.setVisible(source == "none")
        f.recoveryButton.setVisible(source != "none")
        f.encryptButton.clicked.connect(self._encrypt)
        f.recoveryButton.clicked.connect(self.show_recovery_key)
        f.keepSpin.setRange(0, 365)
        f.keepSpin.setValue(prefs.get(declared.BACKUP_KEEP))
        f.folderLabel.setText(str(security.backup_folder()))
        newest = next(iter(security.backups()), None)
        f.lastBackupLabel.setText(datetime_text(newest.made_at) if newest
                                  else self.tr("none yet"))
        f.lockSpin.setRange(0, 240)
        f.lockSpin.setSuffix(self.tr(" min"))
        f.lockSpin.setValue(prefs.get(declared.LOCK_MINUTES))
        f.pinStateLabel.setText(self.tr("A PIN is set; type a new one to change it.") if prefs.get(declared.LOCK_HASH)
                                else self.tr("No PIN yet: set one to use the app lock."))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)

    def _say(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(True)

    def save(self) -> None:
        f = self.form
        pin, again = f.pinEdit.text(), f.pinRepeatEdit.text()
        if pin or again:
            problem = pin_problem(pin)
            if problem:
                self._say(QCoreApplication.translate("Validation", problem))
                return
            if pin != again:
                self._say(self.tr("The two PINs differ."))
                return
        if f.lockSpin.value() > 0 and not pin and not self.prefs.get(declared.LOCK_HASH):
            self._say(self.tr("Set a PIN to lock the app."))
            return
        if pin:
            self.prefs.set(declared.LOCK_HASH, hash_pin(pin))
        self.prefs.set(declared.LOCK_MINUTES, f.lockSpin.value())
        self.prefs.set(declared.BACKUP_KEEP, f.keepSpin.value())
        self.accept()

    def _encrypt(self) -> None:
        self.accept()
        self.sig_encrypt.emit()

    def show_recovery_key(self) -> None:
        """Behind the PIN when one is set: the key opens everything."""
        stored = self.prefs.get(declared.LOCK_HASH)
        if stored:
            pin, ok = QInputDialog.getText(self, self.tr("Recovery key"), self.tr("Your app lock PIN:"),
                                           QLineEdit.EchoMode.Password)
            if not ok:
                return
            if not pin_matches(pin, stored):
                QMessageBox.warning(self, self.tr("Recovery key"), self.tr("That is not the PIN."))
                return
        QMessageBox.information(self, self.tr("Recovery key"), self.tr(
            "Write this key down and keep it apart from the computer. It opens the customer database if the "
            "keyring entry is lost or you forget the passphrase:\n\n%1").replace("%1", self.security.recovery_key()))
