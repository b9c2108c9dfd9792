"""attachment blobs: a file's bytes by content hash (progress, uploader) and its chunks in the database

Revision ID: s0005
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("received", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("complete", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("storage", sa.String(8), nullable=False, server_default="db"),
        sa.Column("uploader_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
    )
    # Per-user usage is the sum of the sizes of the blobs each user first uploaded.
    op.create_index("ix_blobs_uploader", "blobs", ["uploader_id"])
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True),
        sa.Column("offset", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Already compressed files (photos, PDF) gain nothing from TOAST compression: stored as they are.
        op.execute("ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
        # Who may fetch a blob is answered by the attachment records naming its hash.
        op.execute("CREATE INDEX ix_records_attachment_sha256 ON records ((data ->> 'sha256')) "
                   "WHERE entity = 'attachment'")
    else:
        op.execute("CREATE INDEX ix_records_attachment_sha256 ON records (json_extract(data, '$.sha256')) "
                   "WHERE entity = 'attachment'")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_records_attachment_sha256")
    op.drop_table("blob_chunks")
    op.drop_index("ix_blobs_uploader", "blobs")
    op.drop_table("blobs")
