"""The situations that broke the sync promise, each against a real server: a store restored from an
older backup and a store copied to a second laptop (edits acknowledged but never applied), an edit
landing while a pull is in flight (a laptop and the server forked for good), increments answered with
a version but not a value, and stock that reps could move at will."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.controllers.security.controller import restore_store
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import LineInput, OpportunityInput, OrderInput, ProductInput
from crm_desktop.store.models import Conflict
from crm_server.models import AppliedMutation, Device, Record
from tests.sync.laptops import Laptop


@pytest.fixture
def laptops(world, tmp_path):
    client, _ids = world
    opened: list[Laptop] = []

    def laptop(username: str, name: str, computer: str | None = None, path=None) -> Laptop:
        made = Laptop(client, path or tmp_path / f"{name}.db", username, tmp_path / "computers" / (computer or name))
        opened.append(made)
        return made

    yield laptop
    for made in opened:
        made.close()


def _server(client, entity: str = "account") -> dict[str, dict]:
    with client.app.state.sessions() as s:
        rows = s.scalars(select(Record).where(Record.entity == entity, Record.deleted_at.is_(None)))
        return {r.id: r.data for r in rows}


def _devices_of(client, user_id: str) -> int:
    with client.app.state.sessions() as s:
        return s.scalar(select(func.count()).select_from(Device).where(Device.user_id == user_id))


def _restore_older_backup(laptop: Laptop, by_hand: bool = False) -> None:
    """Back up, make and push one more account, then put the backup back: as `crm restore` does, or
    by hand with a whole home folder from that day (the computer's record of the store goes back too,
    so only the server can tell)."""
    backup = laptop.app.security.backup_now()
    ledger = (laptop.computer / "store-epochs.json").read_bytes()
    laptop.new_account("备份之后的客户")
    assert laptop.sync().pending == 0
    laptop.close()
    if by_hand:
        for suffix in ("-wal", "-shm"):
            laptop.path.with_name(laptop.path.name + suffix).unlink(missing_ok=True)
        shutil.copy(backup, laptop.path)
        (laptop.computer / "store-epochs.json").write_bytes(ledger)
    else:
        restore_store(laptop.path, backup, None)
    laptop.open()


@pytest.mark.parametrize("noticed_by", ["laptop", "server"])
def test_edits_made_after_restoring_an_older_backup_all_reach_the_server(laptops, world, noticed_by):
    client, ids = world
    wang = laptops("wang", "office").log_in()
    first = wang.new_account("备份之前的客户")
    wang.sync()
    _restore_older_backup(wang, by_hand=noticed_by == "server")
    after_restore = wang.new_account("恢复之后新建的客户")  # numbered like the push the backup never saw
    report = wang.sync()
    assert report.pending == 0 and report.rejected == report.conflicts == 0
    server = _server(client)
    names = sorted(data["name"] for data in server.values())
    assert names == ["备份之前的客户", "备份之后的客户", "恢复之后新建的客户"]  # each once: nothing lost
    assert after_restore in server and first in server
    assert sorted(wang.accounts().values()) == names  # and the laptop has them all
    assert _devices_of(client, ids["wang"]) == 2  # the restored store is a device of its own
    assert wang.refusals.count("device_forked") == (1 if noticed_by == "server" else 0)


def test_a_store_copied_to_a_second_laptop_pushes_its_edits_once_and_both_converge(laptops, world):
    client, ids = world
    chen = laptops("chen", "office").log_in()
    chen.sync()
    product = chen.app.products.create(ProductInput("PJ-1", "投影仪", "台", "3000", "CNY", "20"))
    chen.sync()
    unsent = chen.new_account("复制前未同步")
    chen.app.products.adjust_stock(product.id, "-2", "样机")  # not yet pushed either
    chen.close()
    copy_path = chen.path.with_name("home.db")
    shutil.copy(chen.path, copy_path)
    chen.open()
    home = laptops("chen", "home", computer="home-pc", path=copy_path).log_in()
    office_made = chen.new_account("办公室新建")
    home_made = home.new_account("家里新建")
    for laptop in (chen, home, chen, home):
        assert laptop.sync().pending == 0
    server = _server(client)
    assert sorted(server) == sorted({unsent, office_made, home_made})  # the unsent one exactly once
    assert _server(client, "product")[product.id]["stock_on_hand"] == "18.000"  # taken once, not twice
    assert chen.accounts() == home.accounts() == {k: v["name"] for k, v in server.items()}
    assert _devices_of(client, ids["chen"]) == 2
    with client.app.state.sessions() as s:
        firsts = s.scalar(select(func.count()).select_from(AppliedMutation).where(AppliedMutation.echo_of.is_(None)))
        echoes = s.scalar(select(func.count()).select_from(AppliedMutation).where(AppliedMutation.echo_of.isnot(None)))
    assert echoes == 2 and firsts > echoes  # the two unsent edits came twice and were applied once


def _deal(laptop: Laptop, amount: str) -> str:
    account = laptop.new_account("杭州海康")
    stage = laptop.app.sales.stages()[1]
    return laptop.app.sales.create(OpportunityInput("年度框架", account_id=account, stage_id=stage.id,
                                                    amount=Decimal(amount))).id


def _the_manager_sets_200(laptops) -> tuple[Laptop, Laptop, str]:
    """wang's deal of 100, on both laptops; chen, his manager, sets 200 and syncs."""
    wang, chen = laptops("wang", "wang").log_in(), laptops("chen", "chen").log_in()
    deal = _deal(wang, "100")
    wang.sync()
    chen.sync()
    _set_amount(chen, deal, "200")
    chen.sync()
    return wang, chen, deal


