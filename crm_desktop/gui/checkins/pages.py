"""The check-ins module in the window: the Check-ins page (with the server's doubts and the chain's state), and
Check in / Check out from the agenda, the activity dialog and that page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from crm_desktop.domain.activities.checkins import CheckInData
from crm_desktop.domain.common.changes import Changes
from crm_desktop.gui.checkins.position import SourceFactory, default_source
from crm_desktop.gui.checkins.texts import duration_text
from crm_desktop.gui.common.formats import time_text
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page


def _page(shell):
    from crm_desktop.gui.checkins.checkins_page import CheckInsPage

    page = CheckInsPage(shell.crm.checkins, shell.jobs)
    page.sig_check_out.connect(lambda activity_id: shell.commands("checkins").check_out(activity_id))
    refresh_on(shell.bus, page, "checkin", "activity")
    return page


class CheckInCommands(QObject):
    """Opens the Check in and Check out dialogs for the window; `source_factory` is the location service."""

    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.source_factory: SourceFactory = default_source
        agenda = shell.page("agenda")
        if hasattr(agenda, "sig_check_in"):
            agenda.sig_check_in.connect(self.check_in_item)

    def check_in_item(self, item) -> None:
        """From the agenda (follow-ups and tasks): a new visit of the entry's customer, checked in now."""
        target = {"contact_id": item.record_id} if item.entity == "contact" else {"account_id": item.record_id}
        self.check_in(**target)

    def check_in(self, activity_id: str | None = None, account_id: str | None = None,
                 contact_id: str | None = None) -> CheckInData | None:
        return self._run(activity_id=activity_id, account_id=account_id, contact_id=contact_id)

    def check_out(self, activity_id: str) -> CheckInData | None:
        return self._run(activity_id=activity_id, checking_out=True)

    def _run(self, **target) -> CheckInData | None:
        from crm_desktop.gui.checkins.checkin_dialog import CheckInDialog

        checkins = self.shell.crm.checkins
        dialog = CheckInDialog(checkins, self.shell.jobs, source_factory=self.source_factory,
                               photos=checkins.attachments is not None, parent=self.shell, **target)
        if not dialog.exec() or dialog.done_data is None:
            return None
        data = dialog.done_data
        self.shell.announce(Changes.of("activity", data.activity_id) | Changes.of("checkin", data.id)
                            | Changes.of("attachment", data.photo_id))
        if data.duration is not None:
            self.shell.show_message(self.tr("Checked out at %1 after %2.").replace("%1", time_text(data.at))
                                    .replace("%2", duration_text(data.duration)))
        else:
            self.shell.show_message(self.tr("Checked in at %1.").replace("%1", time_text(data.at)))
        return data


register_page("checkins", QT_TRANSLATE_NOOP("Navigation", "Check-ins"), 26, _page)
register_commands("checkins", 22, CheckInCommands)
