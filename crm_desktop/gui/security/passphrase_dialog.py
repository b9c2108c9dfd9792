"""Asking for the store's passphrase (no keyring on this computer) or its recovery key (keyring entry lost);
CRM_PASSPHRASE, when set, answers first as it does in the terminal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.controllers.security.store_keys import KEEP_PLAIN, MIN_PASSPHRASE, Ask, environment_first
from crm_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog


def intro_text(reason: Ask) -> str:
    translate = QCoreApplication.translate
    texts = {
        Ask.NEW_PASSPHRASE: translate(
            "PassphraseDialog", "Your customer data is encrypted on this computer. There is no system keyring "
            "to keep the key in, so choose a passphrase: you will type it once each time the CRM starts. "
            "Without it the data cannot be opened, so keep it safe. You can also keep the database unencrypted "
            "(anyone with this computer's disk can then read it)."),
        Ask.PASSPHRASE: translate(
            "PassphraseDialog", "The customer database is encrypted. Type its passphrase (or its recovery key)."),
        Ask.KEY_MISSING: translate(
            "PassphraseDialog", "The customer database is encrypted, but its key is not in this computer's "
            "keyring (it may have been deleted, or you are signed in as another user). Type the database's "
            "passphrase or its recovery key (64 letters and digits) to open it."),
        Ask.WRONG: translate(
            "PassphraseDialog", "That passphrase or recovery key does not open the database. Try again."),
    }
    return texts[reason]


class PassphraseDialog(QDialog):
    """One passphrase, or a new one typed twice (or the choice to keep the store unencrypted). `secret()` is what
    was accepted: KEEP_PLAIN for that choice."""

    def __init__(self, reason: Ask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        self.form = f = Ui_PassphraseDialog()
        f.setupUi(self)
        choosing = reason is Ask.NEW_PASSPHRASE
        if choosing:
            self.setWindowTitle(self.tr("Choose a passphrase"))
        elif reason is not Ask.PASSPHRASE:
            f.passphraseEditLabel.setText(self.tr("&Passphrase or recovery key:"))
        f.introLabel.setText(intro_text(reason))
        f.repeatEdit.setVisible(choosing)
        f.repeatEditLabel.setVisible(choosing)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Encrypt") if choosing else self.tr("&Unlock"))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self.check)
        self.plain_chosen = False
        if choosing:
            plain = f.buttonBox.addButton(self.tr("&Keep it unencrypted"), QDialogButtonBox.ButtonRole.ActionRole)
            plain.clicked.connect(self.keep_plain)

    def keep_plain(self) -> None:
        self.plain_chosen = True
        self.accept()

    def secret(self) -> str:
        return KEEP_PLAIN if self.plain_chosen else self.form.passphraseEdit.text()

    def _say(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(True)

    def check(self) -> None:
        f = self.form
        text = f.passphraseEdit.text()
        if not text:
            self._say(self.tr("Type the passphrase."))
        elif self.reason is Ask.NEW_PASSPHRASE and len(text) < MIN_PASSPHRASE:
            self._say(self.tr("A passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
        elif self.reason is Ask.NEW_PASSPHRASE and f.repeatEdit.text() != text:
            self._say(self.tr("The two passphrases differ."))
        else:
            self.accept()


class _Asker(QObject):
    """Lives in the GUI thread; a worker's question is answered there, the worker waiting for the answer."""

    sig_ask = Signal(object, object)  # (reason, a list the answer is put in)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__()
        self.parent_widget = parent
        self.sig_ask.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def ask(self, reason: Ask) -> str | None:
        dialog = PassphraseDialog(reason, self.parent_widget)
        return dialog.secret() if dialog.exec() else None

    def _ask(self, reason: Ask, answer: list) -> None:
        answer.append(self.ask(reason))


def ask_with_dialog(parent: QWidget | None = None):
    """An `Ask` function for the window: CRM_PASSPHRASE first, then a dialog per question; None when cancelled.
    Made on the GUI thread, it may be called from the job runner's threads (opening or restoring the store there):
    the dialog still shows on the GUI thread."""
    asker, gui_thread = _Asker(parent), threading.get_ident()

    def ask(reason: Ask) -> str | None:
        if threading.get_ident() == gui_thread:
            return asker.ask(reason)
        answer: list = []
        asker.sig_ask.emit(reason, answer)
        return answer[0] if answer else None

    return environment_first(ask)
