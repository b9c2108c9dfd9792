"""A small company on a test server, and devices that push and pull like the app will.

Teams: 华东 (east: reps wang and li, manager chen) and 华西 (west: rep zhao); boss is the admin.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field

from fastapi.testclient import TestClient
from sqlalchemy import update

from crm_server.admin import Admin
from crm_server.app import create_app
from crm_server.db import make_engine, migrate, sessions
from crm_server.models import Team
from crm_server.settings import ServerSettings

PASSWORD = "correct horse battery"
USERS = (("wang", "王芳", "rep", "华东"), ("li", "李娜", "rep", "华东"), ("chen", "陈经理", "manager", "华东"),
         ("zhao", "赵磊", "rep", "华西"), ("boss", "老板", "admin", None))
_mutation_ids = itertools.count(1)


def new_id() -> str:
    return str(uuid.uuid4())


def build_world(database_url: str, **settings) -> tuple[ServerSettings, dict[str, str]]:
    """Migrate the database and add the teams and users; returns settings and user ids by name."""
    engine = make_engine(database_url)
    migrate(engine)
    with sessions(engine)() as session:
        admin = Admin(session)
        admin.add_team("华东")
        admin.add_team("华西")
        ids = {name: admin.add_user(name, PASSWORD, display, role, team).id for name, display, role, team in USERS}
        session.execute(update(Team).where(Team.name == "华东").values(manager_id=ids["chen"]))
        session.commit()
    engine.dispose()
    return ServerSettings(database_url=database_url, **settings), ids


@dataclass
class Device:
    """One installation: logs in, numbers its mutations, keeps its pull cursor."""

    client: TestClient
    username: str
    device_id: str = ""
    user_id: str = ""
    token: str = ""
    seq: int = 0
    cursor: str = ""
    versions: dict = field(default_factory=dict)  # (entity, id) -> last version this device knows

    def login(self) -> Device:
        grant = self.client.post("/auth/login", json={"username": self.username, "password": PASSWORD,
                                                      "device_name": f"{self.username}'s laptop"}).json()
        self.device_id, self.user_id, self.token = grant["device_id"], grant["user_id"], grant["access_token"]
        return self

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def mutation(self, entity: str, record_id: str, changes: dict, op: str = "upsert", base: int | None = None,
                 base_values: dict | None = None, group: str | None = None, cause: dict | None = None) -> dict:
        self.seq += 1
        if base is None:
            base = self.versions.get((entity, record_id), 0)
        mutation = {"seq": self.seq, "mutation_id": f"m{next(_mutation_ids)}", "entity": entity,
                    "record_id": record_id, "op": op, "changes": changes, "base_version": base,
                    "base_values": base_values, "group_id": group, "device_time": "2026-11-25T09:00:00Z"}
        if cause is not None:
            mutation["cause"] = cause
        return mutation

    def send(self, *mutations: dict, schema_version: int = 1, device_id: str | None = None):
        return self.client.post("/sync/push", headers=self.headers, json={
            "device_id": device_id or self.device_id, "schema_version": schema_version, "mutations": list(mutations)})

    def push(self, *mutations: dict) -> list[dict]:
        response = self.send(*mutations)
        assert response.status_code == 200, response.text
        results = response.json()["results"]
        for m, r in zip(mutations, results, strict=True):
            if r["version"] is not None:
                self.versions[(m["entity"], m["record_id"])] = r["version"]
        return results

    def upsert(self, entity: str, record_id: str, changes: dict, **kwargs) -> dict:
        return self.push(self.mutation(entity, record_id, changes, **kwargs))[0]

    def pull_page(self, limit: int = 2000):
        return self.client.get("/sync/pull", headers=self.headers,
                               params={"cursor": self.cursor, "limit": limit, "schema_version": 1})

    def pull(self, limit: int = 2000) -> list[dict]:
        """Every page until the feed is drained; the items in order."""
        items = []
        while True:
            response = self.pull_page(limit)
            assert response.status_code == 200, response.text
            page = response.json()
            items += page["items"]
            self.cursor = page["cursor"]
            for item in page["items"]:
                self.versions[(item["entity"], item["id"])] = item["version"]
            if not page["has_more"]:
                return items

    def snapshot(self, limit: int = 2000) -> list[dict]:
        items, token = [], ""
        while True:
            response = self.client.get("/sync/snapshot", headers=self.headers,
                                       params={"token": token, "limit": limit, "schema_version": 1})
            assert response.status_code == 200, response.text
            page = response.json()
            items += page["items"]
            token = page["token"]
            if page["done"]:
                self.cursor = page["cursor"]
                return items

    def get(self, entity: str, record_id: str):
        return self.client.get(f"/records/{entity}/{record_id}", headers=self.headers, params={"schema_version": 1})


def serve(database_url: str, **settings):
    """(TestClient, user ids) for a world on `database_url`; the caller closes the client."""
    server_settings, ids = build_world(database_url, **settings)
    app = create_app(server_settings)
    return TestClient(app), ids


def account(name: str = "华为技术有限公司", **extra) -> dict:
    return {"name": name, "status": "lead", **extra}


def ids_of(items: list[dict], kind: str = "upsert") -> set[str]:
    return {i["id"] for i in items if i["kind"] == kind}
