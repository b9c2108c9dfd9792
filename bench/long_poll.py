"""The long-poll on PostgreSQL: an idle wait lasts its timeout; a push wakes a waiting device, on its node or not."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient

from bench.common import emit, percentile
from bench.server_load import test_postgres_url, throwaway_database
from crm_server.app import create_app
from crm_server.settings import normalise_url
from tests.server.sync_world import Device, account, new_id, serve

IDLE_TIMEOUT_S = 1.0
# An idle wait that answers this much before its timeout is not waiting (clients would spin).
IDLE_FLOOR_SHARE = 0.9
# Another online rep sees a change within this (p95); a wake's floor is the push's own round trip, and a device
# on another node hears of the push only through PostgreSQL's LISTEN/NOTIFY.
WAKE_BUDGET_MS = 2000.0
WAIT_TIMEOUT_S = 20  # a wait nobody wakes answers `changed: false` after this and fails the round


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 rounds (smoke test)")
    parser.add_argument("--rounds", type=int, default=None, help="waits of each kind (default 20)")
    args = parser.parse_args()
    args.rounds = args.rounds or (3 if args.quick else 20)
    return args


class WaitWatch:
    """Tells when a long-poll on `app` has looked at the database and waits for a change notice."""

    def __init__(self, app) -> None:
        self.waiting = threading.Event()
        notifier = app.state.notifier
        current = notifier.current

        def spied():
            self.waiting.set()
            return current()

        notifier.current = spied


def idle_waits(client: TestClient, laptop: Device, rounds: int) -> list[float]:
    laptop.pull()
    answered = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get("/sync/wait", headers=laptop.headers, params={
            "cursor": laptop.cursor, "schema_version": 1, "timeout": IDLE_TIMEOUT_S})
        answered.append((time.perf_counter() - started) * 1000)
        assert response.json() == {"changed": False}, response.text
    return answered


def woken_wait(client: TestClient, watch: WaitWatch, laptop: Device, pusher: Device, name: str) -> tuple[float, float]:
    """(ms from the start of the push to the waiting laptop's answer, ms of the push alone)."""
    laptop.pull()
    watch.waiting.clear()
    answers: list[tuple[float, bool]] = []  # (when, changed)

    def wait() -> None:
        response = client.get("/sync/wait", headers=laptop.headers, params={
            "cursor": laptop.cursor, "schema_version": 1, "timeout": WAIT_TIMEOUT_S})
        answers.append((time.perf_counter(), response.json()["changed"]))

    waiter = threading.Thread(target=wait)
    waiter.start()
    if not watch.waiting.wait(WAIT_TIMEOUT_S):
        raise RuntimeError("the long-poll never started waiting")
    started = time.perf_counter()
    pusher.upsert("account", new_id(), account(name))
    pushed = time.perf_counter()
    waiter.join(WAIT_TIMEOUT_S + 10)
    if not answers or answers[0][1] is not True:
        raise RuntimeError(f"the push did not wake the wait: {answers}")
    return (answers[0][0] - started) * 1000, (pushed - started) * 1000


def report(bench: str, rounds: list[tuple[float, float]]) -> bool:
    woken, pushes = [w for w, _ in rounds], [p for _, p in rounds]
    p95 = percentile(woken, 95)
    emit(bench, len(rounds), p50_ms=percentile(woken, 50), p95_ms=p95, floor_ms=percentile(pushes, 50),
         budget_ms=WAKE_BUDGET_MS)
    return p95 <= WAKE_BUDGET_MS


def main() -> int:
    args = parse_args()
    with throwaway_database(test_postgres_url()) as url:
        client, _ids = serve(normalise_url(url))
        with client:
            other_node = TestClient(create_app(client.app.state.settings))  # a second node, same database
            with other_node:
                laptop, phone = Device(client, "wang").login(), Device(client, "wang").login()
                far_phone = Device(other_node, "wang").login()
                idle = idle_waits(client, laptop, args.rounds)
                # The floor: the wait's own timeout; it must not answer much sooner.
                within = min(idle) >= IDLE_TIMEOUT_S * 1000 * IDLE_FLOOR_SHARE
                emit("long_poll_idle", len(idle), p50_ms=percentile(idle, 50), p95_ms=percentile(idle, 95),
                     floor_ms=IDLE_TIMEOUT_S * 1000, shortest_ms=round(min(idle), 1))
                watch = WaitWatch(client.app)
                same = [woken_wait(client, watch, laptop, phone, f"实时客户{i}") for i in range(args.rounds)]
                within &= report("long_poll_woken", same)
                across = [woken_wait(client, watch, laptop, far_phone, f"另一节点客户{i}") for i in range(args.rounds)]
                within &= report("long_poll_woken_across_nodes", across)
            other_node.app.state.engine.dispose()
        client.app.state.engine.dispose()
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
