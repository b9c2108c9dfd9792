"""sync identity and per-field bases: a mutation's cause and per-field base versions, the server
version of a conflict, and the fields whose known server version is not their row's

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("cause", sa.Text()))
        table.add_column(sa.Column("base_versions", sa.Text()))
    with op.batch_alter_table("conflicts") as table:
        table.add_column(sa.Column("server_version", sa.Integer()))
    op.create_table(
        "sync_field_bases",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("field", sa.String(60), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("sync_field_bases")
    with op.batch_alter_table("conflicts") as table:
        table.drop_column("server_version")
    with op.batch_alter_table("outbox") as table:
        table.drop_column("base_versions")
        table.drop_column("cause")
