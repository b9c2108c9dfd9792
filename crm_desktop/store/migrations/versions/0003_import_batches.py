"""import batches: before/after images for undo, saved column mappings

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sheet", sa.String(length=120), nullable=True),
        sa.Column("on_duplicate", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("stamp", sa.String(length=27), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("accounts_created", sa.Integer(), nullable=False),
        sa.Column("error_report", sa.Text(), nullable=True),
        sa.Column("undone_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "import_journal",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"]),
        sa.PrimaryKeyConstraint("batch_id", "record_id"),
    )
    op.create_table(
        "import_mappings",
        sa.Column("signature", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("used_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("signature", "entity"),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    op.drop_table("import_journal")
    op.drop_table("import_batches")
