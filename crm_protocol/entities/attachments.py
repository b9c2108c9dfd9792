"""Attachments on the wire: a file's description travels with the records; its bytes follow by content hash."""

from __future__ import annotations

from crm_protocol.fields import integer, synced_entity, text

# Inserted once and never edited except to delete it; the bytes are addressed by `sha256`, so two
# records holding the same file share one copy on the laptop and on the server.
ATTACHMENT = synced_entity(
    "attachment",
    text("record_type", 24, required=True),  # account | contact | opportunity | sales_order | ticket | activity
    text("record_id", 36, required=True),
    text("file_name", 255, required=True),
    text("content_type", 100),
    integer("size", required=True),
    text("sha256", 64, required=True),
    text("kind", 16),  # file | photo | card
)

ATTACHMENTS = (ATTACHMENT,)
