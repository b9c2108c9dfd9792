"""Rights at apply time on every entity kind: records of another rep, the admin's pipeline stages and loss
reasons (a laptop's shipped copy excepted), the managers' products, authors' tags and templates, and stock
that moves only through orders or a manager's adjustment with a reason, never below zero."""

import pytest

from crm_desktop.domain.sales.entities import shipped_stage_id
from crm_desktop.domain.sales.loss_reasons import shipped_loss_reason_id
from crm_desktop.sync.schema import entities
from tests.server.sync_world import Device, account, new_id

ORDER = {"kind": "order", "number": "SO-2026-000001", "order_date": "2026-11-25", "status": "draft"}
TICKET = {"number": "T-000001", "type": "fault", "channel": "phone", "subject": "打印机卡纸",
          "first_response_due_at": "2026-11-25T10:00:00Z", "resolution_due_at": "2026-11-26T10:00:00Z"}


def _one_of_each(wang: Device, boss: Device) -> dict[str, str]:
    """wang's record of every kind a rep makes (children under his parents); ids by entity."""
    made = {}

    def make(entity: str, values: dict, device: Device = wang) -> str:
        made[entity] = new_id()
        assert device.upsert(entity, made[entity], values)["outcome"] == "applied", entity
        return made[entity]

    stage = make("pipeline_stage", {"name": "初访", "position": 7, "probability": 10}, boss)
    make("loss_reason", {"code": "relationship", "name": "关系不够", "position": 6}, boss)
    product = make("product", {"sku": "SW-1", "name": "交换机", "stock_on_hand": "5"}, boss)
    acc = make("account", account())
    contact = make("contact", {"name": "周杰", "account_id": acc})
    visit = make("activity", {"kind": "visit", "subject": "回访", "account_id": acc})
    make("checkin", {"activity_id": visit, "event": "in", "at": "2026-11-25T02:00:00Z", "position_source": "none"})
    make("attachment", {"record_type": "account", "record_id": acc, "file_name": "合同.pdf", "size": 3,
                        "sha256": "0" * 64})
    deal = make("opportunity", {"name": "年度框架", "stage_id": stage, "account_id": acc})
    make("opportunity_line", {"opportunity_id": deal, "product_id": product, "quantity": "1", "unit_price": "9"})
    order = make("sales_order", {**ORDER, "account_id": acc})
    make("sales_order_line", {"order_id": order, "product_id": product, "sku": "SW-1", "product_name": "交换机",
                              "quantity": "1", "unit_price": "9", "line_total": "9"})
    ticket = make("ticket", {**TICKET, "assignee_id": wang.user_id})  # not the team's open queue
    make("ticket_event", {"ticket_id": ticket, "kind": "comment", "body": "已联系"})
    make("segment", {"name": "华东客户", "definition": {"cities": ["上海"]}})
    campaign = make("campaign", {"name": "春季路演"})
    make("campaign_member", {"campaign_id": campaign, "contact_id": contact})
    make("tag", {"name": "重点"})
    make("email_template", {"name": "邀请", "subject": "诚邀", "body": "{{name}}您好"})
    return made


def test_every_pushable_kind_is_covered():
    assert set(_EDITS) == {name for name, spec in entities().items() if spec.pushable}


_EDITS = {  # one harmless edit per kind
    "pipeline_stage": {"probability": 15}, "loss_reason": {"name": "客户关系"}, "product": {"name": "交换机 Pro"},
    "account": {"city": "成都"},
    "contact": {"title": "经理"}, "activity": {"subject": "再次回访"}, "opportunity": {"name": "改名"},
    "opportunity_line": {"quantity": "2"}, "sales_order": {"notes": "加急"}, "sales_order_line": {"quantity": "2"},
    "ticket": {"subject": "改"}, "ticket_event": {"body": "改"}, "segment": {"name": "改"},
    "campaign": {"name": "改"}, "campaign_member": {"status": "sent"}, "tag": {"name": "改"},
    "email_template": {"name": "改"}, "checkin": {"place": "改"}, "attachment": {"file_name": "改.pdf"},
}
# Inserted once, never changed by a device, even its author's or a manager's (crm_server/checkins.py).
_IMMUTABLE = {"checkin"}
# visible, not theirs to change
_READ_ONLY_FOR_OTHERS = {"pipeline_stage", "loss_reason", "product", "tag", "email_template"}


