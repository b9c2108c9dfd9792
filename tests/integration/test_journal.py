"""Every user write records its outbox and audit entries in the same transaction."""

import sqlite3

import pytest

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ContactInput


def rows(db_path, sql):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_create_edit_delete_restore_each_write_outbox_and_audit(crm, db_path):
    contact = crm.customers.create_contact(ContactInput(name="李娜", mobile="13912345678"))
    crm.customers.update_contact(contact.id, ContactInput(name="李娜", mobile="13912345679",
                                                          email="lina@example.com"))
    crm.customers.delete_contact(contact.id)
    crm.customers.restore_contact(contact.id)
    outbox = rows(db_path, "SELECT seq, op, changes, base_values FROM outbox WHERE entity='contact'"
                           " ORDER BY seq")
    assert [r[1] for r in outbox] == ["upsert", "upsert", "delete", "upsert"]
    assert '"mobile":"+8613912345679"' in outbox[1][2] and '"mobile":"+8613912345678"' in outbox[1][3]
    assert "name" not in outbox[1][2]  # only the changed fields travel
    seqs = [r[0] for r in rows(db_path, "SELECT seq FROM outbox ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))  # numbered without gaps
    audit = rows(db_path, f"SELECT action FROM audit_log WHERE record_id = '{contact.id}' ORDER BY id")
    assert [a[0] for a in audit] == ["create", "update", "delete", "restore"]


def test_local_derived_fields_never_reach_the_outbox(crm, db_path):
    account = crm.customers.create_account(AccountInput(name="华为技术有限公司"))
    crm.customers.create_contact(ContactInput(name="张伟", account_id=account.id, mobile="13800138000"))
    for (changes,) in rows(db_path, "SELECT changes FROM outbox"):
        for local in ("name_key", "account_name", "mobile_digits", "phone_digits"):
            assert f'"{local}"' not in changes


def test_failed_write_leaves_no_outbox_or_audit(crm, db_path):
    before = rows(db_path, "SELECT count(*) FROM outbox")[0][0]
    with pytest.raises(ValidationError):
        crm.customers.create_contact(ContactInput(name="王五", email="wang@"))
    with pytest.raises(LookupError):
        crm.customers.create_contact(ContactInput(name="王五", account_id="no-such-account"))
    assert rows(db_path, "SELECT count(*) FROM outbox")[0][0] == before
    assert rows(db_path, "SELECT count(*) FROM contacts WHERE name='王五'")[0][0] == 0


def test_one_action_is_one_mutation_group(crm, db_path):
    account = crm.customers.create_account(AccountInput(name="恒通贸易"))
    contact = crm.customers.create_contact(ContactInput(name="赵磊", account_id=account.id))
    from crm_desktop.domain.customers.entities import ActivityInput

    crm.activities.log(ActivityInput(kind="visit", subject="拜访", contact_id=contact.id))
    groups = rows(db_path, "SELECT group_id, group_concat(entity) FROM outbox GROUP BY group_id"
                           " ORDER BY min(seq)")
    assert sorted(groups[-1][1].split(",")) == ["account", "activity", "contact"]
