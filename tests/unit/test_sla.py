"""SLA arithmetic: business time across nights, weekends, holidays and DST, and the policy file's checks."""

import copy
import json
import random
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.service import sla, sla_messages
from crm_desktop.domain.service.sla import (
    BusinessCalendar,
    SlaPolicyError,
    default_policy_path,
    load_policy,
    parse_policy,
)
from crm_desktop.domain.service.sla_calendar import END_OF_DAY
from crm_desktop.paths import DATA_DIR

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
HOUR = 3600
OFFICE = ((time(9), time(12)), (time(13, 30), time(18)))  # 7.5 hours a day
WEEKDAYS = frozenset(range(1, 6))

DOCUMENT = {
    "_comment": "a test policy",
    "version": 1,
    "calendar": {
        "timezone": "Asia/Shanghai",
        "working_days": ["mon", "tue", "wed", "thu", "fri"],
        "working_hours": [["09:00", "12:00"], ["13:30", "18:00"]],
        "holidays": ["2026-01-01", "2026-01-02", "2026-01-03", "2026-05-01", "2026-05-02", "2026-05-03",
                     "2026-05-04", "2026-05-05"] + [f"2026-02-{d}" for d in range(15, 24)],
        "extra_working_days": ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09"],
    },
    "warn_at_percent": 75,
    "priorities": {
        "urgent": {"first_response_hours": 1, "resolution_hours": 8, "around_the_clock": True},
        "high": {"first_response_hours": 2, "resolution_hours": 16},
        "normal": {"first_response_hours": 4, "resolution_hours": 24},
        "low": {"first_response_hours": 8, "resolution_hours": 40},
    },
}


def at(year, month, day, hour=0, minute=0, second=0, zone=SHANGHAI) -> datetime:
    """A wall-clock time in `zone`, as the aware UTC datetime the API takes."""
    return datetime(year, month, day, hour, minute, second, tzinfo=zone).astimezone(UTC)


def wall(moment: datetime, zone=SHANGHAI) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def document(**changes) -> dict:
    doc = copy.deepcopy(DOCUMENT)
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        node = doc
        for part in parents:
            node = node[part]
        if value is DELETE:
            del node[key]
        else:
            node[key] = value
    return doc


DELETE = object()


@pytest.fixture(scope="module")
def policy():
    return parse_policy(copy.deepcopy(DOCUMENT))


@pytest.fixture(scope="module")
def office(policy):
    return policy.calendar


def problems_of(doc) -> list[tuple[str, dict]]:
    with pytest.raises(SlaPolicyError) as info:
        parse_policy(doc)
    return [(p.message, p.params) for p in info.value.problems]


# --- adding business time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "hours", "due"), [
    ((2026, 3, 9, 10), 1, (2026, 3, 9, 11, 0)),            # inside the morning window
    ((2026, 3, 9, 9), 3, (2026, 3, 9, 12, 0)),             # uses the window up exactly: its end, not 13:30
    ((2026, 3, 9, 11), 2, (2026, 3, 9, 14, 30)),           # over the lunch break
    ((2026, 3, 9, 12, 30), 1, (2026, 3, 9, 14, 30)),       # starts in the lunch break
    ((2026, 3, 9, 7), 1, (2026, 3, 9, 10, 0)),             # before the first window
    ((2026, 3, 9, 20), 1, (2026, 3, 10, 10, 0)),           # after the last window
    ((2026, 3, 9, 17), 2, (2026, 3, 10, 10, 0)),           # across the night
    ((2026, 3, 13, 17), 2, (2026, 3, 16, 10, 0)),          # Friday evening to Monday
    ((2026, 3, 7, 10), 1, (2026, 3, 9, 10, 0)),            # raised on a Saturday
    ((2026, 3, 9, 11, 45), 0.5, (2026, 3, 9, 13, 45)),     # fractional hours over lunch
    ((2026, 4, 30, 17), 2, (2026, 5, 6, 10, 0)),           # Labour Day holidays (Fri 1 .. Tue 5)
    ((2026, 5, 8, 17), 2, (2026, 5, 9, 10, 0)),            # the make-up Saturday is worked
    ((2026, 1, 1, 10), 1, (2026, 1, 4, 10, 0)),            # New Year: first working moment is make-up Sunday
    ((2026, 2, 13, 17), 9, (2026, 2, 24, 9, 30)),          # Spring Festival: Fri 1h, make-up Sat 7.5h, then Feb 24
    ((2026, 3, 9, 9), 375, (2026, 5, 19, 18, 0)),          # 50 working days with Labour Day and its make-up day
])
def test_add_walks_the_office_calendar(office, start, hours, due):
    assert wall(office.add(at(*start), hours * HOUR)) == datetime(*due)


