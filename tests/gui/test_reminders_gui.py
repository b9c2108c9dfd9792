"""Reminders in the window, with real widgets and a clock the test moves: the reminder window lists what is due,
Snooze hides a reminder until its time, Open opens the activity, Mark done ticks it off (undoably), the tray's
notification opens what it names, and without a tray the window alone does the work."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from crm_desktop import settings as declared
from crm_desktop.domain.common.changes import SETTINGS, Changes
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from crm_desktop.gui.common.formats import date_text, time_text
from crm_desktop.gui.reminders.service import ReminderService
from tests.gui.conftest import settle, when_modal

# A day well ahead of the real clock: the service's first look (with the real clock) raises none of these.
DAY = date.today() + timedelta(days=5)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime.combine(DAY + timedelta(days=days), time(hour, minute)).astimezone()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def day(qtbot, window, crm):
    """A visit at 10:00 and a task due at 10:30 for 赵总 of 恒通贸易; the reminders service on a test clock."""
    firm = crm.customers.create_account(AccountInput(name="恒通贸易"))
    zhao = crm.customers.create_contact(ContactInput(name="赵总", account_id=firm.id))
    visit = crm.activities.log(ActivityInput(kind="visit", subject="季度拜访", contact_id=zhao.id,
                                             occurred_at=at(10), done=False, place="浦东新区"))
    task = crm.activities.log(ActivityInput(kind="task", subject="寄合同", contact_id=zhao.id, due_at=at(10, 30),
                                            done=False))
    service = window.commands("reminders")
    settle(qtbot, window.jobs)  # its first look, on the real clock
    clock = Clock(at(9))
    service.clock, service.started_at = clock, clock()
    return {"visit": visit, "task": task, "zhao": zhao, "service": service, "clock": clock}


def look(qtbot, window, service, now: datetime | None = None) -> None:
    """Move the clock (when given), let the heartbeat look as after a sleep, and wait for the store's answer."""
    if now is not None:
        service.clock.now = now
    service.beat()
    settle(qtbot, window.jobs)


def rows(service) -> list[tuple[str, str, str]]:
    table = service.window.table
    return [tuple(table.topLevelItem(i).text(c) for c in range(3)) for i in range(table.topLevelItemCount())]


def test_the_window_lists_what_is_due_and_a_snooze_brings_it_back_at_its_time(qtbot, window, day):
    service = day["service"]
    service.check()
    settle(qtbot, window.jobs)
    assert not service.window.isVisible()
    assert service.wake_at == at(9, 45)  # one timer, set to the visit's reminder
    look(qtbot, window, service, at(9, 45))
    assert service.window.isVisible() and service.tray is None  # offscreen: no tray, the window alone
    assert rows(service) == [("季度拜访", "赵总 · 恒通贸易", time_text(at(10)))]
    assert service.window.heading.text() == "季度拜访"
    assert "浦东新区" in service.window.detail.text() and "Visit" in service.window.detail.text()
    assert service.window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert service.wake_at == at(10, 15)  # the task's reminder next

    service.window.snooze_combo.setCurrentIndex(service.window.snooze_combo.findData("5m"))
    service.window.snooze_button.click()
    settle(qtbot, window.jobs)
    assert not service.window.isVisible() and rows(service) == []
    assert service.wake_at == at(9, 50)
    look(qtbot, window, service, at(9, 49))
    assert not service.window.isVisible()
    look(qtbot, window, service, at(9, 50))
    assert rows(service) == [("季度拜访", "赵总 · 恒通贸易", time_text(at(10)))] and service.window.isVisible()
    look(qtbot, window, service, at(10, 15))  # the task joins the list; the visit's time is past (red)
    assert [r[0] for r in rows(service)] == ["季度拜访", "寄合同"]
    service.window.dismiss_all_button.click()
    assert not service.window.isVisible()
    look(qtbot, window, service, at(10, 16))
    assert rows(service) == []


def test_open_opens_the_activity_in_its_dialog_with_its_reminder(qtbot, window, crm, day):
    service = day["service"]
    crm.reminders.set_lead(day["task"].id, 60)
    look(qtbot, window, service, at(9, 30))
    assert [r[0] for r in rows(service)] == ["寄合同"]  # its own lead: an hour before
    seen = {}

    def check(dialog: ActivityDialog) -> None:
        seen.update(subject=dialog.form.subjectEdit.text(), remind=dialog.remind.combo.currentData())
        dialog.remind.combo.setCurrentIndex(dialog.remind.combo.findData(0))
        dialog.save()

    when_modal(ActivityDialog, check)
    service.window.open_button.click()
    settle(qtbot, window.jobs)
    assert seen == {"subject": "寄合同", "remind": 60}
    assert crm.reminders.lead_of(day["task"].id) == 0
    assert not service.window.isVisible()


