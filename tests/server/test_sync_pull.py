"""Pull, snapshot, single records and the long-poll, on SQLite and on a real PostgreSQL: rights
isolation, remove events, the xid8 watermark, paging, tombstones and reset_required."""

import threading

from fastapi.testclient import TestClient

from crm_desktop.domain.common.ids import utcnow
from crm_server.admin import Admin
from crm_server.app import create_app
from crm_server.auth import Caller
from crm_server.cli import main as server_main
from crm_server.feed import Cursor
from crm_server.merge import MergeEngine
from crm_server.models import Record
from crm_server.mutations import MutationIn, prepare
from crm_server.scopes import TeamBook, Viewer
from tests.server.sync_world import Device, account, ids_of, new_id


def test_a_rep_never_receives_another_teams_private_records(world):
    client, _ids = world
    wang, li, zhao, chen, boss = (Device(client, n).login() for n in ("wang", "li", "zhao", "chen", "boss"))
    private, pooled, west = new_id(), new_id(), new_id()
    wang.upsert("account", private, account("华东私有客户"))
    wang.upsert("account", pooled, account("公海客户", in_pool=True, owner_id=None))
    zhao.upsert("account", west, account("华西客户"))
    activity = new_id()
    wang.upsert("activity", activity, {"kind": "visit", "subject": "拜访", "account_id": private})

    assert ids_of(zhao.pull()) & {private, pooled, activity} == set()
    assert ids_of(zhao.snapshot()) & {private, pooled, activity} == set()
    assert zhao.get("account", private).status_code == 404
    assert zhao.get("activity", activity).status_code == 404

    assert {pooled} <= ids_of(li.pull()) and private not in ids_of(li.pull())  # a teammate sees the pool only
    assert {private, pooled, activity} <= ids_of(chen.snapshot()) and west not in ids_of(chen.snapshot())
    assert {private, pooled, west, activity} <= ids_of(boss.pull())
    assert wang.get("account", private).json()["data"]["name"] == "华东私有客户"
    users = {i["data"]["username"] for i in zhao.snapshot() if i["entity"] == "user"}
    assert users == {"wang", "li", "chen", "zhao", "boss"}  # everyone can show owners' names


def test_a_record_that_leaves_the_scope_is_sent_as_remove_with_its_lines(world):
    client, ids = world
    wang, zhao, boss = (Device(client, n).login() for n in ("wang", "zhao", "boss"))
    product, stage, opp, line = new_id(), new_id(), new_id(), new_id()
    boss.upsert("product", product, {"sku": "A1", "name": "交换机"})
    boss.upsert("pipeline_stage", stage, {"name": "初访", "position": 1, "probability": 10})
    wang.upsert("opportunity", opp, {"name": "网络改造", "stage_id": stage, "amount": "50000"})
    wang.upsert("opportunity_line", line, {"opportunity_id": opp, "product_id": product, "quantity": "5",
                                          "unit_price": "10000"})
    wang.pull()
    zhao.pull()
    boss.pull()
    boss.upsert("opportunity", opp, {"owner_id": ids["zhao"]})  # handed to the west team

    gone = wang.pull()
    assert {(i["id"], i["kind"]) for i in gone} >= {(opp, "remove"), (line, "remove")}
    arrived = zhao.pull()
    assert {opp, line} <= ids_of(arrived)
    assert zhao.get("opportunity_line", line).status_code == 200 and wang.get("opportunity", opp).status_code == 404


def test_attachments_and_check_ins_are_seen_with_their_record_and_follow_it_to_its_new_owner(world):
    client, ids = world
    wang, zhao, chen, boss = (Device(client, n).login() for n in ("wang", "zhao", "chen", "boss"))
    acc, visit, checkin, file = new_id(), new_id(), new_id(), new_id()
    wang.upsert("account", acc, account("华东客户"))
    wang.upsert("activity", visit, {"kind": "visit", "subject": "拜访", "account_id": acc})
    assert wang.upsert("checkin", checkin, {"activity_id": visit, "event": "in", "at": "2026-11-25T02:00:00Z",
                                            "position_source": "none"})["outcome"] == "applied"
    assert wang.upsert("attachment", file, {"record_type": "account", "record_id": acc, "file_name": "合同.pdf",
                                            "size": 3, "sha256": "0" * 64})["outcome"] == "applied"
    assert {checkin, file} <= ids_of(chen.snapshot())  # the team's manager sees them with their records
    assert ids_of(zhao.snapshot()) & {checkin, file} == set()
    wang.pull()
    zhao.pull()
    boss.pull()
    handed = boss.upsert("account", acc, {"owner_id": ids["zhao"]})  # to the west team; its files go along
    assert handed["outcome"] == "applied"
    assert (file, "remove") in {(i["id"], i["kind"]) for i in wang.pull()}
    assert file in ids_of(zhao.pull())
    assert zhao.get("attachment", file).status_code == 200

    odd = wang.upsert("attachment", new_id(), {"record_type": "campaign", "record_id": acc, "file_name": "x",
                                               "size": 1, "sha256": "1" * 64})
    assert odd["outcome"] == "rejected" and "record_type" in str(odd)
    moved = zhao.upsert("attachment", file, {"record_id": visit}, base=10**6)
    assert moved["outcome"] == "rejected"

