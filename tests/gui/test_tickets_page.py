"""The service queue page: queues and their counts, SLA colours, filters, sorting, bulk assignment."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.service.entities import QUEUE_ALL, QUEUES, QueueCounts, TicketFilter, TicketInput
from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.customers.bulk_assign_dialog import BulkAssignDialog
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from crm_desktop.gui.service.ticket_table_model import (
    BREACHED_TEXT,
    COLUMNS,
    DUE_COLUMN,
    SLA_COLUMN,
    SLA_STATE_ROLE,
    SOON_TEXT,
    TicketTableModel,
)
from crm_desktop.gui.service.tickets_page import TicketsPage
from crm_desktop.store.models import User
from crm_desktop.store.unit_of_work import UnitOfWork
from tests.gui.conftest import settle, type_text, when_modal
from tests.gui.sla_week import POLICY, at

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

class Desk:
    """The store with a fixed clock and five tickets of every kind of queue (see `desk`)."""

    def __init__(self, crm, tmp_path) -> None:
        self.crm, self.now = crm, at(23, 9)
        path = tmp_path / "sla.json"
        path.write_text(json.dumps(POLICY), encoding="utf-8")
        crm.service.use_policy(path)
        crm.service.clock = lambda: self.now

    def ticket(self, subject, **kwargs):
        return self.crm.service.create(TicketInput(subject, **kwargs))


@pytest.fixture
def desk(crm, tmp_path):
    d = Desk(crm, tmp_path)
    me = crm.service.me
    d.late = d.ticket("打印机卡纸", priority="urgent", type="fault")           # first response due 10:00
    d.now = at(23, 10)
    acme = crm.customers.create_account(AccountInput(name="上海明达贸易"))
    wang = crm.customers.create_contact(ContactInput(name="王伟", account_id=acme.id))
    d.mine = d.ticket("Invoice question", assignee_id=me, type="inquiry")    # due 15:00, warned 13:00
    d.loose = d.ticket("空调不制冷", contact_id=wang.id, type="complaint")
    d.soon = d.ticket("Server down", priority="urgent")                      # due 11:00, warned 10:45
    d.done = d.ticket("Reset password", assignee_id=me, priority="low")
    crm.service.set_status(d.done.id, "in_progress")
    crm.service.set_status(d.done.id, "resolved", "Reset it.")
    d.now = at(23, 10, 50)
    return d


@pytest.fixture
def page(qtbot, desk, jobs):
    p = TicketsPage(desk.crm, jobs)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    settle(qtbot, jobs)  # the list and the counts come from the database thread
    return p


def numbers(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of(model, number):
    return numbers(model).index(number)


def test_each_queue_lists_its_tickets_and_counts_them(page, desk, qtbot):
    assert page.counts() == QueueCounts(mine=1, unassigned=3, soon=1, overdue=1)
    expected = {
        "mine": {desk.mine.number},
        "unassigned": {desk.late.number, desk.loose.number, desk.soon.number},
        "soon": {desk.soon.number},
        "overdue": {desk.late.number},
        "open": {desk.late.number, desk.mine.number, desk.loose.number, desk.soon.number},
        "all": {t.number for t in (desk.late, desk.mine, desk.loose, desk.soon, desk.done)},
    }
    for queue in QUEUES:
        page.show_queue(queue)
        settle(qtbot, page.jobs)
        assert set(numbers(page.model)) == expected[queue], queue
    titles = [page.queues.tabText(i) for i in range(page.queues.count())]
    assert titles == ["My open tickets (1)", "Unassigned (3)", "Breaching soon (1)", "Overdue (1)", "All open",
                      "All"]
    assert page.count_label.text() == "5 tickets"


def test_breached_and_breaching_soon_rows_are_coloured_and_say_so(page, desk, qtbot):
    page.show_queue("open")
    settle(qtbot, page.jobs)
    model = page.model
    late, soon, mine = (row_of(model, t.number) for t in (desk.late, desk.soon, desk.mine))
    assert model.index(late, SLA_COLUMN).data() == "Breached"
    assert model.index(late, SLA_COLUMN).data(SLA_STATE_ROLE) == "breached"
    assert model.index(late, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color() == BREACHED_TEXT
    assert model.index(late, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(soon, SLA_COLUMN).data() == "Breaching soon"
    assert model.index(soon, SLA_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color() == SOON_TEXT
    assert model.index(mine, SLA_COLUMN).data() == "On time"
    assert model.index(mine, SLA_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(mine, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    local = datetime_text(at(23, 11))
    assert model.index(soon, SLA_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == f"First response due {local}"
    assert model.index(late, 2).data() == ""
    assert model.index(row_of(model, desk.loose.number), 2).data() == "上海明达贸易 · 王伟"
    assert model.index(soon, 3).data() == "Urgent" and model.index(soon, 4).data() == "New"
    assert model.index(mine, 0).data(Qt.ItemDataRole.FontRole).italic()  # not yet numbered by the server
    page.show_queue(QUEUE_ALL)
    settle(qtbot, page.jobs)
    done = row_of(page.model, desk.done.number)
    assert page.model.index(done, SLA_COLUMN).data() == "Met"


def test_time_passing_moves_tickets_into_overdue_on_the_timer(page, desk, qtbot):
    page.show_queue("overdue")
    settle(qtbot, page.jobs)
    assert page.model.rowCount() == 1
    desk.now = at(23, 11, 5)  # the urgent one missed 11:00
    with qtbot.waitSignal(page.sig_counts_changed) as signal:
        page._tick()
    settle(qtbot, page.jobs)
    assert signal.args[0].overdue == 2 and page.model.rowCount() == 2
    assert page.queues.tabText(3) == "Overdue (2)"


def test_filters_and_text_search(page, desk, qtbot):
    page.show_queue(QUEUE_ALL)
    settle(qtbot, page.jobs)
    page.priority_combo.setCurrentIndex(page.priority_combo.findData("urgent"))
    settle(qtbot, page.jobs)
    assert set(numbers(page.model)) == {desk.late.number, desk.soon.number}
    page.type_combo.setCurrentIndex(page.type_combo.findData("fault"))
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.late.number]
    page.priority_combo.setCurrentIndex(0)
    settle(qtbot, page.jobs)
    page.type_combo.setCurrentIndex(0)
    settle(qtbot, page.jobs)
    page.status_combo.setCurrentIndex(page.status_combo.findData("resolved"))
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.done.number]
    page.status_combo.setCurrentIndex(0)
    settle(qtbot, page.jobs)
    type_text(qtbot, page.text_edit, "明达")
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.loose.number]
    page.text_edit.clear()
    settle(qtbot, page.jobs)
    type_text(qtbot, page.text_edit, "空调")
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.loose.number]
    page.text_edit.setText(desk.soon.number)
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.soon.number]
    page.text_edit.setText("server")
    settle(qtbot, page.jobs)
    assert numbers(page.model) == [desk.soon.number]
    assert page.count_label.text() == "1 ticket"


def test_sorting_by_due_and_number_and_each_queue_has_its_own_order(page, desk, qtbot):
    page.show_queue("unassigned")  # the work queues put the nearest deadline first
    settle(qtbot, page.jobs)
    header = page.table.horizontalHeader()
    assert COLUMNS[header.sortIndicatorSection()].sort_key == "due"
    dues = [page.model._row(r)[15] for r in range(page.model.rowCount())]
    assert dues == sorted(dues) and numbers(page.model)[0] == desk.late.number
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, page.jobs)
    assert numbers(page.model) == sorted(numbers(page.model), reverse=True)
    before = numbers(page.model)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # subject: no index behind it, ignored
    settle(qtbot, page.jobs)
    assert numbers(page.model) == before
    page.show_queue(QUEUE_ALL)  # newest first by default
    settle(qtbot, page.jobs)
    assert page.model.current_sort.column == "created" and page.model.current_sort.descending
    assert COLUMNS[header.sortIndicatorSection()].sort_key == "created"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert numbers(page.model)[-1] == desk.late.number


def add_colleague(crm, name="李娜"):
    with UnitOfWork(crm.service.store) as uow:
        user = User(username="li.na", display_name=name, role="rep")
        uow.session.add(user)
        uow.commit()
        return user.id


def select_rows(page, numbers_wanted):
    page.table.clearSelection()
    for number in numbers_wanted:
        page.table.selectionModel().select(
            page.model.index(row_of(page.model, number), 0),
            page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)


def test_bulk_assign_through_the_dialog_reports_what_was_skipped(page, desk, qtbot):
    colleague = add_colleague(desk.crm)
    desk.crm.service.set_status(desk.done.id, "closed")
    page.show_queue(QUEUE_ALL)
    settle(qtbot, page.jobs)
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not page.assign_button.isEnabled()
    select_rows(page, [desk.late.number, desk.loose.number, desk.soon.number, desk.done.number])
    assert page.assign_button.isEnabled()
    seen = {}

    def choose(dialog):
        seen["names"] = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
        dialog.choose(colleague)
        dialog.accept()

    when_modal(BulkAssignDialog, choose)
    with qtbot.waitSignal(page.sig_counts_changed) as signal:
        page.assign_button.click()
    settle(qtbot, page.jobs)
    assert "李娜" in seen["names"] and seen["names"][-1] == "Unassigned"
    assert any(name.endswith("(me)") for name in seen["names"])
    assert page.message_label.text() == "3 tickets assigned, 1 skipped (closed or already theirs)"
    assert signal.args[0].unassigned == 0
    assert {desk.crm.service.get(t.id).assignee_name for t in (desk.late, desk.loose, desk.soon)} == {"李娜"}
    assert not page.assign_button.isEnabled()  # the list reloaded; nothing selected any more

    page.show_queue("open")
    settle(qtbot, page.jobs)
    select_rows(page, [desk.soon.number])
    when_modal(BulkAssignDialog, lambda dialog: (dialog.choose(None), dialog.accept()))
    page.assign_selected()
    settle(qtbot, page.jobs)
    assert page.message_label.text() == "1 ticket assigned"
    assert page.counts().unassigned == 1


def test_cancelling_the_assign_dialog_changes_nothing(page, desk, qtbot):
    page.show_queue("unassigned")
    settle(qtbot, page.jobs)
    select_rows(page, [desk.loose.number])
    when_modal(BulkAssignDialog, lambda dialog: dialog.reject())
    page.assign_selected()
    settle(qtbot, page.jobs)
    assert page.counts().unassigned == 3 and page.message_label.text() == ""


def test_double_click_and_enter_open_the_ticket(page, desk, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "open_ticket", opened.append)
    page.show()
    qtbot.waitExposed(page)
    page.show_queue("mine")
    settle(qtbot, page.jobs)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page.jobs)
    assert opened == [desk.mine.id]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page.jobs)
    assert opened == [desk.mine.id, desk.mine.id]


def test_double_click_opens_the_ticket_dialog_and_it_closes_back_to_the_list(page, desk, qtbot):
    page.show()
    qtbot.waitExposed(page)
    page.show_queue("unassigned")
    settle(qtbot, page.jobs)
    rect = page.table.visualRect(page.model.index(row_of(page.model, desk.loose.number), 1))
    seen = []

    def close(dialog):
        seen.append((dialog.ticket.id, dialog.form.subjectEdit.text()))
        dialog.reject()

    when_modal(TicketDialog, close)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page.jobs)
    assert seen == [(desk.loose.id, "空调不制冷")]
    assert page.model.rowCount() == 3


def test_a_new_ticket_for_a_customer_lands_in_the_queue_and_is_signalled(page, desk, qtbot):
    account = (desk.loose.account_id, desk.loose.account_name)
    saved = []
    page.sig_ticket_saved.connect(saved.append)

    def fill(dialog):
        type_text(qtbot, dialog.form.subjectEdit, "发票重开")
        dialog.save()
        dialog.reject()

    when_modal(TicketDialog, fill)
    page.show_queue("unassigned")
    settle(qtbot, page.jobs)
    page.new_ticket(account=account)
    settle(qtbot, page.jobs)
    assert len(saved) == 1
    created = desk.crm.service.get(saved[0])
    assert (created.subject, created.account_name) == ("发票重开", "上海明达贸易")
    assert created.number in numbers(page.model) and page.counts().unassigned == 4


def test_show_queue_and_refresh_signal_the_counts(page, desk, qtbot):
    page.show_queue("soon")
    settle(qtbot, page.jobs)
    assert page.current_queue() == "soon" and page.queues.currentIndex() == 2
    desk.ticket("Another one")
    with qtbot.waitSignal(page.sig_counts_changed) as signal:
        page.refresh()
    settle(qtbot, page.jobs)
    assert signal.args[0] == page.counts() and page.counts().unassigned == 4
    desk.ticket("And one more")
    with qtbot.waitSignal(page.sig_counts_changed):
        page.refresh_counts()
    assert page.queues.tabText(1) == "Unassigned (5)"


def test_model_passes_the_model_tester(qtmodeltester, qtbot, desk, jobs, monkeypatch):
    monkeypatch.setattr(TicketTableModel, "page_size", 2)  # several pages, a partial last one
    model = TicketTableModel(desk.crm.service, jobs, TicketFilter(QUEUE_ALL))
    qtbot.waitUntil(lambda: not model.loading)
    qtmodeltester.check(model, force_py=True)  # with pages on their way: their arrival is checked too
    settle(qtbot, jobs)
    model.set_filter(TicketFilter("overdue"))
    qtbot.waitUntil(lambda: not model.loading)
    settle(qtbot, jobs)
    qtmodeltester.check(model, force_py=True)
