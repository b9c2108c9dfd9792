"""Logged activities are corrected, deleted and restored: what their customer shows (last activity, next
follow-up) follows, every write is journaled for sync, and an undo puts back exactly what was there."""

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.domain.activities.entities import FollowupState
from crm_desktop.domain.common.validation import NotFoundError, ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.sales.entities import OpportunityInput

TODAY = date.today()


def rows(db_path, sql, *params):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def at(days: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time(), UTC).replace(hour=hour)


def edit(activity, **changes) -> ActivityInput:
    fields = {f: getattr(activity, f) for f in ActivityInput.__dataclass_fields__}
    return ActivityInput(**{**fields, **changes})


@pytest.fixture
def person(crm):
    account = crm.customers.create_account(AccountInput(name="恒通贸易"))
    return crm.customers.create_contact(ContactInput(name="周强", account_id=account.id, mobile="13800138000"))


def test_a_typo_in_a_visit_log_is_corrected_and_the_correction_is_journaled(crm, db_path, person):
    visit = crm.activities.log(ActivityInput(kind="visit", subject="拜房客户", contact_id=person.id,
                                             occurred_at=at(-1), outcome="已报价"))
    customer_writes = rows(db_path, "SELECT count(*) FROM outbox WHERE record_id = ?", person.id)
    step = crm.activities.update(visit.id, edit(visit, subject="拜访客户", place="上海浦东"))
    assert step.activity.subject == "拜访客户"
    [shown] = crm.activities.timeline(contact_id=person.id)
    assert (shown.subject, shown.place, shown.outcome) == ("拜访客户", "上海浦东", "已报价")
    [(changes, base)] = rows(db_path, "SELECT changes, base_values FROM outbox WHERE entity = 'activity'"
                                      " AND record_id = ? ORDER BY seq DESC LIMIT 1", visit.id)
    assert '"subject":"拜访客户"' in changes and '"place":"上海浦东"' in changes and "outcome" not in changes
    assert '"subject":"拜房客户"' in base
    # Nothing about the customer changed: nothing of it goes to the server again.
    assert rows(db_path, "SELECT count(*) FROM outbox WHERE record_id = ?", person.id) == customer_writes


def test_an_edit_keeps_the_activity_on_its_customer(crm, person):
    other = crm.customers.create_contact(ContactInput(name="孙丽"))
    call = crm.activities.log(ActivityInput(kind="call", subject="电话", contact_id=person.id))
    crm.activities.update(call.id, edit(call, subject="回电", contact_id=other.id))
    assert [a.subject for a in crm.activities.timeline(contact_id=person.id)] == ["回电"]
    assert crm.activities.timeline(contact_id=other.id) == []
    with pytest.raises(ValidationError):
        crm.activities.update(call.id, edit(call, subject=""))


def test_moving_an_activity_in_time_moves_the_last_activity_of_its_contact_account_and_deal(crm, person):
    deal = crm.sales.create(OpportunityInput(name="ERP", account_id=person.account_id, contact_id=person.id))
    crm.activities.log(ActivityInput(kind="call", subject="早先", contact_id=person.id, occurred_at=at(-5)))
    visit = crm.activities.log(ActivityInput(kind="visit", subject="拜访", opportunity_id=deal.id,
                                             occurred_at=at(-1)))
    last = lambda: (crm.customers.get_contact(person.id).last_activity_at,  # noqa: E731
                    crm.customers.get_account(person.account_id).last_activity_at,
                    crm.sales.get(deal.id).last_activity_at)
    assert last() == (at(-1), at(-1), at(-1))
    crm.activities.update(visit.id, edit(visit, occurred_at=at(-9)))  # it was logged on the wrong day
    assert last() == (at(-5), at(-5), at(-9))  # the deal has no other activity
    crm.activities.update(visit.id, edit(visit, occurred_at=at(-1)))
    assert last() == (at(-1), at(-1), at(-1))


def test_a_changed_plan_moves_the_follow_up_while_it_is_still_that_plan(crm, person):
    call = crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=person.id,
                                            next_followup_on=TODAY + timedelta(days=3)))
    crm.activities.update(call.id, edit(call, next_followup_on=TODAY + timedelta(days=10)))
    assert crm.customers.get_contact(person.id).next_followup_at == TODAY + timedelta(days=10)
    crm.activities.log(ActivityInput(kind="visit", subject="拜访", contact_id=person.id,
                                     next_followup_on=TODAY + timedelta(days=20)))
    crm.activities.update(call.id, edit(call, next_followup_on=TODAY + timedelta(days=4)))
    assert crm.customers.get_contact(person.id).next_followup_at == TODAY + timedelta(days=20)


