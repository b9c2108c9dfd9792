"""Attachments: what is attached to which record (synced), and the encrypted files on this laptop (local)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.models.base import Base, SyncedRecord
from crm_desktop.store.types import UtcDateTime


class Attachment(SyncedRecord):
    """A file kept with a customer, contact, deal, order, ticket or visit; its bytes are a LocalBlob."""

    __tablename__ = "attachments"
    __entity__ = "attachment"

    record_type: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_attachments_record", "record_type", "record_id"),
        Index("ix_attachments_sha256", "sha256"),
    )


class LocalBlob(Base):
    """One file's bytes as this laptop knows them, by content hash: whether they are here (encrypted in the
    data folder) and how far their upload or download has come, so a killed transfer resumes."""

    __tablename__ = "local_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    present: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    # Bytes the other side has confirmed so far (upload) or that are written here (download).
    transferred: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_local_blobs_pending_upload", "uploaded", sqlite_where=text("present = 1 AND uploaded = 0")),
    )
