"""The declarative base of the local store and what every synced record carries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.store.types import UtcDateTime

LIVE = text("deleted_at IS NULL")


class Base(DeclarativeBase):
    pass


class SyncedRecord(Base):
    """A record that reps edit offline: device-made id, UTC times, tombstone, server version."""

    __abstract__ = True
    # Entity name used in the outbox, the audit log and the sync protocol.
    __entity__: str = ""
    # Derived columns kept on the device only (search keys, denormalised names): never synced.
    __local_fields__: frozenset[str] = frozenset()
    # False for records only the server may change (users): no outbox or audit entries.
    __journaled__: bool = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    # Server version of the row this device last saw; 0 = never synced.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # Made by the demo generator (never synced, deleted in bulk by store/demo_removal.py); local to the device.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
