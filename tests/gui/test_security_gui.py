"""Security in the window: the app lock hides the data until the PIN (or the store's recovery key) is typed,
the audit log filters and exports, a backup is restored into a new window, an older plain store is
encrypted on the offer at start, and a new store on a computer without a keyring takes a passphrase."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from python_calamine import CalamineWorkbook

from crm_desktop import settings as declared
from crm_desktop.controllers.security.app_lock import hash_pin
from crm_desktop.controllers.security.store_keys import FileKind, file_kind
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.gui.security.dialog import SecurityDialog
from crm_desktop.gui.security.passphrase_dialog import PassphraseDialog
from crm_desktop.gui.security.restore_dialog import RestoreDialog
from crm_desktop.gui.shell.app_shell import AppShell
from tests.fakes import ScriptedAsk
from tests.gui.conftest import settle, type_text, when_modal

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "tmp"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"security-{name}.png"))


def _lock_after_idle(window, prefs, minutes: int = 5):
    prefs.set(declared.LOCK_HASH, hash_pin("2468"))
    prefs.set(declared.LOCK_MINUTES, minutes)
    lock = window.commands("security").app_lock
    lock._last_input = time.monotonic() - minutes * 60 - 1  # as if nobody touched it meanwhile
    lock.check_idle()
    return lock


def test_the_app_lock_hides_the_data_after_idle_minutes_until_the_pin(qtbot, window, crm, prefs):
    crm.customers.create_contact(ContactInput(name="王芳", mobile="13912345678"))
    window.refresh()
    lock = window.commands("security").app_lock
    prefs.set(declared.LOCK_HASH, hash_pin("2468"))
    prefs.set(declared.LOCK_MINUTES, 5)
    lock.check_idle()
    assert not lock.locked  # just used
    lock = _lock_after_idle(window, prefs)
    assert lock.locked and window.centralWidget().isHidden()
    assert not window.commands("customers").new_contact_action.isEnabled() and not window.menuBar().isEnabled()
    assert lock.screen.isVisible() and lock.screen.geometry() == window.rect()
    shot(window, "locked")
    type_text(qtbot, lock.screen.pin_edit, "1357")
    qtbot.keyClick(lock.screen.pin_edit, Qt.Key.Key_Return)
    assert lock.locked and "not the PIN" in lock.screen.message.text()
    type_text(qtbot, lock.screen.pin_edit, "2468")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    new_contact = window.commands("customers").new_contact_action
    assert not lock.locked and window.centralWidget().isVisible() and new_contact.isEnabled()
    assert prefs.get(declared.LOCK_HASH).startswith("$argon2")  # the PIN itself is stored nowhere


def test_many_wrong_pins_make_the_lock_wait(window, prefs):
    lock = _lock_after_idle(window, prefs)
    for _ in range(5):
        assert not lock.try_unlock("0000")
    assert not lock.try_unlock("2468")  # right, but too soon after five wrong ones
    assert "wait" in lock.screen.message.text()
    lock._paused_until = 0
    assert lock.try_unlock("2468")


def test_the_lock_is_on_at_start_and_the_recovery_key_opens_it(qtbot, db_path, prefs):
    from crm_desktop.gui.shell.main_window import MainWindow

    prefs.set(declared.LOCK_HASH, hash_pin("2468"))
    prefs.set(declared.LOCK_MINUTES, 10)
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    window = MainWindow(crm, prefs)
    qtbot.addWidget(window)
    window.show()
    try:
        lock = window.commands("security").app_lock
        qtbot.waitUntil(lambda: lock.locked)
        assert lock.try_unlock(crm.security.recovery_key())  # the PIN is forgotten
    finally:
        window.shutdown_background()
        crm.close()


def test_the_security_dialog_checks_the_pin_and_keeps_only_its_hash(qtbot, window, prefs, crm):
    dialog = SecurityDialog(prefs, crm.security, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert "NOT encrypted" in f.encryptionLabel.text()
    assert not f.encryptButton.isHidden() and f.recoveryButton.isHidden()  # a plain store: offer to encrypt it
    f.lockSpin.setValue(3)
    dialog.save()
    assert "Set a PIN" in f.messageLabel.text() and prefs.get(declared.LOCK_MINUTES) == 0
    type_text(qtbot, f.pinEdit, "12")
    type_text(qtbot, f.pinRepeatEdit, "12")
    dialog.save()
    assert "at least 4" in f.messageLabel.text()
    f.pinEdit.setText("123456")
    f.pinRepeatEdit.setText("654321")
    dialog.save()
    assert "differ" in f.messageLabel.text()
    f.pinRepeatEdit.setText("123456")
    f.keepSpin.setValue(14)
    dialog.save()
    assert prefs.get(declared.LOCK_MINUTES) == 3 and prefs.get(declared.BACKUP_KEEP) == 14
    assert "123456" not in prefs.get(declared.LOCK_HASH) and prefs.get(declared.LOCK_HASH)


def test_the_audit_log_filters_by_record_and_action_and_exports(qtbot, qtmodeltester, window, crm, tmp_path):
    c = crm.customers
    acme = c.create_account(AccountInput(name="上海电气"))
    wang = c.create_contact(ContactInput(name="王芳", account_id=acme.id, mobile="13912345678"))
    c.update_contact(wang.id, ContactInput(name="王芳芳", account_id=acme.id, mobile="13912345678"))
    c.create_contact(ContactInput(name="李强"))
    c.delete_contact(wang.id)
    audit = window.commands("security").show_audit()
    qtbot.addWidget(audit)
    qtbot.waitUntil(lambda: audit.model.total() == 5)
    qtmodeltester.check(audit.model)
    first = [audit.model.index(0, col).data() for col in range(6)]
    assert first[2] == "Deleted" and first[4] == "王芳芳"
    type_text(qtbot, audit.record_edit, "王芳")
    qtbot.waitUntil(lambda: audit.model.total() == 3, timeout=3000)
    changed = [r for r in range(3) if audit.model.index(r, 2).data() == "Changed"]
    assert len(changed) == 1 and "王芳 → 王芳芳" in audit.model.index(changed[0], 5).data()
    created = next(r for r in range(3) if audit.model.index(r, 2).data() == "Created")
    assert "Account: 上海电气" in audit.model.index(created, 5).data()  # references by name, not id
    audit.action_combo.setCurrentIndex(audit.action_combo.findData("create"))
    qtbot.waitUntil(lambda: audit.model.total() == 1)
    shot(audit, "audit")
    out = tmp_path / "audit.xlsx"
    audit.export_path = out
    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out), ""))
    try:
        audit.export()
        qtbot.waitUntil(lambda: getattr(audit, "exported", None) is not None, timeout=5000)
    finally:
        QFileDialog.getSaveFileName = original
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][:3] == ["When", "Who", "What"] and len(rows) == 2 and rows[1][4] == "王芳芳"


def test_a_record_s_history_opens_filtered_to_it(qtbot, window, crm):
    one = crm.customers.create_contact(ContactInput(name="张伟"))
    crm.customers.create_contact(ContactInput(name="张伟"))  # same name, another person
    crm.customers.update_contact(one.id, ContactInput(name="张伟", mobile="13912345678"))
    window.refresh()
    window.page("customers").open_record("contact", one.id)
    settle(qtbot, window.jobs)
    window.commands("security").history_action.trigger()
    audit = window.commands("security").audit_window
    qtbot.addWidget(audit)
    qtbot.waitUntil(lambda: audit.model.total() == 2)  # its creation and its edit, not the namesake's


@pytest.fixture
def shell_prefs(prefs):
    prefs.set(declared.BACKUP_KEEP, 0)
    return prefs


def test_restoring_a_backup_opens_the_restored_store_in_a_new_window(qtbot, db_path, shell_prefs):
    made = CrmApp.open_secure(db_path, ScriptedAsk())  # a new store: encrypted, key in the keyring
    made.customers.create_contact(ContactInput(name="王芳"))  # not empty: no demo data offered
    made.close()
    shell = AppShell(db_path, shell_prefs, "en")
    assert shell.start()
    try:
        crm = shell.crm
        assert crm.security.encrypted
        backup = crm.security.backup_now()
        crm.customers.create_contact(ContactInput(name="备份之后"))
        old_window = shell.window
        dialog = RestoreDialog(crm.security, old_window.jobs, old_window)  # gone with the old window
        dialog.table.selectRow(0)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
        assert "Contacts: 1 ·" in dialog.preview.text()
        shot(dialog, "restore")
        when_modal(QMessageBox, lambda box: box.accept())
        old_window.sig_restore.emit(backup)
        assert shell.window is not old_window
        names = {h.name for h in shell.crm.search.search("wf")} | {h.name for h in shell.crm.search.search("bfzh")}
        assert names == {"王芳"}
    finally:
        shell._close_window()
        shell.close()


def test_an_older_plain_store_is_encrypted_when_the_offer_is_taken(qtbot, db_path, shell_prefs):
    crm = CrmApp.open(db_path)
    crm.customers.create_contact(ContactInput(name="王芳"))
    crm.close()
    shell = AppShell(db_path, shell_prefs, "en")

    def take(box: QMessageBox) -> None:
        shot(box, "offer")
        next(b for b in box.buttons() if "Encrypt" in b.text()).click()

    when_modal(QMessageBox, take)
    assert shell.start()
    try:
        assert shell.crm.security.encrypted and file_kind(db_path) is FileKind.ENCRYPTED
        assert [h.name for h in shell.crm.search.search("wf")] == ["王芳"]
    finally:
        shell._close_window()
        shell.close()


def test_a_new_store_without_a_keyring_takes_a_passphrase_typed_twice(qtbot, db_path, shell_prefs, no_keyring,
                                                                      monkeypatch):
    from crm_desktop.gui.shell.main_window import MainWindow

    offered = []
    monkeypatch.setattr(MainWindow, "offer_demo_data", lambda window: offered.append(window))
    shell = AppShell(db_path, shell_prefs, "en")

    def choose(dialog: PassphraseDialog) -> None:
        f = dialog.form
        f.passphraseEdit.setText("short")
        f.repeatEdit.setText("short")
        dialog.check()
        assert "at least 8" in f.messageLabel.text()
        f.passphraseEdit.setText("correct horse battery")
        f.repeatEdit.setText("correct horse battery")
        shot(dialog, "passphrase")
        dialog.check()

    when_modal(PassphraseDialog, choose)
    assert shell.start()
    try:
        assert shell.crm.security.key_source() == "passphrase"
        qtbot.waitUntil(lambda: bool(offered))  # the new, empty store gets the demo data offer
    finally:
        shell._close_window()
        shell.close()
