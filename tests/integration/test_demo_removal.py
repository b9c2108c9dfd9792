"""Deleting all demo data: exactly the demo's rows go (with their tags, search documents and counts), the user's own
records stay (and keep the demo records they refer to), nothing is pushed, and a cancel leaves everything."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal

import pytest

from crm_desktop.domain.customers.entities import ContactInput, ListFilter
from crm_desktop.domain.sales.entities import ProductInput
from crm_desktop.store.demo_removal import DEMO_TABLES
from crm_desktop.tasks import TaskCancelledError
from tests.fakes import RecordingState


def _rows(db, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _count(db, sql: str, *args) -> int:
    return _rows(db, sql, *args)[0][0]


def test_every_row_the_demo_writes_is_marked(crm, db_path):
    crm.load_demo(300, seed=5)
    for table in DEMO_TABLES:
        unmarked = _count(db_path, f"SELECT count(*) FROM {table} WHERE demo = 0")
        marked = _count(db_path, f"SELECT count(*) FROM {table} WHERE demo = 1")
        assert marked > 0, table
        assert unmarked == (1 if table == "users" else 0), table  # the device's own user is not demo data


def test_deleting_demo_data_leaves_the_user_s_own_records_and_pushes_nothing(crm, db_path):
    product = crm.products.create(ProductInput(sku="OWN-1", name="自有产品", unit="个", stock_on_hand="500"))
    mine = crm.customers.create_contact(ContactInput(name="自己的客户", mobile="13800138000"))
    crm.load_demo(400, seed=7)
    demo_account = _rows(db_path, "SELECT a.id, a.name FROM accounts a JOIN users u ON u.id = a.owner_id"
                                  " WHERE a.demo = 1 AND u.is_device_user = 1 ORDER BY a.id LIMIT 1")[0]
    joined = crm.customers.create_contact(ContactInput(name="加入演示公司", account_id=demo_account[0]))
    edited = _rows(db_path, "SELECT id FROM contacts WHERE demo = 1 AND account_id IS NULL LIMIT 1")[0][0]
    crm.customers.update_contact(edited, ContactInput(name="改过的演示联系人"))
    outbox = _rows(db_path, "SELECT record_id FROM outbox ORDER BY seq")
    assert (edited,) in outbox
    assert crm.demo_counts()["contacts"] == 400

    state = RecordingState()
    removed = crm.delete_demo(state)

    assert removed.deleted["contacts"] == 400 and removed.kept == {"accounts": 1}
    assert state.reports  # progress along the way
    left = {r[0] for r in _rows(db_path, "SELECT name FROM contacts")}
    assert left == {"自己的客户", "加入演示公司"}
    assert _rows(db_path, "SELECT id FROM accounts") == [(demo_account[0],)]
    assert _rows(db_path, "SELECT is_device_user FROM users") == [(1,)]  # the demo's colleagues went too
    for table in DEMO_TABLES:
        if table != "accounts":
            assert _count(db_path, f"SELECT count(*) FROM {table} WHERE demo = 1") == 0, table
    # Nothing to push: the user's own entries stay, the unsent edit of a deleted demo contact goes, none is added.
    assert _rows(db_path, "SELECT record_id FROM outbox ORDER BY seq") == [r for r in outbox if r != (edited,)]
    assert crm.products.get(product.id).stock_on_hand == Decimal("500")
    assert crm.products.get(product.id).stock_reserved == Decimal("0")
    assert crm.customers.count("contact", ListFilter()) == 2
    assert crm.customers.count("account", ListFilter()) == 1
    assert _count(db_path, "SELECT count(*) FROM record_tags") == 0
    assert _count(db_path, "SELECT count(*) FROM activity_day_stats") == 0
    docs = {r[0] for r in _rows(db_path, "SELECT record_id FROM search_docs")}
    assert docs == {mine.id, joined.id, demo_account[0]}
    assert [h.name for h in crm.search.search("zjdkh")] == ["自己的客户"]
    assert crm.demo_counts() == {"accounts": 1}


def test_a_cancelled_removal_deletes_nothing(crm, db_path):
    crm.load_demo(300, seed=3)
    before = crm.demo_counts()
    with pytest.raises(TaskCancelledError):
        crm.delete_demo(RecordingState(cancel_after=1))
    assert crm.demo_counts() == before
    assert crm.customers.count("contact", ListFilter()) == 300


def test_the_command_line_deletes_demo_data(tmp_path):
    db = tmp_path / "cli.db"

    def crm(*args) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db), *args],
                              capture_output=True, text=True, timeout=300)

    nowhere = crm("demo", "--delete")
    assert nowhere.returncode == 2 and "no database" in nowhere.stderr and not db.exists()
    made = crm("demo", "--customers", "200")
    assert made.returncode == 0, made.stderr
    gone = crm("demo", "--delete")
    assert gone.returncode == 0, gone.stderr
    assert json.loads(gone.stdout)["deleted"]["contacts"] == 200
    assert _count(db, "SELECT count(*) FROM contacts") == 0
    again = crm("demo", "--delete")
    assert again.returncode == 0 and json.loads(again.stdout)["deleted"] == {}
    refused = crm("demo")
    assert refused.returncode == 2 and "--customers" in refused.stderr
