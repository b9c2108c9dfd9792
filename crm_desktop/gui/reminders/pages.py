"""The reminders module in the window: no page, a service started with the window (tray, reminder window, timer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.gui.shell.pages import register_commands

if TYPE_CHECKING:
    from crm_desktop.gui.reminders.service import ReminderService
    from crm_desktop.gui.shell.pages import Shell


def _service(shell: Shell) -> ReminderService:
    from crm_desktop.gui.reminders.service import ReminderService

    return ReminderService(shell)


# After the activities (its Open edits an activity) and security (it hides reminders while the app is locked).
register_commands("reminders", 95, _service)
