"""Demo data: a realistic territory of accounts, contacts and activities, generated in bulk.

The sales side (products, deals, quotes and orders) and the service desk's tickets follow in the
same transaction (demo_sales, demo_service).

Demo rows are the device's own sample data: they bypass the outbox (nothing to push to a
server) and are written in one transaction, so a cancelled run leaves the store untouched.
Rows are built by worker processes (pure Python work) while this process writes them; the search
index is filled on a thread of its own (search_side), and indexes are rebuilt while workers build
the next rows. At a million contacts every part keeps one of two cores busy.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from datetime import datetime

from sqlalchemy.exc import OperationalError

from crm_desktop.controllers.demo.rows import (
    ChunkRows,
    DemoChunk,
    build_chunk,
    iso,
    warm_up,
)
from crm_desktop.controllers.demo.sales import CONTACTS_PER_DEAL, DemoSales, build_deals
from crm_desktop.controllers.demo.service import CONTACTS_PER_TICKET, DemoService
from crm_desktop.controllers.demo.tickets import build_tickets
from crm_desktop.controllers.demo.visits import plan_visits
from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.domain.common.ids import new_id
from crm_desktop.domain.service.sla import SlaPolicy, load_policy
from crm_desktop.store.bulk import bulk_load_mode
from crm_desktop.store.bulk_demo import DemoStatements
from crm_desktop.store.database import Store
from crm_desktop.store.day_stats import tallied_by_the_loader
from crm_desktop.store.engine import BUSY_TIMEOUT_MS
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
from crm_desktop.store.search_index import next_seq
from crm_desktop.store.search_side import DirectIndex, SideIndex
from crm_desktop.tasks import TaskState

CONTACTS_PER_ACCOUNT = 4
# Below this many contacts, worker processes and a side index cost more than they save.
PARALLEL_FROM = 60_000
WORKERS = 2

_BULK_MODELS = (Account, Contact, Activity, Product, Opportunity, OpportunityLine, SalesOrder, SalesOrderLine,
                Ticket, TicketEvent)
CHUNK = 10_000  # rows per worker job: smaller chunks keep the processes near their memory budget
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
        sql = DemoStatements(conn)
        existing = sql.usernames()
        sql.add_users([(new_id(), stamp, stamp, u, d, r, "华东销售一部")
                       for u, d, r in COLLEAGUES if u not in existing])
        return [self.store.device_user_id] * 2 + sql.colleague_ids()

    def _times(self, n: int, active_share: float, oldest_days: float):
        """(created, last activity or None) per record, least recently active first.

        Records are generated in this order so that their search-index rowids ascend: FTS5
        flushes its pending terms whenever a rowid goes backwards, which made loading 4x slower.
        """
        rnd, now, span = self.rng.random, self.now, oldest_days - 1
        created = [now - (1 + span * rnd()) * 86400 for _ in range(n)]
        touched = [c + (now - c) * rnd() if rnd() < active_share else None for c in created]
        recency = [t or c for t, c in zip(touched, created, strict=True)]
        order = sorted(range(n), key=recency.__getitem__)
        return [created[i] for i in order], [touched[i] for i in order]

    def run(self, customers: int, state: TaskState | None = None,
            opportunities: int | None = None, tickets: int | None = None) -> dict[str, int]:
        """Add `customers` contacts (and a quarter as many accounts), then their deals, products,
        quotes, orders and service tickets, in one transaction. `opportunities`: that many deals
        instead of one per five contacts; `tickets`: that many instead of one per eight contacts."""
        state = state or TaskState()
        policy = self.policy or load_policy()  # read before the long transaction: a bad file stops nothing half-done
        # Stages first, in their own transaction: the demo's write transaction would block it.
        stages = SalesController(self.store, self.language).stages()
        parallel = customers >= PARALLEL_FROM
        # Millions of tuples pass through here and none of them is ever part of a cycle: the collector
        # would only walk them again and again (a twentieth of the run).
        collecting = gc.isenabled()
        gc.disable()
        side, exclusive = None, False
        try:
            with self._executor(parallel) as pool, self.store.engine.connect() as conn:
                try:
                    with conn.begin():
                        # Before the transaction: the driver applies these outside one only. The demo's rows
                        # refer to each other correctly by construction; checking every key costs seconds.
                        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                        exclusive = _rollback_journal(conn)
                        if parallel:
                            side = SideIndex(conn, self.store.path.with_name(self.store.path.name + ".search-side"),
                                             self.store.key)
                        # The sqlite3 driver opens no transaction for DDL: the dropped indexes and triggers
                        # must come back with a rollback too. Deferred: IMMEDIATE would lock the side index's
                        # database as well, which its thread writes; the store's lock comes with the first DDL.
                        conn.exec_driver_sql("BEGIN")
                        counts = _Load(self, conn, pool, side, state, policy, stages).run(
                            customers, opportunities, tickets)
                finally:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    if exclusive:
                        with contextlib.suppress(OperationalError):  # then the next connection turns it on
                            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
                    if side is not None:
                        side.close(conn)
                        conn.invalidate()  # FTS5 in this connection remembers the index as it was (search_side)
        finally:
            if collecting:
                gc.enable()
        with self.store.engine.begin() as conn:
            sql = DemoStatements(conn)
            counts["planned_visits"] = plan_visits(sql, [self.store.device_user_id, *sql.colleague_ids()],
                                                   self.today, self.seed, self.language)
        return counts

    @staticmethod
    def _executor(parallel: bool) -> Executor:
        if not parallel:
            return _InProcess()
        # spawn, not fork: the GUI process has threads, and forking those is unsafe.
        return ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=gc.disable)


def _rollback_journal(conn) -> bool:
    """Switch the store from WAL to a rollback journal for the load, when nothing else can be using it.

    In WAL mode every page of a new million-contact territory is written twice (to the WAL, then by the
    checkpoint to the file), and reading back a page the cache let go means searching a WAL index of
    gigabytes. With a rollback journal, pages past the old end of the file are written once and need no
    journal at all; a rollback or a crash still leaves the store as it was (the journal holds the few old
    pages changed). Only while this is the process's one thread (the CLI: other processes are kept out by
    the store's lock file), as readers would wait for the load to end; elsewhere (the window) WAL stays.
    Every new connection turns WAL on again (engine._apply_pragmas), and so does run() after the load.
    """
    if threading.active_count() > 1:
        return False
    conn.exec_driver_sql("PRAGMA busy_timeout=0")  # another connection has it open: keep WAL, do not wait
    try:
        return conn.exec_driver_sql("PRAGMA journal_mode=DELETE").scalar() == "delete"
    except OperationalError:
        return False
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


class _Load:
    """One run's writes, in the order the rows can be made: accounts, contacts with their activities, then
    deals and tickets for samples of those contacts, then quotes and orders."""

    def __init__(self, demo: DemoGenerator, conn, pool: Executor, side: SideIndex | None, state: TaskState,
                 policy: SlaPolicy, stages) -> None:
        self.demo, self.conn, self.pool, self.side, self.state = demo, conn, pool, side, state
        self.sql = DemoStatements(conn)
        self.policy, self.stages = policy, stages
        self.counts = {"accounts": 0, "contacts": 0, "activities": 0}
        self.id_ms = int(demo.now * 1000)

    def run(self, customers: int, opportunities: int | None, tickets: int | None) -> dict[str, int]:
        demo, conn, state = self.demo, self.conn, self.state
        n_accounts = max(1, customers // CONTACTS_PER_ACCOUNT)
        total = n_accounts + customers
        # Workers start (a process each) and draw their name pools while the run is planned here.
        warming = [self.pool.submit(warm_up, demo.seed) for _ in range(WORKERS)]
        acc_created, acc_touched = demo._times(n_accounts, 0.85, 1100)
        con_created, con_touched = demo._times(customers, 0.67, 1000)
        # Search-index rank of every record: the most recently active get the highest seqs.
        recency = [t or c for t, c in zip(acc_touched + con_touched, acc_created + con_created, strict=True)]
        order = sorted(range(total), key=recency.__getitem__)  # two sorted runs: a merge
        del recency
        deal_wanted = opportunities if opportunities is not None else customers // CONTACTS_PER_DEAL
        ticket_count = tickets if tickets is not None else max(1, customers // CONTACTS_PER_TICKET)
        samples = _Samples(demo.seed, customers, deal_wanted, ticket_count)
        with bulk_load_mode(conn, _BULK_MODELS) as bulk, tallied_by_the_loader(conn) as tally:
            owners = demo._owners(conn)
            base = next_seq(conn)
            seqs = [0] * total
            for rank, index in enumerate(order):
                seqs[index] = base + rank
            del order
            use_side = self.side is not None and self.side.usable and SideIndex.store_index_is_empty(conn)
            index = self.side if use_side else DirectIndex(conn)
            account_refs: list[tuple] = []
            common = (owners, demo.now, demo.today)

            def write_accounts(rows: ChunkRows) -> None:
                self.sql.add_accounts(rows.records)
                self._write_common(index, tally, rows)
                account_refs.extend(rows.refs)
                self.counts["accounts"] += len(rows.records)
                state.progress(self.counts["accounts"], total, "accounts")

            def write_contacts(first: int, rows: ChunkRows) -> None:
                self.sql.add_contacts(rows.records)
                self.sql.add_activities(rows.activities)
                self._write_common(index, tally, rows)
                samples.take(first, rows.records)
                self.counts["contacts"] += len(rows.records)
                self.counts["activities"] += len(rows.activities)
                state.progress(n_accounts + self.counts["contacts"], total, "contacts")

            def contact_jobs():
                pick = random.Random(f"{demo.seed}:links")
                for s in range(0, customers, CHUNK):
                    n = min(CHUNK, customers - s)
                    links = [account_refs[(s + i) % n_accounts] if pick.random() < 0.93 else None
                             for i in range(n)]
                    o = n_accounts + s
                    job = DemoChunk("contacts", f"{demo.seed}:c:{s}", demo.seed, s, self.id_ms,
                                    con_created[s:s + n], con_touched[s:s + n], seqs[o:o + n], *common, links)
                    yield build_chunk, job, lambda rows, s=s: write_contacts(s, rows)

            account_jobs = [
                (build_chunk, DemoChunk("accounts", f"{demo.seed}:a:{s}", demo.seed, s, self.id_ms,
                                        acc_created[s:s + CHUNK], acc_touched[s:s + CHUNK], seqs[s:s + CHUNK],
                                        *common), write_accounts)
                for s in range(0, n_accounts, CHUNK)
            ]
            for future in warming:
                future.result()
            self._pipeline(account_jobs)
            # Accounts are complete: their indexes can be built while contacts are being made.
            self._pipeline(contact_jobs(), lambda: bulk.create_next((Account,)))
            for done in (seqs, con_created, con_touched, acc_created, acc_touched):
                done.clear()
            self.counts.update(self._sales_and_service(customers, opportunities, ticket_count, samples, owners,
                                                       lambda: bulk.create_next((Account, Contact, Activity))))
            index.copy_into(conn)
        return self.counts

    def _sales_and_service(self, customers: int, opportunities: int | None, ticket_count: int,
                           samples: _Samples, owners: list[str], idle: Callable[[], bool]) -> dict[str, int]:
        demo, state, conn = self.demo, self.state, self.conn
        sales = DemoSales(conn, demo.seed, self.stages, demo.now, demo.today)
        sales.products_for(customers)
        state.check()
        users = self.sql.live_user_ids()
        n_deals = opportunities if opportunities is not None else max(1, customers // CONTACTS_PER_DEAL)
        priced = sales.priced(samples.deals)
        service = DemoService(conn, demo.seed, demo.now, demo.language, self.policy, owners,
                              demo.store.device_user_id)
        deal_chunks = sales.deal_chunks(n_deals, priced, users, self.id_ms)
        ticket_chunks = service.plan(ticket_count, samples.tickets)

        def write_deals(rows) -> None:
            sales.write_deals(rows)
            state.progress(sales.counts["opportunities"], n_deals, "opportunities")

        def write_tickets(rows) -> None:
            service.write(rows)
            state.progress(service.counts["tickets"], ticket_count, "tickets")

        self._pipeline([(build_deals, c, write_deals) for c in deal_chunks]
                       + [(build_tickets, c, write_tickets) for c in ticket_chunks], idle)
        accounts = [c for c in priced if c[1]]
        if deal_chunks and accounts:
            sales.orders(max(3, round(customers * 0.03)), accounts, state)
        return {**sales.counts, **service.finish()}

    def _write_common(self, index, tally, rows: ChunkRows) -> None:
        """What the ORM hooks would have written: search documents, the tag index and the stats."""
        index.add(rows.documents)
        if rows.tags:
            rows.tags.sort()  # in the tag index's key order: fewer of its pages touched
            self.sql.add_tags(rows.tags)
        tally.merge(rows.tally)

    def _pipeline(self, jobs: Iterable[tuple], idle: Callable[[], bool] | None = None, window: int = 4) -> None:
        """Keep `window` jobs in flight and write their rows in order, so memory stays flat. While the next
        rows are not ready, `idle` does a piece of other work (False when it has none left)."""
        pending: deque[tuple[Future, Callable]] = deque()
        jobs = iter(jobs)
        for fn, job, write in jobs:
            pending.append((self.pool.submit(fn, job), write))
            if len(pending) >= window:
                break
        while pending:
            future, write = pending[0]
            if idle is not None and not future.done() and idle():
                continue
            pending.popleft()
            write(future.result())
            self.state.check()
            for fn, job, next_write in jobs:
                pending.append((self.pool.submit(fn, job), next_write))
                break


class _Samples:
    """The contacts deals and tickets go to: random serial numbers drawn before the contacts are made,
    picked from the rows as they are written (no read-back of a million rows)."""

    def __init__(self, seed, customers: int, deals: int, tickets: int) -> None:
        rng = random.Random(f"{seed}:samples")
        self._deals = self._plan(rng.sample(range(customers), min(max(deals, 0), customers)))
        self._tickets = self._plan(rng.sample(range(customers), min(max(tickets, 0), customers)))
        self.deals: list = [None] * len(self._deals)
        self.tickets: list = [None] * len(self._tickets)

    @staticmethod
    def _plan(serials: list[int]) -> deque:
        return deque(sorted((s, position) for position, s in enumerate(serials)))

    def take(self, first: int, records: list[tuple]) -> None:
        end = first + len(records)
        for plan, out, shape in ((self._deals, self.deals, self._deal), (self._tickets, self.tickets, self._ticket)):
            while plan and plan[0][0] < end:
                serial, position = plan.popleft()
                out[position] = shape(records[serial - first])

    @staticmethod
    def _deal(r: tuple) -> tuple:
        return r[0], r[4] or None, r[15] or None, r[3]  # id, account id, account name, owner

    @staticmethod
    def _ticket(r: tuple) -> tuple:
        return r[0], r[5], r[4] or None, r[15] or None  # id, name, account id, account name
