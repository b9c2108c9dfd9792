"""Activities controller: log follow-ups, read timelines, and the rep's agenda."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from crm_desktop.domain.activities.rules import as_logged, last_activity, next_followup
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import ActivityData, ActivityInput, AgendaItem
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


class ActivitiesController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def log(self, data: ActivityInput) -> ActivityData:
        """Record an activity and move the linked records' last activity and next follow-up."""
        values = as_logged(clean_activity(data), utcnow())
        with UnitOfWork(self.store) as uow:
            logged_on, linked = None, []
            if values["opportunity_id"]:
                deal = uow.opportunities.get(values["opportunity_id"])
                if deal is None:
                    raise NotFoundError(values["opportunity_id"])
                # A deal's activity is also the customer's: it moves their last activity too.
                values["account_id"] = values["account_id"] or deal.account_id
                values["contact_id"] = values["contact_id"] or deal.contact_id
                linked.append(deal)
            if values["ticket_id"]:
                ticket = uow.tickets.get(values["ticket_id"])
                if ticket is None:
                    raise NotFoundError(values["ticket_id"])
                # A visit for a ticket is also the customer's activity.
                values["account_id"] = values["account_id"] or ticket.account_id
                values["contact_id"] = values["contact_id"] or ticket.contact_id
            if values["contact_id"]:
                logged_on = uow.contacts.get(values["contact_id"])
                if logged_on is None:
                    raise NotFoundError(values["contact_id"])
                values["account_id"] = values["account_id"] or logged_on.account_id
            if values["account_id"]:
                account = uow.accounts.get(values["account_id"], include_deleted=True)
                if account is None:
                    raise NotFoundError(values["account_id"])
                if logged_on is None:
                    logged_on = account
                elif account.deleted_at is None:
                    linked.append(account)
            activity = Activity(**values)
            uow.activities.add(activity)
            occurred = activity.occurred_at
            before = logged_on.last_activity_at if logged_on is not None else None
            for record in (logged_on, *linked):
                if record is None:
                    continue
                latest = last_activity(record.last_activity_at, occurred)
                if latest != record.last_activity_at:
                    record.last_activity_at = latest
            if logged_on is not None:
                followup = next_followup(logged_on.next_followup_at, before, occurred, activity.next_followup_on,
                                         today=datetime.now().date())
                if followup != logged_on.next_followup_at:
                    logged_on.next_followup_at = followup
            uow.commit()
            return self._data(activity, uow)

    def complete_task(self, activity_id: str, done: bool = True) -> None:
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None or activity.deleted_at is not None:
                raise NotFoundError(activity_id)
            activity.done = done
            uow.commit()

    def delete(self, activity_id: str) -> None:
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get(activity_id)
            if activity is None:
                raise NotFoundError(activity_id)
            activity.deleted_at = utcnow()
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
        today = today or datetime.now().date()
        owner = user_id or self.store.device_user_id
        # Local end of today, in UTC, so a task due at 23:00 local time still counts as today.
        end_of_today = datetime.combine(today + timedelta(days=1), time.min).astimezone()
        with UnitOfWork(self.store) as uow:
            followups = uow.activities.due_followups(owner, today)
            tasks = uow.activities.open_tasks(owner, end_of_today)
        items = [
            AgendaItem("followup", _as_date(due), _as_date(due) < today, entity, rid, name, "")
            for entity, rid, name, due in followups
        ]
        for aid, subject, due_at, account_id, contact_id, name in tasks:
            due = _as_time(due_at).astimezone().date()
            entity, rid = ("contact", contact_id) if contact_id else ("account", account_id)
            items.append(AgendaItem("task", due, due < today, entity, rid, name or "", subject, aid))
        return sorted(items, key=lambda i: (i.due, i.kind, i.name))

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
            contact_id=activity.contact_id, opportunity_id=activity.opportunity_id, place=activity.place,
            latitude=activity.latitude, longitude=activity.longitude, next_followup_on=activity.next_followup_on,
            owner_name=owner.display_name if owner else None,
        )
