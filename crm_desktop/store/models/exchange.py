"""Import batches, their undo journal and remembered column mappings (local only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.store.models.base import Base
from crm_desktop.store.types import JsonText, UtcDateTime


class ImportBatch(Base):
    """One import run: what was read, how duplicates were handled, the counts, whether undone."""

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(120))
    on_duplicate: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(String(36))
    # The records' updated_at as the import left them: a later value means a later edit.
    stamp: Mapped[datetime] = mapped_column(UtcDateTime)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    accounts_created: Mapped[int] = mapped_column(Integer, default=0)
    error_report: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ImportJournalEntry(Base):
    """Before- and after-image of one record an import created or updated (for undo)."""

    __tablename__ = "import_journal"

    batch_id: Mapped[str] = mapped_column(ForeignKey("import_batches.id"), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))  # "created" | "updated"
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    after: Mapped[dict[str, Any]] = mapped_column(JsonText)


class ImportMapping(Base):
    """The column mapping a user chose, offered again for files with the same headers."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    mapping: Mapped[list[Any]] = mapped_column(JsonText)
    used_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
