"""Fault injection: laptops editing while requests and answers are lost, repeated, delayed and
replayed late; then the network heals and everyone syncs until quiet. Every run must end with no
acknowledged write lost, no duplicate, the same data on every laptop and the server, and no
guarded field overwritten without a conflict."""

from __future__ import annotations

import random
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import select

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.store.journal import plain, synced_fields_of
from crm_desktop.store.models import Account, Opportunity
from crm_desktop.sync.schema import GUARDED
from crm_desktop.sync.transport import SyncError
from crm_server.auth import Caller
from crm_server.db import make_engine, sessions
from crm_server.models import Record, RecordHistory, User
from crm_server.scopes import ScopeKeys, Viewer
from tests.server.sync_world import PASSWORD
from tests.sync.faults import Faults, FaultyTransport, NodeHopping

SERVER = "http://testserver"
STEPS = 60
CITIES = ("上海", "杭州", "深圳", "成都", "武汉", "西安")


class Laptop:
    def __init__(self, path, username: str, inner: httpx.BaseTransport, faults: Faults, rng: random.Random) -> None:
        self.username, self.rng = username, rng
        self.app = CrmApp.open(path)

        def make_client(_server, _ca):
            return httpx.Client(base_url=SERVER, transport=FaultyTransport(inner, faults, rng))

        self.app.sync._client_factory = make_client
        self.made: set[str] = set()

    def log_in(self) -> None:
        for _attempt in range(20):
            try:
                self.app.sync.login(SERVER, self.username, PASSWORD)
                return
            except SyncError:
                continue
        raise AssertionError("could not log in through the faults")

    def sync(self) -> bool:
        try:
            self.app.sync.sync()
            return True
        except SyncError as error:
            self.last_error = error
            return False  # the app tries again later; nothing is lost meanwhile

    def accounts(self) -> list[str]:
        with self.app.store.sessions() as s:
            return list(s.scalars(select(Account.id).where(Account.deleted_at.is_(None))))

    def act(self, step: int) -> None:
        """One thing a rep does."""
        roll, accounts = self.rng.random(), self.accounts()
        customers = self.app.customers
        if roll < 0.3 or not accounts:
            made = customers.create_account(AccountInput(name=f"{self.username}客户{step}-{self.rng.randint(0, 999)}",
                                                         city=self.rng.choice(CITIES)))
            self.made.add(made.id)
        elif roll < 0.6:
            target = customers.get_account(self.rng.choice(accounts))
            customers.update_account(target.id, AccountInput(
                name=target.name, city=self.rng.choice(CITIES), level=self.rng.choice("ABCD"),
                notes=f"{self.username} {step}"))
        elif roll < 0.8:
            stage = self.app.sales.stages()[1]
            made = self.app.sales.create(OpportunityInput(
                name=f"商机{step}", account_id=self.rng.choice(accounts), stage_id=stage.id,
                amount=Decimal(self.rng.randint(1, 500) * 1000)))
            self.made.add(made.id)
        else:
            deals = self._deals()
            if deals:
                deal = self.app.sales.get(self.rng.choice(deals))
                self.app.sales.update(deal.id, OpportunityInput(
                    name=deal.name, account_id=deal.account_id, stage_id=deal.stage_id,
                    amount=Decimal(self.rng.randint(1, 500) * 1000)))

    def _deals(self) -> list[str]:
        with self.app.store.sessions() as s:
            return list(s.scalars(select(Opportunity.id).where(Opportunity.deleted_at.is_(None))))

    def snapshot(self) -> dict[tuple[str, str], dict]:
        """Every live account and deal as the wire carries it."""
        rows = {}
        with self.app.store.sessions() as s:
            for model in (Account, Opportunity):
                for row in s.scalars(select(model).where(model.deleted_at.is_(None))):
                    rows[(model.__entity__, row.id)] = {f: plain(getattr(row, f)) for f in synced_fields_of(model)}
        return rows


