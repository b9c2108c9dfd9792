"""Users of this store and the audit log of who changed what."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.models.base import Base, SyncedRecord
from crm_desktop.store.types import JsonText, UtcDateTime


class User(SyncedRecord):
    """Local users: the device's own user now, mirrored server users once sync lands."""

    __tablename__ = "users"
    __entity__ = "user"
    __journaled__ = False

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="rep")
    team: Mapped[str | None] = mapped_column(String(60))
    is_device_user: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))
    changed_fields: Mapped[dict[str, Any] | None] = mapped_column(JsonText)

    __table_args__ = (Index("ix_audit_record", "record_id"), Index("ix_audit_at", "at"),
                      Index("ix_audit_user_at", "user_id", "at"), Index("ix_audit_entity_at", "entity", "at"))
