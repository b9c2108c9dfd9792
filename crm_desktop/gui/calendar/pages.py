"""The calendar module in the window: the Calendar page, its moves and new visits on the window's undo stack, and
"Export calendar…" / "Import calendar…" in the File menu."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.domain.activities.entities import FOLLOWUP, AgendaRef
from crm_desktop.domain.calendar import messages
from crm_desktop.domain.calendar.entities import ACTIVITY, DEAL, CalendarEntry, ImportReport
from crm_desktop.domain.calendar.ics_import import CalendarFileError
from crm_desktop.domain.calendar.ranges import local_midnight
from crm_desktop.domain.common.changes import Changes
from crm_desktop.gui.common.undo_commands import ControllerCommand
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page

TITLE = QT_TRANSLATE_NOOP("Navigation", "Calendar")
FILE_GROUP = 25


def _calendar(shell):
    from crm_desktop.gui.calendar.calendar_page import CalendarPage

    page = CalendarPage(shell.crm.calendar, shell.jobs)
    refresh_on(shell.bus, page, "activity", "contact", "account", "opportunity")
    shell.commands("calendar").wire(page)
    return page


def _say(text: str) -> str:
    return QCoreApplication.translate(messages.CONTEXT, text)


class CalendarCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.calendar = shell.crm.calendar
        self.visit_dialog: QObject | None = None
        self.report: QMessageBox | None = None
        self.export_action = shell.add_action(self.tr("Export &calendar…"), self.ask_export, group=FILE_GROUP)
        self.export_action.setToolTip(self.tr("Visits, meetings, tasks, follow-ups and deals' closes as an .ics "
                                              "file for Outlook, Google or DingTalk"))
        self.import_action = shell.add_action(self.tr("Import calen&dar…"), self.ask_import, group=FILE_GROUP)
        self.import_action.setToolTip(self.tr("Meetings of an .ics file as activities, matched to contacts by "
                                              "e-mail"))
        self.subscribe_action = shell.add_action(self.tr("Calendar &subscription link…"), self.show_subscription,
                                                 group=FILE_GROUP)
        self.subscription = None

    def wire(self, page) -> None:
        """What the page's drags and double-clicks ask for comes here."""
        page.sig_move.connect(self.move)
        page.sig_move_day.connect(self.move_day)
        page.sig_new_slot.connect(self.new_visit)
        page.sig_open.connect(self.open)
        page.subscribe_button.clicked.connect(self.show_subscription)

    # --- moves ---------------------------------------------------------------------------------------

    def move(self, entry: CalendarEntry, start: datetime) -> None:
        """An activity dragged to another time: undoable, its end goes along."""
        calendar = self.calendar
        slots: list = []

        def do() -> None:
            if slots:
                calendar.put_slot(slots[1])
            else:
                slots.extend(calendar.move(entry.id, start))

        text = self.tr("Move “%1”").replace("%1", entry.subject)
        self._push(ControllerCommand(text, do, lambda: calendar.put_slot(slots[0]), self._announcer(entry),
                                     applied=False, on_error=self._step_failed))

    def move_day(self, entry: CalendarEntry, day: date) -> None:
        if entry.source == ACTIVITY and entry.start is not None:
            clock = time() if entry.whole_day else entry.start.astimezone().time().replace(tzinfo=None)
            self.move(entry, local_midnight(day).replace(hour=clock.hour, minute=clock.minute))
        elif entry.source == FOLLOWUP:
            from crm_desktop.gui.activities import activity_undo

            ref = AgendaRef(FOLLOWUP, entry.entity, entry.id)
            self._push(activity_undo.rescheduled(self.shell.crm.activities, [ref], day, self._announcer(entry),
                                                 self._step_failed))
        elif entry.source == DEAL:
            self.shell.show_message(self.tr("A deal's expected close date is changed on the deal."))

    # --- a new visit ---------------------------------------------------------------------------------

    def new_visit(self, start: datetime, end: datetime) -> None:
        from crm_desktop.gui.calendar.visit_dialog import VisitDialog

        dialog = VisitDialog(self.calendar, self.shell.crm.search.search, self.shell.jobs, start, end, self.shell)
        self.visit_dialog = dialog
        if not dialog.exec() or dialog.saved_id is None:
            return
        activity_id, activities = dialog.saved_id, self.shell.crm.activities
        after = lambda: self.shell.announce(Changes.of("activity", activity_id))  # noqa: E731
        text = self.tr("Plan visit “%1”").replace("%1", dialog.subjectEdit.text().strip())
        self._push(ControllerCommand(text, lambda: activities.restore(activity_id),
                                     lambda: activities.delete(activity_id), after, on_error=self._step_failed))
        after()

    # --- opening -------------------------------------------------------------------------------------

    def open(self, entry: CalendarEntry) -> None:
        if entry.source == ACTIVITY and not (entry.account_id or entry.contact_id or entry.opportunity_id):
            self.edit_visit(entry)  # planned from a slot, no customer yet: the activity form needs one
        elif entry.source == ACTIVITY:
            self.shell.commands("activities").edit(entry.id)
        elif entry.source == DEAL:
            self.shell.open_record("opportunity", entry.id)
        else:
            self.shell.open_record(entry.entity, entry.id)

    def edit_visit(self, entry: CalendarEntry) -> None:
        from crm_desktop.gui.calendar.visit_dialog import VisitDialog

        assert entry.start is not None and entry.end is not None
        dialog = VisitDialog(self.calendar, self.shell.crm.search.search, self.shell.jobs, entry.start, entry.end,
                             self.shell, editing=entry)
        self.visit_dialog = dialog
        if not dialog.exec() or dialog.before is None or dialog.after is None:
            return
        calendar, before, after = self.calendar, dialog.before, dialog.after
        done = lambda: self.shell.announce(Changes.of("activity", entry.id) | Changes.of_all(  # noqa: E731
            ("account", "contact")))
        text = self.tr("Edit “%1”").replace("%1", after.subject)
        self._push(ControllerCommand(text, lambda: calendar.set_details(entry.id, after),
                                     lambda: calendar.set_details(entry.id, before), done,
                                     on_error=self._step_failed))
        done()

    # --- .ics ----------------------------------------------------------------------------------------

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self.shell, self.tr("Export calendar"), "calendar.ics",
                                                    self.tr("iCalendar files (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path):
        """The calendar shown (whose: the page's choice) from 90 days back to a year ahead."""
        choice = self.shell.page("calendar").choice() if self.shell.is_built("calendar") else None
        return self.shell.jobs.run_db(self.calendar.export_ics, path, None, None, choice,
                                      on_done=lambda count: self._exported(count, path),
                                      on_error=lambda error: self._export_failed(error, path))

    def _exported(self, count: int, path: Path) -> None:
        self.shell.show_message(_say(messages.EXPORTED).format(count=count, file=path), 15000)

    def _export_failed(self, error: BaseException, path: Path) -> None:
        if not isinstance(error, OSError):
            raise error
        QMessageBox.warning(self.shell, self.tr("Export calendar"), _say(messages.CANNOT_EXPORT).format(
            file=path, error=error.strerror or error))

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.shell, self.tr("Import calendar"), "",
                                                    self.tr("iCalendar files (*.ics);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path):
        return self.shell.jobs.run_db(self.calendar.import_ics, path, on_done=lambda r: self._imported(r, path),
                                      on_error=lambda error: self._import_failed(error, path))

    def _imported(self, report: ImportReport, path: Path) -> None:
        self.shell.announce(Changes.of("activity", *report.activity_ids))
        lines = [_say(messages.IMPORTED).format(created=report.created, updated=report.updated,
                                                unchanged=report.unchanged, matched=report.matched_contacts,
                                                skipped=len(report.skipped))]
        lines += [_say(messages.SKIPPED_ONE).format(event=event, reason=_say(messages.skip_reason(code)))
                  for event, code in report.skipped[:20]]
        self.report = self._message(QMessageBox.Icon.Information, "\n".join(lines))

    def _import_failed(self, error: BaseException, path: Path) -> None:
        if isinstance(error, CalendarFileError):
            reason = _say(messages.FILE_REASONS[error.reason])
        elif isinstance(error, OSError):
            reason = _say(messages.CANNOT_READ).format(error=error.strerror or error)
        else:
            raise error
        self.report = self._message(QMessageBox.Icon.Warning,
                                    _say(messages.CANNOT_IMPORT).format(file=path.name, reason=reason))

    def _message(self, icon: QMessageBox.Icon, text: str, title: str | None = None) -> QMessageBox:
        """Window-modal and not waited for (the report stays readable while the calendar shows the meetings)."""
        box = QMessageBox(icon, title or self.tr("Import calendar"), text, QMessageBox.StandardButton.Ok, self.shell)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return box

    # --- subscription -------------------------------------------------------------------------------

    def show_subscription(self):
        """The link from the sync server (on the network pool: the server may be slow or away)."""
        from crm_desktop.controllers.calendar.feed import subscription_url

        return self.shell.jobs.run_io(subscription_url, self.shell.crm.sync, on_done=self._subscription,
                                      on_error=self._no_subscription)

    def _subscription(self, url: str) -> None:
        from crm_desktop.gui.calendar.subscription_dialog import SubscriptionDialog

        dialog = SubscriptionDialog(url, self.shell)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.subscription = dialog
        dialog.show()

    def _no_subscription(self, error: BaseException) -> None:
        from crm_desktop.sync.transport import CredentialsError, SyncError

        if isinstance(error, CredentialsError):
            text = self.tr("Connect to your company's server first (File, Connect to server…): the subscription "
                           "link comes from there.")
        elif isinstance(error, SyncError):
            text = self.tr("The server cannot give a subscription link now (offline, or a server without "
                           "calendar feeds). Try again when you are connected.")
        else:
            raise error
        self.report = self._message(QMessageBox.Icon.Information, text, self.tr("Calendar subscription"))

    # --- helpers -------------------------------------------------------------------------------------

    def _push(self, command) -> None:
        from crm_desktop.gui.common import undo_commands

        undo_commands.push(self.shell.undo_stack, self.shell.jobs, command)

    def _announcer(self, entry: CalendarEntry):
        changes = Changes.of("activity", entry.id if entry.source == ACTIVITY else None)
        for entity, record_id in (("contact", entry.contact_id), ("account", entry.account_id)):
            if record_id:
                changes = changes | Changes.of(entity, record_id)
        return lambda: self.shell.announce(changes)

    def _step_failed(self, step: str, _error: Exception) -> None:
        QMessageBox.warning(self.shell, self.tr("Undo"), self.tr(
            "“%1” could not be undone or redone: the activity has changed since. "
            "The step was removed from the undo history.").replace("%1", step))


register_page("calendar", TITLE, 22, _calendar)
register_commands("calendar", 22, CalendarCommands)