def _server_rows(sessions, username: str | None = None) -> dict[tuple[str, str], dict]:
    """Live accounts and deals on the server: all, or those `username` may see."""
    with sessions() as s:
        viewer = None
        if username is not None:
            user = s.scalars(select(User).where(User.username == username)).one()
            viewer = Viewer.of(s, Caller(user.id, user.username, user.role, user.team_id, ""))
        rows = s.scalars(select(Record).where(Record.entity.in_(["account", "opportunity"]),
                                              Record.deleted_at.is_(None)))
        return {(r.entity, r.id): r.data for r in rows if viewer is None or viewer.sees(ScopeKeys.of(r))}


def _same(local: dict, server: dict) -> bool:
    return all(local.get(k) == v for k, v in server.items())


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_runs_through_a_faulty_network_converge_without_loss_or_duplicates(world, tmp_path, seed):
    client, _ids = world
    _run(client._transport, client.app.state.sessions, tmp_path, seed)


def test_a_random_run_across_two_nodes_with_one_crashing_converges(cluster, postgres_url, tmp_path):
    """Every request goes to either node at random; node 0 is killed a third of the way through and
    comes back at two thirds, so pushes and their retries land on different nodes and some die with it."""
    engine = make_engine(postgres_url)
    rng = random.Random(7)
    nodes = NodeHopping(cluster.node_urls, rng)

    def node_crash(step: int) -> None:
        if step == STEPS // 3:
            cluster.stop_node(0)
        elif step == 2 * STEPS // 3:
            cluster.start_node(0)

    try:
        _run(nodes, sessions(engine), tmp_path, 7, during=node_crash)
        assert nodes.refused > 0  # the crash did get in the way
    finally:
        nodes.close()
        engine.dispose()


def _run(inner, server_sessions, tmp_path, seed: int, during=lambda step: None) -> None:
    """Three laptops (two of them wang's) edit and sync through faults, then sync until quiet; checks
    the outcome against the server's database."""
    rng = random.Random(seed)
    faults = Faults(lose_request=0.1, lose_answer=0.1, duplicate=0.1, stale_replay=0.1, delay=0.1)
    laptops = [Laptop(tmp_path / f"{name}-{i}.db", name, inner, faults, random.Random(seed * 10 + i))
               for i, name in enumerate(("wang", "wang", "chen"))]
    try:
        for laptop in laptops:
            laptop.log_in()
        for step in range(STEPS):
            during(step)
            laptop = rng.choice(laptops)
            laptop.act(step)
            if rng.random() < 0.5:
                rng.choice(laptops).sync()
        faults.off()  # the network heals
        for _round in range(3):
            for laptop in laptops:
                assert laptop.sync(), repr(getattr(laptop, "last_error", None))
        server = _server_rows(server_sessions)
        made = set().union(*(laptop.made for laptop in laptops))
        # No acknowledged write lost, no duplicate: exactly the records the laptops made.
        assert {record_id for _entity, record_id in server} == made
        for laptop in laptops:
            local, visible = laptop.snapshot(), _server_rows(server_sessions, laptop.username)
            assert set(local) == set(visible), f"laptop {laptop.username} differs from the server"
            different = [key for key in visible if not _same(local[key], visible[key])]
            assert not different, [(k, {f: (local[k].get(f), v) for f, v in visible[k].items()
                                        if local[k].get(f) != v}) for k in different[:3]]
            assert laptop.app.sync.status().pending == 0
        with server_sessions() as s:
            for history in s.scalars(select(RecordHistory)):
                guarded = GUARDED.get(history.entity, frozenset())
                assert not guarded.intersection(history.overwritten or ()), "a guarded field was overwritten silently"
        assert len(faults.counts) == 5 and sum(faults.counts.values()) >= 15, faults.counts  # they did happen
    finally:
        for laptop in laptops:
            laptop.app.close()
