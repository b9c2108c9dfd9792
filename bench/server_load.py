"""200 syncing devices on two server nodes behind nginx: push and pull latency, requests/s, errors."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import secrets
import ssl
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import psutil
import psycopg

from bench.common import emit, percentile
from tests.server.cluster import Cluster, ClusterError, two_node_cluster

DEVICES = 200
QUICK_SECONDS, FULL_SECONDS = 20, 60
BUDGET_MS = 500  # p95 of push and of pull
TEAMS = ("华东销售一部", "华东销售二部", "华南销售部", "华北销售部", "西南销售部")
PASSWORD = "bench password 2026"
# Each device syncs every 2-4 s: some twenty times a rep's pace (the app pushes ~5 s after an edit
# and otherwise waits on the long-poll). `--think 1 2` is the stress run that saturates 2 cores.
THINK_SECONDS = (2.0, 4.0)
BATCH = (1, 5)  # new mutations a device makes between two syncs
UPDATE_SHARE = 0.5  # of those, edits of an account the device made earlier; the rest are new accounts
STATUSES = ("lead", "prospect", "customer", "dormant")
CITIES = ("上海", "杭州", "南京", "苏州", "广州", "深圳", "北京", "成都")
FLOOR_ROUNDS = 200
PULL_LIMIT = 500
SCHEMA_VERSION = 1
# A line of the harness's nginx access log (tests/server/cluster.py, log_format upstream).
ACCESS_LINE = re.compile(r'"[A-Z]+ /sync/(?P<op>push|pull)[ ?].* urt=(?P<urt>[-\d.]+)')


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SECONDS} s of load (smoke test)")
    parser.add_argument("--seconds", type=float, default=None, help=f"seconds of load (default {FULL_SECONDS})")
    parser.add_argument("--devices", type=int, default=DEVICES, help="simulated devices, one user each")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--think", type=float, nargs=2, default=THINK_SECONDS, metavar=("MIN", "MAX"),
                        help="seconds each device waits between two syncs (default %(default)s)")
    parser.add_argument("--workers", type=int, default=2,
                        help="server processes per node (crm-server serve --workers; the deployment guide's setting)")
    args = parser.parse_args()
    args.seconds = args.seconds or (QUICK_SECONDS if args.quick else FULL_SECONDS)
    return args


# --- the throwaway database ----------------------------------------------------------------


def test_postgres_url() -> str:
    from tests.server.conftest import configured_url

    url = configured_url()
    if not url:
        sys.exit("server_load: no PostgreSQL: run tools/test-postgres.sh, or set CRM_TEST_DATABASE_URL")
    return url


@contextlib.contextmanager
def throwaway_database(url: str) -> Iterator[str]:
    """A fresh database on the test cluster, dropped afterwards (the name carries our pid, as the tests' do,
    so tests/server/conftest.py removes it should this run be killed)."""
    from tests.server.conftest import PREFIX, with_database

    name = f"{PREFIX}{os.getpid()}_bench_{secrets.token_hex(3)}"
    try:
        admin = psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.Error as error:
        sys.exit(f"server_load: PostgreSQL not reachable at {url} ({error}); run tools/test-postgres.sh")
    with admin:
        admin.execute(f'create database "{name}" template template0')
        try:
            yield with_database(url, name)
        finally:
            admin.execute(f'drop database if exists "{name}" with (force)')


def prepare(url: str, devices: int) -> list[str]:
    """Migrate, then one rep per device spread over a few teams. Argon2 hashing is the slow part
    (~0.1 s a user); two threads hash at once, as argon2 releases the GIL."""
    from crm_server.admin import Admin
    from crm_server.db import make_engine, migrate, sessions
    from crm_server.settings import normalise_url

    engine = make_engine(normalise_url(url))
    migrate(engine)
    with sessions(engine)() as session:
        for team in TEAMS:
            Admin(session).add_team(team)
    usernames = [f"rep{i:03d}" for i in range(devices)]

    def add(indexes: range) -> None:
        with sessions(engine)() as session:
            admin = Admin(session)
            for i in indexes:
                admin.add_user(usernames[i], PASSWORD, f"销售{i:03d}", "rep", TEAMS[i % len(TEAMS)])

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(add, (range(start, devices, 2) for start in range(2))))
    engine.dispose()
    return usernames


# --- one simulated device --------------------------------------------------------------------


@dataclass
class Stats:
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    login_ms: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    samples: dict[str, str] = field(default_factory=dict)  # error kind -> first message seen
    pulled_items: int = 0
    loop_lag_ms: list[float] = field(default_factory=list)

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        self.samples.setdefault(kind, detail[:300])


@dataclass
class Device:
    username: str
    rng: random.Random
    token: str = ""
    device_id: str = ""
    user_id: str = ""
    seq: int = 0
    cursor: str = ""
    outbox: list[dict] = field(default_factory=list)  # sent again until the server answers for them
    records: dict[str, dict] = field(default_factory=dict)  # record id -> {"version", "values"}

    def make_changes(self) -> None:
        pending = {m["record_id"] for m in self.outbox}
        # Only accounts the server has acknowledged and with no edit still queued are edited, so each
        # edit's base_version is the version the server last gave.
        editable = [rid for rid, rec in self.records.items() if rec["version"] and rid not in pending]
        for _ in range(self.rng.randint(*BATCH)):
            if editable and self.rng.random() < UPDATE_SHARE:
                record_id = editable.pop(self.rng.randrange(len(editable)))
                record = self.records[record_id]
                changes = {"status": self.rng.choice(STATUSES), "city": self.rng.choice(CITIES),
                           "notes": f"拜访记录 {self.seq + 1}"}
                base_values = {name: record["values"].get(name) for name in changes}
                base_version = record["version"]
            else:
                record_id = str(uuid.uuid4())
                changes = {"name": f"{self.username} 客户 {self.seq + 1}", "owner_id": self.user_id,
                           "status": "lead", "city": self.rng.choice(CITIES)}
                base_values, base_version = None, 0
                self.records[record_id] = {"version": 0, "values": {}}
            self.seq += 1
            self.outbox.append({
                "seq": self.seq, "mutation_id": str(uuid.uuid4()), "group_id": None, "entity": "account",
                "record_id": record_id, "op": "upsert", "changes": changes, "base_version": base_version,
                "base_values": base_values, "device_time": datetime.now(UTC).isoformat(),
            })

    def acknowledge(self, answer: dict, stats: Stats) -> None:
        sent = {m["seq"]: m for m in self.outbox}
        for result in answer.get("results", []):
            stats.outcomes[result.get("outcome", "?")] += 1
            mutation = sent.get(result.get("seq"))
            if mutation is None:
                continue
            if result.get("outcome") in {"applied", "merged"} and result.get("version") is not None:
                record = self.records[mutation["record_id"]]
                record["version"] = result["version"]
                record["values"].update(mutation["changes"])
            elif result.get("outcome") == "rejected":
                stats.samples.setdefault("rejected", str(result.get("reason"))[:300])
        done = answer.get("last_applied_seq", 0)
        answered = {r.get("seq") for r in answer.get("results", [])}
        self.outbox = [m for m in self.outbox if m["seq"] > done and m["seq"] not in answered]


async def timed_request(client: httpx.AsyncClient, stats: Stats, kind: str, times: list[float],
                        method: str, url: str, **kwargs) -> dict | None:
    started = time.perf_counter()
    try:
        answer = await client.request(method, url, **kwargs)
    except httpx.HTTPError as error:
        stats.error(f"{kind}_{type(error).__name__}", str(error) or type(error).__name__)
        return None
    times.append((time.perf_counter() - started) * 1000)
    if not 200 <= answer.status_code < 300:
        stats.error(f"{kind}_{answer.status_code}", f"{answer.headers.get('x-upstream')}: {answer.text}")
        return None
    return answer.json()


async def login(client: httpx.AsyncClient, device: Device, stats: Stats, gate: asyncio.Semaphore) -> bool:
    async with gate:
        grant = await timed_request(client, stats, "login", stats.login_ms, "POST", "/auth/login",
                                    json={"username": device.username, "password": PASSWORD,
                                          "device_name": f"{device.username}-laptop"})
    if grant is None:
        return False
    device.token, device.device_id, device.user_id = grant["access_token"], grant["device_id"], grant["user_id"]
    return True


async def run_device(client: httpx.AsyncClient, device: Device, stats: Stats, deadline: float,
                     think: tuple[float, float] = THINK_SECONDS) -> None:
    headers = {"Authorization": f"Bearer {device.token}"}
    await asyncio.sleep(device.rng.uniform(0, think[1]))  # devices do not all sync in step
    while time.monotonic() < deadline:
        device.make_changes()
        body = {"device_id": device.device_id, "schema_version": SCHEMA_VERSION, "mutations": device.outbox}
        answer = await timed_request(client, stats, "push", stats.push_ms, "POST", "/sync/push", json=body,
                                     headers=headers)
        if answer is not None:
            device.acknowledge(answer, stats)
        while True:  # drain the pages, as a device does
            params = {"cursor": device.cursor, "limit": PULL_LIMIT, "schema_version": SCHEMA_VERSION}
            page = await timed_request(client, stats, "pull", stats.pull_ms, "GET", "/sync/pull", params=params,
                                       headers=headers)
            if page is None:
                break
            stats.pulled_items += len(page.get("items", []))
            device.cursor = page.get("cursor", device.cursor)
            if not page.get("has_more"):
                break
        await asyncio.sleep(device.rng.uniform(*think))


# --- measuring -------------------------------------------------------------------------------


def floor_ms(cluster: Cluster) -> float:
    """p50 of GET /healthz through nginx with nothing else running: the stack's own round trip."""
    times = []
    with httpx.Client(base_url=cluster.balancer_url, timeout=10) as client:
        for _ in range(20):
            client.get("/healthz")  # warm both nodes and the keep-alive connections
        for _ in range(FLOOR_ROUNDS):
            started = time.perf_counter()
            client.get("/healthz").raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 50)


