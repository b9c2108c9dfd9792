"""Pure rules on plain values: a ticket's SLA clock (domain/service/clock.py) and what logging an
activity does to a record's last activity and next follow-up (domain/activities/rules.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.domain.activities.rules import as_logged, last_activity, next_followup
from crm_desktop.domain.service import clock
from crm_desktop.domain.service.clock import SlaClock
from crm_desktop.domain.service.sla import SlaDeadlines

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)


class RoundTheClock:
    """Four hours to respond, a day to resolve, every hour a business hour."""

    def deadlines(self, priority: str, created_at: datetime, paused_seconds: int = 0) -> SlaDeadlines:
        paused = timedelta(seconds=paused_seconds)
        return SlaDeadlines(created_at + 4 * HOUR, created_at + 3 * HOUR, created_at + 24 * HOUR + paused,
                            created_at + 18 * HOUR + paused)

    def business_seconds(self, priority: str, start: datetime, end: datetime) -> int:
        return int((end - start).total_seconds())


POLICY = RoundTheClock()


def _new() -> SlaClock:
    return clock.refresh(SlaClock("new", "normal", T0), POLICY)


def test_a_new_ticket_runs_its_first_response_clock_and_leaves_unset_fields_unset():
    c = _new()
    assert (c.sla_due_at, c.sla_warn_at, c.resolution_due_at) == (T0 + 4 * HOUR, T0 + 3 * HOUR, T0 + 24 * HOUR)
    assert c.sla_paused_seconds is None and c.sla_breached is None  # the row's defaults apply


def test_a_wait_on_the_customer_stops_the_clock_and_moves_the_resolution_deadline_on():
    c = clock.step(_new(), "in_progress", T0 + HOUR, POLICY)
    assert c.first_response_at == T0 + HOUR and c.sla_due_at == T0 + 24 * HOUR
    c = clock.step(c, "waiting", T0 + 2 * HOUR, POLICY)
    assert c.sla_due_at is None and c.sla_paused_at == T0 + 2 * HOUR
    c = clock.step(c, "in_progress", T0 + 7 * HOUR, POLICY)
    assert c.sla_paused_at is None and c.sla_paused_seconds == 5 * 3600
    assert c.resolution_due_at == c.sla_due_at == T0 + 29 * HOUR and not c.sla_breached


def test_a_missed_deadline_stays_missed_through_resolving_and_reopening():
    c = clock.step(_new(), "in_progress", T0 + 5 * HOUR, POLICY)  # first response was due at +4h
    assert c.sla_breached
    c = clock.step(c, "resolved", T0 + 6 * HOUR, POLICY)
    assert c.resolved_at == T0 + 6 * HOUR and c.sla_due_at is None
    c = clock.step(c, "in_progress", T0 + 8 * HOUR, POLICY)
    assert c.resolved_at is None and c.sla_breached


def test_the_first_comment_on_an_open_ticket_is_its_first_response():
    c = clock.commented(_new(), T0 + HOUR, POLICY)
    assert c.first_response_at == T0 + HOUR and c.sla_due_at == T0 + 24 * HOUR
    assert clock.commented(c, T0 + 2 * HOUR, POLICY).first_response_at == T0 + HOUR


def test_a_logged_task_with_a_due_time_stays_open_and_happened_now_unless_told():
    values = as_logged({"kind": "task", "done": True, "due_at": T0, "occurred_at": None}, T0 - HOUR)
    assert values["done"] is False and values["occurred_at"] == T0 - HOUR


def test_a_back_dated_activity_leaves_the_last_activity_and_a_due_follow_up_alone():
    today = date(2026, 3, 2)
    assert last_activity(T0, T0 - HOUR) == T0 and last_activity(None, T0) == T0
    assert next_followup(today, T0, T0 - HOUR, None, today) == today  # back-dated: still due
    assert next_followup(today, T0, T0 + HOUR, None, today) is None  # a new one settles it
    assert next_followup(today + timedelta(days=3), T0, T0 + HOUR, None, today) == today + timedelta(days=3)
    assert next_followup(today, T0, T0 - HOUR, today + timedelta(days=7), today) == today + timedelta(days=7)
