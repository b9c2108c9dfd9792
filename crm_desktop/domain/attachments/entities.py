"""What crosses from the attachments controller to the GUI and the CLI, and why a file was not attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

TR_CONTEXT = "Attachments"
# Entity names of the records a file may be kept with (crm_protocol/entities/attachments.py).
RECORD_TYPES = ("account", "contact", "opportunity", "sales_order", "ticket", "activity")
KINDS = ("file", "photo", "card")
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff"})
PDF_TYPE = "application/pdf"


class AttachmentProblem(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    OVER_QUOTA = "over_quota"
    NOT_HERE = "not_here"  # listed (synced) but its bytes are not downloaded yet


MESSAGES = {
    AttachmentProblem.MISSING: QT_TRANSLATE_NOOP("Attachments", "The file {name} does not exist."),
    AttachmentProblem.UNREADABLE: QT_TRANSLATE_NOOP("Attachments", "The file {name} cannot be read."),
    AttachmentProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Attachments", "The file {name} is {size}; files larger than {limit} cannot be attached."),
    AttachmentProblem.OVER_QUOTA: QT_TRANSLATE_NOOP(
        "Attachments", "The file {name} ({size}) does not fit: your attachments may take {limit} in all and "
                       "{used} is used."),
    AttachmentProblem.NOT_HERE: QT_TRANSLATE_NOOP(
        "Attachments", "The file {name} is not downloaded yet; it arrives with the next sync."),
}


class AttachmentError(ValueError):
    """A file that cannot be attached or opened; nothing was written. `values` fill the message's blanks."""

    def __init__(self, problem: AttachmentProblem, **values: object) -> None:
        self.problem = problem
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(self.message(MESSAGES[problem]))

    def message(self, template: str) -> str:
        """`template` (MESSAGES[problem] or its translation) with the blanks filled."""
        text = template
        for key, value in self.values.items():
            text = text.replace("{" + key + "}", value)
        return text


@dataclass(frozen=True)
class AttachmentData:
    id: str
    record_type: str
    record_id: str
    file_name: str
    content_type: str | None
    size: int
    sha256: str
    kind: str
    created_at: datetime | None
    available: bool  # its bytes are on this laptop (else they come with the next sync)

    @property
    def is_image(self) -> bool:
        return (self.content_type or "") in IMAGE_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.content_type == PDF_TYPE


def human_size(size: int) -> str:
    """Bytes as people read them (1 decimal above a KB), for messages."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