def test_add_returns_aware_utc_and_accepts_any_aware_zone(office):
    start = datetime(2026, 3, 9, 10, tzinfo=SHANGHAI)
    due = office.add(start, HOUR)
    assert due.tzinfo is UTC
    assert due == office.add(start.astimezone(UTC), HOUR) == at(2026, 3, 9, 11)


def test_adding_nothing_keeps_the_start_even_outside_working_time(office):
    saturday = at(2026, 3, 7, 22, 15)
    assert office.add(saturday, 0) == saturday
    assert office.add(saturday, 1) == at(2026, 3, 9, 9, 0, 1)
    assert office.add(saturday, 1e-9) == at(2026, 3, 9, 9)  # any positive amount starts at the next working moment
    assert office.add(at(2026, 3, 9, 12), 1e-9) == at(2026, 3, 9, 13, 30)  # a window's end is not in it


def test_add_refuses_negative_time_and_naive_datetimes(office):
    with pytest.raises(ValueError):
        office.add(at(2026, 3, 9, 10), -1)
    with pytest.raises(ValueError):
        office.add(datetime(2026, 3, 9, 10), HOUR)
    with pytest.raises(ValueError):
        office.between(datetime(2026, 3, 9, 10), at(2026, 3, 9, 12))


def test_a_calendar_without_working_time_raises_instead_of_looping():
    mondays = frozenset(date(2026, 1, 5) + timedelta(weeks=w) for w in range(52 * 4))
    only_holiday_mondays = BusinessCalendar(UTC, frozenset({1}), OFFICE, mondays)
    with pytest.raises(ValueError, match="no working time"):
        only_holiday_mondays.add(at(2026, 1, 1), HOUR)


def test_calendar_rejects_unsorted_or_overlapping_hours():
    with pytest.raises(ValueError):
        BusinessCalendar(UTC, WEEKDAYS, ((time(13), time(18)), (time(9), time(12))))
    with pytest.raises(ValueError):
        BusinessCalendar(UTC, WEEKDAYS, ((time(9), time(14)), (time(13), time(18))))
    with pytest.raises(ValueError):
        BusinessCalendar(UTC, WEEKDAYS, ((time(9), time(9)),))


def test_working_days_weekends_holidays_and_make_up_days(office):
    assert office.is_working_day(date(2026, 3, 9))
    assert not office.is_working_day(date(2026, 3, 7))       # Saturday
    assert not office.is_working_day(date(2026, 5, 4))       # holiday on a Monday
    assert office.is_working_day(date(2026, 5, 9))           # make-up Saturday
    assert office.is_working_day(date(2026, 1, 4))           # make-up Sunday


def test_long_durations_land_on_the_expected_week():
    plain = BusinessCalendar(SHANGHAI, WEEKDAYS, OFFICE)
    monday = at(2026, 3, 2, 9)
    # 37.5 hours a week; 200 weeks' worth is still walked quickly and exactly.
    assert wall(plain.add(monday, 37.5 * HOUR * 10)) == datetime(2026, 5, 8, 18)
    far = plain.add(monday, 37.5 * HOUR * 200)
    assert wall(far) == datetime(2029, 12, 28, 18)
    assert plain.between(monday, far) == 37.5 * HOUR * 200