class CpuMeter:
    """CPU seconds of each part of the stack over the load window: the two nodes, nginx, PostgreSQL
    (the whole test cluster, so other runs on it count too) and this load generator."""

    def __init__(self, cluster: Cluster) -> None:
        self.groups = {**{name: [pid] for name, pid in cluster.process_ids().items()}, "bench_client": [os.getpid()]}
        self.before, self.machine_before = self._sample(), psutil.cpu_times()
        self.started = time.monotonic()

    def _sample(self) -> dict[int, tuple[str, float]]:
        seen = {}
        for group, pids in self.groups.items():
            for pid in pids:
                with contextlib.suppress(psutil.Error):
                    root = psutil.Process(pid)
                    for proc in [root, *root.children(recursive=True)] if group != "bench_client" else [root]:
                        seen[proc.pid] = (group, _cpu(proc))
        for proc in psutil.process_iter(["name"]):
            if proc.info["name"] in {"postgres", "postgres:"}:
                with contextlib.suppress(psutil.Error):
                    seen[proc.pid] = ("postgres", _cpu(proc))
        return seen

    def shares(self) -> dict[str, float]:
        """Each part's CPU use as cores busy on average (2.0: both cores of a 2-core machine)."""
        after, machine, wall = self._sample(), psutil.cpu_times(), time.monotonic() - self.started
        used: Counter = Counter()
        for pid, (group, cpu) in after.items():
            used[group] += cpu - self.before.get(pid, (group, 0.0))[1]
        # Whatever else the machine ran meanwhile (another test run, a build) took cores from the stack.
        busy = _busy(machine) - _busy(self.machine_before)
        used["other"] = max(0.0, busy - sum(used.values()))
        # A virtual machine's cores can be taken by its host: time we wanted to run and could not.
        used["steal"] = getattr(machine, "steal", 0.0) - getattr(self.machine_before, "steal", 0.0)
        return {group: round(seconds / wall, 2) for group, seconds in sorted(used.items())}


