"""Behaviour found missing in review: deleted companies, follow-ups, merges, midnight tasks."""

from datetime import UTC, date, datetime, time, timedelta

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput


def test_people_of_a_deleted_company_stay_editable_and_restorable(crm):
    account = crm.customers.create_account(AccountInput(name="旧公司"))
    contact = crm.customers.create_contact(ContactInput(name="吴敏", account_id=account.id))
    crm.customers.delete_account(account.id)
    crm.customers.update_contact(contact.id, ContactInput(name="吴敏", account_id=account.id,
                                                          title="经理"))
    crm.activities.log(ActivityInput(kind="call", subject="电话", contact_id=contact.id))
    crm.customers.delete_contact(contact.id)
    crm.customers.restore_contact(contact.id)
    assert crm.customers.get_contact(contact.id).account_name == "旧公司"


def test_merging_companies_moves_deleted_people_too(crm):
    keep = crm.customers.create_account(AccountInput(name="恒通"))
    gone = crm.customers.create_account(AccountInput(name="恒通有限公司"))
    person = crm.customers.create_contact(ContactInput(name="郑强", account_id=gone.id))
    crm.customers.delete_contact(person.id)
    crm.customers.merge_accounts(keep.id, gone.id)
    crm.customers.restore_contact(person.id)
    assert crm.customers.get_contact(person.id).account_id == keep.id


def test_logging_keeps_a_planned_follow_up(crm):
    contact = crm.customers.create_contact(ContactInput(name="冯静"))
    planned = date.today() + timedelta(days=3)
    crm.activities.log(ActivityInput(kind="call", subject="约拜访", contact_id=contact.id,
                                     next_followup_on=planned))
    crm.activities.log(ActivityInput(kind="note", subject="补记", contact_id=contact.id,
                                     occurred_at=datetime.now(UTC) - timedelta(days=30)))
    crm.activities.log(ActivityInput(kind="email", subject="发资料", contact_id=contact.id))
    assert crm.customers.get_contact(contact.id).next_followup_at == planned


def test_merge_keeps_the_earlier_follow_up(crm):
    a = crm.customers.create_contact(ContactInput(name="蒋丽"))
    b = crm.customers.create_contact(ContactInput(name="蒋 丽"))
    soon = date.today() + timedelta(days=2)
    crm.activities.log(ActivityInput(kind="call", subject="x", contact_id=b.id, next_followup_on=soon))
    crm.customers.merge_contacts(a.id, b.id)
    assert crm.customers.get_contact(a.id).next_followup_at == soon


def test_task_due_at_midnight_tomorrow_is_not_on_todays_agenda(crm):
    contact = crm.customers.create_contact(ContactInput(name="韩梅"))
    today = date.today()
    midnight = datetime.combine(today + timedelta(days=1), time.min).astimezone()
    crm.activities.log(ActivityInput(kind="task", subject="明天的事", contact_id=contact.id,
                                     due_at=midnight, done=False))
    assert [i.subject for i in crm.activities.agenda(today) if i.kind == "task"] == []
    assert [i.subject for i in crm.activities.agenda(today + timedelta(days=1))
            if i.kind == "task"] == ["明天的事"]