def _set_amount(laptop: Laptop, deal_id: str, amount: str) -> None:
    deal = laptop.app.sales.get(deal_id)
    laptop.app.sales.update(deal_id, OpportunityInput(deal.name, account_id=deal.account_id, stage_id=deal.stage_id,
                                                      amount=Decimal(amount)))


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_an_edit_landing_while_a_pull_is_in_flight_ends_in_one_value_everywhere(laptops, world, choice):
    client, _ids = world
    wang, chen, deal = _the_manager_sets_200(laptops)
    wang.during_pull = lambda: _set_amount(wang, deal, "300")  # the rep, while his pull is under way
    wang.sync()
    assert wang.app.sales.get(deal).amount == 300  # kept through the pull: still to push
    report = wang.sync()
    assert report.conflicts == 1
    assert wang.app.sales.get(deal).amount == 200  # the server kept its value, and so does the laptop
    issue = wang.app.sync.issues()[0]
    assert (issue.field, issue.mine, issue.theirs) == ("amount", "300.00", "200.00")
    if choice == "mine":
        wang.app.sync.keep_mine(issue.id)
        assert wang.sync().pushed == 1
    else:
        wang.app.sync.keep_theirs(issue.id)
        assert wang.sync().pushed == 0
    chen.sync()
    expected = "300.00" if choice == "mine" else "200.00"
    assert _server(client, "opportunity")[deal]["amount"] == expected
    assert str(wang.app.sales.get(deal).amount) == str(chen.app.sales.get(deal).amount) == expected
    # and the next edit on either side builds on it without a conflict
    _set_amount(wang, deal, "350")
    assert wang.sync().conflicts == 0 and chen.sync().pulled >= 1
    assert chen.app.sales.get(deal).amount == 350


def test_an_edit_of_a_field_kept_through_a_pull_still_meets_the_concurrent_change(laptops, world):
    """The rep edits the amount during a pull and again afterwards: neither edit silently overwrites the
    manager's value, which he never saw."""
    client, _ids = world
    wang, _chen, deal = _the_manager_sets_200(laptops)
    wang.during_pull = lambda: _set_amount(wang, deal, "300")
    wang.sync()
    _set_amount(wang, deal, "350")  # on the pulled row, but the amount is still his own
    report = wang.sync()
    assert report.conflicts == 2 and _server(client, "opportunity")[deal]["amount"] == "200.00"
    assert wang.app.sales.get(deal).amount == 200


