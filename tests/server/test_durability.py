"""PostgreSQL killed mid-push (fsync on): every push answered 200 survives crash recovery; retries apply once."""

from __future__ import annotations

import contextlib
import random
import shutil
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import pytest

from crm_server.settings import normalise_url
from tests.server.cluster import _Process, _wait_ready, free_ports, log_tail  # one node, started as cluster.py does
from tests.server.conftest import in_ci
from tests.server.pg_instance import DURABLE, PostgresInstance, postgres_instance, unavailable_reason
from tests.server.sync_world import Device, account, build_world, new_id

LAPTOPS = ("wang", "li", "chen", "zhao")
ANSWERS_BEFORE_CRASH = 10  # answered pushes per laptop before PostgreSQL is killed: pushing in full swing
FAILURES_IN_OUTAGE = 2  # failed pushes per laptop before PostgreSQL is started again: a retry fails too
ANSWERS_AFTER_RESTART = 5  # answered pushes per laptop after the restart before the edits stop
DEADLINE = 40.0  # for the whole pushing; the test fails rather than hangs
RETRY_PAUSE = 0.05  # the app waits longer; short here so the time without service is measured closely
HTTP_TIMEOUT = 15.0  # above the node's pool timeout (10 s): a push waiting for a connection gets its answer
CITIES = ("上海", "杭州", "南京", "苏州", "成都")


def require_postgres() -> None:
    """Skip when this machine cannot run a PostgreSQL of the test's own, or fail under CI, where it must."""
    reason = unavailable_reason()
    if reason:
        if in_ci():
            pytest.fail(f"{reason} (CI=true: the durability test must run here)", pytrace=False)
        pytest.skip(reason)


@dataclass
class Attempt:
    """One POST /sync/push and what came of it (`status` None: no HTTP answer at all)."""

    seqs: list[int]
    sent_at: float
    done_at: float = 0.0
    status: int | None = None
    error: str = ""
    results: list[dict] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return self.status == 200

    @property
    def failed_cleanly(self) -> bool:
        """A server error or no answer: the app keeps its outbox and sends it again."""
        return self.status is None or self.status >= 500


