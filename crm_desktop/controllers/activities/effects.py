"""What an activity does to the records it is logged against: their last activity and the next follow-up of
the customer it is logged on, kept right when the activity is edited, deleted or restored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crm_desktop.domain.activities.entities import FollowupState
from crm_desktop.domain.activities.rules import has_happened, last_activity, last_activity_without
from crm_desktop.store.models import Activity
from crm_desktop.store.unit_of_work import UnitOfWork


@dataclass
class Targets:
    """`logged_on` (a contact, else the account) holds the follow-up; every record in `all` has a last activity
    the activity moves (its contact, the contact's live account, its deal)."""

    logged_on: Any = None
    all: list[Any] = field(default_factory=list)

    def followup(self) -> FollowupState | None:
        record = self.logged_on
        if record is None:
            return None
        return FollowupState(record.__entity__, record.id, record.next_followup_at)

    def set_followup(self, day: date | None) -> None:
        if self.logged_on is not None and self.logged_on.next_followup_at != day:
            self.logged_on.next_followup_at = day


def targets_of(uow: UnitOfWork, activity: Activity) -> Targets:
    """The records as logging found them (deleted ones too: an activity of a deleted customer stays editable)."""
    found = Targets()
    if activity.contact_id:
        found.logged_on = uow.contacts.get(activity.contact_id, include_deleted=True)
    if activity.account_id:
        account = uow.accounts.get(activity.account_id, include_deleted=True)
        if found.logged_on is None:
            found.logged_on = account
        elif account is not None and account.deleted_at is None:
            found.all.append(account)
    if found.logged_on is not None:
        found.all.insert(0, found.logged_on)
    if activity.opportunity_id:
        deal = uow.opportunities.get(activity.opportunity_id, include_deleted=True)
        if deal is not None:
            found.all.append(deal)
    return found


def put_followup(uow: UnitOfWork, state: FollowupState | None) -> None:
    """Put a customer's follow-up back as a step found or left it (undo and redo)."""
    if state is None:
        return
    repo = uow.contacts if state.entity == "contact" else uow.accounts
    record = repo.get(state.record_id, include_deleted=True)
    if record is not None and record.next_followup_at != state.day:
        record.next_followup_at = state.day


def _set_last(record: Any, value: datetime | None) -> None:
    if value != record.last_activity_at:  # an unchanged value writes nothing (no sync traffic)
        record.last_activity_at = value


def moved(uow: UnitOfWork, targets: Targets, activity: Activity, before: datetime,
          happened_before: bool | None = None) -> None:
    """The activity now happened at `activity.occurred_at` instead of `before`, or became done or planned again
    (`happened_before`: whether it counted before; None: as now). A planned visit counts for nothing."""
    happened = happened_of(activity)
    if activity.occurred_at == before and happened == (happened if happened_before is None else happened_before):
        return
    for record in targets.all:
        current = record.last_activity_at
        if current is not None and current == before:
            current = uow.activities.latest_other(record.__entity__, record.id, activity.id)
        _set_last(record, last_activity(current, activity.occurred_at) if happened else current)


def happened_of(activity: Activity) -> bool:
    return has_happened(activity.kind, bool(activity.done), activity.checked_in_at is not None)


def removed(uow: UnitOfWork, targets: Targets, activity: Activity) -> None:
    """The activity is deleted: a record whose last activity it was falls back to its latest other one."""
    for record in targets.all:
        current = record.last_activity_at
        if current is not None and current == activity.occurred_at:
            other = uow.activities.latest_other(record.__entity__, record.id, activity.id)
            _set_last(record, last_activity_without(current, activity.occurred_at, other))


def added(targets: Targets, activity: Activity) -> None:
    """The activity counts on its records (logged, or restored): a later one is their last activity. A visit still
    planned does not count yet."""
    if not happened_of(activity):
        return
    for record in targets.all:
        _set_last(record, last_activity(record.last_activity_at, activity.occurred_at))
