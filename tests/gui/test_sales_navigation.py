"""The sales modules in the main window: built when first opened, reached from a customer's page."""

from decimal import Decimal

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from tests.gui.conftest import settle, type_text, when_modal


def test_sales_pages_are_built_on_first_visit(qtbot, window):
    assert set(window.stack.built) == {"customers", "agenda"}  # only the pages a cold start shows
    for name in ("pipeline", "orders", "products", "forecast", "sales_report"):
        window.nav.setCurrentRow(window.stack.row_of(name))
        assert window.pages.currentWidget() is window.stack.built[name]
    assert window.pages.count() == window.nav.count()  # one page a navigation entry, built or not


def test_new_deal_from_an_account_page_shows_in_its_deals_tab(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="宁波港务集团"))
    window.refresh()
    window.open_record("account", account.id)
    settle(qtbot, window.jobs)
    detail = window.page("customers").detail
    assert detail.new_deal_button.isEnabled()

    def fill(dialog):
        type_text(qtbot, dialog.form.nameEdit, "港口扫描设备")
        dialog.form.amountEdit.setText("88000")
        dialog.save()

    when_modal(OpportunityDialog, fill)
    detail.new_deal_button.click()
    settle(qtbot, window.jobs)
    rows = crm.sales.of_record(account_id=account.id)
    assert [(r[1], r[3]) for r in rows] == [("港口扫描设备", Decimal("88000.00"))]
    assert detail.deals.count() == 1
    assert "(1)" in detail.tabs.tabText(detail.tabs.indexOf(detail.deals))


def test_the_board_shows_a_deal_made_elsewhere_when_opened(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="Acme"))
    window.nav.setCurrentRow(window.stack.row_of("pipeline"))
    settle(qtbot, window.jobs)
    crm.sales.create(OpportunityInput("Late deal", account_id=account.id, amount="10"))
    window.nav.setCurrentRow(window.stack.row_of("orders"))
    window.nav.setCurrentRow(window.stack.row_of("pipeline"))
    settle(qtbot, window.jobs)
    first = window.page("pipeline").board.column(crm.sales.stages()[0].id)
    assert first.model.rowCount() == 1
