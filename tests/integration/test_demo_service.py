"""Demo tickets: numbers and counter, histories, SLA fields the controller agrees with, full queues, the CLI."""

import json
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from crm_desktop.controllers.demo.generator import DemoGenerator
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.service.entities import QUEUE_MINE, QUEUE_OPEN, TicketFilter, TicketInput
from crm_desktop.domain.service.rules import DONE_STATUSES, OPEN_STATUSES, PAUSED_STATUSES
from crm_desktop.domain.service.sla import load_policy
from crm_desktop.store.types import from_iso
from tests.integration.test_demo_and_cli import crm_cli

TICKETS = 600
CLOCK_FIELDS = ("status", "first_response_due_at", "resolution_due_at", "first_response_at", "resolved_at",
                "closed_at", "sla_paused_at", "sla_paused_seconds", "sla_breached", "sla_due_at", "sla_warn_at")


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """400 contacts with 600 tickets, in Chinese."""
    crm = CrmApp.open(tmp_path_factory.mktemp("desk") / "desk.db", language="zh_CN")
    counts = DemoGenerator(crm.store, 7, "zh_CN").run(400, tickets=TICKETS)
    assert counts["tickets"] == TICKETS and counts["ticket_events"] > 4 * TICKETS
    yield crm
    crm.close()


@pytest.fixture(scope="module")
def db(desk):
    con = sqlite3.connect(desk.db_path)
    con.row_factory = sqlite3.Row
    yield con
    con.close()


def _tickets(db, where: str = "1", *params) -> list[sqlite3.Row]:
    """The demo's tickets (tests delete the ones they make)."""
    return db.execute(f"SELECT * FROM tickets WHERE deleted_at IS NULL AND {where} ORDER BY number",
                      params).fetchall()


def test_numbers_ascend_with_time_and_the_next_ticket_continues_them(desk, db):
    rows = _tickets(db)
    assert [r["number"] for r in rows] == [f"T-{i:06d}" for i in range(1, TICKETS + 1)]
    created = [r["created_at"] for r in rows]
    assert created == sorted(created)
    counter = db.execute("SELECT value FROM sync_state WHERE key = 'numbers/T'").fetchone()[0]
    assert json.loads(counter) == TICKETS
    made = desk.service.create(TicketInput("打印机卡纸"))
    assert made.number == f"T-{TICKETS + 1:06d}"
    desk.service.delete(made.id)


def test_default_demo_makes_one_ticket_per_eight_contacts(demo_crm):
    assert demo_crm.service.count(TicketFilter("all")) == 400 // 8


def test_tickets_look_like_a_real_desk(db):
    rows = _tickets(db)
    status = Counter(r["status"] for r in rows)
    # Some 40 of the 600 are still open, spread over four statuses by chance: all six statuses are allowed,
    # and at least five show (which five depends on the random stream and on today's date).
    assert set(status) <= {"new", "assigned", "in_progress", "waiting", "resolved", "closed"}
    assert len(status) >= 5 and {"resolved", "closed"} <= set(status)
    assert status["closed"] > TICKETS / 2
    assert {r["priority"] for r in rows} == {"urgent", "high", "normal", "low"}
    assert {r["type"] for r in rows} == {"complaint", "service_request", "inquiry", "fault", "return"}
    assert all(r["account_name"] or r["contact_name"] for r in rows)
    chinese = [r for r in rows if r["account_name"] and not r["account_name"].isascii()]
    assert chinese and all(not r["subject"].isascii() for r in chinese)
    done = [r for r in rows if r["status"] in DONE_STATUSES]
    assert all(r["resolution"] and r["resolved_at"] for r in done)
    rated = [r for r in done if r["satisfaction_score"] is not None]
    assert 0.45 < len(rated) / len(done) < 0.75
    assert all(r["satisfaction_comment"] for r in rated if r["satisfaction_score"] <= 2)
    assert any(r["sla_breached"] for r in rows) and not all(r["sla_breached"] for r in rows)
    assert all(r["assignee_id"] is None for r in rows if r["status"] == "new")
    assert all(r["assignee_id"] for r in rows if r["status"] != "new")


def test_each_history_tells_the_story_of_its_ticket(db):
    events: dict[str, list] = {}
    for e in db.execute("SELECT * FROM ticket_events ORDER BY created_at, rowid"):
        events.setdefault(e["ticket_id"], []).append(e)
    for t in _tickets(db):
        history = events[t["id"]]
        assert (history[0]["kind"], history[0]["created_at"]) == ("created", t["created_at"])
        steps = [e for e in history if e["kind"] == "status"]
        assert [s["from_value"] for s in steps] == ["new", *[s["to_value"] for s in steps]][:len(steps)]
        assert (steps[-1]["to_value"] if steps else "new") == t["status"]
        assigned = [e["to_value"] for e in history if e["kind"] == "assigned"]
        assert (assigned[-1] if assigned else None) == t["assignee_id"]
        resolved = [s for s in steps if s["to_value"] == "resolved"]
        if t["status"] in DONE_STATUSES:
            assert resolved[-1]["body"] == t["resolution"] and resolved[-1]["created_at"] == t["resolved_at"]
        rated = [e for e in history if e["kind"] == "satisfaction"]
        assert [e["to_value"] for e in rated] == ([str(t["satisfaction_score"])] if t["satisfaction_score"] else [])
        assert max(e["created_at"] for e in history) == t["updated_at"]


