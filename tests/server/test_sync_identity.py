"""Mutation identity on the server: a stored outcome answers only the same mutation; a known seq
with another mutation is a fork; a mutation sent again under a new device is answered from its first
application and never applied twice."""

import threading

from sqlalchemy import func, select

from crm_server.models import AppliedMutation, Record, RecordHistory
from tests.server.sync_world import Device, account, new_id


def _history_of(client, mutation_id: str) -> int:
    with client.app.state.sessions() as s:
        return s.scalar(select(func.count()).select_from(RecordHistory).where(RecordHistory.mutation_id == mutation_id))


def _product(client) -> str:
    chen = Device(client, "chen").login()
    product = new_id()
    chen.upsert("product", product, {"sku": "K-1", "name": "键盘", "stock_on_hand": "100"})
    return product


def test_another_mutation_under_a_known_seq_is_a_fork_and_nothing_is_applied(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    first = wang.mutation("account", new_id(), account("先推的客户"))
    assert wang.push(first)[0]["outcome"] == "applied"
    wang.seq = 0  # a store restored from a backup taken before that push numbers its next edit 1 again
    restored = wang.mutation("account", new_id(), account("恢复后新建"))
    answer = wang.send(restored)
    assert answer.status_code == 409
    assert answer.json() == {"error": "device_forked", "seq": 1,
                             "message": "another mutation was pushed under this seq: register as a new device"}
    with client.app.state.sessions() as s:
        assert s.get(Record, ("account", restored["record_id"])) is None
    assert wang.send(first).json()["results"][0]["outcome"] == "applied"  # the real retry still gets its answer


def test_a_mutation_sent_again_by_a_new_device_is_answered_from_its_first_application(world):
    client, _ids = world
    product = _product(client)
    old = Device(client, "chen").login()
    adjust = old.mutation("product", product, {"stock_on_hand": "-4"}, op="increment", base=0,
                          cause={"kind": "adjust", "reason": "损耗"})
    created = old.mutation("account", new_id(), account("复制前的客户"), base=0)
    first = old.push(adjust, created)
    new = Device(client, "chen").login()  # the restored store registered anew: seq from 1, same mutations
    new.seq = 2
    again = new.push({**adjust, "seq": 1}, {**created, "seq": 2}, new.mutation("account", new_id(), account("新的")))
    assert [r["outcome"] for r in again] == [first[0]["outcome"], first[1]["outcome"], "applied"]
    assert again[0]["server_fields"] == first[0]["server_fields"] and again[0]["version"] == first[0]["version"]
    with client.app.state.sessions() as s:
        assert s.get(Record, ("product", product)).data["stock_on_hand"] == "96.000"  # taken once
        echoes = s.scalars(select(AppliedMutation).where(AppliedMutation.device_id == new.device_id)).all()
        assert sorted((e.seq, e.echo_of) for e in echoes) == [(1, old.device_id), (2, old.device_id), (3, None)]
    assert _history_of(client, adjust["mutation_id"]) == 1 and _history_of(client, created["mutation_id"]) == 1


def test_another_users_mutation_id_is_never_answered_with_its_outcome(world):
    client, _ids = world
    wang, li = Device(client, "wang").login(), Device(client, "li").login()
    taken = wang.mutation("account", new_id(), account())
    wang.push(taken)
    copy = {**li.mutation("account", new_id(), account("李的客户")), "mutation_id": taken["mutation_id"]}
    result = li.push(copy)[0]
    assert result["outcome"] == "rejected" and result["version"] is None and "mutation_id_taken" in result["reason"]


def test_two_copies_of_a_store_pushing_the_same_edit_at_once_apply_it_once(pg_world):
    """Both copies registered anew and send the same unacknowledged increment at the same moment
    under two device ids: the index on first applications lets one apply it; the other echoes."""
    client, _ids = pg_world
    product = _product(client)
    copies = [Device(client, "chen").login() for _ in range(4)]
    shared = {"mutation_id": new_id(), "entity": "product", "record_id": product, "op": "increment",
              "changes": {"stock_on_hand": "-1"}, "base_version": 0, "seq": 1,
              "cause": {"kind": "adjust", "reason": "样机"}}
    answers, barrier = [], threading.Barrier(len(copies))

    def push(device):
        barrier.wait()
        answers.append(device.send(shared))

    threads = [threading.Thread(target=push, args=(d,)) for d in copies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200] * len(copies)
    assert len({a.json()["results"][0]["version"] for a in answers}) == 1
    with client.app.state.sessions() as s:
        assert s.get(Record, ("product", product)).data["stock_on_hand"] == "99.000"
    assert _history_of(client, shared["mutation_id"]) == 1


def test_one_mutation_id_twice_in_a_batch_is_refused_whole(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    first = wang.mutation("account", new_id(), account("一"))
    again = {**wang.mutation("account", new_id(), account("二")), "mutation_id": first["mutation_id"]}
    answer = wang.send(first, again)
    assert answer.status_code == 422
    assert answer.json() == {"error": "invalid_mutation", "reason": "duplicate_mutation_id", "seq": 2}
    assert _server_accounts(client) == 0


def _server_accounts(client) -> int:
    with client.app.state.sessions() as s:
        return s.scalar(select(func.count()).select_from(Record).where(Record.entity == "account"))