@pytest.mark.parametrize("intruder", ["zhao", "li"])  # another team's rep; a teammate
def test_a_rep_cannot_change_another_reps_record_of_any_kind(world, intruder):
    client, _ids = world
    wang, boss = Device(client, "wang").login(), Device(client, "boss").login()
    made = _one_of_each(wang, boss)
    other = Device(client, intruder).login()
    for entity, changes in _EDITS.items():
        base = other.versions.get((entity, made[entity]), 0) or 10**6  # a fresh base: only rights can refuse
        result = other.upsert(entity, made[entity], changes, base=base)
        assert result["outcome"] == "rejected" and "forbidden" in result["reason"], (entity, result)
        deleted = other.upsert(entity, made[entity], {}, op="delete", base=base)
        assert deleted["outcome"] == "rejected", (entity, deleted)


def test_the_owner_a_manager_and_the_admin_may_change_what_they_should(world):
    client, _ids = world
    wang, boss, chen = Device(client, "wang").login(), Device(client, "boss").login(), Device(client, "chen").login()
    made = _one_of_each(wang, boss)
    big = 10**6
    for entity, changes in _EDITS.items():
        author = boss if entity in ("pipeline_stage", "loss_reason", "product") else wang
        result = author.upsert(entity, made[entity], changes, base=big)
        if entity in _IMMUTABLE:
            assert result["outcome"] == "rejected" and "immutable" in result["reason"], (entity, result)
        else:
            assert result["outcome"] in ("applied", "merged"), entity
    # The manager of wang's team: his records, products, tags and templates, but not the stages or loss reasons.
    for entity, changes in _EDITS.items():
        result = chen.upsert(entity, made[entity], {**changes}, base=big)
        expected = "rejected" if entity in ("pipeline_stage", "loss_reason", *_IMMUTABLE) else "applied"
        assert result["outcome"] in ((expected,) if expected == "rejected" else ("applied", "merged")), (entity, result)


def test_a_stage_with_a_shipped_id_is_taken_from_anyone_only_as_shipped(world):
    client, _ids = world
    wang, zhao, chen = (Device(client, name).login() for name in ("wang", "zhao", "chen"))
    won = shipped_stage_id("won")
    forged = wang.upsert("pipeline_stage", won, {"name": "回扣审批", "key": "won", "position": 4, "probability": 100,
                                                  "is_won": True}, base=0)
    assert forged["outcome"] == "rejected" and "admin" in forged["reason"]
    shipped = {"name": "赢单", "key": "won", "position": 4, "probability": 100, "is_won": True}
    assert zhao.upsert("pipeline_stage", won, shipped, base=0)["outcome"] == "applied"
    english = {**shipped, "name": "Won"}
    copy = wang.upsert("pipeline_stage", won, english, base=0)
    assert copy["outcome"] == "merged"  # the same stage: no change, and the laptop takes the server's values
    assert copy["server_fields"] == {**shipped, "name": "赢单", "deleted_at": None}
    assert chen.upsert("pipeline_stage", new_id(), {"name": "经理自建", "position": 9, "probability": 5})[
        "outcome"] == "rejected"  # stages are the admin's


def test_a_loss_reason_with_a_shipped_id_is_taken_from_anyone_only_as_shipped(world):
    client, _ids = world
    wang, zhao, boss = (Device(client, name).login() for name in ("wang", "zhao", "boss"))
    price = shipped_loss_reason_id("price")
    forged = wang.upsert("loss_reason", price, {"code": "price", "name": "回扣", "position": 0}, base=0)
    assert forged["outcome"] == "rejected" and "only admins change the loss reasons" in forged["reason"]
    shipped = {"code": "price", "name": "价格", "position": 0}
    assert zhao.upsert("loss_reason", price, shipped, base=0)["outcome"] == "applied"
    copy = wang.upsert("loss_reason", price, {**shipped, "name": "Price"}, base=0)
    assert copy["outcome"] == "merged"  # the same reason: the laptop takes the server's name
    assert copy["server_fields"] == {**shipped, "deleted_at": None}
    own = wang.upsert("loss_reason", new_id(), {"code": "x1", "name": "自己加的", "position": 7})
    assert own["outcome"] == "rejected"  # the list is the admin's
    made = boss.upsert("loss_reason", new_id(), {"code": "x2", "name": "关系不够", "position": 7})
    assert made["outcome"] == "applied"


def test_a_lost_deal_carries_its_reason_code_to_the_server(world):
    client, _ids = world
    boss, wang = Device(client, "boss").login(), Device(client, "wang").login()
    stage, acc, deal = new_id(), new_id(), new_id()
    boss.upsert("pipeline_stage", stage, {"name": "输单", "position": 5, "probability": 0, "is_lost": True})
    wang.upsert("account", acc, account())
    lost = {"name": "年度框架", "stage_id": stage, "account_id": acc, "status": "lost", "lost_reason": "价格",
            "lost_reason_code": "price"}
    assert wang.upsert("opportunity", deal, lost)["outcome"] == "applied"
    assert {k: _row_data(client, "opportunity", deal)[k] for k in ("lost_reason", "lost_reason_code")} == {
        "lost_reason": "价格", "lost_reason_code": "price"}


