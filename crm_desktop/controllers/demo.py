"""Demo data: a realistic territory of accounts, contacts and activities, generated in bulk.

The sales side (products, deals, quotes and orders) and the service desk's tickets follow in the
same transaction (demo_sales, demo_service).

Demo rows are the device's own sample data: they bypass the outbox (nothing to push to a
server) and are written in one transaction, so a cancelled run leaves the store untouched.
Rows are built by worker processes (pure Python work) while this process writes them.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from datetime import datetime

from crm_desktop.controllers.demo_rows import DemoChunk, build_chunk, iso
from crm_desktop.controllers.demo_sales import DemoSales
from crm_desktop.controllers.demo_service import DemoService
from crm_desktop.controllers.sales import SalesController
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.sla import SlaPolicy, load_policy
from crm_desktop.store.bulk import bulk_load_mode
from crm_desktop.store.database import Store
from crm_desktop.store.day_stats import counted_at_the_end
from crm_desktop.store.models import (
    Account,
    Activity,
    Contact,
    Opportunity,
    OpportunityLine,
    Product,
    SalesOrder,
    SalesOrderLine,
    Ticket,
    TicketEvent,
)
from crm_desktop.store.search_index import insert_document_rows, next_seq
from crm_desktop.tasks import TaskState

CONTACTS_PER_ACCOUNT = 4
CHUNK = 20_000
# Below this many contacts, starting worker processes costs more than it saves.
PARALLEL_FROM = 60_000
WORKERS = 2

_ACCOUNT_SQL = (
    "INSERT INTO accounts (id, created_at, updated_at, owner_id, version, name, short_name,"
    " industry, level, status, source, phone, country, province, city, district, street, tags,"
    " last_activity_at, next_followup_at, in_pool, name_key)"
    " VALUES (?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)"
)
_CONTACT_SQL = (
    "INSERT INTO contacts (id, created_at, updated_at, owner_id, version, account_id, name, title,"
    " department, mobile, phone, email, tags, is_primary, last_activity_at, next_followup_at,"
    " account_name, mobile_digits, phone_digits)"
    " VALUES (?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_ACTIVITY_SQL = (
    "INSERT INTO activities (id, created_at, updated_at, owner_id, version, kind, subject, body,"
    " occurred_at, due_at, done, outcome, account_id, contact_id, next_followup_on)"
    " VALUES (?,?,?,?,0,?,?,NULL,?,?,?,?,?,?,NULL)"
)
_TAG_SQL = "INSERT OR IGNORE INTO record_tags (tag, entity, record_id) VALUES (?,?,?)"
_USER_SQL = (
    "INSERT INTO users (id, created_at, updated_at, owner_id, version, username, display_name,"
    " role, team, is_device_user) VALUES (?,?,?,NULL,0,?,?,?,?,0)"
)
_BULK_MODELS = (Account, Contact, Activity, Product, Opportunity, OpportunityLine, SalesOrder, SalesOrderLine,
                Ticket, TicketEvent)
COLLEAGUES = (("liqiang", "李强", "manager"), ("wangfang", "王芳", "rep"), ("chenjing", "陈静", "rep"),
              ("zhaolei", "赵磊", "rep"), ("emily", "Emily Clark", "rep"), ("liuyang", "刘洋", "rep"))


class _InProcess(Executor):
    """Executor that runs each job at once, for small runs and tests."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class DemoGenerator:
    def __init__(self, store: Store, seed: int = 1, language: str = "en", policy: SlaPolicy | None = None) -> None:
        self.store = store
        self.seed = seed
        self.language = language  # of the default pipeline stages, if the store has none yet, and of tickets
        self.policy = policy  # the SLA policy in use (the shipped one if None): demo deadlines follow it
        self.rng = random.Random(seed)
        self.now = time.time()
        self.today = datetime.now().date()

    def _owners(self, conn) -> list[str]:
        """The device user carries a good share of the territory; colleagues the rest."""
        stamp = iso(self.now)
        existing = {r[0] for r in conn.exec_driver_sql("SELECT username FROM users")}
        fresh = [(new_id(), stamp, stamp, u, d, r, "华东销售一部")
                 for u, d, r in COLLEAGUES if u not in existing]
        if fresh:
            conn.exec_driver_sql(_USER_SQL, fresh)
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM users WHERE is_device_user = 0")]
        return [self.store.device_user_id] * 2 + ids

    def _times(self, n: int, active_share: float, oldest_days: float):
        """(created, last activity or None) per record, least recently active first.

        Records are generated in this order so that their search-index rowids ascend: FTS5
        flushes its pending terms whenever a rowid goes backwards, which made loading 4x slower.
        """
        rng, now = self.rng, self.now
        pairs = []
        for _ in range(n):
            created = now - rng.uniform(1, oldest_days) * 86400
            touched = created + rng.uniform(0, now - created) if rng.random() < active_share else None
            pairs.append((touched or created, created, touched))
        pairs.sort()
        return [p[1] for p in pairs], [p[2] for p in pairs]

    def run(self, customers: int, state: TaskState | None = None,
            opportunities: int | None = None, tickets: int | None = None) -> dict[str, int]:
        """Add `customers` contacts (and a quarter as many accounts), then their deals, products,
        quotes, orders and service tickets, in one transaction. `opportunities`: that many deals
        instead of one per five contacts; `tickets`: that many instead of one per eight contacts."""
        state = state or TaskState()
        policy = self.policy or load_policy()  # read before the long transaction: a bad file stops nothing half-done
        # Stages first, in their own transaction: the demo's write transaction would block it.
        stages = SalesController(self.store, self.language).stages()
        n_accounts = max(1, customers // CONTACTS_PER_ACCOUNT)
        total = n_accounts + customers
        counts = {"accounts": 0, "contacts": 0, "activities": 0}
        acc_created, acc_touched = self._times(n_accounts, 0.85, 1100)
        con_created, con_touched = self._times(customers, 0.67, 1000)
        # Search-index rank of every record: the most recently active get the highest seqs.
        recency = [t or c for t, c in zip(acc_touched + con_touched, acc_created + con_created,
                                          strict=True)]
        order = sorted(range(total), key=recency.__getitem__)  # two sorted runs: a merge
        with self.store.engine.begin() as conn, bulk_load_mode(conn, _BULK_MODELS), counted_at_the_end(conn):
            owners = self._owners(conn)
            base = next_seq(conn)
            seqs = [0] * total
            for rank, index in enumerate(order):
                seqs[index] = base + rank
            del order, recency
            account_refs: list[tuple] = []
            jobs = [
                DemoChunk("accounts", f"{self.seed}:a:{s}", s, acc_created[s:s + CHUNK],
                          acc_touched[s:s + CHUNK], seqs[s:s + CHUNK], owners, self.now, self.today)
                for s in range(0, n_accounts, CHUNK)
            ]

            def write_accounts(rows) -> None:
                conn.exec_driver_sql(_ACCOUNT_SQL, rows.records)
                _write_common(conn, rows)
                account_refs.extend((r[0], r[4], r[3], r[11]) for r in rows.records)
                counts["accounts"] += len(rows.records)
                state.progress(counts["accounts"], total, "accounts")

            def write_contacts(rows) -> None:
                conn.exec_driver_sql(_CONTACT_SQL, rows.records)
                if rows.activities:
                    conn.exec_driver_sql(_ACTIVITY_SQL, rows.activities)
                _write_common(conn, rows)
                counts["contacts"] += len(rows.records)
                counts["activities"] += len(rows.activities)
                state.progress(n_accounts + counts["contacts"], total, "contacts")

            def contact_jobs():
                pick = random.Random(f"{self.seed}:links")
                for s in range(0, customers, CHUNK):
                    n = min(CHUNK, customers - s)
                    links = [account_refs[(s + i) % n_accounts] if pick.random() < 0.93 else None
                             for i in range(n)]
                    o = n_accounts + s
                    yield DemoChunk("contacts", f"{self.seed}:c:{s}", s, con_created[s:s + n],
                                    con_touched[s:s + n], seqs[o:o + n], owners, self.now,
                                    self.today, links)

            with self._executor(customers) as pool:
                _run_bounded(pool, iter(jobs), write_accounts, state)
                _run_bounded(pool, contact_jobs(), write_contacts, state)
            counts.update(DemoSales(conn, self.seed, stages, self.now, self.today).run(
                customers, opportunities, state))
            counts.update(DemoService(conn, self.seed, self.now, self.language, policy, owners,
                                      self.store.device_user_id).run(customers, tickets, state))
        return counts

    @staticmethod
    def _executor(customers: int) -> Executor:
        if customers < PARALLEL_FROM:
            return _InProcess()
        # One worker: this process needs a whole core for SQLite, which is the longer half.
        # spawn, not fork: the GUI process has threads, and forking those is unsafe.
        return ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"))


def _write_common(conn, rows) -> None:
    """What the ORM hooks would have written: search documents and the tag index."""
    insert_document_rows(conn, rows.documents)
    if rows.tags:
        conn.exec_driver_sql(_TAG_SQL, rows.tags)


def _run_bounded(pool: Executor, jobs, write, state: TaskState, window: int = 3) -> None:
    """Keep `window` chunks in flight and write them in order, so memory stays flat."""
    pending: deque[Future] = deque()
    for job in jobs:
        pending.append(pool.submit(build_chunk, job))
        if len(pending) >= window:
            write(pending.popleft().result())
            state.check()
    while pending:
        write(pending.popleft().result())
        state.check()
