"""The files panel where a rep looks for it: the customer's detail, the deal, the quote or order (once saved),
the ticket and the logged visit, each counting its files in its tab or group title."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput
from crm_desktop.domain.sales.entities import OpportunityInput, OrderInput
from crm_desktop.domain.service.entities import TicketInput
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from crm_desktop.gui.customers.page import CustomersPage
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.sales.order_dialog import OrderDialog
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from tests.gui.conftest import on_worker, settle


@pytest.fixture
def account(crm):
    return crm.customers.create_account(AccountInput(name="华东电气"))


@pytest.fixture
def memo(tmp_path):
    path = tmp_path / "会议纪要.txt"
    path.write_text("纪要")
    return path


def _tab_title(panel) -> str:
    tabs = panel.parentWidget().parentWidget()  # the panel's stack, then the tab widget
    return tabs.tabText(tabs.indexOf(panel))


def test_the_customer_detail_has_a_files_tab(qtbot, crm, jobs, account, memo):
    page = CustomersPage(crm, jobs)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    settle(qtbot, jobs)
    page.open_record("account", account.id)
    settle(qtbot, jobs)
    detail = page.detail
    assert detail.files.record_id == account.id and detail.files.record_type == "account"
    detail.tabs.setCurrentWidget(detail.files)
    detail.files.add_files([memo])
    settle(qtbot, jobs)
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.files)) == "Files (1)"
    assert [a.file_name for a in on_worker(crm.attachments.list_for, "account", account.id)] == ["会议纪要.txt"]


def test_the_deal_and_the_ticket_have_files_beside_their_products_and_history(qtbot, crm, jobs, account, memo):
    deal = crm.sales.create(OpportunityInput(name="空调改造", account_id=account.id))
    dialog = OpportunityDialog(crm, jobs, deal)
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)
    assert (dialog.files.record_type, dialog.files.record_id) == ("opportunity", deal.id)
    dialog.files.add_files([memo])
    settle(qtbot, jobs)
    assert _tab_title(dialog.files) == "Files (1)"

    ticket = crm.service.create(TicketInput(subject="空调不制冷", account_id=account.id))
    dialog = TicketDialog(crm, jobs, ticket)
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)
    assert (dialog.files.record_type, dialog.files.record_id) == ("ticket", ticket.id)
    assert _tab_title(dialog.files) == "Files (0)"


def test_a_new_quote_takes_files_once_saved(qtbot, crm, jobs, account, memo):
    dialog = OrderDialog(crm, jobs, kind="quote", account=(account.id, account.name))
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)
    assert not dialog.files.add_button.isEnabled()
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.order is not None and dialog.files.record_id == dialog.order.id
    assert dialog.files.add_button.isEnabled()
    dialog.files.add_files([memo])
    settle(qtbot, jobs)
    assert _tab_title(dialog.files) == "Files (1)"
    order = crm.orders.create(OrderInput(kind="order", account_id=account.id))
    dialog = OrderDialog(crm, jobs, order)
    qtbot.addWidget(dialog)
    settle(qtbot, jobs)
    assert dialog.files.record_type == "sales_order" and dialog.files.add_button.isEnabled()


def test_a_logged_visit_shows_its_files_in_its_dialog(qtbot, window, crm, account, memo):
    visit = crm.activities.log(ActivityInput(kind="visit", subject="季度拜访", account_id=account.id,
                                             occurred_at=datetime.now().astimezone()))
    crm.attachments.attach_file("activity", visit.id, memo, "photo")
    dialog = ActivityDialog(crm.activities, window.jobs, parent=window, editing=visit)
    settle(qtbot, window.jobs)
    assert dialog.files is not None and dialog.files.tree.topLevelItemCount() == 1
    assert dialog.files.parentWidget().title() == "Files (1)"
    dialog.reject()
    new = ActivityDialog(crm.activities, window.jobs, parent=window, account_id=account.id)
    assert new.files is None  # a visit not logged yet takes files once it is saved
    new.reject()
