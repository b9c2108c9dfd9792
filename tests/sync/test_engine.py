"""The sync client against a real server (in process, SQLite or PostgreSQL): two laptops of one
rep and a colleague, edits made offline, pushed, pulled and merged; conflicts and rejections
land in the store as sync issues."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.store.models import Account, Conflict, OutboxEntry
from crm_desktop.sync.transport import Transport
from tests.server.sync_world import PASSWORD

SERVER = "http://testserver"


@pytest.fixture
def laptops(world, tmp_path):
    """Open a CrmApp on its own file per name, logged in as that user; closed afterwards."""
    client, _ids = world
    opened = []

    def laptop(username: str, name: str | None = None):
        app = CrmApp.open(tmp_path / f"{name or username}.db")
        engine = SyncEngine(app.store, Transport(SERVER, client=client))
        engine.login(SERVER, username, PASSWORD, name or username)
        opened.append(app)
        return app, engine

    yield laptop
    for app in opened:
        app.close()


def _accounts(app) -> dict[str, Account]:
    with app.store.sessions() as s:
        return {a.name: a for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)))}


def test_work_done_offline_reaches_the_other_laptop_exactly_once(laptops):
    office, office_sync = laptops("wang", "office")
    home, home_sync = laptops("wang", "home")
    made = office.customers.create_account(AccountInput(name="深圳华强电子有限公司", city="深圳"))
    office.customers.update_account(made.id, AccountInput(name="深圳华强电子有限公司", city="深圳", level="A"))
    report = office_sync.sync()
    assert report.pushed == 2 and report.pending == 0 and report.conflicts == report.rejected == 0
    assert home_sync.sync().pulled >= 1
    copy = _accounts(home)["深圳华强电子有限公司"]
    assert copy.id == made.id and copy.level == "A" and copy.version > 0
    assert [h.id for h in home.search.search("华强")] == [made.id]  # the search index follows
    with home.store.sessions() as s:
        assert s.scalars(select(OutboxEntry)).all() == []  # nothing pulled goes back out
    assert office_sync.sync().pushed == 0


def test_a_guarded_field_edited_on_both_laptops_becomes_a_sync_issue_not_an_overwrite(laptops):
    wang, wang_sync = laptops("wang")
    chen, chen_sync = laptops("chen")
    made = wang.customers.create_account(AccountInput(name="杭州海康", city="杭州"))
    wang_sync.sync()
    chen_sync.sync()
    with chen.store.sessions() as s:  # the manager hands the account to li
        li_id = s.execute(select(Account.owner_id)).first()
    assert li_id
    wang.customers.update_account(made.id, AccountInput(name="杭州海康威视", city="杭州"))
    chen.customers.update_account(made.id, AccountInput(name="杭州海康(总部)", city="杭州"))
    wang_sync.sync()
    report = chen_sync.sync()
    assert report.conflicts == 0  # the name is not guarded: the later arrival wins
    assert _accounts(chen)["杭州海康(总部)"].id == made.id
    wang_sync.sync()
    assert "杭州海康(总部)" in _accounts(wang)
    with wang.store.sessions() as s:
        assert s.scalars(select(Conflict)).all() == []


def test_after_reset_required_the_new_snapshot_drops_copies_deleted_meanwhile_and_keeps_unsent_work(
        laptops, world, monkeypatch):
    from crm_desktop.sync import engine as engine_module
    from crm_desktop.sync.engine import Cancelled
    from crm_desktop.tasks import TaskState
    from crm_server.cli import main as server_main

    client, _ids = world
    office, office_sync = laptops("wang", "office")
    home, home_sync = laptops("wang", "home")
    kept = office.customers.create_account(AccountInput(name="上海浦东发展", city="上海"))
    doomed = office.customers.create_account(AccountInput(name="将被删除的客户", city="上海"))
    office_sync.sync()
    home_sync.sync()
    home.customers.delete_account(doomed.id)
    home_sync.sync()
    unsent = office.customers.create_account(AccountInput(name="离线新建客户", city="南京"))  # made offline
    # 90 days pass: the tombstone and the change log behind office's cursor are purged.
    assert server_main(["--database-url", client.app.state.settings.database_url, "purge", "--days", "0"]) == 0

    # The repeated snapshot is interrupted after its first page and resumed by the next sync.
    monkeypatch.setattr(engine_module, "PAGE", 1)
    pages = []

    def heard(_n: int, _total: int, phase: str) -> None:
        pages.append(phase)
        if phase == "snapshot":
            state.cancel()  # seen before the next page is fetched

    state = TaskState(heard)
    with pytest.raises(Cancelled):
        office_sync.sync(state)
    assert doomed.id in {a.id for a in _accounts(office).values()}  # not yet: the snapshot is not complete
    report = office_sync.sync()
    assert report.pending == 0
    names = {a.id: a.name for a in _accounts(office).values()}
    assert doomed.id not in names and kept.id in names and unsent.id in names
    with office.store.sessions() as s:
        assert s.get(Account, doomed.id) is None  # dropped, not just hidden: nothing points at it
    home_sync.sync()
    assert unsent.id in {a.id for a in _accounts(home).values()}


def test_a_campaign_with_its_segment_template_and_members_reaches_the_other_laptop(laptops):
    from crm_desktop.domain.customers.entities import ContactInput
    from crm_desktop.domain.marketing.rules import CampaignInput, SegmentInput, SegmentRule, TemplateInput

    office, office_sync = laptops("wang", "office")
    home, home_sync = laptops("wang", "home")
    account = office.customers.create_account(AccountInput(name="苏州工业园", city="苏州"))
    office.customers.create_contact(ContactInput(name="周杰", account_id=account.id, email="zhou@example.cn"))
    m = office.marketing
    segment = m.save_segment(SegmentInput("苏州客户", SegmentRule(cities=("苏州",))))
    template = m.save_template(TemplateInput("邀请", "{{name}}您好", "诚邀{{company}}参加{{campaign}}"))
    campaign = m.save_campaign(CampaignInput("苏州路演", segment_id=segment.id, template_id=template.id,
                                             budget="5000"))
    assert m.launch(campaign.id) == 1
    report = office_sync.sync()
    assert report.rejected == 0 and report.conflicts == 0 and report.pending == 0
    home_sync.sync()
    copy = home.marketing.campaign(campaign.id)
    assert copy.members == 1 and copy.status == "active" and copy.budget == 5000
    assert home.marketing.segment_named("苏州客户").rule == SegmentRule(cities=("苏州",))
    assert home.marketing.template(template.id).body == "诚邀{{company}}参加{{campaign}}"
    assert [x.name for x in home.marketing.members(campaign.id)] == ["周杰"]
