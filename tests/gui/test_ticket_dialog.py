"""The ticket dialog as a service agent uses it: create, walk the workflow, comment, rate; the service list."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.service.entities import QUEUE_ALL, TicketFilter, TicketInput
from crm_desktop.gui.common.formats import date_text, datetime_text
from crm_desktop.gui.customers.record_sales_lists import ID_ROLE
from crm_desktop.gui.customers.record_service_list import BREACHED_COLOUR, RecordTicketsList
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from crm_desktop.gui.service.ticket_panels import NotePrompt
from crm_desktop.store.models import User
from tests.gui.conftest import on_worker, settle, type_text, when_modal
from tests.gui.sla_week import POLICY, at

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

class Clock:
    def __init__(self, crm) -> None:
        self.now = at(23, 10)
        crm.service.clock = lambda: self.now

    def set(self, day: int, hour: int, minute: int = 0) -> None:
        self.now = at(day, hour, minute)


@pytest.fixture
def desk(crm, tmp_path, jobs):
    """The service desk on a real store: a fixed clock, a policy file, a customer, a colleague."""
    path = tmp_path / "sla.json"
    path.write_text(json.dumps(POLICY), encoding="utf-8")
    crm.service.use_policy(path)
    crm.clock = Clock(crm)
    crm.jobs = jobs  # the runner of the dialogs the tests open
    crm.account = crm.customers.create_account(AccountInput(name="上海明达贸易有限公司"))
    crm.contact = crm.customers.create_contact(ContactInput(name="王芳", account_id=crm.account.id))
    with crm.store.sessions() as session:
        colleague = User(username="lina", display_name="李娜", role="rep")
        session.add(colleague)
        session.commit()
        crm.colleague_id = colleague.id
    return crm


def ticket(crm, subject="空调不制冷", **kwargs):
    return crm.service.create(TicketInput(subject, **kwargs))


def open_dialog(qtbot, crm, t=None, **kwargs) -> TicketDialog:
    dialog = TicketDialog(crm, crm.jobs, t, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def all_tickets(crm):
    return crm.service.summaries(TicketFilter(queue=QUEUE_ALL))


def resolve(qtbot, dialog, text: str) -> bool:
    """Click "Resolve…" and write the resolution into the prompt it opens."""
    when_modal(NotePrompt, lambda prompt: (type_text(qtbot, prompt.edit, text), prompt.ok_button.click()))
    dialog.action_buttons["resolved"].click()
    settle(qtbot, dialog.jobs)
    settle(qtbot, dialog.jobs)
    return dialog.ticket.status == "resolved"


def test_a_new_ticket_is_created_through_the_dialog(qtbot, desk):
    dialog = open_dialog(qtbot, desk, account=(desk.account.id, desk.account.name))
    f = dialog.form
    assert f.slaGroup.isHidden() and f.activityPanel.isHidden() and dialog.action_buttons == {}
    type_text(qtbot, f.subjectEdit, "空调不制冷 KFR-35")
    f.priorityCombo.setCurrentIndex(f.priorityCombo.findData("high"))
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("wechat"))
    type_text(qtbot, f.descriptionEdit, "开机后只吹热风")
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.save_button.click()
    [made] = all_tickets(desk)
    assert saved.args == [made.id] and dialog.saved.id == made.id
    t = desk.service.get(made.id)
    assert (t.subject, t.priority, t.channel, t.description, t.account_id) == (
        "空调不制冷 KFR-35", "high", "wechat", "开机后只吹热风", desk.account.id)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    dialog = open_dialog(qtbot, desk, t)
    f = dialog.form
    assert f.numberLabel.text() == "T-000001 (provisional)" and f.numberLabel.font().italic()
    assert f.slaGroup.isVisible() and f.firstDueValue.text() == datetime_text(at(23, 12))
    assert dialog.history.lines() == [f"{datetime_text(at(23, 10))} · {t.events[0].author_name} · Ticket created"]
    assert set(dialog.action_buttons) == {"assigned", "in_progress"}


def test_an_empty_subject_is_refused_in_place_and_nothing_is_saved(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    type_text(qtbot, dialog.form.descriptionEdit, "客户电话 138 0013 8000")
    dialog.save_button.click()
    settle(qtbot, dialog.jobs)
    assert dialog.form.subjectError.isVisible()
    assert dialog.form.subjectError.text() == "This field is required."
    assert all_tickets(desk) == [] and dialog.saved is None
    assert dialog.isVisible() and dialog.form.descriptionEdit.toPlainText() == "客户电话 138 0013 8000"


def test_picking_a_contact_fills_its_account(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    combo = dialog.form.contactCombo
    type_text(qtbot, combo.lineEdit(), "王芳")
    settle(qtbot, desk.jobs)  # found on the database thread
    combo.hidePopup()
    index = combo.findData(desk.contact.id)
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle(qtbot, desk.jobs)
    assert dialog.form.accountCombo.currentText() == "上海明达贸易有限公司"
    type_text(qtbot, dialog.form.subjectEdit, "Noise")
    dialog.save_button.click()
    settle(qtbot, dialog.jobs)
    t = dialog.saved
    assert (t.contact_id, t.account_id) == (desk.contact.id, desk.account.id)


def test_the_workflow_buttons_walk_a_ticket_to_closed_and_back(qtbot, desk):
    dialog = open_dialog(qtbot, desk, ticket(desk))
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.action_buttons["in_progress"].click()
    assert dialog.ticket.status == "in_progress" and dialog.form.statusLabel.text() == "In progress"
    assert dialog.form.assigneeCombo.currentData() == desk.service.me  # who starts the work takes it
    assert set(dialog.action_buttons) == {"waiting", "resolved"}
    assert dialog.action_buttons["waiting"].text() == "Wait for customer"
    dialog.action_buttons["waiting"].click()
    settle(qtbot, dialog.jobs)
    assert dialog.form.slaStateValue.text() == "Clock paused" and "#7f8c8d" in dialog.form.slaStateValue.styleSheet()
    assert dialog.form.slaNoteLabel.text() == "Clock paused while waiting on the customer."
    dialog.action_buttons["in_progress"].click()
    settle(qtbot, dialog.jobs)
    assert resolve(qtbot, dialog, "更换了压缩机继电器")
    assert desk.service.get(dialog.ticket.id).resolution == "更换了压缩机继电器"
    assert dialog.history.lines()[-1].endswith("Status: In progress → Resolved · Resolution: 更换了压缩机继电器")
    assert dialog.action_buttons["closed"].text() == "Close ticket"  # not a second "Close" beside the dialog's
    dialog.action_buttons["closed"].click()
    settle(qtbot, dialog.jobs)
    f = dialog.form
    assert dialog.ticket.status == "closed" and list(dialog.action_buttons) == ["reopen"]
    assert f.subjectEdit.isReadOnly() and not f.priorityCombo.isEnabled() and not f.assigneeCombo.isEnabled()
    assert dialog.save_button.isHidden() and not f.commentEdit.isEnabled() and f.satisfactionGroup.isEnabled()
    when_modal(NotePrompt, lambda prompt: (type_text(qtbot, prompt.edit, "故障复发"), prompt.ok_button.click()))
    dialog.action_buttons["reopen"].click()
    settle(qtbot, dialog.jobs)
    assert dialog.ticket.status == "in_progress" and not f.subjectEdit.isReadOnly()
    assert dialog.history.lines()[-1].endswith("Status: Closed → In progress · Reason: 故障复发")


def test_resolving_without_a_resolution_keeps_the_ticket_open_and_says_why(qtbot, desk):
    dialog = open_dialog(qtbot, desk, ticket(desk))
    dialog.action_buttons["in_progress"].click()
    settle(qtbot, dialog.jobs)
    seen = {}

    def empty_then_cancel(prompt):
        type_text(qtbot, prompt.edit, "   ")
        prompt.ok_button.click()
        qtbot.waitUntil(prompt.ok_button.isEnabled)  # the controller's answer
        seen.update(open=prompt.isVisible(), error=prompt.error_label.text(), text=prompt.text())
        prompt.reject()

    when_modal(NotePrompt, empty_then_cancel)
    dialog.action_buttons["resolved"].click()
    settle(qtbot, dialog.jobs)
    assert seen == {"open": True, "error": "Describe the resolution before resolving the ticket.", "text": "   "}
    assert desk.service.get(dialog.ticket.id).status == "in_progress" and dialog.ticket.status == "in_progress"
    assert dialog.form.generalError.text() == "Describe the resolution before resolving the ticket."


def test_assign_needs_an_assignee_and_the_combo_gives_one(qtbot, desk):
    dialog = open_dialog(qtbot, desk, ticket(desk))
    dialog.action_buttons["assigned"].click()
    settle(qtbot, dialog.jobs)
    assert dialog.form.assigneeError.isVisible()
    assert dialog.form.assigneeError.text() == "Choose whom to assign the ticket to."
    assert dialog.ticket.status == "new"
    combo = dialog.form.assigneeCombo
    combo.setCurrentIndex(combo.findData(desk.colleague_id))
    dialog.action_buttons["assigned"].click()
    settle(qtbot, dialog.jobs)
    t = desk.service.get(dialog.ticket.id)
    assert (t.status, t.assignee_name) == ("assigned", "李娜") and not dialog.form.assigneeError.isVisible()
    assert dialog.history.lines()[-2].endswith("Assigned to 李娜")
    assert dialog.history.lines()[-1].endswith("Status: New → Assigned")


def test_ctrl_enter_adds_a_comment_and_unsaved_edits_survive_it(qtbot, desk):
    dialog = open_dialog(qtbot, desk, ticket(desk))
    f = dialog.form
    f.addCommentButton.click()
    settle(qtbot, dialog.jobs)
    assert f.commentError.isVisible() and f.commentError.text() == "Write the comment first."
    f.subjectEdit.clear()
    type_text(qtbot, f.subjectEdit, "空调不制冷（已改）")
    type_text(qtbot, f.commentEdit, "已联系客户，约明天上门")
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.keyClick(f.commentEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert f.commentEdit.toPlainText() == "" and not f.commentError.isVisible()
    assert dialog.history.lines()[-1].endswith("Comment: 已联系客户，约明天上门")
    assert f.subjectEdit.text() == "空调不制冷（已改）" and dialog.dirty
    assert desk.service.get(dialog.ticket.id).first_response_at == at(23, 10)  # the comment was the response
    dialog.save_button.click()
    settle(qtbot, dialog.jobs)
    assert desk.service.get(dialog.ticket.id).subject == "空调不制冷（已改）"


def test_satisfaction_is_recorded_only_once_resolved(qtbot, desk):
    t = ticket(desk)
    dialog = open_dialog(qtbot, desk, t)
    f = dialog.form
    assert not f.satisfactionGroup.isEnabled()
    assert f.satisfactionGroup.toolTip() == "Satisfaction is recorded once the ticket is resolved."
    dialog.rating.set_score(3)
    dialog.record_satisfaction()  # even if asked: the controller refuses and the dialog says why
    settle(qtbot, desk.jobs)
    assert desk.service.get(t.id).satisfaction_score is None
    assert f.satisfactionScoreError.text() == "Satisfaction is recorded once the ticket is resolved."
    dialog.action_buttons["in_progress"].click()
    settle(qtbot, dialog.jobs)
    assert resolve(qtbot, dialog, "已修复")
    assert f.satisfactionGroup.isEnabled() and f.satisfactionGroup.toolTip() == ""
    f.recordButton.click()
    settle(qtbot, dialog.jobs)
    assert f.satisfactionScoreError.text() == "A satisfaction score is a whole number from 1 to 5."
    for score in (1, 5, 4):
        dialog.rating.buttons[score - 1].click()
        f.satisfactionCommentEdit.clear()
        type_text(qtbot, f.satisfactionCommentEdit, f"{score} 星")
        with qtbot.waitSignal(dialog.sig_saved):
            f.recordButton.click()
        settle(qtbot, dialog.jobs)
        stored = desk.service.get(t.id)
        assert (stored.satisfaction_score, stored.satisfaction_comment) == (score, f"{score} 星")
    assert [s.text() for s in dialog.rating.buttons] == ["★", "★", "★", "★", "☆"]
    assert dialog.history.lines()[-1].endswith("Satisfaction: 4 of 5 · “4 星”")


def test_history_lines_name_people_priorities_and_statuses(qtbot, desk):
    t = ticket(desk, priority="normal")
    me = desk.service.get(t.id).events[0].author_name
    desk.clock.set(23, 11)
    desk.service.update(t.id, TicketInput(t.subject, priority="urgent", assignee_id=desk.colleague_id))
    desk.service.assign(t.id, desk.service.me)
    dialog = open_dialog(qtbot, desk, desk.service.get(t.id))
    ten, eleven = datetime_text(at(23, 10)), datetime_text(at(23, 11))
    assert dialog.history.lines() == [
        f"{ten} · {me} · Ticket created",
        f"{eleven} · {me} · Priority: Normal → Urgent",
        f"{eleven} · {me} · Assigned to 李娜",
        f"{eleven} · {me} · Status: New → Assigned",
        f"{eleven} · {me} · Assignee: 李娜 → {me}",
    ]


@pytest.mark.parametrize(("when", "state", "colour", "note"), [
    ((23, 11), "On time · next deadline ", None, ""),
    ((23, 14, 5), "Breaching soon · next deadline ", "#d68910", "The next deadline is close."),
    ((23, 16), "Breached", "#c0392b", "A deadline was missed; the ticket stays marked as breached."),
])
def test_the_sla_panel_shows_the_state_in_its_colour(qtbot, desk, when, state, colour, note):
    t = ticket(desk)  # normal: first response due Mon 15:00, warned from 14:00 (4 business hours, lunch skipped)
    desk.clock.set(*when)
    dialog = open_dialog(qtbot, desk, desk.service.get(t.id))
    f = dialog.form
    assert f.slaStateValue.text().startswith(state)
    assert (colour in f.slaStateValue.styleSheet()) if colour else "color" not in f.slaStateValue.styleSheet()
    assert f.slaNoteLabel.text() == note and f.slaNoteLabel.isVisible() == bool(note)
    assert f.firstDueValue.text() == datetime_text(at(23, 15)) and f.firstAtValue.text() == "Not yet"


def test_a_breached_ticket_shows_its_late_response_in_red(qtbot, desk):
    t = ticket(desk)
    desk.clock.set(23, 16)
    desk.service.set_status(t.id, "in_progress")
    dialog = open_dialog(qtbot, desk, desk.service.get(t.id))
    f = dialog.form
    assert f.slaStateValue.text() == "Breached" and "#c0392b" in f.slaStateValue.styleSheet()
    assert f.firstAtValue.text() == datetime_text(at(23, 16)) and "#c0392b" in f.firstAtValue.styleSheet()


def test_a_button_for_a_step_taken_elsewhere_explains_and_refreshes(qtbot, desk):
    t = ticket(desk)
    dialog = open_dialog(qtbot, desk, t)
    desk.service.set_status(t.id, "in_progress")  # another window, or a sync
    dialog.action_buttons["in_progress"].click()
    settle(qtbot, dialog.jobs)
    assert dialog.form.generalError.isVisible()
    assert dialog.form.generalError.text() == "The ticket is already “In progress”."
    assert set(dialog.action_buttons) == {"waiting", "resolved"} and dialog.form.statusLabel.text() == "In progress"
    desk.service.set_status(t.id, "resolved", "Fixed on the phone")
    dialog.action_buttons["waiting"].click()
    settle(qtbot, dialog.jobs)
    assert dialog.form.generalError.text().startswith(
        "The ticket is now “Resolved” and cannot go to “Waiting on customer” from there")
    assert list(dialog.action_buttons) == ["reopen", "closed"] and dialog.form.satisfactionGroup.isEnabled()


def test_escape_closes_and_the_result_says_whether_anything_was_written(qtbot, desk):
    dialog = open_dialog(qtbot, desk, ticket(desk))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot, dialog.jobs)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    dialog = open_dialog(qtbot, desk, ticket(desk))
    type_text(qtbot, dialog.form.commentEdit, "ok")
    dialog.add_comment()
    settle(qtbot, dialog.jobs)
    dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    settle(qtbot, dialog.jobs)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_record_tickets_list_shows_a_customers_service_history(qtbot, desk):
    done = ticket(desk, "空调不制冷", contact_id=desk.contact.id)
    desk.service.set_status(done.id, "in_progress")
    desk.service.set_status(done.id, "resolved", "已修复")
    desk.service.rate(done.id, 4)
    late = ticket(desk, "Printer jams", account_id=desk.account.id)
    ticket(desk, "Someone else's")
    desk.clock.set(23, 16)
    tickets = RecordTicketsList(desk.service)
    qtbot.addWidget(tickets)
    assert tickets.show_rows(on_worker(tickets.rows_for, "account", desk.account.id)) == 2
    day = date_text(at(23, 10))
    texts = {tickets.item(i).text() for i in range(2)}
    assert texts == {f"T-000001 · 空调不制冷 · Resolved · ★4 · {day}", f"T-000002 · Printer jams · New · {day}"}
    red = [tickets.item(i).data(ID_ROLE) for i in range(2)
           if tickets.item(i).foreground().color().name() == BREACHED_COLOUR]
    assert red == [late.id]
    with qtbot.waitSignal(tickets.sig_open_ticket) as opened:
        tickets.itemActivated.emit(tickets.item(0))
    assert opened.args == [tickets.item(0).data(ID_ROLE)]
    assert tickets.show_rows(on_worker(tickets.rows_for, "contact", desk.contact.id)) == 1
    assert tickets.show_rows(on_worker(tickets.rows_for, "account", None)) == 0 and tickets.count() == 0


def test_log_activity_from_a_ticket_shows_it_in_the_history(qtbot, crm, jobs):
    from crm_desktop.domain.customers.entities import AccountInput
    from crm_desktop.domain.service.entities import TicketInput
    from crm_desktop.gui.activities.activity_dialog import ActivityDialog
    from crm_desktop.gui.service.ticket_dialog import TicketDialog
    from tests.gui.conftest import type_text, when_modal

    account = crm.customers.create_account(AccountInput(name="温州电气"))
    made = crm.service.create(TicketInput("跳闸", account_id=account.id))
    dialog = TicketDialog(crm, jobs, crm.service.get(made.id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)

    def fill(activity):
        type_text(qtbot, activity.form.subjectEdit, "电话回访")
        activity.save()

    when_modal(ActivityDialog, fill)
    dialog.log_activity()
    settle(qtbot, jobs)
    assert dialog.history.lines()[-1].endswith("电话回访")
    assert [a.subject for a in crm.activities.timeline(account_id=account.id)] == ["电话回访"]
