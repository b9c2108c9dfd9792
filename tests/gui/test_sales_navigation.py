"""The sales modules in the main window: built when first opened, reached from a customer's page."""

from decimal import Decimal

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.shell.main_window import (
    PAGE_FORECAST,
    PAGE_ORDERS,
    PAGE_PIPELINE,
    PAGE_PRODUCTS,
    PAGE_SALES_REPORT,
)
from tests.gui.conftest import type_text, when_modal


def test_sales_pages_are_built_on_first_visit(qtbot, window):
    assert window._built == {}
    for row in (PAGE_PIPELINE, PAGE_ORDERS, PAGE_PRODUCTS, PAGE_FORECAST, PAGE_SALES_REPORT):
        window.nav.setCurrentRow(row)
        assert window.pages.currentWidget() is window._built[row]
    assert window.pages.count() == 10


def test_new_deal_from_an_account_page_shows_in_its_deals_tab(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="宁波港务集团"))
    window.refresh()
    window.open_record("account", account.id)
    detail = window.customers.detail
    assert detail.new_deal_button.isEnabled()

    def fill(dialog):
        type_text(qtbot, dialog.form.nameEdit, "港口扫描设备")
        dialog.form.amountEdit.setText("88000")
        dialog.save()

    when_modal(OpportunityDialog, fill)
    detail.new_deal_button.click()
    rows = crm.sales.of_record(account_id=account.id)
    assert [(r[1], r[3]) for r in rows] == [("港口扫描设备", Decimal("88000.00"))]
    assert detail.deals.count() == 1
    assert "(1)" in detail.tabs.tabText(detail.tabs.indexOf(detail.deals))


def test_the_board_shows_a_deal_made_elsewhere_when_opened(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="Acme"))
    window.nav.setCurrentRow(PAGE_PIPELINE)
    crm.sales.create(OpportunityInput("Late deal", account_id=account.id, amount="10"))
    window.nav.setCurrentRow(PAGE_ORDERS)
    window.nav.setCurrentRow(PAGE_PIPELINE)
    first = window.pipeline.board.column(crm.sales.stages()[0].id)
    assert first.model.rowCount() == 1
