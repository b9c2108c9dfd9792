"""The activities module in the window: the agenda page and its count in the navigation; logging, editing and
deleting an activity (from the customer's timeline too), ticking tasks off and moving due dates, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.activities.entities import FOLLOWUP, TASK, Agenda, AgendaItem, AgendaRef
from crm_desktop.domain.common.changes import Changes
from crm_desktop.domain.customers.entities import ActivityData
from crm_desktop.gui.common.formats import counted
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page

TITLE = QT_TRANSLATE_NOOP("Navigation", "My agenda")


def _agenda(shell):
    from crm_desktop.gui.activities.agenda_page import AgendaPage

    page = AgendaPage(shell.crm.activities, shell.jobs)
    page.sig_open.connect(shell.open_record)
    # Hidden too: the overdue count beside "My agenda" stays right (the query reads a few indexed rows).
    refresh_on(shell.bus, page, "activity", "contact", "account", hidden_too=True)
    return page


class ActivityCommands(QObject):
    """What other modules ask of activities (log one for a customer, open one where it shows), and the steps the
    agenda and the customer's timeline offer: each goes on the window's undo stack."""

    def __init__(self, shell) -> None:
        from crm_desktop.gui.activities.timeline_view import ActivityTimeline

        super().__init__(shell)
        self.shell = shell
        self.activities = shell.crm.activities
        self._stopped = False
        shell.handle_open(("activity",), self.open)
        shell.handle_new("activity", self.log)
        page = shell.page("agenda")
        page.sig_complete.connect(self.complete)
        page.sig_log_followup.connect(self.log_followup)
        page.sig_reschedule.connect(self.reschedule)
        page.sig_loaded.connect(self.show_counts)
        # Timelines built with the window (the customer's detail pane): their edit and delete come here.
        for timeline in shell.findChildren(ActivityTimeline):
            timeline.sig_edit.connect(self.edit)
            timeline.sig_delete.connect(self.delete)
        shell.on_shutdown(self.stop)
        QTimer.singleShot(0, self, self._first_count)  # after the first paint

    def stop(self) -> None:
        self._stopped = True

    def _first_count(self) -> None:
        if not self._stopped:
            self.shell.page("agenda").refresh()

    # --- logging, editing, deleting -------------------------------------------------------------------

    def log(self, **target) -> None:
        from crm_desktop.gui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.activities, self.shell.jobs, parent=self.shell, **target)
        self._logged(dialog)

    def log_followup(self, item: AgendaItem) -> None:
        """A follow-up is done when what came of it is logged: that settles it (and may plan the next one)."""
        from crm_desktop.gui.activities.activity_dialog import ActivityDialog

        target = {"contact_id": item.record_id} if item.entity == "contact" else {"account_id": item.record_id}
        subject = self.tr("Follow-up: %1").replace("%1", item.subject) if item.subject else self.tr("Follow-up")
        dialog = ActivityDialog(self.activities, self.shell.jobs, parent=self.shell, kind="call", subject=subject,
                                settles_followup=True, **target)
        self._logged(dialog)

    def _logged(self, dialog) -> None:
        from crm_desktop.gui.activities import activity_undo

        if not dialog.exec() or dialog.step is None:
            return
        step = dialog.step
        after = self._announcer(step.activity)
        self._push(activity_undo.logged(self.activities, step, after, self._step_failed))
        after()

    def edit(self, activity_id: str) -> None:
        self.shell.jobs.run_db(self.activities.get, activity_id, on_done=self._edit)

    def _edit(self, before: ActivityData) -> None:
        from crm_desktop.gui.activities import activity_undo
        from crm_desktop.gui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.activities, self.shell.jobs, parent=self.shell, editing=before)
        if not dialog.exec() or dialog.step is None:
            return
        after = self._announcer(dialog.step.activity)
        self._push(activity_undo.edited(self.activities, before, dialog.step, after, self._step_failed))
        after()

    def delete(self, activity: ActivityData) -> None:
        """No question asked: Ctrl+Z brings it back (as for customers)."""
        from crm_desktop.gui.activities import activity_undo

        self._push(activity_undo.deleted(self.activities, activity, self._announcer(activity), self._step_failed))
        self.shell.show_message(self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", activity.subject))

    # --- the agenda's steps ------------------------------------------------------------------------

    def complete(self, items: list[AgendaItem]) -> None:
        from crm_desktop.gui.activities import activity_undo

        ids = [i.activity_id for i in items if i.kind == TASK and i.activity_id]
        if ids:
            after = lambda: self.shell.announce(Changes.of("activity", *ids))  # noqa: E731
            self._push(activity_undo.completed(self.activities, ids, after, self._step_failed))

    def reschedule(self, items: list[AgendaItem], day) -> None:
        from crm_desktop.gui.activities import activity_undo

        refs = [AgendaRef.of(i) for i in items]
        changes = Changes.of("activity", *(i.activity_id for i in items if i.kind == TASK))
        for entity in ("contact", "account"):
            ids = [i.record_id for i in items if i.kind == FOLLOWUP and i.entity == entity]
            if ids:
                changes = changes | Changes.of(entity, *ids)
        self._push(activity_undo.rescheduled(self.activities, refs, day, lambda: self.shell.announce(changes),
                                             self._step_failed))

    def show_counts(self, agenda: Agenda) -> None:
        """Overdue entries are counted beside "My agenda", in the warning colour."""
        from crm_desktop.gui.activities.agenda_model import WARNING_COLOUR

        item = self.shell.nav_item("agenda")
        overdue = agenda.counts.get("overdue", 0)
        title = QCoreApplication.translate("Navigation", TITLE)
        # The count alone ("My agenda (354)"): the navigation is narrow; the colour and the tooltip say overdue.
        item.setText(counted(title, overdue) if overdue else title)
        item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(WARNING_COLOUR) if overdue else None)
        item.setToolTip(self.tr("Overdue: %1 · Today: %2 · Next 7 days: %3")
                        .replace("%1", str(overdue)).replace("%2", str(agenda.counts.get("today", 0)))
                        .replace("%3", str(agenda.counts.get("week", 0))))

    # --- helpers -------------------------------------------------------------------------------------

    def _push(self, command) -> None:
        from crm_desktop.gui.common import undo_commands

        undo_commands.push(self.shell.undo_stack, self.shell.jobs, command)

    def _announcer(self, activity: ActivityData):
        changes = Changes.of("activity", activity.id)
        if activity.contact_id:
            changes = changes | Changes.of("contact", activity.contact_id)
        if activity.account_id:
            changes = changes | Changes.of("account", activity.account_id)
        if activity.opportunity_id:
            changes = changes | Changes.of("opportunity", activity.opportunity_id)
        return lambda: self.shell.announce(changes)

    def _step_failed(self, step: str, _error: Exception) -> None:
        QMessageBox.warning(self.shell, self.tr("Undo"), self.tr(
            "“%1” could not be undone or redone: the activity has changed since. "
            "The step was removed from the undo history.").replace("%1", step))

    def open(self, _entity: str, activity_id: str) -> None:
        """An activity shows on its customer's timeline: that customer is opened."""
        self.shell.jobs.run_db(self.activities.get, activity_id, on_done=self._open_customer)

    def _open_customer(self, activity) -> None:
        if activity.contact_id:
            self.shell.open_record("contact", activity.contact_id)
        elif activity.account_id:
            self.shell.open_record("account", activity.account_id)


register_page("agenda", TITLE, 20, _agenda, eager=True)
register_commands("activities", 20, ActivityCommands)