def test_a_user_moving_teams_takes_their_records_along(world):
    client, _ids = world
    wang, li, zhao = (Device(client, n).login() for n in ("wang", "li", "zhao"))
    mine, west_pool = new_id(), new_id()
    wang.upsert("ticket", mine, {"number": "T-1", "type": "fault", "channel": "phone", "subject": "未分配",
                                 "first_response_due_at": "2026-11-25T10:00:00Z",
                                 "resolution_due_at": "2026-11-26T10:00:00Z"})
    zhao.upsert("account", west_pool, account("华西公海", in_pool=True, owner_id=None))
    li.pull()
    wang.pull()
    assert mine in ids_of(li.pull(), "upsert") or (("ticket", mine) in li.versions)  # the team's unassigned queue
    with client.app.state.sessions() as s:
        Admin(s).add_member("华西", "wang")
    assert (mine, "remove") in {(i["id"], i["kind"]) for i in li.pull()}
    assert {mine, west_pool} <= ids_of(wang.pull())  # his own ticket, and his new team's pool


def test_the_watermark_serves_a_late_commit_that_a_plain_cursor_would_skip(pg_world):
    """T1 writes first and commits last; a pull in between must not move past T1's change."""
    client, _ids = pg_world
    wang, reader = Device(client, "wang").login(), Device(client, "wang").login()
    caller = Caller(wang.user_id, "wang", "rep", None, wang.device_id)
    first, second = new_id(), new_id()
    s1, s2 = client.app.state.sessions(), client.app.state.sessions()
    try:
        for session, rid in ((s1, first), (s2, second)):
            viewer = Viewer.of(session, caller)
            engine = MergeEngine(session, viewer, TeamBook(session), wang.device_id)
            result = engine.apply(prepare(MutationIn(1, new_id(), "account", rid, "upsert", account())))
            assert result["outcome"] == "applied"
            session.flush()
        s2.commit()  # the second transaction commits first
        early = reader.pull()
        assert first not in ids_of(early) and second not in ids_of(early)  # held back until T1 ends
        s1.commit()
        assert {first, second} <= ids_of(reader.pull())
    finally:
        s1.close()
        s2.close()


def test_pull_pages_resume_from_the_cursor(world):
    client, _ids = world
    wang, other = Device(client, "wang").login(), Device(client, "wang").login()
    rids = [new_id() for _ in range(7)]
    wang.push(*[wang.mutation("account", rid, account(f"客户{i}")) for i, rid in enumerate(rids)])
    first = other.pull_page(limit=3).json()
    assert len(first["items"]) == 3 and first["has_more"]
    other.cursor = first["cursor"]
    rest = other.pull(limit=3)
    assert [i["id"] for i in first["items"] + rest if i["entity"] == "account"] == rids
    assert other.pull() == []


def test_an_interrupted_snapshot_resumes_and_the_pull_from_its_watermark_catches_up(world):
    client, _ids = world
    wang, laptop = Device(client, "wang").login(), Device(client, "wang").login()
    rids = sorted(new_id() for _ in range(5))
    wang.push(*[wang.mutation("account", rid, account(f"客户{i}")) for i, rid in enumerate(rids)])
    page = client.get("/sync/snapshot", headers=laptop.headers, params={"limit": 2, "schema_version": 1}).json()
    token, watermark = page["token"], page["cursor"]
    late = new_id()
    wang.upsert("account", late, account("快照期间新增"))  # arrives while the laptop is paging
    # The laptop was killed; it resumes from the token it committed with the first page.
    rest = client.get("/sync/snapshot", headers=laptop.headers,
                      params={"token": token, "limit": 100, "schema_version": 1}).json()
    assert rest["done"] and rest["cursor"] == watermark
    seen = [i["id"] for i in page["items"] + rest["items"] if i["entity"] == "account"]
    assert [r for r in seen if r in rids] == rids
    laptop.cursor = watermark
    assert late in ids_of(laptop.pull())


def test_tombstones_are_served_then_purged_and_an_old_cursor_must_reset(world, capsys):
    client, _ids = world
    wang, laptop = Device(client, "wang").login(), Device(client, "wang").login()
    rid = new_id()
    version = wang.upsert("account", rid, account())["version"]
    laptop.pull()
    old_cursor = laptop.cursor
    wang.upsert("account", rid, {"deleted_at": "2026-11-25T12:00:00Z"}, op="delete", base=version)
    assert [(i["id"], i["kind"]) for i in laptop.pull()] == [(rid, "tombstone")]
    url = client.app.state.settings.database_url
    assert server_main(["--database-url", url, "purge", "--days", "0"]) == 0  # as if 90 days had passed
    assert "Dropped 1 tombstones" in capsys.readouterr().out
    with client.app.state.sessions() as s:
        assert s.get(Record, ("account", rid)) is None
    laptop.cursor = old_cursor
    response = laptop.pull_page()
    assert response.status_code == 410 and response.json() == {"error": "reset_required"}
    assert rid not in ids_of(laptop.snapshot())
    assert laptop.pull() == []  # from the snapshot's watermark all is well again


