"""Local-only bookkeeping of sync: the outbox, cursors, field bases, snapshots seen and conflicts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.store.models.base import Base
from crm_desktop.store.types import JsonText, UtcDateTime


class OutboxEntry(Base):
    """One mutation waiting to be pushed; `seq` numbers this device's mutations without gaps."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_record", "record_id"), Index("ix_outbox_device_seq", "device_seq", unique=True),
                      {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    group_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JsonText)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    base_values: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    schema_version: Mapped[int] = mapped_column(Integer)
    device_time: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The seq this mutation was first pushed with (the server's numbering, without gaps); a retry
    # after a lost answer sends it again under the same number.
    device_seq: Mapped[int | None] = mapped_column(Integer)
    cause: Mapped[dict[str, Any] | None] = mapped_column(JsonText)  # why a counter moves (increments of stock)
    # Fields whose edit builds on an older server value than `base_version`: field -> that version.
    base_versions: Mapped[dict[str, Any] | None] = mapped_column(JsonText)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict[str, Any] | list[Any] | str | int | None] = mapped_column(JsonText)


class FieldBase(Base):
    """A field of a synced row whose local value is based on another server version than the row's
    (`version`): the server's value of a conflict written here, newer than the rest of the row. An
    edit of the field builds on this version, so it is not taken for a concurrent change."""

    __tablename__ = "sync_field_bases"
    __table_args__ = ({"sqlite_with_rowid": False},)

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SnapshotSeen(Base):
    """Records a repeated snapshot has delivered so far (kept across restarts while it runs): when it
    ends, synced copies it did not deliver were deleted on the server or left this user's scope."""

    __tablename__ = "sync_snapshot_seen"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class Conflict(Base):
    """A sync issue for the user: a guarded field the server kept (`kind` conflict, three values),
    or a mutation the server rejected (`kind` rejected, its `reason` and the mutation to retry)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(12), default="conflict", server_default="conflict")
    reason: Mapped[str | None] = mapped_column(Text)
    mutation: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    server_id: Mapped[str | None] = mapped_column(String(36))  # the server's conflict id
    server_version: Mapped[int | None] = mapped_column(Integer)  # the record's server version holding `theirs`
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    base: Mapped[object] = mapped_column(JsonText, nullable=True)  # "no value" is a value here
    mine: Mapped[object] = mapped_column(JsonText, nullable=True)
    theirs: Mapped[object] = mapped_column(JsonText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