class Laptop:
    """A device pushing as the app does: an edit goes to the outbox, the outbox is sent until it is
    answered, unchanged (the same seqs and mutation ids), and only then is the next edit made."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.random = random.Random(device.username)
        self.outbox: list[dict] = []
        self.sent: list[dict] = []  # every mutation the server answered, in seq order
        self.answers: dict[int, dict] = {}  # seq -> the outcome the server answered
        self.answered_at: dict[int, float] = {}  # seq -> when (time.monotonic())
        self.attempts: list[Attempt] = []
        self.accounts: list[str] = []  # own accounts the server confirmed: later edits touch these
        self.refused: Attempt | None = None  # neither 200 nor a server error: retrying cannot help

    @property
    def mutations(self) -> list[dict]:
        return self.sent + self.outbox

    def run(self, editing: threading.Event, deadline: float) -> None:
        """Edit and push while `editing` is set, then push the outbox until it is empty."""
        while time.monotonic() < deadline and self.refused is None:
            if not self.outbox:
                if not editing.is_set():
                    return
                self.outbox = self.next_edit()
            if not self.push_outbox():
                time.sleep(RETRY_PAUSE)

    def next_edit(self) -> list[dict]:
        if self.accounts and self.random.random() < 0.5:
            return [self.edit_account(self.random.choice(self.accounts))]
        return self.new_customer()

    def new_customer(self) -> list[dict]:
        """An account and its first contact: one user action, so one mutation group."""
        account_id, group, n = new_id(), new_id(), self.device.seq + 1
        return [self.device.mutation("account", account_id, account(f"{self.device.username} 的客户 {n}",
                                                                    city=self.random.choice(CITIES)), group=group),
                self.device.mutation("contact", new_id(), {"name": f"联系人 {n}", "account_id": account_id},
                                     group=group)]

    def edit_account(self, account_id: str) -> dict:
        n = self.device.seq + 1
        # Values never sent before: a field set to the value it holds is no change, and leaves no history.
        return self.device.mutation("account", account_id, {"notes": f"第 {n} 次拜访", "street": f"人民路 {n} 号"})

    def push_outbox(self) -> bool:
        attempt = Attempt([m["seq"] for m in self.outbox], time.monotonic())
        self.attempts.append(attempt)
        try:
            response = self.device.send(*self.outbox)
        except httpx.TransportError as error:
            attempt.error = type(error).__name__
        else:
            attempt.status = response.status_code
            if response.status_code == 200:
                attempt.results = response.json()["results"]
            else:
                attempt.error = response.text[:300]
        attempt.done_at = time.monotonic()
        if attempt.answered:
            self.accept(attempt)
        elif not attempt.failed_cleanly:
            self.refused = attempt
        return attempt.answered

    def accept(self, attempt: Attempt) -> None:
        for mutation, result in zip(self.outbox, attempt.results, strict=True):
            self.answers[mutation["seq"]], self.answered_at[mutation["seq"]] = result, attempt.done_at
            if result["version"] is not None:
                self.device.versions[(mutation["entity"], mutation["record_id"])] = result["version"]
                if mutation["entity"] == "account" and mutation["record_id"] not in self.accounts:
                    self.accounts.append(mutation["record_id"])
        self.sent += self.outbox
        self.outbox = []


@dataclass
class ServerState:
    """What the database holds once the laptops are done."""

    last_applied_seq: dict[str, int]  # device id -> seq
    applied: dict[tuple[str, int], tuple[str, datetime]]  # (device id, seq) -> (mutation id, applied at)
    records: dict[tuple[str, str], tuple[int, dict]]  # (entity, id) -> (version, data)
    history: Counter  # (entity, id) -> how many changes record_history holds for it
    history_by_version: dict[tuple[str, str, int], dict]  # (entity, id, version) -> that change's fields
    history_mutations: Counter  # mutation id -> its history rows (where the server names the mutation)

    @classmethod
    def read(cls, url: str) -> ServerState:
        with psycopg.connect(url) as conn:
            seqs = dict(conn.execute("select id, last_applied_seq from devices").fetchall())
            applied = {(device, seq): (mutation, at) for device, seq, mutation, at in conn.execute(
                "select device_id, seq, mutation_id, at from applied_mutations")}
            records = {(e, i): (v, d) for e, i, v, d in conn.execute("select entity, id, version, data from records")}
            rows = conn.execute("select entity, record_id, version, changes, mutation_id "
                                "from record_history").fetchall()
        return cls(seqs, applied, records, Counter((e, i) for e, i, _, _, _ in rows),
                   {(e, i, v): {name: after for name, (_, after) in c.items()} for e, i, v, c, _ in rows},
                   Counter(m for *_, m in rows if m is not None))


@dataclass
class Timeline:
    """When PostgreSQL was killed and started again (time.monotonic(); the restart also by the clock)."""

    killed_at: float = 0.0  # the SIGKILL to the postmaster is about to go
    dead_at: float = 0.0  # every process of the server is gone
    restarted_at: float = 0.0
    restarted_wall: datetime | None = None
    recovery_seconds: float = 0.0


@dataclass
class CrashRun:
    """The laptops' pushes across one crash of PostgreSQL, and what the database held afterwards."""

    laptops: list[Laptop]
    timeline: Timeline
    state: ServerState
    node_log: Path
    settings: dict[str, str]  # the durability settings PostgreSQL ran with

    @property
    def killed_at(self) -> float:
        return self.timeline.killed_at

    def attempts(self) -> list[Attempt]:
        return [a for laptop in self.laptops for a in laptop.attempts]

    def answered_before_kill(self) -> list[Attempt]:
        return [a for a in self.attempts() if a.answered and a.done_at < self.killed_at]

    def failed(self) -> list[Attempt]:
        return [a for a in self.attempts() if not a.answered]

    def seconds_without_service(self) -> float:
        """From the kill to the first answer to a push sent after it (nan: none was answered)."""
        answers = [a.done_at for a in self.attempts() if a.answered and a.sent_at > self.killed_at]
        return min(answers, default=float("nan")) - self.killed_at

    def retried(self, laptop: Laptop) -> list[dict]:
        """The laptop's mutations sent in a push that failed, and so sent again."""
        seqs = {seq for a in laptop.attempts if not a.answered for seq in a.seqs}
        return [m for m in laptop.mutations if m["seq"] in seqs]

    def when(self, moment: float) -> str:
        """A moment of the run, told against the kill."""
        if moment < self.killed_at:
            return f"{self.killed_at - moment:.3f} s before the kill"
        if moment <= self.timeline.dead_at:
            return "while the server was being killed"
        return f"{moment - self.timeline.restarted_at:.3f} s after the restart"

    def in_flight_at_kill(self) -> list[Attempt]:
        return [a for a in self.attempts() if a.sent_at < self.killed_at <= a.done_at]

    def report(self) -> str:
        before = self.answered_before_kill()
        retried = [(laptop, m) for laptop in self.laptops for m in self.retried(laptop)]
        # Nothing commits while the server is dead: a retried mutation stamped before the restart
        # had committed before the kill, and only its answer was lost.
        stamps = [self.state.applied.get((laptop.device.device_id, m["seq"])) for laptop, m in retried]
        committed_early = sum(stamp is not None and stamp[1] < self.timeline.restarted_wall for stamp in stamps)
        return "\n".join([
            f"durability: {len(self.laptops)} laptops pushed {len(self.attempts())} times through one node "
            f"to PostgreSQL with {', '.join(f'{k}={v}' for k, v in self.settings.items())}",
            f"  answered 200 before the kill: {len(before)} pushes ({sum(len(a.seqs) for a in before)} mutations)",
            f"  in flight at the kill: {len(self.in_flight_at_kill())} ({outcomes(self.in_flight_at_kill())})",
            f"  failed during the outage: {len(self.failed())} ({outcomes(self.failed())})",
            f"  PostgreSQL dead {self.timeline.restarted_at - self.timeline.dead_at:.2f} s, "
            f"then crash recovery until ready {self.timeline.recovery_seconds:.2f} s",
            f"  seconds without service (kill to the first push answered again): {self.seconds_without_service():.2f}",
            f"  mutations sent again after failing: {len(retried)} "
            f"({committed_early} had committed before the kill; only their answer was lost)",
        ])


