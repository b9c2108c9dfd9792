"""Calendar controller: whose calendars the user may open, the entries of a span, an activity moved to another
slot (undoable), a visit made from a slot, and .ics export and import."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from crm_desktop.controllers.activities import effects
from crm_desktop.controllers.calendar.entries import read_entries
from crm_desktop.controllers.calendar.importer import import_events
from crm_desktop.controllers.shell.files import write_whole
from crm_desktop.domain.calendar.entities import (
    ME,
    TEAM,
    USER,
    CalendarEntry,
    ImportReport,
    OwnerChoice,
    Owners,
    Slot,
    VisitDetails,
)
from crm_desktop.domain.calendar.ics_export import export_calendar
from crm_desktop.domain.calendar.ics_import import parse_calendar
from crm_desktop.domain.calendar.layout import moved
from crm_desktop.domain.calendar.ranges import local_midnight
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import REQUIRED, NotFoundError, ValidationError
from crm_desktop.store.database import Store
from crm_desktop.store.models import Activity
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_protocol.calendar_events import DEFAULT_MINUTES

# What an export or the server's feed covers when no span is given.
DAYS_BACK, DAYS_AHEAD = 90, 365
MANAGING_ROLES = ("manager", "admin")


def default_span(today: date | None = None) -> tuple[date, date]:
    today = today or datetime.now().date()
    return today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD)


class CalendarController:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- whose calendar --------------------------------------------------------------------------------

    def owners(self) -> Owners:
        """A manager's team members (an admin's every user) besides themself; a rep has their own calendar."""
        me = self.store.device_user_id
        with UnitOfWork(self.store) as uow:
            user = uow.users.get(me)
            role, team = (user.role, user.team) if user is not None else ("rep", None)
            if role not in MANAGING_ROLES:
                return Owners(me, False)
            members = tuple(OwnerChoice(USER, u.id, u.display_name) for u in uow.users.all()
                            if u.id != me and (role == "admin" or (team is not None and u.team == team)))
            return Owners(me, True, members)

    def owner_ids(self, choice: OwnerChoice | None) -> list[str]:
        """The users whose entries `choice` shows; only those this user may open (a rep: always their own)."""
        owners = self.owners()
        if choice is None or choice.kind == ME or not owners.manages:
            return [owners.me]
        if choice.kind == TEAM:
            return [owners.me, *(m.user_id for m in owners.members if m.user_id)]
        allowed = {m.user_id for m in owners.members}
        if choice.kind == USER and choice.user_id in allowed:
            return [choice.user_id] if choice.user_id else [owners.me]
        raise NotFoundError(choice.user_id or "")

    def choice_named(self, name: str | None) -> OwnerChoice | None:
        """The owner a command line names (a username or display name; "team" for the whole team)."""
        if not name or name.casefold() in ("me",):
            return None
        if name.casefold() == "team":
            return OwnerChoice(TEAM)
        with UnitOfWork(self.store) as uow:
            for user in uow.users.all():
                if name.casefold() in (user.username.casefold(), user.display_name.casefold()):
                    return OwnerChoice(ME if user.id == self.store.device_user_id else USER, user.id,
                                       user.display_name)
        raise NotFoundError(name)

    # --- reading -----------------------------------------------------------------------------------------

    def entries(self, first: date, last: date, choice: OwnerChoice | None = None,
                now: datetime | None = None) -> list[CalendarEntry]:
        """Every entry of the local days [first, last): activities by their slot, follow-ups and open deals'
        expected closes as all-day entries."""
        owners = self.owner_ids(choice)
        with UnitOfWork(self.store) as uow:
            return read_entries(uow, owners, first, last, now or utcnow())

    # --- moving and making -----------------------------------------------------------------------------

    def move(self, activity_id: str, start: datetime) -> tuple[Slot, Slot]:
        """Move an activity to start at `start`, its end along with it (an open task's due time moves);
        returns the slot before and after, for an undo and a redo (`put_slot`)."""
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            before = _slot_of(activity)
            after = Slot(activity_id, *moved(before.start, before.end, start))
            self._put(uow, activity, after)
            uow.commit()
            return before, after

    def put_slot(self, slot: Slot) -> None:
        self.put_slots([slot])

    def put_slots(self, slots: Sequence[Slot]) -> list[Slot]:
        """Give activities their slots all together or not at all (a day's route applied); returns the slots they
        had, for an undo."""
        with UnitOfWork(self.store) as uow:
            before = []
            for slot in slots:
                activity = uow.activities.get_live(slot.activity_id)
                before.append(_slot_of(activity))
                self._put(uow, activity, slot)
            uow.commit()
            return before

    @staticmethod
    def _put(uow: UnitOfWork, activity: Activity, slot: Slot) -> None:
        before_time = activity.occurred_at
        if _is_open_task(activity):
            if activity.due_at != slot.start:
                activity.due_at = slot.start
        elif activity.occurred_at != slot.start:
            activity.occurred_at = slot.start
        if activity.ends_at != slot.end:
            activity.ends_at = slot.end
        effects.moved(uow, effects.targets_of(uow, activity), activity, before_time)

    def create_visit(self, start: datetime, end: datetime, subject: str, account_id: str | None = None,
                     contact_id: str | None = None, place: str | None = None) -> str:
        """A planned visit in a slot (its customer may be picked later); its id."""
        subject = subject.strip()
        if not subject:
            raise ValidationError({"subject": REQUIRED})
        if end <= start:
            end = start + timedelta(minutes=DEFAULT_MINUTES["visit"])
        with UnitOfWork(self.store) as uow:
            if contact_id:
                contact = uow.contacts.get(contact_id)
                if contact is None:
                    raise NotFoundError(contact_id)
                account_id = account_id or contact.account_id
            if account_id and uow.accounts.get(account_id) is None:
                raise NotFoundError(account_id)
            activity = Activity(kind="visit", subject=subject[:200], occurred_at=start.astimezone(UTC),
                                ends_at=end.astimezone(UTC), done=True, account_id=account_id,
                                contact_id=contact_id, place=(place or "").strip()[:200] or None)
            uow.activities.add(activity)
            effects.added(effects.targets_of(uow, activity), activity)
            uow.commit()
            return activity.id

    def details(self, activity_id: str) -> VisitDetails:
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            return VisitDetails(activity.subject, activity.account_id, activity.contact_id, activity.place)

    def set_details(self, activity_id: str, details: VisitDetails) -> VisitDetails:
        """A visit's subject, customer and place (a visit planned from a slot gets its customer later); returns
        what it had, for an undo."""
        subject = details.subject.strip()
        if not subject:
            raise ValidationError({"subject": REQUIRED})
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            before = VisitDetails(activity.subject, activity.account_id, activity.contact_id, activity.place)
            account_id = details.account_id
            if details.contact_id:
                contact = uow.contacts.get(details.contact_id)
                if contact is None:
                    raise NotFoundError(details.contact_id)
                account_id = account_id or contact.account_id
            if account_id and uow.accounts.get(account_id, include_deleted=True) is None:
                raise NotFoundError(account_id)
            relinked = (account_id, details.contact_id) != (activity.account_id, activity.contact_id)
            if relinked:
                effects.removed(uow, effects.targets_of(uow, activity), activity)
            values = {"subject": subject[:200], "account_id": account_id, "contact_id": details.contact_id,
                      "place": (details.place or "").strip()[:200] or None}
            for name, value in values.items():
                if getattr(activity, name) != value:
                    setattr(activity, name, value)
            if relinked:
                effects.added(effects.targets_of(uow, activity), activity)
            uow.commit()
            return before


    # --- .ics --------------------------------------------------------------------------------------------

    def export_ics(self, path: Path, first: date | None = None, last: date | None = None,
                   choice: OwnerChoice | None = None, name: str = "Field CRM") -> int:
        """Write the span's entries to `path` (whole or not at all); how many."""
        default_first, default_last = default_span()
        entries = self.entries(first or default_first, last or default_last, choice)
        data = export_calendar(entries, name, utcnow())
        write_whole(Path(path), data)
        return len(entries)

    def import_ics(self, path: Path, today: date | None = None) -> ImportReport:
        """Meetings of an .ics file as activities, in one transaction (a bad file imports nothing).
        OSError when the file cannot be read; CalendarFileError when it is no calendar."""
        data = Path(path).read_bytes()
        first, last = default_span(today)
        window = (local_midnight(first).astimezone(UTC), local_midnight(last).astimezone(UTC))
        parsed = parse_calendar(data, window)
        with UnitOfWork(self.store) as uow:
            report = import_events(uow, parsed)
            uow.commit()
        return report


def _is_open_task(activity: Activity) -> bool:
    return activity.kind == "task" and not activity.done and activity.due_at is not None


def _slot_of(activity: Activity) -> Slot:
    start = activity.due_at if _is_open_task(activity) and activity.due_at is not None else activity.occurred_at
    return Slot(activity.id, start, activity.ends_at)


