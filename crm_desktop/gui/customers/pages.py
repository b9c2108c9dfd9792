"""The customers module in the window: its page, what makes that page reload, and its commands."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crm_desktop import settings as declared
from crm_desktop.domain.common.changes import DEMO, IMPORT, SETTINGS, Changes
from crm_desktop.gui.shell.pages import register_commands, register_page

# The list and the detail pane show these: the last activity, and the deals, orders and tickets tabs.
SHOWN = ("contact", "account", "activity", "opportunity", "order", "ticket")


def _page(shell):
    from crm_desktop.gui.customers.page import CustomersPage

    page = CustomersPage(shell.crm, shell.jobs)

    def changed(changes: Changes, source: object) -> None:
        if SETTINGS in changes.touched:
            shell.crm.customers.phone_region = shell.prefs.get(declared.PHONE_REGION)
        if source is page or not changes.touches(*SHOWN):
            return
        if changes.reason in (DEMO, IMPORT):  # new owners, cities and tags to filter by
            page.fill_filter_choices()
        # Hidden or not: the first page is where a rep comes back to, and its detail pane shows the others'
        # records (a ticket saved on the service page shows in the customer's service tab).
        page.refresh()
        if changes.reason == DEMO:
            page.select_first_row()

    shell.bus.sig_changed.connect(changed)
    return page


def _commands(shell):
    from crm_desktop.gui.customers.commands import CustomerCommands

    return CustomerCommands(shell)


register_page("customers", QT_TRANSLATE_NOOP("Navigation", "Customers"), 10, _page, eager=True,
              on_show=lambda page: page.fill_segment_choices())
register_commands("customers", 10, _commands)
