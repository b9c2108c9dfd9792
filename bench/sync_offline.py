"""A week offline (tests/sync/test_offline.py, timed): the rep's one sync pushing 2,000 and pulling 20,000 records."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, rss_mb
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.store.models import Account
from crm_desktop.sync.transport import Transport
from tests.server.sync_world import PASSWORD, Device, serve

SERVER = "http://testserver"
# The office adds REMOTE accounts and syncs; the travelling rep makes LOCAL and syncs once. That sync is the
# figure; its floor is fetching the same pull pages without applying them.
LOCAL, REMOTE = 2_000, 20_000
WEEK_BUDGET_S = 240.0  # the whole week: the office's writes and sync, the rep's edits and sync


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"a tenth: {LOCAL // 10} local, {REMOTE // 10} remote")
    args = parser.parse_args()
    args.local, args.remote = (LOCAL // 10, REMOTE // 10) if args.quick else (LOCAL, REMOTE)
    return args


def laptop(client, path: Path) -> tuple[CrmApp, SyncEngine]:
    app = CrmApp.open(path)
    engine = SyncEngine(app.store, Transport(SERVER, client=client))
    engine.login(SERVER, "wang", PASSWORD, path.stem)
    return app, engine


def pull_floor(client) -> float:
    """Seconds to fetch every pull page from the start, applying nothing (the server's and transport's share)."""
    device = Device(client, "wang").login()
    started = time.perf_counter()
    device.pull()
    return time.perf_counter() - started


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="crm-offline-") as tmp:
        folder = Path(tmp)
        client, _ids = serve(f"sqlite:///{folder / 'server.db'}")
        with client:
            away, away_sync = laptop(client, folder / "away.db")
            office, office_sync = laptop(client, folder / "office.db")
            try:
                away_sync.sync()
                week = time.perf_counter()
                with office.store.sessions() as s:  # the office keeps working all week
                    s.info.update(user_id=office.store.device_user_id)
                    s.add_all(Account(name=f"总部客户{i:05d}", city="上海") for i in range(args.remote))
                    s.commit()
                office_sync.sync()
                for i in range(args.local):
                    away.customers.create_account(AccountInput(name=f"出差客户{i:04d}", city="拉萨"))
                floor = pull_floor(client)
                started = time.perf_counter()
                report = away_sync.sync()
                back = time.perf_counter() - started
                whole = time.perf_counter() - week - floor
                if report.pushed != args.local or report.pulled < args.remote or report.pending:
                    raise RuntimeError(f"the sync did not converge: {report}")
                emit("sync_week_offline", args.local + args.remote, p50_ms=back * 1000, p95_ms=back * 1000,
                     floor_ms=floor * 1000, rss=rss_mb(), week_ms=round(whole * 1000), budget_ms=WEEK_BUDGET_S * 1000)
            finally:
                away.close()
                office.close()
        client.app.state.engine.dispose()
    return 0 if whole <= WEEK_BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