def test_deadlines_are_the_policy_s(db):
    policy = load_policy()
    for t in _tickets(db):
        d = policy.deadlines(t["priority"], from_iso(t["created_at"]), t["sla_paused_seconds"])
        assert from_iso(t["first_response_due_at"]) == d.first_response_due
        assert from_iso(t["resolution_due_at"]) == d.resolution_due
        if t["status"] in PAUSED_STATUSES:
            assert t["sla_due_at"] is None and t["sla_warn_at"] is None
        elif t["first_response_at"] is None:
            assert (from_iso(t["sla_due_at"]), from_iso(t["sla_warn_at"])) == (d.first_response_due,
                                                                                d.first_response_warn)
        else:
            assert (from_iso(t["sla_due_at"]), from_iso(t["sla_warn_at"])) == (d.resolution_due, d.resolution_warn)


def _sample(db) -> list[sqlite3.Row]:
    """Open tickets, and finished ones that waited, were reopened, breached or went smoothly."""
    waited = {r[0] for r in db.execute("SELECT ticket_id FROM ticket_events WHERE to_value = 'waiting'")}
    reopened = {r[0] for r in db.execute("SELECT ticket_id FROM ticket_events WHERE from_value = 'resolved'"
                                         " AND to_value = 'in_progress'")}
    rows = _tickets(db)
    done = [r for r in rows if r["status"] in DONE_STATUSES]
    groups = ([r for r in rows if r["status"] in OPEN_STATUSES], [r for r in done if r["id"] in waited],
              [r for r in done if r["id"] in reopened], [r for r in done if r["sla_breached"]], done)
    picked = {r["id"]: r for group in groups for r in group[:6]}
    assert len(picked) >= 20 and reopened
    return list(picked.values())


def test_replaying_a_history_through_the_controller_gives_the_same_clock(desk, db):
    """The demo's SLA fields are what the app would have recorded, step by step, at those times."""
    service, original_clock = desk.service, desk.service.clock
    replayed = []
    try:
        for t in _sample(db):
            copy = None
            for e in db.execute("SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY created_at, rowid",
                                (t["id"],)):
                moment = from_iso(e["created_at"])
                service.clock = lambda moment=moment: moment
                kind, new, body = e["kind"], e["to_value"], e["body"]
                if kind == "created":
                    copy = service.create(TicketInput(t["subject"], t["type"], t["channel"], t["priority"])).id
                elif kind == "assigned":
                    service.assign(copy, new)
                elif kind == "status" and (e["from_value"], new) != ("new", "assigned"):  # assign did that
                    service.set_status(copy, new, body)
                elif kind == "comment":
                    service.comment(copy, body)
                elif kind == "satisfaction":
                    service.rate(copy, int(new), body)
            replayed.append((t, copy))
    finally:
        service.clock = original_clock
    for t, copy in replayed:
        mine = db.execute("SELECT * FROM tickets WHERE id = ?", (copy,)).fetchone()
        assert {f: mine[f] for f in CLOCK_FIELDS} == {f: t[f] for f in CLOCK_FIELDS}, t["number"]
        service.delete(copy)


def test_every_queue_has_tickets_and_the_device_user_a_fair_share(desk, db):
    counts = desk.service.queue_counts()
    assert counts.mine and counts.unassigned and counts.overdue
    open_rows = _tickets(db, "status IN ('new', 'assigned', 'in_progress', 'waiting')")
    assert desk.service.count(TicketFilter(QUEUE_OPEN)) == len(open_rows)
    assert 0.15 < counts.mine / len(open_rows) < 0.5
    mine = desk.service.summaries(TicketFilter(QUEUE_MINE))
    assert len(mine) == counts.mine and any(t.breached for t in mine)


def test_cli_demo_then_tickets_json(tmp_path):
    db = tmp_path / "cli.db"
    counts = json.loads(crm_cli("demo", "--customers", "400", db=db))
    assert counts["tickets"] == 50
    rows = json.loads(crm_cli("tickets", "--json", db=db))
    assert len(rows) == 50
    assert all(set(r) == {"number", "subject", "status", "priority", "assignee", "due_at", "breached"} for r in rows)
    assert all(r["subject"].isascii() for r in rows)  # the CLI's language is English unless --lang says
    assert any(r["breached"] for r in rows) and any(r["assignee"] is None for r in rows)
    # A second run continues the numbers; --tickets chooses how many.
    counts = json.loads(crm_cli("demo", "--customers", "40", "--tickets", "30", "--seed", "8", db=db))
    assert counts["tickets"] == 30
    numbers = sorted(r["number"] for r in json.loads(crm_cli("tickets", "--json", db=db)))
    assert numbers == [f"T-{i:06d}" for i in range(1, 81)]


def test_histories_stay_in_time_order_when_the_demo_is_made_on_a_weekend(tmp_path):
    """A ticket whose deadline falls on Monday cannot have missed it on Sunday: a 'late' step would
    land in the future and the next step before it (seen on a Sunday afternoon)."""
    crm = CrmApp.open(tmp_path / "sunday.db", language="zh_CN")
    generator = DemoGenerator(crm.store, 7, "zh_CN")
    generator.now = datetime(2026, 12, 6, 14, 0, tzinfo=UTC).timestamp()
    generator.today = date(2026, 12, 6)
    generator.run(400, tickets=TICKETS)
    crm.close()
    con = sqlite3.connect(tmp_path / "sunday.db")
    steps: dict[str, list] = {}
    for ticket, old, new in con.execute("SELECT ticket_id, from_value, to_value FROM ticket_events"
                                        " WHERE kind = 'status' ORDER BY created_at, rowid"):
        steps.setdefault(ticket, []).append((old, new))
    latest = con.execute("SELECT max(created_at) FROM ticket_events").fetchone()[0]
    con.close()
    out_of_order = [t for t, s in steps.items() if [o for o, _ in s] != ["new", *[n for _, n in s]][:len(s)]]
    assert out_of_order == []
    assert from_iso(latest).timestamp() < generator.now