def outcomes(attempts: list[Attempt]) -> str:
    counts = Counter(str(a.status) if a.status else f"no answer: {a.error}" for a in attempts)
    return ", ".join(f"{outcome} x{n}" for outcome, n in sorted(counts.items())) or "none"


@contextlib.contextmanager
def serve_node(database_url: str, log: Path) -> Iterator[tuple[_Process, str]]:
    """One crm_server node (`crm-server serve`, a process of its own) on a free loopback port, ready;
    (the process, its URL). Stopped on exit."""
    port = free_ports(1)[0]
    node = _Process(f"crm_server node (port {port})",
                    [sys.executable, "-m", "crm_server.cli", "--database-url", database_url,
                     "serve", "--host", "127.0.0.1", "--port", str(port)], log)
    url = f"http://127.0.0.1:{port}"
    try:
        node.start()
        _wait_ready(node, url + "/readyz")
        yield node, url
    finally:
        node.stop()


def crash_while_pushing(tmp_path: Path, postgres_settings: dict[str, str] | None = None) -> CrashRun:
    """Laptops push through a live node while its PostgreSQL is killed and started again; the run's
    record and the database's final state. `postgres_settings` override the durable ones: only to
    see the checks catch a server that loses commits (pg_instance.UNSAFE)."""
    with postgres_instance(postgres_settings) as postgres:
        try:
            url = normalise_url(postgres.create_database("crm"))
            build_world(url)
            with serve_node(url, tmp_path / "node.log") as (node, node_url):
                laptops, timeline = push_across_a_crash(postgres, node_url)
                # The same process served before and after: it reconnected (pool_pre_ping) on its own.
                assert node.running(), f"the node died with its database:\n{log_tail(node.log)}"
            settings = {name: postgres.setting(name) for name in DURABLE}
            return CrashRun(laptops, timeline, ServerState.read(postgres.url("crm")), node.log, settings)
        finally:
            # The instance's folder is removed with it: keep its log beside the node's.
            shutil.copy(postgres.log, tmp_path / "postgres.log")


