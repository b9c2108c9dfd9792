"""Customers controller: create, edit, delete, restore, duplicates, merge, lists, agenda."""

from datetime import date, timedelta

import pytest

from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput, ListFilter, ListSort
from crm_desktop.domain.customers.sort_keys import name_sort_key
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.domain.service.entities import TicketInput


def test_contact_duplicates_by_mobile_email_and_similar_name(crm):
    account = crm.customers.create_account(AccountInput(name="华为技术有限公司"))
    first = crm.customers.create_contact(ContactInput(
        name="张伟", account_id=account.id, mobile="13800138000", email="zw@huawei.com"))
    found = crm.customers.contact_duplicates(ContactInput(name="Wei Zhang", mobile="+86 138-0013-8000"))
    assert [(c.id, c.reasons) for c in found] == [(first.id, ("Same mobile number",))]
    found = crm.customers.contact_duplicates(ContactInput(name="x", email="ZW@huawei.com"))
    assert [c.id for c in found] == [first.id]
    found = crm.customers.contact_duplicates(ContactInput(name="張 偉", account_id=account.id))
    assert [c.reasons for c in found] == [("Similar name at the same account",)]
    assert crm.customers.contact_duplicates(ContactInput(name="张伟")) == []  # other account: fine


def test_account_duplicates_by_folded_company_name(crm):
    crm.customers.create_account(AccountInput(name="华为技术（深圳）有限公司"))
    found = crm.customers.account_duplicates(AccountInput(name="華為技術股份有限公司"))
    assert [c.name for c in found] == ["华为技术（深圳）有限公司"]


def test_merge_accounts_keeps_every_related_record(crm):
    keep = crm.customers.create_account(AccountInput(name="恒通贸易", city="上海市"))
    gone = crm.customers.create_account(AccountInput(name="恒通贸易有限公司", phone="021-5888 9999",
                                                     tags=("VIP",)))
    person = crm.customers.create_contact(ContactInput(name="赵磊", account_id=gone.id))
    crm.activities.log(ActivityInput(kind="visit", subject="拜访", account_id=gone.id))
    crm.activities.log(ActivityInput(kind="call", subject="电话", contact_id=person.id))
    deal = crm.sales.create(OpportunityInput("年度采购", account_id=gone.id, amount="10000"))
    ticket = crm.service.create(TicketInput("设备故障", account_id=gone.id))
    result = crm.customers.merge_accounts(keep.id, gone.id)
    assert result.moved == {"contacts": 1, "activities": 2, "opportunities": 1, "orders": 0, "tickets": 1}
    assert crm.sales.get(deal.id).account_name == crm.service.get(ticket.id).account_name == "恒通贸易"
    merged = crm.customers.get_account(keep.id)
    assert merged.phone == "+862158889999" and merged.tags == ("VIP",) and merged.city == "上海市"
    assert merged.contact_count == 1
    assert crm.customers.get_contact(person.id).account_name == "恒通贸易"
    assert len(crm.activities.timeline(account_id=keep.id)) == 2
    with pytest.raises(NotFoundError):
        crm.customers.get_account(gone.id)


def test_merge_contacts_moves_activities(crm):
    a = crm.customers.create_contact(ContactInput(name="李娜", mobile="13912345678"))
    b = crm.customers.create_contact(ContactInput(name="李 娜", email="lina@example.com"))
    crm.activities.log(ActivityInput(kind="note", subject="喜欢喝茶", contact_id=b.id))
    ticket = crm.service.create(TicketInput("咨询", contact_id=b.id))
    crm.customers.merge_contacts(a.id, b.id)
    assert crm.service.get(ticket.id).contact_id == a.id
    kept = crm.customers.get_contact(a.id)
    assert kept.email == "lina@example.com"
    assert [x.subject for x in crm.activities.timeline(contact_id=a.id)] == ["喜欢喝茶"]
    assert [h.id for h in crm.search.search("lina@example")] == [a.id]


def test_list_pages_read_the_same_rows_from_either_end(demo_crm):
    total = demo_crm.customers.count("contact", ListFilter())
    assert total == 400
    sort = ListSort("name")
    forward = [r for off in range(0, total, 100)
               for r in demo_crm.customers.page("contact", ListFilter(), sort, off, 100)]
    with_total = [r for off in range(0, total, 100)
                  for r in demo_crm.customers.page("contact", ListFilter(), sort, off, 100, total)]
    assert forward == with_total  # the far half is read backwards, same rows, same order
    assert [r[1] for r in forward] == sorted((r[1] for r in forward), key=name_sort_key)  # pinyin among Latin
    desc = demo_crm.customers.page("contact", ListFilter(), ListSort("name", True), 0, total, total)
    assert desc == forward[::-1]


def test_list_filters(demo_crm):
    customers = demo_crm.customers
    city = customers.filter_choices()["cities"][0]
    rows = customers.page("account", ListFilter(city=city), ListSort(), 0, 1000)
    assert rows and {r[5] for r in rows} == {city}
    assert customers.count("account", ListFilter(city=city)) == len(rows)
    level_a = customers.count("contact", ListFilter(level="A"))
    assert 0 < level_a < customers.count("contact", ListFilter())
    vip = customers.count("contact", ListFilter(tag="VIP"))
    assert 0 < vip < 400


def test_agenda_lists_overdue_and_today_followups_and_open_tasks(crm):
    today = date(2026, 11, 25)
    c = crm.customers.create_contact(ContactInput(name="孙丽"))
    d = crm.customers.create_contact(ContactInput(name="周强"))
    crm.activities.log(ActivityInput(kind="call", subject="报价", contact_id=c.id,
                                     next_followup_on=today - timedelta(days=2)))
    crm.activities.log(ActivityInput(kind="visit", subject="拜访", contact_id=d.id,
                                     next_followup_on=today + timedelta(days=3)))
    items = crm.activities.agenda(today)
    assert [(i.name, i.overdue) for i in items if i.kind == "followup"] == [("孙丽", True)]
    # logging the follow-up moves the date on
    crm.activities.log(ActivityInput(kind="call", subject="已回访", contact_id=c.id))
    assert [i for i in crm.activities.agenda(today) if i.kind == "followup"] == []