def _stocked_order(client, quantity="3"):
    wang, chen = Device(client, "wang").login(), Device(client, "chen").login()
    product, acc, order = new_id(), new_id(), new_id()
    chen.upsert("product", product, {"sku": "P-9", "name": "投影仪", "stock_on_hand": "10"})
    wang.upsert("account", acc, account())
    wang.upsert("sales_order", order, {**ORDER, "account_id": acc})
    wang.upsert("sales_order_line", new_id(), {"order_id": order, "product_id": product, "sku": "P-9",
                                               "product_name": "投影仪", "quantity": quantity, "unit_price": "100",
                                               "line_total": "300"})
    return wang, chen, product, order


def _stock(client, product) -> dict:
    from crm_server.models import Record

    with client.app.state.sessions() as s:
        data = s.get(Record, ("product", product)).data
    return {k: data.get(k) for k in ("stock_on_hand", "stock_reserved")}


def test_a_rep_reserves_and_ships_stock_only_with_the_orders_status_change(world):
    client, _ids = world
    wang, _chen, product, order = _stocked_order(client)
    reserve = {"kind": "reserve", "order_id": order}
    lone = wang.upsert("product", product, {"stock_reserved": "3"}, op="increment", cause=reserve)
    assert lone["outcome"] == "rejected" and "same action" in lone["reason"]
    assert wang.upsert("product", product, {"stock_on_hand": "-10"}, op="increment")["outcome"] == "rejected"
    group = new_id()
    confirm = wang.push(
        wang.mutation("product", product, {"stock_reserved": "3"}, op="increment", group=group, cause=reserve),
        wang.mutation("sales_order", order, {"status": "confirmed"}, group=group))
    assert [r["outcome"] for r in confirm] == ["merged", "applied"]
    assert confirm[0]["server_fields"] == {"stock_reserved": "3.000"}
    assert _stock(client, product) == {"stock_on_hand": "10.000", "stock_reserved": "3.000"}
    # The same reservation again, with no status change, is refused: no inflating the reservation.
    again = wang.upsert("product", product, {"stock_reserved": "3"}, op="increment", cause=reserve)
    assert again["outcome"] == "rejected"
    wrong = new_id()
    too_much = wang.push(  # ships more than the order holds
        wang.mutation("product", product, {"stock_on_hand": "-5", "stock_reserved": "-5"}, op="increment",
                      group=wrong, cause={"kind": "ship", "order_id": order}),
        wang.mutation("sales_order", order, {"status": "shipped"}, group=wrong))
    assert [r["outcome"] for r in too_much] == ["rejected", "rejected"]
    ship = new_id()
    shipped = wang.push(
        wang.mutation("sales_order", order, {"status": "shipped"}, group=ship),
        wang.mutation("product", product, {"stock_on_hand": "-3", "stock_reserved": "-3"}, op="increment",
                      group=ship, cause={"kind": "ship", "order_id": order}))
    assert [r["outcome"] for r in shipped] == ["applied", "applied"]  # its base was the latest
    assert _stock(client, product) == {"stock_on_hand": "7.000", "stock_reserved": "0.000"}


def test_stock_is_adjusted_by_managers_with_a_reason_and_never_below_zero(world):
    client, _ids = world
    wang, chen, product, _order = _stocked_order(client)
    adjust = {"kind": "adjust", "reason": "盘点差异"}
    assert wang.upsert("product", product, {"stock_on_hand": "5"}, op="increment", cause=adjust)[
        "outcome"] == "rejected"  # a rep
    no_reason = chen.upsert("product", product, {"stock_on_hand": "5"}, op="increment",
                            cause={"kind": "adjust", "reason": "  "})
    assert no_reason["outcome"] == "rejected" and "reason" in no_reason["reason"]
    below = chen.upsert("product", product, {"stock_on_hand": "-11"}, op="increment", cause=adjust)
    assert below["outcome"] == "rejected" and "below zero" in below["reason"]
    done = chen.upsert("product", product, {"stock_on_hand": "-10"}, op="increment", cause=adjust)
    assert done["outcome"] == "applied" and done["server_fields"] == {"stock_on_hand": "0.000"}
    from sqlalchemy import select

    from crm_server.models import RecordHistory

    with client.app.state.sessions() as s:
        history = s.scalars(select(RecordHistory).where(RecordHistory.record_id == product)
                            .order_by(RecordHistory.version.desc())).first()
    assert history.cause == {"kind": "adjust", "reason": "盘点差异"} and history.user_id == chen.user_id