# --- measuring business time ------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end", "hours"), [
    ((2026, 3, 9, 8), (2026, 3, 9, 20), 7.5),
    ((2026, 3, 9, 11), (2026, 3, 9, 14), 1.5),
    ((2026, 3, 13, 17), (2026, 3, 16, 10), 2),
    ((2026, 3, 7, 0), (2026, 3, 9, 0), 0),
    ((2026, 4, 30, 9), (2026, 5, 11, 9), 5 * 7.5),  # Thu 30, Wed 6, Thu 7, Fri 8, make-up Sat 9
    ((2026, 3, 9, 10), (2026, 3, 9, 10), 0),
    ((2026, 3, 9, 12), (2026, 3, 9, 10), 0),
])
def test_between_counts_business_seconds(office, start, end, hours):
    assert office.between(at(*start), at(*end)) == hours * HOUR


def test_between_counts_whole_seconds(office):
    start = at(2026, 3, 9, 10)
    assert office.between(start, start + timedelta(seconds=1.9)) == 1


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Europe/Berlin", "America/New_York"])
def test_between_inverts_add_for_random_starts_and_durations(policy, zone):
    calendar = BusinessCalendar(ZoneInfo(zone), WEEKDAYS, OFFICE, policy.calendar.holidays,
                                policy.calendar.extra_working_days)
    rng = random.Random(20260101)
    base = datetime(2025, 12, 1, tzinfo=UTC)
    for _ in range(3000):
        start = base + timedelta(seconds=rng.randrange(400 * 86400))
        seconds = rng.choice((rng.randrange(1, 4 * HOUR), rng.randrange(1, 300 * HOUR)))
        due = calendar.add(start, seconds)
        assert calendar.between(start, due) == seconds
        assert due > start
        assert calendar.add(start, seconds + 60) > due
        # Whatever the end, adding the business time measured up to it never overshoots it.
        end = start + timedelta(seconds=rng.randrange(30 * 86400))
        assert calendar.add(start, calendar.between(start, end)) <= max(end, start)


def test_add_lands_exactly_on_a_working_end_moment(office):
    rng = random.Random(7)
    start = at(2026, 3, 9, 9)
    for _ in range(500):
        end = start + timedelta(seconds=rng.randrange(60 * 86400))
        inside = office.between(end - timedelta(seconds=1), end + timedelta(seconds=1)) == 2
        if inside:
            assert office.add(start, office.between(start, end)) == end


# --- around the clock and daylight saving time ------------------------------------------------------------


def test_around_the_clock_is_plain_elapsed_time():
    clock = BusinessCalendar.around_the_clock()
    rng = random.Random(3)
    for _ in range(300):
        start = at(2026, 1, 1) + timedelta(seconds=rng.randrange(365 * 86400))
        seconds = rng.randrange(1, 30 * 86400)
        assert clock.add(start, seconds) == start + timedelta(seconds=seconds)
        assert clock.between(start, start + timedelta(seconds=seconds)) == seconds
    assert all(clock.is_working_day(date(2026, 10, d)) for d in range(1, 8))


def test_business_hours_stay_wall_clock_across_the_spring_dst_change():
    berlin = BusinessCalendar(BERLIN, WEEKDAYS, ((time(9), time(17)),))
    friday = at(2026, 3, 27, 16, zone=BERLIN)
    assert friday == datetime(2026, 3, 27, 15, tzinfo=UTC)   # CET, UTC+1
    due = berlin.add(friday, 2 * HOUR)
    assert wall(due, BERLIN) == datetime(2026, 3, 30, 10)
    assert due == datetime(2026, 3, 30, 8, tzinfo=UTC)        # CEST, UTC+2
    assert berlin.between(at(2026, 3, 27, 9, zone=BERLIN), at(2026, 3, 30, 17, zone=BERLIN)) == 16 * HOUR


def test_a_whole_day_window_counts_the_real_length_of_dst_days():
    all_day = BusinessCalendar(BERLIN, frozenset(range(1, 8)), ((time(0), END_OF_DAY),))
    assert all_day.between(at(2026, 3, 29, zone=BERLIN), at(2026, 3, 30, zone=BERLIN)) == 23 * HOUR
    assert all_day.between(at(2026, 10, 25, zone=BERLIN), at(2026, 10, 26, zone=BERLIN)) == 25 * HOUR
    start = at(2026, 3, 28, 12, zone=BERLIN)
    assert all_day.add(start, 24 * HOUR) == start + timedelta(hours=24)