def test_reservations_from_three_laptops_leave_every_laptop_with_the_servers_count(laptops, world):
    client, _ids = world
    chen = laptops("chen", "chen").log_in()
    product = chen.app.products.create(ProductInput("SW-9", "交换机", "台", "800", "CNY", "50"))
    chen.sync()
    reps = [laptops(name, name).log_in() for name in ("wang", "li", "zhao")]
    for rep, quantity in zip(reps, ("3", "4", "5"), strict=True):
        rep.sync()
        account = rep.new_account(f"{rep.username}的客户")
        order = rep.app.orders.create(OrderInput("order", account, lines=(LineInput(product.id, quantity),)))
        rep.app.orders.confirm(order.id)
    for rep in reps:
        report = rep.sync()
        assert report.rejected == 0, rep.app.sync.issues()
        # right after its own sync, with nothing else changing the product
        assert rep.app.products.get(product.id).stock_reserved == _reserved(client, product.id)
    assert _reserved(client, product.id) == Decimal(12)
    for laptop in [chen, *reps]:
        laptop.sync()
        assert laptop.app.products.get(product.id).stock_reserved == 12


def _reserved(client, product_id: str) -> Decimal:
    return Decimal(_server(client, "product")[product_id]["stock_reserved"])


def test_a_reps_stock_adjustment_is_refused_and_taken_back_on_the_laptop(laptops, world):
    client, _ids = world
    chen = laptops("chen", "chen").log_in()
    product = chen.app.products.create(ProductInput("MS-1", "鼠标", "个", "50", "CNY", "10"))
    chen.sync()
    wang = laptops("wang", "wang").log_in()
    wang.sync()
    wang.app.products.adjust_stock(product.id, "+90", "自己加的")
    assert wang.app.products.get(product.id).stock_on_hand == 100
    report = wang.sync()
    assert report.rejected == 1 and "managers" in wang.app.sync.issues()[0].reason
    assert wang.app.products.get(product.id).stock_on_hand == 10  # as on the server
    assert _server(client, "product")[product.id]["stock_on_hand"] == "10.000"
    with wang.app.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Conflict)) == 1


def test_a_rejected_record_given_up_leaves_the_laptop_with_the_servers_copy(laptops, world):
    client, ids = world
    wang, chen = laptops("wang", "wang").log_in(), laptops("chen", "chen").log_in()
    kept = wang.new_account("会被转走的客户")
    wang.sync()
    chen.sync()
    chen.app.customers.update_account(kept, AccountInput(name="会被转走的客户", city="上海", owner_id=ids["li"]))
    chen.sync()  # the manager hands it to li while wang is offline
    wang.app.customers.update_account(kept, AccountInput(name="王改的名字", city="上海"))
    never = wang.new_account("空名字以外都行")
    report = wang.sync()
    assert report.rejected == 1  # the rename: no longer his
    issue = wang.app.sync.issues()[0]
    wang.app.sync.discard(issue.id)
    wang.sync()
    assert kept not in wang.accounts() and never in wang.accounts()  # li's now: out of his scope
    assert _server(client)[kept]["name"] == "会被转走的客户"


def test_laptops_in_two_languages_end_with_one_set_of_shipped_stages(laptops, world):
    """Each laptop makes the shipped stages in its language; the first to sync wins and the other
    takes its names, author and times even when its pull brought them before its push went out."""
    _client, _ids = world
    wang, zhao = laptops("wang", "wang").log_in(), laptops("zhao", "zhao").log_in()
    wang.app.sales.language = "zh_CN"
    chinese = [s.name for s in wang.app.sales.stages()]
    wang.sync()
    english = [s.name for s in zhao.app.sales.stages()]
    assert english != chinese
    zhao.sync()
    zhao.sync()
    assert [s.name for s in zhao.app.sales.stages()] == chinese
    with wang.app.store.sessions() as a, zhao.app.store.sessions() as b:
        from crm_desktop.store.models import PipelineStage

        mine = {(r.id, r.owner_id, r.created_at, r.version) for r in a.scalars(select(PipelineStage))}
        theirs = {(r.id, r.owner_id, r.created_at, r.version) for r in b.scalars(select(PipelineStage))}
    assert mine == theirs


