"""search index: an FTS5 trigram table, filled from existing records

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from crm_desktop.store.search_index import CREATE_SQL
    from crm_desktop.store.search_rebuild import rebuild_search_index

    op.create_table(
        "search_docs",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("record_id"),
    )
    for statement in CREATE_SQL:
        op.execute(statement)
    rebuild_search_index(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE search_trigram")
    op.drop_table("search_docs")