def test_a_malformed_cause_is_refused_whole(world):
    client, _ids = world
    _wang, chen, product, _order = _stocked_order(client)
    for cause in ({"kind": "gift"}, {"kind": "reserve"}, "adjust", {"kind": "adjust", "reason": 5}):
        answer = chen.send(chen.mutation("product", product, {"stock_on_hand": "1"}, op="increment", cause=cause))
        assert answer.status_code == 422, cause
    chen.seq -= 4  # nothing was applied
    upsert_with_cause = chen.send(chen.mutation("product", product, {"name": "x"}, cause={"kind": "adjust"}))
    assert upsert_with_cause.status_code == 422


def test_an_orders_stock_moves_and_its_status_go_together_or_not_at_all(world):
    client, _ids = world
    wang, _chen, product, order = _stocked_order(client)
    # Confirming without reserving would leave the stock wrong: refused.
    assert wang.upsert("sales_order", order, {"status": "confirmed"})["outcome"] == "rejected"
    # A draft cancelled with a "release" would free others' reservations: refused too.
    cancel = new_id()
    released = wang.push(
        wang.mutation("sales_order", order, {"status": "cancelled"}, group=cancel),
        wang.mutation("product", product, {"stock_reserved": "-3"}, op="increment", group=cancel,
                      cause={"kind": "release", "order_id": order}))
    assert [r["outcome"] for r in released] == ["rejected", "rejected"]
    # An order made already shipped, with a shipment, is no way round it either.
    shipped, made_shipped = new_id(), new_id()
    customer = _row_data(client, "sales_order", order)["account_id"]
    made = wang.push(
        wang.mutation("sales_order", made_shipped, {**ORDER, "number": "SO-2026-000002", "status": "shipped",
                                                    "account_id": customer}, group=shipped),
        wang.mutation("sales_order_line", new_id(), {"order_id": made_shipped, "product_id": product, "sku": "P-9",
                                                     "product_name": "投影仪", "quantity": "3", "unit_price": "100",
                                                     "line_total": "300"}, group=shipped),
        wang.mutation("product", product, {"stock_on_hand": "-3", "stock_reserved": "-3"}, op="increment",
                      group=shipped, cause={"kind": "ship", "order_id": made_shipped}))
    assert [r["outcome"] for r in made] == ["rejected"] * 3
    assert _stock(client, product) == {"stock_on_hand": "10.000", "stock_reserved": None}  # never moved


def test_counters_move_only_by_increments_and_bad_amounts_are_refused_whole(world):
    client, _ids = world
    _wang, chen, product, _order = _stocked_order(client)
    by_upsert = chen.upsert("product", product, {"stock_on_hand": "500"})
    assert by_upsert["outcome"] == "rejected" and "increments" in by_upsert["reason"]
    assert chen.upsert("product", new_id(), {"sku": "NEG", "name": "负库存", "stock_on_hand": "-1"})[
        "outcome"] == "rejected"
    for cause, amount in (({"kind": []}, "1"), ({"kind": {}}, "1"), ({"kind": "adjust", "reason": "x"}, "1e30")):
        answer = chen.send(chen.mutation("product", product, {"stock_on_hand": amount}, op="increment", cause=cause))
        assert answer.status_code == 422, (cause, amount)
        chen.seq -= 1


def test_a_laptops_copy_of_a_deleted_shipped_stage_is_told_it_is_deleted(world):
    client, _ids = world
    boss, wang = Device(client, "boss").login(), Device(client, "wang").login()
    lead = shipped_stage_id("lead")
    shipped = {"name": "初步接洽", "key": "lead", "position": 0, "probability": 10}
    made = boss.upsert("pipeline_stage", lead, shipped, base=0)
    boss.upsert("pipeline_stage", lead, {}, op="delete", base=made["version"])
    copy = wang.upsert("pipeline_stage", lead, shipped, base=0)
    assert copy["outcome"] == "merged" and copy["server_fields"]["deleted_at"] is not None


def test_reps_neither_edit_unowned_tags_nor_make_them_in_anothers_name(world):
    client, ids = world
    boss, wang = Device(client, "boss").login(), Device(client, "wang").login()
    tag = new_id()
    boss.upsert("tag", tag, {"name": "公共", "owner_id": None})
    with client.app.state.sessions() as s:  # a tag from before authors were kept
        from crm_server.models import Record

        row = s.get(Record, ("tag", tag))
        row.data = {**row.data, "owner_id": None}
        s.commit()
    assert wang.upsert("tag", tag, {"color": "#000000"}, base=10**6)["outcome"] == "rejected"
    assert wang.upsert("tag", new_id(), {"name": "代建", "owner_id": ids["li"]})["outcome"] == "rejected"
    assert wang.upsert("tag", new_id(), {"name": "自己的"})["outcome"] == "applied"


def _row_data(client, entity, record_id) -> dict:
    from crm_server.models import Record

    with client.app.state.sessions() as s:
        return s.get(Record, (entity, record_id)).data
