"""An .ics file (Outlook, Google, 钉钉, or this app's own export) read into the meetings it holds, before
anything is written: time zones by IANA or Windows name (Outlook's "China Standard Time"), floating times in
the calendar's X-WR-TIMEZONE or the local zone, all-day events, and recurring series expanded in a window.

Each event gets the activity id it is imported as: this app's own activities keep theirs (their UID); any
other event's id is derived from its UID and RECURRENCE-ID, so importing the same file again updates the
activities instead of adding them twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from crm_protocol.calendar_events import ACTIVITY_SOURCE, SOURCE_PROPERTY

MAX_BYTES = 20 * 1024 * 1024
MAX_INSTANCES = 500  # of one recurring series in the window (a daily stand-up over a year is 365)
SUBJECT_LENGTH, PLACE_LENGTH, BODY_LENGTH = 200, 200, 20_000
# The namespace of imported events' activity ids (uuid5 of UID and RECURRENCE-ID): fixed forever.
IMPORT_NAMESPACE = uuid.UUID("5b0f3d0e-8f0e-4c53-9d0e-6a3c1f2b7e41")

# Why an event was not imported (codes; the window and the CLI say them in the user's language).
NO_START = "no_start"
CANCELLED = "cancelled"
APP_ITEM = "app_item"  # a follow-up or deal this app exported: they live on their records
BAD_RECURRENCE = "bad_recurrence"  # imported its first occurrence only
TOO_MANY = "too_many_occurrences"  # imported the first MAX_INSTANCES in the window
DELETED_HERE = "deleted_here"  # its activity was deleted on this laptop: an import does not bring it back
# Why a whole file was refused.
NOT_CALENDAR, TOO_LARGE = "not_calendar", "too_large"


class CalendarFileError(ValueError):
    """A file that is no calendar (or too large): nothing is imported."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class IncomingEvent:
    """One meeting to import (one occurrence of a series). Times in UTC; an all-day event runs from the
    local midnight of its first day to that of the day after its last."""

    activity_id: str
    uid: str
    subject: str
    start: datetime
    end: datetime
    all_day: bool = False
    place: str = ""
    body: str = ""
    emails: tuple[str, ...] = ()  # attendees' and the organiser's addresses, lower-cased
    ours: bool = False  # exported by this app: `activity_id` is the activity's own


@dataclass
class ParsedCalendar:
    events: list[IncomingEvent] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (summary or UID, reason code)
    expanded: int = 0  # occurrences made from recurring series


def parse_calendar(data: bytes, window: tuple[datetime, datetime], local: tzinfo | None = None) -> ParsedCalendar:
    """Every event of the file; recurring series expanded within `window` (UTC). CalendarFileError when the
    file cannot be read as a calendar."""
    if len(data) > MAX_BYTES:
        raise CalendarFileError(TOO_LARGE, str(len(data)))
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as error:
        raise CalendarFileError(NOT_CALENDAR, str(error)[:200]) from error
    if not calendars or any(c.name != "VCALENDAR" for c in calendars):
        raise CalendarFileError(NOT_CALENDAR)
    parsed = ParsedCalendar()
    here = local or _local_zone()
    for cal in calendars:
        zone = _zone(str(cal.get("X-WR-TIMEZONE", ""))) or here
        events = list(cal.walk("VEVENT"))
        overridden = {(str(e.get("UID", "")), _key(e.get("RECURRENCE-ID"), zone)) for e in events
                      if e.get("RECURRENCE-ID") is not None}
        for event in events:
            _read(event, zone, window, overridden, parsed)
    return parsed


def _read(event: Any, zone: tzinfo, window: tuple[datetime, datetime], overridden: set[tuple[str, str]],
          parsed: ParsedCalendar) -> None:
    uid = str(event.get("UID", "")).strip()
    summary = str(event.get("SUMMARY", "")).strip()
    name = summary or uid or "?"
    source = str(event.get(SOURCE_PROPERTY, "")).strip().lower()
    if source and source != ACTIVITY_SOURCE:
        parsed.skipped.append((name, APP_ITEM))
        return
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        parsed.skipped.append((name, CANCELLED))
        return
    start_value = _value(event.get("DTSTART"))
    if start_value is None:
        parsed.skipped.append((name, NO_START))
        return
    all_day = not isinstance(start_value, datetime)
    start = _moment(start_value, zone)
    end_value = _value(event.get("DTEND"))
    if end_value is not None:
        length = _moment(end_value, zone) - start
    elif _value(event.get("DURATION")) is not None:
        length = _value(event.get("DURATION"))
    else:
        length = timedelta(days=1) if all_day else timedelta(0)
    if not isinstance(length, timedelta) or length < timedelta(0):
        length = timedelta(0)
    ours = source == ACTIVITY_SOURCE and _is_uuid(uid)
    base = IncomingEvent(
        activity_id="", uid=uid, subject=(summary or str(event.get("LOCATION", "")).strip() or "Meeting")[
            :SUBJECT_LENGTH], start=start, end=start + length, all_day=all_day,
        place=str(event.get("LOCATION", "")).strip()[:PLACE_LENGTH],
        body=str(event.get("DESCRIPTION", "")).strip()[:BODY_LENGTH], emails=_emails(event), ours=ours)
    recurrence_id = event.get("RECURRENCE-ID")
    rule = event.get("RRULE")
    if rule is None or recurrence_id is not None:
        key = _key(recurrence_id, zone) if recurrence_id is not None else ""
        parsed.events.append(with_id(base, key))
        return
    starts, problem = _occurrences(start_value, rule, event, zone, window)
    if problem:
        parsed.skipped.append((name, problem))
    for at in starts:
        key = _key_of(at, zone)
        if (uid, key) in overridden:
            continue  # the series' changed occurrence is an event of its own
        moment = _moment(at, zone)
        parsed.events.append(with_id(IncomingEvent(**{**base.__dict__, "start": moment, "end": moment + length,
                                                        "ours": False}), key))
        parsed.expanded += 1