def test_windows_touching_the_skipped_hour_stay_in_order():
    # 02:00-03:00 does not exist on 29 March 2026 in Berlin: 02:30 is reached when the clock jumps.
    night = BusinessCalendar(BERLIN, frozenset(range(1, 8)), ((time(1), time(2, 30)), (time(3), time(5))))
    day = (at(2026, 3, 29, zone=BERLIN), at(2026, 3, 29, 12, zone=BERLIN))
    assert night.between(*day) == 3 * HOUR
    assert night.add(day[0], 1 * HOUR) == datetime(2026, 3, 29, 1, tzinfo=UTC)
    assert night.add(day[0], 2 * HOUR) == datetime(2026, 3, 29, 2, tzinfo=UTC)
    # 02:30 comes twice in October; the window ends at the first, so the repeated hour is outside it.
    assert night.between(at(2026, 10, 25, zone=BERLIN), at(2026, 10, 25, 12, zone=BERLIN)) == 3.5 * HOUR


# --- the policy -------------------------------------------------------------------------------------------


def test_deadlines_of_a_normal_ticket(policy):
    d = policy.deadlines("normal", at(2026, 3, 9, 10))
    assert wall(d.first_response_due) == datetime(2026, 3, 9, 15, 30)
    assert wall(d.first_response_warn) == datetime(2026, 3, 9, 14, 30)   # 75 % of 4 hours
    assert wall(d.resolution_due) == datetime(2026, 3, 12, 11, 30)
    assert wall(d.resolution_warn) == datetime(2026, 3, 11, 14, 30)      # 75 % of 24 hours


def test_paused_time_moves_only_the_resolution_deadlines(policy):
    created = at(2026, 3, 9, 10)
    plain = policy.deadlines("normal", created)
    paused = policy.deadlines("normal", created, paused_seconds=int(7.5 * HOUR))
    assert paused.first_response_due == plain.first_response_due
    assert paused.first_response_warn == plain.first_response_warn
    assert wall(paused.resolution_due) == datetime(2026, 3, 13, 11, 30)
    assert wall(paused.resolution_warn) == datetime(2026, 3, 12, 14, 30)


def test_urgent_tickets_run_around_the_clock(policy):
    created = at(2026, 5, 2, 23)  # a holiday Saturday, late evening
    d = policy.deadlines("urgent", created)
    assert d.first_response_due == created + timedelta(hours=1)
    assert d.first_response_warn == created + timedelta(minutes=45)
    assert d.resolution_due == created + timedelta(hours=8)
    assert d.resolution_warn == created + timedelta(hours=6)
    assert policy.business_seconds("urgent", created, created + timedelta(days=2)) == 48 * HOUR


def test_unknown_priority_falls_back_to_normal(policy):
    assert policy.target("critical") is policy.target("normal")
    assert policy.deadlines("", at(2026, 3, 9, 10)) == policy.deadlines("normal", at(2026, 3, 9, 10))
    assert policy.business_seconds("??", at(2026, 3, 13, 17), at(2026, 3, 16, 10)) == 2 * HOUR


def test_targets_in_seconds_and_fractional_hours():
    p = parse_policy(document(priorities__high={"first_response_hours": 0.5, "resolution_hours": 1.25},
                              warn_at_percent=80))
    assert (p.target("high").first_response_seconds, p.target("high").resolution_seconds) == (1800, 4500)
    assert p.target("low").resolution_seconds == 40 * HOUR
    assert p.target("urgent").calendar == BusinessCalendar.around_the_clock()
    assert p.target("normal").calendar is p.calendar
    d = p.deadlines("high", at(2026, 3, 9, 10))
    assert wall(d.first_response_warn) == datetime(2026, 3, 9, 10, 24)
    assert wall(d.resolution_due) == datetime(2026, 3, 9, 11, 15)


def test_optional_settings_and_comments():
    doc = document(calendar__holidays=DELETE, calendar__extra_working_days=DELETE, warn_at_percent=DELETE,
                   version=DELETE, calendar__working_hours=[["00:00", "24:00"]])
    doc["_note"] = doc["calendar"]["_note"] = doc["priorities"]["_note"] = doc["priorities"]["low"]["_x"] = "ok"
    p = parse_policy(doc)
    assert p.warn_at_percent == 75
    assert p.calendar.holidays == frozenset()
    assert p.calendar.hours == ((time(0), END_OF_DAY),)


