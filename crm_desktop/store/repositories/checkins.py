"""Visit check-ins: a user's latest (the chain's head), the rows of a chain, the hashes the audit log kept when
each was made, and the managers' list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from crm_desktop.store.models import Account, Activity, AuditEntry, CheckIn, Contact, User
from crm_desktop.store.repositories.base import Repository

CHAIN_COLUMNS = ("id", "activity_id", "event", "at", "latitude", "longitude", "accuracy_m", "position_source",
                 "place", "photo_id", "prev_hash", "hash", "owner_id")


class CheckInRepository(Repository[CheckIn]):
    model = CheckIn

    def head_of(self, owner_id: str | None) -> CheckIn | None:
        """The user's latest check-in on this laptop: the next one chains to it."""
        query = (select(CheckIn).where(CheckIn.owner_id == owner_id)
                 .order_by(CheckIn.created_at.desc(), CheckIn.at.desc()).limit(1))
        return self.session.scalars(query).first()

    def of_activity(self, activity_id: str) -> list[CheckIn]:
        query = (select(CheckIn).where(CheckIn.activity_id == activity_id, CheckIn.deleted_at.is_(None))
                 .order_by(CheckIn.at))
        return list(self.session.scalars(query))

    def chain_rows(self, owner_id: str | None = None) -> list[dict[str, Any]]:
        """Every check-in (or one user's) with the fields its hash covers, by user and in the order made."""
        columns = [getattr(CheckIn, name) for name in CHAIN_COLUMNS]
        query = select(*columns).order_by(CheckIn.owner_id, CheckIn.created_at, CheckIn.at)
        if owner_id is not None:
            query = query.where(CheckIn.owner_id == owner_id)
        return [dict(zip(CHAIN_COLUMNS, row, strict=True)) for row in self.session.execute(query)]

    def hashes_when_made(self) -> dict[str, str | None]:
        """Check-in id -> the hash its creation's audit entry recorded (check-ins made on this laptop)."""
        query = select(AuditEntry.record_id, AuditEntry.changed_fields).where(
            AuditEntry.entity == "checkin", AuditEntry.action == "create")
        found: dict[str, str | None] = {}
        for record_id, changed in self.session.execute(query):
            created = (changed or {}).get("hash")
            found[record_id] = created[1] if isinstance(created, list) and len(created) == 2 else None
        return found

    def listing(self, limit: int = 2000) -> list[tuple[Any, ...]]:
        """(id, at, event, user, subject, account, contact, source, lat, lon, accuracy, place, doubt, activity id,
        the visit's check-out time, the author's id), newest first."""
        owner = aliased(User)
        query = (
            select(CheckIn.id, CheckIn.at, CheckIn.event, owner.display_name, Activity.subject, Account.name,
                   Contact.name, CheckIn.position_source, CheckIn.latitude, CheckIn.longitude, CheckIn.accuracy_m,
                   CheckIn.place, CheckIn.doubt, CheckIn.activity_id, Activity.checked_out_at, CheckIn.owner_id)
            .outerjoin(owner, owner.id == CheckIn.owner_id)
            .outerjoin(Activity, Activity.id == CheckIn.activity_id)
            .outerjoin(Account, Account.id == Activity.account_id)
            .outerjoin(Contact, Contact.id == Activity.contact_id)
            .where(CheckIn.deleted_at.is_(None))
            .order_by(CheckIn.at.desc()).limit(limit)
        )
        return [tuple(row) for row in self.session.execute(query)]