def test_a_refused_shipment_retried_goes_again_with_its_order_and_counts_once(laptops, world):
    """The rep ships an order while a write-off he has not seen leaves too little stock: the whole
    shipment is refused (order and stock move together); after a delivery, retrying it sends both again."""
    client, _ids = world
    chen, wang = laptops("chen", "chen").log_in(), laptops("wang", "wang").log_in()
    product = chen.app.products.create(ProductInput("PR-3", "打印机", "台", "900", "CNY", "5"))
    chen.sync()
    wang.sync()
    customer = wang.new_account("北京客户")
    order = wang.app.orders.create(OrderInput("order", customer, lines=(LineInput(product.id, "3"),)))
    wang.app.orders.confirm(order.id)
    wang.sync()
    chen.app.products.adjust_stock(product.id, "-4", "报损")  # his laptop has not seen the reservation
    chen.sync()
    wang.app.orders.set_status(order.id, "shipped")
    assert wang.sync().rejected == 2  # the status change and its stock move, together
    assert wang.app.products.get(product.id).stock_on_hand == 1  # the move taken back here too
    chen.sync()
    chen.app.products.adjust_stock(product.id, "10", "采购入库")
    chen.sync()
    wang.sync()
    wang.app.sync.retry(wang.app.sync.issues()[0].id)
    assert wang.app.sync.issues() == []  # retried as one action
    report = wang.sync()
    assert report.rejected == 0
    server = _server(client, "product")[product.id]
    assert (server["stock_on_hand"], server["stock_reserved"]) == ("8.000", "0.000")
    assert _server(client, "sales_order")[order.id]["status"] == "shipped"
    assert (wang.app.products.get(product.id).stock_on_hand, wang.app.products.get(product.id).stock_reserved) == (8, 0)


def test_a_refused_adjustment_retried_is_sent_as_an_increment_only(laptops, world):
    client, _ids = world
    chen = laptops("chen", "office").log_in()
    boss = laptops("boss", "boss").log_in()
    product = chen.app.products.create(ProductInput("PR-4", "墨盒", "个", "90", "CNY", "10"))
    chen.sync()
    boss.sync()
    boss.app.products.adjust_stock(product.id, "-5", "盘点")
    boss.sync()
    chen.app.products.adjust_stock(product.id, "-8", "报损")  # on 10 here; 5 on the server
    assert chen.sync().rejected == 1
    boss.app.products.adjust_stock(product.id, "20", "采购入库")
    boss.sync()
    chen.sync()
    chen.app.sync.retry(chen.app.sync.issues()[0].id)
    with chen.app.store.sessions() as s:
        from crm_desktop.store.models import OutboxEntry

        assert [e.op for e in s.scalars(select(OutboxEntry))] == ["increment"]  # no upsert of the count
    chen.sync()
    boss.sync()
    assert _server(client, "product")[product.id]["stock_on_hand"] == "17.000"
    assert chen.app.products.get(product.id).stock_on_hand == boss.app.products.get(product.id).stock_on_hand == 17


def test_keep_theirs_after_a_newer_pull_keeps_the_newer_value(laptops, world):
    client, _ids = world
    wang, chen, deal = _the_manager_sets_200(laptops)
    _set_amount(wang, deal, "300")
    assert wang.sync().conflicts == 1
    _set_amount(chen, deal, "250")  # the manager again, before the rep decides
    chen.sync()
    wang.sync()
    assert wang.app.sales.get(deal).amount == 250
    wang.app.sync.keep_theirs(wang.app.sync.issues()[0].id)
    assert wang.app.sales.get(deal).amount == 250 and wang.sync().pushed == 0
    assert _server(client, "opportunity")[deal]["amount"] == "250.00"