def test_local_time_zone_is_accepted():
    p = parse_policy(document(calendar__timezone="local"))
    assert p.calendar.timezone is not None
    assert p.calendar.add(at(2026, 3, 9, 2), 60).tzinfo is UTC


# --- policy problems --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "message", "where"), [
    ({"calendar__timezone": "Mars/Olympus"}, sla.BAD_ZONE, "calendar.timezone"),
    ({"calendar__timezone": 8}, sla.BAD_ZONE, "calendar.timezone"),
    ({"calendar__timezone": DELETE}, sla.MISSING, "calendar.timezone"),
    ({"calendar__working_days": []}, sla.NO_DAYS, "calendar.working_days"),
    ({"calendar__working_days": ["mon", "funday"]}, sla.BAD_DAY, "calendar.working_days[1]"),
    ({"calendar__working_days": "mon-fri"}, sla.NOT_A_LIST, "calendar.working_days"),
    ({"calendar__working_days": DELETE}, sla.MISSING, "calendar.working_days"),
    ({"calendar__working_hours": []}, sla.NO_HOURS, "calendar.working_hours"),
    ({"calendar__working_hours": [["9:00", "12:00"]]}, sla.BAD_TIME, "calendar.working_hours[0][0]"),
    ({"calendar__working_hours": [["09:00", "12:60"]]}, sla.BAD_TIME, "calendar.working_hours[0][1]"),
    ({"calendar__working_hours": [["09:00", "25:00"]]}, sla.BAD_TIME, "calendar.working_hours[0][1]"),
    ({"calendar__working_hours": [["09:00", 18]]}, sla.BAD_TIME, "calendar.working_hours[0][1]"),
    ({"calendar__working_hours": [["09:00", "12:00"], ["18:00", "13:30"]]}, sla.BACKWARDS,
     "calendar.working_hours[1]"),
    ({"calendar__working_hours": [["09:00", "09:00"]]}, sla.BACKWARDS, "calendar.working_hours[0]"),
    ({"calendar__working_hours": [["09:00"]]}, sla.BAD_WINDOW, "calendar.working_hours[0]"),
    ({"calendar__working_hours": ["09:00-18:00"]}, sla.BAD_WINDOW, "calendar.working_hours[0]"),
    ({"calendar__working_hours": [["09:00", "12:00"], ["11:00", "14:00"]]}, sla.OVERLAP,
     "calendar.working_hours[1]"),
    ({"calendar__holidays": ["2026-02-30"]}, sla.BAD_DATE, "calendar.holidays[0]"),
    ({"calendar__holidays": ["2026-10-01", "2026/10/02"]}, sla.BAD_DATE, "calendar.holidays[1]"),
    ({"calendar__holidays": [20261001]}, sla.BAD_DATE, "calendar.holidays[0]"),
    ({"calendar__extra_working_days": ["2026-1-4"]}, sla.BAD_DATE, "calendar.extra_working_days[0]"),
    ({"calendar__extra_working_days": ["2026-01-01"]}, sla.BOTH_DAYS, "calendar.holidays"),
    ({"calendar__holiday": ["2026-10-01"]}, sla.UNKNOWN_KEY, "calendar.holiday"),
    ({"calendar": DELETE}, sla.MISSING, "calendar"),
    ({"calendar": "Asia/Shanghai"}, sla.NOT_AN_OBJECT, "calendar"),
    ({"priorities__low": DELETE}, sla.NO_PRIORITY, "priorities.low"),
    ({"priorities__low": 8}, sla.NOT_AN_OBJECT, "priorities.low"),
    ({"priorities__critical": {"first_response_hours": 1, "resolution_hours": 2}}, sla.UNKNOWN_PRIORITY,
     "priorities.critical"),
    ({"priorities": DELETE}, sla.MISSING, "priorities"),
    ({"priorities": []}, sla.NOT_AN_OBJECT, "priorities"),
    ({"priorities__high__first_response_hours": DELETE}, sla.MISSING, "priorities.high.first_response_hours"),
    ({"priorities__high__first_response_hours": "2"}, sla.BAD_HOURS, "priorities.high.first_response_hours"),
    ({"priorities__high__first_response_hours": 0}, sla.BAD_HOURS, "priorities.high.first_response_hours"),
    ({"priorities__high__resolution_hours": -4}, sla.BAD_HOURS, "priorities.high.resolution_hours"),
    ({"priorities__high__resolution_hours": True}, sla.BAD_HOURS, "priorities.high.resolution_hours"),
    ({"priorities__high__resolution_hours": float("nan")}, sla.BAD_HOURS, "priorities.high.resolution_hours"),
    ({"priorities__high__resolution_hours": 1e9}, sla.BAD_HOURS, "priorities.high.resolution_hours"),
    ({"priorities__high__resolution_hours": None}, sla.BAD_HOURS, "priorities.high.resolution_hours"),
    ({"priorities__high__first_response_hours": 20}, sla.RESPONSE_AFTER_RESOLUTION, "priorities.high"),
    ({"priorities__urgent__around_the_clock": "yes"}, sla.BAD_FLAG, "priorities.urgent.around_the_clock"),
    ({"priorities__normal__resolution_hour": 24}, sla.UNKNOWN_KEY, "priorities.normal.resolution_hour"),
    ({"warn_at_percent": 0}, sla.BAD_WARN, "warn_at_percent"),
    ({"warn_at_percent": 100}, sla.BAD_WARN, "warn_at_percent"),
    ({"warn_at_percent": 75.5}, sla.BAD_WARN, "warn_at_percent"),
    ({"warn_at_percent": "75"}, sla.BAD_WARN, "warn_at_percent"),
    ({"warn_at_percent": True}, sla.BAD_WARN, "warn_at_percent"),
    ({"warn_at_percentage": 80}, sla.UNKNOWN_KEY, "warn_at_percentage"),
    ({"version": 2}, sla.BAD_VERSION, "version"),
])
def test_each_policy_problem_is_named(changes, message, where):
    found = problems_of(document(**changes))
    assert (message, where) in [(m, params.get("where")) for m, params in found], found
    for m, params in found:
        text = m.format(**params)
        assert not re.search(r"\{\w+\}", text), text


