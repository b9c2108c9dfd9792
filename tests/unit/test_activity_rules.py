"""Pure rules of correcting and deleting an activity, and of the agenda's snoozes and moves
(domain/activities/rules.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from crm_desktop.domain.activities.rules import (
    edited_done,
    edited_followup,
    has_happened,
    is_planned,
    last_activity_without,
    moved_due,
    removed_followup,
    snooze_day,
)

MON, TUE, SUN = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 13)
T1, T2 = datetime(2026, 12, 1, 9, tzinfo=UTC), datetime(2026, 12, 3, 9, tzinfo=UTC)


def test_the_last_activity_falls_back_only_when_it_was_the_one_removed():
    assert last_activity_without(T2, T2, T1) == T1
    assert last_activity_without(T2, T2, None) is None
    assert last_activity_without(T2, T1, None) == T2  # a later one (or an imported time) stays


def test_a_changed_plan_follows_through_only_while_it_is_the_records_follow_up():
    assert edited_followup(MON, MON, TUE) == TUE
    assert edited_followup(None, None, TUE) == TUE  # planned after the fact
    assert edited_followup(SUN, MON, TUE) == SUN  # moved since: the later decision stays
    assert edited_followup(MON, MON, MON) == MON
    assert edited_followup(MON, MON, None) is None


def test_a_deleted_activity_takes_its_plan_with_it():
    assert removed_followup(MON, MON) is None
    assert removed_followup(SUN, MON) == SUN
    assert removed_followup(SUN, None) == SUN


def test_an_edited_task_keeps_its_state_and_a_new_task_is_open():
    assert edited_done("task", True, "task", T1) is True
    assert edited_done("task", False, "task", T1) is False
    assert edited_done("call", True, "task", T1) is False
    assert edited_done("task", False, "call", None) is True


def test_a_visit_meeting_or_call_still_to_come_is_planned_and_one_that_happened_is_done():
    assert is_planned("visit", T2, now=T1) and is_planned("meeting", T2, now=T1) and is_planned("call", T2, now=T1)
    assert not is_planned("visit", T1, now=T2) and not is_planned("note", T2, now=T1)
    assert edited_done("visit", True, "visit", None, T2, now=T1) is False  # moved to next week: planned again
    assert edited_done("visit", False, "visit", None, T1, now=T2) is True  # written up after it happened
    assert edited_done("note", True, "note", None, T2, now=T1) is True


def test_a_planned_visit_has_not_happened_until_checked_in_or_done():
    assert not has_happened("visit", done=False) and not has_happened("meeting", done=False)
    assert has_happened("visit", done=False, checked_in=True) and has_happened("visit", done=True)
    assert has_happened("task", done=False) and has_happened("note", done=False)  # as they always counted


def test_snoozes_go_to_tomorrow_or_to_next_monday():
    assert snooze_day(MON, "tomorrow") == TUE
    assert snooze_day(MON, "next_week") == date(2026, 12, 14)
    assert snooze_day(SUN, "next_week") == date(2026, 12, 14)


def test_a_moved_task_keeps_its_local_time_of_day():
    due = datetime.combine(MON, time(15, 30)).astimezone()
    assert moved_due(due, SUN) == datetime.combine(SUN, time(15, 30)).astimezone()
    assert moved_due(None, SUN) == datetime.combine(SUN, time(9)).astimezone()
