"""Service tickets against a real store: SLA deadlines and pauses, workflow guards, history, queues."""

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.cli.main import main as cli_main
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.sales.entities import TransitionError
from crm_desktop.domain.service.entities import (
    QUEUE_ALL,
    QUEUE_MINE,
    QUEUE_OPEN,
    QUEUE_OVERDUE,
    QUEUE_SOON,
    QUEUE_UNASSIGNED,
    SLA_BREACHED,
    SLA_OK,
    SLA_PAUSED,
    SLA_SOON,
    TicketFilter,
    TicketInput,
)
from crm_desktop.domain.service.sla import SlaPolicyError

SHANGHAI = ZoneInfo("Asia/Shanghai")
POLICY = {
    "version": 1,
    "calendar": {
        "timezone": "Asia/Shanghai",
        "working_days": ["mon", "tue", "wed", "thu", "fri"],
        "working_hours": [["09:00", "12:00"], ["13:00", "18:00"]],
        "holidays": ["2026-12-25"],
        "extra_working_days": [],
    },
    "warn_at_percent": 75,
    "priorities": {
        "urgent": {"first_response_hours": 1, "resolution_hours": 4, "around_the_clock": True},
        "high": {"first_response_hours": 2, "resolution_hours": 8},
        "normal": {"first_response_hours": 4, "resolution_hours": 16},
        "low": {"first_response_hours": 8, "resolution_hours": 40},
    },
}


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment of 2026 in Shanghai (Mon 23 Nov .. Fri 27 Nov is a plain working week), as UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


class Clock:
    def __init__(self, crm, moment: datetime) -> None:
        self.now = moment
        crm.service.clock = lambda: self.now

    def set(self, day: int, hour: int, minute: int = 0, month: int = 11) -> None:
        self.now = at(day, hour, minute, month)


@pytest.fixture
def desk(crm, tmp_path):
    path = tmp_path / "sla.json"
    path.write_text(json.dumps(POLICY), encoding="utf-8")
    crm.service.use_policy(path)
    return crm


@pytest.fixture
def clock(desk):
    return Clock(desk, at(23, 10))


def ticket(crm, subject="空调不制冷", **kwargs):
    return crm.service.create(TicketInput(subject, **kwargs))


def numbers(crm, queue, **kwargs):
    flt = TicketFilter(queue=queue, **kwargs)
    return [r[1] for r in crm.service.page(flt, crm.service.default_sort(queue), 0, 100)]


def test_create_numbers_the_ticket_and_computes_its_deadlines_in_business_hours(desk, clock):
    t = ticket(desk, priority="normal", type="complaint", channel="wechat")
    assert (t.number, t.status, t.number_provisional) == ("T-000001", "new", True)
    # 4 business hours from Mon 10:00: 10-12 and 13-15; 16 hours: Mon 7 h, Tue 8 h, Wed 09-10.
    assert t.first_response_due_at == at(23, 15)
    assert t.resolution_due_at == at(25, 10)
    assert [e.kind for e in t.events] == ["created"]
    assert t.sla == SLA_OK and t.next_deadline == at(23, 15)
    assert ticket(desk).number == "T-000002"


def test_a_ticket_created_at_night_before_a_holiday_starts_its_clock_after_it(desk, clock):
    clock.set(24, 20, month=12)  # Thursday evening; Friday 25 December is a holiday here
    t = ticket(desk, priority="high")
    assert t.first_response_due_at == at(28, 11, month=12)  # Monday 09:00 + 2 h
    assert t.resolution_due_at == at(28, 18, month=12)


def test_new_ticket_with_an_assignee_is_assigned_and_its_history_says_so(desk, clock):
    me = desk.service.me
    t = ticket(desk, assignee_id=me)
    assert t.status == "assigned" and t.assignee_id == me and t.assignee_name
    assert [(e.kind, e.from_value, e.to_value) for e in t.events] == [
        ("created", None, "new"), ("assigned", None, me), ("status", "new", "assigned")]
    assert all(e.author_name for e in t.events)


