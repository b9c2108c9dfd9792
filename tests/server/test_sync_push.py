"""Push on SQLite and on a real PostgreSQL: exactly-once application, gaps, field-level merge,
guarded-field conflicts, increments, rejections that never block, and refusals of bad input."""

import json
import threading

from sqlalchemy import func, select, update

from crm_desktop.domain.common.ids import utcnow
from crm_server.models import AppliedMutation, ChangeLog, Conflict, Record, RecordHistory, Token
from tests.server.sync_world import Device, account, new_id


def _count(client, model, **where) -> int:
    with client.app.state.sessions() as s:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return s.scalar(query)


def _row(client, entity: str, record_id: str) -> Record | None:
    with client.app.state.sessions() as s:
        return s.get(Record, (entity, record_id))


def test_a_new_record_is_created_with_the_callers_ownership_and_a_server_version(world):
    client, ids = world
    wang = Device(client, "wang").login()
    rid = new_id()
    result = wang.upsert("account", rid, account())
    assert result["outcome"] == "applied" and result["version"] > 0
    assert result["server_fields"] == {"owner_id": ids["wang"]}
    row = _row(client, "account", rid)
    assert row.data["name"] == "华为技术有限公司" and row.owner_id == ids["wang"]
    assert set(row.field_versions.values()) == {result["version"]}


