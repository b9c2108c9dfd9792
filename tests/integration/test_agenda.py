"""The rep's agenda by group (overdue, today, the next 7 days, later) with who to call, and its due dates moved:
rescheduled, snoozed, cleared, and put back by an undo."""

from datetime import date, datetime, time, timedelta

import pytest

from crm_desktop.domain.activities.entities import AgendaRef
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput

TODAY = date(2026, 11, 25)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def local(n: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day(n), time(hour, minute)).astimezone()


@pytest.fixture
def territory(crm):
    """Follow-ups planned on contacts and an account, and open tasks, spread around TODAY."""
    made = {}
    account = crm.customers.create_account(AccountInput(name="恒通贸易", phone="02161234567"))
    boss = crm.customers.create_contact(ContactInput(name="赵总", account_id=account.id, mobile="13900139000",
                                                     is_primary=True))
    made["account"], made["boss"] = account, boss
    for name, offset in (("孙丽", -9), ("周强", -1), ("李娜", 0), ("王芳", 3), ("陈杰", 7), ("刘洋", 8)):
        contact = crm.customers.create_contact(ContactInput(name=name, account_id=account.id,
                                                            mobile="13800138000"))
        crm.activities.log(ActivityInput(kind="call", subject=f"{name}的报价", contact_id=contact.id,
                                         occurred_at=local(-20, 9), next_followup_on=day(offset)))
        made[name] = contact
    crm.activities.log(ActivityInput(kind="visit", subject="年度拜访", account_id=account.id,
                                     occurred_at=local(-20, 9), next_followup_on=day(-4)))
    for subject, offset, hour in (("寄合同", -2, 11), ("回电", 0, 15), ("送样品", 5, 10)):
        made[subject] = crm.activities.log(ActivityInput(kind="task", subject=subject, contact_id=boss.id,
                                                         due_at=local(offset, hour), done=False))
    return made


def test_the_agenda_groups_what_is_due_and_says_who_to_call(crm, territory):
    agenda = crm.activities.agenda_view(TODAY)
    assert agenda.counts == {"overdue": 4, "today": 2, "week": 3, "later": 1}
    assert [(i.kind, i.name) for i in agenda.group("overdue")] == [  # what slipped lately first
        ("followup", "周强"), ("task", "赵总"), ("followup", "恒通贸易"), ("followup", "孙丽")]
    assert [i.subject for i in agenda.group("today")] == ["李娜的报价", "回电"]
    assert [i.name for i in agenda.group("week")] == ["王芳", "赵总", "陈杰"]
    assert [i.name for i in agenda.group("later")] == ["刘洋"]
    sun = agenda.group("overdue")[3]
    assert (sun.person, sun.company, sun.phone, sun.subject, sun.overdue) == (
        "孙丽", "恒通贸易", "+8613800138000", "孙丽的报价", True)
    # An account's follow-up names its primary contact, with their mobile; its subject is the plan's.
    firm = agenda.group("overdue")[2]
    assert (firm.entity, firm.person, firm.phone, firm.subject) == ("account", "赵总", "+8613900139000", "年度拜访")
    task = agenda.group("today")[1]
    assert (task.activity_id, task.due_at.astimezone(), task.entity) == (
        territory["回电"].id, local(0, 15), "contact")
    # The overdue and today's entries, as the command line lists them.
    assert [i.name for i in crm.activities.agenda(TODAY)] == ["孙丽", "恒通贸易", "赵总", "周强", "李娜", "赵总"]


def test_a_long_group_shows_its_first_rows_and_counts_them_all(crm, territory):
    agenda = crm.activities.agenda_view(TODAY, limit=2)
    assert agenda.counts["overdue"] == 4
    assert [i.name for i in agenda.group("overdue")] == ["周强", "赵总"]


def test_followups_and_tasks_are_rescheduled_and_an_undo_puts_them_back(crm, territory):
    overdue = crm.activities.agenda_view(TODAY).group("overdue")
    refs = [AgendaRef.of(i) for i in overdue]
    before = crm.activities.reschedule(refs, day(7))
    moved = crm.activities.agenda_view(TODAY)
    assert moved.counts["overdue"] == 0
    assert {i.name for i in moved.group("week") if i.due == day(7)} == {"周强", "赵总", "恒通贸易", "孙丽", "陈杰"}
    task = next(i for i in moved.group("week") if i.activity_id == territory["寄合同"].id)
    assert task.due_at.astimezone() == local(7, 11)  # its time of day stays
    crm.activities.set_dues(before)
    assert [i.name for i in crm.activities.agenda_view(TODAY).group("overdue")] == [i.name for i in overdue]


def test_a_follow_up_no_longer_needed_is_cleared_and_a_task_is_left_alone(crm, territory):
    overdue = crm.activities.agenda_view(TODAY).group("overdue")
    crm.activities.reschedule([AgendaRef.of(i) for i in overdue], None)
    assert [i.kind for i in crm.activities.agenda_view(TODAY).group("overdue")] == ["task"]
    assert crm.customers.get_contact(territory["孙丽"].id).next_followup_at is None