def test_illegal_transitions_and_resolving_without_resolution_are_refused_and_change_nothing(desk, clock):
    t = ticket(desk)
    with pytest.raises(TransitionError):
        desk.service.set_status(t.id, "resolved", "fixed")
    with pytest.raises(TransitionError):
        desk.service.set_status(t.id, "closed")
    with pytest.raises(ValidationError) as refused:
        desk.service.set_status(t.id, "assigned")
    assert "assignee_id" in refused.value.errors
    desk.service.set_status(t.id, "in_progress")
    with pytest.raises(ValidationError) as refused:
        desk.service.set_status(t.id, "resolved", "   ")
    assert "resolution" in refused.value.errors
    with pytest.raises(TransitionError):
        desk.service.set_status(t.id, "closed")
    after = desk.service.get(t.id)
    assert after.status == "in_progress" and after.resolved_at is None
    assert [e.kind for e in after.events] == ["created", "assigned", "status"]


def test_starting_work_takes_the_ticket_and_is_the_first_response(desk, clock):
    t = ticket(desk)
    clock.set(23, 11)
    t = desk.service.set_status(t.id, "in_progress")
    assert t.assignee_id == desk.service.me and t.first_response_at == at(23, 11)
    assert t.next_deadline == at(25, 10)  # now the resolution clock


def test_waiting_on_customer_pauses_the_resolution_clock(desk, clock):
    t = ticket(desk)
    clock.set(23, 11)
    desk.service.set_status(t.id, "in_progress")
    clock.set(23, 14)
    t = desk.service.set_status(t.id, "waiting")
    assert t.sla == SLA_PAUSED and t.next_deadline is None
    clock.set(25, 12)  # past the original deadline (Wed 10:00) while waiting: not overdue
    assert desk.service.get(t.id).sla == SLA_PAUSED
    assert numbers(desk, QUEUE_OVERDUE) == []
    clock.set(25, 14)
    t = desk.service.set_status(t.id, "in_progress")
    # Paused Mon 14-18, Tue all day, Wed 09-12 and 13-14: 16 business hours move Wed 10:00 to Fri 10:00.
    assert t.resolution_due_at == at(27, 10)
    assert t.sla == SLA_OK


def test_a_missed_deadline_stays_breached_through_pause_and_resolution(desk, clock):
    t = ticket(desk)
    clock.set(23, 16)  # first response was due at 15:00
    assert desk.service.get(t.id).sla == SLA_BREACHED
    assert numbers(desk, QUEUE_OVERDUE) == [t.number]
    desk.service.set_status(t.id, "in_progress")
    clock.set(23, 17)
    t = desk.service.set_status(t.id, "resolved", "Replaced the compressor relay.")
    assert t.sla == SLA_BREACHED and t.resolved_at == at(23, 17)


def test_resolved_in_time_is_met_and_reopening_resumes_the_clock(desk, clock):
    t = ticket(desk)
    clock.set(23, 11)
    desk.service.set_status(t.id, "in_progress")
    clock.set(24, 9)
    t = desk.service.set_status(t.id, "resolved", "Reset the controller.")
    assert t.sla == "met"
    clock.set(24, 10)
    t = desk.service.set_status(t.id, "closed")
    assert t.closed_at == at(24, 10) and t.next_statuses == ("in_progress",)
    clock.set(24, 11)
    t = desk.service.set_status(t.id, "in_progress", "Customer called: fault is back.")
    assert t.status == "in_progress" and t.resolved_at is None and t.closed_at is None
    # Two business hours resolved (Tue 09-11) do not count: Wed 10:00 becomes Wed 12:00.
    assert t.resolution_due_at == at(25, 12)
    assert t.events[-1].body == "Customer called: fault is back."