def test_a_retried_push_gets_the_stored_outcomes_and_applies_nothing_twice(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    rid = new_id()
    batch = [wang.mutation("account", rid, account()), wang.mutation("account", rid, {"city": "深圳"}, base=0)]
    first = wang.send(*batch).json()
    again = wang.send(*batch).json()  # the response was lost: the device sends the same batch
    assert again == first
    assert _count(client, Record, id=rid) == 1 and _count(client, ChangeLog, record_id=rid) == 2
    assert _count(client, AppliedMutation, device_id=wang.device_id) == 2


def test_a_batch_that_repeats_some_and_adds_new_mutations_applies_only_the_new(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    rid = new_id()
    first = wang.mutation("account", rid, account())
    wang.send(first)
    second = wang.mutation("account", rid, {"city": "杭州"}, base=0)
    results = wang.send(first, second).json()["results"]
    assert [r["seq"] for r in results] == [1, 2]
    assert _row(client, "account", rid).data["city"] == "杭州"
    assert _count(client, RecordHistory, record_id=rid) == 2


def test_a_gap_in_seq_is_refused_with_the_expected_seq_and_nothing_applied(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    wang.push(wang.mutation("account", new_id(), account()))
    wang.seq += 1  # seq 2 was lost on the device's side
    rid = new_id()
    response = wang.send(wang.mutation("account", rid, account("腾讯")))
    assert response.status_code == 409
    assert response.json() == {"error": "gap", "expected_seq": 2, "got": 3}
    assert _row(client, "account", rid) is None


def test_malformed_pushes_are_refused_whole_with_a_reason(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    good, rid = new_id(), new_id()
    cases = [
        ({"entity": "spaceship"}, "unknown_entity"),
        ({"changes": {"name": "x", "colour": "red"}}, "unknown_field"),
        ({"changes": {"name": 42}}, "wrong_type"),
        ({"changes": {"name": "x", "next_followup_at": "31/12/2026"}}, "wrong_type"),
        ({"entity": "user"}, "read_only_entity"),
    ]
    for change, reason in cases:
        ok = wang.mutation("account", good, account())
        bad = {**wang.mutation("account", rid, {"name": "x"}), **change}
        response = wang.send(ok, bad)
        assert response.status_code == 422, change
        assert response.json()["reason"] == reason and response.json()["seq"] == bad["seq"]
        assert _row(client, "account", good) is None  # the good mutation before it was not applied either
        wang.seq -= 2
    raw = client.post("/sync/push", headers={**wang.headers, "Content-Type": "application/json"},
                      content=b'{"device_id": "x", "mutations": [')
    assert raw.status_code == 422


def test_another_devices_id_an_old_schema_and_an_oversized_batch_are_refused(world):
    client, _ids = world
    wang, zhao = Device(client, "wang").login(), Device(client, "zhao").login()
    assert wang.send(wang.mutation("account", new_id(), account()), device_id=zhao.device_id).status_code == 403
    old = wang.send(wang.mutation("account", new_id(), account()), schema_version=0)
    assert old.status_code == 426 and old.json()["error"] == "upgrade_required"
    wang.seq = 0
    big = [wang.mutation("tag", new_id(), {"name": f"t{i}"}) for i in range(501)]
    assert wang.send(*big).status_code == 413


def test_edits_of_different_fields_on_two_devices_both_apply(world):
    client, _ids = world
    wang, li = Device(client, "wang").login(), Device(client, "li").login()
    rid = new_id()
    base = wang.upsert("account", rid, account(in_pool=True, owner_id=None))["version"]
    assert wang.upsert("account", rid, {"city": "苏州"}, base=base)["outcome"] == "applied"
    assert li.upsert("account", rid, {"industry": "制造业"}, base=base)["outcome"] == "merged"
    data = _row(client, "account", rid).data
    assert data["city"] == "苏州" and data["industry"] == "制造业"


def test_an_unguarded_field_changed_on_both_sides_keeps_the_later_arrival_and_the_history_keeps_the_other(world):
    client, _ids = world
    wang, li = Device(client, "wang").login(), Device(client, "li").login()
    rid = new_id()
    base = wang.upsert("account", rid, account(in_pool=True, owner_id=None))["version"]
    wang.upsert("account", rid, {"notes": "王的备注"}, base=base)
    result = li.upsert("account", rid, {"notes": "李的备注"}, base=base)
    assert result["outcome"] == "merged"
    assert _row(client, "account", rid).data["notes"] == "李的备注"
    with client.app.state.sessions() as s:
        history = s.scalars(select(RecordHistory).where(RecordHistory.record_id == rid)
                            .order_by(RecordHistory.id)).all()
    assert history[-1].changes["notes"] == ["王的备注", "李的备注"] and history[-1].overwritten == ["notes"]


def test_a_guarded_field_changed_on_both_sides_keeps_the_server_value_and_records_a_conflict(world):
    client, ids = world
    wang, chen = Device(client, "wang").login(), Device(client, "chen").login()
    stage, opp = new_id(), new_id()
    Device(client, "boss").login().upsert("pipeline_stage", stage, {"name": "谈判", "position": 3, "probability": 60})
    base = wang.upsert("opportunity", opp, {"name": "服务器采购", "stage_id": stage, "amount": "100000.00",
                                            "notes": "初稿"})["version"]
    chen.upsert("opportunity", opp, {"amount": "120000.00"}, base=base)  # the manager revised the amount
    result = wang.upsert("opportunity", opp, {"amount": "90000.00", "notes": "客户砍价"}, base=base,
                         base_values={"amount": "100000.00", "notes": "初稿"})
    assert result["outcome"] == "conflict"
    [conflict] = result["conflicts"]
    assert conflict["field"] == "amount"
    assert (conflict["base"], conflict["mine"], conflict["theirs"]) == ("100000.00", "90000.00", "120000.00")
    data = _row(client, "opportunity", opp).data
    assert data["amount"] == "120000.00" and data["notes"] == "客户砍价"  # the other field still applied
    assert _count(client, Conflict, record_id=opp) == 1 and ids["wang"]


def test_the_same_value_written_on_both_sides_is_no_conflict(world):
    client, _ids = world
    wang, chen = Device(client, "wang").login(), Device(client, "chen").login()
    rid = new_id()
    base = wang.upsert("account", rid, account())["version"]
    chen.upsert("account", rid, {"owner_id": chen.user_id}, base=base)
    assert wang.upsert("account", rid, {"owner_id": chen.user_id}, base=base)["outcome"] == "rejected"  # not his
    rid2 = new_id()
    base = wang.upsert("account", rid2, account())["version"]
    chen.upsert("account", rid2, {"level": "A"}, base=base)
    assert wang.upsert("account", rid2, {"level": "A"}, base=base)["outcome"] == "merged"  # no conflict


def test_deleting_a_record_changed_meanwhile_is_a_conflict_and_editing_a_deleted_one_too(world):
    client, _ids = world
    wang, chen = Device(client, "wang").login(), Device(client, "chen").login()
    rid = new_id()
    base = wang.upsert("account", rid, account())["version"]
    chen.upsert("account", rid, {"phone": "021-55550000"}, base=base)
    deleted = wang.upsert("account", rid, {"deleted_at": "2026-11-25T10:00:00Z"}, op="delete", base=base)
    assert deleted["outcome"] == "conflict" and deleted["conflicts"][0]["field"] == "deleted_at"
    assert _row(client, "account", rid).deleted_at is None  # nothing disappears silently

    now = chen.versions[("account", rid)]
    assert chen.upsert("account", rid, {"deleted_at": "2026-11-25T11:00:00Z"}, op="delete", base=now)[
        "outcome"] == "applied"
    edit = wang.upsert("account", rid, {"city": "上海"}, base=base)
    assert edit["outcome"] == "conflict" and edit["conflicts"][0]["theirs"] == "2026-11-25T11:00:00.000000Z"
    restored = wang.upsert("account", rid, {"deleted_at": None, "city": "上海"}, base=edit["version"])
    assert restored["outcome"] == "applied"
    row = _row(client, "account", rid)
    assert row.deleted_at is None and row.data["city"] == "上海"


def test_increments_from_two_devices_add_up(world):
    client, _ids = world
    chen, boss = Device(client, "chen").login(), Device(client, "boss").login()
    product = new_id()
    chen.upsert("product", product, {"sku": "SRV-1", "name": "服务器", "stock_on_hand": "10"})
    stale = 0  # neither has seen the product's latest version: increments need no base
    for device, amount in ((chen, "3"), (boss, "2.5"), (chen, "-1")):
        result = device.upsert("product", product, {"stock_on_hand": amount}, op="increment", base=stale,
                               cause={"kind": "adjust", "reason": "盘点"})
        assert result["outcome"] == "merged"  # others changed it since: the device pulls the rest
    assert _row(client, "product", product).data["stock_on_hand"] == "14.500"
    assert result["server_fields"] == {"stock_on_hand": "14.500"}  # the value, with the version


def test_a_rejected_mutation_does_not_block_the_ones_behind_it(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    bad, good = new_id(), new_id()
    results = wang.push(wang.mutation("account", bad, {"name": "  ", "status": "lead"}),
                        wang.mutation("account", new_id(), account(status="vip")),
                        wang.mutation("account", good, account()))
    assert [r["outcome"] for r in results] == ["rejected", "rejected", "applied"]
    assert "required" in results[0]["reason"] and "status" in results[1]["reason"]
    assert _row(client, "account", bad) is None and _row(client, "account", good) is not None


def test_one_user_action_applies_whole_or_not_at_all(world):
    client, _ids = world
    chen = Device(client, "chen").login()
    wang = Device(client, "wang").login()
    product, account_id = new_id(), new_id()
    chen.upsert("product", product, {"sku": "P-1", "name": "打印机", "list_price": "1999.00"})
    wang.upsert("account", account_id, account())
    order, group = new_id(), new_id()
    results = wang.push(
        wang.mutation("sales_order", order, {"kind": "order", "number": "SO-2026-900001", "account_id": account_id,
                                             "order_date": "2026-11-25", "status": "draft"}, group=group),
        wang.mutation("sales_order_line", new_id(), {"order_id": order, "product_id": product, "sku": "P-1",
                                                     "product_name": "打印机", "quantity": "2", "unit_price": "1999",
                                                     "line_total": "3998"}, group=group),
        wang.mutation("sales_order_line", new_id(), {"order_id": order, "product_id": product, "sku": "",
                                                     "product_name": "打印机", "quantity": "1", "unit_price": "1",
                                                     "line_total": "1"}, group=group),
    )
    assert [r["outcome"] for r in results] == ["rejected"] * 3
    assert results[0]["reason"].startswith("group_rejected")
    assert _row(client, "sales_order", order) is None


def test_new_tickets_and_orders_get_the_servers_numbers(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    ticket = {"number": "T-000001", "type": "fault", "channel": "phone", "subject": "打印机卡纸",
              "first_response_due_at": "2026-11-25T10:00:00Z", "resolution_due_at": "2026-11-26T10:00:00Z",
              "number_provisional": True}
    first = wang.upsert("ticket", new_id(), ticket)
    second = wang.upsert("ticket", new_id(), ticket)  # the same provisional number from another device's view
    assert first["server_fields"]["number"] == "T-000001" and second["server_fields"]["number"] == "T-000002"
    account_id = new_id()
    wang.upsert("account", account_id, account())
    order = wang.upsert("sales_order", new_id(), {"kind": "quote", "number": "QT-2026-000007",
                                                  "account_id": account_id, "order_date": "2026-11-25"})
    assert order["server_fields"]["number"] == "QT-2026-000001"


def test_rights_are_checked_when_the_mutation_is_applied(world):
    client, ids = world
    wang, zhao, chen = (Device(client, name).login() for name in ("wang", "zhao", "chen"))
    rid = new_id()
    base = wang.upsert("account", rid, account())["version"]
    assert zhao.upsert("account", rid, {"city": "成都"}, base=base)["outcome"] == "rejected"  # another team's
    assert wang.upsert("account", new_id(), account(owner_id=ids["zhao"]))["outcome"] == "rejected"
    assert wang.upsert("account", new_id(), account(owner_id=ids["li"]))["outcome"] == "applied"  # a teammate
    assert wang.upsert("product", new_id(), {"sku": "X", "name": "x"})["outcome"] == "rejected"
    assert chen.upsert("account", rid, {"city": "南京"}, base=base)["outcome"] == "applied"  # his team
    # The account was handed to zhao's team while wang was offline: his queued edit is refused now.
    boss = Device(client, "boss").login()
    boss.upsert("account", rid, {"owner_id": ids["zhao"]}, base=chen.versions[("account", rid)])
    assert wang.upsert("account", rid, {"city": "无锡"}, base=base)["outcome"] == "rejected"


def test_concurrent_copies_of_one_push_apply_once(pg_world):
    """Two copies of the same batch racing (a retry landing on another node): the device row lock
    serialises them and both answer with the same outcomes."""
    client, _ids = pg_world
    wang = Device(client, "wang").login()
    rids = [new_id() for _ in range(20)]
    batch = [wang.mutation("account", rid, account(f"客户{i}")) for i, rid in enumerate(rids)]
    answers, barrier = [], threading.Barrier(4)

    def send():
        barrier.wait()
        answers.append(wang.send(*batch))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert len({json.dumps(a.json(), sort_keys=True) for a in answers}) == 1
    assert _count(client, ChangeLog) == 20 + len([u for u in _users(client)])  # users are logged once each
    assert _count(client, AppliedMutation, device_id=wang.device_id) == 20


def _users(client) -> list:
    with client.app.state.sessions() as s:
        return list(s.scalars(select(Record.id).where(Record.entity == "user")))


def test_a_revoked_device_or_an_expired_token_cannot_push(world):
    client, _ids = world
    wang, boss = Device(client, "wang").login(), Device(client, "boss").login()
    assert client.post(f"/admin/devices/{wang.device_id}/revoke", headers=boss.headers).status_code in (200, 204)
    refused = wang.send(wang.mutation("account", new_id(), account()))
    assert refused.status_code in (401, 403) and _count(client, AppliedMutation, device_id=wang.device_id) == 0
    laptop = Device(client, "li").login()
    with client.app.state.sessions() as s:  # fifteen minutes later
        s.execute(update(Token).where(Token.device_id == laptop.device_id).values(expires_at=utcnow()))
        s.commit()
    expired = laptop.send(laptop.mutation("account", new_id(), account()))
    assert expired.status_code == 401 and expired.json()["error"] == "token_expired"


def test_a_record_created_and_edited_offline_does_not_conflict_with_itself(world):
    client, _ids = world
    wang, chen = Device(client, "wang").login(), Device(client, "chen").login()
    stage, opp = new_id(), new_id()
    Device(client, "boss").login().upsert("pipeline_stage", stage, {"name": "报价", "position": 2, "probability": 40})
    results = wang.push(
        wang.mutation("opportunity", opp, {"name": "年度框架", "stage_id": stage, "amount": "1000"}, base=0),
        wang.mutation("opportunity", opp, {"amount": "2000"}, base=0),  # edited again before any sync
        wang.mutation("opportunity", opp, {"amount": "3000", "status": "won"}, base=0),
    )
    assert [r["outcome"] for r in results] == ["applied"] * 3
    assert _row(client, "opportunity", opp).data["amount"] == "3000.00"
    # A real concurrent change between the device's edits is still caught.
    base = results[-1]["version"]
    chen.upsert("opportunity", opp, {"amount": "5000"}, base=base)
    late = wang.push(wang.mutation("opportunity", opp, {"notes": "补充"}, base=base),
                     wang.mutation("opportunity", opp, {"amount": "3500"}, base=base))
    assert [r["outcome"] for r in late] == ["merged", "conflict"]


def test_every_laptops_shipped_stages_are_one_set_on_the_server(world):
    from crm_desktop.domain.sales.entities import shipped_stage_id

    client, _ids = world
    wang, zhao = Device(client, "wang").login(), Device(client, "zhao").login()
    lead = shipped_stage_id("lead")
    first = wang.upsert("pipeline_stage", lead, {"name": "初步接洽", "key": "lead", "position": 0,
                                                 "probability": 10}, base=0)
    again = zhao.upsert("pipeline_stage", lead, {"name": "New lead", "key": "lead", "position": 0,
                                                 "probability": 10}, base=0)
    assert first["outcome"] == "applied" and again["outcome"] == "merged"
    assert _row(client, "pipeline_stage", lead).data["name"] == "初步接洽"  # not renamed by the second copy
    own = wang.upsert("pipeline_stage", new_id(), {"name": "自定义", "key": "lead", "position": 9,
                                                   "probability": 5}, base=0)
    assert own["outcome"] == "rejected"  # any other stage is the admin's