def test_bad_cursors_tokens_and_old_clients_get_clear_answers(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    for params, status, error in (({"cursor": "abc"}, 422, "bad_cursor"), ({"schema_version": 0}, 426, None)):
        response = client.get("/sync/pull", headers=wang.headers, params={"schema_version": 1, **params})
        assert response.status_code == status and (error is None or response.json()["error"] == error)
    response = client.get("/sync/snapshot", headers=wang.headers, params={"schema_version": 1, "token": "!!"})
    assert response.status_code == 422 and response.json()["error"] == "bad_token"
    assert client.get("/sync/pull", params={"schema_version": 1}).status_code == 401


def waiting_for_news(app, monkeypatch) -> threading.Event:
    """Set once a long-poll on `app` has looked at the database and waits for a change notice: a push
    after that can only reach it by waking it (how soon is bench/long_poll.py's figure)."""
    waiting = threading.Event()
    notifier = app.state.notifier
    current = notifier.current

    def spied():
        waiting.set()
        return current()

    monkeypatch.setattr(notifier, "current", spied)
    return waiting


def push_once_waiting(waiting: threading.Event, device: Device, name: str) -> threading.Thread:
    def push() -> None:
        if waiting.wait(20):
            device.upsert("account", new_id(), account(name))

    pusher = threading.Thread(target=push)
    pusher.start()
    return pusher


def test_wait_answers_when_another_device_pushes_and_times_out_otherwise(world, monkeypatch):
    client, _ids = world
    wang, laptop = Device(client, "wang").login(), Device(client, "wang").login()
    laptop.pull()
    params = {"cursor": laptop.cursor, "schema_version": 1}
    idle = client.get("/sync/wait", headers=laptop.headers, params={**params, "timeout": 0.2})
    assert idle.json() == {"changed": False}

    pusher = push_once_waiting(waiting_for_news(client.app, monkeypatch), wang, "实时更新")
    # A wait that is not woken answers `changed: false` at its timeout, without looking again.
    woken = client.get("/sync/wait", headers=laptop.headers, params={**params, "timeout": 20})
    pusher.join()
    assert woken.json() == {"changed": True}


def test_the_cursor_orders_like_the_log():
    assert Cursor.parse("") < Cursor.parse("ab.5-1") < Cursor.parse("ab.5-2") < Cursor.parse("ab.6-0")
    assert str(Cursor.parse("c0ffee01.17-4")) == "c0ffee01.17-4" and Cursor.parse("e.1-2").epoch == "e"
    assert utcnow()  # the domain's clock is the server's clock too


def test_a_wait_on_one_node_is_woken_by_a_push_to_another_through_listen_notify(pg_world, monkeypatch):
    client, _ids = pg_world
    other_node = TestClient(create_app(client.app.state.settings))  # a second node on the same database
    with other_node:
        laptop = Device(client, "wang").login()
        laptop.pull()
        phone = Device(other_node, "wang").login()
        pusher = push_once_waiting(waiting_for_news(client.app, monkeypatch), phone, "另一节点")
        woken = client.get("/sync/wait", headers=laptop.headers,
                           params={"cursor": laptop.cursor, "schema_version": 1, "timeout": 20})
        pusher.join()
        # Only a notice wakes a wait, and this node heard of the push only through LISTEN/NOTIFY.
        assert woken.json() == {"changed": True}
    other_node.app.state.engine.dispose()


def test_after_a_restore_every_device_downloads_a_fresh_snapshot(world, capsys):
    client, _ids = world
    wang, laptop = Device(client, "wang").login(), Device(client, "wang").login()
    before = new_id()
    wang.upsert("account", before, account("备份前"))
    laptop.pull()
    url = client.app.state.settings.database_url
    assert server_main(["--database-url", url, "after-restore"]) == 0
    assert "New sync epoch" in capsys.readouterr().out
    assert laptop.pull_page().status_code == 410
    assert before in ids_of(laptop.snapshot())
    after = new_id()
    wang.upsert("account", after, account("恢复后"))
    assert after in ids_of(laptop.pull())


def test_a_wait_is_not_woken_by_another_teams_private_change(world, monkeypatch):
    client, _ids = world
    wang, zhao = Device(client, "wang").login(), Device(client, "zhao").login()
    wang.pull()
    pusher = push_once_waiting(waiting_for_news(client.app, monkeypatch), zhao, "华西私有")
    answer = client.get("/sync/wait", headers=wang.headers,
                        params={"cursor": wang.cursor, "schema_version": 1, "timeout": 2})
    pusher.join()
    assert answer.json() == {"changed": False}