def push_across_a_crash(postgres: PostgresInstance, node_url: str) -> tuple[list[Laptop], Timeline]:
    """Laptops in threads push until each has answers after the restart; meanwhile the kill and restart."""
    timeline = Timeline()
    with contextlib.ExitStack() as stack:
        clients = [stack.enter_context(httpx.Client(base_url=node_url, timeout=HTTP_TIMEOUT)) for _ in LAPTOPS]
        laptops = [Laptop(Device(client, name).login()) for client, name in zip(clients, LAPTOPS, strict=True)]
        editing, deadline = threading.Event(), time.monotonic() + DEADLINE
        editing.set()
        threads = [threading.Thread(target=laptop.run, args=(editing, deadline), name=laptop.device.username)
                   for laptop in laptops]
        for thread in threads:
            thread.start()
        try:
            wait_for_answers(laptops, ANSWERS_BEFORE_CRASH, since=0.0, deadline=deadline)
            timeline.killed_at = time.monotonic()
            postgres.crash()
            timeline.dead_at = time.monotonic()
            wait_for_failures(laptops, FAILURES_IN_OUTAGE, since=timeline.dead_at, deadline=deadline)
            timeline.restarted_at, timeline.restarted_wall = time.monotonic(), datetime.now(UTC)
            timeline.recovery_seconds = postgres.start()
            wait_for_answers(laptops, ANSWERS_AFTER_RESTART, since=timeline.restarted_at, deadline=deadline)
        finally:
            editing.clear()  # the laptops stop editing and push what their outboxes still hold
            for thread in threads:
                thread.join(max(deadline - time.monotonic(), 0) + HTTP_TIMEOUT)
    return laptops, timeline


def wait_for_answers(laptops: list[Laptop], count: int, since: float, deadline: float) -> None:
    """Until every laptop has `count` pushes sent after `since` answered (or one was refused)."""
    def done(laptop: Laptop) -> bool:
        return sum(a.answered and a.sent_at > since for a in laptop.attempts) >= count

    _wait_for_each(laptops, done, deadline, "the laptops' pushes were not answered in time")


def wait_for_failures(laptops: list[Laptop], count: int, since: float, deadline: float) -> None:
    """Until every laptop has `count` pushes sent after `since` come back failed (or one was refused)."""
    def done(laptop: Laptop) -> bool:
        # done_at is set last: an attempt still in flight has no status yet but has not failed.
        return sum(a.done_at > 0 and not a.answered and a.sent_at > since for a in laptop.attempts) >= count

    _wait_for_each(laptops, done, deadline, "the laptops' pushes did not fail while PostgreSQL was dead")


def _wait_for_each(laptops: list[Laptop], done, deadline: float, failure: str) -> None:
    # The laptops push in threads of their own and tell nobody; their attempts are polled.
    while not all(laptop.refused is not None or done(laptop) for laptop in laptops):
        assert time.monotonic() < deadline, failure
        time.sleep(0.02)


# --- what must hold -------------------------------------------------------------------------------


def lost_answers(run: CrashRun) -> list[str]:
    """Every mutation answered 200 whose change the database does not hold as answered."""
    lost = []
    for laptop in run.laptops:
        device = laptop.device.device_id
        for m in laptop.sent:
            seq, answer = m["seq"], laptop.answers[m["seq"]]
            answered = run.when(laptop.answered_at[seq])
            where = f"{laptop.device.username} seq {seq} ({m['mutation_id']}, answered {answered})"
            key, version = (m["entity"], m["record_id"]), answer["version"]
            if run.state.applied.get((device, seq), (None,))[0] != m["mutation_id"]:
                lost.append(f"{where}: no applied_mutations row")
            elif key not in run.state.records or run.state.records[key][0] < version:
                lost.append(f"{where}: the {m['entity']} at version {version} is not on the server")
            elif not m["changes"].items() <= run.state.history_by_version.get((*key, version), {}).items():
                lost.append(f"{where}: the change answered as version {version} is not in record_history")
    return lost