def _busy(times) -> float:
    """Seconds the machine's cores ran anything (guest time is already counted in user time)."""
    idle = ("idle", "iowait", "steal", "guest", "guest_nice")
    return sum(times) - sum(getattr(times, name, 0.0) for name in idle)


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return times.user + times.system


async def load(cluster: Cluster, usernames: list[str], seconds: float, seed: int,
               think: tuple[float, float] = THINK_SECONDS) -> tuple[Stats, float, dict]:
    stats = Stats()
    devices = [Device(name, random.Random(seed * 100_003 + i)) for i, name in enumerate(usernames)]
    # A client (and so a connection pool) per device, as each laptop has: one client shared by 200
    # devices spends more time in its pool's bookkeeping than the server spends answering.
    tls = ssl.create_default_context()  # built once: httpx loads the CA bundle for every client otherwise
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(httpx.AsyncClient(
            base_url=cluster.balancer_url, timeout=30, verify=tls, limits=httpx.Limits(max_connections=2)))
            for _ in devices]
        gate = asyncio.Semaphore(8)  # logins are Argon2-bound: a few at a time keeps both nodes busy
        started = time.perf_counter()
        logged_in = await asyncio.gather(*(login(c, d, stats, gate) for c, d in zip(clients, devices, strict=True)))
        emit("server_login", len(devices), p50_ms=percentile(stats.login_ms, 50) if stats.login_ms else 0,
             p95_ms=percentile(stats.login_ms, 95) if stats.login_ms else 0,
             total_s=round(time.perf_counter() - started, 1), failed=logged_in.count(False))
        meter = CpuMeter(cluster)
        lag_ms: list[float] = []
        started = time.perf_counter()
        deadline = time.monotonic() + seconds
        monitor = asyncio.create_task(loop_lag(lag_ms, deadline))
        await asyncio.gather(*(run_device(c, d, stats, deadline, think)
                               for c, d, ok in zip(clients, devices, logged_in, strict=True) if ok))
        window = time.perf_counter() - started
        cpu = meter.shares()
        await monitor
    stats.loop_lag_ms = lag_ms
    return stats, window, cpu