def with_id(event: IncomingEvent, key: str) -> IncomingEvent:
    """The event with the id it is imported as (an occurrence's `key`: its original start)."""
    activity_id = event.uid if event.ours and not key else str(uuid.uuid5(IMPORT_NAMESPACE, f"{event.uid}\n{key}"))
    return IncomingEvent(**{**event.__dict__, "activity_id": activity_id})


def _occurrences(start: date | datetime, rule: Any, event: Any, zone: tzinfo,
                 window: tuple[datetime, datetime]) -> tuple[list[date | datetime], str]:
    """The series' starts within the window; with a rule this reader cannot follow, its first start only."""
    rules = rule if isinstance(rule, list) else [rule]
    all_day = not isinstance(start, datetime)
    first = datetime.combine(start, time.min) if all_day else start
    if isinstance(first, datetime) and first.tzinfo is None and not all_day:
        first = first.replace(tzinfo=zone)
    try:
        text = "\n".join("RRULE:" + _until_in_utc(r, zone, all_day).to_ical().decode() for r in rules)
        series = rrulestr(text, dtstart=first, forceset=True)
        for exdate in _exdates(event.get("EXDATE"), zone, all_day):
            series.exdate(exdate)
        lower, upper = window
        if all_day:
            lower, upper = lower.astimezone(zone).replace(tzinfo=None), upper.astimezone(zone).replace(tzinfo=None)
        found: list[date | datetime] = []
        for at in series.xafter(lower - timedelta(seconds=1), inc=True):
            if at >= upper:
                break
            if len(found) == MAX_INSTANCES:
                return found, TOO_MANY
            found.append(at.date() if all_day else at)
        return found, ""
    except (ValueError, TypeError) as error:
        del error  # a rule dateutil cannot follow (UNTIL without a zone beside a zoned start, ...)
        return [start], BAD_RECURRENCE


def _until_in_utc(rule: Any, zone: tzinfo, all_day: bool) -> Any:
    """UNTIL as dateutil wants it beside a zoned start: a UTC time (a day means its end, in the event's zone;
    Outlook and some exports write a bare day or a floating time there)."""
    until = rule.get("UNTIL")
    value = until[0] if isinstance(until, list) and until else None
    if all_day or value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return rule
    end = value if isinstance(value, datetime) else datetime.combine(value, time.max.replace(microsecond=0))
    fixed = rule.copy()
    fixed["UNTIL"] = [end.replace(tzinfo=zone).astimezone(UTC)]
    return fixed


def _exdates(value: Any, zone: tzinfo, all_day: bool) -> Iterable[datetime]:
    for item in value if isinstance(value, list) else [value] if value is not None else []:
        for d in getattr(item, "dts", []):
            at = d.dt
            if all_day:
                yield datetime.combine(at if not isinstance(at, datetime) else at.date(), time.min)
            elif isinstance(at, datetime):
                yield at if at.tzinfo is not None else at.replace(tzinfo=zone)


def _value(prop: Any) -> Any:
    """A property's date, time or duration; None when it is missing or broken."""
    value = getattr(prop, "dt", None)
    return value if isinstance(value, date | timedelta) else None


def _moment(value: date | datetime, zone: tzinfo) -> datetime:
    """A start or end in UTC: a zoned time as it is, a floating one in the calendar's zone, a day from this
    laptop's midnight (an all-day event is a day wherever it is read)."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time.min).astimezone(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _key(recurrence_id: Any, zone: tzinfo) -> str:
    value = _value(recurrence_id)
    return _key_of(value, zone) if value is not None else ""


def _key_of(value: date | datetime, zone: tzinfo) -> str:
    """An occurrence's identity: its original start, in UTC (a day for an all-day series)."""
    if not isinstance(value, datetime):
        return value.isoformat()
    return _moment(value, zone).strftime("%Y%m%dT%H%M%SZ")


def _emails(event: Any) -> tuple[str, ...]:
    found: list[str] = []
    for name in ("ATTENDEE", "ORGANIZER"):
        values = event.get(name)
        for value in values if isinstance(values, list) else [values] if values is not None else []:
            address = str(value).strip()
            if address.lower().startswith("mailto:"):
                address = address[len("mailto:"):]
            address = address.strip().lower()
            if "@" in address and address not in found:
                found.append(address)
    return tuple(found)


def _zone(name: str) -> tzinfo | None:
    name = name.strip().strip('"')
    if not name:
        return None
    for candidate in (name, WINDOWS_TO_OLSON.get(name, "")):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False
