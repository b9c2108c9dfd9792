"""Two server processes behind nginx on one PostgreSQL: retries that land on the other node, copies
of one push racing on both nodes, a node killed mid-run; nothing is applied twice or lost, and
neither node's log holds a password or a token."""

from __future__ import annotations

import threading

import httpx

from tests.server.sync_world import PASSWORD, Device, account, new_id


def _client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30)


def test_a_retry_landing_on_the_other_node_gets_the_same_outcomes(cluster):
    with _client(cluster.balancer_url) as balancer:
        wang = Device(balancer, "wang").login()
        rids = [new_id() for _ in range(5)]
        batch = [wang.mutation("account", rid, account(f"客户{i}")) for i, rid in enumerate(rids)]
        first, retry = wang.send(*batch), wang.send(*batch)  # the first answer was lost on the way back
        assert cluster.node_of(first) != cluster.node_of(retry)  # round robin: the retry went elsewhere
        assert first.status_code == retry.status_code == 200 and first.json() == retry.json()
        assert {r["outcome"] for r in first.json()["results"]} == {"applied"}

        reader = Device(balancer, "wang").login()
        assert sorted(i["id"] for i in reader.pull() if i["entity"] == "account") == sorted(rids)


def test_copies_of_one_push_racing_on_both_nodes_apply_once(cluster):
    nodes = [_client(url) for url in cluster.node_urls]
    try:
        wang = Device(nodes[0], "wang").login()
        batch = [wang.mutation("account", new_id(), account(f"并发{i}")) for i in range(30)]
        answers, barrier = {}, threading.Barrier(2)

        def send(i: int) -> None:
            barrier.wait()
            answers[i] = nodes[i].post("/sync/push", headers=wang.headers, json={
                "device_id": wang.device_id, "schema_version": 1, "mutations": batch})

        threads = [threading.Thread(target=send, args=(i,)) for i in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers[0].status_code == answers[1].status_code == 200
        assert answers[0].json() == answers[1].json()
        reader = Device(nodes[1], "wang").login()
        assert len([i for i in reader.pull() if i["entity"] == "account"]) == 30
    finally:
        for node in nodes:
            node.close()


def test_a_node_killed_mid_run_loses_nothing_and_duplicates_nothing(cluster):
    with _client(cluster.balancer_url) as balancer:
        wang = Device(balancer, "wang").login()
        made = []
        for round_ in range(6):
            if round_ == 3:
                cluster.stop_node(0)  # killed: requests routed to it fail until nginx marks it down
            rid = new_id()
            batch = [wang.mutation("account", rid, account(f"第{round_}轮"))]
            for _attempt in range(4):  # the app retries a failed push with the same seq
                answer = wang.send(*batch)
                if answer.status_code == 200:
                    break
            assert answer.status_code == 200, answer.text
            made.append(rid)
        reader = Device(balancer, "wang").login()
        assert sorted(i["id"] for i in reader.pull() if i["entity"] == "account") == sorted(made)

    for i in (0, 1):
        log = cluster.node_log(i).read_text(encoding="utf-8", errors="replace")
        assert PASSWORD not in log and wang.token not in log