def test_priority_change_recomputes_deadlines_and_is_recorded(desk, clock):
    t = ticket(desk, priority="normal")
    clock.set(23, 10, 30)
    t = desk.service.update(t.id, TicketInput(t.subject, priority="urgent"))
    # Urgent runs around the clock from creation: 1 h and 4 h after Mon 10:00.
    assert (t.first_response_due_at, t.resolution_due_at) == (at(23, 11), at(23, 14))
    assert t.sla == SLA_OK  # warned from 10:45, three quarters of the hour
    clock.set(23, 10, 50)
    assert desk.service.get(t.id).sla == SLA_SOON
    assert t.events[-1].kind == "priority" and (t.events[-1].from_value, t.events[-1].to_value) == (
        "normal", "urgent")


def test_queues_mine_unassigned_soon_overdue_and_counts(desk, clock):
    me = desk.service.me
    mine = ticket(desk, "mine", assignee_id=me)
    loose = ticket(desk, "loose")
    urgent = ticket(desk, "urgent", priority="urgent")
    done = ticket(desk, "done", assignee_id=me)
    desk.service.set_status(done.id, "in_progress")
    desk.service.set_status(done.id, "resolved", "ok")
    clock.set(23, 10, 50)  # urgent: first response due 11:00, warned from 10:45
    assert numbers(desk, QUEUE_MINE) == [mine.number]
    assert set(numbers(desk, QUEUE_UNASSIGNED)) == {loose.number, urgent.number}
    assert numbers(desk, QUEUE_SOON) == [urgent.number]
    assert numbers(desk, QUEUE_OVERDUE) == []
    assert set(numbers(desk, QUEUE_OPEN)) == {mine.number, loose.number, urgent.number}
    assert len(numbers(desk, QUEUE_ALL)) == 4
    counts = desk.service.queue_counts()
    assert (counts.mine, counts.unassigned, counts.soon, counts.overdue) == (1, 2, 1, 0)
    clock.set(23, 11, 5)
    assert numbers(desk, QUEUE_OVERDUE) == [urgent.number]
    assert desk.service.queue_counts().overdue == 1
    assert numbers(desk, QUEUE_ALL, priority="urgent") == [urgent.number]
    assert numbers(desk, QUEUE_ALL, text="LOO") == [loose.number]
    assert numbers(desk, QUEUE_ALL, status="resolved") == [done.number]


def test_bulk_assign_in_one_go_skips_closed_tickets(desk, clock):
    a, b, c = ticket(desk, "a"), ticket(desk, "b"), ticket(desk, "c")
    for status, note in (("in_progress", None), ("resolved", "done"), ("closed", None)):
        desk.service.set_status(c.id, status, note)
    colleague = next(u for u in desk.service.assignees() if u.id != desk.service.me) if len(
        desk.service.assignees()) > 1 else None
    target = colleague.id if colleague else desk.service.me
    result = desk.service.bulk_assign([a.id, b.id, c.id], target)
    assert (result.assigned, result.skipped) == (2, 1)
    assert {desk.service.get(x.id).status for x in (a, b)} == {"assigned"}
    assert desk.service.get(c.id).assignee_id == desk.service.me  # closed: left alone


def test_comments_are_history_and_the_first_is_the_first_response(desk, clock):
    t = ticket(desk)
    with pytest.raises(ValidationError):
        desk.service.comment(t.id, "  ")
    clock.set(23, 11)
    t = desk.service.comment(t.id, "已电话联系客户，明天上门")
    assert t.first_response_at == at(23, 11)
    assert t.events[-1].kind == "comment" and t.events[-1].body == "已电话联系客户，明天上门"


def test_satisfaction_only_after_resolution_and_only_1_to_5(desk, clock):
    t = ticket(desk)
    with pytest.raises(ValidationError):
        desk.service.rate(t.id, 5)
    desk.service.set_status(t.id, "in_progress")
    desk.service.set_status(t.id, "resolved", "Fixed")
    for bad in (0, 6, "x", 4.5, None, True):
        with pytest.raises(ValidationError):
            desk.service.rate(t.id, bad)
    assert desk.service.get(t.id).satisfaction_score is None
    t = desk.service.rate(t.id, 4, " 师傅很专业 ")
    assert (t.satisfaction_score, t.satisfaction_comment) == (4, "师傅很专业")
    assert t.events[-1].kind == "satisfaction" and t.events[-1].to_value == "4"