def test_problem_texts_show_the_bad_value():
    with pytest.raises(SlaPolicyError) as info:
        parse_policy(document(calendar__working_hours=[["09:00", "12:00"], ["13:30", "25:00"]]))
    assert str(info.value) == 'calendar.working_hours[1][1]: "25:00" is not a time written HH:MM (00:00 to 24:00).'
    with pytest.raises(SlaPolicyError) as info:
        parse_policy(document(priorities__high__first_response_hours=20))
    assert "20" in str(info.value) and "16" in str(info.value)


def test_a_typo_in_a_target_is_reported_twice_over():
    found = problems_of(document(priorities__normal__resolution_hour=24, priorities__normal__resolution_hours=DELETE))
    assert [(m, p["where"]) for m, p in found] == [
        (sla.UNKNOWN_KEY, "priorities.normal.resolution_hour"),
        (sla.MISSING, "priorities.normal.resolution_hours"),
    ]


def test_every_problem_is_reported_at_once():
    doc = document(calendar__timezone="Asia/Shanghia", calendar__working_days=["mon", "tues"],
                   calendar__working_hours=[["09:00", "12:00"], ["11:30", "18:00"], ["8pm", "22:00"]],
                   calendar__holidays=["2026-13-01"], warn_at_percent=120, priorities__low=DELETE,
                   priorities__high__resolution_hours=0, colour="red")
    with pytest.raises(SlaPolicyError) as info:
        parse_policy(doc)
    found = [(p.message, p.params.get("where")) for p in info.value.problems]
    assert set(found) == {
        (sla.UNKNOWN_KEY, "colour"),
        (sla.BAD_ZONE, "calendar.timezone"),
        (sla.BAD_DAY, "calendar.working_days[1]"),
        (sla.BAD_TIME, "calendar.working_hours[2][0]"),
        (sla.OVERLAP, "calendar.working_hours[1]"),
        (sla.BAD_DATE, "calendar.holidays[0]"),
        (sla.BAD_WARN, "warn_at_percent"),
        (sla.BAD_HOURS, "priorities.high.resolution_hours"),
        (sla.NO_PRIORITY, "priorities.low"),
    }
    assert str(info.value) == "\n".join(p.text() for p in info.value.problems)
    assert isinstance(info.value, ValueError)


