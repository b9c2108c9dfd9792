"""sync client: the records a repeated snapshot has delivered, to drop the copies it did not

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_snapshot_seen",
        sa.Column("entity", sa.String(length=32), primary_key=True),
        sa.Column("record_id", sa.String(length=36), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("sync_snapshot_seen")
