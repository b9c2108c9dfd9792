"""Reminders in the running app: one timer set to the next reminder (re-armed when activities or settings change,
and by a light heartbeat after sleep or a clock jump), the reminder window and the tray's notification.
Store work goes through the job runner; the clock can be injected (tests drive time with it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from crm_desktop import settings as declared
from crm_desktop.domain.common.changes import SETTINGS, Changes
from crm_desktop.domain.reminders.entities import DEFAULT_FOLLOWUP_TIME, Poll, Reminder
from crm_desktop.domain.reminders.rules import notice_of, snooze_until
from crm_desktop.gui.reminders.reminder_window import ReminderWindow, to_front
from crm_desktop.gui.reminders.texts import locked_text, notice_text, notice_title
from crm_desktop.gui.reminders.tray import ReminderTray

if TYPE_CHECKING:
    from crm_desktop.gui.shell.main_window import MainWindow

HEARTBEAT_MS = 60_000  # only compares the clock with the wake time: no store read
MAX_TIMER_MS = 3_600_000  # a timer sleeps at most an hour: a suspended machine's timer may wake late
WATCHED = ("activity", "contact", "account", SETTINGS)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def followup_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return DEFAULT_FOLLOWUP_TIME


class ReminderService(QObject):
    sig_raised = Signal(object)  # the Notice of reminders just raised

    def __init__(self, shell: MainWindow, clock: Callable[[], datetime] | None = None,
                 tray: bool | None = None) -> None:
        """`tray`: whether to use the system tray (by default: when the system has one)."""
        super().__init__(shell)
        self.shell = shell
        self.controller = shell.crm.reminders
        self.clock = clock or _utcnow
        self.started_at = self.clock()
        self.wake_at: datetime | None = None
        self._stopped = self._polling = self._again = False
        self._held: list[Reminder] = []  # raised while the app was locked: shown on unlock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        self.window = ReminderWindow(lambda: self.clock())  # the clock as it is then (tests move it)
        self.window.sig_open.connect(self.open)
        self.window.sig_done.connect(self.mark_done)
        self.window.sig_snooze.connect(self.snooze)
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: ReminderTray | None = ReminderTray(self) if use_tray else None
        if self.tray is not None:
            self.tray.sig_open_app.connect(self.show_app)
            self.tray.sig_open.connect(self.open)
            self.tray.sig_show_reminders.connect(self.show_window)
            self.tray.sig_quit.connect(shell.close)
            self.window.sig_changed.connect(self._pending_changed)
        lock = getattr(self._security(), "app_lock", None)
        if lock is not None:
            lock.sig_locked.connect(self._pending_changed)
            lock.sig_unlocked.connect(self._unlocked)
        shell.bus.sig_changed.connect(self._changed)
        shell.on_shutdown(self.stop)
        self.apply_preferences()
        self.heartbeat.start()
        QTimer.singleShot(0, self, self.check)  # after the window's first paint

    def _security(self) -> Any:
        try:
            return self.shell.commands("security")
        except KeyError:
            return None

    def _locked(self) -> bool:
        lock = getattr(self._security(), "app_lock", None)
        return bool(lock is not None and lock.locked)

    def apply_preferences(self) -> None:
        prefs = self.shell.prefs
        at = followup_time(prefs.get(declared.FOLLOWUP_REMIND_TIME))
        self.controller.configure(prefs.get(declared.REMIND_LEAD), at)

    def stop(self) -> None:
        if self._stopped:  # the window stops its modules when closed and when let go of
            return
        self._stopped = True
        self.timer.stop()
        self.heartbeat.stop()
        self.window.hide()
        self.window.deleteLater()
        if self.tray is not None:
            self.tray.hide()

    # --- the clock --------------------------------------------------------------------------------------

    def check(self) -> None:
        """Raise what is due now and set the timer to the next one (one poll at a time)."""
        if self._stopped:
            return
        if self._polling:
            self._again = True
            return
        self._polling, self._again = True, False
        self.shell.jobs.run_db(self.controller.poll, self.clock(), on_done=self._polled, on_error=self._failed)

    def _polled(self, poll: Poll) -> None:
        self._polling = False
        if self._stopped:
            return
        self.arm(poll.wake)
        if poll.due:
            self.raise_reminders(list(poll.due))
        if self._again:
            self.check()

    def _failed(self, error: BaseException) -> None:
        self._polling = False
        self.shell.jobs.unhandled(error)

    def arm(self, wake: datetime) -> None:
        self.wake_at = wake
        ms = int((wake - self.clock()).total_seconds() * 1000)
        self.timer.start(min(max(ms, 0), MAX_TIMER_MS))

    def beat(self) -> None:
        """After a sleep or a clock jump the timer may not have fired: the wake time has passed (or no look has
        set one yet), so look now."""
        if not self._polling and (self.wake_at is None or self.clock() >= self.wake_at):
            self.check()

    def _changed(self, changes: Changes, _source: object) -> None:
        if not changes.touches(*WATCHED):
            return
        if changes.touches(SETTINGS):
            self.apply_preferences()
        self.check()

    # --- raising ---------------------------------------------------------------------------------------

    def raise_reminders(self, reminders: list[Reminder]) -> None:
        notice = notice_of(reminders, self.started_at)
        if notice is None:
            return
        if self._locked():  # nobody's name on screen while locked: a count now, the list after unlocking
            self._held.extend(reminders)
            if self.tray is not None:
                self.tray.notify(notice, notice_title(notice), locked_text(len(self._held)))
            self.sig_raised.emit(notice)
            return
        self.window.add(reminders)
        if self.tray is not None:
            self.tray.notify(notice, notice_title(notice), notice_text(notice, self.clock()))
        self.sig_raised.emit(notice)

    def _unlocked(self) -> None:
        held, self._held = self._held, []
        if held:
            self.window.add(held)
        self._pending_changed()

    def _pending_changed(self) -> None:
        """The tray's menu lists the waiting reminders, but no subject or customer while the app is locked."""
        if self.tray is not None:
            self.tray.set_pending([] if self._locked() else self.window.reminders())

    def show_window(self) -> None:
        if self.window.reminders():
            self.window.show()
            to_front(self.window, activate=True)

    def show_app(self) -> None:
        shell = self.shell
        if shell.isMinimized():
            shell.showNormal()
        shell.show()
        to_front(shell, activate=True)

    # --- what the window and the tray ask ----------------------------------------------------------------

    def open(self, reminders: list[Reminder]) -> None:
        """The activity in its dialog; a follow-up's customer where it lives (log what came of it there)."""
        if not reminders:
            return
        self.show_app()
        if self._locked():  # the lock screen first; the reminder waits in the window
            return
        reminder = reminders[0]
        self.window.remove([reminder])
        if reminder.entity == "activity":
            self.shell.commands("activities").edit(reminder.record_id)
        else:
            self.shell.open_record(reminder.entity, reminder.record_id)

    def snooze(self, reminders: list[Reminder], choice: str) -> None:
        now = self.clock()
        until = snooze_until(choice, now, self.controller.followup_time)
        self.shell.jobs.run_db(self._snooze_all, reminders, until, now, on_done=lambda _: self.check())

    def _snooze_all(self, reminders: list[Reminder], until: datetime, now: datetime) -> None:
        for reminder in reminders:
            self.controller.snooze(reminder.key, reminder.at, until, now)

    def mark_done(self, reminders: list[Reminder]) -> None:
        """Ticked off as the agenda does it: one step on the undo stack."""
        from crm_desktop.gui.activities import activity_undo
        from crm_desktop.gui.common import undo_commands

        ids = [r.record_id for r in reminders if r.entity == "activity"]
        if not ids:
            return
        shell = self.shell
        after = lambda: shell.announce(Changes.of("activity", *ids))  # noqa: E731
        undo_commands.push(shell.undo_stack, shell.jobs, activity_undo.completed(shell.crm.activities, ids, after))
