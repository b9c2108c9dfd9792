"""The route module in the window: the "Today's route" page, and applying its order as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.common.changes import Changes
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_page


def _route(shell):
    from crm_desktop.gui.route.route_page import RoutePage

    page = RoutePage(shell.crm.route, shell.jobs)
    page.sig_apply.connect(lambda new, before: apply_times(shell, new, before))
    refresh_on(shell.bus, page, "activity", "account", "contact", "checkin")
    return page


def apply_times(shell, new, before) -> None:
    """The visits get the day's times in the route's order: one step on the window's undo stack."""
    from crm_desktop.gui.common import undo_commands

    route = shell.crm.route
    changes = Changes.of("activity", *(t.activity_id for t in new))
    text = QCoreApplication.translate("RouteUndo", "Apply the route's times (visits: %1)").replace("%1", str(len(new)))

    def failed(step: str, _error: Exception) -> None:
        QMessageBox.warning(shell, QCoreApplication.translate("RouteUndo", "Undo"), QCoreApplication.translate(
            "RouteUndo", "“%1” could not be done or undone: a visit has changed or was deleted since. "
            "The step was removed from the undo history.").replace("%1", step))

    command = undo_commands.ControllerCommand(text, lambda: route.set_times(new), lambda: route.set_times(before),
                                              lambda: shell.announce(changes), applied=False, on_error=failed)
    undo_commands.push(shell.undo_stack, shell.jobs, command)


register_page("route", QT_TRANSLATE_NOOP("Navigation", "Today's route"), 25, _route)
