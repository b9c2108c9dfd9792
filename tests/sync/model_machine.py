"""The model-based sync test as a Hypothesis state machine: each example is a fresh company on a
real PostgreSQL server (a copy of a template database) with fresh laptops; its steps are drawn by
Hypothesis; at the end everyone syncs until quiet and the sync promise is checked (model_world.py).
Used by tests/sync/test_model.py (a bounded profile in `make test`) and bench/sync_model.py (long)."""

from __future__ import annotations

import random
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from fastapi.testclient import TestClient
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from crm_desktop.controllers.shell.app import CrmApp
from crm_server.app import create_app
from crm_server.settings import ServerSettings, normalise_url
from tests.server.sync_world import build_world
from tests.sync.model_world import Figures, World

# The weights of what happens next: mostly edits and syncs.
STEPS = ("edit",) * 7 + ("sync",) * 4 + ("in_flight", "in_flight", "backup", "restore", "copy", "move_user")


@dataclass
class Company:
    """What every example copies: a migrated server database with the users, and an empty store."""

    admin_url: str  # a database on the cluster, to create and drop the others from
    template: str
    store: Path
    figures: Figures = field(default_factory=Figures)

    @classmethod
    def prepare(cls, pg_url: str, folder: Path) -> Company:
        template = f"crm_t_model_{secrets.token_hex(4)}"
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'create database "{template}" template template0')
        build_world(normalise_url(_with_database(pg_url, template)))
        store = folder / "template.db"
        CrmApp.open(store).close()
        return cls(pg_url, template, store)

    def new_database(self) -> str:
        name = f"crm_t_model_{secrets.token_hex(4)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'create database "{name}" template "{self.template}" strategy file_copy')
        return name

    def drop(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')

    def close(self) -> None:
        self.drop(self.template)


def _with_database(url: str, name: str) -> str:
    return urlsplit(url)._replace(path="/" + name).geturl()


class SyncModel(RuleBasedStateMachine):
    company: Company  # set by the runner before Hypothesis makes machines

    def __init__(self) -> None:
        super().__init__()
        self.world: World | None = None

    @initialize(seed=st.integers(0, 2**32 - 1))
    def start(self, seed: int) -> None:
        self.database = self.company.new_database()
        app = create_app(ServerSettings(database_url=normalise_url(_with_database(self.company.admin_url,
                                                                                  self.database))))
        self.client = TestClient(app)
        self.client.__enter__()
        self.folder = tempfile.TemporaryDirectory(prefix="crm-model-")
        self.world = World(self.client, Path(self.folder.name), self.company.store, random.Random(seed))

    @rule(step=st.sampled_from(STEPS), laptop=st.integers(0, 7), seed=st.integers(0, 2**32 - 1))
    def act(self, step: str, laptop: int, seed: int) -> None:
        w = self.world
        if step == "edit":
            w.edit(laptop, seed)
        elif step == "sync":
            w.sync(laptop)
        elif step == "in_flight":
            w.sync_with_edit_in_flight(laptop, seed)
        elif step == "backup":
            w.back_up(laptop)
        elif step == "restore":
            w.restore(laptop)
        elif step == "copy":
            w.copy(laptop)
        else:
            w.move_user(seed)

    def teardown(self) -> None:
        if self.world is None:
            return
        try:
            self.world.quiesce()
            figures = self.world.check()
            self.company.figures.add(figures)
            broken = {name: getattr(figures, name) for name in
                      ("lost", "duplicates", "forks", "differences", "guarded_overwritten")}
            assert not any(broken.values()), f"the sync promise broke: {broken}; {figures.samples}"
        finally:
            self.world.close()
            self.client.__exit__(None, None, None)
            self.client.app.state.engine.dispose()
            self.company.drop(self.database)
            self.folder.cleanup()
