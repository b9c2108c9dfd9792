"""The marketing module in the window: its page, whose segments can be shown as the customer list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_page


def _marketing(shell):
    from crm_desktop.gui.marketing.page import MarketingPage

    page = MarketingPage(shell.crm, shell.jobs)
    page.segments.sig_show_in_list.connect(
        lambda segment_id, entity: shell.commands("customers").show_segment(segment_id, entity))
    shell.on_shutdown(page.stop)
    refresh_on(shell.bus, page, "contact", "account")  # segment counts
    return page


register_page("marketing", QT_TRANSLATE_NOOP("Navigation", "Marketing"), 100, _marketing)
