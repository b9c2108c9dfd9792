"""Attachments: a record's files, what a user's files take together, and which contents are still referred to."""

from __future__ import annotations

from sqlalchemy import func, select

from crm_desktop.store.models.attachments import Attachment, LocalBlob
from crm_desktop.store.repositories.base import RecordRepository


class AttachmentRepository(RecordRepository[Attachment]):
    model = Attachment

    def of_record(self, record_type: str, record_id: str) -> list[Attachment]:
        """The record's live attachments, newest first."""
        return list(self.session.scalars(
            select(Attachment).where(Attachment.record_type == record_type, Attachment.record_id == record_id,
                                     Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at.desc(), Attachment.file_name)))

    def bytes_of(self, owner_id: str) -> int:
        """What the owner's live attachments take (each counted, even when two share one content)."""
        return int(self.session.scalar(
            select(func.coalesce(func.sum(Attachment.size), 0))
            .where(Attachment.owner_id == owner_id, Attachment.deleted_at.is_(None))) or 0)

    # --- the files' transfers (LocalBlob: this laptop's own bookkeeping, never synced) ----------------------

    def exist(self) -> bool:
        """Whether the store holds any attachment at all, live or deleted."""
        return self.session.scalar(select(Attachment.id).limit(1)) is not None

    def size_of(self, sha256: str) -> int:
        """The size an attachment gives the content `sha256` (0 when none names it)."""
        return int(self.session.scalar(select(Attachment.size).where(Attachment.sha256 == sha256).limit(1)) or 0)

    def to_upload(self) -> list[tuple[str, int]]:
        """(sha256, size) of the files here and not yet uploaded that an attachment the server acknowledged
        names, oldest first."""
        acknowledged = select(Attachment.sha256).where(Attachment.version > 0, Attachment.deleted_at.is_(None))
        to_send = select(LocalBlob.sha256, LocalBlob.size).where(
            LocalBlob.present.is_(True), LocalBlob.uploaded.is_(False), LocalBlob.sha256.in_(acknowledged))
        return [(sha, size) for sha, size in self.session.execute(to_send.order_by(LocalBlob.created_at))]

    def to_download(self) -> list[tuple[str, int]]:
        """(sha256, size) of the files a live attachment from the server names that are not here, by hash."""
        present = select(LocalBlob.sha256).where(LocalBlob.present.is_(True))
        to_fetch = select(Attachment.sha256, Attachment.size).where(
            Attachment.deleted_at.is_(None), Attachment.version > 0, Attachment.sha256.not_in(present))
        return [(sha, size) for sha, size in self.session.execute(
            to_fetch.group_by(Attachment.sha256, Attachment.size).order_by(Attachment.sha256))]

    def failing_files(self) -> int:
        """Files whose transfer failed and is tried again later (LocalBlob.last_error says why)."""
        return int(self.session.scalar(select(func.count()).select_from(LocalBlob).where(LocalBlob.attempts > 0))
                   or 0)

    def local_blob(self, sha256: str) -> LocalBlob | None:
        """The file's row here, if any."""
        return self.session.get(LocalBlob, sha256)

    def blob_to_note(self, sha256: str) -> LocalBlob:
        """The file's row here, to note a failure on: when there is none, a new one (not here, not uploaded)
        of the size an attachment gives it."""
        row = self.local_blob(sha256)
        if row is None:
            row = LocalBlob(sha256=sha256, size=self.size_of(sha256), present=False, uploaded=False, transferred=0,
                            attempts=0)
            self.session.add(row)
        return row
