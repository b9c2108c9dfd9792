"""The reminders of the signed-in user: due now and not yet raised, marked raised, snoozed, and the next
moment one falls due (the window sets one timer to it instead of polling)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time

from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.reminders.entities import (
    DEFAULT_FOLLOWUP_TIME,
    DEFAULT_LEAD,
    FOLLOWUP,
    Candidate,
    Poll,
    Raised,
    Reminder,
)
from crm_desktop.domain.reminders.rules import (
    followup_moment,
    is_due,
    next_wake,
    reminder_of,
    stale_before,
    wake_of,
    window_span,
)
from crm_desktop.store.database import Store
from crm_desktop.store.types import from_iso
from crm_desktop.store.unit_of_work import UnitOfWork

Key = tuple[str, datetime]


def _time(value: object) -> datetime:
    return value if isinstance(value, datetime) else from_iso(str(value))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class RemindersController:
    """`default_lead` (minutes) and `followup_time` are the user's preferences (the window sets them); "mine"
    is what the agenda calls mine: records owned by the store's signed-in user."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.default_lead = DEFAULT_LEAD
        self.followup_time: time = DEFAULT_FOLLOWUP_TIME

    def configure(self, default_lead: int, followup_time: time) -> None:
        self.default_lead, self.followup_time = default_lead, followup_time

    # --- reading --------------------------------------------------------------------------------------

    def due(self, now: datetime) -> list[Reminder]:
        """The reminders due at `now` and not raised yet (a snooze that ran out counts as not raised)."""
        with UnitOfWork(self.store) as uow:
            return self._due(self._read(uow, now), now)

    def next_wake(self, now: datetime) -> datetime:
        """When the next reminder falls due after `now` (at the latest a few hours on: look again then)."""
        with UnitOfWork(self.store) as uow:
            return next_wake((wake_of(r, now, raised) for r, raised in self._read(uow, now)), now)

    def poll(self, now: datetime) -> Poll:
        """What the window does at each wake, in one transaction: the due reminders, marked raised (so a restart
        raises none of them again), and the next wake."""
        with UnitOfWork(self.store) as uow:
            read = self._read(uow, now)
            due = self._due(read, now)
            self._put(uow, ((r.key, r.at) for r in due), now, None)
            marked = {(r.key, r.at) for r in due}
            wake = next_wake((wake_of(r, now, None if (r.key, r.at) in marked else raised)
                              for r, raised in read if (r.key, r.at) not in marked), now)
            uow.commit()
            return Poll(tuple(due), wake)

    @staticmethod
    def _due(read: list[tuple[Reminder, Raised | None]], now: datetime) -> list[Reminder]:
        out = []
        for reminder, raised in read:
            if is_due(reminder, now, raised):
                out.append(replace(reminder, snoozed=True) if raised is not None else reminder)
        return sorted(out, key=lambda r: (r.at, r.subject))

    def _read(self, uow: UnitOfWork, now: datetime) -> list[tuple[Reminder, Raised | None]]:
        """Every reminder of mine worth a look at `now`, with what was raised for it."""
        owner = self.store.device_user_id
        start, end = window_span(now)
        snoozed = {row.activity_id for row in uow.reminders.snoozed()}
        candidates = self._timed(uow, owner, start, end, snoozed) + self._followups(uow, owner, start, end, snoozed)
        reminders = [r for r in (reminder_of(c, self.default_lead) for c in candidates) if r is not None]
        raised = {(row.activity_id, row.due_at): Raised(row.activity_id, row.due_at, row.raised_at, row.snoozed_until)
                  for row in uow.reminders.raised(r.key for r in reminders)}
        return [(r, raised.get((r.key, r.at))) for r in reminders]

    @staticmethod
    def _timed(uow: UnitOfWork, owner: str, start: datetime, end: datetime, ids: set[str]) -> list[Candidate]:
        out = []
        for key, kind, subject, at, lead, customer, company, place in uow.reminders.timed(owner, start, end,
                                                                                           sorted(ids)):
            out.append(Candidate(key, kind, _time(at), subject, customer, "activity", key, company, place, lead))
        return out

    def _followups(self, uow: UnitOfWork, owner: str, start: datetime, end: datetime,
                   ids: set[str]) -> list[Candidate]:
        first, last = start.astimezone().date(), end.astimezone().date()
        out = []
        for entity, key, name, company, day, subject in uow.reminders.followups(owner, first, last, sorted(ids)):
            at = followup_moment(_day(day), self.followup_time)
            out.append(Candidate(key, FOLLOWUP, at, subject or "", name, entity, key, company))
        return out

    # --- writing --------------------------------------------------------------------------------------

    def mark_raised(self, reminders: Iterable[Reminder | Key], now: datetime) -> None:
        """These were shown: a restart raises none of them again (a snooze on them ends)."""
        with UnitOfWork(self.store) as uow:
            self._put(uow, (_key(r) for r in reminders), now, None)
            uow.commit()

    def snooze(self, key: str, due_at: datetime, until: datetime, now: datetime | None = None) -> None:
        """Raise this reminder again at `until` (`key`: the activity's id, or the customer's for a follow-up;
        `due_at`: the time it was raised for)."""
        with UnitOfWork(self.store) as uow:
            uow.reminders.put(key, due_at, now or until, until)
            uow.commit()

    def dismiss(self, reminders: Iterable[Reminder | Key], now: datetime) -> None:
        """Done with these: never raised again for this due time (a snooze on them ends)."""
        self.mark_raised(reminders, now)

    @staticmethod
    def _put(uow: UnitOfWork, keys: Iterable[Key], now: datetime, until: datetime | None) -> None:
        for key, at in keys:
            uow.reminders.put(key, at, now, until)
        uow.reminders.forget_before(stale_before(now))

    # --- an activity's own lead time ------------------------------------------------------------------

    def lead_of(self, activity_id: str) -> int | None:
        """The activity's own lead time in minutes (None: the user's default; -1: no reminder)."""
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None or activity.deleted_at is not None:
                raise NotFoundError(activity_id)
            return activity.remind_minutes

    def set_lead(self, activity_id: str, minutes: int | None) -> None:
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None or activity.deleted_at is not None:
                raise NotFoundError(activity_id)
            if activity.remind_minutes != minutes:
                activity.remind_minutes = minutes
                uow.commit()


def _key(item: Reminder | Key) -> Key:
    return (item.key, item.at) if isinstance(item, Reminder) else item