def test_pushes_answered_before_postgresql_is_killed_survive_its_crash_recovery(tmp_path):
    require_postgres()
    run = crash_while_pushing(tmp_path)
    print("\n" + run.report())
    assert run.settings == DURABLE
    lost = lost_answers(run)
    assert not lost, f"{len(lost)} answered mutations lost in the crash, e.g.: {lost[:5]}"
    assert_only_clean_failures(run)
    assert_each_mutation_applied_once(run)
    assert_converged(run)


def assert_only_clean_failures(run: CrashRun) -> None:
    """The crash hit pushes, and each failed with a server error or no answer: never another refusal
    (a 409 gap says the server forgot seqs it had answered)."""
    refused = [f"{laptop.device.username}: {laptop.refused.status} {laptop.refused.error}"
               for laptop in run.laptops if laptop.refused]
    assert not refused, f"pushes refused after the crash: {refused} (node log: {run.node_log})"
    assert run.failed(), "no push failed: the crash did not hit the pushing"
    assert run.answered_before_kill(), "no push was answered before the crash"
    rejected = [r for laptop in run.laptops for r in laptop.answers.values() if r["outcome"] != "applied"]
    assert not rejected, f"the laptops' edits should all apply: {rejected[:3]}"


def assert_each_mutation_applied_once(run: CrashRun) -> None:
    """One record_history row per mutation of a record: a mutation applied twice (say, a retry after
    the crash applied again) would leave two; where the server names the mutation, by its id too."""
    assert any(run.retried(laptop) for laptop in run.laptops), "no mutation was sent again after the crash"
    sent = Counter((m["entity"], m["record_id"]) for laptop in run.laptops for m in laptop.sent)
    # (entity, id): (history rows, mutations) where they differ
    twice = {key: (run.state.history[key], n) for key, n in sent.items() if run.state.history[key] > n}
    assert not twice, f"records with more changes than mutations: {list(twice.items())[:5]}"
    missing = {key: (run.state.history[key], n) for key, n in sent.items() if run.state.history[key] < n}
    assert not missing, f"records with fewer changes than mutations: {list(missing.items())[:5]}"
    # The server's own records (users) aside, it holds exactly the laptops' records.
    assert {key for key in run.state.records if key[0] != "user"} == set(sent)
    applied_twice = [m for m, n in run.state.history_mutations.items() if n > 1]
    assert not applied_twice, f"mutations applied twice: {applied_twice[:5]}"


def assert_converged(run: CrashRun) -> None:
    """Every laptop's outbox is empty, the server's last_applied_seq is its highest seq, each of its
    seqs is stored with its mutation id, and each record holds the last value pushed for each field."""
    expected = {}
    for laptop in run.laptops:
        device, name = laptop.device.device_id, laptop.device.username
        assert not laptop.outbox, f"{name} still has {len(laptop.outbox)} unsent mutations"
        assert [m["seq"] for m in laptop.sent] == list(range(1, laptop.device.seq + 1))
        assert run.state.last_applied_seq[device] == laptop.device.seq, f"{name}'s last_applied_seq"
        stored = {seq: mutation for (d, seq), (mutation, _) in run.state.applied.items() if d == device}
        assert stored == {m["seq"]: m["mutation_id"] for m in laptop.sent}, f"{name}'s applied_mutations"
        for m in laptop.sent:
            expected.setdefault((m["entity"], m["record_id"]), {}).update(m["changes"])
    wrong = [key for key, fields in expected.items() if not fields.items() <= run.state.records[key][1].items()]
    assert not wrong, f"records that do not hold the last pushed values: {wrong[:5]}"
