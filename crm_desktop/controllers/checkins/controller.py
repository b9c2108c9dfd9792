"""Check in and out of visits: each event a `checkin` record chained to the user's previous one by its hash,
the visit's summary (checked in and out, place, position) kept on the activity, and the chain verified."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from crm_desktop.controllers.activities import effects
from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.domain.activities.checkins import (
    VISIT,
    ChainReport,
    CheckInData,
    CheckInRow,
    Position,
    VisitTarget,
    address_text,
)
from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.domain.customers.entities import ActivityInput
from crm_desktop.store.database import Store
from crm_desktop.store.models import Activity, CheckIn
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_protocol.rules.checkins import (
    ADDRESS,
    DEVICE,
    EDITED,
    IN,
    NONE,
    OUT,
    ChainBreak,
    checkin_hash,
    parse_doubts,
    verify_chain,
)

ALREADY_IN = QT_TRANSLATE_NOOP("Validation", "This visit is already checked in.")
NOT_IN = QT_TRANSLATE_NOOP("Validation", "This visit has not been checked in yet.")
ALREADY_OUT = QT_TRANSLATE_NOOP("Validation", "This visit is already checked out.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "Choose the customer you are visiting.")
UNREADABLE_PHOTO = QT_TRANSLATE_NOOP("Validation", "The photo cannot be read: the file is missing or not readable.")
NO_PHOTOS = QT_TRANSLATE_NOOP("Validation", "Photos cannot be attached in this version.")


class Attachments(Protocol):
    """What a check-in needs of the attachments controller (controllers/attachments): whether a file may be
    attached (AttachmentError says why not), and keeping it on a record (returned with its id)."""

    def check_file(self, path: Path) -> int: ...

    def attach_file(self, record_type: str, record_id: str, path: Path, kind: str = "file") -> Any: ...


def _data(row: CheckIn, checked_in_at: datetime | None = None) -> CheckInData:
    duration = row.at - checked_in_at if row.event == OUT and checked_in_at is not None else None
    return CheckInData(
        id=row.id, activity_id=row.activity_id, event=row.event, at=row.at, latitude=row.latitude,
        longitude=row.longitude, accuracy_m=row.accuracy_m, position_source=row.position_source or NONE,
        place=row.place, photo_id=row.photo_id, hash=row.hash or "", doubts=tuple(parse_doubts(row.doubt)),
        duration=duration,
    )


class CheckInsController:
    def __init__(self, store: Store, attachments: Attachments | None = None) -> None:
        self.store = store
        self.attachments = attachments  # set by CrmApp when the attachments controller is there

    # --- what the dialog shows ----------------------------------------------------------------

    def target(self, activity_id: str | None = None, account_id: str | None = None,
               contact_id: str | None = None) -> VisitTarget:
        """The visit (or, with no `activity_id`, a new visit of the customer) with its customer and address."""
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id) if activity_id else None
            if activity is not None:
                account_id, contact_id = activity.account_id, activity.contact_id
            customer, address, account_id = self._customer(uow, account_id, contact_id)
            return VisitTarget(
                activity_id=activity.id if activity else None, subject=activity.subject if activity else "",
                customer=customer, address=address, account_id=account_id, contact_id=contact_id,
                checked_in_at=activity.checked_in_at if activity else None,
                checked_out_at=activity.checked_out_at if activity else None)

    @staticmethod
    def _customer(uow: UnitOfWork, account_id: str | None, contact_id: str | None) -> tuple[str, str, str | None]:
        """(the customer's name, its address on one line, its account id): a contact's own address, else its
        company's."""
        contact = uow.contacts.get(contact_id, include_deleted=True) if contact_id else None
        account_id = account_id or (contact.account_id if contact else None)
        account = uow.accounts.get(account_id, include_deleted=True) if account_id else None
        if contact is None and account is None:
            raise ValidationError({"account_id": NO_CUSTOMER})
        names = [r.name for r in (contact, account) if r is not None]
        address = ""
        for record in (contact, account):
            if record is not None and not address:
                address = address_text(record.province, record.city, record.district, record.street)
        return " · ".join(names), address, account_id

    # --- check in and out ---------------------------------------------------------------------

    def check_in(self, activity_id: str | None = None, *, account_id: str | None = None,
                 contact_id: str | None = None, position: Position | None = None, photo: Path | None = None,
                 note: str | None = None, subject: str | None = None, now: datetime | None = None) -> CheckInData:
        """Check in on a visit, or on a new visit of the customer (`account_id` / `contact_id`; `subject`, else
        the customer's name). Without a `position` the customer's address stands in, marked as not measured.
        `photo` is kept as an attachment of the visit. `now`: the device's clock (tests set it)."""
        now = now or utcnow()
        if photo is not None:
            self._check_photo(photo)
        target = self.target(activity_id, account_id, contact_id)
        if target.checked_in_at is not None:
            raise ValidationError({"activity_id": ALREADY_IN})
        if activity_id is None:
            activity_id = ActivitiesController(self.store).log(ActivityInput(
                kind=VISIT, subject=subject or target.customer, occurred_at=now, done=False,
                account_id=target.account_id, contact_id=target.contact_id)).id
        photo_id = self._attach(activity_id, photo) if photo is not None else None
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            if activity.checked_in_at is not None:
                raise ValidationError({"activity_id": ALREADY_IN})
            row = self._record(uow, activity, IN, now, position, target.address, photo_id)
            happened_before = effects.happened_of(activity)
            activity.checked_in_at = now  # the rep is there: the visit is happening, the customer's last activity
            effects.moved(uow, effects.targets_of(uow, activity), activity, activity.occurred_at, happened_before)
            if position is not None:
                activity.latitude, activity.longitude = position.latitude, position.longitude
            if not activity.place and target.address:
                activity.place = target.address[:200]
            if note and note.strip():
                activity.body = "\n".join(p for p in (activity.body, note.strip()) if p)
            data = _data(row)
            uow.commit()
            return data

    def check_out(self, activity_id: str, position: Position | None = None, note: str | None = None,
                  now: datetime | None = None) -> CheckInData:
        """Check out of a checked-in visit: the out event, the visit's check-out time and duration, the visit done."""
        now = now or utcnow()
        target = self.target(activity_id)
        with UnitOfWork(self.store) as uow:
            activity = uow.activities.get_live(activity_id)
            if activity.checked_in_at is None:
                raise ValidationError({"activity_id": NOT_IN})
            if activity.checked_out_at is not None:
                raise ValidationError({"activity_id": ALREADY_OUT})
            row = self._record(uow, activity, OUT, now, position, target.address, None)
            activity.checked_out_at = now
            if not activity.done:
                happened_before = effects.happened_of(activity)
                activity.done = True  # checked out of: the visit has happened, and is the customer's last activity
                effects.moved(uow, effects.targets_of(uow, activity), activity, activity.occurred_at, happened_before)
            if note and note.strip():
                activity.body = "\n".join(p for p in (activity.body, note.strip()) if p)
            data = _data(row, activity.checked_in_at)
            uow.commit()
            return data

    def _record(self, uow: UnitOfWork, activity: Activity, event: str, now: datetime, position: Position | None,
                address: str, photo_id: str | None) -> CheckIn:
        """The check-in row, chained to the user's latest one; its creation's audit entry keeps the hash."""
        repo = uow.checkins
        head = repo.head_of(uow.user_id)
        row = CheckIn(id=new_id(), activity_id=activity.id, event=event, at=now, place=address[:200] or None,
                      photo_id=photo_id, prev_hash=head.hash if head is not None else None)
        if position is not None:
            row.latitude, row.longitude, row.accuracy_m = position.latitude, position.longitude, position.accuracy_m
            row.position_source = DEVICE
        else:
            row.position_source = ADDRESS if address else NONE
        row.hash = checkin_hash({name: getattr(row, name) for name in (
            "id", "activity_id", "event", "at", "latitude", "longitude", "accuracy_m", "position_source", "place",
            "photo_id", "prev_hash")})
        repo.add(row)
        return row

    def _check_photo(self, photo: Path) -> None:
        """Before anything is written (a new visit too): the photo exists, is readable and within the limits."""
        if self.attachments is None:
            raise ValidationError({"photo": NO_PHOTOS})
        if not photo.is_file() or not os.access(photo, os.R_OK):
            raise ValidationError({"photo": UNREADABLE_PHOTO})
        self.attachments.check_file(photo)  # AttachmentError: too large, over the user's quota

    def _attach(self, activity_id: str, photo: Path) -> str:
        assert self.attachments is not None  # checked before anything was written
        return str(self.attachments.attach_file("activity", activity_id, photo, kind="photo").id)


    # --- reading back ---------------------------------------------------------------------------

    def of_visit(self, activity_id: str) -> list[CheckInData]:
        """A visit's check-in and check-out, in time order (the check-out with its duration)."""
        with UnitOfWork(self.store) as uow:
            rows = uow.checkins.of_activity(activity_id)
            checked_in = next((r.at for r in rows if r.event == IN), None)
            return [_data(r, checked_in) for r in rows]

    def verify_chain(self) -> ChainReport:
        """Every check-in here checked against its own hash, its link to the previous one and the hash its
        creation's audit entry kept: an edited row shows, even when its hash was recomputed."""
        with UnitOfWork(self.store) as uow:
            repo = uow.checkins
            rows = repo.chain_rows()
            made = repo.hashes_when_made()
        by_owner: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            by_owner.setdefault(row["owner_id"], []).append(row)
        breaks = [b for chain in by_owner.values() for b in verify_chain(chain)]
        broken = {b.record_id for b in breaks}
        for row in rows:
            recorded = made.get(row["id"])
            if row["id"] not in broken and recorded is not None and recorded != row["hash"]:
                breaks.append(ChainBreak(row["id"], EDITED))
        return ChainReport(len(rows), tuple(breaks))

    def listing(self, limit: int = 2000) -> list[CheckInRow]:
        """The check-ins here (a manager's laptop holds the team's), newest first, with the server's doubts
        and how each one's chain stands."""
        report = self.verify_chain()
        broken = {b.record_id: b.reason for b in report.breaks}
        with UnitOfWork(self.store) as uow:
            rows = uow.checkins.listing(limit)
        return [
            CheckInRow(id=r[0], at=r[1], event=r[2], user=r[3] or "", subject=r[4] or "",
                       customer=" · ".join(n for n in (r[6], r[5]) if n), position_source=r[7] or NONE,
                       latitude=r[8], longitude=r[9], accuracy_m=r[10], place=r[11],
                       doubts=tuple(parse_doubts(r[12])), broken=broken.get(r[0]), activity_id=r[13],
                       open_visit=r[2] == IN and r[14] is None and r[15] == self.store.device_user_id)
            for r in rows
        ]
