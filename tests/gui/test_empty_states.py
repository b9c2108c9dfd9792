"""Empty lists say what goes there and offer the first one, and step aside as soon as something is listed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.marketing.rules import CampaignInput, SegmentInput, SegmentRule
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.customers.record_sales_lists import RecordDealsList
from crm_desktop.gui.exchange.import_history_dialog import ImportHistoryDialog
from crm_desktop.gui.marketing.campaign_dialog import CampaignDialog
from crm_desktop.gui.marketing.page import TAB_CAMPAIGNS, TAB_EFFECT, TAB_SEGMENTS, TAB_TEMPLATES
from crm_desktop.gui.marketing.segment_editor import SegmentEditor
from crm_desktop.gui.sync.issues import SyncIssuesDialog
from tests.gui.conftest import on_worker, settle, when_modal


def open_marketing(qtbot, window, tab: int):
    window.show_page("marketing")
    page = window.page("marketing")
    page.show_tab(tab)
    settle(qtbot, window.jobs)
    return page


def test_marketing_with_nothing_yet_says_what_each_tab_is_for(qtbot, window):
    page = open_marketing(qtbot, window, TAB_CAMPAIGNS)
    empty = page.campaigns.empty
    assert empty.is_shown() and empty.isVisible()
    assert empty.label.text().startswith("No campaigns yet.") and empty.button.text() == "New campaign…"
    assert empty.geometry() == page.campaigns.table.viewport().rect()  # over the rows, under the header
    assert not page.campaigns.members.empty.is_shown()  # the title above says to choose a campaign
    for tab, widget, start in ((TAB_SEGMENTS, page.segments, "No segments yet."),
                               (TAB_TEMPLATES, page.templates, "No e-mail templates yet."),
                               (TAB_EFFECT, page.effect, "No campaigns to compare yet.")):
        page.show_tab(tab)
        settle(qtbot, window.jobs)
        assert widget.empty.is_shown() and widget.empty.label.text().startswith(start)


def test_the_empty_campaigns_button_starts_the_first_one_and_the_guidance_goes(qtbot, window, crm):
    page = open_marketing(qtbot, window, TAB_CAMPAIGNS)
    tab = page.campaigns
    opened = []

    def fill(dialog: CampaignDialog) -> None:
        opened.append(dialog)
        dialog.reject()

    when_modal(CampaignDialog, fill)
    qtbot.mouseClick(tab.empty.button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    crm.marketing.save_campaign(CampaignInput("春季展会", type="event"))
    tab.refresh()
    settle(qtbot, window.jobs)
    assert tab.model.rowCount() == 1 and not tab.empty.is_shown()
    assert tab.members.empty.is_shown()  # the campaign has nobody yet: launch it, or add contacts
    assert tab.members.empty.button.text() == "Add contacts…"


def test_the_empty_segments_button_opens_the_editor(qtbot, window, crm):
    page = open_marketing(qtbot, window, TAB_SEGMENTS)
    seen = []
    when_modal(SegmentEditor, lambda editor: (seen.append(editor), editor.reject()))
    qtbot.mouseClick(page.segments.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))  # the editor opens once the owners are loaded
    crm.marketing.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",))))
    page.segments.refresh()
    settle(qtbot, window.jobs)
    assert not page.segments.empty.is_shown()


def test_no_sync_issues_says_so_and_offers_to_sync(qtbot, crm, jobs):
    dialog = SyncIssuesDialog(crm.sync, jobs)
    qtbot.addWidget(dialog)
    assert not dialog.empty.is_shown()  # nothing said while the list is still loading
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.empty.is_shown() and dialog.empty.label.text().startswith("No sync issues.")
    with qtbot.waitSignal(dialog.sig_sync_now):
        qtbot.mouseClick(dialog.empty.button, Qt.MouseButton.LeftButton)


def test_an_empty_import_history_offers_an_import(qtbot, crm, jobs):
    dialog = ImportHistoryDialog(crm.imports, jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.empty.is_shown())
    assert dialog.empty.label.text() == "No file has been imported into this database yet."
    with qtbot.waitSignal(dialog.sig_import):
        qtbot.mouseClick(dialog.empty.button, Qt.MouseButton.LeftButton)


def test_import_history_s_button_opens_the_wizard(qtbot, window):
    exchange = window.commands("exchange")
    history = exchange.open_import_history()
    qtbot.waitUntil(lambda: history.empty.is_shown())
    qtbot.mouseClick(history.empty.button, Qt.MouseButton.LeftButton)
    assert exchange.import_wizard is not None and exchange.import_wizard.isVisible()
    exchange.import_wizard.reject()


def test_a_customer_without_deals_offers_a_new_one(qtbot, crm):
    account = crm.customers.create_account(AccountInput(name="恒通贸易"))
    deals = RecordDealsList(crm.sales)
    qtbot.addWidget(deals)
    deals.resize(400, 200)
    deals.show()
    assert deals.show_rows(on_worker(deals.rows_for, "account", account.id)) == 0
    assert deals.empty.isVisible() and deals.empty.label.text() == "No deals with this customer yet."
    with qtbot.waitSignal(deals.sig_new_deal):
        qtbot.mouseClick(deals.empty.button, Qt.MouseButton.LeftButton)
    crm.sales.create(OpportunityInput(name="空调改造", account_id=account.id))
    assert deals.show_rows(on_worker(deals.rows_for, "account", account.id)) == 1
    assert not deals.empty.is_shown()


def test_the_detail_pane_s_empty_deals_button_starts_a_deal_for_the_customer(qtbot, window):
    detail = window.page("customers").detail
    with qtbot.waitSignal(detail.sig_new_opportunity):  # what its "New deal…" button says too
        detail.deals.empty.button.click()
