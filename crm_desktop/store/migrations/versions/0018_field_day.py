"""field day: calendar slots, reminders and check-ins on activities, the check-in chain, attachments and the
laptop's encrypted file store

Revision ID: 0018
Revises: 0017
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

STAMP = sa.String(length=27)  # store/types.py UtcDateTime


def _record_columns() -> list[sa.Column[Any] | sa.PrimaryKeyConstraint]:
    """The columns every synced record ends with (store/models/base.py SyncedRecord)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.Column("deleted_at", STAMP, nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("demo", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    ]


def upgrade() -> None:
    # Added in place, no batch copy: instant on a large activities table.
    for name in ("ends_at", "checked_in_at", "checked_out_at"):
        op.add_column("activities", sa.Column(name, STAMP, nullable=True))
    op.add_column("activities", sa.Column("remind_minutes", sa.Integer(), nullable=True))
    op.create_index("ix_activities_owner_time", "activities", ["owner_id", "occurred_at"])

    op.create_table(
        "checkins",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=8), nullable=False),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("position_source", sa.String(length=16), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("photo_id", sa.String(length=36), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.Column("doubt", sa.String(length=200), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_checkins_activity", "checkins", ["activity_id", "at"])

    op.create_table(
        "reminders_raised",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("due_at", STAMP, nullable=False),
        sa.Column("raised_at", STAMP, nullable=False),
        sa.Column("snoozed_until", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("activity_id", "due_at"),
    )

    op.create_table(
        "attachments",
        sa.Column("record_type", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_attachments_record", "attachments", ["record_type", "record_id"])
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"])

    op.create_table(
        "local_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("uploaded", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("transferred", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index("ix_local_blobs_pending_upload", "local_blobs", ["uploaded"],
                    sqlite_where=sa.text("present = 1 AND uploaded = 0"))


def downgrade() -> None:
    op.drop_table("local_blobs")
    op.drop_table("attachments")
    op.drop_table("reminders_raised")
    op.drop_table("checkins")
    op.drop_index("ix_activities_owner_time", "activities")
    with op.batch_alter_table("activities") as table:
        for name in ("ends_at", "checked_in_at", "checked_out_at", "remind_minutes"):
            table.drop_column(name)
