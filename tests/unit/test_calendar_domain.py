"""The calendar's pure parts: spans of days, overlapping entries side by side, and .ics files read in every
shape the field meets (Windows zone names without a VTIMEZONE, floating times, exceptions, broken rules)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crm_desktop.domain.calendar.entities import ACTIVITY, CalendarEntry
from crm_desktop.domain.calendar.ics_import import BAD_RECURRENCE, CalendarFileError, parse_calendar
from crm_desktop.domain.calendar.layout import lay_out, moved
from crm_desktop.domain.calendar.ranges import DAY, MONTH, WEEK, local_midnight, range_of, shifted

WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 12, 31, tzinfo=UTC))


def test_spans_of_a_day_a_week_from_monday_and_the_whole_weeks_of_a_month():
    wednesday = date(2026, 12, 9)
    assert range_of(DAY, wednesday).days() == [wednesday]
    week = range_of(WEEK, wednesday)
    assert (week.first, week.last) == (date(2026, 12, 7), date(2026, 12, 14))
    month = range_of(MONTH, wednesday)
    assert (month.first, month.last) == (date(2026, 11, 30), date(2027, 1, 4)) and len(month.days()) % 7 == 0
    assert shifted(month, 1).anchor == date(2027, 1, 1) and shifted(month, -12).anchor == date(2025, 12, 1)
    assert shifted(week, -1).first == date(2026, 11, 30)
    lo, hi = week.utc_bounds()
    assert lo == local_midnight(date(2026, 12, 7)) and hi - lo == timedelta(days=7)


def _entry(name: str, day: date, start: tuple[int, int], end: tuple[int, int]) -> CalendarEntry:
    midnight = local_midnight(day)
    return CalendarEntry(ACTIVITY, name, "visit", name, midnight + timedelta(hours=start[0], minutes=start[1]),
                         midnight + timedelta(hours=end[0], minutes=end[1]))


def test_overlapping_entries_share_the_width_and_the_others_keep_all_of_it():
    day = date(2026, 12, 8)
    boxes = {p.entry.id: p for p in lay_out([
        _entry("a", day, (10, 0), (11, 30)), _entry("b", day, (10, 30), (12, 0)), _entry("c", day, (11, 45), (12, 30)),
        _entry("d", day, (14, 0), (15, 0))], [day])}
    assert (boxes["a"].column, boxes["a"].columns) == (0, 2)
    assert (boxes["b"].column, boxes["b"].columns) == (1, 2)
    assert boxes["c"].column == 0  # a's column is free again at 11:45, still in the group b spans
    assert (boxes["d"].column, boxes["d"].columns) == (0, 1)
    assert (boxes["a"].top, boxes["a"].bottom) == (600, 690)


def test_an_entry_over_midnight_shows_on_both_days_and_a_short_call_stays_readable():
    monday, tuesday = date(2026, 12, 7), date(2026, 12, 8)
    late = _entry("late", monday, (23, 0), (25, 0))
    pieces = [p for p in lay_out([late], [monday, tuesday])]
    assert [(p.day_index, p.top, p.bottom) for p in pieces] == [(0, 1380, 1440), (1, 0, 60)]
    call = lay_out([_entry("call", monday, (14, 0), (14, 5))], [monday])[0]
    assert call.bottom - call.top >= 15
    start = local_midnight(monday)
    assert moved(start, start + timedelta(hours=2), start + timedelta(days=1)) == (
        start + timedelta(days=1), start + timedelta(days=1, hours=2))


def _ics(*events: str, head: str = "") -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + head + "".join(
        f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events) + "END:VCALENDAR\r\n").encode()


def test_zones_by_windows_name_without_a_vtimezone_and_floating_times_in_the_calendars_zone():
    parsed = parse_calendar(_ics("UID:1\r\nSUMMARY:a\r\nDTSTART;TZID=Tokyo Standard Time:20261208T090000",
                                 "UID:2\r\nSUMMARY:b\r\nDTSTART:20261208T090000",
                                 head="X-WR-TIMEZONE:China Standard Time\r\n"), WINDOW)
    starts = {e.uid: e.start for e in parsed.events}
    assert starts["1"] == datetime(2026, 12, 8, 0, tzinfo=UTC)  # 09:00 in Tokyo
    assert starts["2"] == datetime(2026, 12, 8, 1, tzinfo=UTC)  # floating 09:00 read in the calendar's zone
    floating = parse_calendar(_ics("UID:3\r\nSUMMARY:c\r\nDTSTART:20261208T090000"), WINDOW,
                              local=timezone(timedelta(hours=-5)))
    assert floating.events[0].start == datetime(2026, 12, 8, 14, tzinfo=UTC)


def test_a_series_skips_its_exdates_and_a_changed_occurrence_keeps_its_own_id():
    series = ("UID:s\r\nSUMMARY:standup\r\nDTSTART;TZID=Asia/Shanghai:20261207T090000\r\n"
              "RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE;TZID=Asia/Shanghai:20261209T090000")
    changed = "UID:s\r\nSUMMARY:standup late\r\nRECURRENCE-ID;TZID=Asia/Shanghai:20261210T090000\r\n" \
              "DTSTART;TZID=Asia/Shanghai:20261210T110000"
    parsed = parse_calendar(_ics(series, changed), WINDOW)
    days = sorted((e.start.date().day, e.subject) for e in parsed.events)
    assert days == [(7, "standup"), (8, "standup"), (10, "standup late"), (11, "standup")]
    again = parse_calendar(_ics(series, changed), WINDOW)
    assert {e.activity_id for e in parsed.events} == {e.activity_id for e in again.events}  # stable ids
    assert len({e.activity_id for e in parsed.events}) == 4


def test_until_as_a_bare_day_beside_a_zoned_start_ends_the_series_that_day():
    parsed = parse_calendar(_ics("UID:u\r\nSUMMARY:weekly\r\nDTSTART;TZID=Asia/Shanghai:20261207T090000\r\n"
                                 "RRULE:FREQ=WEEKLY;UNTIL=20261221"), WINDOW)
    assert [e.start.day for e in parsed.events] == [7, 14, 21] and parsed.skipped == []


def test_a_rule_that_cannot_be_followed_imports_its_first_occurrence_and_says_so():
    parsed = parse_calendar(_ics("UID:r\r\nSUMMARY:odd\r\nDTSTART;TZID=Asia/Shanghai:20261207T090000\r\n"
                                 "RRULE:FREQ=SOMETIMES"), WINDOW)
    assert [e.start for e in parsed.events] == [datetime(2026, 12, 7, 1, tzinfo=UTC)]
    assert parsed.skipped == [("odd", BAD_RECURRENCE)]


@pytest.mark.parametrize("data", [b"", b"\x00\x01binary", b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n"])
def test_what_is_no_calendar_is_refused_whole(data):
    with pytest.raises(CalendarFileError):
        parse_calendar(data, WINDOW)
