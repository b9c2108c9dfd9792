"""The analytics module in the window: the dashboard page, whose drill-downs open records where they live."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crm_desktop.domain.common.changes import SETTINGS
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_page


def _dashboard(shell):
    from crm_desktop.gui.analytics.dashboard_page import DashboardPage

    page = DashboardPage(shell.crm, shell.jobs, shell.prefs)
    page.sig_open.connect(shell.open_record)
    # The settings and the loss reason list name the bars of "Deals lost by reason".
    refresh_on(shell.bus, page, "account", "contact", "activity", "opportunity", "order", "ticket", "loss_reason",
               SETTINGS)
    return page


register_page("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), 90, _dashboard)
