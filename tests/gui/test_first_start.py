"""First start in the window: without a keyring a new database can be kept unencrypted (and is not offered
encryption again), CRM_PASSPHRASE unlocks as in the terminal, the offer to encrypt an older plain database never
promises a keyring the computer lacks, and File → Delete demo data deletes exactly the demo's records."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from crm_desktop import settings as declared
from crm_desktop.controllers.security.store_keys import FileKind, file_kind
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import ContactInput, ListFilter
from crm_desktop.gui.security.passphrase_dialog import PassphraseDialog
from crm_desktop.gui.shell.app_shell import AppShell
from crm_desktop.gui.shell.main_window import MainWindow
from tests.gui.conftest import settle, when_modal

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "tmp"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"first-start-{name}.png"))


@pytest.fixture
def quiet(prefs, monkeypatch):
    """Preferences of their own, no daily backup, no demo data offer, no CRM_PASSPHRASE of the developer's."""
    prefs.set(declared.BACKUP_KEEP, 0)
    monkeypatch.setattr(MainWindow, "offer_demo_data", lambda window: None)
    monkeypatch.delenv("CRM_PASSPHRASE", raising=False)
    return prefs


def _started(db_path, prefs) -> AppShell:
    shell = AppShell(db_path, prefs, "en")
    assert shell.start()
    return shell


def _stop(shell: AppShell) -> None:
    shell._close_window()
    shell.close()


class _Watch:
    """A dialog of `cls` that shows while watching, recorded and closed at once; `stop()` before the test goes on
    (a later one is then left to whoever waits for it)."""

    def __init__(self, cls=QMessageBox) -> None:
        self.seen: list = []
        self.watching = True
        when_modal(cls, self._see)

    def _see(self, dialog) -> None:
        if self.watching:
            self.seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.reason)
            dialog.reject()

    def stop(self) -> list:
        self.watching = False
        return self.seen


def test_without_a_keyring_a_new_database_can_be_kept_unencrypted_once_and_for_all(qtbot, db_path, quiet,
                                                                                    no_keyring):
    def keep(dialog: PassphraseDialog) -> None:
        shot(dialog, "new-passphrase")
        plain = [b for b in dialog.form.buttonBox.buttons() if "unencrypted" in b.text()]
        plain[0].click() if plain else dialog.reject()

    when_modal(PassphraseDialog, keep)
    shell = _started(db_path, quiet)
    try:
        assert not shell.crm.security.encrypted and file_kind(db_path) is FileKind.PLAIN
    finally:
        _stop(shell)
    offers = _Watch()
    shell = _started(db_path, quiet)
    _stop(shell)
    assert offers.stop() == []  # the offer to encrypt is not made again


def test_a_database_made_plain_on_purpose_is_not_offered_encryption(qtbot, db_path, quiet):
    CrmApp.open_secure(db_path, lambda _reason: None, plain_new=True).close()  # crm --plain
    offers = _Watch()
    shell = _started(db_path, quiet)
    _stop(shell)
    assert offers.stop() == []


def test_the_window_takes_crm_passphrase_as_the_terminal_does(qtbot, db_path, quiet, no_keyring, monkeypatch):
    monkeypatch.setenv("CRM_PASSPHRASE", "a passphrase from the environment")
    asked = _Watch(PassphraseDialog)
    shell = _started(db_path, quiet)
    try:
        assert shell.crm.security.key_source() == "passphrase" and file_kind(db_path) is FileKind.ENCRYPTED
    finally:
        _stop(shell)
    shell = _started(db_path, quiet)  # and it opens the database again
    _stop(shell)
    assert asked.stop() == []


def test_the_offer_to_encrypt_promises_no_keyring_the_computer_lacks(qtbot, db_path, quiet, no_keyring):
    crm = CrmApp.open(db_path)  # an older plain database
    crm.customers.create_contact(ContactInput(name="王芳"))
    crm.close()
    texts: list[str] = []

    def keep_plain(box: QMessageBox) -> None:
        texts.append(box.text())
        shot(box, "offer-no-keyring")
        plain = [b for b in box.buttons() if "unencrypted" in b.text()]
        plain[0].click() if plain else box.reject()

    when_modal(QMessageBox, keep_plain)
    shell = _started(db_path, quiet)
    _stop(shell)
    assert len(texts) == 1 and "kept in the system keyring" not in texts[0] and "passphrase" in texts[0]
    offers = _Watch()
    shell = _started(db_path, quiet)
    _stop(shell)
    assert offers.stop() == []  # "keep it unencrypted" is remembered by the database


def test_deleting_demo_data_from_the_menu(qtbot, window, crm, jobs):
    mine = crm.customers.create_contact(ContactInput(name="自己的客户"))
    crm.load_demo(200, seed=2)
    window.undo_stack.push(QUndoCommand("edit"))  # as an edit of a demo record would leave
    boxes: list[str] = []

    def confirm(box: QMessageBox) -> None:
        boxes.append(box.informativeText())
        shot(box, "delete-demo")
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        when_modal(QMessageBox, lambda done: (boxes.append(done.text()), done.accept()))

    when_modal(QMessageBox, confirm)
    action = next(a for a in window.findChildren(type(window.undo_action)) if a.text() == "Delete de&mo data…")
    action.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=20_000)
    settle(qtbot, window.jobs)
    assert "Contacts: 200" in boxes[0] and "cannot be undone" in boxes[0]
    assert boxes[1].startswith("Deleted ")
    assert crm.customers.count("contact", ListFilter()) == 1 and crm.customers.get_contact(mine.id).name == "自己的客户"
    assert window.undo_stack.count() == 0
    assert crm.demo_counts() == {}
