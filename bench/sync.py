"""The sync client against two server nodes on loopback: initial sync of N records, push of 100
mutations, and how soon another online device sees a change (performance.md budgets)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import psycopg
from sqlalchemy import select

from bench.common import emit, percentile
from bench.server_load import test_postgres_url, throwaway_database
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.sync.engine import SyncReport
from crm_desktop.sync.transport import Transport
from crm_server.admin import Admin
from crm_server.db import make_engine, migrate, sessions
from crm_server.models import Team
from crm_server.settings import normalise_url
from tests.server.cluster import two_node_cluster

PASSWORD = "bench password 2026"
INITIAL_BUDGET_S, PUSH_BUDGET_MS, VISIBLE_BUDGET_MS = 15.0, 300.0, 2000.0
ROUNDS = 20


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 records (smoke test)")
    parser.add_argument("--records", type=int, default=None, help="records in the initial sync (default 100,000)")
    args = parser.parse_args()
    args.records = args.records or (10_000 if args.quick else 100_000)
    return args


def seed_server(url: str, records: int) -> None:
    """A rep with `records` accounts on the server, written straight into its tables (COPY): the
    bench measures downloading them, not pushing them."""
    engine = make_engine(normalise_url(url))
    migrate(engine)
    with sessions(engine)() as s:
        admin = Admin(s)
        admin.add_team("华东销售一部")
        user_id = admin.add_user("wang", PASSWORD, "王芳", "rep", "华东销售一部").id
        team_id = s.scalar(select(Team.id))
    engine.dispose()
    with psycopg.connect(url) as conn:
        first = conn.execute("SELECT nextval('record_version_seq')").fetchone()[0]
        conn.execute("SELECT setval('record_version_seq', %s)", (first + records,))
        with conn.cursor().copy("COPY records (entity, id, data, field_versions, version, updated_at, owner_id,"
                                " team_id, shared, is_global) FROM STDIN") as copy:
            for i in range(records):
                version = first + 1 + i
                data = (f'{{"name": "客户{i:06d}", "city": "上海", "status": "lead", "owner_id": "{user_id}",'
                        f' "in_pool": false}}')
                fields = f'{{"name": {version}, "city": {version}, "status": {version}, "owner_id": {version}}}'
                copy.write_row(("account", str(uuid.uuid4()), data, fields, version, "2026-11-25T00:00:00Z",
                                user_id, team_id, False, False))
        conn.execute("ANALYZE records")
        conn.commit()


def laptop(folder: Path, name: str, server: str) -> tuple[CrmApp, SyncEngine]:
    app = CrmApp.open(folder / f"{name}.db")
    engine = SyncEngine(app.store, Transport(server, timeout=120))
    engine.login(server, "wang", PASSWORD, name)
    return app, engine


def download_floor(server: str, token: str) -> float:
    """Seconds to fetch every snapshot page without applying any (the network and server's share)."""
    started, page_token = time.perf_counter(), ""
    with httpx.Client(base_url=server, timeout=120) as http:
        while True:
            page = http.get("/sync/snapshot", params={"token": page_token, "limit": 2000, "schema_version": 1},
                            headers={"Authorization": f"Bearer {token}"}).json()
            if page["done"]:
                return time.perf_counter() - started
            page_token = page["token"]


def main() -> int:
    args = parse_args()
    within = True
    with throwaway_database(test_postgres_url()) as url, tempfile.TemporaryDirectory(prefix="crm-sync-") as tmp:
        seed_server(url, args.records)
        folder = Path(tmp)
        with two_node_cluster(normalise_url(url), folder / "cluster", workers=1) as cluster:
            server = cluster.balancer_url
            office, office_sync = laptop(folder, "office", server)
            floor = download_floor(server, office_sync.transport.tokens.access_token)
            started = time.perf_counter()
            report: SyncReport = office_sync.sync()
            initial = time.perf_counter() - started
            within &= initial <= INITIAL_BUDGET_S and report.pulled >= args.records
            emit("sync_initial", args.records, p50_ms=initial * 1000, p95_ms=initial * 1000, floor_ms=floor * 1000,
                 budget_ms=INITIAL_BUDGET_S * 1000, pulled=report.pulled)

            push_ms = []
            for round_ in range(ROUNDS):
                for i in range(100):
                    office.customers.create_account(AccountInput(name=f"新客户{round_}-{i}", city="杭州"))
                started = time.perf_counter()
                office_sync._push(SyncReport(), None, lambda: False)
                push_ms.append((time.perf_counter() - started) * 1000)
            within &= percentile(push_ms, 95) <= PUSH_BUDGET_MS
            emit("sync_push_100", ROUNDS, p50_ms=percentile(push_ms, 50), p95_ms=percentile(push_ms, 95),
                 budget_ms=PUSH_BUDGET_MS)

            phone, phone_sync = laptop(folder, "phone", server)
            phone_sync.sync()
            seen_ms = [visible_after(office, office_sync, phone, phone_sync, i) for i in range(ROUNDS)]
            within &= percentile(seen_ms, 95) <= VISIBLE_BUDGET_MS
            emit("sync_visible", ROUNDS, p50_ms=percentile(seen_ms, 50), p95_ms=percentile(seen_ms, 95),
                 budget_ms=VISIBLE_BUDGET_MS)
            for app in (office, phone):
                app.close()
    return 0 if within else 1


def visible_after(office, office_sync, phone, phone_sync, i: int) -> float:
    """Milliseconds from saving an account on one laptop to the other laptop having it, while the
    other waits on the long-poll as the app does."""
    arrived = threading.Event()

    def listen() -> None:
        cursor = phone_sync.state("sync/cursor") or ""
        if phone_sync.transport.wait(cursor, 20):
            phone_sync.sync()
            arrived.set()

    listener = threading.Thread(target=listen)
    listener.start()
    time.sleep(0.2)  # the phone is waiting
    started = time.perf_counter()
    made = office.customers.create_account(AccountInput(name=f"实时客户{i}", city="苏州"))
    office_sync.sync()
    listener.join(30)
    elapsed = (time.perf_counter() - started) * 1000
    assert arrived.is_set() and phone.customers.get_account(made.id).name == f"实时客户{i}"
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
