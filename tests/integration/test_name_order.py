"""The customer lists sort Chinese names by pinyin, whichever path wrote the record; a record's row in the
list is found for the window to select; an account's people; every contact field's error at once."""

import sqlite3

from sqlalchemy import create_engine

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.common.ids import new_id
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput, ListFilter, ListSort
from crm_desktop.domain.customers.sort_keys import name_sort_key
from crm_desktop.store import migrate
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync.records import apply_page

PEOPLE = ["王伟", "Zoe Adams", "李娜", "张伟", "安娜", "林", "陈静", "Aaron Baker", "白雪", "曾伟", "欧阳明"]
IN_PINYIN = ["Aaron Baker", "安娜", "白雪", "陈静", "李娜", "林", "欧阳明", "王伟", "曾伟", "张伟", "Zoe Adams"]


def names(crm, entity="contact", sort=None):
    return [row[1] for row in crm.customers.page(entity, ListFilter(), sort or ListSort(), 0, 100)]


def test_contacts_and_accounts_sort_by_pinyin_both_ways(crm):
    for name in PEOPLE:
        crm.customers.create_contact(ContactInput(name=name))
    for name in ("深圳恒通电子", "Acme Trading", "北京华辰科技", "重庆长安", "Zenith Ltd"):
        crm.customers.create_account(AccountInput(name=name))
    assert names(crm) == IN_PINYIN
    assert names(crm, sort=ListSort("name", descending=True)) == IN_PINYIN[::-1]
    assert names(crm, "account") == ["Acme Trading", "北京华辰科技", "重庆长安", "深圳恒通电子", "Zenith Ltd"]


def test_a_renamed_record_moves_to_its_new_place(crm):
    first = crm.customers.create_contact(ContactInput(name="安娜"))
    crm.customers.create_contact(ContactInput(name="李娜"))
    crm.customers.update_contact(first.id, ContactInput(name="周安娜"))
    assert names(crm) == ["李娜", "周安娜"]


def test_bulk_writes_fill_and_refresh_the_sort_key(crm):
    from crm_desktop.store.bulk_write import RecordChange

    ids = [new_id() for _ in PEOPLE]
    with UnitOfWork(crm.store) as uow:
        uow.bulk_writer().insert(Contact, [{"id": i, "name": n} for i, n in zip(ids, PEOPLE, strict=True)])
        uow.commit()
    assert names(crm) == IN_PINYIN
    with UnitOfWork(crm.store) as uow:  # an import's overwrite, or its undo
        uow.bulk_writer().update(Contact, [RecordChange(ids[0], 0, {"name": "艾伦"}, {"name": "王伟"})])
        uow.commit()
    assert names(crm)[:3] == ["Aaron Baker", "艾伦", "安娜"]


def test_records_pulled_from_the_server_get_the_sort_key(crm):
    items = [{"entity": "contact", "id": new_id(), "kind": "upsert", "version": 1, "data": {"name": n}}
             for n in PEOPLE]
    items.append({"entity": "account", "id": new_id(), "kind": "upsert", "version": 1, "data": {"name": "重庆长安"}})
    with UnitOfWork(crm.store, remote=True) as uow:
        apply_page(uow.session, items)
        uow.commit()
    assert names(crm) == IN_PINYIN
    with UnitOfWork(crm.store, remote=True) as uow:  # a later version of a known record: the ORM path
        apply_page(uow.session, [{**items[0], "version": 2, "data": {"name": "艾伦"}}])
        uow.commit()
    assert names(crm)[:3] == ["Aaron Baker", "艾伦", "安娜"]
    assert crm.customers.page("account", ListFilter(), ListSort(), 0, 10)[0][1] == "重庆长安"


def test_demo_rows_carry_the_sort_key(crm):
    crm.load_demo(300, seed=3)
    with UnitOfWork(crm.store) as uow:
        rows = uow.connection().exec_driver_sql(
            "SELECT name, name_sort FROM contacts UNION ALL SELECT name, name_sort FROM accounts").fetchall()
    assert len(rows) > 300
    assert [sort for _, sort in rows] == [name_sort_key(name) for name, _ in rows]


