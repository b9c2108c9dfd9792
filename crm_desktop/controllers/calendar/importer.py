"""Meetings of a parsed .ics file written as activities in the caller's transaction: a new event makes a
meeting, one imported (or exported) before updates its activity, attendees are matched to contacts by e-mail."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.controllers.activities import effects
from crm_desktop.domain.calendar.entities import ImportReport
from crm_desktop.domain.calendar.ics_import import DELETED_HERE, IncomingEvent, ParsedCalendar, with_id
from crm_desktop.store.models import Activity
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_protocol.calendar_events import slot


def import_events(uow: UnitOfWork, parsed: ParsedCalendar) -> ImportReport:
    report = ImportReport(skipped=list(parsed.skipped), recurring_expanded=parsed.expanded)
    contacts = uow.calendar.contacts_by_email(e for ev in parsed.events for e in ev.emails)
    seen: set[str] = set()
    for event in parsed.events:
        if event.activity_id in seen:
            continue  # the same event twice in one file
        seen.add(event.activity_id)
        match = next((contacts[e] for e in event.emails if e in contacts), None)
        existing = uow.activities.get(event.activity_id)
        if existing is None and event.ours:
            event = _foreign(event)  # another store's activity: ours by a derived id
            existing = uow.activities.get(event.activity_id)
        if match is not None:
            report.matched_contacts += 1
        if existing is not None and existing.deleted_at is not None:
            report.skipped.append((event.subject, DELETED_HERE))
        elif existing is not None:
            if _update(uow, existing, event, match):
                report.updated += 1
            else:
                report.unchanged += 1
            report.activity_ids.append(existing.id)
        else:
            _create(uow, event, match)
            report.created += 1
            report.activity_ids.append(event.activity_id)
    return report


def _foreign(event: IncomingEvent) -> IncomingEvent:
    return with_id(IncomingEvent(**{**event.__dict__, "ours": False}), "")


def _create(uow: UnitOfWork, event: IncomingEvent, match: tuple[str, str | None] | None) -> None:
    contact_id, account_id = match if match is not None else (None, None)
    activity = Activity(id=event.activity_id, kind="meeting", subject=event.subject, body=event.body or None,
                        occurred_at=event.start, ends_at=event.end if event.end > event.start else None, done=True,
                        place=event.place or None, contact_id=contact_id, account_id=account_id)
    uow.activities.add(activity)
    effects.added(effects.targets_of(uow, activity), activity)


def _update(uow: UnitOfWork, activity: Activity, event: IncomingEvent, match: tuple[str, str | None] | None) -> bool:
    """The file's time, subject, place and notes; a customer only where the activity has none yet (a rep may
    have put it on another). Whether anything changed."""
    before_time = activity.occurred_at
    values: dict[str, object] = {"subject": event.subject, "place": event.place or None, "body": event.body or None}
    start, end = slot(activity.kind, activity.occurred_at, activity.due_at, activity.ends_at, activity.done)
    if not (_seconds(start) == _seconds(event.start) and _seconds(end) == _seconds(event.end)):
        # Moved in the other calendar (a file keeps whole seconds: a time equal to the second stays as it is).
        open_task = activity.kind == "task" and not activity.done and activity.due_at is not None
        values["due_at" if open_task else "occurred_at"] = event.start
        values["ends_at"] = event.end if event.end > event.start else None
    if match is not None and activity.contact_id is None and activity.account_id is None:
        values["contact_id"], values["account_id"] = match
    changed = False
    for name, value in values.items():
        if getattr(activity, name) != value:
            setattr(activity, name, value)
            changed = True
    if changed:
        effects.moved(uow, effects.targets_of(uow, activity), activity, before_time)
    return changed


def _seconds(at: datetime) -> datetime:
    return at.replace(microsecond=0)
