"""Activities as calendar events, the same on both sides: the app's .ics export and the server's per-user feed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

import icalendar

# The kinds a calendar shows, with the length an entry without an end takes (minutes). E-mails and notes
# are records of what was written, not time spent somewhere: they stay on the timeline only.
DEFAULT_MINUTES = {"visit": 60, "meeting": 60, "call": 15, "task": 30}
SHOWN_KINDS = frozenset(DEFAULT_MINUTES)
PRODUCT_ID = "-//Field CRM//Calendar//EN"
# Marks what the app exported that is not an activity (a customer's follow-up, a deal's expected close):
# an import of the app's own file knows them and leaves them alone.
SOURCE_PROPERTY = "X-FIELDCRM-SOURCE"
FOLLOWUP_SOURCE, DEAL_SOURCE, ACTIVITY_SOURCE = "followup", "deal", "activity"


def slot(kind: str, occurred_at: datetime, due_at: datetime | None, ends_at: datetime | None,
         done: bool) -> tuple[datetime, datetime]:
    """An activity's place in the calendar: an open task sits at its due time, anything else when it happens;
    it ends at `ends_at`, or after the kind's default length."""
    start = due_at if kind == "task" and not done and due_at is not None else occurred_at
    if ends_at is not None and ends_at > start:
        return start, ends_at
    return start, start + timedelta(minutes=DEFAULT_MINUTES.get(kind, 30))


def new_calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal


def timed_event(uid: str, summary: str, start: datetime, end: datetime, *, stamp: datetime,
                description: str | None = None, location: str | None = None, category: str | None = None,
                attendees: Iterable[tuple[str, str]] = (), source: str = ACTIVITY_SOURCE) -> icalendar.Event:
    """A VEVENT in UTC (every client shows it in its own zone); `attendees` as (e-mail, name)."""
    event = _event(uid, summary, stamp, description, category, source)
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", end.astimezone(UTC))
    if location:
        event.add("location", location)
    for email, name in attendees:
        if name:
            event.add("attendee", f"mailto:{email}", parameters={"CN": name})
        else:
            event.add("attendee", f"mailto:{email}")
    return event


def all_day_event(uid: str, summary: str, day: date, *, stamp: datetime, description: str | None = None,
                  category: str | None = None, source: str = ACTIVITY_SOURCE) -> icalendar.Event:
    """An all-day VEVENT (a follow-up's day, a deal's expected close): free time, not a meeting."""
    event = _event(uid, summary, stamp, description, category, source)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    return event


def _event(uid: str, summary: str, stamp: datetime, description: str | None, category: str | None,
           source: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if category:
        event.add("categories", [category])
    event.add(SOURCE_PROPERTY, source)
    return event
