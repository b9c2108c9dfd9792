"""Reminders against a real store: what is due when, lead times, follow-ups at their time of day, snoozes, a
rescheduled visit reminding again, a restart raising nothing twice, and what never reminds."""

from datetime import date, datetime, time, timedelta

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.reminders.entities import NO_REMINDER
from crm_desktop.store.unit_of_work import UnitOfWork

DAY = date(2026, 12, 10)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    """A local time on DAY (or `days` later), aware."""
    return datetime.combine(DAY + timedelta(days=days), time(hour, minute)).astimezone()


@pytest.fixture
def people(crm):
    firm = crm.customers.create_account(AccountInput(name="恒通贸易"))
    zhao = crm.customers.create_contact(ContactInput(name="赵总", account_id=firm.id, mobile="13900139000"))
    return firm, zhao


def plan(crm, contact, kind: str, when: datetime, subject: str, **extra):
    if kind == "task":
        return crm.activities.log(ActivityInput(kind="task", subject=subject, contact_id=contact.id, due_at=when,
                                                done=False, **extra))
    return crm.activities.log(ActivityInput(kind=kind, subject=subject, contact_id=contact.id, occurred_at=when,
                                            done=False, **extra))


def subjects(reminders) -> list[str]:
    return [r.subject for r in reminders]


def test_a_planned_visit_reminds_at_the_default_lead_time_and_says_who(crm, people):
    _, zhao = people
    visit = plan(crm, zhao, "visit", at(10), "季度拜访", place="上海市浦东新区")
    reminders = crm.reminders
    assert reminders.due(at(9, 44)) == []
    assert reminders.next_wake(at(9)) == at(9, 45)  # the default lead: 15 minutes
    [due] = reminders.due(at(9, 45))
    assert (due.key, due.kind, due.subject, due.customer, due.company, due.place, due.entity, due.record_id) == (
        visit.id, "visit", "季度拜访", "赵总", "恒通贸易", "上海市浦东新区", "activity", visit.id)
    assert (due.at, due.remind_at, due.snoozed) == (at(10), at(9, 45), False)
    reminders.configure(60, time(9))
    assert subjects(reminders.due(at(9))) == ["季度拜访"]


def test_an_activity_own_lead_wins_and_no_reminder_means_none(crm, people):
    _, zhao = people
    call = plan(crm, zhao, "call", at(14), "回电报价")
    meeting = plan(crm, zhao, "meeting", at(15), "合同评审")
    crm.reminders.set_lead(call.id, 1440)  # a day ahead
    crm.reminders.set_lead(meeting.id, NO_REMINDER)
    assert crm.reminders.lead_of(call.id) == 1440
    assert subjects(crm.reminders.due(at(14, days=-1))) == ["回电报价"]
    assert subjects(crm.reminders.due(at(14, 59))) == ["回电报价"]  # never the meeting
    crm.reminders.set_lead(call.id, 0)
    assert crm.reminders.due(at(13, 59)) == [] and subjects(crm.reminders.due(at(14))) == ["回电报价"]


def test_open_tasks_remind_by_their_due_time(crm, people):
    _, zhao = people
    plan(crm, zhao, "task", at(11), "寄合同")
    assert crm.reminders.due(at(10, 44)) == []
    assert subjects(crm.reminders.due(at(10, 45))) == ["寄合同"]


def test_followups_remind_on_their_day_at_the_chosen_time(crm, people):
    firm, zhao = people
    crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=zhao.id, occurred_at=at(9, days=-3),
                                     next_followup_on=DAY))
    crm.activities.log(ActivityInput(kind="visit", subject="年度拜访", account_id=firm.id,
                                     occurred_at=at(9, days=-3), next_followup_on=DAY + timedelta(days=1)))
    reminders = crm.reminders
    assert reminders.due(at(8, 59)) == []
    assert reminders.next_wake(at(7)) == at(9)
    [due] = reminders.due(at(9))
    assert (due.kind, due.entity, due.record_id, due.subject, due.customer, due.at) == (
        "followup", "contact", zhao.id, "报价", "赵总", at(9))
    reminders.configure(15, time(8, 30))
    assert subjects(reminders.due(at(8, 30))) == ["报价"]
    assert [r.customer for r in reminders.due(at(8, 30, days=1))] == ["赵总", "恒通贸易"]


