"""Calendar entries as an .ics file: activities as timed VEVENTs (their UID is the activity's id, so an import
of the file finds them again), follow-ups and deals' expected closes as all-day ones."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from crm_desktop.domain.calendar.entities import ACTIVITY, DEAL, FOLLOWUP, CalendarEntry
from crm_protocol.calendar_events import (
    ACTIVITY_SOURCE,
    DEAL_SOURCE,
    FOLLOWUP_SOURCE,
    all_day_event,
    new_calendar,
    timed_event,
)

_SOURCES = {ACTIVITY: ACTIVITY_SOURCE, FOLLOWUP: FOLLOWUP_SOURCE, DEAL: DEAL_SOURCE}


def uid_of(entry: CalendarEntry) -> str:
    """An activity's id as it is; a follow-up's and a deal's made distinct from their record's id."""
    if entry.source == ACTIVITY:
        return entry.id
    return f"{entry.id}-{entry.source}"


def export_calendar(entries: Iterable[CalendarEntry], name: str, now: datetime) -> bytes:
    cal = new_calendar(name)
    for entry in entries:
        source = _SOURCES[entry.source]
        # An activity's notes go out as they are (an import of the file finds them unchanged); the customer is
        # its attendee. A follow-up's or deal's entry names its customer.
        description = (entry.body if entry.source == ACTIVITY else entry.customer) or None
        if entry.source == ACTIVITY and not entry.all_day and entry.start is not None and entry.end is not None:
            attendees = [(entry.contact_email, entry.customer)] if entry.contact_email else []
            cal.add_component(timed_event(uid_of(entry), entry.subject, entry.start, entry.end, stamp=now,
                                          description=description, location=entry.place or None,
                                          category=entry.kind, attendees=attendees, source=source))
        else:
            cal.add_component(all_day_event(uid_of(entry), entry.subject, entry.local_day(), stamp=now,
                                            description=description, category=entry.kind, source=source))
    return bytes(cal.to_ical())
