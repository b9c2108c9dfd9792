"""The activities module in the window: the agenda page, logging an activity, opening one on its customer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crm_desktop.domain.common.changes import Changes
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page


def _agenda(shell):
    from crm_desktop.gui.activities.agenda_page import AgendaPage

    page = AgendaPage(shell.crm.activities, shell.jobs)
    page.sig_open.connect(shell.open_record)
    page.sig_task_done.connect(lambda activity_id: shell.announce(Changes.of("activity", activity_id), page))
    refresh_on(shell.bus, page, "activity", "contact", "account")
    return page


class ActivityCommands:
    """What other modules ask of activities: log one for a customer, open one where it shows."""

    def __init__(self, shell) -> None:
        self.shell = shell
        shell.handle_open(("activity",), self.open)
        shell.handle_new("activity", self.log)

    def log(self, **target: str) -> None:
        from crm_desktop.gui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.shell.crm.activities, self.shell.jobs, parent=self.shell, **target)
        if dialog.exec() and dialog.saved is not None:
            self.shell.announce(Changes.of("activity", dialog.saved.id))

    def open(self, _entity: str, activity_id: str) -> None:
        """An activity shows on its customer's timeline: that customer is opened."""
        self.shell.jobs.run_db(self.shell.crm.activities.get, activity_id, on_done=self._open_customer)

    def _open_customer(self, activity) -> None:
        if activity.contact_id:
            self.shell.open_record("contact", activity.contact_id)
        elif activity.account_id:
            self.shell.open_record("account", activity.account_id)


register_page("agenda", QT_TRANSLATE_NOOP("Navigation", "My agenda"), 20, _agenda, eager=True)
register_commands("activities", 20, ActivityCommands)