def test_mark_done_ticks_the_visit_off_and_undo_opens_it_again(qtbot, window, crm, day):
    service = day["service"]
    look(qtbot, window, service, at(9, 45))
    service.window.done_button.click()
    settle(qtbot, window.jobs)
    assert crm.activities.get(day["visit"].id).done and not service.window.isVisible()
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert not crm.activities.get(day["visit"].id).done
    look(qtbot, window, service)
    assert rows(service) == []  # raised once already: the undo does not raise it again


def test_a_follow_up_opens_its_customer_and_cannot_be_ticked_off(qtbot, window, crm, day):
    service = day["service"]
    crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=day["zhao"].id,
                                     occurred_at=at(9, days=-30), next_followup_on=DAY + timedelta(days=1)))
    window.prefs.set(declared.FOLLOWUP_REMIND_TIME, "08:30")
    window.announce(Changes.of(SETTINGS))
    look(qtbot, window, service, at(8, 29, days=1))  # yesterday's visit and task, missed meanwhile
    assert [r[0] for r in rows(service)] == ["季度拜访", "寄合同"]
    service.window.dismiss_all_button.click()
    look(qtbot, window, service, at(8, 30, days=1))
    assert rows(service) == [("报价", "赵总 · 恒通贸易", date_text(DAY + timedelta(days=1)))]
    assert not service.window.done_button.isEnabled()
    service.window.open_button.click()
    settle(qtbot, window.jobs)
    assert window.current_page_name() == "customers"


@pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_the_notification_names_it_and_clicking_it_opens_it(qtbot, window, day):
    day["service"].stop()  # the window's own service (no tray offscreen); this one is told there is one
    service = ReminderService(window, clock=day["clock"], tray=True)
    settle(qtbot, window.jobs)
    raised = []
    service.sig_raised.connect(raised.append)
    look(qtbot, window, service, at(9, 45))
    [notice] = raised
    assert notice.single.subject == "季度拜访" and service.tray.last_notice is notice
    menu = [a.text() for a in service.tray.menu.actions() if a.text()]
    assert menu == ["Open Field CRM", "季度拜访 — 赵总 · 恒通贸易", "Show the reminders", "Quit"]
    opened = []
    when_modal(ActivityDialog, lambda dialog: (opened.append(dialog.form.subjectEdit.text()), dialog.reject()))
    service.tray.icon.messageClicked.emit()
    settle(qtbot, window.jobs)
    assert opened == ["季度拜访"] and service.window.reminders() == []
    service.stop()


def test_what_fell_due_while_closed_is_one_group(qtbot, window, day):
    service = day["service"]
    raised = []
    service.sig_raised.connect(raised.append)
    service.started_at = at(11)  # the CRM starts after both fell due
    look(qtbot, window, service, at(11))
    [notice] = raised
    assert notice.missed == 2 and notice.single is None
    assert [r[0] for r in rows(service)] == ["季度拜访", "寄合同"]


def test_the_default_lead_time_and_the_follow_up_time_are_settings(qtbot, window, day):
    from PySide6.QtCore import QTime

    from crm_desktop.gui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    assert dialog.lead_combo.currentText() == "15 minutes before"
    dialog.lead_combo.setCurrentIndex(dialog.lead_combo.findData(60))
    dialog.followup_time_edit.setTime(QTime(8, 0))
    dialog.save()
    assert (window.prefs.get(declared.REMIND_LEAD), window.prefs.get(declared.FOLLOWUP_REMIND_TIME)) == (60, "08:00")
    service = day["service"]
    window.announce(Changes.of(SETTINGS))  # as the window does once Settings are saved
    settle(qtbot, window.jobs)
    look(qtbot, window, service, at(9))
    assert [r[0] for r in rows(service)] == ["季度拜访"]  # an hour before now


def test_while_the_app_is_locked_reminders_wait_until_it_is_unlocked(qtbot, window, day):
    window.prefs.set(declared.LOCK_HASH, "a PIN's hash")
    lock = window.commands("security").app_lock
    lock.lock()
    service = day["service"]
    look(qtbot, window, service, at(9, 45))
    assert not service.window.isVisible()
    lock.unlock()
    assert service.window.isVisible() and [r[0] for r in rows(service)] == ["季度拜访"]


def test_the_reminder_window_shows_while_the_main_window_is_minimised(qtbot, window, day):
    window.showMinimized()
    service = day["service"]
    look(qtbot, window, service, at(9, 45))
    assert window.isMinimized() and service.window.isVisible() and service.window.parent() is None
    service.window.open_button.click()  # Open brings the main window back, then the activity's dialog
    when_modal(ActivityDialog, lambda dialog: dialog.reject())
    settle(qtbot, window.jobs)
    assert not window.isMinimized()