def test_a_raised_reminder_is_not_raised_again_even_after_a_restart(db_path):
    first_run = CrmApp.open(db_path)
    try:
        zhao = first_run.customers.create_contact(ContactInput(name="赵总"))
        plan(first_run, zhao, "visit", at(10), "季度拜访")
        plan(first_run, zhao, "task", at(16), "寄合同")
        first = first_run.reminders.poll(at(9, 50))
        assert subjects(first.due) == ["季度拜访"] and first.wake == at(15, 45)
        assert first_run.reminders.poll(at(9, 55)).due == ()
    finally:
        first_run.close()
    second_run = CrmApp.open(db_path)  # the store closed and opened again: a restart
    try:
        assert second_run.reminders.due(at(9, 56)) == []
        assert subjects(second_run.reminders.poll(at(15, 45)).due) == ["寄合同"]
        assert second_run.reminders.due(at(15, 46)) == []
    finally:
        second_run.close()


def test_a_snoozed_reminder_comes_back_when_the_snooze_ends(crm, people):
    _, zhao = people
    visit = plan(crm, zhao, "visit", at(10), "季度拜访")
    [due] = crm.reminders.poll(at(9, 45)).due
    crm.reminders.snooze(due.key, due.at, at(9, 50), now=at(9, 45))
    assert crm.reminders.due(at(9, 49)) == []
    assert crm.reminders.next_wake(at(9, 46)) == at(9, 50)
    [back] = crm.reminders.due(at(9, 50))
    assert (back.key, back.snoozed) == (visit.id, True)
    crm.reminders.mark_raised([back], at(9, 50))
    assert crm.reminders.due(at(9, 51)) == []
    # Snoozed until tomorrow, a visit a day old still comes back (the missed horizon is for the never raised).
    crm.reminders.snooze(due.key, due.at, at(9, days=2), now=at(9, 51))
    assert subjects(crm.reminders.due(at(9, days=2))) == ["季度拜访"]


def test_a_rescheduled_visit_reminds_again(crm, people):
    _, zhao = people
    visit = plan(crm, zhao, "visit", at(10), "季度拜访")
    assert subjects(crm.reminders.poll(at(9, 45)).due) == ["季度拜访"]
    moved = ActivityInput(kind="visit", subject="季度拜访", contact_id=zhao.id, occurred_at=at(14), done=False)
    crm.activities.update(visit.id, moved)
    assert crm.reminders.due(at(13, 44)) == []
    [again] = crm.reminders.due(at(13, 45))
    assert (again.at, again.snoozed) == (at(14), False)


def test_done_deleted_and_others_activities_never_remind(crm, people):
    _, zhao = people
    done = crm.activities.log(ActivityInput(kind="visit", subject="已拜访", contact_id=zhao.id, occurred_at=at(10)))
    deleted = plan(crm, zhao, "visit", at(10), "取消的拜访")
    crm.activities.delete(deleted.id)
    ticked = plan(crm, zhao, "task", at(10), "已完成任务")
    crm.activities.complete_tasks([ticked.id])
    theirs = plan(crm, zhao, "meeting", at(10), "同事的会议")
    with UnitOfWork(crm.store) as uow:  # a colleague's meeting, as a sync pull would bring it
        uow.activities.get(theirs.id).owner_id = "another-user"
        uow.commit()
    note = crm.activities.log(ActivityInput(kind="note", subject="备注", contact_id=zhao.id, occurred_at=at(10),
                                            done=False))
    assert done.done and note.kind == "note"
    assert crm.reminders.due(at(9, 50)) == []
    # A snoozed reminder of a visit deleted meanwhile does not come back either.
    mine = plan(crm, zhao, "visit", at(11), "要取消的拜访")
    [due] = crm.reminders.poll(at(10, 45)).due
    crm.reminders.snooze(due.key, due.at, at(10, 50))
    crm.activities.delete(mine.id)
    assert crm.reminders.due(at(10, 50)) == []


def test_what_fell_due_while_closed_is_raised_once_and_old_things_not_at_all(crm, people):
    _, zhao = people
    plan(crm, zhao, "visit", at(8), "早上的拜访")
    plan(crm, zhao, "task", at(16, days=-2), "前天的任务")  # long past: the agenda's overdue list
    started = at(10)
    due = crm.reminders.poll(started).due
    assert subjects(due) == ["早上的拜访"]
    assert crm.reminders.poll(at(10, 1)).due == ()
