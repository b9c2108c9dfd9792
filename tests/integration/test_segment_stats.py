"""The trigger-kept counts (segment stats, live contacts and accounts) agree with a walk over the rows
after every kind of change:
edits, moves between accounts, soft deletes and restores, merges, imports, hard deletes, bulk demo loads."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace

import pytest

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.marketing.rules import SegmentRule
from crm_desktop.store.day_stats import SEGMENT_DIMS
from crm_desktop.store.repositories import segments

LEVELS, CITIES, STATUSES = ("A", "B", "C", None), ("上海", "成都", "北京", None), ("lead", "customer", "prospect")


def rules() -> list[SegmentRule]:
    return [SegmentRule(levels=("A",)), SegmentRule(levels=("A", "B"), cities=("上海",)),
            SegmentRule(cities=("成都",), has_email=True), SegmentRule(statuses=("customer",)),
            SegmentRule(levels=("C",), statuses=("lead", "prospect"), cities=("北京", "上海"))]


def assert_stats_agree(crm) -> None:
    con = sqlite3.connect(crm.db_path)
    keys = ", ".join(f"coalesce(a.{d}, '')" for d in SEGMENT_DIMS)
    walked = {row[:-2]: row[-2:] for row in con.execute(
        f"SELECT {keys}, count(*), sum(c.email IS NOT NULL AND c.email != '') FROM contacts c JOIN accounts a"
        f" ON a.id = c.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY {keys}")}
    kept = {row[:-2]: row[-2:] for row in con.execute(
        f"SELECT {', '.join(SEGMENT_DIMS)}, n, with_email FROM contact_segment_stats WHERE n != 0 OR with_email != 0")}
    live = dict(con.execute("SELECT entity, n FROM live_counts"))
    counted = {"contact": con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0],
               "account": con.execute("SELECT count(*) FROM accounts WHERE deleted_at IS NULL").fetchone()[0]}
    con.close()
    assert live == counted  # what the unfiltered lists show as their length
    assert kept == walked
    with crm.store.engine.connect() as conn:
        for rule in rules():
            assert segments._counted_by_stats(rule)
            sql = segments.segment_sql(rule)
            direct = conn.exec_driver_sql(f"SELECT count(*) FROM {sql.table} WHERE {sql.where}", sql.params).scalar()
            assert segments.count(conn, rule) == direct


def test_counts_follow_every_change(crm):
    rng = random.Random(5)
    c = crm.customers
    accounts = [c.create_account(AccountInput(name=f"公司{i}", level=rng.choice(LEVELS), city=rng.choice(CITIES),
                                              status=rng.choice(STATUSES))) for i in range(8)]
    contacts = [c.create_contact(ContactInput(name=f"联系人{i}", account_id=rng.choice(accounts).id,
                                              email=f"p{i}@example.cn" if rng.random() < 0.6 else None))
                for i in range(40)]
    assert_stats_agree(crm)
    for step in range(120):
        action = rng.choice(("move", "email", "delete", "restore", "account", "account_delete", "account_restore"))
        person = rng.choice(contacts)
        current = c.get_contact(person.id, include_deleted=True)
        if action == "move" and current.deleted_at is None:
            target = rng.choice([*accounts, None])
            c.update_contact(person.id, _contact_input(current, account_id=target.id if target else None))
        elif action == "email" and current.deleted_at is None:
            c.update_contact(person.id, _contact_input(current, email=None if current.email else f"x{step}@ex.cn"))
        elif action == "delete" and current.deleted_at is None:
            c.delete_contact(person.id)
        elif action == "restore" and current.deleted_at is not None:
            c.restore_contact(person.id)
        else:
            account = c.get_account(rng.choice(accounts).id, include_deleted=True)
            if action == "account" and account.deleted_at is None:
                c.update_account(account.id, AccountInput(name=account.name, level=rng.choice(LEVELS),
                                                          city=rng.choice(CITIES), status=rng.choice(STATUSES)))
            elif action == "account_delete" and account.deleted_at is None:
                c.delete_account(account.id)
            elif action == "account_restore" and account.deleted_at is not None:
                c.restore_account(account.id)
        if step % 20 == 0:
            assert_stats_agree(crm)
    live = [a for a in accounts if c.get_account(a.id, include_deleted=True).deleted_at is None]
    c.merge_accounts(live[0].id, live[1].id)
    assert_stats_agree(crm)
    # A hard delete (as a sync 'remove' does, children first).
    con = sqlite3.connect(crm.db_path)
    con.execute("PRAGMA foreign_keys = OFF")
    gone = live[2].id
    con.execute("DELETE FROM contacts WHERE account_id = ?", (gone,))
    con.execute("DELETE FROM accounts WHERE id = ?", (gone,))
    con.commit()
    con.close()
    assert_stats_agree(crm)


def _contact_input(current, **changes) -> ContactInput:
    fields = {f: getattr(current, f) for f in ContactInput.__dataclass_fields__ if hasattr(current, f)}
    return replace(ContactInput(**fields), **changes)


@pytest.mark.parametrize("size", [300])
def test_a_bulk_demo_load_counts_at_the_end_and_leaves_the_triggers_in_place(crm, size):
    crm.load_demo(size, seed=3)
    assert_stats_agree(crm)
    c = crm.customers
    account = c.create_account(AccountInput(name="新公司", level="A", city="上海"))
    c.create_contact(ContactInput(name="新人", account_id=account.id, email="new@example.cn"))
    assert_stats_agree(crm)


def test_an_import_counts_its_new_rows_by_batch_and_keeps_the_triggers(crm, tmp_path):
    from crm_desktop.domain.exchange.imports import DuplicatePolicy, ImportOptions
    from crm_desktop.store.day_stats import rebuild

    crm.customers.create_account(AccountInput(name="华信科技", level="A", city="北京", status="customer"))
    rows = ["姓名,手机,邮箱,公司,城市"]
    for i in range(300):
        email = f"p{i}@ex.cn" if i % 3 else ""
        company = "华信科技" if i % 2 == 0 else f"新公司{i % 7}"
        rows.append(f"联系人{i},139{i:08d},{email},{company},上海")
    path = tmp_path / "people.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    crm.imports.run(path, ImportOptions())
    crm.imports.run(path, ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE))
    assert_stats_agree(crm)
    con = sqlite3.connect(crm.db_path)
    days = sorted(con.execute("SELECT day, source, level, owner_id, n FROM account_day_stats WHERE n != 0"))
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    con.close()
    assert {"contact_live_stats_insert", "account_day_stats_insert", "contact_segment_stats_insert"} <= triggers
    with crm.store.engine.begin() as conn:
        rebuild(conn)
    con = sqlite3.connect(crm.db_path)
    assert sorted(con.execute("SELECT day, source, level, owner_id, n FROM account_day_stats WHERE n != 0")) == days
    con.close()
