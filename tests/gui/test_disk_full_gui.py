"""A full disk in the window (a real tmpfs, filled): start-up says so and offers to try again, never a backup;
an export, a background write and a sync round say so in a message box or the status bar, never a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from crm_desktop import settings as declared
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.controller import SyncAccount, SyncReport, SyncStatus
from crm_desktop.domain.customers.entities import ContactInput
from crm_desktop.gui.shell.app_shell import AppShell
from crm_desktop.gui.shell.disk_full_notice import install_disk_full_net
from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.gui.sync.runner import DISK_FULL, SyncRunner
from crm_desktop.gui.sync.status import SyncStatusButton
from tests.fakes import ScriptedAsk
from tests.gui.conftest import when_modal
from tests.small_disk import fill, small_disk

CANNOT_OPEN = "The disk is full, so the customer database cannot be opened. It is not damaged"
NOTHING_CHANGED = "The disk is full: nothing was changed. Free some space on"


def test_start_up_on_a_full_disk_says_so_and_opens_once_there_is_room(qtbot, tmp_path, prefs):
    prefs.set(declared.BACKUP_KEEP, 0)
    with small_disk(tmp_path) as small:
        db = small / "crm.db"
        made = CrmApp.open_secure(db, ScriptedAsk())  # as a user's store is: encrypted, key in the keyring
        made.customers.create_contact(ContactInput(name="王芳"))
        made.security.backup_now()  # there is a backup, and still none is offered: the file is sound
        made.close()
        filler = fill(small)
        seen = {}

        def free_space_and_retry(box: QMessageBox) -> None:
            seen["text"] = box.text() + box.informativeText()
            seen["buttons"] = [b.text() for b in box.buttons()]
            filler.unlink()
            box.button(QMessageBox.StandardButton.Retry).click()

        when_modal(QMessageBox, free_space_and_retry)
        shell = AppShell(db, prefs, "en")
        try:
            assert shell.start()
            assert CANNOT_OPEN in seen["text"] and str(small) in seen["text"]
            assert "damaged and cannot" not in seen["text"] and "backups folder" not in seen["text"]
            assert not any("backup" in b.lower() for b in seen["buttons"])
            assert [h.name for h in shell.crm.search.search("wf")] == ["王芳"]
            # The window's first store work runs while its store is there: the one database thread runs jobs
            # in turn, so a job queued now settles only after the work the window queued when it was shown.
            barrier = shell.window.jobs.run_db(lambda: None)
            qtbot.waitUntil(lambda: barrier.settled)
        finally:
            shell._close_window()
            shell.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # before the disk goes


def test_start_up_on_a_full_disk_can_be_given_up(qtbot, tmp_path, prefs):
    with small_disk(tmp_path) as small:
        db = small / "crm.db"
        CrmApp.open(db).close()
        fill(small)
        seen = []

        def give_up(box: QMessageBox) -> None:
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Close).click()

        when_modal(QMessageBox, give_up)
        shell = AppShell(db, prefs, "en")
        assert not shell.start() and shell.crm is None
        assert CANNOT_OPEN in seen[0] and "damaged and cannot" not in seen[0]


def test_an_export_to_a_full_disk_is_said_in_a_message_box(qtbot, window, crm, tmp_path):
    for i in range(300):
        crm.customers.create_contact(ContactInput(name=f"客户{i}", mobile=f"1391234{i:04d}"))
    window.page("customers").refresh()
    with small_disk(tmp_path, 256) as small:
        fill(small)
        seen = []
        when_modal(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
        dialog = window.commands("exchange").open_export_dialog()
        dialog.form.pathEdit.setText(str(small / "list.xlsx"))
        qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)
        assert NOTHING_CHANGED in seen[0] and str(small) in seen[0] and "SQL" not in seen[0]
        assert [p.name for p in small.iterdir()] == ["filler.bin"]
        dialog.close()


@pytest.fixture
def disk_full_net(tmp_path):
    kept = sys.excepthook
    install_disk_full_net(tmp_path)
    yield
    sys.excepthook = kept


def test_a_write_nobody_handled_on_a_full_disk_gets_a_message_box(qtbot, tmp_path, disk_full_net):
    with small_disk(tmp_path) as small:
        crm = CrmApp.open(small / "crm.db")
        jobs = JobRunner()
        try:
            fill(small)
            jobs.run_db(crm.customers.create_contact, ContactInput(name="秘密客户", mobile="13912345678"))
            qtbot.waitUntil(lambda: _disk_full_box() is not None, timeout=10000)
            box = _disk_full_box()
            assert NOTHING_CHANGED in box.text() and "秘密客户" not in box.text()
            box.accept()
        finally:
            jobs.shutdown(wait=True)
            crm.close()


def _disk_full_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "diskFullBox" and w.isVisible()), None)


class FullDiskServer:
    """A sync controller whose rounds fail as applying a page on a full disk does."""

    def __init__(self, error: Exception) -> None:
        self.error, self.rounds = error, 0

    def is_logged_in(self) -> bool:
        return True

    def account(self):
        return SyncAccount("https://crm.example.cn", "wang", "u1", "d1")

    def status(self) -> SyncStatus:
        return SyncStatus(self.account(), 3, 0, None)

    def sync(self, state=None) -> SyncReport:
        self.rounds += 1
        raise self.error

    def interrupt(self) -> None:
        pass


def test_a_sync_round_on_a_full_disk_says_so_once_and_retries(qtbot, tmp_path):
    with small_disk(tmp_path) as small:
        crm = CrmApp.open(small / "crm.db")
        try:
            fill(small)
            with pytest.raises(Exception) as info:  # what the sync engine meets applying a page
                crm.customers.create_contact(ContactInput(name="来自服务器", mobile="13912345678"))
        finally:
            crm.close()
    server, jobs = FullDiskServer(info.value), JobRunner()
    runner = SyncRunner(server, jobs, folder=tmp_path)
    button = SyncStatusButton()
    qtbot.addWidget(button)
    runner.sig_status.connect(button.show_status)
    said = []
    runner.sig_failed.connect(said.append)
    try:
        for rounds in (1, 2):
            runner.sync_now()
            qtbot.waitUntil(lambda n=rounds: server.rounds == n and not runner._running, timeout=30_000)
            assert runner.state == DISK_FULL and runner.retry_timer.isActive()
        assert said == [DISK_FULL]  # once, not at every retry
        qtbot.waitUntil(lambda: button.text().startswith("Disk full"))
    finally:
        runner.stop()
        jobs.shutdown(wait=True)