async def loop_lag(lag_ms: list[float], deadline: float, every: float = 0.05) -> None:
    """How late this process's event loop wakes a sleeper: a late loop adds its lag to every latency
    measured here, so a high lag means the figures are the load generator's, not the server's."""
    while time.monotonic() < deadline:
        started = time.perf_counter()
        await asyncio.sleep(every)
        lag_ms.append(max(0.0, (time.perf_counter() - started - every) * 1000))


def nginx_times(access_log: Path) -> dict[str, list[float]]:
    """Milliseconds nginx waited for the node on each push and pull ($upstream_response_time): the
    server side of each latency, without the load generator's own delays."""
    times: dict[str, list[float]] = {"push": [], "pull": []}
    with contextlib.suppress(FileNotFoundError), access_log.open(encoding="utf-8") as lines:
        for line in lines:
            match = ACCESS_LINE.search(line)
            if match and match["op"] in times and match["urt"] != "-":
                times[match["op"]].append(float(match["urt"]) * 1000)
    return times


def report(stats: Stats, window: float, devices: int, floor: float, cpu: dict, at_nginx: dict[str, list[float]],
           think: tuple[float, float] = THINK_SECONDS
           ) -> bool:
    """Print the figures; True when both operations meet the budget without a single error."""
    within = True
    for op, times in (("push", stats.push_ms), ("pull", stats.pull_ms)):
        if not times:
            emit(f"server_{op}", devices, p50_ms=0, p95_ms=0, requests=0, note="no successful request")
            within = False
            continue
        p95 = percentile(times, 95)
        within &= p95 <= BUDGET_MS
        server = at_nginx.get(op) or [0.0]
        emit(f"server_{op}", devices, p50_ms=percentile(times, 50), p95_ms=p95, floor_ms=floor,
             max_ms=round(max(times), 1), requests=len(times), budget_ms=BUDGET_MS,
             node_p50_ms=round(percentile(server, 50), 1), node_p95_ms=round(percentile(server, 95), 1))
    errors = sum(stats.errors.values())
    requests = len(stats.push_ms) + len(stats.pull_ms) + errors
    slowest = max((stats.push_ms, stats.pull_ms), key=lambda t: percentile(t, 95) if t else 0)
    lag = stats.loop_lag_ms or [0.0]
    emit("server_load", devices, p50_ms=percentile(slowest, 50) if slowest else 0,
         p95_ms=percentile(slowest, 95) if slowest else 0, floor_ms=floor, seconds=round(window, 1),
         requests_per_s=round(requests / window, 1), think_s=list(think), errors=errors,
         error_kinds=dict(stats.errors),
         outcomes=dict(stats.outcomes), pulled_items=stats.pulled_items, cpu_cores=cpu,
         client_loop_lag_p95_ms=round(percentile(lag, 95), 1), client_loop_lag_max_ms=round(max(lag), 1),
         budget_ms=BUDGET_MS, within_budget=within and errors == 0)
    for kind, sample in stats.samples.items():
        print(f"# first {kind}: {sample}", file=sys.stderr)
    return within and errors == 0


def main() -> int:
    args = parse_args()
    with throwaway_database(test_postgres_url()) as url, tempfile.TemporaryDirectory(prefix="crm-load-") as tmp:
        started = time.perf_counter()
        usernames = prepare(url, args.devices)
        print(f"# {len(usernames)} users in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        try:
            with two_node_cluster(url, Path(tmp), workers=args.workers) as cluster:
                floor = floor_ms(cluster)
                stats, window, cpu = asyncio.run(load(cluster, usernames, args.seconds, args.seed, tuple(args.think)))
        except ClusterError as error:
            print(f"server_load: {error}", file=sys.stderr)
            return 2
        # Read once nginx has stopped: it writes out its buffered access log as it exits.
        at_nginx = nginx_times(cluster.nginx_access_log)
        return 0 if report(stats, window, len(usernames), floor, cpu, at_nginx, tuple(args.think)) else 1


if __name__ == "__main__":
    sys.exit(main())
