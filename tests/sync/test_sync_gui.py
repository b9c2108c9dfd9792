"""The window syncing against a server on a real loopback port: log in through the form, local
edits go out shortly after they are made, a colleague's change arrives through the long-poll, and
the status bar says where things stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.gui.shell.preferences import Preferences
from crm_desktop.gui.sync import runner as sync_runner
from crm_desktop.gui.sync.dialogs import SyncLoginDialog
from crm_desktop.sync.transport import Transport
from tests.gui.conftest import type_text, when_modal
from tests.server.sync_world import PASSWORD

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "tmp"


@pytest.fixture
def window(qtbot, crm, tmp_path, monkeypatch):
    from crm_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(sync_runner, "CHECK_EVERY_MS", 200)  # the debounce of local edits, shortened
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(crm, prefs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _log_in(qtbot, window, server: str) -> None:
    def fill(dialog: SyncLoginDialog) -> None:
        f = dialog.form
        f.serverEdit.setText(server)
        type_text(qtbot, f.usernameEdit, "wang")
        type_text(qtbot, f.passwordEdit, PASSWORD)
        dialog.login_button.click()

    when_modal(SyncLoginDialog, fill)
    window.commands("sync").connect_to_server()


def test_the_window_logs_in_sends_local_edits_and_receives_a_colleagues_change(qtbot, window, crm, live_server,
                                                                                tmp_path):
    assert window.commands("sync").status.text().startswith("Not connected")
    _log_in(qtbot, window, live_server)
    qtbot.waitUntil(lambda: window.commands("sync").status.state == sync_runner.UP_TO_DATE, timeout=10_000)

    made = crm.customers.create_account(AccountInput(name="苏州工业园区纳米所", city="苏州"))
    qtbot.waitUntil(lambda: crm.sync.status().pending == 0 and "last sync" in window.commands("sync").status.text(),
                    timeout=10_000)
    other = Transport(live_server)
    phone_store = CrmApp.open(tmp_path / "phone.db")
    try:
        phone = SyncEngine(phone_store.store, other)
        phone.login(live_server, "wang", PASSWORD, "phone")
        phone.sync()
        assert phone_store.search.search("纳米所")[0].id == made.id
        phone_store.customers.create_account(AccountInput(name="无锡物联网产业园", city="无锡"))
        phone.sync()
    finally:
        phone_store.close()
        other.close()
    # The window's long-poll wakes and pulls the phone's account.
    qtbot.waitUntil(lambda: bool(crm.search.search("物联网")), timeout=15_000)
    # The round that brought it ends: the status bar says so (while it runs it counts what arrives).
    qtbot.waitUntil(lambda: window.commands("sync").status.text().startswith("Up to date"), timeout=10_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "sync-status.png"))


def test_a_wrong_password_is_explained_in_the_form(qtbot, window, live_server):
    seen = {}

    def fill(dialog: SyncLoginDialog) -> None:
        f = dialog.form
        f.serverEdit.setText(live_server)
        type_text(qtbot, f.usernameEdit, "wang")
        type_text(qtbot, f.passwordEdit, "not the password")
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.form.messageLabel.isVisible()
                        and "wrong" in dialog.form.messageLabel.text(), timeout=10_000)
        seen["message"] = dialog.form.messageLabel.text()
        dialog.reject()

    when_modal(SyncLoginDialog, fill)
    window.commands("sync").connect_to_server()
    assert "password is wrong" in seen["message"]
    assert window.crm.sync.account() is None
