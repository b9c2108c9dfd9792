"""The service module in the window: tickets page, Service menu, queue counts in the navigation, SLA policy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox

from crm_desktop import settings as declared
from crm_desktop.domain.common.changes import SETTINGS, Changes
from crm_desktop.domain.service.entities import QUEUE_OVERDUE, QUEUE_SOON
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page

# The SLA states change with the clock alone: the navigation counts are refreshed this often.
COUNTS_EVERY_MS = 60_000


def _tickets(shell):
    return shell.commands("service").build_page()


def _shown(page) -> None:
    page.window().commands("service").page_shown(page)


class ServiceCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        shell.add_menu("service", self.tr("Se&rvice"), 30)
        self.new_ticket_action = shell.add_action(self.tr("New &ticket…"), self.new_ticket, "Ctrl+Shift+T",
                                                  "service", 10)
        self.new_ticket_action.setToolTip(self.tr("Log a complaint or service request"))
        for text, queue in ((self.tr("&My open tickets"), "mine"), (self.tr("&Unassigned tickets"), "unassigned"),
                            (self.tr("Breaching &soon"), "soon"), (self.tr("&Overdue tickets"), "overdue")):
            shell.add_action(text, lambda _=False, q=queue: self.show_queue(q), None, "service", 20)
        shell.handle_open(("ticket",), lambda _entity, ticket_id: shell.page("service").open_ticket(ticket_id))
        shell.handle_new("ticket", lambda account=None, contact=None: shell.page("service").new_ticket(
            account=account, contact=contact))
        shell.bus.sig_changed.connect(self._changed)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_EVERY_MS)
        self.counts_timer.timeout.connect(self.update_counts)
        self.counts_timer.start()
        self._stopped = False
        # The queue the navigation entry names ("Service (3 overdue)" opens the overdue ones), and the one a
        # menu entry asked for while the page is being shown.
        self.flagged_queue: str | None = None
        self._asked_queue: str | None = None
        shell.on_shutdown(self.stop)
        QTimer.singleShot(0, self, self.update_counts)  # after the first paint

    def build_page(self):
        from crm_desktop.gui.service.tickets_page import TicketsPage

        self.check_sla_policy()
        shell = self.shell
        page = TicketsPage(shell.crm, shell.jobs)
        page.sig_counts_changed.connect(self.show_counts)
        self.counts_timer.stop()  # the page recounts on its own timer from now on
        shell.on_shutdown(page.timer.stop)
        page.sig_ticket_saved.connect(lambda ticket_id: shell.announce(Changes.of("ticket", ticket_id), page))
        refresh_on(shell.bus, page, "ticket", "contact", "account")
        return page

    def new_ticket(self) -> None:
        """From anywhere; on the customers page the shown customer is filled in."""
        if self.shell.current_page_name() == "customers" and self.shell.commands("customers").new_ticket_for_selected():
            return
        self.shell.show_page("service").new_ticket()

    def show_queue(self, queue: str) -> None:
        self._asked_queue = queue
        try:
            page = self.shell.show_page("service")
        finally:
            self._asked_queue = None
        page.show_queue(queue)  # the page was showing already: the navigation did not show it again

    def page_shown(self, page) -> None:
        """The page comes into view: on the queue a menu asked for, else the one its navigation entry names
        (overdue, breaching soon), else the queue it was left on; reloaded either way."""
        queue = self._asked_queue or self.flagged_queue
        if queue and queue != page.current_queue():
            page.show_queue(queue)  # reloads the list
            page.refresh_counts()
        else:
            page.refresh()

    def stop(self) -> None:
        """The window lets go of the store: a count asked for after the first paint is not asked any more."""
        self.counts_timer.stop()
        self._stopped = True

    def update_counts(self) -> None:
        if self._stopped:
            return
        if self.shell.is_built("service"):
            self.shell.page("service").refresh_counts()
        else:
            self.shell.jobs.run_db(self.shell.crm.service.queue_counts, on_done=self.show_counts)

    def show_counts(self, counts) -> None:
        """Overdue and breaching-soon tickets show beside "Service", in red or amber."""
        item = self.shell.nav_item("service")
        text, colour, self.flagged_queue = self.tr("Service"), None, None
        if counts.overdue:
            text, colour = self.tr("Service (%1 overdue)").replace("%1", str(counts.overdue)), QColor("#c62828")
            self.flagged_queue = QUEUE_OVERDUE
        elif counts.soon:
            text, colour = self.tr("Service (%1 due soon)").replace("%1", str(counts.soon)), QColor("#b26a00")
            self.flagged_queue = QUEUE_SOON
        item.setText(text)
        # No colour: clear the role, so the theme's text colour applies again.
        item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(colour) if colour else None)
        item.setToolTip(self.tr("My open tickets: %1 · Unassigned: %2 · Breaching soon: %3 · Overdue: %4")
                        .replace("%1", str(counts.mine)).replace("%2", str(counts.unassigned))
                        .replace("%3", str(counts.soon)).replace("%4", str(counts.overdue)))

    def _changed(self, changes: Changes, _source: object) -> None:
        if SETTINGS in changes.touched:
            self.apply_sla_policy()

    def check_sla_policy(self) -> None:
        """A chosen policy file that no longer reads cleanly is reported, and the shipped one used."""
        from crm_desktop.domain.service.sla import SlaPolicyError
        from crm_desktop.gui.service.sla_problems import problems_text

        service = self.shell.crm.service
        try:
            service.policy  # noqa: B018 - reading it is the check
        except SlaPolicyError as error:
            service.use_policy(None)
            QMessageBox.warning(self.shell, self.tr("SLA policy"), self.tr(
                "The SLA policy file has errors, so the policy shipped with the CRM is used:") + "\n\n"
                + problems_text(error))

    def apply_sla_policy(self) -> None:
        from crm_desktop.domain.service.sla import SlaPolicyError

        chosen = self.shell.prefs.get(declared.SLA_POLICY)
        try:
            self.shell.crm.service.use_policy(Path(chosen) if chosen else None)
        except SlaPolicyError:
            self.check_sla_policy()  # changed on disk since it was chosen: say so, use the shipped one


register_page("service", QT_TRANSLATE_NOOP("Navigation", "Service"), 80, _tickets, on_show=_shown)
register_commands("service", 40, ServiceCommands)
