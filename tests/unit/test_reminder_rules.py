"""The pure rules of reminders: lead times, what is due, where snoozes end, and one notice for what was missed."""

from datetime import UTC, datetime, time, timedelta

from crm_desktop.domain.reminders.entities import NO_REMINDER, Candidate
from crm_desktop.domain.reminders.rules import lead_minutes, notice_of, reminder_of, snooze_until

NOW = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)


def candidate(key: str, minutes: int, lead: int | None = None, kind: str = "visit") -> Candidate:
    return Candidate(key, kind, NOW + timedelta(minutes=minutes), key, "赵总", "activity", key, remind_minutes=lead)


def test_lead_times():
    assert lead_minutes(None, 15) == 15
    assert lead_minutes(0, 15) == 0
    assert lead_minutes(NO_REMINDER, 15) is None
    assert lead_minutes(10_000, 15) == 1440  # cut to a day
    assert reminder_of(candidate("a", 60, NO_REMINDER), 15) is None
    assert reminder_of(candidate("a", 60, 30), 15).remind_at == NOW + timedelta(minutes=30)
    assert reminder_of(candidate("f", 60, 30, kind="followup"), 15).remind_at == NOW + timedelta(minutes=60)


def test_snoozes_end_in_minutes_or_tomorrow_at_the_followup_time():
    assert snooze_until("5m", NOW, time(9)) == NOW + timedelta(minutes=5)
    assert snooze_until("1h", NOW, time(9)) == NOW + timedelta(hours=1)
    tomorrow = snooze_until("tomorrow", NOW, time(9)).astimezone()
    assert (tomorrow.date(), tomorrow.time()) == (NOW.astimezone().date() + timedelta(days=1), time(9))


def test_what_was_missed_while_closed_is_one_notice():
    started = NOW
    missed = [reminder_of(candidate(k, -30 + i), 15) for i, k in enumerate("abcd")]
    notice = notice_of(missed, started)
    assert notice.missed == 4 and notice.single is None and [r.key for r in notice.reminders] == list("abcd")
    fresh = notice_of([reminder_of(candidate("e", 15), 15)], started)
    assert fresh.missed == 0 and fresh.single.key == "e"
    assert notice_of([], started) is None
