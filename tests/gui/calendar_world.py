"""A rep's week for the calendar tests and screenshots: overlapping visits, a call, an overdue task, a
follow-up and a deal closing, around a given Monday."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.sales.entities import OpportunityInput


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def seed(crm, monday: date) -> dict[str, str]:
    acme = crm.customers.create_account(AccountInput(name="华为技术有限公司"))
    byd = crm.customers.create_account(AccountInput(name="比亚迪汽车"))
    zhang = crm.customers.create_contact(ContactInput(name="张伟", account_id=acme.id, email="zhangwei@example.com"))
    li = crm.customers.create_contact(ContactInput(name="李娜", account_id=byd.id, email="lina@example.com"))
    crm.activities.log(ActivityInput(kind="note", subject="约下周四回访", occurred_at=at(monday, 8) - timedelta(days=7),
                                     contact_id=li.id, next_followup_on=monday + timedelta(days=3)))
    tuesday, wednesday = monday + timedelta(days=1), monday + timedelta(days=2)
    ids = {"acme": acme.id, "byd": byd.id, "zhang": zhang.id, "li": li.id}
    visits = (("visit", "拜访张伟：年度框架协议", tuesday, 10, 0, 11, 30, zhang.id),
              ("meeting", "方案评审", tuesday, 10, 30, 12, 0, li.id),
              ("call", "电话回访", tuesday, 14, 0, 14, 15, li.id),
              ("visit", "Site survey, plant 2", wednesday, 9, 0, 12, 0, None))
    for n, (kind, subject, day, h1, m1, h2, m2, contact) in enumerate(visits):
        logged = crm.activities.log(ActivityInput(kind=kind, subject=subject, occurred_at=at(day, h1, m1),
                                                  contact_id=contact, account_id=None if contact else byd.id))
        crm.calendar.move(logged.id, at(day, h1, m1))
        ids[f"a{n}"] = logged.id
        _set_end(crm, logged.id, at(day, h2, m2))
    task = crm.activities.log(ActivityInput(kind="task", subject="发送报价单", occurred_at=at(monday, 8),
                                            due_at=at(monday, 16), done=False, account_id=acme.id))
    ids["task"] = task.id
    deal = crm.sales.create(OpportunityInput(name="数据中心扩容", account_id=acme.id, amount="880000",
                                             expected_close=monday + timedelta(days=4)))
    ids["deal"] = deal.id
    return ids


def _set_end(crm, activity_id: str, end: datetime) -> None:
    from crm_desktop.domain.calendar.entities import Slot

    start = crm.activities.get(activity_id).occurred_at
    crm.calendar.put_slot(Slot(activity_id, start, end))