def test_a_top_level_that_is_not_an_object():
    assert problems_of(["urgent"]) == [(sla.TOP_NOT_OBJECT, {"value": '["urgent"]'})]


def test_messages_are_marked_for_translation_in_the_sla_policy_context():
    source = Path(sla_messages.__file__).read_text(encoding="utf-8")
    contexts = re.findall(r"QT_TRANSLATE_NOOP\(\s*(\S+?),", source)
    assert len(contexts) >= 25 and set(contexts) == {'"SlaPolicy"'}


# --- the policy file --------------------------------------------------------------------------------------


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "policy.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only_problem(path: Path):
    with pytest.raises(SlaPolicyError) as info:
        load_policy(path)
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


def test_missing_file(tmp_path):
    problem = only_problem(tmp_path / "nowhere.json")
    assert problem.message == sla.FILE_MISSING
    assert str(tmp_path / "nowhere.json") in problem.text()


def test_unreadable_file(tmp_path):
    problem = only_problem(tmp_path)  # a directory
    assert problem.message == sla.FILE_UNREADABLE


def test_file_that_is_not_utf8(tmp_path):
    problem = only_problem(write(tmp_path, '{"_comment": "服务台"}'.encode("gbk")))
    assert problem.message == sla.NOT_UTF8
    assert problem.params["position"] == 14


def test_invalid_json_gives_line_and_column(tmp_path):
    problem = only_problem(write(tmp_path, '{\n  "version": 1,\n  "warn_at_percent": 75,\n}\n'))
    assert problem.message == sla.BAD_JSON
    assert (problem.params["line"], problem.params["column"]) == (4, 1)
    assert "line 4, column 1" in problem.text()


def test_a_file_with_a_byte_order_mark_loads(tmp_path):
    path = write(tmp_path, "\ufeff" + json.dumps(DOCUMENT, ensure_ascii=False))
    assert load_policy(path).warn_at_percent == 75


def test_duplicate_keys_are_reported_with_the_other_problems(tmp_path):
    text = json.dumps(DOCUMENT).replace('"warn_at_percent": 75', '"warn_at_percent": 75, "warn_at_percent": 0')
    with pytest.raises(SlaPolicyError) as info:
        load_policy(write(tmp_path, text))
    assert [(p.message, p.params) for p in info.value.problems] == [
        (sla.DUPLICATE_KEY, {"key": "warn_at_percent"}),
        (sla.BAD_WARN, {"where": "warn_at_percent", "value": "0"}),
    ]


def test_a_file_with_a_top_level_list(tmp_path):
    assert only_problem(write(tmp_path, "[]")).message == sla.TOP_NOT_OBJECT


def test_the_shipped_default_policy_loads():
    assert default_policy_path() == DATA_DIR / "service" / "sla_policies.json"
    policy = load_policy()
    assert load_policy(default_policy_path()) == policy
    assert policy.warn_at_percent == 75
    assert set(policy.targets) == {"urgent", "high", "normal", "low"}
    assert policy.target("urgent").calendar == BusinessCalendar.around_the_clock()
    assert policy.target("low").resolution_seconds == 40 * HOUR
    calendar = policy.calendar
    assert calendar.timezone == SHANGHAI
    assert calendar.hours == OFFICE
    assert {date(2026, 1, 1), date(2026, 2, 17), date(2026, 10, 7), date(2027, 1, 1)} <= calendar.holidays
    assert len(calendar.holidays) == 34
    # Make-up days are weekend days, and none of them is also a holiday.
    assert sorted(d.isoformat() for d in calendar.extra_working_days) == [
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
    assert all(d.isoweekday() >= 6 for d in calendar.extra_working_days)
    # National Day week: Wed 30 Sep 17:00 + 2 hours runs to Thu 8 Oct, the first working day after it.
    due = policy.calendar.add(at(2026, 9, 30, 17), 2 * HOUR)
    assert wall(due) == datetime(2026, 10, 8, 10)
