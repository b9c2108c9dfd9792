"""Whose change was it: a field changed after the version a device's edit builds on is a concurrent
change only if someone else made it. A newer version this device wrote itself (an earlier edit of its
own, perhaps still pending on the laptop when it made this one, or sent again after the store
registered anew) is not: without this rule a rep's second edit of a field would conflict with his
first whenever a pull came in between."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_protocol.outcomes import REJECTED
from crm_server.models import AppliedMutation, Record, RecordHistory


class Writers:
    """Looks up who wrote a version of a record, once per version, for one push of one device."""

    def __init__(self, session: Session, device_id: str) -> None:
        self.session, self.device_id = session, device_id
        self.known: set[str] = set()  # mutations this device sent again in this push (first applied elsewhere)
        self._by_version: dict[tuple[str, str, int], tuple[str | None, str | None] | None] = {}

    def changed_since(self, row: Record, field_version: int, base: int) -> bool:
        """Whether the field, now at `field_version`, was changed by someone else after `base`."""
        return field_version > base and not self.own(row, field_version)

    def others_changed(self, row: Record, base: int) -> bool:
        """Whether anyone else changed the record after `base` (a delete then conflicts)."""
        if row.version <= base:
            return False
        versions = self.session.scalars(select(RecordHistory.version).where(
            RecordHistory.entity == row.entity, RecordHistory.record_id == row.id, RecordHistory.version > base))
        return any(not self.own(row, version) for version in versions)

    def own(self, row: Record, version: int) -> bool:
        key = (row.entity, row.id, version)
        if key not in self._by_version:
            self._by_version[key] = self.session.execute(
                select(RecordHistory.device_id, RecordHistory.mutation_id).where(
                    RecordHistory.entity == row.entity, RecordHistory.record_id == row.id,
                    RecordHistory.version == version)).first()
        writer = self._by_version[key]
        if writer is None:
            return False
        device_id, mutation_id = writer
        if device_id == self.device_id or mutation_id in self.known:
            return True
        # This device sent it again after registering anew (a restored or copied store): an echo,
        # unless the echo was refused (another user's mutation id).
        if mutation_id is None:
            return False
        echo = self.session.scalar(select(AppliedMutation.outcome).where(
            AppliedMutation.device_id == self.device_id, AppliedMutation.mutation_id == mutation_id))
        return echo is not None and echo.get("outcome") != REJECTED