def test_customer_links_names_history_and_merge(desk, clock):
    acme = desk.customers.create_account(AccountInput(name="杭州海康客户"))
    other = desk.customers.create_account(AccountInput(name="宁波客户"))
    wang = desk.customers.create_contact(ContactInput(name="王伟", account_id=acme.id))
    t = ticket(desk, contact_id=wang.id)
    assert (t.account_id, t.account_name, t.contact_name) == (acme.id, "杭州海康客户", "王伟")
    with pytest.raises(ValidationError):
        ticket(desk, account_id=other.id, contact_id=wang.id)
    desk.customers.update_account(acme.id, AccountInput(name="杭州海康威视"))
    desk.customers.update_contact(wang.id, ContactInput(name="王伟强", account_id=acme.id))
    t = desk.service.get(t.id)
    assert (t.account_name, t.contact_name) == ("杭州海康威视", "王伟强")
    assert [s.number for s in desk.service.of_record("account", acme.id)] == [t.number]
    assert [s.number for s in desk.service.of_record("contact", wang.id)] == [t.number]
    result = desk.customers.merge_accounts(other.id, acme.id)
    assert result.moved["tickets"] == 1
    assert desk.service.get(t.id).account_name == "宁波客户"


def test_a_policy_file_with_errors_is_refused_and_the_old_one_stays(desk, clock, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"calendar": {"timezone": "Mars/Olympus"}, "priorities": {}}', encoding="utf-8")
    with pytest.raises(SlaPolicyError) as refused:
        desk.service.use_policy(bad)
    assert "Mars/Olympus" in str(refused.value)
    assert ticket(desk).first_response_due_at == at(23, 15)


def test_cli_lists_tickets_as_json_and_only_overdue_ones(desk, db_path, capsys):
    Clock(desk, at(5, 10, month=1))  # long ago: overdue now under any policy
    old = ticket(desk, "旧工单")
    desk.service.clock = lambda: datetime.now(UTC)
    fresh = ticket(desk, "新工单", priority="low")
    desk.close()
    assert cli_main(["--db", str(db_path), "tickets", "--json"]) == 0
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {old.number, fresh.number}
    assert set(rows[old.number]) == {"number", "subject", "status", "priority", "assignee", "due_at", "breached"}
    assert rows[old.number]["breached"] is True and rows[old.number]["subject"] == "旧工单"
    assert cli_main(["--db", str(db_path), "tickets", "--overdue", "--json"]) == 0
    assert [r["number"] for r in json.loads(capsys.readouterr().out)] == [old.number]
    assert cli_main(["--db", str(db_path), "tickets", "--status", "closed", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_activity_logged_for_a_ticket_is_in_its_history_and_on_the_customer_timeline(desk, clock):
    from crm_desktop.domain.customers.entities import ActivityInput

    account = desk.customers.create_account(AccountInput(name="宁波精工"))
    t = ticket(desk, account_id=account.id)
    clock.set(23, 11)
    visit = desk.activities.log(ActivityInput(kind="visit", subject="上门检修", ticket_id=t.id,
                                              occurred_at=at(23, 11)))
    assert visit.account_id == account.id  # the ticket's customer
    clock.set(23, 12)
    t = desk.service.comment(t.id, "已更换继电器")
    assert [(e.kind, e.body) for e in t.events[-2:]] == [("activity", "上门检修"), ("comment", "已更换继电器")]
    assert [a.subject for a in desk.activities.timeline(account_id=account.id)] == ["上门检修"]
    assert [a.subject for a in desk.activities.timeline(ticket_id=t.id)] == ["上门检修"]