def test_deleting_an_activity_takes_back_its_last_activity_and_its_plan_and_restoring_puts_them_back(
        crm, db_path, person):
    crm.activities.log(ActivityInput(kind="call", subject="早先", contact_id=person.id, occurred_at=at(-5)))
    wrong = crm.activities.log(ActivityInput(kind="visit", subject="记错客户", contact_id=person.id,
                                             occurred_at=at(-1), next_followup_on=TODAY + timedelta(days=2)))
    step = crm.activities.delete(wrong.id)
    assert step.before == FollowupState("contact", person.id, TODAY + timedelta(days=2))
    assert step.after == FollowupState("contact", person.id, None)
    assert [a.subject for a in crm.activities.timeline(contact_id=person.id)] == ["早先"]
    contact = crm.customers.get_contact(person.id)
    assert (contact.last_activity_at, contact.next_followup_at) == (at(-5), None)
    assert crm.customers.get_account(person.account_id).last_activity_at == at(-5)
    assert rows(db_path, "SELECT op FROM outbox WHERE record_id = ? ORDER BY seq", wrong.id) == [
        ("upsert",), ("delete",)]
    with pytest.raises(NotFoundError):
        crm.activities.update(wrong.id, edit(wrong, subject="x"))
    crm.activities.restore(wrong.id, step.before)
    contact = crm.customers.get_contact(person.id)
    assert (contact.last_activity_at, contact.next_followup_at) == (at(-1), TODAY + timedelta(days=2))
    assert [a.subject for a in crm.activities.timeline(contact_id=person.id)] == ["记错客户", "早先"]


def test_undoing_a_log_that_settled_a_follow_up_brings_the_follow_up_back(crm, person):
    due = TODAY - timedelta(days=1)
    crm.activities.log(ActivityInput(kind="call", subject="约拜访", contact_id=person.id, occurred_at=at(-3),
                                     next_followup_on=due))
    step = crm.activities.log_step(ActivityInput(kind="call", subject="已回访", contact_id=person.id))
    assert crm.customers.get_contact(person.id).next_followup_at is None  # settled
    crm.activities.delete(step.activity.id, step.before)  # the undo
    assert crm.customers.get_contact(person.id).next_followup_at == due
    crm.activities.restore(step.activity.id, step.after)  # the redo
    assert crm.customers.get_contact(person.id).next_followup_at is None


def test_logging_a_follow_up_from_the_agenda_settles_it_even_ahead_of_time(crm, person):
    ahead = TODAY + timedelta(days=4)
    crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=person.id, occurred_at=at(-2),
                                     next_followup_on=ahead))
    crm.activities.log(ActivityInput(kind="call", subject="顺便问候", contact_id=person.id))
    assert crm.customers.get_contact(person.id).next_followup_at == ahead  # an ordinary log leaves it
    crm.activities.log(ActivityInput(kind="call", subject="跟进报价", contact_id=person.id), settle_followup=True)
    assert crm.customers.get_contact(person.id).next_followup_at is None
    crm.activities.log(ActivityInput(kind="call", subject="再跟进", contact_id=person.id,
                                     next_followup_on=TODAY + timedelta(days=9)), settle_followup=True)
    assert crm.customers.get_contact(person.id).next_followup_at == TODAY + timedelta(days=9)


def test_tasks_are_ticked_off_and_opened_again(crm, person):
    task = crm.activities.log(ActivityInput(kind="task", subject="寄样品", contact_id=person.id,
                                            due_at=at(0, 15), done=False))
    assert [i.subject for i in crm.activities.agenda() if i.kind == "task"] == ["寄样品"]
    crm.activities.complete_tasks([task.id])
    assert crm.activities.agenda() == []
    crm.activities.complete_tasks([task.id], done=False)
    assert [i.activity_id for i in crm.activities.agenda()] == [task.id]


def test_a_planned_visit_is_not_the_customers_last_activity_until_it_has_happened(crm, db_path, person):
    """A visit booked for next week has not happened: the customer's last activity stays the call made today.
    Marked done, or checked out of, it counts; a visit planned before this rule (that had moved the last
    activity ahead) gives it back when it is moved."""
    call = crm.activities.log(ActivityInput(kind="call", subject="约拜访", contact_id=person.id, occurred_at=at(0)))
    planned = crm.activities.log(ActivityInput(kind="visit", subject="拜访", contact_id=person.id,
                                               occurred_at=at(7), done=False))
    assert crm.customers.get_contact(person.id).last_activity_at == call.occurred_at
    crm.calendar.move(planned.id, at(8))
    assert crm.customers.get_contact(person.id).last_activity_at == call.occurred_at
    crm.activities.complete_tasks([planned.id])  # "Mark done" in the reminder window
    assert crm.customers.get_contact(person.id).last_activity_at == at(8)
    crm.activities.complete_tasks([planned.id], done=False)  # its undo
    assert crm.customers.get_contact(person.id).last_activity_at == call.occurred_at

    # Checked in and out of: it has happened.
    visit = crm.checkins.check_in(planned.id, now=at(8))
    crm.checkins.check_out(visit.activity_id, now=at(8, 11))
    assert crm.customers.get_contact(person.id).last_activity_at == at(8)

    # An older planned visit that had moved the last activity into next month: moving it gives it back.
    later = crm.activities.log(ActivityInput(kind="meeting", subject="年度会议", contact_id=person.id,
                                             occurred_at=at(30), done=False))
    con = sqlite3.connect(db_path)
    con.execute("UPDATE contacts SET last_activity_at = (SELECT occurred_at FROM activities WHERE id = ?)"
                " WHERE id = ?", (later.id, person.id))
    con.commit()
    con.close()
    crm.calendar.move(later.id, at(31))
    assert crm.customers.get_contact(person.id).last_activity_at == at(8)
