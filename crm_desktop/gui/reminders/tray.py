"""The tray icon: the app's drawing, a menu (Open CRM, the pending reminders, Quit), and the notification a
reminder raises; clicking the notification opens what it is about."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from crm_desktop.domain.reminders.entities import Notice, Reminder
from crm_desktop.gui.common.formats import counted
from crm_desktop.gui.common.icons import icon
from crm_desktop.gui.reminders.reminder_window import ICON_COLOUR
from crm_desktop.gui.reminders.texts import subject_text, who_text

MESSAGE_MS = 15_000
MENU_REMINDERS = 10  # more wait in the reminder window


class ReminderTray(QObject):
    sig_open_app = Signal()
    sig_open = Signal(object)  # list[Reminder]: one reminder, from the menu or a clicked notification
    sig_show_reminders = Signal()
    sig_quit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("reminders", ICON_COLOUR), self)
        self.icon.setToolTip(self.tr("Field CRM"))
        self.menu = QMenu()
        self.last_notice: Notice | None = None
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self._message_clicked)
        self.icon.activated.connect(self._activated)
        self.set_pending([])
        self.icon.show()

    def set_pending(self, reminders: list[Reminder]) -> None:
        """The menu lists the reminders waiting in the reminder window."""
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("Open Field CRM"), self.sig_open_app.emit)
        if reminders:
            menu.addSeparator()
            for reminder in reminders[:MENU_REMINDERS]:
                text = " — ".join(p for p in (subject_text(reminder), who_text(reminder)) if p)
                menu.addAction(text, partial(self.sig_open.emit, [reminder]))
            menu.addAction(self.tr("Show the reminders"), self.sig_show_reminders.emit)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.sig_quit.emit)
        self.icon.setToolTip(counted(self.tr("Field CRM reminders"), len(reminders)) if reminders else
                             self.tr("Field CRM"))

    def notify(self, notice: Notice, title: str, text: str) -> None:
        self.last_notice = notice
        self.icon.showMessage(title, text, self.icon.icon(), MESSAGE_MS)

    def _message_clicked(self) -> None:
        notice = self.last_notice
        if notice is not None and notice.single is not None:
            self.sig_open.emit([notice.single])
        else:
            self.sig_show_reminders.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.sig_open_app.emit()

    def hide(self) -> None:
        self.icon.hide()

