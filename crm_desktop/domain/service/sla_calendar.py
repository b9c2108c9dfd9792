"""Business time: working windows in a zone's wall clock, with holidays and make-up days, counted in UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_PER_SECOND = 1_000_000
# A calendar that yields no working time for this long is broken; stop instead of walking forever.
_MAX_IDLE_DAYS = 3 * 366
# Day windows are memoised per calendar; a long-running app only ever asks about a few years.
_CACHE_LIMIT = 20_000
# Ends a window at the next midnight ("24:00"), which `time` cannot say otherwise.
END_OF_DAY = time.max


def _micros(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime has no place on the SLA clock: {moment!r}")
    return (moment - _EPOCH) // _MICROSECOND


def _moment(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def _offset_at(zone: tzinfo, second: int) -> timedelta | None:
    return _moment(second * _PER_SECOND).astimezone(zone).utcoffset()


def _local_instant(day: date, wall: time, zone: tzinfo) -> int:
    """The UTC microsecond at which the zone's clock shows `wall` on `day` (first one if it shows it twice)."""
    naive = datetime.combine(day, wall)
    micros = _micros(naive.replace(tzinfo=zone, fold=0))
    if _moment(micros).astimezone(zone).replace(tzinfo=None) == naive:
        return micros
    # The clock skips this wall time (spring forward): it is reached the moment the clock jumps,
    # which lies between the readings with the offsets after (fold=1) and before (fold=0) the jump.
    low = _micros(naive.replace(tzinfo=zone, fold=1)) // _PER_SECOND
    high = -(-micros // _PER_SECOND)
    before = _offset_at(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        if _offset_at(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high * _PER_SECOND


@dataclass(frozen=True)
class BusinessCalendar:
    """When the SLA clock runs: `hours` (sorted, non-overlapping wall-clock windows; an end of
    END_OF_DAY means midnight) on working days, in `timezone`. Datetimes in and out are aware UTC."""

    timezone: tzinfo
    working_days: frozenset[int]  # ISO weekdays, 1 = Monday
    hours: tuple[tuple[time, time], ...]
    holidays: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    _days: dict[int, tuple[int, tuple[tuple[int, int], ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        ends = [t for window in self.hours for t in window]
        if any(start >= end for start, end in self.hours) or ends != sorted(ends):
            raise ValueError(f"working hours must be sorted, non-overlapping windows: {self.hours!r}")

    @classmethod
    def around_the_clock(cls) -> BusinessCalendar:
        """Every second counts: 24x7, no holidays."""
        return cls(UTC, frozenset(range(1, 8)), ((time(0), END_OF_DAY),))

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        return day.isoweekday() in self.working_days and day not in self.holidays

    def add(self, start: datetime, seconds: float) -> datetime:
        """The moment `seconds` of business time after `start`; a positive amount started outside
        working time begins at the next working moment. A deadline that uses up a window exactly
        is that window's end (Friday 18:00, not Monday 09:00)."""
        now = _micros(start)
        if seconds < 0:
            raise ValueError(f"cannot add negative business time: {seconds}")
        if seconds == 0:
            return start.astimezone(UTC)
        left = round(seconds * _PER_SECOND)
        day, idle = self._local_day(start), 0
        while idle <= _MAX_IDLE_DAYS:
            total, windows = self._day(day)
            idle = idle + 1 if total == 0 else 0
            # Whole days are taken in one step, which keeps long targets cheap.
            if total and windows[0][0] >= now and left > total:
                left -= total
            else:
                for begin, end in windows:
                    if end <= now:
                        continue
                    begin = max(begin, now)
                    if left <= end - begin:
                        return _moment(begin + left)
                    left -= end - begin
            day += 1
        raise ValueError(f"the calendar has no working time in the {_MAX_IDLE_DAYS} days after {start}")

    def between(self, start: datetime, end: datetime) -> int:
        """Whole business seconds in [start, end); 0 if end is not after start."""
        low, high = _micros(start), _micros(end)
        if high <= low:
            return 0
        counted = 0
        for day in range(self._local_day(start), self._local_day(end) + 1):
            total, windows = self._day(day)
            if total and windows[0][0] >= low and windows[-1][1] <= high:
                counted += total
                continue
            for begin, finish in windows:
                counted += max(0, min(finish, high) - max(begin, low))
        return counted // _PER_SECOND

    def _local_day(self, moment: datetime) -> int:
        return moment.astimezone(self.timezone).date().toordinal()

    def _day(self, ordinal: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        """Business microseconds of a day and its windows as UTC microseconds."""
        found = self._days.get(ordinal)
        if found is None:
            day = date.fromordinal(ordinal)
            windows: tuple[tuple[int, int], ...] = ()
            if self.is_working_day(day):
                spans = ((self._instant(day, a), self._instant(day, b)) for a, b in self.hours)
                windows = tuple((a, b) for a, b in spans if b > a)
            found = (sum(b - a for a, b in windows), windows)
            if len(self._days) >= _CACHE_LIMIT:
                self._days.clear()
            self._days[ordinal] = found
        return found

    def _instant(self, day: date, wall: time) -> int:
        if wall == END_OF_DAY:
            return _local_instant(day + timedelta(days=1), time(0), self.timezone)
        return _local_instant(day, wall, self.timezone)