def test_migration_fills_the_key_of_rows_already_there(db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, db_path, db_path.parent / "backups", target="0014")
    engine.dispose()
    con = sqlite3.connect(db_path)
    for number, name in enumerate(PEOPLE):
        con.execute("INSERT INTO contacts (id, created_at, updated_at, version, name, is_primary) VALUES"
                    " (?, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 0, ?, 0)", (f"c{number}", name))
    con.execute("INSERT INTO accounts (id, created_at, updated_at, version, name, status, in_pool) VALUES"
                " ('a1', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 0, '重庆长安', 'lead', 0)")
    con.commit()
    con.close()
    app = CrmApp.open(db_path)
    try:
        assert names(app) == IN_PINYIN
        with UnitOfWork(app.store) as uow:
            conn = uow.connection()
            assert conn.exec_driver_sql("SELECT name_sort FROM accounts").scalar() == name_sort_key("重庆长安")
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT c.rowid FROM contacts c"
                                        " WHERE c.deleted_at IS NULL ORDER BY c.name_sort, c.id LIMIT 200").fetchall()
            indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        app.close()
    assert "USING INDEX ix_contacts_live_sort" in plan[0][-1]  # no sort of a million rows to open the list
    assert {"ix_contacts_live_sort", "ix_accounts_live_sort"} <= indexes
    assert not {"ix_contacts_live_name", "ix_accounts_live_name"} & indexes


def test_position_is_the_row_the_list_shows(crm):
    account = crm.customers.create_account(AccountInput(name="恒通贸易", city="上海"))
    ids = []
    for number, name in enumerate(PEOPLE):
        contact = crm.customers.create_contact(ContactInput(name=name, account_id=account.id if number % 2 else None,
                                                            email=f"p{number}@example.com" if number % 3 else None))
        ids.append(contact.id)
        if number % 4 == 0:  # some have a last activity, the others none (NULL keys sort first ascending)
            crm.activities.log(ActivityInput(kind="call", subject="回访", contact_id=contact.id))
    for flt in (ListFilter(), ListFilter(city="上海")):
        for sort in (ListSort(), ListSort("name", True), ListSort("email"), ListSort("email", True),
                     ListSort("last_activity"), ListSort("last_activity", True), ListSort("account", True)):
            rows = crm.customers.page("contact", flt, sort, 0, 100)
            assert [crm.customers.position("contact", flt, sort, row[0]) for row in rows] == list(range(len(rows)))
    assert crm.customers.position("contact", ListFilter(city="上海"), ListSort(), ids[0]) is None  # no company


def test_account_people_by_name_without_the_deleted(crm):
    account = crm.customers.create_account(AccountInput(name="恒通贸易"))
    for name in ("张伟", "安娜", "李娜"):
        mobile = "13800138000" if name == "安娜" else None
        crm.customers.create_contact(ContactInput(name=name, title="经理", mobile=mobile, account_id=account.id))
    gone = crm.customers.create_contact(ContactInput(name="白雪", account_id=account.id))
    crm.customers.delete_contact(gone.id)
    crm.customers.create_contact(ContactInput(name="陈静"))  # no company
    people = crm.customers.account_people(account.id)
    assert [(p[1], p[2], p[3]) for p in people] == [("安娜", "经理", "+8613800138000"), ("李娜", "经理", None),
                                                   ("张伟", "经理", None)]


def test_contact_problems_name_every_field_at_fault(crm):
    problems = crm.customers.contact_problems(ContactInput(name="", mobile="12345", email="lina@"))
    assert set(problems) == {"name", "mobile", "email"}
    assert crm.customers.contact_problems(ContactInput(name="李娜", mobile="13912345678")) == {}


def test_name_sort_is_a_local_column(crm):
    # Never pushed: each device works it out (a server or an older client knows nothing of it).
    assert "name_sort" in Contact.__local_fields__ and "name_sort" in Account.__local_fields__
