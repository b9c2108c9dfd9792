"""Activities controller: log, edit, delete and restore activities, read timelines, and the rep's agenda."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from crm_desktop.controllers.activities import effects
from crm_desktop.controllers.activities.agenda import due_states, put_dues, read_agenda
from crm_desktop.domain.activities.entities import (
    OVERDUE,
    TASK,
    TODAY,
    ActivityStep,
    Agenda,
    AgendaItem,
    AgendaRef,
    DueState,
    FollowupState,
)
from crm_desktop.domain.activities.rules import as_logged, edited_followup, next_followup, removed_followup
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import ActivityData, ActivityInput
from crm_desktop.domain.customers.rules import clean_activity
from crm_desktop.store.database import Store
from crm_desktop.store.models import Activity
from crm_desktop.store.types import from_iso
from crm_desktop.store.unit_of_work import UnitOfWork


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _as_time(value) -> datetime | None:
    return from_iso(value) if isinstance(value, str) else value


# What an edit may change: an activity stays on the customer, deal and ticket it was logged for.
EDITABLE = ("kind", "subject", "body", "occurred_at", "due_at", "done", "outcome", "place", "next_followup_on")


class ActivitiesController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def log(self, data: ActivityInput, settle_followup: bool = False) -> ActivityData:
        """Record an activity and move the linked records' last activity and next follow-up."""
        return self.log_step(data, settle_followup).activity

    def log_step(self, data: ActivityInput, settle_followup: bool = False) -> ActivityStep:
        """`log`, with the customer's follow-up before and after (for an undo). With `settle_followup` (the
        agenda's "Done" on a follow-up) the activity settles the customer's follow-up, however far ahead it
        was: the follow-up becomes the one the activity plans, or none."""
        values = as_logged(clean_activity(data), utcnow())
        with UnitOfWork(self.store) as uow:
            self._resolve_links(uow, values)
            activity = Activity(**values)
            uow.activities.add(activity)
            targets = effects.targets_of(uow, activity)
            logged_on = targets.logged_on
            before_state = targets.followup()
            before = logged_on.last_activity_at if logged_on is not None else None
            effects.added(targets, activity)
            if settle_followup:
                targets.set_followup(activity.next_followup_on)
            elif logged_on is not None:
                targets.set_followup(next_followup(logged_on.next_followup_at, before, activity.occurred_at,
                                                  activity.next_followup_on, today=datetime.now().date()))
            step = ActivityStep(self._data(activity, uow), before_state, targets.followup())
            uow.commit()
            return step

    @staticmethod
    def _resolve_links(uow: UnitOfWork, values: dict) -> None:
        """A deal's or a ticket's activity is also its customer's; a contact's, its account's. Every link must exist."""
        for field, repository in (("opportunity_id", uow.opportunities), ("ticket_id", uow.tickets)):
            if values[field]:
                parent = repository.get(values[field])
                if parent is None:
                    raise NotFoundError(values[field])
                values["account_id"] = values["account_id"] or parent.account_id
                values["contact_id"] = values["contact_id"] or parent.contact_id
        if values["contact_id"]:
            contact = uow.contacts.get(values["contact_id"])
            if contact is None:
                raise NotFoundError(values["contact_id"])
            values["account_id"] = values["account_id"] or contact.account_id
        if values["account_id"] and uow.accounts.get(values["account_id"], include_deleted=True) is None:
            raise NotFoundError(values["account_id"])

    def update(self, activity_id: str, data: ActivityInput, followup: FollowupState | None = None) -> ActivityStep:
        """Correct a logged activity (its kind, subject, details, time, outcome, place, done state and planned
        follow-up). It stays on its customer, deal and ticket: the links in `data` are not read. The customer's
        last activity follows a changed time, and its follow-up a changed plan while it is still that plan (or
        becomes `followup`: an undo or redo puts back what the step found or left)."""
        values = clean_activity(data)
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            targets = effects.targets_of(uow, activity)
            before_state = targets.followup()
            before_time, before_plan = activity.occurred_at, activity.next_followup_on
            happened_before = effects.happened_of(activity)
            for name in EDITABLE:
                if name == "occurred_at" and values[name] is None:
                    continue  # not given: when it happened stays
                if getattr(activity, name) != values[name]:
                    setattr(activity, name, values[name])
            effects.moved(uow, targets, activity, before_time, happened_before)
            if followup is not None:
                effects.put_followup(uow, followup)
            elif targets.logged_on is not None:
                targets.set_followup(edited_followup(targets.logged_on.next_followup_at, before_plan,
                                                     activity.next_followup_on))
            step = ActivityStep(self._data(activity, uow), before_state, targets.followup())
            uow.commit()
            return step

    def delete(self, activity_id: str, followup: FollowupState | None = None) -> ActivityStep:
        """Soft-delete an activity: its records' last activity falls back to their latest other one, and a
        follow-up it planned goes with it (or the customer's follow-up becomes `followup`: an undo's redo)."""
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            targets = effects.targets_of(uow, activity)
            before_state = targets.followup()
            activity.deleted_at = utcnow()
            effects.removed(uow, targets, activity)
            if followup is not None:
                effects.put_followup(uow, followup)
            elif targets.logged_on is not None:
                targets.set_followup(removed_followup(targets.logged_on.next_followup_at, activity.next_followup_on))
            step = ActivityStep(self._data(activity, uow), before_state, targets.followup())
            uow.commit()
            return step

    def restore(self, activity_id: str, followup: FollowupState | None = None) -> ActivityStep:
        """Bring a deleted activity back (an undo); the customer's follow-up becomes `followup` when given."""
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None:
                raise NotFoundError(activity_id)
            targets = effects.targets_of(uow, activity)
            before_state = targets.followup()
            if activity.deleted_at is not None:
                activity.deleted_at = None
                effects.added(targets, activity)
            effects.put_followup(uow, followup)
            step = ActivityStep(self._data(activity, uow), before_state, targets.followup())
            uow.commit()
            return step

    def complete_tasks(self, activity_ids: Sequence[str], done: bool = True) -> None:
        """Tick tasks off (or open them again: an undo)."""
        with UnitOfWork(self.store) as uow:
            for activity_id in activity_ids:
                activity = uow.activities.get_live(activity_id)
                if activity.done != done:
                    happened_before = effects.happened_of(activity)
                    activity.done = done  # a visit marked done has happened: it becomes the last activity
                    effects.moved(uow, effects.targets_of(uow, activity), activity, activity.occurred_at,
                                  happened_before)
            uow.commit()


    def timeline(self, *, account_id: str | None = None, contact_id: str | None = None,
                 opportunity_id: str | None = None, ticket_id: str | None = None,
                 limit: int = 300) -> list[ActivityData]:
        with UnitOfWork(self.store) as uow:
            rows = uow.activities.timeline(account_id=account_id, contact_id=contact_id,
                                           opportunity_id=opportunity_id, ticket_id=ticket_id, limit=limit)
        return [
            ActivityData(
                id=r[0], kind=r[1], subject=r[2], body=r[3], occurred_at=_as_time(r[4]),
                due_at=_as_time(r[5]), done=bool(r[6]), outcome=r[7], account_id=r[8],
                contact_id=r[9], place=r[10], next_followup_on=_as_date(r[11]), owner_name=r[12],
                account_name=r[13], contact_name=r[14],
            )
            for r in rows
        ]

    def agenda(self, today: date | None = None, user_id: str | None = None) -> list[AgendaItem]:
        """The rep's overdue and today's follow-ups and open tasks, oldest first."""
        view = self.agenda_view(today, user_id)
        return sorted((i for i in view.items if i.group in (OVERDUE, TODAY)), key=lambda i: (i.due, i.kind, i.name))

    def agenda_view(self, today: date | None = None, user_id: str | None = None, limit: int = 500) -> Agenda:
        """The rep's follow-ups and open tasks by group: overdue, today, the next 7 days, later."""
        today = today or datetime.now().date()
        with UnitOfWork(self.store) as uow:
            return read_agenda(uow, user_id or self.store.device_user_id, today, limit)

    def reschedule(self, refs: Sequence[AgendaRef], day: date | None) -> list[DueState]:
        """Move follow-ups and tasks to `day` (a task keeps its time of day; None clears a follow-up and
        leaves a task alone); returns when each was due before, for an undo (`set_dues`)."""
        with UnitOfWork(self.store) as uow:
            before = due_states(uow, refs)
            put_dues(uow, [DueState(ref, day=day) for ref in refs if day is not None or ref.kind != TASK])
            uow.commit()
            return before

    def set_dues(self, states: Sequence[DueState]) -> None:
        with UnitOfWork(self.store) as uow:
            put_dues(uow, states)
            uow.commit()

    def get(self, activity_id: str) -> ActivityData:
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None:
                raise NotFoundError(activity_id)
            return self._data(activity, uow)

    @staticmethod
    def _data(activity: Activity, uow: UnitOfWork) -> ActivityData:
        owner = uow.users.get(activity.owner_id) if activity.owner_id else None
        return ActivityData(
            id=activity.id, kind=activity.kind, subject=activity.subject, body=activity.body,
            occurred_at=activity.occurred_at, due_at=activity.due_at, done=activity.done,
            outcome=activity.outcome, account_id=activity.account_id,
            contact_id=activity.contact_id, opportunity_id=activity.opportunity_id, ticket_id=activity.ticket_id,
            place=activity.place,
            latitude=activity.latitude, longitude=activity.longitude, next_followup_on=activity.next_followup_on,
            owner_name=owner.display_name if owner else None,
        )
