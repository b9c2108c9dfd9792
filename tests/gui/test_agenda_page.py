"""My agenda in the real window: grouped, with who to call; done, snooze, reschedule and open, each undoable."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from crm_desktop.gui.activities.agenda_page import DatePicker
from tests.gui.conftest import settle, type_text, when_modal

TODAY = date.today()


def due(days: int, hour: int = 15) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), time(hour)).astimezone()


@pytest.fixture
def seeded(crm):
    account = crm.customers.create_account(AccountInput(name="恒通贸易"))
    late = crm.customers.create_contact(ContactInput(name="孙丽", account_id=account.id, mobile="13800138000"))
    soon = crm.customers.create_contact(ContactInput(name="周强", account_id=account.id))
    crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=late.id, occurred_at=due(-20),
                                     next_followup_on=TODAY - timedelta(days=3)))
    crm.activities.log(ActivityInput(kind="call", subject="年底回访", contact_id=soon.id, occurred_at=due(-20),
                                     next_followup_on=TODAY + timedelta(days=30)))
    task = crm.activities.log(ActivityInput(kind="task", subject="寄合同", contact_id=soon.id, due_at=due(0),
                                            done=False))
    return {"late": late, "soon": soon, "task": task}


def show_agenda(qtbot, window):
    page = window.show_page("agenda")
    settle(qtbot, window.jobs)
    return page


def rows(page, group: str) -> list[str]:
    return [i.subject or i.name for i in page.model.items() if i.group == group]


def select(page, subject: str) -> None:
    item = next(i for i in page.model.items() if i.subject == subject)
    page.tree.selectionModel().select(page.model.index_of(item), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)


def test_the_agenda_is_grouped_with_who_to_call_and_counts_what_is_overdue(qtbot, window, seeded):
    page = show_agenda(qtbot, window)
    model = page.model
    assert model.groups() == ["overdue", "today", "later"]
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Overdue (1)", "Today (1)", "Later (1)"]
    assert not page.tree.isExpanded(model.index(2, 0))  # later starts folded
    assert page.tree.isExpanded(model.index(0, 0))
    overdue = model.index(0, 0, model.index(0, 0))
    assert [model.data(overdue.siblingAtColumn(c)) for c in range(1, 6)] == [
        "Follow-up", "报价", "孙丽", "138 0013 8000", "恒通贸易"]
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None  # the date is marked
    assert model.data(overdue.siblingAtColumn(2), Qt.ItemDataRole.ForegroundRole) is None  # not the whole row
    assert "1 overdue" in page.summary.text()
    assert window.nav_item("agenda").text() == "My agenda (1)"
    assert "Overdue: 1" in window.nav_item("agenda").toolTip()


def test_a_task_is_ticked_off_and_the_undo_opens_it_again(qtbot, window, crm, seeded):
    page = show_agenda(qtbot, window)
    select(page, "寄合同")
    assert page.done_button.isEnabled()
    page.done_button.click()
    settle(qtbot, window.jobs)
    assert "寄合同" not in rows(page, "today")
    assert crm.activities.get(seeded["task"].id).done
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert rows(page, "today") == ["寄合同"]


def test_a_follow_up_is_done_by_logging_what_came_of_it_and_the_undo_brings_it_back(qtbot, window, crm, seeded):
    page = show_agenda(qtbot, window)
    select(page, "报价")

    def log(dialog):
        assert dialog.form.subjectEdit.text() == "Follow-up: 报价"
        dialog.form.subjectEdit.clear()
        type_text(qtbot, dialog.form.subjectEdit, "已回访，客户下周下单")
        dialog.save()

    when_modal(ActivityDialog, log)
    page.done_button.click()
    settle(qtbot, window.jobs)
    assert rows(page, "overdue") == []
    assert crm.customers.get_contact(seeded["late"].id).next_followup_at is None
    assert crm.activities.timeline(contact_id=seeded["late"].id)[0].subject == "已回访，客户下周下单"
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert rows(page, "overdue") == ["报价"]
    assert [a.subject for a in crm.activities.timeline(contact_id=seeded["late"].id)] == ["报价"]


def test_snooze_and_reschedule_move_what_is_selected_and_undo_moves_it_back(qtbot, window, crm, seeded):
    page = show_agenda(qtbot, window)
    select(page, "报价")
    page.snooze("tomorrow")
    settle(qtbot, window.jobs)
    assert crm.customers.get_contact(seeded["late"].id).next_followup_at == TODAY + timedelta(days=1)
    assert rows(page, "week") == ["报价"] and "overdue" not in page.model.groups()
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert rows(page, "overdue") == ["报价"]

    select(page, "寄合同")
    target = TODAY + timedelta(days=5)

    def pick(picker):
        picker.calendar.setSelectedDate(target)
        picker.accept()

    when_modal(DatePicker, pick)
    page.reschedule_button.click()
    settle(qtbot, window.jobs)
    assert crm.activities.get(seeded["task"].id).due_at == due(5)  # same time of day
    assert rows(page, "week") == ["寄合同"]


def test_open_customer_shows_them_on_the_customers_page(qtbot, window, seeded):
    page = show_agenda(qtbot, window)
    select(page, "报价")
    page.open_button.click()
    settle(qtbot, window.jobs)
    assert window.current_page_name() == "customers"
    assert window.page("customers").detail.title.text() == "孙丽"


def test_an_empty_agenda_says_what_goes_there(qtbot, window):
    page = show_agenda(qtbot, window)
    assert page.stack.currentWidget() is page.empty
    assert window.nav_item("agenda").text() == "My agenda"
