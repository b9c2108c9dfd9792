"""Check-ins through a real sync round on PostgreSQL (and SQLite): the server doubts a check-in whose device clock
is far ahead and whose journey since the previous one is implausible, writes the doubt as its own change, and
the manager's laptop receives it; a plausible one arrives clean; a later edit of a check-in is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.activities.checkins import Position
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.sync.transport import Transport
from crm_protocol.rules.checkins import CLOCK_AHEAD, SPEED
from tests.server.sync_world import PASSWORD, Device

SERVER = "http://testserver"
SHANGHAI = Position(31.2304, 121.4737, 30.0)
BEIJING = Position(39.9042, 116.4074, 30.0)


@pytest.fixture
def laptops(world, tmp_path):
    """Laptops syncing with the real server, on PostgreSQL (and on the one-box SQLite server too)."""
    client, _ids = world
    opened = []

    def laptop(username: str):
        app = CrmApp.open(tmp_path / f"{username}.db")
        engine = SyncEngine(app.store, Transport(SERVER, client=client))
        engine.login(SERVER, username, PASSWORD, f"{username}'s laptop")
        opened.append(app)
        return app, engine

    yield laptop, client
    for app in opened:
        app.close()


def test_a_doubtful_checkin_arrives_flagged_on_the_managers_laptop(laptops):
    laptop, _client = laptops
    rep, rep_sync = laptop("wang")
    boss, boss_sync = laptop("chen")
    now = utcnow()
    shanghai = rep.customers.create_account(AccountInput(name="恒通贸易", city="上海市", street="南京东路100号"))
    beijing = rep.customers.create_account(AccountInput(name="京华电子", city="北京市", street="长安街1号"))
    fine = rep.checkins.check_in(account_id=shanghai.id, position=SHANGHAI, now=now)
    rep.checkins.check_out(fine.activity_id, now=now + timedelta(minutes=2))
    # The rep's clock runs 90 minutes ahead, and Beijing is 1,068 km from Shanghai: 712 km/h "since" then.
    odd = rep.checkins.check_in(account_id=beijing.id, position=BEIJING, now=now + timedelta(minutes=90))
    report = rep_sync.sync()
    assert (report.pending, report.rejected, report.conflicts) == (0, 0, 0)  # flagged, never refused

    mine = {c.id: c for c in rep.checkins.of_visit(odd.activity_id)}
    assert {d.code for d in mine[odd.id].doubts} == {CLOCK_AHEAD, SPEED}  # the answer brought the doubt back

    boss_sync.sync()
    listed = {row.id: row for row in boss.checkins.listing()}
    assert set(listed) >= {fine.id, odd.id}
    assert listed[fine.id].doubts == ()
    doubts = {d.code: d.number for d in listed[odd.id].doubts}
    assert set(doubts) == {CLOCK_AHEAD, SPEED}
    assert 80 <= doubts[CLOCK_AHEAD] <= 90 and 650 < doubts[SPEED] < 760
    assert listed[odd.id].user == "王芳" and listed[odd.id].customer == "京华电子"
    assert listed[odd.id].broken is None and boss.checkins.verify_chain().intact  # the doubt is not hashed


def test_a_checkin_made_offline_yesterday_is_no_doubt_the_push_carries_the_devices_clock(laptops):
    laptop, _client = laptops
    rep, rep_sync = laptop("wang")
    shop = rep.customers.create_account(AccountInput(name="恒通贸易", city="上海市", street="南京东路100号"))
    offline = rep.checkins.check_in(account_id=shop.id, position=SHANGHAI, now=utcnow() - timedelta(days=1))
    assert rep_sync.sync().rejected == 0
    assert [c.doubts for c in rep.checkins.of_visit(offline.activity_id) if c.id == offline.id] == [()]


def test_a_checkin_is_never_edited_after_it_arrived(laptops):
    laptop, client = laptops
    rep, rep_sync = laptop("wang")
    account = rep.customers.create_account(AccountInput(name="恒通贸易", city="上海市"))
    came = rep.checkins.check_in(account_id=account.id, position=SHANGHAI)
    rep_sync.sync()
    other = Device(client, "wang").login()
    other.pull()
    moved = other.upsert("checkin", came.id, {"latitude": 22.5431, "longitude": 114.0579})
    assert moved["outcome"] == "rejected" and "immutable" in moved["reason"]
    removed = other.push(other.mutation("checkin", came.id, {}, op="delete"))[0]
    assert removed["outcome"] == "rejected"
    kept = other.get("checkin", came.id).json()
    assert kept["data"]["latitude"] == 31.2304 and kept.get("deleted_at") is None
